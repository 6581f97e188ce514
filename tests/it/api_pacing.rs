//! Pacing per action: each action has its own token bucket at its published limit, so a
//! command mixing actions never meets RequestLimitExceeded from a service that enforces
//! each action's limit, and one action's pace never slows another.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::common::*;
use serde_json::{Value, json};

/// A server that allows each action its published number of requests in any one-second
/// window, as the service does, and answers RequestLimitExceeded above it.
fn enforcing_server(answer: impl Fn(&Received) -> Value + Send + Sync + 'static) -> FakeServer {
    let seen: Mutex<HashMap<String, Vec<Instant>>> = Mutex::new(HashMap::new());
    FakeServer::new()
        .answer(move |req, _| {
            let action = req.action().to_string();
            let limit = batch_api::action(&action).map_or(2.0, |a| a.rate_limit) as usize;
            let now = req.at;
            let mut seen = seen.lock().unwrap();
            let times = seen.entry(action).or_default();
            times.retain(|t| now.duration_since(*t) < Duration::from_secs(1));
            if times.len() >= limit {
                return Answer::Response(json!({
                    "Error": {"Code": "RequestLimitExceeded", "Message": "too fast"},
                    "RequestId": "throttled"
                }));
            }
            times.push(now);
            Answer::Response(answer(req))
        })
        .start()
}

/// DescribeTask pages of one instance each, `instances` in all; DescribeJob: not found;
/// any other action: its example.
fn answer(req: &Received, instances: u64) -> Value {
    if req.action() == "DescribeTask" {
        let offset = req.json()["Offset"].as_u64().unwrap_or(0);
        let set: Vec<Value> = if offset < instances {
            vec![json!({"TaskInstanceIndex": offset})]
        } else {
            vec![]
        };
        return json!({
            "TaskInstanceTotalCount": instances,
            "TaskInstanceSet": set,
            "RequestId": "r"
        });
    }
    if req.action() == "DescribeJob" {
        return json!({
            "Error": {"Code": "ResourceNotFound.Job", "Message": "gone"},
            "RequestId": "r"
        });
    }
    api_example(req.action()).1
}

const PAGES: [&str; 9] = [
    "api",
    "DescribeTask",
    "--JobId",
    "job-97zcl3wt",
    "--TaskName",
    "A",
    "--Limit",
    "1",
    "--all",
];

#[test]
fn paging_faster_than_the_action_allows_is_paced_not_throttled() {
    // The server does enforce: unpaced, a page asked within a second of the three before
    // it is refused. Which page that is depends on the machine's speed, so the test does
    // not say; 30 pages are a safety net only.
    let server = enforcing_server(|req| answer(req, 30));
    let home = tempfile::tempdir().unwrap();
    let output = server
        .cmd(home.path())
        .args(["--rate-limit", "0", "--max-attempts", "1"])
        .args(PAGES)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(4), "{}", stderr_of(&output));
    assert!(stderr_of(&output).contains("RequestLimitExceeded"));

    // Paced at DescribeTask's own 3 per second, with no retry to hide a refusal.
    let server = enforcing_server(|req| answer(req, 4));
    let output = server
        .cmd(home.path())
        .args(["--max-attempts", "1", "-o", "jsonl"])
        .args(PAGES)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output).lines().count(), 4);
}

#[test]
fn mixed_actions_each_keep_their_own_pace() {
    // One invocation, two actions: DeleteJob's answer is lost, so its outcome is checked
    // with DescribeJob. Each action has its own bucket: the read goes at once instead of
    // waiting behind the write, and neither is refused.
    let seen: Mutex<HashMap<String, Vec<Instant>>> = Mutex::new(HashMap::new());
    let server = FakeServer::new()
        .answer(move |req, _| {
            let now = req.at;
            let mut seen = seen.lock().unwrap();
            let times = seen.entry(req.action().to_string()).or_default();
            times.retain(|t| now.duration_since(*t) < Duration::from_secs(1));
            if times.len() >= 2 {
                return Answer::Response(json!({
                    "Error": {"Code": "RequestLimitExceeded", "Message": "too fast"},
                    "RequestId": "throttled"
                }));
            }
            times.push(now);
            match req.action() {
                "DeleteJob" => Answer::Drop,
                _ => Answer::Response(answer(req, 4)),
            }
        })
        .start();
    let home = tempfile::tempdir().unwrap();
    let output = server
        .cmd(home.path())
        .args([
            "--debug",
            "--max-attempts",
            "1",
            "api",
            "DeleteJob",
            "--JobId",
            "job-f5da1edl",
        ])
        .output()
        .unwrap();
    let err = stderr_of(&output);
    assert!(output.status.success(), "{err}");
    let actions: Vec<String> = server
        .received()
        .iter()
        .map(|r| r.action().to_string())
        .collect();
    assert_eq!(actions, ["DeleteJob", "DescribeJob"]);
    assert!(
        !err.contains("waiting"),
        "no action waited for another: {err}"
    );
    assert!(!err.contains("RequestLimitExceeded"), "{err}");
}
