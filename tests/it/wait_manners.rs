//! `jobs wait` for people: `--fail-fast` ends at the first failure (exit 7); with more jobs
//! than the terminal has rows, a summary line (done, running, failed, next poll) with the
//! failed jobs printed first.

use crate::common::{batchctl, stderr_of};

/// Demo job IDs of the built-in emulator in `state`.
fn demo_ids(state: &str) -> Vec<String> {
    let home = tempfile::tempdir().unwrap();
    let out = batchctl(home.path())
        .args(["--emulator", "jobs", "describe", "--all", "--state", state])
        .args(["--query", ".JobSet[].JobId"])
        .output()
        .unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn fail_fast_ends_at_the_first_failure() {
    let failed = demo_ids("FAILED");
    let pending = demo_ids("SUBMITTED");
    let home = tempfile::tempdir().unwrap();
    // An hour between polls: only --fail-fast can end this wait quickly.
    let out = batchctl(home.path())
        .args([
            "--emulator",
            "jobs",
            "wait",
            "--interval",
            "1h",
            "--fail-fast",
        ])
        .args(["--job-id", &failed[0], "--job-id", &pending[0]])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains(&failed[0]), "{}", stderr_of(&out));
}

#[test]
fn many_jobs_on_a_short_terminal_get_a_summary_line() {
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        return;
    }
    let mut ids = demo_ids("SUBMITTED");
    ids.extend(demo_ids("FAILED"));
    let home = tempfile::tempdir().unwrap();
    let command = format!(
        "{} --emulator --rate-limit 0 jobs wait --interval 100ms -o json --job-id {}",
        crate::common::BIN,
        ids.join(",")
    );
    let out = std::process::Command::new("script")
        .args(["-q", "-e", "-c", &command, "/dev/null"])
        .env("HOME", home.path())
        .env("LINES", "4")
        .env_remove("BATCHCTL_OUTPUT")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains(" done, "), "{text}");
    assert!(text.contains(" failed; next poll in 100ms"), "{text}");
    // The failed jobs are listed, each on its own line, above the summary.
    let first_failed = text.find(&format!("✗ {}", ids.last().unwrap()));
    assert!(first_failed.is_some(), "{text}");
}
