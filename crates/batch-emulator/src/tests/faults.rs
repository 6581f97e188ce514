//! Injected faults (`--inject`), played in arrival order over real HTTP: error
//! envelopes, a 502 page, a body that is not JSON, a truncated answer, a reset, a hang
//! and a lost answer, each seen by a client as the failure it stands for.

use std::io::Read;
use std::net::TcpStream;
use std::time::Duration;

use serde_json::{Value, json};

use super::support::*;
use super::support_http::*;
use crate::{
    Config, DEMO_SECRET_ID, DEMO_SECRET_KEY, RateLimit, demo_jobs, faults, start, unix_now,
};

#[test]
fn faults_are_played_in_arrival_order_then_the_emulator_answers_normally() {
    let dir = tempfile::tempdir().unwrap();
    let log_path = dir.path().join("requests.jsonl");
    let handle = with_faults("internal*2,ok,limit,expire", Some(log_path.clone()));
    let mut codes = Vec::new();
    for _ in 0..7 {
        let got = exchange(&handle.endpoint, &signed(&handle), PATIENCE);
        assert!(!got.timed_out);
        assert!(got.status().contains(" 200 "), "{}", got.status());
        assert!(got.header("Date").is_some(), "{}", got.head());
        let doc = got.json();
        codes.push(if doc["Response"]["Error"].is_object() {
            error_code(&doc).to_string()
        } else {
            format!("ok {}", total(&doc))
        });
    }
    assert_eq!(
        codes,
        [
            "InternalError",
            "InternalError",
            "ok 42",
            "RequestLimitExceeded",
            "AuthFailure.SignatureExpire",
            "ok 42",
            "ok 42"
        ]
    );
    let log = std::fs::read_to_string(&log_path).unwrap();
    let lines: Vec<Value> = log
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let outcomes: Vec<&str> = lines
        .iter()
        .map(|l| l["outcome"].as_str().unwrap())
        .collect();
    assert_eq!(
        outcomes,
        [
            "inject:internal",
            "inject:internal",
            "ok",
            "inject:limit",
            "inject:expire",
            "ok",
            "ok"
        ]
    );
    assert_eq!(lines[0]["action"], "DescribeJobs");
    assert_eq!(lines[0]["secret_id"], DEMO_SECRET_ID);
    assert_eq!(lines[0]["body"], json!({"Limit": 1}));
    assert!(lines[0]["request_id"].is_string());
    assert!(!log.contains(DEMO_SECRET_KEY));
    handle.shutdown();
}

#[test]
fn injected_envelopes_read_like_the_service_in_the_requests_language() {
    let handle = with_faults("limit,expire,internal", None);
    let limit = exchange(&handle.endpoint, &signed(&handle), PATIENCE).json();
    assert_eq!(error_code(&limit), "RequestLimitExceeded");
    // No limit configured: the message quotes the service's.
    assert!(
        error_message(&limit).contains("equals to `3` in a second")
            && error_message(&limit).contains("frequency limit `2`"),
        "{limit}"
    );
    assert!(limit["Response"]["RequestId"].is_string());

    let request = signed(&handle);
    let text = String::from_utf8(request.clone()).unwrap();
    let sent = text
        .lines()
        .find_map(|l| l.strip_prefix("X-TC-Timestamp: "))
        .unwrap()
        .to_string();
    let expire = exchange(&handle.endpoint, &request, PATIENCE).json();
    assert_eq!(error_code(&expire), "AuthFailure.SignatureExpire");
    let message = error_message(&expire);
    assert!(message.contains(&format!("Timestamp: {sent}")), "{message}");
    assert!(message.contains("server time: "), "{message}");

    let zh = keep_alive(
        String::from_utf8(signed(&handle))
            .unwrap()
            .replace(
                "POST / HTTP/1.1\r\n",
                "POST / HTTP/1.1\r\nX-TC-Language: zh-CN\r\n",
            )
            .into_bytes(),
    );
    let internal = exchange(&handle.endpoint, &zh, PATIENCE).json();
    assert_eq!(error_code(&internal), "InternalError");
    assert!(error_message(&internal).contains("内部错误"), "{internal}");
    handle.shutdown();
}

#[test]
fn http502_is_an_html_page_from_a_proxy() {
    let handle = with_faults("http502", None);
    let got = exchange(&handle.endpoint, &signed(&handle), PATIENCE);
    assert!(got.status().starts_with("HTTP/1.1 502"), "{}", got.status());
    assert_eq!(got.header("Content-Type").as_deref(), Some("text/html"));
    assert!(got.header("Date").is_some(), "{}", got.head());
    let body = String::from_utf8_lossy(got.body());
    assert!(body.contains("<h1>502 Bad Gateway</h1>"), "{body}");
    handle.shutdown();
}

