//! The DescribeJobs vocabulary both the client and the emulator speak: its name, its
//! limits, the job states and filter names, the job-ID format, and the service's
//! envelopes. One copy, so the two sides cannot drift apart.

use serde_json::{Map, Value};

pub const ACTION: &str = "DescribeJobs";
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

/// The DescribeJobs success envelope, as the service writes it.
pub fn success_envelope(total_count: u64, jobs: Vec<Value>, request_id: &str) -> Value {
    let mut response = Map::new();
    response.insert("TotalCount".into(), Value::from(total_count));
    response.insert("JobSet".into(), Value::Array(jobs));
    response.insert("RequestId".into(), Value::from(request_id));
    envelope(response)
}

/// A success envelope around `response` (its members in order; `RequestId` is added
/// last).
pub fn answer_envelope(mut response: Map<String, Value>, request_id: &str) -> Value {
    response.insert("RequestId".into(), Value::from(request_id));
    envelope(response)
}

fn envelope(response: Map<String, Value>) -> Value {
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
