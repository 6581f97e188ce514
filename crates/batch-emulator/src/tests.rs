//! Whole-request tests of the emulator: signed requests through the pure handler, then
//! a few over real HTTP.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use serde_json::{Value, json};

use tc3::{self as signer, Signable};

use super::request::{BodyProblem, Incoming};
use super::service::{Outcome, Service};
use super::*;

/// 2023-11-14T22:13:20Z, the vectors' time.
pub(crate) const NOW: i64 = 1_700_000_000;
pub(crate) const HOST: &str = "127.0.0.1:9300";

/// A request to build, sign and send to the pure handler.
#[derive(Clone)]
pub(crate) struct Req {
    pub(crate) method: &'static str,
    pub(crate) path: String,
    pub(crate) query: String,
    pub(crate) body: Vec<u8>,
    pub(crate) id: &'static str,
    pub(crate) key: &'static str,
    pub(crate) token: Option<&'static str>,
    pub(crate) region: Option<&'static str>,
    pub(crate) language: Option<&'static str>,
    pub(crate) action: &'static str,
    pub(crate) version: &'static str,
    pub(crate) timestamp: i64,
    pub(crate) host: &'static str,
}

impl Req {
    pub(crate) fn post(body: &str) -> Req {
        Req {
            method: "POST",
            path: "/".into(),
            query: String::new(),
            body: body.as_bytes().to_vec(),
            id: DEMO_SECRET_ID,
            key: DEMO_SECRET_KEY,
            token: None,
            region: None,
            language: None,
            action: "DescribeJobs",
            version: "2017-03-12",
            timestamp: NOW,
            host: HOST,
        }
    }

    pub(crate) fn get(query: &str) -> Req {
        Req {
            method: "GET",
            query: query.to_string(),
            body: Vec::new(),
            ..Req::post("")
        }
    }

    pub(crate) fn region(mut self, region: &'static str) -> Req {
        self.region = Some(region);
        self
    }

    /// The headers the client would send (GET signed like the SDK's vector-3).
    pub(crate) fn headers(&self) -> Vec<(String, String)> {
        let call = ApiCall {
            service: "batch",
            action: self.action,
            version: self.version,
            region: self.region,
            language: self.language,
            token: self.token,
            host: self.host,
            body: &self.body,
            timestamp: self.timestamp,
        };
        let mut headers: Vec<(String, String)> = signed_headers(self.id, self.key, &call)
            .into_iter()
            .map(|(n, v)| (n.to_string(), v))
            .collect();
        if self.method == "GET" {
            let content_type = "application/x-www-form-urlencoded";
            let sig = signer::sign(
                self.id,
                self.key,
                &Signable {
                    method: "GET",
                    canonical_query: &self.query,
                    content_type,
                    host: self.host,
                    payload: b"",
                    service: "batch",
                    timestamp: self.timestamp,
                },
            );
            set(&mut headers, "Content-Type", content_type);
            set(&mut headers, "Authorization", &sig.authorization);
        }
        headers
    }
}

/// One API call, before signing (as the client builds it).
#[derive(Debug, Clone, Copy)]
pub(crate) struct ApiCall<'a> {
    pub(crate) service: &'a str,
    pub(crate) action: &'a str,
    pub(crate) version: &'a str,
    pub(crate) region: Option<&'a str>,
    pub(crate) language: Option<&'a str>,
    pub(crate) token: Option<&'a str>,
    pub(crate) host: &'a str,
    pub(crate) body: &'a [u8],
    pub(crate) timestamp: i64,
}

/// The signed headers of a POST call as batchctl and the SDK send them, `Authorization`
/// last.
pub(crate) fn signed_headers(
    secret_id: &str,
    secret_key: &str,
    call: &ApiCall<'_>,
) -> Vec<(&'static str, String)> {
    let signature = signer::sign(
        secret_id,
        secret_key,
        &Signable {
            method: "POST",
            canonical_query: "",
            content_type: "application/json",
            host: call.host,
            payload: call.body,
            service: call.service,
            timestamp: call.timestamp,
        },
    );
    let mut headers = vec![
        ("Content-Type", "application/json".to_string()),
        ("Host", call.host.to_string()),
        ("X-TC-Action", call.action.to_string()),
        ("X-TC-RequestClient", "batchctl-emulator-tests".to_string()),
        ("X-TC-Timestamp", call.timestamp.to_string()),
        ("X-TC-Version", call.version.to_string()),
    ];
    if let Some(region) = call.region {
        headers.push(("X-TC-Region", region.to_string()));
    }
    if let Some(token) = call.token {
        headers.push(("X-TC-Token", token.to_string()));
    }
    if let Some(language) = call.language {
        headers.push(("X-TC-Language", language.to_string()));
    }
    headers.push(("Authorization", signature.authorization));
    headers
}

pub(crate) fn set(headers: &mut Vec<(String, String)>, name: &str, value: &str) {
    headers.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
    headers.push((name.to_string(), value.to_string()));
}

pub(crate) fn remove(headers: &mut Vec<(String, String)>, name: &str) {
    headers.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
}

pub(crate) fn demo() -> Service {
    Service::new(demo_jobs())
}

/// Serves `jobs` on a clock at real speed; listed jobs move as they are polled
/// (`--advance`).
pub(crate) fn advancing(jobs: Vec<Value>) -> Service {
    Service::with_world(
        crate::state::World::new(jobs, crate::state::Clock::system(1.0)).advancing(true),
    )
}

pub(crate) fn send_raw(
    svc: &Service,
    req: &Req,
    headers: &[(String, String)],
    now: i64,
) -> (Value, Outcome) {
    let incoming = Incoming {
        method: req.method,
        path: &req.path,
        query: &req.query,
        headers,
        body: &req.body,
        body_problem: None,
    };
    let outcome = svc.handle(&incoming, now);
    assert_eq!(outcome.status, 200);
    let doc: Value = serde_json::from_slice(&outcome.body).expect("the answer is JSON");
    (doc, outcome)
}

pub(crate) fn send(svc: &Service, req: &Req) -> Value {
    send_raw(svc, req, &req.headers(), NOW).0
}

pub(crate) fn error_code(doc: &Value) -> &str {
    doc["Response"]["Error"]["Code"]
        .as_str()
        .unwrap_or("(no error)")
}

pub(crate) fn error_message(doc: &Value) -> &str {
    doc["Response"]["Error"]["Message"].as_str().unwrap_or("")
}

pub(crate) fn job_ids(doc: &Value) -> Vec<&str> {
    doc["Response"]["JobSet"]
        .as_array()
        .unwrap_or_else(|| panic!("no JobSet in {doc}"))
        .iter()
        .map(|j| j["JobId"].as_str().unwrap())
        .collect()
}

