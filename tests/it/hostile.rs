//! The hostile-server suite: every command that talks to the service is run against a
//! server that redirects, drips its answer, nests deeply, cycles pages, lies about
//! TotalCount or sends huge or escaped error messages. A new command joins by one line
//! in [`COMMANDS`].

use std::time::{Duration, Instant};

use crate::common::{Answer, Delivery, FakeServer, Received};
use crate::common::{stderr_of, stdout_of, with_demo_keys};
use serde_json::{Value, json};

/// A command run against the hostile server, and the exit it gives when the service
/// keeps failing (`jobs wait` retries until `--max-wait`: 8).
struct Command {
    name: &'static str,
    args: &'static [&'static str],
    failing_exit: i32,
}

/// Every command that sends requests. Add new ones here.
const COMMANDS: &[Command] = &[
    Command {
        name: "jobs describe",
        args: &["jobs", "describe", "-o", "json"],
        failing_exit: 5,
    },
    Command {
        name: "jobs wait",
        args: &[
            "jobs",
            "wait",
            "--job-id",
            "job-aaaaaaaa",
            "--interval",
            "1s",
            "--max-wait",
            "2s",
            "-o",
            "json",
        ],
        failing_exit: 8,
    },
    Command {
        name: "api DescribeJobs",
        args: &["api", "DescribeJobs"],
        failing_exit: 5,
    },
    Command {
        name: "api DescribeJob",
        args: &["api", "DescribeJob", "--JobId", "job-aaaaaaaa"],
        failing_exit: 5,
    },
    Command {
        name: "jobs view",
        args: &["jobs", "view", "job-aaaaaaaa", "-o", "json"],
        failing_exit: 5,
    },
    Command {
        name: "jobs tasks",
        args: &["jobs", "tasks", "job-aaaaaaaa", "--task", "A", "-o", "json"],
        failing_exit: 5,
    },
    Command {
        name: "envs list",
        args: &["envs", "list", "-o", "json"],
        failing_exit: 5,
    },
    Command {
        name: "envs view",
        args: &["envs", "view", "env-aaaaaaaa", "-o", "json"],
        failing_exit: 5,
    },
    Command {
        name: "templates list",
        args: &["templates", "list", "-o", "json"],
        failing_exit: 5,
    },
    Command {
        name: "catalog categories",
        args: &["catalog", "categories", "-o", "json"],
        failing_exit: 5,
    },
];

/// A command that never ends fails the test after this long: a safety net, not a measure.
const SAFETY_NET: Duration = Duration::from_secs(120);

/// Runs `command` against `server` with no pacing and one attempt, unless `extra` says
/// otherwise.
fn run(server: &FakeServer, command: &Command, extra: &[&str]) -> std::process::Output {
    let home = tempfile::tempdir().unwrap();
    with_demo_keys(home.path())
        .args(["--endpoint", &server.endpoint, "--rate-limit", "0"])
        .args(["--max-attempts", "1"])
        .args(extra)
        .args(command.args)
        .timeout(SAFETY_NET)
        .output()
        .unwrap()
}

/// A server that answers every request plausibly, its body dripped a byte every `every`:
/// whole, an answer takes `every` × its length of at least 200 bytes (20 s at 100 ms).
fn dripping(every: Duration) -> FakeServer {
    FakeServer::new()
        .answer(move |r, _| {
            let mut body = json!({ "Response": normal_answer(r) })
                .to_string()
                .into_bytes();
            // Padded with spaces (JSON allows them) to that length at least.
            body.resize(body.len().max(200), b' ');
            Answer::Drip(body, every)
        })
        .start()
}

/// Fails unless requests from the `from`-th on arrived and none of their answers was
/// written whole: the client was done before any dripped answer could have been read.
fn assert_no_answer_was_read_whole(server: &FakeServer, from: usize, what: &str) {
    let deliveries = server.deliveries();
    assert!(deliveries.len() > from, "{what}: no request arrived");
    assert!(
        !deliveries[from..].contains(&Delivery::Full),
        "{what}: an answer was read whole: {deliveries:?}"
    );
}

