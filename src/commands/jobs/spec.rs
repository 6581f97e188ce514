//! `batchctl jobs spec JOB`: DescribeJobSubmitInfo (and DescribeJob for the zone) as a
//! SubmitJob body that `jobs submit -f` accepts unchanged; yaml on a terminal, json when
//! piped, `-o` wins.

use batch_api::ActionId;
use std::io::{self, IsTerminal, Write};

use serde_json::{Map, Value, json};

use crate::cli::JobArg;
use crate::cli::config::Config;
use crate::output::Format;
use crate::transport::error::Error;

pub fn run(config: &Config, args: &JobArg) -> Result<(), Error> {
    let session = crate::commands::Session::open(config)?;
    let client = &session.client;
    let body = json!({ "JobId": args.id });
    if config.dry_run {
        return super::dry_run(client, ActionId::DescribeJobSubmitInfo, &body, true);
    }
    let info = super::call_value(client, ActionId::DescribeJobSubmitInfo, &body)?;
    let job = super::describe_job(client, &args.id)?;
    let doc = submit_body(&info, &super::text(&job, "Zone"));
    let default = if io::stdout().is_terminal() {
        Format::Yaml
    } else {
        Format::Json
    };
    let mut opts = super::options(config);
    opts.format = match config.output_or(default) {
        Format::Yaml => Format::Yaml,
        _ => Format::Json,
    };
    let mut out = io::stdout().lock();
    super::write_document(&doc, &opts, &mut out)?;
    out.flush()?;
    Ok(())
}

/// The SubmitJob body of a job as submitted: the members of `Job` the model has, nulls
/// dropped, and the zone as Placement.
pub fn submit_body(info: &Value, zone: &str) -> Value {
    let mut job = Map::new();
    if let (Some(model), Some(Value::Object(given))) = (batch_api::object("Job"), Some(info)) {
        for member in model.members {
            match given.get(member.name) {
                None | Some(Value::Null) => {}
                Some(Value::Array(a)) if a.is_empty() => {}
                Some(v) => {
                    job.insert(member.name.to_string(), strip_nulls(v));
                }
            }
        }
    }
    let mut body = Map::new();
    if !zone.is_empty() {
        body.insert("Placement".to_string(), json!({ "Zone": zone }));
    }
    body.insert("Job".to_string(), Value::Object(job));
    Value::Object(body)
}

/// The value without null members (the service returns nulls submit does not take).
fn strip_nulls(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), strip_nulls(v)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(strip_nulls).collect()),
        other => other.clone(),
    }
}
