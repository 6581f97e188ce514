//! Tests of the router and the actions besides DescribeJobs: routing, validation codes,
//! UnsupportedOperation, SubmitJob and its ClientToken, the catalogue and its filters,
//! signed-header sets, the per-action rate limit and the `lost` fault.

use std::time::Duration;

use serde_json::{Value, json};

use super::tests::{NOW, Req, advancing, error_code, error_message, send, send_raw};
use super::*;
use crate::service::Service;
use batch_api::regions;

fn action(name: &'static str, body: &str) -> Req {
    Req {
        action: name,
        ..Req::post(body)
    }
}

fn response(doc: &Value) -> &Value {
    assert!(doc["Response"]["Error"].is_null(), "an error: {doc}");
    &doc["Response"]
}

/// A stand-in for the model's validator while the generated tables are empty: each
/// problem kind on a path of the SubmitJob body, so the router's mapping is tested.
fn fake_validator(action: &str, body: &Value) -> Result<(), batch_api::Problem> {
    use batch_api::{Problem, ProblemKind};
    let problem = |kind, path: &str, message: &str, suggestion: Option<&str>| {
        Err(Problem {
            kind,
            path: path.into(),
            message: message.into(),
            suggestion: suggestion.map(str::to_string),
        })
    };
    if action != "SubmitJob" {
        return Ok(());
    }
    let task = &body["Job"]["Tasks"][0];
    if task.get("TaskNmae").is_some() {
        return problem(
            ProblemKind::Unknown,
            "Job.Tasks[0].TaskNmae",
            "unknown member",
            Some("TaskName"),
        );
    }
    if body.get("Placement").is_none() {
        return problem(ProblemKind::Missing, "Placement", "required", None);
    }
    if body["Job"]["Priority"].is_string() {
        return problem(
            ProblemKind::WrongType,
            "Job.Priority",
            "expected an integer, found a string",
            None,
        );
    }
    if body["Job"]["Priority"].as_i64().is_some_and(|p| p > 100) {
        return problem(ProblemKind::BadValue, "Job.Priority", "out of range", None);
    }
    Ok(())
}