#[test]
fn defect_1_a_redirect_is_a_protocol_failure_and_nothing_goes_elsewhere() {
    let elsewhere = FakeServer::new()
        .answer(|r, _| Answer::Response(normal_answer(r)))
        .start();
    let target = format!("{}/steal", elsewhere.endpoint);
    for status in [301, 302, 307, 308] {
        let location = target.clone();
        let server = FakeServer::new()
            .answer(move |_, _| Answer::Redirect(status, location.clone()))
            .start();
        for command in COMMANDS {
            let home = tempfile::tempdir().unwrap();
            let out = with_demo_keys(home.path())
                .env("TENCENTCLOUD_SESSION_TOKEN", "session-token-value")
                .args(["--endpoint", &server.endpoint, "--rate-limit", "0"])
                .args(command.args)
                .timeout(SAFETY_NET)
                .output()
                .unwrap();
            let err = stderr_of(&out);
            assert_eq!(out.status.code(), Some(5), "{}: {err}", command.name);
            assert!(
                err.contains(&status.to_string()) && err.contains(&elsewhere.host()),
                "{} {status}: names the status and the host: {err}",
                command.name
            );
            assert!(stdout_of(&out).is_empty() || command.name == "jobs wait");
        }
    }
    assert!(
        elsewhere.received().is_empty(),
        "nothing was sent to the redirect target"
    );
}

#[test]
fn defect_2_deep_nesting_is_refused_and_output_stays_small() {
    let server = FakeServer::new()
        .answer(|r, _| {
            // Nested inside the JobView for DescribeJobs, at the top for the others.
            let text = if r.action() == "DescribeJobs" {
                let mut view = job_view("job-aaaaaaaa", "SUCCEED").to_string();
                view.insert_str(1, "\"Deep\":DEEP,");
                format!("{{\"TotalCount\":1,\"JobSet\":[{view}],\"RequestId\":\"r\"}}")
            } else {
                let mut answer = normal_answer(r);
                answer["Deep"] = json!(0);
                answer.to_string().replace("\"Deep\":0", "\"Deep\":DEEP")
            };
            let text = text.replace("DEEP", &nested(30_000));
            Answer::Status(200, format!("{{\"Response\":{text}}}").into_bytes())
        })
        .start();
    for command in COMMANDS {
        let out = run(&server, command, &[]);
        let err = stderr_of(&out);
        assert_eq!(
            out.status.code(),
            Some(command.failing_exit),
            "{}: {err}",
            command.name
        );
        assert!(
            out.stdout.len() < 10_000,
            "{}: {} bytes of output",
            command.name,
            out.stdout.len()
        );
        assert!(err.contains("nested"), "{}: {err}", command.name);
    }
}

#[test]
fn defect_2_nesting_within_the_limit_is_printed_whole() {
    let server = FakeServer::new()
        .answer(|r, _| {
            let mut answer = normal_answer(r);
            let deep: serde_json::Value = serde_json::from_str(&nested(100)).unwrap();
            if r.action() == "DescribeJobs" {
                answer["JobSet"][0]["Deep"] = deep;
            } else {
                answer["Deep"] = deep;
            }
            Answer::Response(answer)
        })
        .start();
    for command in COMMANDS {
        let out = run(&server, command, &[]);
        assert!(
            out.status.success(),
            "{}: {}",
            command.name,
            stderr_of(&out)
        );
        assert!(stdout_of(&out).contains("[\n"), "{}", command.name);
    }
}

#[test]
fn defect_3_timeout_bounds_a_trickling_answer() {
    // Each answer would take over 20 s to drip in whole: a command that ends with its
    // failing exit before any answer was written whole was cut off by `--timeout 1`.
    let server = dripping(Duration::from_millis(100));
    for command in COMMANDS {
        let from = server.received().len();
        let out = run(&server, command, &["--timeout", "1"]);
        let err = stderr_of(&out);
        assert_eq!(
            out.status.code(),
            Some(command.failing_exit),
            "{}: {err}",
            command.name
        );
        assert_no_answer_was_read_whole(&server, from, command.name);
        if command.failing_exit == 5 {
            assert!(err.contains("timed out"), "{}: {err}", command.name);
        }
    }
}

