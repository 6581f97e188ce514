//! `batchctl emulator serve --rate-limit N --inject LIST`: the options as a user meets
//! them (usage errors, the banner), and the faults as `batchctl` itself meets them.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use crate::common::*;

#[test]
fn an_unknown_fault_is_a_usage_error_naming_it_and_the_valid_ones() {
    let home = tempfile::tempdir().unwrap();
    let out = batchctl(home.path())
        .args([
            "emulator",
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--inject",
            "internal,timeout",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(err.starts_with("batchctl: error:"), "{err}");
    assert!(err.contains("unknown fault `timeout`"), "{err}");
    for name in [
        "ok", "limit", "internal", "http502", "reset", "hang", "badjson", "truncate", "expire",
        "lost",
    ] {
        assert!(err.contains(name), "{name}: {err}");
    }
    assert_eq!(stdout_of(&out), "");
}

#[test]
fn bad_repeat_counts_and_rates_are_usage_errors() {
    let home = tempfile::tempdir().unwrap();
    for args in [
        vec!["emulator", "serve", "--inject", "reset*0"],
        vec!["emulator", "serve", "--inject", ""],
        vec!["emulator", "serve", "--rate-limit", "1.5"],
        vec!["emulator", "serve", "--rate-limit", "-1"],
        // The global client-side option before the subcommand reaches it too.
        vec!["--rate-limit", "0.5", "emulator", "serve"],
    ] {
        let out = batchctl(home.path()).args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr_of(&out));
        assert!(stderr_of(&out).starts_with("batchctl: error:"), "{args:?}");
    }
}

/// The banner `emulator serve ARGS` prints, up to the line containing `last`.
fn banner(args: &[&str], last: &str) -> String {
    let home = tempfile::tempdir().unwrap();
    let mut child = Command::new(BIN)
        .env("HOME", home.path())
        .args(["-q", "emulator", "serve", "--listen", "127.0.0.1:0"])
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Read on a thread, so a missing line fails the test instead of blocking it (after
    // 120 s without a line: a safety net, not a measure of the start-up).
    let stdout = BufReader::new(child.stdout.take().unwrap());
    let (lines, banner_lines) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in stdout.lines().map_while(Result::ok) {
            if lines.send(line).is_err() {
                return;
            }
        }
    });
    let mut banner = String::new();
    while let Ok(line) = banner_lines.recv_timeout(std::time::Duration::from_secs(120)) {
        banner.push_str(&line);
        banner.push('\n');
        if line.contains(last) {
            break;
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    banner
}

#[test]
fn an_address_other_machines_reach_needs_allow_remote_and_is_told() {
    let home = tempfile::tempdir().unwrap();
    let out = batchctl(home.path())
        .args(["emulator", "serve", "--listen", "0.0.0.0:0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    assert!(err.contains("--allow-remote"), "{err}");
    assert!(err.contains("demo credentials"), "{err}");
    assert_eq!(stdout_of(&out), "");
    // Allowed, it prints the address really bound and warns on stderr.
    let mut child = Command::new(BIN)
        .env("HOME", home.path())
        .args([
            "emulator",
            "serve",
            "--listen",
            "0.0.0.0:0",
            "--allow-remote",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    let mut warning = String::new();
    BufReader::new(child.stderr.take().unwrap())
        .read_line(&mut warning)
        .unwrap();
    let _ = child.kill();
    let _ = child.wait();
    assert!(
        first.starts_with("batchctl emulator listening on http://0.0.0.0:"),
        "{first}"
    );
    assert!(
        warning.contains("warning: listening on 0.0.0.0:"),
        "{warning}"
    );
    assert!(warning.contains("demo credentials"), "{warning}");
}

#[test]
fn the_banner_states_the_rate_limit_and_the_queued_faults() {
    let banner = banner(
        &[
            "--rate-limit",
            "5",
            "--inject",
            "internal*3,ok,reset,lost*2",
            "--advance",
        ],
        "faults queued",
    );
    assert!(
        banner.starts_with("batchctl emulator listening on http://127.0.0.1:"),
        "{banner}"
    );
    assert!(
        banner.contains("rate limit: 5 requests per second per SecretId and action"),
        "{banner}"
    );
    assert!(
        banner.contains("faults queued, one per request: internal*3,ok,reset,lost*2"),
        "{banner}"
    );
    assert!(banner.contains("advance: on"), "{banner}");
}

#[test]
fn by_default_each_action_is_limited_at_its_published_rate() {
    for args in [&[][..], &["--rate-limit", "published"][..]] {
        let banner = banner(args, "rate limit:");
        assert!(
            banner.contains("rate limit: each action's published limit per SecretId"),
            "{args:?}: {banner}"
        );
    }
    let banner = banner(&["--rate-limit", "0"], "rate limit:");
    assert!(banner.contains("rate limit: off"), "{banner}");
}

#[test]
fn the_harness_serves_without_a_limit_unless_asked() {
    // Six quick calls: with the service's 2/s the third would be throttled.
    let emu = Emulator::with_jobs(&many_jobs(2), &[]);
    for _ in 0..6 {
        let out = emu
            .cmd()
            .args([
                "--rate-limit",
                "0",
                "--max-attempts",
                "1",
                "jobs",
                "describe",
                "-o",
                "jsonl",
            ])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
    }
    assert!(emu.requests().iter().all(|r| r["outcome"] == "ok"));
}

#[test]
fn the_service_limit_throttles_an_unpaced_client_and_the_log_says_so() {
    // An unpaced client asking page after page, one attempt each, of an emulator that
    // admits one request a second: the first page is served, and paging ends at the first
    // page asked within a second of the one before, refused. Which page that is depends
    // on the machine's speed, so the test does not say; 30 pages are a safety net only.
    let emu = Emulator::with_jobs(&many_jobs(30), &["--rate-limit", "1"]);
    let out = emu
        .cmd()
        .args(["--rate-limit", "0", "--max-attempts", "1"])
        .args([
            "jobs",
            "describe",
            "--all",
            "--page-size",
            "1",
            "-o",
            "jsonl",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("RequestLimitExceeded"),
        "{}",
        stderr_of(&out)
    );
    let outcomes: Vec<String> = emu
        .requests()
        .iter()
        .map(|r| r["outcome"].as_str().unwrap().to_string())
        .collect();
    let (last, served) = outcomes.split_last().unwrap();
    assert_eq!(outcomes[0], "ok");
    assert_eq!(last, "RequestLimitExceeded", "{outcomes:?}");
    assert!(served.iter().all(|o| o == "ok"), "{outcomes:?}");
    assert_eq!(
        stdout_of(&out).lines().count(),
        served.len(),
        "one job printed a page served"
    );
}

#[test]
fn every_fault_is_logged_as_an_attempt() {
    let emu = Emulator::with_jobs(&many_jobs(2), &["--inject", "reset,http502,ok"]);
    for expected in [5, 5, 0] {
        let out = emu
            .cmd()
            .args([
                "--rate-limit",
                "0",
                "--max-attempts",
                "1",
                "jobs",
                "describe",
                "-o",
                "jsonl",
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(expected), "{}", stderr_of(&out));
    }
    let outcomes: Vec<String> = emu
        .requests()
        .iter()
        .map(|r| r["outcome"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(outcomes, ["inject:reset", "inject:http502", "ok"]);
}

#[test]
fn with_advance_successive_describes_see_the_jobs_move() {
    let jobs = [
        job("job-t0000001", "render", "RUNNABLE", "ap-guangzhou-3", &[]),
        job(
            "job-t0000002",
            "will-FAIL",
            "RUNNING",
            "ap-guangzhou-3",
            &[],
        ),
        job(
            "job-t0000003",
            "untouched",
            "PENDING",
            "ap-guangzhou-3",
            &[],
        ),
    ];
    let emu = Emulator::with_jobs(&jobs, &["--advance"]);
    let describe = |id: &str| {
        let out = emu
            .cmd()
            .args(["--rate-limit", "0", "jobs", "describe", "--job-id", id])
            .args(["-o", "json"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        let doc: serde_json::Value = serde_json::from_str(&stdout_of(&out)).unwrap();
        doc["JobSet"][0].clone()
    };
    let mut states = Vec::new();
    for _ in 0..5 {
        let job = describe("job-t0000001");
        states.push(job["JobState"].as_str().unwrap().to_string());
        let ended = job["JobState"] == "SUCCEED";
        assert_eq!(job["EndTime"].is_null(), !ended, "{job}");
        assert_eq!(
            job["TaskMetrics"]["SucceedCount"],
            u64::from(ended),
            "{job}"
        );
    }
    assert_eq!(
        states,
        ["RUNNABLE", "STARTING", "RUNNING", "SUCCEED", "SUCCEED"]
    );
    assert_eq!(describe("job-t0000002")["JobState"], "RUNNING");
    let failed = describe("job-t0000002");
    assert_eq!(failed["JobState"], "FAILED");
    assert_eq!(failed["TaskMetrics"]["FailedCount"], 1);
    // Not polled until now: still where it started.
    assert_eq!(describe("job-t0000003")["JobState"], "PENDING");
    let advanced: Vec<serde_json::Value> = emu
        .requests()
        .iter()
        .map(|r| r["advanced"].clone())
        .collect();
    assert_eq!(advanced, [1, 1, 1, 0, 0, 1, 0, 1]);
}

#[test]
fn the_state_file_keeps_submitted_jobs_across_restarts_and_a_bad_one_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("world.json");
    let path = state.to_str().unwrap();
    let job = r#"{"JobName":"kept","Tasks":[{"TaskName":"a","Application":{"DeliveryForm":"LOCAL","Command":"echo kept; exit 5"}}]}"#;
    let id = {
        let emu = Emulator::start(&["--state-file", path, "--speed", "1000"]);
        let out = emu
            .cmd()
            .args([
                "api",
                "SubmitJob",
                "--Placement.Zone",
                "ap-guangzhou-3",
                "--Job",
                job,
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        // Ctrl-C: the last changes are saved before it ends.
        emu.interrupt();
        doc["JobId"].as_str().unwrap().to_string()
    };
    // A new emulator on the same file: the job is there, and has run by now.
    let emu = Emulator::start(&["--state-file", path, "--speed", "1000"]);
    let out = emu
        .cmd()
        .args(["api", "DescribeTask", "--JobId", &id, "--TaskName", "a"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["TaskInstanceSet"][0]["ExitCode"], 5, "{doc}");

    // A second emulator on the same file refuses to start, naming it.
    let home = tempfile::tempdir().unwrap();
    let out = batchctl(home.path())
        .args([
            "emulator",
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--state-file",
            path,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    assert!(
        err.contains("world.json") && err.contains("another emulator holds it"),
        "{err}"
    );
    drop(emu);

    std::fs::write(&state, "{\"jobs\": 3}").unwrap();
    let home = tempfile::tempdir().unwrap();
    let out = batchctl(home.path())
        .args([
            "emulator",
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--state-file",
            path,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(
        err.starts_with("batchctl: error:") && err.contains("world.json"),
        "{err}"
    );
}
