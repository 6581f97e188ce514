//! Hostile runs of what reaches people: terminal escapes and bidi controls from the
//! service shown visibly on a terminal and untouched in a pipe, long-running commands that
//! notice their reader is gone, and the messages of writes whose answers were lost.

use crate::common::*;
use serde_json::{Value, json};

// ---- writes whose answers were lost -----------------------------------------------------

#[test]
fn defect_14_a_submission_whose_answers_were_all_lost_names_its_token() {
    let server = FakeServer::new().always(Answer::Drop).start();
    let (request, _) = api_example("SubmitJob");
    let mut api = vec!["api".to_string(), "SubmitJob".to_string()];
    api.extend(tccli_args(&request));
    let run: Vec<String> = [
        "run",
        "--zone",
        "ap-guangzhou-3",
        "--instance-type",
        "S5.MEDIUM2",
        "--image",
        "img-eb30mz89",
        "--",
        "echo",
        "hi",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for args in [api, run] {
        let before = server.received().len();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = run_unpaced(&server, &args);
        assert!(!out.status.success());
        let err = stderr_of(&out);
        let sent: Vec<Value> = server.received()[before..]
            .iter()
            .map(|r| r.json()["ClientToken"].clone())
            .collect();
        assert!(sent.len() > 1, "{args:?}: retried with its token");
        let token = sent[0].as_str().unwrap();
        assert!(sent.iter().all(|t| t == token), "one token");
        assert!(err.contains("the job may exist"), "{args:?}: {err}");
        assert!(
            err.contains(&format!("--client-token {token}")),
            "{args:?}: how to re-run safely: {err}"
        );
        assert_eq!(err.matches("outcome unknown").count(), 1, "{err}");
    }
}

#[test]
fn defect_20_an_ambiguous_write_is_reported_once() {
    // TerminateJob's answer is lost; the job still reads RUNNING, so the outcome is unknown.
    let server = FakeServer::new()
        .answer(|req, _| match req.action() {
            "TerminateJob" => Answer::Drop,
            "DescribeJobs" => Answer::Response(json!({
                "TotalCount": 1,
                "JobSet": [{"JobId": "job-aaaaaaaa", "JobName": "n", "JobState": "RUNNING"}],
                "RequestId": "r-1"
            })),
            _ => Answer::Response(json!({
                "JobId": "job-aaaaaaaa", "JobName": "n", "JobState": "RUNNING",
                "TaskSet": [], "DependenceSet": [], "RequestId": "r-2"
            })),
        })
        .start();
    let out = run_unpaced(&server, &["jobs", "terminate", "job-aaaaaaaa"]);
    assert_eq!(out.status.code(), Some(5), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    assert_eq!(err.matches("outcome unknown").count(), 1, "{err}");
    assert_eq!(err.matches("batchctl: error:").count(), 1, "{err}");
}

#[test]
fn defect_20_max_wait_ending_a_poll_warns_of_no_failed_poll() {
    // Every poll drips its answer, so the one in flight is cut by --max-wait.
    let body =
        serde_json::to_vec(&json!({"Response": {"TotalCount": 0, "JobSet": [], "RequestId": "r"}}))
            .unwrap();
    let server = FakeServer::new()
        .always(Answer::Drip(body, std::time::Duration::from_millis(200)))
        .start();
    let home = tempfile::tempdir().unwrap();
    let out = server
        .cmd(home.path())
        .args([
            "--rate-limit",
            "0",
            "jobs",
            "wait",
            "--job-id",
            "job-aaaaaaaa",
        ])
        .args(["--interval", "1s", "--max-wait", "1s"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(8), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    assert!(!err.contains("poll failed"), "{err}");
    assert!(
        !err.contains("retrying"),
        "no retry the deadline cuts off: {err}"
    );
}

// ---- what reaches a terminal --------------------------------------------------------------

/// A job name holding a window-title change, a screen clear, a C1 CSI, a carriage return
/// and a right-to-left override.
const HOSTILE: &str = "ok\u{1b}]0;owned\u{7}\u{1b}[2J\u{9b}31m\rx\u{202e}gpj.exe";

/// A server whose job is named [`HOSTILE`] and whose one instance logged it (then `pad`
/// more bytes) and keeps its full logs at a place named [`HOSTILE`].
fn hostile_server(pad: usize) -> FakeServer {
    use base64::Engine;
    let text = format!("{HOSTILE}\n{}", "p".repeat(pad));
    let log = format!(
        "data:text/plain;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(text)
    );
    FakeServer::new()
        .answer(move |req, _| match req.action() {
            "DescribeJobs" => Answer::Response(json!({
                "TotalCount": 1,
                "JobSet": [{"JobId": "job-aaaaaaaa", "JobName": HOSTILE, "JobState": "SUCCEED",
                    "Priority": 0, "Placement": {"Zone": "ap-guangzhou-3"},
                    "CreateTime": "2024-01-01T00:00:00Z", "EndTime": null,
                    "TaskMetrics": {}, "Tags": []}],
                "RequestId": "r-1"
            })),
            "DescribeTaskLogs" => Answer::Response(json!({
                "TotalCount": 1,
                "TaskInstanceLogSet": [{"TaskInstanceIndex": 0, "StdoutLog": log,
                    "StderrLog": log, "StdoutRedirectPath": HOSTILE,
                    "StderrRedirectPath": HOSTILE}],
                "RequestId": "r-2"
            })),
            "DescribeTask" => Answer::Response(json!({
                "JobId": "job-aaaaaaaa", "TaskName": "A", "TaskState": "FAILED",
                "TaskInstanceTotalCount": 1,
                "TaskInstanceSet": [{"TaskInstanceIndex": 0, "TaskInstanceState": "FAILED",
                    "ExitCode": 1, "StateReason": HOSTILE}],
                "RequestId": "r-4"
            })),
            _ => Answer::Response(json!({
                "JobId": "job-aaaaaaaa", "JobName": HOSTILE, "JobState": "SUCCEED",
                "TaskSet": [{"TaskName": "A", "TaskState": "SUCCEED"}],
                "DependenceSet": [], "Tags": [], "RequestId": "r-3"
            })),
        })
        .start()
}

/// `batchctl ARGS` against `server` with stdout on a pseudo-terminal (util-linux `script`)
/// and stderr sent to `stderr` when given; `None` where there is no `script`.
fn on_terminal(
    server: &FakeServer,
    args: &[&str],
    stderr: Option<&std::path::Path>,
) -> Option<Vec<u8>> {
    std::process::Command::new("script")
        .arg("--version")
        .output()
        .ok()?;
    let home = tempfile::tempdir().unwrap();
    let mut line = format!("'{BIN}' --endpoint '{}' --rate-limit 0", server.endpoint);
    for a in args {
        line.push_str(&format!(" '{a}'"));
    }
    if let Some(path) = stderr {
        line.push_str(&format!(" 2>'{}'", path.display()));
    }
    let out = std::process::Command::new("script")
        .args(["-q", "-e", "-c", &line, "/dev/null"])
        .env("HOME", home.path())
        .env("TENCENTCLOUD_SECRET_ID", DEMO_ID)
        .env("TENCENTCLOUD_SECRET_KEY", DEMO_KEY)
        .env("NO_PROXY", "*")
        .env("COLUMNS", "300")
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env_remove("BATCHCTL_OUTPUT")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    Some(out.stdout)
}

/// What a terminal must never receive raw from [`HOSTILE`].
fn obeyed(bytes: &[u8]) -> Vec<&'static str> {
    let text = String::from_utf8_lossy(bytes);
    let mut found = Vec::new();
    for (name, raw) in [
        ("ESC", "\u{1b}"),
        ("BEL", "\u{7}"),
        ("C1 CSI", "\u{9b}"),
        ("CR", "\rx"),
        ("RLO", "\u{202e}"),
    ] {
        if text.contains(raw) {
            found.push(name);
        }
    }
    found
}

const SHOWN_AS: [&str; 2] = ["\\u{1b}]0;owned\\u{7}", "\\u001b]0;owned\\u0007"];

#[test]
fn defect_7_every_format_shows_escapes_on_a_terminal_and_keeps_them_in_a_pipe() {
    let server = hostile_server(0);
    let cases: &[&[&str]] = &[
        &["jobs", "describe", "-o", "csv"],
        &["jobs", "describe", "-o", "json"],
        &["jobs", "describe", "-o", "jsonl"],
        &["jobs", "describe", "-o", "yaml"],
        &["jobs", "describe", "-o", "table"],
        &["jobs", "describe", "--query", ".JobSet[0].JobName"],
        &["jobs", "describe", "--query", ".JobSet[0]"],
        &["api", "DescribeJobs", "--query", ".JobSet[0].JobName"],
        &["api", "DescribeJobs", "-o", "json"],
        &[
            "jobs",
            "tasks",
            "job-aaaaaaaa",
            "--task",
            "A",
            "-o",
            "jsonl",
        ],
        &["jobs", "tasks", "job-aaaaaaaa", "--task", "A", "-o", "csv"],
        &["jobs", "logs", "job-aaaaaaaa", "--task", "A", "--stdout"],
        &[
            "jobs",
            "logs",
            "job-aaaaaaaa",
            "--task",
            "A",
            "--stdout",
            "-o",
            "jsonl",
        ],
    ];
    let err = tempfile::NamedTempFile::new().unwrap();
    for args in cases {
        let Some(shown) = on_terminal(&server, args, Some(err.path())) else {
            return; // No `script` here.
        };
        let text = String::from_utf8_lossy(&shown);
        assert!(
            obeyed(&shown).is_empty(),
            "{args:?} on a terminal: {:?} in {text:?}",
            obeyed(&shown)
        );
        assert!(
            text.contains("ok")
                && (SHOWN_AS.iter().any(|s| text.contains(s))
                    || text.contains("\\e]0;owned")
                    || text.contains("\\u001B]0;owned")),
            "{args:?}: the escapes are shown: {text:?}"
        );
        // Piped: the bytes as the service sent them (table and yaml excepted: they are
        // escaped wherever they go).
        if args.contains(&"table") || args.contains(&"yaml") {
            continue;
        }
        let home = tempfile::tempdir().unwrap();
        let out = server
            .cmd(home.path())
            .args(["--rate-limit", "0"])
            .args(*args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
        let piped = String::from_utf8_lossy(&out.stdout);
        let exact = piped.contains(HOSTILE)
            || piped.contains(
                &serde_json::to_string(HOSTILE)
                    .unwrap()
                    .trim_matches('"')
                    .to_string(),
            );
        assert!(exact, "{args:?} piped keeps the data: {piped:?}");
    }
}

#[test]
fn defect_7_stderr_is_escaped_on_a_terminal_and_stdout_decides_for_itself() {
    // The log fills the 2048 bytes the service keeps, so a note names where the rest is.
    let server = hostile_server(2048);
    // The stderr log of the instance goes to stderr: on the terminal here, stdout to a file.
    let Some(_) = std::process::Command::new("script")
        .arg("--version")
        .output()
        .ok()
    else {
        return;
    };
    let home = tempfile::tempdir().unwrap();
    let file = tempfile::NamedTempFile::new().unwrap();
    let line = format!(
        "'{BIN}' --endpoint '{}' --rate-limit 0 jobs logs job-aaaaaaaa --task A >'{}'",
        server.endpoint,
        file.path().display()
    );
    let out = std::process::Command::new("script")
        .args(["-q", "-e", "-c", &line, "/dev/null"])
        .env("HOME", home.path())
        .env("TENCENTCLOUD_SECRET_ID", DEMO_ID)
        .env("TENCENTCLOUD_SECRET_KEY", DEMO_KEY)
        .env("NO_PROXY", "*")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let terminal = String::from_utf8_lossy(&out.stdout);
    assert!(obeyed(&out.stdout).is_empty(), "{terminal:?}");
    assert!(terminal.contains("\\u{1b}]0;owned"), "{terminal:?}");
    assert!(
        terminal.contains("the full log is at ok\\u{1b}]0;owned"),
        "{terminal:?}"
    );
    // stdout was a file: untouched.
    let kept = std::fs::read_to_string(file.path()).unwrap();
    assert!(kept.contains(HOSTILE), "{kept:?}");
}

// ---- a reader that has gone ---------------------------------------------------------------

/// Submits a one-instance job that runs ten minutes silently; its ID.
fn submit_silent(emu: &Emulator) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("job.yaml");
    std::fs::write(
        &file,
        "Placement: {Zone: ap-guangzhou-3}\nJob:\n  JobName: silent\n  Tasks:\n    - TaskName: main\n      TaskInstanceNum: 1\n      Application: {DeliveryForm: LOCAL, Command: \"sleep 600; echo late\"}\n      ComputeEnv:\n        EnvType: MANAGED\n        EnvData: {InstanceType: S1.SMALL1, ImageId: img-m4q71qnq}\n",
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

/// Runs `batchctl ARGS` against `emu` with stdout a pipe whose reader is already gone
/// (`| head -1` after its line); its output and the DescribeJobs requests it made.
fn with_reader_gone(emu: &Emulator, args: &[&str]) -> (std::process::Output, usize) {
    let before = emu.requests().len();
    let mut child = emu
        .std_cmd()
        .env(VIRTUAL_TIME, "1")
        .env("BATCHCTL_ZONE", "ap-guangzhou-3")
        .env("BATCHCTL_IMAGE", "img-m4q71qnq")
        .env("BATCHCTL_INSTANCE_TYPE", "S1.SMALL1")
        .args(["--rate-limit", "0"])
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let polls = emu.requests()[before..]
        .iter()
        .filter(|r| r["action"] == "DescribeJobs")
        .count();
    (out, polls)
}

#[test]
fn defect_12_following_logs_stops_when_its_reader_has_gone() {
    let emu = Emulator::start(&["--advance"]);
    let job = submit_silent(&emu);
    let (out, polls) = with_reader_gone(&emu, &["jobs", "logs", &job, "-f", "--interval", "1s"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(polls <= 2, "{polls} polls for nobody");
    assert!(!stderr_of(&out).contains("ended"), "{}", stderr_of(&out));
}

#[test]
fn defect_12_run_says_the_job_goes_on_when_its_reader_has_gone() {
    let emu = Emulator::start(&["--advance"]);
    let (out, polls) = with_reader_gone(
        &emu,
        &[
            "run",
            "--interval",
            "1s",
            "--",
            "sh",
            "-c",
            "sleep 600; echo late",
        ],
    );
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(polls <= 2, "{polls} polls for nobody");
    assert!(err.contains("is still running"), "{err}");
    assert!(err.contains("batchctl jobs logs -f job-"), "{err}");
}
