//! DescribeJobMonitorData on a clock moved by hand: series shaped by what the instance
//! does, within range, only over its run, the same answer for the same question.

use serde_json::{Value, json};

use super::support::{error_code, error_message};
use super::support_world::*;
use crate::actions::limits::METRIC_NAMES;
use crate::data::iso8601;
use crate::service::Service;

fn monitor(svc: &Service, id: &str, task: &str, metric: &str) -> Value {
    call(
        svc,
        "DescribeJobMonitorData",
        json!({"JobId": id, "TaskName": task, "TaskInstanceIndex": 0, "MetricName": metric}),
    )
}

fn series(answer: &Value) -> (Vec<i64>, Vec<f64>) {
    let points = &answer["DataPoints"];
    let stamps = points["Timestamps"]
        .as_array()
        .unwrap_or_else(|| panic!("{answer}"));
    let values = points["Values"].as_array().unwrap();
    (
        stamps.iter().map(|v| v.as_i64().unwrap()).collect(),
        values.iter().map(|v| v.as_f64().unwrap()).collect(),
    )
}

/// Creates a managed environment `name` of `nodes` nodes of `instance_type` in
/// ap-guangzhou-3: its ID.
fn managed_env(svc: &Service, name: &str, nodes: u64, instance_type: &str) -> Value {
    let body = json!({
        "ComputeEnv": {"EnvName": name, "EnvType": "MANAGED", "DesiredComputeNodeCount": nodes,
            "EnvData": {"InstanceType": instance_type, "ImageId": "img-abcdefgh"}},
        "Placement": {"Zone": "ap-guangzhou-3"},
    });
    let env = call(svc, "CreateComputeEnv", body)["EnvId"].clone();
    assert!(env.is_string(), "{env}");
    env
}

fn mean(values: &[f64]) -> f64 {
    values.iter().sum::<f64>() / values.len() as f64
}

#[test]
fn a_sleeping_instance_idles_and_a_busy_one_works_hard() {
    let (svc, hand) = world(Vec::new());
    let id = submit(
        &svc,
        json!([
            task("idle", "echo start; sleep 60; echo done", 1),
            task("busy", "python train.py --epochs 3; sleep 60", 1),
        ]),
        json!([]),
    );
    hand.advance(120_000);
    let (stamps, idle) = series(&monitor(&svc, &id, "idle", "CpuUsage"));
    assert!(stamps.len() >= 5, "{stamps:?}");
    assert!(mean(&idle) < 10.0, "{idle:?}");
    let (_, busy) = series(&monitor(&svc, &id, "busy", "CpuUsage"));
    // At least one of the default machine's two cores, all the time.
    assert!(
        busy.len() >= 5 && busy.iter().all(|c| *c >= 42.5),
        "{busy:?}"
    );
    // A run without a sleep is busy too, for its one point.
    let quick = submit(&svc, json!([task("q", "echo hi", 1)]), json!([]));
    hand.advance(30_000);
    let (stamps, cpu) = series(&monitor(&svc, &quick, "q", "CpuUsage"));
    assert_eq!(stamps.len(), 1, "{stamps:?}");
    assert!(cpu[0] >= 42.5, "{cpu:?}");
}

#[test]
fn every_metric_stays_in_range_and_within_the_run() {
    let (svc, hand) = world(Vec::new());
    let id = submit(
        &svc,
        json!([
            task("idle", "sleep 5m", 1),
            task("busy", "make all; sleep 300", 1)
        ]),
        json!([]),
    );
    hand.advance(400_000);
    for name in ["idle", "busy"] {
        let inst = &instances(&svc, &id, name)[0];
        let (from, to) = (
            inst["RunningTime"].as_str().unwrap().to_string(),
            inst["EndTime"].as_str().unwrap().to_string(),
        );
        for metric in METRIC_NAMES {
            let (stamps, values) = series(&monitor(&svc, &id, name, metric));
            assert_eq!(stamps.len(), values.len());
            assert!(stamps.len() >= 29, "{name} {metric} {stamps:?}");
            assert!(stamps.windows(2).all(|w| w[1] - w[0] == 10), "{stamps:?}");
            for s in &stamps {
                let at = iso8601(*s);
                assert!(
                    at >= from && at <= to,
                    "{name} {metric}: {at} outside {from}..{to}"
                );
            }
            for v in &values {
                if metric.starts_with("Lan") {
                    assert!(*v >= 0.0, "{name} {metric} {v}");
                } else {
                    assert!((0.0..=100.0).contains(v), "{name} {metric} {v}");
                }
            }
        }
        // Memory steady after its ramp (S5.MEDIUM4's 4 GB, the default: within 0.04 GB,
        // 1 point); disk slowly growing.
        let (_, mem) = series(&monitor(&svc, &id, name, "MemUsage"));
        let settled = &mem[6..];
        let (low, high) = settled
            .iter()
            .fold((f64::MAX, f64::MIN), |(l, h), m| (l.min(*m), h.max(*m)));
        assert!(high - low <= 1.01 && low >= 5.0, "{mem:?}");
        let (_, disk) = series(&monitor(&svc, &id, name, "MaxDiskUsage"));
        assert!(disk.windows(2).all(|w| w[1] >= w[0]), "{disk:?}");
        assert!(disk.last() > disk.first(), "{disk:?}");
        let (_, target) = series(&monitor(&svc, &id, name, "TargetDiskUsage"));
        assert!(target.iter().zip(&disk).all(|(t, d)| t <= d), "{target:?}");
    }
}

