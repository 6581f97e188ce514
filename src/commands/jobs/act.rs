//! `batchctl jobs terminate|retry|delete` and `jobs terminate-instance`. Jobs come by ID
//! (positional, `--job-id`, `-`) or by the selectors of `jobs describe` (acted on only
//! with `--yes`). Their states are read first (DescribeJobs), so the service's rules
//! (batch-api.md) refuse a job before anything is sent for it; then one request per job
//! (RetryJobs: up to 100 IDs per request) and one result per job: `job-… terminated`, or
//! `{"JobId", "Result": "ok" | error code, "Message"}` in json and jsonl.
//! Exit: 0 all done, 3 a job not found, 4 one or more refused.

use batch_api::ActionId;
use std::io::{self, Write};

use serde_json::{Value, json};

use crate::cli::config::Config;
use crate::cli::{ActArgs, DescribeArgs, JobPaging, TerminateArgs, TerminateInstanceArgs};
use crate::commands::resources::wait::{self, Pace, Poll};
use crate::domain::describe;
use crate::domain::selection::Selection;
use crate::output::Format;
use crate::transport::client::Client;
use crate::transport::error::Error;
use crate::transport::invoke::Invocation;
use crate::transport::notes::Notes;

/// The three job actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    Terminate,
    Retry,
    Delete,
}

impl Verb {
    pub fn action(self) -> ActionId {
        match self {
            Verb::Terminate => ActionId::TerminateJob,
            Verb::Retry => ActionId::RetryJobs,
            Verb::Delete => ActionId::DeleteJob,
        }
    }

    pub fn done(self) -> &'static str {
        match self {
            Verb::Terminate => "terminated",
            Verb::Retry => "retried",
            Verb::Delete => "deleted",
        }
    }

    pub fn word(self) -> &'static str {
        match self {
            Verb::Terminate => "terminate",
            Verb::Retry => "retry",
            Verb::Delete => "delete",
        }
    }

    /// The service's refusal for a job in `state`, if its rules refuse it.
    pub fn refusal(self, state: &str) -> Option<(&'static str, String)> {
        match (self, state) {
            (Verb::Terminate, "SUBMITTED") => Some((
                "UnsupportedOperation",
                "a SUBMITTED job cannot be terminated yet; wait until it is PENDING".to_string(),
            )),
            (Verb::Retry, s) if s != "FAILED" && s != "FAILED_INTERRUPTED" => Some((
                "UnsupportedOperation",
                format!(
                    "only FAILED (or FAILED_INTERRUPTED, to resume) jobs can be retried; this one is {s}"
                ),
            )),
            (Verb::Delete, s) if !matches!(s, "SUCCEED" | "FAILED" | "FAILED_INTERRUPTED") => {
                Some((
                    "ResourceInUse.Job",
                    format!(
                        "only finished jobs (SUCCEED, FAILED or FAILED_INTERRUPTED) can be deleted; this one is {s}"
                    ),
                ))
            }
            _ => None,
        }
    }
}

/// One job's outcome.
struct Outcome {
    job: String,
    result: String,
    message: String,
    /// The service's RequestId of a refusal it sent (empty when refused before sending).
    request_id: String,
    /// A failure that is not the service's answer (network, unknown outcome): its exit
    /// code wins over 4.
    failure: Option<i32>,
}

pub fn run(config: &Config, args: &ActArgs, verb: Verb) -> Result<(), Error> {
    act(config, args, verb, None)
}

/// `jobs terminate`, with `--wait`: then polls (paced) until every job terminated ends.
pub fn terminate(config: &Config, args: &TerminateArgs) -> Result<(), Error> {
    let pace = args.wait.wait.then(|| Pace::of(config, &args.wait));
    act(config, &args.act, Verb::Terminate, pace)
}

