//! The one client path of every action: `call(action, body)` paces the request through
//! its action's token bucket, fills in a client token where the action has one, signs each
//! attempt afresh, sends it with the configured timeout, decodes the generic envelope and
//! retries what the action's idempotency allows ([`crate::transport::retry`]), with exponential
//! backoff and full jitter. An ambiguous failure of a write is checked by a read where one
//! can tell ([`crate::transport::check`], by the invocation), else reported as an unknown
//! outcome. Retries and `--debug` lines go to the [`Notes`] sink; `--debug` shows each
//! attempt and wait; neither it nor `--dry-run` shows a secret.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::io::{Read, Write};
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use batch_api::Action;
use serde_json::Value;
use serde_json::value::RawValue;

use crate::transport::credentials::Credentials;
use crate::transport::envelope;
use crate::transport::error::Error;
use crate::transport::notes::{Note, Notes};
use crate::transport::pacing::{Backoff, Clock, Jitter, RealClock, TokenBucket, VirtualClock};
use crate::transport::request::{self, ApiCall};
use crate::transport::retry::{self, Decision, Failure};
use crate::transport::settings::Settings;

/// The least wait before retrying a throttled request: the service's window is a second.
const THROTTLE_WAIT: std::time::Duration = std::time::Duration::from_secs(1);

/// The most bytes read of one answer: far above any real page, a guard against a runaway.
const MAX_ANSWER_BYTES: u64 = 64 * 1024 * 1024;

/// A successful answer: the `Response` object as received (without the wrapper, its
/// `RequestId` kept, key order and numbers untouched), and its `RequestId`.
#[derive(Debug, Clone)]
pub struct Reply {
    pub text: Box<RawValue>,
    pub request_id: String,
}

impl Reply {
    /// The answer parsed, key order and numbers kept.
    pub fn value(&self) -> Result<Value, Error> {
        serde_json::from_str(self.text.get()).map_err(|e| {
            Error::Network(format!("the service's answer cannot be read as JSON: {e}"))
        })
    }
}

/// How an exchange ended without an answer.
pub enum Stopped {
    /// Report this error.
    Failed(Error),
    /// A write that may have taken effect (see [`Decision::Ambiguous`]).
    Ambiguous(Error),
}

/// The API client of one invocation.
pub struct Client {
    /// Dropped with the client unless [`leave_http_thread_at_exit`] was called.
    http: std::mem::ManuallyDrop<reqwest::blocking::Client>,
    settings: Settings,
    credentials: Credentials,
    /// Where retries and debug lines are told.
    notes: Rc<dyn Notes>,
    /// What the waits (pacing, backoff) pass on: real time, or a virtual clock.
    clock: Box<dyn Clock>,
    /// One token bucket per action, made on its first request.
    pacers: RefCell<HashMap<&'static str, TokenBucket>>,
    jitter: RefCell<Jitter>,
    backoff: Backoff,
    /// A moment no attempt may run past (`jobs wait --max-wait`).
    deadline: Cell<Option<Instant>>,
    /// Set on Ctrl-C: the attempt in flight is abandoned at once.
    cancel: RefCell<Option<Arc<AtomicBool>>>,
}

/// Set by the binary, which exits as soon as its command ends: see
/// [`leave_http_thread_at_exit`].
static LEAVE_HTTP_THREAD: AtomicBool = AtomicBool::new(false);

/// From now on a dropped [`Client`] leaves its HTTP thread (reqwest's runtime) to the
/// process's exit rather than waking it, waiting for it to close its connections and
/// joining it: the binary calls this, as its one client is dropped just before it exits,
/// which ends that thread and closes the connections anyway. Library users and tests,
/// which may make many clients, never call it.
pub fn leave_http_thread_at_exit() {
    LEAVE_HTTP_THREAD.store(true, Ordering::Relaxed);
}

impl Drop for Client {
    fn drop(&mut self) {
        if !LEAVE_HTTP_THREAD.load(Ordering::Relaxed) {
            // SAFETY: `http` is dropped here once, in the client's own drop, and never
            // used again.
            unsafe { std::mem::ManuallyDrop::drop(&mut self.http) };
        }
    }
}

