//! Live completion of IDs (`BATCHCTL_COMPLETE=bash batchctl`, clap_complete's dynamic engine):
//! job IDs for every JOB argument, environment IDs, template IDs and the task names of
//! the job on the line. Each asks the service once: one page, a short timeout, no
//! retries, paced as any request. Any failure (no credentials, no network, an error
//! answer) completes nothing and prints nothing: a shell's prompt is never written on.

use std::time::Duration;

use batch_api::ActionId;
use clap_complete::engine::CompletionCandidate;
use serde_json::{Value, json};

use crate::cli::Cli;
use crate::cli::config::{Config, Environment};
use crate::commands::Session;

/// The variable that switches the binary into completing (`BATCHCTL_COMPLETE=bash batchctl`
/// prints the shell's registration).
pub const VAR: &str = "BATCHCTL_COMPLETE";

/// How long the one request may take.
const TIMEOUT: Duration = Duration::from_secs(2);

/// Completes and exits when `BATCHCTL_COMPLETE` is set; returns otherwise.
pub fn complete_if_asked() {
    if std::env::var_os(VAR).is_none_or(|v| v.is_empty() || v == "0") {
        return;
    }
    crate::cli::live::install(crate::cli::live::Sources {
        jobs,
        envs,
        templates,
        tasks,
    });
    clap_complete::CompleteEnv::with_factory(crate::commands::completions::for_completion)
        .var(VAR)
        .complete();
}

/// Job IDs, newest first (the name and state as help).
pub fn jobs() -> Vec<CompletionCandidate> {
    list(
        ActionId::DescribeJobs,
        json!({ "Limit": 100 }),
        "JobSet",
        "JobId",
        &["JobName", "JobState"],
    )
}

/// Compute environment IDs (the name as help).
pub fn envs() -> Vec<CompletionCandidate> {
    list(
        ActionId::DescribeComputeEnvs,
        json!({ "Limit": 100 }),
        "ComputeEnvSet",
        "EnvId",
        &["EnvName"],
    )
}

/// Task template IDs (the name as help).
pub fn templates() -> Vec<CompletionCandidate> {
    list(
        ActionId::DescribeTaskTemplates,
        json!({ "Limit": 100 }),
        "TaskTemplateSet",
        "TaskTemplateId",
        &["TaskTemplateName"],
    )
}

/// The task names of the job named on the line being completed.
pub fn tasks() -> Vec<CompletionCandidate> {
    let words = words();
    let Some(job) = words
        .iter()
        .find(|w| crate::transport::envelope::is_valid_job_id(w))
    else {
        return Vec::new();
    };
    list(
        ActionId::DescribeJob,
        json!({ "JobId": job }),
        "TaskSet",
        "TaskName",
        &["TaskState"],
    )
}

/// The words of the line being completed (after the `--` the shell's script passes).
fn words() -> Vec<String> {
    std::env::args().skip_while(|a| a != "--").skip(1).collect()
}

/// One request; the `id` member of each element of `set`, with `help` members joined.
fn list(
    action: ActionId,
    body: Value,
    set: &str,
    id: &str,
    help: &[&str],
) -> Vec<CompletionCandidate> {
    let Some(config) = config(&words()) else {
        return Vec::new();
    };
    let Ok(session) = Session::open(&config) else {
        return Vec::new();
    };
    let Ok(answer) = crate::commands::jobs::call_value(&session.client, action, &body) else {
        return Vec::new();
    };
    answer
        .get(set)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|element| {
            let value = element.get(id)?.as_str()?;
            let about: Vec<&str> = help
                .iter()
                .filter_map(|h| element.get(*h).and_then(Value::as_str))
                .filter(|h| !h.is_empty())
                .collect();
            let candidate = CompletionCandidate::new(value);
            Some(if about.is_empty() {
                candidate
            } else {
                candidate.help(Some(about.join(", ").into()))
            })
        })
        .collect()
}

/// The configuration of a completing request: the environment and profile, the global
/// options on the line (`--region`, `--profile`, `--endpoint`, `--emulator`), quiet,
/// one attempt, a short timeout.
fn config(words: &[String]) -> Option<Config> {
    let mut args = vec!["batchctl".to_string()];
    let mut i = 0;
    while i < words.len() {
        let word = &words[i];
        match word.as_str() {
            "--region" | "--profile" | "--endpoint" if i + 1 < words.len() => {
                args.push(word.clone());
                args.push(words[i + 1].clone());
                i += 1;
            }
            "--emulator" => args.push(word.clone()),
            w if ["--region=", "--profile=", "--endpoint=", "--emulator="]
                .iter()
                .any(|p| w.starts_with(p)) =>
            {
                args.push(word.clone())
            }
            _ => {}
        }
        i += 1;
    }
    args.extend(["jobs".to_string(), "describe".to_string()]);
    let cli = Cli::parse_from_args(args).ok()?;
    let mut config = Config::from_args(&cli.global, Environment::capture()).ok()?;
    config.quiet = true;
    config.debug = false;
    config.dry_run = false;
    config.transport.dry_run = false;
    config.transport.timeout = TIMEOUT;
    config.transport.max_attempts = 1;
    Some(config)
}