fn act(config: &Config, args: &ActArgs, verb: Verb, wait: Option<Pace>) -> Result<(), Error> {
    let ids_given = !args.select.jobs.is_empty() || !args.select.job_ids.is_empty();
    let selectors = args.select.has_filters();
    if !ids_given && !selectors {
        return Err(Error::usage(format!(
            "name the jobs to {}: job IDs, `-` for stdin, or selectors such as --state (see --help)",
            verb.word()
        )));
    }
    let describe = describe_args(args);
    let selection =
        Selection::from_asked(&super::describe::asked(&describe), &mut io::stdin().lock())?;
    let session = crate::commands::Session::open(config)?;
    let client = &session.client;
    if config.dry_run {
        return dry_run(client, &selection, verb);
    }
    // The jobs and their states.
    let mut jobs: Vec<(String, String)> = Vec::new();
    let fetched = describe::fetch(
        &selection,
        |req| Invocation::describe_jobs(req)?.jobs_page(client),
        |page| {
            for job in page {
                let state = super::text(&job.value(), "JobState");
                jobs.push((job.id().to_string(), state));
            }
            Ok(())
        },
    );
    if let Some(e) = fetched.error {
        return Err(e);
    }
    let opts = super::options(config);
    if selectors && !args.yes {
        let mut out = io::stdout().lock();
        for (id, state) in &jobs {
            let state = crate::transport::error::printable(state);
            writeln!(out, "{id}  {state}")?;
        }
        out.flush()?;
        return Err(Error::usage(match jobs.len() {
            0 => "no job matches the selectors".to_string(),
            n => format!("{n} job(s) match; add --yes to {} them", verb.word()),
        }));
    }
    let mut results: Vec<Outcome> = fetched
        .missing
        .iter()
        .map(|id| Outcome {
            job: id.clone(),
            result: "ResourceNotFound.Job".to_string(),
            message: "no such job".to_string(),
            request_id: String::new(),
            failure: None,
        })
        .collect();
    let mut eligible = Vec::new();
    for (id, state) in &jobs {
        match verb.refusal(state) {
            Some((code, message)) => results.push(Outcome {
                job: id.clone(),
                result: code.to_string(),
                message,
                request_id: String::new(),
                failure: None,
            }),
            None => eligible.push(id.clone()),
        }
    }
    if verb == Verb::Retry {
        for chunk in eligible.chunks(100) {
            let outcome = super::call(client, ActionId::RetryJobs, &json!({ "JobIds": chunk }));
            for id in chunk {
                results.push(outcome_of(id, &outcome));
            }
        }
    } else {
        for id in &eligible {
            let outcome = send_one(client, verb, id);
            results.push(outcome_of(id, &outcome));
        }
    }
    // In the order the jobs were named or listed.
    let order: Vec<&str> = fetched
        .missing
        .iter()
        .map(String::as_str)
        .chain(jobs.iter().map(|(id, _)| id.as_str()))
        .collect();
    results.sort_by_key(|r| order.iter().position(|o| *o == r.job));
    report(&results, verb, &opts, client.notes())?;
    if let Some(pace) = wait {
        let done: Vec<String> = results
            .iter()
            .filter(|r| r.result == "ok")
            .map(|r| r.job.clone())
            .collect();
        wait_ended(client, pace, &done)?;
    }
    Ok(())
}

/// The request of `verb` for one job (RetryJobs with its one ID), checked and sent.
pub fn send_one(
    client: &Client,
    verb: Verb,
    id: &str,
) -> Result<crate::transport::client::Reply, Error> {
    let body = match verb {
        Verb::Retry => json!({ "JobIds": [id] }),
        Verb::Terminate | Verb::Delete => json!({ "JobId": id }),
    };
    super::call(client, verb.action(), &body)
}

/// `terminate --wait`: polls DescribeJobs (100 IDs a request) until every job has ended;
/// each end is told on stderr.
fn wait_ended(client: &Client, pace: Pace, ids: &[String]) -> Result<(), Error> {
    let mut states: Vec<(String, String)> =
        ids.iter().map(|id| (id.clone(), String::new())).collect();
    let what = format!("{} job(s) to end", ids.len());
    wait::until(client, pace, &what, || {
        let open: Vec<String> = states
            .iter()
            .filter(|(_, s)| !crate::transport::envelope::is_terminal_state(s))
            .map(|(id, _)| id.clone())
            .collect();
        for chunk in open.chunks(100) {
            let request = crate::transport::envelope::DescribeJobsRequest {
                job_ids: Some(chunk.to_vec()),
                limit: Some(chunk.len() as u64),
                ..Default::default()
            };
            let page = Invocation::describe_jobs(&request)?.jobs_page(client)?;
            for job in &page.jobs {
                let state = super::text(&job.value(), "JobState");
                if let Some(entry) = states.iter_mut().find(|(id, _)| id == job.id()) {
                    if crate::transport::envelope::is_terminal_state(&state) {
                        client.notes().status(&format!(
                            "{}: ended {}",
                            entry.0,
                            crate::transport::error::printable(&state)
                        ));
                    }
                    entry.1 = state;
                }
            }
        }
        let left: Vec<String> = states
            .iter()
            .filter(|(_, s)| !crate::transport::envelope::is_terminal_state(s))
            .map(|(id, s)| format!("{id} {}", crate::transport::error::printable(s)))
            .collect();
        Ok(if left.is_empty() {
            Poll::Done(())
        } else {
            Poll::Pending(format!("waiting for {} to end", left.join(", ")))
        })
    })
}

fn outcome_of(id: &str, outcome: &Result<crate::transport::client::Reply, Error>) -> Outcome {
    match outcome {
        Ok(_) => Outcome {
            job: id.to_string(),
            result: "ok".to_string(),
            message: String::new(),
            request_id: String::new(),
            failure: None,
        },
        Err(Error::Service {
            code,
            message,
            request_id,
            ..
        }) => Outcome {
            job: id.to_string(),
            result: code.clone(),
            message: message.clone(),
            request_id: request_id.clone(),
            failure: None,
        },
        Err(other) => Outcome {
            job: id.to_string(),
            result: "Error".to_string(),
            message: other.first_line(),
            request_id: String::new(),
            failure: Some(other.exit_code()),
        },
    }
}

