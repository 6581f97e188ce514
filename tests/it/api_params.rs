//! `batchctl api` parameters: dotted names, `--cli-input-json` from a file or stdin with
//! flags replacing its members, and bodies the model refuses (exit 2, nothing sent).

use crate::common::*;
use serde_json::{Value, json};

fn ok_server() -> FakeServer {
    FakeServer::new().start()
}

#[test]
fn dotted_names_set_members_inside_objects() {
    let server = ok_server();
    let home = tempfile::tempdir().unwrap();
    let output = server
        .cmd(home.path())
        .args([
            "api",
            "SubmitJob",
            "--Placement.Zone",
            "ap-guangzhou-3",
            "--Job.JobName",
            "dotted",
            "--Job.Priority",
            "3",
            "--Job.Tasks.0.TaskName",
            "a",
            "--Job.Tasks.0.Application",
            r#"{"DeliveryForm":"LOCAL","Command":"echo hi"}"#,
            "--ClientToken",
            "tok-1",
        ])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    let body = server.received()[0].json();
    assert_eq!(
        body,
        json!({
            "Placement": {"Zone": "ap-guangzhou-3"},
            "Job": {
                "Tasks": [{"Application": {"DeliveryForm": "LOCAL", "Command": "echo hi"}, "TaskName": "a"}],
                "JobName": "dotted",
                "Priority": 3
            },
            "ClientToken": "tok-1"
        })
    );
}