pub(crate) fn total(doc: &Value) -> u64 {
    doc["Response"]["TotalCount"]
        .as_u64()
        .unwrap_or_else(|| panic!("no TotalCount in {doc}"))
}

pub(crate) fn filters(filters: Value) -> String {
    json!({ "Filters": filters }).to_string()
}

// ---- success and the envelope ----

#[test]
fn signed_post_gets_the_newest_20_jobs_in_the_service_envelope() {
    let doc = send(&demo(), &Req::post("{}"));
    let response = doc["Response"].as_object().unwrap();
    let keys: Vec<&str> = response.keys().map(String::as_str).collect();
    assert_eq!(keys, ["TotalCount", "JobSet", "RequestId"]);
    assert_eq!(total(&doc), 42);
    let ids = job_ids(&doc);
    assert_eq!(ids.len(), 20);
    assert_eq!(ids[0], "job-ly9s7tox", "newest first");
    let created: Vec<&str> = doc["Response"]["JobSet"]
        .as_array()
        .unwrap()
        .iter()
        .map(|j| j["CreateTime"].as_str().unwrap())
        .collect();
    assert!(created.windows(2).all(|w| w[0] >= w[1]), "{created:?}");
    let rid = response["RequestId"].as_str().unwrap();
    assert_eq!(uuid::Uuid::parse_str(rid).unwrap().get_version_num(), 4);
}

#[test]
fn each_answer_has_a_fresh_request_id() {
    let svc = demo();
    let a = send(&svc, &Req::post("{}"));
    let b = send(&svc, &Req::post("{}"));
    assert_ne!(a["Response"]["RequestId"], b["Response"]["RequestId"]);
    let e = send(
        &svc,
        &Req {
            action: "Nope",
            ..Req::post("{}")
        },
    );
    assert!(
        e["Response"]["RequestId"]
            .as_str()
            .is_some_and(|r| r.len() == 36)
    );
}

