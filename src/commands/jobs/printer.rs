//! The printing side of following logs: each instance's new text once, prefixed when
//! several are shown, whole lines while following, with notes when text was cut or may
//! have been missed. Shared by `jobs logs` (one pass) and the follower.

use std::collections::HashMap;
use std::io::Write;

use batch_api::lists;
use serde_json::{Value, json};

use crate::output::terminal::{self, Mode};
use crate::transport::error::Error;
use crate::transport::notes::Notes;

use super::logtext::{TAIL_BYTES, decode, new_text, prefixed};
use super::text;

/// Prints logs, remembering what each instance has shown (for `--follow`).
pub(crate) struct Printer<'n> {
    pub stdout: bool,
    pub stderr: bool,
    pub prefix: bool,
    /// Turn `prefix` on when a task turns out to have several instances.
    pub auto_prefix: bool,
    /// `[INDEX] ` rather than `[TASK/INDEX] `.
    pub index_only: bool,
    pub jsonl: bool,
    /// Where notes about cut or missed text go.
    pub notes: &'n dyn Notes,
    /// Whether later polls will show the same instances again (`--follow`).
    pub follow: bool,
    /// This is the last round of following: print unfinished lines too.
    pub last: bool,
    /// (task, index, stream) → the text shown so far; kept only when following, so a
    /// single pass over many instances does not hold every log.
    pub seen: HashMap<(String, String, bool), String>,
    /// Instances whose cut log was already noted.
    pub noted: HashMap<(String, String, bool), ()>,
}

impl Printer<'_> {
    /// Drops what was kept of instance `index` of `task` (its text was printed a last time).
    pub fn forget(&mut self, task: &str, index: u64) {
        let index = index.to_string();
        for stream in [true, false] {
            let key = (task.to_string(), index.clone(), stream);
            self.seen.remove(&key);
            self.noted.remove(&key);
        }
    }

    /// Prints one DescribeTaskLogs answer of `task` (`total`: the instances picked).
    pub fn page(&mut self, task: &str, total: u64, answer: &Value) -> Result<(), Error> {
        if total > 1 && self.auto_prefix {
            self.prefix = true;
        }
        for log in answer
            .get(lists::TASK_INSTANCE_LOG_SET)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            self.print(task, log)?;
        }
        Ok(())
    }

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
            let mut out = terminal::stdout(Mode::Json);
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
            let (mut new, missed) = new_text(&before, &full);
            // While following, a line still being written waits for its end (or the
            // job's), so no line is printed in two pieces; a very long one goes as is.
            let mut held = 0;
            if self.follow && !self.last {
                let partial = new.rfind('\n').map_or(new, |at| &new[at + 1..]);
                if partial.len() < TAIL_BYTES / 2 {
                    held = partial.len();
                    new = &new[..new.len() - held];
                }
            }
            if missed {
                self.notes.note(&format!(
                    "[{task}/{index}] the log moved on further than the service keeps between two polls: text may be missing above"
                ));
            }
            if !new.is_empty() {
                let label = if self.index_only {
                    format!("[{index}] ")
                } else {
                    format!("[{task}/{index}] ")
                };
                let shown = prefixed(new, self.prefix.then_some(label));
                // On a terminal, what the log holds is shown, not obeyed.
                if is_out {
                    let mut out = terminal::stdout(Mode::Text);
                    out.write_all(shown.as_bytes())?;
                    out.flush()?;
                } else {
                    let mut err = terminal::stderr(Mode::Text);
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
                let mut shown = full;
                shown.truncate(shown.len() - held);
                self.seen.insert(key, shown);
            }
        }
        Ok(())
    }
}
