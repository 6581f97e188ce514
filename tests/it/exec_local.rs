//! `--exec local` as a user meets it: `emulator serve --exec local` (loopback only, a
//! warning at start) and `--emulator=local` run jobs' commands for real on this machine;
//! plain `--emulator` still simulates them.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Command, Stdio};

use crate::common::*;

/// A job file for one task running `command` in `n` instances.
fn job_file(dir: &Path, command: &str, n: u32) -> std::path::PathBuf {
    let file = dir.join("job.yaml");
    std::fs::write(
        &file,
        format!(
            "Placement: {{Zone: ap-guangzhou-3}}\nJob:\n  JobName: here\n  Tasks:\n    - TaskName: main\n      TaskInstanceNum: {n}\n      Application: {{DeliveryForm: LOCAL, Command: '{command}'}}\n      ComputeEnv:\n        EnvType: MANAGED\n        EnvData: {{InstanceType: S1.SMALL1, ImageId: img-m4q71qnq}}\n"
        ),
    )
    .unwrap();
    file
}

#[test]
fn a_listen_address_that_is_not_loopback_is_a_usage_error_naming_it() {
    let home = tempfile::tempdir().unwrap();
    let out = batchctl(home.path())
        .args([
            "emulator",
            "serve",
            "--exec",
            "local",
            "--listen",
            "0.0.0.0:0",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    assert!(err.starts_with("batchctl: error:"), "{err}");
    assert!(
        err.contains("0.0.0.0:0") && err.contains("loopback"),
        "{err}"
    );
    assert_eq!(stdout_of(&out), "");
}

#[test]
fn serving_with_exec_local_warns_that_commands_run_on_this_machine() {
    let home = tempfile::tempdir().unwrap();
    let mut child = Command::new(BIN)
        .env("HOME", home.path())
        .args([
            "emulator",
            "serve",
            "--exec",
            "local",
            "--listen",
            "127.0.0.1:0",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut banner = String::new();
    while stdout.read_line(&mut banner).unwrap() > 0 && !banner.contains("exec:") {}
    child.kill().unwrap();
    child.wait().unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(banner.contains("exec: local"), "{banner}");
    assert!(
        err.starts_with("batchctl: warning: --exec local:")
            && err.contains("on this machine as this user"),
        "{err}"
    );
}

#[test]
fn a_served_jobs_logs_hold_its_commands_real_output() {
    let emu = Emulator::start(&["--advance", "--exec", "local"]);
    let dir = tempfile::tempdir().unwrap();
    let file = job_file(
        dir.path(),
        r#"printf "%s of %s on %s\n" "$BATCH_TASK_INSTANCE_INDEX" "$BATCH_TASK_INSTANCE_NUM" "$(uname -s)"; ls /no/such/dir/here"#,
        2,
    );
    let out = emu
        .cmd()
        .env(VIRTUAL_TIME, "1")
        .args([
            "--rate-limit",
            "0",
            "jobs",
            "submit",
            "--wait",
            "--interval",
            "1s",
            "-o",
            "json",
            "-f",
        ])
        .arg(&file)
        .output()
        .unwrap();
    // `ls` of a missing directory fails for real (a simulated `ls` would succeed).
    assert_eq!(out.status.code(), Some(7), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("exited with status 2"),
        "{}",
        stderr_of(&out)
    );
    let doc: serde_json::Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    let id = doc["JobSet"][0]["JobId"].as_str().unwrap().to_string();
    let uname = Command::new("uname").arg("-s").output().unwrap();
    let system = String::from_utf8(uname.stdout).unwrap();
    for i in 0..2 {
        let out = emu
            .cmd()
            .args([
                "--rate-limit",
                "0",
                "jobs",
                "logs",
                &id,
                "--instance",
                &i.to_string(),
                "--stdout",
            ])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        assert_eq!(stdout_of(&out), format!("{i} of 2 on {system}"));
        let out = emu
            .cmd()
            .args([
                "--rate-limit",
                "0",
                "jobs",
                "logs",
                &id,
                "--instance",
                &i.to_string(),
                "--stderr",
            ])
            .output()
            .unwrap();
        let err = stdout_of(&out) + &stderr_of(&out);
        assert!(err.contains("/no/such/dir/here"), "{err}");
        assert!(!err.contains("exit status"), "{err}");
    }
}

#[test]
fn emulator_local_runs_the_command_here_and_plain_emulator_still_simulates() {
    let home = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let marker = dir.path().join("ran");
    let file = job_file(dir.path(), &format!("uname -s > {}", marker.display()), 1);
    let submit = |emulator: &str| {
        batchctl(home.path())
            .env(VIRTUAL_TIME, "1")
            .args([
                emulator,
                "--rate-limit",
                "0",
                "jobs",
                "submit",
                "--wait",
                "-o",
                "json",
                "-f",
            ])
            .arg(&file)
            .output()
            .unwrap()
    };
    let out = submit("--emulator");
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(!marker.exists(), "plain --emulator ran the command");
    assert!(!stderr_of(&out).contains("--exec local"));

    let out = submit("--emulator=simulate");
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(!marker.exists(), "--emulator=simulate ran the command");

    let out = submit("--emulator=local");
    assert!(out.status.success(), "{}", stderr_of(&out));
    let uname = Command::new("uname").arg("-s").output().unwrap();
    assert_eq!(std::fs::read(&marker).unwrap(), uname.stdout);
    assert!(
        stderr_of(&out).contains("warning: --exec local"),
        "{}",
        stderr_of(&out)
    );

    // A value needs `=`: `--emulator jobs describe` is still the flag and a command.
    let out = batchctl(home.path())
        .args(["--emulator", "jobs", "describe", "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let out = batchctl(home.path())
        .args(["--emulator=remote", "jobs", "describe"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
