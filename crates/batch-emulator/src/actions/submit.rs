//! SubmitJob, minimal and stateful: the job is created at once, in state `SUBMITTED`,
//! and DescribeJobs lists it from then on (with `--advance` it moves as other jobs do).
//! Its JobView is built from the submitted `Job`: a fresh JobId (`job-` and 8 lower-case
//! letters or digits), `JobName`, `Priority`, the `Placement` as sent, `CreateTime` now,
//! `TaskMetrics` counting its tasks as submitted, and its `Tags`.
//!
//! A `ClientToken` makes the call idempotent, as on the service: a token the same
//! SecretId already used returns the JobId it created and creates nothing.

use serde_json::{Map, Value, json};

use super::Ctx;
use crate::api::TASK_COUNTERS;
use crate::data::iso8601;
use crate::errors::{self, ApiError};
use crate::region;
use crate::service::Service;

/// The longest `ClientToken` the service accepts.
pub const MAX_CLIENT_TOKEN: usize = 64;

pub fn submit_job(service: &Service, ctx: &Ctx<'_>) -> Result<Map<String, Value>, ApiError> {
    let body = ctx.body;
    let token = match body.get("ClientToken") {
        None | Some(Value::Null) => None,
        Some(Value::String(t)) if t.len() <= MAX_CLIENT_TOKEN && t.is_ascii() => Some(t.as_str()),
        Some(_) => return Err(errors::client_token_too_long()),
    };
    // The model's validator has checked the shapes; these hold even without it.
    let job = body
        .get("Job")
        .and_then(Value::as_object)
        .ok_or_else(|| errors::missing_parameter("Job"))?;
    let placement = body
        .get("Placement")
        .and_then(Value::as_object)
        .ok_or_else(|| errors::missing_parameter("Placement"))?;
    let zone = placement
        .get("Zone")
        .and_then(Value::as_str)
        .ok_or_else(|| errors::missing_parameter("Placement.Zone"))?;
    if let Some(region) = ctx.region {
        if !region::zone_in_region(zone, region) {
            return Err(errors::zone_mismatch(zone, region));
        }
    }

    let mut store = service.store();
    if let Some(id) = token.and_then(|t| store.token(&ctx.caller.secret_id, t)) {
        return Ok(answer(id));
    }
    let id = loop {
        let id = new_job_id();
        if !store.has(&id) {
            break id;
        }
    };
    store.insert(
        job_view(&id, job, placement, ctx.now),
        token.map(|t| (ctx.caller.secret_id.as_str(), t)),
    );
    Ok(answer(&id))
}

fn answer(id: &str) -> Map<String, Value> {
    let mut response = Map::new();
    response.insert("JobId".into(), Value::from(id));
    response
}

/// `job-` and 8 random lower-case letters or digits.
fn new_job_id() -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let random = uuid::Uuid::new_v4();
    let suffix: String = random.as_bytes()[..8]
        .iter()
        .map(|b| char::from(ALPHABET[usize::from(*b) % ALPHABET.len()]))
        .collect();
    format!("job-{suffix}")
}

/// The JobView of a job just submitted, keys in the service's order.
fn job_view(id: &str, job: &Map<String, Value>, placement: &Map<String, Value>, now: i64) -> Value {
    let tasks = job
        .get("Tasks")
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    let mut metrics = Map::new();
    for counter in TASK_COUNTERS {
        let count = if counter == "SubmittedCount" {
            tasks
        } else {
            0
        };
        metrics.insert(counter.into(), Value::from(count));
    }
    json!({
        "JobId": id,
        "JobName": job.get("JobName").cloned().unwrap_or(Value::Null),
        "JobState": "SUBMITTED",
        "Priority": job.get("Priority").cloned().unwrap_or(Value::from(0)),
        "Placement": Value::Object(placement.clone()),
        "CreateTime": iso8601(now),
        "EndTime": Value::Null,
        "TaskMetrics": Value::Object(metrics),
        "Tags": job.get("Tags").cloned().unwrap_or(Value::Array(Vec::new())),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn job_ids_have_the_services_shape() {
        for _ in 0..200 {
            assert!(crate::api::is_valid_job_id(&new_job_id()));
        }
    }

    #[test]
    fn the_view_counts_tasks_and_keeps_the_placement_and_tags() {
        let job = json!({"JobName": "n", "Priority": 3, "Tasks": [{}, {}],
                         "Tags": [{"Key": "k", "Value": "v"}]});
        let placement = json!({"Zone": "ap-guangzhou-3"});
        let view = job_view(
            "job-abcdefgh",
            job.as_object().unwrap(),
            placement.as_object().unwrap(),
            1_700_000_000,
        );
        assert_eq!(view["JobState"], "SUBMITTED");
        assert_eq!(view["TaskMetrics"]["SubmittedCount"], 2);
        assert_eq!(view["TaskMetrics"]["RunningCount"], 0);
        assert_eq!(view["Placement"]["Zone"], "ap-guangzhou-3");
        assert_eq!(view["CreateTime"], "2023-11-14T22:13:20Z");
        assert_eq!(view["Tags"][0]["Key"], "k");
        assert!(view["EndTime"].is_null());
    }
}
