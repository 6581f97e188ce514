//! Tasks and instances for a listed job (the demo set, `--jobs`, `--generate`), which
//! has only its JobView: one task per job task its `TaskMetrics` count, each with one
//! instance pinned in that counter's state, named `task-1`, `task-2`, … in counter order.
//! Their command is a plain `echo` (an `exit 1` after an error line for failed ones), so
//! logs and a retry behave as for submitted jobs. At most [`MAX_SYNTH_TASKS`] tasks.

use serde_json::{Value, json};

use super::job::{Pinned, STAGE_MS, SimInstance, SimJob, SimTask};
use crate::api::{self, TASK_COUNTERS};

pub const MAX_SYNTH_TASKS: u64 = 10_000;

const STATE_OF_COUNTER: [&str; 8] = [
    "SUBMITTED",
    "PENDING",
    "RUNNABLE",
    "STARTING",
    "RUNNING",
    "SUCCEED",
    "FAILED_INTERRUPTED",
    "FAILED",
];

fn millis(view: &Value, key: &str) -> Option<i64> {
    let text = view.get(key)?.as_str()?;
    chrono::DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|t| t.timestamp_millis())
}

fn command(task: &str, state: &str) -> String {
    match state {
        "FAILED" => {
            format!("echo '{task}: reading input'; echo 'error: input file not found' >&2; exit 1")
        }
        _ => format!("echo '{task}: processing its part'; echo '{task}: done'"),
    }
}

/// The simulated form of a listed job.
pub fn synthesise(view: &Value) -> SimJob {
    let id = api::job_id(view).to_string();
    let created = millis(view, "CreateTime").unwrap_or(0);
    let ended = millis(view, "EndTime");
    let counts = view.get("TaskMetrics");
    let mut tasks = Vec::new();
    for (counter, state) in TASK_COUNTERS.iter().zip(STATE_OF_COUNTER) {
        let n = counts
            .and_then(|m| m.get(*counter))
            .and_then(Value::as_u64)
            .unwrap_or(0);
        for _ in 0..n {
            if tasks.len() as u64 >= MAX_SYNTH_TASKS {
                break;
            }
            let name = format!("task-{}", tasks.len() + 1);
            let end = ended.unwrap_or(created + 5 * STAGE_MS + tasks.len() as i64 * STAGE_MS);
            tasks.push(SimTask {
                command: command(&name, state),
                name,
                redirect: None,
                instances: super::instances::Instances::from_vec(vec![SimInstance {
                    from: created,
                    attempt: 1,
                    terminate: None,
                    pinned: Some(Pinned {
                        state: state.into(),
                        end,
                    }),
                    on_env: None,
                    local: Vec::new(),
                }]),
            });
        }
    }
    let submitted_tasks: Vec<Value> = tasks
        .iter()
        .map(|t| {
            json!({
                "TaskName": t.name,
                "TaskInstanceNum": 1,
                "Application": {"DeliveryForm": "LOCAL", "Command": t.command},
            })
        })
        .collect();
    let mut submitted = serde_json::Map::new();
    for key in ["JobName", "Priority"] {
        if let Some(v) = view.get(key).filter(|v| !v.is_null()) {
            submitted.insert(key.into(), v.clone());
        }
    }
    submitted.insert("Tasks".into(), Value::Array(submitted_tasks));
    submitted.insert("Dependences".into(), Value::Array(Vec::new()));
    if let Some(tags) = view.get("Tags").filter(|v| v.is_array()) {
        submitted.insert("Tags".into(), tags.clone());
    }
    SimJob {
        id,
        template: view.clone(),
        submitted: Value::Object(submitted),
        zone: view
            .get("Placement")
            .and_then(|p| p.get("Zone"))
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string(),
        created,
        skew: 0,
        tasks,
        deps: Vec::new(),
        seq: 0,
        local: false,
    }
}
