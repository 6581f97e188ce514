//! The job reads, each a projection of the world at this moment (`crate::state`):
//! DescribeJob, DescribeJobSubmitInfo, DescribeTask (instances paged: `Offset`, `Limit`
//! 1–1000 default 100, filter `task-instance-state`), DescribeTaskLogs
//! (`TaskInstanceIndexes`, at most 10, or `Offset`/`Limit` 1–10 default 5) and
//! DescribeJobMonitorData (an empty series for an instance on an attached node, which the
//! service does not monitor). Unknown job, task, instance: `ResourceNotFound.Job`,
//! `ResourceNotFound.Task`, `ResourceNotFound.TaskInstance`.

use serde_json::{Map, Value};

use super::call::Ctx;
use crate::api;
use crate::errors::{self, ApiError};
use crate::state::job::SimJob;
use crate::state::monitor::Machine;
use crate::state::project::Eval;
use crate::state::{SharedWorld, World};

/// The filter DescribeTask knows.
const TASK_FILTERS: [&str; 1] = ["task-instance-state"];

/// The `JobId` of a request, checked.
pub(crate) fn job_id(body: &Value) -> Result<&str, ApiError> {
    let id = body
        .get("JobId")
        .and_then(Value::as_str)
        .ok_or_else(|| errors::missing_parameter("JobId"))?;
    if !api::is_valid_job_id(id) {
        return Err(errors::job_id_malformed(id));
    }
    Ok(id)
}

pub(crate) fn task_name(body: &Value) -> Result<&str, ApiError> {
    body.get("TaskName")
        .and_then(Value::as_str)
        .ok_or_else(|| errors::missing_parameter("TaskName"))
}

/// A non-negative integer parameter, if given.
pub(crate) fn count(body: &Value, key: &str) -> Result<Option<u64>, ApiError> {
    match body.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => v.as_u64().map(Some).ok_or_else(|| {
            errors::coded(
                "InvalidParameterValue.Negative",
                format!("The value of `{key}` must be a non-negative integer, got {v}."),
                format!("参数 `{key}` 的值必须是非负整数，当前为 {v}。"),
            )
        }),
    }
}

fn limit(body: &Value, default: u64, max: u64) -> Result<u64, ApiError> {
    let limit = count(body, "Limit")?.unwrap_or(default);
    if limit == 0 || limit > max {
        return Err(errors::limit_out_of_range(limit, max));
    }
    Ok(limit)
}

