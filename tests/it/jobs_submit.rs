//! `jobs submit` against a recording server: what is sent for a job file (JSON or YAML,
//! a Job or a whole body, `--zone`, `--name`, `--set`, `--client-token`), what is printed,
//! and bad job files refused with exit 2 naming the file and the path, nothing sent.

use crate::common::*;
use serde_json::{Value, json};

fn ok_server() -> FakeServer {
    FakeServer::new().start()
}

const JOB: &str = "\
# comments are fine
JobName: demo
Tasks:
  - TaskName: a
    TaskInstanceNum: 1
    Application: {DeliveryForm: LOCAL, Command: echo hi}
    ComputeEnv: {EnvType: MANAGED, EnvData: {InstanceType: S1.SMALL1, ImageId: img-m4q71qnq}}
  - TaskName: b
    Application: {DeliveryForm: LOCAL, Command: echo bye}
    ComputeEnv: {EnvType: MANAGED, EnvData: {InstanceType: S1.SMALL1, ImageId: img-m4q71qnq}}
Dependences:
  - {StartTask: a, EndTask: b}
";

fn write(dir: &std::path::Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn a_yaml_job_is_sent_with_zone_name_set_and_a_client_token() {
    let server = ok_server();
    let home = tempfile::tempdir().unwrap();
    let file = write(home.path(), "job.yaml", JOB);
    let output = server
        .cmd(home.path())
        .args(["jobs", "submit", "-f", &file, "--zone", "ap-guangzhou-3"])
        .args(["--name", "renamed", "--set", "Tasks.0.TaskInstanceNum=4"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output), "job-4yn0we13\n", "the JobId alone");
    let received = server.received();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].action(), "SubmitJob");
    let body = received[0].json();
    assert_eq!(body["Placement"], json!({"Zone": "ap-guangzhou-3"}));
    assert_eq!(body["Job"]["JobName"], "renamed");
    assert_eq!(body["Job"]["Tasks"][0]["TaskInstanceNum"], json!(4));
    assert_eq!(
        body["Job"]["Dependences"],
        json!([{"StartTask": "a", "EndTask": "b"}])
    );
    let token = body["ClientToken"].as_str().unwrap();
    assert!(!token.is_empty() && token.len() <= 64);
}

#[test]
fn a_whole_body_from_stdin_keeps_the_given_token_and_prints_json() {
    let server = ok_server();
    let home = tempfile::tempdir().unwrap();
    let (request, _) = api_example("SubmitJob");
    let output = server
        .cmd(home.path())
        .args([
            "jobs",
            "submit",
            "-f",
            "-",
            "--client-token",
            "tok-42",
            "-o",
            "json",
        ])
        .write_stdin(request.to_string())
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    let printed: Value = serde_json::from_str(&stdout_of(&output)).unwrap();
    assert_eq!(
        printed,
        json!({"JobId": "job-4yn0we13", "RequestId": "bf2a9734-e485-423f-9d73-a93f5e6c6a0c"})
    );
    let mut want = request.clone();
    want["ClientToken"] = json!("tok-42");
    assert_eq!(server.received()[0].json(), want);
}

