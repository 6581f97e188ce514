//! SubmitJob: the job is created at once with its tasks, their `TaskInstanceNum`
//! instances (default 1, at most 10,000 per task) and its `Dependences`, and runs on the
//! world's clock from then on (see `crate::state::job`). Its JobView is built from the
//! submitted `Job`: a fresh JobId (`job-` and 8 lower-case letters or digits), `JobName`,
//! `Priority`, the `Placement` as sent, `CreateTime` now, `TaskMetrics` and its `Tags`.
//!
//! The task graph is checked as the service does: task names unique
//! (`InvalidParameter.TaskName`), a dependence naming no task
//! (`InvalidParameterValue.DependenceNotFoundTaskName`), a cycle
//! (`InvalidParameterValue.DependenceUnfeasible`). A task without `TaskName` is named
//! `task-N` (N its position from 1).
//!
//! A `ClientToken` makes the call idempotent, as on the service: a token the same
//! SecretId already used returns the JobId it created and creates nothing.

use serde_json::{Map, Value, json};

use super::Ctx;
use crate::api::TASK_COUNTERS;
use crate::data::iso8601;
use crate::errors::{self, ApiError};
use crate::service::Service;
use crate::state::job::{SimInstance, SimJob, SimTask};
use batch_api::regions;

/// The most instances one task may have.
pub const MAX_TASK_INSTANCES: u64 = 10_000;

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
    if let Some(region) = ctx.region
        && !regions::zone_in_region(zone, region)
    {
        return Err(errors::zone_mismatch(zone, region));
    }

    let (tasks, deps) = task_graph(job)?;

    let mut world = service.world();
    if let Some(id) = token.and_then(|t| world.token(&ctx.caller.secret_id, t)) {
        return Ok(answer(id));
    }
    let id = loop {
        let id = new_job_id();
        if !world.has(&id) {
            break id;
        }
    };
    let now = world.now_ms();
    let mut sim = build(&id, job, placement, tasks, deps, now);
    check_envs(&world, job, now)?;
    check_instance_types(job, zone)?;
    world.fleet().seat(&mut sim, now);
    world.insert_sim(sim, token.map(|t| (ctx.caller.secret_id.as_str(), t)));
    world.save_or_warn();
    Ok(answer(&id))
}

/// A simulated job from a checked submission, created at `now` (virtual ms).
fn build(
    id: &str,
    job: &Map<String, Value>,
    placement: &Map<String, Value>,
    tasks: Vec<TaskSpec>,
    deps: Vec<(usize, usize)>,
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
            .map(|(name, command, redirect, n)| SimTask {
                name,
                command,
                redirect,
                instances: (0..n)
                    .map(|_| SimInstance {
                        from: now,
                        attempt: 1,
                        terminate: None,
                        pinned: None,
                        on_env: None,
                    })
                    .collect(),
            })
            .collect(),
        deps,
    }
}

/// A simulated job with JobId `id` from a SubmitJob body (`Job` and `Placement`),
/// submitted at `at` (virtual ms): the demo set's stories.
pub fn job_from_body(id: &str, body: &Value, at: i64) -> Result<SimJob, ApiError> {
    let job = body
        .get("Job")
        .and_then(Value::as_object)
        .ok_or_else(|| errors::missing_parameter("Job"))?;
    let placement = body
        .get("Placement")
        .and_then(Value::as_object)
        .ok_or_else(|| errors::missing_parameter("Placement"))?;
    let (tasks, deps) = task_graph(job)?;
    Ok(build(id, job, placement, tasks, deps, at))
}

/// A task as the world needs it: name, command, `RedirectInfo`, instance count.
type TaskSpec = (String, String, Option<Value>, u64);

/// A dependence: (start task, end task) positions.
type Edge = (usize, usize);

/// The tasks and dependences of `job`, checked as the service checks them.
fn task_graph(job: &Map<String, Value>) -> Result<(Vec<TaskSpec>, Vec<Edge>), ApiError> {
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

/// Every `EnvId` a task names must be an environment of the world that is not being
/// deleted (`ResourceNotFound.ComputeEnv`), and a task names `EnvId` or `ComputeEnv`,
/// not both (`AllowedOneAttributeInEnvIdAndComputeEnv`).
fn check_envs(
    world: &crate::state::World,
    job: &Map<String, Value>,
    now: i64,
) -> Result<(), ApiError> {
    for (i, task) in job
        .get("Tasks")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        let Some(env) = task.get("EnvId").and_then(Value::as_str) else {
            continue;
        };
        if task.get("ComputeEnv").is_some_and(|c| !c.is_null()) {
            return Err(errors::coded(
                "AllowedOneAttributeInEnvIdAndComputeEnv",
                format!("`Job.Tasks.{i}` names both `EnvId` and `ComputeEnv`; give one."),
                format!("`Job.Tasks.{i}` 同时指定了 `EnvId` 和 `ComputeEnv`，只能指定一个。"),
            ));
        }
        if world
            .fleet()
            .env(env, now)
            .is_none_or(|e| e.deleted.is_some())
        {
            return Err(errors::env_not_found(env));
        }
    }
    Ok(())
}

/// In a zone the catalogue lists, every instance type a task's `ComputeEnv` names must be
/// one the catalogue sells there (`InvalidParameterValue.InstanceType`), as for
/// CreateComputeEnv. Other zones (such as the published examples' `ap-guangzhou-2`) are
/// not checked.
fn check_instance_types(job: &Map<String, Value>, zone: &str) -> Result<(), ApiError> {
    if !regions::is_known_zone(zone) {
        return Ok(());
    }
    for (i, task) in job
        .get("Tasks")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        let Some(data) = task.get("ComputeEnv").and_then(|c| c.get("EnvData")) else {
            continue;
        };
        let mut types: Vec<&str> = data
            .get("InstanceTypes")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        types.extend(data.get("InstanceType").and_then(Value::as_str));
        if let Some(t) = types
            .iter()
            .find(|t| super::catalogue::offered(zone, t).is_none())
        {
            return Err(errors::coded(
                "InvalidParameterValue.InstanceType",
                format!(
                    "`Job.Tasks.{i}`: the instance type `{t}` is not sold in the zone `{zone}`."
                ),
                format!("`Job.Tasks.{i}`：可用区 `{zone}` 不提供实例类型 `{t}`。"),
            ));
        }
    }
    Ok(())
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
