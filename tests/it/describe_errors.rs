//! Exit codes and error messages of the contract: usage errors are caught before anything
//! is sent; service, network and credential failures are told apart; no panic, no secret.

use crate::common::*;

fn assert_error(out: &std::process::Output, code: i32, needles: &[&str]) {
    let err = stderr_of(out);
    assert_eq!(out.status.code(), Some(code), "stderr: {err}");
    assert!(err.starts_with("batchctl: error:"), "{err}");
    for n in needles {
        assert!(err.contains(n), "missing {n:?} in: {err}");
    }
    assert!(
        !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
        "{err}"
    );
}

#[test]
fn usage_errors_exit_2_name_the_bad_value_and_send_nothing() {
    let emu = Emulator::with_jobs(&many_jobs(1), &[]);
    let cases: &[(&[&str], &str)] = &[
        (&["--job-id", "job-BAD"], "job-BAD"),
        (&["--job-id", "job-aaaaaaaa,oops"], "oops"),
        (&["--state", "finished"], "finished"),
        (&["--state", "succeeded"], "SUCCEED"),
        (
            &["--job-id", "job-aaaaaaaa", "--zone", "ap-guangzhou-3"],
            "--zone",
        ),
        (&["--limit", "0"], "--limit"),
        (&["--tag", "env"], "env"),
        (&["--filter", "job-state"], "job-state"),
        (&["--name", ""], "--name"),
        (&["--page-size", "500"], "500"),
        (&["--no-such-flag"], "--no-such-flag"),
    ];
    for (args, needle) in cases {
        let out = emu
            .cmd()
            .args(["jobs", "describe"])
            .args(*args)
            .output()
            .unwrap();
        assert_error(&out, 2, &[needle]);
    }
    let out = emu
        .cmd()
        .args(["--endpoint", "ftp://nope", "jobs", "describe"])
        .output()
        .unwrap();
    assert_error(&out, 2, &["ftp://nope"]);
    let out = emu
        .cmd()
        .args(["--timeout", "0", "jobs", "describe"])
        .output()
        .unwrap();
    assert_error(&out, 2, &["--timeout"]);
    assert!(
        emu.requests().is_empty(),
        "nothing was sent: {:?}",
        emu.requests()
    );
}

#[test]
fn service_errors_exit_4_with_code_message_and_request_id() {
    let emu = Emulator::with_jobs(&many_jobs(1), &[]);
    let out = emu
        .cmd()
        .env("TENCENTCLOUD_SECRET_KEY", "not-the-key")
        .args(["jobs", "describe"])
        .output()
        .unwrap();
    assert_error(&out, 4, &["AuthFailure.SignatureFailure", "RequestId"]);
    assert!(!stderr_of(&out).contains("not-the-key"));
    let out = emu
        .cmd()
        .env("TENCENTCLOUD_SECRET_ID", "AKIDunknown")
        .args(["jobs", "describe"])
        .output()
        .unwrap();
    assert_error(&out, 4, &["AuthFailure.SecretIdNotFound", "hint"]);
    let out = emu
        .cmd()
        .args(["jobs", "describe", "--filter", "colour=red"])
        .output()
        .unwrap();
    assert_error(&out, 4, &["InvalidFilter"]);
    let out = emu
        .cmd()
        .args([
            "--region",
            "ap-guangzhou",
            "jobs",
            "describe",
            "--zone",
            "ap-shanghai-2",
        ])
        .output()
        .unwrap();
    assert_error(&out, 4, &["InvalidZone.MismatchRegion"]);
}

#[test]
fn network_failures_exit_5() {
    // A port nobody listens on: bind one, then free it.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let home = tempfile::tempdir().unwrap();
    let out = with_demo_keys(home.path())
        .args([
            "--endpoint",
            &format!("http://127.0.0.1:{port}"),
            "--timeout",
            "5",
            "--max-attempts",
            "1",
            "jobs",
            "describe",
        ])
        .output()
        .unwrap();
    assert_error(&out, 5, &["127.0.0.1"]);
}

