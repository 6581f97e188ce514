//! `jobs wait` against the emulator with moving jobs (`--advance`: each poll moves a job
//! one state forward): exit codes by outcome, batched and paced polls, transient faults
//! that do not end the wait, progress lines, Ctrl-C.

use std::io::{BufRead, Read};

use crate::common::*;
use serde_json::Value;

fn states(out: &std::process::Output) -> Vec<(String, String)> {
    let doc: Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout_of(out)));
    doc["JobSet"]
        .as_array()
        .unwrap()
        .iter()
        .map(|j| {
            (
                j["JobId"].as_str().unwrap().to_string(),
                j["JobState"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn all_jobs_succeed_exit_0_and_the_final_jobs_are_printed() {
    let jobs = [
        job("job-aaaaaaaa", "a", "RUNNING", "ap-guangzhou-3", &[]),
        job("job-bbbbbbbb", "b", "STARTING", "ap-guangzhou-3", &[]),
    ];
    let emu = Emulator::with_jobs(&jobs, &["--advance"]);
    let out = wait(&emu, "job-aaaaaaaa,job-bbbbbbbb", &["-o", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(
        states(&out),
        [
            ("job-aaaaaaaa".into(), "SUCCEED".into()),
            ("job-bbbbbbbb".into(), "SUCCEED".into())
        ]
    );
    // Both IDs in one request while both are unfinished, then only the one still running
    // (each answer shows a job before it moves on).
    let asked: Vec<usize> = emu
        .bodies()
        .iter()
        .map(|b| b["JobIds"].as_array().unwrap().len())
        .collect();
    assert_eq!(asked, [2, 2, 1], "{:?}", emu.bodies());
}

#[test]
fn a_failed_job_exits_7_and_is_named() {
    let jobs = [
        job("job-aaaaaaaa", "ok", "RUNNING", "ap-guangzhou-3", &[]),
        job(
            "job-bbbbbbbb",
            "will-fail",
            "RUNNING",
            "ap-guangzhou-3",
            &[],
        ),
    ];
    let emu = Emulator::with_jobs(&jobs, &["--advance"]);
    let out = wait(&emu, "job-aaaaaaaa,job-bbbbbbbb", &["-o", "jsonl"]);
    assert_eq!(out.status.code(), Some(7), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    assert!(
        err.contains("batchctl: error:")
            && err.contains("job-bbbbbbbb (FAILED)")
            && !err.contains("job-aaaaaaaa ("),
        "{err}"
    );
    assert_eq!(
        stdout_of(&out).lines().count(),
        2,
        "the final jobs are printed"
    );
}

#[test]
fn max_wait_passing_first_exits_8_naming_the_unfinished_jobs() {
    let emu = Emulator::with_jobs(
        &[job(
            "job-aaaaaaaa",
            "slow",
            "SUBMITTED",
            "ap-guangzhou-3",
            &[],
        )],
        &["--advance"],
    );
    let out = emu
        .cmd()
        .args([
            "jobs",
            "wait",
            "--job-id",
            "job-aaaaaaaa",
            "--interval",
            "200ms",
            "--max-wait",
            "300ms",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(8), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    assert!(
        err.contains("--max-wait") && err.contains("job-aaaaaaaa"),
        "{err}"
    );
}

#[test]
fn an_unknown_id_exits_3_at_once() {
    let emu = Emulator::with_jobs(
        &[job("job-aaaaaaaa", "a", "RUNNING", "ap-guangzhou-3", &[])],
        &["--advance"],
    );
    let out = wait(&emu, "job-aaaaaaaa,job-zzzzzzzz", &[]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("job-zzzzzzzz"));
    assert_eq!(emu.requests().len(), 1);
}

#[test]
fn no_job_ids_is_a_usage_error() {
    let home = tempfile::tempdir().unwrap();
    let out = batchctl(home.path())
        .args(["jobs", "wait"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("--job-id"));
    let out = batchctl(home.path())
        .args([
            "jobs",
            "wait",
            "--job-id",
            "job-aaaaaaaa",
            "--interval",
            "soon",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("soon"));
}

#[test]
fn transient_faults_mid_wait_do_not_end_it() {
    let emu = Emulator::with_jobs(
        &[job("job-aaaaaaaa", "a", "STARTING", "ap-guangzhou-3", &[])],
        &["--advance", "--inject", "ok,internal*3,reset"],
    );
    let out = wait(
        &emu,
        "job-aaaaaaaa",
        &["--max-attempts", "2", "--timeout", "2"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("still waiting"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn a_non_transient_error_ends_the_wait_with_4() {
    let emu = Emulator::with_jobs(
        &[job("job-aaaaaaaa", "a", "RUNNING", "ap-guangzhou-3", &[])],
        &["--advance"],
    );
    let out = emu
        .cmd()
        .env("TENCENTCLOUD_SECRET_KEY", "wrong")
        .args([
            "jobs",
            "wait",
            "--job-id",
            "job-aaaaaaaa",
            "--interval",
            "100ms",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr_of(&out));
    assert_eq!(emu.requests().len(), 1);
}

#[test]
fn polls_are_batched_100_ids_at_a_time_and_stay_within_the_rate_limit() {
    let jobs: Vec<Value> = (0..120)
        .map(|i| {
            job(
                &format!("job-w{i:07}"),
                "w",
                "RUNNING",
                "ap-guangzhou-3",
                &[],
            )
        })
        .collect();
    let ids: Vec<String> = jobs
        .iter()
        .map(|j| j["JobId"].as_str().unwrap().to_string())
        .collect();
    let emu = Emulator::with_jobs(&jobs, &["--advance", "--rate-limit", "2"]);
    let out = emu
        .cmd()
        .args([
            "jobs",
            "wait",
            "--job-id",
            "-",
            "--interval",
            "100ms",
            "-o",
            "jsonl",
        ])
        .write_stdin(ids.join("\n"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out).lines().count(), 120);
    let asked: Vec<usize> = emu
        .bodies()
        .iter()
        .map(|b| b["JobIds"].as_array().unwrap().len())
        .collect();
    assert_eq!(asked, [100, 20, 100, 20]);
    let outcomes: Vec<Value> = emu
        .requests()
        .iter()
        .map(|r| r["outcome"].clone())
        .collect();
    assert!(
        outcomes.iter().all(|o| o == "ok"),
        "never throttled: {outcomes:?}"
    );
}

#[test]
fn progress_is_one_plain_line_per_state_change_off_a_terminal_and_quiet_silences_it() {
    let emu = Emulator::with_jobs(
        &[job("job-aaaaaaaa", "a", "STARTING", "ap-guangzhou-3", &[])],
        &["--advance"],
    );
    let out = wait(&emu, "job-aaaaaaaa", &["-o", "jsonl"]);
    assert!(out.status.success());
    let err = stderr_of(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 3, "{err}");
    assert!(lines[0].contains("job-aaaaaaaa: STARTING"), "{err}");
    assert!(lines[1].contains("STARTING -> RUNNING"), "{err}");
    assert!(lines[2].contains("RUNNING -> SUCCEED"), "{err}");
    assert!(!err.contains('\u{1b}'), "no terminal escapes: {err:?}");
    let emu = Emulator::with_jobs(
        &[job("job-aaaaaaaa", "a", "RUNNING", "ap-guangzhou-3", &[])],
        &["--advance"],
    );
    let out = wait(&emu, "job-aaaaaaaa", &["-q"]);
    assert!(out.status.success());
    assert_eq!(stderr_of(&out), "");
}

#[test]
fn ctrl_c_stops_cleanly_with_a_non_zero_status() {
    // No --advance: the job never ends, so only Ctrl-C stops the wait.
    let emu = Emulator::with_jobs(
        &[job("job-aaaaaaaa", "a", "RUNNING", "ap-guangzhou-3", &[])],
        &[],
    );
    let mut cmd = emu.std_cmd();
    cmd.args([
        "jobs",
        "wait",
        "--job-id",
        "job-aaaaaaaa",
        "--interval",
        "100ms",
        "--max-wait",
        "0",
    ])
    .stdout(std::process::Stdio::piped())
    .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    // Its first progress line says the first poll was answered (a readiness signal, read
    // as it comes: no sleep, no clock); then interrupt.
    let mut stderr = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut first = String::new();
    stderr.read_line(&mut first).unwrap();
    assert!(first.contains("job-aaaaaaaa: RUNNING"), "{first:?}");
    assert!(!emu.requests().is_empty(), "a poll arrived");
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let mut rest = String::new();
    stderr.read_to_string(&mut rest).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130), "{first}{rest}");
    assert!(rest.contains("batchctl: error: interrupted"), "{rest}");
    assert_eq!(stdout_of(&out), "");
}

#[test]
fn a_closed_pipe_keeps_the_outcome_status() {
    let emu = Emulator::with_jobs(
        &[job(
            "job-aaaaaaaa",
            "will-fail",
            "RUNNING",
            "ap-guangzhou-3",
            &[],
        )],
        &["--advance"],
    );
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = emu
        .std_cmd()
        .args([
            "jobs",
            "wait",
            "--job-id",
            "job-aaaaaaaa",
            "--interval",
            "100ms",
            "--rate-limit",
            "0",
        ])
        .stdout(writer)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7), "{}", stderr_of(&out));
}
