//! The `batchctl` binary: parse, run, map the error to an exit code; nothing else.
//!
//! On Linux with glibc the process starts at C's `main` ([`start`]), not at std's: see
//! there why, and what it does in std's place.

#![cfg_attr(all(target_os = "linux", target_env = "gnu", not(test)), no_main)]

#[cfg(all(target_os = "linux", target_env = "gnu"))]
mod pow;
#[cfg(all(target_os = "linux", target_env = "gnu", not(test)))]
mod start;

/// The whole run: the command, then the process's exit with its code.
fn run() -> ! {
    // `BATCHCTL_COMPLETE=bash batchctl …`: the shell asks for completions (then exits).
    batchctl::commands::complete::complete_if_asked();
    // The process ends right after the command: no need to wait for the HTTP thread.
    batchctl::transport::client::leave_http_thread_at_exit();
    std::process::exit(batchctl::main_with_args(std::env::args_os()));
}

#[cfg(not(all(target_os = "linux", target_env = "gnu", not(test))))]
fn main() {
    run()
}
