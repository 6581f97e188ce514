//! Hostile inputs (issue 22): files, stdin and parameters written to hurt — alias bombs,
//! deep nesting, endless files, duplicate keys, tags, huge indexes, values that look like
//! options, requests the contract refuses. Each ends in a usage error (exit 2) that names
//! the source, and nothing is sent.

use std::path::Path;

use crate::common::{FakeServer, stderr_of, stdout_of};

/// A job the model accepts, in YAML.
const JOB: &str = "\
JobName: hello
Tasks:
  - TaskName: a
    TaskInstanceNum: 1
    Application: {DeliveryForm: LOCAL, Command: echo hi}
    ComputeEnv: {EnvType: MANAGED, EnvData: {InstanceType: S1.SMALL1, ImageId: img-m4q71qnq}}
";

/// A job the model accepts, in JSON.
const JOB_JSON: &str = r#"{"JobName": "hello", "Tasks": [{"TaskName": "a", "TaskInstanceNum": 1,
 "Application": {"DeliveryForm": "LOCAL", "Command": "echo hi"},
 "ComputeEnv": {"EnvType": "MANAGED", "EnvData": {"InstanceType": "S1.SMALL1", "ImageId": "img-m4q71qnq"}}}]}"#;

fn write(dir: &Path, name: &str, text: impl AsRef<[u8]>) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

/// `batchctl` as a `std::process::Command` with the demo keys, pointed at `server`.
fn std_cmd(server: &FakeServer, home: &Path) -> std::process::Command {
    let mut cmd = crate::common::std_batchctl(home);
    cmd.env("TENCENTCLOUD_SECRET_ID", crate::common::DEMO_ID)
        .env("TENCENTCLOUD_SECRET_KEY", crate::common::DEMO_KEY)
        .args(["--endpoint", &format!("http://{}", server.host())]);
    cmd
}

/// `jobs submit -f FILE` against a server that must receive nothing.
fn submit(server: &FakeServer, home: &Path, file: &str, extra: &[&str]) -> std::process::Output {
    server
        .cmd(home)
        .args(["jobs", "submit", "-f", file, "--zone", "ap-guangzhou-3"])
        .args(extra)
        .output()
        .unwrap()
}

/// Exit 2, the message names `source` and says `what`, nothing sent, no panic.
fn refused(output: &std::process::Output, server: &FakeServer, source: &str, what: &str) {
    let err = stderr_of(output);
    assert_eq!(output.status.code(), Some(2), "{err}");
    assert!(err.contains(source), "{source} not named: {err}");
    assert!(err.contains(what), "'{what}' not said: {err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(err.len() < 3000, "a bounded message: {} bytes", err.len());
    assert!(server.received().is_empty(), "nothing is sent");
}

/// The "billion laughs": nine levels of nine aliases each.
fn alias_bomb() -> String {
    let mut text = String::from(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    for pair in names.windows(2) {
        let (prev, next) = (pair[0], pair[1]);
        let refs = vec![format!("*{prev}"); 9].join(",");
        text.push_str(&format!("{next}: &{next} [{refs}]\n"));
    }
    text
}

#[test]
fn issue22_2_a_yaml_alias_bomb_is_refused_before_it_grows() {
    let server = FakeServer::new().start();
    let home = tempfile::tempdir().unwrap();
    let file = write(home.path(), "bomb.yaml", alias_bomb());
    let output = submit(&server, home.path(), &file, &["--dry-run"]);
    refused(&output, &server, "bomb.yaml", "more than 100000 values");
}

#[test]
fn issue22_2_a_few_aliases_still_work() {
    let server = FakeServer::new().start();
    let home = tempfile::tempdir().unwrap();
    let text = "\
JobName: hello
Tasks:
  - TaskName: a
    TaskInstanceNum: 1
    Application: &app {DeliveryForm: LOCAL, Command: echo hi}
    ComputeEnv: &env {EnvType: MANAGED, EnvData: {InstanceType: S1.SMALL1, ImageId: img-m4q71qnq}}
  - TaskName: b
    Application: *app
    ComputeEnv: *env
";
    let file = write(home.path(), "aliases.yaml", text);
    let output = submit(&server, home.path(), &file, &["--dry-run"]);
    assert!(output.status.success(), "{}", stderr_of(&output));
    let out = stdout_of(&output);
    assert_eq!(out.matches("img-m4q71qnq").count(), 2, "{out}");
}

#[test]
fn issue22_4_deep_nesting_is_refused_in_block_and_flow_style() {
    let server = FakeServer::new().start();
    let home = tempfile::tempdir().unwrap();
    let block_mappings: String = (0..3000)
        .map(|i| format!("{}a:\n", " ".repeat(i)))
        .collect();
    let cases = [
        (
            "block-lists.yaml",
            format!("JobName: {}x\n", "- ".repeat(100_000)),
        ),
        (
            "block-lists-top.yaml",
            format!("{}x\n", "- ".repeat(1_000_000)),
        ),
        ("block-maps.yaml", block_mappings),
        (
            "flow.yaml",
            format!("JobName: {}{}\n", "[".repeat(100_000), "]".repeat(100_000)),
        ),
        (
            "flow-maps.yaml",
            format!("x: {}{}\n", "{a: ".repeat(100_000), "}".repeat(100_000)),
        ),
        (
            "flow.json",
            format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)),
        ),
        (
            "maps.json",
            format!("{}1{}", "{\"a\":".repeat(100_000), "}".repeat(100_000)),
        ),
    ];
    for (name, text) in cases {
        let file = write(home.path(), name, text);
        let output = submit(&server, home.path(), &file, &["--dry-run"]);
        let err = stderr_of(&output);
        assert_eq!(output.status.code(), Some(2), "{name}: {err}");
        assert!(err.contains(name), "{name}: {err}");
        assert!(
            err.contains("deeper than 128 levels") || err.contains("not valid YAML"),
            "{name}: {err}"
        );
    }
    assert!(server.received().is_empty());
}