fn against(response: &'static [u8]) -> std::process::Output {
    let server = FakeServer::new().always(Answer::verbatim(response)).start();
    let home = tempfile::tempdir().unwrap();
    with_demo_keys(home.path())
        .args([
            "--endpoint",
            &server.endpoint,
            "--timeout",
            "5",
            "--max-attempts",
            "1",
            "jobs",
            "describe",
            "-o",
            "json",
        ])
        .output()
        .unwrap()
}

#[test]
fn a_proxy_error_page_exits_5_with_the_status() {
    let out = against(b"HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: 22\r\nConnection: close\r\n\r\n<html>bad gateway</html");
    assert_error(&out, 5, &["502"]);
    assert_eq!(stdout_of(&out), "");
}

#[test]
fn a_non_json_answer_exits_5() {
    let out = against(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot json!");
    assert_error(&out, 5, &["not valid JSON"]);
}

#[test]
fn a_truncated_answer_exits_5() {
    let out = against(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\nConnection: close\r\n\r\n{\"Response\": {\"TotalCount\": 1, \"JobSet\": [");
    assert_error(&out, 5, &[]);
}

#[test]
fn answers_of_the_wrong_shape_exit_5_without_panicking() {
    for body in [
        &b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n[]"[..],
        b"HTTP/1.1 200 OK\r\nContent-Length: 44\r\nConnection: close\r\n\r\n{\"Response\":{\"TotalCount\":1,\"JobSet\":\"x\"}}  ",
        b"HTTP/1.1 200 OK\r\nContent-Length: 39\r\nConnection: close\r\n\r\n{\"Response\":{\"TotalCount\":-1,\"JobSet\":[]}}",
    ] {
        let out = against(body);
        assert_error(&out, 5, &[]);
    }
}

#[test]
fn missing_credentials_exit_6_naming_where_it_looked() {
    let home = tempfile::tempdir().unwrap();
    let out = batchctl(home.path())
        .args(["jobs", "describe"])
        .output()
        .unwrap();
    assert_error(&out, 6, &["TENCENTCLOUD_SECRET_ID"]);
}

const KEY: &str = "SuperSecretKeyValue0123456789";
const TOKEN: &str = "SuperSecretTokenValue9876543210";

#[test]
fn secrets_never_appear_in_debug_dry_run_or_errors() {
    let emu = Emulator::with_jobs(&many_jobs(2), &[]);
    let runs: &[&[&str]] = &[
        &["--debug", "jobs", "describe"],
        &["--dry-run", "jobs", "describe", "--job-id", "job-aaaaaaaa"],
        &["--debug", "--dry-run", "jobs", "describe"],
        &["--debug", "jobs", "describe", "--filter", "bogus=1"],
    ];
    for args in runs {
        let out = emu
            .cmd()
            .env("TENCENTCLOUD_SECRET_KEY", KEY)
            .env("TENCENTCLOUD_SESSION_TOKEN", TOKEN)
            .args(*args)
            .output()
            .unwrap();
        let all = format!("{}{}", stdout_of(&out), stderr_of(&out));
        assert!(
            !all.contains(KEY) && !all.contains(TOKEN),
            "secret leaked with {args:?}:\n{all}"
        );
        assert!(!all.is_empty());
    }
}

#[test]
fn dry_run_prints_the_signed_request_and_sends_nothing() {
    let emu = Emulator::with_jobs(&many_jobs(2), &[]);
    let out = emu
        .cmd()
        .env("TENCENTCLOUD_SESSION_TOKEN", TOKEN)
        .args([
            "--dry-run",
            "--region",
            "ap-guangzhou",
            "jobs",
            "describe",
            "--state",
            "running",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    let host = emu.endpoint.trim_start_matches("http://");
    for needle in [
        "POST http://",
        &format!("Host: {host}"),
        "X-TC-Action: DescribeJobs",
        "X-TC-Version: 2017-03-12",
        "X-TC-Region: ap-guangzhou",
        "X-TC-Token: ***",
        "Authorization: TC3-HMAC-SHA256 Credential=",
        "{\"Filters\":[{\"Name\":\"job-state\",\"Values\":[\"RUNNING\"]}],\"Offset\":0,\"Limit\":20}",
    ] {
        assert!(text.contains(needle), "missing {needle:?} in:\n{text}");
    }
    assert!(emu.requests().is_empty());
}

#[test]
fn debug_shows_the_exchange_on_stderr_and_keeps_stdout_clean() {
    let emu = Emulator::with_jobs(&many_jobs(2), &[]);
    let out = emu
        .cmd()
        .args(["--debug", "jobs", "describe", "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    serde_json::from_slice::<serde_json::Value>(&out.stdout).expect("stdout is still pure JSON");
    let err = stderr_of(&out);
    assert!(
        err.contains("X-TC-Action: DescribeJobs") && err.contains("HTTP 200"),
        "{err}"
    );
}

#[test]
fn when_a_later_page_fails_the_pages_before_it_are_still_printed() {
    for format in ["json", "table", "csv"] {
        let emu = Emulator::with_jobs(&many_jobs(50), &["--inject", "ok,internal*10"]);
        let out = emu
            .cmd()
            .env(VIRTUAL_TIME, "1")
            .args([
                "--max-attempts",
                "2",
                "--rate-limit",
                "0",
                "jobs",
                "describe",
                "--limit",
                "40",
                "--page-size",
                "20",
                "-o",
                format,
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(4), "{format}: {}", stderr_of(&out));
        if format == "json" {
            let doc: serde_json::Value =
                serde_json::from_slice(&out.stdout).expect("a complete JSON document");
            assert_eq!(doc["JobSet"].as_array().unwrap().len(), 20);
        }
        assert!(
            stdout_of(&out).contains("job-t0000000") || format != "json",
            "{format}"
        );
        assert!(
            stderr_of(&out).contains("20 jobs were printed before the error"),
            "{format}: {}",
            stderr_of(&out)
        );
    }
}

#[test]
fn out_of_range_numbers_are_usage_errors_not_panics() {
    let home = tempfile::tempdir().unwrap();
    for args in [
        &["--rate-limit", "1e-20", "jobs", "describe"][..],
        &["--rate-limit", "5e-324", "jobs", "describe"],
        &["--rate-limit", "-1", "jobs", "describe"],
        &["--max-attempts", "0", "jobs", "describe"],
        &["--timeout", "1e300", "jobs", "describe"],
        &[
            "jobs",
            "wait",
            "--job-id",
            "job-aaaaaaaa",
            "--max-wait",
            "99999999999h",
        ],
    ] {
        let out = batchctl(home.path()).args(args).output().unwrap();
        assert_error(&out, 2, &[]);
    }
}

#[test]
fn a_closed_pipe_still_reports_a_job_id_not_found() {
    let emu = Emulator::with_jobs(&many_jobs(2), &[]);
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = emu
        .std_cmd()
        .args([
            "jobs",
            "describe",
            "--job-id",
            "job-zzzzzzzz,job-t0000000",
            "-o",
            "jsonl",
        ])
        .stdout(writer)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("job-zzzzzzzz"));
}

#[test]
fn empty_option_variables_count_as_unset() {
    let emu = Emulator::with_jobs(&many_jobs(2), &[]);
    let out = emu
        .cmd()
        .env("BATCHCTL_OUTPUT", "")
        .env("TENCENTCLOUD_REGION", "")
        .env("BATCHCTL_PROFILE", "")
        .args(["jobs", "describe"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(stdout_of(&out).contains("job-t0000001"), "table output");
}

#[test]
fn notes_tell_when_fewer_jobs_are_printed_than_match() {
    let emu = Emulator::with_jobs(&many_jobs(30), &[]);
    let out = emu
        .cmd()
        .args(["jobs", "describe", "--offset", "40", "-o", "jsonl"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        stderr_of(&out).contains("--offset 40 is past the last one"),
        "{}",
        stderr_of(&out)
    );
    let out = emu
        .cmd()
        .args([
            "jobs", "describe", "--offset", "25", "--limit", "20", "-o", "jsonl",
        ])
        .output()
        .unwrap();
    assert_eq!(stdout_of(&out).lines().count(), 5);
    assert!(
        stderr_of(&out).contains("printed jobs 26 to 30 of 30"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn a_list_that_changes_while_paging_is_noted() {
    // With --advance every polled job moves on, so the SUBMITTED list shrinks under us.
    let jobs: Vec<serde_json::Value> = (0..6)
        .map(|i| {
            job(
                &format!("job-s{i:07}"),
                "s",
                "SUBMITTED",
                "ap-guangzhou-3",
                &[],
            )
        })
        .collect();
    let emu = Emulator::with_jobs(&jobs, &["--advance"]);
    let out = emu
        .cmd()
        .args([
            "--rate-limit",
            "0",
            "jobs",
            "describe",
            "--state",
            "submitted",
            "--all",
            "--page-size",
            "2",
            "-o",
            "jsonl",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        stderr_of(&out).contains("the list changed while paging"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn an_array_instead_of_the_envelope_is_a_protocol_error() {
    let out = against(b"HTTP/1.1 200 OK\r\nContent-Length: 38\r\nConnection: close\r\n\r\n[[3,[{\"JobId\":\"job-00000001\"}],\"req\"]]");
    assert_error(&out, 5, &["not an object"]);
}

#[test]
fn a_service_that_repeats_the_same_page_does_not_keep_us_paging() {
    // Whatever the offset, the same two jobs and a TotalCount of 1000.
    let server = FakeServer::new().always(Answer::verbatim(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 109\r\n\r\n{\"Response\":{\"TotalCount\":1000,\"JobSet\":[{\"JobId\":\"job-aaaaaaaa\"},{\"JobId\":\"job-bbbbbbbb\"}],\"RequestId\":\"r\"}}",
    )).start();
    let home = tempfile::tempdir().unwrap();
    let out = with_demo_keys(home.path())
        .args([
            "--endpoint",
            &server.endpoint,
            "--rate-limit",
            "0",
            "jobs",
            "describe",
            "--all",
            "--page-size",
            "2",
            "-o",
            "jsonl",
        ])
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out).lines().count(), 2, "each job once");
    assert!(
        stderr_of(&out).contains("stopped paging"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn a_job_view_serde_cannot_fully_read_still_shows_its_fields() {
    // A lone surrogate escape: valid JSON text, but not a valid string to decode.
    let body: &'static [u8] = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 122\r\n\r\n{\"Response\":{\"TotalCount\":1,\"JobSet\":[{\"JobId\":\"job-aaaaaaaa\",\"JobState\":\"RUNNING\",\"Note\":\"bad \\ud800\"}],\"RequestId\":\"r\"}}";
    for format in ["table", "csv", "jsonl"] {
        let server = FakeServer::new().always(Answer::verbatim(body)).start();
        let home = tempfile::tempdir().unwrap();
        let out = with_demo_keys(home.path())
            .args([
                "--endpoint",
                &server.endpoint,
                "jobs",
                "describe",
                "-o",
                format,
            ])
            .output()
            .unwrap();
        assert!(out.status.success(), "{format}: {}", stderr_of(&out));
        let text = stdout_of(&out);
        assert!(
            text.contains("job-aaaaaaaa") && text.contains("RUNNING"),
            "{format}: {text}"
        );
    }
}
