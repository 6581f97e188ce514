//! The emulator's request log: one JSON line per request appended to a file (flushed
//! each time, so a test can read it while the emulator runs), and unless quiet one
//! human line per request on stderr. Neither ever holds a SecretKey or a token: only
//! whether a token was sent.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::Path;
use std::sync::Mutex;

use serde_json::{Map, Value};

use crate::error::Error;

use super::service::{Incoming, Outcome};

pub struct Logger {
    file: Option<Mutex<File>>,
    quiet: bool,
}

impl Logger {
    /// Opens (creates, appends to) the log file, if any.
    pub fn open(path: Option<&Path>, quiet: bool) -> Result<Logger, Error> {
        let file = match path {
            None => None,
            Some(path) => Some(Mutex::new(
                OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(path)
                    .map_err(|e| {
                        Error::Usage(format!("cannot open the log file {}: {e}", path.display()))
                    })?,
            )),
        };
        Ok(Logger { file, quiet })
    }

    /// Records one request and its answer.
    pub fn record(&self, req: &Incoming<'_>, outcome: &Outcome, now: i64) {
        if let Some(file) = &self.file {
            let mut line = log_line(req, outcome, now).to_string();
            line.push('\n');
            // A poisoned lock only means another request panicked while writing; the
            // file is still usable.
            let mut file = file.lock().unwrap_or_else(|e| e.into_inner());
            // Logging must never take the service down: a full disk loses log lines only.
            let _ = file.write_all(line.as_bytes()).and_then(|_| file.flush());
        }
        if !self.quiet {
            let _ = writeln!(std::io::stderr(), "{}", human_line(outcome));
        }
    }
}

/// The JSON log record of one request.
pub fn log_line(req: &Incoming<'_>, outcome: &Outcome, now: i64) -> Value {
    let text = |s: &Option<String>| s.as_ref().map_or(Value::Null, |s| Value::from(s.as_str()));
    let mut line = Map::new();
    line.insert("time".into(), Value::from(now));
    line.insert("method".into(), Value::from(req.method));
    line.insert("action".into(), text(&outcome.action));
    line.insert("region".into(), text(&outcome.region));
    line.insert("secret_id".into(), text(&outcome.secret_id));
    line.insert("token".into(), Value::from(outcome.token));
    if !req.query.is_empty() {
        line.insert("query".into(), Value::from(req.query));
    }
    let body = if req.body_problem.is_some() {
        Value::Null
    } else {
        serde_json::from_slice(req.body)
            .unwrap_or_else(|_| Value::from(String::from_utf8_lossy(req.body).into_owned()))
    };
    line.insert("body".into(), body);
    line.insert("outcome".into(), Value::from(outcome.code()));
    let (returned, total) = match &outcome.result {
        Ok(served) => (served.returned as u64, served.total),
        Err(_) => (0, 0),
    };
    line.insert("returned".into(), Value::from(returned));
    line.insert("total".into(), Value::from(total));
    line.insert(
        "request_id".into(),
        Value::from(outcome.request_id.as_str()),
    );
    if let Err(e) = &outcome.result {
        if let Some(detail) = &e.detail {
            line.insert("detail".into(), Value::from(detail.as_str()));
        }
    }
    Value::Object(line)
}

/// The human line of one request, e.g. `emulator: DescribeJobs ok 20/57 jobs`.
pub fn human_line(outcome: &Outcome) -> String {
    let action = outcome
        .action
        .as_deref()
        .map(|a| {
            a.chars()
                .filter(|c| !c.is_control())
                .take(64)
                .collect::<String>()
        })
        .filter(|a| !a.is_empty())
        .unwrap_or_else(|| "(no action)".to_string());
    match &outcome.result {
        Ok(served) => format!(
            "emulator: {action} ok {}/{} jobs",
            served.returned, served.total
        ),
        Err(e) => match &e.detail {
            Some(detail) => format!("emulator: {action} {} ({detail})", e.code),
            None => format!("emulator: {action} {}", e.code),
        },
    }
}
