//! The protocol around every action: the action, version, region and language headers,
//! other methods and paths, oversized bodies, and garbage that must never panic.

use super::support::*;
use crate::request::{BodyProblem, Incoming};

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
fn every_known_region_of_the_model_is_accepted() {
    let svc = demo();
    for region in batch_api::regions::KNOWN_REGIONS {
        let doc = send(&svc, &Req::post("{}").region(region));
        assert_eq!(error_code(&doc), "(no error)", "{region}");
    }
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
