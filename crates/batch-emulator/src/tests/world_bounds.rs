//! The world's bounds (issue 22): quotas on the task instances a job and the world may
//! declare and on the jobs kept, answered with the service's own codes.

use serde_json::{Value, json};

use super::support::*;
use super::support_world::*;
use crate::state::submission::{MAX_JOB_INSTANCES, MAX_WORLD_INSTANCES, MAX_WORLD_JOBS};

fn submit_tasks(svc: &crate::service::Service, tasks: Value) -> Value {
    call(
        svc,
        "SubmitJob",
        json!({"Placement": {"Zone": "ap-guangzhou-3"}, "Job": {"JobName": "big", "Tasks": tasks}}),
    )
}

#[test]
fn a_job_declaring_more_instances_than_the_quota_is_refused_and_creates_nothing() {
    let (svc, _hand) = world(Vec::new());
    let half = MAX_JOB_INSTANCES / 2 + 1;
    let doc = submit_tasks(
        &svc,
        json!([task("a", "echo", half), task("b", "echo", half)]),
    );
    assert_eq!(error_code(&doc), "LimitExceeded.CpuQuota");
    assert!(
        error_message(&doc).contains(&format!("{}", 2 * half)),
        "{doc}"
    );
    assert_eq!(svc.world().len(), 0);
    // A job at the quota is taken.
    let ok = submit_tasks(&svc, json!([task("a", "echo", MAX_JOB_INSTANCES)]));
    assert!(ok["JobId"].is_string(), "{ok}");
}

#[test]
fn the_world_keeps_at_most_its_quota_of_instances_and_a_deletion_gives_them_back() {
    let (svc, hand) = world(Vec::new());
    let per_job = MAX_JOB_INSTANCES;
    let mut ids = Vec::new();
    for _ in 0..MAX_WORLD_INSTANCES / per_job {
        let doc = submit_tasks(&svc, json!([task("a", "echo", per_job)]));
        ids.push(
            doc["JobId"]
                .as_str()
                .unwrap_or_else(|| panic!("{doc}"))
                .to_string(),
        );
        // Each ends before the next comes, as a long-running emulator's jobs do.
        hand.advance(60_000);
    }
    let doc = submit_tasks(&svc, json!([task("a", "echo", 1)]));
    assert_eq!(error_code(&doc), "LimitExceeded.CpuQuota", "{doc}");
    assert!(error_message(&doc).contains("DeleteJob"), "{doc}");
    let deleted = call(&svc, "DeleteJob", json!({"JobId": ids[0]}));
    assert!(deleted["Error"].is_null(), "{deleted}");
    let doc = submit_tasks(&svc, json!([task("a", "echo", 1)]));
    assert!(doc["JobId"].is_string(), "{doc}");
}

#[test]
fn the_world_keeps_at_most_its_quota_of_jobs() {
    let (svc, hand) = world(Vec::new());
    for _ in 0..MAX_WORLD_JOBS {
        let doc = submit_tasks(&svc, json!([task("a", "echo", 1)]));
        assert!(doc["JobId"].is_string(), "{doc}");
        hand.advance(60_000);
    }
    let doc = submit_tasks(&svc, json!([task("a", "echo", 1)]));
    assert_eq!(error_code(&doc), "LimitExceeded.JobQuota", "{doc}");
    assert_eq!(svc.world().len(), MAX_WORLD_JOBS);
}

#[test]
fn a_large_job_keeps_and_plans_only_what_happened_to_its_instances() {
    let (svc, hand) = world(Vec::new());
    let doc = submit_tasks(&svc, json!([task("a", "sleep 100", MAX_JOB_INSTANCES)]));
    let id = doc["JobId"]
        .as_str()
        .unwrap_or_else(|| panic!("{doc}"))
        .to_string();
    hand.advance(10_000);
    let shape = || {
        let world = svc.world().lock();
        let (job, _) = world.job(&id).expect("the job");
        let plan = job.plan();
        (
            job.tasks[0].instances.kept(),
            plan[0].instances.distinct().count(),
            plan[0].instances.len(),
        )
    };
    // Ten thousand instances running alike: none kept apart, one timeline.
    assert_eq!(shape(), (0, 1, MAX_JOB_INSTANCES as usize));
    assert_eq!(listed(&svc, &id)["JobState"], "RUNNING");
    let last = MAX_JOB_INSTANCES - 1;
    let doc = call(
        &svc,
        "TerminateTaskInstance",
        json!({"JobId": id, "TaskName": "a", "TaskInstanceIndex": last}),
    );
    assert!(doc["Error"].is_null(), "{doc}");
    // The one terminated is kept apart, with its own timeline.
    assert_eq!(shape(), (1, 2, MAX_JOB_INSTANCES as usize));
    hand.advance(5_000);
    let page = call(
        &svc,
        "DescribeTask",
        json!({"JobId": id, "TaskName": "a", "Offset": last - 1, "Limit": 2}),
    );
    let states: Vec<&str> = page["TaskInstanceSet"]
        .as_array()
        .unwrap_or_else(|| panic!("{page}"))
        .iter()
        .map(|i| i["TaskInstanceState"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(states, ["RUNNING", "FAILED"], "{page}");
}