/// Runs `read` on the job of the request as it is now.
fn read_job<T>(
    shared: &SharedWorld,
    ctx: &Ctx<'_>,
    read: impl FnOnce(&Eval<'_>) -> Result<T, ApiError>,
) -> Result<T, ApiError> {
    let id = job_id(ctx.body)?;
    let mut world = shared.lock();
    world.refresh();
    let now = world.now_ms();
    let (job, fixed) = world.job(id).ok_or_else(|| errors::job_not_found(id))?;
    let eval = Eval::new(&job, fixed, now);
    read(&eval)
}

fn task_of(job: &SimJob, body: &Value) -> Result<usize, ApiError> {
    let name = task_name(body)?;
    job.task_index(name)
        .ok_or_else(|| errors::task_not_found(&job.id, name))
}

pub fn describe_job(shared: &SharedWorld, ctx: &Ctx<'_>) -> Result<Map<String, Value>, ApiError> {
    read_job(shared, ctx, |eval| Ok(eval.describe_job()))
}

pub fn submit_info(shared: &SharedWorld, ctx: &Ctx<'_>) -> Result<Map<String, Value>, ApiError> {
    read_job(shared, ctx, |eval| Ok(eval.submit_info()))
}

pub fn describe_task(shared: &SharedWorld, ctx: &Ctx<'_>) -> Result<Map<String, Value>, ApiError> {
    let body = ctx.body;
    let offset = count(body, "Offset")?.unwrap_or(0);
    let limit = limit(body, 100, 1_000)?;
    let mut states = Vec::new();
    for filter in body
        .get("Filters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let name = filter.get("Name").and_then(Value::as_str).unwrap_or("");
        if !TASK_FILTERS.contains(&name) {
            return Err(errors::unsupported_filter(name, &TASK_FILTERS));
        }
        states.extend(
            filter
                .get("Values")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(str::to_string),
        );
    }
    read_job(shared, ctx, |eval| {
        let ti = task_of(eval.job, body)?;
        Ok(eval.describe_task(
            ti,
            &states,
            usize::try_from(offset).unwrap_or(usize::MAX),
            limit as usize,
        ))
    })
}

pub fn task_logs(shared: &SharedWorld, ctx: &Ctx<'_>) -> Result<Map<String, Value>, ApiError> {
    let body = ctx.body;
    let indexes: Option<Vec<u64>> = match body.get("TaskInstanceIndexes") {
        None | Some(Value::Null) => None,
        Some(Value::Array(items)) => Some(items.iter().filter_map(Value::as_u64).collect()),
        Some(_) => return Err(errors::missing_parameter("TaskInstanceIndexes")),
    };
    let offset = count(body, "Offset")?;
    if indexes.is_some() && (offset.is_some() || body.get("Limit").is_some_and(|l| !l.is_null())) {
        return Err(errors::combination_of("TaskInstanceIndexes", "Offset"));
    }
    if indexes.as_ref().is_some_and(|i| i.len() > 10) {
        return Err(errors::limit_exceeded(
            "`TaskInstanceIndexes` may hold at most 10 indexes.",
            "`TaskInstanceIndexes` 最多包含 10 个索引。",
        ));
    }
    let limit = limit(body, 5, 10)?;
    read_job(shared, ctx, |eval| {
        let ti = task_of(eval.job, body)?;
        let n = eval.plan[ti].instances.len() as u64;
        let (picked, total): (Vec<u64>, u64) = match &indexes {
            Some(wanted) => {
                let found: Vec<u64> = wanted.iter().copied().filter(|&i| i < n).collect();
                let total = found.len() as u64;
                (found, total)
            }
            None => {
                let from = offset.unwrap_or(0).min(n);
                ((from..n).take(limit as usize).collect(), n)
            }
        };
        let set: Vec<Value> = picked
            .iter()
            .map(|&i| eval.instance_log(ti, i as usize))
            .collect();
        let mut m = Map::new();
        m.insert("TotalCount".into(), Value::from(total));
        m.insert("TaskInstanceLogSet".into(), Value::Array(set));
        Ok(m)
    })
}

pub fn monitor_data(shared: &SharedWorld, ctx: &Ctx<'_>) -> Result<Map<String, Value>, ApiError> {
    let body = ctx.body;
    let metric = body
        .get("MetricName")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    super::limits::metric(body)?;
    // TargetDiskUsage's disk: `Dimensions` `diskname`, `vdb` by default.
    let disk = body
        .get("Dimensions")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .find(|d| d.get("Name").and_then(Value::as_str) == Some("diskname"))
        .and_then(|d| d.get("Value").and_then(Value::as_str))
        .unwrap_or("vdb")
        .to_string();
    let id = job_id(body)?;
    let mut world = shared.lock();
    world.refresh();
    let now = world.now_ms();
    let (job, fixed) = world.job(id).ok_or_else(|| errors::job_not_found(id))?;
    let eval = Eval::new(&job, fixed, now);
    let ti = task_of(eval.job, body)?;
    let index = body
        .get("TaskInstanceIndex")
        .and_then(Value::as_i64)
        .unwrap_or(-1);
    let ii = usize::try_from(index)
        .ok()
        .filter(|&i| i < eval.plan[ti].instances.len())
        .ok_or_else(|| errors::instance_not_found(&eval.job.id, &eval.job.tasks[ti].name, index))?;
    // The service monitors only the nodes it created: an instance seated on an attached
    // node has an empty series.
    let node = eval.node(ti, ii);
    let attached = world
        .fleet()
        .envs
        .iter()
        .any(|e| e.nodes.iter().any(|n| n.attached && n.instance_id == node));
    if attached {
        let mut m = Map::new();
        m.insert("Period".into(), Value::from(10));
        m.insert(
            "DataPoints".into(),
            serde_json::json!({"Timestamps": [], "Values": []}),
        );
        return Ok(m);
    }
    let machine = machine_of(&world, eval.job, ti, now);
    Ok(eval.monitor(ti, ii, &metric, &disk, machine))
}

/// The machine the instances of task `ti` run on: the instance type of the environment
/// it names (`EnvId`), or the one its own `ComputeEnv` gives (`InstanceType`, else the
/// first of `InstanceTypes`), by the naming rule `FAMILY.SIZE<MEMORY GB>`;
/// [`Machine::DEFAULT`] when none is known (a listed job, a type outside the rule).
fn machine_of(world: &World, job: &SimJob, ti: usize, now: i64) -> Machine {
    // Task by position, as the world seats them.
    let Some(task) = job.submitted.get("Tasks").and_then(|tasks| tasks.get(ti)) else {
        return Machine::DEFAULT;
    };
    if let Some(env) = task
        .get("EnvId")
        .and_then(Value::as_str)
        .and_then(|id| world.fleet().env(id, now))
    {
        return Machine::new(env.cpu, env.mem);
    }
    let data = task.pointer("/ComputeEnv/EnvData");
    let named = data
        .and_then(|d| d.get("InstanceType"))
        .and_then(Value::as_str)
        .or_else(|| {
            data.and_then(|d| d.get("InstanceTypes"))
                .and_then(Value::as_array)
                .and_then(|types| types.first())
                .and_then(Value::as_str)
        });
    named
        .and_then(super::catalogue::parse_type_name)
        .map_or(Machine::DEFAULT, |(_, cores, memory)| {
            Machine::new(cores, memory)
        })
}
