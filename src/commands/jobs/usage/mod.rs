//! `batchctl jobs usage JOB`: what each task used of its machines and what it cost, in
//! the spirit of Slurm's `seff`.
//!
//! The reads, every one through the client (paced by its action's limit, retried as
//! reads are): DescribeJob (zone, tasks), DescribeJobSubmitInfo (each task's machine),
//! for a task on an environment DescribeComputeEnvCreateInfo and DescribeComputeEnv (its
//! type, charge type and attached nodes), DescribeCvmZoneInstanceConfigInfos once per
//! family and charge type (prices, and the smaller types a hint may name), DescribeTask
//! page after page (every instance's times, at most [`MAX_INSTANCES`] a task), then
//! DescribeJobMonitorData twice (CpuUsage, MemUsage) for a sample of each task's instances
//! that ran: at its 2 requests a second an instance takes a second, so [`DEFAULT_SAMPLE`]
//! evenly spread by default, at most [`MAX_SAMPLE`]. Only the count, sum and peak of each
//! series is kept, so memory stays flat however long the series.
//!
//! Cost is exact for every instance that ran (its run seconds × the list price / 3600);
//! CPU and memory are the sample's. What cannot be read (a job deleted while it is read,
//! an instance on an attached node, an empty series) becomes a note beside the numbers
//! that exist, never an error for the whole job.
//!
//! The files: `read` (the instances, their times and series), `machine` (the type and charge
//! of a task's machines, from its submitted environment), `catalogue` (the prices and offers
//! of a family), `stats` (a series' figures and the sizing hint), `report` (the document and
//! its csv and text forms).

mod catalogue;
mod machine;
mod read;
mod report;
mod stats;

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

use batch_api::ActionId;
use serde_json::{Value, json};

use crate::cli::UsageArgs;
use crate::cli::config::Config;
use crate::output::Format;
use crate::transport::error::{Error, printable};

use catalogue::Catalogue;
use machine::{EnvInfo, Machine};
use stats::Stats;

/// Instances per task whose series are read unless `--sample` or `--instances` says.
const DEFAULT_SAMPLE: u64 = 5;
/// The most instances per task whose series are read (two requests each, at 2/s).
const MAX_SAMPLE: u64 = 200;
/// The most instances per task whose times are read (DescribeTask, 1000 a page).
const MAX_INSTANCES: u64 = 10_000;

/// One instance.
#[derive(Debug)]
struct Instance {
    index: u64,
    state: String,
    cvm: Option<String>,
    running: Option<String>,
    ended: Option<String>,
    run_seconds: i64,
    sampled: bool,
    period: Option<i64>,
    series: [Stats; 2],
    note: Option<String>,
}

/// One task's figures.
struct Task {
    name: String,
    machine: Machine,
    instances: Vec<Instance>,
    total: u64,
    notes: Vec<String>,
}

pub fn run(config: &Config, args: &UsageArgs) -> Result<(), Error> {
    let session = crate::commands::Session::open(config)?;
    let client = &session.client;
    if config.dry_run {
        return super::dry_run_job(client, &args.job.id);
    }
    let opts = super::options(config);
    let job = super::describe_job(client, &args.job.id).map_err(|e| match e {
        // Told with the error, after it: a mistyped ID and a deleted job look alike.
        Error::Service {
            code,
            message,
            request_id,
            hint: None,
        } if code == "ResourceNotFound.Job" => Error::Service {
            code,
            message,
            request_id,
            hint: Some(
                "if the job was deleted, its usage is gone with it: the service keeps \
                 monitoring data only until a job is deleted"
                    .to_string(),
            ),
        },
        e => e,
    })?;
    let zone = super::text(&job, "Zone");
    let names: Vec<String> = if args.task.is_empty() {
        super::task_names(&job)
    } else {
        let mut seen = BTreeSet::new();
        args.task
            .iter()
            .filter(|t| seen.insert(t.to_string()))
            .cloned()
            .collect()
    };
    let submitted = super::call_value(
        client,
        ActionId::DescribeJobSubmitInfo,
        &json!({"JobId": args.job.id}),
    )?;
    let mut catalogue = Catalogue::default();
    let mut envs: BTreeMap<String, EnvInfo> = BTreeMap::new();
    let mut tasks = Vec::new();
    for name in &names {
        let mut notes = Vec::new();
        let (instances, total) = read::instances(client, &args.job.id, name, opts.now, &mut notes)?;
        let spec = submitted
            .get("Tasks")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .find(|t| t.get("TaskName").and_then(Value::as_str) == Some(name));
        let machine = machine::of(client, &zone, spec, &mut catalogue, &mut envs, &mut notes);
        tasks.push(Task {
            name: name.clone(),
            machine,
            instances,
            total,
            notes,
        });
    }
    let sample = args
        .sample
        .unwrap_or(if args.instances {
            MAX_SAMPLE
        } else {
            DEFAULT_SAMPLE
        })
        .min(MAX_SAMPLE);
    let mut job_notes = Vec::new();
    read::series(
        client,
        config.quiet,
        &args.job.id,
        &mut tasks,
        sample,
        &mut job_notes,
    )?;
    let doc = report::document(&job, &zone, &tasks, args.instances, &job_notes);
    for note in doc["Notes"].as_array().into_iter().flatten() {
        client.notes().note(note.as_str().unwrap_or(""));
    }
    for task in doc["Tasks"].as_array().into_iter().flatten() {
        for note in task["Notes"].as_array().into_iter().flatten() {
            client.notes().note(&format!(
                "{}: {}",
                printable(task["TaskName"].as_str().unwrap_or("")),
                note.as_str().unwrap_or("")
            ));
        }
    }
    let mut out = std::io::stdout().lock();
    if super::write_document(&doc, &opts, &mut out)? {
        return Ok(());
    }
    if matches!(opts.format, Format::Jsonl) {
        writeln!(out, "{doc}")?;
        return Ok(());
    }
    if matches!(opts.format, Format::Csv) {
        // Task names and types from the service: escaped on a terminal.
        use crate::output::terminal::{Mode, Screen};
        let mut out = Screen::new(out, opts.terminal.then_some(Mode::Text));
        return report::write_csv(&doc, opts.headers, &mut out);
    }
    report::write_text(&doc, &tasks, args.instances, &opts, &mut out)?;
    out.flush()?;
    Ok(())
}
