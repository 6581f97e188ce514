//! `batchctl run` against the emulator: the command's output streamed once, its exit
//! status, arrays and table sweeps, detach, dry run, estimate, Ctrl-C, and every bad
//! input refused with exit 2 before anything is sent.

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use crate::common::*;
use serde_json::Value;

/// Zone, image and instance type from the environment, as a user keeps them.
fn placed(mut cmd: assert_cmd::Command) -> assert_cmd::Command {
    cmd.env("BATCHCTL_ZONE", "ap-guangzhou-3")
        .env("BATCHCTL_IMAGE", "img-m4q71qnq")
        .env("BATCHCTL_INSTANCE_TYPE", "S1.SMALL1")
        .env(VIRTUAL_TIME, "1");
    cmd
}

/// `run ARGS` against an `--advance` emulator (its clock moves as it is polled).
fn run(emu: &Emulator, args: &[&str]) -> std::process::Output {
    placed(emu.cmd())
        .args(["--rate-limit", "0", "run", "--interval", "1s"])
        .args(args)
        .output()
        .unwrap()
}

fn submitted(emu: &Emulator) -> Vec<Value> {
    emu.requests()
        .into_iter()
        .filter(|r| r["action"] == "SubmitJob")
        .map(|r| r["body"].clone())
        .collect()
}