fn report(
    results: &[Outcome],
    verb: Verb,
    opts: &crate::output::OutputOptions,
    notes: &dyn Notes,
) -> Result<(), Error> {
    let docs: Vec<Value> = results
        .iter()
        .map(|r| json!({ "JobId": r.job, "Result": r.result, "Message": r.message }))
        .collect();
    // The first failure that is not the service's refusal ends the command as its error:
    // it is not also told as a note, so it is printed once.
    let missing: Vec<String> = results
        .iter()
        .filter(|r| crate::transport::error::is_not_found_code(&r.result))
        .map(|r| r.job.clone())
        .collect();
    let ending = results
        .iter()
        .position(|r| r.failure.is_some())
        .filter(|_| missing.is_empty());
    // jsonl lines carry the service's messages: escaped on a terminal, as any jsonl.
    let jsonl = opts.format == Format::Jsonl && opts.terminal;
    let mut out = crate::output::terminal::Screen::new(
        io::stdout().lock(),
        jsonl.then_some(crate::output::terminal::Mode::Json),
    );
    if !super::write_document(&Value::Array(docs.clone()), opts, &mut out)? {
        for (i, (r, doc)) in results.iter().zip(&docs).enumerate() {
            if opts.format == Format::Jsonl {
                writeln!(out, "{doc}")?;
            } else if r.result == "ok" {
                writeln!(out, "{} {}", r.job, verb.done())?;
            } else if ending != Some(i) {
                notes.error(&format!(
                    "{}: not {}: {}: {}",
                    r.job,
                    verb.done(),
                    r.result,
                    r.message
                ));
            }
        }
        out.flush()?;
    }
    if !missing.is_empty() {
        return Err(Error::NotFound(missing));
    }
    let refused: Vec<&Outcome> = results.iter().filter(|r| r.result != "ok").collect();
    if let Some(failed) = refused.iter().find(|r| r.failure.is_some()) {
        // Not a refusal: the network or an unknown outcome (exit 5), as the client says.
        return Err(Error::OutcomeUnknown(format!(
            "{}: {}",
            failed.job, failed.message
        )));
    }
    if let Some(first) = refused.first() {
        return Err(Error::Service {
            code: first.result.clone(),
            message: format!(
                "{} of {} job(s) not {}: {}",
                refused.len(),
                results.len(),
                verb.done(),
                refused
                    .iter()
                    .map(|r| r.job.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            request_id: refused
                .iter()
                .map(|r| r.request_id.as_str())
                .find(|r| !r.is_empty())
                .unwrap_or("none, refused before sending")
                .to_string(),
            hint: None,
        });
    }
    Ok(())
}

fn dry_run(client: &Client, selection: &Selection, verb: Verb) -> Result<(), Error> {
    match selection {
        Selection::Ids { ids, .. } => {
            let bodies: Vec<Value> = if verb == Verb::Retry {
                ids.chunks(100).map(|c| json!({ "JobIds": c })).collect()
            } else {
                ids.iter().map(|id| json!({ "JobId": id })).collect()
            };
            for (i, body) in bodies.iter().enumerate() {
                if i > 0 {
                    println!();
                }
                super::dry_run(client, verb.action(), body, false)?;
            }
            Ok(())
        }
        Selection::Query { .. } => {
            let mut out = io::stdout().lock();
            if let Some(req) = describe::planned_requests(selection).first() {
                Invocation::describe_jobs(req)?.write_dry_run(client, &mut out)?;
            }
            client.notes().note(&format!(
                "dry run: only the request listing the matching jobs is shown; the {} requests depend on its answer",
                verb.action().name()
            ));
            Ok(())
        }
    }
}

/// The `jobs describe` selection these arguments make: every matching job.
fn describe_args(a: &ActArgs) -> DescribeArgs {
    let mut select = a.select.clone();
    select.merge_ids();
    DescribeArgs {
        select,
        paging: JobPaging {
            all: true,
            ..JobPaging::default()
        },
        columns: None,
        no_headers: false,
        watch: false,
        interval: std::time::Duration::from_secs(5),
    }
}

/// `jobs terminate-instance JOB TASK INDEX`.
pub fn terminate_instance(config: &Config, args: &TerminateInstanceArgs) -> Result<(), Error> {
    let session = crate::commands::Session::open(config)?;
    let client = &session.client;
    let body =
        json!({ "JobId": args.job.id, "TaskName": args.task, "TaskInstanceIndex": args.index });
    if config.dry_run {
        return super::dry_run(client, ActionId::TerminateTaskInstance, &body, false);
    }
    let reply = super::call(client, ActionId::TerminateTaskInstance, &body)?;
    let doc = json!({
        "JobId": args.job.id, "TaskName": args.task, "TaskInstanceIndex": args.index,
        "Result": "ok", "RequestId": reply.request_id,
    });
    let opts = super::options(config);
    let mut out = io::stdout().lock();
    if !super::write_document(&doc, &opts, &mut out)? {
        match opts.format {
            Format::Jsonl => writeln!(out, "{doc}")?,
            _ => writeln!(
                out,
                "{}/{}/{} terminated",
                args.job.id, args.task, args.index
            )?,
        }
        out.flush()?;
    }
    Ok(())
}
