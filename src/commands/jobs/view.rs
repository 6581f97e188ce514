//! `batchctl jobs view JOB`: DescribeJob as a job summary, a row per task and the
//! dependences (table); the answer as received (json, yaml); the tasks as rows (jsonl, csv).

use batch_api::ActionId;
use batch_api::lists;
use std::io::{self, BufWriter, Write};

use serde_json::{Value, json};

use crate::cli::JobArg;
use crate::cli::config::Config;
use crate::output::Format;
use crate::output::document::ListRenderer;
use crate::output::fit::Fit;
use crate::transport::error::Error;

use super::{duration, text};

pub fn run(config: &Config, args: &JobArg) -> Result<(), Error> {
    let session = crate::commands::Session::open(config)?;
    let client = &session.client;
    let body = json!({ "JobId": args.id });
    if config.dry_run {
        return super::dry_run(client, ActionId::DescribeJob, &body, false);
    }
    let reply = super::call(client, ActionId::DescribeJob, &body)?;
    let job = reply.value()?;
    let opts = super::options(config);
    let mut out = BufWriter::new(io::stdout().lock());
    if opts.query.is_none() && opts.format == Format::Json {
        crate::output::jsontext::write_pretty(&mut out, reply.text.get(), 0)?;
        writeln!(out)?;
        out.flush()?;
        return Ok(());
    }
    if super::write_document(&job, &opts, &mut out)? {
        return Ok(());
    }
    if matches!(opts.format, Format::Jsonl | Format::Csv) {
        let mut rows = ListRenderer::new(opts.format, lists::TASK_SET, &opts);
        rows.page(&job, &mut out)?;
        rows.finish(&mut out)?;
        out.flush()?;
        return Ok(());
    }
    write_table(&job, &opts, &mut out)
}

/// The people's view: the job, its tasks, its dependences.
pub fn write_table(
    job: &Value,
    opts: &crate::output::OutputOptions,
    out: &mut dyn Write,
) -> Result<(), Error> {
    let tags: Vec<String> = job
        .get("Tags")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|t| format!("{}={}", text(t, "Key"), text(t, "Value")))
        .collect();
    let fields = [
        ("Job", text(job, "JobId")),
        ("Name", text(job, "JobName")),
        ("State", text(job, "JobState")),
        ("Reason", text(job, "StateReason")),
        ("Zone", text(job, "Zone")),
        ("Priority", text(job, "Priority")),
        ("Created", stamp(&text(job, "CreateTime"), opts)),
        ("Ended", stamp(&text(job, "EndTime"), opts)),
        (
            "Duration",
            duration(&text(job, "CreateTime"), &text(job, "EndTime")),
        ),
        ("Tags", tags.join(";")),
    ];
    for (name, value) in fields {
        let value = crate::transport::error::printable(&value);
        // On a terminal the free text (name, reason, tags) is cut to the line; IDs,
        // states and times never are.
        let value = match opts.width {
            Some(w) if matches!(name, "Name" | "Reason" | "Tags") => {
                crate::output::fit::cut(&value, w.saturating_sub(10).max(8))
            }
            _ => value.to_string(),
        };
        writeln!(out, "{:<9} {}", format!("{name}:"), value)?;
    }
    let counts = job.get("TaskInstanceMetrics");
    let rows: Vec<Vec<String>> = job
        .get(lists::TASK_SET)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|t| {
            vec![
                text(t, "TaskName"),
                text(t, "TaskState"),
                super::time(&text(t, "CreateTime"), opts),
                duration(&text(t, "CreateTime"), &text(t, "EndTime")),
            ]
        })
        .collect();
    if let Some(c) = counts {
        writeln!(
            out,
            "Instances: {} succeeded, {} running, {} failed",
            text(c, "SucceedCount"),
            text(c, "RunningCount"),
            text(c, "FailedCount")
        )?;
    }
    writeln!(out)?;
    super::write_rows(
        &[
            ("TASK", Fit::cut(9)),
            ("STATE", Fit::ESSENTIAL),
            ("CREATED (TIME)", Fit::whole(2)),
            ("DURATION", Fit::whole(1)),
        ],
        &rows,
        opts,
        out,
    )?;
    let deps: Vec<String> = job
        .get(lists::DEPENDENCE_SET)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|d| format!("{} -> {}", text(d, "StartTask"), text(d, "EndTask")))
        .collect();
    if !deps.is_empty() {
        writeln!(out, "\nDependences:")?;
        for d in deps {
            writeln!(out, "  {d}")?;
        }
    }
    out.flush()?;
    Ok(())
}

/// A lone time (no column header to hold the offset): local time with its offset.
fn stamp(t: &str, opts: &crate::output::OutputOptions) -> String {
    match crate::output::rows::parse_time(t) {
        Some(at) => {
            let offset = opts.zone.offset_at(at);
            format!(
                "{} {}",
                at.with_timezone(&offset).format("%Y-%m-%d %H:%M:%S"),
                crate::output::fit::offset_text(offset)
            )
        }
        None => t.to_string(),
    }
}
