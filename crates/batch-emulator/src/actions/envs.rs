//! The compute-environment actions over the world's environments (`crate::state::envs`).
//!
//! - CreateComputeEnv: `EnvType` MANAGED; `Placement.Zone` a zone of the request's
//!   region (`InvalidZone.MismatchRegion`) that the catalogue lists
//!   (`InvalidParameterValue.UnavailableZone`); every instance type of `EnvData`
//!   (`InstanceType`, `InstanceTypes`) sold in that zone by the catalogue
//!   (`InvalidParameterValue.InstanceType`); a ClientToken already used by the same
//!   SecretId returns its EnvId and creates nothing. `DesiredComputeNodeCount` nodes are
//!   created at once.
//! - ModifyComputeEnv: a new desired count creates nodes or terminates the newest ones;
//!   `EnvName`, `EnvDescription` and `EnvData` members replace the stored ones.
//! - DeleteComputeEnv: refused (`UnsupportedOperation.ComputeEnvOperation`) while a
//!   job that has not finished runs or waits on the environment; otherwise every node is
//!   terminated and the environment is gone after the deletion time.
//! - AttachInstances: `ins-` IDs; one already a node of an environment, or a spot
//!   instance (the emulator's rule: its ID starts with `ins-spot`), is refused
//!   (`UnsupportedOperation.InstancesNotAllowToAttach`); twice in one request
//!   `InvalidParameterValue.InstanceIdDuplicated`.
//! - DetachInstances: only instances attached to this environment (an unknown one
//!   `ResourceNotFound.ComputeNode`, one the environment created
//!   `UnsupportedOperation.InstancesNotAllowToAttach`).
//! - TerminateComputeNode(s): nodes in CREATED, CREATION_FAILED, RUNNING or ABNORMAL
//!   only (`UnsupportedOperation.ComputeNodeForbidTerminate`); a node twice in one
//!   request `InvalidParameterValue`; each terminated node the environment created
//!   lowers its desired count by one, so it is not replaced.
//! - An environment being deleted refuses every write
//!   (`UnsupportedOperation.ComputeEnvOperation`); an unknown one is
//!   `ResourceNotFound.ComputeEnv`, an unknown node `ResourceNotFound.ComputeNode`.

use serde_json::{Map, Value, json};

use super::call::Ctx;
use super::catalogue;
use super::limits::{self, Text};
use crate::errors::{self, ApiError};
use crate::state::SharedWorld;
use crate::state::World;
use crate::state::envs::{self, Env, TERMINABLE};
use batch_api::regions;

fn empty() -> Map<String, Value> {
    Map::new()
}

fn answer(pairs: Value) -> Map<String, Value> {
    match pairs {
        Value::Object(m) => m,
        _ => Map::new(),
    }
}

pub(crate) fn text<'a>(body: &'a Value, key: &str) -> Result<&'a str, ApiError> {
    body.get(key)
        .and_then(Value::as_str)
        .ok_or_else(|| errors::missing_parameter(key))
}

fn strings(body: &Value, key: &str) -> Vec<String> {
    body.get(key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_string)
        .collect()
}

/// `Offset` (default 0) and `Limit` (default 20, 1 to 100).
pub(crate) fn page(body: &Value) -> Result<(usize, usize), ApiError> {
    let offset = body.get("Offset").and_then(Value::as_u64).unwrap_or(0);
    let limit = body.get("Limit").and_then(Value::as_u64).unwrap_or(20);
    if !(1..=100).contains(&limit) {
        return Err(errors::limit_out_of_range(limit, 100));
    }
    Ok((
        usize::try_from(offset).unwrap_or(usize::MAX),
        usize::try_from(limit).unwrap_or(100),
    ))
}

/// A filter list (`[{Name, Values}]`), each name one of `known` or `tag:KEY`.
pub(crate) fn filters(
    body: &Value,
    known: &[&str],
) -> Result<Vec<(String, Vec<String>)>, ApiError> {
    let mut out = Vec::new();
    for f in body
        .get("Filters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        out.push(one_filter(f, known)?);
    }
    Ok(out)
}

