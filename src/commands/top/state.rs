//! What `top` shows, as plain data: the rows of each view, the cursor, the filter, the
//! prompt on screen and the status line. Keys change it ([`State::key`]) and may ask for
//! a [`Request`], which `actions` carries out through the client; nothing here calls the
//! API or draws.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde_json::Value;

use crate::commands::jobs::act::Verb;
use crate::commands::jobs::text;

/// The view on screen: the jobs, one job's instances, an instance's logs, a job's `why`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Jobs,
    Job,
    Logs,
    Why,
}

/// What a key asks of the service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// The current view's data again.
    Refresh,
    /// DescribeJob and DescribeTask of the job.
    OpenJob(String),
    /// DescribeTaskLogs of one instance.
    Logs {
        job: String,
        task: String,
        index: u64,
    },
    /// The `jobs why` document of the job.
    Why(String),
    /// TerminateJob, RetryJobs or DeleteJob of the job, confirmed.
    Act(Verb, String),
}

/// A prompt over the view: the filter being typed, a confirmation, the help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Prompt {
    Filter(String),
    Confirm {
        verb: Verb,
        job: String,
        name: String,
    },
    Help,
}

/// How `top` ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// `q` or Esc on the jobs view.
    Quit,
    /// Ctrl-C, SIGINT, SIGTERM or SIGHUP.
    Interrupted,
}

/// One job of the list, as the service sent it.
pub type JobRow = Value;

/// One task instance of the job view.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceRow {
    pub task: String,
    pub index: u64,
    pub state: String,
    pub exit_code: String,
    pub reason: String,
    pub node: String,
    pub created: String,
    pub running: String,
    pub ended: String,
}

impl InstanceRow {
    /// A row of a DescribeTask answer's TaskInstanceSet element.
    pub fn of(task: &str, instance: &Value) -> InstanceRow {
        InstanceRow {
            task: task.to_string(),
            index: instance
                .get("TaskInstanceIndex")
                .and_then(Value::as_u64)
                .unwrap_or(0),
            state: text(instance, "TaskInstanceState"),
            exit_code: text(instance, "ExitCode"),
            reason: text(instance, "StateReason"),
            node: text(instance, "ComputeNodeInstanceId"),
            created: text(instance, "CreateTime"),
            running: text(instance, "RunningTime"),
            ended: text(instance, "EndTime"),
        }
    }

    /// True while the instance may still write to its logs.
    pub fn is_live(&self) -> bool {
        !matches!(
            self.state.as_str(),
            "SUCCEED" | "FAILED" | "FAILED_INTERRUPTED"
        )
    }
}

/// The job opened with Enter.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct JobDetail {
    pub id: String,
    pub name: String,
    pub state: String,
    pub reason: String,
    pub instances: Vec<InstanceRow>,
}

/// Text of the logs or why view, with its scroll position.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Text {
    pub title: String,
    pub lines: Vec<String>,
    /// First line shown.
    pub scroll: usize,
    /// Logs of a live instance: refreshed, and kept scrolled to the end.
    pub follow: Option<Request>,
}

/// Everything `top` shows.
#[derive(Debug, Clone)]
pub struct State {
    pub view: View,
    /// The jobs of the last refresh, in the service's order.
    pub jobs: Vec<JobRow>,
    /// The service's TotalCount of the selection.
    pub total: u64,
    /// Cursor in the jobs shown (after the filter).
    pub selected: usize,
    /// Shown jobs: those whose name or state contains this (any case).
    pub filter: String,
    pub job: JobDetail,
    /// Cursor in the job view's instances.
    pub instance: usize,
    pub text: Text,
    pub prompt: Option<Prompt>,
    /// The last thing worth telling: a retry, an error, what an action did.
    pub status: String,
    /// The status is an error (shown in red).
    pub status_error: bool,
    /// Local time of the last refresh that worked.
    pub refreshed: Option<chrono::DateTime<chrono::Local>>,
    /// The time ages and durations are counted to.
    pub now: chrono::DateTime<chrono::Utc>,
    /// State colours (off with --no-color or NO_COLOR).
    pub color: bool,
    /// Set when `top` should end.
    pub exit: Option<Exit>,
    /// A read for the view on screen is on its way.
    pub loading: bool,
}

