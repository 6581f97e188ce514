//! What `top` asks of the service, through the one client (paced per action, retried,
//! its notes told in the status line) and the code paths of the other commands: the
//! selection and pages of `jobs describe`, DescribeJob and the task pages of `jobs
//! tasks`, the log fetch of `jobs logs`, the document of `jobs why`, the rules and
//! requests of `jobs terminate|retry|delete`. An error never ends `top`: it is told in
//! the status line and the data shown before stays.

use std::cell::RefCell;
use std::rc::Rc;

use batch_api::lists;
use serde_json::Value;

use crate::commands::jobs::act::Verb;
use crate::commands::jobs::follow::{self, Pick};
use crate::commands::jobs::{logtext, text};
use crate::domain::describe;
use crate::domain::selection::Selection;
use crate::transport::client::Client;
use crate::transport::error::{Error, printable};
use crate::transport::invoke::Invocation;
use crate::transport::notes::{Note, Notes};

use super::state::{InstanceRow, JobDetail, Request, State, Text, View};

/// Instances read per task for the job view (the first page of `jobs tasks`).
const INSTANCES_PER_TASK: u64 = 100;
/// Lines of stderr per failed instance in the why view (as `jobs why`).
const WHY_LINES: usize = 20;
/// Failed instances per task in the why view (as `jobs why`).
const WHY_LIMIT: u64 = 10;

/// The client's notes, kept for the status line instead of written to the screen.
#[derive(Debug, Default)]
pub struct StatusNotes {
    last: RefCell<Option<(String, bool)>>,
}

impl StatusNotes {
    /// The last note told since the last call, and whether it is an error.
    pub fn take(&self) -> Option<(String, bool)> {
        self.last.borrow_mut().take()
    }
}

impl Notes for StatusNotes {
    fn tell(&self, note: Note<'_>) {
        let told = match note {
            Note::Retry {
                reason,
                wait,
                next_attempt,
                max,
            } => {
                let line = crate::output::progress::retry_note(reason, wait, next_attempt, max);
                let line = line.strip_prefix("batchctl: note: ").unwrap_or(&line);
                Some((line.to_string(), false))
            }
            Note::Debug(_) => None,
            Note::Note(text) | Note::Status(text) => Some((text.to_string(), false)),
            Note::Warning(text) => Some((format!("warning: {text}"), false)),
            Note::Error(text) => Some((text.to_string(), true)),
        };
        if let Some(told) = told {
            *self.last.borrow_mut() = Some(told);
        }
    }
}

/// The service, as `top` uses it.
pub struct Api<'c> {
    pub client: &'c Client,
    pub selection: Selection,
    /// The sink the client tells its notes to (shared with it).
    pub notes: Rc<StatusNotes>,
}

