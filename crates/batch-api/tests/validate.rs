//! The validator against the published examples and one failing body per kind of problem.

use batch_api::{ProblemKind, action, validate_input, validate_object};
use serde_json::{Value, json};

fn examples_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../api/examples")
}

fn check(action_name: &str, body: Value) -> Result<(), batch_api::Problem> {
    validate_input(action(action_name).unwrap(), &body)
}

fn problem(action_name: &str, body: Value) -> batch_api::Problem {
    check(action_name, body).expect_err("the body should be refused")
}

#[test]
fn every_published_example_request_validates() {
    let mut seen = 0;
    for entry in std::fs::read_dir(examples_dir()).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let example: Value = serde_json::from_str(&text).unwrap();
        let name = example["action"].as_str().unwrap();
        let a = action(name).unwrap_or_else(|| panic!("{}: unknown action", path.display()));
        if let Err(p) = validate_input(a, &example["request"]) {
            panic!("{name}: the published request is refused: {p}");
        }
        seen += 1;
    }
    assert_eq!(seen, 30);
}

#[test]
fn a_missing_required_member_is_named_at_top_level_and_nested() {
    let p = problem("DescribeJob", json!({}));
    assert_eq!(
        (p.kind, p.path.as_str(), p.message.as_str()),
        (ProblemKind::Missing, "JobId", "required")
    );
    assert_eq!(p.kind.code(), "MissingParameter");

    let p = problem(
        "SubmitJob",
        json!({"Placement": {"Zone": "ap-guangzhou-3"},
               "Job": {"JobName": "j", "Tasks": [{"TaskName": "t", "Application": {"Command": "echo hi"}}]}}),
    );
    assert_eq!(p.kind, ProblemKind::Missing);
    assert_eq!(p.path, "Job.Tasks[0].Application.DeliveryForm");
    assert_eq!(
        p.to_string(),
        "Job.Tasks[0].Application.DeliveryForm: required"
    );
}

#[test]
fn an_unknown_member_gets_a_suggestion() {
    let p = problem("DescribeJobs", json!({"Limt": 5}));
    assert_eq!((p.kind, p.path.as_str()), (ProblemKind::Unknown, "Limt"));
    assert_eq!(p.suggestion.as_deref(), Some("Limit"));
    assert_eq!(p.to_string(), "Limt: unknown member (did you mean Limit?)");
    assert_eq!(p.kind.code(), "UnknownParameter");

    let p = problem(
        "DescribeJobs",
        json!({"Filters": [{"Name": "zone", "values": ["a"]}]}),
    );
    // The misspelt `values` is named before the `Values` it leaves missing.
    assert_eq!(
        (p.kind, p.path.as_str(), p.suggestion.as_deref()),
        (ProblemKind::Unknown, "Filters[0].values", Some("Values"))
    );

    let p = problem(
        "DescribeJobs",
        json!({"Filters": [{"Name": "zone", "Values": ["a"], "value": 1}]}),
    );
    assert_eq!(
        (p.kind, p.path.as_str()),
        (ProblemKind::Unknown, "Filters[0].value")
    );
    assert_eq!(p.suggestion.as_deref(), Some("Values"));

    let p = problem("DescribeJob", json!({"JobId": "job-1", "Zzzzzz": 1}));
    assert_eq!((p.path.as_str(), p.suggestion), ("Zzzzzz", None));
}

#[test]
fn a_wrong_type_says_what_was_expected_and_found() {
    let p = problem("DescribeJobs", json!({"Limit": "10"}));
    assert_eq!((p.kind, p.path.as_str()), (ProblemKind::WrongType, "Limit"));
    assert_eq!(p.message, "expected an integer, found a string");
    assert_eq!(p.kind.code(), "InvalidParameter");

    let p = problem("DescribeJobs", json!({"JobIds": ["job-a", 7]}));
    assert_eq!(
        (p.path.as_str(), p.message.as_str()),
        ("JobIds[1]", "expected a string, found an integer")
    );

    let p = problem("DescribeJobs", json!({"JobIds": "job-a"}));
    assert_eq!(p.message, "expected a list of strings, found a string");

    let p = problem(
        "DescribeTaskLogs",
        json!({"JobId": "j", "TaskName": "t", "TaskInstanceIndexes": [0, 1.5]}),
    );
    assert_eq!(p.path, "TaskInstanceIndexes[1]");
    assert_eq!(p.kind, ProblemKind::WrongType);

    let p = problem(
        "SubmitJob",
        json!({"Placement": {"Zone": "z"}, "Job": {"JobName": "j", "Tasks": [{"TaskName": "t",
               "Application": {"DeliveryForm": "LOCAL", "Command": "x"}, "TaskInstanceNum": true}]}}),
    );
    assert_eq!(
        (p.kind, p.path.as_str()),
        (ProblemKind::WrongType, "Job.Tasks[0].TaskInstanceNum")
    );

    let p = problem(
        "SubmitJob",
        json!({"Placement": "ap-guangzhou-3", "Job": {}}),
    );
    assert_eq!(
        (p.path.as_str(), p.message.as_str()),
        (
            "Placement",
            "expected an object (Placement), found a string"
        )
    );

    let p = check("DescribeJobs", json!([1])).unwrap_err();
    assert_eq!((p.kind, p.path.as_str()), (ProblemKind::WrongType, ""));
    assert!(p.message.contains("JSON object"), "{}", p.message);
}