#[test]
fn a_command_prints_its_output_once_and_exits_0_with_a_last_line() {
    let emu = Emulator::start(&["--advance"]);
    let out = run(&emu, &["--", "echo", "hello", "world"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "hello world\n");
    let err = stderr_of(&out);
    let last = err.lines().last().unwrap_or("");
    assert!(
        last.starts_with("job job-")
            && last.contains("ended SUCCEED")
            && last.ends_with("exit status 0"),
        "{err}"
    );
    let bodies = submitted(&emu);
    assert_eq!(bodies.len(), 1);
    let task = &bodies[0]["Job"]["Tasks"][0];
    assert_eq!(task["Application"]["Command"], "echo hello world");
    assert_eq!(task["ComputeEnv"]["EnvData"]["InstanceType"], "S1.SMALL1");
    assert_eq!(bodies[0]["Job"]["JobName"], "run-echo");
    assert_eq!(bodies[0]["Placement"]["Zone"], "ap-guangzhou-3");
    assert!(
        bodies[0]["ClientToken"]
            .as_str()
            .is_some_and(|t| !t.is_empty())
    );
}

#[test]
fn the_exit_status_is_the_commands_own() {
    let emu = Emulator::start(&["--advance"]);
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("fail.sh");
    std::fs::write(&script, "echo before\necho oops >&2\nexit 3\n").unwrap();
    let out = run(&emu, &["--script", script.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "before\n");
    let err = stderr_of(&out);
    assert_eq!(err.matches("oops").count(), 1, "{err}");
    assert!(
        err.contains("ended FAILED") && err.contains("exit status 3"),
        "{err}"
    );
    assert_eq!(submitted(&emu)[0]["Job"]["JobName"], "run-fail");
}

#[test]
fn a_job_that_ends_without_the_commands_status_exits_137() {
    let emu = Emulator::start(&["--advance"]);
    let out = run(&emu, &["--task-timeout", "5s", "--", "sleep", "600"]);
    assert_eq!(out.status.code(), Some(137), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    assert!(
        err.contains("exit status 137") && err.contains("jobs why"),
        "{err}"
    );
    assert_eq!(submitted(&emu)[0]["Job"]["Tasks"][0]["Timeout"], 5);
}

#[test]
fn an_array_prefixes_each_line_with_its_index_and_sees_its_variables() {
    let emu = Emulator::start(&["--advance"]);
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("part.sh");
    std::fs::write(
        &script,
        "echo \"part $BATCH_TASK_INSTANCE_INDEX of $BATCH_TASK_INSTANCE_NUM $GREETING\"\n",
    )
    .unwrap();
    let out = run(
        &emu,
        &[
            "--array",
            "3%2",
            "-e",
            "GREETING=hi",
            "--script",
            script.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let mut lines: Vec<String> = stdout_of(&out).lines().map(str::to_string).collect();
    lines.sort_unstable();
    assert_eq!(
        lines,
        [
            "[0] part 0 of 3 hi",
            "[1] part 1 of 3 hi",
            "[2] part 2 of 3 hi"
        ]
    );
    let task = &submitted(&emu)[0]["Job"]["Tasks"][0];
    assert_eq!(task["TaskInstanceNum"], 3);
    assert_eq!(task["MaxConcurrentNum"], 2);
    assert!(
        stderr_of(&out).contains("3 instances"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn each_row_of_a_table_runs_as_its_own_instance() {
    let emu = Emulator::start(&["--advance"]);
    let dir = tempfile::tempdir().unwrap();
    let table = dir.path().join("params.csv");
    std::fs::write(&table, "sample,size\n\"a b\",1\nit's,2\nc,3\n").unwrap();
    let script = dir.path().join("score.sh");
    std::fs::write(
        &script,
        "echo \"$BATCH_TASK_INSTANCE_INDEX: $sample/$size\"\n",
    )
    .unwrap();
    let out = run(
        &emu,
        &[
            "--each",
            table.to_str().unwrap(),
            "--script",
            script.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let mut lines: Vec<String> = stdout_of(&out).lines().map(str::to_string).collect();
    lines.sort_unstable();
    assert_eq!(lines, ["[0] 0: a b/1", "[1] 1: it's/2", "[2] 2: c/3"]);
    assert_eq!(submitted(&emu)[0]["Job"]["Tasks"][0]["TaskInstanceNum"], 3);
}

#[test]
fn detach_prints_the_job_id_or_json_and_does_not_wait() {
    let emu = Emulator::start(&["--advance"]);
    let out = run(&emu, &["-d", "--", "sleep", "600"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let id = stdout_of(&out).trim().to_string();
    assert!(id.starts_with("job-") && !id.contains('\n'), "{id}");
    assert!(
        !emu.requests()
            .iter()
            .any(|r| r["action"] == "DescribeTaskLogs"),
        "a detached run follows nothing"
    );
    let out = run(&emu, &["--detach", "-o", "json", "--", "true"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let doc: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    assert!(doc["JobId"].as_str().is_some_and(|j| j.starts_with("job-")));
    assert!(doc["RequestId"].is_string());
}

#[test]
fn dry_run_prints_the_submission_with_the_command_quoted() {
    let home = tempfile::tempdir().unwrap();
    let out = placed(with_demo_keys(home.path()))
        .args(["--endpoint", "http://127.0.0.1:9", "--dry-run", "run", "--"])
        .args(["python3", "-c", "print('hi there')"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    assert!(text.contains("X-TC-Action: SubmitJob"), "{text}");
    let body: Value =
        serde_json::from_str(text.lines().rev().find(|l| l.starts_with('{')).unwrap()).unwrap();
    assert_eq!(
        body["Job"]["Tasks"][0]["Application"]["Command"],
        "python3 -c 'print('\\''hi there'\\'')'"
    );
}

#[test]
fn estimate_prices_the_instances_that_run_at_once_and_submits_nothing() {
    let emu = Emulator::start(&[]);
    let out = placed(emu.cmd())
        .args([
            "run",
            "--estimate",
            "--array",
            "10%4",
            "--instance-type",
            "S5.MEDIUM2",
            "-o",
            "json",
            "--",
            "true",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let doc: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    let task = &doc["Tasks"][0];
    let unit = task["UnitPrice"].as_f64().unwrap();
    assert!(unit > 0.0);
    assert_eq!(task["AtOnce"], 4);
    assert_eq!(task["Instances"], 10);
    assert!((doc["PricePerHour"].as_f64().unwrap() - unit * 4.0).abs() < 1e-6);
    assert!(submitted(&emu).is_empty());
}

#[test]
fn defaults_come_from_config_set_and_a_missing_one_names_three_ways() {
    let emu = Emulator::start(&["--advance"]);
    for (key, value) in [
        ("zone", "ap-guangzhou-3"),
        ("image", "img-m4q71qnq"),
        ("instance-type", "S1.SMALL1"),
    ] {
        let out = emu
            .cmd()
            .args(["config", "set", key, value])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
    }
    let out = emu
        .cmd()
        .env(VIRTUAL_TIME, "1")
        .args(["--rate-limit", "0", "run", "--", "echo", "from", "defaults"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "from defaults\n");

    let home = tempfile::tempdir().unwrap();
    let out = with_demo_keys(home.path())
        .args([
            "--endpoint",
            "http://127.0.0.1:9",
            "run",
            "--zone",
            "ap-guangzhou-3",
            "--",
            "echo",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(
        err.contains("--instance-type")
            && err.contains("BATCHCTL_INSTANCE_TYPE")
            && err.contains("config set instance-type")
            && err.contains("--env"),
        "{err}"
    );
}

#[test]
fn bad_input_is_a_usage_error_naming_the_value_and_nothing_is_sent() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let p = dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        p.to_str().unwrap().to_string()
    };
    let ragged = write("ragged.csv", "a,b\n1,2\n3\n");
    let header = write("header.csv", "a,my-col\n1,2\n");
    let empty = write("empty.csv", "a,b\n");
    let big = write(
        "big.csv",
        &format!("a\n{}", "0123456789abcdef\n".repeat(5000)),
    );
    let big_script = write("big.sh", &"echo 0123456789abcdef\n".repeat(4000));
    let long_name = "n".repeat(61);
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["--"], "no command given"),
        (vec![], "no command given"),
        (vec!["--array", "0", "--", "true"], "'0'"),
        (vec!["--array", "5%0", "--", "true"], "'5%0'"),
        (vec!["--each", &ragged, "--", "true"], "row 2"),
        (vec!["--each", &header, "--", "true"], "'my-col'"),
        (vec!["--each", &empty, "--", "true"], "no rows"),
        (vec!["--each", &big, "--", "true"], "64 KiB"),
        (
            vec!["--each", &empty, "--array", "2", "--", "true"],
            "--array",
        ),
        (vec!["-e", "NOEQUALS", "--", "true"], "'NOEQUALS'"),
        (
            vec!["--region", "ap-shanghai", "--", "true"],
            "ap-guangzhou-3",
        ),
        (vec!["-o", "json", "--", "true"], "-o applies to"),
        (vec!["--retries", "11", "--", "true"], "11"),
        (vec!["--script", &big_script], "64 KiB"),
        (vec!["--name", &long_name, "--", "true"], "at most 60"),
        (
            vec!["--array", "3%2", "--max-parallel", "3", "--", "true"],
            "give one",
        ),
    ];
    let home = tempfile::tempdir().unwrap();
    for (args, needle) in cases {
        // Nothing listens at this endpoint: a request would end with 125, not 2.
        let out = placed(with_demo_keys(home.path()))
            .args(["--endpoint", "http://127.0.0.1:9", "run"])
            .args(&args)
            .output()
            .unwrap();
        let err = stderr_of(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.starts_with("batchctl: error:"), "{args:?}: {err}");
        assert!(err.contains(needle), "{args:?}: {needle} not in {err}");
    }
    let out = with_demo_keys(home.path())
        .args(["config", "set", "colour", "blue"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_service_failure_exits_125() {
    let home = tempfile::tempdir().unwrap();
    let out = placed(with_demo_keys(home.path()))
        .args([
            "--endpoint",
            "http://127.0.0.1:9",
            "--max-attempts",
            "1",
            "run",
            "--",
            "true",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(125), "{}", stderr_of(&out));
    assert!(stderr_of(&out).starts_with("batchctl: error:"));
}

/// Starts `run` on a long job at a real-speed emulator, waits for its first line, and
/// sends it SIGINT. The job cannot end before (it sleeps for hours of emulator time), so
/// the line was streamed while it ran.
fn interrupted_run(extra: &[&str]) -> (Emulator, std::process::Output) {
    let emu = Emulator::start(&["--speed", "100"]);
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("long.sh");
    std::fs::write(&script, "echo first\nsleep 360000\necho last\n").unwrap();
    let mut cmd = emu.std_cmd();
    cmd.env("BATCHCTL_ZONE", "ap-guangzhou-3")
        .env("BATCHCTL_IMAGE", "img-m4q71qnq")
        .env("BATCHCTL_INSTANCE_TYPE", "S1.SMALL1")
        .args(["run", "--interval", "100ms", "--script"])
        .arg(&script)
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    assert_eq!(first, "first\n");
    assert!(
        child.try_wait().unwrap().is_none(),
        "run ended before its job did"
    );
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stdout, &mut rest).unwrap();
    let out = child.wait_with_output().unwrap();
    (emu, out)
}

#[test]
fn output_streams_while_the_job_runs_and_ctrl_c_leaves_it_running() {
    let (emu, out) = interrupted_run(&[]);
    assert_eq!(out.status.code(), Some(130));
    let err = stderr_of(&out);
    assert!(
        err.contains("still running")
            && err.contains("batchctl jobs logs -f job-")
            && err.contains("batchctl jobs terminate job-"),
        "{err}"
    );
    assert!(!emu.requests().iter().any(|r| r["action"] == "TerminateJob"));
}

#[test]
fn terminate_on_interrupt_ends_the_job() {
    let (emu, out) = interrupted_run(&["--terminate-on-interrupt"]);
    assert_eq!(out.status.code(), Some(130));
    assert!(
        stderr_of(&out).contains("being terminated"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(
        emu.requests()
            .iter()
            .filter(|r| r["action"] == "TerminateJob")
            .count(),
        1
    );
}

#[test]
fn a_large_array_prints_every_line_of_every_instance_once() {
    // More instances than one log page: the follower lists states and asks only for the
    // instances that have text still to show.
    let emu = Emulator::start(&["--advance"]);
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("steps.sh");
    std::fs::write(
        &script,
        "echo \"start $BATCH_TASK_INSTANCE_INDEX\"\nsleep 5\necho \"end $BATCH_TASK_INSTANCE_INDEX\"\n",
    )
    .unwrap();
    let out = run(
        &emu,
        &["--array", "25%5", "--script", script.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let mut lines: Vec<String> = stdout_of(&out).lines().map(str::to_string).collect();
    lines.sort_unstable();
    let mut want: Vec<String> = (0..25)
        .flat_map(|i| [format!("[{i}] start {i}"), format!("[{i}] end {i}")])
        .collect();
    want.sort_unstable();
    assert_eq!(lines, want);
    let asked: Vec<Value> = emu
        .requests()
        .into_iter()
        .filter(|r| r["action"] == "DescribeTaskLogs")
        .collect();
    assert!(
        asked.iter().all(|r| r["body"]["TaskInstanceIndexes"]
            .as_array()
            .is_some_and(|i| i.len() <= 10)),
        "logs are asked for by instance"
    );
    // No instance's log is asked for again after its last text was printed: 25 instances
    // that each run once need far fewer than 3 pages a round.
    let asked_instances: usize = asked
        .iter()
        .map(|r| {
            r["body"]["TaskInstanceIndexes"]
                .as_array()
                .map_or(0, Vec::len)
        })
        .sum();
    assert!(
        asked_instances < 25 * 4,
        "{asked_instances} instance logs asked"
    );
}

#[test]
fn a_template_runs_its_own_command_or_the_one_given() {
    let emu = Emulator::start(&["--advance"]);
    let out = run(&emu, &["--template", "task-tmpl-demo0001"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "Hello from a template\n");
    let out = run(
        &emu,
        &["--template", "task-tmpl-demo0001", "--", "echo", "mine"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "mine\n");
    let out = run(&emu, &["--template", "task-tmpl-nothere1", "--", "true"]);
    assert_eq!(out.status.code(), Some(125), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("task-tmpl-nothere1"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn a_sweep_of_fifty_rows_runs_for_real_each_instance_with_its_own_row() {
    // `--emulator=local`: each instance runs with sh -c on this machine, in its own
    // temporary directory; its output proves which row it saw.
    let dir = tempfile::tempdir().unwrap();
    let table = dir.path().join("fifty.csv");
    let mut text = "name,n\n".to_string();
    for i in 0..50 {
        text.push_str(&format!("\"row {i}\",{}\n", i * i));
    }
    std::fs::write(&table, text).unwrap();
    let out = batchctl(dir.path())
        .args(["--emulator=local", "run", "--each"])
        .arg(&table)
        .args([
            "--",
            "sh",
            "-c",
            r#"echo "$BATCH_TASK_INSTANCE_INDEX|$name|$n|$BATCH_TASK_INSTANCE_NUM|$(pwd)""#,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let mut dirs = std::collections::BTreeSet::new();
    let mut seen = std::collections::BTreeSet::new();
    for line in stdout_of(&out).lines() {
        let (prefix, rest) = line.split_once(' ').unwrap();
        let fields: Vec<&str> = rest.split('|').collect();
        let i: usize = fields[0].parse().unwrap();
        assert_eq!(prefix, format!("[{i}]"));
        assert_eq!(fields[1], format!("row {i}"), "{line}");
        assert_eq!(fields[2], (i * i).to_string(), "{line}");
        assert_eq!(fields[3], "50");
        assert!(seen.insert(i), "instance {i} printed twice");
        dirs.insert(fields[4].to_string());
    }
    assert_eq!(seen.len(), 50);
    assert_eq!(dirs.len(), 50, "each instance has its own directory");
    assert!(
        stderr_of(&out).contains("--exec local"),
        "{}",
        stderr_of(&out)
    );
}
