//! One simulated job: its tasks, their instances and dependences, and the timeline they
//! follow on the virtual clock. The timeline is a pure function of what is stored (when
//! each instance may start, terminations asked for, pinned states), so every read at a
//! given time sees the same world.
//!
//! Durations: an instance whose task is ready spends [`STAGE_MS`] in each of SUBMITTED,
//! PENDING, RUNNABLE and STARTING, then RUNNING for its command's run time (see
//! `super::command`), then ends SUCCEED or FAILED. A task is ready when every task it
//! depends on has SUCCEEDED (at the latest of their ends); when one of them FAILED, its
//! instances never run and end FAILED at that moment. A termination of an instance that
//! has not reached STARTING fails it at once; of one STARTING or RUNNING it freezes it
//! and fails it [`TEARDOWN_MS`] later (the node is torn down); a FAILED_INTERRUPTED one
//! becomes FAILED [`TEARDOWN_MS`] later.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::command::{self, Run};

/// Time spent in each state before RUNNING, virtual milliseconds.
pub const STAGE_MS: i64 = 1_000;
/// Time from a termination of a STARTING or RUNNING instance to its FAILED state.
pub const TEARDOWN_MS: i64 = 2_000;

/// The states an instance goes through before its end, in order.
pub const LIFECYCLE: [&str; 5] = ["SUBMITTED", "PENDING", "RUNNABLE", "STARTING", "RUNNING"];

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SimJob {
    pub id: String,
    /// The JobView as DescribeJobs shows it; state, end time and task counters are
    /// rewritten in place from the timeline (key order and unknown fields kept).
    pub template: Value,
    /// The `Job` object as submitted (DescribeJobSubmitInfo).
    pub submitted: Value,
    pub zone: String,
    /// Virtual milliseconds.
    pub created: i64,
    /// How far this job's own time runs ahead of the world's (`--advance` moves it).
    #[serde(default)]
    pub skew: i64,
    pub tasks: Vec<SimTask>,
    /// (start task, end task) positions in `tasks`.
    pub deps: Vec<(usize, usize)>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SimTask {
    pub name: String,
    pub command: String,
    /// The task's `RedirectInfo` as submitted.
    pub redirect: Option<Value>,
    pub instances: Vec<SimInstance>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SimInstance {
    /// The earliest moment this attempt may start (submission, or the retry).
    pub from: i64,
    /// Attempts so far (a retry starts the next one with a fresh node).
    pub attempt: u32,
    pub terminate: Option<Terminate>,
    /// A state given from outside (a listed job's synthesised instance), kept until a
    /// retry runs it again.
    pub pinned: Option<Pinned>,
    /// The compute environment (`EnvId`) the instance runs on, if its task named one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_env: Option<OnEnv>,
}

/// Where an instance of a task with an `EnvId` runs: it waits RUNNABLE until
/// `running_from` (the first moment one of the environment's nodes is RUNNING;
/// [`i64::MAX`] while it has none) and then runs on the node `instance_id`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct OnEnv {
    pub env_id: String,
    pub instance_id: Option<String>,
    pub running_from: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Terminate {
    pub at: i64,
    /// `TerminateJob` or `TerminateTaskInstance`.
    pub by: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Pinned {
    pub state: String,
    /// When a terminal pinned instance ended.
    pub end: i64,
}

/// How an instance ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Succeed,
    Exit(i32),
    Interrupted,
    DependenceFailed(String),
    Terminated { by: String, running: bool },
}

/// The whole timeline of one instance.
#[derive(Debug, Clone)]
pub struct Timeline {
    pub created: i64,
    /// When it entered PENDING, RUNNABLE, STARTING and RUNNING (if it did).
    pub stages: [Option<i64>; 4],
    /// When it reaches its final state (`i64::MAX`: never).
    pub end: i64,
    pub outcome: Outcome,
    /// Output stops here (a termination freezes it).
    pub log_until: i64,
    /// A pinned state, shown whatever the time until the end.
    pub hold: Option<&'static str>,
}

impl Timeline {
    pub fn state_at(&self, t: i64) -> &'static str {
        if t >= self.end {
            return match self.outcome {
                Outcome::Succeed => "SUCCEED",
                Outcome::Interrupted => "FAILED_INTERRUPTED",
                _ => "FAILED",
            };
        }
        if let Some(state) = self.hold {
            return state;
        }
        let reached = self
            .stages
            .iter()
            .rposition(|s| s.is_some_and(|s| s <= t))
            .map_or(0, |i| i + 1);
        LIFECYCLE[reached]
    }

    pub fn launch(&self) -> Option<i64> {
        self.stages[2]
    }

    pub fn running(&self) -> Option<i64> {
        self.stages[3]
    }
}

/// A task's timeline: its command's run and its instances'.
#[derive(Debug, Clone)]
pub struct TaskPlan {
    pub run: Run,
    pub instances: Vec<Timeline>,
    pub end: i64,
    pub ok: bool,
}

/// True for the three final states.
pub fn is_final(state: &str) -> bool {
    matches!(state, "SUCCEED" | "FAILED" | "FAILED_INTERRUPTED")
}

/// The state of a group (a task of its instances, a job of all its instances): final
/// when all are (FAILED before FAILED_INTERRUPTED before SUCCEED); RUNNING once any has
/// run or ended; else the furthest state reached.
pub fn derive<'a>(states: impl IntoIterator<Item = &'a str>) -> &'static str {
    let mut all_final = true;
    let (mut failed, mut interrupted, mut started) = (false, false, false);
    let mut furthest = 0;
    for s in states {
        match s {
            "FAILED" => failed = true,
            "FAILED_INTERRUPTED" => interrupted = true,
            "SUCCEED" => {}
            other => {
                all_final = false;
                let rank = LIFECYCLE.iter().position(|l| *l == other).unwrap_or(0);
                furthest = furthest.max(rank);
                continue;
            }
        }
        started = true;
    }
    if all_final {
        return if failed {
            "FAILED"
        } else if interrupted {
            "FAILED_INTERRUPTED"
        } else {
            "SUCCEED"
        };
    }
    if started {
        "RUNNING"
    } else {
        LIFECYCLE[furthest]
    }
}

