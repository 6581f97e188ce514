//! DescribeJobs' parameters: the GET form (the flattened query string, signed as sent)
//! and the code each parameter error gets.

use serde_json::json;

use super::support::*;

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
        // Wrong JSON types are `InvalidParameter`, as on every other action.
        (r#"{"JobIds": "job-3n2weaqt"}"#.into(), "InvalidParameter"),
        (r#"{"Limit": "20"}"#.into(), "InvalidParameter"),
        (
            r#"{"Filters": {"Name": "zone"}}"#.into(),
            "InvalidParameter",
        ),
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
