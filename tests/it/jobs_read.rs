//! `jobs view|spec|tasks|logs|why` against a recording server answering with a failed
//! job shaped as the published examples: what is sent, what each format prints, logs
//! decoded with prefixes and kept apart by stream, the why summary, exit 3 when unknown.

use crate::common::*;
use base64::Engine;
use serde_json::{Value, json};

const JOB: &str = "job-fa11ed00";

fn data_url(text: &str) -> String {
    format!(
        "data:text/plain;charset=utf-8;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(text)
    )
}

fn instance(index: u64, state: &str, exit: i64) -> Value {
    json!({
        "TaskInstanceIndex": index,
        "RedirectInfo": {"StdoutRedirectPath": "cos://b/logs/", "StderrRedirectPath": "cos://b/logs/",
                          "StdoutRedirectFileName": "", "StderrRedirectFileName": ""},
        "RunningTime": "2026-11-30T01:00:05Z", "LaunchTime": "2026-11-30T01:00:01Z",
        "StateReason": if state == "FAILED" { "task instance failed" } else { "" },
        "StateDetailedReason": if state == "FAILED" { "exit code is not 0" } else { "successful" },
        "ComputeNodeInstanceId": format!("ins-node000{index}"),
        "EndTime": "2026-11-30T01:00:09Z", "TaskInstanceState": state,
        "CreateTime": "2026-11-30T01:00:00Z", "ExitCode": exit
    })
}

/// A FAILED job: task `prepare` (instance 0 failed with exit 3, instance 1 succeeded),
/// task `report` never ran.
fn failed_job(req: &Received) -> Answer {
    let body = req.json();
    if body
        .get("JobId")
        .and_then(Value::as_str)
        .is_some_and(|j| j != JOB)
    {
        return Answer::Response(json!({"Error": {"Code": "ResourceNotFound.Job",
            "Message": "no such job"}, "RequestId": "r-404"}));
    }
    Answer::Response(match req.action() {
        "DescribeJob" => json!({
            "JobId": JOB, "JobName": "fail-demo", "Zone": "ap-guangzhou-3", "Priority": 1,
            "JobState": "FAILED", "StateReason": "a task failed", "CreateTime": "2026-11-30T01:00:00Z",
            "EndTime": "2026-11-30T01:00:10Z",
            "TaskSet": [
                {"TaskName": "prepare", "TaskState": "FAILED", "CreateTime": "2026-11-30T01:00:00Z", "EndTime": "2026-11-30T01:00:09Z"},
                {"TaskName": "report", "TaskState": "SUBMITTED", "CreateTime": "2026-11-30T01:00:00Z", "EndTime": null}],
            "DependenceSet": [{"StartTask": "prepare", "EndTask": "report"}],
            "Tags": [], "NextAction": "", "RequestId": "r-job"}),
        "DescribeJobSubmitInfo" => json!({
            "JobId": JOB, "JobName": "fail-demo", "JobDescription": null, "Priority": 1,
            "Tasks": [{"TaskName": "prepare", "TaskInstanceNum": 2,
                       "Application": {"DeliveryForm": "LOCAL", "Command": "echo reading; exit 3"},
                       "ComputeEnv": {"EnvType": "MANAGED", "EnvData": {"InstanceType": "S1.SMALL1", "ImageId": "img-m4q71qnq"}},
                       "MaxRetryCount": 0, "FailedAction": "TERMINATE"},
                      {"TaskName": "report", "TaskInstanceNum": 1,
                       "Application": {"DeliveryForm": "LOCAL", "Command": "echo report"},
                       "ComputeEnv": {"EnvType": "MANAGED", "EnvData": {"InstanceType": "S1.SMALL1", "ImageId": "img-m4q71qnq"}}}],
            "Dependences": [{"StartTask": "prepare", "EndTask": "report"}],
            "Tags": [], "RequestId": "r-info"}),
        "DescribeTask" => {
            let failed_only = body["Filters"][0]["Values"][0] == "FAILED";
            let task = body["TaskName"].as_str().unwrap_or("").to_string();
            let set: Vec<Value> = match (task.as_str(), failed_only) {
                ("prepare", true) => vec![instance(0, "FAILED", 3)],
                ("prepare", false) => vec![instance(0, "FAILED", 3), instance(1, "SUCCEED", 0)],
                _ => vec![],
            };
            json!({"JobId": JOB, "TaskName": task, "TaskInstanceIndex": null,
                   "TaskState": if task == "prepare" { "FAILED" } else { "SUBMITTED" },
                   "TaskInstanceTotalCount": set.len(), "TaskInstanceSet": set,
                   "TaskInstanceMetrics": {}, "RequestId": "r-task"})
        }
        "DescribeTaskLogs" => {
            let wanted: Vec<u64> = match body.get("TaskInstanceIndexes") {
                Some(list) => list
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter_map(Value::as_u64)
                    .collect(),
                None if body["TaskName"] == "prepare" => vec![0, 1],
                None => vec![],
            };
            let logs: Vec<Value> = wanted
                .iter()
                .map(|i| json!({
                    "TaskInstanceIndex": i,
                    "StdoutLog": data_url(&format!("reading part {i}\n")),
                    "StderrLog": if *i == 0 { data_url("warming up\ninput.csv is missing\nexit status 3\n") } else { data_url("") },
                    "StdoutRedirectPath": "cos://b/logs/", "StderrRedirectPath": "cos://b/logs/",
                    "StdoutRedirectFileName": format!("stdout.{JOB}.prepare.{i}.log"),
                    "StderrRedirectFileName": format!("stderr.{JOB}.prepare.{i}.log")}))
                .collect();
            json!({"TotalCount": logs.len(), "TaskInstanceLogSet": logs, "RequestId": "r-logs"})
        }
        "SubmitJob" => json!({"JobId": JOB, "RequestId": "r-submit"}),
        "DescribeJobs" => json!({"TotalCount": 1, "RequestId": "r-jobs",
            "JobSet": [job(JOB, "fail-demo", "FAILED", "ap-guangzhou-3", &[])]}),
        other => {
            json!({"Error": {"Code": "UnsupportedOperation", "Message": other}, "RequestId": "r"})
        }
    })
}