#[test]
fn issue22_4_nesting_within_the_limit_is_read() {
    let server = FakeServer::new().start();
    let home = tempfile::tempdir().unwrap();
    // 120 levels inside a tag value: read, then refused by the model for its shape, not
    // for its depth.
    let text = format!(
        "{}Tags: [{{Key: k, Value: {}v{}}}]\n",
        JOB,
        "[".repeat(120),
        "]".repeat(120)
    );
    let file = write(home.path(), "deep.yaml", text);
    let output = submit(&server, home.path(), &file, &["--dry-run"]);
    let err = stderr_of(&output);
    assert_eq!(output.status.code(), Some(2), "{err}");
    assert!(!err.contains("deeper"), "{err}");
    assert!(err.contains("Tags[0].Value"), "{err}");
}

#[test]
fn issue22_3_endless_inputs_end_quickly_naming_the_source() {
    let server = FakeServer::new().start();
    let home = tempfile::tempdir().unwrap();
    let runs: Vec<(&str, Vec<&str>, bool)> = vec![
        (
            "/dev/zero",
            vec![
                "api",
                "DescribeJobs",
                "--cli-input-json",
                "file:///dev/zero",
            ],
            false,
        ),
        (
            "stdin",
            vec!["api", "DescribeJobs", "--cli-input-json", "-"],
            true,
        ),
        (
            "/dev/zero",
            vec!["jobs", "submit", "-f", "/dev/zero"],
            false,
        ),
        ("stdin", vec!["jobs", "submit", "-f", "-"], true),
        (
            "stdin",
            vec!["envs", "create", "-f", "-", "--zone", "ap-guangzhou-3"],
            true,
        ),
        (
            "/dev/zero",
            vec!["templates", "create", "-f", "/dev/zero"],
            false,
        ),
        ("stdin", vec!["jobs", "wait", "-"], true),
    ];
    for (source, args, from_stdin) in runs {
        let zero = std::fs::File::open("/dev/zero").unwrap();
        let mut cmd = std_cmd(&server, home.path());
        cmd.args(&args);
        if from_stdin {
            cmd.stdin(zero);
        }
        let output = cmd.output().unwrap();
        let err = stderr_of(&output);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.contains(source) && err.contains("larger than"),
            "{args:?}: {err}"
        );
    }
    assert!(server.received().is_empty());
}

#[test]
fn issue22_3_the_emulator_bounds_its_jobs_and_state_files() {
    let home = tempfile::tempdir().unwrap();
    for flag in ["--jobs", "--state-file"] {
        let output = crate::common::batchctl(home.path())
            .args([
                "emulator",
                "serve",
                "--listen",
                "127.0.0.1:0",
                flag,
                "/dev/zero",
            ])
            .output()
            .unwrap();
        let err = stderr_of(&output);
        assert_eq!(output.status.code(), Some(2), "{flag}: {err}");
        assert!(
            err.contains("/dev/zero") && err.contains("larger than"),
            "{flag}: {err}"
        );
    }
}

