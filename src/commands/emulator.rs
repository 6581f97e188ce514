//! `batchctl emulator serve`: runs the local emulator in the foreground.

use std::io::Write;

use crate::cli::{Exec, SERVE_RATE_PUBLISHED, ServeArgs};
use crate::transport::error::Error;
use batch_emulator::{self as emulator, Config, faults, limiter};

impl From<emulator::Error> for Error {
    fn from(e: emulator::Error) -> Error {
        match e {
            emulator::Error::Usage(message) => Error::Usage(message),
            emulator::Error::Internal(message) => Error::Internal(message),
        }
    }
}

/// The warning `--exec local` gives when the emulator starts.
pub fn local_warning() -> String {
    let user = std::env::var("USER")
        .or_else(|_| std::env::var("LOGNAME"))
        .map_or_else(|_| String::new(), |u| format!(" ({u})"));
    format!(
        "--exec local: every task instance's command submitted here runs on this machine as \
         this user{user}, with sh -c in a temporary directory"
    )
}

pub fn serve(quiet: bool, args: &ServeArgs) -> Result<(), Error> {
    // The value may also come from the global `--rate-limit` given before `emulator`,
    // which takes any rate: the emulator counts whole requests.
    let rate_limit = if args.rate_limit == SERVE_RATE_PUBLISHED {
        limiter::RateLimit::Published
    } else {
        limiter::rate_limit_from(args.rate_limit).map_err(Error::Usage)?
    };
    let faults = match &args.inject {
        Some(list) => faults::parse_faults(list).map_err(|why| {
            Error::Usage(format!(
                "invalid value '{}' for '--inject <LIST>': {why}",
                crate::transport::error::printable(list)
            ))
        })?,
        None => Vec::new(),
    };
    let stories = args.jobs.is_none() && args.generate.is_none();
    let jobs = match (&args.jobs, args.generate) {
        (Some(path), _) => emulator::load_jobs(path)?,
        (None, Some(n)) => {
            emulator::generate_jobs(emulator::check_generate(n).map_err(Error::Usage)?)
        }
        (None, None) => emulator::demo_jobs_as_of(chrono::Utc::now().timestamp()),
    };
    let queued = faults::summary(&faults);
    let handle = emulator::start(Config {
        log: args.log.clone(),
        quiet,
        rate_limit,
        faults,
        advance: args.advance,
        speed: args.speed,
        state_file: args.state_file.clone(),
        stories,
        exec: match args.exec {
            Exec::Simulate => emulator::Exec::Simulate,
            Exec::Local => emulator::Exec::Local,
        },
        allow_remote: args.allow_remote,
        ..Config::new(args.listen.clone(), jobs)
    })?;
    if args.exec == Exec::Local && !quiet {
        eprintln!("batchctl: warning: {}", local_warning());
    }
    if args.exec == Exec::Local || args.state_file.is_some() {
        // Interrupted or terminated, the emulator takes its commands with it and saves
        // what changed since its last save.
        let local = args.exec == Exec::Local;
        let flush = handle.flusher();
        let _ = ctrlc::set_handler(move || {
            if local {
                emulator::kill_local_runs();
            }
            if let Err(e) = flush() {
                eprintln!("batchctl: error: {e}");
            }
            std::process::exit(130);
        });
    }
    let count = handle.jobs();
    let remote = !handle.bound.ip().is_loopback();
    if remote && !quiet {
        eprintln!(
            "batchctl: warning: listening on {}, reachable from other machines: anyone who can \
             reach it can use the emulator with the public demo credentials below",
            handle.bound
        );
    }
    // The first line is machine-readable: tests and scripts read the endpoint from it (on
    // an address other machines reach, the address bound, e.g. http://0.0.0.0:9300).
    let mut out = std::io::stdout().lock();
    let listening = if remote {
        format!("http://{}", handle.bound)
    } else {
        handle.endpoint.clone()
    };
    writeln!(out, "batchctl emulator listening on {listening}")?;
    writeln!(
        out,
        "serving {count} jobs; it accepts these demo credentials:"
    )?;
    writeln!(out, "  export BATCHCTL_ENDPOINT={}", handle.endpoint)?;
    writeln!(
        out,
        "  export TENCENTCLOUD_SECRET_ID={}",
        emulator::DEMO_SECRET_ID
    )?;
    writeln!(
        out,
        "  export TENCENTCLOUD_SECRET_KEY={}",
        emulator::DEMO_SECRET_KEY
    )?;
    match rate_limit {
        emulator::RateLimit::Each(0) => writeln!(out, "rate limit: off")?,
        emulator::RateLimit::Each(n) => writeln!(
            out,
            "rate limit: {n} requests per second per SecretId and action (RequestLimitExceeded above it)"
        )?,
        emulator::RateLimit::Published => writeln!(
            out,
            "rate limit: each action's published limit per SecretId (RequestLimitExceeded above it)"
        )?,
    }
    if args.advance {
        writeln!(
            out,
            "advance: on (each job in a successful answer moves one state forward afterwards)"
        )?;
    }
    let speed = args.speed.unwrap_or(if args.advance { 0.0 } else { 1.0 });
    writeln!(
        out,
        "clock: {speed}x real time{}",
        if speed == 0.0 { " (stopped)" } else { "" }
    )?;
    if args.exec == Exec::Local {
        writeln!(
            out,
            "exec: local (task instances' commands run on this machine with sh -c)"
        )?;
    }
    if let Some(path) = &args.state_file {
        writeln!(
            out,
            "state: kept in {} (saved within {} ms of a change, and on exit; locked against a second emulator)",
            path.display(),
            emulator::SAVE_INTERVAL.as_millis()
        )?;
    }
    if !queued.is_empty() {
        writeln!(out, "faults queued, one per request: {queued}")?;
    }
    out.flush()?;
    drop(out);
    handle.wait();
    Ok(())
}