impl SimJob {
    /// Task positions with every task after the tasks it depends on.
    fn order(&self) -> Vec<usize> {
        let n = self.tasks.len();
        let mut indegree = vec![0usize; n];
        for &(_, end) in &self.deps {
            indegree[end] += 1;
        }
        let mut ready: Vec<usize> = (0..n).filter(|&i| indegree[i] == 0).collect();
        let mut order = Vec::with_capacity(n);
        while let Some(i) = ready.pop() {
            order.push(i);
            for &(start, end) in &self.deps {
                if start == i {
                    indegree[end] -= 1;
                    if indegree[end] == 0 {
                        ready.push(end);
                    }
                }
            }
        }
        // Submission refuses cycles; should a stored one have any, its tasks still run.
        for i in 0..n {
            if !order.contains(&i) {
                order.push(i);
            }
        }
        order
    }

    /// The timeline of every task and instance, by task position.
    pub fn plan(&self) -> Vec<TaskPlan> {
        let mut plans: Vec<Option<TaskPlan>> = vec![None; self.tasks.len()];
        for ti in self.order() {
            let task = &self.tasks[ti];
            let run = command::run(&task.command);
            let mut ready = self.created;
            let mut failed_dep: Option<(i64, String)> = None;
            for &(start, _) in self.deps.iter().filter(|(_, end)| *end == ti) {
                let Some(dep) = plans[start].as_ref() else {
                    continue;
                };
                if dep.ok {
                    ready = ready.max(dep.end);
                } else if failed_dep.as_ref().is_none_or(|(t, _)| dep.end < *t) {
                    failed_dep = Some((dep.end, self.tasks[start].name.clone()));
                }
            }
            let instances: Vec<Timeline> = task
                .instances
                .iter()
                .map(|inst| timeline(inst, &run, ready, failed_dep.as_ref(), self.created))
                .collect();
            let end = instances.iter().map(|i| i.end).max().unwrap_or(ready);
            let ok = instances.iter().all(|i| i.outcome == Outcome::Succeed);
            plans[ti] = Some(TaskPlan {
                run,
                instances,
                end,
                ok,
            });
        }
        plans.into_iter().flatten().collect()
    }

