//! The README's examples run: every line of a fenced `sh` block that starts with
//! `batchctl --emulator` (or `--emulator=…`), `batchctl completions` or `batchctl config` is run (by bash, so quoting and pipes
//! are the reader's), and must exit 0, or the code its comment names (`# exit 7: …`).
//! So the README cannot drift from the binary.

/// The runnable lines of the README's `sh` blocks, with the exit code each expects.
fn examples() -> Vec<(String, i32)> {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let mut in_sh = false;
    let mut out = Vec::new();
    for line in readme.lines() {
        if line.starts_with("```") {
            in_sh = !in_sh && line.trim() == "```sh";
            continue;
        }
        let line = line.trim();
        if !in_sh
            || !(line.starts_with("batchctl --emulator ")
                || line.starts_with("batchctl --emulator=")
                || line.starts_with("batchctl completions ")
                || line.starts_with("batchctl config "))
        {
            continue;
        }
        let (command, comment) = match line.split_once("   #") {
            Some((command, comment)) => (command.trim(), comment.trim()),
            None => (line, ""),
        };
        let code = comment
            .strip_prefix("# ")
            .unwrap_or(comment)
            .strip_prefix("exit ")
            .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next())
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        out.push((command.to_string(), code));
    }
    out
}

#[test]
fn every_emulator_example_in_the_readme_runs_as_documented() {
    let examples = examples();
    assert!(examples.len() >= 10, "{examples:?}");
    let bin_dir = std::path::Path::new(crate::common::BIN).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let home = tempfile::tempdir().unwrap();
    for (command, expected) in &examples {
        let result = std::process::Command::new("bash")
            .args(["--norc", "--noprofile", "-o", "pipefail", "-c", command])
            .env("PATH", &path)
            .env("HOME", home.path())
            .env_remove("XDG_CONFIG_HOME")
            .env_remove("BATCHCTL_PROFILE")
            .env_remove("BATCHCTL_ZONE")
            .env_remove("BATCHCTL_IMAGE")
            .env_remove("BATCHCTL_INSTANCE_TYPE")
            .env_remove("BATCHCTL_COMPUTE_ENV")
            .env_remove("BATCHCTL_OUTPUT")
            .env_remove("BATCHCTL_ENDPOINT")
            .env_remove("TENCENTCLOUD_REGION")
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        assert_eq!(
            result.status.code(),
            Some(*expected),
            "README example `{command}`:\n{}",
            String::from_utf8_lossy(&result.stderr)
        );
        if *expected == 0 {
            assert!(!result.stdout.is_empty(), "`{command}` printed nothing");
        }
    }
}
