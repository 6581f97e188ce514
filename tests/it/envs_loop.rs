//! Compute environments and task templates end to end against `emulator serve --speed
//! 1000` (a node is RUNNING 15 virtual seconds, 15 ms, after it is asked for): create,
//! watch, resize, run a job on the nodes, delete; templates round trip; `batchctl api`
//! with tccli-style arguments agrees with the curated commands; unknown IDs exit 3.

use crate::common::{Emulator, stderr_of, stdout_of};
use serde_json::Value;

const ZONE: &str = "ap-guangzhou-3";

fn fast() -> Emulator {
    Emulator::start(&["--speed", "1000"])
}

fn json_of(emu: &Emulator, args: &[&str]) -> Value {
    let out = emu.cmd().args(args).args(["-o", "json"]).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
    serde_json::from_str(&stdout_of(&out)).unwrap()
}

fn code_of(emu: &Emulator, args: &[&str]) -> (i32, String) {
    let out = emu.cmd().args(args).output().unwrap();
    (out.status.code().unwrap_or(-1), stderr_of(&out))
}

fn write(emu: &Emulator, name: &str, text: &str) -> String {
    let path = emu.dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

/// Reads `envs view` until `done` holds (each read takes real time, so virtual time
/// moves at least a few seconds per read); panics after 200 reads.
fn view_until(emu: &Emulator, env: &str, done: impl Fn(&Value) -> bool) -> Value {
    for _ in 0..200 {
        let view = json_of(emu, &["envs", "view", env]);
        if done(&view) {
            return view;
        }
    }
    panic!("{env} never reached the expected state");
}

fn running(view: &Value) -> u64 {
    view["ComputeNodeMetrics"]["RunningCount"].as_u64().unwrap()
}

fn create_env(emu: &Emulator, desired: u64) -> String {
    let file = write(
        emu,
        "env.yaml",
        &format!(
            "EnvName: render\nEnvType: MANAGED\nEnvData: {{InstanceType: S5.MEDIUM4, ImageId: img-abcdefgh}}\nDesiredComputeNodeCount: {desired}\n"
        ),
    );
    let created = json_of(emu, &["envs", "create", "-f", &file, "--zone", ZONE]);
    created["EnvId"].as_str().unwrap().to_string()
}

#[test]
fn an_environment_reaches_its_nodes_resizes_runs_a_job_and_is_deleted_after_it() {
    let emu = fast();
    let env = create_env(&emu, 2);
    let view = view_until(&emu, &env, |v| running(v) == 2);
    assert_eq!(view["DesiredComputeNodeCount"], 2);
    assert_eq!(view["ComputeNodeSet"].as_array().unwrap().len(), 2);

    // Down to one: one node is DELETING, then gone; up to two again.
    let out = emu
        .cmd()
        .args(["envs", "modify", &env, "--desired", "1"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let view = view_until(&emu, &env, |v| {
        v["ComputeNodeSet"].as_array().unwrap().len() == 1
    });
    assert_eq!(
        (view["DesiredComputeNodeCount"].as_u64(), running(&view)),
        (Some(1), 1)
    );
    emu.cmd()
        .args(["envs", "modify", &env, "--desired", "2"])
        .assert()
        .success();
    let view = view_until(&emu, &env, |v| running(v) == 2);
    let nodes: Vec<String> = view["ComputeNodeSet"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["ComputeNodeInstanceId"].as_str().unwrap().to_string())
        .collect();
    let activities = json_of(&emu, &["envs", "activities", &env]);
    let kinds: Vec<&str> = activities["ActivitySet"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["ComputeNodeActivityType"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds
            .iter()
            .filter(|k| **k == "CREATE_COMPUTE_NODE")
            .count(),
        3
    );
    assert_eq!(
        kinds
            .iter()
            .filter(|k| **k == "TERMINATE_COMPUTE_NODE")
            .count(),
        1
    );

    // A job on the environment runs on its nodes.
    let job_file = write(
        &emu,
        "job.yaml",
        "JobName: on-env\nTasks:\n  - TaskName: work\n    TaskInstanceNum: 2\n    Application: {DeliveryForm: LOCAL, Command: 'echo hi; sleep 100000'}\n",
    );
    let submitted = json_of(
        &emu,
        &[
            "jobs", "submit", "-f", &job_file, "--env", &env, "--zone", ZONE,
        ],
    );
    let job = submitted["JobId"].as_str().unwrap().to_string();
    let sent = emu.bodies();
    let task = &sent.last().unwrap()["Job"]["Tasks"][0];
    assert_eq!(task["EnvId"], env.as_str());
    let mut on = Vec::new();
    for _ in 0..200 {
        let tasks = json_of(&emu, &["jobs", "tasks", &job]);
        on = tasks["Tasks"][0]["TaskInstanceSet"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|i| i["ComputeNodeInstanceId"].as_str().map(str::to_string))
            .collect();
        if on.len() == 2 {
            break;
        }
    }
    assert_eq!(on.len(), 2, "the instances never reached a node");
    assert!(
        on.iter().all(|n| nodes.contains(n)),
        "{on:?} not in {nodes:?}"
    );

    // Deleting is refused while the job runs, accepted once it has ended.
    let (code, err) = code_of(&emu, &["envs", "delete", &env, "--yes"]);
    assert_ne!(code, 0);
    assert!(
        err.contains("UnsupportedOperation.ComputeEnvOperation"),
        "{err}"
    );
    emu.cmd()
        .args(["jobs", "terminate", &job])
        .assert()
        .success();
    emu.cmd()
        .args(["jobs", "wait", &job, "--timeout", "10s"])
        .output()
        .unwrap();
    emu.cmd()
        .args(["envs", "delete", &env, "--yes"])
        .assert()
        .success();
    let mut gone = false;
    for _ in 0..200 {
        if code_of(&emu, &["envs", "view", &env]).0 == 3 {
            gone = true;
            break;
        }
    }
    assert!(gone, "the deleted environment never went away");
}

#[test]
fn templates_round_trip_and_make_a_job() {
    let emu = fast();
    let file = write(
        &emu,
        "tmpl.yaml",
        "TaskTemplateName: greet\nTaskTemplateInfo:\n  TaskName: greet\n  TaskInstanceNum: 1\n  Application: {DeliveryForm: LOCAL, Command: echo hello}\n  ComputeEnv: {EnvType: MANAGED, EnvData: {InstanceType: S5.MEDIUM4, ImageId: img-abcdefgh}}\nTags: [{Key: team, Value: a}]\n",
    );
    let created = json_of(&emu, &["templates", "create", "-f", &file]);
    let id = created["TaskTemplateId"].as_str().unwrap().to_string();
    assert!(id.starts_with("task-tmpl-"), "{id}");
    let view = json_of(&emu, &["templates", "view", &id]);
    assert_eq!(view["TaskTemplateName"], "greet");
    assert_eq!(
        view["TaskTemplateInfo"]["Application"]["Command"],
        "echo hello"
    );

    emu.cmd()
        .args(["templates", "modify", &id, "--name", "greet2"])
        .assert()
        .success();
    let view = json_of(&emu, &["templates", "view", &id]);
    assert_eq!(view["TaskTemplateName"], "greet2");
    let listed = json_of(
        &emu,
        &[
            "api",
            "DescribeTaskTemplates",
            "--Filters",
            r#"[{"Name":"tag:team","Values":["a"]}]"#,
        ],
    );
    assert_eq!(listed["TotalCount"], 1);
    assert_eq!(listed["TaskTemplateSet"][0]["TaskTemplateId"], id.as_str());

    let submitted = json_of(
        &emu,
        &[
            "jobs",
            "submit",
            "--template",
            &id,
            "--zone",
            ZONE,
            "--name",
            "from-template",
        ],
    );
    let job = submitted["JobId"].as_str().unwrap().to_string();
    let info = json_of(&emu, &["api", "DescribeJobSubmitInfo", "--JobId", &job]);
    assert_eq!(info["Tasks"][0]["Application"]["Command"], "echo hello");

    emu.cmd()
        .args(["templates", "delete", &id])
        .assert()
        .success();
    assert_eq!(code_of(&emu, &["templates", "view", &id]).0, 3);
    assert_eq!(code_of(&emu, &["templates", "delete", &id]).0, 3);
}

#[test]
fn api_with_tccli_arguments_agrees_with_the_curated_commands() {
    let emu = fast();
    let created = json_of(
        &emu,
        &[
            "api",
            "CreateComputeEnv",
            "--ComputeEnv",
            r#"{"EnvName":"api-env","EnvType":"MANAGED","EnvData":{"InstanceType":"S5.LARGE8","ImageId":"img-abcdefgh"},"DesiredComputeNodeCount":1}"#,
            "--Placement",
            r#"{"Zone":"ap-guangzhou-3"}"#,
        ],
    );
    let env = created["EnvId"].as_str().unwrap().to_string();
    let view = view_until(&emu, &env, |v| running(v) == 1);
    let mut by_api = json_of(&emu, &["api", "DescribeComputeEnv", "--EnvId", &env]);
    let mut curated = view;
    for doc in [&mut by_api, &mut curated] {
        doc.as_object_mut().unwrap().remove("RequestId");
    }
    assert_eq!(by_api, curated);
    assert_eq!(by_api["ComputeNodeSet"][0]["Cpu"], 4);

    let listed = json_of(
        &emu,
        &[
            "api",
            "DescribeComputeEnvs",
            "--Filters",
            r#"[{"Name":"env-name","Values":["api-env"]}]"#,
        ],
    );
    assert_eq!(listed["TotalCount"], 1);
    let info = json_of(
        &emu,
        &["api", "DescribeComputeEnvCreateInfo", "--EnvId", &env],
    );
    assert_eq!(info["EnvData"]["InstanceType"], "S5.LARGE8");

    // Terminating its node lowers the desired count, so it is not replaced.
    let node = by_api["ComputeNodeSet"][0]["ComputeNodeId"]
        .as_str()
        .unwrap()
        .to_string();
    emu.cmd()
        .args(["envs", "terminate-nodes", &env, &node])
        .assert()
        .success();
    let view = view_until(&emu, &env, |v| {
        v["ComputeNodeSet"].as_array().unwrap().is_empty()
    });
    assert_eq!(view["DesiredComputeNodeCount"], 0);
}

#[test]
fn the_service_refusals_reach_the_user_with_their_codes() {
    let emu = fast();
    // Unknown IDs: exit 3.
    for args in [
        vec!["envs", "view", "env-nope0000"],
        vec!["envs", "nodes", "env-nope0000"],
        vec!["envs", "activities", "env-nope0000"],
        vec!["envs", "delete", "env-nope0000"],
        vec!["envs", "terminate-nodes", "env-demo0001", "node-nope0000"],
        vec!["templates", "view", "task-tmpl-nope0000"],
        vec!["api", "DescribeComputeEnv", "--EnvId", "env-nope0000"],
    ] {
        let (code, err) = code_of(&emu, &args);
        assert_eq!(code, 3, "{args:?}: {err}");
        assert!(err.contains("ResourceNotFound."), "{args:?}: {err}");
    }
    // The catalogue and CreateComputeEnv agree on what is sold where.
    let gpu = json_of(
        &emu,
        &["catalog", "instance-types", "--zone", "ap-guangzhou-4"],
    );
    assert!(!gpu.to_string().contains("GN7.2XLARGE32"));
    let file = write(
        &emu,
        "gpu.yaml",
        "EnvName: g\nEnvType: MANAGED\nEnvData: {InstanceType: GN7.2XLARGE32, ImageId: img-abcdefgh}\nDesiredComputeNodeCount: 1\n",
    );
    let (code, err) = code_of(
        &emu,
        &["envs", "create", "-f", &file, "--zone", "ap-guangzhou-4"],
    );
    assert_ne!(code, 0);
    assert!(err.contains("InvalidParameterValue.InstanceType"), "{err}");
    // SubmitJob checks a task's ComputeEnv against the same catalogue.
    let gpu_job = write(
        &emu,
        "gpu-job.yaml",
        "Tasks:\n  - ComputeEnv: {EnvType: MANAGED, EnvData: {InstanceType: GN7.2XLARGE32, ImageId: img-abcdefgh}}\n    Application: {DeliveryForm: LOCAL, Command: echo hi}\n",
    );
    let (_, err) = code_of(
        &emu,
        &["jobs", "submit", "-f", &gpu_job, "--zone", "ap-guangzhou-4"],
    );
    assert!(err.contains("InvalidParameterValue.InstanceType"), "{err}");
    emu.cmd()
        .args(["jobs", "submit", "-f", &gpu_job, "--zone", "ap-guangzhou-3"])
        .assert()
        .success();
    let (_, err) = code_of(
        &emu,
        &["envs", "create", "-f", &file, "--zone", "ap-guangzhou-1"],
    );
    assert!(
        err.contains("InvalidParameterValue.UnavailableZone"),
        "{err}"
    );
    // A spot instance, or one attached twice, cannot join.
    let (_, err) = code_of(
        &emu,
        &[
            "envs",
            "attach",
            "env-demo0001",
            "--instance",
            "ins-spot0001",
        ],
    );
    assert!(
        err.contains("UnsupportedOperation.InstancesNotAllowToAttach"),
        "{err}"
    );
    emu.cmd()
        .args([
            "envs",
            "attach",
            "env-demo0001",
            "--instance",
            "ins-mine0001",
        ])
        .assert()
        .success();
    let (_, err) = code_of(
        &emu,
        &[
            "envs",
            "attach",
            "env-demo0001",
            "--instance",
            "ins-mine0001",
        ],
    );
    assert!(
        err.contains("UnsupportedOperation.InstancesNotAllowToAttach"),
        "{err}"
    );
    let view = json_of(&emu, &["envs", "view", "env-demo0001"]);
    assert_eq!(view["AttachedComputeNodeCount"], 1);
    emu.cmd()
        .args([
            "envs",
            "detach",
            "env-demo0001",
            "--instance",
            "ins-mine0001",
        ])
        .assert()
        .success();
    // A job naming an unknown environment is refused.
    let job_file = write(
        &emu,
        "job.yaml",
        "Tasks:\n  - Application: {DeliveryForm: LOCAL, Command: echo hi}\n",
    );
    let (code, err) = code_of(
        &emu,
        &[
            "jobs",
            "submit",
            "-f",
            &job_file,
            "--env",
            "env-nope0000",
            "--zone",
            ZONE,
        ],
    );
    assert_eq!(code, 3, "{err}");
}

#[test]
fn the_state_file_keeps_environments_and_templates_across_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.json");
    let state = state.to_str().unwrap();
    let env = {
        let emu = Emulator::start(&["--speed", "1000", "--state-file", state]);
        let env = create_env(&emu, 1);
        emu.interrupt();
        env
    };
    let emu = Emulator::start(&["--speed", "1000", "--state-file", state]);
    let view = json_of(&emu, &["envs", "view", &env]);
    assert_eq!(view["EnvName"], "render");
    assert_eq!(view["DesiredComputeNodeCount"], 1);
    let template = json_of(&emu, &["templates", "view", "task-tmpl-demo0001"]);
    assert_eq!(template["TaskTemplateName"], "hello-template");
    // The demo environment's nodes have stable IDs.
    let acts = json_of(
        &emu,
        &[
            "envs",
            "activities",
            "env-demo0001",
            "--node",
            "node-demo0001",
        ],
    );
    assert_eq!(
        acts["ActivitySet"][0]["InstanceId"], "ins-demo0001",
        "{acts}"
    );
}

#[test]
fn envs_view_reads_in_sections_that_fit_80_columns() {
    let emu = fast();
    let out = emu
        .cmd()
        .env("BATCHCTL_FORCE_TERMINAL", "1")
        .env("COLUMNS", "80")
        .env("TZ", "UTC")
        .args(["envs", "view", "env-demo0001"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    for line in text.lines() {
        assert!(line.chars().count() <= 80, "{line:?}\n{text}");
    }
    for expected in [
        "Environment:   env-demo0001",
        "Name:          demo-env",
        "Zone:          ap-guangzhou-3",
        "Type:          MANAGED (CVM)",
        "Tags:          env=dev",
        "\nMachines:\n",
        "  Instance type: S5.MEDIUM4 (2 cores, 4 GB)",
        "  Image:         img-demo0001",
        "\nNodes: 2 desired, 2 running, 2 in all\n",
    ] {
        assert!(text.contains(expected), "{expected:?}:\n{text}");
    }
    let node = text
        .lines()
        .find(|l| l.starts_with("node-demo0001"))
        .unwrap();
    assert!(
        node.contains("ins-demo0001") && node.contains("RUNNING"),
        "{node}"
    );
    assert!(!text.contains('{'), "no JSON blobs:\n{text}");
    assert!(!text.contains("MEMBER"), "{text}");
    let reads: Vec<String> = emu
        .requests()
        .iter()
        .map(|r| r["action"].as_str().unwrap_or("").to_string())
        .collect();
    assert!(
        reads.contains(&"DescribeComputeEnvCreateInfo".to_string()),
        "{reads:?}"
    );
}

#[test]
fn submit_env_replaces_compute_env_and_keeps_the_tasks_member_order() {
    let emu = fast();
    let job_file = write(
        &emu,
        "job.yaml",
        "Tasks:\n  - TaskName: a\n    ComputeEnv: {EnvType: MANAGED, EnvData: {InstanceType: S5.MEDIUM4, ImageId: img-abcdefgh}}\n    Application: {DeliveryForm: LOCAL, Command: echo hi}\n    TaskInstanceNum: 1\n",
    );
    let submitted = json_of(
        &emu,
        &[
            "jobs",
            "submit",
            "-f",
            &job_file,
            "--env",
            "env-demo0001",
            "--zone",
            ZONE,
        ],
    );
    let job = submitted["JobId"].as_str().unwrap();
    let info = json_of(&emu, &["api", "DescribeJobSubmitInfo", "--JobId", job]);
    let keys: Vec<&String> = info["Tasks"][0].as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        ["TaskName", "Application", "TaskInstanceNum", "EnvId"],
        "{info}"
    );
}

#[test]
fn jobs_why_names_the_abnormal_node_that_failed_a_job() {
    let emu = fast();
    let file = write(
        &emu,
        "faulty.yaml",
        "EnvName: faulty\nEnvType: MANAGED\nEnvData: {InstanceType: S5.MEDIUM4, ImageId: img-abcdefgh}\nDesiredComputeNodeCount: 0\nTags: [{Key: emulator-node-fault, Value: ABNORMAL@5}]\n",
    );
    let created = json_of(&emu, &["envs", "create", "-f", &file, "--zone", ZONE]);
    let env = created["EnvId"].as_str().unwrap().to_string();
    let job_file = write(
        &emu,
        "long.yaml",
        "JobName: long\nTasks:\n  - TaskName: work\n    Application: {DeliveryForm: LOCAL, Command: \"sleep 3600\"}\n",
    );
    let submitted = json_of(
        &emu,
        &[
            "jobs", "submit", "-f", &job_file, "--env", &env, "--zone", ZONE,
        ],
    );
    let job = submitted["JobId"].as_str().unwrap().to_string();
    // The node comes only now, with the job already queued: it is seated on the node the
    // moment the node runs, before the node turns ABNORMAL, however loaded the machine.
    let (code, err) = code_of(&emu, &["envs", "modify", &env, "--desired", "1"]);
    assert_eq!(code, 0, "{err}");
    let waited = crate::common::wait(&emu, &job, &["--max-wait", "2h"]);
    assert_ne!(waited.status.code(), Some(0), "{}", stderr_of(&waited));
    let out = emu.cmd().args(["jobs", "why", &job]).output().unwrap();
    let why = stdout_of(&out);
    assert!(why.contains("FAILED"), "{why}");
    assert!(why.contains("node abnormal"), "{why}");
    let nodes = json_of(&emu, &["envs", "nodes", &env]);
    assert!(nodes.to_string().contains("ABNORMAL"), "{nodes}");
}

/// `batchctl ARGS` against `emu` with the client's waits on a virtual clock.
fn virtual_run(emu: &Emulator, args: &[&str]) -> std::process::Output {
    emu.cmd()
        .env(crate::common::VIRTUAL_TIME, "1")
        .args(["--rate-limit", "0"])
        .args(args)
        .output()
        .unwrap()
}

fn actions(emu: &Emulator) -> Vec<String> {
    emu.requests()
        .iter()
        .map(|r| r["action"].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn deleting_an_environment_with_nodes_needs_yes_and_sends_no_delete_without_it() {
    let emu = fast();
    let out = virtual_run(&emu, &["envs", "delete", "env-demo0001"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    assert!(
        err.contains("env-demo0001 (demo-env) has 2 node(s), 2 running") && err.contains("--yes"),
        "{err}"
    );
    assert!(
        !actions(&emu).contains(&"DeleteComputeEnv".to_string()),
        "nothing deleted: {:?}",
        actions(&emu)
    );
    assert_eq!(
        running(&json_of(&emu, &["envs", "view", "env-demo0001"])),
        2
    );
}

#[test]
fn modify_says_old_to_new_and_waits_for_the_nodes() {
    let emu = fast();
    let out = virtual_run(
        &emu,
        &[
            "envs",
            "modify",
            "env-demo0001",
            "--desired",
            "3",
            "--name",
            "bigger",
        ],
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(
        stdout_of(&out),
        "env-demo0001: desired nodes 2 → 3\nenv-demo0001: name demo-env → bigger\n"
    );

    let out = virtual_run(
        &emu,
        &["envs", "modify", "env-demo0001", "--desired", "1", "--wait"],
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        stdout_of(&out).contains("desired nodes 3 → 1"),
        "{}",
        stdout_of(&out)
    );
    assert!(
        stderr_of(&out).contains("env-demo0001: 1 node(s) running"),
        "{}",
        stderr_of(&out)
    );
    // Right after the wait, the nodes have settled: one, RUNNING, none leaving.
    let view = json_of(&emu, &["envs", "view", "env-demo0001"]);
    let nodes = view["ComputeNodeSet"].as_array().unwrap();
    assert_eq!(nodes.len(), 1, "{view}");
    assert_eq!(nodes[0]["ComputeNodeState"], "RUNNING");
}

#[test]
fn create_wait_ends_with_the_nodes_running_and_delete_wait_with_the_env_gone() {
    let emu = fast();
    let file = write(
        &emu,
        "env.yaml",
        "EnvName: render\nEnvType: MANAGED\nEnvData: {InstanceType: S5.MEDIUM4, ImageId: img-abcdefgh}\nDesiredComputeNodeCount: 2\n",
    );
    let out = virtual_run(
        &emu,
        &[
            "envs",
            "create",
            "-f",
            &file,
            "--zone",
            ZONE,
            "--wait",
            "--interval",
            "5s",
        ],
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    let env = stdout_of(&out).trim().to_string();
    assert!(env.starts_with("env-"), "the ID alone on stdout: {env}");
    let view = json_of(&emu, &["envs", "view", &env]);
    assert_eq!(running(&view), 2, "{view}");

    let out = virtual_run(&emu, &["envs", "delete", &env, "--yes", "--wait"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(
        stdout_of(&out),
        format!("{env} deleted; its 2 node(s) are being terminated\n")
    );
    let err = stderr_of(&out);
    assert!(err.contains(&format!("{env}: gone")), "{err}");
    assert_eq!(code_of(&emu, &["envs", "view", &env]).0, 3, "gone at once");
}

#[test]
fn create_wait_ends_with_exit_7_when_the_nodes_fail_to_be_created() {
    // The emulator's node fault: both nodes fail creation and are not replaced, so the
    // wait can never end well; it says so instead of waiting for --max-wait.
    let emu = fast();
    let file = write(
        &emu,
        "env.yaml",
        "EnvName: broken\nEnvType: MANAGED\nEnvData: {InstanceType: S5.MEDIUM4, ImageId: img-abcdefgh}\nDesiredComputeNodeCount: 2\nTags: [{Key: emulator-node-fault, Value: CREATION_FAILED}]\n",
    );
    let out = virtual_run(
        &emu,
        &[
            "envs",
            "create",
            "-f",
            &file,
            "--zone",
            ZONE,
            "--wait",
            "--interval",
            "5s",
        ],
    );
    assert_eq!(out.status.code(), Some(7), "{}", stderr_of(&out));
    let env = stdout_of(&out).trim().to_string();
    assert!(env.starts_with("env-"), "the new ID is still told: {env}");
    let err = stderr_of(&out);
    assert!(
        err.contains(&format!(
            "batchctl: error: {env}: 0 of 2 node(s) running, and no more will come: 2 creation failed"
        )),
        "{err}"
    );
}

#[test]
fn a_wait_that_outlasts_max_wait_exits_8_on_the_clients_clock() {
    // Time stands still: the nodes never leave CREATING.
    let emu = Emulator::start(&["--speed", "0"]);
    let file = write(
        &emu,
        "env.yaml",
        "EnvName: stuck\nEnvType: MANAGED\nEnvData: {InstanceType: S5.MEDIUM4, ImageId: img-abcdefgh}\nDesiredComputeNodeCount: 2\n",
    );
    let out = virtual_run(
        &emu,
        &[
            "envs",
            "create",
            "-f",
            &file,
            "--zone",
            ZONE,
            "--wait",
            "--interval",
            "10s",
            "--max-wait",
            "1m",
        ],
    );
    assert_eq!(out.status.code(), Some(8), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    assert!(err.contains("--max-wait 1m"), "{err}");
    assert!(err.contains("0 of 2 node(s) running (2 creating)"), "{err}");
    let polls = actions(&emu)
        .iter()
        .filter(|a| *a == "DescribeComputeEnv")
        .count();
    assert_eq!(
        polls, 7,
        "a poll every 10s for a minute, and one at the end"
    );
}

#[test]
fn terminate_wait_returns_once_the_job_has_ended() {
    let emu = fast();
    let job_file = write(
        &emu,
        "job.yaml",
        "JobName: long\nTasks:\n  - TaskName: work\n    TaskInstanceNum: 1\n    Application: {DeliveryForm: LOCAL, Command: 'sleep 100000'}\n    ComputeEnv: {EnvType: MANAGED, EnvData: {InstanceType: S5.MEDIUM4, ImageId: img-abcdefgh}}\n",
    );
    let submitted = json_of(&emu, &["jobs", "submit", "-f", &job_file, "--zone", ZONE]);
    let job = submitted["JobId"].as_str().unwrap().to_string();
    // TerminateJob refuses a SUBMITTED job: wait until it has moved on.
    for _ in 0..200 {
        let view = json_of(&emu, &["jobs", "view", &job]);
        if view["JobState"] != "SUBMITTED" {
            break;
        }
    }
    let out = virtual_run(&emu, &["jobs", "terminate", &job, "--wait"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), format!("{job} terminated\n"));
    assert!(
        stderr_of(&out).contains(&format!("{job}: ended FAILED")),
        "{}",
        stderr_of(&out)
    );
    let view = json_of(&emu, &["jobs", "view", &job]);
    assert_eq!(
        view["JobState"], "FAILED",
        "ended when the command returned"
    );
}

#[test]
fn envs_list_shows_what_users_decide_by_and_takes_columns() {
    let emu = fast();
    let out = emu
        .cmd()
        .args(["envs", "list"])
        .env("TZ", "UTC")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    let header: Vec<&str> = text
        .lines()
        .next()
        .unwrap()
        .split("   ")
        .map(str::trim)
        .filter(|h| !h.is_empty())
        .collect();
    assert_eq!(
        header,
        [
            "ID",
            "NAME",
            "ZONE",
            "TYPE",
            "INSTANCE TYPE",
            "DESIRED",
            "RUNNING",
            "NODES",
            "CREATED (+00:00)"
        ],
        "{text}"
    );
    let row: Vec<&str> = text.lines().nth(1).unwrap().split_whitespace().collect();
    assert_eq!(
        &row[..7],
        [
            "env-demo0001",
            "demo-env",
            "ap-guangzhou-3",
            "MANAGED",
            "S5.MEDIUM4",
            "2",
            "2"
        ],
        "{text}"
    );
    assert!(!text.contains("Submitted"), "{text}");

    let out = emu
        .cmd()
        .args([
            "envs",
            "list",
            "--columns",
            "EnvId,running,INSTANCE TYPE",
            "-o",
            "csv",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(
        stdout_of(&out),
        "EnvId,Running,InstanceType\r\nenv-demo0001,2,S5.MEDIUM4\r\n"
    );
    // csv without --columns keeps the members as received.
    let out = emu
        .cmd()
        .args(["envs", "list", "-o", "csv"])
        .output()
        .unwrap();
    assert!(
        stdout_of(&out).starts_with("EnvId,EnvName,Placement.Zone"),
        "{}",
        stdout_of(&out)
    );

    let before = emu.requests().len();
    let out = emu
        .cmd()
        .args(["envs", "list", "--columns", "SubmittedCount"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("the columns are EnvId, EnvName, Zone"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(emu.requests().len(), before, "nothing sent");
}

#[test]
fn templates_view_and_list_read_as_the_task_they_hold() {
    let emu = fast();
    let out = emu
        .cmd()
        .env("BATCHCTL_FORCE_TERMINAL", "1")
        .env("COLUMNS", "80")
        .args(["templates", "view", "task-tmpl-demo0001"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
    for expected in [
        "Template:      task-tmpl-demo0001",
        "Name:          hello-template",
        "\nTask:\n",
        "  Command:       echo 'Hello from a template'",
        "  Runs on:       MANAGED S5.MEDIUM4, image img-demo0001",
    ] {
        assert!(text.contains(expected), "{expected:?}:\n{text}");
    }
    assert!(!text.contains('{'), "{text}");
    let out = emu
        .cmd()
        .args(["templates", "list", "--columns", "id,command"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    assert!(text.starts_with("ID "), "{text}");
    assert!(text.contains("echo 'Hello from a template'"), "{text}");
    assert_eq!(
        text.lines().next().unwrap().split_whitespace().count(),
        2,
        "{text}"
    );
}

#[test]
fn on_a_terminal_delete_asks_and_a_no_deletes_nothing() {
    // `script` gives batchctl a pseudo-terminal; without it there is nothing to test.
    // (util-linux's: `script -qec CMD FILE`.)
    let usable = std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !usable {
        return;
    }
    let emu = fast();
    let ask = |answer: &str| {
        let mut cmd = std::process::Command::new("script");
        for (k, v) in emu.std_cmd().get_envs() {
            match v {
                Some(v) => cmd.env(k, v),
                None => cmd.env_remove(k),
            };
        }
        let line = format!("{} envs delete env-demo0001", crate::common::BIN);
        let mut child = cmd
            .args(["-qec", &line, "/dev/null"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(answer.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    };
    let out = ask("n\n");
    let text = stdout_of(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(
        text.contains("Delete env-demo0001 (demo-env) and terminate its 2 node(s)? [y/N]"),
        "{text}"
    );
    assert!(!actions(&emu).contains(&"DeleteComputeEnv".to_string()));
    let out = ask("y\n");
    assert!(out.status.success(), "{}", stdout_of(&out));
    assert!(actions(&emu).contains(&"DeleteComputeEnv".to_string()));
}

#[test]
fn nodes_and_activities_take_columns_too() {
    let emu = fast();
    let out = emu
        .cmd()
        .args([
            "envs",
            "nodes",
            "env-demo0001",
            "--columns",
            "node,state,cores,mem",
            "-o",
            "csv",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(
        stdout_of(&out),
        "ComputeNodeId,ComputeNodeState,Cpu,Mem\r\nnode-demo0001,RUNNING,2,4\r\nnode-demo0002,RUNNING,2,4\r\n"
    );
    let out = emu
        .cmd()
        .args([
            "envs",
            "activities",
            "env-demo0001",
            "--columns",
            "node,activity",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    assert!(text.starts_with("NODE "), "{text}");
    assert!(text.contains("CREATE_COMPUTE_NODE"), "{text}");
    let out = emu
        .cmd()
        .args(["envs", "nodes", "env-demo0001", "--columns", "Nope"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
}
