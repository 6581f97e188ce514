//! `jobs describe --watch` (`-w`), as `kubectl get -w`: the table once, then a line for
//! each job whose state changes, in a pipe too, until Ctrl-C (130).

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::sync::mpsc;
use std::time::Duration;

use crate::common::*;

/// Longest wait for a line the test expects; only a failing test waits it out.
const PATIENCE: Duration = Duration::from_secs(60);

#[test]
fn describe_watch_prints_the_table_then_each_state_change_until_ctrl_c() {
    let home = tempfile::tempdir().unwrap();
    let mut child = std_batchctl(home.path())
        .args([
            "--emulator",
            "jobs",
            "describe",
            "--watch",
            "--interval",
            "100ms",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (tx, lines) = mpsc::channel();
    let stdout = BufReader::new(child.stdout.take().unwrap());
    std::thread::spawn(move || {
        for line in stdout.lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut seen = Vec::new();
    let change = loop {
        let line = lines
            .recv_timeout(PATIENCE)
            .expect("a state change is printed");
        if line.contains(" → ") {
            break line;
        }
        seen.push(line);
    };
    assert!(seen[0].starts_with("ID "), "the table first: {seen:?}");
    let fields: Vec<&str> = change.split("  ").collect();
    assert!(fields[0].starts_with("job-"), "{change}");
    assert!(change.contains(" → "), "{change}");
    let time = fields.last().unwrap();
    assert!(
        time.len() == 8 && time.chars().filter(|c| *c == ':').count() == 2,
        "ends with the time: {change}"
    );
    let sent = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130), "{}", stderr_of(&out));
}

#[test]
fn describe_interval_needs_watch() {
    let home = tempfile::tempdir().unwrap();
    let out = batchctl(home.path())
        .args(["--emulator", "jobs", "describe", "--interval", "1s"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
}
