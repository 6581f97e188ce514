//! `batchctl jobs logs JOB`: DescribeTaskLogs (at most 10 instances per request), each
//! log's `data:` URL decoded to text; stdout logs to stdout and stderr logs to stderr,
//! `[TASK/INDEX] ` before each line when several instances are shown; a note naming the
//! redirect path when the service cut the log to its last 2048 bytes; `--follow` polls
//! while the job runs and prints only what is new.

use batch_api::ActionId;
use batch_api::lists;

use crate::domain::pager::{self, Plan};
use crate::transport::invoke::Invocation;
use crate::transport::notes::Notes;
use std::collections::HashMap;
use std::io::{self, Write};
use std::time::Instant;

use base64::Engine;
use serde_json::{Value, json};

use crate::cli::LogsArgs;
use crate::cli::config::Config;
use crate::output::Format;
use crate::transport::client::Client;
use crate::transport::error::Error;

use super::text;

/// Instances per DescribeTaskLogs request: the most it takes.
const PAGE: usize = 10;
/// The service keeps only this many bytes of each log.
pub const TAIL_BYTES: usize = 2048;

/// Which instances of one task.
enum Pick {
    All,
    Indexes(Vec<u64>),
}

pub fn run(config: &Config, args: &LogsArgs) -> Result<(), Error> {
    let session = crate::commands::Session::open(config)?;
    let client = &session.client;
    if config.dry_run {
        let body = match (&args.task, args.instances.is_empty(), args.failed) {
            (Some(task), false, _) => json!({"JobId": args.job, "TaskName": task,
                "TaskInstanceIndexes": args.instances.iter().take(PAGE).collect::<Vec<_>>()}),
            (Some(task), true, false) => {
                json!({"JobId": args.job, "TaskName": task, "Offset": 0, "Limit": PAGE})
            }
            _ => json!({"JobId": args.job}),
        };
        let name = if body.get("TaskName").is_some() {
            ActionId::DescribeTaskLogs
        } else {
            ActionId::DescribeJob
        };
        return super::dry_run(client, name, &body, true);
    }
    let mut job = super::describe_job(client, &args.job)?;
    let tasks = match &args.task {
        Some(t) => vec![t.clone()],
        None => super::task_names(&job),
    };
    let opts = super::options(config);
    let whole = opts.query.is_some() || matches!(opts.format, Format::Json | Format::Yaml);
    let mut printer = Printer {
        stdout: !args.stderr,
        stderr: !args.stdout,
        prefix: tasks.len() > 1 || args.instances.len() > 1,
        jsonl: opts.format == Format::Jsonl && !whole,
        notes: client.notes(),
        follow: args.follow,
        seen: HashMap::new(),
        noted: HashMap::new(),
    };
    let mut doc_tasks = Vec::new();
    loop {
        let running = !crate::transport::envelope::is_terminal_state(&text(&job, "JobState"));
        for task in &tasks {
            let pick = if args.failed {
                Pick::Indexes(failed_indexes(client, &args.job, task)?)
            } else if args.instances.is_empty() {
                Pick::All
            } else {
                Pick::Indexes(args.instances.clone())
            };
            // Each page is printed as it arrives, so memory stays flat however many
            // instances the task has; only json/yaml/--query keep the answers.
            let mut answers = Vec::new();
            fetch(client, &args.job, task, &pick, |total, answer| {
                if whole {
                    answers.push(answer);
                    return Ok(());
                }
                if total > 1 {
                    printer.prefix = true;
                }
                for log in answer
                    .get(lists::TASK_INSTANCE_LOG_SET)
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                {
                    printer.print(task, log)?;
                }
                Ok(())
            })?;
            if whole {
                doc_tasks.push(json!({ "TaskName": task, "Answers": answers }));
            }
        }
        if whole {
            let doc = json!({ "JobId": args.job, "Tasks": doc_tasks });
            let mut out = io::stdout().lock();
            super::write_document(&doc, &opts, &mut out)?;
            return Ok(());
        }
        if !args.follow || !running {
            return Ok(());
        }
        let wake =
            Instant::now() + crate::commands::jobs::wait::poll_interval(config, args.interval);
        while Instant::now() < wake {
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        job = super::describe_job(client, &args.job)?;
    }
}

/// The indexes of a task's FAILED instances.
fn failed_indexes(client: &Client, job: &str, task: &str) -> Result<Vec<u64>, Error> {
    let mut indexes = Vec::new();
    super::tasks::pages(client, job, task, Some("FAILED"), None, |answer| {
        for i in answer
            .get(lists::TASK_INSTANCE_SET)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(n) = i.get("TaskInstanceIndex").and_then(Value::as_u64) {
                indexes.push(n);
            }
        }
        Ok(())
    })?;
    Ok(indexes)
}