#[test]
fn issue22_11_a_byte_order_mark_is_accepted_in_files_and_stdin() {
    let server = FakeServer::new().start();
    let home = tempfile::tempdir().unwrap();
    for (name, text) in [("bom.yaml", JOB), ("bom.json", JOB_JSON)] {
        let file = write(home.path(), name, format!("\u{feff}{text}"));
        let output = submit(&server, home.path(), &file, &["--dry-run"]);
        assert!(output.status.success(), "{name}: {}", stderr_of(&output));
        assert!(
            stdout_of(&output).contains("\"JobName\":\"hello\""),
            "{name}"
        );
    }
    let output = server
        .cmd(home.path())
        .args([
            "jobs",
            "submit",
            "-f",
            "-",
            "--zone",
            "ap-guangzhou-3",
            "--dry-run",
        ])
        .write_stdin(format!("\u{feff}{JOB}"))
        .output()
        .unwrap();
    assert!(output.status.success(), "stdin: {}", stderr_of(&output));
    let output = server
        .cmd(home.path())
        .args(["jobs", "describe", "--job-id", "-", "--dry-run"])
        .write_stdin("\u{feff}job-aaaaaaaa\n")
        .output()
        .unwrap();
    assert!(output.status.success(), "job IDs: {}", stderr_of(&output));
    assert!(stdout_of(&output).contains(r#""JobIds":["job-aaaaaaaa"]"#));
    assert!(server.received().is_empty());
}

#[test]
fn issue22_19_a_key_given_twice_is_refused_in_json_and_yaml_alike() {
    let server = FakeServer::new().start();
    let home = tempfile::tempdir().unwrap();
    let json = JOB_JSON.replacen(
        "\"JobName\": \"hello\"",
        "\"JobName\": \"a\", \"JobName\": \"b\"",
        1,
    );
    let yaml = JOB.replacen("JobName: hello\n", "JobName: a\nJobName: b\n", 1);
    let nested = JOB.replacen("TaskName: a\n", "TaskName: a\n    TaskName: b\n", 1);
    for (name, text, place) in [
        ("twice.json", json.as_str(), ""),
        ("twice.yaml", yaml.as_str(), ""),
        ("nested.yaml", nested.as_str(), " in Tasks[0]"),
    ] {
        let file = write(home.path(), name, text);
        let output = submit(&server, home.path(), &file, &["--dry-run"]);
        let key = if name == "nested.yaml" {
            "TaskName"
        } else {
            "JobName"
        };
        refused(
            &output,
            &server,
            name,
            &format!("the key '{key}' is given twice{place}"),
        );
    }
    let output = server
        .cmd(home.path())
        .args(["api", "DescribeJobs", "--cli-input-json", "-"])
        .write_stdin(r#"{"Limit": 5, "Limit": 6}"#)
        .output()
        .unwrap();
    refused(
        &output,
        &server,
        "--cli-input-json (stdin)",
        "the key 'Limit' is given twice",
    );
}

#[test]
fn issue22_19_yaml_tags_other_than_the_standard_scalar_ones_are_refused() {
    let server = FakeServer::new().start();
    let home = tempfile::tempdir().unwrap();
    for (tagged, tag) in [
        ("JobName: !!binary aGVsbG8=", "!!binary"),
        ("JobName: !foo bar", "!foo"),
        ("JobName: !!set {a: null}", "!!set"),
    ] {
        let text = JOB.replacen("JobName: hello", tagged, 1);
        let file = write(home.path(), "tagged.yaml", text);
        let output = submit(&server, home.path(), &file, &["--dry-run"]);
        refused(
            &output,
            &server,
            "tagged.yaml",
            &format!("the tag '{tag}' at JobName is not supported"),
        );
    }
    // The standard scalar tags decide a value's type.
    let text = JOB.replacen("JobName: hello", "JobName: !!str 123", 1);
    let file = write(home.path(), "str.yaml", text);
    let output = submit(&server, home.path(), &file, &["--dry-run"]);
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert!(stdout_of(&output).contains("\"JobName\":\"123\""));
}

#[test]
fn issue22_20_comments_in_a_json_file_are_named_as_such() {
    let server = FakeServer::new().start();
    let home = tempfile::tempdir().unwrap();
    let text = JOB_JSON.replacen("{", "{\n  // the job\n", 1);
    let file = write(home.path(), "job.json", text);
    let output = submit(&server, home.path(), &file, &["--dry-run"]);
    refused(&output, &server, "job.json", "JSON has no comments");
    assert!(stderr_of(&output).contains("comments start with #"));
}

/// `batchctl ARGS` against `server`; the test then checks nothing reached it.
fn run(server: &FakeServer, home: &Path, args: &[&str]) -> std::process::Output {
    server.cmd(home).args(args).output().unwrap()
}

#[test]
fn issue22_5_an_option_after_a_parameter_is_not_taken_as_its_value() {
    let server = FakeServer::new().start();
    let home = tempfile::tempdir().unwrap();
    for args in [
        &["api", "DeleteJob", "--JobId", "--dry-run", "--debug"][..],
        &["api", "DescribeJob", "--JobId", "-o", "json"],
        &["api", "DescribeJob", "--JobId", "--output=json"],
        &["api", "DescribeJob", "--JobId", "--query", "."],
        &["api", "DescribeJob", "--JobId", "--JobId", "job-aaaaaaaa"],
        &["api", "DescribeJob", "--JobId", "--help"],
    ] {
        let output = run(&server, home.path(), args);
        let err = stderr_of(&output);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.contains("--JobId needs a value") && err.contains(&format!("--JobId={}", args[3])),
            "{args:?}: {err}"
        );
    }
    assert!(server.received().is_empty(), "nothing is sent");
    // With `=`, the value is the value; a negative number is a value too.
    let output = run(
        &server,
        home.path(),
        &["api", "DescribeJob", "--JobId=--odd", "--dry-run"],
    );
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert!(stdout_of(&output).contains(r#"{"JobId":"--odd"}"#));
    let output = run(
        &server,
        home.path(),
        &["api", "DescribeJobs", "--Offset", "-1", "--dry-run"],
    );
    assert_eq!(
        output.status.code(),
        Some(2),
        "the contract refuses it, not the parser"
    );
    assert!(stderr_of(&output).contains("Offset must not be negative"));
    assert!(server.received().is_empty());
}

#[test]
fn issue22_8_the_contract_s_limits_are_checked_before_sending() {
    let server = FakeServer::new().start();
    let home = tempfile::tempdir().unwrap();
    let token = "t".repeat(65);
    let unnamed = JOB_JSON.replacen("\"TaskName\": \"a\", ", "", 1).replacen(
        "}]}",
        r#"}, {"TaskName": "task-1", "Application": {"DeliveryForm": "LOCAL", "Command": "echo"},
 "ComputeEnv": {"EnvType": "MANAGED", "EnvData": {"InstanceType": "S1.SMALL1", "ImageId": "img-m4q71qnq"}}}]}"#,
        1,
    );
    let unnamed = format!(r#"{{"Placement": {{"Zone": "ap-guangzhou-3"}}, "Job": {unnamed}}}"#);
    let unnamed_file = write(home.path(), "unnamed.json", &unnamed);
    let unnamed_input = format!("file://{unnamed_file}");
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["api", "DescribeJobs", "--Limit", "0"],
            "Limit must be 1 to 100, not 0",
        ),
        (
            vec!["api", "DescribeJobs", "--Limit", "-1"],
            "Limit must be 1 to 100, not -1",
        ),
        (
            vec!["api", "DescribeJobs", "--Limit", "101"],
            "Limit must be 1 to 100, not 101",
        ),
        (
            vec![
                "api",
                "DescribeTaskLogs",
                "--JobId",
                "job-aaaaaaaa",
                "--TaskName",
                "a",
                "--Limit",
                "11",
            ],
            "Limit must be 1 to 10, not 11",
        ),
        (
            vec![
                "api",
                "SubmitJob",
                "--cli-input-json",
                &unnamed_input,
                "--Job.Tasks.0.TaskInstanceNum",
                "10001",
            ],
            "TaskInstanceNum must be 1 to 10000, not 10001",
        ),
        (
            vec![
                "api",
                "SubmitJob",
                "--cli-input-json",
                &unnamed_input,
                "--Job.Tasks",
                "[]",
            ],
            "Job.Tasks is empty",
        ),
        (
            vec![
                "api",
                "SubmitJob",
                "--cli-input-json",
                &unnamed_input,
                "--ClientToken",
                &token,
            ],
            "ClientToken must be at most 64 ASCII characters",
        ),
        (
            vec!["api", "SubmitJob", "--cli-input-json", &unnamed_input],
            "Job.Tasks[1] is named 'task-1', as Job.Tasks[0] is (a task without TaskName is named task-N",
        ),
        (
            vec!["jobs", "submit", "-f", &unnamed_file],
            "'task-1' is already the name of Job.Tasks[0] (a task without TaskName is named task-N",
        ),
        (
            vec![
                "jobs",
                "submit",
                "-f",
                &unnamed_file,
                "--set",
                "Tasks.1.TaskName=b",
                "--set",
                "Tasks.0.TaskInstanceNum=10001",
            ],
            "unnamed.json: Job.Tasks[0].TaskInstanceNum must be 1 to 10000, not 10001",
        ),
    ];
    for (args, said) in cases {
        let output = run(&server, home.path(), &args);
        let err = stderr_of(&output);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(said), "{args:?}: {err}");
    }
    assert!(server.received().is_empty(), "nothing is sent");
}

