//! Simulated jobs on a clock moved by hand, through the service's request path: states
//! over time, dependences, failures and their reasons, logs, the projections'
//! agreement, paging of tasks and logs, listed jobs' synthesised tasks and the demo
//! stories.

use serde_json::{Value, json};

use super::support::*;
use super::support_world::*;
use crate::service::Service;
use crate::state::{Clock, World, stories};

#[test]
fn a_submitted_job_moves_through_the_states_on_the_clock() {
    let (svc, hand) = world(Vec::new());
    let id = submit(&svc, json!([task("a", "echo hi; sleep 3", 1)]), json!([]));
    let mut seen = Vec::new();
    for _ in 0..9 {
        seen.push(listed(&svc, &id)["JobState"].as_str().unwrap().to_string());
        hand.advance(1_000);
    }
    assert_eq!(
        seen,
        [
            "SUBMITTED",
            "PENDING",
            "RUNNABLE",
            "STARTING",
            "RUNNING",
            "RUNNING",
            "RUNNING",
            "SUCCEED",
            "SUCCEED"
        ]
    );
    let inst = &instances(&svc, &id, "a")[0];
    assert_eq!(inst["ExitCode"], 0);
    assert_eq!(inst["StateDetailedReason"], "successful");
    assert!(
        inst["ComputeNodeInstanceId"]
            .as_str()
            .unwrap()
            .starts_with("ins-")
    );
    assert_eq!(inst["LaunchTime"], crate::data::iso8601(NOW + 3));
    assert_eq!(inst["RunningTime"], crate::data::iso8601(NOW + 4));
    assert_eq!(inst["EndTime"], crate::data::iso8601(NOW + 7));
    assert_eq!(listed(&svc, &id)["EndTime"], crate::data::iso8601(NOW + 7));
}

#[test]
fn dependences_run_in_order() {
    let (svc, hand) = world(Vec::new());
    let id = submit(
        &svc,
        json!([task("first", "sleep 2", 2), task("second", "echo next", 1)]),
        json!([{"StartTask": "first", "EndTask": "second"}]),
    );
    hand.advance(5_000);
    assert_eq!(
        instances(&svc, &id, "first")[0]["TaskInstanceState"],
        "RUNNING"
    );
    assert_eq!(
        instances(&svc, &id, "second")[0]["TaskInstanceState"],
        "SUBMITTED"
    );
    assert!(instances(&svc, &id, "second")[0]["LaunchTime"].is_null());
    hand.advance(60_000);
    let first_end = instances(&svc, &id, "first")[0]["EndTime"].clone();
    let second = &instances(&svc, &id, "second")[0];
    assert_eq!(second["TaskInstanceState"], "SUCCEED");
    assert!(second["RunningTime"].as_str() > first_end.as_str());
    assert_eq!(
        job(&svc, &id)["DependenceSet"],
        json!([{"StartTask": "first", "EndTask": "second"}])
    );
}

#[test]
fn a_failing_command_fails_with_its_exit_code_reason_and_stderr_and_dependants_never_run() {
    let (svc, hand) = world(Vec::new());
    let id = submit(
        &svc,
        json!([
            task("bad", "echo working; echo 'disk full' >&2; exit 3", 1),
            task("after", "echo never", 1)
        ]),
        json!([{"StartTask": "bad", "EndTask": "after"}]),
    );
    hand.advance(60_000);
    let view = job(&svc, &id);
    assert_eq!(view["JobState"], "FAILED");
    let reason = view["StateReason"].as_str().unwrap();
    assert!(
        reason.contains("task bad failed: instance 0 exited with status 3"),
        "{reason}"
    );
    assert!(
        reason.contains("task after was not run because task bad failed"),
        "{reason}"
    );
    let bad = &instances(&svc, &id, "bad")[0];
    assert_eq!(
        (bad["TaskInstanceState"].as_str(), bad["ExitCode"].as_i64()),
        (Some("FAILED"), Some(3))
    );
    assert_eq!(bad["StateReason"], "the command exited with status 3");
    let log = logs(&svc, &id, "bad", 0);
    assert_eq!(decode(&log["StdoutLog"]), "working\n");
    let stderr = decode(&log["StderrLog"]);
    assert_eq!(stderr.lines().last(), Some("exit status 3"));
    assert!(stderr.starts_with("disk full\n"));
    let after = &instances(&svc, &id, "after")[0];
    assert_eq!(after["TaskInstanceState"], "FAILED");
    assert!(after["ExitCode"].is_null() && after["ComputeNodeInstanceId"].is_null());
    assert!(after["StateReason"].as_str().unwrap().contains("bad"));
    assert!(logs(&svc, &id, "after", 0)["StdoutLog"].is_null());
}

