//! The DescribeJobs action: its names, its request body and its response envelope.
//!
//! JobViews stay `serde_json::Value`s with the service's key order (serde_json's
//! `preserve_order`), so every field, the unknown ones and the `null`s, passes through
//! untouched. The vocabulary shared with the emulator lives in `batch_api::jobs`.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use serde_json::value::RawValue;
use std::sync::Arc;

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
///
/// The text is a span of the page it came in: a page's jobs share one copy of it.
#[derive(Debug, Clone)]
pub struct Job {
    id: String,
    text: Arc<str>,
    start: usize,
    end: usize,
}

impl PartialEq for Job {
    fn eq(&self, other: &Job) -> bool {
        self.raw() == other.raw()
    }
}

#[derive(Deserialize)]
struct IdOnly<'a> {
    #[serde(rename = "JobId", borrow, default)]
    id: Option<&'a RawValue>,
}

impl Job {
    /// A JobView from its JSON text; it must be an object.
    pub fn from_raw(raw: &RawValue) -> Result<Job, String> {
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
        Ok(Job::whole(id, raw.get()))
    }

    fn whole(id: String, text: &str) -> Job {
        Job {
            id,
            text: Arc::from(text),
            start: 0,
            end: text.len(),
        }
    }

    /// A JobView from a parsed value (tests, benchmarks, the emulator's data).
    pub fn from_value(value: &Value) -> Job {
        let text = serde_json::to_string(value).unwrap_or_else(|_| "{}".to_string());
        let raw = RawValue::from_string(text).unwrap_or_else(|_| empty_object());
        Job::whole(job_id(value).to_string(), raw.get())
    }

    /// The `JobId`, or `""`.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The exact JSON text received.
    pub fn raw(&self) -> &str {
        &self.text[self.start..self.end]
    }

    /// The JobView parsed, key order and numbers kept. A field that cannot become a value
    /// (a lone surrogate escape, nesting deeper than serde_json allows) is left out, so the
    /// others are still shown.
    pub fn value(&self) -> Value {
        if let Ok(value) = serde_json::from_str(self.raw()) {
            return value;
        }
        let mut fields: Vec<(String, Value)> = fields_of(self.raw())
            .into_iter()
            .filter_map(|(key, raw)| serde_json::from_str(raw.get()).ok().map(|v| (key, v)))
            .collect();
        // Keep the service's order where it can be found (a HashMap has none).
        fields.sort_by_key(|(key, _)| self.raw().find(&format!("\"{key}\"")).unwrap_or(usize::MAX));
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
struct FastEnvelope<'a> {
    #[serde(rename = "Response", borrow)]
    response: FastResponse<'a>,
}

#[derive(Deserialize)]
struct FastResponse<'a> {
    #[serde(rename = "TotalCount")]
    total_count: u64,
    #[serde(rename = "JobSet", borrow)]
    job_set: Vec<&'a RawValue>,
    #[serde(rename = "RequestId", default)]
    request_id: String,
    #[serde(rename = "Error", default)]
    error: Option<serde::de::IgnoredAny>,
}

/// Decodes a DescribeJobs answer body: a page, the service's error, or a protocol error.
/// The JobViews are kept as text, not parsed into values. A well-formed page is read in
/// one pass; anything else is examined step by step to say what is wrong with it.
pub fn parse_response(body: &[u8]) -> Result<JobsPage, Error> {
    // One scan refuses too deep a body and notes each job's JobId on the way.
    let ids = scan_page(body)?;
    // serde's derived structs also accept arrays: only an object is the envelope.
    let is_object = |text: &[u8]| text.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
    // A body with bytes that are not UTF-8 only in a skipped field still passes: the
    // reader of bytes is the one that decides.
    let text = std::str::from_utf8(body).ok();
    if is_object(body)
        && let Ok(FastEnvelope { response }) = match text {
            Some(text) => serde_json::from_str::<FastEnvelope<'_>>(text),
            None => serde_json::from_slice::<FastEnvelope<'_>>(body),
        }
        && response.error.is_none()
        && let Some(jobs) = page_jobs(text, &response.job_set, ids)
    {
        return Ok(JobsPage {
            total_count: response.total_count,
            jobs,
            request_id: response.request_id,
        });
    }
    parse_response_slowly(body)
}

