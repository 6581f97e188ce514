//! `--advance`: polled jobs move one state forward per DescribeJobs answer (listed jobs
//! by the rule of `crate::state::advance`, submitted ones to their next change), only
//! the page's jobs move, nothing moves without it, and the log counts the moves.

use serde_json::{Value, json};

use super::support::*;
use super::support_http::*;
use super::support_world::*;
use crate::request::Incoming;
use crate::service::Service;
use crate::state::{Clock, World};
use crate::{Config, demo_jobs, log, start};

/// A SUBMITTED job of three tasks, in the reference sample's unusual key order, with an
/// unknown field.
fn fresh_job(id: &str, name: &str, tags: Value) -> Value {
    json!({
        "EndTime": null,
        "JobState": "SUBMITTED",
        "Tags": tags,
        "TaskMetrics": {
            "PendingCount": 0, "FailedCount": 0, "StartingCount": 0, "SucceedCount": 0,
            "FailedInterruptedCount": 0, "SubmittedCount": 3, "RunnableCount": 0,
            "RunningCount": 0
        },
        "JobId": id,
        "Unknown": {"Nested": [1, null]},
        "Priority": 1,
        "Placement": {"Zone": "ap-guangzhou-4"},
        "JobName": name,
        "CreateTime": "2024-01-01T00:00:00Z"
    })
}

fn keys(v: &Value) -> Vec<String> {
    v.as_object().unwrap().keys().cloned().collect()
}

fn by_ids(ids: &[&str]) -> Req {
    Req::post(&json!({ "JobIds": ids }).to_string())
}

/// The one job of an answer to a request for `id`.
fn poll(svc: &Service, id: &str) -> Value {
    let doc = send(svc, &by_ids(&[id]));
    assert_eq!(job_ids(&doc), [id], "{doc}");
    doc["Response"]["JobSet"][0].clone()
}

fn stored(svc: &Service, id: &str) -> Value {
    svc.world()
        .views()
        .into_iter()
        .find(|j| crate::api::job_id(j) == id)
        .unwrap()
}

/// The job's state fits its metrics and EndTime: every task in the state's counter.
fn assert_consistent(job: &Value, tasks: u64) {
    let state = job["JobState"].as_str().unwrap();
    let counter = crate::state::advance::counter_of(state).unwrap();
    for name in crate::api::TASK_COUNTERS {
        let want = if name == counter { tasks } else { 0 };
        assert_eq!(job["TaskMetrics"][name], want, "{name} of {job}");
    }
    if crate::api::is_terminal_state(state) {
        assert_eq!(job["EndTime"], "2023-11-14T22:13:20Z", "{job}");
    } else {
        assert!(job["EndTime"].is_null(), "{job}");
    }
}

#[test]
fn a_polled_job_goes_through_every_state_in_order_and_ends_succeed() {
    let job = fresh_job("job-aaaaaaa1", "nightly-etl", json!([]));
    let (job_keys, metric_keys) = (keys(&job), keys(&job["TaskMetrics"]));
    let svc = advancing(vec![job]);
    assert!(svc.world().lock().advances());
    let mut seen = Vec::new();
    for _ in 0..8 {
        let served = poll(&svc, "job-aaaaaaa1");
        // Each answer shows the state before its own move, consistent and in key order.
        assert_consistent(&served, 3);
        assert_eq!(keys(&served), job_keys);
        assert_eq!(keys(&served["TaskMetrics"]), metric_keys);
        assert_eq!(served["Unknown"], json!({"Nested": [1, null]}));
        assert_eq!(served["CreateTime"], "2024-01-01T00:00:00Z");
        seen.push(served["JobState"].as_str().unwrap().to_string());
    }
    assert_eq!(
        seen,
        [
            "SUBMITTED",
            "PENDING",
            "RUNNABLE",
            "STARTING",
            "RUNNING",
            "SUCCEED",
            "SUCCEED",
            "SUCCEED"
        ]
    );
    let end = stored(&svc, "job-aaaaaaa1");
    assert_consistent(&end, 3);
    assert_eq!(keys(&end), job_keys);
}

#[test]
fn the_outcome_tag_and_a_failing_name_choose_the_final_state() {
    let svc = advancing(vec![
        fresh_job(
            "job-aaaaaaa1",
            "plain",
            json!([{"Key": "emulator-outcome", "Value": "failed_interrupted"}]),
        ),
        fresh_job("job-aaaaaaa2", "Nightly-FAILURE-demo", json!([])),
        fresh_job(
            "job-aaaaaaa3",
            "will-fail-but-tagged",
            json!([{"Key": "emulator-outcome", "Value": "SUCCEED"}]),
        ),
        fresh_job(
            "job-aaaaaaa4",
            "plain",
            json!([{"Key": "emulator-outcome", "Value": "sometime"}]),
        ),
    ]);
    for _ in 0..5 {
        send(
            &svc,
            &by_ids(&[
                "job-aaaaaaa1",
                "job-aaaaaaa2",
                "job-aaaaaaa3",
                "job-aaaaaaa4",
            ]),
        );
    }
    let state = |id| stored(&svc, id)["JobState"].as_str().unwrap().to_string();
    assert_eq!(state("job-aaaaaaa1"), "FAILED_INTERRUPTED");
    assert_eq!(state("job-aaaaaaa2"), "FAILED");
    assert_eq!(state("job-aaaaaaa3"), "SUCCEED");
    assert_eq!(state("job-aaaaaaa4"), "SUCCEED");
    for id in ["job-aaaaaaa1", "job-aaaaaaa2", "job-aaaaaaa3"] {
        assert_consistent(&stored(&svc, id), 3);
    }
}