impl Api<'_> {
    /// Carries out `request`, changing `state` with the answers (or telling the error).
    pub fn perform(&self, state: &mut State, request: &Request) {
        let outcome = match request {
            Request::Refresh => self.refresh(state),
            Request::OpenJob(id) => self.open_job(state, id),
            Request::Logs { job, task, index } => self.logs(state, job, task, *index, request),
            Request::Why(id) => self.why(state, id),
            Request::Act(verb, id) => self.act(state, *verb, id),
        };
        match outcome {
            Ok(()) => {
                if let Some((note, error)) = self.notes.take() {
                    state.tell(note, error);
                }
            }
            Err(e) => {
                self.notes.take();
                state.tell(e.first_line(), true);
            }
        }
        state.loading = false;
        state.clamp();
    }

    /// The current view's data again; logs only while their instance runs.
    fn refresh(&self, state: &mut State) -> Result<(), Error> {
        match state.view {
            View::Jobs => self.jobs(state),
            View::Job => {
                let id = state.job.id.clone();
                self.open_job(state, &id)
            }
            View::Logs => match state.text.follow.clone() {
                Some(Request::Logs { job, task, index }) => {
                    let follow = state.text.follow.clone();
                    self.logs_of(state, &job, &task, index, follow.as_ref())
                }
                _ => Ok(()),
            },
            View::Why => Ok(()),
        }
    }

    /// The jobs of the selection, as `jobs describe` pages them.
    fn jobs(&self, state: &mut State) -> Result<(), Error> {
        let mut jobs = Vec::new();
        let outcome = describe::fetch(
            &self.selection,
            |req| Invocation::describe_jobs(req)?.jobs_page(self.client),
            |page| {
                jobs.extend(page.iter().map(|job| job.value()));
                Ok(())
            },
        );
        if let Some(e) = outcome.error {
            return Err(e);
        }
        state.jobs = jobs;
        state.total = outcome.total_count;
        state.now = chrono::Utc::now();
        state.refreshed = Some(chrono::Local::now());
        if !outcome.missing.is_empty() {
            state.tell(
                format!("not found: {}", printable(&outcome.missing.join(", "))),
                true,
            );
        } else if state.status_error {
            state.tell("", false);
        }
        Ok(())
    }

    /// The job's tasks (DescribeJob) and each task's instances (DescribeTask pages).
    fn open_job(&self, state: &mut State, id: &str) -> Result<(), Error> {
        let job = crate::commands::jobs::describe_job(self.client, id)?;
        let mut instances = Vec::new();
        for task in crate::commands::jobs::task_names(&job) {
            crate::commands::jobs::tasks::pages(
                self.client,
                id,
                &task,
                None,
                Some(INSTANCES_PER_TASK),
                |answer| {
                    instances.extend(
                        answer
                            .get(lists::TASK_INSTANCE_SET)
                            .and_then(Value::as_array)
                            .into_iter()
                            .flatten()
                            .map(|i| InstanceRow::of(&task, i)),
                    );
                    Ok(())
                },
            )?;
        }
        if state.job.id != id {
            state.instance = 0;
        }
        state.job = JobDetail {
            id: id.to_string(),
            name: text(&job, "JobName"),
            state: text(&job, "JobState"),
            reason: text(&job, "StateReason"),
            instances,
        };
        state.view = View::Job;
        state.now = chrono::Utc::now();
        state.refreshed = Some(chrono::Local::now());
        Ok(())
    }

    fn logs(
        &self,
        state: &mut State,
        job: &str,
        task: &str,
        index: u64,
        request: &Request,
    ) -> Result<(), Error> {
        state.text = Text::default();
        self.logs_of(state, job, task, index, Some(request))
    }

    /// One instance's stdout and stderr (the service keeps their last 2048 bytes each).
    fn logs_of(
        &self,
        state: &mut State,
        job: &str,
        task: &str,
        index: u64,
        request: Option<&Request>,
    ) -> Result<(), Error> {
        let mut lines = Vec::new();
        follow::fetch(
            self.client,
            job,
            task,
            &Pick::Indexes(vec![index]),
            |_, answer| {
                for log in answer
                    .get(lists::TASK_INSTANCE_LOG_SET)
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                {
                    for (member, label) in [("StdoutLog", "stdout"), ("StderrLog", "stderr")] {
                        let url = text(log, member);
                        let decoded = logtext::decode(&url);
                        lines.push(format!("── {label} ──"));
                        lines.extend(decoded.lines().map(printable));
                    }
                }
                Ok(())
            },
        )?;
        let live = state
            .job
            .instances
            .iter()
            .find(|i| i.task == task && i.index == index)
            .is_none_or(InstanceRow::is_live);
        let following = live && state.job.id == job;
        let title = format!(
            "logs of {}/{index} of {}{}",
            printable(task),
            printable(job),
            if following { " (following)" } else { "" }
        );
        let at_end = state.text.follow.is_some()
            && state.text.scroll + 1 >= state.text.lines.len().saturating_sub(1);
        let scroll = if at_end || state.text.lines.is_empty() && following {
            lines.len().saturating_sub(1)
        } else {
            state.text.scroll
        };
        state.text = Text {
            title,
            lines,
            scroll,
            follow: if following { request.cloned() } else { None },
        };
        state.view = View::Logs;
        Ok(())
    }

    /// The `jobs why` view of the job.
    fn why(&self, state: &mut State, id: &str) -> Result<(), Error> {
        let doc = crate::commands::jobs::why::document(self.client, id, WHY_LIMIT, WHY_LINES)?;
        let rendered = crate::commands::jobs::why::render(&doc);
        state.text = Text {
            title: format!("why: {}", printable(id)),
            lines: rendered.lines().map(printable).collect(),
            scroll: 0,
            follow: None,
        };
        state.view = View::Why;
        Ok(())
    }

    /// Terminates, retries or deletes the job, after the service's rules (as `jobs
    /// terminate|retry|delete` checks them) allow it in the state last seen.
    fn act(&self, state: &mut State, verb: Verb, id: &str) -> Result<(), Error> {
        let known = state
            .jobs
            .iter()
            .find(|j| text(j, "JobId") == id)
            .map(|j| text(j, "JobState"))
            .or_else(|| (state.job.id == id).then(|| state.job.state.clone()));
        if let Some((code, message)) = known.as_deref().and_then(|s| verb.refusal(s)) {
            state.tell(format!("{id} not {}: {code}: {message}", verb.done()), true);
            return Ok(());
        }
        crate::commands::jobs::act::send_one(self.client, verb, id)?;
        state.tell(format!("{id} {}", verb.done()), false);
        if verb == Verb::Delete {
            // The job is gone: back to the list.
            state.view = View::Jobs;
            state.job = JobDetail::default();
            state.text = Text::default();
        }
        // The list shows the change at once.
        self.refresh(state)
    }
}