#[test]
fn issue22_9_and_20_list_indexes_out_of_range_are_named_truly() {
    let server = FakeServer::new().start();
    let home = tempfile::tempdir().unwrap();
    let file = write(home.path(), "job.yaml", JOB);
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec![
                "jobs",
                "submit",
                "-f",
                &file,
                "--zone",
                "ap-guangzhou-3",
                "--set",
                "Tasks.18446744073709551616.TaskName=x",
            ],
            "--set Tasks.18446744073709551616.TaskName: index 18446744073709551616 of Job.Tasks is out of range",
        ),
        (
            vec![
                "api",
                "DescribeJobs",
                "--JobIds.99999999999999999999999",
                "job-aaaaaaaa",
            ],
            "--JobIds.99999999999999999999999: index 99999999999999999999999 of JobIds is out of range",
        ),
        (
            vec![
                "jobs",
                "submit",
                "-f",
                &file,
                "--zone",
                "ap-guangzhou-3",
                "--set",
                "Tasks.1000000.TaskName=x",
            ],
            "index 1000000 is out of range: the list holds 1 item, so the next index is 1",
        ),
        (
            vec!["api", "DescribeJobs", "--JobIds.3", "job-aaaaaaaa"],
            "index 3 is out of range: the list is empty, so the next index is 0",
        ),
    ];
    for (args, said) in cases {
        let output = run(&server, home.path(), &args);
        let err = stderr_of(&output);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(said), "{args:?}: {err}");
        assert!(
            !err.contains("job.yaml: Job.Tasks: expected a list"),
            "not the file's fault: {err}"
        );
    }
    assert!(server.received().is_empty());
}