/// What one attempt got back.
struct Received {
    status: reqwest::StatusCode,
    location: Option<String>,
    declared: Option<u64>,
    server_time: Option<i64>,
    body: Vec<u8>,
    read: std::io::Result<usize>,
}

/// How often a waiting attempt looks at the Ctrl-C flag.
const CANCEL_CHECK: Duration = crate::transport::pacing::STOP_CHECK;

/// One answer with HTTP 200, and the server's clock if it sent a `Date` header.
struct Answer {
    body: Vec<u8>,
    server_time: Option<i64>,
}

impl Client {
    /// A client for `settings`, telling `notes` of its retries (and debug lines).
    pub fn new(
        settings: Settings,
        credentials: Credentials,
        notes: Rc<dyn Notes>,
    ) -> Result<Client, Error> {
        let config = settings;
        // reqwest honours HTTPS_PROXY / HTTP_PROXY / ALL_PROXY / NO_PROXY by default.
        let http = reqwest::blocking::Client::builder()
            .timeout(config.timeout)
            .connect_timeout(config.timeout)
            // The Batch API never redirects: a redirect is reported, never followed, so
            // no header (a session token) and no body goes to another host.
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(request::REQUEST_CLIENT)
            .build()
            .map_err(|e| Error::Internal(format!("cannot set up HTTP: {e}")))?;
        Ok(Client {
            http: std::mem::ManuallyDrop::new(http),
            pacers: RefCell::new(HashMap::new()),
            jitter: RefCell::new(Jitter::from_entropy()),
            backoff: Backoff::default(),
            deadline: Cell::new(None),
            cancel: RefCell::new(None),
            clock: if config.virtual_time {
                Box::new(VirtualClock::default())
            } else {
                Box::new(RealClock::new())
            },
            settings: config,
            credentials,
            notes,
        })
    }

    /// The same client waiting on `clock` (tests: a [`VirtualClock`]).
    pub fn with_clock(mut self, clock: Box<dyn Clock>) -> Client {
        self.clock = clock;
        self
    }

    /// The settings this client was built with.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The sink this client tells its notes to; commands tell theirs there too.
    pub fn notes(&self) -> &dyn Notes {
        &*self.notes
    }

    /// No attempt runs past `deadline`: the one in flight is cut there (`--max-wait`).
    pub fn set_deadline(&self, deadline: Option<Instant>) {
        self.deadline.set(deadline);
    }

    /// When `flag` is set (Ctrl-C), the attempt in flight ends with [`Error::Interrupted`].
    pub fn cancel_on(&self, flag: Arc<AtomicBool>) {
        *self.cancel.borrow_mut() = Some(flag);
    }

    fn cancelled(&self) -> bool {
        self.cancel
            .borrow()
            .as_ref()
            .is_some_and(|f| f.load(Ordering::SeqCst))
    }

    /// Time since the client was built, on its clock (virtual under
    /// `BATCHCTL_VIRTUAL_TIME=1`): what `--max-wait` of a write's `--wait` counts.
    pub fn elapsed(&self) -> Duration {
        self.clock.elapsed()
    }

    /// Waits `wait` between polls on the client's clock (virtual under
    /// `BATCHCTL_VIRTUAL_TIME=1`), but not past the deadline, and not after Ctrl-C.
    pub fn pause(&self, wait: Duration) {
        self.sleep(wait);
    }

    /// [`Client::pause`], ending early as soon as `stop` says so (looked at as often as
    /// Ctrl-C is).
    pub fn pause_unless(&self, wait: Duration, stop: &dyn Fn() -> bool) {
        let wait = match self.deadline.get() {
            Some(deadline) => wait.min(deadline.saturating_duration_since(Instant::now())),
            None => wait,
        };
        self.clock.sleep(wait, &|| self.cancelled() || stop());
    }

    /// Sleeps `wait` on the client's clock, but not past the deadline, and not after
    /// Ctrl-C.
    fn sleep(&self, wait: Duration) {
        let wait = match self.deadline.get() {
            Some(deadline) => wait.min(deadline.saturating_duration_since(Instant::now())),
            None => wait,
        };
        self.clock.sleep(wait, &|| self.cancelled());
    }

