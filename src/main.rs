//! The `batchctl` binary: parse, run, map the error to an exit code; nothing else.

#[cfg(all(target_os = "linux", target_env = "gnu"))]
mod pow;

fn main() {
    // `BATCHCTL_COMPLETE=bash batchctl …`: the shell asks for completions (then exits).
    batchctl::commands::complete::complete_if_asked();
    // The process ends right after the command: no need to wait for the HTTP thread.
    batchctl::transport::client::leave_http_thread_at_exit();
    std::process::exit(batchctl::main_with_args(std::env::args_os()));
}