impl State {
    pub fn new(color: bool) -> State {
        State {
            view: View::Jobs,
            jobs: Vec::new(),
            total: 0,
            selected: 0,
            filter: String::new(),
            job: JobDetail::default(),
            instance: 0,
            text: Text::default(),
            prompt: None,
            status: String::new(),
            status_error: false,
            refreshed: None,
            now: chrono::Utc::now(),
            color,
            exit: None,
            loading: false,
        }
    }

    /// The jobs that pass the filter, in order.
    pub fn shown_jobs(&self) -> Vec<&JobRow> {
        let needle = self.filter.to_lowercase();
        self.jobs
            .iter()
            .filter(|job| {
                needle.is_empty()
                    || text(job, "JobName").to_lowercase().contains(&needle)
                    || text(job, "JobState").to_lowercase().contains(&needle)
            })
            .collect()
    }

    /// The job under the cursor of the jobs view (or the one opened, in the others).
    pub fn current_job(&self) -> Option<(String, String, String)> {
        if self.view != View::Jobs && !self.job.id.is_empty() {
            return Some((
                self.job.id.clone(),
                self.job.name.clone(),
                self.job.state.clone(),
            ));
        }
        let shown = self.shown_jobs();
        let job = shown.get(self.selected)?;
        Some((
            text(job, "JobId"),
            text(job, "JobName"),
            text(job, "JobState"),
        ))
    }

    /// Tells `message` in the status line.
    pub fn tell(&mut self, message: impl Into<String>, error: bool) {
        self.status = message.into();
        self.status_error = error;
    }

    /// Keeps the cursors inside their lists (after a refresh or a filter).
    pub fn clamp(&mut self) {
        let shown = self.shown_jobs().len();
        self.selected = self.selected.min(shown.saturating_sub(1));
        self.instance = self
            .instance
            .min(self.job.instances.len().saturating_sub(1));
        self.text.scroll = self
            .text
            .scroll
            .min(self.text.lines.len().saturating_sub(1));
    }

    /// A key pressed: the state changes, and the service is asked for what the key needs.
    pub fn key(&mut self, key: KeyEvent) -> Option<Request> {
        if key.modifiers.contains(KeyModifiers::CONTROL)
            && matches!(key.code, KeyCode::Char('c') | KeyCode::Char('C'))
        {
            self.exit = Some(Exit::Interrupted);
            return None;
        }
        // What was told last stays until the next key.
        self.tell("", false);
        if let Some(prompt) = self.prompt.take() {
            return self.prompt_key(prompt, key);
        }
        match key.code {
            KeyCode::Char('q') | KeyCode::Esc => {
                self.back();
                None
            }
            KeyCode::Char('?') => {
                self.prompt = Some(Prompt::Help);
                None
            }
            KeyCode::Up | KeyCode::Char('k') => {
                self.step(-1);
                None
            }
            KeyCode::Down | KeyCode::Char('j') => {
                self.step(1);
                None
            }
            KeyCode::PageUp => {
                self.step(-10);
                None
            }
            KeyCode::PageDown | KeyCode::Char(' ') => {
                self.step(10);
                None
            }
            KeyCode::Home | KeyCode::Char('g') => {
                self.step(isize::MIN / 2);
                None
            }
            KeyCode::End | KeyCode::Char('G') => {
                self.step(isize::MAX / 2);
                None
            }
            KeyCode::Char('/') if self.view == View::Jobs => {
                self.prompt = Some(Prompt::Filter(self.filter.clone()));
                None
            }
            KeyCode::Enter if self.view == View::Jobs => {
                let (id, name, state) = self.current_job()?;
                self.view = View::Job;
                self.instance = 0;
                self.job = JobDetail {
                    id: id.clone(),
                    name,
                    state,
                    ..JobDetail::default()
                };
                Some(Request::OpenJob(id))
            }
            KeyCode::Char('l') | KeyCode::Enter if self.view == View::Job => {
                let row = self.job.instances.get(self.instance)?;
                let request = Request::Logs {
                    job: self.job.id.clone(),
                    task: row.task.clone(),
                    index: row.index,
                };
                self.view = View::Logs;
                self.text = Text {
                    title: format!(
                        "logs of {}/{}",
                        crate::transport::error::printable(&row.task),
                        row.index
                    ),
                    ..Text::default()
                };
                Some(request)
            }
            KeyCode::Char('w') if matches!(self.view, View::Jobs | View::Job) => {
                let (id, _, _) = self.current_job()?;
                self.view = View::Why;
                self.text = Text {
                    title: format!("why: {}", crate::transport::error::printable(&id)),
                    ..Text::default()
                };
                Some(Request::Why(id))
            }
            KeyCode::Char('t') | KeyCode::Char('r') | KeyCode::Char('d')
                if matches!(self.view, View::Jobs | View::Job) =>
            {
                let verb = match key.code {
                    KeyCode::Char('t') => Verb::Terminate,
                    KeyCode::Char('r') => Verb::Retry,
                    _ => Verb::Delete,
                };
                let (job, name, _) = self.current_job()?;
                self.prompt = Some(Prompt::Confirm { verb, job, name });
                None
            }
            _ => None,
        }
    }

