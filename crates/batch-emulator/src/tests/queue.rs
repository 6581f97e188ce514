//! An environment's queue and its node faults, on a clock moved by hand: a node runs one
//! instance at a time, taken by job `Priority` then submission order; the
//! `emulator-node-fault` tag makes nodes CREATION_FAILED or ABNORMAL, as DescribeJob(s),
//! DescribeTask, DescribeComputeEnv(s) and the activities show.

use serde_json::{Value, json};

use super::support::*;
use super::support_world::*;
use crate::service::Service;
use crate::state::envs::{CREATED_MS, CREATING_MS};
use crate::state::{Clock, World};

/// When an environment created at the start has its nodes RUNNING, seconds.
const UP_S: i64 = (CREATING_MS + CREATED_MS) / 1_000;

fn at(s: i64) -> Value {
    Value::from(crate::data::iso8601(NOW + s))
}

fn create_env(svc: &Service, desired: u64, tags: Value) -> Value {
    let body = json!({
        "ComputeEnv": {"EnvName": "q", "EnvType": "MANAGED", "DesiredComputeNodeCount": desired,
            "EnvData": {"InstanceType": "S5.MEDIUM4", "ImageId": "img-abcdefgh"},
            "Tags": tags},
        "Placement": {"Zone": "ap-guangzhou-3"},
    });
    call(svc, "CreateComputeEnv", body)
}

fn env_id(svc: &Service, desired: u64, tags: Value) -> String {
    let answer = create_env(svc, desired, tags);
    answer["EnvId"]
        .as_str()
        .unwrap_or_else(|| panic!("{answer}"))
        .to_string()
}

fn fault(value: &str) -> Value {
    json!([{"Key": "emulator-node-fault", "Value": value}])
}

/// Submits a job of one task `a` on `env` with `extra` merged into the task.
fn submit_on(
    svc: &Service,
    env: &str,
    priority: i64,
    command: &str,
    n: u64,
    extra: Value,
) -> String {
    let mut t = task("a", command, n);
    t["EnvId"] = Value::from(env);
    for (k, v) in extra.as_object().unwrap() {
        t[k] = v.clone();
    }
    let body = json!({"Placement": {"Zone": "ap-guangzhou-3"},
        "Job": {"JobName": "q", "Priority": priority, "Tasks": [t]}});
    let answer = call(svc, "SubmitJob", body);
    answer["JobId"]
        .as_str()
        .unwrap_or_else(|| panic!("{answer}"))
        .to_string()
}

