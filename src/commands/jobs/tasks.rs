//! `batchctl jobs tasks JOB`: DescribeTask for each named task (every task of the job
//! when none is named), paged up to 1000 instances per request. Rows stream as pages
//! arrive for jsonl and csv (flat memory); json is `{"JobId", "Tasks": [answer, …]}`
//! with each task's pages merged into one answer.

use batch_api::ActionId;
use batch_api::lists;

use crate::domain::pager::{self, Plan};
use crate::output::merge::Merged;
use crate::transport::invoke::Invocation;
use std::io::{self, BufWriter, Write};

use serde_json::{Value, json};

use crate::cli::TasksArgs;
use crate::cli::config::Config;
use crate::output::Format;
use crate::output::fit::Fit;
use crate::transport::client::Client;
use crate::transport::error::Error;

use super::{duration, text};

/// Instances per request: the most DescribeTask takes.
const PAGE: u64 = 1000;
/// Instances per task without `--limit` or `--all` (the service's own default page).
const DEFAULT_LIMIT: u64 = 100;

const CSV_COLUMNS: [&str; 10] = [
    "TaskName",
    "TaskInstanceIndex",
    "TaskInstanceState",
    "ExitCode",
    "StateReason",
    "ComputeNodeInstanceId",
    "CreateTime",
    "LaunchTime",
    "RunningTime",
    "EndTime",
];

pub fn run(config: &Config, args: &TasksArgs) -> Result<(), Error> {
    let session = crate::commands::Session::open(config)?;
    let client = &session.client;
    let limit = if args.all {
        None
    } else {
        Some(args.limit.unwrap_or(DEFAULT_LIMIT))
    };
    if config.dry_run {
        return match args.tasks.first() {
            Some(task) => {
                let body = request(&args.job.id, task, args.state.as_deref(), 0, page(limit, 0));
                super::dry_run(client, ActionId::DescribeTask, &body, args.tasks.len() > 1)
            }
            None => super::dry_run_job(client, &args.job.id),
        };
    }
    let tasks = if args.tasks.is_empty() {
        super::task_names(&super::describe_job(client, &args.job.id)?)
    } else {
        args.tasks.clone()
    };
    let opts = super::options(config);
    let whole = opts.query.is_some() || matches!(opts.format, Format::Json | Format::Yaml);
    // jsonl and csv lines are written here: escaped on a terminal as their renderers are
    // (tables escape their cells; whole documents are escaped by their writer).
    use crate::output::terminal::{Mode, Screen, stdout_is_terminal};
    let mode = match opts.format {
        Format::Jsonl if !whole => Some(Mode::Json),
        Format::Csv if !whole => Some(Mode::Text),
        _ => None,
    };
    let mut out = BufWriter::new(Screen::new(
        io::stdout().lock(),
        mode.filter(|_| stdout_is_terminal()),
    ));
    let mut answers = Vec::new();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let csv = opts.format == Format::Csv && !whole;
    if csv && opts.headers {
        out.write_all(&csv_line(&CSV_COLUMNS)?)?;
    }
    let mut short = Vec::new();
    for task in &tasks {
        let mut merged = Merged::new(lists::TASK_INSTANCE_SET);
        let total = pages(
            client,
            &args.job.id,
            task,
            args.state.as_deref(),
            limit,
            |answer| {
                let set = answer
                    .get(lists::TASK_INSTANCE_SET)
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default();
                if whole {
                    return merged.add(&answer.to_string(), None);
                }
                for instance in &set {
                    match opts.format {
                        Format::Jsonl => writeln!(out, "{}", with_task(task, instance))?,
                        Format::Csv => {
                            let record: Vec<String> = CSV_COLUMNS
                                .iter()
                                .map(|c| {
                                    if *c == "TaskName" {
                                        task.clone()
                                    } else {
                                        text(instance, c)
                                    }
                                })
                                .collect();
                            out.write_all(&csv_line(&record)?)?;
                        }
                        _ => rows.push(row(task, instance, &opts)),
                    }
                }
                out.flush()?;
                Ok(())
            },
        )?;
        if !merged.is_empty() {
            answers.push(serde_json::from_str::<Value>(&merged.text()?).map_err(|e| {
                Error::Internal(format!("a merged answer cannot be read back: {e}"))
            })?);
        }
        if let Some((shown, total)) = total {
            short.push(format!("{task}: {shown} of {total}"));
        }
    }
    if whole {
        let doc = json!({ "JobId": args.job.id, "Tasks": answers });
        super::write_document(&doc, &opts, &mut out)?;
    } else if matches!(opts.format, Format::Table | Format::Wide) {
        let mut headers = vec![
            ("TASK", Fit::cut(9)),
            ("INDEX", Fit::ESSENTIAL),
            ("STATE", Fit::ESSENTIAL),
            ("EXIT", Fit::whole(8)),
            ("REASON", Fit::cut(6)),
            ("NODE", Fit::whole(3)),
            ("CREATED (TIME)", Fit::whole(5)),
            ("DURATION", Fit::whole(4)),
        ];
        if opts.format == Format::Wide {
            headers.extend([
                ("LAUNCHED (TIME)", Fit::whole(5)),
                ("RUNNING (TIME)", Fit::whole(5)),
                ("ENDED (TIME)", Fit::whole(5)),
            ]);
        }
        super::write_rows(&headers, &rows, &opts, &mut out)?;
    }
    out.flush()?;
    if !short.is_empty() {
        client.notes().note(&format!(
            "printed {} instances; use --all for every one, or --limit N",
            short.join(", ")
        ));
    }
    Ok(())
}

