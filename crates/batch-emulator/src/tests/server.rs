//! The server over real HTTP: signed requests answered and logged, oversized bodies,
//! the bound address, the default configuration and the `Date` header.

use std::io::Write;
use std::net::TcpStream;
use std::time::Duration;

use serde_json::Value;

use super::support::*;
use super::support_http::*;
use crate::{
    Config, DEMO_SECRET_KEY, Error, MAX_BODY_BYTES, RateLimit, demo_jobs, endpoint_for, http_date,
    start,
};

#[test]
fn serves_signed_requests_over_http_and_logs_them() {
    let dir = tempfile::tempdir().unwrap();
    let log_path = dir.path().join("requests.jsonl");
    let handle = start(Config {
        log: Some(log_path.clone()),
        ..quiet_config("127.0.0.1:0", demo_jobs())
    })
    .unwrap();
    assert!(handle.endpoint.starts_with("http://127.0.0.1:"));
    assert!(!handle.endpoint.ends_with(":0"));

    let (status, headers, body) = http(
        &handle.endpoint,
        &signed_http_request(&handle.endpoint, r#"{"Limit": 2}"#),
    );
    assert!(status.contains("200"), "{status}");
    assert!(
        headers
            .to_ascii_lowercase()
            .contains("content-type: application/json"),
        "{headers}"
    );
    let doc: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!((total(&doc), job_ids(&doc).len()), (42, 2));

    // Unsigned: still HTTP 200 with the service's error envelope.
    let (status, _, body) = http(
        &handle.endpoint,
        b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}",
    );
    assert!(status.contains("200"));
    let doc: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(error_code(&doc), "MissingParameter");

    let log = std::fs::read_to_string(&log_path).unwrap();
    let lines: Vec<Value> = log
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["outcome"], "ok");
    assert_eq!(lines[0]["returned"], 2);
    assert_eq!(lines[1]["outcome"], "MissingParameter");
    assert!(!log.contains(DEMO_SECRET_KEY));
    handle.shutdown();
}

#[test]
fn oversized_bodies_are_refused_and_the_emulator_keeps_serving() {
    let handle = start(quiet_config("127.0.0.1:0", demo_jobs())).unwrap();
    let announced = MAX_BODY_BYTES + 1;
    let (status, _, body) = http(
        &handle.endpoint,
        format!("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: {announced}\r\nConnection: close\r\n\r\n{{}}").as_bytes(),
    );
    assert!(status.contains("200"));
    let doc: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(error_code(&doc), "RequestSizeLimitExceeded");

    // An absurd announced size gets no answer, but must not take the emulator down.
    let addr = handle.endpoint.trim_start_matches("http://").to_string();
    let mut stream = TcpStream::connect(&addr).unwrap();
    stream
        .write_all(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000000000000\r\n\r\n{}")
        .unwrap();
    std::thread::sleep(Duration::from_millis(200));
    drop(stream);
    let (_, _, body) = http(
        &handle.endpoint,
        &signed_http_request(&handle.endpoint, "{}"),
    );
    let doc: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(total(&doc), 42);
    handle.shutdown();
}

#[test]
fn a_busy_port_is_a_usage_error_naming_the_address() {
    let first = start(quiet_config("127.0.0.1:0", Vec::new())).unwrap();
    let addr = first.endpoint.trim_start_matches("http://").to_string();
    let err = start(quiet_config(addr.clone(), Vec::new()))
        .err()
        .expect("the port is taken");
    assert!(matches!(err, Error::Usage(_)), "{err}");
    assert!(err.to_string().contains(&addr), "{err}");
    let err = start(quiet_config("not-an-address", Vec::new()))
        .err()
        .expect("not an address");
    assert!(err.to_string().contains("not-an-address"), "{err}");
    first.shutdown();
}

#[test]
fn endpoint_of_a_wildcard_bind_is_loopback() {
    assert_eq!(
        endpoint_for("0.0.0.0:9300".parse().unwrap()),
        "http://127.0.0.1:9300"
    );
    assert_eq!(
        endpoint_for("[::]:9300".parse().unwrap()),
        "http://[::1]:9300"
    );
    assert_eq!(
        endpoint_for("127.0.0.1:5".parse().unwrap()),
        "http://127.0.0.1:5"
    );
}

#[test]
fn config_new_is_the_service_limit_without_faults() {
    let config = Config::new("127.0.0.1:0", Vec::new());
    assert_eq!(config.rate_limit, RateLimit::Published);
    assert!(config.faults.is_empty());
    assert!(config.log.is_none());
    assert!(!config.quiet);
    assert!(!config.advance);
}

#[test]
fn http_dates_are_imf_fixdates() {
    let time = std::time::UNIX_EPOCH + Duration::from_secs(NOW as u64);
    assert_eq!(http_date(time), "Tue, 14 Nov 2023 22:13:20 GMT");
}

#[test]
fn a_client_that_shuts_its_side_after_the_request_still_gets_the_answer() {
    use std::io::Read;
    let handle = start(quiet_config("127.0.0.1:0", demo_jobs())).unwrap();
    let mut stream = TcpStream::connect(handle.endpoint.trim_start_matches("http://")).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    stream
        .write_all(&signed_http_request(&handle.endpoint, "{}"))
        .unwrap();
    stream.shutdown(std::net::Shutdown::Write).unwrap();
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw);
    assert!(text.starts_with("HTTP/1.1 200"), "{text}");
    assert!(
        text.contains("\"TotalCount\": 42") || text.contains("\"TotalCount\":42"),
        "{text}"
    );
    handle.shutdown();
}