fn nodes(svc: &Service, env: &str) -> Vec<Value> {
    call(svc, "DescribeComputeEnv", json!({"EnvId": env}))["ComputeNodeSet"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// (RunningTime, ComputeNodeInstanceId) of each instance of task `a`.
fn runs(svc: &Service, id: &str) -> Vec<(Value, Value)> {
    instances(svc, id, "a")
        .iter()
        .map(|i| (i["RunningTime"].clone(), i["ComputeNodeInstanceId"].clone()))
        .collect()
}

#[test]
fn a_node_runs_one_instance_at_a_time_and_a_later_higher_priority_job_goes_first() {
    let (svc, hand) = world(Vec::new());
    let env = env_id(&svc, 1, json!([]));
    hand.advance(UP_S * 1_000);
    let node = nodes(&svc, &env)[0]["ComputeNodeInstanceId"].clone();
    // Low priority, two instances: the first takes the node at +18 s (RUNNING +19..+29).
    let low = submit_on(&svc, &env, 1, "sleep 10", 2, json!({}));
    hand.advance(5_000);
    // High priority, submitted while the node is busy: it goes before low's second.
    let high = submit_on(&svc, &env, 90, "sleep 10", 1, json!({}));
    hand.advance(10_000);
    // +30: high runs, low's second waits RUNNABLE with no node.
    let waiting = &instances(&svc, &low, "a")[1];
    assert_eq!(waiting["TaskInstanceState"], "RUNNABLE");
    assert!(waiting["ComputeNodeInstanceId"].is_null());
    assert_eq!(
        instances(&svc, &high, "a")[0]["TaskInstanceState"],
        "RUNNING"
    );
    assert_eq!(listed(&svc, &low)["JobState"], "RUNNING");
    assert_eq!(nodes(&svc, &env)[0]["TaskInstanceNumAvailable"], 0);
    hand.advance(30_000);
    assert_eq!(nodes(&svc, &env)[0]["TaskInstanceNumAvailable"], 1);
    assert_eq!(runs(&svc, &high), [(at(UP_S + 15), node.clone())]);
    assert_eq!(
        runs(&svc, &low),
        [(at(UP_S + 4), node.clone()), (at(UP_S + 26), node.clone())]
    );
    assert_eq!(listed(&svc, &low)["JobState"], "SUCCEED");
    assert_eq!(job(&svc, &low)["EndTime"], at(UP_S + 36));
}

#[test]
fn equal_priorities_take_the_node_in_submission_order() {
    let (svc, hand) = world(Vec::new());
    let env = env_id(&svc, 1, json!([]));
    hand.advance(UP_S * 1_000);
    let first = submit_on(&svc, &env, 5, "sleep 10", 2, json!({}));
    hand.advance(5_000);
    let second = submit_on(&svc, &env, 5, "sleep 10", 1, json!({}));
    hand.advance(60_000);
    let started = |id: &str| -> Vec<Value> { runs(&svc, id).into_iter().map(|r| r.0).collect() };
    assert_eq!(started(&first), [at(UP_S + 4), at(UP_S + 15)]);
    assert_eq!(started(&second), [at(UP_S + 26)]);
}

#[test]
fn max_concurrent_num_still_holds_on_an_environment_with_free_nodes() {
    let (svc, hand) = world(Vec::new());
    let env = env_id(&svc, 2, json!([]));
    hand.advance(UP_S * 1_000);
    let id = submit_on(&svc, &env, 0, "sleep 5", 2, json!({"MaxConcurrentNum": 1}));
    hand.advance(30_000);
    let started: Vec<Value> = runs(&svc, &id).into_iter().map(|r| r.0).collect();
    assert_eq!(started, [at(UP_S + 4), at(UP_S + 10)]);
}

#[test]
fn creation_failed_nodes_show_in_the_environment_and_its_activities_then_terminate() {
    let (svc, hand) = world(Vec::new());
    let env = env_id(&svc, 2, fault("CREATION_FAILED"));
    assert_eq!(nodes(&svc, &env)[0]["ComputeNodeState"], "CREATING");
    hand.advance(CREATING_MS);
    let set = nodes(&svc, &env);
    assert!(
        set.iter()
            .all(|n| n["ComputeNodeState"] == "CREATION_FAILED"),
        "{set:?}"
    );
    let listed_env =
        &call(&svc, "DescribeComputeEnvs", json!({"EnvIds": [env]}))["ComputeEnvSet"][0];
    assert_eq!(listed_env["ComputeNodeMetrics"]["CreationFailedCount"], 2);
    assert_eq!(listed_env["ComputeNodeMetrics"]["RunningCount"], 0);
    let acts = call(&svc, "DescribeComputeEnvActivities", json!({"EnvId": env}))["ActivitySet"]
        .as_array()
        .cloned()
        .unwrap();
    assert_eq!(acts.len(), 2);
    for a in &acts {
        assert_eq!(a["ComputeNodeActivityType"], "CREATE_COMPUTE_NODE");
        assert_eq!(a["ActivityState"], "FAILED");
        assert!(
            a["StateReason"]
                .as_str()
                .unwrap()
                .contains("could not be created"),
            "{a}"
        );
    }
    // A job on it waits RUNNABLE: no node will ever run it.
    let id = submit_on(&svc, &env, 0, "echo x", 1, json!({}));
    hand.advance(60_000);
    assert_eq!(
        instances(&svc, &id, "a")[0]["TaskInstanceState"],
        "RUNNABLE"
    );
    // CREATION_FAILED nodes can be terminated, and are not replaced.
    let node = set[0]["ComputeNodeId"].clone();
    let answer = call(
        &svc,
        "TerminateComputeNode",
        json!({"EnvId": env, "ComputeNodeId": node}),
    );
    assert!(answer["Error"].is_null(), "{answer}");
    assert_eq!(nodes(&svc, &env)[0]["ComputeNodeState"], "DELETING");
    hand.advance(60_000);
    assert_eq!(nodes(&svc, &env).len(), 1);
}

#[test]
fn a_bad_fault_tag_is_refused_naming_its_value() {
    let (svc, _hand) = world(Vec::new());
    for bad in ["BROKEN", "ABNORMAL@-1", "ABNORMAL@soon", "ABNORMAL@86401"] {
        let answer = create_env(&svc, 1, fault(bad));
        assert_eq!(error_code(&answer), "InvalidParameterValue", "{bad}");
        assert!(error_message(&answer).contains(bad), "{answer}");
    }
    assert!(create_env(&svc, 1, fault("abnormal@30"))["EnvId"].is_string());
    let body = json!({"Placement": {"Zone": "ap-guangzhou-3"},
        "Job": {"JobName": "q", "Tasks": [task("a", "echo", 1)], "Tags": fault("NOPE")}});
    let answer = call(&svc, "SubmitJob", body);
    assert_eq!(error_code(&answer), "InvalidParameterValue");
    assert!(error_message(&answer).contains("Job.Tags"), "{answer}");
}

#[test]
fn an_abnormal_node_fails_its_instance_which_retries_on_another_node() {
    let (svc, hand) = world(Vec::new());
    // Node A: RUNNING +15 s, ABNORMAL +45 s.
    let env = env_id(&svc, 1, fault("ABNORMAL@30"));
    hand.advance(UP_S * 1_000);
    let id = submit_on(&svc, &env, 0, "sleep 100", 1, json!({"MaxRetryCount": 1}));
    hand.advance(5_000);
    // Node B: asked for at +20 s, RUNNING +35 s, ABNORMAL +65 s.
    let answer = call(
        &svc,
        "ModifyComputeEnv",
        json!({"EnvId": env, "DesiredComputeNodeCount": 2}),
    );
    assert!(answer["Error"].is_null(), "{answer}");
    let a = nodes(&svc, &env)[0]["ComputeNodeInstanceId"].clone();
    assert_eq!(runs(&svc, &id), [(at(UP_S + 4), a.clone())]);
    // +46: A is ABNORMAL; the instance, still RUNNING, goes on B at +46 (RUNNING +47).
    hand.advance(26_000);
    let set = nodes(&svc, &env);
    assert_eq!(set[0]["ComputeNodeState"], "ABNORMAL");
    assert_eq!(set[1]["ComputeNodeState"], "RUNNING");
    let b = set[1]["ComputeNodeInstanceId"].clone();
    let inst = &instances(&svc, &id, "a")[0];
    assert_eq!(inst["TaskInstanceState"], "RUNNING");
    assert_eq!(inst["ComputeNodeInstanceId"], b);
    let metrics = &call(&svc, "DescribeComputeEnvs", json!({"EnvIds": [env]}))["ComputeEnvSet"][0]
        ["ComputeNodeMetrics"];
    assert_eq!(
        (
            metrics["AbnormalCount"].as_u64(),
            metrics["RunningCount"].as_u64()
        ),
        (Some(1), Some(1))
    );
    // +65: B is ABNORMAL too and no retry is left: FAILED, the node's fault the reason.
    hand.advance(19_000);
    let inst = &instances(&svc, &id, "a")[0];
    assert_eq!(inst["TaskInstanceState"], "FAILED");
    assert_eq!(inst["EndTime"], at(65));
    assert!(
        inst["StateReason"]
            .as_str()
            .unwrap()
            .contains("node abnormal"),
        "{inst}"
    );
    assert!(inst["ExitCode"].is_null());
    let described = job(&svc, &id);
    assert_eq!(described["JobState"], "FAILED");
    assert!(
        described["StateReason"]
            .as_str()
            .unwrap()
            .contains("ABNORMAL"),
        "{described}"
    );
    // An ABNORMAL node stays until it is terminated.
    hand.advance(600_000);
    assert_eq!(nodes(&svc, &env)[0]["ComputeNodeState"], "ABNORMAL");
    let node = nodes(&svc, &env)[0]["ComputeNodeId"].clone();
    let answer = call(
        &svc,
        "TerminateComputeNode",
        json!({"EnvId": env, "ComputeNodeId": node}),
    );
    assert!(answer["Error"].is_null(), "{answer}");
    assert_eq!(nodes(&svc, &env)[0]["ComputeNodeState"], "DELETING");
}

#[test]
fn without_another_node_an_abnormal_nodes_instance_fails_and_interrupt_is_followed() {
    let (svc, hand) = world(Vec::new());
    let env = env_id(&svc, 1, fault("ABNORMAL@10"));
    hand.advance(UP_S * 1_000);
    let id = submit_on(
        &svc,
        &env,
        0,
        "sleep 100",
        1,
        json!({"MaxRetryCount": 3, "FailedAction": "INTERRUPT"}),
    );
    hand.advance(20_000);
    let inst = &instances(&svc, &id, "a")[0];
    assert_eq!(inst["TaskInstanceState"], "FAILED");
    assert_eq!(inst["EndTime"], at(UP_S + 10));
    assert_eq!(listed(&svc, &id)["JobState"], "FAILED_INTERRUPTED");
}

/// A job whose task brings its own `ComputeEnv`, with the job's `Tags`.
fn submit_managed(svc: &Service, command: &str, tags: Value, extra: Value) -> String {
    let mut t = task("a", command, 1);
    t["ComputeEnv"] = json!({"EnvType": "MANAGED",
        "EnvData": {"InstanceType": "S5.MEDIUM4", "ImageId": "img-abcdefgh"}});
    for (k, v) in extra.as_object().unwrap() {
        t[k] = v.clone();
    }
    let body = json!({"Placement": {"Zone": "ap-guangzhou-3"},
        "Job": {"JobName": "m", "Tasks": [t], "Tags": tags}});
    let answer = call(svc, "SubmitJob", body);
    answer["JobId"]
        .as_str()
        .unwrap_or_else(|| panic!("{answer}"))
        .to_string()
}

#[test]
fn a_job_whose_own_environment_cannot_create_its_node_fails_after_its_resource_retries() {
    let (svc, hand) = world(Vec::new());
    let id = submit_managed(
        &svc,
        "echo x",
        fault("CREATION_FAILED"),
        json!({"ResourceMaxRetryCount": 2}),
    );
    // RUNNABLE at +2 s, then three creations of 10 s each fail: FAILED at +32 s.
    hand.advance(31_999);
    assert_eq!(
        instances(&svc, &id, "a")[0]["TaskInstanceState"],
        "RUNNABLE"
    );
    hand.advance(1);
    let inst = &instances(&svc, &id, "a")[0];
    assert_eq!(inst["TaskInstanceState"], "FAILED");
    assert_eq!(inst["EndTime"], at(32));
    assert!(inst["ComputeNodeInstanceId"].is_null() && inst["LaunchTime"].is_null());
    assert!(
        inst["StateReason"].as_str().unwrap().contains("3 attempts"),
        "{inst}"
    );
    let described = job(&svc, &id);
    assert_eq!(described["JobState"], "FAILED");
    assert!(
        described["StateReason"]
            .as_str()
            .unwrap()
            .contains("no compute node"),
        "{described}"
    );
}

#[test]
fn an_abnormal_node_of_a_jobs_own_environment_is_replaced_for_the_retry() {
    let (svc, hand) = world(Vec::new());
    let id = submit_managed(
        &svc,
        "sleep 100",
        fault("ABNORMAL@5"),
        json!({"MaxRetryCount": 1}),
    );
    // RUNNING +4 s, its node ABNORMAL at +9; run again on a new node RUNNING +11, cut +16.
    hand.advance(5_000);
    let first = instances(&svc, &id, "a")[0]["ComputeNodeInstanceId"].clone();
    hand.advance(7_000);
    let inst = &instances(&svc, &id, "a")[0];
    assert_eq!(inst["TaskInstanceState"], "RUNNING");
    assert_ne!(inst["ComputeNodeInstanceId"], first);
    hand.advance(4_000);
    let inst = &instances(&svc, &id, "a")[0];
    assert_eq!(inst["TaskInstanceState"], "FAILED");
    assert_eq!(inst["EndTime"], at(16));
    assert!(
        inst["StateReason"]
            .as_str()
            .unwrap()
            .contains("node abnormal"),
        "{inst}"
    );
}

#[test]
fn seats_and_faults_survive_the_state_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("world.json");
    let (clock, hand) = Clock::manual(START_MS, 1.0);
    let mut w = World::new(Vec::new(), clock);
    w.keep_in(path.clone());
    let svc = Service::with_world(w);
    let env = env_id(&svc, 1, fault("ABNORMAL@100"));
    hand.advance(UP_S * 1_000);
    let low = submit_on(&svc, &env, 1, "sleep 10", 2, json!({}));
    let high = submit_on(&svc, &env, 9, "sleep 10", 1, json!({}));
    let before = (runs(&svc, &low), runs(&svc, &high));
    drop(svc);
    let (clock, hand) = Clock::manual(START_MS, 1.0);
    let again = Service::with_world(World::load(&path, clock).unwrap().expect("saved"));
    hand.advance((UP_S + 60) * 1_000);
    // The world resumes where it was saved and runs the same schedule.
    assert_eq!(before.0[0].0, Value::Null);
    assert_eq!(runs(&again, &high)[0].0, at(UP_S + 4));
    assert_eq!(runs(&again, &low)[0].0, at(UP_S + 15));
    assert_eq!(runs(&again, &low)[1].0, at(UP_S + 26));
    let abnormal_at = nodes(&again, &env)[0]["ComputeNodeState"].clone();
    assert_eq!(abnormal_at, "RUNNING");
    hand.advance(100_000);
    assert_eq!(nodes(&again, &env)[0]["ComputeNodeState"], "ABNORMAL");
}
