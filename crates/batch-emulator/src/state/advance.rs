//! `--advance` for listed jobs: how a JobView moves one state forward each time a
//! DescribeJobs answer lists it, so that `batchctl jobs wait` (or a user's own polling
//! script) can be tried offline. `super::world` applies it to the jobs of a page.
//!
//! The rule:
//!
//! - Each job returned in a successful DescribeJobs answer moves one state forward right
//!   *after* the answer is built: the answer shows the state before the move, and a job
//!   that is not returned does not move. The lifecycle is
//!   `SUBMITTED → PENDING → RUNNABLE → STARTING → RUNNING → final`. Terminal jobs
//!   (`SUCCEED`, `FAILED`, `FAILED_INTERRUPTED`) never move, nor do jobs whose `JobState`
//!   is not one of the eight states (exact, upper-case spelling).
//! - The final state is the value of the job's tag with key [`OUTCOME_TAG`]
//!   (`emulator-outcome`) when it is `SUCCEED`, `FAILED` or `FAILED_INTERRUPTED`
//!   (case-insensitive); otherwise `FAILED` when the `JobName` contains `fail`
//!   (case-insensitive); otherwise `SUCCEED`.
//! - With the move the JobView stays consistent: all T tasks (T the sum of the eight
//!   `TaskMetrics` counters, taken as 1 when they are all zero) go to the counter of the
//!   new state and the others become 0 (a counter that is missing is added at the end;
//!   a `TaskMetrics` that is absent or not an object is left alone). `EndTime` becomes
//!   the server's current UTC time (`YYYY-MM-DDTHH:MM:SSZ`) when the job becomes
//!   terminal, and stays `null` before.
//! - Values are changed in place: the JobView's key order, its unknown fields and
//!   `CreateTime` (hence the service's newest-first order) are untouched.
//!
//! These are pure functions on one JobView; the world (`super::world::World`) applies
//! them under the lock that guards it, so concurrent requests each see (and move) a
//! consistent state, and filters see the current state.

use serde_json::Value;

use crate::api::{self, TASK_COUNTERS};
use crate::data::iso8601;

/// The tag whose value chooses a job's final state.
pub const OUTCOME_TAG: &str = "emulator-outcome";

/// The states a job moves through before its final one, in order.
const LIFECYCLE: [&str; 5] = ["SUBMITTED", "PENDING", "RUNNABLE", "STARTING", "RUNNING"];

/// The final states a tag may choose.
const FINAL_STATES: [&str; 3] = ["SUCCEED", "FAILED", "FAILED_INTERRUPTED"];

/// The state `job` moves to next, or `None` when it does not move (terminal or unknown
/// state, or no `JobState`).
pub fn next_state(job: &Value) -> Option<&'static str> {
    let state = job.get("JobState")?.as_str()?;
    let at = LIFECYCLE.iter().position(|s| *s == state)?;
    Some(match LIFECYCLE.get(at + 1) {
        Some(next) => next,
        None => final_state(job),
    })
}

/// The state `job` ends in: its [`OUTCOME_TAG`] tag if valid, else `FAILED` for a name
/// containing `fail`, else `SUCCEED`.
pub fn final_state(job: &Value) -> &'static str {
    let tagged = job
        .get("Tags")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(|tag| tag.get("Key").and_then(Value::as_str) == Some(OUTCOME_TAG))
        .filter_map(|tag| tag.get("Value").and_then(Value::as_str))
        .find_map(|value| {
            FINAL_STATES
                .into_iter()
                .find(|s| s.eq_ignore_ascii_case(value.trim()))
        });
    if let Some(state) = tagged {
        return state;
    }
    let name = job.get("JobName").and_then(Value::as_str).unwrap_or("");
    if name.to_lowercase().contains("fail") {
        "FAILED"
    } else {
        "SUCCEED"
    }
}

/// The `TaskMetrics` counter that holds the tasks of a job in `state`.
pub fn counter_of(state: &str) -> Option<&'static str> {
    Some(match state {
        "SUBMITTED" => "SubmittedCount",
        "PENDING" => "PendingCount",
        "RUNNABLE" => "RunnableCount",
        "STARTING" => "StartingCount",
        "RUNNING" => "RunningCount",
        "SUCCEED" => "SucceedCount",
        "FAILED" => "FailedCount",
        "FAILED_INTERRUPTED" => "FailedInterruptedCount",
        _ => return None,
    })
}

