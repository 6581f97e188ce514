//! The HTTP call: paces every request of the invocation through one token bucket, signs
//! each attempt with a fresh timestamp, sends it with the configured timeout, decodes the
//! answer (HTTP status, envelope, errors) and retries what is worth retrying, with
//! exponential backoff and full jitter. `--debug` shows each attempt and wait; neither it
//! nor `--dry-run` shows a secret.

use std::cell::RefCell;
use std::io::{Read, Write};
use std::time::Instant;

use crate::api::{self, DescribeJobsRequest, JobsPage};
use crate::credentials::Credentials;
use crate::error::Error;
use crate::pacing::{Backoff, Jitter, TokenBucket};
use crate::request::{self, ApiCall};
use crate::settings::Settings;

/// The least wait before retrying a throttled request: the service's window is a second.
const THROTTLE_WAIT: std::time::Duration = std::time::Duration::from_secs(1);

/// The most bytes read of one answer: far above any real page, a guard against a runaway.
const MAX_ANSWER_BYTES: u64 = 64 * 1024 * 1024;

/// A DescribeJobs client for one invocation.
pub struct Client {
    http: reqwest::blocking::Client,
    settings: Settings,
    credentials: Credentials,
    pacer: RefCell<TokenBucket>,
    jitter: RefCell<Jitter>,
    backoff: Backoff,
    started: Instant,
}

/// One answer with HTTP 200, and the server's clock if it sent a `Date` header.
struct Answer {
    body: Vec<u8>,
    server_time: Option<i64>,
}

impl Client {
    pub fn new(settings: Settings, credentials: Credentials) -> Result<Client, Error> {
        // reqwest honours HTTPS_PROXY / HTTP_PROXY / ALL_PROXY / NO_PROXY by default.
        let http = reqwest::blocking::Client::builder()
            .timeout(settings.timeout)
            .connect_timeout(settings.timeout)
            .user_agent(request::REQUEST_CLIENT)
            .build()
            .map_err(|e| Error::Internal(format!("cannot set up HTTP: {e}")))?;
        Ok(Client {
            http,
            pacer: RefCell::new(TokenBucket::new(settings.rate_limit)),
            jitter: RefCell::new(Jitter::from_entropy()),
            backoff: Backoff::default(),
            started: Instant::now(),
            settings,
            credentials,
        })
    }

    /// The validated settings this client was built with.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The headers of one signed call of `body` at `timestamp`.
    fn headers(&self, body: &[u8], timestamp: i64) -> Vec<(&'static str, String)> {
        let token = self.credentials.token.as_ref().map(|t| t.expose());
        request::signed_headers(
            &self.credentials.secret_id,
            self.credentials.secret_key.expose(),
            &ApiCall {
                service: api::SERVICE,
                action: api::ACTION,
                version: api::VERSION,
                region: self.settings.region.as_deref(),
                language: Some(self.settings.language),
                token,
                host: &self.settings.endpoint.host,
                body,
                timestamp,
            },
        )
    }

    /// Writes the signed request that would be sent, secrets redacted.
    pub fn write_dry_run(
        &self,
        req: &DescribeJobsRequest,
        out: &mut dyn Write,
    ) -> std::io::Result<()> {
        let body = req.to_body();
        writeln!(out, "POST {}", self.settings.endpoint.url)?;
        for (name, value) in self.headers(&body, now()) {
            writeln!(out, "{name}: {}", shown_value(name, &value))?;
        }
        writeln!(out)?;
        out.write_all(&body)?;
        writeln!(out)
    }