/// The jobs of a well-formed page, their texts spans of one shared copy of the page
/// (of their own copies when the page is not all UTF-8); `None` when one is not an
/// object (the slow path says what is wrong).
fn page_jobs(
    text: Option<&str>,
    raws: &[&RawValue],
    ids: Option<Vec<ScannedId>>,
) -> Option<Vec<Job>> {
    let Some(text) = text else {
        return raws.iter().map(|raw| Job::from_raw(raw).ok()).collect();
    };
    let shared: Arc<str> = Arc::from(text);
    let base = text.as_ptr() as usize;
    let ids = ids.filter(|ids| ids.len() == raws.len());
    let mut jobs = Vec::with_capacity(raws.len());
    for (n, raw) in raws.iter().enumerate() {
        let job_text = raw.get();
        if !job_text.starts_with('{') {
            return None;
        }
        let start = (job_text.as_ptr() as usize).checked_sub(base)?;
        let end = start + job_text.len();
        let id = match &ids {
            Some(ids) => ids[n].decode(text),
            // The scan lost track (it should not on text serde accepts): read it again.
            None => Job::from_raw(raw).ok()?.id,
        };
        jobs.push(Job {
            id,
            text: Arc::clone(&shared),
            start,
            end,
        });
    }
    Some(jobs)
}

/// What the scan of a page found of one job's `JobId`: the span of its last top-level
/// `JobId`'s string value (its quotes included when it holds escapes); `Empty` when there
/// is none or it is not a string; `Unreadable` when a top-level key cannot be read as
/// text (the reader that picks out the JobId refuses such a JobView: its ID is `""`).
#[derive(Debug, Clone, Copy, PartialEq)]
enum ScannedId {
    Empty,
    Plain(usize, usize),
    Escaped(usize, usize),
    Unreadable,
}

impl ScannedId {
    fn decode(self, text: &str) -> String {
        match self {
            ScannedId::Empty | ScannedId::Unreadable => String::new(),
            ScannedId::Plain(start, end) => text.get(start..end).unwrap_or_default().to_string(),
            ScannedId::Escaped(start, end) => text
                .get(start..end)
                .and_then(|t| serde_json::from_str::<String>(t).ok())
                .unwrap_or_default(),
        }
    }
}

/// Which key was read last at a level that matters to [`scan_page`].
#[derive(Clone, Copy, PartialEq)]
enum Key {
    Other,
    Response,
    JobSet,
    JobId,
}

fn key_kind(key: &[u8]) -> Key {
    match key {
        b"Response" => Key::Response,
        b"JobSet" => Key::JobSet,
        b"JobId" => Key::JobId,
        _ => Key::Other,
    }
}

