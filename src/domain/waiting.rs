//! The state of a `jobs wait`: the latest JobView of each awaited job, which are still
//! unfinished, which changed state since the last poll, and the verdict at the end.
//! Pure: the command feeds it pages and asks it questions.

use serde_json::Value;

use crate::transport::envelope::{self, Job};

/// One awaited job.
#[derive(Debug, Clone)]
pub struct Awaited {
    pub id: String,
    /// The latest JobView received, if any, parsed.
    pub view: Option<Value>,
    /// The same, as received (for the final output).
    pub received: Option<Job>,
}

impl Awaited {
    /// The state as the service sent it (run it through `error::printable` to show it).
    pub fn state(&self) -> &str {
        self.view
            .as_ref()
            .and_then(|v| v.get("JobState"))
            .and_then(Value::as_str)
            .unwrap_or("")
    }

    pub fn is_finished(&self) -> bool {
        envelope::is_terminal_state(self.state())
    }
}

/// A job whose state changed with the last page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub id: String,
    pub from: String,
    pub to: String,
}

/// How the wait ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Every job is `SUCCEED`.
    Succeeded,
    /// Every job ended; these ended failed (`id (STATE)`).
    Failed(Vec<String>),
}

/// The jobs of a wait by outcome so far.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Ended `SUCCEED`.
    pub done: usize,
    /// Not ended yet (or not seen yet).
    pub running: usize,
    /// Ended `FAILED` or `FAILED_INTERRUPTED`.
    pub failed: usize,
}

/// Every awaited job, in the order given.
#[derive(Debug, Clone)]
pub struct Tracker {
    pub jobs: Vec<Awaited>,
}

impl Tracker {
    pub fn new(ids: &[String]) -> Tracker {
        Tracker {
            jobs: ids
                .iter()
                .map(|id| Awaited {
                    id: id.clone(),
                    view: None,
                    received: None,
                })
                .collect(),
        }
    }

    /// IDs still to poll: every job that has not reached a terminal state.
    pub fn unfinished(&self) -> Vec<String> {
        self.jobs
            .iter()
            .filter(|j| !j.is_finished())
            .map(|j| j.id.clone())
            .collect()
    }

    /// IDs never seen in any answer (after the first poll: unknown to the service).
    pub fn never_seen(&self) -> Vec<String> {
        self.jobs
            .iter()
            .filter(|j| j.view.is_none())
            .map(|j| j.id.clone())
            .collect()
    }

    /// Records the JobViews of a page; returns the state changes, in the order given.
    pub fn update(&mut self, received: &[Job]) -> Vec<Change> {
        let mut changes = Vec::new();
        for view in received {
            let id = view.id();
            let Some(job) = self.jobs.iter_mut().find(|j| j.id == id) else {
                continue;
            };
            let from = job.state().to_string();
            job.view = Some(view.value());
            job.received = Some(view.clone());
            let to = job.state().to_string();
            if from != to {
                changes.push(Change {
                    id: id.to_string(),
                    from,
                    to,
                });
            }
        }
        changes
    }

    /// The verdict once no job is unfinished; `None` while some are.
    pub fn verdict(&self) -> Option<Verdict> {
        if self.jobs.iter().any(|j| !j.is_finished()) {
            return None;
        }
        let failed: Vec<String> = self
            .jobs
            .iter()
            .filter(|j| j.state() != "SUCCEED")
            .map(|j| {
                format!(
                    "{} ({})",
                    j.id,
                    crate::transport::error::printable(j.state())
                )
            })
            .collect();
        Some(if failed.is_empty() {
            Verdict::Succeeded
        } else {
            Verdict::Failed(failed)
        })
    }

    /// The jobs that ended failed so far (`id (STATE)`), for `--fail-fast`.
    pub fn failed_so_far(&self) -> Vec<String> {
        self.jobs
            .iter()
            .filter(|j| j.is_finished() && j.state() != "SUCCEED")
            .map(|j| {
                format!(
                    "{} ({})",
                    j.id,
                    crate::transport::error::printable(j.state())
                )
            })
            .collect()
    }

    /// How many jobs succeeded, are still going, and ended failed.
    pub fn counts(&self) -> Counts {
        let mut counts = Counts::default();
        for job in &self.jobs {
            if !job.is_finished() {
                counts.running += 1;
            } else if job.state() == "SUCCEED" {
                counts.done += 1;
            } else {
                counts.failed += 1;
            }
        }
        counts
    }

    /// The latest JobViews as received, in the order given (jobs never seen are left out).
    pub fn views(&self) -> Vec<Job> {
        self.jobs
            .iter()
            .filter_map(|j| j.received.clone())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn view(id: &str, state: &str) -> Job {
        Job::from_value(&json!({"JobId": id, "JobState": state}))
    }

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn only_unfinished_jobs_are_polled_again() {
        let mut t = Tracker::new(&ids(&["job-a", "job-b", "job-c"]));
        assert_eq!(t.unfinished().len(), 3);
        t.update(&[
            view("job-a", "SUCCEED"),
            view("job-b", "RUNNING"),
            view("job-c", "FAILED_INTERRUPTED"),
        ]);
        assert_eq!(t.unfinished(), ["job-b"]);
        assert_eq!(t.verdict(), None);
    }

    #[test]
    fn state_changes_are_reported_once() {
        let mut t = Tracker::new(&ids(&["job-a"]));
        let first = t.update(&[view("job-a", "PENDING")]);
        assert_eq!(
            first,
            [Change {
                id: "job-a".into(),
                from: String::new(),
                to: "PENDING".into()
            }]
        );
        assert!(t.update(&[view("job-a", "PENDING")]).is_empty());
        assert_eq!(t.update(&[view("job-a", "RUNNING")])[0].from, "PENDING");
    }

    #[test]
    fn the_verdict_names_failed_jobs_and_needs_every_job_terminal() {
        let mut t = Tracker::new(&ids(&["job-a", "job-b", "job-c"]));
        t.update(&[view("job-a", "SUCCEED"), view("job-b", "FAILED")]);
        assert_eq!(t.verdict(), None, "job-c was never seen");
        assert_eq!(t.never_seen(), ["job-c"]);
        t.update(&[view("job-c", "FAILED_INTERRUPTED")]);
        assert_eq!(
            t.verdict(),
            Some(Verdict::Failed(ids(&[
                "job-b (FAILED)",
                "job-c (FAILED_INTERRUPTED)"
            ])))
        );
        let mut ok = Tracker::new(&ids(&["job-a"]));
        ok.update(&[view("job-a", "SUCCEED")]);
        assert_eq!(ok.verdict(), Some(Verdict::Succeeded));
    }

    #[test]
    fn succeeded_is_spelled_as_the_service_does() {
        let mut t = Tracker::new(&ids(&["job-a"]));
        t.update(&[view("job-a", "SUCCEEDED")]);
        assert_eq!(
            t.unfinished(),
            ["job-a"],
            "SUCCEEDED is not a state of the service"
        );
    }
}
