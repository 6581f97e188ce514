//! DescribeJobs over the pure handler: the service's envelope, JobViews served exactly
//! as stored, `JobIds`, filters, paging and order, and the jobs a region scopes.

use serde_json::{Value, json};

use super::support::*;
use crate::demo_jobs;
use crate::service::Service;

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
