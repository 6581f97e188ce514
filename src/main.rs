//! The `batchctl` binary: parse, run, map the error to an exit code; nothing else.

fn main() {
    std::process::exit(batchctl::main_with_args(std::env::args_os()));
}
