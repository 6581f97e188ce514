//! The job writes, by the service's rules (`batch-api.md`):
//!
//! - TerminateJob: refused (`UnsupportedOperation`) while the job is SUBMITTED; no
//!   effect on a SUCCEED job; otherwise TerminateTaskInstance on every instance.
//! - TerminateTaskInstance: SUCCEED/FAILED instances unchanged; SUBMITTED, PENDING,
//!   RUNNABLE ones FAILED at once; STARTING, RUNNING (FAILED_INTERRUPTED) ones FAILED
//!   after the node's teardown (`crate::state::job::TEARDOWN_MS`).
//! - RetryJobs: at most 100 IDs, every one FAILED, or FAILED_INTERRUPTED (`FailedAction`
//!   INTERRUPT) once its instances have ended (else `UnsupportedOperation`, nothing
//!   done); each failed instance starts a fresh attempt now (dependants that never ran
//!   included), in dependence order, with its history reset: an interrupted job resumes.
//! - DeleteJob: only when the job has ended (SUCCEED, FAILED or FAILED_INTERRUPTED) and
//!   all its instances are SUCCEED or FAILED, else `ResourceInUse.Job`; afterwards nothing
//!   about the job can be read.
//!
//! A write on a listed job first makes it a simulated one (see `crate::state::world`).

use serde_json::{Map, Value};

use super::call::Ctx;
use super::jobs::{job_id, task_name};
use crate::api;
use crate::errors::{self, ApiError};
use crate::state::SharedWorld;
use crate::state::job::{SimJob, Terminate};
use crate::state::project::Eval;

/// The most JobIds one RetryJobs may carry.
pub const MAX_RETRY_IDS: usize = 100;

fn empty() -> Map<String, Value> {
    Map::new()
}

/// Terminates instance `ii` of task `ti` at the job's time `t`, if it is still running.
fn terminate(job: &mut SimJob, plan_state: &str, ti: usize, ii: usize, t: i64, by: &str) {
    if matches!(plan_state, "SUCCEED" | "FAILED") {
        return;
    }
    let inst = &mut job.tasks[ti].instances[ii];
    if inst.terminate.is_none() {
        inst.terminate = Some(Terminate {
            at: t,
            by: by.into(),
        });
    }
}

pub fn terminate_job(shared: &SharedWorld, ctx: &Ctx<'_>) -> Result<Map<String, Value>, ApiError> {
    let id = job_id(ctx.body)?;
    let mut world = shared.lock();
    world.refresh();
    let now = world.now_ms();
    let state = {
        let (job, fixed) = world.job(id).ok_or_else(|| errors::job_not_found(id))?;
        Eval::new(&job, fixed, now).job_state()
    };
    match state.as_str() {
        "SUBMITTED" => {
            return Err(errors::coded(
                "UnsupportedOperation",
                format!("The job `{id}` is SUBMITTED and cannot be terminated yet."),
                format!("作业 `{id}` 处于 SUBMITTED 状态，不能终止。"),
            ));
        }
        "SUCCEED" => return Ok(empty()),
        _ => {}
    }
    let Some(job) = world.job_mut(id) else {
        return Err(errors::job_not_found(id));
    };
    let t = now.saturating_add(job.skew);
    let plan = job.plan();
    for (ti, task) in plan.iter().enumerate() {
        for (ii, tl) in task.instances.iter().enumerate() {
            let state = tl.state_at(t);
            terminate(job, state, ti, ii, t, "TerminateJob");
        }
    }
    world.reseat_job(id);
    world.changed();
    Ok(empty())
}

pub fn terminate_instance(
    shared: &SharedWorld,
    ctx: &Ctx<'_>,
) -> Result<Map<String, Value>, ApiError> {
    let id = job_id(ctx.body)?;
    let name = task_name(ctx.body)?;
    let index = ctx
        .body
        .get("TaskInstanceIndex")
        .and_then(Value::as_i64)
        .unwrap_or(-1);
    let mut world = shared.lock();
    world.refresh();
    let now = world.now_ms();
    {
        let (job, _) = world.job(id).ok_or_else(|| errors::job_not_found(id))?;
        let ti = job
            .task_index(name)
            .ok_or_else(|| errors::task_not_found(id, name))?;
        if usize::try_from(index).map_or(true, |i| i >= job.tasks[ti].instances.len()) {
            return Err(errors::instance_not_found(id, name, index));
        }
    }
    let Some(job) = world.job_mut(id) else {
        return Err(errors::job_not_found(id));
    };
    let ti = job.task_index(name).unwrap_or(0);
    let ii = usize::try_from(index).unwrap_or(0);
    let t = now.saturating_add(job.skew);
    let state = job.plan()[ti].instances[ii].state_at(t);
    terminate(job, state, ti, ii, t, "TerminateTaskInstance");
    world.reseat_job(id);
    world.changed();
    Ok(empty())
}