/// One pass over a body: refuses nesting deeper than [`MAX_DEPTH`] exactly as
/// [`check_depth`] does, and notes the `JobId` of each element of `Response.JobSet`.
/// The notes mean something only for text serde accepts as the envelope; `None` when
/// the JobSet could not be followed (the caller then reads the IDs the slow way).
fn scan_page(body: &[u8]) -> Result<Option<Vec<ScannedId>>, Error> {
    let mut ids: Vec<ScannedId> = Vec::new();
    let mut depth = 0usize;
    let mut in_object = [false; MAX_DEPTH + 1];
    // The last key read at levels 1 (the body), 2 (Response) and 4 (a JobView).
    let mut keys = [Key::Other; 5];
    let mut expect_key = false;
    let mut in_job_set = false;
    let mut job_sets = 0usize;
    let mut followed = true;
    let mut i = 0;
    while i < body.len() {
        let b = body[i];
        match b {
            b'"' => {
                let start = i;
                let mut escapes = false;
                i += 1;
                // To the closing quote, a backslash and the byte after it at a time.
                while let Some(at) = body
                    .get(i..)
                    .and_then(|rest| memchr::memchr2(b'"', b'\\', rest))
                {
                    i += at;
                    if body[i] == b'"' {
                        break;
                    }
                    escapes = true;
                    i += 2;
                }
                if i >= body.len() || body[i] != b'"' {
                    i = body.len();
                }
                // body[start..end] is the string, quotes included, when it is closed.
                let end = (i + 1).min(body.len());
                let at_job = depth == 4 && in_job_set;
                if expect_key {
                    expect_key = false;
                    if depth < keys.len() && depth != 3 {
                        let key = if !escapes {
                            Some(key_kind(body.get(start + 1..i).unwrap_or_default()))
                        } else {
                            std::str::from_utf8(&body[start..end])
                                .ok()
                                .and_then(|t| serde_json::from_str::<String>(t).ok())
                                .map(|k| key_kind(k.as_bytes()))
                        };
                        keys[depth] = key.unwrap_or(Key::Other);
                        if at_job && let Some(last) = ids.last_mut() {
                            match key {
                                None => *last = ScannedId::Unreadable,
                                // A repeated JobId: the last one counts.
                                Some(Key::JobId) if *last != ScannedId::Unreadable => {
                                    *last = ScannedId::Empty
                                }
                                _ => {}
                            }
                        }
                    }
                } else if at_job && keys[4] == Key::JobId {
                    if let Some(last) = ids.last_mut()
                        && *last != ScannedId::Unreadable
                    {
                        *last = if escapes {
                            ScannedId::Escaped(start, end)
                        } else {
                            ScannedId::Plain(start + 1, i)
                        };
                    }
                } else if depth == 3 && in_job_set {
                    followed = false;
                }
            }
            b'{' | b'[' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(too_deep());
                }
                in_object[depth] = b == b'{';
                expect_key = b == b'{';
                if depth == 3 {
                    in_job_set = b == b'['
                        && in_object[1]
                        && in_object[2]
                        && keys[1] == Key::Response
                        && keys[2] == Key::JobSet;
                    job_sets += usize::from(in_job_set);
                } else if depth == 4 && in_job_set {
                    if b == b'{' {
                        ids.push(ScannedId::Empty);
                        keys[4] = Key::Other;
                    } else {
                        followed = false;
                    }
                }
            }
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                expect_key = false;
                if depth < 3 {
                    in_job_set = false;
                }
            }
            b',' => expect_key = in_object[depth],
            _ => {
                if depth == 3 && in_job_set && !b.is_ascii_whitespace() {
                    followed = false;
                }
            }
        }
        i += 1;
    }
    Ok((followed && job_sets == 1).then_some(ids))
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
    let raw_jobs: Vec<&RawValue> = match fields.job_set {
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
                    return Err(too_deep());
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

fn too_deep() -> Error {
    Error::Network(format!(
        "the service's answer is nested more than {MAX_DEPTH} levels deep, far beyond any real answer; refused"
    ))
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

#[cfg(test)]
mod page_tests {
    use super::*;

    fn page(jobs: &str) -> Vec<u8> {
        format!(r#"{{"Response":{{"TotalCount":9,"JobSet":[{jobs}],"RequestId":"r-1"}}}}"#)
            .into_bytes()
    }

    #[test]
    fn each_job_keeps_its_text_and_the_id_its_own_reader_finds() {
        let jobs = [
            r#"{"JobId":"job-a","N":1.50}"#,
            r#"{"JobId":"job-a","JobId":"job-b"}"#,
            r#"{"JobId":"job-a","JobId":7}"#,
            r#"{"Job\u0049d":"job-e"}"#,
            r#"{"JobId":"job-\u0061\"x"}"#,
            r#"{"JobId":"\ud800"}"#,
            r#"{"\ud800":1,"JobId":"job-z"}"#,
            r#"{"Nested":{"JobId":"no"},"JobId":"yes"}"#,
            r#"{"Nested":{"JobId":"no"},"L":["JobId","x"]}"#,
            r#"{"JobId":null}"#,
            r#"{"JobId":{"JobId":"x"}}"#,
            r#"{ "K" : "a\"JobId\":\"fake" , "JobId" : "sp" }"#,
            r#"{}"#,
        ];
        let got = parse_response(&page(&jobs.join(" , "))).unwrap();
        assert_eq!(got.jobs.len(), jobs.len());
        for (job, text) in got.jobs.iter().zip(jobs) {
            let alone = Job::from_raw(serde_json::from_str(text).unwrap()).unwrap();
            assert_eq!(job.raw(), text);
            assert_eq!(job.id(), alone.id(), "{text}");
        }
        let ids: Vec<&str> = got.jobs.iter().map(Job::id).collect();
        assert_eq!(ids[..5], ["job-a", "job-b", "", "job-e", "job-a\"x"]);
        assert_eq!(ids[7..], ["yes", "", "", "", "sp", ""]);
        assert_eq!((got.total_count, got.request_id.as_str()), (9, "r-1"));
    }

    #[test]
    fn a_job_set_read_by_an_escaped_name_or_with_odd_bytes_elsewhere_still_reads() {
        let body = br#"{"Response":{"TotalCount":1,"Job\u0053et":[{"JobId":"job-1"}]}}"#;
        assert_eq!(parse_response(body).unwrap().jobs[0].id(), "job-1");
        let mut body =
            br#"{"Response":{"X":"?","TotalCount":1,"JobSet":[{"JobId":"job-2"}]}}"#.to_vec();
        body[18] = 0xff;
        assert_eq!(parse_response(&body).unwrap().jobs[0].id(), "job-2");
    }

    #[test]
    fn an_element_that_is_not_a_job_view_is_refused() {
        for set in [
            r#"{"JobId":"job-1"},1"#,
            r#"[{"JobId":"job-1"}]"#,
            r#""job-1""#,
        ] {
            let e = parse_response(&page(set)).unwrap_err();
            assert_eq!(e.exit_code(), 5, "{e}");
            assert!(e.to_string().contains("a JobView is not an object"), "{e}");
        }
    }
}
