//! The completion scripts checked into `completions/` are the ones the binary generates.
//! Regenerate with: `BATCHCTL_UPDATE_COMPLETIONS=1 cargo test --test completions`.

mod common;

use batchctl::commands::completions::file_name;
use clap_complete::Shell;

#[test]
fn checked_in_completions_match_the_binary() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let home = tempfile::tempdir().unwrap();
    for (shell, name) in [
        (Shell::Bash, "bash"),
        (Shell::Zsh, "zsh"),
        (Shell::Fish, "fish"),
        (Shell::PowerShell, "powershell"),
        (Shell::Elvish, "elvish"),
    ] {
        let out = common::batchctl(home.path())
            .args(["completions", name])
            .output()
            .unwrap();
        assert!(out.status.success());
        let script = String::from_utf8(out.stdout).unwrap();
        assert!(
            script.contains("describe") && script.contains("job-id"),
            "{name} completes our commands"
        );
        let path = dir.join(file_name(shell));
        if std::env::var_os("BATCHCTL_UPDATE_COMPLETIONS").is_some() {
            std::fs::write(&path, &script).unwrap();
        }
        let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            checked_in == script,
            "completions/{} is stale: run BATCHCTL_UPDATE_COMPLETIONS=1 cargo test --test completions",
            file_name(shell)
        );
    }
}
