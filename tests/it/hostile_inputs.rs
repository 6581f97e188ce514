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
    assert!(err.len() < 2000, "a bounded message: {} bytes", err.len());
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
