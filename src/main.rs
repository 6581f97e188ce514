//! The `batchctl` binary: parse, run, map the error to an exit code; nothing else.

fn main() {
    // `BATCHCTL_COMPLETE=bash batchctl …`: the shell asks for completions (then exits).
    batchctl::commands::complete::complete_if_asked();
    std::process::exit(batchctl::main_with_args(std::env::args_os()));
}