#[test]
fn a_waiting_instance_has_no_points() {
    let (svc, hand) = world(Vec::new());
    let id = submit(
        &svc,
        json!([task("a", "sleep 60", 1), task("b", "make", 1)]),
        json!([{"StartTask": "a", "EndTask": "b"}]),
    );
    hand.advance(30_000);
    assert_eq!(instances(&svc, &id, "a")[0]["TaskInstanceState"], "RUNNING");
    for metric in METRIC_NAMES {
        let answer = monitor(&svc, &id, "b", metric);
        assert_eq!(answer["Period"], 10);
        assert_eq!(series(&answer), (Vec::new(), Vec::new()), "{metric}");
    }
    let (stamps, _) = series(&monitor(&svc, &id, "a", "CpuUsage"));
    assert!(!stamps.is_empty());
}

#[test]
fn the_same_question_gets_the_same_series() {
    let (svc, hand) = world(Vec::new());
    let id = submit(&svc, json!([task("a", "run.sh; sleep 100", 2)]), json!([]));
    hand.advance(200_000);
    for metric in METRIC_NAMES {
        let first = monitor(&svc, &id, "a", metric);
        let again = monitor(&svc, &id, "a", metric);
        assert_eq!(first["DataPoints"], again["DataPoints"], "{metric}");
        assert!(!series(&first).0.is_empty(), "{metric}");
    }
    // Another disk is another series; the default disk is vdb.
    let ask = |dims: Value| {
        call(
            &svc,
            "DescribeJobMonitorData",
            json!({"JobId": id, "TaskName": "a", "TaskInstanceIndex": 0,
                   "MetricName": "TargetDiskUsage", "Dimensions": dims}),
        )
    };
    let vdb = ask(json!([{"Name": "diskname", "Value": "vdb"}]));
    let default = monitor(&svc, &id, "a", "TargetDiskUsage");
    assert_eq!(vdb["DataPoints"], default["DataPoints"]);
    let vda = ask(json!([{"Name": "diskname", "Value": "vda"}]));
    assert_ne!(vdb["DataPoints"], vda["DataPoints"]);
}

fn on_type(name: &str, command: &str, instance_type: &str) -> Value {
    let mut t = task(name, command, 1);
    t["ComputeEnv"] = json!({"EnvType": "MANAGED",
        "EnvData": {"InstanceType": instance_type, "ImageId": "img-abcdefgh"}});
    t
}

fn range(values: &[f64]) -> (f64, f64) {
    values
        .iter()
        .fold((f64::MAX, f64::MIN), |(l, h), v| (l.min(*v), h.max(*v)))
}

#[test]
fn cpu_and_memory_are_those_of_the_instance_type() {
    let (svc, hand) = world(Vec::new());
    let work = "python train.py; sleep 120";
    let id = submit(
        &svc,
        json!([
            on_type("small", work, "S5.SMALL1"),
            on_type("huge", work, "S5.16XLARGE256"),
            on_type("idle", "sleep 120", "S5.SMALL1"),
        ]),
        json!([]),
    );
    hand.advance(200_000);
    // One core is saturated by any busy command; 64 by at most 8 threads of it.
    let (_, cpu) = series(&monitor(&svc, &id, "small", "CpuUsage"));
    assert!(cpu.len() >= 10 && range(&cpu).0 >= 85.0, "{cpu:?}");
    let (_, cpu) = series(&monitor(&svc, &id, "huge", "CpuUsage"));
    assert!(cpu.len() >= 10 && range(&cpu).1 <= 12.5, "{cpu:?}");
    let (_, cpu) = series(&monitor(&svc, &id, "idle", "CpuUsage"));
    assert!(range(&cpu).1 <= 5.0, "{cpu:?}");
    // Memory: the system's quarter of a GB and the working set (4 GB at most), never
    // above 95 % of the machine's.
    let (_, mem) = series(&monitor(&svc, &id, "small", "MemUsage"));
    let (low, high) = range(&mem);
    assert!(low >= 20.0 && high <= 95.0, "{mem:?}");
    let (_, mem) = series(&monitor(&svc, &id, "huge", "MemUsage"));
    assert!(range(&mem).1 < 100.0 * 4.3 / 256.0, "{mem:?}");
}

