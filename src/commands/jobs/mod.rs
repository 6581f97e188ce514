//! The job lifecycle commands (`jobs view|submit|spec|tasks|logs|why|terminate|retry|
//! delete|terminate-instance`) and what they share: one validated call through the
//! client, the dry run of a first request, and printing a whole json document.

pub mod act;
pub mod describe;
pub mod follow;
pub mod graph;
pub mod instances;
pub mod logs;
pub mod logtext;
pub mod printer;
pub mod spec;
pub mod submit;
pub mod tasks;
pub mod timeline;
pub mod usage;
pub mod view;
pub mod wait;
pub mod watch;
pub mod why;

use batch_api::ActionId;
use batch_api::lists;
use std::io::Write;

use serde_json::Value;

use crate::cli::config::Config;
use crate::output::OutputOptions;
use crate::transport::client::{Client, Reply};
use crate::transport::error::Error;
use crate::transport::invoke::Invocation;

pub use crate::commands::document::options;
pub use crate::output::rows::{time, write_rows};

/// `--dry-run`: the signed request of `id` with `body` (checked first); `more` notes that
/// later requests depend on this one's answer.
pub fn dry_run(client: &Client, id: ActionId, body: &Value, more: bool) -> Result<(), Error> {
    let mut out = std::io::stdout().lock();
    Invocation::new(id, body.clone())?.write_dry_run(client, &mut out)?;
    if more {
        client
            .notes()
            .note("dry run: only the first request is shown; the next ones depend on its answer");
    }
    Ok(())
}

/// `--dry-run` of a command that starts by reading one job (DescribeJob) and goes on
/// from its answer.
pub fn dry_run_job(client: &Client, job_id: &str) -> Result<(), Error> {
    dry_run(
        client,
        ActionId::DescribeJob,
        &serde_json::json!({ "JobId": job_id }),
        true,
    )
}

/// Checks and sends `id` with `body`.
pub fn call(client: &Client, id: ActionId, body: &Value) -> Result<Reply, Error> {
    Invocation::new(id, body.clone())?.send(client)
}

/// [`call`], the answer parsed (key order and numbers kept).
pub fn call_value(client: &Client, id: ActionId, body: &Value) -> Result<Value, Error> {
    call(client, id, body)?.value()
}

/// Ends `csv` and writes the records it gathered to `out`, flushed: `-o csv` of a
/// command that builds its rows itself.
pub fn finish_csv(csv: csv::Writer<Vec<u8>>, out: &mut dyn Write) -> Result<(), Error> {
    let bytes = csv
        .into_inner()
        .map_err(|e| Error::Internal(format!("csv: {e}")))?;
    out.write_all(&bytes)?;
    out.flush()?;
    Ok(())
}

/// Prints `doc` as a whole document when the format or `--query` asks for one: true
/// when it did (json pretty, yaml, or the query's results).
pub fn write_document(
    doc: &Value,
    opts: &OutputOptions,
    out: &mut dyn Write,
) -> Result<bool, Error> {
    if !crate::commands::document::whole(opts) {
        return Ok(false);
    }
    crate::commands::document::document(doc, opts, out)?;
    Ok(true)
}

/// The text of a scalar member (`""` when absent or null).
pub fn text(v: &Value, member: &str) -> String {
    match v.get(member) {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// The duration between two of the service's UTC times, or to now when `end` is empty.
pub fn duration(start: &str, end: &str) -> String {
    let parse = |t: &str| chrono::DateTime::parse_from_rfc3339(t).ok();
    let Some(s) = parse(start) else {
        return String::new();
    };
    let e = parse(end).map_or_else(chrono::Utc::now, |e| e.with_timezone(&chrono::Utc));
    let secs = (e - s.with_timezone(&chrono::Utc)).num_seconds().max(0) as u64;
    crate::transport::duration::human(std::time::Duration::from_secs(secs))
}

/// The job's task names, from DescribeJob (exit 3 when the job is unknown).
pub fn task_names(job: &Value) -> Vec<String> {
    job.get(lists::TASK_SET)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|t| {
            t.get("TaskName")
                .and_then(Value::as_str)
                .map(str::to_string)
        })
        .collect()
}

/// DescribeJob of `job_id`, parsed.
pub fn describe_job(client: &Client, job_id: &str) -> Result<Value, Error> {
    call_value(
        client,
        ActionId::DescribeJob,
        &serde_json::json!({ "JobId": job_id }),
    )
}

/// Runs one of the lifecycle commands.
pub fn run(config: &Config, command: &crate::cli::JobsCommand) -> Result<(), Error> {
    use crate::cli::JobsCommand as J;
    match command {
        J::View(a) => view::run(config, a),
        J::Submit(a) => submit::run(config, a),
        J::Spec(a) => spec::run(config, a),
        J::Tasks(a) => tasks::run(config, a),
        J::Graph(a) => graph::run(config, a),
        J::Logs(a) => logs::run(config, a),
        J::Why(a) => why::run(config, a),
        J::Timeline(a) => timeline::run(config, a),
        J::Usage(a) => usage::run(config, a),
        J::Terminate(a) => act::terminate(config, a),
        J::Retry(a) => act::run(config, a, act::Verb::Retry),
        J::Delete(a) => act::run(config, a, act::Verb::Delete),
        J::TerminateInstance(a) => act::terminate_instance(config, a),
        J::Describe(_) | J::Wait(_) | J::Init => Err(Error::Internal(
            "describe and wait are dispatched by commands::run".to_string(),
        )),
    }
}
