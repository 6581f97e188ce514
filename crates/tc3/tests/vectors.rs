//! The signer reproduces every known-answer vector stage by stage: the public
//! documentation's worked example and the requests signed by the official Python SDK.
//! (Copies of `shared/spec/vectors/`, kept in the repo so a clone tests by itself.)

use serde_json::Value;
use tc3::{self as signer, Signable};

fn load(name: &str) -> Value {
    let path = format!("{}/tests/vectors/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

fn s<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key].as_str().unwrap_or_else(|| panic!("{key} missing"))
}

#[test]
fn documentation_worked_example_matches_every_stage() {
    let v = load("tc3-doc-vector.json");
    let payload = s(&v, "payload").as_bytes();
    assert_eq!(signer::sha256_hex(payload), s(&v, "hashed_payload"));
    let sig = signer::sign(
        s(&v, "secret_id"),
        s(&v, "secret_key"),
        &Signable {
            method: s(&v, "method"),
            canonical_query: "",
            content_type: s(&v, "content_type"),
            host: s(&v, "host"),
            payload,
            service: s(&v, "service"),
            timestamp: v["timestamp"].as_i64().unwrap(),
        },
    );
    assert_eq!(sig.date, s(&v, "date"));
    assert_eq!(
        signer::sha256_hex(sig.canonical_request.as_bytes()),
        s(&v, "hashed_canonical_request")
    );
    assert_eq!(sig.signature, s(&v, "signature"));
    assert_eq!(sig.authorization, s(&v, "authorization"));
}

#[test]
fn sdk_vectors_match_canonical_request_string_to_sign_signature_and_authorization() {
    let vectors = load("tc3-sdk-vectors.json");
    let vectors = vectors.as_array().unwrap();
    assert!(vectors.len() >= 4);
    for v in vectors {
        let name = s(v, "name");
        let input = &v["input"];
        let expect = &v["expect"];
        let method = s(input, "method");
        let payload = s(input, "payload");
        let (query, body, content_type) = if method == "GET" {
            (payload, &b""[..], "application/x-www-form-urlencoded")
        } else {
            ("", payload.as_bytes(), "application/json")
        };
        let sig = signer::sign(
            s(input, "secret_id"),
            s(input, "secret_key"),
            &Signable {
                method,
                canonical_query: query,
                content_type,
                host: s(input, "host"),
                payload: body,
                service: "batch",
                timestamp: input["timestamp"].as_i64().unwrap(),
            },
        );
        assert_eq!(
            sig.canonical_request,
            s(expect, "canonical_request"),
            "{name}: canonical request"
        );
        assert_eq!(
            sig.string_to_sign,
            s(expect, "string_to_sign"),
            "{name}: string to sign"
        );
        assert_eq!(sig.signature, s(expect, "signature"), "{name}: signature");
        assert_eq!(
            sig.authorization,
            s(expect, "authorization"),
            "{name}: authorization"
        );
    }
}

#[test]
fn the_date_is_utc_not_local() {
    // 23:59:59 UTC and one second later straddle a date line in every time zone.
    assert_eq!(signer::utc_date(1_700_006_399), "2023-11-14");
    assert_eq!(signer::utc_date(1_700_006_400), "2023-11-15");
    assert_eq!(signer::utc_date(0), "1970-01-01");
    assert_eq!(signer::utc_date(951_782_400), "2000-02-29");
}

#[test]
fn the_signed_host_includes_the_port_and_changes_the_signature() {
    let base = Signable {
        method: "POST",
        canonical_query: "",
        content_type: "application/json",
        host: "127.0.0.1:9300",
        payload: b"{}",
        service: "batch",
        timestamp: 1_700_000_000,
    };
    let with_port = signer::sign("id", "key", &base);
    assert!(
        with_port
            .canonical_request
            .contains("\nhost:127.0.0.1:9300\n")
    );
    let without = signer::sign(
        "id",
        "key",
        &Signable {
            host: "127.0.0.1",
            ..base
        },
    );
    assert_ne!(with_port.signature, without.signature);
}

#[test]
fn authorization_headers_parse_back() {
    let v = load("tc3-doc-vector.json");
    let parsed = signer::parse_authorization(s(&v, "authorization")).unwrap();
    assert_eq!(parsed.secret_id, s(&v, "secret_id"));
    assert_eq!(parsed.date, "2019-02-25");
    assert_eq!(parsed.service, "cvm");
    assert_eq!(parsed.signed_headers, "content-type;host");
    assert_eq!(parsed.signature, s(&v, "signature"));
    for bad in [
        "",
        "TC3-HMAC-SHA256",
        "Basic abc",
        "TC3-HMAC-SHA256 Credential=/2019-02-25/cvm/tc3_request, SignedHeaders=a, Signature=b",
    ] {
        assert!(signer::parse_authorization(bad).is_none(), "{bad}");
    }
}
