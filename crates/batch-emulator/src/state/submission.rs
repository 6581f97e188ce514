//! What a SubmitJob `Job` makes: its task graph, checked as the service checks it, and
//! the simulated job (`super::job`) with its tasks, their `TaskInstanceNum` instances
//! (default 1, at most [`MAX_TASK_INSTANCES`] per task) and its `Dependences`. Its JobView
//! is built from the submitted `Job`: `JobName`, `Priority`, the `Placement` as sent,
//! `CreateTime` now, `TaskMetrics` and its `Tags`.
//!
//! The task graph's checks: task names unique (`InvalidParameter.TaskName`), a dependence
//! naming no task (`InvalidParameterValue.DependenceNotFoundTaskName`), a cycle
//! (`InvalidParameterValue.DependenceUnfeasible`). A task without `TaskName` is named
//! `task-N` (N its position from 1).

use serde_json::{Map, Value, json};

use super::instances::Instances;
use super::job::{SimInstance, SimJob, SimTask};
use crate::api::TASK_COUNTERS;
use crate::data::iso8601;
use crate::errors::{self, ApiError};

/// The most instances one task may have.
pub const MAX_TASK_INSTANCES: u64 = 10_000;
/// The most task instances one job may declare, all its tasks together: the emulator's
/// CPU quota per job (`LimitExceeded.CpuQuota` above it).
pub const MAX_JOB_INSTANCES: u64 = 10_000;
/// The most task instances the submitted jobs the world keeps may declare together (a
/// deleted job gives its back): the emulator's CPU quota (`LimitExceeded.CpuQuota`).
pub const MAX_WORLD_INSTANCES: u64 = 100_000;
/// The most submitted jobs the world keeps at once (a deleted job frees its place):
/// the emulator's job quota (`LimitExceeded.JobQuota`).
pub const MAX_WORLD_JOBS: usize = 2_000;

/// A simulated job from a checked submission, created at `now` (virtual ms).
pub fn build(
    id: &str,
    job: &Map<String, Value>,
    placement: &Map<String, Value>,
    (tasks, deps): Graph,
    now: i64,
) -> SimJob {
    SimJob {
        template: job_view(id, job, placement, now.div_euclid(1_000)),
        id: id.to_string(),
        submitted: Value::Object(job.clone()),
        zone: placement
            .get("Zone")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string(),
        created: now,
        skew: 0,
        tasks: tasks
            .into_iter()
            .enumerate()
            .map(|(ti, (name, command, redirect, n))| {
                // A task on an environment waits for its nodes (`super::queue`).
                let env = job
                    .get("Tasks")
                    .and_then(|ts| ts.get(ti))
                    .and_then(|t| t.get("EnvId"))
                    .and_then(Value::as_str);
                SimTask {
                    name,
                    command,
                    redirect,
                    instances: Instances::new(n as usize, SimInstance::fresh(now, env)),
                }
            })
            .collect(),
        deps,
        seq: 0,
        local: false,
    }
}

/// A simulated job with JobId `id` from a SubmitJob body (`Job` and `Placement`),
/// submitted at `at` (virtual ms): the demo set's stories.
pub fn job_from_body(id: &str, body: &Value, at: i64) -> Result<SimJob, ApiError> {
    let (job, placement) = job_and_placement(body)?;
    let graph = task_graph(job)?;
    Ok(build(id, job, placement, graph, at))
}

/// A JSON object of a request body.
type Object = Map<String, Value>;

/// A SubmitJob body's `Job` and `Placement` objects. The model's validator has checked
/// the shapes; these hold even without it.
pub fn job_and_placement(body: &Value) -> Result<(&Object, &Object), ApiError> {
    let job = body
        .get("Job")
        .and_then(Value::as_object)
        .ok_or_else(|| errors::missing_parameter("Job"))?;
    let placement = body
        .get("Placement")
        .and_then(Value::as_object)
        .ok_or_else(|| errors::missing_parameter("Placement"))?;
    Ok((job, placement))
}

/// A task as the world needs it: name, command, `RedirectInfo`, instance count.
type TaskSpec = (String, String, Option<Value>, u64);

