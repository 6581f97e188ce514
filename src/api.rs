//! The DescribeJobs action: its names, its request body and its response envelope.
//!
//! JobViews stay `serde_json::Value`s with the service's key order (serde_json's
//! `preserve_order`), so every field, the unknown ones and the `null`s, passes through
//! untouched. Both the client and the emulator use these types.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::Error;

pub const SERVICE: &str = "batch";
pub const VERSION: &str = "2017-03-12";
pub const ACTION: &str = "DescribeJobs";
pub const DEFAULT_ENDPOINT: &str = "https://batch.tencentcloudapi.com";
/// The service's maximum `Limit`, and the most `JobIds` one request may carry.
pub const MAX_PAGE: u64 = 100;
/// The service's default `Limit`.
pub const DEFAULT_LIMIT: u64 = 20;

/// The eight job states, in lifecycle order.
pub const JOB_STATES: [&str; 8] = [
    "SUBMITTED",
    "PENDING",
    "RUNNABLE",
    "STARTING",
    "RUNNING",
    "SUCCEED",
    "FAILED",
    "FAILED_INTERRUPTED",
];

/// The filter names the service knows, besides `tag:<key>`.
pub const FILTER_NAMES: [&str; 6] = [
    "job-id",
    "job-name",
    "job-state",
    "zone",
    "tag-key",
    "tag-value",
];

/// The `TaskMetrics` counters, in the service's documented order.
pub const TASK_COUNTERS: [&str; 8] = [
    "SubmittedCount",
    "PendingCount",
    "RunnableCount",
    "StartingCount",
    "RunningCount",
    "SucceedCount",
    "FailedInterruptedCount",
    "FailedCount",
];

/// True for `SUCCEED`, `FAILED` and `FAILED_INTERRUPTED`.
pub fn is_terminal_state(state: &str) -> bool {
    matches!(state, "SUCCEED" | "FAILED" | "FAILED_INTERRUPTED")
}

/// `job-` followed by 8 lower-case letters or digits.
pub fn is_valid_job_id(id: &str) -> bool {
    id.strip_prefix("job-").is_some_and(|rest| {
        rest.len() == 8
            && rest
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    })
}

/// True when `name` is a filter name the service accepts.
pub fn is_known_filter(name: &str) -> bool {
    FILTER_NAMES.contains(&name) || name.strip_prefix("tag:").is_some_and(|k| !k.is_empty())
}

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

/// One page of a successful answer.
#[derive(Debug, Clone, PartialEq)]
pub struct JobsPage {
    /// Every matching job, not just this page.
    pub total_count: u64,
    /// The JobViews as received.
    pub jobs: Vec<Value>,
    pub request_id: String,
}

/// Decodes a DescribeJobs answer body: a page, the service's error, or a protocol error.
pub fn parse_response(body: &[u8]) -> Result<JobsPage, Error> {
    let doc: Value = serde_json::from_slice(body).map_err(|e| {
        Error::Network(format!(
            "the service's answer is not valid JSON ({e}); it begins: {}",
            snippet(body)
        ))
    })?;
    let Some(Value::Object(mut response)) = doc.get("Response").cloned() else {
        return Err(Error::Network(format!(
            "the service's answer has no \"Response\" object; it begins: {}",
            snippet(body)
        )));
    };
    let request_id = match response.get("RequestId") {
        Some(Value::String(s)) => s.clone(),
        _ => String::new(),
    };
    if let Some(error) = response.get("Error") {
        let code = error
            .get("Code")
            .and_then(Value::as_str)
            .unwrap_or("UnknownError");
        let message = error.get("Message").and_then(Value::as_str).unwrap_or("");
        return Err(Error::service(code, message, &request_id));
    }
    let total_count = response
        .get("TotalCount")
        .and_then(Value::as_u64)
        .ok_or_else(|| Error::Network("the service's answer has no TotalCount".to_string()))?;
    let jobs = match response.remove("JobSet") {
        Some(Value::Array(jobs)) => jobs,
        Some(Value::Null) | None => Vec::new(),
        Some(_) => {
            return Err(Error::Network(
                "the service's JobSet is not an array".to_string(),
            ));
        }
    };
    if let Some(bad) = jobs.iter().find(|j| !j.is_object()) {
        return Err(Error::Network(format!(
            "the service's JobSet holds a non-object: {bad}"
        )));
    }
    Ok(JobsPage {
        total_count,
        jobs,
        request_id,
    })
}

/// The first characters of a body, printable, for error messages.
pub fn snippet(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let mut out: String = text
        .chars()
        .take(80)
        .map(|c| if c.is_control() { ' ' } else { c })
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

/// A success envelope, as the service writes it.
pub fn success_envelope(total_count: u64, jobs: Vec<Value>, request_id: &str) -> Value {
    let mut response = Map::new();
    response.insert("TotalCount".into(), Value::from(total_count));
    response.insert("JobSet".into(), Value::Array(jobs));
    response.insert("RequestId".into(), Value::from(request_id));
    let mut doc = Map::new();
    doc.insert("Response".into(), Value::Object(response));
    Value::Object(doc)
}

/// An error envelope, as the service writes it (HTTP 200).
pub fn error_envelope(code: &str, message: &str, request_id: &str) -> Value {
    serde_json::json!({
        "Response": {
            "Error": { "Code": code, "Message": message },
            "RequestId": request_id
        }
    })
}

/// The `JobId` of a JobView, or `""`.
pub fn job_id(job: &Value) -> &str {
    job.get("JobId").and_then(Value::as_str).unwrap_or("")
}
