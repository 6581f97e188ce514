//! First contact (issue 21): help that leads (group summaries, examples before the
//! global options), `jobs|envs|templates init` files the create commands take as is,
//! usage errors naming the real alternatives, the aliases peers use; and small things:
//! `api`'s list a table on a terminal, page progress counting the pages really read,
//! epoch seconds as local times.

use crate::common::{BIN, batchctl, stderr_of, stdout_of};

fn run(args: &[&str]) -> std::process::Output {
    let home = tempfile::tempdir().unwrap();
    batchctl(home.path()).args(args).output().unwrap()
}

/// `command` on a pseudo-terminal of 80 columns (util-linux `script`), where it exists:
/// what the terminal showed, carriage returns removed.
fn on_pty(command: &str) -> Option<String> {
    std::process::Command::new("script")
        .arg("--version")
        .output()
        .ok()?;
    let home = tempfile::tempdir().unwrap();
    let out = std::process::Command::new("script")
        .args(["-q", "-e", "-c", command, "/dev/null"])
        .env("HOME", home.path())
        .env("COLUMNS", "80")
        .env("LINES", "40")
        .env_remove("BATCHCTL_OUTPUT")
        .env_remove("XDG_CONFIG_HOME")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    Some(String::from_utf8_lossy(&out.stdout).replace('\r', ""))
}

/// The line number of the first line that is exactly `heading`.
fn line_of(text: &str, heading: &str) -> Option<usize> {
    text.lines().position(|l| l == heading)
}

#[test]
fn the_top_level_help_says_what_each_group_holds() {
    let help = stdout_of(&run(&["--help"]));
    let jobs = help
        .lines()
        .find(|l| l.trim_start().starts_with("jobs "))
        .unwrap();
    for verb in ["submit", "wait", "logs", "terminate", "retry"] {
        assert!(help.contains(verb), "{verb} not named:\n{jobs}");
    }
    assert!(!help.contains("Query Batch jobs"), "{help}");
    assert!(help.contains("init"), "{help}");
}

#[test]
fn examples_come_before_the_options_and_the_global_options() {
    for args in [
        &["jobs", "submit", "--help"][..],
        &["jobs", "submit", "-h"],
        &["jobs", "describe", "--help"],
        &["jobs", "init", "--help"],
        &["jobs", "terminate", "-h"],
        &["envs", "create", "--help"],
        &["templates", "init", "-h"],
        &["api", "--help"],
        &["run", "--help"],
    ] {
        let out = run(args);
        assert!(out.status.success(), "{args:?}");
        let help = stdout_of(&out);
        let examples = line_of(&help, "Examples:")
            .or_else(|| line_of(&help, "Example:"))
            .unwrap_or_else(|| panic!("{args:?}: no examples:\n{help}"));
        if let Some(globals) = line_of(&help, "Global options:") {
            assert!(examples < globals, "{args:?}:\n{help}");
        }
        if let Some(options) = line_of(&help, "Options:") {
            assert!(examples < options, "{args:?}:\n{help}");
        }
        assert!(
            !help.contains("examples/"),
            "{args:?} names a source file:\n{help}"
        );
    }
    let submit = stdout_of(&run(&["jobs", "submit", "--help"]));
    assert!(submit.contains("batchctl jobs init > job.yaml"), "{submit}");
}

#[test]
fn help_on_an_80_column_terminal_fits_and_leads_with_examples() {
    for args in ["jobs submit --help", "jobs submit -h", "jobs init -h"] {
        let Some(text) = on_pty(&format!("{BIN} {args}")) else {
            return;
        };
        let examples = line_of(&text, "Examples:").expect(&text);
        let globals = line_of(&text, "Global options:").expect(&text);
        assert!(examples < globals, "{args}:\n{text}");
        // Within the first screenful, right under the usage.
        assert!(examples < 15, "{args}:\n{text}");
        assert!(
            text.lines().all(|l| l.chars().count() <= 80),
            "{args}:\n{text}"
        );
    }
}

