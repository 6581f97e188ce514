//! The emulator's request log: one JSON line per request appended to a file (flushed
//! each time, so a test can read it while the emulator runs), and unless quiet one
//! human line per request on stderr. Every request is recorded, throttled ones
//! (`RequestLimitExceeded`) and those answered by an injected fault (`inject:<fault>`)
//! too, so a test can count a client's attempts. Neither ever holds a SecretKey or a
//! token: only whether a token was sent. A request whose answer a `lost` fault dropped
//! is recorded as answered (`inject:lost`, plus `answered`: what the answer said). With
//! `--advance`, the record of a successful answer adds `"advanced": n`, how many of the
//! returned jobs moved forward.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::Path;
use std::sync::Mutex;

use serde_json::{Map, Value};

use crate::error::Error;

use super::faults::Fault;
use super::request::{Incoming, common, secret_id};
use super::service::{Outcome, Served};

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
        self.write(|| log_line(req, outcome, now), || human_line(outcome));
    }

    /// Records one request answered by an injected fault (`ok` excepted: those are
    /// answered, and recorded, normally); `request_id` is that of the envelope, if any.
    pub fn record_fault(
        &self,
        req: &Incoming<'_>,
        fault: Fault,
        request_id: Option<&str>,
        now: i64,
    ) {
        self.write(
            || fault_line(req, fault, request_id, now),
            || human_fault_line(req, fault),
        );
    }

    /// Records one request answered normally whose answer a `lost` fault then dropped:
    /// the usual record with the outcome `inject:lost`, and what the answer would have
    /// said in `answered` (`ok` or the error code).
    pub fn record_lost(&self, req: &Incoming<'_>, outcome: &Outcome, now: i64) {
        self.write(
            || lost_line(req, outcome, now),
            || {
                format!(
                    "{} (answer lost: {})",
                    human_line(outcome),
                    Fault::Lost.describe()
                )
            },
        );
    }

    fn write(&self, line: impl FnOnce() -> Value, human: impl FnOnce() -> String) {
        if let Some(file) = &self.file {
            let mut line = line().to_string();
            line.push('\n');
            // A poisoned lock only means another request panicked while writing; the
            // file is still usable.
            let mut file = file.lock().unwrap_or_else(|e| e.into_inner());
            // Logging must never take the service down: a full disk loses log lines only.
            let _ = file.write_all(line.as_bytes()).and_then(|_| file.flush());
        }
        if !self.quiet {
            let _ = writeln!(std::io::stderr(), "{}", human());
        }
    }
}

/// The JSON log record of one request.
pub fn log_line(req: &Incoming<'_>, outcome: &Outcome, now: i64) -> Value {
    let mut line = request_fields(
        req,
        now,
        outcome.action.as_deref(),
        outcome.region.as_deref(),
        outcome.secret_id.as_deref(),
        outcome.token,
    );
    line.insert("outcome".into(), Value::from(outcome.code()));
    let (returned, total) = match &outcome.result {
        Ok(served) => (served.returned as u64, served.total),
        Err(_) => (0, 0),
    };
    line.insert("returned".into(), Value::from(returned));
    line.insert("total".into(), Value::from(total));
    if let Ok(Served {
        advanced: Some(n), ..
    }) = &outcome.result
    {
        line.insert("advanced".into(), Value::from(*n));
    }
    line.insert(
        "request_id".into(),
        Value::from(outcome.request_id.as_str()),
    );
    if let Err(e) = &outcome.result
        && let Some(detail) = &e.detail
    {
        line.insert("detail".into(), Value::from(detail.as_str()));
    }
    Value::Object(line)
}

/// The JSON log record of a request whose answer a `lost` fault dropped.
pub fn lost_line(req: &Incoming<'_>, outcome: &Outcome, now: i64) -> Value {
    let mut line = log_line(req, outcome, now);
    if let Value::Object(fields) = &mut line {
        fields.insert("answered".into(), Value::from(outcome.code()));
        fields.insert(
            "outcome".into(),
            Value::from(format!("inject:{}", Fault::Lost)),
        );
    }
    line
}

/// The JSON log record of a request answered by an injected fault: the same fields as
/// [`log_line`], with the outcome `inject:<fault>`.
pub fn fault_line(req: &Incoming<'_>, fault: Fault, request_id: Option<&str>, now: i64) -> Value {
    // Read in either form: a request signed with the older method carries these as
    // parameters, not headers.
    let action = common(req, "X-TC-Action");
    let region = common(req, "X-TC-Region");
    let mut line = request_fields(
        req,
        now,
        action.as_deref(),
        region.as_deref(),
        secret_id(req).as_deref(),
        common(req, "X-TC-Token").is_some_and(|t| !t.is_empty()),
    );
    line.insert("outcome".into(), Value::from(format!("inject:{fault}")));
    line.insert("returned".into(), Value::from(0));
    line.insert("total".into(), Value::from(0));
    line.insert(
        "request_id".into(),
        request_id.map_or(Value::Null, Value::from),
    );
    line.insert("detail".into(), Value::from(fault.describe()));
    Value::Object(line)
}

/// What every log record says about the request itself.
fn request_fields(
    req: &Incoming<'_>,
    now: i64,
    action: Option<&str>,
    region: Option<&str>,
    secret_id: Option<&str>,
    token: bool,
) -> Map<String, Value> {
    let text = |s: Option<&str>| s.map_or(Value::Null, Value::from);
    let mut line = Map::new();
    line.insert("time".into(), Value::from(now));
    line.insert("method".into(), Value::from(req.method));
    line.insert("action".into(), text(action));
    line.insert("region".into(), text(region));
    line.insert("secret_id".into(), text(secret_id));
    line.insert("token".into(), Value::from(token));
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
    line
}

/// The action for a human line: control characters removed, at most 64 characters.
fn shown_action(action: Option<&str>) -> String {
    action
        .map(|a| {
            a.chars()
                .filter(|c| !c.is_control())
                .take(64)
                .collect::<String>()
        })
        .filter(|a| !a.is_empty())
        .unwrap_or_else(|| "(no action)".to_string())
}

/// The human line of a fault, e.g.
/// `emulator: DescribeJobs inject:reset (connection closed, nothing sent)`.
pub fn human_fault_line(req: &Incoming<'_>, fault: Fault) -> String {
    format!(
        "emulator: {} inject:{fault} ({})",
        shown_action(common(req, "X-TC-Action").as_deref()),
        fault.describe()
    )
}

/// The human line of one request, e.g. `emulator: DescribeJobs ok 20/57 jobs` (with
/// `--advance`, e.g. `emulator: DescribeJobs ok 1/1 jobs, 1 advanced`); other actions
/// say how many items their answer's list holds, if it has one (`… ok 12 items`).
pub fn human_line(outcome: &Outcome) -> String {
    let action = shown_action(outcome.action.as_deref());
    let describes_jobs = outcome.action.as_deref().map(str::trim) == Some(crate::api::ACTION);
    match &outcome.result {
        Ok(served) if !describes_jobs => match served.returned {
            0 => format!("emulator: {action} ok"),
            n => format!("emulator: {action} ok {n} items"),
        },
        Ok(served) => match served.advanced {
            Some(n) => format!(
                "emulator: {action} ok {}/{} jobs, {n} advanced",
                served.returned, served.total
            ),
            None => format!(
                "emulator: {action} ok {}/{} jobs",
                served.returned, served.total
            ),
        },
        Err(e) => match &e.detail {
            Some(detail) => format!("emulator: {action} {} ({detail})", e.code),
            None => format!("emulator: {action} {}", e.code),
        },
    }
}
