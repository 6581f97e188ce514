//! The HTTP call: signs each request with the current time, sends it to the endpoint
//! with the configured timeout, and decodes the answer (HTTP status, envelope, errors).
//! `--debug` diagnostics and `--dry-run` printing live here too; neither shows a secret.

use std::io::{Read, Write};
use std::time::Instant;

use crate::api::{self, DescribeJobsRequest, JobsPage};
use crate::credentials::Credentials;
use crate::error::Error;
use crate::request::{self, ApiCall};
use crate::settings::Settings;

/// A DescribeJobs client for one invocation.
pub struct Client {
    http: reqwest::blocking::Client,
    settings: Settings,
    credentials: Credentials,
    /// Unix seconds now; replaceable so tests can pin the clock.
    clock: fn() -> i64,
}

fn system_clock() -> i64 {
    chrono::Utc::now().timestamp()
}

impl Client {
    pub fn new(settings: Settings, credentials: Credentials) -> Result<Client, Error> {
        let http = reqwest::blocking::Client::builder()
            .timeout(settings.timeout)
            .connect_timeout(settings.timeout)
            .user_agent(request::REQUEST_CLIENT)
            .build()
            .map_err(|e| Error::Internal(format!("cannot set up HTTP: {e}")))?;
        Ok(Client {
            http,
            settings,
            credentials,
            clock: system_clock,
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
        for (name, value) in self.headers(&body, (self.clock)()) {
            writeln!(out, "{name}: {}", shown_value(name, &value))?;
        }
        writeln!(out)?;
        out.write_all(&body)?;
        writeln!(out)
    }

    /// Sends one DescribeJobs request and decodes its answer.
    pub fn describe_jobs(&self, req: &DescribeJobsRequest) -> Result<JobsPage, Error> {
        let body = req.to_body();
        let answer = self.send(&body)?;
        api::parse_response(&answer)
    }

    /// One signed POST; returns the body of an HTTP 200 answer.
    fn send(&self, body: &[u8]) -> Result<Vec<u8>, Error> {
        let timestamp = (self.clock)();
        let headers = self.headers(body, timestamp);
        let endpoint = &self.settings.endpoint.url;
        if self.settings.debug {
            debug(&format!("POST {endpoint}"));
            for (name, value) in &headers {
                debug(&format!("> {name}: {}", shown_value(name, value)));
            }
            debug(&format!("> {}", String::from_utf8_lossy(body)));
        }
        let mut builder = self.http.post(endpoint).body(body.to_vec());
        for (name, value) in &headers {
            builder = builder.header(*name, value);
        }
        let started = Instant::now();
        let response = builder.send().map_err(|e| network_error(endpoint, &e))?;
        let status = response.status();
        let declared = response.content_length();
        let mut answer = Vec::new();
        let read = response.take(64 * 1024 * 1024).read_to_end(&mut answer);
        if self.settings.debug {
            debug(&format!(
                "< HTTP {} in {} ms, {} bytes",
                status.as_u16(),
                started.elapsed().as_millis(),
                answer.len()
            ));
        }
        if let Err(e) = read {
            return Err(Error::Network(format!(
                "the answer from {endpoint} was cut off after {} bytes{}: {}",
                answer.len(),
                declared.map(|n| format!(" of {n}")).unwrap_or_default(),
                root_cause(&e)
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
            return Err(Error::Network(format!(
                "HTTP {} from {endpoint}: {}",
                status,
                api::snippet(&answer)
            )));
        }
        Ok(answer)
    }
}

/// A header value as it may be shown: secrets redacted.
fn shown_value<'a>(name: &str, value: &'a str) -> &'a str {
    if request::is_secret_header(name) {
        "***"
    } else {
        value
    }
}

fn debug(line: &str) {
    eprintln!("batchctl: debug: {line}");
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
