//! A world on a clock moved by hand, and the calls the world tests make to it through
//! the service's request path.

use serde_json::{Value, json};

use super::support::{NOW, Req, send};
use crate::service::Service;
use crate::state::{Clock, Hand, World};

pub(crate) const START_MS: i64 = NOW * 1_000;

pub(crate) fn world(jobs: Vec<Value>) -> (Service, Hand) {
    let (clock, hand) = Clock::manual(START_MS, 1.0);
    (Service::with_world(World::new(jobs, clock)), hand)
}

/// The answer's `Response` (an error is returned as it is, for `error_code`).
pub(crate) fn call(svc: &Service, action: &'static str, body: Value) -> Value {
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

pub(crate) fn submit(svc: &Service, tasks: Value, deps: Value) -> String {
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

pub(crate) fn task(name: &str, command: &str, n: u64) -> Value {
    json!({"TaskName": name, "TaskInstanceNum": n,
           "Application": {"DeliveryForm": "LOCAL", "Command": command}})
}

pub(crate) fn job(svc: &Service, id: &str) -> Value {
    call(svc, "DescribeJob", json!({"JobId": id}))
}

pub(crate) fn listed(svc: &Service, id: &str) -> Value {
    call(svc, "DescribeJobs", json!({"JobIds": [id]}))["JobSet"][0].clone()
}

pub(crate) fn instances(svc: &Service, id: &str, task: &str) -> Vec<Value> {
    call(
        svc,
        "DescribeTask",
        json!({"JobId": id, "TaskName": task, "Limit": 1000}),
    )["TaskInstanceSet"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

pub(crate) fn decode(url: &Value) -> String {
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

pub(crate) fn logs(svc: &Service, id: &str, task: &str, index: u64) -> Value {
    call(
        svc,
        "DescribeTaskLogs",
        json!({"JobId": id, "TaskName": task, "TaskInstanceIndexes": [index]}),
    )["TaskInstanceLogSet"][0]
        .clone()
}
