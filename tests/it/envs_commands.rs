//! `batchctl envs …` against a recording test server answering with the published
//! examples: the bodies sent, the outputs per format, the exit codes.

use crate::common::{
    Answer, FakeServer, api_example, examples_server, run_unpaced, sent_bodies, stderr_of,
    stdout_of,
};
use serde_json::{Value, json};

fn write_file(dir: &tempfile::TempDir, name: &str, text: &str) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn list_sends_each_flag_as_its_filter_and_pages() {
    let server = examples_server();
    let out = run_unpaced(
        &server,
        &[
            "envs",
            "list",
            "--zone",
            "ap-guangzhou-3",
            "--zone",
            "ap-guangzhou-4",
            "--name",
            "render",
            "--resource-type",
            "CVM",
            "--tag",
            "team=a",
            "--tag-key",
            "owner",
            "--limit",
            "5",
            "--offset",
            "10",
            "-o",
            "json",
        ],
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    let sent = sent_bodies(&server);
    assert_eq!(sent[0].0, "DescribeComputeEnvs");
    assert_eq!(
        sent[0].1,
        json!({
            "Filters": [
                {"Name": "zone", "Values": ["ap-guangzhou-3", "ap-guangzhou-4"]},
                {"Name": "env-name", "Values": ["render"]},
                {"Name": "resource-type", "Values": ["CVM"]},
                {"Name": "tag:team", "Values": ["a"]},
                {"Name": "tag-key", "Values": ["owner"]}
            ],
            "Offset": 10,
            "Limit": 5
        })
    );
    let printed: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    assert!(printed["ComputeEnvSet"].is_array());
    assert!(printed["TotalCount"].is_number());
}

#[test]
fn list_all_reads_every_page() {
    // Three environments, served two at a time.
    let server = FakeServer::new()
        .answer(|req, _| {
            let body = req.json();
            let offset = body["Offset"].as_u64().unwrap_or(0);
            let limit = body["Limit"].as_u64().unwrap_or(20);
            let set: Vec<Value> = (offset..(offset + limit).min(3))
                .map(|i| json!({"EnvId": format!("env-{i:08}"), "EnvName": format!("e{i}")}))
                .collect();
            Answer::Response(json!({"ComputeEnvSet": set, "TotalCount": 3, "RequestId": "r"}))
        })
        .start();
    let out = run_unpaced(
        &server,
        &["envs", "list", "--all", "--page-size", "2", "-o", "jsonl"],
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out).lines().count(), 3);
    let offsets: Vec<Value> = sent_bodies(&server)
        .iter()
        .map(|(_, b)| b["Offset"].clone())
        .collect();
    assert_eq!(offsets, vec![json!(0), json!(2)]);

    let out = run_unpaced(&server, &["envs", "list", "--limit", "1"]);
    assert!(out.status.success());
    assert!(
        stderr_of(&out).contains("printed 1 of 3"),
        "{}",
        stderr_of(&out)
    );
    assert!(stdout_of(&out).contains("env-00000000"));
}

