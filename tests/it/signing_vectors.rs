//! The headers batchctl sends are the official SDK's, in the SDK's order, for every
//! request the SDK signed in the known-answer vectors (kept in crates/tc3/tests/vectors).

use batchctl::transport::request::{self, ApiCall};
use serde_json::Value;

fn load(name: &str) -> Value {
    let path = format!(
        "{}/crates/tc3/tests/vectors/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

fn s<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key].as_str().unwrap_or_else(|| panic!("{key} missing"))
}

/// The headers batchctl sends for the SDK's POST vectors are the SDK's, in the SDK's
/// order (only X-TC-RequestClient names us instead of the SDK).
#[test]
fn sdk_vectors_headers_match_what_batchctl_sends() {
    let vectors = load("tc3-sdk-vectors.json");
    for v in vectors
        .as_array()
        .unwrap()
        .iter()
        .filter(|v| v["input"]["method"] == "POST")
    {
        let input = &v["input"];
        let expected: Vec<(String, String)> = v["headers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| {
                (
                    h[0].as_str().unwrap().to_string(),
                    h[1].as_str().unwrap().to_string(),
                )
            })
            .collect();
        let header = |n: &str| {
            expected
                .iter()
                .find(|(k, _)| k == n)
                .map(|(_, v)| v.as_str())
        };
        let got = request::signed_headers(
            s(input, "secret_id"),
            s(input, "secret_key"),
            &ApiCall {
                service: "batch",
                action: s(input, "action"),
                version: s(input, "version"),
                region: input["region"].as_str(),
                language: header("X-TC-Language"),
                token: input["token"].as_str(),
                host: s(input, "host"),
                body: s(input, "payload").as_bytes(),
                timestamp: input["timestamp"].as_i64().unwrap(),
            },
        );
        let got: Vec<(String, String)> = got
            .into_iter()
            .map(|(k, v)| {
                (
                    k.to_string(),
                    if k == "X-TC-RequestClient" {
                        "SDK_PYTHON_3.1.195".to_string()
                    } else {
                        v
                    },
                )
            })
            .collect();
        assert_eq!(got, expected, "{}", s(v, "name"));
    }
}