/// A dependence: (start task, end task) positions.
type Edge = (usize, usize);

/// A job's tasks and their dependences.
pub type Graph = (Vec<TaskSpec>, Vec<Edge>);

/// The tasks and dependences of `job`, checked as the service checks them.
pub fn task_graph(job: &Map<String, Value>) -> Result<Graph, ApiError> {
    let listed = job
        .get("Tasks")
        .and_then(Value::as_array)
        .ok_or_else(|| errors::missing_parameter("Job.Tasks"))?;
    if listed.is_empty() {
        return Err(errors::invalid_value(
            "`Job.Tasks` must hold at least one task.",
            "`Job.Tasks` 至少包含一个任务。",
        ));
    }
    let mut tasks: Vec<TaskSpec> = Vec::new();
    for (i, task) in listed.iter().enumerate() {
        let name = task
            .get("TaskName")
            .and_then(Value::as_str)
            .map_or_else(|| format!("task-{}", i + 1), str::to_string);
        if tasks.iter().any(|t| t.0 == name) {
            return Err(errors::coded(
                "InvalidParameter.TaskName",
                format!("The task name `{name}` is used by more than one task of the job."),
                format!("任务名称 `{name}` 在作业中重复。"),
            ));
        }
        let n = match task.get("TaskInstanceNum") {
            None | Some(Value::Null) => 1,
            Some(v) => match v.as_u64() {
                Some(n) if (1..=MAX_TASK_INSTANCES).contains(&n) => n,
                _ => {
                    return Err(errors::coded(
                        "InvalidParameterValue.TaskInstanceNum",
                        format!(
                            "`Job.Tasks.{i}.TaskInstanceNum` must be 1 to {MAX_TASK_INSTANCES}, got {v}."
                        ),
                        format!(
                            "`Job.Tasks.{i}.TaskInstanceNum` 的取值范围是 1 到 {MAX_TASK_INSTANCES}，当前为 {v}。"
                        ),
                    ));
                }
            },
        };
        let app = task.get("Application");
        let command = match app.and_then(|a| a.get("Command")).and_then(Value::as_str) {
            Some(c) => c.to_string(),
            None => app
                .and_then(|a| a.get("Commands"))
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|c| c.get("Command").and_then(Value::as_str))
                .collect::<Vec<_>>()
                .join("\n"),
        };
        let redirect = task.get("RedirectInfo").filter(|r| r.is_object()).cloned();
        tasks.push((name, command, redirect, n));
    }
    let mut deps = Vec::new();
    for dep in job
        .get("Dependences")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let end_of = |key: &str| {
            let name = dep.get(key).and_then(Value::as_str).unwrap_or("");
            tasks.iter().position(|t| t.0 == name).ok_or_else(|| {
                errors::coded(
                    "InvalidParameterValue.DependenceNotFoundTaskName",
                    format!("The dependence names a task the job does not have: `{name}`."),
                    format!("依赖关系中的任务 `{name}` 不存在。"),
                )
            })
        };
        deps.push((end_of("StartTask")?, end_of("EndTask")?));
    }
    if let Some(task) = cycle(tasks.len(), &deps) {
        let name = &tasks[task].0;
        return Err(errors::coded(
            "InvalidParameterValue.DependenceUnfeasible",
            format!("The dependences form a cycle through the task `{name}`."),
            format!("依赖关系中存在环路，经过任务 `{name}`。"),
        ));
    }
    Ok((tasks, deps))
}

/// A task on a cycle of `deps`, if there is one.
fn cycle(n: usize, deps: &[(usize, usize)]) -> Option<usize> {
    let mut indegree = vec![0usize; n];
    for &(_, end) in deps {
        indegree[end] += 1;
    }
    let mut ready: Vec<usize> = (0..n).filter(|&i| indegree[i] == 0).collect();
    while let Some(i) = ready.pop() {
        for &(start, end) in deps {
            if start == i {
                indegree[end] -= 1;
                if indegree[end] == 0 {
                    ready.push(end);
                }
            }
        }
    }
    indegree.iter().position(|&d| d > 0)
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
