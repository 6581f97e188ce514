//! SubmitJob: the job is created at once with a fresh JobId (`job-` and 8 lower-case
//! letters or digits), its tasks, their instances and its `Dependences` (the task graph
//! and the job made of it: `crate::state::submission`), and runs on the world's clock
//! from then on (see `crate::state::job`). Its zone must be in the request's region, the
//! environments its tasks name must exist, and in a zone the catalogue lists its
//! instance types must be sold there. A job tag `emulator-node-fault` (the fault of the
//! nodes of its tasks' own `ComputeEnv`, `crate::state::envs::NodeFault`) must be valid.
//!
//! The world is bounded by quotas, as an account's is on the service: a job declares
//! at most `MAX_JOB_INSTANCES` task instances (all its tasks together), the submitted jobs
//! kept declare at most `MAX_WORLD_INSTANCES` together, and at most `MAX_WORLD_JOBS`
//! submitted jobs are kept (`crate::state::submission`); above them SubmitJob answers
//! `LimitExceeded.CpuQuota` or `LimitExceeded.JobQuota` and creates nothing. DeleteJob
//! gives a job's share back.
//!
//! A `ClientToken` makes the call idempotent, as on the service: a token the same
//! SecretId already used, with the same request, returns the JobId it created and
//! creates nothing. The contract says nothing of a token reused with a different request;
//! the emulator refuses it (`InvalidParameterValue`, naming the token and the job it
//! created) rather than answer with a job that is not the one asked for. Requests are
//! the same when their bodies, `ClientToken` aside, are equal as JSON (key order and
//! number spelling aside).

use batch_api::regions;
use serde_json::{Map, Value};

use super::call::Ctx;
use super::limits;
use crate::errors::{self, ApiError};
use crate::state::SharedWorld;
use crate::state::submission;

pub fn submit_job(shared: &SharedWorld, ctx: &Ctx<'_>) -> Result<Map<String, Value>, ApiError> {
    let body = ctx.body;
    let token = match body.get("ClientToken") {
        None | Some(Value::Null) => None,
        Some(Value::String(t)) if t.len() <= super::limits::MAX_CLIENT_TOKEN && t.is_ascii() => {
            Some(t.as_str())
        }
        Some(_) => return Err(errors::client_token_too_long()),
    };
    let (job, placement) = submission::job_and_placement(body)?;
    limits::job(body.get("Job").unwrap_or(&Value::Null))?;
    let zone = placement
        .get("Zone")
        .and_then(Value::as_str)
        .ok_or_else(|| errors::missing_parameter("Placement.Zone"))?;
    if let Some(region) = ctx.region
        && !regions::zone_in_region(zone, region)
    {
        return Err(errors::zone_mismatch(zone, region));
    }

    let graph = submission::task_graph(job)?;
    // The node fault of the tasks' own `ComputeEnv`s, checked here once.
    let tags: Vec<Value> = job
        .get("Tags")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    super::envs::node_fault(&tags, "Job.Tags")?;

    let fingerprint = fingerprint(body);
    let mut world = shared.lock();
    if let Some(t) = token
        && let Some(id) = world.token(ctx.secret_id, t)
    {
        if world
            .token_body(ctx.secret_id, t)
            .is_some_and(|first| first != fingerprint)
        {
            return Err(errors::invalid_value(
                format!(
                    "The ClientToken `{t}` was already used for a different SubmitJob request \
                     (it created {id}); give a new token for a new job, or resend the first \
                     request unchanged."
                ),
                format!(
                    "ClientToken `{t}` 已用于另一个不同的 SubmitJob 请求（创建了 {id}）；新作业请使用新的 ClientToken。"
                ),
            ));
        }
        return Ok(answer(id));
    }
    quotas(&world, &graph)?;
    let id = loop {
        let id = new_job_id();
        if !world.has(&id) {
            break id;
        }
    };
    let now = world.now_ms();
    let mut sim = submission::build(&id, job, placement, graph, now);
    sim.local = world.executes_locally();
    check_envs(&world, job, now)?;
    check_instance_types(job, zone)?;
    world.insert_sim(sim, token.map(|t| (ctx.secret_id, t)));
    if let Some(t) = token {
        world.remember_token_body(ctx.secret_id, t, fingerprint);
    }
    world.reseat_job(&id);
    world.changed();
    Ok(answer(&id))
}