    /// Sends `body` (already prepared, see [`Client::prepare`]) as `action`: paced,
    /// signed, retried as the action allows; the answer as received, the service's error,
    /// or [`Stopped::Ambiguous`] when a write may have taken effect (the invocation then
    /// finds out by a read, [`crate::transport::check`]).
    pub fn send(&self, action: &'static Action, body: &Value) -> Result<Reply, Stopped> {
        self.send_decoded(action, body, |b| {
            envelope::parse_reply(b).map(|(text, request_id)| Reply { text, request_id })
        })
    }

    /// [`Client::send`] with the answer decoded by `decode` (a DescribeJobs page in one
    /// pass, its JobViews kept as text).
    pub fn send_decoded<T>(
        &self,
        action: &'static Action,
        body: &Value,
        decode: impl Fn(&[u8]) -> Result<T, Error>,
    ) -> Result<T, Stopped> {
        // A write made idempotent by a token: when its answers are all lost, the error
        // names the token, so the same command can be run again safely.
        let token = match action.retry {
            batch_api::Retry::Token(member) => body
                .get(member)
                .and_then(Value::as_str)
                .map(|t| (member, t.to_string())),
            _ => None,
        };
        self.exchange(action, &body_bytes(body), token, decode)
    }

    /// Writes the signed request of `action` with `body` that would be sent, secrets
    /// redacted. `body` is sent as is: give it [`Client::prepare`]d.
    pub fn write_dry_run(
        &self,
        action: &Action,
        body: &Value,
        out: &mut dyn Write,
    ) -> std::io::Result<()> {
        self.write_signed(action.name, &body_bytes(body), out)
    }

    fn write_signed(&self, action: &str, body: &[u8], out: &mut dyn Write) -> std::io::Result<()> {
        writeln!(out, "POST {}", self.settings.endpoint.url)?;
        for (name, value) in self.headers(action, body, now()) {
            writeln!(out, "{name}: {}", shown_value(name, &value))?;
        }
        writeln!(out)?;
        out.write_all(body)?;
        writeln!(out)
    }

    /// The signed headers of one call of `action` with `body` at `timestamp`.
    fn headers(&self, action: &str, body: &[u8], timestamp: i64) -> Vec<(&'static str, String)> {
        let token = self.credentials.token.as_ref().map(|t| t.expose());
        request::signed_headers(
            &self.credentials.secret_id,
            self.credentials.secret_key.expose(),
            &ApiCall {
                service: envelope::SERVICE,
                action,
                version: envelope::VERSION,
                region: self.settings.region.as_deref(),
                language: Some(self.settings.language),
                token,
                host: &self.settings.endpoint.host,
                body,
                timestamp,
            },
        )
    }

