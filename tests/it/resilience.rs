//! Calm under rate limits and network faults: pacing, retries, timeouts and clock skew,
//! against the emulator's injected faults and rate limit. Each test counts the requests
//! the emulator received.

use std::time::Duration;

use crate::common::*;

fn outcomes(emu: &Emulator) -> Vec<String> {
    emu.requests()
        .iter()
        .map(|r| r["outcome"].as_str().unwrap_or("?").to_string())
        .collect()
}

fn describe(emu: &Emulator, extra: &[&str]) -> std::process::Output {
    emu.cmd()
        .env(VIRTUAL_TIME, "1")
        .args(["jobs", "describe", "-o", "jsonl", "--rate-limit", "0"])
        .args(extra)
        .output()
        .unwrap()
}

#[test]
fn each_fault_once_then_success_is_retried_and_the_command_succeeds() {
    for fault in [
        "limit", "internal", "http502", "reset", "badjson", "truncate", "hang",
    ] {
        let emu = Emulator::with_jobs(&many_jobs(3), &["--inject", fault]);
        let out = describe(&emu, &["--timeout", "1"]);
        assert!(out.status.success(), "{fault}: {}", stderr_of(&out));
        assert_eq!(stdout_of(&out).lines().count(), 3, "{fault}");
        let seen = outcomes(&emu);
        assert_eq!(seen.len(), 2, "{fault}: {seen:?}");
        assert_eq!(seen[1], "ok", "{fault}: {seen:?}");
    }
}

#[test]
fn a_fault_every_time_exits_with_the_last_failure_after_exactly_max_attempts() {
    for (fault, code) in [
        ("limit", 4),
        ("internal", 4),
        ("http502", 5),
        ("reset", 5),
        ("badjson", 5),
        ("truncate", 5),
    ] {
        let emu = Emulator::with_jobs(&many_jobs(3), &["--inject", &format!("{fault}*10")]);
        let out = describe(&emu, &["--max-attempts", "3"]);
        assert_eq!(
            out.status.code(),
            Some(code),
            "{fault}: {}",
            stderr_of(&out)
        );
        assert_eq!(
            emu.requests().len(),
            3,
            "{fault}: exactly --max-attempts requests"
        );
        let err = stderr_of(&out);
        // One retry note per retry, then the error.
        let notes = err.lines().filter(|l| l.starts_with("batchctl: note:"));
        assert_eq!(notes.count(), 2, "{fault}: {err}");
        let err: Vec<&str> = err
            .lines()
            .filter(|l| !l.starts_with("batchctl: note:"))
            .collect();
        let err = err.join("\n");
        assert!(
            err.starts_with("batchctl: error:") && err.contains("after 3 attempts"),
            "{fault}: {err}"
        );
        assert_eq!(stdout_of(&out), "");
    }
}

#[test]
fn max_attempts_1_disables_retries() {
    let emu = Emulator::with_jobs(&many_jobs(3), &["--inject", "internal,ok"]);
    let out = describe(&emu, &["--max-attempts", "1"]);
    assert_eq!(out.status.code(), Some(4));
    assert_eq!(emu.requests().len(), 1);
}

