//! The router: every action of the model is routed to a handler, unknown actions and
//! versions are refused before the body is read, and the model's validation problems
//! get their codes.

use serde_json::{Value, json};

use super::support::*;
use crate::service::Service;
use crate::{actions, demo_jobs};

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
