//! Tests of the world through the service's request path, on a clock moved by hand:
//! states over time, dependences, failures and their reasons, logs, the projections'
//! agreement, the write rules, paging, the demo stories and the state file.

use serde_json::{Value, json};

use super::tests::{NOW, Req, error_code, send};
use crate::service::Service;
use crate::state::{Clock, Hand, World, stories};

const START_MS: i64 = NOW * 1_000;

fn world(jobs: Vec<Value>) -> (Service, Hand) {
    let (clock, hand) = Clock::manual(START_MS, 1.0);
    (Service::with_world(World::new(jobs, clock)), hand)
}

/// The answer's `Response` (an error is returned as it is, for `error_code`).
fn call(svc: &Service, action: &'static str, body: Value) -> Value {
    let doc = send(
        svc,
        &Req {
            action,
            ..Req::post(&body.to_string())
        },
    );
    if doc["Response"]["Error"].is_null() {
        doc["Response"].clone()
    } else {
        doc
    }
}

fn submit(svc: &Service, tasks: Value, deps: Value) -> String {
    let body = json!({
        "Placement": {"Zone": "ap-guangzhou-3"},
        "Job": {"JobName": "t", "Priority": 1, "Tasks": tasks, "Dependences": deps},
    });
    let answer = call(svc, "SubmitJob", body);
    answer["JobId"]
        .as_str()
        .unwrap_or_else(|| panic!("{answer}"))
        .to_string()
}

fn task(name: &str, command: &str, n: u64) -> Value {
    json!({"TaskName": name, "TaskInstanceNum": n,
           "Application": {"DeliveryForm": "LOCAL", "Command": command}})
}

fn job(svc: &Service, id: &str) -> Value {
    call(svc, "DescribeJob", json!({"JobId": id}))
}

fn listed(svc: &Service, id: &str) -> Value {
    call(svc, "DescribeJobs", json!({"JobIds": [id]}))["JobSet"][0].clone()
}

