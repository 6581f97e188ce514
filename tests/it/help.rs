//! Help for people: a command's own options first, the global ones under their own
//! heading; global options that mean nothing to a command are refused (exit 2);
//! `help --help` works; `--version` names the commit and target.

use crate::common::{batchctl, stderr_of, stdout_of};

fn run(args: &[&str]) -> std::process::Output {
    let home = tempfile::tempdir().unwrap();
    batchctl(home.path()).args(args).output().unwrap()
}

/// The option names (`--job-id`) of a help text, in order, and the heading each is under.
fn options_by_heading(help: &str) -> Vec<(String, String)> {
    let mut heading = String::new();
    let mut out = Vec::new();
    for line in help.lines() {
        if !line.starts_with(' ') && line.ends_with(':') {
            heading = line.trim_end_matches(':').to_string();
        } else if let Some(option) = line
            .trim_start()
            .split([' ', ','])
            .find(|w| w.starts_with("--"))
            .filter(|_| line.trim_start().starts_with('-'))
        {
            out.push((
                heading.clone(),
                option.split('=').next().unwrap().to_string(),
            ));
        }
    }
    out
}

#[test]
fn own_options_come_before_the_global_heading() {
    for (args, own) in [
        (
            &["jobs", "describe", "--help"][..],
            &["--job-id", "--state", "--columns"][..],
        ),
        (
            &["jobs", "wait", "--help"],
            &["--job-id", "--interval", "--max-wait"],
        ),
    ] {
        let out = run(args);
        assert!(out.status.success());
        let help = stdout_of(&out);
        let options = options_by_heading(&help);
        let first_global = options
            .iter()
            .position(|(h, _)| h == "Global options")
            .unwrap_or_else(|| panic!("no global heading:\n{help}"));
        for name in own {
            let at = options.iter().position(|(_, o)| o == name).unwrap();
            assert!(at < first_global, "{name} under the globals:\n{help}");
            assert_eq!(options[at].0, "Options", "{help}");
        }
        for global in ["--output", "--region", "--timeout"] {
            let at = options.iter().position(|(_, o)| o == global).unwrap();
            assert_eq!(options[at].0, "Global options", "{global}:\n{help}");
        }
    }
}

#[test]
fn emulator_serve_help_shows_only_the_options_it_takes_under_a_true_summary() {
    let out = run(&["emulator", "serve", "--help"]);
    assert!(out.status.success());
    let help = stdout_of(&out);
    let options = options_by_heading(&help);
    let globals: Vec<&str> = options
        .iter()
        .filter(|(h, _)| h == "Global options")
        .map(|(_, o)| o.as_str())
        .collect();
    assert_eq!(globals, ["--no-color", "--color", "--quiet"], "{help}");
    for own in [
        "--listen",
        "--allow-remote",
        "--inject",
        "--state-file",
        "--exec",
    ] {
        assert!(
            options.iter().any(|(h, o)| h == "Options" && o == own),
            "{own}:\n{help}"
        );
    }
    // Each refused global is refused, and none is shown.
    for refused in [
        "--output",
        "--region",
        "--timeout",
        "--dry-run",
        "--endpoint",
    ] {
        assert!(!help.contains(refused), "{refused}:\n{help}");
    }
    let summary = help.lines().next().unwrap_or_default();
    assert!(summary.contains("30 actions"), "{help}");
    assert!(help.contains("demo credentials"), "{help}");
    // `help emulator serve` says the same.
    assert_eq!(stdout_of(&run(&["help", "emulator", "serve"])), help);
}

#[test]
fn a_global_option_that_means_nothing_to_the_command_is_refused() {
    for args in [
        &["emulator", "serve", "--dry-run"][..],
        &["emulator", "serve", "-o", "json"],
        &["emulator", "serve", "--region", "ap-guangzhou"],
        &["completions", "bash", "-o", "json"],
        &["completions", "--region", "ap-guangzhou", "bash"],
        &["--profile", "prod", "completions", "zsh"],
        &["completions", "fish", "--query", ".x"],
        &["config", "show", "--dry-run"],
        &["config", "show", "--max-attempts", "2"],
        &[
            "--emulator",
            "jobs",
            "logs",
            "job-hello0ok",
            "--color",
            "always",
        ],
        &["--emulator", "--no-color", "jobs", "spec", "job-hello0ok"],
        &[
            "--emulator",
            "jobs",
            "why",
            "job-etl0fail",
            "--color",
            "never",
        ],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr_of(&out);
        assert!(
            err.contains("means nothing to `batchctl"),
            "{args:?}: {err}"
        );
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    // What does apply still works; a value from the environment is never refused.
    let home = tempfile::tempdir().unwrap();
    batchctl(home.path())
        .env("BATCHCTL_OUTPUT", "json")
        .args(["completions", "bash"])
        .assert()
        .success();
    batchctl(home.path())
        .args(["-q", "--emulator", "config", "show", "-o", "json"])
        .assert()
        .success();
    // NO_COLOR from the environment still applies to the never-coloured commands, and
    // the table commands take every global option.
    batchctl(home.path())
        .env("NO_COLOR", "1")
        .args(["--emulator", "jobs", "why", "job-etl0fail"])
        .assert()
        .success();
    batchctl(home.path())
        .args([
            "--emulator",
            "--no-color",
            "--color",
            "never",
            "jobs",
            "tasks",
            "job-etl0fail",
        ])
        .assert()
        .success();
}

#[test]
fn help_help_works() {
    for args in [&["help", "--help"][..], &["help", "-h"]] {
        let out = run(args);
        assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
        assert!(stdout_of(&out).contains("Usage: batchctl help"));
    }
}

#[test]
fn version_names_the_commit_and_target() {
    let out = run(&["--version"]);
    assert!(out.status.success());
    let text = stdout_of(&out);
    assert!(
        text.starts_with(&format!("batchctl {} (commit ", env!("CARGO_PKG_VERSION"))),
        "{text}"
    );
    assert!(text.contains(std::env::consts::ARCH), "{text}");
}