fn one_filter(f: &Value, known: &[&str]) -> Result<(String, Vec<String>), ApiError> {
    let name = f.get("Name").and_then(Value::as_str).unwrap_or("");
    let tag = known.contains(&"tag-key") && name.starts_with("tag:");
    if !(known.contains(&name) || tag) {
        return Err(errors::unsupported_filter(name, known));
    }
    let values = strings(f, "Values");
    if values.is_empty() {
        return Err(errors::malformed_filter(
            format!("The filter `{name}` needs at least one value in `Values`."),
            format!("过滤条件 `{name}` 的 `Values` 至少需要一个值。"),
        ));
    }
    Ok((name.to_string(), values))
}

fn refuse_deleting(env: &Env) -> Result<(), ApiError> {
    if env.deleted.is_some() {
        return Err(errors::coded(
            "UnsupportedOperation.ComputeEnvOperation",
            format!("The compute environment `{}` is being deleted.", env.id),
            format!("计算环境 `{}` 正在删除中。", env.id),
        ));
    }
    Ok(())
}

/// The environment named by `EnvId`, to change.
fn env_mut<'w>(world: &'w mut World, body: &Value) -> Result<&'w mut Env, ApiError> {
    let id = text(body, "EnvId")?;
    let now = world.now_ms();
    let env = world
        .fleet_mut()
        .env_mut(id, now)
        .ok_or_else(|| errors::env_not_found(id))?;
    refuse_deleting(env)?;
    Ok(env)
}

fn env_ref<'w>(world: &'w World, body: &Value) -> Result<&'w Env, ApiError> {
    let id = text(body, "EnvId")?;
    world
        .fleet()
        .env(id, world.now_ms())
        .ok_or_else(|| errors::env_not_found(id))
}

/// After a change to `env_id`'s nodes: jobs waiting on it are seated again, the world
/// saved.
fn changed(world: &mut World, env_id: &str) {
    world.reseat(env_id);
    world.changed();
}

/// vCPUs and memory of the environment's instance type, checked against the catalogue.
fn check_placement(ctx: &Ctx<'_>, zone: &str, data: &Value) -> Result<(u32, u32), ApiError> {
    if let Some(region) = ctx.region
        && !regions::zone_in_region(zone, region)
    {
        return Err(errors::zone_mismatch(zone, region));
    }
    if !regions::is_known_zone(zone) {
        return Err(errors::coded(
            "InvalidParameterValue.UnavailableZone",
            format!("The zone `{zone}` is not available."),
            format!("可用区 `{zone}` 不可用。"),
        ));
    }
    let mut types = strings(data, "InstanceTypes");
    if let Some(t) = data.get("InstanceType").and_then(Value::as_str) {
        types.insert(0, t.to_string());
    }
    if types.is_empty() {
        return Err(errors::coded(
            "InvalidParameterValue.InstanceTypesEmpty",
            "`EnvData` names no instance type (`InstanceType` or `InstanceTypes`).",
            "`EnvData` 未指定实例类型（`InstanceType` 或 `InstanceTypes`）。",
        ));
    }
    let mut first = None;
    for t in &types {
        let Some(size) = catalogue::offered(zone, t) else {
            return Err(errors::coded(
                "InvalidParameterValue.InstanceType",
                format!("The instance type `{t}` is not sold in the zone `{zone}`."),
                format!("可用区 `{zone}` 不提供实例类型 `{t}`。"),
            ));
        };
        first.get_or_insert(size);
    }
    Ok(first.unwrap_or((1, 1)))
}

/// The node fault a tag list asks for ([`envs::NODE_FAULT_TAG`]); a bad value is
/// `InvalidParameterValue` naming it and where it was given (`at`).
pub(crate) fn node_fault(tags: &[Value], at: &str) -> Result<Option<envs::NodeFault>, ApiError> {
    let tag = envs::NODE_FAULT_TAG;
    let most = envs::MAX_ABNORMAL_AFTER_S;
    envs::NodeFault::of_tags(tags).map_err(|value| {
        errors::invalid_value(
            format!(
                "`{at}`: the tag `{tag}` has the value `{value}`; use CREATION_FAILED, ABNORMAL or ABNORMAL@SECONDS (SECONDS 0 to {most})."
            ),
            format!(
                "`{at}`：标签 `{tag}` 的取值 `{value}` 无效，可用 CREATION_FAILED、ABNORMAL 或 ABNORMAL@秒数（0 到 {most}）。"
            ),
        )
    })
}