#[test]
fn badjson_is_a_complete_answer_that_is_not_json() {
    let handle = with_faults("badjson", None);
    let got = exchange(&handle.endpoint, &signed(&handle), PATIENCE);
    assert!(!got.timed_out);
    assert!(got.status().contains(" 200 "), "{}", got.status());
    assert_eq!(
        got.header("Content-Type").as_deref(),
        Some("application/json")
    );
    assert!(got.header("Date").is_some());
    assert_eq!(
        got.header("Content-Length"),
        Some(got.body().len().to_string())
    );
    assert!(serde_json::from_slice::<Value>(got.body()).is_err());
    handle.shutdown();
}

#[test]
fn truncate_announces_more_than_it_sends_then_closes() {
    let handle = with_faults("truncate", None);
    let got = exchange(&handle.endpoint, &signed(&handle), PATIENCE);
    assert!(!got.timed_out, "the connection was closed, not left open");
    assert!(got.status().contains(" 200 "), "{}", got.status());
    assert!(got.header("Date").is_some(), "{}", got.head());
    assert_eq!(
        got.header("Content-Type").as_deref(),
        Some("application/json")
    );
    let announced: usize = got.header("Content-Length").unwrap().parse().unwrap();
    assert!(!got.body().is_empty());
    assert!(
        got.body().len() < announced,
        "{} < {announced}",
        got.body().len()
    );
    assert!(got.body().starts_with(b"{\"Response\""));
    handle.shutdown();
}

#[test]
fn reset_closes_the_connection_without_a_byte_even_a_kept_alive_one() {
    let handle = with_faults("ok,reset,reset", None);
    // A connection that already carried an answer, as a pooled client reuses it.
    let mut stream = TcpStream::connect(handle.endpoint.trim_start_matches("http://")).unwrap();
    let first = exchange_on(&mut stream, &signed(&handle), PATIENCE);
    assert_eq!(total(&first.json()), 42);
    let got = exchange_on(&mut stream, &signed(&handle), PATIENCE);
    assert!(!got.timed_out, "the connection was closed, not left open");
    assert!(
        got.raw.is_empty(),
        "{:?}",
        String::from_utf8_lossy(&got.raw)
    );
    // And on a fresh connection that asks to be closed.
    let got = exchange(
        &handle.endpoint,
        &signed_http_request(&handle.endpoint, "{}"),
        PATIENCE,
    );
    assert!(!got.timed_out);
    assert!(
        got.raw.is_empty(),
        "{:?}",
        String::from_utf8_lossy(&got.raw)
    );
    // The list is used up: answered normally.
    assert_eq!(
        total(&exchange(&handle.endpoint, &signed(&handle), PATIENCE).json()),
        42
    );
    handle.shutdown();
}

#[test]
fn hang_holds_its_connection_silent_while_others_are_answered() {
    let dir = tempfile::tempdir().unwrap();
    let log_path = dir.path().join("requests.jsonl");
    let handle = with_faults("hang", Some(log_path.clone()));
    let mut hung = TcpStream::connect(handle.endpoint.trim_start_matches("http://")).unwrap();
    let got = exchange_on(&mut hung, &signed(&handle), Duration::from_millis(300));
    assert!(
        got.timed_out && got.raw.is_empty(),
        "{:?}",
        String::from_utf8_lossy(&got.raw)
    );
    // Logged on arrival, so a test can count the attempt while it hangs.
    let log = std::fs::read_to_string(&log_path).unwrap();
    assert!(log.contains("\"inject:hang\""), "{log}");
    // Meanwhile another connection is answered.
    let other = exchange(&handle.endpoint, &signed(&handle), PATIENCE);
    assert_eq!(total(&other.json()), 42);
    // Still nothing on the held connection.
    let mut buf = [0u8; 64];
    hung.set_read_timeout(Some(Duration::from_millis(200)))
        .unwrap();
    assert!(hung.read(&mut buf).is_err(), "still silent, still open");
    // Stopping the emulator releases it: closed, still without a byte.
    handle.shutdown();
    hung.set_read_timeout(Some(PATIENCE)).unwrap();
    let mut rest = Vec::new();
    let _ = hung.read_to_end(&mut rest);
    assert!(rest.is_empty(), "{:?}", String::from_utf8_lossy(&rest));
}

