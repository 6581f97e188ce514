//! The DescribeJobs action: its names, its request body and its response envelope.
//!
//! JobViews stay `serde_json::Value`s with the service's key order (serde_json's
//! `preserve_order`), so every field, the unknown ones and the `null`s, passes through
//! untouched. The vocabulary shared with the emulator lives in `batch_api::jobs`.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use serde_json::value::RawValue;

use crate::transport::error::Error;

pub use batch_api::jobs::{
    ACTION, DEFAULT_LIMIT, FILTER_NAMES, JOB_STATES, MAX_PAGE, TASK_COUNTERS, error_envelope,
    is_known_filter, is_terminal_state, is_valid_job_id, job_id, success_envelope,
};
pub use batch_api::{SERVICE, VERSION};

pub const DEFAULT_ENDPOINT: &str = "https://batch.tencentcloudapi.com";

/// One element of `Filters`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Filter {
    pub name: String,
    pub values: Vec<String>,
}

/// The body of one DescribeJobs request. Field order is the order sent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeJobsRequest {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job_ids: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribeJobsRequest {
    /// The exact body bytes to sign and send.
    pub fn to_body(&self) -> Vec<u8> {
        // Serialising plain strings and integers cannot fail.
        serde_json::to_vec(self).unwrap_or_default()
    }
}

/// One JobView as received: its exact JSON text (every field, the unknown ones too, in
/// the service's key order, numbers and escapes untouched) and its `JobId`. Pass-through
/// formats write the text as it is; the others parse it when they need its fields.
#[derive(Debug, Clone)]
pub struct Job {
    id: String,
    raw: Box<RawValue>,
}

impl PartialEq for Job {
    fn eq(&self, other: &Job) -> bool {
        self.raw.get() == other.raw.get()
    }
}

#[derive(Deserialize)]
struct IdOnly<'a> {
    #[serde(rename = "JobId", borrow, default)]
    id: Option<&'a RawValue>,
}

impl Job {
    /// A JobView from its JSON text; it must be an object.
    pub fn from_raw(raw: Box<RawValue>) -> Result<Job, String> {
        if !raw.get().trim_start().starts_with('{') {
            return Err(format!(
                "a JobView is not an object: {}",
                snippet(raw.get().as_bytes())
            ));
        }
        // The JobId is a plain string; a JobView the strict reader refuses (a key given
        // twice, say) is read field by field.
        let id_raw = match serde_json::from_str::<IdOnly<'_>>(raw.get()) {
            Ok(only) => only.id.map(|v| v.get().to_string()),
            Err(_) => fields_of(raw.get())
                .remove("JobId")
                .map(|v| v.get().to_string()),
        };
        let id = id_raw
            .and_then(|text| serde_json::from_str::<String>(&text).ok())
            .unwrap_or_default();
        Ok(Job { id, raw })
    }

    /// A JobView from a parsed value (tests, benchmarks, the emulator's data).
    pub fn from_value(value: &Value) -> Job {
        let text = serde_json::to_string(value).unwrap_or_else(|_| "{}".to_string());
        let raw = RawValue::from_string(text).unwrap_or_else(|_| empty_object());
        Job {
            id: job_id(value).to_string(),
            raw,
        }
    }

    /// The `JobId`, or `""`.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The exact JSON text received.
    pub fn raw(&self) -> &str {
        self.raw.get()
    }

    /// The JobView parsed, key order and numbers kept. A field that cannot become a value
    /// (a lone surrogate escape, nesting deeper than serde_json allows) is left out, so the
    /// others are still shown.
    pub fn value(&self) -> Value {
        if let Ok(value) = serde_json::from_str(self.raw.get()) {
            return value;
        }
        let mut fields: Vec<(String, Value)> = fields_of(self.raw.get())
            .into_iter()
            .filter_map(|(key, raw)| serde_json::from_str(raw.get()).ok().map(|v| (key, v)))
            .collect();
        // Keep the service's order where it can be found (a HashMap has none).
        fields.sort_by_key(|(key, _)| {
            self.raw
                .get()
                .find(&format!("\"{key}\""))
                .unwrap_or(usize::MAX)
        });
        Value::Object(fields.into_iter().collect())
    }
}

/// The top-level fields of a JSON object as raw text (the last of a repeated key wins).
fn fields_of(json: &str) -> std::collections::HashMap<String, &RawValue> {
    serde_json::from_str(json).unwrap_or_default()
}

fn empty_object() -> Box<RawValue> {
    RawValue::from_string("{}".to_string()).expect("{} is JSON")
}

/// One page of a successful answer.
#[derive(Debug, Clone, PartialEq)]
pub struct JobsPage {
    /// Every matching job, not just this page.
    pub total_count: u64,
    /// The JobViews as received.
    pub jobs: Vec<Job>,
    pub request_id: String,
}

