//! The request log: one JSON line per request without secrets, and the human line.

use serde_json::json;

use super::support::*;
use crate::request::Incoming;
use crate::{DEMO_TEMP_SECRET_ID, DEMO_TEMP_SECRET_KEY, DEMO_TEMP_TOKEN, log};

#[test]
fn log_line_records_the_request_without_secrets() {
    let svc = demo();
    let req = Req {
        id: DEMO_TEMP_SECRET_ID,
        key: DEMO_TEMP_SECRET_KEY,
        token: Some(DEMO_TEMP_TOKEN),
        ..Req::post(r#"{"Limit": 3}"#)
    }
    .region("ap-guangzhou");
    let headers = req.headers();
    let incoming = Incoming {
        method: "POST",
        path: "/",
        query: "",
        headers: &headers,
        body: &req.body,
        body_problem: None,
    };
    let outcome = svc.handle(&incoming, NOW);
    let line = log::log_line(&incoming, &outcome, NOW);
    let keys: Vec<&str> = line
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys[..11],
        [
            "time",
            "method",
            "action",
            "region",
            "secret_id",
            "token",
            "body",
            "outcome",
            "returned",
            "total",
            "request_id"
        ]
    );
    assert_eq!(line["outcome"], "ok");
    assert_eq!(line["returned"], 3);
    assert_eq!(line["total"], 22);
    assert_eq!(line["body"], json!({"Limit": 3}));
    assert_eq!(line["token"], true);
    assert_eq!(line["secret_id"], DEMO_TEMP_SECRET_ID);
    let text = line.to_string();
    assert!(!text.contains(DEMO_TEMP_SECRET_KEY));
    assert!(!text.contains(DEMO_TEMP_TOKEN));
    assert_eq!(
        log::human_line(&outcome),
        "emulator: DescribeJobs ok 3/22 jobs"
    );

    let bad = Req {
        key: "wrong",
        ..Req::post("not json")
    };
    let headers = bad.headers();
    let incoming = Incoming {
        method: "POST",
        path: "/",
        query: "",
        headers: &headers,
        body: &bad.body,
        body_problem: None,
    };
    let outcome = svc.handle(&incoming, NOW);
    let line = log::log_line(&incoming, &outcome, NOW);
    assert_eq!(line["outcome"], "AuthFailure.SignatureFailure");
    assert_eq!(line["body"], "not json");
    assert!(line["detail"].is_string());
    assert!(
        log::human_line(&outcome)
            .starts_with("emulator: DescribeJobs AuthFailure.SignatureFailure")
    );
}