#[test]
fn the_aliases_peers_use_work() {
    for args in [
        &["--emulator", "jobs", "show", "job-hello0ok"][..],
        &["--emulator", "jobs", "status", "job-hello0ok"],
        &["--emulator", "envs", "ls"],
        &["--emulator", "templates", "ls"],
    ] {
        let out = run(args);
        assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
        assert!(!out.stdout.is_empty(), "{args:?}");
    }
    // The same job as view gives (each run builds its demo world afresh, so times may
    // differ by a second: compare what identifies it).
    let who = |command: &str| {
        let q = "[.JobId, .JobName, .JobState, (.TaskSet | length)]";
        stdout_of(&run(&[
            "--emulator",
            "jobs",
            command,
            "job-hello0ok",
            "-o",
            "json",
            "--query",
            q,
        ]))
    };
    assert_eq!(who("status"), who("view"));
    assert!(who("status").contains("hello-batch"), "{}", who("status"));
    let out = run(&["--emulator", "jobs", "cancel", "job-hello0ok"]);
    // The demo job has ended: cancel is terminate, which says so (not "unrecognized").
    let err = stderr_of(&out);
    assert!(!err.contains("unrecognized subcommand"), "{err}");
    assert!(
        stdout_of(&out).contains("job-hello0ok") || err.contains("job-hello0ok"),
        "{err}"
    );
    let help = stdout_of(&run(&["jobs", "--help"]));
    // Named in the summaries (hidden from live completion, which offers the real names).
    assert!(help.contains("also `show`, `status`"), "{help}");
    assert!(help.contains("also `cancel`"), "{help}");
}

/// `KIND init | KIND create -f - --dry-run`: the file is taken as is.
fn init_then(init: &[&str], create: &[&str], action: &str) {
    let home = tempfile::tempdir().unwrap();
    let file = batchctl(home.path()).args(init).output().unwrap();
    assert!(file.status.success(), "{init:?}: {}", stderr_of(&file));
    let text = stdout_of(&file);
    assert!(
        text.lines()
            .filter(|l| l.trim_start().starts_with('#'))
            .count()
            >= 8,
        "{text}"
    );
    let out = batchctl(home.path())
        .args(["--emulator", "--dry-run"])
        .args(create)
        .args(["-f", "-"])
        .write_stdin(text.clone())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{create:?}: {}\n{text}",
        stderr_of(&out)
    );
    assert!(
        stdout_of(&out).contains(&format!("X-TC-Action: {action}")),
        "{}",
        stdout_of(&out)
    );
}

#[test]
fn init_files_are_taken_as_is_by_the_create_commands() {
    init_then(&["jobs", "init"], &["jobs", "submit"], "SubmitJob");
    init_then(&["envs", "init"], &["envs", "create"], "CreateComputeEnv");
    init_then(
        &["templates", "init"],
        &["templates", "create"],
        "CreateTaskTemplate",
    );
}

#[test]
fn an_initial_job_runs_to_success_on_the_emulator() {
    let Ok(status) = std::process::Command::new("bash")
        .args([
            "--norc",
            "-o",
            "pipefail",
            "-c",
            &format!("{BIN} jobs init | {BIN} -q --emulator jobs submit -f - --wait"),
        ])
        .env("HOME", tempfile::tempdir().unwrap().path())
        .env_remove("BATCHCTL_ZONE")
        .env_remove("XDG_CONFIG_HOME")
        .status()
    else {
        return;
    };
    assert_eq!(status.code(), Some(0));
}

