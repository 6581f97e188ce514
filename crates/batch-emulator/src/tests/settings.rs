//! Task and job settings on a clock moved by hand, through the service's request path:
//! `MaxRetryCount`, `Timeout`, `MaxConcurrentNum`, `FailedAction` and the job's
//! `TaskExecutionDependOn`, as a user sees them (states, exit codes, reasons, times).

use serde_json::{Value, json};

use super::support::*;
use super::support_world::*;
use crate::service::Service;

/// Submits a job with `settings` merged into its `Job` object.
fn submit_with(svc: &Service, tasks: Value, deps: Value, settings: Value) -> String {
    let mut job = json!({"JobName": "t", "Priority": 1, "Tasks": tasks, "Dependences": deps});
    for (k, v) in settings.as_object().unwrap() {
        job[k] = v.clone();
    }
    let body = json!({"Placement": {"Zone": "ap-guangzhou-3"}, "Job": job});
    let answer = call(svc, "SubmitJob", body);
    answer["JobId"]
        .as_str()
        .unwrap_or_else(|| panic!("{answer}"))
        .to_string()
}

/// `task(…)` with `settings` merged in.
fn task_with(name: &str, command: &str, n: u64, settings: Value) -> Value {
    let mut t = task(name, command, n);
    for (k, v) in settings.as_object().unwrap() {
        t[k] = v.clone();
    }
    t
}

fn at(s: i64) -> Value {
    Value::from(crate::data::iso8601(NOW + s))
}

fn states(svc: &Service, id: &str, task: &str) -> Vec<String> {
    instances(svc, id, task)
        .iter()
        .map(|i| i["TaskInstanceState"].as_str().unwrap().to_string())
        .collect()
}

fn task_state(svc: &Service, id: &str, name: &str) -> Value {
    job(svc, id)["TaskSet"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["TaskName"] == name)
        .unwrap()["TaskState"]
        .clone()
}

#[test]
fn max_retry_count_runs_a_failed_instance_again_until_retries_are_exhausted() {
    let (svc, hand) = world(Vec::new());
    let a = task_with("a", "echo try >&2; exit 3", 1, json!({"MaxRetryCount": 2}));
    let id = submit_with(&svc, json!([a]), json!([]), json!({}));
    // The first run fails at +5 s; the instance stays RUNNING and runs again at +6 s.
    hand.advance(5_500);
    let inst = &instances(&svc, &id, "a")[0];
    assert_eq!(inst["TaskInstanceState"], "RUNNING");
    assert!(inst["ExitCode"].is_null() && inst["EndTime"].is_null());
    assert_eq!(listed(&svc, &id)["JobState"], "RUNNING");
    // Second run +6..+7 s, third (the last allowed) +8..+9 s.
    hand.advance(3_499);
    assert_eq!(states(&svc, &id, "a"), ["RUNNING"]);
    hand.advance(1);
    let inst = &instances(&svc, &id, "a")[0];
    assert_eq!(inst["TaskInstanceState"], "FAILED");
    assert_eq!(inst["ExitCode"], 3);
    assert_eq!(inst["StateReason"], "the command exited with status 3");
    assert_eq!(inst["RunningTime"], at(4));
    assert_eq!(inst["EndTime"], at(9));
    // The log is the last run's, not the three runs' together.
    let err = decode(&logs(&svc, &id, "a", 0)["StderrLog"]);
    assert_eq!(err.matches("try").count(), 1, "{err}");
    let view = listed(&svc, &id);
    assert_eq!(view["JobState"], "FAILED");
    assert_eq!(view["EndTime"], at(9));

    // Without MaxRetryCount it ends after the one run.
    let once = submit_with(&svc, json!([task("a", "exit 3", 1)]), json!([]), json!({}));
    hand.advance(5_000);
    assert_eq!(instances(&svc, &once, "a")[0]["EndTime"], at(9 + 5));
}

