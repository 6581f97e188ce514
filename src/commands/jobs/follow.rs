//! One log follower, shared by `jobs logs --follow` and (later) `run`'s streaming: polls a
//! job until it is terminal and prints each instance's new log text once, waiting between
//! polls on the client's clock (so tests under `BATCHCTL_VIRTUAL_TIME=1` take no real time).
//!
//! ```ignore
//! let opts = Follow { tasks: vec!["render".into()], ..Follow::new(Duration::from_secs(2)) };
//! let ended = follow::follow(client, "job-3n2weaqt", &opts)?;
//! if ended.failed() { /* exit 7 */ }
//! ```

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use batch_api::{ActionId, lists};
use serde_json::{Value, json};

use crate::domain::pager::{self, Plan};
use crate::transport::client::Client;
use crate::transport::envelope::is_terminal_state;
use crate::transport::error::Error;
use crate::transport::invoke::Invocation;

use super::printer::Printer;
use super::text;

/// Instances per DescribeTaskLogs request: the most it takes.
pub const PAGE: usize = 10;

/// What to follow and how to print it.
#[derive(Debug, Clone)]
pub struct Follow {
    /// The tasks to show; empty: every task of the job.
    pub tasks: Vec<String>,
    /// Only these instance indexes (of each task shown); empty: all.
    pub instances: Vec<u64>,
    /// Only the FAILED instances.
    pub failed: bool,
    /// Print the stdout logs (to stdout).
    pub stdout: bool,
    /// Print the stderr logs (to stderr).
    pub stderr: bool,
    /// `[TASK/INDEX] ` before each line: `Some(true)` always, `Some(false)` never, `None`
    /// when more than one instance is shown.
    pub prefix: Option<bool>,
    /// `[INDEX] ` instead of `[TASK/INDEX] ` (one task: `run`).
    pub index_only: bool,
    /// One JSON object per instance and poll (`-o jsonl`) instead of text.
    pub jsonl: bool,
    /// Time between polls (on the client's clock).
    pub interval: Duration,
}

impl Follow {
    /// Every task and instance, both streams, prefixes when several instances are shown.
    pub fn new(interval: Duration) -> Follow {
        Follow {
            tasks: Vec::new(),
            instances: Vec::new(),
            failed: false,
            stdout: true,
            stderr: true,
            prefix: None,
            index_only: false,
            jsonl: false,
            interval,
        }
    }
}

/// How a followed job ended.
#[derive(Debug, Clone)]
pub struct Ended {
    /// The job as last polled (DescribeJobs' item: `JobState`, `CreateTime`, `EndTime`,
    /// `TaskMetrics`, `TaskInstanceMetrics`).
    pub job: Value,
    /// The final `JobState`.
    pub state: String,
}

impl Ended {
    /// True when the job ended FAILED or FAILED_INTERRUPTED (`batchctl` exits 7).
    pub fn failed(&self) -> bool {
        self.state.starts_with("FAILED")
    }

    /// `job job-x ended FAILED after 1m12s` (the time from creation to end, when known).
    pub fn summary(&self, job_id: &str) -> String {
        let took = crate::output::table::duration_text(&self.job, chrono::Utc::now());
        let state = crate::transport::error::printable(&self.state);
        if took.is_empty() {
            format!("job {job_id} ended {state}")
        } else {
            format!("job {job_id} ended {state} after {took}")
        }
    }
}

/// Follows `job_id` until it is terminal: each round polls the job's state (DescribeJobs,
/// which is also what moves an `--advance` emulator's job), then prints what each instance
/// logged since the last round; the round that sees the job terminal prints the rest and
/// ends. Nothing is printed twice; a note says when text may have been missed (the service
/// keeps only the last 2048 bytes of each log). Following every instance, each round lists
/// the instances' states and asks only for the logs of those running and of those that
/// ended since the last round (printed a last time, then forgotten), so requests and memory
/// follow what runs: at most that tail is kept per running instance. A task seen ended
/// (DescribeJob's TaskSet, read once a round) is no longer asked about.
pub fn follow(client: &Client, job_id: &str, opts: &Follow) -> Result<Ended, Error> {
    follow_with(client, job_id, opts, &mut ())
}

/// Sees each round of [`follow_with`]: to draw a status line between the logs.
pub trait Watch {
    /// Before a round's text is printed (clear what was drawn).
    fn before_text(&mut self) {}
    /// After a round, with the job as polled (DescribeJobs' item).
    fn after_round(&mut self, _job: &Value) {}
}

impl Watch for () {}

