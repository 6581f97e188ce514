//! `batchctl jobs why JOB`: why a job failed, in one view. The job's state and reason;
//! for each failed task its command (DescribeJobSubmitInfo) and failed instances
//! (DescribeTask, at most `--limit`): exit code, reasons, node, the last `--lines` of
//! stderr (DescribeTaskLogs) and a hint for known exit codes. The same document feeds
//! json and the text, and `jobs submit --wait` prints the text when the job fails.

use batch_api::ActionId;
use batch_api::lists;
use std::io::{self, Write};

use serde_json::{Value, json};

use crate::cli::WhyArgs;
use crate::cli::config::Config;
use crate::transport::client::Client;
use crate::transport::error::Error;

use super::text;

pub fn run(config: &Config, args: &WhyArgs) -> Result<(), Error> {
    let session = crate::commands::Session::open(config)?;
    let client = &session.client;
    if config.dry_run {
        return super::dry_run_job(client, &args.job.id);
    }
    let doc = document(client, &args.job.id, args.limit, args.lines)?;
    let opts = super::options(config);
    let mut out = io::stdout().lock();
    if !super::write_document(&doc, &opts, &mut out)? {
        // The reasons and the stderr tail come from the job: shown, not obeyed, on a terminal.
        let mut out = crate::output::terminal::stdout(crate::output::terminal::Mode::Text);
        out.write_all(render(&doc).as_bytes())?;
        out.flush()?;
    }
    Ok(())
}

/// The `why` text of a job, for `jobs submit --wait`.
pub fn summary(client: &Client, job: &str, limit: u64, lines: usize) -> Result<String, Error> {
    Ok(render(&document(client, job, limit, lines)?))
}

/// The document: `{"JobId", "JobName", "JobState", "StateReason", "Failed", "Tasks":
/// [{"TaskName", "TaskState", "Command", "FailedInstanceCount", "Instances": [{
/// "TaskInstanceIndex", "ExitCode", "StateReason", "StateDetailedReason",
/// "ComputeNodeInstanceId", "StderrTail": [line, …], "Hint"}]}]}`.
pub fn document(client: &Client, job_id: &str, limit: u64, lines: usize) -> Result<Value, Error> {
    let job = super::describe_job(client, job_id)?;
    let state = text(&job, "JobState");
    let failed = matches!(state.as_str(), "FAILED" | "FAILED_INTERRUPTED");
    let mut tasks = Vec::new();
    if failed {
        let info = super::call_value(
            client,
            ActionId::DescribeJobSubmitInfo,
            &json!({"JobId": job_id}),
        )?;
        let commands: Vec<(String, String)> = info
            .get("Tasks")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|t| {
                let command = t
                    .get("Application")
                    .map(|a| text(a, "Command"))
                    .unwrap_or_default();
                (text(t, "TaskName"), command)
            })
            .collect();
        for task in job
            .get(lists::TASK_SET)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let task_state = text(task, "TaskState");
            if !matches!(task_state.as_str(), "FAILED" | "FAILED_INTERRUPTED") {
                continue;
            }
            let name = text(task, "TaskName");
            tasks.push(failed_task(
                client,
                job_id,
                &name,
                &task_state,
                &commands,
                limit,
                lines,
            )?);
        }
    }
    Ok(json!({
        "JobId": job_id,
        "JobName": job.get("JobName").cloned().unwrap_or(Value::Null),
        "JobState": state,
        "StateReason": job.get("StateReason").cloned().unwrap_or(Value::Null),
        "Failed": failed,
        "Tasks": tasks,
    }))
}

