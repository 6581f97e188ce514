//! `batchctl jobs logs JOB`: DescribeTaskLogs (at most 10 instances per request), each
//! log's `data:` URL decoded to text; stdout logs to stdout and stderr logs to stderr,
//! `[TASK/INDEX] ` before each line when several instances are shown; a note naming the
//! redirect path when the service cut the log to its last 2048 bytes; `-f`/`--follow`
//! hands over to the shared follower ([`super::follow`]), then says the job's final state
//! on stderr (unless `-q`) and exits 7 when it failed.

use batch_api::ActionId;

use std::collections::HashMap;
use std::io::{self, Write};

use super::follow::{self, Follow, Printer};

use base64::Engine;
use serde_json::json;

use crate::cli::LogsArgs;
use crate::cli::config::Config;
use crate::output::Format;
use crate::transport::error::Error;

use super::follow::PAGE;
/// The service keeps only this many bytes of each log.
pub const TAIL_BYTES: usize = 2048;

pub fn run(config: &Config, args: &LogsArgs) -> Result<(), Error> {
    let session = crate::commands::Session::open(config)?;
    let client = &session.client;
    if config.dry_run {
        let body = match (&args.task, args.instances.is_empty(), args.failed) {
            (Some(task), false, _) => json!({"JobId": args.job, "TaskName": task,
                "TaskInstanceIndexes": args.instances.iter().take(PAGE).collect::<Vec<_>>()}),
            (Some(task), true, false) => {
                json!({"JobId": args.job, "TaskName": task, "Offset": 0, "Limit": PAGE})
            }
            _ => json!({"JobId": args.job}),
        };
        let name = if body.get("TaskName").is_some() {
            ActionId::DescribeTaskLogs
        } else {
            ActionId::DescribeJob
        };
        return super::dry_run(client, name, &body, true);
    }
    let opts = super::options(config);
    let whole = opts.query.is_some() || matches!(opts.format, Format::Json | Format::Yaml);
    let follow_opts = Follow {
        tasks: args.task.iter().cloned().collect(),
        instances: args.instances.clone(),
        failed: args.failed,
        stdout: !args.stderr,
        stderr: !args.stdout,
        prefix: None,
        jsonl: opts.format == Format::Jsonl && !whole,
        interval: crate::commands::jobs::wait::poll_interval(config, args.interval),
    };
    if args.follow && !whole {
        let ended = follow::follow(client, &args.job, &follow_opts)?;
        if !config.quiet {
            let mut err = io::stderr().lock();
            writeln!(err, "{}", ended.summary(&args.job))?;
        }
        return if ended.failed() {
            Err(Error::QuietExit(7))
        } else {
            Ok(())
        };
    }
    let job = super::describe_job(client, &args.job)?;
    let tasks = match &args.task {
        Some(t) => vec![t.clone()],
        None => super::task_names(&job),
    };
    let mut printer = Printer {
        stdout: follow_opts.stdout,
        stderr: follow_opts.stderr,
        prefix: tasks.len() > 1 || args.instances.len() > 1,
        auto_prefix: true,
        jsonl: follow_opts.jsonl,
        notes: client.notes(),
        follow: false,
        seen: HashMap::new(),
        noted: HashMap::new(),
    };
    let mut doc_tasks = Vec::new();
    for task in &tasks {
        let pick = follow::pick(client, &args.job, task, &follow_opts)?;
        // Each page is printed as it arrives, so memory stays flat however many
        // instances the task has; only json/yaml/--query keep the answers.
        let mut answers = Vec::new();
        follow::fetch(client, &args.job, task, &pick, |total, answer| {
            if whole {
                answers.push(answer);
                Ok(())
            } else {
                printer.page(task, total, &answer)
            }
        })?;
        if whole {
            doc_tasks.push(json!({ "TaskName": task, "Answers": answers }));
        }
    }
    if whole {
        let doc = json!({ "JobId": args.job, "Tasks": doc_tasks });
        let mut out = io::stdout().lock();
        super::write_document(&doc, &opts, &mut out)?;
    }
    Ok(())
}

/// What `now` adds to `before`, and whether text may have been missed between them (the
/// tail moved further than it holds).
pub fn new_text<'a>(before: &str, now: &'a str) -> (&'a str, bool) {
    if before.is_empty() {
        return (now, false);
    }
    if let Some(rest) = now.strip_prefix(before) {
        return (rest, false);
    }
    // The window slid: the longest end of `before` that starts `now`.
    let mut start = 0;
    while start < before.len() {
        if before.is_char_boundary(start) && now.starts_with(&before[start..]) {
            return (&now[before.len() - start..], false);
        }
        start += 1;
    }
    (now, true)
}

/// The text with `prefix` before every line; a last line without newline gets one.
pub fn prefixed(text: &str, prefix: Option<String>) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for line in text.split_inclusive('\n') {
        if let Some(p) = &prefix {
            out.push_str(p);
        }
        out.push_str(line);
    }
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// The text of a `data:` URL (base64 or plain); anything else is taken as text.
pub fn decode(url: &str) -> String {
    let Some(rest) = url.strip_prefix("data:") else {
        return url.to_string();
    };
    let Some((meta, data)) = rest.split_once(',') else {
        return String::new();
    };
    if meta.ends_with(";base64") {
        match base64::engine::general_purpose::STANDARD.decode(data.trim()) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(_) => String::new(),
        }
    } else {
        data.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_urls_decode_and_new_text_follows_a_sliding_tail() {
        assert_eq!(decode("data:text/plain;charset=utf-8;base64,aGkK"), "hi\n");
        assert_eq!(new_text("a\nb\n", "a\nb\nc\n"), ("c\n", false));
        assert_eq!(new_text("a\nb\n", "b\nc\n"), ("c\n", false));
        assert_eq!(new_text("a\n", "x\n"), ("x\n", true));
        assert_eq!(
            prefixed("a\nb", Some("[t/0] ".into())),
            "[t/0] a\n[t/0] b\n"
        );
    }
}