#[derive(Deserialize)]
struct ResponseFields<'a> {
    #[serde(rename = "TotalCount", borrow, default)]
    total_count: Option<&'a RawValue>,
    #[serde(rename = "JobSet", borrow, default)]
    job_set: Option<&'a RawValue>,
    #[serde(rename = "RequestId", default)]
    request_id: Option<Value>,
    #[serde(rename = "Error", default)]
    error: Option<Value>,
}

/// A well-formed success answer, read in one pass.
#[derive(Deserialize)]
struct FastEnvelope {
    #[serde(rename = "Response")]
    response: FastResponse,
}

#[derive(Deserialize)]
struct FastResponse {
    #[serde(rename = "TotalCount")]
    total_count: u64,
    #[serde(rename = "JobSet")]
    job_set: Vec<Box<RawValue>>,
    #[serde(rename = "RequestId", default)]
    request_id: String,
    #[serde(rename = "Error", default)]
    error: Option<serde::de::IgnoredAny>,
}

/// Decodes a DescribeJobs answer body: a page, the service's error, or a protocol error.
/// The JobViews are kept as text, not parsed into values. A well-formed page is read in
/// one pass; anything else is examined step by step to say what is wrong with it.
pub fn parse_response(body: &[u8]) -> Result<JobsPage, Error> {
    check_depth(body)?;
    // serde's derived structs also accept arrays: only an object is the envelope.
    let is_object = |text: &[u8]| text.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
    if is_object(body)
        && let Ok(FastEnvelope { response }) = serde_json::from_slice::<FastEnvelope>(body)
        && response.error.is_none()
    {
        let jobs = response
            .job_set
            .into_iter()
            .map(Job::from_raw)
            .collect::<Result<Vec<Job>, String>>();
        if let Ok(jobs) = jobs {
            return Ok(JobsPage {
                total_count: response.total_count,
                jobs,
                request_id: response.request_id,
            });
        }
    }
    parse_response_slowly(body)
}

fn parse_response_slowly(body: &[u8]) -> Result<JobsPage, Error> {
    // DescribeJobs tells text that is not JSON by serde's own reason.
    let response = open_envelope(body, false)?;
    let fields: ResponseFields<'_> = serde_json::from_str(response.get())
        .map_err(|e| protocol(body, &format!("has a malformed \"Response\" ({e})")))?;
    let request_id = read_head(&fields.request_id, &fields.error)?;
    let total_count = match fields.total_count {
        None => {
            return Err(Error::Network(
                "the service's answer has no TotalCount".to_string(),
            ));
        }
        Some(raw) => raw.get().trim().parse::<u64>().map_err(|_| {
            Error::Network(format!(
                "the service's TotalCount is not a count of jobs: {}",
                snippet(raw.get().as_bytes())
            ))
        })?,
    };
    let raw_jobs: Vec<Box<RawValue>> = match fields.job_set {
        None => Vec::new(),
        Some(raw) if raw.get().trim() == "null" => Vec::new(),
        Some(raw) => serde_json::from_str(raw.get())
            .map_err(|_| Error::Network("the service's JobSet is not an array".to_string()))?,
    };
    let jobs = raw_jobs
        .into_iter()
        .map(Job::from_raw)
        .collect::<Result<Vec<Job>, String>>()
        .map_err(|e| Error::Network(format!("the service's JobSet is malformed: {e}")))?;
    Ok(JobsPage {
        total_count,
        jobs,
        request_id,
    })
}

/// The deepest nesting of objects and arrays accepted in an answer: serde_json's own
/// recursion limit. Deeper text is refused before anything reads or prints it, so no
/// answer can make the output grow with the square of its depth.
pub const MAX_DEPTH: usize = 128;