#[test]
fn an_environments_instance_type_shapes_its_instances_series() {
    use crate::state::envs::{CREATED_MS, CREATING_MS};
    let (svc, hand) = world(Vec::new());
    let env = managed_env(&svc, "big", 1, "S5.16XLARGE256");
    hand.advance(CREATING_MS + CREATED_MS);
    let mut t = task("a", "make all; sleep 120", 1);
    t["EnvId"] = env;
    let id = submit(&svc, json!([t]), json!([]));
    hand.advance(200_000);
    assert_eq!(instances(&svc, &id, "a")[0]["TaskInstanceState"], "SUCCEED");
    let (_, cpu) = series(&monitor(&svc, &id, "a", "CpuUsage"));
    assert!(cpu.len() >= 10 && range(&cpu).1 <= 12.5, "{cpu:?}");
}

#[test]
fn every_retry_of_a_failing_command_is_in_the_series() {
    let (svc, hand) = world(Vec::new());
    let mut t = on_type("a", "make all; sleep 60; exit 3", "S5.LARGE8");
    t["MaxRetryCount"] = json!(2);
    let id = submit(&svc, json!([t]), json!([]));
    hand.advance(400_000);
    let inst = &instances(&svc, &id, "a")[0];
    assert_eq!(inst["TaskInstanceState"], "FAILED", "{inst}");
    let (stamps, mem) = series(&monitor(&svc, &id, "a", "MemUsage"));
    // Three runs of a minute: the series spans all of them, from the first run on.
    let span = stamps.last().unwrap() - stamps.first().unwrap();
    assert!(span >= 170, "{stamps:?}");
    let from = inst["RunningTime"].as_str().unwrap().to_string();
    assert!(iso8601(stamps[0]) >= from, "{stamps:?}");
    // Each retry starts its memory over: two clear drops, one per retry (at least 0.3
    // of 8 GB; within a run the noise moves it by 0.5 points at most).
    let drops = mem.windows(2).filter(|w| w[1] < w[0] - 2.0).count();
    assert_eq!(drops, 2, "{mem:?}");
}

#[test]
fn a_missing_metric_is_missing_and_an_empty_one_unknown() {
    let (svc, hand) = world(Vec::new());
    let id = submit(&svc, json!([task("a", "sleep 30", 1)]), json!([]));
    hand.advance(60_000);
    let missing = call(
        &svc,
        "DescribeJobMonitorData",
        json!({"JobId": id, "TaskName": "a", "TaskInstanceIndex": 0}),
    );
    assert_eq!(error_code(&missing), "MissingParameter", "{missing}");
    assert!(error_message(&missing).contains("MetricName"), "{missing}");
    let empty = monitor(&svc, &id, "a", "");
    assert_eq!(error_code(&empty), "InvalidParameterValue", "{empty}");
    assert!(error_message(&empty).contains("CpuUsage"), "{empty}");
}

#[test]
fn an_instance_on_an_attached_node_has_an_empty_series() {
    use crate::state::envs::{CREATED_MS, CREATING_MS};
    let (svc, hand) = world(Vec::new());
    let env = managed_env(&svc, "mine", 0, "S5.MEDIUM4");
    let attached = call(
        &svc,
        "AttachInstances",
        json!({"EnvId": env, "Instances": [{"InstanceId": "ins-abcd1234"}]}),
    );
    assert!(attached["Error"].is_null(), "{attached}");
    hand.advance(CREATING_MS + CREATED_MS);
    let mut t = task("a", "make all; sleep 120", 1);
    t["EnvId"] = env;
    let id = submit(&svc, json!([t]), json!([]));
    hand.advance(200_000);
    let seen = &instances(&svc, &id, "a")[0];
    assert_eq!(seen["TaskInstanceState"], "SUCCEED", "{seen}");
    assert_eq!(seen["ComputeNodeInstanceId"], "ins-abcd1234", "{seen}");
    for metric in ["CpuUsage", "MemUsage"] {
        let answer = monitor(&svc, &id, "a", metric);
        assert_eq!(answer["Period"], 10, "{answer}");
        let (stamps, values) = series(&answer);
        assert!(stamps.is_empty() && values.is_empty(), "{answer}");
    }
}
