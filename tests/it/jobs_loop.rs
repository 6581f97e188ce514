//! The user's loop end to end against the emulator's world on a fast clock (issue 10,
//! "How it is tested", first three bullets): submit → wait → why → logs → retry/delete,
//! the rules of terminate/retry/delete, one job after a lost answer, and the same loop
//! through raw `batchctl api` calls. Written from the contract (cli.md, batch-api.md);
//! they need the emulator's world, so they stay ignored until it is merged.

use std::time::{Duration, Instant};

use crate::common::*;
use serde_json::{Value, json};

fn world(extra: &[&str]) -> Emulator {
    let mut args = vec!["--speed", "1000"];
    args.extend_from_slice(extra);
    Emulator::start(&args)
}

fn example(name: &str) -> String {
    format!("{}/examples/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// Runs batchctl (no client pacing) and returns the output.
fn run(emu: &Emulator, args: &[&str]) -> std::process::Output {
    emu.cmd()
        .arg("--rate-limit")
        .arg("0")
        .args(args)
        .output()
        .unwrap()
}

fn submit(emu: &Emulator, file: &str, extra: &[&str]) -> String {
    let out = run(emu, &[&["jobs", "submit", "-f", file], extra].concat());
    assert!(out.status.success(), "{}", stderr_of(&out));
    stdout_of(&out).trim().to_string()
}

fn json_of(emu: &Emulator, args: &[&str]) -> Value {
    let out = run(emu, &[args, &["-o", "json"]].concat());
    assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
    serde_json::from_str(&stdout_of(&out)).unwrap()
}

fn state(emu: &Emulator, job: &str) -> String {
    json_of(emu, &["jobs", "view", job])["JobState"]
        .as_str()
        .unwrap()
        .to_string()
}

/// Polls until the job is in one of `states` (the clock is fast: a few real seconds at
/// most). The 120 s limit is a safety net against a job that never gets there, not a
/// measure of how fast it does.
fn until_state(emu: &Emulator, job: &str, states: &[&str]) -> String {
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let s = state(emu, job);
        if states.contains(&s.as_str()) {
            return s;
        }
        assert!(
            Instant::now() < deadline,
            "{job} stayed {s}, never {states:?}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn wait_code(emu: &Emulator, job: &str) -> Option<i32> {
    run(
        emu,
        &[
            "jobs",
            "wait",
            job,
            "--interval",
            "100ms",
            "--max-wait",
            "30s",
        ],
    )
    .status
    .code()
}

#[test]
fn a_succeeding_job_submitted_with_wait_exits_0_and_its_logs_hold_the_echo() {
    let emu = world(&[]);
    let out = run(
        &emu,
        &[
            "jobs",
            "submit",
            "-f",
            &example("hello.yaml"),
            "--wait",
            "--interval",
            "100ms",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let job = stdout_of(&out).trim().to_string();
    assert!(job.starts_with("job-"), "{job}");
    let logs = run(&emu, &["jobs", "logs", &job]);
    assert_eq!(stdout_of(&logs), "hello from batchctl\n");
    let why = run(&emu, &["jobs", "why", &job]);
    assert!(
        stdout_of(&why).contains("did not fail"),
        "{}",
        stdout_of(&why)
    );
}

#[test]
fn submit_wait_as_json_prints_the_finished_job_as_wait_does() {
    let emu = world(&[]);
    let out = run(
        &emu,
        &[
            "jobs",
            "submit",
            "-f",
            &example("hello.yaml"),
            "--wait",
            "--interval",
            "100ms",
            "-o",
            "json",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let doc: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    let job = doc["JobSet"][0]["JobId"].as_str().unwrap().to_string();
    assert_eq!(doc["JobSet"][0]["JobState"], "SUCCEED");
    assert_eq!(doc["JobSet"].as_array().unwrap().len(), 1);
    let waited = json_of(&emu, &["jobs", "wait", &job]);
    assert_eq!(
        waited["JobSet"][0]["JobState"],
        doc["JobSet"][0]["JobState"]
    );
    assert_eq!(waited["JobSet"][0]["JobName"], doc["JobSet"][0]["JobName"]);
}

#[test]
fn a_failing_job_exits_7_and_why_names_task_index_exit_code_and_last_stderr_line() {
    let emu = world(&[]);
    let out = run(
        &emu,
        &[
            "jobs",
            "submit",
            "-f",
            &example("fail.yaml"),
            "--wait",
            "--interval",
            "100ms",
        ],
    );
    assert_eq!(out.status.code(), Some(7), "{}", stderr_of(&out));
    let job = stdout_of(&out).trim().to_string();
    let err = stderr_of(&out);
    for want in [
        "task prepare",
        "[prepare/0] exit code 3",
        "[prepare/1] exit code 3",
        "exit status 3",
    ] {
        assert!(err.contains(want), "{want}: {err}");
    }

    // view, tasks, logs, why and describe agree.
    let described = json_of(&emu, &["jobs", "describe", &job]);
    let view = json_of(&emu, &["jobs", "view", &job]);
    assert_eq!(described["JobSet"][0]["JobState"], "FAILED");
    assert_eq!(view["JobState"], "FAILED");
    let report = view["TaskSet"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["TaskName"] == "report")
        .unwrap();
    assert_ne!(
        report["TaskState"], "SUCCEED",
        "a dependant of a failed task never runs"
    );
    let tasks = json_of(&emu, &["jobs", "tasks", &job, "--task", "prepare"]);
    let instances = tasks["Tasks"][0]["TaskInstanceSet"].as_array().unwrap();
    assert_eq!(instances.len(), 2);
    assert!(
        instances
            .iter()
            .all(|i| i["TaskInstanceState"] == "FAILED" && i["ExitCode"] == 3)
    );
    let why = json_of(&emu, &["jobs", "why", &job]);
    assert_eq!(why["JobState"], "FAILED");
    assert_eq!(why["Tasks"][0]["TaskName"], "prepare");
    assert_eq!(why["Tasks"][0]["Instances"][0]["ExitCode"], 3);
    assert_eq!(
        why["Tasks"][0]["Instances"][0]["StderrTail"]
            .as_array()
            .unwrap()
            .last()
            .unwrap(),
        "exit status 3"
    );
    let logs = run(
        &emu,
        &["jobs", "logs", &job, "--task", "prepare", "--stderr"],
    );
    assert!(
        stderr_of(&logs).contains("[prepare/1] exit status 3"),
        "{}",
        stderr_of(&logs)
    );
    let logs = run(
        &emu,
        &[
            "jobs",
            "logs",
            &job,
            "--task",
            "prepare",
            "--instance",
            "0",
            "--stdout",
        ],
    );
    assert_eq!(stdout_of(&logs), "reading input\n");
}

#[test]
fn dependences_run_in_order() {
    let emu = world(&[]);
    let job = submit(&emu, &example("pipeline.yaml"), &[]);
    assert_eq!(wait_code(&emu, &job), Some(0));
    let tasks = json_of(&emu, &["jobs", "tasks", &job]);
    let times = |name: &str, member: &str| -> Vec<String> {
        let task = tasks["Tasks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["TaskName"] == name)
            .unwrap();
        task["TaskInstanceSet"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i[member].as_str().unwrap().to_string())
            .collect()
    };
    let fetch_end = times("fetch", "EndTime").into_iter().max().unwrap();
    let process_start = times("process", "RunningTime").into_iter().min().unwrap();
    let process_end = times("process", "EndTime").into_iter().max().unwrap();
    let merge_start = times("merge", "RunningTime").into_iter().min().unwrap();
    assert!(fetch_end <= process_start, "{fetch_end} > {process_start}");
    assert!(process_end <= merge_start, "{process_end} > {merge_start}");
    assert_eq!(times("process", "EndTime").len(), 4);
}

#[test]
fn terminate_refuses_a_submitted_job_and_ends_a_running_one_failed() {
    // A stopped clock here: the job stays SUBMITTED however long the machine takes.
    let emu = Emulator::start(&["--speed", "0"]);
    let job = submit(
        &emu,
        &example("hello.yaml"),
        &["--set", "Tasks.0.Application.Command=sleep 100000"],
    );
    assert_eq!(state(&emu, &job), "SUBMITTED");
    let out = run(&emu, &["jobs", "terminate", &job]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("UnsupportedOperation"));
    assert_eq!(
        state(&emu, &job),
        "SUBMITTED",
        "the refusal changed nothing"
    );
    drop(emu);

    let emu = world(&[]);
    let job = submit(
        &emu,
        &example("hello.yaml"),
        &["--set", "Tasks.0.Application.Command=sleep 100000"],
    );
    until_state(&emu, &job, &["RUNNING"]);
    let out = run(&emu, &["jobs", "terminate", &job]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), format!("{job} terminated\n"));
    assert_eq!(
        until_state(&emu, &job, &["FAILED", "SUCCEED", "FAILED_INTERRUPTED"]),
        "FAILED"
    );
}

#[test]
fn retry_reruns_only_the_failed_instances() {
    let emu = world(&[]);
    let job = submit(&emu, &example("fail.yaml"), &[]);
    assert_eq!(wait_code(&emu, &job), Some(7));
    let before = json_of(&emu, &["jobs", "tasks", &job, "--task", "prepare"]);
    let out = run(&emu, &["jobs", "retry", &job]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), format!("{job} retried\n"));
    assert_eq!(wait_code(&emu, &job), Some(7), "the command still exits 3");
    let after = json_of(&emu, &["jobs", "tasks", &job, "--task", "prepare"]);
    let first = |doc: &Value| doc["Tasks"][0]["TaskInstanceSet"][0]["LaunchTime"].clone();
    assert_ne!(
        first(&before),
        first(&after),
        "the failed instance ran again"
    );

    let ok = submit(&emu, &example("hello.yaml"), &[]);
    assert_eq!(wait_code(&emu, &ok), Some(0));
    let out = run(&emu, &["jobs", "retry", &ok]);
    assert_eq!(out.status.code(), Some(4), "a SUCCEED job is not retried");
}

#[test]
fn an_interrupted_job_is_resumed_by_retry_and_can_be_deleted() {
    let emu = world(&[]);
    let job = submit(
        &emu,
        &example("hello.yaml"),
        &[
            "--set",
            "Tasks.0.Application.Command=exit 4",
            "--set",
            "Tasks.0.FailedAction=INTERRUPT",
        ],
    );
    until_state(&emu, &job, &["FAILED_INTERRUPTED"]);
    let before = json_of(&emu, &["jobs", "tasks", &job, "--task", "hello"]);
    let out = run(&emu, &["jobs", "retry", &job]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), format!("{job} retried\n"));
    // Resumed: the instance runs again (a new launch), and the job ends interrupted again.
    until_state(&emu, &job, &["FAILED_INTERRUPTED"]);
    let after = json_of(&emu, &["jobs", "tasks", &job, "--task", "hello"]);
    let launch = |doc: &Value| doc["Tasks"][0]["TaskInstanceSet"][0]["LaunchTime"].clone();
    assert_ne!(launch(&before), launch(&after), "the instance ran again");
    let out = run(&emu, &["jobs", "delete", &job]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(run(&emu, &["jobs", "view", &job]).status.code(), Some(3));
}

#[test]
fn delete_refuses_a_running_job_and_removes_a_finished_one() {
    let emu = world(&[]);
    let job = submit(
        &emu,
        &example("hello.yaml"),
        &["--set", "Tasks.0.Application.Command=sleep 100000"],
    );
    until_state(&emu, &job, &["RUNNING"]);
    let out = run(&emu, &["jobs", "delete", &job]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr_of(&out));
    let done = submit(&emu, &example("hello.yaml"), &[]);
    assert_eq!(wait_code(&emu, &done), Some(0));
    let out = run(&emu, &["jobs", "delete", &done]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), format!("{done} deleted\n"));
    for args in [
        vec!["jobs", "view", &done],
        vec!["jobs", "describe", &done],
        vec!["jobs", "delete", &done],
    ] {
        assert_eq!(run(&emu, &args).status.code(), Some(3), "{args:?}");
    }
}

#[test]
fn a_lost_answer_on_submit_makes_exactly_one_job() {
    let emu = world(&["--inject", "lost"]);
    let job = submit(&emu, &example("hello.yaml"), &["--name", "lost-once"]);
    let listed = json_of(&emu, &["jobs", "describe", "--name", "lost-once", "--all"]);
    assert_eq!(listed["TotalCount"], 1);
    assert_eq!(listed["JobSet"][0]["JobId"], job.as_str());
    let submits: Vec<Value> = emu
        .bodies()
        .into_iter()
        .filter(|b| b.get("Job").is_some())
        .collect();
    assert!(submits.len() >= 2, "sent again after the lost answer");
    assert!(
        submits
            .iter()
            .all(|b| b["ClientToken"] == submits[0]["ClientToken"])
    );
}

#[test]
fn the_same_loop_through_raw_api_calls_gives_the_same_states() {
    let emu = world(&[]);
    let body = json!({"Placement": {"Zone": "ap-guangzhou-3"}, "Job": {"JobName": "raw", "Priority": 1,
        "Tasks": [{"TaskName": "t", "TaskInstanceNum": 1,
                   "Application": {"DeliveryForm": "LOCAL", "Command": "echo raw; exit 5"},
                   "ComputeEnv": {"EnvType": "MANAGED", "EnvData": {"InstanceType": "S1.SMALL1", "ImageId": "img-m4q71qnq"}}}]}});
    let mut args = vec!["api".to_string(), "SubmitJob".to_string()];
    args.extend(tccli_args(&body));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let job = json_of(&emu, &args)["JobId"].as_str().unwrap().to_string();
    assert_eq!(wait_code(&emu, &job), Some(7));
    let raw_job = json_of(&emu, &["api", "DescribeJob", "--JobId", &job]);
    let view = json_of(&emu, &["jobs", "view", &job]);
    assert_eq!(raw_job["JobState"], view["JobState"]);
    let raw_task = json_of(
        &emu,
        &["api", "DescribeTask", "--JobId", &job, "--TaskName", "t"],
    );
    assert_eq!(raw_task["TaskInstanceSet"][0]["ExitCode"], 5);
    let tasks = json_of(&emu, &["jobs", "tasks", &job]);
    assert_eq!(
        tasks["Tasks"][0]["TaskInstanceSet"][0]["TaskInstanceState"],
        raw_task["TaskInstanceSet"][0]["TaskInstanceState"]
    );
    let ids = format!("[\"{job}\"]");
    assert!(json_of(&emu, &["api", "RetryJobs", "--JobIds", &ids])["RequestId"].is_string());
    assert_eq!(wait_code(&emu, &job), Some(7));
    let out = run(&emu, &["api", "DeleteJob", "--JobId", &job]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(run(&emu, &["jobs", "view", &job]).status.code(), Some(3));
}

#[test]
fn logs_of_an_instance_the_task_does_not_have_is_exit_3_naming_it() {
    let emu = world(&[]);
    let out = run(
        &emu,
        &[
            "jobs",
            "logs",
            "job-etl0fail",
            "--task",
            "transform",
            "--instance",
            "7",
        ],
    );
    assert_eq!(out.status.code(), Some(3), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    assert!(
        err.contains("transform") && err.contains("no instance 7"),
        "{err}"
    );
    assert!(stdout_of(&out).is_empty());
}

#[test]
fn logs_show_each_instance_its_own_expanded_variables() {
    let emu = world(&[]);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("rows.yaml");
    std::fs::write(
        &file,
        concat!(
            "Placement: {Zone: ap-guangzhou-3}\n",
            "Job:\n  JobName: rows\n  Tasks:\n  - TaskName: rows\n    TaskInstanceNum: 3\n",
            "    EnvVars: [{Name: UNIT, Value: row}]\n",
            "    ComputeEnv: {EnvType: MANAGED, EnvData: {InstanceType: S1.SMALL1, ImageId: img-m4q71qnq}}\n",
            "    Application: {DeliveryForm: LOCAL, Command: 'echo \"$UNIT $BATCH_TASK_INSTANCE_INDEX",
            " of $BATCH_TASK_INSTANCE_NUM in $BATCH_JOB_ID\"'}\n",
        ),
    )
    .unwrap();
    let job = submit(
        &emu,
        file.to_str().unwrap(),
        &["--wait", "--interval", "100ms"],
    );
    let logs = stdout_of(&run(&emu, &["jobs", "logs", &job]));
    for i in 0..3 {
        let line = format!("row {i} of 3 in {job}");
        assert!(logs.contains(&line), "{line}: {logs}");
    }
    assert!(!logs.contains('$'), "{logs}");
}