fn failed_task(
    client: &Client,
    job: &str,
    name: &str,
    state: &str,
    commands: &[(String, String)],
    limit: u64,
    lines: usize,
) -> Result<Value, Error> {
    let answer = super::call_value(
        client,
        ActionId::DescribeTask,
        &super::tasks::request(job, name, Some("FAILED"), 0, limit.min(1000)),
    )?;
    let instances: Vec<Value> = answer
        .get(lists::TASK_INSTANCE_SET)
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let count = answer
        .get("TaskInstanceTotalCount")
        .cloned()
        .unwrap_or_else(|| json!(instances.len()));
    let indexes: Vec<u64> = instances
        .iter()
        .filter_map(|i| i.get("TaskInstanceIndex").and_then(Value::as_u64))
        .collect();
    let mut stderr: Vec<(u64, String)> = Vec::new();
    for chunk in indexes.chunks(10) {
        let logs = super::call_value(
            client,
            ActionId::DescribeTaskLogs,
            &json!({"JobId": job, "TaskName": name, "TaskInstanceIndexes": chunk}),
        )?;
        for log in logs
            .get(lists::TASK_INSTANCE_LOG_SET)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(i) = log.get("TaskInstanceIndex").and_then(Value::as_u64) {
                stderr.push((i, super::logtext::decode(&text(log, "StderrLog"))));
            }
        }
    }
    let shown: Vec<Value> = instances
        .iter()
        .map(|i| {
            let index = i.get("TaskInstanceIndex").and_then(Value::as_u64);
            let log = stderr
                .iter()
                .find(|(n, _)| Some(*n) == index)
                .map(|(_, t)| t.as_str())
                .unwrap_or("");
            let all: Vec<&str> = log.lines().collect();
            let tail = &all[all.len().saturating_sub(lines)..];
            let exit = i.get("ExitCode").and_then(Value::as_i64);
            json!({
                "TaskInstanceIndex": i.get("TaskInstanceIndex").cloned().unwrap_or(Value::Null),
                "ExitCode": i.get("ExitCode").cloned().unwrap_or(Value::Null),
                "StateReason": i.get("StateReason").cloned().unwrap_or(Value::Null),
                "StateDetailedReason": i.get("StateDetailedReason").cloned().unwrap_or(Value::Null),
                "ComputeNodeInstanceId": i.get("ComputeNodeInstanceId").cloned().unwrap_or(Value::Null),
                "StderrTail": tail,
                "Hint": hint(exit, tail),
            })
        })
        .collect();
    let command = commands
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, c)| Value::String(c.clone()))
        .unwrap_or(Value::Null);
    Ok(json!({
        "TaskName": name,
        "TaskState": state,
        "Command": command,
        "FailedInstanceCount": count,
        "Instances": shown,
    }))
}

/// A hint for failures with a known cause.
pub fn hint(exit: Option<i64>, stderr: &[&str]) -> Option<&'static str> {
    let said = |w: &str| stderr.iter().any(|l| l.to_ascii_lowercase().contains(w));
    match exit {
        Some(127) => Some(
            "exit 127: the command was not found; check the command's spelling and the image's PATH",
        ),
        Some(126) => Some("exit 126: the command is not executable; check its permissions"),
        Some(137) => Some(
            "exit 137: the process was killed (SIGKILL), most often for running out of memory; try a larger instance type",
        ),
        Some(139) => Some("exit 139: the process crashed (segmentation fault)"),
        Some(143) => Some("exit 143: the process was terminated (SIGTERM), e.g. by TerminateJob"),
        _ if said("no space left") => {
            Some("the disk is full; give the task a larger system or data disk")
        }
        _ if said("permission denied") => {
            Some("permission denied: check file permissions and the image's user")
        }
        _ => None,
    }
}

/// The text for people.
pub fn render(doc: &Value) -> String {
    let mut s = String::new();
    let job = text(doc, "JobId");
    let name = text(doc, "JobName");
    let state = text(doc, "JobState");
    let reason = text(doc, "StateReason");
    if doc.get("Failed") != Some(&Value::Bool(true)) {
        s.push_str(&format!("{job} ({name}) did not fail: it is {state}\n"));
        return s;
    }
    s.push_str(&format!("{job} ({name}) is {state}"));
    if !reason.is_empty() {
        s.push_str(&format!(": {reason}"));
    }
    s.push('\n');
    for task in doc
        .get("Tasks")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let tname = text(task, "TaskName");
        s.push_str(&format!(
            "\ntask {tname}: {}, {} failed instance(s)\n",
            text(task, "TaskState"),
            text(task, "FailedInstanceCount")
        ));
        let command = text(task, "Command");
        if !command.is_empty() {
            s.push_str(&format!(
                "  command: {}\n",
                crate::transport::error::printable(&command)
            ));
        }
        for i in task
            .get("Instances")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let index = text(i, "TaskInstanceIndex");
            let reason = non_empty(text(i, "StateReason"), "no reason given");
            let (code, node) = (text(i, "ExitCode"), text(i, "ComputeNodeInstanceId"));
            // An instance that never started has neither an exit code nor a node.
            s.push_str(&match (code.is_empty(), node.is_empty()) {
                (true, true) => format!(
                    "  [{tname}/{index}] never ran: {}",
                    reason.strip_prefix("not run: ").unwrap_or(&reason)
                ),
                (true, false) => format!("  [{tname}/{index}] no exit code, on {node}: {reason}"),
                (false, _) => format!(
                    "  [{tname}/{index}] exit code {code} on {}: {reason}",
                    non_empty(node, "no node")
                ),
            });
            let detail = text(i, "StateDetailedReason");
            if !detail.is_empty() {
                s.push_str(&format!(" ({detail})"));
            }
            s.push('\n');
            let tail: Vec<&str> = i
                .get("StderrTail")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            if !tail.is_empty() {
                s.push_str(&format!("    stderr (last {} lines):\n", tail.len()));
                for line in tail {
                    s.push_str(&format!("      {line}\n"));
                }
            }
            let h = text(i, "Hint");
            if !h.is_empty() {
                s.push_str(&format!("    hint: {h}\n"));
            }
        }
    }
    s
}

fn non_empty(s: String, or: &str) -> String {
    if s.is_empty() { or.to_string() } else { s }
}