/// [`follow`], telling `watch` about each round.
pub fn follow_with(
    client: &Client,
    job_id: &str,
    opts: &Follow,
    watch: &mut dyn Watch,
) -> Result<Ended, Error> {
    let mut tasks = if opts.tasks.is_empty() {
        super::task_names(&super::describe_job(client, job_id)?)
    } else {
        opts.tasks.clone()
    };
    let mut printer = Printer {
        stdout: opts.stdout,
        stderr: opts.stderr,
        prefix: opts
            .prefix
            .unwrap_or(tasks.len() > 1 || opts.instances.len() > 1),
        auto_prefix: opts.prefix.is_none(),
        index_only: opts.index_only,
        jsonl: opts.jsonl,
        notes: client.notes(),
        follow: true,
        last: false,
        seen: HashMap::new(),
        noted: HashMap::new(),
    };
    // Per task (many-instance jobs): the instances whose last text was printed.
    let mut done: HashMap<String, HashSet<u64>> = HashMap::new();
    loop {
        let job = poll_state(client, job_id)?;
        let state = text(&job, "JobState");
        let terminal = is_terminal_state(&state);
        // While the job runs, the tasks that have ended (read before their logs, so the
        // logs read next are their last) are printed once more and then forgotten.
        let ended: Vec<String> = if terminal {
            Vec::new()
        } else {
            ended_tasks(&super::describe_job(client, job_id)?)
        };
        watch.before_text();
        // Every instance of a task: its instances are listed first (DescribeTask, 1000 a
        // request), and only the ones with text still to show are asked for (not those
        // still waiting, nor those whose last text was printed), so requests and memory
        // follow what runs, not how many instances the job has.
        let live = opts.instances.is_empty() && !opts.failed;
        for task in &tasks {
            let task_ended = terminal || ended.contains(task);
            if live {
                let finished = done.entry(task.clone()).or_default();
                follow_live(client, job_id, task, task_ended, finished, &mut printer)?;
                continue;
            }
            printer.last = task_ended;
            let pick = pick(client, job_id, task, opts)?;
            fetch(client, job_id, task, &pick, |total, answer| {
                printer.page(task, total, &answer)
            })?;
        }
        watch.after_round(&job);
        if terminal {
            return Ok(Ended { job, state });
        }
        if !ended.is_empty() {
            tasks.retain(|t| !ended.contains(t));
            done.retain(|t, _| !ended.contains(t));
            printer.seen.retain(|(t, _, _), _| !ended.contains(t));
            printer.noted.retain(|(t, _, _), _| !ended.contains(t));
        }
        // Nobody reads any more (`| head -1`): stop at once, as a closed pipe does.
        let gone = crate::output::pipe::stdout_gone;
        if gone() {
            return Err(crate::output::pipe::gone_error().into());
        }
        client.pause_unless(opts.interval, &gone);
        if gone() {
            return Err(crate::output::pipe::gone_error().into());
        }
    }
}

/// One round of a task followed whole: lists its instances' states (DescribeTask, up to
/// 1000 a request), prints the new text of those running and, a last time, of those
/// that ended since the last round, then forgets the ended ones.
fn follow_live(
    client: &Client,
    job_id: &str,
    task: &str,
    task_ended: bool,
    finished: &mut HashSet<u64>,
    printer: &mut Printer,
) -> Result<(), Error> {
    let mut running = Vec::new();
    let mut ending = Vec::new();
    let mut total = 0u64;
    super::instances::each(client, job_id, task, |brief| {
        let Some(index) = brief.index else {
            return;
        };
        total += 1;
        let state = brief.state.unwrap_or_default();
        if finished.contains(&index) {
            return;
        }
        if is_terminal_state(&state) {
            ending.push(index);
        } else if !matches!(state.as_str(), "SUBMITTED" | "PENDING" | "RUNNABLE") {
            running.push(index);
        }
    })?;
    if total > 1 && printer.auto_prefix {
        printer.prefix = true;
    }
    for (indexes, last) in [(running, task_ended), (ending, true)] {
        if indexes.is_empty() {
            continue;
        }
        printer.last = last;
        fetch(
            client,
            job_id,
            task,
            &Pick::Indexes(indexes.clone()),
            |_, answer| printer.page(task, total, &answer),
        )?;
        if last {
            for index in indexes {
                finished.insert(index);
                printer.forget(task, index);
            }
        }
    }
    Ok(())
}

/// The names of the job's tasks in a final state (DescribeJob's TaskSet).
fn ended_tasks(job: &Value) -> Vec<String> {
    job.get(lists::TASK_SET)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(|t| is_terminal_state(&text(t, "TaskState")))
        .map(|t| text(t, "TaskName"))
        .collect()
}

/// The job's item in a DescribeJobs answer (state and metrics, no task list).
fn poll_state(client: &Client, job_id: &str) -> Result<Value, Error> {
    let answer = super::call_value(
        client,
        ActionId::DescribeJobs,
        &json!({"JobIds": [job_id], "Limit": 1}),
    )?;
    answer
        .get(lists::JOB_SET)
        .and_then(Value::as_array)
        .and_then(|set| set.first())
        .cloned()
        .ok_or_else(|| Error::NotFound(vec![job_id.to_string()]))
}

/// Which instances of `task` the options show.
pub(crate) fn pick(client: &Client, job: &str, task: &str, opts: &Follow) -> Result<Pick, Error> {
    Ok(if opts.failed {
        Pick::Indexes(failed_indexes(client, job, task)?)
    } else if opts.instances.is_empty() {
        Pick::All
    } else {
        Pick::Indexes(opts.instances.clone())
    })
}

/// Which instances of one task.
pub(crate) enum Pick {
    All,
    Indexes(Vec<u64>),
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
pub(crate) fn fetch(
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