    /// Sends one DescribeJobs request (paced, retried) and decodes its answer.
    pub fn describe_jobs(&self, req: &DescribeJobsRequest) -> Result<JobsPage, Error> {
        let body = req.to_body();
        let max = self.settings.max_attempts.max(1);
        let mut attempt = 1;
        loop {
            self.pace();
            let timestamp = now();
            let result = self.send(&body, timestamp).and_then(|answer| {
                api::parse_response(&answer.body).map_err(|e| explain_expiry(e, timestamp, &answer))
            });
            match result {
                Ok(page) => return Ok(page),
                Err(e) if e.is_retryable() && attempt < max => {
                    let mut wait = self.backoff.delay(attempt, self.jitter.borrow_mut().unit());
                    if e.is_throttling() {
                        // The service counts requests per second: a retry sooner than that
                        // lands in the same window and is throttled again.
                        wait = wait.max(THROTTLE_WAIT);
                    }
                    self.debug(&format!(
                        "attempt {attempt}/{max} failed: {}; retrying in {} ms",
                        e.first_line(),
                        wait.as_millis()
                    ));
                    std::thread::sleep(wait);
                    attempt += 1;
                }
                Err(e) => {
                    if attempt > 1 || max > 1 {
                        self.debug(&format!(
                            "attempt {attempt}/{max} failed: {}",
                            e.first_line()
                        ));
                    }
                    // "gave up after N attempts" only when the last failure was itself
                    // worth retrying; a final error after throttling is just that error.
                    return Err(if e.is_retryable() {
                        e.after_attempts(attempt)
                    } else {
                        e
                    });
                }
            }
        }
    }

    /// Waits for this request's slot under `--rate-limit`.
    fn pace(&self) {
        let wait = self.pacer.borrow_mut().acquire(self.started.elapsed());
        if !wait.is_zero() {
            self.debug(&format!(
                "pacing: waiting {} ms (--rate-limit {})",
                wait.as_millis(),
                self.settings.rate_limit
            ));
            std::thread::sleep(wait);
        }
    }

    /// One signed POST; returns the body of an HTTP 200 answer.
    fn send(&self, body: &[u8], timestamp: i64) -> Result<Answer, Error> {
        let headers = self.headers(body, timestamp);
        let endpoint = &self.settings.endpoint.url;
        if self.settings.debug {
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
        let response = builder.send().map_err(|e| network_error(endpoint, &e))?;
        let status = response.status();
        let declared = response.content_length();
        let server_time = response
            .headers()
            .get(reqwest::header::DATE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| chrono::DateTime::parse_from_rfc2822(v).ok())
            .map(|d| d.timestamp());
        let mut answer = Vec::new();
        let read = response.take(MAX_ANSWER_BYTES).read_to_end(&mut answer);
        self.debug(&format!(
            "< HTTP {} in {} ms, {} bytes",
            status.as_u16(),
            started.elapsed().as_millis(),
            answer.len()
        ));
        if let Err(e) = read {
            return Err(Error::Network(format!(
                "the answer from {endpoint} was cut off after {} bytes{}: {}",
                answer.len(),
                declared.map(|n| format!(" of {n}")).unwrap_or_default(),
                root_cause(&e)
            )));
        }
        if answer.len() as u64 >= MAX_ANSWER_BYTES {
            return Err(Error::Network(format!(
                "the answer from {endpoint} is larger than {} MiB, far more than any page of jobs",
                MAX_ANSWER_BYTES / (1024 * 1024)
            )));
        }
        if let Some(n) = declared
            && n != answer.len() as u64
        {
            return Err(Error::Network(format!(
                "the answer from {endpoint} was truncated: {} of {n} bytes",
                answer.len()
            )));
        }
        if !status.is_success() {
            return Err(Error::Http {
                status: status.as_u16(),
                endpoint: endpoint.clone(),
                body: api::snippet(&answer),
            });
        }
        Ok(Answer {
            body: answer,
            server_time,
        })
    }

    fn debug(&self, line: &str) {
        if self.settings.debug {
            eprintln!("batchctl: debug: {line}");
        }
    }
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
    let skew = sent - server;
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
    Error::Network(format!("{what}: {endpoint}: {}", root_cause(e)))
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