pub fn create_env(shared: &SharedWorld, ctx: &Ctx<'_>) -> Result<Map<String, Value>, ApiError> {
    let body = ctx.body;
    let token = match body.get("ClientToken") {
        None | Some(Value::Null) => None,
        Some(Value::String(t)) if t.len() <= super::limits::MAX_CLIENT_TOKEN && t.is_ascii() => {
            Some(t.as_str())
        }
        Some(_) => return Err(errors::client_token_too_long()),
    };
    let named = body
        .get("ComputeEnv")
        .filter(|c| c.is_object())
        .ok_or_else(|| errors::missing_parameter("ComputeEnv"))?;
    let placement = body
        .get("Placement")
        .filter(|p| p.is_object())
        .ok_or_else(|| errors::missing_parameter("Placement"))?;
    let zone = text(placement, "Zone").map_err(|_| errors::missing_parameter("Placement.Zone"))?;
    limits::named_env(named, "ComputeEnv")?;
    let env_type = named.get("EnvType").and_then(Value::as_str).unwrap_or("");
    if env_type != "MANAGED" {
        return Err(errors::invalid_value(
            format!("`ComputeEnv.EnvType` must be MANAGED, got `{env_type}`."),
            format!("`ComputeEnv.EnvType` 必须为 MANAGED，当前为 `{env_type}`。"),
        ));
    }
    let data = named.get("EnvData").cloned().unwrap_or(Value::Null);
    let (cpu, mem) = check_placement(ctx, zone, &data)?;
    let desired = named
        .get("DesiredComputeNodeCount")
        .and_then(Value::as_u64)
        .unwrap_or(0);
    let tags = named
        .get("Tags")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let fault = node_fault(&tags, "ComputeEnv.Tags")?;

    let mut world = shared.lock();
    let now = world.now_ms();
    let secret = ctx.secret_id.to_string();
    if let Some(t) = token
        && let Some((_, _, id)) = world
            .fleet()
            .tokens
            .iter()
            .find(|(s, tok, _)| *s == secret && tok == t)
    {
        return Ok(answer(json!({ "EnvId": id })));
    }
    let id = loop {
        let id = envs::new_id("env");
        if !world.fleet().envs.iter().any(|e| e.id == id) {
            break id;
        }
    };
    let mut env = Env {
        id: id.clone(),
        name: named
            .get("EnvName")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string(),
        description: named
            .get("EnvDescription")
            .and_then(Value::as_str)
            .map(str::to_string),
        placement: placement.clone(),
        zone: zone.to_string(),
        created_as: named.clone(),
        env_type: env_type.to_string(),
        cpu,
        mem,
        created: now,
        desired,
        tags,
        nodes: Vec::new(),
        activities: Vec::new(),
        deleted: None,
        fault,
    };
    env.converge(&format!("CreateComputeEnv: the capacity is {desired}"), now);
    let fleet = world.fleet_mut();
    fleet.envs.push(env);
    if let Some(t) = token {
        fleet.tokens.push((secret, t.to_string(), id.clone()));
    }
    world.changed();
    Ok(answer(json!({ "EnvId": id })))
}

