//! `batchctl templates …` against a recording test server answering with the published
//! examples: bodies, outputs, exit codes, bad files.

use crate::common::{api_example, examples_server, run_unpaced, sent_bodies, stderr_of, stdout_of};
use serde_json::{Value, json};

const TEMPLATE: &str = "\
# a template: the task every job made from it runs
TaskTemplateName: render
TaskTemplateDescription: frames
TaskTemplateInfo:
  TaskName: render
  Application:
    DeliveryForm: LOCAL
    Command: echo hello
  ComputeEnv:
    EnvType: MANAGED
    EnvData:
      InstanceType: S5.MEDIUM4
      ImageId: img-12345678
";

#[test]
fn list_sends_the_name_and_tag_filters() {
    let server = examples_server();
    let out = run_unpaced(
        &server,
        &[
            "templates",
            "list",
            "--name",
            "render",
            "--tag-value",
            "v",
            "--all",
            "-o",
            "csv",
        ],
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    let (action, body) = &sent_bodies(&server)[0];
    assert_eq!(action, "DescribeTaskTemplates");
    assert_eq!(
        body["Filters"],
        json!([{"Name": "task-template-name", "Values": ["render"]},
               {"Name": "tag-value", "Values": ["v"]}])
    );
    assert_eq!(body["Limit"], 100, "--all reads the largest pages");
    let text = stdout_of(&out);
    assert!(text.contains("task-tmpl-pq24rq1e"), "{text}");
    assert_eq!(
        text.lines().next().unwrap().split(',').next(),
        Some("TaskTemplateName")
    );
}

#[test]
fn view_prints_the_template_and_exits_3_when_unknown() {
    let server = examples_server();
    let out = run_unpaced(
        &server,
        &["templates", "view", "task-tmpl-pq24rq1e", "-o", "json"],
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    let printed: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    assert_eq!(printed["TaskTemplateId"], "task-tmpl-pq24rq1e");
    assert_eq!(printed["TaskTemplateName"], "rendering");
    assert!(printed["RequestId"].is_string());
    assert_eq!(
        sent_bodies(&server)[0].1,
        json!({"TaskTemplateIds": ["task-tmpl-pq24rq1e"]})
    );

    let out = run_unpaced(
        &server,
        &["templates", "view", "task-tmpl-pq24rq1e", "-o", "yaml"],
    );
    assert!(
        stdout_of(&out).contains("TaskTemplateId: task-tmpl-pq24rq1e"),
        "{}",
        stdout_of(&out)
    );
    let out = run_unpaced(&server, &["templates", "view", "task-tmpl-pq24rq1e"]);
    let table = stdout_of(&out);
    assert!(
        table.contains("Template:      task-tmpl-pq24rq1e")
            && table.contains("Name:          rendering"),
        "{table}"
    );

    let out = run_unpaced(&server, &["templates", "view", "task-tmpl-nothere"]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("task-tmpl-nothere"));
}

#[test]
fn create_prints_the_new_id_alone_or_the_answer() {
    let server = examples_server();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("template.yaml");
    std::fs::write(&file, TEMPLATE).unwrap();
    let file = file.to_str().unwrap();
    let id = api_example("CreateTaskTemplate").1["TaskTemplateId"].clone();

    let out = run_unpaced(
        &server,
        &["templates", "create", "-f", file, "--name", "other"],
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out).trim(), id.as_str().unwrap());
    let body = &sent_bodies(&server)[0].1;
    assert_eq!(
        body["TaskTemplateName"], "other",
        "--name replaces the file's"
    );
    assert_eq!(
        body["TaskTemplateInfo"]["Application"]["Command"],
        "echo hello"
    );

    let out = run_unpaced(&server, &["templates", "create", "-f", file, "-o", "json"]);
    let printed: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    let keys: Vec<&String> = printed.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["TaskTemplateId", "RequestId"]);
}

#[test]
fn bad_template_files_exit_2_naming_the_path() {
    let server = examples_server();
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            TEMPLATE.replace("Command:", "Comand:"),
            "TaskTemplateInfo.Application.Comand: unknown member (did you mean Command?)",
        ),
        (
            TEMPLATE.replace("TaskTemplateName: render\n", ""),
            "TaskTemplateName",
        ),
        (
            "TaskTemplateName: [a]\n".to_string(),
            "TaskTemplateName: expected a string",
        ),
    ];
    for (i, (text, expected)) in cases.iter().enumerate() {
        let file = dir.path().join(format!("t{i}.yaml"));
        std::fs::write(&file, text).unwrap();
        let out = run_unpaced(
            &server,
            &["templates", "create", "-f", file.to_str().unwrap()],
        );
        assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
        assert!(stderr_of(&out).contains(expected), "{}", stderr_of(&out));
    }
    assert!(server.received().is_empty());
}

#[test]
fn modify_and_delete_send_their_bodies() {
    let server = examples_server();
    let out = run_unpaced(
        &server,
        &[
            "templates",
            "modify",
            "task-tmpl-1",
            "--name",
            "n",
            "--description",
            "d",
        ],
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    let out2 = run_unpaced(
        &server,
        &["templates", "delete", "task-tmpl-1", "task-tmpl-2"],
    );
    assert!(out2.status.success(), "{}", stderr_of(&out2));
    let bodies = sent_bodies(&server);
    assert_eq!(bodies[0].0, "ModifyTaskTemplate");
    assert_eq!(
        bodies[0].1,
        json!({"TaskTemplateId": "task-tmpl-1", "TaskTemplateName": "n",
               "TaskTemplateDescription": "d"})
    );
    assert_eq!(bodies[1].0, "DeleteTaskTemplates");
    assert_eq!(
        bodies[1].1,
        json!({"TaskTemplateIds": ["task-tmpl-1", "task-tmpl-2"]})
    );
}

#[test]
fn a_template_view_shows_its_settings_in_sections() {
    let server = examples_server();
    let out = run_unpaced(&server, &["templates", "view", "task-tmpl-pq24rq1e"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    assert!(text.contains("\nTask:\n"), "{text}");
    assert!(!text.contains("MEMBER"), "{text}");
    assert!(!text.contains("\"TaskName\""), "no JSON blobs: {text}");
}
