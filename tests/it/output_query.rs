//! `--query`: a jq expression on the json document of `jobs describe` and `jobs wait`,
//! printing what `jq -r` prints; syntax errors exit 2 before any request; format names
//! and BATCHCTL_OUTPUT.

use crate::common::*;
use serde_json::Value;

fn jobs() -> Vec<Value> {
    vec![
        job(
            "job-aaaaaaaa",
            "nightly etl",
            "RUNNING",
            "ap-guangzhou-3",
            &[("env", "prod")],
        ),
        job("job-bbbbbbbb", "数据清洗", "FAILED", "ap-guangzhou-4", &[]),
    ]
}

fn describe(emu: &Emulator, args: &[&str]) -> std::process::Output {
    emu.cmd()
        .args(["jobs", "describe"])
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn results_print_as_jq_r_prints_them() {
    let emu = Emulator::with_jobs(&jobs(), &[]);
    for (query, expected) in [
        (".JobSet[].JobId", "job-aaaaaaaa\njob-bbbbbbbb\n"),
        (".TotalCount", "2\n"),
        (".JobSet[1].JobName", "数据清洗\n"),
        (".JobSet[0].JobName", "nightly etl\n"),
        (".JobSet[0].Placement", "{\"Zone\":\"ap-guangzhou-3\"}\n"),
        (
            ".JobSet[0].Tags",
            "[{\"Key\":\"env\",\"Value\":\"prod\"}]\n",
        ),
        (".JobSet[0].EndTime", "null\n"),
        (
            ".JobSet[] | select(.JobState == \"FAILED\") | .JobId",
            "job-bbbbbbbb\n",
        ),
        ("[.JobSet[].JobState] | join(\",\")", "RUNNING,FAILED\n"),
        (".JobSet | length", "2\n"),
        ("empty", ""),
    ] {
        let out = describe(&emu, &["--query", query]);
        assert_eq!(out.status.code(), Some(0), "{query}: {}", stderr_of(&out));
        assert_eq!(stdout_of(&out), expected, "{query}");
    }
}

#[test]
fn the_query_replaces_any_output_format_and_is_global() {
    let emu = Emulator::with_jobs(&jobs(), &[]);
    for format in ["table", "json", "jsonl", "csv", "yaml", "wide"] {
        let out = describe(&emu, &["-o", format, "--query", ".JobSet[].JobId"]);
        assert_eq!(
            stdout_of(&out),
            "job-aaaaaaaa\njob-bbbbbbbb\n",
            "-o {format}"
        );
    }
    let out = emu
        .cmd()
        .args(["--query", ".TotalCount", "jobs", "describe"])
        .output()
        .unwrap();
    assert_eq!(stdout_of(&out), "2\n", "{}", stderr_of(&out));
}

#[test]
fn numbers_come_out_exactly() {
    let mut big = jobs();
    big[0]["Priority"] = serde_json::from_str("12345678901234567890123").unwrap();
    let emu = Emulator::with_jobs(&big, &[]);
    let out = describe(&emu, &["--query", ".JobSet[0].Priority"]);
    assert_eq!(
        stdout_of(&out),
        "12345678901234567890123\n",
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn a_syntax_error_exits_2_and_sends_nothing() {
    let emu = Emulator::with_jobs(&jobs(), &[]);
    for bad in [".JobSet[", ".JobSet[] |", "nosuch(1)"] {
        let out = describe(&emu, &["--query", bad]);
        assert_eq!(out.status.code(), Some(2), "{bad}");
        let err = stderr_of(&out);
        assert!(
            err.starts_with("batchctl: error:") && err.contains(bad),
            "{err}"
        );
        assert_eq!(stdout_of(&out), "");
    }
    assert!(emu.requests().is_empty(), "sent: {:?}", emu.requests());
}

#[test]
fn a_jmespath_habit_gets_the_jq_spelling() {
    let emu = Emulator::with_jobs(&jobs(), &[]);
    let out = describe(&emu, &["--query", "JobSet[*].JobId"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("try --query '.JobSet[].JobId'"),
        "{}",
        stderr_of(&out)
    );
    let out = describe(&emu, &["--filter", "JobSet[0].JobId"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(
        err.contains("looks like a path") && err.contains("--query '.JobSet[0].JobId'"),
        "{err}"
    );
    assert!(emu.requests().is_empty());
}

#[test]
fn an_evaluation_error_exits_2_with_jqs_message() {
    let emu = Emulator::with_jobs(&jobs(), &[]);
    let out = describe(&emu, &["--query", ".TotalCount[0]"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    assert!(
        err.starts_with("batchctl: error: --query '.TotalCount[0]' failed: cannot index"),
        "{err}"
    );
    let out = describe(&emu, &["--query", ".JobSet[].JobId, error(\"stop here\")"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stdout_of(&out),
        "job-aaaaaaaa\njob-bbbbbbbb\n",
        "results before the error kept"
    );
    assert!(
        stderr_of(&out).contains("failed: stop here"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn jobs_wait_takes_a_query_on_its_json_document() {
    let emu = Emulator::with_jobs(
        &[job("job-aaaaaaaa", "a", "RUNNING", "ap-guangzhou-3", &[])],
        &["--advance"],
    );
    let out = wait(
        &emu,
        "job-aaaaaaaa",
        &["-q", "--query", ".JobSet[] | \"\\(.JobId) \\(.JobState)\""],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "job-aaaaaaaa SUCCEED\n");
}

#[test]
fn format_names_are_case_insensitive_on_the_line_and_in_the_environment() {
    let emu = Emulator::with_jobs(&jobs(), &[]);
    let out = describe(&emu, &["-o", "JSON"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["TotalCount"], 2);

    let out = emu
        .cmd()
        .env("BATCHCTL_OUTPUT", "Json")
        .args(["jobs", "describe"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(
        serde_json::from_slice::<Value>(&out.stdout).is_ok(),
        "{}",
        stdout_of(&out)
    );
}

#[test]
fn a_bad_batchctl_output_names_the_variable_and_sends_nothing() {
    let emu = Emulator::with_jobs(&jobs(), &[]);
    let out = emu
        .cmd()
        .env("BATCHCTL_OUTPUT", "xml")
        .args(["jobs", "describe"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(
        err.starts_with("batchctl: error:")
            && err.contains("BATCHCTL_OUTPUT='xml'")
            && err.contains("yaml"),
        "{err}"
    );
    assert!(emu.requests().is_empty());
    // -o on the command line wins over the variable, bad or not.
    let out = emu
        .cmd()
        .env("BATCHCTL_OUTPUT", "xml")
        .args(["jobs", "describe", "-o", "jsonl"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out).lines().count(), 2);
}

#[test]
fn config_show_takes_a_query_on_its_json_document() {
    let home = tempfile::tempdir().unwrap();
    let out = batchctl(home.path())
        .args([
            "--emulator",
            "config",
            "show",
            "--query",
            ".credential_kind, .profile",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "emulator\ndefault\n");
}

/// `.JobSet[]…` runs page by page as pages arrive; every other expression runs on the
/// whole document. Both print the same: each expression against the same expression
/// behind `. as $doc |` (which keeps it whole), over 25 jobs in pages of 10.
#[test]
fn a_query_page_by_page_prints_what_the_whole_document_prints() {
    let emu = Emulator::with_jobs(&many_jobs(25), &[]);
    for expr in [
        ".JobSet[].JobId",
        ".JobSet[]",
        ".JobSet[] | .JobName",
        ".JobSet[]? | .JobId, .JobState",
        ".JobSet[] | select(.JobId | endswith(\"7\")) | {JobId, JobState}",
        ".JobSet[].Tags[]?",
        ".JobSet[] | .JobId | ascii_downcase",
        "def id: .JobId; .JobSet[] | id",
        ".JobSet[] | if .JobId == \"job-t0000013\" then error(\"boom\") else .JobId end",
        ".JobSet[] | if .JobId == \"job-t0000012\" then halt else .JobId end",
        ".JobSet[] | .JobId | .[0]",
        ".JobSet[].JobName | tonumber",
    ] {
        let run = |query: &str| {
            describe(
                &emu,
                &[
                    "--all",
                    "--page-size",
                    "10",
                    "--query",
                    query,
                    "--rate-limit",
                    "0",
                ],
            )
        };
        let streamed = run(expr);
        let whole = run(&format!(". as $doc | {expr}"));
        assert_eq!(stdout_of(&streamed), stdout_of(&whole), "{expr}");
        assert_eq!(streamed.status.code(), whole.status.code(), "{expr}");
        assert_eq!(
            stderr_of(&streamed).replace(". as $doc | ", ""),
            stderr_of(&whole).replace(". as $doc | ", ""),
            "{expr}"
        );
    }
    let out = describe(
        &emu,
        &[
            "--all",
            "--page-size",
            "10",
            "--query",
            ".JobSet[] | if .JobId == \"job-t0000013\" then error(\"boom\") else .JobId end",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stdout_of(&out).lines().count(),
        13,
        "printed before the error stays"
    );
}

/// A `.JobSet[]` query prints the first page's results before the next page is asked
/// for: the fake service holds its second answer until the test has read them.
#[test]
fn a_per_job_query_prints_each_page_before_the_next_is_read() {
    use std::io::BufRead;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{Arc, Mutex, mpsc};

    let (go, gate) = mpsc::channel::<()>();
    let gate = Mutex::new(gate);
    let waited_in_vain = Arc::new(AtomicBool::new(false));
    let in_vain = waited_in_vain.clone();
    let jobs = many_jobs(3);
    let server = FakeServer::new()
        .answer(move |_, index| {
            if index > 0
                && gate
                    .lock()
                    .unwrap()
                    .recv_timeout(std::time::Duration::from_secs(20))
                    .is_err()
            {
                in_vain.store(true, Ordering::SeqCst);
            }
            let page = if index == 0 { &jobs[..2] } else { &jobs[2..] };
            Answer::Response(serde_json::json!({
                "JobSet": page, "TotalCount": 3, "RequestId": format!("req-{index}")
            }))
        })
        .start();
    let home = tempfile::tempdir().unwrap();
    let mut child = std_batchctl(home.path())
        .env("TENCENTCLOUD_SECRET_ID", DEMO_ID)
        .env("TENCENTCLOUD_SECRET_KEY", DEMO_KEY)
        .env(VIRTUAL_TIME, "1")
        .args(["--endpoint", &server.endpoint, "--rate-limit", "0"])
        .args(["jobs", "describe", "--all", "--page-size", "2"])
        .args(["--query", ".JobSet[].JobId"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = std::io::BufReader::new(child.stdout.take().unwrap()).lines();
    let first: Vec<String> = lines.by_ref().take(2).map(Result::unwrap).collect();
    assert_eq!(first, ["job-t0000000", "job-t0000001"]);
    server.wait_for_requests(2);
    assert_eq!(
        server.deliveries()[1],
        Delivery::Pending,
        "the second page is asked for, not answered"
    );
    go.send(()).unwrap();
    let rest: Vec<String> = lines.map(Result::unwrap).collect();
    assert_eq!(rest, ["job-t0000002"]);
    assert!(child.wait().unwrap().success());
    assert!(
        !waited_in_vain.load(Ordering::SeqCst),
        "the first page's results came only after the last page"
    );
}