pub fn describe_envs(shared: &SharedWorld, ctx: &Ctx<'_>) -> Result<Map<String, Value>, ApiError> {
    let body = ctx.body;
    let ids = strings(body, "EnvIds");
    let filters = filters(
        body,
        &[
            "zone",
            "env-id",
            "env-name",
            "resource-type",
            "tag-key",
            "tag-value",
        ],
    )?;
    if !ids.is_empty() && !filters.is_empty() {
        return Err(errors::combination_of("EnvIds", "Filters"));
    }
    let (offset, limit) = page(body)?;
    let world = shared.lock();
    let now = world.now_ms();
    let selected: Vec<&Env> = world
        .fleet()
        .envs
        .iter()
        .rev()
        .filter(|e| !e.gone_at(now))
        .filter(|e| {
            ctx.region
                .is_none_or(|r| regions::zone_in_region(&e.zone, r))
        })
        .filter(|e| ids.is_empty() || ids.contains(&e.id))
        .filter(|e| filters.iter().all(|(n, v)| e.matches(n, v)))
        .collect();
    let set: Vec<Value> = selected
        .iter()
        .skip(offset)
        .take(limit)
        .map(|e| e.view(now))
        .collect();
    Ok(answer(
        json!({ "ComputeEnvSet": set, "TotalCount": selected.len() }),
    ))
}

pub fn describe_env(shared: &SharedWorld, ctx: &Ctx<'_>) -> Result<Map<String, Value>, ApiError> {
    let world = shared.lock();
    let env = env_ref(&world, ctx.body)?;
    let busy = world.busy_nodes(&env.id);
    Ok(answer(env.detail(world.now_ms(), &busy)))
}

pub fn create_info(shared: &SharedWorld, ctx: &Ctx<'_>) -> Result<Map<String, Value>, ApiError> {
    let world = shared.lock();
    let env = env_ref(&world, ctx.body)?;
    Ok(answer(env.create_info()))
}

pub fn create_infos(shared: &SharedWorld, ctx: &Ctx<'_>) -> Result<Map<String, Value>, ApiError> {
    let body = ctx.body;
    let ids = strings(body, "EnvIds");
    let filters = filters(body, &["zone", "env-id", "env-name"])?;
    if !ids.is_empty() && !filters.is_empty() {
        return Err(errors::combination_of("EnvIds", "Filters"));
    }
    let (offset, limit) = page(body)?;
    let world = shared.lock();
    let now = world.now_ms();
    let selected: Vec<&Env> = world
        .fleet()
        .envs
        .iter()
        .rev()
        .filter(|e| !e.gone_at(now))
        .filter(|e| ids.is_empty() || ids.contains(&e.id))
        .filter(|e| filters.iter().all(|(n, v)| e.matches(n, v)))
        .collect();
    let set: Vec<Value> = selected
        .iter()
        .skip(offset)
        .take(limit)
        .map(|e| e.create_info())
        .collect();
    Ok(answer(
        json!({ "ComputeEnvCreateInfoSet": set, "TotalCount": selected.len() }),
    ))
}

pub fn activities(shared: &SharedWorld, ctx: &Ctx<'_>) -> Result<Map<String, Value>, ApiError> {
    let body = ctx.body;
    let node = match body.get("Filters") {
        None | Some(Value::Null) => None,
        Some(f) => Some(one_filter(f, &["compute-node-id"])?.1),
    };
    let (offset, limit) = page(body)?;
    let world = shared.lock();
    let now = world.now_ms();
    let env = env_ref(&world, body)?;
    let selected: Vec<_> = env
        .activities
        .iter()
        .rev()
        .filter(|a| node.as_ref().is_none_or(|n| n.contains(&a.node_id)))
        .collect();
    let set: Vec<Value> = selected
        .iter()
        .skip(offset)
        .take(limit)
        .map(|a| env.activity_view(a, now))
        .collect();
    Ok(answer(
        json!({ "ActivitySet": set, "TotalCount": selected.len() }),
    ))
}