#[test]
fn only_the_jobs_of_the_answered_page_move() {
    let jobs: Vec<Value> = (1..=4)
        .map(|i| fresh_job(&format!("job-aaaaaaa{i}"), "x", json!([])))
        .collect();
    let svc = advancing(jobs.clone());
    // One job by ID, then a page of one (Offset 2) through filters: only those move.
    poll(&svc, "job-aaaaaaa1");
    let doc = send(&svc, &Req::post(r#"{"Offset": 2, "Limit": 1}"#));
    assert_eq!(job_ids(&doc), ["job-aaaaaaa3"]);
    let states: Vec<String> = svc
        .world()
        .views()
        .iter()
        .map(|j| j["JobState"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(states, ["PENDING", "SUBMITTED", "PENDING", "SUBMITTED"]);
    // Unpolled jobs are untouched, byte for byte.
    let as_text = |v: &Value| serde_json::to_string(v).unwrap();
    assert_eq!(as_text(&stored(&svc, "job-aaaaaaa2")), as_text(&jobs[1]));
    assert_eq!(as_text(&stored(&svc, "job-aaaaaaa4")), as_text(&jobs[3]));
    // Errors and unknown IDs move nothing.
    let before = svc.world().views();
    send(&svc, &Req::post(r#"{"Limit": 500}"#));
    send(&svc, &by_ids(&["job-zzzzzzzz"]));
    send(
        &svc,
        &Req {
            key: "wrong",
            ..Req::post("{}")
        },
    );
    assert_eq!(svc.world().views(), before);
}

#[test]
fn without_advance_nothing_moves() {
    let svc = demo();
    assert!(!svc.world().lock().advances());
    let before = svc.world().views();
    for _ in 0..6 {
        send(&svc, &Req::post(r#"{"Limit": 100}"#));
    }
    assert_eq!(poll(&svc, "job-3n2weaqt")["JobState"], "STARTING");
    let as_text = |v: &Vec<Value>| serde_json::to_string(v).unwrap();
    assert_eq!(as_text(&svc.world().views()), as_text(&before));
}

#[test]
fn the_demo_sample_job_ends_succeed_in_two_more_polls_and_order_is_kept() {
    let svc = advancing(demo_jobs());
    let order: Vec<String> = svc
        .world()
        .views()
        .iter()
        .map(|j| crate::api::job_id(j).to_string())
        .collect();
    let states: Vec<Value> = (0..4)
        .map(|_| poll(&svc, "job-3n2weaqt")["JobState"].clone())
        .collect();
    assert_eq!(states, ["STARTING", "RUNNING", "SUCCEED", "SUCCEED"]);
    let sample = stored(&svc, "job-3n2weaqt");
    assert_consistent(&sample, 1);
    // The reference sample's own key order survives.
    assert_eq!(keys(&sample)[..3], ["EndTime", "JobState", "Tags"]);
    assert_eq!(keys(&sample["TaskMetrics"])[0], "PendingCount");
    // A whole listing moves every unfinished job, and the newest-first order holds.
    send(&svc, &Req::post(r#"{"Limit": 100}"#));
    let after: Vec<String> = svc
        .world()
        .views()
        .iter()
        .map(|j| crate::api::job_id(j).to_string())
        .collect();
    assert_eq!(after, order);
    let doc = send(&svc, &Req::post(r#"{"Limit": 100}"#));
    assert_eq!(job_ids(&doc), order);
}

#[test]
fn filters_see_the_current_state() {
    let svc = advancing(vec![fresh_job("job-aaaaaaa1", "x", json!([]))]);
    let state_filter =
        |state: &str| Req::post(&filters(json!([{"Name": "job-state", "Values": [state]}])));
    assert_eq!(total(&send(&svc, &state_filter("SUBMITTED"))), 1);
    // That answer moved it: SUBMITTED no longer matches, PENDING does.
    assert_eq!(total(&send(&svc, &state_filter("SUBMITTED"))), 0);
    assert_eq!(total(&send(&svc, &state_filter("PENDING"))), 1);
    assert_eq!(total(&send(&svc, &state_filter("RUNNABLE"))), 1);
}

#[test]
fn concurrent_polls_each_move_the_job_once_and_see_every_state_once() {
    let svc = std::sync::Arc::new(advancing(vec![fresh_job("job-aaaaaaa1", "x", json!([]))]));
    let threads: Vec<_> = (0..8)
        .map(|_| {
            let svc = std::sync::Arc::clone(&svc);
            std::thread::spawn(move || {
                (0..10)
                    .map(|_| {
                        let req = by_ids(&["job-aaaaaaa1"]);
                        let (doc, outcome) = send_raw(&svc, &req, &req.headers(), NOW);
                        let served = doc["Response"]["JobSet"][0].clone();
                        assert_consistent(&served, 3);
                        let moved = outcome.result.unwrap().advanced.unwrap();
                        (served["JobState"].as_str().unwrap().to_string(), moved)
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let answers: Vec<(String, usize)> = threads
        .into_iter()
        .flat_map(|t| t.join().unwrap())
        .collect();
    assert_eq!(answers.len(), 80);
    assert_eq!(answers.iter().map(|(_, n)| n).sum::<usize>(), 5);
    for state in ["SUBMITTED", "PENDING", "RUNNABLE", "STARTING", "RUNNING"] {
        let seen = answers.iter().filter(|(s, _)| s == state).count();
        assert_eq!(seen, 1, "{state}: {answers:?}");
    }
    assert_eq!(stored(&svc, "job-aaaaaaa1")["JobState"], "SUCCEED");
}

#[test]
fn the_log_counts_the_jobs_advanced() {
    let svc = advancing(vec![
        fresh_job("job-aaaaaaa1", "x", json!([])),
        json!({"JobId": "job-aaaaaaa2", "JobState": "SUCCEED", "CreateTime": "2023-01-01T00:00:00Z"}),
    ]);
    let req = Req::post("{}");
    let headers = req.headers();
    let incoming = Incoming {
        method: "POST",
        path: "/",
        query: "",
        headers: &headers,
        body: &req.body,
        body_problem: None,
    };
    // A preview (an answer cut short by `truncate`) moves nothing and counts nothing.
    let preview = svc.preview(&incoming, NOW);
    assert_eq!(preview.result.as_ref().unwrap().advanced, None);
    assert_eq!(stored(&svc, "job-aaaaaaa1")["JobState"], "SUBMITTED");
    let outcome = svc.handle(&incoming, NOW);
    let line = log::log_line(&incoming, &outcome, NOW);
    assert_eq!(line["returned"], 2);
    assert_eq!(line["advanced"], 1);
    assert_eq!(
        keys(&line)[8..12],
        ["returned", "total", "advanced", "request_id"]
    );
    assert_eq!(
        log::human_line(&outcome),
        "emulator: DescribeJobs ok 2/2 jobs, 1 advanced"
    );
    // Without --advance, no such field.
    let plain = Service::new(Vec::new()).handle(&incoming, NOW);
    assert!(
        log::log_line(&incoming, &plain, NOW)
            .get("advanced")
            .is_none()
    );
}

#[test]
fn advance_over_http_moves_jobs_between_answers_and_logs_it() {
    let dir = tempfile::tempdir().unwrap();
    let log_path = dir.path().join("requests.jsonl");
    let handle = start(Config {
        advance: true,
        log: Some(log_path.clone()),
        ..quiet_config("127.0.0.1:0", demo_jobs())
    })
    .unwrap();
    let body = r#"{"JobIds": ["job-3n2weaqt"]}"#;
    let states: Vec<Value> = (0..3)
        .map(|_| {
            let (status, _, answer) = http(
                &handle.endpoint,
                &signed_http_request(&handle.endpoint, body),
            );
            assert!(status.contains("200"), "{status}");
            let doc: Value = serde_json::from_slice(&answer).unwrap();
            doc["Response"]["JobSet"][0]["JobState"].clone()
        })
        .collect();
    handle.shutdown();
    assert_eq!(states, ["STARTING", "RUNNING", "SUCCEED"]);
    let advanced: Vec<Value> = std::fs::read_to_string(&log_path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["advanced"].clone())
        .collect();
    assert_eq!(advanced, [json!(1), json!(1), json!(0)]);
}

#[test]
fn advance_moves_a_submitted_job_to_its_next_state_per_poll() {
    let (clock, _) = Clock::manual(START_MS, 0.0);
    let svc = Service::with_world(World::new(Vec::new(), clock).advancing(true));
    let id = submit(
        &svc,
        json!([task("a", "sleep 100", 1), task("b", "exit 2", 1)]),
        json!([{"StartTask": "a", "EndTask": "b"}]),
    );
    let states: Vec<String> = (0..7)
        .map(|_| listed(&svc, &id)["JobState"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        states,
        [
            "SUBMITTED",
            "PENDING",
            "RUNNABLE",
            "STARTING",
            "RUNNING",
            "FAILED",
            "FAILED"
        ]
    );
}