#[test]
fn cli_input_json_from_a_file_or_stdin_with_flags_replacing_members() {
    let server = ok_server();
    let home = tempfile::tempdir().unwrap();
    let (request, _) = api_example("SubmitJob");
    let file = home.path().join("submit.json");
    std::fs::write(&file, request.to_string()).unwrap();
    let from_file = format!("file://{}", file.display());

    let output = server
        .cmd(home.path())
        .args(["api", "SubmitJob", "--cli-input-json", &from_file])
        .args(["--Placement.Zone", "ap-guangzhou-7", "--ClientToken", "t1"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    let mut want = request.clone();
    want["Placement"]["Zone"] = json!("ap-guangzhou-7");
    want["ClientToken"] = json!("t1");
    assert_eq!(server.received()[0].json(), want);

    let output = server
        .cmd(home.path())
        .args(["api", "SubmitJob", "--cli-input-json", "-", "--ClientToken", "t2"])
        .args(["--Job", r#"{"JobName":"replaced","Tasks":[{"TaskName":"x","Application":{"DeliveryForm":"LOCAL","Command":"true"}}]}"#])
        .write_stdin(request.to_string())
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    let body = server.received()[1].json();
    assert_eq!(body["Placement"], request["Placement"], "kept from stdin");
    assert_eq!(
        body["Job"]["JobName"], "replaced",
        "the flag replaced the member"
    );
    assert!(
        body["Job"].get("Priority").is_none(),
        "a whole member is replaced"
    );
}

/// Runs `api ARGS` against a server; asserts exit 2, nothing sent; returns stderr.
fn refused(args: &[&str]) -> String {
    let server = ok_server();
    let home = tempfile::tempdir().unwrap();
    let output = server
        .cmd(home.path())
        .arg("api")
        .args(args)
        .output()
        .unwrap();
    let err = stderr_of(&output);
    assert_eq!(output.status.code(), Some(2), "{args:?}: {err}");
    assert!(server.received().is_empty(), "{args:?}: something was sent");
    assert!(err.starts_with("batchctl: error: "), "{err}");
    err
}

#[test]
fn malformed_values_are_refused_naming_the_flag() {
    let err = refused(&["DescribeJobs", "--JobIds", "[\"job-a\""]);
    assert!(err.contains("--JobIds: malformed JSON"), "{err}");
    let err = refused(&["DescribeJobs", "--Limit", "ten"]);
    assert!(
        err.contains("--Limit: expected an integer, found 'ten'"),
        "{err}"
    );
    let err = refused(&["SubmitJob", "--Placment.Zone", "ap-guangzhou-3"]);
    assert!(err.contains("did you mean --Placement?"), "{err}");
    let err = refused(&["SubmitJob", "--Placement.Zon", "ap-guangzhou-3"]);
    assert!(err.contains("did you mean --Placement.Zone?"), "{err}");
    let err = refused(&["SubmitJob", "--cli-input-json", "job.json"]);
    assert!(err.contains("file://"), "{err}");
    let err = refused(&["DescribeJob", "--all"]);
    assert!(err.contains("does not page"), "{err}");
}

#[test]
fn bodies_the_model_refuses_are_not_sent() {
    let job = r#"{"JobName":"j","Tasks":[{"TaskName":"a","Application":{"DeliveryForm":"LOCAL","Command":"true"}}]}"#;
    let err = refused(&["SubmitJob", "--Job", job]);
    assert!(
        err.contains("Placement") && err.contains("required"),
        "missing top level: {err}"
    );
    let err = refused(&["SubmitJob", "--Placement", "{}", "--Job", job]);
    assert!(err.contains("Placement.Zone"), "missing nested: {err}");
    let err = refused(&[
        "SubmitJob",
        "--Placement",
        r#"{"Zone":"z","Zonee":"x"}"#,
        "--Job",
        job,
    ]);
    assert!(
        err.contains("Zonee") && err.contains("did you mean Zone"),
        "unknown nested: {err}"
    );
    let err = refused(&["DescribeJobs", "--JobIds", r#""job-a""#]);
    assert!(err.contains("JobIds"), "wrong type: {err}");
    let err = refused(&[
        "SubmitJob",
        "--Placement.Zone",
        "z",
        "--Job",
        job,
        "--Job.Priority",
        "-1",
    ]);
    assert!(err.contains("Job.Priority"), "out of range: {err}");
}

#[test]
fn all_pages_merge_into_one_document_or_stream_as_rows() {
    // Five jobs served two at a time.
    let server = FakeServer::new()
        .answer(|req, _| {
            let body = req.json();
            let offset = body["Offset"].as_u64().unwrap() as usize;
            let limit = body["Limit"].as_u64().unwrap() as usize;
            let jobs: Vec<Value> = (offset..5.min(offset + limit))
                .map(|n| {
                    // Exact text: the tests share serde_json's arbitrary_precision.
                    let n_text: Value = serde_json::from_str("1.50").unwrap();
                    json!({"JobId": format!("job-{n:08}"), "N": n_text})
                })
                .collect();
            Answer::Response(
                json!({"TotalCount": 5, "JobSet": jobs, "RequestId": format!("r{offset}")}),
            )
        })
        .start();
    let home = tempfile::tempdir().unwrap();
    let output = server
        .cmd(home.path())
        .args([
            "--rate-limit",
            "0",
            "api",
            "DescribeJobs",
            "--Limit",
            "2",
            "--all",
        ])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    let text = stdout_of(&output);
    let doc: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(doc["JobSet"].as_array().unwrap().len(), 5);
    assert_eq!(
        (doc["TotalCount"].clone(), doc["RequestId"].clone()),
        (json!(5), json!("r4"))
    );
    assert!(text.contains("\"N\": 1.50"), "numbers as received: {text}");
    let offsets: Vec<u64> = server
        .received()
        .iter()
        .map(|r| r.json()["Offset"].as_u64().unwrap())
        .collect();
    assert_eq!(offsets, [0, 2, 4]);

    let output = server
        .cmd(home.path())
        .args([
            "--rate-limit",
            "0",
            "api",
            "DescribeJobs",
            "--Limit",
            "2",
            "--all",
            "-o",
            "csv",
        ])
        .output()
        .unwrap();
    let csv = stdout_of(&output);
    assert_eq!(csv.lines().next(), Some("JobId,N"));
    assert_eq!(csv.lines().count(), 6, "{csv}");
}
