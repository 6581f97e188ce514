//! `jobs terminate|retry|delete|terminate-instance` against a recording server: the
//! states read first refuse what the service's rules refuse (nothing sent for those, exit
//! 4), an unknown job is exit 3, selectors list and act only with `--yes`, and each job
//! gets one result line (or one json object).

use crate::common::*;
use serde_json::{Value, json};

/// Jobs in every interesting state; the action answers follow the published examples.
fn server() -> FakeServer {
    FakeServer::new()
        .answer(|req, _| {
            let body = req.json();
            Answer::Response(match req.action() {
                "DescribeJobs" => {
                    let all = vec![
                        job("job-aaaaaaaa", "a", "FAILED", "ap-guangzhou-3", &[]),
                        job("job-bbbbbbbb", "b", "RUNNING", "ap-guangzhou-3", &[]),
                        job("job-cccccccc", "c", "SUBMITTED", "ap-guangzhou-3", &[]),
                        job("job-dddddddd", "d", "SUCCEED", "ap-guangzhou-3", &[]),
                    ];
                    let wanted: Option<Vec<&str>> = body["JobIds"]
                        .as_array()
                        .map(|ids| ids.iter().filter_map(Value::as_str).collect());
                    let state = body["Filters"][0]["Values"][0].as_str();
                    let set: Vec<Value> = all
                        .into_iter()
                        .filter(|j| {
                            wanted
                                .as_ref()
                                .is_none_or(|w| w.contains(&j["JobId"].as_str().unwrap()))
                        })
                        .filter(|j| state.is_none_or(|s| j["JobState"] == s))
                        .collect();
                    json!({"TotalCount": set.len(), "JobSet": set, "RequestId": "r-jobs"})
                }
                action => api_example(action).1,
            })
        })
        .start()
}

fn run(s: &FakeServer, args: &[&str]) -> std::process::Output {
    let home = tempfile::tempdir().unwrap();
    s.cmd(home.path()).args(args).output().unwrap()
}

fn actions(s: &FakeServer) -> Vec<(String, Value)> {
    s.received()
        .iter()
        .filter(|r| r.action() != "DescribeJobs")
        .map(|r| (r.action().to_string(), r.json()))
        .collect()
}

#[test]
fn terminate_sends_one_request_per_job_and_prints_one_line_each() {
    let s = server();
    let out = run(
        &s,
        &[
            "jobs",
            "terminate",
            "job-aaaaaaaa",
            "--job-id",
            "job-bbbbbbbb",
        ],
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(
        stdout_of(&out),
        "job-aaaaaaaa terminated\njob-bbbbbbbb terminated\n"
    );
    assert_eq!(
        actions(&s),
        [
            ("TerminateJob".to_string(), json!({"JobId": "job-aaaaaaaa"})),
            ("TerminateJob".to_string(), json!({"JobId": "job-bbbbbbbb"}))
        ]
    );
}

#[test]
fn refusals_known_from_the_state_are_reported_per_job_and_exit_4() {
    let s = server();
    let out = run(
        &s,
        &[
            "jobs",
            "delete",
            "job-bbbbbbbb",
            "job-dddddddd",
            "-o",
            "json",
        ],
    );
    assert_eq!(out.status.code(), Some(4), "{}", stderr_of(&out));
    let doc: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    assert_eq!(doc[0]["JobId"], "job-bbbbbbbb");
    assert_eq!(doc[0]["Result"], "ResourceInUse.Job");
    assert_eq!(
        doc[1],
        json!({"JobId": "job-dddddddd", "Result": "ok", "Message": ""})
    );
    assert_eq!(
        actions(&s),
        [("DeleteJob".to_string(), json!({"JobId": "job-dddddddd"}))],
        "the running job was never sent"
    );

    let out = run(&s, &["jobs", "terminate", "job-cccccccc"]);
    assert_eq!(out.status.code(), Some(4));
    assert!(
        stderr_of(&out).contains("job-cccccccc: not terminated: UnsupportedOperation"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn retry_sends_the_failed_jobs_in_one_request_and_an_unknown_job_is_exit_3() {
    let s = server();
    let out = run(
        &s,
        &[
            "jobs",
            "retry",
            "job-aaaaaaaa",
            "job-99999999",
            "-o",
            "jsonl",
        ],
    );
    assert_eq!(out.status.code(), Some(3), "{}", stderr_of(&out));
    let lines: Vec<Value> = stdout_of(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[0]["JobId"], "job-99999999");
    assert_eq!(lines[0]["Result"], "ResourceNotFound.Job");
    assert_eq!(lines[1]["Result"], "ok");
    assert_eq!(
        actions(&s),
        [("RetryJobs".to_string(), json!({"JobIds": ["job-aaaaaaaa"]}))]
    );
}

#[test]
fn selectors_list_the_jobs_and_act_only_with_yes() {
    let s = server();
    let out = run(&s, &["jobs", "delete", "--state", "succeed"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stdout_of(&out), "job-dddddddd  SUCCEED\n");
    assert!(stderr_of(&out).contains("--yes"));
    assert!(actions(&s).is_empty());
    let out = run(&s, &["jobs", "delete", "--state", "succeed", "--yes"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "job-dddddddd deleted\n");
    let out = run(&s, &["jobs", "delete"]);
    assert_eq!(out.status.code(), Some(2), "no jobs named");
}

#[test]
fn dry_run_shows_the_action_requests_and_sends_nothing() {
    let s = server();
    let out = run(&s, &["jobs", "terminate", "job-aaaaaaaa", "--dry-run"]);
    assert!(out.status.success());
    let text = stdout_of(&out);
    assert!(
        text.contains("X-TC-Action: TerminateJob") && text.contains(r#"{"JobId":"job-aaaaaaaa"}"#),
        "{text}"
    );
    assert!(s.received().is_empty());
}

#[test]
fn terminate_instance_sends_job_task_and_index() {
    let s = server();
    let out = run(
        &s,
        &["jobs", "terminate-instance", "job-aaaaaaaa", "prepare", "2"],
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "job-aaaaaaaa/prepare/2 terminated\n");
    assert_eq!(
        actions(&s),
        [(
            "TerminateTaskInstance".to_string(),
            json!({"JobId": "job-aaaaaaaa", "TaskName": "prepare", "TaskInstanceIndex": 2})
        )]
    );
}

#[test]
fn list_is_describe_and_ids_may_be_positional() {
    let s = server();
    let out = run(&s, &["jobs", "list", "job-aaaaaaaa", "-o", "json"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let doc: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    assert_eq!(doc["JobSet"][0]["JobId"], "job-aaaaaaaa");
    assert_eq!(s.received()[0].json()["JobIds"], json!(["job-aaaaaaaa"]));
}