/// One RFC 4180 record, with its line end.
fn csv_line<T: AsRef<[u8]>>(record: &[T]) -> Result<Vec<u8>, Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(record).map_err(io::Error::from)?;
    w.into_inner()
        .map_err(|e| Error::Internal(format!("csv: {e}")))
}

/// A jsonl line: the instance with its task's name first, so lines of different tasks
/// can be told apart.
fn with_task(task: &str, instance: &Value) -> Value {
    let mut line = serde_json::Map::new();
    line.insert("TaskName".to_string(), Value::String(task.to_string()));
    if let Some(members) = instance.as_object() {
        for (k, v) in members {
            if k != "TaskName" {
                line.insert(k.clone(), v.clone());
            }
        }
    }
    Value::Object(line)
}

/// How long the instance itself ran: from its RunningTime (else its LaunchTime) to its
/// EndTime, or to now while it runs; empty before it was launched.
fn run_time(i: &Value) -> String {
    let start = [text(i, "RunningTime"), text(i, "LaunchTime")]
        .into_iter()
        .find(|t| crate::output::rows::parse_time(t).is_some())
        .unwrap_or_default();
    duration(&start, &text(i, "EndTime"))
}

fn row(task: &str, i: &Value, opts: &crate::output::OutputOptions) -> Vec<String> {
    let mut row = vec![
        task.to_string(),
        text(i, "TaskInstanceIndex"),
        text(i, "TaskInstanceState"),
        text(i, "ExitCode"),
        text(i, "StateReason"),
        text(i, "ComputeNodeInstanceId"),
        super::time(&text(i, "CreateTime"), opts),
        run_time(i),
    ];
    if opts.format == Format::Wide {
        for member in ["LaunchTime", "RunningTime", "EndTime"] {
            row.push(super::time(&text(i, member), opts));
        }
    }
    row
}

fn page(limit: Option<u64>, done: u64) -> u64 {
    limit.map_or(PAGE, |l| (l - done).min(PAGE))
}

/// The DescribeTask body of one page.
pub fn request(job: &str, task: &str, state: Option<&str>, offset: u64, limit: u64) -> Value {
    let mut body = json!({ "JobId": job, "TaskName": task, "Offset": offset, "Limit": limit });
    if let Some(state) = state {
        body["Filters"] = json!([{ "Name": "task-instance-state", "Values": [state] }]);
    }
    body
}

/// Calls DescribeTask page after page through the one pager (up to `limit` instances),
/// handing each answer (only instances not seen before) to `each`; `Some((shown, total))`
/// when the limit left instances out. Paging that stopped early is told as a note.
pub fn pages(
    client: &Client,
    job: &str,
    task: &str,
    state: Option<&str>,
    limit: Option<u64>,
    mut each: impl FnMut(&Value) -> Result<(), Error>,
) -> Result<Option<(u64, u64)>, Error> {
    let first = Invocation::new(
        ActionId::DescribeTask,
        request(job, task, state, 0, page(limit, 0)),
    )?;
    let plan = Plan {
        offset: 0,
        limit,
        page_size: PAGE,
    };
    let outcome = pager::answers(client, &first, &plan, |_, answer| each(&answer))?;
    if let Some(why) = &outcome.stopped_early {
        client.notes().note(&format!(
            "stopped paging {}'s instances: {why}; printed {} instances",
            crate::transport::error::printable(task),
            outcome.passed
        ));
    }
    let left_out = limit.is_some_and(|l| outcome.passed >= l) && outcome.passed < outcome.total;
    Ok(left_out.then_some((outcome.passed, outcome.total)))
}