    /// Attempts until an answer decodes, a failure is final, or the action's retry rule
    /// says stop.
    fn exchange<T>(
        &self,
        action: &'static Action,
        body: &[u8],
        token: Option<(&str, String)>,
        decode: impl Fn(&[u8]) -> Result<T, Error>,
    ) -> Result<T, Stopped> {
        let max = self.settings.max_attempts.max(1);
        let mut attempt = 1;
        // Whether an attempt failed after it may have reached the service.
        let mut maybe_sent = false;
        loop {
            self.pace(action);
            if self.cancelled() {
                return Err(Stopped::Failed(Error::Interrupted));
            }
            if self.deadline.get().is_some_and(|d| Instant::now() >= d) {
                return Err(Stopped::Failed(Error::Network(format!(
                    "{} not sent: the time allowed has passed",
                    action.name
                ))));
            }
            let timestamp = now();
            let posted = self.post(action.name, body, timestamp);
            self.paced_done(action);
            let result = posted.and_then(|answer| {
                decode(&answer.body).map_err(|e| (explain_expiry(e, timestamp, &answer), true))
            });
            let (e, sent) = match result {
                Ok(value) => return Ok(value),
                Err(failed) => failed,
            };
            let failure = Failure::of(&e, sent);
            maybe_sent |= failure == Failure::Ambiguous;
            match retry::decide(action.retry, failure, attempt, max) {
                Decision::Retry => {
                    let mut wait = self.backoff.delay(attempt, self.jitter.borrow_mut().unit());
                    if failure == Failure::Throttled {
                        // The service counts requests per second: a retry sooner than that
                        // lands in the same window and is throttled again.
                        wait = wait.max(THROTTLE_WAIT);
                    }
                    // No retry announced that the deadline (`--max-wait`) would cut off.
                    if self
                        .deadline
                        .get()
                        .is_some_and(|d| Instant::now() + wait >= d)
                    {
                        return Err(Stopped::Failed(e.after_attempts(attempt)));
                    }
                    self.notes.tell(Note::Retry {
                        reason: &retry_reason(&e),
                        wait,
                        next_attempt: attempt + 1,
                        max,
                    });

                    self.debug(&format!(
                        "{} attempt {attempt}/{max} failed: {}; retrying in {} ms",
                        action.name,
                        e.first_line(),
                        wait.as_millis()
                    ));
                    self.sleep(wait);
                    attempt += 1;
                }
                Decision::Ambiguous => {
                    self.debug(&format!(
                        "{} attempt {attempt}/{max} failed after it may have reached the service: {}; not sent again",
                        action.name,
                        e.first_line()
                    ));
                    return Err(Stopped::Ambiguous(e));
                }
                Decision::Stop => {
                    if attempt > 1 || max > 1 {
                        self.debug(&format!(
                            "{} attempt {attempt}/{max} failed: {}",
                            action.name,
                            e.first_line()
                        ));
                    }
                    // "gave up after N attempts" only when the last failure was itself
                    // worth retrying; a final error after throttling is just that error.
                    let e = if e.is_retryable() {
                        e.after_attempts(attempt)
                    } else {
                        e
                    };
                    // A write repeated by its token whose answers were lost may have taken
                    // effect: say so, and how to repeat it safely.
                    if let (true, true, Some((member, token))) =
                        (maybe_sent, e.is_retryable(), &token)
                    {
                        return Err(Stopped::Failed(Error::OutcomeUnknown(
                            lost_answers_message(action.name, member, token, &e),
                        )));
                    }
                    return Err(Stopped::Failed(e));
                }
            }
        }
    }

    /// Waits for this request's slot in its action's bucket.
    fn pace(&self, action: &'static Action) {
        let rate = self.settings.rate_limit.for_action(action.rate_limit);
        let wait = self
            .pacers
            .borrow_mut()
            .entry(action.name)
            .or_insert_with(|| TokenBucket::new(rate))
            .acquire(self.clock.elapsed());
        if !wait.is_zero() {
            self.debug(&format!(
                "pacing {}: waiting {} ms ({rate} requests per second)",
                action.name,
                wait.as_millis(),
            ));
            self.sleep(wait);
        }
    }

    /// Tells `action`'s bucket that an attempt has its answer (or failed): the service
    /// received it before that moment.
    fn paced_done(&self, action: &'static Action) {
        if let Some(bucket) = self.pacers.borrow_mut().get_mut(action.name) {
            bucket.finished(self.clock.elapsed());
        }
    }