/// Calls DescribeTaskLogs for `pick` page after page, handing each answer to `each` with
/// the number of instances picked (the first answer's TotalCount for every instance).
fn fetch(
    client: &Client,
    job: &str,
    task: &str,
    pick: &Pick,
    mut each: impl FnMut(u64, Value) -> Result<(), Error>,
) -> Result<(), Error> {
    match pick {
        Pick::Indexes(indexes) => {
            for chunk in indexes.chunks(PAGE) {
                let body = json!({"JobId": job, "TaskName": task, "TaskInstanceIndexes": chunk});
                let answer = super::call_value(client, ActionId::DescribeTaskLogs, &body)?;
                // An index the task does not have is left out of the answer: name it (exit 3)
                // rather than print nothing and succeed.
                let found: Vec<u64> = answer
                    .get(lists::TASK_INSTANCE_LOG_SET)
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(|log| log.get("TaskInstanceIndex").and_then(Value::as_u64))
                    .collect();
                let missing: Vec<String> = chunk
                    .iter()
                    .filter(|i| !found.contains(i))
                    .map(u64::to_string)
                    .collect();
                if !missing.is_empty() {
                    return Err(Error::service(
                        "ResourceNotFound.TaskInstance",
                        &format!(
                            "task {} of {job} has no instance {}",
                            crate::transport::error::printable(task),
                            missing.join(", ")
                        ),
                        answer
                            .get("RequestId")
                            .and_then(Value::as_str)
                            .unwrap_or(""),
                    ));
                }
                each(indexes.len() as u64, answer)?;
            }
        }
        Pick::All => {
            let first = Invocation::new(
                ActionId::DescribeTaskLogs,
                json!({"JobId": job, "TaskName": task, "Offset": 0, "Limit": PAGE}),
            )?;
            let plan = Plan {
                offset: 0,
                limit: None,
                page_size: PAGE as u64,
            };
            let mut first_total = None;
            let outcome = pager::answers(client, &first, &plan, |total, answer| {
                each(*first_total.get_or_insert(total), answer)
            })?;
            if let Some(why) = &outcome.stopped_early {
                client.notes().note(&format!(
                    "stopped paging {}'s logs: {why}; printed {} instances",
                    crate::transport::error::printable(task),
                    outcome.passed
                ));
            }
        }
    }
    Ok(())
}

/// Prints logs, remembering what each instance has shown (for `--follow`).
struct Printer<'n> {
    stdout: bool,
    stderr: bool,
    prefix: bool,
    jsonl: bool,
    /// Where notes about cut or missed text go.
    notes: &'n dyn Notes,
    /// Whether later polls will show the same instances again (`--follow`).
    follow: bool,
    /// (task, index, stream) → the text shown so far; kept only when following, so a
    /// single pass over many instances does not hold every log.
    seen: HashMap<(String, String, bool), String>,
    /// Instances whose cut log was already noted.
    noted: HashMap<(String, String, bool), ()>,
}

