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