#[test]
fn job_views_are_served_exactly_as_stored_key_order_unknown_fields_and_nulls() {
    let svc = demo();
    let doc = send(
        &svc,
        &Req::post(r#"{"JobIds": ["job-3n2weaqt", "job-y4krmt7j"]}"#),
    );
    let stored: Vec<Value> = demo_jobs()
        .into_iter()
        .filter(|j| ["job-3n2weaqt", "job-y4krmt7j"].contains(&crate::api::job_id(j)))
        .collect();
    let served = doc["Response"]["JobSet"].as_array().unwrap();
    // Newest first: the extra-fields job (2024) before the reference sample (2020).
    // Compared as text, because that is where key order shows (Value equality ignores it).
    let as_text = |v: &Value| serde_json::to_string(v).unwrap();
    assert_eq!(as_text(&served[0]), as_text(&stored[0]));
    assert_eq!(as_text(&served[1]), as_text(&stored[1]));
    let req = Req::post(r#"{"JobIds": ["job-3n2weaqt"]}"#);
    let (_, outcome) = send_raw(&svc, &req, &req.headers(), NOW);
    let text = String::from_utf8(outcome.body).unwrap();
    assert!(
        text.contains(
            r#"{"EndTime":null,"JobState":"STARTING","Tags":[{"Key":"batch-test-tag-job-key""#
        ),
        "{text}"
    );
    let extra = serde_json::to_string(&served[0]).unwrap();
    assert!(
        extra.contains(r#""Placement":{"Zone":"ap-guangzhou-4","ProjectId":0,"HostIds":[]}"#),
        "{extra}"
    );
    assert!(extra.contains(r#""Description":null"#), "{extra}");
}

#[test]
fn post_vectors_shapes_are_accepted_with_demo_credentials() {
    // The SDK vectors' bodies (their credentials are not the emulator's, so re-signed).
    let svc = demo();
    let doc = send(
        &svc,
        &Req::post(r#"{"JobIds": ["job-3n2weaqt", "job-7e7evk2x"]}"#).region("ap-guangzhou"),
    );
    assert_eq!(job_ids(&doc), ["job-3n2weaqt", "job-7e7evk2x"]);
    let doc = send(
        &svc,
        &Req::post(r#"{"Filters": [{"Name": "job-state", "Values": ["FAILED"]}, {"Name": "tag:env", "Values": ["prod"]}]}"#)
            .region("ap-guangzhou"),
    );
    assert_eq!(
        job_ids(&doc),
        ["job-3x7wx8ij"],
        "the one prod FAILED job in ap-guangzhou"
    );
    let doc = send(&svc, &Req::post(r#"{"Offset": 20, "Limit": 50}"#));
    assert_eq!((total(&doc), job_ids(&doc).len()), (42, 22));
}

// ---- GET form ----

#[test]
fn get_with_the_flattened_query_form_is_answered() {
    let doc = send(
        &demo(),
        &Req::get("JobIds.0=job-3n2weaqt&Offset=0&Limit=20").region("ap-guangzhou"),
    );
    assert_eq!(job_ids(&doc), ["job-3n2weaqt"]);
    assert_eq!(total(&doc), 1);
    let doc = send(
        &demo(),
        &Req::get(
            "Filters.0.Name=job-name&Filters.0.Values.0=%E6%95%B0%E6%8D%AE%E6%B8%85%E6%B4%97-%E6%AF%8F%E6%97%A5%E4%BB%BB%E5%8A%A1&Limit=5",
        ),
    );
    assert_eq!(job_ids(&doc), ["job-ly9s7tox", "job-m18yew0s"]);
}

#[test]
fn get_signature_covers_the_exact_query_string() {
    let req = Req::get("JobIds.0=job-3n2weaqt&Limit=20");
    let headers = req.headers();
    let tampered = Req {
        query: "JobIds.0=job-7e7evk2x&Limit=20".into(),
        ..req
    };
    let (doc, _) = send_raw(&demo(), &tampered, &headers, NOW);
    assert_eq!(error_code(&doc), "AuthFailure.SignatureFailure");
}

#[test]
fn get_parameter_errors_use_the_same_codes() {
    let svc = demo();
    assert_eq!(
        error_code(&send(&svc, &Req::get("Limit=0"))),
        "InvalidParameterValue"
    );
    assert_eq!(
        error_code(&send(&svc, &Req::get("Foo=bar"))),
        "UnknownParameter"
    );
    assert_eq!(
        error_code(&send(&svc, &Req::get("JobIds.0=job-XX"))),
        "InvalidParameter.JobIdMalformed"
    );
}

// ---- authentication ----

#[test]
fn missing_common_headers_are_missing_parameter_naming_them() {
    let svc = demo();
    let req = Req::post("{}");
    for (header, name) in [
        ("X-TC-Action", "`Action`"),
        ("X-TC-Version", "`Version`"),
        ("X-TC-Timestamp", "`Timestamp`"),
        ("Authorization", "`Authorization`"),
    ] {
        let mut headers = req.headers();
        remove(&mut headers, header);
        let (doc, _) = send_raw(&svc, &req, &headers, NOW);
        assert_eq!(error_code(&doc), "MissingParameter", "{header}");
        assert!(error_message(&doc).contains(name), "{doc}");
    }
}

#[test]
fn malformed_authorization_is_signature_failure() {
    let svc = demo();
    let req = Req::post("{}");
    for bad in [
        "Bearer abc",
        "TC3-HMAC-SHA256 Credential=x",
        "TC3-HMAC-SHA256 Foo=1, Signature=2",
    ] {
        let mut headers = req.headers();
        set(&mut headers, "Authorization", bad);
        let (doc, _) = send_raw(&svc, &req, &headers, NOW);
        assert_eq!(error_code(&doc), "AuthFailure.SignatureFailure", "{bad}");
    }
}

#[test]
fn timestamp_more_than_300_seconds_off_is_signature_expire_with_both_times() {
    let svc = demo();
    let req = Req::post("{}");
    let headers = req.headers();
    for now in [NOW + 301, NOW - 301, NOW + 999] {
        let (doc, _) = send_raw(&svc, &req, &headers, now);
        assert_eq!(error_code(&doc), "AuthFailure.SignatureExpire");
        assert!(error_message(&doc).contains("1700000000"), "{doc}");
        assert!(error_message(&doc).contains(&now.to_string()), "{doc}");
    }
    for now in [NOW + 300, NOW - 300] {
        let (doc, _) = send_raw(&svc, &req, &headers, now);
        assert_eq!(total(&doc), 42);
    }
    let mut headers = req.headers();
    set(&mut headers, "X-TC-Timestamp", "17e8");
    let (doc, _) = send_raw(&svc, &req, &headers, NOW);
    assert_eq!(error_code(&doc), "AuthFailure.SignatureExpire");
}

#[test]
fn unknown_secret_id_is_secret_id_not_found() {
    let doc = send(
        &demo(),
        &Req {
            id: "AKIDUNKNOWN",
            ..Req::post("{}")
        },
    );
    assert_eq!(error_code(&doc), "AuthFailure.SecretIdNotFound");
}

#[test]
fn wrong_key_tampered_body_host_or_content_type_is_signature_failure() {
    let svc = demo();
    let doc = send(
        &svc,
        &Req {
            key: "not-the-key",
            ..Req::post("{}")
        },
    );
    assert_eq!(error_code(&doc), "AuthFailure.SignatureFailure");

    let signed = Req::post(r#"{"Limit": 1}"#);
    let headers = signed.headers();
    let tampered = Req::post(r#"{"Limit": 2}"#);
    assert_eq!(
        error_code(&send_raw(&svc, &tampered, &headers, NOW).0),
        "AuthFailure.SignatureFailure"
    );
    let spaced = Req::post(r#"{"Limit":1}"#);
    assert_eq!(
        error_code(&send_raw(&svc, &spaced, &headers, NOW).0),
        "AuthFailure.SignatureFailure"
    );

    for (name, value) in [
        ("Host", "127.0.0.1:9301"),
        ("Content-Type", "application/json; charset=utf-8"),
    ] {
        let mut h = headers.clone();
        set(&mut h, name, value);
        assert_eq!(
            error_code(&send_raw(&svc, &signed, &h, NOW).0),
            "AuthFailure.SignatureFailure",
            "{name}"
        );
    }
    // The exact same request verifies.
    assert_eq!(total(&send_raw(&svc, &signed, &headers, NOW).0), 42);
}

#[test]
fn credential_scope_must_be_batch_on_the_timestamps_utc_date_with_content_type_and_host_signed() {
    let svc = demo();
    let req = Req::post("{}");
    let good = req.headers();
    let auth = good
        .iter()
        .find(|(n, _)| n == "Authorization")
        .unwrap()
        .1
        .clone();
    assert!(auth.contains("/2023-11-14/batch/tc3_request"));
    for bad in [
        auth.replace("/batch/", "/cvm/"),
        auth.replace("2023-11-14", "2023-11-15"),
        auth.replace(
            "SignedHeaders=content-type;host",
            "SignedHeaders=content-type;host;x-tc-action",
        ),
    ] {
        let mut h = good.clone();
        set(&mut h, "Authorization", &bad);
        let (doc, outcome) = send_raw(&svc, &req, &h, NOW);
        assert_eq!(error_code(&doc), "AuthFailure.SignatureFailure", "{bad}");
        assert!(outcome.result.unwrap_err().detail.is_some());
    }
    // A request signed for another service (even with the right key) fails as well.
    let sig = signer::sign(
        DEMO_SECRET_ID,
        DEMO_SECRET_KEY,
        &Signable {
            method: "POST",
            canonical_query: "",
            content_type: "application/json",
            host: HOST,
            payload: b"{}",
            service: "cvm",
            timestamp: NOW,
        },
    );
    let mut h = good.clone();
    set(&mut h, "Authorization", &sig.authorization);
    assert_eq!(
        error_code(&send_raw(&svc, &req, &h, NOW).0),
        "AuthFailure.SignatureFailure"
    );
}

#[test]
fn a_request_signed_near_utc_midnight_uses_the_utc_date() {
    // 2023-11-14T23:59:50Z: a local-time date would be 2023-11-15 east of UTC.
    let t = 1_700_006_390;
    let req = Req {
        timestamp: t,
        ..Req::post("{}")
    };
    let (doc, _) = send_raw(&demo(), &req, &req.headers(), t + 20);
    assert_eq!(total(&doc), 42);
}

#[test]
fn temporary_credentials_need_their_token() {
    let svc = demo();
    let temp = Req {
        id: DEMO_TEMP_SECRET_ID,
        key: DEMO_TEMP_SECRET_KEY,
        ..Req::post("{}")
    };
    let doc = send(
        &svc,
        &Req {
            token: Some(DEMO_TEMP_TOKEN),
            ..temp.clone()
        },
    );
    assert_eq!(total(&doc), 42);
    let doc = send(&svc, &temp);
    assert_eq!(error_code(&doc), "AuthFailure.TokenFailure");
    assert!(error_message(&doc).contains("X-TC-Token"));
    let doc = send(
        &svc,
        &Req {
            token: Some("stolen-or-stale"),
            ..temp
        },
    );
    assert_eq!(error_code(&doc), "AuthFailure.TokenFailure");
    // Permanent credentials do not need one.
    assert_eq!(total(&send(&svc, &Req::post("{}"))), 42);
}

// ---- action, version, region, language ----

#[test]
fn unknown_actions_are_invalid_action_and_other_versions_no_such_version() {
    let svc = demo();
    let doc = send(
        &svc,
        &Req {
            action: "DescribeJobz",
            ..Req::post("{}")
        },
    );
    assert_eq!(error_code(&doc), "InvalidAction");
    assert!(error_message(&doc).contains("DescribeJobz"));
    let doc = send(
        &svc,
        &Req {
            version: "2018-01-01",
            ..Req::post("{}")
        },
    );
    assert_eq!(error_code(&doc), "NoSuchVersion");
    assert!(error_message(&doc).contains("2018-01-01"));
}

#[test]
fn unknown_region_is_unsupported_region() {
    let doc = send(&demo(), &Req::post("{}").region("ap-guangzhuo"));
    assert_eq!(error_code(&doc), "UnsupportedRegion");
    assert!(error_message(&doc).contains("ap-guangzhuo"));
}

#[test]
fn zh_cn_gets_chinese_messages_and_others_english() {
    let svc = demo();
    let zh = send(
        &svc,
        &Req {
            id: "AKIDUNKNOWN",
            language: Some("zh-CN"),
            ..Req::post("{}")
        },
    );
    assert_eq!(error_code(&zh), "AuthFailure.SecretIdNotFound");
    assert!(error_message(&zh).contains("SecretId不存在"), "{zh}");
    let en = send(
        &svc,
        &Req {
            id: "AKIDUNKNOWN",
            language: Some("en-US"),
            ..Req::post("{}")
        },
    );
    assert!(error_message(&en).starts_with("The SecretId is not found"));
    let zh = send(
        &svc,
        &Req {
            language: Some("zh-CN"),
            ..Req::post(r#"{"Limit": 0}"#)
        },
    );
    assert!(error_message(&zh).contains("取值范围"), "{zh}");
}

#[test]
fn region_scopes_the_jobs_that_exist() {
    let svc = demo();
    let doc = send(&svc, &Req::post(r#"{"Limit": 100}"#).region("ap-shanghai"));
    assert_eq!(total(&doc), 10);
    for job in doc["Response"]["JobSet"].as_array().unwrap() {
        assert_eq!(job["Placement"]["Zone"], "ap-shanghai-2");
    }
    let doc = send(&svc, &Req::post(r#"{"Limit": 100}"#).region("ap-guangzhou"));
    assert_eq!(total(&doc), 22, "gz-3, gz-4 and the two samples");
    let doc = send(&svc, &Req::post("{}").region("ap-tokyo"));
    assert_eq!((total(&doc), job_ids(&doc).len()), (0, 0));
    // A job of another region is not found by ID either.
    let doc = send(
        &svc,
        &Req::post(r#"{"JobIds": ["job-3n2weaqt"]}"#).region("ap-beijing"),
    );
    assert_eq!(total(&doc), 0);
}

#[test]
fn financial_zone_jobs_are_not_in_the_plain_region() {
    let svc = Service::new(vec![
        json!({"JobId": "job-fsi00001", "Placement": {"Zone": "ap-shanghai-fsi-1"}, "CreateTime": "2024-01-01T00:00:00Z"}),
        json!({"JobId": "job-sh000001", "Placement": {"Zone": "ap-shanghai-2"}, "CreateTime": "2024-01-01T00:00:00Z"}),
    ]);
    assert_eq!(
        job_ids(&send(&svc, &Req::post("{}").region("ap-shanghai"))),
        ["job-sh000001"]
    );
    assert_eq!(
        job_ids(&send(&svc, &Req::post("{}").region("ap-shanghai-fsi"))),
        ["job-fsi00001"]
    );
}

#[test]
fn zone_filter_outside_the_region_is_mismatch_region() {
    let body = filters(json!([{"Name": "zone", "Values": ["ap-shanghai-2"]}]));
    let doc = send(&demo(), &Req::post(&body).region("ap-guangzhou"));
    assert_eq!(error_code(&doc), "InvalidZone.MismatchRegion");
    let doc = send(&demo(), &Req::post(&body));
    assert_eq!(total(&doc), 10);
}

// ---- parameters ----

#[test]
fn each_parameter_error_gets_its_code() {
    let svc = demo();
    let ids = |n: usize| {
        let list: Vec<String> = (0..n).map(|i| format!("job-{i:08}")).collect();
        json!({ "JobIds": list }).to_string()
    };
    let cases: Vec<(String, &str)> = vec![
        ("[]".into(), "InvalidParameterValue"),
        ("{".into(), "InvalidParameterValue"),
        (r#"{"Foo": 1}"#.into(), "UnknownParameter"),
        (
            r#"{"JobIds": "job-3n2weaqt"}"#.into(),
            "InvalidParameterValue",
        ),
        (r#"{"Limit": "20"}"#.into(), "InvalidParameterValue"),
        (r#"{"Offset": -5}"#.into(), "InvalidParameterValue"),
        (r#"{"Limit": 0}"#.into(), "InvalidParameterValue"),
        (r#"{"Limit": 101}"#.into(), "InvalidParameterValue"),
        (
            r#"{"JobIds": ["job-3n2weaqt"], "Filters": [{"Name": "zone", "Values": ["x"]}]}"#
                .into(),
            "InvalidParameter.InvalidParameterCombination",
        ),
        (
            r#"{"JobIds": ["job-3n2weaqt", "job_bad"]}"#.into(),
            "InvalidParameter.JobIdMalformed",
        ),
        (ids(101), "InvalidParameterValue.LimitExceeded"),
        (
            filters(json!([{"Name": "zone"}])),
            "InvalidParameterValue.InvalidFilter",
        ),
        (
            filters(json!([{"Name": "zone", "Values": []}])),
            "InvalidParameterValue.InvalidFilter",
        ),
        (
            filters(json!([{"Name": "owner", "Values": ["me"]}])),
            "InvalidFilter",
        ),
        (
            filters(
                json!([{"Name": "job-name", "Values": ["a","b","c","d","e","f","g","h","i","j","k"]}]),
            ),
            "InvalidParameterValue.LimitExceeded",
        ),
        (
            filters(json!(vec![
                json!({"Name": "job-name", "Values": ["a"]});
                11
            ])),
            "InvalidParameterValue.LimitExceeded",
        ),
    ];
    for (body, code) in cases {
        let doc = send(&svc, &Req::post(&body));
        assert_eq!(error_code(&doc), code, "{body}");
        assert!(!error_message(&doc).is_empty());
    }
    let doc = send(
        &svc,
        &Req::post(r#"{"JobIds": ["job-3n2weaqt", "job_bad"]}"#),
    );
    assert!(error_message(&doc).contains("job_bad"));
    let doc = send(&svc, &Req::post(r#"{"Foo": 1}"#));
    assert!(error_message(&doc).contains("Foo"));
    assert_eq!(total(&send(&svc, &Req::post(&ids(100)))), 0);
}

#[test]
fn authentication_is_checked_before_parameters() {
    let doc = send(
        &demo(),
        &Req {
            key: "wrong",
            ..Req::post(r#"{"Limit": 0}"#)
        },
    );
    assert_eq!(error_code(&doc), "AuthFailure.SignatureFailure");
}

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

// ---- selection semantics ----

#[test]
fn job_ids_return_the_jobs_found_and_total_counts_them() {
    let svc = demo();
    let doc = send(
        &svc,
        &Req::post(
            r#"{"JobIds": ["job-7e7evk2x", "job-zzzzzzzz", "job-ly9s7tox", "job-7e7evk2x"]}"#,
        ),
    );
    assert_eq!(job_ids(&doc), ["job-ly9s7tox", "job-7e7evk2x"]);
    assert_eq!(total(&doc), 2);
    let doc = send(
        &svc,
        &Req::post(r#"{"JobIds": ["job-7e7evk2x", "job-ly9s7tox"], "Limit": 1, "Offset": 1}"#),
    );
    assert_eq!((job_ids(&doc), total(&doc)), (vec!["job-7e7evk2x"], 2));
    let doc = send(&svc, &Req::post(r#"{"JobIds": []}"#));
    assert_eq!(
        total(&doc),
        42,
        "an empty JobIds selects nothing in particular"
    );
}

#[test]
fn values_of_one_filter_are_ored_and_filters_are_anded() {
    let svc = demo();
    let doc = send(
        &svc,
        &Req::post(&filters(
            json!([{"Name": "job-state", "Values": ["RUNNING", "STARTING"]}]),
        )),
    );
    assert_eq!(
        total(&doc),
        11,
        "5 RUNNING + 5 STARTING + the STARTING sample"
    );
    let doc = send(
        &svc,
        &Req::post(&filters(json!([
            {"Name": "job-state", "Values": ["RUNNING", "STARTING"]},
            {"Name": "zone", "Values": ["ap-beijing-5"]}
        ]))),
    );
    assert_eq!(
        job_ids(&doc),
        ["job-wgc9ogkh", "job-u6p872wt", "job-d4qtnfri"]
    );
    assert_eq!(total(&doc), 3);
}

#[test]
fn every_filter_name_matches_its_field() {
    let svc = demo();
    let count = |f: Value| total(&send(&svc, &Req::post(&filters(json!([f])))));
    assert_eq!(
        count(json!({"Name": "job-id", "Values": ["job-3n2weaqt", "job-nothere1"]})),
        1
    );
    assert_eq!(
        count(json!({"Name": "job-name", "Values": ["数据清洗-每日任务"]})),
        2
    );
    assert_eq!(
        count(json!({"Name": "job-name", "Values": ["数据清洗"]})),
        0,
        "exact, not substring"
    );
    assert_eq!(
        count(
            json!({"Name": "job-name", "Values": ["multi-line\nname", "report \"Q2\" export", "etl, nightly"]})
        ),
        4
    );
    assert_eq!(count(json!({"Name": "job-state", "Values": ["FAILED"]})), 6);
    assert_eq!(count(json!({"Name": "job-state", "Values": ["failed"]})), 0);
    assert_eq!(
        count(json!({"Name": "zone", "Values": ["ap-guangzhou-4"]})),
        12
    );
    assert_eq!(count(json!({"Name": "tag-key", "Values": ["项目"]})), 1);
    assert_eq!(count(json!({"Name": "tag-key", "Values": ["team"]})), 22);
    assert_eq!(count(json!({"Name": "tag-value", "Values": ["prod"]})), 13);
    assert_eq!(count(json!({"Name": "tag:env", "Values": ["prod"]})), 13);
    assert_eq!(
        count(json!({"Name": "tag:env", "Values": ["prod", "dev"]})),
        26
    );
    assert_eq!(
        count(json!({"Name": "tag:team", "Values": ["prod"]})),
        0,
        "key and value must match together"
    );
    assert_eq!(
        count(json!({"Name": "tag:job-key", "Values": ["job-value"]})),
        1
    );
}

#[test]
fn offset_and_limit_page_through_every_match_without_gaps() {
    let svc = demo();
    let all = send(&svc, &Req::post(r#"{"Limit": 100}"#));
    let all_ids = job_ids(&all);
    assert_eq!(all_ids.len(), 42);
    let mut paged = Vec::new();
    for offset in (0..42).step_by(10) {
        let doc = send(
            &svc,
            &Req::post(&format!(r#"{{"Offset": {offset}, "Limit": 10}}"#)),
        );
        assert_eq!(total(&doc), 42);
        paged.extend(job_ids(&doc).into_iter().map(str::to_string));
    }
    assert_eq!(paged, all_ids);
    let doc = send(&svc, &Req::post(r#"{"Offset": 1000}"#));
    assert_eq!((total(&doc), job_ids(&doc).len()), (42, 0));
    let doc = send(&svc, &Req::post(r#"{"Offset": 9223372036854775807}"#));
    assert_eq!((total(&doc), job_ids(&doc).len()), (42, 0));
    // The model says Offset is an int64: beyond it the service refuses the value.
    let doc = send(&svc, &Req::post(r#"{"Offset": 18446744073709551615}"#));
    assert_eq!(error_code(&doc), "InvalidParameterValue");
    let body =
        json!({"Limit": 2, "Offset": 1, "Filters": [{"Name": "job-state", "Values": ["SUCCEED"]}]});
    let doc = send(&svc, &Req::post(&body.to_string()));
    assert_eq!(
        (total(&doc), job_ids(&doc)),
        (5, vec!["job-gqu1beno", "job-z9mdzrv2"])
    );
}

#[test]
fn jobs_created_at_the_same_time_keep_their_given_order() {
    let t = "2024-01-01T00:00:00Z";
    let svc = Service::new(vec![
        json!({"JobId": "job-aaaaaaa1", "CreateTime": t}),
        json!({"JobId": "job-aaaaaaa2", "CreateTime": "2024-01-02T00:00:00Z"}),
        json!({"JobId": "job-aaaaaaa3", "CreateTime": t}),
        json!({"JobId": "job-aaaaaaa4"}),
        json!({"JobId": "job-aaaaaaa5", "CreateTime": t}),
    ]);
    let doc = send(&svc, &Req::post("{}"));
    assert_eq!(
        job_ids(&doc),
        [
            "job-aaaaaaa2",
            "job-aaaaaaa1",
            "job-aaaaaaa3",
            "job-aaaaaaa5",
            "job-aaaaaaa4"
        ]
    );
}

// ---- protocol edges ----

#[test]
fn other_methods_paths_and_oversized_bodies_are_refused_cleanly() {
    let svc = demo();
    let doc = send(
        &svc,
        &Req {
            method: "PUT",
            ..Req::post("{}")
        },
    );
    assert_eq!(error_code(&doc), "UnsupportedProtocol");
    let doc = send(
        &svc,
        &Req {
            path: "/v2".into(),
            ..Req::post("{}")
        },
    );
    assert_eq!(error_code(&doc), "InvalidAction");
    let req = Req::post("");
    let headers = req.headers();
    let outcome = svc.handle(
        &Incoming {
            method: "POST",
            path: "/",
            query: "",
            headers: &headers,
            body: b"",
            body_problem: Some(&BodyProblem::TooLarge),
        },
        NOW,
    );
    assert_eq!(outcome.code(), "RequestSizeLimitExceeded");
}

#[test]
fn garbage_input_never_panics() {
    let svc = demo();
    let junk: &[&[u8]] = &[
        b"",
        b"\xff\xfe",
        b"null",
        b"{\"Filters\": [null]}",
        b"{\"JobIds\": [null]}",
        b"{\"Filters\": {}}",
        b"\"x\"",
    ];
    for body in junk {
        let req = Req {
            body: body.to_vec(),
            ..Req::post("")
        };
        let doc = send(&svc, &req);
        assert!(doc["Response"]["Error"]["Code"].is_string(), "{doc}");
    }
    let headers = vec![(
        "X-TC-Timestamp".to_string(),
        "-9223372036854775808".to_string(),
    )];
    let (doc, _) = send_raw(&svc, &Req::post("{}"), &headers, i64::MAX);
    assert_eq!(error_code(&doc), "MissingParameter");
    let mut headers = Req::post("{}").headers();
    set(&mut headers, "X-TC-Timestamp", "-9223372036854775808");
    let (doc, _) = send_raw(&svc, &Req::post("{}"), &headers, i64::MAX);
    assert_eq!(error_code(&doc), "AuthFailure.SignatureExpire");
}

// ---- log ----

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

// ---- over HTTP ----

/// Sends raw HTTP/1.1 and returns (status line, headers, body).
fn http(endpoint: &str, request: &[u8]) -> (String, String, Vec<u8>) {
    let addr = endpoint.trim_start_matches("http://");
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    stream.write_all(request).unwrap();
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("an HTTP answer");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let (status, headers) = head.split_once("\r\n").unwrap_or((&head, ""));
    (
        status.to_string(),
        headers.to_string(),
        raw[split + 4..].to_vec(),
    )
}

/// A quiet emulator without a rate limit or faults.
fn quiet_config(listen: impl Into<String>, jobs: Vec<Value>) -> Config {
    Config {
        quiet: true,
        rate_limit: RateLimit::OFF,
        ..Config::new(listen, jobs)
    }
}

fn signed_http_request(endpoint: &str, body: &str) -> Vec<u8> {
    let host = endpoint.trim_start_matches("http://").to_string();
    let now = unix_now();
    let host: &'static str = Box::leak(host.into_boxed_str());
    let req = Req {
        host,
        timestamp: now,
        ..Req::post(body)
    };
    let mut text = String::from("POST / HTTP/1.1\r\n");
    for (name, value) in req.headers() {
        text.push_str(&format!("{name}: {value}\r\n"));
    }
    text.push_str(&format!(
        "Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    ));
    text.into_bytes()
}

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

// ---- rate limit and faults over HTTP ----

/// The same signed request without `Connection: close`: the connection stays open for
/// more requests, as SDKs (and reqwest) keep it.
fn keep_alive(request: Vec<u8>) -> Vec<u8> {
    String::from_utf8(request)
        .unwrap()
        .replace("Connection: close\r\n", "")
        .into_bytes()
}

/// What a raw exchange got back: every byte until the server closed, or until
/// `patience` passed without a byte (`timed_out`).
struct Exchange {
    raw: Vec<u8>,
    timed_out: bool,
}

impl Exchange {
    fn head(&self) -> String {
        let end = self
            .raw
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .unwrap_or(self.raw.len());
        String::from_utf8_lossy(&self.raw[..end]).into_owned()
    }

    fn body(&self) -> &[u8] {
        match self.raw.windows(4).position(|w| w == b"\r\n\r\n") {
            Some(end) => &self.raw[end + 4..],
            None => &[],
        }
    }

    fn status(&self) -> String {
        self.head().lines().next().unwrap_or("").to_string()
    }

    /// A header's value, by case-insensitive name.
    fn header(&self, name: &str) -> Option<String> {
        self.head().lines().skip(1).find_map(|line| {
            let (n, v) = line.split_once(':')?;
            n.trim()
                .eq_ignore_ascii_case(name)
                .then(|| v.trim().to_string())
        })
    }

    fn json(&self) -> Value {
        serde_json::from_slice(self.body()).expect("a JSON body")
    }
}

/// Sends `request` on a fresh connection and reads until the server closes it, the
/// answer announced by `Content-Length` is complete, or `patience` passes in silence.
fn exchange_on(stream: &mut TcpStream, request: &[u8], patience: Duration) -> Exchange {
    stream.set_read_timeout(Some(patience)).unwrap();
    stream.write_all(request).unwrap();
    let mut raw = Vec::new();
    let mut buf = [0u8; 8192];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => {
                return Exchange {
                    raw,
                    timed_out: false,
                };
            }
            Ok(n) => raw.extend_from_slice(&buf[..n]),
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                return Exchange {
                    raw,
                    timed_out: true,
                };
            }
            // A reset connection: whatever came before it.
            Err(_) => {
                return Exchange {
                    raw,
                    timed_out: false,
                };
            }
        }
        let exchange = Exchange {
            raw: raw.clone(),
            timed_out: false,
        };
        let announced = exchange
            .header("Content-Length")
            .and_then(|n| n.parse::<usize>().ok());
        if exchange.head().len() < raw.len() && announced == Some(exchange.body().len()) {
            return exchange;
        }
    }
}

fn exchange(endpoint: &str, request: &[u8], patience: Duration) -> Exchange {
    let mut stream = TcpStream::connect(endpoint.trim_start_matches("http://")).unwrap();
    exchange_on(&mut stream, request, patience)
}

fn with_faults(list: &str, log: Option<std::path::PathBuf>) -> Handle {
    start(Config {
        faults: faults::parse_faults(list).unwrap(),
        log,
        ..quiet_config("127.0.0.1:0", demo_jobs())
    })
    .unwrap()
}

fn signed(handle: &Handle) -> Vec<u8> {
    keep_alive(signed_http_request(&handle.endpoint, r#"{"Limit": 1}"#))
}

/// Long enough for any answer on a busy machine; a fault that should close the
/// connection must not run into it.
const PATIENCE: Duration = Duration::from_secs(10);

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

// ---- --advance ----

/// A SUBMITTED job of three tasks, in the reference sample's unusual key order, with an
/// unknown field.
fn fresh_job(id: &str, name: &str, tags: Value) -> Value {
    json!({
        "EndTime": null,
        "JobState": "SUBMITTED",
        "Tags": tags,
        "TaskMetrics": {
            "PendingCount": 0, "FailedCount": 0, "StartingCount": 0, "SucceedCount": 0,
            "FailedInterruptedCount": 0, "SubmittedCount": 3, "RunnableCount": 0,
            "RunningCount": 0
        },
        "JobId": id,
        "Unknown": {"Nested": [1, null]},
        "Priority": 1,
        "Placement": {"Zone": "ap-guangzhou-4"},
        "JobName": name,
        "CreateTime": "2024-01-01T00:00:00Z"
    })
}

fn keys(v: &Value) -> Vec<String> {
    v.as_object().unwrap().keys().cloned().collect()
}

fn by_ids(ids: &[&str]) -> Req {
    Req::post(&json!({ "JobIds": ids }).to_string())
}

/// The one job of an answer to a request for `id`.
fn poll(svc: &Service, id: &str) -> Value {
    let doc = send(svc, &by_ids(&[id]));
    assert_eq!(job_ids(&doc), [id], "{doc}");
    doc["Response"]["JobSet"][0].clone()
}

fn stored(svc: &Service, id: &str) -> Value {
    svc.world()
        .views()
        .into_iter()
        .find(|j| crate::api::job_id(j) == id)
        .unwrap()
}

/// The job's state fits its metrics and EndTime: every task in the state's counter.
fn assert_consistent(job: &Value, tasks: u64) {
    let state = job["JobState"].as_str().unwrap();
    let counter = crate::state::advance::counter_of(state).unwrap();
    for name in crate::api::TASK_COUNTERS {
        let want = if name == counter { tasks } else { 0 };
        assert_eq!(job["TaskMetrics"][name], want, "{name} of {job}");
    }
    if crate::api::is_terminal_state(state) {
        assert_eq!(job["EndTime"], "2023-11-14T22:13:20Z", "{job}");
    } else {
        assert!(job["EndTime"].is_null(), "{job}");
    }
}

#[test]
fn a_polled_job_goes_through_every_state_in_order_and_ends_succeed() {
    let job = fresh_job("job-aaaaaaa1", "nightly-etl", json!([]));
    let (job_keys, metric_keys) = (keys(&job), keys(&job["TaskMetrics"]));
    let svc = advancing(vec![job]);
    assert!(svc.world().lock().advances());
    let mut seen = Vec::new();
    for _ in 0..8 {
        let served = poll(&svc, "job-aaaaaaa1");
        // Each answer shows the state before its own move, consistent and in key order.
        assert_consistent(&served, 3);
        assert_eq!(keys(&served), job_keys);
        assert_eq!(keys(&served["TaskMetrics"]), metric_keys);
        assert_eq!(served["Unknown"], json!({"Nested": [1, null]}));
        assert_eq!(served["CreateTime"], "2024-01-01T00:00:00Z");
        seen.push(served["JobState"].as_str().unwrap().to_string());
    }
    assert_eq!(
        seen,
        [
            "SUBMITTED",
            "PENDING",
            "RUNNABLE",
            "STARTING",
            "RUNNING",
            "SUCCEED",
            "SUCCEED",
            "SUCCEED"
        ]
    );
    let end = stored(&svc, "job-aaaaaaa1");
    assert_consistent(&end, 3);
    assert_eq!(keys(&end), job_keys);
}

#[test]
fn the_outcome_tag_and_a_failing_name_choose_the_final_state() {
    let svc = advancing(vec![
        fresh_job(
            "job-aaaaaaa1",
            "plain",
            json!([{"Key": "emulator-outcome", "Value": "failed_interrupted"}]),
        ),
        fresh_job("job-aaaaaaa2", "Nightly-FAILURE-demo", json!([])),
        fresh_job(
            "job-aaaaaaa3",
            "will-fail-but-tagged",
            json!([{"Key": "emulator-outcome", "Value": "SUCCEED"}]),
        ),
        fresh_job(
            "job-aaaaaaa4",
            "plain",
            json!([{"Key": "emulator-outcome", "Value": "sometime"}]),
        ),
    ]);
    for _ in 0..5 {
        send(
            &svc,
            &by_ids(&[
                "job-aaaaaaa1",
                "job-aaaaaaa2",
                "job-aaaaaaa3",
                "job-aaaaaaa4",
            ]),
        );
    }
    let state = |id| stored(&svc, id)["JobState"].as_str().unwrap().to_string();
    assert_eq!(state("job-aaaaaaa1"), "FAILED_INTERRUPTED");
    assert_eq!(state("job-aaaaaaa2"), "FAILED");
    assert_eq!(state("job-aaaaaaa3"), "SUCCEED");
    assert_eq!(state("job-aaaaaaa4"), "SUCCEED");
    for id in ["job-aaaaaaa1", "job-aaaaaaa2", "job-aaaaaaa3"] {
        assert_consistent(&stored(&svc, id), 3);
    }
}

#[test]
fn only_the_jobs_of_the_answered_page_move() {
    let jobs: Vec<Value> = (1..=4)
        .map(|i| fresh_job(&format!("job-aaaaaaa{i}"), "x", json!([])))
        .collect();
    let svc = advancing(jobs.clone());
    // One job by ID, then a page of one (Offset 2) through filters: only those move.
    poll(&svc, "job-aaaaaaa1");
    let doc = send(&svc, &Req::post(r#"{"Offset": 2, "Limit": 1}"#));
    assert_eq!(job_ids(&doc), ["job-aaaaaaa3"]);
    let states: Vec<String> = svc
        .world()
        .views()
        .iter()
        .map(|j| j["JobState"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(states, ["PENDING", "SUBMITTED", "PENDING", "SUBMITTED"]);
    // Unpolled jobs are untouched, byte for byte.
    let as_text = |v: &Value| serde_json::to_string(v).unwrap();
    assert_eq!(as_text(&stored(&svc, "job-aaaaaaa2")), as_text(&jobs[1]));
    assert_eq!(as_text(&stored(&svc, "job-aaaaaaa4")), as_text(&jobs[3]));
    // Errors and unknown IDs move nothing.
    let before = svc.world().views();
    send(&svc, &Req::post(r#"{"Limit": 500}"#));
    send(&svc, &by_ids(&["job-zzzzzzzz"]));
    send(
        &svc,
        &Req {
            key: "wrong",
            ..Req::post("{}")
        },
    );
    assert_eq!(svc.world().views(), before);
}

#[test]
fn without_advance_nothing_moves() {
    let svc = demo();
    assert!(!svc.world().lock().advances());
    let before = svc.world().views();
    for _ in 0..6 {
        send(&svc, &Req::post(r#"{"Limit": 100}"#));
    }
    assert_eq!(poll(&svc, "job-3n2weaqt")["JobState"], "STARTING");
    let as_text = |v: &Vec<Value>| serde_json::to_string(v).unwrap();
    assert_eq!(as_text(&svc.world().views()), as_text(&before));
}

#[test]
fn the_demo_sample_job_ends_succeed_in_two_more_polls_and_order_is_kept() {
    let svc = advancing(demo_jobs());
    let order: Vec<String> = svc
        .world()
        .views()
        .iter()
        .map(|j| crate::api::job_id(j).to_string())
        .collect();
    let states: Vec<Value> = (0..4)
        .map(|_| poll(&svc, "job-3n2weaqt")["JobState"].clone())
        .collect();
    assert_eq!(states, ["STARTING", "RUNNING", "SUCCEED", "SUCCEED"]);
    let sample = stored(&svc, "job-3n2weaqt");
    assert_consistent(&sample, 1);
    // The reference sample's own key order survives.
    assert_eq!(keys(&sample)[..3], ["EndTime", "JobState", "Tags"]);
    assert_eq!(keys(&sample["TaskMetrics"])[0], "PendingCount");
    // A whole listing moves every unfinished job, and the newest-first order holds.
    send(&svc, &Req::post(r#"{"Limit": 100}"#));
    let after: Vec<String> = svc
        .world()
        .views()
        .iter()
        .map(|j| crate::api::job_id(j).to_string())
        .collect();
    assert_eq!(after, order);
    let doc = send(&svc, &Req::post(r#"{"Limit": 100}"#));
    assert_eq!(job_ids(&doc), order);
}

#[test]
fn filters_see_the_current_state() {
    let svc = advancing(vec![fresh_job("job-aaaaaaa1", "x", json!([]))]);
    let state_filter =
        |state: &str| Req::post(&filters(json!([{"Name": "job-state", "Values": [state]}])));
    assert_eq!(total(&send(&svc, &state_filter("SUBMITTED"))), 1);
    // That answer moved it: SUBMITTED no longer matches, PENDING does.
    assert_eq!(total(&send(&svc, &state_filter("SUBMITTED"))), 0);
    assert_eq!(total(&send(&svc, &state_filter("PENDING"))), 1);
    assert_eq!(total(&send(&svc, &state_filter("RUNNABLE"))), 1);
}

#[test]
fn concurrent_polls_each_move_the_job_once_and_see_every_state_once() {
    let svc = std::sync::Arc::new(advancing(vec![fresh_job("job-aaaaaaa1", "x", json!([]))]));
    let threads: Vec<_> = (0..8)
        .map(|_| {
            let svc = std::sync::Arc::clone(&svc);
            std::thread::spawn(move || {
                (0..10)
                    .map(|_| {
                        let req = by_ids(&["job-aaaaaaa1"]);
                        let (doc, outcome) = send_raw(&svc, &req, &req.headers(), NOW);
                        let served = doc["Response"]["JobSet"][0].clone();
                        assert_consistent(&served, 3);
                        let moved = outcome.result.unwrap().advanced.unwrap();
                        (served["JobState"].as_str().unwrap().to_string(), moved)
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let answers: Vec<(String, usize)> = threads
        .into_iter()
        .flat_map(|t| t.join().unwrap())
        .collect();
    assert_eq!(answers.len(), 80);
    assert_eq!(answers.iter().map(|(_, n)| n).sum::<usize>(), 5);
    for state in ["SUBMITTED", "PENDING", "RUNNABLE", "STARTING", "RUNNING"] {
        let seen = answers.iter().filter(|(s, _)| s == state).count();
        assert_eq!(seen, 1, "{state}: {answers:?}");
    }
    assert_eq!(stored(&svc, "job-aaaaaaa1")["JobState"], "SUCCEED");
}

#[test]
fn the_log_counts_the_jobs_advanced() {
    let svc = advancing(vec![
        fresh_job("job-aaaaaaa1", "x", json!([])),
        json!({"JobId": "job-aaaaaaa2", "JobState": "SUCCEED", "CreateTime": "2023-01-01T00:00:00Z"}),
    ]);
    let req = Req::post("{}");
    let headers = req.headers();
    let incoming = Incoming {
        method: "POST",
        path: "/",
        query: "",
        headers: &headers,
        body: &req.body,
        body_problem: None,
    };
    // A preview (an answer cut short by `truncate`) moves nothing and counts nothing.
    let preview = svc.preview(&incoming, NOW);
    assert_eq!(preview.result.as_ref().unwrap().advanced, None);
    assert_eq!(stored(&svc, "job-aaaaaaa1")["JobState"], "SUBMITTED");
    let outcome = svc.handle(&incoming, NOW);
    let line = log::log_line(&incoming, &outcome, NOW);
    assert_eq!(line["returned"], 2);
    assert_eq!(line["advanced"], 1);
    assert_eq!(
        keys(&line)[8..12],
        ["returned", "total", "advanced", "request_id"]
    );
    assert_eq!(
        log::human_line(&outcome),
        "emulator: DescribeJobs ok 2/2 jobs, 1 advanced"
    );
    // Without --advance, no such field.
    let plain = Service::new(Vec::new()).handle(&incoming, NOW);
    assert!(
        log::log_line(&incoming, &plain, NOW)
            .get("advanced")
            .is_none()
    );
}

#[test]
fn advance_over_http_moves_jobs_between_answers_and_logs_it() {
    let dir = tempfile::tempdir().unwrap();
    let log_path = dir.path().join("requests.jsonl");
    let handle = start(Config {
        advance: true,
        log: Some(log_path.clone()),
        ..quiet_config("127.0.0.1:0", demo_jobs())
    })
    .unwrap();
    let body = r#"{"JobIds": ["job-3n2weaqt"]}"#;
    let states: Vec<Value> = (0..3)
        .map(|_| {
            let (status, _, answer) = http(
                &handle.endpoint,
                &signed_http_request(&handle.endpoint, body),
            );
            assert!(status.contains("200"), "{status}");
            let doc: Value = serde_json::from_slice(&answer).unwrap();
            doc["Response"]["JobSet"][0]["JobState"].clone()
        })
        .collect();
    handle.shutdown();
    assert_eq!(states, ["STARTING", "RUNNING", "SUCCEED"]);
    let advanced: Vec<Value> = std::fs::read_to_string(&log_path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["advanced"].clone())
        .collect();
    assert_eq!(advanced, [json!(1), json!(1), json!(0)]);
}