#[test]
fn init_takes_the_profiles_defaults() {
    let home = tempfile::tempdir().unwrap();
    let out = batchctl(home.path())
        .env("BATCHCTL_ZONE", "ap-guangzhou-4")
        .env("BATCHCTL_INSTANCE_TYPE", "S5.MEDIUM4")
        .args(["jobs", "init"])
        .output()
        .unwrap();
    let text = stdout_of(&out);
    assert!(text.contains("  Zone: ap-guangzhou-4\n"), "{text}");
    assert!(text.contains("from BATCHCTL_ZONE"), "{text}");
    assert!(text.contains("InstanceType: S5.MEDIUM4\n"), "{text}");
    // Without a default, an example that says so.
    assert!(text.contains("an example: change it"), "{text}");
    // It sends nothing: options of the network are refused.
    let out = run(&["jobs", "init", "--dry-run"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn submit_without_a_job_names_the_file_the_template_and_init() {
    let out = run(&[
        "jobs",
        "submit",
        "--endpoint",
        "http://127.0.0.1:9",
        "--zone",
        "ap-guangzhou-3",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = stderr_of(&out);
    for alternative in ["-f FILE", "--template TEMPLATE_ID", "batchctl jobs init"] {
        assert!(err.contains(alternative), "{alternative}:\n{err}");
    }
    // No global option made to look required.
    assert!(!err.contains("--endpoint"), "{err}");
    assert!(!err.contains("--zone"), "{err}");
}

#[test]
fn a_missing_argument_shows_the_commands_own_usage() {
    for (args, missing, hint) in [
        (
            &["envs", "attach", "env-1", "--region", "ap-guangzhou"][..],
            "--instance <ID>",
            None,
        ),
        (
            &[
                "--endpoint",
                "http://127.0.0.1:9",
                "jobs",
                "wait",
                "--interval",
                "1s",
            ],
            "--job-id",
            None,
        ),
        (
            &["envs", "create", "--zone", "ap-guangzhou-3"],
            "--file <FILE>",
            Some("batchctl envs init > env.yaml"),
        ),
        (
            &["templates", "create", "--profile", "prod"],
            "--file <FILE>",
            Some("batchctl templates init > template.yaml"),
        ),
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr_of(&out);
        assert!(err.contains(missing), "{args:?}: {err}");
        let usage = err
            .lines()
            .find(|l| l.starts_with("Usage: "))
            .unwrap_or_default();
        assert!(usage.contains("[OPTIONS]"), "{args:?}: {err}");
        for given in [
            "--region",
            "--endpoint",
            "--interval",
            "--zone",
            "--profile",
        ] {
            assert!(!usage.contains(given), "{args:?}: {err}");
        }
        if let Some(hint) = hint {
            assert!(err.contains(hint), "{args:?}: {err}");
        }
    }
}

#[test]
fn the_api_list_is_a_table_on_a_terminal_and_json_in_a_pipe() {
    let piped = stdout_of(&run(&["api"]));
    assert!(piped.starts_with('['), "{piped}");
    let Some(text) = on_pty(&format!("{BIN} api")) else {
        return;
    };
    let first = text.lines().next().unwrap_or_default();
    assert!(first.starts_with("ACTION"), "{text}");
    assert!(text.contains("SubmitJob"), "{text}");
    let json = on_pty(&format!("{BIN} api -o json")).unwrap();
    assert!(json.starts_with('['), "{json}");
}

#[test]
fn a_limited_read_on_a_terminal_counts_only_the_pages_it_reads() {
    let Some(text) = on_pty(&format!(
        "{BIN} --emulator --rate-limit 0 jobs describe --limit 2"
    )) else {
        return;
    };
    assert!(!text.contains("reading page"), "{text:?}");
    let text = on_pty(&format!(
        "{BIN} --emulator --rate-limit 0 jobs describe --limit 25 --page-size 10 -o jsonl"
    ))
    .unwrap();
    assert!(
        text.contains("reading page 1 of 3 (10 of 25 jobs)"),
        "{text:?}"
    );
    assert!(!text.contains("of 5"), "{text:?}");
}

#[test]
fn monitor_data_times_read_as_local_times_in_tables() {
    let home = tempfile::tempdir().unwrap();
    let args = [
        "--emulator",
        "api",
        "DescribeJobMonitorData",
        "--JobId",
        "job-hello0ok",
        "--TaskName",
        "hello",
        "--TaskInstanceIndex",
        "0",
        "--MetricName",
        "CpuUsage",
    ];
    let json = batchctl(home.path())
        .args(args)
        .args(["-o", "json"])
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert!(doc["DataPoints"]["Timestamps"][0].is_i64(), "{doc}");
    let out = batchctl(home.path())
        .env("TZ", "UTC")
        .args(args)
        .args(["-o", "table"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    assert!(text.contains("Timestamps (+00:00)"), "{text}");
    let row = text
        .lines()
        .skip_while(|l| !l.starts_with("Timestamps"))
        .nth(1)
        .unwrap_or_default();
    let time = row.split("   ").next().unwrap_or_default();
    assert!(
        chrono::NaiveDateTime::parse_from_str(time, "%Y-%m-%d %H:%M:%S").is_ok(),
        "{text}"
    );
    let epoch_like = |w: &str| w.len() == 10 && w.bytes().all(|b| b.is_ascii_digit());
    assert!(!text.split_whitespace().any(epoch_like), "{text}");
}
