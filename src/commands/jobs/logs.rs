//! `batchctl jobs logs JOB`: DescribeTaskLogs (at most 10 instances per request), each
//! log's `data:` URL decoded to text; stdout logs to stdout and stderr logs to stderr,
//! `[TASK/INDEX] ` before each line when several instances are shown; a note naming the
//! redirect path when the service cut the log to its last 2048 bytes; `-f`/`--follow`
//! hands over to the shared follower ([`super::follow`]), then says the job's final state
//! on stderr (unless `-q`) and exits 7 when it failed.

use batch_api::ActionId;

use std::collections::HashMap;
use std::io::{self, Write};

use super::follow::{self, Follow};
use super::printer::Printer;

use serde_json::json;

use crate::cli::LogsArgs;
use crate::cli::config::Config;
use crate::output::Format;
use crate::transport::error::Error;

use super::follow::PAGE;

pub fn run(config: &Config, args: &LogsArgs) -> Result<(), Error> {
    let opts = super::options(config);
    let whole = opts.query.is_some() || matches!(opts.format, Format::Json | Format::Yaml);
    if args.follow && whole {
        // One document cannot be printed while the job runs; say so rather than print a
        // snapshot and exit 0 for a job that may yet fail.
        return Err(Error::usage(
            "--follow prints logs as they arrive: use it with -o table or -o jsonl, not \
             with -o json, -o yaml or --query (drop --follow for one document)"
                .to_string(),
        ));
    }
    let session = crate::commands::Session::open(config)?;
    let client = &session.client;
    if config.dry_run {
        let body = match (&args.task, args.instances.is_empty(), args.failed) {
            (Some(task), false, _) => json!({"JobId": args.job.id, "TaskName": task,
                "TaskInstanceIndexes": args.instances.iter().take(PAGE).collect::<Vec<_>>()}),
            (Some(task), true, false) => {
                json!({"JobId": args.job.id, "TaskName": task, "Offset": 0, "Limit": PAGE})
            }
            _ => json!({"JobId": args.job.id}),
        };
        let name = if body.get("TaskName").is_some() {
            ActionId::DescribeTaskLogs
        } else {
            ActionId::DescribeJob
        };
        return super::dry_run(client, name, &body, true);
    }
    let follow_opts = Follow {
        tasks: args.task.iter().cloned().collect(),
        instances: args.instances.clone(),
        failed: args.failed,
        stdout: !args.stderr,
        stderr: !args.stdout,
        prefix: None,
        index_only: false,
        jsonl: opts.format == Format::Jsonl && !whole,
        interval: crate::commands::jobs::wait::poll_interval(config, args.interval),
    };
    if args.follow && !whole {
        let ended = follow::follow(client, &args.job.id, &follow_opts)?;
        if !config.quiet {
            let mut err = io::stderr().lock();
            writeln!(err, "{}", ended.summary(&args.job.id))?;
        }
        return if ended.failed() {
            Err(Error::QuietExit(7))
        } else {
            Ok(())
        };
    }
    let job = super::describe_job(client, &args.job.id)?;
    let tasks = match &args.task {
        Some(t) => vec![t.clone()],
        None => super::task_names(&job),
    };
    let mut printer = Printer {
        stdout: follow_opts.stdout,
        stderr: follow_opts.stderr,
        prefix: tasks.len() > 1 || args.instances.len() > 1,
        auto_prefix: true,
        index_only: false,
        jsonl: follow_opts.jsonl,
        notes: client.notes(),
        follow: false,
        last: true,
        seen: HashMap::new(),
        noted: HashMap::new(),
    };
    let mut doc_tasks = Vec::new();
    for task in &tasks {
        let pick = follow::pick(client, &args.job.id, task, &follow_opts)?;
        // Each page is printed as it arrives, so memory stays flat however many
        // instances the task has; only json/yaml/--query keep the answers.
        let mut answers = Vec::new();
        follow::fetch(client, &args.job.id, task, &pick, |total, answer| {
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
        let doc = json!({ "JobId": args.job.id, "Tasks": doc_tasks });
        let mut out = io::stdout().lock();
        super::write_document(&doc, &opts, &mut out)?;
    }
    Ok(())
}