#[test]
fn view_prints_the_env_then_its_nodes() {
    let server = examples_server();
    let out = run_unpaced(&server, &["envs", "view", "env-lcpcej85"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    assert!(text.contains("test compute env"), "{text}");
    assert!(
        text.contains("node-noa8vefu") && text.contains("ABNORMAL"),
        "{text}"
    );
    assert_eq!(sent_bodies(&server)[0].1, json!({"EnvId": "env-lcpcej85"}));

    let out = run_unpaced(&server, &["envs", "view", "env-lcpcej85", "-o", "json"]);
    let printed: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    assert_eq!(printed, api_example("DescribeComputeEnv").1);

    let out = run_unpaced(&server, &["envs", "nodes", "env-lcpcej85", "-o", "csv"]);
    let text = stdout_of(&out);
    assert!(text.starts_with("ComputeNodeId,"), "{text}");
    assert_eq!(text.lines().count(), 3, "header and two nodes");
    let out = run_unpaced(
        &server,
        &[
            "envs",
            "nodes",
            "env-lcpcej85",
            "--query",
            ".ComputeNodeSet[].ComputeNodeState",
        ],
    );
    assert_eq!(stdout_of(&out), "ABNORMAL\nRUNNING\n");
}

#[test]
fn an_unknown_env_exits_3() {
    let server = FakeServer::new()
        .answer(|_, _| {
            Answer::Response(json!({"Error": {"Code": "ResourceNotFound.ComputeEnv",
            "Message": "no such env"}, "RequestId": "r-1"}))
        })
        .start();
    let out = run_unpaced(&server, &["envs", "view", "env-nothere1"]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("ResourceNotFound.ComputeEnv"));
}

#[test]
fn create_from_yaml_sends_one_client_token_on_every_attempt() {
    let server = FakeServer::new()
        .answer(|req, i| match i {
            0 => Answer::Drop,
            _ => Answer::Response(api_example(req.action()).1),
        })
        .start();
    let dir = tempfile::tempdir().unwrap();
    let file = write_file(
        &dir,
        "env.yaml",
        "# a managed environment\nEnvName: render\nDesiredComputeNodeCount: 2\nEnvType: MANAGED\n",
    );
    let out = run_unpaced(
        &server,
        &["envs", "create", "-f", &file, "--zone", "ap-guangzhou-3"],
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    let env_id = api_example("CreateComputeEnv").1["EnvId"].clone();
    assert_eq!(
        stdout_of(&out).trim(),
        env_id.as_str().unwrap(),
        "the new ID alone"
    );
    let sent = sent_bodies(&server);
    assert_eq!(sent.len(), 2, "one retry after the lost answer");
    assert_eq!(sent[0].1["ComputeEnv"]["EnvName"], "render");
    assert_eq!(sent[0].1["Placement"], json!({"Zone": "ap-guangzhou-3"}));
    assert!(sent[0].1["ClientToken"].is_string());
    assert_eq!(sent[0].1["ClientToken"], sent[1].1["ClientToken"]);

    let server = examples_server();
    let out = run_unpaced(
        &server,
        &[
            "envs",
            "create",
            "-f",
            &file,
            "--zone",
            "z",
            "--client-token",
            "tok-1",
            "-o",
            "json",
        ],
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(sent_bodies(&server)[0].1["ClientToken"], "tok-1");
    let printed: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    assert_eq!(printed["EnvId"], env_id);
    assert!(printed["RequestId"].is_string());
}

#[test]
fn bad_env_files_exit_2_naming_the_file_and_path_with_nothing_sent() {
    let server = examples_server();
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            "EnvName: r\nDesiredComputeNodeCount: 1\nEnvDescripton: x\n",
            "EnvDescripton: unknown member (did you mean EnvDescription?)",
        ),
        ("EnvName: r\n", "DesiredComputeNodeCount"),
        (
            "EnvName: r\nDesiredComputeNodeCount: two\n",
            "DesiredComputeNodeCount",
        ),
        (
            "{\"ComputeEnv\": {\"EnvName\": \"r\", \"DesiredComputeNodeCount\": 1, \"EnvData\": {\"Zone\": 3}}}",
            "ComputeEnv.EnvData",
        ),
        ("EnvName: [unclosed\n", "not valid YAML"),
    ];
    for (i, (text, expected)) in cases.iter().enumerate() {
        let file = write_file(&dir, &format!("env{i}.yaml"), text);
        let out = run_unpaced(
            &server,
            &["envs", "create", "-f", &file, "--zone", "ap-guangzhou-3"],
        );
        assert_eq!(out.status.code(), Some(2), "{text}: {}", stderr_of(&out));
        let err = stderr_of(&out);
        assert!(
            err.contains(&format!("env{i}.yaml")),
            "names the file: {err}"
        );
        assert!(err.contains(expected), "{text}: {err}");
    }
    let file = write_file(
        &dir,
        "noplace.yaml",
        "EnvName: r\nDesiredComputeNodeCount: 1\n",
    );
    let out = run_unpaced(&server, &["envs", "create", "-f", &file]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("--zone"), "{}", stderr_of(&out));
    assert!(server.received().is_empty(), "nothing was sent");
}

#[test]
fn modify_delete_attach_detach_send_their_bodies() {
    let server = examples_server();
    let dir = tempfile::tempdir().unwrap();
    let file = write_file(
        &dir,
        "m.json",
        r#"{"EnvDescription": "from file", "EnvName": "old"}"#,
    );
    let cases: Vec<(Vec<&str>, &str, Value)> = vec![
        (
            vec![
                "envs",
                "modify",
                "env-a",
                "--desired",
                "3",
                "--name",
                "new",
                "-f",
                &file,
            ],
            "ModifyComputeEnv",
            json!({"EnvDescription": "from file", "EnvName": "new", "EnvId": "env-a",
                   "DesiredComputeNodeCount": 3}),
        ),
        (
            vec!["envs", "delete", "env-a", "--yes"],
            "DeleteComputeEnv",
            json!({"EnvId": "env-a"}),
        ),
        (
            vec!["envs", "attach", "env-a", "--instance", "ins-1,ins-2"],
            "AttachInstances",
            json!({"EnvId": "env-a", "Instances": [{"InstanceId": "ins-1"}, {"InstanceId": "ins-2"}]}),
        ),
        (
            vec!["envs", "detach", "env-a", "--instance", "ins-1"],
            "DetachInstances",
            json!({"EnvId": "env-a", "InstanceIds": ["ins-1"]}),
        ),
        (
            vec!["envs", "terminate-nodes", "env-a", "node-1"],
            "TerminateComputeNodes",
            json!({"EnvId": "env-a", "ComputeNodeIds": ["node-1"]}),
        ),
        (
            vec![
                "envs",
                "terminate-nodes",
                "env-a",
                "node-1",
                "node-2",
                "--yes",
            ],
            "TerminateComputeNodes",
            json!({"EnvId": "env-a", "ComputeNodeIds": ["node-1", "node-2"]}),
        ),
        (
            vec!["envs", "activities", "env-a", "--node", "node-1"],
            "DescribeComputeEnvActivities",
            json!({"EnvId": "env-a", "Filters": {"Name": "compute-node-id", "Values": ["node-1"]},
                   "Offset": 0, "Limit": 20}),
        ),
    ];
    for (args, action, body) in &cases {
        let before = sent_bodies(&server).len();
        let out = run_unpaced(&server, args);
        assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
        let sent = sent_bodies(&server);
        // modify and delete read the environment first (old → new, its nodes).
        let reads = usize::from(matches!(args[1], "modify" | "delete"));
        assert_eq!(sent.len(), before + 1 + reads, "{args:?}");
        if reads == 1 {
            assert_eq!(sent[before].0, "DescribeComputeEnv", "{args:?}");
        }
        let last = sent.last().unwrap();
        assert_eq!(last.0, *action);
        assert_eq!(last.1, *body, "{args:?}");
    }
    let out = run_unpaced(&server, &["envs", "delete", "env-a", "--yes", "-o", "json"]);
    let printed: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    assert!(printed["RequestId"].is_string());
}

#[test]
fn terminating_two_nodes_needs_yes_and_sends_nothing_without_it() {
    let server = examples_server();
    let out = run_unpaced(
        &server,
        &["envs", "terminate-nodes", "env-a", "node-1", "node-2"],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(
        err.contains("node-1, node-2") && err.contains("--yes"),
        "{err}"
    );
    assert!(server.received().is_empty());
    let out = run_unpaced(&server, &["envs", "list", "--state", "running"]);
    assert_eq!(out.status.code(), Some(2), "no state filter exists");
    assert!(
        stderr_of(&out).contains("ComputeNodeMetrics"),
        "{}",
        stderr_of(&out)
    );
    let out = run_unpaced(&server, &["envs", "modify", "env-a"]);
    assert_eq!(out.status.code(), Some(2), "nothing to change");
    assert!(server.received().is_empty());
}

#[test]
fn dry_run_prints_the_signed_request_and_sends_nothing() {
    let server = examples_server();
    let out = run_unpaced(&server, &["--dry-run", "envs", "delete", "env-a"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(stdout_of(&out).contains("X-TC-Action: DeleteComputeEnv"));
    assert!(server.received().is_empty());
}

#[test]
fn the_shipped_example_files_are_valid_requests() {
    let server = examples_server();
    let root = env!("CARGO_MANIFEST_DIR");
    let env = format!("{root}/examples/env.yaml");
    let template = format!("{root}/examples/template.yaml");
    let out = run_unpaced(
        &server,
        &[
            "--dry-run",
            "envs",
            "create",
            "-f",
            &env,
            "--zone",
            "ap-guangzhou-3",
        ],
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(stdout_of(&out).contains("\"EnvName\":\"render-farm\""));
    let out = run_unpaced(
        &server,
        &["--dry-run", "templates", "create", "-f", &template],
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(server.received().is_empty());
}