#[test]
fn defect_3_the_metadata_lookup_is_bounded_too() {
    // The role name would take 20 s to drip in whole; the lookup's bound is 2 s.
    let server = FakeServer::new()
        .always(Answer::Drip(
            b"role-name-that-drips".to_vec(),
            Duration::from_secs(1),
        ))
        .start();
    let home = tempfile::tempdir().unwrap();
    let out = crate::common::batchctl(home.path())
        .env(
            "BATCHCTL_METADATA_ENDPOINT",
            format!(
                "{}/latest/meta-data/cam/security-credentials/",
                server.endpoint
            ),
        )
        .args([
            "--use-cvm-role",
            "--endpoint",
            "http://127.0.0.1:9",
            "api",
            "DescribeJobs",
        ])
        .timeout(SAFETY_NET)
        .output()
        .unwrap();
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(6), "{err}");
    assert!(err.contains("gave no complete answer within"), "{err}");
    assert_no_answer_was_read_whole(&server, 0, "the metadata lookup");
}

/// Pages that cycle through `distinct` pages of 100 jobs under a huge TotalCount.
fn cycling(distinct: u64) -> FakeServer {
    FakeServer::new()
        .answer(move |r: &Received, _| {
            let body = r.json();
            let offset = body["Offset"].as_u64().unwrap_or(0);
            let limit = body["Limit"].as_u64().unwrap_or(20).max(1);
            let page = (offset / limit) % distinct;
            let jobs: Vec<_> = (0..limit)
                .map(|i| job_view(&format!("job-{:08}", page * limit + i), "RUNNING"))
                .collect();
            Answer::Response(json!({
                "TotalCount": 1_000_000_000u64, "JobSet": jobs, "RequestId": "r"
            }))
        })
        .start()
}

#[test]
fn defect_4_paging_stops_when_pages_cycle() {
    let server = cycling(70);
    let commands = [
        Command {
            name: "jobs describe --all",
            args: &["jobs", "describe", "--all", "-o", "jsonl"],
            failing_exit: 0,
        },
        Command {
            name: "api DescribeJobs --all",
            args: &[
                "api",
                "DescribeJobs",
                "--all",
                "--Limit",
                "100",
                "-o",
                "jsonl",
            ],
            failing_exit: 0,
        },
    ];
    for command in &commands {
        let from = server.received().len();
        let out = run(&server, command, &[]);
        let err = stderr_of(&out);
        // The 70 pages, and the first page again: there it stops.
        assert_eq!(
            server.received().len() - from,
            71,
            "{}: {err}",
            command.name
        );
        let lines = stdout_of(&out).lines().count();
        assert_eq!(lines, 7000, "{}: each job once: {err}", command.name);
        assert!(err.contains("stopped paging"), "{}: {err}", command.name);
    }
}

#[test]
fn defect_5_max_wait_cuts_the_poll_in_flight() {
    // The first poll's answer would take over 40 s to drip in whole, within `--timeout`:
    // only `--max-wait 2s` can end the wait before it is read.
    let server = dripping(Duration::from_millis(200));
    let command = &COMMANDS[1];
    let out = run(&server, command, &["--timeout", "600"]);
    assert_eq!(out.status.code(), Some(8), "{}", stderr_of(&out));
    assert_eq!(server.received().len(), 1, "one poll, cut in flight");
    assert_no_answer_was_read_whole(&server, 0, command.name);
}