#[test]
fn null_is_refused_unless_the_member_is_nullable() {
    let p = problem("DescribeJobs", json!({"Limit": null}));
    assert_eq!(
        (p.kind, p.path.as_str(), p.message.as_str()),
        (
            ProblemKind::WrongType,
            "Limit",
            "expected an integer, found null"
        )
    );
    // JobView.EndTime is nullable (an unfinished job has no end).
    let view = json!({"JobId": "job-1", "EndTime": null});
    assert!(validate_object("JobView", &view, "JobSet[0]").is_ok());
    let view = json!({"JobId": null});
    let p = validate_object("JobView", &view, "JobSet[0]").unwrap_err();
    assert_eq!(p.path, "JobSet[0].JobId");
}

#[test]
fn numbers_out_of_their_range_are_bad_values() {
    let body: Value = serde_json::from_str(r#"{"Offset": -1}"#).unwrap();
    let p = check(
        "DescribeTaskLogs",
        json!({"JobId": "j", "TaskName": "t", "Offset": body["Offset"]}),
    )
    .unwrap_err();
    assert_eq!((p.kind, p.path.as_str()), (ProblemKind::BadValue, "Offset"));
    assert_eq!(p.message, "-1 must not be negative");
    assert_eq!(p.kind.code(), "InvalidParameterValue");

    let big: Value = serde_json::from_str(r#"{"Limit": 9223372036854775808}"#).unwrap();
    let p = check("DescribeJobs", big).unwrap_err();
    assert_eq!((p.kind, p.path.as_str()), (ProblemKind::BadValue, "Limit"));
    assert!(p.message.contains("9223372036854775807"), "{}", p.message);

    let ok: Value = serde_json::from_str(r#"{"Limit": 9223372036854775807}"#).unwrap();
    assert!(check("DescribeJobs", ok).is_ok());

    let huge: Value =
        serde_json::from_str(r#"{"EnvId": "env-1", "Limit": 18446744073709551616}"#).unwrap();
    let p = check("DescribeComputeEnvActivities", huge).unwrap_err();
    assert_eq!(p.kind, ProblemKind::BadValue);

    let p = problem(
        "SubmitJob",
        json!({"Placement": {"Zone": "z"}, "Job": {"JobName": "j", "Tasks": [{"TaskName": "t",
               "Application": {"DeliveryForm": "LOCAL", "Command": "x"}, "TaskInstanceNum": -2}]}}),
    );
    assert_eq!(
        (p.kind, p.path.as_str()),
        (ProblemKind::BadValue, "Job.Tasks[0].TaskInstanceNum")
    );

    let p = problem(
        "DescribeTaskLogs",
        json!({"JobId": "j", "TaskName": "t", "TaskInstanceIndexes": [0, -1]}),
    );
    assert_eq!(
        (p.kind, p.path.as_str()),
        (ProblemKind::BadValue, "TaskInstanceIndexes[1]")
    );
}

#[test]
fn datetimes_are_checked() {
    let base =
        json!({"JobId": "j", "TaskName": "t", "TaskInstanceIndex": 0, "MetricName": "CpuUsage"});
    let mut good = base.clone();
    good["StartTime"] = json!("2026-11-30T09:00:00+08:00");
    assert!(check("DescribeJobMonitorData", good).is_ok());
    let mut bad = base;
    bad["EndTime"] = json!("tomorrow");
    let p = check("DescribeJobMonitorData", bad).unwrap_err();
    assert_eq!(
        (p.kind, p.path.as_str()),
        (ProblemKind::BadValue, "EndTime")
    );
}

#[test]
fn exclusive_members_are_refused_together() {
    let p = problem(
        "DescribeJobs",
        json!({"JobIds": ["job-a"], "Filters": [{"Name": "zone", "Values": ["z"]}]}),
    );
    assert_eq!(
        (p.kind, p.path.as_str()),
        (ProblemKind::WrongType, "Filters")
    );
    assert_eq!(p.message, "cannot be given together with JobIds");
    let p = problem(
        "DescribeTaskLogs",
        json!({"JobId": "j", "TaskName": "t", "TaskInstanceIndexes": [0], "Offset": 0}),
    );
    assert_eq!(p.path, "Offset");
    let p = problem(
        "DescribeComputeEnvCreateInfos",
        json!({"EnvIds": [], "Filters": []}),
    );
    assert_eq!(p.path, "Filters");
    assert!(check("DescribeJobs", json!({"JobIds": ["job-a"]})).is_ok());
}

#[test]
fn the_first_problem_is_an_unknown_member_then_model_order() {
    // A misspelt member comes first (it usually explains a missing one), in body order.
    let p = problem("DescribeJobs", json!({"Zzz": 1, "Limit": "x", "Aaa": 2}));
    assert_eq!(p.path, "Zzz");
    let p = problem(
        "SubmitJob",
        json!({"Placement": {"Zone": "z"}, "Job": {"JobNam": "x"}}),
    );
    assert_eq!(
        (p.path.as_str(), p.suggestion.as_deref()),
        ("Job.JobNam", Some("JobName"))
    );
    let p = problem("DescribeJobs", json!({"Limit": "x", "Offset": "y"}));
    assert_eq!(p.path, "Offset");
    // Model order: Placement before Job, whatever the body's order.
    let p = problem("SubmitJob", json!({"Job": {}, "Placement": {}}));
    assert_eq!(p.path, "Placement.Zone");
}

#[test]
fn an_object_can_be_checked_under_a_prefix() {
    let job = json!({"JobName": "j", "Tasks": [{"TaskName": "t", "Application": {"Command": "echo hi"}}]});
    let p = validate_object("Job", &job, "Job").unwrap_err();
    assert_eq!(p.path, "Job.Tasks[0].Application.DeliveryForm");
    let p = validate_object("NoSuchObject", &job, "").unwrap_err();
    assert_eq!(p.kind, ProblemKind::Unknown);
}