#[test]
fn a_non_retryable_service_error_sends_exactly_one_request() {
    let emu = Emulator::with_jobs(&many_jobs(3), &[]);
    let out = emu
        .cmd()
        .env("TENCENTCLOUD_SECRET_KEY", "wrong")
        .args(["jobs", "describe"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert_eq!(outcomes(&emu), ["AuthFailure.SignatureFailure"]);
    let out = describe(&emu, &["--filter", "nope=1"]);
    assert_eq!(out.status.code(), Some(4));
    assert_eq!(emu.requests().len(), 2);
}

#[test]
fn an_expired_signature_is_not_retried_and_blames_the_clock() {
    let emu = Emulator::with_jobs(&many_jobs(3), &["--inject", "expire*5"]);
    let out = describe(&emu, &[]);
    assert_eq!(out.status.code(), Some(4));
    assert_eq!(emu.requests().len(), 1);
    let err = stderr_of(&out);
    assert!(
        err.contains("AuthFailure.SignatureExpire") && err.contains("clock"),
        "{err}"
    );
}

#[test]
fn clock_skew_is_measured_from_the_servers_date_header() {
    // A server whose clock says 2001: the local clock is far ahead of it.
    let server = FakeServer::new().always(Answer::verbatim(
        b"HTTP/1.1 200 OK\r\nDate: Tue, 01 May 2001 10:00:00 GMT\r\nContent-Type: application/json\r\nContent-Length: 143\r\nConnection: close\r\n\r\n{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.SignatureExpire\",\"Message\":\"Signature expired.\"},\"RequestId\":\"8b3d7a1e-0000-4000-8000-000000000000\"}}",
    )).start();

    let home = tempfile::tempdir().unwrap();
    let out = with_demo_keys(home.path())
        .args(["--endpoint", &server.endpoint, "jobs", "describe"])
        .output()
        .unwrap();
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(4), "{err}");
    assert!(
        err.contains("local clock is likely wrong")
            && err.contains("ahead of")
            && err.contains("2001-05-01 10:00:00 UTC"),
        "{err}"
    );
}

#[test]
fn a_hanging_server_fails_in_bounded_time() {
    // The emulator holds each connection for 600 s: a command that ends at all, with the
    // timeout's error after both attempts, was ended by its own `--timeout` (the 120 s
    // limit is only a safety net against a command that never ends).
    let emu = Emulator::with_jobs(&many_jobs(3), &["--inject", "hang*5"]);
    let out = emu
        .cmd()
        .args(["jobs", "describe", "-o", "jsonl", "--rate-limit", "0"])
        .args(["--timeout", "0.5", "--max-attempts", "2"])
        .timeout(Duration::from_secs(120))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("timed out"), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("after 2 attempts"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(emu.requests().len(), 2);
    assert!(
        outcomes(&emu).iter().all(|o| o == "inject:hang"),
        "{:?}",
        outcomes(&emu)
    );
}

#[test]
fn all_over_hundreds_of_jobs_under_the_services_limit_is_never_throttled() {
    let emu = Emulator::with_jobs(&many_jobs(450), &["--rate-limit", "2"]);
    let out = emu
        .cmd()
        .args(["jobs", "describe", "--all", "-o", "jsonl"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out).lines().count(), 450);
    let seen = outcomes(&emu);
    assert_eq!(seen.len(), 5);
    assert!(seen.iter().all(|o| o == "ok"), "{seen:?}");
}

#[test]
fn with_pacing_off_throttling_is_absorbed_by_retries() {
    let emu = Emulator::with_jobs(&many_jobs(450), &["--rate-limit", "2"]);
    let out = emu
        .cmd()
        .args([
            "--rate-limit",
            "0",
            "jobs",
            "describe",
            "--all",
            "--page-size",
            "50",
            "-o",
            "jsonl",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out).lines().count(), 450);
    let seen = outcomes(&emu);
    assert!(
        seen.iter().any(|o| o == "RequestLimitExceeded"),
        "the emulator throttled: {seen:?}"
    );
    assert_eq!(seen.iter().filter(|o| *o == "ok").count(), 9);
}

#[test]
fn debug_shows_each_attempt_and_wait() {
    let emu = Emulator::with_jobs(&many_jobs(3), &["--inject", "internal,ok"]);
    let out = describe(&emu, &["--debug"]);
    assert!(out.status.success());
    let err = stderr_of(&out);
    assert!(
        err.contains("attempt 1/4 failed") && err.contains("retrying in"),
        "{err}"
    );
}

#[test]
fn the_system_proxy_is_honoured_and_no_proxy_bypasses_it() {
    let proxy = FakeServer::new().always(Answer::verbatim(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 92\r\nConnection: close\r\n\r\n{\"Response\":{\"TotalCount\":0,\"JobSet\":[],\"RequestId\":\"0d9f0f36-0000-4000-8000-000000000000\"}}",
    )).start();

    let home = tempfile::tempdir().unwrap();
    let out = with_demo_keys(home.path())
        .env("HTTP_PROXY", &proxy.endpoint)
        .env_remove("NO_PROXY")
        .args([
            "--endpoint",
            "http://batch.example.invalid:9300",
            "jobs",
            "describe",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let heads: Vec<String> = proxy.received().into_iter().map(|r| r.head).collect();
    assert_eq!(heads.len(), 1);
    assert!(
        heads[0].starts_with("POST http://batch.example.invalid:9300/ HTTP/1.1"),
        "went through the proxy: {heads:?}"
    );
    assert!(
        heads[0]
            .to_ascii_lowercase()
            .contains("host: batch.example.invalid:9300")
    );

    // NO_PROXY: straight to the emulator, the proxy sees nothing more.
    let emu = Emulator::with_jobs(&many_jobs(1), &[]);
    let out = emu
        .cmd()
        .env("HTTP_PROXY", &proxy.endpoint)
        .env("NO_PROXY", "127.0.0.1")
        .args(["jobs", "describe", "-o", "jsonl"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(emu.requests().len(), 1);
}