impl Printer<'_> {
    fn print(&mut self, task: &str, log: &Value) -> Result<(), Error> {
        let index = text(log, "TaskInstanceIndex");
        if self.jsonl {
            let pick = |on: bool, m: &str| {
                if on {
                    Value::String(decode(&text(log, m)))
                } else {
                    Value::Null
                }
            };
            let line = json!({"TaskName": task, "TaskInstanceIndex": log.get("TaskInstanceIndex"),
                "Stdout": pick(self.stdout, "StdoutLog"), "Stderr": pick(self.stderr, "StderrLog")});
            let mut out = io::stdout().lock();
            writeln!(out, "{line}")?;
            out.flush()?;
            return Ok(());
        }
        for (on, is_out, member, path, file) in [
            (
                self.stdout,
                true,
                "StdoutLog",
                "StdoutRedirectPath",
                "StdoutRedirectFileName",
            ),
            (
                self.stderr,
                false,
                "StderrLog",
                "StderrRedirectPath",
                "StderrRedirectFileName",
            ),
        ] {
            if !on {
                continue;
            }
            let full = decode(&text(log, member));
            let key = (task.to_string(), index.clone(), is_out);
            let before = self.seen.get(&key).cloned().unwrap_or_default();
            let (new, missed) = new_text(&before, &full);
            if missed {
                self.notes.note(&format!(
                    "[{task}/{index}] the log moved on further than the service keeps between two polls: text may be missing above"
                ));
            }
            if !new.is_empty() {
                let shown = prefixed(new, self.prefix.then(|| format!("[{task}/{index}] ")));
                if is_out {
                    let mut out = io::stdout().lock();
                    out.write_all(shown.as_bytes())?;
                    out.flush()?;
                } else {
                    let mut err = io::stderr().lock();
                    err.write_all(shown.as_bytes())?;
                    err.flush()?;
                }
            }
            if full.len() >= TAIL_BYTES
                && !self.notes.quiet()
                && self.noted.insert(key.clone(), ()).is_none()
            {
                let place = format!("{}{}", text(log, path), text(log, file));
                let place = if place.is_empty() {
                    "the task's RedirectInfo paths".to_string()
                } else {
                    place
                };
                self.notes.note(&format!(
                    "[{task}/{index}] only the last {TAIL_BYTES} bytes of its {} are kept by the service; the full log is at {place}",
                    if is_out { "stdout" } else { "stderr" }
                ));
            }
            if self.follow {
                self.seen.insert(key, full);
            }
        }
        Ok(())
    }
}

/// What `now` adds to `before`, and whether text may have been missed between them (the
/// tail moved further than it holds).
pub fn new_text<'a>(before: &str, now: &'a str) -> (&'a str, bool) {
    if before.is_empty() {
        return (now, false);
    }
    if let Some(rest) = now.strip_prefix(before) {
        return (rest, false);
    }
    // The window slid: the longest end of `before` that starts `now`.
    let mut start = 0;
    while start < before.len() {
        if before.is_char_boundary(start) && now.starts_with(&before[start..]) {
            return (&now[before.len() - start..], false);
        }
        start += 1;
    }
    (now, true)
}

/// The text with `prefix` before every line; a last line without newline gets one.
pub fn prefixed(text: &str, prefix: Option<String>) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for line in text.split_inclusive('\n') {
        if let Some(p) = &prefix {
            out.push_str(p);
        }
        out.push_str(line);
    }
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// The text of a `data:` URL (base64 or plain); anything else is taken as text.
pub fn decode(url: &str) -> String {
    let Some(rest) = url.strip_prefix("data:") else {
        return url.to_string();
    };
    let Some((meta, data)) = rest.split_once(',') else {
        return String::new();
    };
    if meta.ends_with(";base64") {
        match base64::engine::general_purpose::STANDARD.decode(data.trim()) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(_) => String::new(),
        }
    } else {
        data.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_urls_decode_and_new_text_follows_a_sliding_tail() {
        assert_eq!(decode("data:text/plain;charset=utf-8;base64,aGkK"), "hi\n");
        assert_eq!(new_text("a\nb\n", "a\nb\nc\n"), ("c\n", false));
        assert_eq!(new_text("a\nb\n", "b\nc\n"), ("c\n", false));
        assert_eq!(new_text("a\n", "x\n"), ("x\n", true));
        assert_eq!(
            prefixed("a\nb", Some("[t/0] ".into())),
            "[t/0] a\n[t/0] b\n"
        );
    }
}
