//! `batchctl jobs graph JOB [--dot]`: DescribeJob for the tasks and dependences, then one
//! DescribeTask per task (one instance asked for: the answer's counts are what is used),
//! paced by the client within DescribeTask's rate limit. Mermaid by default, DOT with
//! `--dot`; json/yaml/`--query` the document `{"JobId", "Tasks", "Dependences"}`.

use batch_api::ActionId;
use batch_api::lists;
use std::io::{self, BufWriter, Write};

use serde_json::{Map, Value, json};

use crate::cli::GraphArgs;
use crate::cli::config::Config;
use crate::output::Format;
use crate::output::document::ListRenderer;
use crate::output::graph;
use crate::transport::client::Client;
use crate::transport::error::Error;

pub fn run(config: &Config, args: &GraphArgs) -> Result<(), Error> {
    let session = crate::commands::Session::open(config)?;
    let client = &session.client;
    if config.dry_run {
        return super::dry_run_job(client, &args.job.id);
    }
    let job = super::describe_job(client, &args.job.id)?;
    let doc = document(client, &args.job.id, &job)?;
    let opts = super::options(config);
    let mut out = BufWriter::new(io::stdout().lock());
    if super::write_document(&doc, &opts, &mut out)? {
        return Ok(());
    }
    if matches!(opts.format, Format::Jsonl | Format::Csv) {
        let mut rows = ListRenderer::new(opts.format, "Tasks", &opts);
        rows.page(&doc, &mut out)?;
        rows.finish(&mut out)?;
        out.flush()?;
        return Ok(());
    }
    let text = if args.dot {
        graph::dot(&doc)
    } else {
        graph::mermaid(&doc)
    };
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}

/// The graph's document: each task of `job` with its state and instance counts (from
/// DescribeTask), and the job's dependences as given.
pub fn document(client: &Client, job_id: &str, job: &Value) -> Result<Value, Error> {
    let mut tasks = Vec::new();
    for t in job
        .get(lists::TASK_SET)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let name = super::text(t, "TaskName");
        let answer = super::call_value(
            client,
            ActionId::DescribeTask,
            &super::tasks::request(job_id, &name, None, 0, 1),
        )?;
        tasks.push(json!({
            "TaskName": name,
            "TaskState": t.get("TaskState").cloned().unwrap_or(Value::Null),
            "Instances": instances(&answer),
        }));
    }
    let dependences: Vec<Value> = job
        .get("DependenceSet")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|d| json!({"StartTask": super::text(d, "StartTask"), "EndTask": super::text(d, "EndTask")}))
        .collect();
    Ok(json!({
        "JobId": job.get("JobId").cloned().unwrap_or_else(|| json!(job_id)),
        "Tasks": tasks,
        "Dependences": dependences,
    }))
}

/// `{"TotalCount", <state>Count…}`: the total and the TaskInstanceMetrics of a
/// DescribeTask answer; without the metrics, the counts of the instances it listed.
fn instances(answer: &Value) -> Value {
    let mut m = Map::new();
    if let Some(total) = answer.get("TaskInstanceTotalCount") {
        m.insert("TotalCount".to_string(), total.clone());
    }
    match answer.get("TaskInstanceMetrics").and_then(Value::as_object) {
        Some(metrics) => {
            for (k, v) in metrics {
                m.insert(k.clone(), v.clone());
            }
        }
        None => {
            // Only the listed page is known: its states, counted.
            for i in answer
                .get("TaskInstanceSet")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let state = super::text(i, "TaskInstanceState");
                let key = format!("{}Count", camel(&state));
                let n = m.get(&key).and_then(Value::as_u64).unwrap_or(0) + 1;
                m.insert(key, json!(n));
            }
        }
    }
    Value::Object(m)
}

/// FAILED_INTERRUPTED → FailedInterrupted.
fn camel(state: &str) -> String {
    state
        .split('_')
        .map(|w| {
            let lower = w.to_ascii_lowercase();
            let mut c = lower.chars();
            match c.next() {
                Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
                None => String::new(),
            }
        })
        .collect()
}