    /// One signed POST; returns the body of an HTTP 200 answer, or the error and whether
    /// the request may have reached the service.
    fn post(&self, action: &str, body: &[u8], timestamp: i64) -> Result<Answer, (Error, bool)> {
        let headers = self.headers(action, body, timestamp);
        let endpoint = &self.settings.endpoint.url;
        if self.notes.debugging() {
            self.debug(&format!("POST {endpoint}"));
            for (name, value) in &headers {
                self.debug(&format!("> {name}: {}", shown_value(name, value)));
            }
            self.debug(&format!("> {}", String::from_utf8_lossy(body)));
        }
        let mut builder = self.http.post(endpoint).body(body.to_vec());
        for (name, value) in &headers {
            builder = builder.header(*name, value);
        }
        let started = Instant::now();
        let Received {
            status,
            location,
            declared,
            server_time,
            body: answer,
            read,
        } = self.within(builder, endpoint)?;
        self.debug(&format!(
            "< HTTP {} in {} ms, {} bytes",
            status.as_u16(),
            started.elapsed().as_millis(),
            answer.len()
        ));
        if status.is_redirection() {
            let to = location
                .as_deref()
                .and_then(|l| reqwest::Url::parse(endpoint).ok()?.join(l).ok())
                .map(|u| match (u.host_str(), u.port()) {
                    (Some(h), Some(p)) => format!("{h}:{p}"),
                    (Some(h), None) => h.to_string(),
                    _ => u.to_string(),
                })
                .unwrap_or_else(|| "an unnamed place".to_string());
            return Err((
                Error::Http {
                    status: status.as_u16(),
                    endpoint: endpoint.clone(),
                    body: format!(
                        "a redirect to {}, not followed: the Batch API never redirects, and nothing was sent there",
                        crate::transport::error::printable(&to)
                    ),
                },
                true,
            ));
        }
        if let Err(e) = read {
            return Err((
                Error::Network(format!(
                    "the answer from {endpoint} was cut off after {} bytes{}: {}",
                    answer.len(),
                    declared.map(|n| format!(" of {n}")).unwrap_or_default(),
                    root_cause(&e)
                )),
                true,
            ));
        }
        if answer.len() as u64 >= MAX_ANSWER_BYTES {
            return Err((
                Error::Network(format!(
                    "the answer from {endpoint} is larger than {} MiB, far more than any answer of the service",
                    MAX_ANSWER_BYTES / (1024 * 1024)
                )),
                true,
            ));
        }
        if let Some(n) = declared
            && n != answer.len() as u64
        {
            return Err((
                Error::Network(format!(
                    "the answer from {endpoint} was truncated: {} of {n} bytes",
                    answer.len()
                )),
                true,
            ));
        }
        if !status.is_success() {
            return Err((
                Error::Http {
                    status: status.as_u16(),
                    endpoint: endpoint.clone(),
                    body: envelope::snippet(&answer),
                },
                true,
            ));
        }
        Ok(Answer {
            body: answer,
            server_time,
        })
    }

    /// Runs one exchange (connect, headers, the whole body) and waits for it no longer
    /// than `--timeout` (and the deadline). The request carries that bound as reqwest's
    /// total timeout, which covers the body too (its client-wide timeout bounds each read
    /// only, so a body trickling in a byte at a time would never end). With a Ctrl-C flag
    /// to watch, the exchange runs on a thread of its own and the flag is polled while it
    /// runs; without one (a single call), it runs on this thread: no thread to start and
    /// no hand-over of the answer.
    fn within(
        &self,
        builder: reqwest::blocking::RequestBuilder,
        endpoint: &str,
    ) -> Result<Received, (Error, bool)> {
        let timeout_end = Instant::now() + self.settings.timeout;
        let end = self
            .deadline
            .get()
            .map_or(timeout_end, |d| d.min(timeout_end));
        let out_of_time = || {
            Error::Network(if end < timeout_end {
                format!("timed out: {endpoint}: no complete answer before the time allowed ran out")
            } else {
                format!(
                    "timed out: {endpoint}: no complete answer within {}{}",
                    crate::transport::duration::human(self.settings.timeout),
                    tls_hint(endpoint, "", true)
                )
            })
        };
        let left = end.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err((out_of_time(), true));
        }
        let builder = builder.timeout(left);
        let exchanged = if self.cancel.borrow().is_none() {
            exchange(builder)
        } else {
            let (tx, rx) = std::sync::mpsc::channel();
            std::thread::spawn(move || {
                let _ = tx.send(exchange(builder));
            });
            loop {
                let now = Instant::now();
                if self.cancelled() {
                    return Err((Error::Interrupted, true));
                }
                if now >= end {
                    return Err((out_of_time(), true));
                }
                match rx.recv_timeout((end - now).min(CANCEL_CHECK)) {
                    Ok(exchanged) => break exchanged,
                    Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
                    Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                        return Err((
                            Error::Network(format!(
                                "request failed: {endpoint}: the exchange ended without a word"
                            )),
                            true,
                        ));
                    }
                }
            }
        };
        match exchanged {
            Ok(received) if received.read.as_ref().is_err_and(timed_out) => {
                Err((out_of_time(), true))
            }
            Ok(received) => Ok(received),
            Err(e) if e.is_timeout() => Err((out_of_time(), true)),
            Err(e) => Err((network_error(endpoint, &e), !e.is_connect())),
        }
    }

    /// A `--debug` line, told to the notes sink.
    pub fn debug(&self, line: &str) {
        self.notes.debug(line);
    }
}