#[test]
fn issue22_20_an_integer_is_worded_alike_from_a_file_a_flag_and_a_parameter() {
    let server = FakeServer::new().start();
    let home = tempfile::tempdir().unwrap();
    for (value, said) in [
        (
            "1.5",
            "TaskInstanceNum: expected a non-negative integer, found a number with a fraction or exponent",
        ),
        (
            "99999999999999999999",
            "TaskInstanceNum: 99999999999999999999 is beyond the largest value 18446744073709551615",
        ),
    ] {
        let in_file = write(
            home.path(),
            "job.yaml",
            JOB.replace("TaskInstanceNum: 1", &format!("TaskInstanceNum: {value}")),
        );
        let plain = write(home.path(), "plain.yaml", JOB);
        let set = format!("Tasks.0.TaskInstanceNum={value}");
        let submit = format!(r#"{{"Placement": {{"Zone": "ap-guangzhou-3"}}, "Job": {JOB_JSON}}}"#);
        let body = write(home.path(), "body.json", submit);
        let input = format!("file://{body}");
        for args in [
            vec!["jobs", "submit", "-f", &in_file, "--zone", "ap-guangzhou-3"],
            vec![
                "jobs",
                "submit",
                "-f",
                &plain,
                "--zone",
                "ap-guangzhou-3",
                "--set",
                &set,
            ],
            vec![
                "api",
                "SubmitJob",
                "--cli-input-json",
                &input,
                "--Job.Tasks.0.TaskInstanceNum",
                value,
            ],
        ] {
            let output = run(&server, home.path(), &args);
            let err = stderr_of(&output);
            assert_eq!(output.status.code(), Some(2), "{args:?}: {err}");
            assert!(err.contains(said), "{args:?}: {err}");
        }
    }
    let output = run(
        &server,
        home.path(),
        &["api", "DescribeJobs", "--Limit", "ten"],
    );
    assert!(stderr_of(&output).contains("--Limit: expected an integer, found 'ten'"));
    assert!(server.received().is_empty());
}

#[test]
fn issue22_10_query_and_cycle_errors_are_cut_with_a_note() {
    let home = tempfile::tempdir().unwrap();
    let output = crate::common::batchctl(home.path())
        .args([
            "--emulator",
            "api",
            "DescribeJobs",
            "--query",
            "[range(100000)] | tostring | error",
        ])
        .output()
        .unwrap();
    let err = stderr_of(&output);
    assert_eq!(output.status.code(), Some(2), "{err}");
    assert!(
        err.len() < 3000 && err.contains("(cut: "),
        "{} bytes",
        err.len()
    );

    // A cycle through 3000 tasks with long names.
    let name = |i: usize| format!("task-with-a-rather-long-name-{i:08}");
    let mut job = String::from("JobName: cycle\nTasks:\n");
    for i in 0..3000 {
        job.push_str(&format!("  - {{TaskName: {}, TaskInstanceNum: 1, Application: {{DeliveryForm: LOCAL, Command: x}}, ComputeEnv: {{EnvType: MANAGED, EnvData: {{InstanceType: S1.SMALL1, ImageId: img-m4q71qnq}}}}}}\n", name(i)));
    }
    job.push_str("Dependences:\n");
    for i in 0..3000 {
        job.push_str(&format!(
            "  - {{StartTask: {}, EndTask: {}}}\n",
            name(i),
            name((i + 1) % 3000)
        ));
    }
    let file = write(home.path(), "cycle.yaml", job);
    let server = FakeServer::new().start();
    let output = submit(&server, home.path(), &file, &[]);
    refused(&output, &server, "cycle.yaml", "in a cycle");
    assert!(stderr_of(&output).contains("(cut: "));
}

/// A crash of batchctl writes no core file (which would hold the credentials): its own
/// job's command aborts it, under a core limit raised as high as the shell may.
#[cfg(target_os = "linux")]
#[test]
fn issue22_4_a_crash_leaves_no_core_dump() {
    use std::os::unix::process::ExitStatusExt;
    let home = tempfile::tempdir().unwrap();
    let cwd = tempfile::tempdir().unwrap();
    // The command walks up to its batchctl and aborts it.
    let abort = r#"p=$PPID; while [ "$(cat /proc/$p/comm)" != batchctl ]; do p=$(cut -d' ' -f4 /proc/$p/stat); done; kill -ABRT $p; sleep 5"#;
    let script = format!(
        "ulimit -c unlimited 2>/dev/null || ulimit -c \"$(ulimit -H -c)\"; exec \"$0\" --emulator=local run -- sh -c '{}'",
        abort.replace('\'', r"'\''")
    );
    let mut sh = std::process::Command::new("sh");
    for var in crate::common::SCRUBBED {
        sh.env_remove(var);
    }
    let output = sh
        .env("HOME", home.path())
        .current_dir(cwd.path())
        .args(["-c", &script, crate::common::BIN])
        .output()
        .unwrap();
    assert_eq!(
        output.status.signal(),
        Some(6),
        "SIGABRT: {}",
        stderr_of(&output)
    );
    assert!(!output.status.core_dumped(), "a core was dumped");
    let cores: Vec<_> = std::fs::read_dir(cwd.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with("core"))
        .collect();
    assert!(cores.is_empty(), "core files: {cores:?}");
}

/// The hostile inputs above, each run under a memory limit of about 500 MB: every one
/// ends in a usage error (exit 2), none in a crash or the kernel's kill.
#[cfg(target_os = "linux")]
#[test]
fn issue22_hostile_inputs_stay_within_a_memory_limit() {
    use std::os::unix::process::ExitStatusExt;
    let server = FakeServer::new().start();
    let home = tempfile::tempdir().unwrap();
    let dir = home.path();
    let bomb = write(dir, "bomb.yaml", alias_bomb());
    let deep_block = write(dir, "deep.yaml", format!("{}x\n", "- ".repeat(1_000_000)));
    let deep_flow = write(
        dir,
        "flow.yaml",
        format!("x: {}{}", "[".repeat(1_000_000), "]".repeat(1_000_000)),
    );
    let deep_json = write(dir, "deep.json", "[".repeat(4_000_000));
    let twice = write(
        dir,
        "twice.json",
        JOB_JSON.replacen(
            "\"JobName\": \"hello\"",
            "\"JobName\": \"a\", \"JobName\": \"b\"",
            1,
        ),
    );
    let endpoint = format!("http://{}", server.host());
    let runs: Vec<(Vec<&str>, bool)> = vec![
        (
            vec!["jobs", "submit", "-f", &bomb, "--zone", "ap-guangzhou-3"],
            false,
        ),
        (
            vec![
                "jobs",
                "submit",
                "-f",
                &deep_block,
                "--zone",
                "ap-guangzhou-3",
            ],
            false,
        ),
        (
            vec![
                "jobs",
                "submit",
                "-f",
                &deep_flow,
                "--zone",
                "ap-guangzhou-3",
            ],
            false,
        ),
        (
            vec![
                "jobs",
                "submit",
                "-f",
                &deep_json,
                "--zone",
                "ap-guangzhou-3",
            ],
            false,
        ),
        (
            vec!["envs", "create", "-f", &twice, "--zone", "ap-guangzhou-3"],
            false,
        ),
        (vec!["templates", "create", "-f", &bomb], false),
        (vec!["jobs", "submit", "-f", "/dev/zero"], false),
        (vec!["jobs", "submit", "-f", "-"], true),
        (
            vec![
                "api",
                "DescribeJobs",
                "--cli-input-json",
                "file:///dev/zero",
            ],
            false,
        ),
        (vec!["api", "DescribeJobs", "--cli-input-json", "-"], true),
        (vec!["jobs", "wait", "-"], true),
        (
            vec![
                "emulator",
                "serve",
                "--listen",
                "127.0.0.1:0",
                "--jobs",
                "/dev/zero",
            ],
            false,
        ),
    ];
    for (args, zero_stdin) in runs {
        let mut sh = std::process::Command::new("sh");
        for var in crate::common::SCRUBBED {
            sh.env_remove(var);
        }
        sh.env("HOME", dir)
            .env("TENCENTCLOUD_SECRET_ID", crate::common::DEMO_ID)
            .env("TENCENTCLOUD_SECRET_KEY", crate::common::DEMO_KEY)
            .env("BATCHCTL_ENDPOINT", &endpoint)
            .args([
                "-c",
                "ulimit -v 500000 && exec \"$0\" \"$@\"",
                crate::common::BIN,
            ])
            .args(&args);
        if zero_stdin {
            sh.stdin(std::fs::File::open("/dev/zero").unwrap());
        }
        let output = sh.output().unwrap();
        let err = stderr_of(&output);
        assert_eq!(
            (output.status.code(), output.status.signal()),
            (Some(2), None),
            "{args:?}: {err}"
        );
        assert!(
            !err.contains("panicked") && !err.contains("memory allocation"),
            "{args:?}: {err}"
        );
    }
    assert!(server.received().is_empty());
}

/// `config set zone` looks at the profile's tccli configure file for its region: a file
/// that never ends (a link to `/dev/zero`) is not read, as for credentials.
#[cfg(target_os = "linux")]
#[test]
fn issue22_3_an_endless_tccli_configure_file_is_not_read() {
    use std::os::unix::process::ExitStatusExt;
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(home.path().join(".tccli")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", home.path().join(".tccli/default.configure")).unwrap();
    let mut sh = std::process::Command::new("sh");
    for var in crate::common::SCRUBBED {
        sh.env_remove(var);
    }
    let output = sh
        .env("HOME", home.path())
        .args([
            "-c",
            "ulimit -v 500000 && exec \"$0\" \"$@\"",
            crate::common::BIN,
        ])
        .args(["config", "set", "zone", "ap-guangzhou-3"])
        .output()
        .unwrap();
    assert_eq!(output.status.signal(), None, "{}", stderr_of(&output));
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));

    // A file larger than 1 MiB is not read either (its region would refuse the zone).
    let big = format!(
        r#"{{"region": "ap-beijing"{}}}"#,
        " ".repeat(2 * 1024 * 1024)
    );
    let path = home.path().join(".tccli/default.configure");
    std::fs::remove_file(&path).unwrap();
    std::fs::write(&path, big).unwrap();
    let output = crate::common::batchctl(home.path())
        .args(["config", "set", "zone", "ap-guangzhou-3"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
}
