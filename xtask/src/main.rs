//! Maintainer tasks. `cargo run -p xtask -- codegen [--check]` (to be written).

fn main() {
    eprintln!("xtask: nothing here yet");
    std::process::exit(2);
}