#[test]
fn a_pooled_http_client_sees_each_fault_as_the_failure_it_stands_for() {
    let handle = with_faults("reset,truncate,badjson,http502,ok", None);
    let client = reqwest::blocking::Client::builder()
        .timeout(PATIENCE)
        .build()
        .unwrap();
    let host = handle.endpoint.trim_start_matches("http://").to_string();
    let call = || {
        let now = unix_now();
        let call = ApiCall {
            service: "batch",
            action: "DescribeJobs",
            version: "2017-03-12",
            region: None,
            language: None,
            token: None,
            host: &host,
            body: b"{}",
            timestamp: now,
        };
        let mut builder = client.post(&handle.endpoint).body("{}");
        for (name, value) in signed_headers(DEMO_SECRET_ID, DEMO_SECRET_KEY, &call) {
            builder = builder.header(name, value);
        }
        let started = std::time::Instant::now();
        let result = builder.send().and_then(|r| {
            let status = r.status().as_u16();
            let date = r.headers().contains_key("date");
            r.bytes().map(|b| (status, date, b.to_vec()))
        });
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "no fault may run into the timeout"
        );
        result
    };
    let reset = call().unwrap_err();
    assert!(!reset.is_timeout() && reset.is_request(), "{reset:?}");
    let truncated = call().unwrap_err();
    assert!(!truncated.is_timeout(), "{truncated:?}");
    let (status, date, body) = call().unwrap();
    assert!(status == 200 && date && serde_json::from_slice::<Value>(&body).is_err());
    let (status, date, _) = call().unwrap();
    assert!(status == 502 && date);
    let (status, date, body) = call().unwrap();
    assert!(status == 200 && date);
    let doc: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(total(&doc), 42);
    handle.shutdown();
}

#[test]
fn lost_submits_the_job_but_the_answer_never_arrives() {
    let dir = tempfile::tempdir().unwrap();
    let log_path = dir.path().join("requests.jsonl");
    let handle = start(Config {
        quiet: true,
        rate_limit: RateLimit::OFF,
        log: Some(log_path.clone()),
        faults: faults::parse_faults("lost*2").unwrap(),
        ..Config::new("127.0.0.1:0", demo_jobs())
    })
    .unwrap();
    let client = client();
    let before = handle.shared.service.world().len();
    let body = submit_body("lost-once", Some("retry-me"));
    let started = std::time::Instant::now();
    let err = post(&client, &handle.endpoint, "SubmitJob", &body).unwrap_err();
    assert!(!err.is_timeout(), "{err:?}");
    assert!(started.elapsed() < Duration::from_secs(5));
    // The job exists although its answer was lost.
    let jobs = handle.shared.service.world().views();
    assert_eq!(jobs.len(), before + 1);
    let created = jobs
        .iter()
        .find(|j| j["JobName"] == "lost-once")
        .expect("the lost request took effect");
    // Lost again: the retry with the same token still creates nothing new.
    assert!(post(&client, &handle.endpoint, "SubmitJob", &body).is_err());
    assert_eq!(handle.shared.service.world().len(), before + 1);
    // Answered at last: the same job.
    let doc = post(&client, &handle.endpoint, "SubmitJob", &body).unwrap();
    assert_eq!(doc["Response"]["JobId"], created["JobId"]);
    assert_eq!(handle.shared.service.world().len(), before + 1);
    let log = std::fs::read_to_string(&log_path).unwrap();
    let lines: Vec<Value> = log
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3, "{log}");
    for line in &lines[..2] {
        assert_eq!(line["outcome"], "inject:lost", "{log}");
        assert_eq!(line["answered"], "ok", "{log}");
    }
    assert_eq!(lines[2]["outcome"], "ok", "{log}");
    // Every attempt carried the same token, as the log shows.
    for line in &lines {
        assert!(line.to_string().contains("retry-me"), "{line}");
    }
    handle.shutdown();
}