fn example(action: &str) -> Value {
    let path = format!(
        "{}/../../api/examples/{action}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str::<Value>(&text).unwrap()["request"].clone()
}

fn submit_body(name: &str, token: Option<&str>) -> String {
    let mut body = example("SubmitJob");
    body["Job"]["JobName"] = json!(name);
    body["Job"]["Tags"] = json!([{"Key": "team", "Value": "emu"}]);
    if let Some(token) = token {
        body["ClientToken"] = json!(token);
    }
    body.to_string()
}

// ---- routing ----

#[test]
fn every_model_action_is_emulated_none_answers_not_supported() {
    let svc = Service::new(demo_jobs());
    for (name, route) in actions::ROUTES {
        assert_ne!(route, actions::Route::Unsupported, "{name}");
        // The published example passes the model's validation, so the router gets as
        // far as the handler, which answers (or refuses) on its own terms.
        let doc = send(&svc, &action(name, &example(name).to_string()));
        assert!(
            !error_message(&doc).contains("does not support the action"),
            "{name}: {doc}"
        );
    }
}

#[test]
fn unknown_actions_and_other_versions_are_refused_before_the_body_is_read() {
    let svc = Service::new(demo_jobs());
    let doc = send(&svc, &action("SubmitJobs", "not json"));
    assert_eq!(error_code(&doc), "InvalidAction");
    assert!(error_message(&doc).contains("SubmitJobs"));
    let doc = send(
        &svc,
        &Req {
            version: "2020-01-01",
            ..action("SubmitJob", "not json")
        },
    );
    assert_eq!(error_code(&doc), "NoSuchVersion");
    assert!(error_message(&doc).contains("2020-01-01"), "{doc}");
}

#[test]
fn each_validation_problem_gets_its_code_and_names_the_path() {
    let svc = Service::new(demo_jobs()).validating(fake_validator);
    let cases = [
        (
            json!({"Job": {"Tasks": [{"TaskNmae": "a"}]}, "Placement": {"Zone": "ap-guangzhou-3"}}),
            "UnknownParameter",
            "Job.Tasks[0].TaskNmae",
        ),
        (
            json!({"Job": {"Tasks": []}}),
            "MissingParameter",
            "Placement",
        ),
        (
            json!({"Job": {"Priority": "1", "Tasks": []}, "Placement": {"Zone": "ap-guangzhou-3"}}),
            "InvalidParameter",
            "Job.Priority",
        ),
        (
            json!({"Job": {"Priority": 101, "Tasks": []}, "Placement": {"Zone": "ap-guangzhou-3"}}),
            "InvalidParameterValue",
            "Job.Priority",
        ),
    ];
    for (body, code, path) in cases {
        let doc = send(&svc, &action("SubmitJob", &body.to_string()));
        assert_eq!(error_code(&doc), code, "{body}");
        assert!(
            error_message(&doc).contains(&format!("`{path}`")),
            "{code}: {doc}"
        );
    }
    let doc = send(
        &svc,
        &action(
            "SubmitJob",
            r#"{"Job": {"Tasks": [{"TaskNmae": "a"}]}, "Placement": {"Zone": "ap-guangzhou-3"}}"#,
        ),
    );
    assert!(
        error_message(&doc).contains("did you mean `TaskName`"),
        "{doc}"
    );
    // Nothing was created by a refused request.
    assert_eq!(svc.world().len(), demo_jobs().len());
    // Malformed JSON is refused for every action as for DescribeJobs.
    let doc = send(&svc, &action("DescribeInstanceCategories", "{"));
    assert_eq!(error_code(&doc), "InvalidParameterValue");
}

#[test]
fn the_models_validator_refuses_what_the_model_forbids_once_the_tables_are_filled() {
    if batch_api::action("SubmitJob").is_none() {
        return; // The generated tables are still empty: nothing to check against.
    }
    let svc = Service::new(demo_jobs());
    let doc = send(&svc, &action("SubmitJob", r#"{"Job": {"Tasks": []}}"#));
    assert_eq!(error_code(&doc), "MissingParameter");
    assert!(error_message(&doc).contains("Placement"), "{doc}");
    let doc = send(
        &svc,
        &action("DescribeInstanceCategories", r#"{"Bogus": 1}"#),
    );
    assert_eq!(error_code(&doc), "UnknownParameter");
    assert!(error_message(&doc).contains("Bogus"), "{doc}");
    let mut body = example("SubmitJob");
    body["Job"]["Priority"] = json!("high");
    let doc = send(&svc, &action("SubmitJob", &body.to_string()));
    assert_eq!(error_code(&doc), "InvalidParameter");
    assert!(error_message(&doc).contains("Job.Priority"), "{doc}");
    // Every published example request passes.
    for (name, route) in actions::ROUTES {
        if route == actions::Route::Unsupported {
            continue;
        }
        let doc = send(&svc, &action(name, &example(name).to_string()));
        if matches!(route, actions::Route::Job(_)) {
            // The examples name jobs of someone else's account: the handler was reached.
            assert!(
                error_code(&doc).starts_with("ResourceNotFound."),
                "{name}: {doc}"
            );
        } else if matches!(route, actions::Route::Env(_) | actions::Route::Template(_)) {
            // Someone else's environments and templates, and instance types of zones
            // the catalogue does not sell: refused by the handler, not the model.
            let code = error_code(&doc);
            assert!(
                doc["Response"]["Error"].is_null()
                    || code.starts_with("ResourceNotFound.")
                    || code.starts_with("InvalidParameterValue."),
                "{name}: {doc}"
            );
        } else {
            assert!(doc["Response"]["Error"].is_null(), "{name}: {doc}");
        }
    }
}

// ---- SubmitJob ----

#[test]
fn a_submitted_job_is_listed_as_submitted_with_what_was_sent() {
    let (clock, _hand) = crate::state::Clock::manual(NOW * 1_000, 1.0);
    let svc = Service::with_world(crate::state::World::new(demo_jobs_as_of(NOW), clock));
    let doc = send(
        &svc,
        &action("SubmitJob", &submit_body("from-test", None)).region("ap-guangzhou"),
    );
    let id = response(&doc)["JobId"].as_str().unwrap().to_string();
    assert!(api::is_valid_job_id(&id), "{id}");
    assert_eq!(
        response(&doc).as_object().unwrap().len(),
        2,
        "JobId and RequestId"
    );
    let listed = send(&svc, &Req::post(&json!({"JobIds": [id]}).to_string()));
    let job = &listed["Response"]["JobSet"][0];
    assert_eq!(job["JobId"], id.as_str());
    assert_eq!(job["JobName"], "from-test");
    assert_eq!(job["JobState"], "SUBMITTED");
    assert_eq!(job["Priority"], 1);
    assert_eq!(job["Placement"]["Zone"], "ap-guangzhou-2");
    assert_eq!(job["CreateTime"], data::iso8601(NOW));
    assert_eq!(job["TaskMetrics"]["SubmittedCount"], 1);
    assert_eq!(job["Tags"], json!([{"Key": "team", "Value": "emu"}]));
    // The newest job heads the listing.
    let first = send(&svc, &Req::post(r#"{"Limit": 1}"#));
    assert_eq!(first["Response"]["JobSet"][0]["JobId"], id.as_str());
    assert_eq!(svc.world().len(), demo_jobs().len() + 1);
}

#[test]
fn a_repeated_client_token_returns_the_same_job_and_creates_nothing() {
    let svc = Service::new(demo_jobs());
    let first = send(&svc, &action("SubmitJob", &submit_body("a", Some("tok-1"))));
    let again = send(&svc, &action("SubmitJob", &submit_body("a", Some("tok-1"))));
    assert_eq!(response(&first)["JobId"], response(&again)["JobId"]);
    assert_ne!(response(&first)["RequestId"], response(&again)["RequestId"]);
    assert_eq!(svc.world().len(), demo_jobs().len() + 1);
    let other = send(&svc, &action("SubmitJob", &submit_body("a", Some("tok-2"))));
    assert_ne!(response(&first)["JobId"], response(&other)["JobId"]);
    let untokened = send(&svc, &action("SubmitJob", &submit_body("a", None)));
    let untokened_again = send(&svc, &action("SubmitJob", &submit_body("a", None)));
    assert_ne!(
        response(&untokened)["JobId"],
        response(&untokened_again)["JobId"]
    );
    assert_eq!(svc.world().len(), demo_jobs().len() + 4);
    let long = "x".repeat(65);
    let doc = send(&svc, &action("SubmitJob", &submit_body("a", Some(&long))));
    assert_eq!(error_code(&doc), "InvalidParameterValue");
}

#[test]
fn a_submitted_job_moves_with_advance_and_its_zone_must_be_in_the_region() {
    let svc = advancing(demo_jobs());
    let doc = send(&svc, &action("SubmitJob", &submit_body("mover", None)));
    let id = response(&doc)["JobId"].as_str().unwrap().to_string();
    let poll = || {
        let doc = send(&svc, &Req::post(&json!({"JobIds": [id]}).to_string()));
        doc["Response"]["JobSet"][0]["JobState"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(poll(), "SUBMITTED");
    assert_eq!(poll(), "PENDING");
    let doc = send(
        &svc,
        &action("SubmitJob", &submit_body("x", None)).region("ap-shanghai"),
    );
    assert_eq!(error_code(&doc), "InvalidZone.MismatchRegion");
}

// ---- the catalogue ----

#[test]
fn categories_list_families_that_the_instance_types_offer() {
    let svc = Service::new(Vec::new());
    let doc = send(&svc, &action("DescribeInstanceCategories", "{}"));
    let categories = response(&doc)["InstanceCategorySet"].as_array().unwrap();
    assert!(categories.len() >= 3);
    let types = send(
        &svc,
        &action("DescribeAvailableCvmInstanceTypes", "{}").region("ap-guangzhou"),
    );
    let offered: Vec<&str> = response(&types)["InstanceTypeConfigSet"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["InstanceFamily"].as_str().unwrap())
        .collect();
    for category in categories {
        for family in category["InstanceFamilySet"].as_array().unwrap() {
            assert!(offered.contains(&family.as_str().unwrap()), "{family}");
        }
    }
}

#[test]
fn instance_types_stay_in_the_region_and_follow_their_filters() {
    let svc = Service::new(Vec::new());
    let set = |body: Value, region: &'static str| {
        let doc = send(
            &svc,
            &action("DescribeAvailableCvmInstanceTypes", &body.to_string()).region(region),
        );
        response(&doc)["InstanceTypeConfigSet"]
            .as_array()
            .unwrap()
            .clone()
    };
    let all = set(json!({}), "ap-guangzhou");
    let zones: std::collections::BTreeSet<&str> =
        all.iter().map(|t| t["Zone"].as_str().unwrap()).collect();
    assert_eq!(
        zones.into_iter().collect::<Vec<_>>(),
        regions::zones("ap-guangzhou")
    );
    for t in &all {
        assert_eq!(
            t.as_object().unwrap().keys().collect::<Vec<_>>(),
            ["Zone", "InstanceFamily", "InstanceType", "Cpu", "Mem"]
        );
    }
    let example = example("DescribeAvailableCvmInstanceTypes");
    let gpus = set(example, "ap-guangzhou");
    assert!(!gpus.is_empty());
    assert!(
        gpus.iter()
            .all(|t| t["Zone"] == "ap-guangzhou-3" && t["InstanceFamily"] == "GN2")
    );
    // GPUs only in the region's first zone.
    let none = set(
        json!({"Filters": [{"Name": "zone", "Values": ["ap-guangzhou-4"]},
                           {"Name": "instance-family", "Values": ["GN2"]}]}),
        "ap-guangzhou",
    );
    assert!(none.is_empty());
    let two = set(
        json!({"Filters": [{"Name": "instance-family", "Values": ["S5", "C5"]}]}),
        "ap-chongqing",
    );
    assert!(!two.is_empty());
    assert!(
        two.iter()
            .all(|t| ["S5", "C5"].contains(&t["InstanceFamily"].as_str().unwrap()))
    );
    assert!(two.iter().any(|t| t["InstanceFamily"] == "C5"));

    let doc = send(
        &svc,
        &action(
            "DescribeAvailableCvmInstanceTypes",
            r#"{"Filters": [{"Name": "instance-type", "Values": ["S5.LARGE8"]}]}"#,
        ),
    );
    assert_eq!(error_code(&doc), "InvalidFilter");
    assert!(error_message(&doc).contains("instance-type"));
    let doc = send(
        &svc,
        &action(
            "DescribeAvailableCvmInstanceTypes",
            r#"{"Filters": [{"Name": "zone", "Values": ["ap-shanghai-2"]}]}"#,
        )
        .region("ap-guangzhou"),
    );
    assert_eq!(error_code(&doc), "InvalidZone.MismatchRegion");
}

#[test]
fn zone_configs_follow_all_four_filters_and_carry_prices() {
    let svc = Service::new(Vec::new());
    let set = |body: Value| {
        let doc = send(
            &svc,
            &action("DescribeCvmZoneInstanceConfigInfos", &body.to_string()).region("ap-beijing"),
        );
        response(&doc)["InstanceTypeQuotaSet"]
            .as_array()
            .unwrap()
            .clone()
    };
    let all = set(json!({}));
    assert!(
        all.iter()
            .all(|c| c["Zone"].as_str().unwrap().starts_with("ap-beijing-"))
    );
    let picked = set(json!({"Filters": [
        {"Name": "zone", "Values": ["ap-beijing-5"]},
        {"Name": "instance-family", "Values": ["S5"]},
        {"Name": "instance-type", "Values": ["S5.LARGE8"]},
        {"Name": "instance-charge-type", "Values": ["SPOTPAID"]},
    ]}));
    assert_eq!(picked.len(), 1, "{picked:?}");
    let c = &picked[0];
    assert_eq!(c["InstanceType"], "S5.LARGE8");
    assert_eq!(c["InstanceChargeType"], "SPOTPAID");
    assert_eq!(
        (c["Cpu"].as_u64(), c["Memory"].as_u64()),
        (Some(4), Some(8))
    );
    assert_eq!(c["Status"], "SELL");
    assert!(c["Price"]["UnitPrice"].as_f64().unwrap() > 0.0);
    let on_demand = set(json!({"Filters": [
        {"Name": "instance-type", "Values": ["S5.LARGE8"]},
        {"Name": "instance-charge-type", "Values": ["POSTPAID_BY_HOUR"]},
    ]}));
    assert_eq!(on_demand.len(), regions::zones("ap-beijing").len());
    assert!(
        on_demand[0]["Price"]["UnitPrice"].as_f64() > c["Price"]["UnitPrice"].as_f64(),
        "spot is cheaper"
    );
    let sold_out = set(json!({"Filters": [{"Name": "instance-family", "Values": ["S2"]}]}));
    assert!(!sold_out.is_empty() && sold_out.iter().all(|c| c["Status"] == "SOLD_OUT"));
}

// ---- signatures ----

/// Signs `req` over `names` with the values lower-cased (the specification's rule), as
/// the official sample code does.
fn signed_over(req: &Req, names: &[&str], extra: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut headers = req.headers();
    for (name, value) in extra {
        super::tests::set(&mut headers, name, value);
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
    super::tests::set(&mut headers, "Authorization", &authorization);
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
    super::tests::set(&mut tampered, "X-TC-Action", "DescribeJob");
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
        super::tests::set(&mut headers, "Authorization", &auth);
        let (doc, outcome) = send_raw(&svc, &req, &headers, NOW);
        assert_eq!(error_code(&doc), "AuthFailure.SignatureFailure");
        let detail = outcome.result.unwrap_err().detail.unwrap();
        assert!(detail.contains("SignedHeaders"), "{detail}");
    }
}

// ---- the per-action rate limit and `lost`, over HTTP ----

fn post(
    client: &reqwest::blocking::Client,
    endpoint: &str,
    action: &'static str,
    body: &str,
) -> reqwest::Result<Value> {
    let host: &'static str = Box::leak(endpoint.trim_start_matches("http://").into());
    let req = Req {
        action,
        host,
        timestamp: unix_now(),
        ..Req::post(body)
    };
    let mut builder = client.post(endpoint).body(body.to_string());
    for (name, value) in req.headers() {
        builder = builder.header(name, value);
    }
    let bytes = builder.send()?.bytes()?;
    Ok(serde_json::from_slice(&bytes).expect("a JSON answer"))
}

fn client() -> reqwest::blocking::Client {
    reqwest::blocking::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap()
}

#[test]
fn each_action_is_limited_on_its_own_over_http() {
    let handle = start(Config {
        quiet: true,
        rate_limit: RateLimit::Each(2),
        ..Config::new("127.0.0.1:0", demo_jobs())
    })
    .unwrap();
    let client = client();
    let code = |action, body: &str| {
        let doc = post(&client, &handle.endpoint, action, body).unwrap();
        doc["Response"]["Error"]["Code"]
            .as_str()
            .unwrap_or("ok")
            .to_string()
    };
    // Two of each within the second: the third DescribeJobs is refused, yet another
    // action still has its own two.
    assert_eq!(code("DescribeJobs", "{}"), "ok");
    assert_eq!(code("DescribeJobs", "{}"), "ok");
    assert_eq!(code("DescribeInstanceCategories", "{}"), "ok");
    assert_eq!(code("DescribeInstanceCategories", "{}"), "ok");
    let refused = post(&client, &handle.endpoint, "DescribeJobs", "{}").unwrap();
    assert_eq!(refused["Response"]["Error"]["Code"], "RequestLimitExceeded");
    assert!(
        refused["Response"]["Error"]["Message"]
            .as_str()
            .unwrap()
            .contains("limit `2`")
    );
    assert_eq!(
        code("DescribeInstanceCategories", "{}"),
        "RequestLimitExceeded"
    );
    handle.shutdown();
}

#[test]
fn lost_submits_the_job_but_the_answer_never_arrives() {
    let dir = tempfile::tempdir().unwrap();
    let log_path = dir.path().join("requests.jsonl");
    let handle = start(Config {
        quiet: true,
        rate_limit: RateLimit::OFF,
        log: Some(log_path.clone()),
        faults: faults::parse_faults("lost*2").unwrap(),
        ..Config::new("127.0.0.1:0", demo_jobs())
    })
    .unwrap();
    let client = client();
    let before = handle.shared.service.world().len();
    let body = submit_body("lost-once", Some("retry-me"));
    let started = std::time::Instant::now();
    let err = post(&client, &handle.endpoint, "SubmitJob", &body).unwrap_err();
    assert!(!err.is_timeout(), "{err:?}");
    assert!(started.elapsed() < Duration::from_secs(5));
    // The job exists although its answer was lost.
    let jobs = handle.shared.service.world().views();
    assert_eq!(jobs.len(), before + 1);
    let created = jobs
        .iter()
        .find(|j| j["JobName"] == "lost-once")
        .expect("the lost request took effect");
    // Lost again: the retry with the same token still creates nothing new.
    assert!(post(&client, &handle.endpoint, "SubmitJob", &body).is_err());
    assert_eq!(handle.shared.service.world().len(), before + 1);
    // Answered at last: the same job.
    let doc = post(&client, &handle.endpoint, "SubmitJob", &body).unwrap();
    assert_eq!(doc["Response"]["JobId"], created["JobId"]);
    assert_eq!(handle.shared.service.world().len(), before + 1);
    let log = std::fs::read_to_string(&log_path).unwrap();
    let lines: Vec<Value> = log
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3, "{log}");
    for line in &lines[..2] {
        assert_eq!(line["outcome"], "inject:lost", "{log}");
        assert_eq!(line["answered"], "ok", "{log}");
    }
    assert_eq!(lines[2]["outcome"], "ok", "{log}");
    // Every attempt carried the same token, as the log shows.
    for line in &lines {
        assert!(line.to_string().contains("retry-me"), "{line}");
    }
    handle.shutdown();
}