/// Sends one request and reads its whole answer.
fn exchange(builder: reqwest::blocking::RequestBuilder) -> Result<Received, reqwest::Error> {
    let response = builder.send()?;
    let status = response.status();
    let declared = response.content_length();
    let headers = response.headers();
    let location = headers
        .get(reqwest::header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let server_time = headers
        .get(reqwest::header::DATE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| chrono::DateTime::parse_from_rfc2822(v).ok())
        .map(|d| d.timestamp());
    let mut body = Vec::new();
    let read = response.take(MAX_ANSWER_BYTES).read_to_end(&mut body);
    Ok(Received {
        status,
        location,
        declared,
        server_time,
        body,
        read,
    })
}

/// Whether reading an answer's body failed because its time ran out (reqwest's total
/// timeout, or a read's own).
fn timed_out(e: &std::io::Error) -> bool {
    if e.kind() == std::io::ErrorKind::TimedOut {
        return true;
    }
    let mut cause: Option<&(dyn std::error::Error + 'static)> = e.get_ref().map(|c| c as _);
    while let Some(c) = cause {
        if c.downcast_ref::<reqwest::Error>()
            .is_some_and(reqwest::Error::is_timeout)
        {
            return true;
        }
        cause = c.source();
    }
    false
}

/// The exact bytes sent for a body (key order and numbers as held).
fn body_bytes(body: &Value) -> Vec<u8> {
    // A Value always serialises.
    serde_json::to_vec(body).unwrap_or_default()
}

/// A fresh client token: a random UUID (36 ASCII characters; the service takes up to 64).
/// The message when every attempt of a write repeated by its token `member` lost its
/// answer: it may have taken effect; sending it again with the same token cannot do it twice.
fn lost_answers_message(action: &str, member: &str, token: &str, last: &Error) -> String {
    let token = super::error::printable(token);
    let effect = match action {
        "SubmitJob" => "the job may exist",
        "CreateComputeEnv" => "the environment may exist",
        _ => "it may have taken effect",
    };
    format!(
        "{action}: outcome unknown: the request may have reached the service, but no answer came \
         back ({}), so {effect}. Running it again with the same {member} is safe (the service \
         acts on one token at most once): repeat the same command with `--client-token {token}` \
         (with `batchctl api`: `--{member} {token}`)",
        last.first_line()
    )
}

pub fn new_client_token() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// Unix seconds now.
fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// On `AuthFailure.SignatureExpire`, says how far the local clock is from the server's,
/// from the answer's `Date` header or, failing that, a time in the message.
fn explain_expiry(e: Error, sent: i64, answer: &Answer) -> Error {
    let Error::Service {
        code,
        message,
        request_id,
        hint,
    } = e
    else {
        return e;
    };
    if code != "AuthFailure.SignatureExpire" {
        return Error::Service {
            code,
            message,
            request_id,
            hint,
        };
    }
    let server = answer
        .server_time
        .or_else(|| time_in_message(&message, sent));
    let hint = match server {
        Some(server) => Some(clock_skew_hint(sent, server)),
        None => hint,
    };
    Error::Service {
        code,
        message,
        request_id,
        hint,
    }
}

/// The clock-skew hint for a request stamped `sent` that the server received at `server`.
pub fn clock_skew_hint(sent: i64, server: i64) -> String {
    let skew = sent.saturating_sub(server);
    // Within a request's travel time the clocks agree: blaming the local one would
    // send the user after the wrong problem.
    if skew.unsigned_abs() <= CLOCKS_AGREE_SECS {
        return format!(
            "the local clock agrees with the server's (within {} s), yet the service called the \
             request expired: it may have been held up on the way (a proxy), or retried too late; retry",
            skew.unsigned_abs().max(1)
        );
    }
    let direction = if skew > 0 { "ahead of" } else { "behind" };
    let server_text = chrono::DateTime::from_timestamp(server, 0)
        .map(|d| d.format("%Y-%m-%d %H:%M:%S UTC").to_string())
        .unwrap_or_else(|| server.to_string());
    format!(
        "the local clock is likely wrong: it is {} {direction} the server's ({server_text}); \
         requests must be stamped within 5 minutes of it. Set the clock (e.g. with NTP) and retry",
        human_seconds(skew.unsigned_abs())
    )
}

/// A skew this small is travel time, not a wrong clock.
const CLOCKS_AGREE_SECS: u64 = 5;

fn human_seconds(s: u64) -> String {
    match s {
        0..=119 => format!("{s} s"),
        120..=7199 => format!("{} min {} s", s / 60, s % 60),
        _ => format!("{} h {} min", s / 3600, (s % 3600) / 60),
    }
}

/// A plausible Unix time (10 digits) in `message` other than the one we sent.
fn time_in_message(message: &str, sent: i64) -> Option<i64> {
    message
        .split(|c: char| !c.is_ascii_digit())
        .filter(|t| t.len() == 10)
        .filter_map(|t| t.parse::<i64>().ok())
        .find(|t| *t != sent)
}

/// A header value as it may be shown: secrets redacted.
fn shown_value<'a>(name: &str, value: &'a str) -> &'a str {
    if request::is_secret_header(name) {
        "***"
    } else {
        value
    }
}