#[test]
fn logs_hold_only_the_last_2048_bytes_and_grow_while_running() {
    let (svc, hand) = world(Vec::new());
    let lines: Vec<String> = (0..300).map(|i| format!("echo line-{i:04}")).collect();
    let command = format!("echo begin; sleep 10; {}", lines.join("; "));
    let id = submit(&svc, json!([task("chatty", &command, 1)]), json!([]));
    assert!(
        logs(&svc, &id, "chatty", 0)["StdoutLog"].is_null(),
        "not run yet"
    );
    hand.advance(5_000);
    assert_eq!(
        decode(&logs(&svc, &id, "chatty", 0)["StdoutLog"]),
        "begin\n"
    );
    hand.advance(20_000);
    let text = decode(&logs(&svc, &id, "chatty", 0)["StdoutLog"]);
    assert_eq!(text.len(), 2048);
    assert!(text.ends_with("line-0299\n"), "{text}");
    assert_eq!(decode(&logs(&svc, &id, "chatty", 0)["StderrLog"]), "");
}

#[test]
fn every_read_projects_the_same_state() {
    let (svc, hand) = world(Vec::new());
    let id = submit(
        &svc,
        json!([
            task("a", "sleep 1", 3),
            task("b", "sleep 30", 2),
            task("c", "exit 1", 1)
        ]),
        json!([{"StartTask": "a", "EndTask": "b"}]),
    );
    for step in [0, 2_500, 3_000, 2_000, 10_000, 60_000] {
        hand.advance(step);
        let jobs = listed(&svc, &id);
        let detail = job(&svc, &id);
        assert_eq!(jobs["JobState"], detail["JobState"]);
        assert_eq!(jobs["TaskMetrics"], detail["TaskMetrics"]);
        assert_eq!(jobs["EndTime"], detail["EndTime"]);
        let mut per_state = std::collections::BTreeMap::new();
        for t in detail["TaskSet"].as_array().unwrap() {
            let name = t["TaskName"].as_str().unwrap();
            let answer = call(&svc, "DescribeTask", json!({"JobId": id, "TaskName": name}));
            assert_eq!(answer["TaskState"], t["TaskState"]);
            let set = answer["TaskInstanceSet"].as_array().unwrap();
            assert_eq!(answer["TaskInstanceTotalCount"], set.len());
            let logs = call(
                &svc,
                "DescribeTaskLogs",
                json!({"JobId": id, "TaskName": name}),
            );
            assert_eq!(logs["TotalCount"], set.len());
            for inst in set {
                *per_state
                    .entry(inst["TaskInstanceState"].as_str().unwrap().to_string())
                    .or_insert(0u64) += 1;
                let log = &logs["TaskInstanceLogSet"]
                    [inst["TaskInstanceIndex"].as_u64().unwrap() as usize];
                assert_eq!(log["StdoutLog"].is_null(), inst["RunningTime"].is_null());
            }
        }
        for (state, counter) in [
            ("SUCCEED", "SucceedCount"),
            ("RUNNING", "RunningCount"),
            ("FAILED", "FailedCount"),
            ("SUBMITTED", "SubmittedCount"),
        ] {
            assert_eq!(
                detail["TaskInstanceMetrics"][counter],
                per_state.get(state).copied().unwrap_or(0),
                "{state} at {}",
                detail["JobState"]
            );
        }
    }
}

#[test]
fn describe_task_and_task_logs_page_as_the_service_does() {
    let (svc, hand) = world(Vec::new());
    let id = submit(&svc, json!([task("wide", "echo x", 250)]), json!([]));
    hand.advance(60_000);
    let page = call(
        &svc,
        "DescribeTask",
        json!({"JobId": id, "TaskName": "wide", "Offset": 200}),
    );
    assert_eq!(page["TaskInstanceTotalCount"], 250);
    assert_eq!(page["TaskInstanceSet"].as_array().unwrap().len(), 50);
    assert_eq!(page["TaskInstanceSet"][0]["TaskInstanceIndex"], 200);
    let first = call(
        &svc,
        "DescribeTask",
        json!({"JobId": id, "TaskName": "wide"}),
    );
    assert_eq!(first["TaskInstanceSet"].as_array().unwrap().len(), 100);
    let too_many = call(
        &svc,
        "DescribeTask",
        json!({"JobId": id, "TaskName": "wide", "Limit": 1001}),
    );
    assert_eq!(error_code(&too_many), "InvalidParameterValue");
    let filtered = call(
        &svc,
        "DescribeTask",
        json!({"JobId": id, "TaskName": "wide", "Filters": [{"Name": "task-instance-state", "Values": ["FAILED"]}]}),
    );
    assert_eq!(filtered["TaskInstanceTotalCount"], 0);

    let logs = call(
        &svc,
        "DescribeTaskLogs",
        json!({"JobId": id, "TaskName": "wide", "Offset": 10}),
    );
    assert_eq!(logs["TotalCount"], 250);
    let set = logs["TaskInstanceLogSet"].as_array().unwrap();
    assert_eq!(set.len(), 5);
    assert_eq!(set[0]["TaskInstanceIndex"], 10);
    let some = call(
        &svc,
        "DescribeTaskLogs",
        json!({"JobId": id, "TaskName": "wide", "TaskInstanceIndexes": [3, 249, 400]}),
    );
    assert_eq!(some["TotalCount"], 2);
    let both = call(
        &svc,
        "DescribeTaskLogs",
        json!({"JobId": id, "TaskName": "wide", "TaskInstanceIndexes": [1], "Offset": 0}),
    );
    // The model's own rule answers before the handler's.
    assert!(error_code(&both).starts_with("InvalidParameter"), "{both}");
    let big = call(
        &svc,
        "DescribeTaskLogs",
        json!({"JobId": id, "TaskName": "wide", "Limit": 11}),
    );
    assert_eq!(error_code(&big), "InvalidParameterValue");
}

