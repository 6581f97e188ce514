//! The queue of an environment: which task instance runs on which of its nodes, and
//! from when.
//!
//! A node runs one task instance at a time. Instances of tasks that name the
//! environment (`EnvId`) wait RUNNABLE until a node is free; each time a node is free,
//! the instance that may start then (its task runnable by the job's dependences, a
//! `MaxConcurrentNum` slot free) with the highest job `Priority` takes it, then the
//! oldest job, then job, task and instance order. A node takes work from when it is
//! RUNNING until it turns ABNORMAL or is removed; an instance whose node turned ABNORMAL
//! under it and has retries left (`MaxRetryCount`) queues again for another node, and
//! ends FAILED when the environment has no other node that could take it.
//!
//! [`schedule`] decides every seat from `now` on: seats taken before `now` stand, the
//! rest are decided again (a job submitted with a higher priority goes before the ones
//! waiting). The world calls it when the queue can change (a job is submitted,
//! terminated or retried, the environment's nodes change), never on a read, so reads
//! cost what they did; its cost is that of the instances waiting on the one environment.

use std::cmp::Reverse;

use super::envs::{Env, NEVER};
use super::job::{Seat, SimJob, TaskPlan};

/// One node, in world time.
struct Node {
    instance_id: String,
    /// When it is next free.
    free: i64,
    /// When it stops taking work.
    out_at: i64,
}

/// An instance that waits for a node.
struct Waiting {
    job: usize,
    ti: usize,
    ii: usize,
    /// From when it could start (world time).
    ready: i64,
    /// It has had a node (which turned ABNORMAL).
    again: bool,
}

fn on(job: &SimJob, env_id: &str, ti: usize, ii: usize) -> bool {
    job.tasks[ti].instances[ii]
        .on_env
        .as_ref()
        .is_some_and(|e| e.env_id == env_id)
}

fn to_world(local: i64, skew: i64) -> i64 {
    if local >= NEVER {
        NEVER
    } else {
        local.saturating_sub(skew)
    }
}

fn to_local(world: i64, skew: i64) -> i64 {
    if world >= NEVER {
        NEVER
    } else {
        world.saturating_add(skew)
    }
}

fn waiting(job: &SimJob, at: usize, plan: &[TaskPlan], env_id: &str) -> Vec<Waiting> {
    let mut out = Vec::new();
    for (ti, task) in plan.iter().enumerate() {
        for (ii, tl) in task.instances.iter().enumerate() {
            if let Some(ready) = tl.wants_seat
                && on(job, env_id, ti, ii)
            {
                out.push(Waiting {
                    job: at,
                    ti,
                    ii,
                    ready: to_world(ready, job.skew),
                    again: job.tasks[ti].instances[ii]
                        .on_env
                        .as_ref()
                        .is_some_and(|e| !e.seats.is_empty()),
                });
            }
        }
    }
    out
}

