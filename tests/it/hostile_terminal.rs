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
