//! SubmitJob: the job it lists, its ClientToken, its zone and region, and the task
//! graph checked as the service checks it.

use serde_json::Value;
use serde_json::json;

use super::support::*;
use super::support_world::*;
use crate::service::Service;
use crate::{api, data, demo_jobs, demo_jobs_as_of};

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

#[test]
fn the_task_graph_is_checked_as_the_service_does() {
    let (svc, _) = world(Vec::new());
    let send_job = |tasks: Value, deps: Value| {
        call(
            &svc,
            "SubmitJob",
            json!({"Placement": {"Zone": "ap-guangzhou-3"}, "Job": {"Tasks": tasks, "Dependences": deps}}),
        )
    };
    let two = json!([task("a", "", 1), task("b", "", 1)]);
    let unknown = send_job(two.clone(), json!([{"StartTask": "a", "EndTask": "c"}]));
    assert_eq!(
        error_code(&unknown),
        "InvalidParameterValue.DependenceNotFoundTaskName"
    );
    let cycle = send_job(
        two.clone(),
        json!([{"StartTask": "a", "EndTask": "b"}, {"StartTask": "b", "EndTask": "a"}]),
    );
    assert_eq!(
        error_code(&cycle),
        "InvalidParameterValue.DependenceUnfeasible"
    );
    let twice = send_job(json!([task("a", "", 1), task("a", "", 1)]), json!([]));
    assert_eq!(error_code(&twice), "InvalidParameter.TaskName");
    assert_eq!(svc.world().len(), 0);
    let id = submit(&svc, two, json!([]));
    let unknown_task = call(&svc, "DescribeTask", json!({"JobId": id, "TaskName": "z"}));
    assert_eq!(error_code(&unknown_task), "ResourceNotFound.Task");
    let info = call(&svc, "DescribeJobSubmitInfo", json!({"JobId": id}));
    assert_eq!(info["Tasks"][1]["TaskName"], "b");
    assert_eq!(info["JobId"], id.as_str());
}

#[test]
fn a_client_token_reused_with_a_different_request_is_refused_naming_it() {
    let svc = Service::new(demo_jobs());
    let first = send(&svc, &action("SubmitJob", &submit_body("a", Some("tok-1"))));
    let id = response(&first)["JobId"].as_str().unwrap().to_string();
    let other = send(&svc, &action("SubmitJob", &submit_body("b", Some("tok-1"))));
    assert_eq!(error_code(&other), "InvalidParameterValue", "{other}");
    let message = error_message(&other);
    assert!(
        message.contains("tok-1") && message.contains(&id),
        "{message}"
    );
    assert_eq!(svc.world().len(), demo_jobs().len() + 1);
    // The same request again, its keys in another order, is the same request.
    let mut reordered: serde_json::Map<String, Value> = serde_json::Map::new();
    let body: Value = serde_json::from_str(&submit_body("a", Some("tok-1"))).unwrap();
    for (k, v) in body.as_object().unwrap().iter().rev() {
        reordered.insert(k.clone(), v.clone());
    }
    let again = send(
        &svc,
        &action("SubmitJob", &Value::Object(reordered).to_string()),
    );
    assert_eq!(response(&again)["JobId"], id.as_str(), "{again}");
}
