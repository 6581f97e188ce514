//! DescribeJobMonitorData on a clock moved by hand: series shaped by what the instance
//! does, within range, only over its run, the same answer for the same question.

use serde_json::{Value, json};

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
    assert!(busy.len() >= 5 && mean(&busy) > 50.0, "{busy:?}");
    // A run without a sleep is busy too, for its one point.
    let quick = submit(&svc, json!([task("q", "echo hi", 1)]), json!([]));
    hand.advance(30_000);
    let (stamps, cpu) = series(&monitor(&svc, &quick, "q", "CpuUsage"));
    assert_eq!(stamps.len(), 1, "{stamps:?}");
    assert!(cpu[0] > 50.0, "{cpu:?}");
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
        // Memory steady after its ramp; disk slowly growing.
        let (_, mem) = series(&monitor(&svc, &id, name, "MemUsage"));
        let settled = &mem[6..];
        assert!(settled.iter().all(|m| (15.0..=65.0).contains(m)), "{mem:?}");
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
