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
use std::collections::BinaryHeap;

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
    if local == NEVER {
        NEVER
    } else {
        local.saturating_sub(skew)
    }
}

fn to_local(world: i64, skew: i64) -> i64 {
    if world == NEVER {
        NEVER
    } else {
        world.saturating_add(skew)
    }
}

fn waiting(job: &SimJob, plan: &[TaskPlan], env_id: &str) -> Vec<Waiting> {
    let mut out = Vec::new();
    for (ti, task) in plan.iter().enumerate() {
        for (ii, tl) in task.instances.iter().enumerate() {
            if let Some(ready) = tl.wants_seat
                && on(job, env_id, ti, ii)
            {
                out.push(Waiting {
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
    let mut queue = Queue {
        version: vec![0; jobs.len()],
        pending: BinaryHeap::new(),
        eligible: BinaryHeap::new(),
    };
    for (at, plan) in plans.iter().enumerate() {
        queue.push(jobs, at, plan, env_id);
    }
    // Seats go out in time order: `clock` never goes back.
    let mut clock = now;
    loop {
        if queue.eligible.is_empty() {
            match queue.next_pending() {
                Some(ready) if ready < NEVER => clock = clock.max(ready),
                _ => break,
            }
        }
        let node = nodes
            .iter()
            .enumerate()
            .map(|(k, n)| (n.free.max(clock), k))
            .filter(|&(t, k)| t < nodes[k].out_at)
            .min();
        let Some((t, k)) = node else {
            // No node will take anything any more: the instances that had one (now
            // ABNORMAL) end FAILED; the others wait for nodes to be added.
            let again = queue.drain_again();
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
            touched.sort_unstable();
            touched.dedup();
            for j in touched {
                plans[j] = jobs[j].plan();
                queue.push(jobs, j, &plans[j], env_id);
            }
            continue;
        };
        clock = t;
        queue.admit(clock);
        let Some((j, ti, ii)) = queue.best() else {
            continue;
        };
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
        // Busy at least a moment, so each seat moves the queue forward.
        node.free = end.min(node.out_at).max(t.saturating_add(1));
        queue.push(jobs, j, &plans[j], env_id);
    }
}

/// Who goes first among instances that may start: the job's `Priority` (higher first),
/// its submission (older first), then job, task and instance order.
type Key = (Reverse<i64>, i64, u64, usize, usize, usize);

#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct Entry {
    key: Key,
    ready: i64,
    again: bool,
    /// The job's version it was made from (a job seated again makes new entries).
    version: u32,
}

impl Entry {
    fn at(&self) -> (usize, usize, usize) {
        (self.key.3, self.key.4, self.key.5)
    }
}

/// The instances waiting: `pending` until the clock reaches their ready time (soonest
/// first), then `eligible` (first by [`Key`]).
struct Queue {
    version: Vec<u32>,
    pending: BinaryHeap<Reverse<(i64, Entry)>>,
    eligible: BinaryHeap<Reverse<Entry>>,
}

impl Queue {
    /// Replaces job `at`'s entries by those of its plan.
    fn push(&mut self, jobs: &[&mut SimJob], at: usize, plan: &[TaskPlan], env_id: &str) {
        self.version[at] += 1;
        let job = &jobs[at];
        for w in waiting(job, plan, env_id) {
            let entry = Entry {
                key: (
                    Reverse(job.priority()),
                    job.created,
                    job.seq,
                    at,
                    w.ti,
                    w.ii,
                ),
                ready: w.ready,
                again: w.again,
                version: self.version[at],
            };
            self.pending.push(Reverse((w.ready, entry)));
        }
    }

    fn current(&self, e: &Entry) -> bool {
        self.version[e.key.3] == e.version
    }

    /// The soonest ready time still pending.
    fn next_pending(&mut self) -> Option<i64> {
        while let Some(Reverse((ready, e))) = self.pending.peek() {
            if self.current(e) {
                return Some(*ready);
            }
            self.pending.pop();
        }
        None
    }

    /// Moves what is ready at `clock` to `eligible`.
    fn admit(&mut self, clock: i64) {
        while let Some(Reverse((ready, _))) = self.pending.peek() {
            if *ready > clock {
                break;
            }
            if let Some(Reverse((_, e))) = self.pending.pop()
                && self.current(&e)
            {
                self.eligible.push(Reverse(e));
            }
        }
    }

    /// The first eligible instance, taken out.
    fn best(&mut self) -> Option<(usize, usize, usize)> {
        while let Some(Reverse(e)) = self.eligible.pop() {
            if self.current(&e) {
                return Some(e.at());
            }
        }
        None
    }

    /// Takes out every waiting instance that had a node before.
    fn drain_again(&mut self) -> Vec<(usize, usize, usize)> {
        let mut again = Vec::new();
        let pending = std::mem::take(&mut self.pending);
        for Reverse((ready, e)) in pending {
            if !self.current(&e) {
                continue;
            }
            if e.again {
                again.push(e.at());
            } else {
                self.pending.push(Reverse((ready, e)));
            }
        }
        let eligible = std::mem::take(&mut self.eligible);
        for Reverse(e) in eligible {
            if !self.current(&e) {
                continue;
            }
            if e.again {
                again.push(e.at());
            } else {
                self.eligible.push(Reverse(e));
            }
        }
        again.sort_unstable();
        again
    }
}