/// The innermost cause of an error, which is usually the useful part.
fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut cause: &dyn std::error::Error = e;
    while let Some(next) = cause.source() {
        cause = next;
    }
    cause.to_string()
}

fn network_error(endpoint: &str, e: &reqwest::Error) -> Error {
    let what = if e.is_timeout() {
        "timed out"
    } else if e.is_connect() {
        "cannot connect"
    } else {
        "request failed"
    };
    let cause = root_cause(e);
    let hint = tls_hint(endpoint, &cause, e.is_timeout());
    Error::Network(format!("{what}: {endpoint}: {cause}{hint}"))
}

/// What went wrong, in a word or two, for the retry note: the service's code, the HTTP
/// status, or the kind of network failure.
fn retry_reason(e: &Error) -> String {
    match e {
        Error::Service { code, .. } => crate::transport::error::printable(code),
        Error::Http { status, .. } => format!("HTTP {status}"),
        other => {
            let line = other.first_line();
            line.split(": ").next().unwrap_or(&line).to_string()
        }
    }
}

/// When an https endpoint answered something that is not TLS (most often a plain-HTTP
/// server such as `emulator serve`), a hint to write `http://`.
/// A plain-HTTP server that waits for a request line never answers a ClientHello: a
/// timeout on a port other than 443 gets the hint too.
fn tls_hint(endpoint: &str, cause: &str, timed_out: bool) -> String {
    let Some(rest) = endpoint.strip_prefix("https://") else {
        return String::new();
    };
    let host = rest.trim_end_matches('/');
    let lower = cause.to_ascii_lowercase();
    let not_tls = [
        "corrupt message",
        "invalidcontenttype",
        "wrong version number",
    ]
    .iter()
    .any(|sign| lower.contains(sign));
    let odd_port = host
        .rsplit_once(':')
        .is_some_and(|(_, port)| port.parse::<u16>().is_ok_and(|p| p != 443));
    if !(not_tls || (timed_out && odd_port)) {
        return String::new();
    }
    format!(
        "\n  hint: no TLS answer from {host}; if it speaks plain HTTP (an emulator), use --endpoint http://{host}"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_skew_is_told_in_both_directions() {
        let ahead = clock_skew_hint(1_700_000_000 + 900, 1_700_000_000);
        assert!(ahead.contains("15 min 0 s ahead of"), "{ahead}");
        assert!(ahead.contains("2023-11-14 22:13:20 UTC"), "{ahead}");
        let behind = clock_skew_hint(1_700_000_000 - 30, 1_700_000_000);
        assert!(behind.contains("30 s behind"), "{behind}");
    }

    #[test]
    fn clocks_that_agree_are_not_blamed() {
        for sent in [1_700_000_000, 1_700_000_003, 1_699_999_998] {
            let hint = clock_skew_hint(sent, 1_700_000_000);
            assert!(!hint.contains("likely wrong"), "{hint}");
            assert!(hint.contains("agrees"), "{hint}");
        }
    }

    #[test]
    fn the_server_time_can_come_from_the_message() {
        let msg = "Signature expired. Timestamp: 1700000000, server time: 1700000999";
        assert_eq!(time_in_message(msg, 1_700_000_000), Some(1_700_000_999));
        assert_eq!(time_in_message("no time here", 1), None);
    }

    #[test]
    fn a_refused_connection_is_a_retryable_network_error() {
        // Nothing listens on a port we bound and freed: a connect error, at once.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let e = network_error_for(port);
        assert!(e.is_retryable() && e.exit_code() == 5, "{e}");
    }

    /// A clock the test can read after the client owns it.
    struct SharedClock(std::rc::Rc<std::cell::Cell<Duration>>);

    impl Clock for SharedClock {
        fn elapsed(&self) -> Duration {
            self.0.get()
        }
        fn sleep(&self, wait: Duration, _stop: &dyn Fn() -> bool) {
            self.0.set(self.0.get() + wait);
        }
    }

    /// Notes kept for the test to read.
    #[derive(Default)]
    struct Kept(RefCell<Vec<String>>);

    impl Notes for Kept {
        fn tell(&self, note: Note<'_>) {
            if let Note::Retry { wait, .. } = note {
                self.0.borrow_mut().push(format!("{}", wait.as_millis()));
            }
        }
    }

    /// A server on loopback answering `answers` in turn, one connection each.
    fn server(answers: Vec<&'static str>) -> u16 {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        std::thread::spawn(move || {
            for answer in answers {
                let Ok((mut stream, _)) = listener.accept() else {
                    return;
                };
                let mut buf = [0u8; 65536];
                let mut got = Vec::new();
                // Read the head and the declared body, then answer.
                loop {
                    let n = stream.read(&mut buf).unwrap_or(0);
                    if n == 0 {
                        break;
                    }
                    got.extend_from_slice(&buf[..n]);
                    let text = String::from_utf8_lossy(&got);
                    if let Some(end) = text.find("\r\n\r\n") {
                        let length = text[..end]
                            .lines()
                            .find_map(|l| {
                                let (k, v) = l.split_once(':')?;
                                k.eq_ignore_ascii_case("content-length")
                                    .then(|| v.trim().parse::<usize>().ok())?
                            })
                            .unwrap_or(0);
                        if got.len() >= end + 4 + length {
                            break;
                        }
                    }
                }
                let _ = stream.write_all(answer.as_bytes());
            }
        });
        port
    }

    #[test]
    fn retry_waits_pass_on_the_injected_clock() {
        let ok = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 57\r\nConnection: close\r\n\r\n{\"Response\":{\"TotalCount\":0,\"JobSet\":[],\"RequestId\":\"r\"}}";
        let bad = "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        let port = server(vec![bad, ok]);
        let settings = Settings {
            endpoint: crate::transport::settings::Endpoint::parse(&format!(
                "http://127.0.0.1:{port}"
            ))
            .unwrap(),
            region: None,
            language: "en-US",
            timeout: Duration::from_secs(30),
            max_attempts: 3,
            rate_limit: crate::transport::settings::RateLimit::Off,
            dry_run: false,
            virtual_time: false,
        };
        let credentials = Credentials {
            secret_id: "AKIDtest".into(),
            secret_key: crate::transport::credentials::Secret::new("key"),
            token: None,
            source: "a test".into(),
        };
        let notes = Rc::new(Kept::default());
        let clock = std::rc::Rc::new(std::cell::Cell::new(Duration::ZERO));
        let client = Client::new(settings, credentials, notes.clone())
            .unwrap()
            .with_clock(Box::new(SharedClock(clock.clone())));
        let action = batch_api::ActionId::DescribeJobs.action();
        let reply = client.send(action, &serde_json::json!({}));
        assert!(reply.is_ok(), "the retry got the answer");
        let told = notes.0.borrow().clone();
        assert_eq!(told.len(), 1, "one retry told: {told:?}");
        // The wait told is the one the clock was asked for: no real sleep happened.
        assert_eq!(told[0], clock.get().as_millis().to_string());
    }

    fn network_error_for(port: u16) -> Error {
        let client = reqwest::blocking::Client::builder()
            .timeout(std::time::Duration::from_secs(2))
            .build()
            .unwrap();
        let err = client
            .get(format!("http://127.0.0.1:{port}/"))
            .send()
            .unwrap_err();
        network_error("http://127.0.0.1/", &err)
    }
}