    /// The job's state at `t` (its own time) from a plan.
    pub fn state_at(plan: &[TaskPlan], t: i64) -> &'static str {
        derive(
            plan.iter()
                .flat_map(|p| p.instances.iter().map(move |i| i.state_at(t))),
        )
    }

    /// When the job's state next changes after `t`, if it ever does.
    pub fn next_change(plan: &[TaskPlan], t: i64) -> Option<i64> {
        let now = SimJob::state_at(plan, t);
        let mut times: Vec<i64> = plan
            .iter()
            .flat_map(|p| p.instances.iter())
            .flat_map(|i| i.stages.iter().flatten().copied().chain([i.end]))
            .filter(|&x| x > t && x < i64::MAX)
            .collect();
        times.sort_unstable();
        times.dedup();
        times
            .into_iter()
            .find(|&x| SimJob::state_at(plan, x) != now)
    }

    /// True when nothing will change after `t` (every instance has ended).
    pub fn settled(plan: &[TaskPlan], t: i64) -> bool {
        plan.iter()
            .flat_map(|p| p.instances.iter())
            .all(|i| i.end <= t)
    }

    pub fn task_index(&self, name: &str) -> Option<usize> {
        self.tasks.iter().position(|t| t.name == name)
    }
}

fn timeline(
    inst: &SimInstance,
    run: &Run,
    ready: i64,
    failed_dep: Option<&(i64, String)>,
    job_created: i64,
) -> Timeline {
    let created = inst.from;
    let mut tl = if let Some(pinned) = &inst.pinned {
        pinned_timeline(pinned, run, job_created)
    } else if let Some((failed_at, dep)) = failed_dep {
        Timeline {
            created,
            stages: [None; 4],
            end: (*failed_at).max(inst.from),
            outcome: Outcome::DependenceFailed(dep.clone()),
            log_until: i64::MIN,
            hold: None,
        }
    } else {
        let s = inst.from.max(ready);
        let starting = match &inst.on_env {
            Some(env) => (s + 3 * STAGE_MS).max(env.running_from),
            None => s + 3 * STAGE_MS,
        };
        let running = starting.saturating_add(STAGE_MS);
        let end = running.saturating_add(run.duration_ms);
        let launched = |t: i64| (t < i64::MAX - STAGE_MS).then_some(t);
        Timeline {
            created,
            stages: [
                Some(s + STAGE_MS),
                Some(s + 2 * STAGE_MS),
                launched(starting),
                launched(running),
            ],
            end: if launched(running).is_none() {
                i64::MAX
            } else {
                end
            },
            outcome: if run.exit == 0 {
                Outcome::Succeed
            } else {
                Outcome::Exit(run.exit)
            },
            log_until: end,
            hold: None,
        }
    };
    if let Some(term) = &inst.terminate {
        let x = term.at;
        if tl.outcome == Outcome::Interrupted && x >= tl.end {
            // FAILED_INTERRUPTED: its resources are released, then it is FAILED.
            tl.hold = Some("FAILED_INTERRUPTED");
            tl.end = x + TEARDOWN_MS;
            tl.outcome = Outcome::Terminated {
                by: term.by.clone(),
                running: true,
            };
        } else if x < tl.end {
            for stage in &mut tl.stages {
                if stage.is_some_and(|s| s > x) {
                    *stage = None;
                }
            }
            let running = tl.launch().is_some();
            tl.end = if running { x + TEARDOWN_MS } else { x };
            tl.log_until = if running { x } else { i64::MIN };
            tl.outcome = Outcome::Terminated {
                by: term.by.clone(),
                running,
            };
        }
    }
    tl
}