/// Refuses a body nested deeper than [`MAX_DEPTH`] (a protocol failure, exit 5). One pass,
/// strings skipped; says nothing about whether the rest is valid JSON.
pub fn check_depth(body: &[u8]) -> Result<(), Error> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for &b in body {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(Error::Network(format!(
                        "the service's answer is nested more than {MAX_DEPTH} levels deep, far beyond any real answer; refused"
                    )));
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

/// The first characters of a body, printable, for error messages.
pub fn snippet(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let mut out: String = text
        .chars()
        .take(80)
        .map(|c| {
            if c.is_control() || crate::transport::error::is_bidi_control(c) {
                ' '
            } else {
                c
            }
        })
        .collect();
    if text.chars().count() > 80 {
        out.push('…');
    }
    if out.trim().is_empty() {
        "(empty body)".to_string()
    } else {
        out
    }
}

/// The head of any answer's `Response`: its error and request ID; the rest is skipped.
#[derive(Deserialize)]
struct ReplyHead {
    #[serde(rename = "RequestId", default)]
    request_id: Option<Value>,
    #[serde(rename = "Error", default)]
    error: Option<Value>,
}

#[derive(Deserialize)]
struct OwnedEnvelope {
    #[serde(rename = "Response", default)]
    response: Option<Box<RawValue>>,
}

/// Decodes the generic envelope of any action's answer: the `Response` object as
/// received (its text untouched) and its `RequestId`; the service's error as
/// [`Error::Service`]; anything that is not the protocol as [`Error::Network`].
pub fn parse_reply(body: &[u8]) -> Result<(Box<RawValue>, String), Error> {
    check_depth(body)?;
    let response = open_envelope(body, true)?;
    let head: ReplyHead = serde_json::from_str(response.get())
        .map_err(|e| protocol(body, &format!("has a malformed \"Response\" ({e})")))?;
    let request_id = read_head(&head.request_id, &head.error)?;
    Ok((response, request_id))
}

/// A protocol failure (exit 5): what is wrong with the answer, and how it begins.
fn protocol(body: &[u8], what: &str) -> Error {
    Error::Network(format!(
        "the service's answer {what}; it begins: {}",
        snippet(body)
    ))
}

/// The `Response` object of an answer, its text as received, after the checks every
/// answer passes (UTF-8, no byte-order mark, an object holding an object `Response`).
/// `plain_not_json`: text that is neither an object nor JSON is said to be "not JSON"
/// rather than given serde's reason.
fn open_envelope(body: &[u8], plain_not_json: bool) -> Result<Box<RawValue>, Error> {
    let text = std::str::from_utf8(body).map_err(|_| protocol(body, "is not UTF-8 text"))?;
    if text.starts_with('\u{feff}') {
        return Err(protocol(
            body,
            "starts with a byte-order mark, which JSON does not allow",
        ));
    }
    if !text.trim_start().starts_with('{') {
        if serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok() {
            return Err(protocol(
                body,
                "is JSON but not an object with a \"Response\"",
            ));
        }
        if plain_not_json {
            return Err(protocol(body, "is not JSON"));
        }
    }
    let envelope: OwnedEnvelope = serde_json::from_str(text).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => protocol(body, "has no \"Response\" object"),
        _ => protocol(body, &format!("is not valid JSON ({e})")),
    })?;
    envelope
        .response
        .filter(|r| r.get().trim_start().starts_with('{'))
        .ok_or_else(|| protocol(body, "has no \"Response\" object"))
}

/// The `RequestId` of a `Response` (`""` when it is not a string), or the service's
/// error from its `Error` member.
fn read_head(request_id: &Option<Value>, error: &Option<Value>) -> Result<String, Error> {
    let request_id = match request_id {
        Some(Value::String(s)) => s.clone(),
        _ => String::new(),
    };
    match error {
        None | Some(Value::Null) => Ok(request_id),
        Some(Value::String(text)) => Err(Error::service("UnknownError", text, &request_id)),
        Some(error) => {
            let code = error
                .get("Code")
                .and_then(Value::as_str)
                .unwrap_or("UnknownError");
            let message = match error.get("Message") {
                Some(Value::String(m)) => m.clone(),
                None | Some(Value::Null) => String::new(),
                Some(other) => other.to_string(),
            };
            Err(Error::service(code, &message, &request_id))
        }
    }
}

/// The message for a job ID that is not one (the face's parser and stdin share it).
pub fn malformed_job_id(id: &str) -> String {
    format!(
        "malformed job ID '{}': a job ID is 'job-' followed by 8 lower-case letters or digits (e.g. job-7e7evk2x)",
        crate::transport::error::printable(id)
    )
}

#[cfg(test)]
mod reply_tests {
    use super::*;

    #[test]
    fn a_reply_keeps_the_response_text_as_received() {
        let body = br#"{"Response":{"JobId":"job-1","N":1.50,"RequestId":"r-1"}}"#;
        let (text, id) = parse_reply(body).unwrap();
        assert_eq!(
            text.get(),
            r#"{"JobId":"job-1","N":1.50,"RequestId":"r-1"}"#
        );
        assert_eq!(id, "r-1");
    }

    #[test]
    fn errors_and_broken_answers_are_told_apart() {
        let e = parse_reply(
            br#"{"Response":{"Error":{"Code":"ResourceNotFound.Job","Message":"no"},"RequestId":"r"}}"#,
        )
        .unwrap_err();
        assert_eq!(e.exit_code(), 3, "{e}");
        let e = parse_reply(
            br#"{"Response":{"Error":{"Code":"InvalidParameter","Message":"no"},"RequestId":"r"}}"#,
        )
        .unwrap_err();
        assert_eq!(e.exit_code(), 4, "{e}");
        for broken in [&b"<html>"[..], b"{\"Response\":{\"JobId\"", b"[1]", b"{}"] {
            let e = parse_reply(broken).unwrap_err();
            assert!(e.exit_code() == 5 && e.is_retryable(), "{e}");
        }
    }
}
