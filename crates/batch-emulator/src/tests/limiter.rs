//! The rate limit: asked after authentication, the service's published limits per
//! SecretId and action, over HTTP.

use serde_json::Value;
use std::time::Duration;

use super::support::*;
use super::support_http::*;
use crate::request::Incoming;
use crate::{Config, DEMO_SECRET_ID, RateLimit, auth, demo_jobs, errors, log, start};

#[test]
fn the_rate_limit_is_asked_after_authentication_and_its_refusal_is_the_answer() {
    let svc = demo();
    let asked = std::cell::Cell::new(0);
    let refuse = |caller: &auth::Caller, _: &str| {
        asked.set(asked.get() + 1);
        assert_eq!(caller.secret_id, DEMO_SECRET_ID);
        Err(errors::request_limit_exceeded(3, 2))
    };
    // Unauthenticated: never counted, the authentication error is the answer.
    let bad = Req {
        key: "wrong",
        ..Req::post("{}")
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
    let outcome = svc.handle_with(&incoming, NOW, refuse);
    assert_eq!(outcome.code(), "AuthFailure.SignatureFailure");
    assert_eq!(asked.get(), 0);

    // Authenticated: asked once, before the parameters are even looked at.
    let req = Req::post(r#"{"Limit": 0}"#);
    let headers = req.headers();
    let incoming = Incoming {
        headers: &headers,
        body: &req.body,
        ..incoming
    };
    let outcome = svc.handle_with(&incoming, NOW, refuse);
    assert_eq!(asked.get(), 1);
    assert_eq!(outcome.status, 200);
    let doc: Value = serde_json::from_slice(&outcome.body).unwrap();
    assert_eq!(error_code(&doc), "RequestLimitExceeded");
    assert!(
        error_message(&doc).starts_with("Your current request times equals to `3` in a second"),
        "{doc}"
    );
    assert_eq!(
        log::log_line(&incoming, &outcome, NOW)["outcome"],
        "RequestLimitExceeded"
    );

    // Admitted: answered as usual.
    let outcome = svc.handle_with(&incoming, NOW, |_, _| Ok(()));
    assert_eq!(outcome.code(), "InvalidParameterValue");
}

#[test]
fn the_service_rate_limit_refuses_the_third_request_within_a_second_over_http() {
    let dir = tempfile::tempdir().unwrap();
    let log_path = dir.path().join("requests.jsonl");
    let handle = start(Config {
        rate_limit: RateLimit::Each(2),
        log: Some(log_path.clone()),
        ..quiet_config("127.0.0.1:0", demo_jobs())
    })
    .unwrap();
    // Unauthenticated requests never count.
    for _ in 0..5 {
        let got = exchange(
            &handle.endpoint,
            b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}",
            PATIENCE,
        );
        assert_eq!(error_code(&got.json()), "MissingParameter");
    }
    let started = std::time::Instant::now();
    let answers: Vec<Value> = (0..3)
        .map(|_| {
            exchange(
                &handle.endpoint,
                &signed_http_request(&handle.endpoint, r#"{"Limit": 1}"#),
                PATIENCE,
            )
            .json()
        })
        .collect();
    let took = started.elapsed();
    assert_eq!(total(&answers[0]), 42);
    // However slow the machine, two requests within any second are allowed.
    assert_eq!(total(&answers[1]), 42, "{}", answers[1]);
    if took < Duration::from_millis(900) {
        assert_eq!(error_code(&answers[2]), "RequestLimitExceeded");
        assert_eq!(
            error_message(&answers[2]),
            "Your current request times equals to `3` in a second, which exceeds the frequency \
             limit `2` for a second. Please reduce the frequency of calls."
        );
        let log = std::fs::read_to_string(&log_path).unwrap();
        let outcomes: Vec<String> = log
            .lines()
            .map(|l| serde_json::from_str::<Value>(l).unwrap()["outcome"].to_string())
            .collect();
        assert_eq!(outcomes.len(), 8);
        assert_eq!(outcomes[7], "\"RequestLimitExceeded\"");
    }
    handle.shutdown();
}

#[test]
fn each_action_is_limited_on_its_own_over_http() {
    let handle = start(Config {
        quiet: true,
        rate_limit: RateLimit::Each(2),
        ..Config::new("127.0.0.1:0", demo_jobs())
    })
    .unwrap();
    let client = client();
    let code = |action, body: &str| {
        let doc = post(&client, &handle.endpoint, action, body).unwrap();
        doc["Response"]["Error"]["Code"]
            .as_str()
            .unwrap_or("ok")
            .to_string()
    };
    // Two of each within the second: the third DescribeJobs is refused, yet another
    // action still has its own two.
    assert_eq!(code("DescribeJobs", "{}"), "ok");
    assert_eq!(code("DescribeJobs", "{}"), "ok");
    assert_eq!(code("DescribeInstanceCategories", "{}"), "ok");
    assert_eq!(code("DescribeInstanceCategories", "{}"), "ok");
    let refused = post(&client, &handle.endpoint, "DescribeJobs", "{}").unwrap();
    assert_eq!(refused["Response"]["Error"]["Code"], "RequestLimitExceeded");
    assert!(
        refused["Response"]["Error"]["Message"]
            .as_str()
            .unwrap()
            .contains("limit `2`")
    );
    assert_eq!(
        code("DescribeInstanceCategories", "{}"),
        "RequestLimitExceeded"
    );
    handle.shutdown();
}