#[test]
fn listed_jobs_keep_their_view_and_get_tasks_that_fit_it() {
    let (svc, hand) = world(crate::data::demo_jobs_as_of(NOW));
    for view in crate::data::demo_jobs_as_of(NOW) {
        let id = view["JobId"].as_str().unwrap();
        assert_eq!(listed(&svc, id), view);
        let detail = job(&svc, id);
        assert_eq!(detail["JobState"], view["JobState"], "{id}");
        assert_eq!(detail["TaskMetrics"], view["TaskMetrics"], "{id}");
        assert_eq!(detail["TaskInstanceMetrics"], view["TaskMetrics"], "{id}");
        let tasks = detail["TaskSet"].as_array().unwrap();
        let total: u64 = view["TaskMetrics"]
            .as_object()
            .unwrap()
            .values()
            .filter_map(Value::as_u64)
            .sum();
        assert_eq!(tasks.len() as u64, total, "{id}");
    }
    // A write makes a listed job simulated: terminate a running one, then delete it.
    let running = "job-d4qtnfri";
    assert!(call(&svc, "TerminateJob", json!({"JobId": running}))["Error"].is_null());
    assert_eq!(
        error_code(&call(&svc, "DeleteJob", json!({"JobId": running}))),
        "ResourceInUse.Job",
        "torn down first"
    );
    // FAILED_INTERRUPTED cannot be deleted until a terminate releases it.
    let interrupted = "job-8auu87m4";
    assert_eq!(
        error_code(&call(&svc, "DeleteJob", json!({"JobId": interrupted}))),
        "ResourceInUse.Job"
    );
    assert!(call(&svc, "TerminateJob", json!({"JobId": interrupted}))["Error"].is_null());
    assert_eq!(listed(&svc, interrupted)["JobState"], "FAILED_INTERRUPTED");
    hand.advance(2_000);
    for id in [running, interrupted] {
        assert_eq!(listed(&svc, id)["JobState"], "FAILED", "{id}");
        assert!(
            call(&svc, "DeleteJob", json!({"JobId": id}))["Error"].is_null(),
            "{id}"
        );
    }
    let submitted = "job-ly9s7tox";
    assert_eq!(
        error_code(&call(&svc, "TerminateJob", json!({"JobId": submitted}))),
        "UnsupportedOperation"
    );
}

#[test]
fn the_demo_stories_tell_a_failure_and_a_success() {
    let (clock, _) = Clock::manual(START_MS, 1.0);
    let mut world = World::new(Vec::new(), clock);
    stories::add(&mut world);
    let svc = Service::with_world(world);
    let failed = job(&svc, stories::FAILED_STORY);
    assert_eq!(failed["JobState"], "FAILED");
    let reason = failed["StateReason"].as_str().unwrap();
    assert!(
        reason.contains("task transform failed: instance 0 exited with status 3"),
        "{reason}"
    );
    assert!(reason.contains("task load was not run"), "{reason}");
    let stderr = decode(&logs(&svc, stories::FAILED_STORY, "transform", 0)["StderrLog"]);
    assert_eq!(
        stderr,
        "warning: 17 rows have no customer_id\nerror: column amount is not a number in row 5120\nexit status 3\n"
    );
    let ok = job(&svc, stories::SUCCEEDED_STORY);
    assert_eq!(ok["JobState"], "SUCCEED");
    let out = decode(&logs(&svc, stories::SUCCEEDED_STORY, "hello", 2)["StdoutLog"]);
    assert_eq!(out, "Hello from Batch\ndone\n");
}
