//! Maintainer tasks: `cargo run -p xtask -- codegen [--check]` writes (or checks) the
//! generated tables of crates/batch-api from api/.

use std::process::ExitCode;

use xtask::{GENERATED, generate, workspace_root};

const USAGE: &str = "usage: cargo run -p xtask -- codegen [--check]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let check = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["codegen"] => false,
        ["codegen", "--check"] => true,
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let root = workspace_root();
    let fresh = match generate(&root) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("xtask: error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let path = root.join(GENERATED);
    if check {
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        if current != fresh {
            eprintln!(
                "xtask: error: {GENERATED} is stale: api/ changed since it was generated; \
                 run `cargo run -p xtask -- codegen` and commit the result"
            );
            return ExitCode::FAILURE;
        }
        return ExitCode::SUCCESS;
    }
    if let Err(e) = std::fs::write(&path, fresh) {
        eprintln!("xtask: error: cannot write {GENERATED}: {e}");
        return ExitCode::FAILURE;
    }
    eprintln!("xtask: wrote {GENERATED}");
    ExitCode::SUCCESS
}
