//! The completion scripts checked into `completions/` are the ones the binary generates.
//! Regenerate with: `BATCHCTL_UPDATE_COMPLETIONS=1 cargo test --test it completions::`.

use batchctl::commands::completions::file_name;
use clap_complete::Shell;

#[test]
fn checked_in_completions_match_the_binary() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let home = tempfile::tempdir().unwrap();
    for (shell, name) in [
        (Shell::Bash, "bash"),
        (Shell::Zsh, "zsh"),
        (Shell::Fish, "fish"),
        (Shell::PowerShell, "powershell"),
        (Shell::Elvish, "elvish"),
    ] {
        let out = crate::common::batchctl(home.path())
            .args(["completions", name])
            .output()
            .unwrap();
        assert!(out.status.success());
        let script = String::from_utf8(out.stdout).unwrap();
        assert!(
            script.contains("describe") && script.contains("job-id"),
            "{name} completes our commands"
        );
        let path = dir.join(file_name(shell));
        if std::env::var_os("BATCHCTL_UPDATE_COMPLETIONS").is_some() {
            std::fs::write(&path, &script).unwrap();
        }
        let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            checked_in == script,
            "completions/{} is stale: run BATCHCTL_UPDATE_COMPLETIONS=1 cargo test --test it completions::",
            file_name(shell)
        );
    }
}

/// Asks the checked-in bash script what it completes after `words` (the last one being
/// the word under the cursor), as bash would: COMP_WORDS/COMP_CWORD set, the function
/// called, COMPREPLY read.
fn bash_complete(words: &[&str]) -> Vec<String> {
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions/batchctl.bash");
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let program = format!(
        "source '{}'\nCOMP_WORDS=({})\nCOMP_CWORD={}\nCOMP_LINE=\"${{COMP_WORDS[*]}}\"\nCOMP_POINT=${{#COMP_LINE}}\n\
         _batchctl batchctl \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"\n\
         printf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
        script.display(),
        quoted.join(" "),
        words.len() - 1
    );
    let out = std::process::Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &program])
        .output()
        .expect("bash runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn bash_completes_values_not_file_names() {
    if std::process::Command::new("bash")
        .arg("--version")
        .output()
        .is_err()
    {
        return;
    }
    let states = bash_complete(&["batchctl", "jobs", "describe", "--state", ""]);
    assert_eq!(states, batchctl::transport::envelope::JOB_STATES);
    let formats = bash_complete(&["batchctl", "jobs", "describe", "-o", ""]);
    assert_eq!(formats, ["table", "wide", "json", "jsonl", "csv", "yaml"]);
    let columns = bash_complete(&["batchctl", "jobs", "wait", "--columns", ""]);
    assert!(columns.contains(&"JobId".to_string()) && columns.contains(&"CreateTime".to_string()));
    let actions = bash_complete(&["batchctl", "api", ""]);
    assert_eq!(
        actions
            .iter()
            .filter(|a| a.starts_with(char::is_uppercase))
            .count(),
        30,
        "{actions:?}"
    );
    assert!(actions.contains(&"DescribeJobs".to_string()));
    let params = bash_complete(&["batchctl", "api", "DescribeJob", "--"]);
    assert!(params.contains(&"--JobId".to_string()), "{params:?}");
    let params = bash_complete(&["batchctl", "api", "SubmitJob", "--"]);
    for member in ["--Placement", "--Job", "--ClientToken"] {
        assert!(params.contains(&member.to_string()), "{params:?}");
    }
    let regions = bash_complete(&["batchctl", "--region", "ap-g"]);
    assert_eq!(regions, ["ap-guangzhou"]);
    let commands = bash_complete(&["batchctl", ""]);
    for command in ["jobs", "api", "emulator", "config", "completions"] {
        assert!(commands.contains(&command.to_string()), "{commands:?}");
    }
    // A value position never lists the files of the current directory.
    let zone = bash_complete(&["batchctl", "jobs", "describe", "--zone", ""]);
    assert!(
        zone.iter().all(|z| z.starts_with("ap-") || z.contains('-')),
        "{zone:?}"
    );
    assert!(!zone.iter().any(|z| z == "Cargo.toml" || z == "src"));
}