#[test]
fn defect_7_the_first_ctrl_c_ends_a_poll_in_flight() {
    // The poll's answer would take over 40 s to drip in whole, within `--timeout`: only
    // the Ctrl-C can end the wait before it is read.
    let server = dripping(Duration::from_millis(200));
    let home = tempfile::tempdir().unwrap();
    let mut child = crate::common::std_batchctl(home.path())
        .env("TENCENTCLOUD_SECRET_ID", crate::common::DEMO_ID)
        .env("TENCENTCLOUD_SECRET_KEY", crate::common::DEMO_KEY)
        .args([
            "--endpoint",
            &server.endpoint,
            "--rate-limit",
            "0",
            "--timeout",
            "600",
        ])
        .args(["jobs", "wait", "--job-id", "job-aaaaaaaa"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // The poll is in flight once the server has it.
    server.wait_for_requests(1);
    std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    let sent = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if sent.elapsed() > SAFETY_NET {
            let _ = child.kill();
            panic!("still waiting {SAFETY_NET:?} after one Ctrl-C");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(status.code(), Some(130), "{status:?}");
    assert_eq!(server.received().len(), 1, "no other poll");
    assert_no_answer_was_read_whole(&server, 0, "jobs wait");
}

const BIDI: [char; 12] = [
    '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}', '\u{2068}',
    '\u{2069}', '\u{200e}', '\u{200f}', '\u{061c}',
];

fn has_bidi(text: &str) -> bool {
    text.chars().any(|c| BIDI.contains(&c))
}

#[test]
fn defect_9_bidi_controls_in_service_errors_are_escaped() {
    let server = FakeServer::new().answer(|_, _| {
        Answer::Response(json!({
            "Error": { "Code": "InvalidParameter\u{202e}x", "Message": "bad \u{2066}value\u{2069} \u{061c}" },
            "RequestId": "r-\u{200f}"
        }))
    }).start();
    for command in COMMANDS {
        let out = run(&server, command, &["--debug"]);
        let err = stderr_of(&out);
        assert!(!out.status.success(), "{}", command.name);
        assert!(!has_bidi(&err), "{}: {err:?}", command.name);
        assert!(err.contains("\\u{202e}"), "{}: {err}", command.name);
    }
}

#[test]
fn defect_9_bidi_controls_in_jobs_are_escaped_in_tables_and_progress() {
    let server = FakeServer::new()
        .answer(|r, _| {
            let mut answer = normal_answer(r);
            if r.action() == "DescribeJobs" {
                answer["JobSet"][0]["JobName"] = json!("evil\u{061c}\u{202e}name");
                answer["JobSet"][0]["JobState"] = json!("SUCCEED");
            }
            Answer::Response(answer)
        })
        .start();
    for args in [
        &["jobs", "describe"][..],
        &["jobs", "wait", "--job-id", "job-aaaaaaaa", "-o", "table"][..],
    ] {
        let home = tempfile::tempdir().unwrap();
        let out = with_demo_keys(home.path())
            .args(["--endpoint", &server.endpoint, "--rate-limit", "0"])
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        assert!(!has_bidi(&stdout_of(&out)), "{:?}", stdout_of(&out));
        assert!(!has_bidi(&stderr_of(&out)), "{:?}", stderr_of(&out));
    }
}

#[test]
fn defect_9_bidi_state_in_wait_progress_is_escaped() {
    let server = FakeServer::new()
        .answer(|r, i| {
            let mut answer = normal_answer(r);
            if r.action() == "DescribeJobs" && i == 0 {
                answer["JobSet"][0]["JobState"] = json!("RUNN\u{202e}ING");
            }
            Answer::Response(answer)
        })
        .start();
    let out = run(&server, &COMMANDS[1], &[]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(!has_bidi(&stderr_of(&out)), "{:?}", stderr_of(&out));
}

#[test]
fn defect_11_a_huge_error_message_is_cut_with_a_note() {
    let server = FakeServer::new()
        .answer(|_, _| {
            Answer::Response(json!({
                "Error": { "Code": "InvalidParameter", "Message": "x".repeat(5_000_000) },
                "RequestId": "r-1"
            }))
        })
        .start();
    for command in COMMANDS {
        let out = run(&server, command, &[]);
        let err = stderr_of(&out);
        assert_eq!(
            out.status.code(),
            Some(4),
            "{}: {}",
            command.name,
            &err[..err.len().min(300)]
        );
        assert!(err.len() < 10_000, "{}: {} bytes", command.name, err.len());
        assert!(err.contains("cut"), "{}: {err}", command.name);
    }
}

#[test]
fn defect_18_generate_is_bounded() {
    let home = tempfile::tempdir().unwrap();
    let out = crate::common::batchctl(home.path())
        .args([
            "emulator",
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--generate",
            "1000000",
        ])
        .timeout(SAFETY_NET)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("at most 100000"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn defect_15_help_and_version_fail_when_stdout_cannot_be_written() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return; // Not on this system.
    };
    for args in [
        &["--help"][..],
        &["--version"],
        &["jobs", "describe", "--help"],
    ] {
        let home = tempfile::tempdir().unwrap();
        let out = crate::common::std_batchctl(home.path())
            .args(args)
            .stdout(full.try_clone().unwrap())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(
            stderr_of(&out).contains("cannot write output"),
            "{}",
            stderr_of(&out)
        );
    }
}

#[test]
fn defect_13_a_fifo_at_a_credential_path_never_blocks() {
    let home = tempfile::tempdir().unwrap();
    let tccli = home.path().join(".tccli");
    std::fs::create_dir(&tccli).unwrap();
    let fifo = tccli.join("default.credential");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        return; // No mkfifo here.
    }
    let out = crate::common::batchctl(home.path())
        .args(["config", "show"])
        .timeout(SAFETY_NET)
        .output()
        .unwrap();
    let err = stderr_of(&out);
    assert!(err.contains("not a regular file"), "{err}");
    let out = crate::common::batchctl(home.path())
        .args(["--endpoint", "http://127.0.0.1:9", "api", "DescribeJobs"])
        .timeout(SAFETY_NET)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", stderr_of(&out));
}

#[test]
fn defect_8_control_characters_in_settings_are_refused_before_sending() {
    let server = FakeServer::new()
        .answer(|r, _| Answer::Response(normal_answer(r)))
        .start();
    /// Environment, arguments, the exit, what the message names.
    type Case<'a> = (&'a [(&'a str, &'a str)], &'a [&'a str], i32, &'a str);
    let cases: [Case; 5] = [
        (
            &[],
            &["--region", "ap-guangzhou\r\nX-Evil: 1"],
            2,
            "--region",
        ),
        (
            &[("TENCENTCLOUD_REGION", "ap\u{1b}[2J")],
            &[],
            2,
            "--region",
        ),
        (&[("TENCENTCLOUD_SECRET_ID", "AKID\nX")], &[], 6, "SecretId"),
        (
            &[("TENCENTCLOUD_SESSION_TOKEN", "secrettokval\r\nX: y")],
            &[],
            6,
            "token",
        ),
        (&[], &["--endpoint", "http://a:b:80"], 2, "--endpoint"),
    ];
    for (env, args, code, names) in cases {
        let home = tempfile::tempdir().unwrap();
        let mut cmd = with_demo_keys(home.path());
        cmd.args(["--endpoint", &server.endpoint]);
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd
            .args(args)
            .args(["api", "DescribeJobs"])
            .timeout(SAFETY_NET)
            .output()
            .unwrap();
        let err = stderr_of(&out);
        assert_eq!(out.status.code(), Some(code), "{args:?} {env:?}: {err}");
        assert!(err.contains(names), "{err}");
        assert!(
            !err.contains('\u{1b}') && !err.contains("secrettokval"),
            "{err:?}"
        );
    }
    assert!(server.received().is_empty(), "nothing was sent");
}

#[test]
fn defect_10_local_input_is_escaped() {
    let home = tempfile::tempdir().unwrap();
    let tccli = home.path().join(".tccli");
    std::fs::create_dir(&tccli).unwrap();
    std::fs::write(
        tccli.join("default.configure"),
        r#"{"_sys_param": {"region": "ap-\u001b]0;pwned\u0007x\u202e"}}"#,
    )
    .unwrap();
    let out = with_demo_keys(home.path())
        .args(["config", "show"])
        .output()
        .unwrap();
    let text = stdout_of(&out) + &stderr_of(&out);
    assert!(!text.contains('\u{1b}') && !has_bidi(&text), "{text:?}");
    assert!(text.contains("\\u{1b}"), "{text}");

    let out = crate::common::batchctl(home.path())
        .args(["jobs", "describe", "--job-id", "-"])
        .write_stdin("job-\u{1b}[2Jaaaa\u{202e}\n")
        .output()
        .unwrap();
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(!err.contains('\u{1b}') && !has_bidi(&err), "{err:?}");
}

#[test]
fn defect_14_a_password_in_the_metadata_endpoint_is_masked() {
    let home = tempfile::tempdir().unwrap();
    let base = "http://user:s3cret-pw@127.0.0.1:9/latest/meta-data/cam/security-credentials/";
    for args in [
        &["config", "show"][..],
        &["--use-cvm-role", "config", "show"],
        &["--use-cvm-role", "api", "DescribeJobs"],
    ] {
        let out = crate::common::batchctl(home.path())
            .env("BATCHCTL_METADATA_ENDPOINT", base)
            .args(args)
            .timeout(SAFETY_NET)
            .output()
            .unwrap();
        let text = stdout_of(&out) + &stderr_of(&out);
        assert!(!text.contains("s3cret-pw"), "{args:?}: {text}");
    }
}

#[test]
fn defect_12_offset_arithmetic_is_bounded() {
    let server = FakeServer::new()
        .answer(|r, _| {
            let offset = r.json()["Offset"].as_u64().unwrap_or(0);
            Answer::Response(json!({
                "TotalCount": u64::MAX,
                "JobSet": [job_view(&format!("job-{:08x}", offset % 0xffff_ffff), "RUNNING")],
                "RequestId": "r"
            }))
        })
        .start();
    let home = tempfile::tempdir().unwrap();
    let out = with_demo_keys(home.path())
        .args(["--endpoint", &server.endpoint, "--rate-limit", "0"])
        .args([
            "jobs",
            "describe",
            "--offset",
            "18446744073709551615",
            "--limit",
            "3",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("--offset"), "{}", stderr_of(&out));
    assert!(server.received().is_empty());

    let out = with_demo_keys(home.path())
        .args(["--endpoint", &server.endpoint, "--rate-limit", "0"])
        .args([
            "jobs",
            "describe",
            "--offset",
            "9223372036854775807",
            "--limit",
            "1",
        ])
        .args(["-o", "jsonl"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    assert!(
        err.contains("9223372036854775808"),
        "the next offset, not a wrapped one: {err}"
    );
}

#[test]
fn defect_16_the_final_table_starts_on_its_own_line() {
    // `script` gives the command a terminal for stdout and stderr alike.
    let home = tempfile::tempdir().unwrap();
    let id = {
        let out = crate::common::batchctl(home.path())
            .args([
                "--emulator",
                "-q",
                "jobs",
                "describe",
                "--state",
                "succeed",
                "--limit",
                "1",
            ])
            .args(["--query", ".JobSet[0].JobId"])
            .output()
            .unwrap();
        stdout_of(&out).trim().to_string()
    };
    let line = format!(
        "{} --emulator jobs wait --job-id {id} -o table",
        crate::common::BIN
    );
    let Ok(out) = std::process::Command::new("script")
        .args(["-qc", &line, "/dev/null"])
        .env("HOME", home.path())
        .env("COLUMNS", "200")
        .env("TERM", "xterm")
        .output()
    else {
        return; // No `script` here.
    };
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let header = text
        .split(['\n', '\r'])
        .find(|l| l.contains("ID") && l.contains("STATE"))
        .unwrap_or_else(|| panic!("no table header in {text:?}"));
    assert!(header.trim_start().starts_with("ID"), "{header:?}");
}

// ---- the answers ------------------------------------------------------------------------

/// `[[[ … 0 … ]]]` nested `depth` levels.
fn nested(depth: usize) -> String {
    let mut s = String::with_capacity(depth * 2 + 1);
    s.extend(std::iter::repeat_n('[', depth));
    s.push('0');
    s.extend(std::iter::repeat_n(']', depth));
    s
}

/// A JobView as DescribeJobs lists it.
fn job_view(id: &str, state: &str) -> Value {
    json!({
        "JobId": id, "JobName": "n", "JobState": state, "Priority": 0,
        "Placement": { "Zone": "ap-guangzhou-3" }, "CreateTime": "2024-01-01T00:00:00Z",
        "EndTime": null, "TaskMetrics": {}, "Tags": []
    })
}

/// A DescribeJob answer for `id`.
fn job_detail(id: &str, state: &str) -> Value {
    json!({
        "JobId": id, "JobName": "n", "JobState": state, "Priority": 0,
        "Zone": "ap-guangzhou-3", "CreateTime": "2024-01-01T00:00:00Z",
        "TaskSet": [], "DependenceSet": [], "Tags": [], "RequestId": "r-1"
    })
}

/// A plausible answer to any request: DescribeJobs lists `job-aaaaaaaa`, DescribeJob
/// shows it; other actions get their RequestId only.
fn normal_answer(request: &Received) -> Value {
    match request.action() {
        "DescribeJobs" => json!({
            "TotalCount": 1,
            "JobSet": [job_view("job-aaaaaaaa", "SUCCEED")],
            "RequestId": "r-1"
        }),
        "DescribeJob" => job_detail("job-aaaaaaaa", "SUCCEED"),
        // Every other action: its published example answer.
        action => {
            let path = format!("{}/api/examples/{action}.json", env!("CARGO_MANIFEST_DIR"));
            std::fs::read_to_string(path)
                .ok()
                .and_then(|text| serde_json::from_str::<Value>(&text).ok())
                .map_or_else(|| json!({ "RequestId": "r-1" }), |e| e["response"].clone())
        }
    }
}

/// DescribeTask and DescribeTaskLogs pages of task `A` of a finished `job-aaaaaaaa`, under
/// a total of `total`: `distinct` pages that come round again, or (`distinct` 0) new
/// instances on every page.
fn instance_pages(distinct: u64, total: u64) -> FakeServer {
    FakeServer::new()
        .answer(move |r: &Received, _| {
            let body = r.json();
            let offset = body["Offset"].as_u64().unwrap_or(0);
            let limit = body["Limit"].as_u64().unwrap_or(20).max(1);
            let first = match distinct {
                0 => offset,
                d => (offset / limit % d) * limit,
            };
            let indexes = first..first + limit;
            match r.action() {
                "DescribeTask" => Answer::Response(json!({
                    "JobId": "job-aaaaaaaa", "TaskName": "A", "TaskInstanceTotalCount": total,
                    "TaskInstanceSet": indexes
                        .map(|i| json!({"TaskInstanceIndex": i, "TaskInstanceState": "SUCCEED"}))
                        .collect::<Vec<_>>(),
                    "RequestId": "r"
                })),
                "DescribeTaskLogs" => Answer::Response(json!({
                    "TotalCount": total,
                    "TaskInstanceLogSet": indexes
                        .map(|i| json!({"TaskInstanceIndex": i, "StdoutLog": null, "StderrLog": null}))
                        .collect::<Vec<_>>(),
                    "RequestId": "r"
                })),
                _ => {
                    let mut job = job_detail("job-aaaaaaaa", "SUCCEED");
                    job["TaskSet"] = json!([{ "TaskName": "A", "TaskState": "SUCCEED" }]);
                    Answer::Response(job)
                }
            }
        })
        .start()
}

/// `jobs tasks --all` (1,000 instances a page) and `jobs logs` (10 a page) of task `A`.
const INSTANCE_LISTS: [(&str, &[&str], usize); 2] = [
    (
        "jobs tasks --all",
        &[
            "jobs",
            "tasks",
            "job-aaaaaaaa",
            "--task",
            "A",
            "--all",
            "-o",
            "jsonl",
        ],
        1000,
    ),
    (
        "jobs logs",
        &["jobs", "logs", "job-aaaaaaaa", "--task", "A", "-o", "jsonl"],
        10,
    ),
];

#[test]
fn instance_and_log_paging_stops_when_pages_cycle() {
    let server = instance_pages(3, 1_000_000_000);
    for (name, args, per_page) in INSTANCE_LISTS {
        let command = Command {
            name,
            args,
            failing_exit: 0,
        };
        let out = run(&server, &command, &[]);
        let err = stderr_of(&out);
        assert!(out.status.success(), "{name}: {err}");
        let lines = stdout_of(&out).lines().count();
        assert_eq!(lines, 3 * per_page, "{name}: each instance once: {err}");
        assert!(err.contains("stopped paging"), "{name}: {err}");
    }
}

#[test]
fn instance_and_log_paging_stops_when_the_total_lies() {
    // Every page brings new instances, under a total no task comes near: the service is
    // believed for a hundred pages, then paging stops with a note.
    let server = instance_pages(0, 1_000_000_000);
    for (name, args, per_page) in INSTANCE_LISTS {
        let command = Command {
            name,
            args,
            failing_exit: 0,
        };
        let from = server.received().len();
        let out = run(&server, &command, &[]);
        let err = stderr_of(&out);
        assert!(out.status.success(), "{name}: {err}");
        let pages = server.received()[from..]
            .iter()
            .filter(|r| r.action() != "DescribeJob")
            .count();
        assert_eq!(pages, 100, "{name}: {err}");
        let lines = stdout_of(&out).lines().count();
        assert_eq!(lines, 100 * per_page, "{name}: {err}");
        assert!(
            err.contains("stopped paging") && err.contains("more than any real list holds"),
            "{name}: {err}"
        );
    }
}