/// A pinned state as a timeline that stays there (or ended at its time).
fn pinned_timeline(pinned: &Pinned, run: &Run, base: i64) -> Timeline {
    let stage = |k: i64| Some(base + k * STAGE_MS);
    let reached = LIFECYCLE
        .iter()
        .position(|s| *s == pinned.state)
        .unwrap_or(LIFECYCLE.len());
    let mut stages = [None; 4];
    for (k, slot) in stages.iter_mut().enumerate() {
        if k < reached {
            *slot = stage(k as i64 + 1);
        }
    }
    let (end, outcome) = match pinned.state.as_str() {
        "SUCCEED" => (pinned.end, Outcome::Succeed),
        "FAILED" => (pinned.end, Outcome::Exit(run.exit.max(1))),
        "FAILED_INTERRUPTED" => (pinned.end, Outcome::Interrupted),
        _ => (i64::MAX, Outcome::Succeed),
    };
    let end = if end == i64::MAX {
        end
    } else {
        end.max(base + 4 * STAGE_MS)
    };
    Timeline {
        created: base,
        stages,
        end,
        outcome,
        log_until: end,
        hold: LIFECYCLE
            .iter()
            .chain(["SUCCEED", "FAILED", "FAILED_INTERRUPTED"].iter())
            .find(|s| **s == pinned.state)
            .copied(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(tasks: &[(&str, &str, usize)], deps: &[(usize, usize)]) -> SimJob {
        SimJob {
            id: "job-aaaaaaaa".into(),
            template: Value::Null,
            submitted: Value::Null,
            zone: "ap-guangzhou-3".into(),
            created: 0,
            skew: 0,
            tasks: tasks
                .iter()
                .map(|(name, command, n)| SimTask {
                    name: (*name).into(),
                    command: (*command).into(),
                    redirect: None,
                    instances: (0..*n)
                        .map(|_| SimInstance {
                            from: 0,
                            attempt: 1,
                            terminate: None,
                            pinned: None,
                            on_env: None,
                        })
                        .collect(),
                })
                .collect(),
            deps: deps.to_vec(),
        }
    }

    #[test]
    fn an_instance_moves_one_state_per_second_then_runs_its_command() {
        let j = job(&[("a", "sleep 3", 1)], &[]);
        let plan = j.plan();
        let states: Vec<&str> = [0, 1_000, 2_000, 3_000, 4_000, 6_999, 7_000]
            .iter()
            .map(|&t| SimJob::state_at(&plan, t))
            .collect();
        assert_eq!(
            states,
            [
                "SUBMITTED",
                "PENDING",
                "RUNNABLE",
                "STARTING",
                "RUNNING",
                "RUNNING",
                "SUCCEED"
            ]
        );
        assert_eq!(SimJob::next_change(&plan, 0), Some(1_000));
        assert_eq!(SimJob::next_change(&plan, 4_000), Some(7_000));
        assert_eq!(SimJob::next_change(&plan, 7_000), None);
    }

    #[test]
    fn a_dependant_waits_for_its_dependence_and_never_runs_when_it_fails() {
        let ok = job(&[("a", "echo a", 1), ("b", "echo b", 2)], &[(0, 1)]);
        let plan = ok.plan();
        assert_eq!(plan[0].end, 5_000);
        assert_eq!(plan[1].instances[0].running(), Some(9_000));
        assert_eq!(plan[1].instances[1].state_at(4_999), "SUBMITTED");
        assert_eq!(SimJob::state_at(&plan, 7_000), "RUNNING");
        assert_eq!(SimJob::state_at(&plan, 10_000), "SUCCEED");

        let failing = job(&[("a", "exit 3", 1), ("b", "echo b", 1)], &[(0, 1)]);
        let plan = failing.plan();
        let b = &plan[1].instances[0];
        assert_eq!(b.outcome, Outcome::DependenceFailed("a".into()));
        assert_eq!((b.end, b.running()), (5_000, None));
        assert_eq!(SimJob::state_at(&plan, 5_000), "FAILED");
    }

    #[test]
    fn terminating_before_start_fails_at_once_and_while_running_after_teardown() {
        let mut j = job(&[("a", "sleep 60", 1)], &[]);
        j.tasks[0].instances[0].terminate = Some(Terminate {
            at: 1_500,
            by: "TerminateJob".into(),
        });
        let tl = &j.plan()[0].instances[0];
        assert_eq!((tl.state_at(1_500), tl.launch()), ("FAILED", None));
        j.tasks[0].instances[0].terminate = Some(Terminate {
            at: 10_000,
            by: "TerminateJob".into(),
        });
        let tl = &j.plan()[0].instances[0];
        assert_eq!(tl.state_at(10_000 + TEARDOWN_MS - 1), "RUNNING");
        assert_eq!(tl.state_at(10_000 + TEARDOWN_MS), "FAILED");
    }

    #[test]
    fn group_states_derive_from_their_members() {
        assert_eq!(derive(["SUBMITTED", "PENDING"]), "PENDING");
        assert_eq!(derive(["SUCCEED", "SUBMITTED"]), "RUNNING");
        assert_eq!(
            derive(["SUCCEED", "FAILED_INTERRUPTED"]),
            "FAILED_INTERRUPTED"
        );
        assert_eq!(derive(["FAILED", "FAILED_INTERRUPTED"]), "FAILED");
        assert_eq!(derive(["SUCCEED", "SUCCEED"]), "SUCCEED");
    }
}
