//! `jobs logs -f` against the emulator (`--advance` with its clock stopped: a submitted
//! job moves only when polled, so every run is the same; the client waits on a virtual
//! clock): each line once, the final state on stderr, exit 0 or 7, and text shown while
//! the job still runs.

use crate::common::*;
use serde_json::Value;

const LONG: &str = "echo first; sleep 60; echo last";

/// Submits a one-instance job running `command`; its ID.
fn submit(emu: &Emulator, name: &str, command: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("job.yaml");
    std::fs::write(
        &file,
        format!(
            "Placement: {{Zone: ap-guangzhou-3}}\nJob:\n  JobName: {name}\n  Tasks:\n    - TaskName: main\n      TaskInstanceNum: 1\n      Application: {{DeliveryForm: LOCAL, Command: \"{command}\"}}\n      ComputeEnv:\n        EnvType: MANAGED\n        EnvData: {{InstanceType: S1.SMALL1, ImageId: img-m4q71qnq}}\n"
        ),
    )
    .unwrap();
    let out = emu
        .cmd()
        .args(["--rate-limit", "0", "jobs", "submit", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    stdout_of(&out).trim().to_string()
}

fn follow(emu: &Emulator, job: &str, extra: &[&str]) -> std::process::Output {
    emu.cmd()
        .env(VIRTUAL_TIME, "1")
        .args(["--rate-limit", "0", "jobs", "logs", job, "-f"])
        .args(["--interval", "1s"])
        .args(extra)
        .output()
        .unwrap()
}

#[test]
fn a_succeeding_job_prints_each_line_once_then_its_final_state_and_exits_0() {
    let emu = Emulator::start(&["--advance"]);
    let job = submit(&emu, "ok", LONG);
    let out = follow(&emu, &job, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "first\nlast\n");
    let err = stderr_of(&out);
    assert!(
        err.lines()
            .last()
            .is_some_and(|l| l.starts_with(&format!("job {job} ended SUCCEED"))),
        "{err}"
    );
    // Polled until the end, more than once.
    let polls = emu
        .requests()
        .iter()
        .filter(|r| r["action"] == "DescribeTaskLogs")
        .count();
    assert!(polls >= 2, "{polls} log polls");
}

#[test]
fn a_failing_job_exits_7_with_the_final_state_line_and_q_silences_it() {
    let emu = Emulator::start(&["--advance"]);
    let job = submit(&emu, "bad", "echo first; sleep 5; echo oops >&2; exit 3");
    let out = follow(&emu, &job, &[]);
    assert_eq!(out.status.code(), Some(7), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "first\n");
    let err = stderr_of(&out);
    assert_eq!(err.matches("oops").count(), 1, "{err}");
    assert!(
        err.lines()
            .last()
            .is_some_and(|l| l.starts_with(&format!("job {job} ended FAILED"))),
        "{err}"
    );
    let quiet = emu
        .cmd()
        .env(VIRTUAL_TIME, "1")
        .args([
            "-q",
            "--rate-limit",
            "0",
            "jobs",
            "logs",
            &job,
            "-f",
            "--stdout",
        ])
        .output()
        .unwrap();
    assert_eq!(quiet.status.code(), Some(7));
    assert!(
        !stderr_of(&quiet).contains("ended"),
        "{}",
        stderr_of(&quiet)
    );
}

#[test]
fn the_first_line_of_a_long_job_is_shown_while_it_still_runs() {
    // With -o jsonl each poll prints what the instance's log held then: a poll before the
    // end saw "first" alone, before "last" was written.
    let emu = Emulator::start(&["--advance"]);
    let job = submit(&emu, "long", LONG);
    let out = follow(&emu, &job, &["-o", "jsonl", "--stdout"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let seen: Vec<String> = stdout_of(&out)
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            v["Stdout"].as_str().unwrap_or("").to_string()
        })
        .collect();
    let early = seen.iter().position(|s| s == "first\n");
    let late = seen.iter().position(|s| s == "first\nlast\n");
    assert!(
        matches!((early, late), (Some(e), Some(l)) if e < l),
        "{seen:?}"
    );
}

#[test]
fn follow_with_a_whole_document_format_is_a_usage_error_and_sends_nothing() {
    // Nothing listens at this endpoint: a request would fail with another exit code.
    let home = tempfile::tempdir().unwrap();
    for format in [["-o", "json"], ["-o", "yaml"], ["--query", ".JobId"]] {
        let out = with_demo_keys(home.path())
            .args(["--endpoint", "http://127.0.0.1:9", "--rate-limit", "0"])
            .args(["jobs", "logs", "job-3n2weaqt", "-f"])
            .args(format)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{format:?}");
        assert!(
            stderr_of(&out).contains("--follow prints logs as they arrive"),
            "{}",
            stderr_of(&out)
        );
    }
}
