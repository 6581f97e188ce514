//! `batchctl jobs timeline JOB`: when each instance waited and ran. DescribeJob for the
//! task names (unless `--task`), DescribeTask page after page of up to 1000 with only the
//! times decoded; the first [`CAP`] instances are drawn (terminal text, or `--svg FILE`),
//! the rest counted in a note. json/yaml/`--query`, jsonl and csv: every interval.

use std::io::Write;
use std::path::Path;

use batch_api::ActionId;
use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::cli::TimelineArgs;
use crate::cli::config::Config;
use crate::domain::pager::{self, Plan};
use crate::output::Format;
use crate::output::timeline::{self, Interval};
use crate::transport::client::Client;
use crate::transport::error::Error;
use crate::transport::invoke::Invocation;

/// Instances per DescribeTask request: the most it takes.
const PAGE: u64 = 1000;
/// Instances drawn; the rest are counted.
pub const CAP: usize = 200;
/// The members of each interval, in order (json, jsonl, csv).
const COLUMNS: [&str; 6] = ["Task", "Index", "State", "Created", "Running", "Ended"];
/// The width when stdout is not a terminal.
const PIPED_WIDTH: usize = 80;

/// One instance's times, the members a timeline needs.
#[derive(Debug, Deserialize)]
struct Times {
    #[serde(rename = "TaskInstanceIndex")]
    index: Option<u64>,
    #[serde(rename = "TaskInstanceState", default)]
    state: Option<String>,
    #[serde(rename = "CreateTime", default)]
    created: Option<String>,
    #[serde(rename = "LaunchTime", default)]
    launched: Option<String>,
    #[serde(rename = "RunningTime", default)]
    running: Option<String>,
    #[serde(rename = "EndTime", default)]
    ended: Option<String>,
}

/// A row with the service's texts kept for json.
struct Row {
    interval: Interval,
    texts: [Option<String>; 3],
}

fn parse(t: &Option<String>) -> Option<DateTime<Utc>> {
    let t = t.as_deref()?;
    DateTime::parse_from_rfc3339(t)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

pub fn run(config: &Config, args: &TimelineArgs) -> Result<(), Error> {
    let session = crate::commands::Session::open(config)?;
    let client = &session.client;
    if config.dry_run {
        return match &args.task {
            Some(task) => super::dry_run(
                client,
                ActionId::DescribeTask,
                &super::tasks::request(&args.job.id, task, None, 0, PAGE),
                false,
            ),
            None => super::dry_run_job(client, &args.job.id),
        };
    }
    // A file that cannot be written is told before anything is read.
    if let Some(file) = &args.svg
        && let Some(why) = unwritable(file)
    {
        return Err(svg_error(file, &why));
    }
    let tasks = match &args.task {
        Some(task) => vec![task.clone()],
        None => super::task_names(&super::describe_job(client, &args.job.id)?),
    };
    let mut rows = Vec::new();
    for task in &tasks {
        each(client, &args.job.id, task, |times| {
            let running = times.running.clone().or(times.launched.clone());
            rows.push(Row {
                interval: Interval {
                    task: task.clone(),
                    index: times.index.unwrap_or(0),
                    state: times.state.clone().unwrap_or_default(),
                    created: parse(&times.created),
                    running: parse(&running),
                    ended: parse(&times.ended),
                },
                texts: [times.created, running, times.ended],
            });
        })?;
    }
    let opts = super::options(config);
    // The pictures draw the first CAP instances; the data formats give every one.
    let intervals: Vec<Interval> = rows.iter().take(CAP).map(|r| r.interval.clone()).collect();
    let omitted = rows.len() - intervals.len();
    if let Some(file) = &args.svg {
        let doc = timeline::svg(&intervals, opts.zone, opts.now, omitted);
        write_atomically(file, doc.as_bytes()).map_err(|e| svg_error(file, &e))?;
    }
    let doc = Value::Array(
        rows.iter()
            .map(|r| {
                let [created, running, ended] = &r.texts;
                json!({
                    "Task": r.interval.task,
                    "Index": r.interval.index,
                    "State": r.interval.state,
                    "Created": created,
                    "Running": running,
                    "Ended": ended,
                })
            })
            .collect(),
    );
    let mut out = std::io::stdout().lock();
    if super::write_document(&doc, &opts, &mut out)? {
        return Ok(());
    }
    if args.svg.is_none() && matches!(opts.format, Format::Jsonl | Format::Csv) {
        // Data lines of the task names and times the service gave: escaped on a terminal.
        use crate::output::terminal::{Mode, Screen};
        let mode = if opts.format == Format::Csv {
            Mode::Text
        } else {
            Mode::Json
        };
        let mut out = Screen::new(out, opts.terminal.then_some(mode));
        let mut csv = csv::Writer::from_writer(Vec::new());
        if opts.format == Format::Csv && opts.headers {
            csv.write_record(COLUMNS).map_err(std::io::Error::from)?;
        }
        for line in doc.as_array().into_iter().flatten() {
            if opts.format == Format::Jsonl {
                writeln!(out, "{line}")?;
            } else {
                let record: Vec<String> = COLUMNS.iter().map(|c| super::text(line, c)).collect();
                csv.write_record(&record).map_err(std::io::Error::from)?;
            }
        }
        return super::finish_csv(csv, &mut out);
    }
    if args.svg.is_some() {
        if omitted > 0 {
            client.notes().note(&format!(
                "{omitted} more instances are not drawn (the first {CAP} are)"
            ));
        }
        return Ok(());
    }
    let style = timeline::Style {
        width: opts.width.unwrap_or(PIPED_WIDTH),
        color: opts.color,
        zone: opts.zone,
        now: opts.now,
    };
    out.write_all(timeline::text(&intervals, &style, omitted).as_bytes())?;
    out.flush()?;
    Ok(())
}

/// Hands each instance of `task` to `each`, every page through the one pager.
fn each(client: &Client, job: &str, task: &str, mut each: impl FnMut(Times)) -> Result<(), Error> {
    let first = Invocation::new(
        ActionId::DescribeTask,
        super::tasks::request(job, task, None, 0, PAGE),
    )?;
    let plan = Plan {
        offset: 0,
        limit: None,
        page_size: PAGE,
    };
    let outcome = pager::pages(client, &first, &plan, |page| {
        for item in &page.items {
            if let Ok(times) = serde_json::from_str::<Times>(item.get()) {
                each(times);
            }
        }
        Ok(())
    })?;
    match outcome.error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// `--svg FILE` that cannot be written: one usage error naming the file and why.
fn svg_error(file: &Path, why: &std::io::Error) -> Error {
    Error::usage(format!(
        "--svg {}: cannot write it: {why}",
        crate::transport::error::printable(&file.display().to_string())
    ))
}

/// Why `path` cannot be written, when that is plain before trying: its folder is
/// missing or not a folder, or the path is a folder.
fn unwritable(path: &Path) -> Option<std::io::Error> {
    if path.is_dir() {
        return Some(std::io::Error::other("it is a directory"));
    }
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty())?;
    match std::fs::metadata(parent) {
        Ok(m) if m.is_dir() => None,
        Ok(_) => Some(std::io::Error::other(format!(
            "{} is not a directory",
            parent.display()
        ))),
        Err(e) => Some(e),
    }
}

/// Writes `bytes` to `path` through a temporary file beside it and a rename.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let name = path
        .file_name()
        .ok_or_else(|| std::io::Error::other("the path names no file"))?
        .to_string_lossy()
        .into_owned();
    let tmp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let written = std::fs::write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}