#[test]
fn timeout_ends_a_long_run_failed_saying_it_timed_out() {
    let (svc, hand) = world(Vec::new());
    let a = task_with("a", "sleep 100", 1, json!({"Timeout": 10}));
    let id = submit_with(&svc, json!([a]), json!([]), json!({}));
    hand.advance(13_999);
    assert_eq!(states(&svc, &id, "a"), ["RUNNING"]);
    hand.advance(1);
    let inst = &instances(&svc, &id, "a")[0];
    assert_eq!(inst["TaskInstanceState"], "FAILED");
    assert!(inst["ExitCode"].is_null());
    assert_eq!(inst["EndTime"], at(14));
    let reason = inst["StateReason"].as_str().unwrap();
    assert!(
        reason.contains("timed out") && reason.contains("10"),
        "{reason}"
    );
    let job = job(&svc, &id);
    assert_eq!(job["JobState"], "FAILED");
    let why = job["StateReason"].as_str().unwrap();
    assert!(
        why.contains("task a failed") && why.contains("timed out"),
        "{why}"
    );

    // A run within its Timeout is not cut; with retries a timed-out run is retried.
    let ok = task_with("ok", "sleep 10", 1, json!({"Timeout": 10}));
    let retried = task_with(
        "r",
        "sleep 100",
        1,
        json!({"Timeout": 5, "MaxRetryCount": 1}),
    );
    let id = submit_with(&svc, json!([ok, retried]), json!([]), json!({}));
    hand.advance(14_000);
    let ok = &instances(&svc, &id, "ok")[0];
    assert_eq!(
        (ok["TaskInstanceState"].as_str(), ok["ExitCode"].as_i64()),
        (Some("SUCCEED"), Some(0))
    );
    // r: +4..+9 s, again +10..+15 s.
    assert_eq!(states(&svc, &id, "r"), ["RUNNING"]);
    hand.advance(1_000);
    assert_eq!(instances(&svc, &id, "r")[0]["EndTime"], at(14 + 15));
}

#[test]
fn max_concurrent_num_lets_that_many_instances_run_and_the_rest_wait() {
    let (svc, hand) = world(Vec::new());
    let a = task_with("a", "sleep 10", 5, json!({"MaxConcurrentNum": 2}));
    let id = submit_with(&svc, json!([a]), json!([]), json!({}));
    hand.advance(5_000);
    assert_eq!(
        states(&svc, &id, "a"),
        ["RUNNING", "RUNNING", "RUNNABLE", "RUNNABLE", "RUNNABLE"]
    );
    // The first two end at +14 s; the next two take their slots (STARTING, then RUNNING).
    hand.advance(10_000);
    assert_eq!(
        states(&svc, &id, "a"),
        ["SUCCEED", "SUCCEED", "RUNNING", "RUNNING", "RUNNABLE"]
    );
    let set = instances(&svc, &id, "a");
    assert_eq!(set[2]["LaunchTime"], at(14));
    assert!(set[4]["LaunchTime"].is_null());
    hand.advance(10_000);
    assert_eq!(states(&svc, &id, "a")[4], "STARTING");
    hand.advance(11_000);
    let set = instances(&svc, &id, "a");
    assert_eq!(set[4]["RunningTime"], at(26));
    assert_eq!(set[4]["EndTime"], at(36));
    assert_eq!(listed(&svc, &id)["JobState"], "SUCCEED");
}

#[test]
fn failed_action_interrupt_ends_the_job_failed_interrupted() {
    let (svc, hand) = world(Vec::new());
    let a = task_with("a", "exit 2", 1, json!({"FailedAction": "INTERRUPT"}));
    let id = submit_with(
        &svc,
        json!([a, task("b", "echo b", 1)]),
        json!([{"StartTask": "a", "EndTask": "b"}]),
        json!({}),
    );
    let terminate = task_with("c", "exit 2", 1, json!({"FailedAction": "TERMINATE"}));
    let plain = submit_with(&svc, json!([terminate]), json!([]), json!({}));
    hand.advance(5_000);
    let inst = &instances(&svc, &id, "a")[0];
    assert_eq!(inst["TaskInstanceState"], "FAILED");
    assert_eq!(inst["ExitCode"], 2);
    assert_eq!(task_state(&svc, &id, "a"), "FAILED_INTERRUPTED");
    assert_eq!(task_state(&svc, &id, "b"), "FAILED");
    let view = job(&svc, &id);
    assert_eq!(view["JobState"], "FAILED_INTERRUPTED");
    assert_eq!(listed(&svc, &id)["JobState"], "FAILED_INTERRUPTED");
    assert_eq!(
        listed(&svc, &id)["TaskMetrics"]["FailedInterruptedCount"],
        1
    );
    let why = view["StateReason"].as_str().unwrap();
    assert!(why.contains("task a was interrupted"), "{why}");
    // TERMINATE (the default) leaves the job FAILED.
    assert_eq!(listed(&svc, &plain)["JobState"], "FAILED");
    assert_eq!(task_state(&svc, &plain, "c"), "FAILED");

    // A TERMINATE task failing beside an INTERRUPT one makes the job FAILED.
    let both = submit_with(
        &svc,
        json!([
            task_with("x", "exit 1", 1, json!({"FailedAction": "INTERRUPT"})),
            task("y", "exit 1", 1)
        ]),
        json!([]),
        json!({}),
    );
    hand.advance(5_000);
    assert_eq!(listed(&svc, &both)["JobState"], "FAILED");
}