/// Seats the instances of `jobs` (in JobId order) that wait on `env_id` (whose environment is `env`,
/// `None` once it is gone) from world time `now` on.
pub fn schedule(env: Option<&Env>, env_id: &str, jobs: &mut [&mut SimJob], now: i64) {
    // Seats not yet taken at `now` are decided again.
    for job in jobs.iter_mut() {
        let t = to_local(now, job.skew);
        let plan = job.plan();
        for (ti, task) in plan.iter().enumerate() {
            for (ii, tl) in task.instances.iter().enumerate() {
                if tl.end <= t {
                    continue;
                }
                if let Some(e) = job.tasks[ti].instances[ii]
                    .on_env
                    .as_mut()
                    .filter(|e| e.env_id == env_id)
                {
                    e.seats.retain(|s| s.from <= t);
                }
            }
        }
    }
    let mut nodes: Vec<Node> = env
        .filter(|e| e.deleted.is_none())
        .map(|e| {
            let mut v: Vec<(i64, Node)> = e
                .nodes
                .iter()
                .filter_map(|n| {
                    let from = n.running_from()?;
                    Some((
                        from,
                        Node {
                            instance_id: n.instance_id.clone(),
                            free: from,
                            out_at: n.out_of_service_at(),
                        },
                    ))
                })
                .collect();
            v.sort_by_key(|(from, _)| *from);
            v.into_iter().map(|(_, n)| n).collect()
        })
        .unwrap_or_default();
    let mut plans: Vec<Vec<TaskPlan>> = jobs.iter().map(|j| j.plan()).collect();
    // Nodes are busy until the instances seated on them end.
    for (job, plan) in jobs.iter().zip(&plans) {
        for (ti, task) in plan.iter().enumerate() {
            for (ii, tl) in task.instances.iter().enumerate() {
                let Some(seat) = job.tasks[ti].instances[ii]
                    .on_env
                    .as_ref()
                    .filter(|e| e.env_id == env_id)
                    .and_then(|e| e.seats.last())
                else {
                    continue;
                };
                let busy = to_world(tl.end, job.skew).min(to_world(seat.out_at, job.skew));
                if let Some(node) = nodes.iter_mut().find(|n| n.instance_id == seat.instance_id) {
                    node.free = node.free.max(busy);
                }
            }
        }
    }
    let mut queue: Vec<Vec<Waiting>> = jobs
        .iter()
        .zip(&plans)
        .enumerate()
        .map(|(at, (job, plan))| waiting(job, at, plan, env_id))
        .collect();
    let key = |jobs: &[&mut SimJob], w: &Waiting| {
        let job = &jobs[w.job];
        (
            Reverse(job.priority()),
            job.created,
            job.seq,
            w.job,
            w.ti,
            w.ii,
        )
    };
    loop {
        let Some(first) = queue.iter().flatten().map(|w| w.ready).min() else {
            break;
        };
        if first >= NEVER {
            break;
        }
        let node = nodes
            .iter()
            .enumerate()
            .map(|(k, n)| (n.free.max(first).max(now), k))
            .filter(|&(t, k)| t < nodes[k].out_at)
            .min();
        let Some((t, k)) = node else {
            // No node will take anything: those that had one (now ABNORMAL) end FAILED.
            let again: Vec<(usize, usize, usize)> = queue
                .iter()
                .flatten()
                .filter(|w| w.again)
                .map(|w| (w.job, w.ti, w.ii))
                .collect();
            if again.is_empty() {
                break;
            }
            for &(j, ti, ii) in &again {
                if let Some(e) = jobs[j].tasks[ti].instances[ii].on_env.as_mut() {
                    e.seats.push(Seat {
                        instance_id: String::new(),
                        from: NEVER,
                        out_at: NEVER,
                    });
                }
            }
            let mut touched: Vec<usize> = again.iter().map(|w| w.0).collect();
            touched.dedup();
            for j in touched {
                plans[j] = jobs[j].plan();
                queue[j] = waiting(jobs[j], j, &plans[j], env_id);
            }
            continue;
        };
        let Some(best) = queue
            .iter()
            .flatten()
            .filter(|w| w.ready <= t)
            .min_by_key(|w| key(jobs, w))
            .map(|w| (w.job, w.ti, w.ii))
        else {
            break;
        };
        let (j, ti, ii) = best;
        let skew = jobs[j].skew;
        let node = &mut nodes[k];
        if let Some(e) = jobs[j].tasks[ti].instances[ii].on_env.as_mut() {
            e.seats.push(Seat {
                instance_id: node.instance_id.clone(),
                from: to_local(t, skew),
                out_at: to_local(node.out_at, skew),
            });
        }
        plans[j] = jobs[j].plan();
        let end = to_world(plans[j][ti].instances[ii].end, skew);
        // Never earlier than now, so a seat always moves time forward.
        node.free = end.min(node.out_at).max(t.saturating_add(1));
        queue[j] = waiting(jobs[j], j, &plans[j], env_id);
    }
}