pub fn modify_env(shared: &SharedWorld, ctx: &Ctx<'_>) -> Result<Map<String, Value>, ApiError> {
    let body = ctx.body;
    limits::text(body, "EnvName", "EnvName", Text::EnvName)?;
    limits::text(
        body,
        "EnvDescription",
        "EnvDescription",
        Text::EnvDescription,
    )?;
    limits::desired(body, "DesiredComputeNodeCount")?;
    if let Some(data) = body.get("EnvData") {
        limits::instance_types(data, "EnvData")?;
    }
    let mut world = shared.lock();
    let now = world.now_ms();
    let env = env_mut(&mut world, body)?;
    if let Some(data) = body.get("EnvData").filter(|d| d.is_object())
        && let (Some(stored), Some(new)) = (
            env.created_as
                .as_object_mut()
                .and_then(|c| c.get_mut("EnvData"))
                .and_then(Value::as_object_mut),
            data.as_object(),
        )
    {
        for (k, v) in new {
            stored.insert(k.clone(), v.clone());
        }
    }
    if let Some(name) = body.get("EnvName").and_then(Value::as_str) {
        env.name = name.to_string();
    }
    if let Some(d) = body.get("EnvDescription").and_then(Value::as_str) {
        env.description = Some(d.to_string());
    }
    if let Some(n) = body.get("DesiredComputeNodeCount").and_then(Value::as_u64) {
        let before = env.desired;
        env.desired = n;
        let verb = if n >= before { "increase" } else { "decrease" };
        env.converge(
            &format!("ModifyComputeEnv: {verb} the capacity from {before} to {n}"),
            now,
        );
    }
    let id = env.id.clone();
    changed(&mut world, &id);
    Ok(empty())
}

pub fn delete_env(shared: &SharedWorld, ctx: &Ctx<'_>) -> Result<Map<String, Value>, ApiError> {
    let mut world = shared.lock();
    world.refresh();
    let now = world.now_ms();
    let id = env_mut(&mut world, ctx.body)?.id.clone();
    if world.env_in_use(&id) {
        return Err(errors::coded(
            "UnsupportedOperation.ComputeEnvOperation",
            format!("The compute environment `{id}` is used by jobs that have not finished."),
            format!("计算环境 `{id}` 正被未结束的作业使用。"),
        ));
    }
    if let Some(env) = world.fleet_mut().env_mut(&id, now) {
        env.deleted = Some(now);
        env.desired = 0;
        let live: Vec<usize> = (0..env.nodes.len())
            .filter(|&i| env.nodes[i].removed.is_none() && env.nodes[i].state_at(now).is_some())
            .collect();
        for i in live {
            env.remove(i, "TERMINATE_COMPUTE_NODE", "DeleteComputeEnv", now);
        }
    }
    world.changed();
    Ok(empty())
}

pub fn attach(shared: &SharedWorld, ctx: &Ctx<'_>) -> Result<Map<String, Value>, ApiError> {
    let body = ctx.body;
    let ids: Vec<String> = body
        .get("Instances")
        .and_then(Value::as_array)
        .ok_or_else(|| errors::missing_parameter("Instances"))?
        .iter()
        .map(|i| {
            i.get("InstanceId")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string()
        })
        .collect();
    limits::instances(body, "Instances")?;
    let mut world = shared.lock();
    let now = world.now_ms();
    world.fleet_mut().prune(now);
    for (k, id) in ids.iter().enumerate() {
        if !envs::is_id("ins", id) {
            return Err(errors::invalid_value(
                format!(
                    "`{id}` is not an instance ID (`ins-` and 8 lower-case letters or digits)."
                ),
                format!("`{id}` 不是实例 ID（`ins-` 加 8 位小写字母或数字）。"),
            ));
        }
        if ids[..k].contains(id) {
            return Err(errors::coded(
                "InvalidParameterValue.InstanceIdDuplicated",
                format!("The instance `{id}` is given more than once."),
                format!("实例 `{id}` 重复。"),
            ));
        }
        let spot = id.starts_with("ins-spot");
        let taken = world
            .fleet()
            .envs
            .iter()
            .flat_map(|e| e.live_nodes(now))
            .any(|(n, _)| n.instance_id == *id);
        if spot || taken {
            let why = if spot {
                "is a spot instance"
            } else {
                "is already a compute node"
            };
            return Err(errors::coded(
                "UnsupportedOperation.InstancesNotAllowToAttach",
                format!("The instance `{id}` cannot be attached: it {why}."),
                format!(
                    "实例 `{id}` 不能添加：{}。",
                    if spot {
                        "竞价实例"
                    } else {
                        "已是计算节点"
                    }
                ),
            ));
        }
    }
    let env = env_mut(&mut world, body)?;
    for id in &ids {
        env.attach(id, now);
    }
    let env_id = env.id.clone();
    changed(&mut world, &env_id);
    Ok(empty())
}

