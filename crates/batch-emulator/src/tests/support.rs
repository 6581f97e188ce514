//! What most emulator tests share: signed requests sent through the pure handler
//! (`crate::service::Service`), readers of its answers, and the bodies of the published
//! examples.

use serde_json::{Value, json};
use tc3::{self as signer, Signable};

use crate::request::Incoming;
use crate::service::{Outcome, Service};
use crate::{DEMO_SECRET_ID, DEMO_SECRET_KEY, demo_jobs};

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

pub(crate) fn action(name: &'static str, body: &str) -> Req {
    Req {
        action: name,
        ..Req::post(body)
    }
}

pub(crate) fn response(doc: &Value) -> &Value {
    assert!(doc["Response"]["Error"].is_null(), "an error: {doc}");
    &doc["Response"]
}

pub(crate) fn example(action: &str) -> Value {
    let path = format!(
        "{}/../../api/examples/{action}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str::<Value>(&text).unwrap()["request"].clone()
}

pub(crate) fn submit_body(name: &str, token: Option<&str>) -> String {
    let mut body = example("SubmitJob");
    body["Job"]["JobName"] = json!(name);
    body["Job"]["Tags"] = json!([{"Key": "team", "Value": "emu"}]);
    if let Some(token) = token {
        body["ClientToken"] = json!(token);
    }
    body.to_string()
}
