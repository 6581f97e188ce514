//! `batchctl jobs submit -f FILE|-`: a job file → a validated SubmitJob body with a
//! ClientToken (given or fresh, the same on every attempt) → the new JobId on stdout;
//! with `--wait`, the `jobs wait` loop on the same session (json, yaml and jsonl print the
//! finished job as `jobs wait` does) and, when the job fails, the `jobs why` summary on
//! stderr.

use batch_api::ActionId;
use std::io::{self, Write};

use serde_json::{Value, json};

use crate::cli::config::Config;
use crate::cli::{SubmitArgs, WaitArgs};
use crate::commands::jobs::wait as jobs_wait;
use crate::commands::{Session, templates};
use crate::domain::defaults::{self, Key, Resolved, Source};
use crate::domain::jobfile::{self, Overrides};
use crate::transport::error::Error;

pub fn run(config: &Config, args: &SubmitArgs) -> Result<(), Error> {
    // --zone, else BATCHCTL_ZONE, else the profile's default (a file's own zone outranks
    // the last two).
    let zone = config.defaults.resolve(Key::Zone, args.zone.as_deref())?;
    let (flag_zone, default_zone) = match zone.source {
        Source::Flag(_) => (zone.value.clone(), None),
        _ => (None, zone.value.clone()),
    };
    let overrides = Overrides {
        zone: flag_zone,
        default_zone,
        name: args.name.clone(),
        set: args.set.clone(),
        client_token: args.client_token.clone(),
    };
    let (mut body, session) = match &args.file {
        Some(file) => {
            let body = jobfile::load(file, &mut io::stdin().lock(), &overrides)?;
            (body, Session::open(config)?)
        }
        None => {
            // `--template`: the template's task is the job's one task.
            let id = args.template.as_deref().unwrap_or_default();
            let session = Session::open(config)?;
            let task = templates::apply::task_from_template(&session.client, id)?;
            let name = args.name.clone().unwrap_or_else(|| id.to_string());
            let job = json!({ "Job": { "JobName": name, "Tasks": [task] } });
            let body = jobfile::build(&format!("template {id}"), &job.to_string(), &overrides)?;
            (body, session)
        }
    };
    if let Some(env) = &args.env {
        templates::apply::use_env(&mut body, env);
        let action = ActionId::SubmitJob.action();
        batch_api::validate::validate_input(action, &body)
            .map_err(|p| Error::usage(format!("with --env {env}: {p}")))?;
    }
    let client = &session.client;
    check_zone(config, client, &body, &zone)?;
    if args.estimate {
        return crate::commands::estimate::print(config, client, &body, args.hours);
    }
    if config.dry_run {
        return super::dry_run(client, ActionId::SubmitJob, &body, args.wait);
    }
    let answer = super::call_value(client, ActionId::SubmitJob, &body)?;
    let job_id = super::text(&answer, "JobId");
    if job_id.is_empty() {
        return Err(Error::Network(
            "the SubmitJob answer holds no JobId".to_string(),
        ));
    }
    let opts = super::options(config);
    // With `--wait`, a document format (json, yaml, jsonl, --query) gets the finished job,
    // as `jobs wait` prints it; the table keeps the bare ID for `JOB=$(…)`.
    let print_finished = args.wait
        && (crate::commands::document::whole(&opts) || opts.format == crate::output::Format::Jsonl);
    if !print_finished {
        print_submitted(config, &job_id, &answer)?;
    }
    if !args.wait {
        return Ok(());
    }
    let wait = WaitArgs {
        jobs: Vec::new(),
        job_ids: vec![job_id.clone()],
        interval: args.interval,
        max_wait: args.max_wait,
        columns: None,
        no_headers: false,
        fail_fast: false,
    };
    let waited = jobs_wait::wait_for(
        config,
        &session,
        &wait,
        std::slice::from_ref(&job_id),
        print_finished,
    );
    if let Err(Error::JobsFailed(_)) = &waited {
        match super::why::summary(client, &job_id, 10, 20) {
            Ok(text) => eprint!("{text}"),
            Err(e) => client.notes().warning(&format!(
                "cannot tell why the job failed: {}",
                e.first_line()
            )),
        }
    }
    waited
}

/// Prints a new job as `jobs submit` and `run --detach` do: the JobId alone, or
/// `{"JobId", "RequestId"}` for json, yaml, jsonl and `--query`.
pub(crate) fn print_submitted(config: &Config, job_id: &str, answer: &Value) -> Result<(), Error> {
    let doc = json!({ "JobId": job_id, "RequestId": answer.get("RequestId").cloned().unwrap_or(Value::Null) });
    let opts = super::options(config);
    let mut out = io::stdout().lock();
    if !super::write_document(&doc, &opts, &mut out)? {
        match opts.format {
            crate::output::Format::Jsonl => writeln!(out, "{doc}")?,
            _ => writeln!(out, "{job_id}")?,
        }
    }
    out.flush()?;
    Ok(())
}

/// A zone from `--zone`, `BATCHCTL_ZONE` or the profile's default must be one of the
/// region in effect: a usage error naming both, and where each came from, before anything
/// is sent. (A zone written in the job file is left for the service to judge.)
pub(crate) fn check_zone(
    config: &Config,
    client: &crate::transport::client::Client,
    body: &Value,
    zone: &Resolved,
) -> Result<(), Error> {
    let (Some(given), Some(region)) = (&zone.value, &client.settings().region) else {
        return Ok(());
    };
    let placed = body
        .get("Placement")
        .and_then(|p| p.get("Zone"))
        .and_then(Value::as_str);
    if placed != Some(given.as_str()) {
        return Ok(());
    }
    let region_from = match config.transport.region {
        Some(_) => crate::commands::config_defaults::region_origin(config),
        None => "the profile's tccli configure file".to_string(),
    };
    defaults::zone_in_region(given, &zone.source, region, &region_from)
}