pub fn detach(shared: &SharedWorld, ctx: &Ctx<'_>) -> Result<Map<String, Value>, ApiError> {
    let body = ctx.body;
    let ids = strings(body, "InstanceIds");
    limits::instances(body, "InstanceIds")?;
    let mut world = shared.lock();
    let now = world.now_ms();
    let env = env_mut(&mut world, body)?;
    let mut found = Vec::new();
    for id in &ids {
        let at = env
            .nodes
            .iter()
            .position(|n| n.instance_id == *id && n.removed.is_none())
            .ok_or_else(|| errors::node_not_found(&env.id, id))?;
        if !env.nodes[at].attached {
            return Err(errors::coded(
                "UnsupportedOperation.InstancesNotAllowToAttach",
                format!(
                    "The instance `{id}` was created by the environment; only attached instances can be detached (terminate the node instead)."
                ),
                format!("实例 `{id}` 由计算环境创建，只能移出添加的实例。"),
            ));
        }
        found.push(at);
    }
    for at in found {
        env.remove(at, "DETACH_INSTANCE", "DetachInstances", now);
    }
    let env_id = env.id.clone();
    changed(&mut world, &env_id);
    Ok(empty())
}

pub fn terminate_nodes(
    shared: &SharedWorld,
    ctx: &Ctx<'_>,
) -> Result<Map<String, Value>, ApiError> {
    let body = ctx.body;
    let mut ids = strings(body, "ComputeNodeIds");
    if let Some(one) = body.get("ComputeNodeId").and_then(Value::as_str) {
        ids.push(one.to_string());
    }
    let mut world = shared.lock();
    let now = world.now_ms();
    let env = env_mut(&mut world, body)?;
    let mut found = Vec::new();
    for (k, id) in ids.iter().enumerate() {
        if ids[..k].contains(id) {
            return Err(errors::invalid_value(
                format!("The node `{id}` is given more than once."),
                format!("计算节点 `{id}` 重复。"),
            ));
        }
        let at = env
            .nodes
            .iter()
            .position(|n| n.id == *id && n.state_at(now).is_some())
            .ok_or_else(|| errors::node_not_found(&env.id, id))?;
        let state = env.nodes[at].state_at(now).unwrap_or("DELETING");
        if !TERMINABLE.contains(&state) {
            return Err(errors::coded(
                "UnsupportedOperation.ComputeNodeForbidTerminate",
                format!(
                    "The node `{id}` is {state}: only nodes that are {} can be terminated.",
                    TERMINABLE.join(", ")
                ),
                format!("计算节点 `{id}` 处于 {state} 状态，不能销毁。"),
            ));
        }
        found.push(at);
    }
    let cause = format!("{}: terminate the node", ctx.action);
    for at in found {
        if !env.nodes[at].attached {
            env.desired = env.desired.saturating_sub(1);
        }
        env.remove(at, "TERMINATE_COMPUTE_NODE", &cause, now);
    }
    let env_id = env.id.clone();
    changed(&mut world, &env_id);
    Ok(empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{Clock, Hand};

    fn service() -> (SharedWorld, Hand) {
        let (clock, hand) = Clock::manual(1_700_000_000_000, 1.0);
        (SharedWorld::new(World::new(Vec::new(), clock)), hand)
    }

    type Answer = Result<Map<String, Value>, ApiError>;

    fn call(
        svc: &SharedWorld,
        action: &str,
        body: Value,
        f: fn(&SharedWorld, &Ctx<'_>) -> Answer,
    ) -> Answer {
        let ctx = Ctx {
            action,
            secret_id: "AKIDTEST",
            region: Some("ap-guangzhou"),
            now: 0,
            body: &body,
        };
        f(svc, &ctx)
    }

    fn create(svc: &SharedWorld, desired: u64) -> String {
        let body = json!({
            "ComputeEnv": {"EnvName": "e", "EnvType": "MANAGED", "DesiredComputeNodeCount": desired,
                "EnvData": {"InstanceType": "S5.MEDIUM4", "ImageId": "img-abcdefgh"}},
            "Placement": {"Zone": "ap-guangzhou-3"},
            "ClientToken": "t-1",
        });
        let answer = call(svc, "CreateComputeEnv", body, create_env).unwrap();
        answer["EnvId"].as_str().unwrap().to_string()
    }

    fn job_state(svc: &SharedWorld, job: &str) -> String {
        let mut world = svc.lock();
        world.refresh();
        let view = world.views().iter().find(|v| v["JobId"] == job).unwrap();
        view["JobState"].as_str().unwrap().to_string()
    }

    #[test]
    fn a_job_on_an_empty_environment_waits_until_a_node_runs() {
        let (svc, hand) = service();
        let env = create(&svc, 0);
        assert_eq!(create(&svc, 5), env, "the ClientToken returns the same env");
        let submit = json!({
            "Placement": {"Zone": "ap-guangzhou-3"},
            "Job": {"Tasks": [{"EnvId": env, "Application": {"DeliveryForm": "LOCAL", "Command": "sleep 2"}}]},
        });
        let job = call(&svc, "SubmitJob", submit, super::super::submit::submit_job).unwrap();
        let job = job["JobId"].as_str().unwrap().to_string();
        hand.advance(60_000);
        assert_eq!(job_state(&svc, &job), "RUNNABLE");
        let refused = call(&svc, "DeleteComputeEnv", json!({"EnvId": env}), delete_env);
        assert_eq!(
            refused.unwrap_err().code,
            "UnsupportedOperation.ComputeEnvOperation"
        );
        let grow = json!({"EnvId": env, "DesiredComputeNodeCount": 1});
        call(&svc, "ModifyComputeEnv", grow, modify_env).unwrap();
        // The node is RUNNING after 15 s; the instance then starts (1 s) and runs (2 s).
        hand.advance(envs::CREATING_MS + envs::CREATED_MS);
        assert_eq!(job_state(&svc, &job), "STARTING");
        hand.advance(3_000);
        assert_eq!(job_state(&svc, &job), "SUCCEED");
        call(&svc, "DeleteComputeEnv", json!({"EnvId": env}), delete_env).unwrap();
        hand.advance(envs::DELETING_MS);
        let gone = call(
            &svc,
            "DescribeComputeEnv",
            json!({"EnvId": env}),
            describe_env,
        );
        assert_eq!(gone.unwrap_err().code, "ResourceNotFound.ComputeEnv");
    }

    #[test]
    fn only_nodes_in_terminable_states_can_be_terminated_and_not_twice() {
        let (svc, hand) = service();
        let env = create(&svc, 1);
        let node = {
            let world = svc.lock();
            world.fleet().envs[0].nodes[0].id.clone()
        };
        let body = json!({"EnvId": env, "ComputeNodeId": node});
        let creating = call(&svc, "TerminateComputeNode", body.clone(), terminate_nodes);
        assert_eq!(
            creating.unwrap_err().code,
            "UnsupportedOperation.ComputeNodeForbidTerminate"
        );
        hand.advance(envs::CREATING_MS);
        let twice = json!({"EnvId": env, "ComputeNodeIds": [node, node]});
        let twice = call(&svc, "TerminateComputeNodes", twice, terminate_nodes);
        assert_eq!(twice.unwrap_err().code, "InvalidParameterValue");
        call(&svc, "TerminateComputeNode", body, terminate_nodes).unwrap();
        let view = call(
            &svc,
            "DescribeComputeEnv",
            json!({"EnvId": env}),
            describe_env,
        )
        .unwrap();
        assert_eq!(view["DesiredComputeNodeCount"], 0);
        assert_eq!(view["ComputeNodeSet"][0]["ComputeNodeState"], "DELETING");
        let unknown = json!({"EnvId": env, "ComputeNodeId": "node-zzzzzzzz"});
        let unknown = call(&svc, "TerminateComputeNode", unknown, terminate_nodes);
        assert_eq!(unknown.unwrap_err().code, "ResourceNotFound.ComputeNode");
    }
}
