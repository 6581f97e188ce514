//! `jobs graph`: the demo job `job-etl0fail` drawn as mermaid, DOT and json (edges as
//! its dependences, each task's state and counts); names with quotes and spaces
//! escaped; an unknown job exits 3.

use crate::common::*;
use serde_json::{Value, json};

#[test]
fn the_demo_job_graph_has_its_dependences_and_states_in_every_format() {
    let emu = Emulator::start(&[]);
    let view = emu
        .cmd()
        .args(["jobs", "view", "job-etl0fail", "-o", "json"])
        .output()
        .unwrap();
    let job: Value = serde_json::from_slice(&view.stdout).unwrap();
    let deps: Vec<(String, String)> = job["DependenceSet"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["StartTask"].as_str().unwrap().to_string(),
                d["EndTask"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        deps,
        [
            ("extract".into(), "transform".into()),
            ("transform".into(), "load".into())
        ]
    );

    let out = emu
        .cmd()
        .args(["jobs", "graph", "job-etl0fail", "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["JobId"], "job-etl0fail");
    assert_eq!(doc["Dependences"], job["DependenceSet"]);
    let states: Vec<(&str, &str, u64)> = doc["Tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["TaskName"].as_str().unwrap(),
                t["TaskState"].as_str().unwrap(),
                t["Instances"]["TotalCount"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        states,
        [
            ("extract", "SUCCEED", 2),
            ("transform", "FAILED", 1),
            ("load", "FAILED", 1)
        ]
    );
    assert_eq!(doc["Tasks"][0]["Instances"]["SucceedCount"], 2);
    assert_eq!(doc["Tasks"][1]["Instances"]["FailedCount"], 1);
    // One bounded DescribeTask per task, not every instance page.
    let reads: Vec<Value> = emu
        .bodies()
        .into_iter()
        .filter(|b| b.get("TaskName").is_some())
        .collect();
    assert_eq!(reads.len(), 3, "{reads:?}");
    assert!(reads.iter().all(|b| b["Limit"] == 1), "{reads:?}");

    let out = emu
        .cmd()
        .args(["jobs", "graph", "job-etl0fail"])
        .output()
        .unwrap();
    let m = stdout_of(&out);
    assert!(m.starts_with("flowchart LR\n"), "{m}");
    assert!(
        m.contains("t0[\"extract<br/>SUCCEED<br/>2 instances: 2 succeed\"]"),
        "{m}"
    );
    assert!(
        m.contains("t1[\"transform<br/>FAILED<br/>1 instance: 1 failed\"]"),
        "{m}"
    );
    let edges: Vec<&str> = m
        .lines()
        .filter(|l| l.contains("-->"))
        .map(str::trim)
        .collect();
    assert_eq!(edges, ["t0 --> t1", "t1 --> t2"], "{m}");
    assert!(
        m.contains("class t0 succeed\n") && m.contains("class t2 failed\n"),
        "{m}"
    );

    let out = emu
        .cmd()
        .args(["jobs", "graph", "job-etl0fail", "--dot"])
        .output()
        .unwrap();
    let d = stdout_of(&out);
    assert!(d.starts_with("digraph \"job-etl0fail\" {\n"), "{d}");
    let edges: Vec<&str> = d
        .lines()
        .filter(|l| l.contains("->"))
        .map(str::trim)
        .collect();
    assert_eq!(
        edges,
        [
            "\"extract\" -> \"transform\";",
            "\"transform\" -> \"load\";"
        ],
        "{d}"
    );
    assert!(
        d.contains("\"load\" [label=\"load\\nFAILED\\n1 instance: 1 failed\""),
        "{d}"
    );
}

#[test]
fn task_names_with_quotes_and_spaces_are_escaped() {
    let s = FakeServer::new()
        .answer(|req, _| {
            let body = req.json();
            Answer::Response(match req.action() {
                "DescribeJob" => json!({"JobId": "job-0000000q", "JobState": "RUNNING",
                    "TaskSet": [{"TaskName": "say \"hi\"", "TaskState": "SUCCEED"},
                                {"TaskName": "two words", "TaskState": "RUNNING"}],
                    "DependenceSet": [{"StartTask": "say \"hi\"", "EndTask": "two words"}],
                    "RequestId": "r-job"}),
                _ => json!({"JobId": "job-0000000q", "TaskName": body["TaskName"],
                    "TaskInstanceTotalCount": 3, "TaskInstanceSet": [],
                    "TaskInstanceMetrics": {"RunningCount": 1, "SucceedCount": 2},
                    "RequestId": "r-task"}),
            })
        })
        .start();
    let home = tempfile::tempdir().unwrap();
    let out = s
        .cmd(home.path())
        .args(["jobs", "graph", "job-0000000q"])
        .output()
        .unwrap();
    let m = stdout_of(&out);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        m.contains("t0[\"say #34;hi#34;<br/>SUCCEED<br/>3 instances: 2 succeed, 1 running\"]"),
        "{m}"
    );
    assert!(m.contains("t1[\"two words<br/>RUNNING"), "{m}");
    assert!(m.contains("t0 --> t1"), "{m}");
    let out = s
        .cmd(home.path())
        .args(["jobs", "graph", "job-0000000q", "--dot"])
        .output()
        .unwrap();
    let d = stdout_of(&out);
    assert!(d.contains("\"say \\\"hi\\\"\" -> \"two words\";"), "{d}");
}

#[test]
fn an_unknown_job_exits_3() {
    let emu = Emulator::start(&[]);
    let out = emu
        .cmd()
        .args(["jobs", "graph", "job-00000000"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr_of(&out));
    assert!(out.stdout.is_empty());
}