#[test]
fn bash_completes_values_of_the_lifecycle_and_resource_commands() {
    if std::process::Command::new("bash")
        .arg("--version")
        .output()
        .is_err()
    {
        return;
    }
    for command in [
        &["jobs", "tasks", "job-x", "--state"][..],
        &["jobs", "terminate", "--state"],
        &["jobs", "retry", "--state"],
        &["jobs", "delete", "--state"],
    ] {
        let mut words = vec!["batchctl"];
        words.extend_from_slice(command);
        words.push("");
        assert_eq!(
            bash_complete(&words),
            batchctl::transport::envelope::JOB_STATES,
            "{command:?}"
        );
    }
    for command in [
        &["jobs", "submit", "--zone"][..],
        &["jobs", "terminate", "--zone"],
        &["envs", "list", "--zone"],
        &["envs", "create", "--zone"],
        &["catalog", "instance-types", "--zone"],
        &["catalog", "zone-configs", "--zone"],
    ] {
        let mut words = vec!["batchctl"];
        words.extend_from_slice(command);
        words.push("ap-guangzhou-");
        let zones = bash_complete(&words);
        assert!(
            zones.contains(&"ap-guangzhou-3".to_string()),
            "{command:?}: {zones:?}"
        );
        assert!(!zones.iter().any(|z| z == "Cargo.toml" || z == "src"));
    }
    let types = bash_complete(&["batchctl", "envs", "list", "--resource-type", ""]);
    assert_eq!(types, ["CVM", "CPM"]);
    let formats = bash_complete(&["batchctl", "catalog", "categories", "-o", ""]);
    assert_eq!(formats, ["table", "wide", "json", "jsonl", "csv", "yaml"]);
    // -f still completes file names.
    let files = bash_complete(&["batchctl", "envs", "create", "-f", "Cargo.t"]);
    assert_eq!(files, ["Cargo.toml"]);
}

/// What the live completer (`BATCHCTL_COMPLETE=bash batchctl -- WORDS`, as the script that
/// `BATCHCTL_COMPLETE=bash batchctl` registers calls it) offers for the last of `words`.
fn live(mut cmd: assert_cmd::Command, words: &[&str]) -> (Vec<String>, std::process::Output) {
    let out = cmd
        .env("BATCHCTL_COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", (words.len() - 1).to_string())
        .env("_CLAP_IFS", "\n")
        .arg("--")
        .args(words)
        .output()
        .unwrap();
    let offered = crate::common::stdout_of(&out)
        .lines()
        .map(str::to_string)
        .collect();
    (offered, out)
}

#[test]
fn live_completion_offers_the_services_job_ids() {
    let emu = crate::common::Emulator::with_jobs(&crate::common::many_jobs(3), &[]);
    for words in [
        &["batchctl", "jobs", "view", ""][..],
        &["batchctl", "jobs", "tasks", "job-t"],
        &["batchctl", "jobs", "describe", "--job-id", ""],
        &["batchctl", "jobs", "terminate", ""],
    ] {
        let (offered, out) = live(emu.cmd(), words);
        assert!(out.status.success(), "{words:?}");
        assert!(
            offered.contains(&"job-t0000001".to_string()),
            "{words:?}: {offered:?}"
        );
        assert!(out.stderr.is_empty(), "{}", crate::common::stderr_of(&out));
    }
    assert!(
        emu.requests().iter().all(|r| r["action"] == "DescribeJobs"),
        "one DescribeJobs a completion"
    );
    assert_eq!(emu.requests().len(), 4);
}