/// A request signed with the older method (`tc3::legacy`): every parameter in the query
/// string (GET) or a form body (POST), no `X-TC-*` header, no `Authorization`.
fn legacy_request(
    endpoint: &str,
    method: &str,
    action: &str,
    timestamp: i64,
    extra: &[(&str, &str)],
) -> Vec<u8> {
    let host = endpoint.trim_start_matches("http://");
    let algorithm = if method == "GET" {
        tc3::legacy::Algorithm::HmacSha256
    } else {
        tc3::legacy::Algorithm::HmacSha1
    };
    let timestamp = timestamp.to_string();
    let mut params: Vec<(&str, &str)> = vec![
        ("Action", action),
        ("Version", "2017-03-12"),
        ("Region", "ap-guangzhou"),
        ("Timestamp", &timestamp),
        ("Nonce", "4711"),
        ("SecretId", DEMO_SECRET_ID),
        ("SignatureMethod", algorithm.name()),
    ];
    params.extend_from_slice(extra);
    let signature = tc3::legacy::sign(method, host, "/", &params, DEMO_SECRET_KEY, algorithm);
    let encode = |text: &str| -> String {
        text.bytes()
            .map(|b| {
                if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                    char::from(b).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect()
    };
    let form = params
        .iter()
        .map(|(k, v)| (*k, *v))
        .chain([("Signature", signature.as_str())])
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&");
    let text = if method == "GET" {
        format!("GET /?{form} HTTP/1.1\r\nHost: {host}\r\n\r\n")
    } else {
        format!(
            "POST / HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/x-www-form-urlencoded\r\n\
             Content-Length: {}\r\n\r\n{form}",
            form.len()
        )
    };
    text.into_bytes()
}

#[test]
fn faults_on_requests_signed_the_older_way_are_logged_with_their_action_and_caller() {
    let dir = tempfile::tempdir().unwrap();
    let log_path = dir.path().join("requests.jsonl");
    let handle = with_faults("internal,reset,badjson,ok", Some(log_path.clone()));
    let now = unix_now();
    let zh = [("Language", "zh-CN"), ("Limit", "1")];
    let internal = legacy_request(&handle.endpoint, "POST", "DescribeJobs", now, &zh);
    let got = exchange(&handle.endpoint, &internal, PATIENCE).json();
    assert_eq!(error_code(&got), "InternalError");
    // The language is a parameter too: the envelope is in Chinese.
    assert!(error_message(&got).contains("内部错误"), "{got}");
    let reset = legacy_request(&handle.endpoint, "GET", "DescribeTask", now, &[]);
    assert!(exchange(&handle.endpoint, &reset, PATIENCE).raw.is_empty());
    let bad = legacy_request(&handle.endpoint, "GET", "DescribeJobs", now, &[]);
    exchange(&handle.endpoint, &bad, PATIENCE);
    let ok = legacy_request(
        &handle.endpoint,
        "GET",
        "DescribeJobs",
        now,
        &[("Limit", "1")],
    );
    let answered = exchange(&handle.endpoint, &ok, PATIENCE).json();
    assert_eq!(
        answered["Response"]["JobSet"].as_array().map(Vec::len),
        Some(1),
        "{answered}"
    );

    let log = std::fs::read_to_string(&log_path).unwrap();
    let lines: Vec<Value> = log
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let seen: Vec<(&str, &str)> = lines
        .iter()
        .map(|l| {
            (
                l["action"].as_str().unwrap_or("(null)"),
                l["outcome"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("DescribeJobs", "inject:internal"),
            ("DescribeTask", "inject:reset"),
            ("DescribeJobs", "inject:badjson"),
            ("DescribeJobs", "ok"),
        ]
    );
    // Each as a TC3 request is recorded: who asked, where; never the key.
    for line in &lines {
        assert_eq!(line["secret_id"], DEMO_SECRET_ID, "{line}");
        assert_eq!(line["region"], "ap-guangzhou", "{line}");
        assert_eq!(line["token"], false, "{line}");
    }
    assert!(!log.contains(DEMO_SECRET_KEY));
    handle.shutdown();
}

/// Needs `fault_answer` in lib.rs to read the action and timestamp with
/// `request::common` (the coordinator applies it with the HTTP layer's rewrite).
#[test]
fn limit_and_expire_faults_quote_the_action_and_timestamp_of_an_older_signature() {
    let handle = with_faults("limit,expire", None);
    let now = unix_now();
    // DescribeComputeEnvCreateInfos is published at 20 a second, the default is 2.
    let limit = legacy_request(
        &handle.endpoint,
        "GET",
        "DescribeComputeEnvCreateInfos",
        now,
        &[],
    );
    let got = exchange(&handle.endpoint, &limit, PATIENCE).json();
    assert_eq!(error_code(&got), "RequestLimitExceeded");
    assert!(
        error_message(&got).contains("frequency limit `20`"),
        "{got}"
    );
    let sent = now - 17;
    let expire = legacy_request(&handle.endpoint, "POST", "DescribeJobs", sent, &[]);
    let got = exchange(&handle.endpoint, &expire, PATIENCE).json();
    assert_eq!(error_code(&got), "AuthFailure.SignatureExpire");
    assert!(
        error_message(&got).contains(&format!("Timestamp: {sent},")),
        "{got}"
    );
    handle.shutdown();
}
