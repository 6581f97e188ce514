//! `jobs describe --watch` (`-w`), as `kubectl get -w`: after the table, one line for each
//! job whose state changes (`job-…  NAME  RUNNING → SUCCEED  14:02:07`), polled every
//! `--interval` through the same selection, client, pacing and retries, until Ctrl-C
//! (exit 130). Lines are flushed one by one, so a pipe sees each as it happens.

use std::collections::HashMap;
use std::io::Write;
use std::sync::atomic::Ordering;
use std::time::Duration;

use crate::domain::describe;
use crate::domain::selection::Selection;
use crate::output::Format;
use crate::transport::client::Client;
use crate::transport::envelope::Job;
use crate::transport::error::{Error, printable};
use crate::transport::invoke::Invocation;

/// What a watch remembers of a job: its name and last state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seen {
    pub name: String,
    pub state: String,
}

/// The jobs' names and states, by ID.
pub type Known = HashMap<String, Seen>;

/// Records `jobs` into `known`, returning the changes (ID, name, old state or `-` for a
/// job not seen before, new state) in the order received.
pub fn record(known: &mut Known, jobs: &[Job]) -> Vec<(String, String, String, String)> {
    let mut changes = Vec::new();
    for job in jobs {
        let value = job.value();
        let seen = Seen {
            name: super::text(&value, "JobName"),
            state: super::text(&value, "JobState"),
        };
        let old = known.insert(job.id().to_string(), seen.clone());
        match old {
            Some(old) if old.state == seen.state => {}
            old => changes.push((
                job.id().to_string(),
                seen.name,
                old.map_or_else(|| "-".to_string(), |o| o.state),
                seen.state,
            )),
        }
    }
    changes
}

/// One change as a line: the job, its name, old → new state, the local time it was seen.
pub fn line(
    id: &str,
    name: &str,
    old: &str,
    new: &str,
    at: chrono::DateTime<chrono::Local>,
) -> String {
    format!(
        "{}  {}  {} → {}  {}",
        printable(id),
        printable(name),
        printable(old),
        printable(new),
        at.format("%H:%M:%S")
    )
}

/// Polls until Ctrl-C: each change as a line (jsonl and json: the changed JobView, one
/// compact document a line). A poll that fails after its retries is told on stderr and
/// the watch goes on.
pub fn run(
    client: &Client,
    selection: &Selection,
    format: Format,
    interval: Duration,
    mut known: Known,
    out: &mut dyn Write,
) -> Result<(), Error> {
    let stop = super::wait::on_ctrl_c();
    client.cancel_on(stop.clone());
    loop {
        client.pause_unless(interval, &|| stop.load(Ordering::SeqCst));
        if stop.load(Ordering::SeqCst) {
            return Err(Error::Interrupted);
        }
        let mut jobs: Vec<Job> = Vec::new();
        let fetched = describe::fetch(
            selection,
            |req| Invocation::describe_jobs(req)?.jobs_page(client),
            |page| {
                jobs.extend(page.iter().cloned());
                Ok(())
            },
        );
        if let Some(e) = fetched.error {
            if stop.load(Ordering::SeqCst) || matches!(e, Error::Interrupted) {
                return Err(Error::Interrupted);
            }
            client.notes().warning(&format!(
                "this poll failed, watching on: {}",
                e.first_line()
            ));
            continue;
        }
        let now = chrono::Local::now();
        for (id, name, old, new) in record(&mut known, &jobs) {
            match format {
                Format::Json | Format::Jsonl => {
                    if let Some(job) = jobs.iter().find(|j| j.id() == id) {
                        writeln!(out, "{}", job.raw())?;
                    }
                }
                _ => writeln!(out, "{}", line(&id, &name, &old, &new, now))?,
            }
        }
        out.flush()?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn job(id: &str, state: &str) -> Job {
        Job::from_value(&json!({"JobId": id, "JobName": "n\u{1b}[31m", "JobState": state}))
    }

    #[test]
    fn only_state_changes_and_new_jobs_make_lines() {
        let mut known = Known::new();
        record(
            &mut known,
            &[
                job("job-aaaaaaaa", "RUNNING"),
                job("job-bbbbbbbb", "PENDING"),
            ],
        );
        let changes = record(
            &mut known,
            &[
                job("job-aaaaaaaa", "SUCCEED"),
                job("job-bbbbbbbb", "PENDING"),
                job("job-cccccccc", "SUBMITTED"),
            ],
        );
        let got: Vec<(&str, &str, &str)> = changes
            .iter()
            .map(|(id, _, old, new)| (id.as_str(), old.as_str(), new.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("job-aaaaaaaa", "RUNNING", "SUCCEED"),
                ("job-cccccccc", "-", "SUBMITTED")
            ]
        );
    }

    #[test]
    fn a_line_names_the_job_both_states_and_the_time_without_escapes() {
        let at = chrono::Local::now();
        let text = line("job-aaaaaaaa", "n\u{1b}[31m", "RUNNING", "FAILED", at);
        assert!(text.starts_with("job-aaaaaaaa  n"), "{text}");
        assert!(text.contains("RUNNING → FAILED"), "{text}");
        assert!(!text.contains('\u{1b}'), "{text}");
        assert!(text.ends_with(&at.format("%H:%M:%S").to_string()), "{text}");
    }
}
