//! batchctl: a command-line tool for Tencent Cloud Batch.
//!
//! Data flows one way: arguments ([`cli`], [`config`]) → request ([`api`]) → signed
//! HTTP call ([`signer`], [`request`], [`client`]) → response → rendered output
//! ([`output`]). [`emulator`] (the `batch-emulator` crate) is a local Batch API service.

pub mod cli;
pub mod commands;
pub mod domain;
pub mod output;
pub mod transport;

use std::ffi::OsString;
use std::io::Write;

/// Parses `args`, runs the command and returns the process exit code. Errors are
/// printed as `batchctl: error: …`; a closed stdout pipe ends quietly with 0.
pub fn main_with_args(args: impl IntoIterator<Item = OsString>) -> i32 {
    forbid_core_dumps();
    install_panic_hook();
    ignore_empty_env_options();
    let args: Vec<OsString> = args.into_iter().collect();
    if cli::lazy::version_only(&args) {
        return print_to_stdout(&cli::lazy::version_text());
    }
    let cli = match cli::Cli::parse_from_args(args) {
        Ok(cli) => cli,
        Err(e) => return clap_error(e),
    };
    match commands::run(cli) {
        Ok(()) => 0,
        Err(e) if e.is_broken_pipe() => 0,
        Err(transport::error::Error::QuietExit(code)) => code,
        Err(e) => {
            let line = format!("batchctl: error: {e}");
            let _ = writeln!(std::io::stderr(), "{}", output::terminal::for_stderr(&line));
            e.exit_code()
        }
    }
}

/// Environment variables that stand for options. CI systems often export them empty;
/// an empty one means "not set", as `TENCENTCLOUD_SECRET_ID=` already does.
const OPTION_ENV: [&str; 4] = [
    "BATCHCTL_OUTPUT",
    "BATCHCTL_PROFILE",
    "BATCHCTL_ENDPOINT",
    "TENCENTCLOUD_REGION",
];

fn ignore_empty_env_options() {
    for name in OPTION_ENV {
        if std::env::var_os(name).is_some_and(|v| v.is_empty()) {
            // SAFETY: called first thing in `main`, before any other thread exists, so no
            // thread can be reading the environment at the same time.
            unsafe { std::env::remove_var(name) };
        }
    }
}

/// Help and version go to stdout with 0 (1 when stdout cannot take them, as for any
/// output that cannot be written; a closed pipe is still 0); everything else is a usage
/// error (2).
fn clap_error(e: clap::Error) -> i32 {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            print_to_stdout(&e.render().to_string())
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = write!(std::io::stderr(), "{}", e.render());
            2
        }
        _ => {
            let text = e.render().to_string();
            let text = text.strip_prefix("error: ").unwrap_or(&text);
            let _ = write!(std::io::stderr(), "batchctl: error: {text}");
            2
        }
    }
}

/// Help and version text on stdout: 0, or 1 when stdout cannot take it (0 for a closed
/// pipe).
fn print_to_stdout(text: &str) -> i32 {
    let mut out = std::io::stdout().lock();
    match write!(out, "{text}").and_then(|()| out.flush()) {
        Ok(()) => 0,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            let _ = writeln!(
                std::io::stderr(),
                "batchctl: error: cannot write output: {e}"
            );
            1
        }
    }
}

/// A bug must still read as a clear error with exit 1, never as a backtrace.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let _ = writeln!(
            std::io::stderr(),
            "batchctl: error: internal error (a bug, please report it): {info}"
        );
        std::process::exit(1);
    }));
}

/// No core dump of this process, whatever happens: a dump would hold the credentials in
/// memory (the SecretKey, a session token). The soft `RLIMIT_CORE` is 0 (the hard limit
/// stays, for the commands batchctl starts), and on Linux the process is not dumpable
/// (which also keeps other users' debuggers out). Failures are ignored: nothing to do.
pub fn forbid_core_dumps() {
    #[cfg(unix)]
    {
        let mut limit = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: getrlimit and setrlimit read and write the one struct given; no memory
        // is shared with anything else.
        unsafe {
            if libc::getrlimit(libc::RLIMIT_CORE, &mut limit) == 0 {
                limit.rlim_cur = 0;
                libc::setrlimit(libc::RLIMIT_CORE, &limit);
            }
        }
    }
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_DUMPABLE takes plain integers and touches no memory of ours.
    unsafe {
        libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0);
    }
}

#[cfg(all(test, target_os = "linux"))]
mod core_dump_tests {
    #[test]
    fn core_dumps_are_off_after_the_start() {
        super::forbid_core_dumps();
        let mut limit = libc::rlimit {
            rlim_cur: 1,
            rlim_max: 1,
        };
        // SAFETY: as in forbid_core_dumps.
        let (got, dumpable) = unsafe {
            (
                libc::getrlimit(libc::RLIMIT_CORE, &mut limit),
                libc::prctl(libc::PR_GET_DUMPABLE, 0, 0, 0, 0),
            )
        };
        assert_eq!(got, 0);
        assert_eq!(
            limit.rlim_cur, 0,
            "no core file, however large the hard limit"
        );
        assert_eq!(dumpable, 0, "not dumpable");
    }
}