#[test]
fn a_lost_answer_is_retried_with_the_same_token() {
    let server = FakeServer::new()
        .answer(|req, i| {
            if i == 0 {
                Answer::Drop
            } else {
                Answer::Response(api_example(req.action()).1)
            }
        })
        .start();
    let home = tempfile::tempdir().unwrap();
    let file = write(home.path(), "job.yaml", JOB);
    let output = server
        .cmd(home.path())
        .args(["jobs", "submit", "-f", &file, "--zone", "ap-guangzhou-3"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    let received = server.received();
    assert_eq!(received.len(), 2);
    assert_eq!(
        received[0].json()["ClientToken"],
        received[1].json()["ClientToken"]
    );
}

#[test]
fn bad_job_files_are_usage_errors_naming_file_and_path_and_nothing_is_sent() {
    let server = ok_server();
    let home = tempfile::tempdir().unwrap();
    let cases = [
        (
            JOB.replace("TaskInstanceNum: 1", "TaskInstanceNumb: 1"),
            "Job.Tasks[0].TaskInstanceNumb",
            "did you mean TaskInstanceNum",
        ),
        (
            JOB.replace("DeliveryForm: LOCAL, Command: echo hi", "Command: echo hi"),
            "Job.Tasks[0].Application.DeliveryForm",
            "required",
        ),
        (
            JOB.replace("TaskInstanceNum: 1", "TaskInstanceNum: many"),
            "Job.Tasks[0].TaskInstanceNum",
            "integer",
        ),
        (
            format!("{JOB}  - {{StartTask: b, EndTask: a}}\n"),
            "Job.Dependences",
            "cycle: a -> b -> a",
        ),
        (
            JOB.replace("{StartTask: a, EndTask: b}", "{StartTask: a, EndTask: c}"),
            "Job.Dependences[0].EndTask",
            "no task is named 'c'",
        ),
        (
            JOB.replace("TaskName: b", "TaskName: a"),
            "Job.Tasks[1].TaskName",
            "already the name",
        ),
        ("Tasks: [\n".to_string(), "job.yaml", "not valid YAML"),
    ];
    for (text, path, what) in cases {
        let file = write(home.path(), "job.yaml", &text);
        let output = server
            .cmd(home.path())
            .args(["jobs", "submit", "-f", &file, "--zone", "ap-guangzhou-3"])
            .output()
            .unwrap();
        let err = stderr_of(&output);
        assert_eq!(output.status.code(), Some(2), "{err}");
        assert!(
            err.starts_with("batchctl: error: ")
                && err.contains("job.yaml")
                && err.contains(path)
                && err.contains(what),
            "{path}: {err}"
        );
    }
    // Without a zone anywhere.
    let file = write(home.path(), "job.yaml", JOB);
    let output = server
        .cmd(home.path())
        .args(["jobs", "submit", "-f", &file])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr_of(&output).contains("--zone"),
        "{}",
        stderr_of(&output)
    );
    // A --set naming no member.
    let output = server
        .cmd(home.path())
        .args([
            "jobs",
            "submit",
            "-f",
            &file,
            "--zone",
            "z",
            "--set",
            "Tasks.0.Bogus=1",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr_of(&output).contains("Bogus"),
        "{}",
        stderr_of(&output)
    );
    assert!(server.received().is_empty(), "nothing was sent");
}

#[test]
fn the_example_files_are_valid_and_dry_run_sends_nothing() {
    let server = ok_server();
    let home = tempfile::tempdir().unwrap();
    for name in ["hello.yaml", "fail.yaml", "pipeline.yaml"] {
        let file = format!("{}/examples/{name}", env!("CARGO_MANIFEST_DIR"));
        let output = server
            .cmd(home.path())
            .args(["jobs", "submit", "-f", &file, "--dry-run"])
            .output()
            .unwrap();
        assert!(output.status.success(), "{name}: {}", stderr_of(&output));
        let out = stdout_of(&output);
        assert!(
            out.contains("X-TC-Action: SubmitJob") && out.contains("\"ClientToken\""),
            "{out}"
        );
    }
    assert!(server.received().is_empty());
}

#[test]
fn env_puts_every_task_on_the_environment() {
    let server = ok_server();
    let home = tempfile::tempdir().unwrap();
    let file = write(home.path(), "job.yaml", JOB);
    let output = server
        .cmd(home.path())
        .args(["jobs", "submit", "-f", &file, "--zone", "ap-guangzhou-3"])
        .args(["--env", "env-3dhmblr3"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    let body = server.received()[0].json();
    for task in body["Job"]["Tasks"].as_array().unwrap() {
        assert_eq!(task["EnvId"], "env-3dhmblr3");
        assert!(task.get("ComputeEnv").is_none(), "{task}");
    }
}

#[test]
fn template_makes_the_templates_task_the_jobs_task() {
    let server = ok_server();
    let home = tempfile::tempdir().unwrap();
    let (_, answer) = api_example("DescribeTaskTemplates");
    let template = &answer["TaskTemplateSet"][0];
    let id = template["TaskTemplateId"].as_str().unwrap();
    let output = server
        .cmd(home.path())
        .args([
            "jobs",
            "submit",
            "--template",
            id,
            "--zone",
            "ap-guangzhou-3",
        ])
        .args(["--name", "from-template"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    let received = server.received();
    let actions: Vec<&str> = received.iter().map(|r| r.action()).collect();
    assert_eq!(actions, ["DescribeTaskTemplates", "SubmitJob"]);
    assert_eq!(received[0].json()["TaskTemplateIds"], json!([id]));
    let body = received[1].json();
    assert_eq!(body["Job"]["JobName"], "from-template");
    assert_eq!(body["Job"]["Tasks"], json!([template["TaskTemplateInfo"]]));

    // A file and a template together are a usage error, nothing sent.
    let both = server
        .cmd(home.path())
        .args(["jobs", "submit", "--template", id, "-f", "job.yaml"])
        .output()
        .unwrap();
    assert_eq!(both.status.code(), Some(2));
    assert_eq!(server.received().len(), 2);
}

#[test]
fn estimate_prices_each_task_for_the_hours_asked_and_submits_nothing() {
    let emu = Emulator::start(&[]);
    let file = format!("{}/examples/pipeline.yaml", env!("CARGO_MANIFEST_DIR"));
    let out = emu
        .cmd()
        .args([
            "jobs",
            "submit",
            "-f",
            &file,
            "--estimate",
            "--hours",
            "2",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let doc: serde_json::Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    let tasks = doc["Tasks"].as_array().unwrap();
    assert_eq!(tasks.len(), 3);
    let per_hour: f64 = tasks
        .iter()
        .map(|t| t["UnitPrice"].as_f64().unwrap() * t["AtOnce"].as_f64().unwrap())
        .sum();
    assert!(
        (doc["PricePerHour"].as_f64().unwrap() - per_hour).abs() < 1e-4,
        "{doc}"
    );
    assert!(
        (doc["Price"].as_f64().unwrap() - per_hour * 2.0).abs() < 1e-4,
        "{doc}"
    );
    assert!(
        !emu.requests().iter().any(|r| r["action"] == "SubmitJob"),
        "an estimate submits nothing"
    );
    let bad = emu
        .cmd()
        .args(["jobs", "submit", "-f", &file, "--estimate", "--hours", "0"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
}
