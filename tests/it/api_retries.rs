//! Safe retries by the action's idempotency: SubmitJob keeps one ClientToken across
//! attempts after a lost answer or a 502; a write that cannot be repeated stops with
//! "outcome unknown" after an ambiguous failure, or is checked by a read where one can
//! tell; throttling is retried for every action.

use crate::common::*;
use serde_json::{Value, json};

fn submit_args() -> Vec<String> {
    let (request, _) = api_example("SubmitJob");
    let mut args = vec!["api".to_string(), "SubmitJob".to_string()];
    args.extend(tccli_args(&request));
    args
}

fn tokens(server: &FakeServer) -> Vec<Value> {
    server
        .received()
        .iter()
        .map(|r| r.json()["ClientToken"].clone())
        .collect()
}

#[test]
fn a_lost_submit_answer_is_retried_with_the_same_client_token() {
    for first in ["drop", "502"] {
        let server = FakeServer::new()
            .answer(move |req, i| match (i, first) {
                (0, "drop") => Answer::Drop,
                (0, _) => Answer::status(502, "<html>bad gateway</html>"),
                _ => Answer::Response(api_example(req.action()).1),
            })
            .start();
        let home = tempfile::tempdir().unwrap();
        let output = server
            .cmd(home.path())
            .args(["--rate-limit", "0"])
            .args(submit_args())
            .output()
            .unwrap();
        assert!(output.status.success(), "{first}: {}", stderr_of(&output));
        let printed: Value = serde_json::from_str(&stdout_of(&output)).unwrap();
        assert_eq!(printed["JobId"], "job-4yn0we13");
        let tokens = tokens(&server);
        assert_eq!(tokens.len(), 2, "{first}: one retry");
        assert!(tokens[0].is_string(), "{first}: a token was filled in");
        assert_eq!(
            tokens[0], tokens[1],
            "{first}: the same token on every attempt"
        );
    }
}

#[test]
fn dry_run_and_debug_show_the_client_token() {
    let server = FakeServer::new().start();
    let home = tempfile::tempdir().unwrap();
    let output = server
        .cmd(home.path())
        .arg("--dry-run")
        .args(submit_args())
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = stdout_of(&output);
    assert!(text.contains("X-TC-Action: SubmitJob"), "{text}");
    assert!(text.contains("\"ClientToken\":\""), "{text}");
    assert!(!text.contains(DEMO_KEY), "no secret");
    assert!(server.received().is_empty(), "a dry run sends nothing");

    let output = server
        .cmd(home.path())
        .args(["--debug", "--rate-limit", "0"])
        .args(submit_args())
        .output()
        .unwrap();
    assert!(output.status.success());
    let token = tokens(&server)[0].as_str().unwrap().to_string();
    assert!(
        stderr_of(&output).contains(&token),
        "--debug shows the token sent"
    );
}

/// A write that is neither idempotent nor checkable by a read.
const MODIFY_ENV: &[&str] = &[
    "api",
    "ModifyComputeEnv",
    "--EnvId",
    "env-lcpcej85",
    "--DesiredComputeNodeCount",
    "2",
];

#[test]
fn a_write_that_cannot_be_repeated_stops_with_outcome_unknown() {
    let server = FakeServer::new().always(Answer::Drop).start();
    let output = run_unpaced(&server, MODIFY_ENV);
    assert_eq!(output.status.code(), Some(5));
    let err = stderr_of(&output);
    assert!(err.contains("outcome unknown"), "{err}");
    assert!(
        err.contains("batchctl api DescribeComputeEnv --EnvId env-lcpcej85"),
        "says how to check: {err}"
    );
    assert_eq!(server.received().len(), 1, "never sent twice");
}

#[test]
fn a_throttled_write_is_retried() {
    let server = FakeServer::new()
        .answer(|req, i| match i {
            0 => Answer::Response(json!({
                "Error": {"Code": "RequestLimitExceeded", "Message": "slow down"},
                "RequestId": "r0"
            })),
            _ => Answer::Response(api_example(req.action()).1),
        })
        .start();
    let output = run_unpaced(&server, MODIFY_ENV);
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert_eq!(server.received().len(), 2);
}

#[test]
fn a_lost_delete_answer_is_checked_by_a_read() {
    // DeleteJob's answer is lost; DescribeJob then no longer finds the job.
    let server = FakeServer::new()
        .answer(|req, _| match req.action() {
            "DeleteJob" => Answer::Drop,
            _ => Answer::Response(json!({
                "Error": {"Code": "ResourceNotFound.Job", "Message": "no such job"},
                "RequestId": "r1"
            })),
        })
        .start();
    let home = tempfile::tempdir().unwrap();
    let output = server
        .cmd(home.path())
        .args([
            "--rate-limit",
            "0",
            "api",
            "DeleteJob",
            "--JobId",
            "job-f5da1edl",
        ])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert!(stderr_of(&output).contains("it took effect"));
    let actions: Vec<String> = server
        .received()
        .iter()
        .map(|r| r.action().to_string())
        .collect();
    assert_eq!(actions, ["DeleteJob", "DescribeJob"]);
}

#[test]
fn a_job_that_is_not_found_exits_3() {
    let server = FakeServer::new()
        .answer(|_, _| {
            Answer::Response(json!({
                "Error": {"Code": "ResourceNotFound.Job", "Message": "no such job"},
                "RequestId": "r1"
            }))
        })
        .start();
    let home = tempfile::tempdir().unwrap();
    let output = server
        .cmd(home.path())
        .args(["api", "DescribeJob", "--JobId", "job-aaaaaaaa"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3));
    assert!(stderr_of(&output).contains("ResourceNotFound.Job"));
}

#[test]
fn a_write_that_never_reached_the_service_is_retried_and_reported_as_a_network_error() {
    // Nothing listens on a port bound and freed: every connect is refused.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let home = tempfile::tempdir().unwrap();
    let output = with_demo_keys(home.path())
        .args(["--endpoint", &format!("http://127.0.0.1:{port}")])
        .args(["--debug", "--max-attempts", "2", "--rate-limit", "0"])
        .args(["api", "DeleteComputeEnv", "--EnvId", "env-3dhmblr3"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(5));
    let err = stderr_of(&output);
    assert!(err.contains("gave up after 2 attempts"), "retried: {err}");
    assert!(
        !err.contains("outcome unknown"),
        "it surely did not arrive: {err}"
    );
}