    /// A key while a prompt is up.
    fn prompt_key(&mut self, prompt: Prompt, key: KeyEvent) -> Option<Request> {
        match prompt {
            Prompt::Help => None,
            Prompt::Confirm { verb, job, .. } => match key.code {
                KeyCode::Char('y') | KeyCode::Char('Y') => Some(Request::Act(verb, job)),
                _ => {
                    self.tell("nothing done", false);
                    None
                }
            },
            Prompt::Filter(mut typed) => {
                match key.code {
                    KeyCode::Enter => {
                        self.filter = typed;
                        self.selected = 0;
                        self.clamp();
                    }
                    KeyCode::Esc => {}
                    KeyCode::Backspace => {
                        typed.pop();
                        self.prompt = Some(Prompt::Filter(typed));
                    }
                    KeyCode::Char(c) if !c.is_control() && typed.chars().count() < 60 => {
                        typed.push(c);
                        self.prompt = Some(Prompt::Filter(typed));
                    }
                    _ => self.prompt = Some(Prompt::Filter(typed)),
                }
                None
            }
        }
    }

    /// `q` or Esc: back to the view before, or the end on the jobs view.
    fn back(&mut self) {
        self.view = match self.view {
            View::Jobs if !self.filter.is_empty() => {
                self.filter.clear();
                View::Jobs
            }
            View::Jobs => {
                self.exit = Some(Exit::Quit);
                View::Jobs
            }
            View::Job => View::Jobs,
            View::Logs => View::Job,
            View::Why if self.job.id.is_empty() => View::Jobs,
            View::Why => View::Job,
        };
        if self.view == View::Jobs {
            self.job = JobDetail::default();
        }
        self.text = Text::default();
    }

    /// Moves the cursor of the view (or scrolls its text) by `by` rows.
    fn step(&mut self, by: isize) {
        let moved = |at: usize, len: usize| -> usize {
            let to = (at as isize).saturating_add(by).max(0) as usize;
            to.min(len.saturating_sub(1))
        };
        match self.view {
            View::Jobs => self.selected = moved(self.selected, self.shown_jobs().len()),
            View::Job => self.instance = moved(self.instance, self.job.instances.len()),
            View::Logs | View::Why => {
                self.text.scroll = moved(self.text.scroll, self.text.lines.len());
            }
        }
    }
}

/// The keys, as `?` lists them.
pub const HELP: [(&str, &str); 11] = [
    (
        "Up/Down, j/k",
        "move (PgUp/PgDn, g/G: by a page, to the ends)",
    ),
    ("Enter", "open the job: its tasks and instances"),
    ("l", "the instance's logs (followed while it runs)"),
    ("w", "why the job failed"),
    ("t", "terminate the job (asks first)"),
    ("r", "retry the job (asks first)"),
    ("d", "delete the job (asks first)"),
    ("/", "show only jobs whose name or state contains a text"),
    ("?", "this help"),
    ("q, Esc", "back; on the jobs, leave"),
    ("Ctrl-C", "leave"),
];