pub fn retry_jobs(shared: &SharedWorld, ctx: &Ctx<'_>) -> Result<Map<String, Value>, ApiError> {
    let ids: Vec<&str> = ctx
        .body
        .get("JobIds")
        .and_then(Value::as_array)
        .ok_or_else(|| errors::missing_parameter("JobIds"))?
        .iter()
        .filter_map(Value::as_str)
        .collect();
    if ids.len() > MAX_RETRY_IDS {
        return Err(errors::limit_exceeded(
            format!(
                "`JobIds` may hold at most {MAX_RETRY_IDS} job IDs, got {}.",
                ids.len()
            ),
            format!(
                "`JobIds` 最多包含 {MAX_RETRY_IDS} 个作业 ID，当前为 {} 个。",
                ids.len()
            ),
        ));
    }
    if let Some(bad) = ids.iter().find(|id| !api::is_valid_job_id(id)) {
        return Err(errors::job_id_malformed(bad));
    }
    let mut world = shared.lock();
    world.refresh();
    let now = world.now_ms();
    for id in &ids {
        let (job, fixed) = world.job(id).ok_or_else(|| errors::job_not_found(id))?;
        let eval = Eval::new(&job, fixed, now);
        let state = eval.job_state();
        let resumable = state == "FAILED_INTERRUPTED" && instances_ended(&eval);
        if state != "FAILED" && !resumable {
            return Err(errors::coded(
                "UnsupportedOperation",
                format!(
                    "The job `{id}` is {state}: only FAILED jobs (or interrupted ones whose instances have ended) can be retried."
                ),
                format!(
                    "作业 `{id}` 处于 {state} 状态：只能重试 FAILED 状态（或实例均已结束的已中断）的作业。"
                ),
            ));
        }
    }
    for id in &ids {
        let Some(job) = world.job_mut(id) else {
            continue;
        };
        let t = now.saturating_add(job.skew);
        let plan = job.plan();
        for (ti, task) in plan.iter().enumerate() {
            for (ii, tl) in task.instances.iter().enumerate() {
                if matches!(tl.state_at(t), "FAILED" | "FAILED_INTERRUPTED") {
                    let inst = &mut job.tasks[ti].instances[ii];
                    inst.from = t;
                    inst.attempt += 1;
                    inst.terminate = None;
                    inst.pinned = None;
                    inst.local.clear();
                    if let Some(e) = inst.on_env.as_mut() {
                        e.seats.clear();
                    }
                }
            }
        }
    }
    for id in &ids {
        world.reseat_job(id);
    }
    world.refresh();
    world.changed();
    Ok(empty())
}

pub fn delete_job(shared: &SharedWorld, ctx: &Ctx<'_>) -> Result<Map<String, Value>, ApiError> {
    let id = job_id(ctx.body)?;
    let mut world = shared.lock();
    world.refresh();
    let now = world.now_ms();
    let finished = {
        let (job, fixed) = world.job(id).ok_or_else(|| errors::job_not_found(id))?;
        let eval = Eval::new(&job, fixed, now);
        matches!(
            eval.job_state().as_ref(),
            "SUCCEED" | "FAILED" | "FAILED_INTERRUPTED"
        ) && instances_ended(&eval)
    };
    if !finished {
        return Err(errors::coded(
            "ResourceInUse.Job",
            format!("The job `{id}` is still running: only a finished job can be deleted."),
            format!("作业 `{id}` 仍在运行：只能删除已结束的作业。"),
        ));
    }
    world.remove(id);
    world.changed();
    Ok(empty())
}

/// Every instance of the job has ended, SUCCEED or FAILED (an instance FAILED_INTERRUPTED
/// is still being torn down).
fn instances_ended(eval: &Eval<'_>) -> bool {
    eval.plan
        .iter()
        .flat_map(|p| p.instances.iter())
        .all(|i| matches!(i.state_at(eval.t), "SUCCEED" | "FAILED"))
}
