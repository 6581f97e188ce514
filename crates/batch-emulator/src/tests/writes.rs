//! The job writes and their rules: TerminateJob, TerminateTaskInstance, RetryJobs and
//! DeleteJob.

use serde_json::json;

use super::support::*;
use super::support_world::*;

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