fn instances(svc: &Service, id: &str, task: &str) -> Vec<Value> {
    call(
        svc,
        "DescribeTask",
        json!({"JobId": id, "TaskName": task, "Limit": 1000}),
    )["TaskInstanceSet"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

fn decode(url: &Value) -> String {
    let text = url.as_str().expect("a log");
    let data = text
        .strip_prefix("data:text/plain;charset=utf-8;base64,")
        .expect("a data URL");
    let value = |c: u8| match c {
        b'A'..=b'Z' => u32::from(c - b'A'),
        b'a'..=b'z' => u32::from(c - b'a') + 26,
        b'0'..=b'9' => u32::from(c - b'0') + 52,
        b'+' => 62,
        b'/' => 63,
        _ => panic!("not base64: {c}"),
    };
    let mut out = Vec::new();
    for chunk in data.as_bytes().chunks(4) {
        let digits: Vec<u32> = chunk
            .iter()
            .filter(|&&c| c != b'=')
            .map(|&c| value(c))
            .collect();
        let n = digits.iter().fold(0u32, |a, d| (a << 6) | d) << (6 * (4 - digits.len()));
        for i in 0..digits.len().saturating_sub(1) {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    String::from_utf8(out).expect("UTF-8")
}

fn logs(svc: &Service, id: &str, task: &str, index: u64) -> Value {
    call(
        svc,
        "DescribeTaskLogs",
        json!({"JobId": id, "TaskName": task, "TaskInstanceIndexes": [index]}),
    )["TaskInstanceLogSet"][0]
        .clone()
}

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
fn terminate_is_refused_while_submitted_and_fails_a_running_job_after_teardown() {
    let (svc, hand) = world(Vec::new());
    let id = submit(&svc, json!([task("long", "sleep 600", 2)]), json!([]));
    let refused = call(&svc, "TerminateJob", json!({"JobId": id}));
    assert_eq!(error_code(&refused), "UnsupportedOperation");
    hand.advance(10_000);
    assert_eq!(listed(&svc, &id)["JobState"], "RUNNING");
    assert!(call(&svc, "TerminateJob", json!({"JobId": id}))["Error"].is_null());
    assert_eq!(
        listed(&svc, &id)["JobState"],
        "RUNNING",
        "the node is torn down first"
    );
    hand.advance(2_000);
    let view = job(&svc, &id);
    assert_eq!(view["JobState"], "FAILED");
    assert!(
        view["StateReason"]
            .as_str()
            .unwrap()
            .contains("TerminateJob")
    );
    let inst = &instances(&svc, &id, "long")[1];
    assert_eq!(inst["StateReason"], "terminated by TerminateJob");
    // A succeeded job: no effect.
    let ok = submit(&svc, json!([task("quick", "echo ok", 1)]), json!([]));
    hand.advance(10_000);
    assert!(call(&svc, "TerminateJob", json!({"JobId": ok}))["Error"].is_null());
    assert_eq!(listed(&svc, &ok)["JobState"], "SUCCEED");
}

#[test]
fn terminating_one_instance_before_it_starts_fails_it_at_once() {
    let (svc, hand) = world(Vec::new());
    let id = submit(&svc, json!([task("a", "sleep 5", 2)]), json!([]));
    hand.advance(1_500);
    let body = json!({"JobId": id, "TaskName": "a", "TaskInstanceIndex": 1});
    assert!(call(&svc, "TerminateTaskInstance", body)["Error"].is_null());
    let set = instances(&svc, &id, "a");
    assert_eq!(set[0]["TaskInstanceState"], "PENDING");
    assert_eq!(set[1]["TaskInstanceState"], "FAILED");
    let missing = json!({"JobId": id, "TaskName": "a", "TaskInstanceIndex": 2});
    assert_eq!(
        error_code(&call(&svc, "TerminateTaskInstance", missing)),
        "ResourceNotFound.TaskInstance"
    );
}

#[test]
fn retry_reruns_only_the_failed_instances_and_their_dependants() {
    let (svc, hand) = world(Vec::new());
    let id = submit(
        &svc,
        json!([
            task("ok", "echo fine", 1),
            task("bad", "exit 4", 1),
            task("after", "echo late", 1)
        ]),
        json!([{"StartTask": "bad", "EndTask": "after"}]),
    );
    let not_failed = call(&svc, "RetryJobs", json!({"JobIds": [id]}));
    assert_eq!(error_code(&not_failed), "UnsupportedOperation");
    hand.advance(30_000);
    assert_eq!(listed(&svc, &id)["JobState"], "FAILED");
    let ok_before = instances(&svc, &id, "ok")[0].clone();
    assert!(call(&svc, "RetryJobs", json!({"JobIds": [id]}))["Error"].is_null());
    assert_eq!(listed(&svc, &id)["JobState"], "RUNNING");
    assert_eq!(
        instances(&svc, &id, "ok")[0],
        ok_before,
        "succeeded instances keep their history"
    );
    let bad = &instances(&svc, &id, "bad")[0];
    assert_eq!(bad["TaskInstanceState"], "SUBMITTED");
    assert!(bad["ExitCode"].is_null() && bad["LaunchTime"].is_null());
    assert_eq!(bad["CreateTime"], crate::data::iso8601(NOW + 30));
    assert_eq!(
        instances(&svc, &id, "after")[0]["TaskInstanceState"],
        "SUBMITTED"
    );
    hand.advance(30_000);
    assert_eq!(
        listed(&svc, &id)["JobState"],
        "FAILED",
        "the same command fails again"
    );
    let many: Vec<String> = (0..101).map(|_| id.clone()).collect();
    assert_eq!(
        error_code(&call(&svc, "RetryJobs", json!({"JobIds": many}))),
        "InvalidParameterValue.LimitExceeded"
    );
}

#[test]
fn delete_is_refused_while_running_and_then_the_job_is_gone() {
    let (svc, hand) = world(Vec::new());
    let id = submit(&svc, json!([task("a", "sleep 2", 1)]), json!([]));
    assert_eq!(
        error_code(&call(&svc, "DeleteJob", json!({"JobId": id}))),
        "ResourceInUse.Job"
    );
    hand.advance(60_000);
    assert!(call(&svc, "DeleteJob", json!({"JobId": id}))["Error"].is_null());
    for (action, body) in [
        ("DescribeJob", json!({"JobId": id})),
        ("DescribeJobSubmitInfo", json!({"JobId": id})),
        ("DescribeTask", json!({"JobId": id, "TaskName": "a"})),
        ("DescribeTaskLogs", json!({"JobId": id, "TaskName": "a"})),
        ("DeleteJob", json!({"JobId": id})),
    ] {
        assert_eq!(
            error_code(&call(&svc, action, body)),
            "ResourceNotFound.Job",
            "{action}"
        );
    }
    assert_eq!(
        call(&svc, "DescribeJobs", json!({"JobIds": [id]}))["TotalCount"],
        0
    );
}

#[test]
fn the_task_graph_is_checked_as_the_service_does() {
    let (svc, _) = world(Vec::new());
    let send_job = |tasks: Value, deps: Value| {
        call(
            &svc,
            "SubmitJob",
            json!({"Placement": {"Zone": "ap-guangzhou-3"}, "Job": {"Tasks": tasks, "Dependences": deps}}),
        )
    };
    let two = json!([task("a", "", 1), task("b", "", 1)]);
    let unknown = send_job(two.clone(), json!([{"StartTask": "a", "EndTask": "c"}]));
    assert_eq!(
        error_code(&unknown),
        "InvalidParameterValue.DependenceNotFoundTaskName"
    );
    let cycle = send_job(
        two.clone(),
        json!([{"StartTask": "a", "EndTask": "b"}, {"StartTask": "b", "EndTask": "a"}]),
    );
    assert_eq!(
        error_code(&cycle),
        "InvalidParameterValue.DependenceUnfeasible"
    );
    let twice = send_job(json!([task("a", "", 1), task("a", "", 1)]), json!([]));
    assert_eq!(error_code(&twice), "InvalidParameter.TaskName");
    assert_eq!(svc.world().len(), 0);
    let id = submit(&svc, two, json!([]));
    let unknown_task = call(&svc, "DescribeTask", json!({"JobId": id, "TaskName": "z"}));
    assert_eq!(error_code(&unknown_task), "ResourceNotFound.Task");
    let info = call(&svc, "DescribeJobSubmitInfo", json!({"JobId": id}));
    assert_eq!(info["Tasks"][1]["TaskName"], "b");
    assert_eq!(info["JobId"], id.as_str());
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

#[test]
fn the_state_file_keeps_the_world_across_restarts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("world.json");
    let config = crate::Config {
        state_file: Some(path.clone()),
        stories: true,
        ..crate::Config::new("127.0.0.1:0", crate::data::demo_jobs())
    };
    let first = Service::with_world(crate::world_for(&config).unwrap());
    let id = submit(&first, json!([task("a", "echo saved", 1)]), json!([]));
    let deleted = stories::SUCCEEDED_STORY;
    assert!(call(&first, "DeleteJob", json!({"JobId": deleted}))["Error"].is_null());
    let before = first.world().len();
    drop(first);
    let again = Service::with_world(crate::world_for(&config).unwrap());
    assert_eq!(again.world().len(), before);
    assert_eq!(job(&again, &id)["TaskSet"][0]["TaskName"], "a");
    assert_eq!(error_code(&job(&again, deleted)), "ResourceNotFound.Job");
    assert_eq!(job(&again, stories::FAILED_STORY)["JobState"], "FAILED");
    std::fs::write(&path, "{not json").unwrap();
    let err = crate::world_for(&config).err().expect("refused");
    assert!(
        matches!(&err, crate::Error::Usage(m) if m.contains("world.json")),
        "{err:?}"
    );
}
