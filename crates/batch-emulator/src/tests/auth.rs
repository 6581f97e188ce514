//! Authentication: the common headers, TC3 signatures (signed-header sets, credential
//! scope, UTC dates), timestamps, SecretIds and session tokens, checked before
//! anything else.

use tc3::{self as signer, Signable};

use super::support::*;
use crate::service::Service;
use crate::{
    DEMO_SECRET_ID, DEMO_SECRET_KEY, DEMO_TEMP_SECRET_ID, DEMO_TEMP_SECRET_KEY, DEMO_TEMP_TOKEN,
    demo_jobs,
};

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
fn malformed_authorization_is_invalid_authorization() {
    let svc = demo();
    let req = Req::post("{}");
    let good = req.headers();
    let auth = good
        .iter()
        .find(|(n, _)| n == "Authorization")
        .unwrap()
        .1
        .clone();
    let signature = auth.rsplit_once("Signature=").unwrap().1.to_string();
    for bad in [
        "Bearer abc".to_string(),
        "TC3-HMAC-SHA256 Credential=x".to_string(),
        "TC3-HMAC-SHA256 Foo=1, Signature=2".to_string(),
        auth.replace("TC3-HMAC-SHA256", "TC3-HMAC-SHA1"),
        auth.replace("/tc3_request", "/tc2_request"),
        auth.replace(", SignedHeaders=content-type;host", ""),
        // The signature must be 64 hex digits.
        auth.replace(&signature, &signature[..63]),
        auth.replace(&signature, &format!("{}g", &signature[..63])),
    ] {
        let mut headers = good.clone();
        set(&mut headers, "Authorization", &bad);
        let (doc, _) = send_raw(&svc, &req, &headers, NOW);
        assert_eq!(
            error_code(&doc),
            "AuthFailure.InvalidAuthorization",
            "{bad}"
        );
    }
    // Well-formed, but the wrong signature: SignatureFailure.
    let mut headers = good.clone();
    let flipped = if signature.starts_with('0') { "1" } else { "0" };
    set(
        &mut headers,
        "Authorization",
        &auth.replace(&signature, &format!("{flipped}{}", &signature[1..])),
    );
    let (doc, _) = send_raw(&svc, &req, &headers, NOW);
    assert_eq!(error_code(&doc), "AuthFailure.SignatureFailure");
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

/// Signs `req` over `names` with the values lower-cased (the specification's rule), as
/// the official sample code does.
fn signed_over(req: &Req, names: &[&str], extra: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut headers = req.headers();
    for (name, value) in extra {
        super::support::set(&mut headers, name, value);
    }
    let received = tc3::Received {
        method: "POST",
        canonical_query: "",
        headers: &headers,
        payload: &req.body,
    };
    let canonical = tc3::canonical_request_over(&received, names, true).unwrap();
    let date = tc3::utc_date(req.timestamp);
    let scope = format!("{date}/batch/tc3_request");
    let to_sign = tc3::string_to_sign(req.timestamp, &scope, &canonical);
    let signature = tc3::signature_hex(req.key, &date, "batch", &to_sign);
    let authorization = format!(
        "TC3-HMAC-SHA256 Credential={}/{scope}, SignedHeaders={}, Signature={signature}",
        req.id,
        names.join(";")
    );
    super::support::set(&mut headers, "Authorization", &authorization);
    headers
}

#[test]
fn three_signed_header_sets_verify_and_a_set_without_host_does_not() {
    let svc = Service::new(demo_jobs());
    let req = Req::post(r#"{"Limit": 1}"#);
    // content-type;host, as tccli and the SDKs sign.
    assert!(send(&svc, &req)["Response"]["Error"].is_null());
    // content-type;host;x-tc-action with lower-cased values, as the sample code.
    let sample = signed_over(&req, &["content-type", "host", "x-tc-action"], &[]);
    let (doc, _) = send_raw(&svc, &req, &sample, NOW);
    assert!(doc["Response"]["Error"].is_null(), "{doc}");
    // A wider set, with a content type whose value the canonical form lower-cases.
    let wide = signed_over(
        &req,
        &[
            "content-type",
            "host",
            "x-tc-action",
            "x-tc-timestamp",
            "x-tc-version",
        ],
        &[("Content-Type", "Application/JSON; charset=UTF-8")],
    );
    let (doc, _) = send_raw(&svc, &req, &wide, NOW);
    assert!(doc["Response"]["Error"].is_null(), "{doc}");
    // Tampering with a signed header breaks it.
    let mut tampered = sample.clone();
    super::support::set(&mut tampered, "X-TC-Action", "DescribeJob");
    let (doc, _) = send_raw(&svc, &req, &tampered, NOW);
    assert_eq!(error_code(&doc), "AuthFailure.SignatureFailure");
    // Sets the specification does not allow.
    for names in [&["content-type"][..], &["host", "content-type"][..]] {
        let mut headers = req.headers();
        let auth = headers
            .iter()
            .find(|(n, _)| n == "Authorization")
            .unwrap()
            .1
            .replace("content-type;host", &names.join(";"));
        super::support::set(&mut headers, "Authorization", &auth);
        let (doc, outcome) = send_raw(&svc, &req, &headers, NOW);
        assert_eq!(error_code(&doc), "AuthFailure.SignatureFailure");
        let detail = outcome.result.unwrap_err().detail.unwrap();
        assert!(detail.contains("SignedHeaders"), "{detail}");
    }
}

/// The demo jobs in ap-guangzhou, the Region every older-method request here names.
const IN_GUANGZHOU: u64 = 22;

/// Percent-encodes a form value as the SDKs' `urlencode` does (unreserved bytes kept).
fn form_encode(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// Flattens a JSON body as the SDKs do for the older signature (`Name.0.Member`).
fn flatten(prefix: &str, value: &serde_json::Value, out: &mut Vec<(String, String)>) {
    let key = |k: &str| {
        if prefix.is_empty() {
            k.to_string()
        } else {
            format!("{prefix}.{k}")
        }
    };
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                flatten(&key(k), v, out);
            }
        }
        serde_json::Value::Array(list) => {
            for (i, v) in list.iter().enumerate() {
                flatten(&key(&i.to_string()), v, out);
            }
        }
        serde_json::Value::String(s) => out.push((prefix.to_string(), s.clone())),
        other => out.push((prefix.to_string(), other.to_string())),
    }
}