#[test]
fn an_interrupted_job_can_be_resumed_by_retry_and_deleted() {
    let (svc, hand) = world(Vec::new());
    let a = task_with("a", "exit 2", 1, json!({"FailedAction": "INTERRUPT"}));
    let id = submit_with(&svc, json!([a]), json!([]), json!({}));
    hand.advance(5_000);
    assert_eq!(listed(&svc, &id)["JobState"], "FAILED_INTERRUPTED");
    // Resumed: RetryJobs takes it, and its failed instance runs again.
    let answer = call(&svc, "RetryJobs", json!({"JobIds": [id]}));
    assert!(answer["Response"]["Error"].is_null(), "{answer}");
    assert_ne!(listed(&svc, &id)["JobState"], "FAILED_INTERRUPTED");
    hand.advance(10_000);
    assert_eq!(listed(&svc, &id)["JobState"], "FAILED_INTERRUPTED");
    assert_eq!(instances(&svc, &id, "a")[0]["ExitCode"], 2);
    // Ended: DeleteJob takes it, and then the job is gone.
    let answer = call(&svc, "DeleteJob", json!({"JobId": id}));
    assert!(answer["Response"]["Error"].is_null(), "{answer}");
    let gone = call(&svc, "DescribeJob", json!({"JobId": id}));
    assert_eq!(
        gone["Response"]["Error"]["Code"], "ResourceNotFound.Job",
        "{gone}"
    );
}

#[test]
fn pre_task_succeed_is_the_default_and_a_failed_dependence_blocks() {
    let (svc, hand) = world(Vec::new());
    let deps = json!([{"StartTask": "a", "EndTask": "b"}]);
    let tasks = json!([task("a", "exit 1", 1), task("b", "echo b", 1)]);
    let default = submit_with(&svc, tasks.clone(), deps.clone(), json!({}));
    let named = submit_with(
        &svc,
        tasks,
        deps,
        json!({"TaskExecutionDependOn": "PRE_TASK_SUCCEED"}),
    );
    hand.advance(20_000);
    for id in [default, named] {
        let b = &instances(&svc, &id, "b")[0];
        assert_eq!(b["TaskInstanceState"], "FAILED");
        assert!(b["LaunchTime"].is_null());
        let reason = b["StateReason"].as_str().unwrap();
        assert!(
            reason.contains("task a") && reason.contains("failed"),
            "{reason}"
        );
    }
}

#[test]
fn pre_task_finished_starts_a_dependant_when_its_dependence_ends_in_any_state() {
    let (svc, hand) = world(Vec::new());
    let id = submit_with(
        &svc,
        json!([task("a", "exit 1", 1), task("b", "echo b", 1)]),
        json!([{"StartTask": "a", "EndTask": "b"}]),
        json!({"TaskExecutionDependOn": "PRE_TASK_FINISHED"}),
    );
    hand.advance(4_999);
    assert_eq!(states(&svc, &id, "b"), ["SUBMITTED"]);
    hand.advance(10_000);
    let a = &instances(&svc, &id, "a")[0];
    assert_eq!(a["TaskInstanceState"], "FAILED");
    let b = &instances(&svc, &id, "b")[0];
    assert_eq!(b["TaskInstanceState"], "SUCCEED");
    assert_eq!(b["ExitCode"], 0);
    // a ended at +5 s; b went through its stages from there.
    assert_eq!(b["RunningTime"], at(9));
    assert_eq!(b["EndTime"], at(10));
    // The job still fails: a failed.
    assert_eq!(listed(&svc, &id)["JobState"], "FAILED");
}

#[test]
fn pre_task_at_least_partly_succeed_needs_one_succeeded_instance() {
    let (svc, hand) = world(Vec::new());
    let partly = json!({"TaskExecutionDependOn": "PRE_TASK_AT_LEAST_PARTLY_SUCCEED"});
    let deps = json!([{"StartTask": "a", "EndTask": "b"}]);
    let some = submit_with(
        &svc,
        json!([task("a", "sleep 5", 2), task("b", "echo b", 1)]),
        deps.clone(),
        partly.clone(),
    );
    let none = submit_with(
        &svc,
        json!([task("a", "exit 1", 2), task("b", "echo b", 1)]),
        deps,
        partly,
    );
    // One instance of a is terminated before it starts: a ends FAILED with one success.
    hand.advance(1_500);
    let body = json!({"JobId": some, "TaskName": "a", "TaskInstanceIndex": 1});
    assert!(call(&svc, "TerminateTaskInstance", body)["Error"].is_null());
    hand.advance(20_000);
    assert_eq!(states(&svc, &some, "a"), ["SUCCEED", "FAILED"]);
    assert_eq!(task_state(&svc, &some, "a"), "FAILED");
    let b = &instances(&svc, &some, "b")[0];
    assert_eq!(b["TaskInstanceState"], "SUCCEED");
    assert_eq!(b["RunningTime"], at(9 + 4));
    // No instance of a succeeded: b never runs and says why.
    let b = &instances(&svc, &none, "b")[0];
    assert_eq!(b["TaskInstanceState"], "FAILED");
    assert!(b["LaunchTime"].is_null());
    assert!(b["StateReason"].as_str().unwrap().contains("task a"));
}