fn server() -> FakeServer {
    FakeServer::new().answer(|req, _| failed_job(req)).start()
}

fn run(server: &FakeServer, args: &[&str]) -> std::process::Output {
    let home = tempfile::tempdir().unwrap();
    server.cmd(home.path()).args(args).output().unwrap()
}

#[test]
fn view_prints_the_job_its_tasks_and_dependences() {
    let s = server();
    let out = run(&s, &["jobs", "view", JOB]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    for want in [
        "fail-demo",
        "FAILED",
        "a task failed",
        "prepare",
        "report",
        "prepare -> report",
    ] {
        assert!(text.contains(want), "{want}: {text}");
    }
    assert_eq!(s.received()[0].json(), json!({"JobId": JOB}));
    let out = run(&s, &["jobs", "view", JOB, "-o", "json"]);
    let doc: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    assert_eq!(doc["RequestId"], "r-job");
    assert!(doc.get("Response").is_none());
    let out = run(&s, &["jobs", "view", JOB, "--query", ".TaskSet[].TaskName"]);
    assert_eq!(stdout_of(&out), "prepare\nreport\n");
}

#[test]
fn an_unknown_job_is_exit_3_and_a_malformed_id_is_exit_2_with_nothing_sent() {
    let s = server();
    let out = run(&s, &["jobs", "view", "job-00000000"]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("ResourceNotFound.Job"));
    let sent = s.received().len();
    for cmd in ["view", "spec", "tasks", "logs", "why"] {
        let out = run(&s, &["jobs", cmd, "job-XYZ"]);
        assert_eq!(out.status.code(), Some(2), "{cmd}");
    }
    assert_eq!(s.received().len(), sent, "nothing sent for malformed IDs");
}

#[test]
fn spec_round_trips_into_a_submit_body() {
    let s = server();
    let out = run(&s, &["jobs", "spec", JOB]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let doc: Value = serde_json::from_str(&stdout_of(&out)).expect("json when piped");
    assert_eq!(doc["Placement"], json!({"Zone": "ap-guangzhou-3"}));
    assert_eq!(
        doc["Job"]["Tasks"][0]["Application"]["Command"],
        "echo reading; exit 3"
    );
    assert!(doc["Job"].get("JobDescription").is_none(), "nulls dropped");
    assert!(doc["Job"].get("JobId").is_none() && doc.get("RequestId").is_none());
    // `jobs submit -f` takes it unchanged.
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("spec.json");
    std::fs::write(&file, stdout_of(&out)).unwrap();
    let submit = s
        .cmd(home.path())
        .args(["jobs", "submit", "-f", file.to_str().unwrap(), "--dry-run"])
        .output()
        .unwrap();
    assert!(submit.status.success(), "{}", stderr_of(&submit));
    let yaml = run(&s, &["jobs", "spec", JOB, "-o", "yaml"]);
    assert!(
        stdout_of(&yaml).contains("Placement:"),
        "{}",
        stdout_of(&yaml)
    );
}

#[test]
fn tasks_pages_each_task_and_prints_rows_json_jsonl_and_csv() {
    let s = server();
    let out = run(&s, &["jobs", "tasks", JOB]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    assert!(
        text.contains("ins-node0000") && text.contains("task instance failed"),
        "{text}"
    );
    let bodies: Vec<Value> = s
        .received()
        .iter()
        .filter(|r| r.action() == "DescribeTask")
        .map(|r| r.json())
        .collect();
    assert_eq!(
        bodies[0],
        json!({"JobId": JOB, "TaskName": "prepare", "Offset": 0, "Limit": 100})
    );
    assert_eq!(bodies[1]["TaskName"], "report");

    let out = run(
        &s,
        &[
            "jobs", "tasks", JOB, "--task", "prepare", "--state", "failed", "--all", "-o", "json",
        ],
    );
    let doc: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    assert_eq!(doc["JobId"], JOB);
    assert_eq!(doc["Tasks"][0]["TaskInstanceSet"][0]["ExitCode"], 3);
    let last = s.received().last().unwrap().json();
    assert_eq!(last["Limit"], 1000);
    assert_eq!(
        last["Filters"],
        json!([{"Name": "task-instance-state", "Values": ["FAILED"]}])
    );

    let out = run(
        &s,
        &["jobs", "tasks", JOB, "--task", "prepare", "-o", "jsonl"],
    );
    let lines: Vec<Value> = stdout_of(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["TaskInstanceIndex"], 1);
    assert_eq!(lines[1]["TaskName"], "prepare");

    let out = run(
        &s,
        &["jobs", "tasks", JOB, "--task", "prepare", "-o", "csv"],
    );
    let csv = stdout_of(&out);
    let mut rows = csv.lines();
    assert!(
        rows.next()
            .unwrap()
            .starts_with("TaskName,TaskInstanceIndex,TaskInstanceState,ExitCode")
    );
    assert!(
        rows.next()
            .unwrap()
            .starts_with("prepare,0,FAILED,3,task instance failed,ins-node0000")
    );
}

#[test]
fn tasks_time_each_instance_by_its_own_run_and_wide_adds_its_times() {
    let s = server();
    // Created 01:00:00, launched :01, running :05, ended :09: it ran 4 s, not 9 s.
    let out = run(&s, &["jobs", "tasks", JOB, "--task", "prepare"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    let first = text.lines().nth(1).unwrap();
    assert!(first.trim_end().ends_with("4s"), "{text}");
    assert!(!text.contains("9s"), "{text}");
    assert!(!text.contains("LAUNCHED"), "{text}");

    let out = run(
        &s,
        &["jobs", "tasks", JOB, "--task", "prepare", "-o", "wide"],
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    let header = text.lines().next().unwrap();
    for column in ["DURATION", "LAUNCHED", "RUNNING", "ENDED"] {
        assert!(header.contains(column), "{column}: {text}");
    }
    let first = text.lines().nth(1).unwrap();
    for time in ["01:00:01", "01:00:05", "01:00:09"] {
        assert!(first.contains(time), "{time}: {text}");
    }
}

#[test]
fn every_tasks_jsonl_line_names_its_task() {
    let s = FakeServer::new()
        .answer(|req, _| {
            let body = req.json();
            Answer::Response(match req.action() {
                "DescribeJob" => json!({"JobId": JOB, "JobName": "two", "JobState": "SUCCEED",
                    "TaskSet": [{"TaskName": "a"}, {"TaskName": "b"}], "RequestId": "r-job"}),
                _ => {
                    let task = body["TaskName"].as_str().unwrap_or("").to_string();
                    json!({"JobId": JOB, "TaskName": task, "TaskInstanceTotalCount": 1,
                        "TaskInstanceSet": [instance(0, "SUCCEED", 0)], "RequestId": "r-task"})
                }
            })
        })
        .start();
    let out = run(&s, &["jobs", "tasks", JOB, "-o", "jsonl"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let lines: Vec<Value> = stdout_of(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["TaskName"], "a");
    assert_eq!(lines[1]["TaskName"], "b");
    assert_eq!(lines[1]["TaskInstanceIndex"], 0);
}

#[test]
fn logs_are_decoded_prefixed_and_kept_apart_by_stream() {
    let s = server();
    let out = run(&s, &["jobs", "logs", JOB, "--task", "prepare"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(
        stdout_of(&out),
        "[prepare/0] reading part 0\n[prepare/1] reading part 1\n"
    );
    let err = stderr_of(&out);
    assert!(
        err.contains("[prepare/0] input.csv is missing\n[prepare/0] exit status 3\n"),
        "{err}"
    );

    let out = run(
        &s,
        &[
            "jobs",
            "logs",
            JOB,
            "--task",
            "prepare",
            "--instance",
            "0",
            "--stderr",
        ],
    );
    assert_eq!(stdout_of(&out), "");
    assert_eq!(
        stderr_of(&out),
        "warming up\ninput.csv is missing\nexit status 3\n",
        "one instance: no prefix"
    );
    let last = s.received().last().unwrap().json();
    assert_eq!(
        last,
        json!({"JobId": JOB, "TaskName": "prepare", "TaskInstanceIndexes": [0]})
    );

    let out = run(&s, &["jobs", "logs", JOB, "--failed", "--stdout"]);
    assert_eq!(stdout_of(&out), "[prepare/0] reading part 0\n");

    let out = run(
        &s,
        &["jobs", "logs", JOB, "--task", "prepare", "-o", "json"],
    );
    let doc: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    assert_eq!(doc["JobId"], JOB);
    assert_eq!(doc["Tasks"][0]["TaskName"], "prepare");
    assert!(
        doc["Tasks"][0]["Answers"][0]["TaskInstanceLogSet"][0]["StdoutLog"]
            .as_str()
            .unwrap()
            .starts_with("data:")
    );

    let out = run(
        &s,
        &["jobs", "logs", JOB, "--task", "prepare", "-o", "jsonl"],
    );
    let first: Value = serde_json::from_str(stdout_of(&out).lines().next().unwrap()).unwrap();
    assert_eq!(
        first,
        json!({"TaskName": "prepare", "TaskInstanceIndex": 0, "Stdout": "reading part 0\n",
        "Stderr": "warming up\ninput.csv is missing\nexit status 3\n"})
    );
}

#[test]
fn why_names_the_task_instance_exit_code_stderr_and_command() {
    let s = server();
    let out = run(&s, &["jobs", "why", JOB, "--lines", "2"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    for want in [
        "job-fa11ed00 (fail-demo) is FAILED: a task failed",
        "task prepare: FAILED",
        "command: echo reading; exit 3",
        "[prepare/0] exit code 3 on ins-node0000: task instance failed (exit code is not 0)",
        "      input.csv is missing\n      exit status 3\n",
    ] {
        assert!(text.contains(want), "{want}\n{text}");
    }
    assert!(!text.contains("warming up"), "--lines 2");
    let out = run(&s, &["jobs", "why", JOB, "-o", "json"]);
    let doc: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    assert_eq!(doc["Failed"], true);
    let i = &doc["Tasks"][0]["Instances"][0];
    assert_eq!(i["ExitCode"], 3);
    assert_eq!(
        i["StderrTail"].as_array().unwrap().last().unwrap(),
        "exit status 3"
    );
}

#[test]
fn submit_wait_on_a_failing_job_exits_7_with_the_why_summary_on_stderr() {
    let s = server();
    let file = format!("{}/examples/fail.yaml", env!("CARGO_MANIFEST_DIR"));
    let out = run(
        &s,
        &[
            "jobs",
            "submit",
            "-f",
            &file,
            "--wait",
            "--interval",
            "100ms",
        ],
    );
    assert_eq!(out.status.code(), Some(7), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), format!("{JOB}\n"));
    let err = stderr_of(&out);
    for want in ["task prepare", "[prepare/0] exit code 3", "exit status 3"] {
        assert!(err.contains(want), "{want}: {err}");
    }
}

#[test]
fn why_of_a_job_that_did_not_fail_says_so_and_known_exit_codes_get_a_hint() {
    let s = FakeServer::new()
        .answer(|req, _| {
            Answer::Response(
                json!({"JobId": "job-0000000a", "JobName": "fine", "JobState": "SUCCEED",
            "StateReason": "", "TaskSet": [], "RequestId": format!("r-{}", req.action())}),
            )
        })
        .start();
    let out = run(&s, &["jobs", "why", "job-0000000a"]);
    assert!(out.status.success());
    assert_eq!(
        stdout_of(&out),
        "job-0000000a (fine) did not fail: it is SUCCEED\n"
    );
    assert_eq!(s.received().len(), 1, "nothing more to read");

    let s = FakeServer::new()
        .answer(|req, _| {
            let mut answer = failed_job(req);
            if let (Answer::Response(a), "DescribeTask") = (&mut answer, req.action()) {
                for i in a["TaskInstanceSet"].as_array_mut().unwrap() {
                    i["ExitCode"] = json!(137);
                }
            }
            answer
        })
        .start();
    let out = run(&s, &["jobs", "why", JOB]);
    assert!(
        stdout_of(&out).contains("hint: exit 137"),
        "{}",
        stdout_of(&out)
    );
}

#[test]
fn a_log_cut_by_the_service_gets_a_note_naming_the_redirect_path() {
    let s = FakeServer::new().answer(|req, _| match req.action() {
        "DescribeJob" => failed_job(req),
        _ => Answer::Response(
            json!({"TotalCount": 1, "RequestId": "r", "TaskInstanceLogSet": [{
            "TaskInstanceIndex": 0, "StdoutLog": data_url(&"x".repeat(2048)), "StderrLog": data_url(""),
            "StdoutRedirectPath": "cos://b/logs/", "StdoutRedirectFileName": "stdout.0.log",
            "StderrRedirectPath": "", "StderrRedirectFileName": ""}]}),
        ),
    }).start();
    let out = run(
        &s,
        &["jobs", "logs", JOB, "--task", "prepare", "--instance", "0"],
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out).len(), 2049);
    assert!(
        stderr_of(&out).contains("the full log is at cos://b/logs/stdout.0.log"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn follow_prints_only_what_is_new_until_the_job_ends() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let polls = std::sync::Arc::new(AtomicUsize::new(0));
    let seen = polls.clone();
    let s = FakeServer::new().answer(move |req, _| {
        let n = seen.load(Ordering::SeqCst);
        match req.action() {
            "DescribeJob" => Answer::Response(
                json!({"JobId": JOB, "JobState": if n < 2 { "RUNNING" } else { "SUCCEED" },
                "TaskSet": [{"TaskName": "t", "TaskState": "RUNNING"}], "RequestId": "r"}),
            ),
            "DescribeJobs" => Answer::Response(json!({"TotalCount": 1, "RequestId": "r",
                "JobSet": [{"JobId": JOB, "JobState": if n < 2 { "RUNNING" } else { "SUCCEED" }}]})),
            "DescribeTask" => Answer::Response(json!({"TaskInstanceTotalCount": 1, "RequestId": "r",
                "TaskInstanceSet": [{"TaskInstanceIndex": 0,
                    "TaskInstanceState": if n < 2 { "RUNNING" } else { "SUCCEED" }}]})),
            _ => {
                let n = seen.fetch_add(1, Ordering::SeqCst);
                let text: String = (0..=n).map(|i| format!("line {i}\n")).collect();
                Answer::Response(
                    json!({"TotalCount": 1, "RequestId": "r", "TaskInstanceLogSet": [{
                    "TaskInstanceIndex": 0, "StdoutLog": data_url(&text), "StderrLog": data_url("")}]}),
                )
            }
        }
    }).start();
    // The waits between polls are on a virtual clock: no real time passes.
    let home = tempfile::tempdir().unwrap();
    let out = s
        .cmd(home.path())
        .env(VIRTUAL_TIME, "1")
        .args([
            "jobs",
            "logs",
            JOB,
            "--follow",
            "--interval",
            "10s",
            "--stdout",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "line 0\nline 1\nline 2\n");
    assert!(
        stderr_of(&out).ends_with(&format!("job {JOB} ended SUCCEED\n")),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn follow_prints_an_ended_task_once_more_then_stops_asking_for_it() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    // Task "quick" has ended from the start; "slow" runs for three rounds.
    let rounds = std::sync::Arc::new(AtomicUsize::new(0));
    let seen = rounds.clone();
    let s = FakeServer::new().answer(move |req, _| {
        let n = seen.load(Ordering::SeqCst);
        let state = if n < 3 { "RUNNING" } else { "SUCCEED" };
        match req.action() {
            "DescribeJob" => Answer::Response(json!({"JobId": JOB, "JobState": state,
                "TaskSet": [{"TaskName": "quick", "TaskState": "SUCCEED"},
                    {"TaskName": "slow", "TaskState": state}], "RequestId": "r"})),
            "DescribeJobs" => Answer::Response(json!({"TotalCount": 1, "RequestId": "r",
                "JobSet": [{"JobId": JOB, "JobState": state}]})),
            "DescribeTask" => {
                let task_state = if req.json()["TaskName"] == "quick" { "SUCCEED" } else { state };
                Answer::Response(json!({"TaskInstanceTotalCount": 1, "RequestId": "r",
                    "TaskInstanceSet": [{"TaskInstanceIndex": 0, "TaskInstanceState": task_state}]}))
            }
            _ => {
                let text = if req.json()["TaskName"] == "quick" {
                    "done\n".to_string()
                } else {
                    let n = seen.fetch_add(1, Ordering::SeqCst);
                    (0..=n).map(|i| format!("line {i}\n")).collect()
                };
                Answer::Response(
                    json!({"TotalCount": 1, "RequestId": "r", "TaskInstanceLogSet": [{
                    "TaskInstanceIndex": 0, "StdoutLog": data_url(&text), "StderrLog": data_url("")}]}),
                )
            }
        }
    }).start();
    let home = tempfile::tempdir().unwrap();
    let out = s
        .cmd(home.path())
        .env(VIRTUAL_TIME, "1")
        .args(["--rate-limit", "0", "jobs", "logs", JOB, "-f", "--stdout"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(
        stdout_of(&out),
        "[quick/0] done\n[slow/0] line 0\n[slow/0] line 1\n[slow/0] line 2\n[slow/0] line 3\n"
    );
    let asked_quick = s
        .received()
        .iter()
        .filter(|r| r.action() == "DescribeTaskLogs" && r.json()["TaskName"] == "quick")
        .count();
    assert_eq!(asked_quick, 1);
}