/// The world's quotas: task instances per job and in the world, submitted jobs in the
/// world.
fn quotas(world: &crate::state::World, (tasks, _): &submission::Graph) -> Result<(), ApiError> {
    use submission::{MAX_JOB_INSTANCES, MAX_WORLD_INSTANCES, MAX_WORLD_JOBS};
    let declared: u64 = tasks.iter().map(|t| t.3).sum();
    if declared > MAX_JOB_INSTANCES {
        return Err(errors::coded(
            "LimitExceeded.CpuQuota",
            format!(
                "The job declares {declared} task instances; a job may have at most \
                 {MAX_JOB_INSTANCES} (the emulator's CPU quota per job)."
            ),
            format!(
                "作业声明了 {declared} 个任务实例，单个作业最多 {MAX_JOB_INSTANCES} 个（模拟器的单作业 CPU 配额）。"
            ),
        ));
    }
    let (jobs, instances) = world.submitted_load();
    if jobs >= MAX_WORLD_JOBS {
        return Err(errors::coded(
            "LimitExceeded.JobQuota",
            format!(
                "The emulator keeps at most {MAX_WORLD_JOBS} submitted jobs; delete some \
                 (DeleteJob) before submitting more."
            ),
            format!(
                "模拟器最多保留 {MAX_WORLD_JOBS} 个已提交的作业；请先删除部分作业（DeleteJob）。"
            ),
        ));
    }
    if instances.saturating_add(declared) > MAX_WORLD_INSTANCES {
        return Err(errors::coded(
            "LimitExceeded.CpuQuota",
            format!(
                "The jobs kept declare {instances} task instances and this one {declared}; \
                 together they may have at most {MAX_WORLD_INSTANCES} (the emulator's CPU \
                 quota). Delete some jobs (DeleteJob) first."
            ),
            format!(
                "已保留的作业声明了 {instances} 个任务实例，加上本作业的 {declared} 个超过了上限 {MAX_WORLD_INSTANCES}（模拟器的 CPU 配额）。请先删除部分作业。"
            ),
        ));
    }
    Ok(())
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

/// What makes two SubmitJob requests the same: the SHA-256 of the body without its
/// `ClientToken`, objects' keys sorted and numbers as parsed.
fn fingerprint(body: &Value) -> String {
    fn canonical(v: &Value, out: &mut String) {
        match v {
            Value::Object(map) => {
                let mut keys: Vec<&String> = map.keys().collect();
                keys.sort();
                out.push('{');
                for k in keys {
                    out.push_str(&Value::from(k.as_str()).to_string());
                    out.push(':');
                    canonical(&map[k], out);
                    out.push(',');
                }
                out.push('}');
            }
            Value::Array(items) => {
                out.push('[');
                for item in items {
                    canonical(item, out);
                    out.push(',');
                }
                out.push(']');
            }
            Value::Number(n) => match n.as_f64() {
                Some(f) if n.as_i64().is_none() && n.as_u64().is_none() => {
                    out.push_str(&f.to_string())
                }
                _ => out.push_str(&n.to_string()),
            },
            other => out.push_str(&other.to_string()),
        }
    }
    let mut body = body.clone();
    if let Some(map) = body.as_object_mut() {
        map.remove("ClientToken");
    }
    let mut text = String::new();
    canonical(&body, &mut text);
    tc3::sha256_hex(text.as_bytes())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn job_ids_have_the_services_shape() {
        for _ in 0..200 {
            assert!(crate::api::is_valid_job_id(&new_job_id()));
        }
    }
}