/// Moves `job` one state forward at server time `now` (Unix seconds), keeping its
/// `TaskMetrics` and `EndTime` consistent; true if it moved.
pub fn advance(job: &mut Value, now: i64) -> bool {
    let Some(next) = next_state(job) else {
        return false;
    };
    let Some(obj) = job.as_object_mut() else {
        return false;
    };
    obj.insert("JobState".into(), Value::from(next));
    if let Some(Value::Object(metrics)) = obj.get_mut("TaskMetrics") {
        let total: u64 = TASK_COUNTERS
            .iter()
            .filter_map(|c| metrics.get(*c).and_then(Value::as_u64))
            .fold(0u64, u64::saturating_add)
            .max(1);
        let target = counter_of(next);
        for counter in TASK_COUNTERS {
            let count = if Some(counter) == target { total } else { 0 };
            // An existing key keeps its place; a missing one is appended.
            metrics.insert(counter.into(), Value::from(count));
        }
    }
    if api::is_terminal_state(next) {
        obj.insert("EndTime".into(), Value::from(iso8601(now)));
    } else if let Some(end) = obj.get_mut("EndTime") {
        *end = Value::Null;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn job(state: &str, name: &str, tags: Value) -> Value {
        json!({
            "JobId": "job-aaaaaaaa",
            "JobName": name,
            "JobState": state,
            "EndTime": null,
            "TaskMetrics": {"SubmittedCount": 0, "PendingCount": 0, "RunnableCount": 0,
                "StartingCount": 0, "RunningCount": 0, "SucceedCount": 0,
                "FailedInterruptedCount": 0, "FailedCount": 0},
            "Tags": tags,
        })
    }

    #[test]
    fn every_state_maps_to_its_counter() {
        let counters: Vec<_> = api::JOB_STATES
            .iter()
            .map(|s| counter_of(s).unwrap())
            .collect();
        assert_eq!(
            counters,
            [
                "SubmittedCount",
                "PendingCount",
                "RunnableCount",
                "StartingCount",
                "RunningCount",
                "SucceedCount",
                "FailedCount",
                "FailedInterruptedCount"
            ]
        );
        assert_eq!(counter_of("DONE"), None);
    }

    #[test]
    fn the_final_state_comes_from_the_tag_then_the_name() {
        let tag =
            |v: &str| json!([{"Key": "x", "Value": "FAILED"}, {"Key": OUTCOME_TAG, "Value": v}]);
        assert_eq!(final_state(&job("RUNNING", "a", tag("failed"))), "FAILED");
        assert_eq!(
            final_state(&job("RUNNING", "fail", tag("Failed_Interrupted"))),
            "FAILED_INTERRUPTED"
        );
        assert_eq!(
            final_state(&job("RUNNING", "fail", tag("succeed"))),
            "SUCCEED"
        );
        // An unknown value falls back to the name rule.
        assert_eq!(final_state(&job("RUNNING", "x", tag("RUNNING"))), "SUCCEED");
        assert_eq!(
            final_state(&job("RUNNING", "NightlyFAIL", tag("nope"))),
            "FAILED"
        );
        // Only the tag's key counts, not another tag's value; null tags are fine.
        assert_eq!(
            final_state(&job(
                "RUNNING",
                "x",
                json!([{"Key": "k", "Value": "FAILED"}])
            )),
            "SUCCEED"
        );
        assert_eq!(final_state(&job("RUNNING", "x", Value::Null)), "SUCCEED");
        assert_eq!(final_state(&json!({})), "SUCCEED");
    }

    #[test]
    fn terminal_unknown_and_missing_states_do_not_move() {
        for state in ["SUCCEED", "FAILED", "FAILED_INTERRUPTED", "running", "DONE"] {
            let mut j = job(state, "x", json!([]));
            let before = j.clone();
            assert!(!advance(&mut j, 0), "{state}");
            assert_eq!(j, before);
        }
        let mut no_state = json!({"JobId": "job-aaaaaaaa"});
        assert!(!advance(&mut no_state, 0));
        assert_eq!(no_state, json!({"JobId": "job-aaaaaaaa"}));
    }

    #[test]
    fn all_zero_metrics_count_one_task_and_missing_counters_are_appended() {
        let mut j = job("SUBMITTED", "x", json!([]));
        assert!(advance(&mut j, 0));
        assert_eq!(j["TaskMetrics"]["PendingCount"], 1);
        assert_eq!(j["TaskMetrics"]["SubmittedCount"], 0);

        let mut partial = json!({"JobState": "RUNNING", "TaskMetrics": {"Zz": "keep", "RunningCount": 2, "SucceedCount": 3}});
        assert!(advance(&mut partial, 1_700_000_000));
        let keys: Vec<&str> = partial["TaskMetrics"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            [
                "Zz",
                "RunningCount",
                "SucceedCount",
                "SubmittedCount",
                "PendingCount",
                "RunnableCount",
                "StartingCount",
                "FailedInterruptedCount",
                "FailedCount"
            ]
        );
        assert_eq!(partial["TaskMetrics"]["SucceedCount"], 5);
        assert_eq!(partial["TaskMetrics"]["RunningCount"], 0);
        assert_eq!(partial["TaskMetrics"]["Zz"], "keep");
        // EndTime was missing: added when the job ends.
        assert_eq!(partial["EndTime"], "2023-11-14T22:13:20Z");

        // No TaskMetrics, or null: left alone.
        let mut bare = json!({"JobState": "PENDING", "TaskMetrics": null});
        assert!(advance(&mut bare, 0));
        assert_eq!(bare, json!({"JobState": "RUNNABLE", "TaskMetrics": null}));
    }

    #[test]
    fn a_stale_end_time_is_cleared_while_the_job_runs() {
        let mut j = job("RUNNABLE", "x", json!([]));
        j["EndTime"] = json!("2020-01-01T00:00:00Z");
        assert!(advance(&mut j, 0));
        assert!(j["EndTime"].is_null());
    }
}