#[test]
fn live_completion_offers_environments_templates_and_the_jobs_task_names() {
    let home = tempfile::tempdir().unwrap();
    let at = |words: &[&str]| live(crate::common::batchctl(home.path()), words).0;
    let envs = at(&["batchctl", "--emulator", "envs", "view", ""]);
    assert_eq!(
        envs.first().map(String::as_str),
        Some("env-demo0001"),
        "{envs:?}"
    );
    let envs = at(&["batchctl", "--emulator", "envs", "nodes", "env-"]);
    assert_eq!(envs, ["env-demo0001"]);
    let templates = at(&["batchctl", "--emulator", "jobs", "submit", "--template", ""]);
    assert_eq!(templates, ["task-tmpl-demo0001"]);
    let tasks = at(&[
        "batchctl",
        "--emulator",
        "jobs",
        "tasks",
        "job-etl0fail",
        "--task",
        "",
    ]);
    assert_eq!(tasks, ["extract", "transform", "load"]);
    // Subcommands come before the flags.
    let offered = at(&["batchctl", "jobs", ""]);
    let first_flag = offered.iter().position(|w| w.starts_with('-')).unwrap();
    let last_command = offered.iter().rposition(|w| !w.starts_with('-')).unwrap();
    assert!(last_command < first_flag, "{offered:?}");
    assert!(offered[..first_flag].contains(&"view".to_string()));
    // Names, never the files of the directory.
    let tasks = at(&[
        "batchctl",
        "jobs",
        "tasks",
        "job-aaaaaaaa",
        "--task",
        "Cargo.t",
    ]);
    assert!(tasks.is_empty(), "{tasks:?}");
}

#[test]
fn live_completion_is_silent_without_credentials_or_service() {
    let home = tempfile::tempdir().unwrap();
    let (offered, out) = live(
        crate::common::batchctl(home.path()),
        &["batchctl", "jobs", "view", ""],
    );
    assert!(out.status.success());
    assert!(out.stderr.is_empty(), "{}", crate::common::stderr_of(&out));
    assert!(
        !offered.iter().any(|w| w.starts_with("job-")),
        "{offered:?}"
    );
    // Credentials but nothing listening: still nothing on stderr.
    let mut cmd = crate::common::with_demo_keys(home.path());
    cmd.env("BATCHCTL_ENDPOINT", "http://127.0.0.1:9");
    let (offered, out) = live(cmd, &["batchctl", "jobs", "logs", ""]);
    assert!(out.status.success());
    assert!(out.stderr.is_empty(), "{}", crate::common::stderr_of(&out));
    assert!(
        !offered.iter().any(|w| w.starts_with("job-")),
        "{offered:?}"
    );
}

#[test]
fn the_static_script_completes_no_file_names_for_task_or_template() {
    if std::process::Command::new("bash")
        .arg("--version")
        .output()
        .is_err()
    {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let out = crate::common::batchctl(home.path())
        .args(["completions", "bash"])
        .output()
        .unwrap();
    let script = home.path().join("batchctl.bash");
    std::fs::write(&script, &out.stdout).unwrap();
    for words in [
        &[
            "batchctl",
            "jobs",
            "tasks",
            "job-aaaaaaaa",
            "--task",
            "Cargo.t",
        ][..],
        &["batchctl", "jobs", "submit", "--template", "Cargo.t"],
    ] {
        let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
        let program = format!(
            "source '{}'\nCOMP_WORDS=({})\nCOMP_CWORD={}\nCOMP_LINE=\"${{COMP_WORDS[*]}}\"\nCOMP_POINT=${{#COMP_LINE}}\n\
             _batchctl batchctl \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"\n\
             printf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
            script.display(),
            quoted.join(" "),
            words.len() - 1
        );
        let out = std::process::Command::new("bash")
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(["--norc", "--noprofile", "-c", &program])
            .output()
            .unwrap();
        let offered = String::from_utf8(out.stdout).unwrap();
        assert!(!offered.contains("Cargo.toml"), "{words:?}: {offered}");
    }
}
