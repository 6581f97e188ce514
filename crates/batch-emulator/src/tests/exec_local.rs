//! `--exec local`: instances run their commands for real with `sh -c`; their output is
//! their logs, their exit status their `ExitCode`; retries run them again, `Timeout` and
//! terminations kill them. The virtual clock is moved by hand; the real processes are
//! waited for by polling (the bound is only a failsafe).

use std::path::Path;
use std::time::Duration;

use serde_json::{Value, json};

use super::support_world::*;
use crate::service::Service;
use crate::state::exec::Exec;
use crate::state::{Clock, Hand, World};

fn local_world(speed: f64) -> (Service, Hand) {
    let (clock, hand) = Clock::manual(START_MS, speed);
    let world = World::new(Vec::new(), clock).executing(Exec::Local);
    (Service::with_world(world), hand)
}

/// Polls (moving the clock by `step_ms` real milliseconds each time) until `done` holds
/// for the job's DescribeJob answer; that answer.
fn until(
    svc: &Service,
    hand: &Hand,
    id: &str,
    step_ms: i64,
    done: impl Fn(&Value) -> bool,
) -> Value {
    for _ in 0..3_000 {
        let answer = job(svc, id);
        if done(&answer) {
            return answer;
        }
        hand.advance(step_ms);
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("the job never got there: {}", job(svc, id));
}

fn ended(answer: &Value) -> bool {
    matches!(
        answer["JobState"].as_str(),
        Some("SUCCEED" | "FAILED" | "FAILED_INTERRUPTED")
    )
}

fn wait_for_file(path: &Path) -> String {
    for _ in 0..3_000 {
        if let Ok(text) = std::fs::read_to_string(path)
            && text.ends_with('\n')
        {
            return text;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("{} never appeared", path.display());
}

fn gone(pid: &str) -> bool {
    for _ in 0..3_000 {
        if !Path::new("/proc").join(pid).exists() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    false
}

#[test]
fn output_becomes_the_logs_and_the_exit_status_the_exit_code() {
    let (svc, hand) = local_world(1.0);
    let out = tempfile::tempdir().unwrap();
    let command = "echo \"$BATCH_TASK_INSTANCE_INDEX $GREETING of $BATCH_TASK_INSTANCE_NUM\"; \
                   echo \"oops $BATCH_TASK_NAME\" >&2; pwd > \"$OUT/$BATCH_TASK_INSTANCE_INDEX\"; \
                   exit $BATCH_TASK_INSTANCE_INDEX";
    let mut t = task("rows", command, 3);
    t["EnvVars"] = json!([{"Name": "GREETING", "Value": "hello"},
        {"Name": "OUT", "Value": out.path().to_str().unwrap()}]);
    let id = submit(&svc, json!([t]), json!([]));
    let answer = until(&svc, &hand, &id, 1_000, ended);
    assert_eq!(answer["JobState"], "FAILED");
    let set = instances(&svc, &id, "rows");
    let codes: Vec<&Value> = set.iter().map(|i| &i["ExitCode"]).collect();
    assert_eq!(codes, [&json!(0), &json!(1), &json!(2)]);
    let states: Vec<&Value> = set.iter().map(|i| &i["TaskInstanceState"]).collect();
    assert_eq!(
        states,
        [&json!("SUCCEED"), &json!("FAILED"), &json!("FAILED")]
    );
    let mut dirs = Vec::new();
    for i in 0..3u64 {
        let log = logs(&svc, &id, "rows", i);
        assert_eq!(decode(&log["StdoutLog"]), format!("{i} hello of 3\n"));
        // The real stderr, no `exit status N` line added.
        assert_eq!(decode(&log["StderrLog"]), "oops rows\n");
        let dir = std::fs::read_to_string(out.path().join(i.to_string())).unwrap();
        assert!(!Path::new(dir.trim()).exists(), "{dir} is still there");
        dirs.push(dir);
    }
    dirs.sort();
    dirs.dedup();
    assert_eq!(
        dirs.len(),
        3,
        "each instance had its own directory: {dirs:?}"
    );
}

#[test]
fn a_failed_run_is_run_again_while_max_retry_count_allows() {
    let (svc, hand) = local_world(1.0);
    let out = tempfile::tempdir().unwrap();
    let runs = out.path().join("runs");
    let mut t = task(
        "flaky",
        &format!("echo run >> '{}'; exit 4", runs.display()),
        1,
    );
    t["MaxRetryCount"] = json!(2);
    let id = submit(&svc, json!([t]), json!([]));
    let answer = until(&svc, &hand, &id, 500, ended);
    assert_eq!(answer["JobState"], "FAILED");
    assert_eq!(std::fs::read_to_string(&runs).unwrap(), "run\nrun\nrun\n");
    assert_eq!(instances(&svc, &id, "flaky")[0]["ExitCode"], 4);
}

#[test]
fn a_run_past_its_timeout_is_killed_and_the_instance_fails() {
    // 20 virtual seconds per real one: a Timeout of 2 s kills it after 0.1 s.
    let (svc, hand) = local_world(20.0);
    let mut t = task("slow", "echo started; sleep 60", 1);
    t["Timeout"] = json!(2);
    let id = submit(&svc, json!([t]), json!([]));
    let answer = until(&svc, &hand, &id, 100, ended);
    assert_eq!(answer["JobState"], "FAILED");
    let inst = &instances(&svc, &id, "slow")[0];
    assert!(
        inst["StateReason"]
            .as_str()
            .unwrap()
            .contains("Timeout of 2 seconds"),
        "{inst}"
    );
    assert_eq!(
        decode(&logs(&svc, &id, "slow", 0)["StdoutLog"]),
        "started\n"
    );
}

#[test]
fn a_running_command_stays_running_past_any_virtual_time_until_terminated() {
    let (svc, hand) = local_world(1.0);
    let out = tempfile::tempdir().unwrap();
    let pids = out.path().join("pids");
    let command = format!(
        "sleep 60 & echo waiting; echo \"$$ $!\" > '{}'; wait",
        pids.display()
    );
    let id = submit(&svc, json!([task("long", &command, 1)]), json!([]));
    until(&svc, &hand, &id, 1_000, |j| j["JobState"] == "RUNNING");
    let pids = wait_for_file(&pids);
    // Far past what a simulated `sleep 60` would take: its end is not known, so it runs.
    hand.advance(600_000);
    let inst = &instances(&svc, &id, "long")[0];
    assert_eq!(inst["TaskInstanceState"], "RUNNING", "{inst}");
    assert!(inst["ExitCode"].is_null());
    // Output shows while it runs (as soon as it has been read).
    let mut stdout = String::new();
    for _ in 0..3_000 {
        stdout = decode(&logs(&svc, &id, "long", 0)["StdoutLog"]);
        if !stdout.is_empty() {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    assert_eq!(stdout, "waiting\n");
    let answer = call(&svc, "TerminateJob", json!({"JobId": id}));
    assert!(answer.get("Error").is_none(), "{answer}");
    for pid in pids.split_whitespace() {
        assert!(gone(pid), "process {pid} still runs");
    }
    let answer = until(&svc, &hand, &id, 1_000, ended);
    assert_eq!(answer["JobState"], "FAILED");
}

#[test]
fn a_simulating_world_runs_nothing() {
    let (svc, hand) = world(Vec::new());
    let out = tempfile::tempdir().unwrap();
    let marker = out.path().join("ran");
    let id = submit(
        &svc,
        json!([task("sim", &format!("touch '{}'", marker.display()), 1)]),
        json!([]),
    );
    hand.advance(60_000);
    assert_eq!(job(&svc, &id)["JobState"], "SUCCEED");
    assert!(!marker.exists());
}

/// Refreshes `svc`'s world (moving its jobs' processes along) until `path` has `lines`
/// lines (a failsafe bound only); its lines.
fn lines_of(svc: &Service, id: &str, path: &Path, lines: usize) -> Vec<String> {
    for _ in 0..3_000 {
        job(svc, id);
        let text = std::fs::read_to_string(path).unwrap_or_default();
        if text.lines().count() >= lines && text.ends_with('\n') {
            return text.lines().map(str::to_string).collect();
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("{} never had {lines} lines", path.display());
}

#[test]
fn with_a_state_file_finished_runs_are_kept_and_a_run_cut_by_a_restart_runs_again() {
    let dir = tempfile::tempdir().unwrap();
    let config = crate::Config {
        state_file: Some(dir.path().join("world.json")),
        speed: Some(50.0),
        exec: Exec::Local,
        ..crate::Config::new("127.0.0.1:0", Vec::new())
    };
    let first = Service::with_world(crate::world_for(&config).unwrap());
    let done = submit(&first, json!([task("a", "echo kept", 1)]), json!([]));
    let pids = dir.path().join("pids");
    let command = format!("echo $$ >> '{}'; sleep 60", pids.display());
    let cut = submit(&first, json!([task("b", &command, 1)]), json!([]));
    let first_pid = lines_of(&first, &cut, &pids, 1).remove(0);
    for _ in 0..3_000 {
        if job(&first, &done)["JobState"] == "SUCCEED" {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    assert_eq!(job(&first, &done)["JobState"], "SUCCEED");
    drop(first);
    assert!(gone(&first_pid), "the first run outlived its emulator");
    let again = Service::with_world(crate::world_for(&config).unwrap());
    assert_eq!(job(&again, &done)["JobState"], "SUCCEED");
    assert_eq!(decode(&logs(&again, &done, "a", 0)["StdoutLog"]), "kept\n");
    let second_pid = lines_of(&again, &cut, &pids, 2).remove(1);
    assert_ne!(first_pid, second_pid);
    assert_eq!(job(&again, &cut)["JobState"], "RUNNING");
}

#[test]
fn runs_beyond_the_limit_wait_for_one_to_end() {
    let (svc, hand) = local_world(1.0);
    let limit = crate::state::exec::Executor::new().limit();
    let out = tempfile::tempdir().unwrap();
    let pids = out.path().join("pids");
    let command = format!(
        "echo $BATCH_TASK_INSTANCE_INDEX >> '{}'; sleep 60",
        pids.display()
    );
    let n = limit as u64 + 2;
    let id = submit(&svc, json!([task("many", &command, n)]), json!([]));
    hand.advance(10_000);
    let started = lines_of(&svc, &id, &pids, limit);
    assert_eq!(started.len(), limit, "{started:?}");
    // Every instance shows RUNNING, though only `limit` commands run.
    let set = instances(&svc, &id, "many");
    assert!(set.iter().all(|i| i["TaskInstanceState"] == "RUNNING"));
    assert_eq!(lines_of(&svc, &id, &pids, limit).len(), limit);
    let answer = call(
        &svc,
        "TerminateTaskInstance",
        json!({"JobId": id, "TaskName": "many", "TaskInstanceIndex": 0}),
    );
    assert!(answer.get("Error").is_none(), "{answer}");
    let after = lines_of(&svc, &id, &pids, limit + 1);
    assert_eq!(after.len(), limit + 1, "{after:?}");
    assert!(!after[..limit].contains(&after[limit]), "{after:?}");
}