/// A request signed with the older method, its parameters in the query string (GET) or a
/// form body (POST): the request and its headers.
struct LegacyReq {
    method: &'static str,
    action: &'static str,
    params: Vec<(String, String)>,
    key: &'static str,
    id: &'static str,
    algorithm: Option<signer::legacy::Algorithm>,
    timestamp: i64,
}

impl LegacyReq {
    fn new(method: &'static str, body: serde_json::Value) -> LegacyReq {
        let mut params = Vec::new();
        flatten("", &body, &mut params);
        LegacyReq {
            method,
            action: "DescribeJobs",
            params,
            key: DEMO_SECRET_KEY,
            id: DEMO_SECRET_ID,
            algorithm: Some(signer::legacy::Algorithm::HmacSha256),
            timestamp: NOW,
        }
    }

    /// Every parameter sent, the signature last.
    fn signed(&self) -> Vec<(String, String)> {
        let mut all: Vec<(String, String)> = [
            ("Action", self.action.to_string()),
            ("Version", "2017-03-12".to_string()),
            ("Region", "ap-guangzhou".to_string()),
            ("Timestamp", self.timestamp.to_string()),
            ("Nonce", "11886".to_string()),
            ("SecretId", self.id.to_string()),
            ("RequestClient", "SDK_PYTHON_3.0.0".to_string()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        if let Some(a) = self.algorithm {
            all.push(("SignatureMethod".into(), a.name().into()));
        }
        all.extend(self.params.iter().cloned());
        let pairs: Vec<(&str, &str)> = all.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let signature = signer::legacy::sign(
            self.method,
            HOST,
            "/",
            &pairs,
            self.key,
            self.algorithm
                .unwrap_or(signer::legacy::Algorithm::HmacSha1),
        );
        all.push(("Signature".into(), signature));
        all
    }

    /// The request as sent, from `params` (see [`LegacyReq::signed`]).
    fn send(
        &self,
        svc: &Service,
        params: &[(String, String)],
        now: i64,
    ) -> (serde_json::Value, crate::service::Outcome) {
        let encoded = params
            .iter()
            .map(|(k, v)| format!("{}={}", form_encode(k), form_encode(v)))
            .collect::<Vec<_>>()
            .join("&");
        let mut headers = vec![("Host".to_string(), HOST.to_string())];
        let req = if self.method == "GET" {
            Req {
                method: "GET",
                query: encoded,
                ..Req::get("")
            }
        } else {
            headers.push((
                "Content-Type".into(),
                "application/x-www-form-urlencoded".into(),
            ));
            Req::post(&encoded)
        };
        send_raw(svc, &req, &headers, now)
    }
}

#[test]
fn requests_signed_with_hmac_sha256_and_hmac_sha1_are_answered() {
    let svc = demo();
    let body = serde_json::json!({
        "Filters": [{"Name": "job-name", "Values": ["a", "b c"]}],
        "Limit": 2
    });
    for (method, algorithm) in [
        ("GET", Some(signer::legacy::Algorithm::HmacSha256)),
        ("POST", Some(signer::legacy::Algorithm::HmacSha256)),
        ("GET", Some(signer::legacy::Algorithm::HmacSha1)),
        ("POST", Some(signer::legacy::Algorithm::HmacSha1)),
        // No SignatureMethod: HmacSHA1, the service's default.
        ("POST", None),
    ] {
        let legacy = LegacyReq {
            algorithm,
            ..LegacyReq::new(method, serde_json::json!({"Limit": 2}))
        };
        let (doc, outcome) = legacy.send(&svc, &legacy.signed(), NOW);
        assert_eq!(total(&doc), IN_GUANGZHOU, "{method} {algorithm:?}: {doc}");
        assert_eq!(job_ids(&doc).len(), 2);
        assert_eq!(outcome.action.as_deref(), Some("DescribeJobs"));
        assert_eq!(outcome.region.as_deref(), Some("ap-guangzhou"));
        assert_eq!(outcome.secret_id.as_deref(), Some(DEMO_SECRET_ID));

        // Nested flattened parameters (a filter with a value holding a space) verify
        // and reach the router as the JSON body.
        let filtered = LegacyReq {
            algorithm,
            ..LegacyReq::new(method, body.clone())
        };
        let (doc, _) = filtered.send(&svc, &filtered.signed(), NOW);
        assert!(doc["Response"]["Error"].is_null(), "{doc}");
    }
}

#[test]
fn a_write_signed_with_the_older_method_is_typed_by_the_model() {
    let svc = demo();
    let legacy = LegacyReq {
        action: "SubmitJob",
        ..LegacyReq::new(
            "POST",
            serde_json::from_str(&super::support::submit_body("legacy", Some("tok-1"))).unwrap(),
        )
    };
    let (doc, _) = legacy.send(&svc, &legacy.signed(), NOW);
    assert!(
        response(&doc)["JobId"]
            .as_str()
            .is_some_and(|id| id.starts_with("job-")),
        "{doc}"
    );
}

#[test]
fn older_method_wrong_signature_expired_or_unknown_is_refused() {
    let svc = demo();
    let legacy = LegacyReq::new("GET", serde_json::json!({"Limit": 2}));

    // The wrong key, or a parameter changed after signing.
    let wrong = LegacyReq {
        key: "not-the-key",
        ..LegacyReq::new("GET", serde_json::json!({"Limit": 2}))
    };
    let (doc, _) = wrong.send(&svc, &wrong.signed(), NOW);
    assert_eq!(error_code(&doc), "AuthFailure.SignatureFailure");
    let mut tampered = legacy.signed();
    set_param(&mut tampered, "Limit", "3");
    let (doc, _) = legacy.send(&svc, &tampered, NOW);
    assert_eq!(error_code(&doc), "AuthFailure.SignatureFailure");
    // Signed as GET, sent as POST.
    let post = LegacyReq::new("POST", serde_json::json!({"Limit": 2}));
    let (doc, _) = post.send(&svc, &legacy.signed(), NOW);
    assert_eq!(error_code(&doc), "AuthFailure.SignatureFailure");
    let mut unknown_method = legacy.signed();
    set_param(&mut unknown_method, "SignatureMethod", "HmacSHA512");
    let (doc, _) = legacy.send(&svc, &unknown_method, NOW);
    assert_eq!(error_code(&doc), "AuthFailure.SignatureFailure");

    // More than 300 s from the server clock, either way (no sleeping: the clock is
    // passed in).
    for now in [NOW + 301, NOW - 301] {
        let (doc, _) = legacy.send(&svc, &legacy.signed(), now);
        assert_eq!(error_code(&doc), "AuthFailure.SignatureExpire", "{now}");
    }
    let (doc, _) = legacy.send(&svc, &legacy.signed(), NOW + 300);
    assert_eq!(total(&doc), IN_GUANGZHOU);

    let stranger = LegacyReq {
        id: "AKIDUNKNOWN",
        ..LegacyReq::new("GET", serde_json::json!({"Limit": 2}))
    };
    let (doc, _) = stranger.send(&svc, &stranger.signed(), NOW);
    assert_eq!(error_code(&doc), "AuthFailure.SecretIdNotFound");

    // Temporary credentials need their Token.
    let temp = LegacyReq {
        id: DEMO_TEMP_SECRET_ID,
        key: DEMO_TEMP_SECRET_KEY,
        ..LegacyReq::new("GET", serde_json::json!({"Limit": 2}))
    };
    let (doc, _) = temp.send(&svc, &temp.signed(), NOW);
    assert_eq!(error_code(&doc), "AuthFailure.TokenFailure");
    let temp_with_token = LegacyReq {
        params: vec![("Token".into(), DEMO_TEMP_TOKEN.into())],
        ..temp
    };
    let (doc, outcome) = temp_with_token.send(&svc, &temp_with_token.signed(), NOW);
    assert_eq!(total(&doc), IN_GUANGZHOU, "{doc}");
    assert!(outcome.token);

    for missing in ["Nonce", "Timestamp", "Signature", "SecretId"] {
        let mut params = legacy.signed();
        params.retain(|(k, _)| k != missing);
        let (doc, _) = legacy.send(&svc, &params, NOW);
        assert_eq!(error_code(&doc), "MissingParameter", "{missing}");
        assert!(error_message(&doc).contains(missing), "{doc}");
    }
}

fn set_param(params: &mut [(String, String)], name: &str, value: &str) {
    for (k, v) in params.iter_mut() {
        if k == name {
            *v = value.to_string();
        }
    }
}
