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
//!
//! The settings a job was submitted with (read from its submitted `Job`, task by
//! position, as [`Settings`]) shape the timeline:
//!
//! - `MaxRetryCount` (0–10): a failed run (a non-zero exit or a timeout) is run again on
//!   the same node [`STAGE_MS`] after it ended, up to that many times; the instance stays
//!   RUNNING in between and only the last attempt's end, state and exit code count;
//! - `Timeout` (seconds, default [`DEFAULT_TIMEOUT_S`]): a run lasting longer is cut at
//!   that point and the attempt ends FAILED ([`Outcome::TimedOut`]);
//! - `MaxConcurrentNum`: at most that many instances of the task STARTING or RUNNING at
//!   once; the others wait RUNNABLE and start, in index order, as slots free;
//! - `FailedAction`: `TERMINATE` (default) leaves a failed task and its job FAILED;
//!   `INTERRUPT` makes them FAILED_INTERRUPTED when its own failures are the only ones;
//! - the job's `TaskExecutionDependOn`: `PRE_TASK_SUCCEED` (default: every instance of
//!   the tasks depended on succeeded), `PRE_TASK_AT_LEAST_PARTLY_SUCCEED` (each ended with
//!   at least one succeeded instance) or `PRE_TASK_FINISHED` (each ended, in any state);
//!   an unmet dependence fails the dependent task's instances, which never run.
//!
//! A job submitted to an emulator with `--exec local` ([`SimJob::local`]) takes each
//! run's length and status from its real process instead ([`SimInstance::local`], which
//! the world fills in, `super::exec`): a run under way, or not started yet, has no known
//! end, so the instance stays RUNNING (it never counts as timed out or ended) until its
//! process ends; a run killed at its `Timeout` ends [`Outcome::TimedOut`].

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::command::{self, Run};
use super::envs::{CREATING_MS, NEVER, NodeFault};
use super::instances::{Instances, Timelines};

/// Time spent in each state before RUNNING, virtual milliseconds.
pub const STAGE_MS: i64 = 1_000;
/// Time from a termination of a STARTING or RUNNING instance to its FAILED state.
pub const TEARDOWN_MS: i64 = 2_000;
/// A task's `Timeout` when it gives none, seconds.
pub const DEFAULT_TIMEOUT_S: i64 = 86_400;
/// The most retries `MaxRetryCount` may ask for.
pub const MAX_RETRY_COUNT: u32 = 10;

/// What a task's settings make of its instances' runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// `MaxRetryCount`: runs after the first failed one.
    pub max_retry: u32,
    /// `Timeout`, seconds.
    pub timeout_s: i64,
    /// `MaxConcurrentNum`; 0: no limit.
    pub max_concurrent: usize,
    /// `FailedAction` is `INTERRUPT`.
    pub interrupt: bool,
    /// `ResourceMaxRetryCount`: attempts to create a node after the first failed one.
    pub resource_retry: u32,
    /// The fault of the nodes of the task's own `ComputeEnv` (the job's
    /// [`super::envs::NODE_FAULT_TAG`] tag).
    pub managed_fault: Option<NodeFault>,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            max_retry: 0,
            timeout_s: DEFAULT_TIMEOUT_S,
            max_concurrent: 0,
            interrupt: false,
            resource_retry: 0,
            managed_fault: None,
        }
    }
}

impl Settings {
    /// The settings of a submitted task (defaults for what it lacks or gets wrong).
    pub fn of(task: Option<&Value>) -> Settings {
        let get = |key: &str| task.and_then(|t| t.get(key));
        let int = |key: &str| get(key).and_then(Value::as_i64);
        let default = Settings::default();
        Settings {
            max_retry: int("MaxRetryCount")
                .map_or(0, |n| n.clamp(0, i64::from(MAX_RETRY_COUNT)) as u32),
            timeout_s: int("Timeout")
                .filter(|&n| n > 0)
                .unwrap_or(default.timeout_s),
            max_concurrent: int("MaxConcurrentNum").map_or(0, |n| n.max(0) as usize),
            interrupt: get("FailedAction")
                .and_then(Value::as_str)
                .is_some_and(|a| a.eq_ignore_ascii_case("INTERRUPT")),
            resource_retry: int("ResourceMaxRetryCount")
                .map_or(0, |n| n.clamp(0, i64::from(MAX_RETRY_COUNT)) as u32),
            managed_fault: None,
        }
    }
}

/// When a task whose tasks it depends on have ended may start (the job's
/// `TaskExecutionDependOn`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DependOn {
    /// `PRE_TASK_SUCCEED`: all their instances succeeded.
    #[default]
    Succeed,
    /// `PRE_TASK_AT_LEAST_PARTLY_SUCCEED`: at least one instance of each succeeded.
    PartlySucceed,
    /// `PRE_TASK_FINISHED`: they ended, in any state.
    Finished,
}

impl DependOn {
    pub fn of(job: &Value) -> DependOn {
        match job.get("TaskExecutionDependOn").and_then(Value::as_str) {
            Some("PRE_TASK_AT_LEAST_PARTLY_SUCCEED") => DependOn::PartlySucceed,
            Some("PRE_TASK_FINISHED") => DependOn::Finished,
            _ => DependOn::Succeed,
        }
    }
}

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
    /// Submission order in the world (ties of `created`; 0 in old state files).
    #[serde(default)]
    pub seq: u64,
    /// Submitted to an emulator with `--exec local`: its commands run on this machine
    /// (each instance's runs are its [`SimInstance::local`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub local: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SimTask {
    pub name: String,
    pub command: String,
    /// The task's `RedirectInfo` as submitted.
    pub redirect: Option<Value>,
    /// Its `TaskInstanceNum` instances, only those that changed kept apart.
    pub instances: Instances<SimInstance>,
}

/// A fresh instance at time 0 (what an empty list of instances stands for).
impl Default for SimInstance {
    fn default() -> SimInstance {
        SimInstance::fresh(0, None)
    }
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
    /// A job run locally: this attempt's runs of the command so far (the first, then each
    /// retry), as the world last saw them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub local: Vec<LocalRun>,
}

/// One run of an instance's command on this machine (`--exec local`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct LocalRun {
    /// When its process started, on the job's own clock.
    pub started: i64,
    /// How it ended; `None` while it runs, or when the world stopped it (a termination,
    /// its node's end: the timeline decides that end).
    pub end: Option<LocalEnd>,
    /// The last [`super::logs::LOG_TAIL_BYTES`] of its stdout and stderr so far.
    pub stdout: String,
    pub stderr: String,
    /// The world stopped it (its end is the timeline's).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub stopped: bool,
}

/// How a local run ended.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct LocalEnd {
    /// How long it ran, virtual milliseconds (its real run time at the clock's speed).
    pub after_ms: i64,
    /// Its exit status (128 + N when signal N ended it).
    pub status: i32,
    /// Killed when the task's `Timeout` passed.
    pub timed_out: bool,
}

/// Where an instance of a task with an `EnvId` runs: it waits RUNNABLE until the world
/// gives it a seat on one of the environment's nodes (`super::queue`), then runs there;
/// a run cut by its node turning ABNORMAL is run again (`MaxRetryCount`) on the next
/// seat, another node.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct OnEnv {
    pub env_id: String,
    /// The nodes given to the instance, in order (times on the job's own clock).
    #[serde(default)]
    pub seats: Vec<Seat>,
    /// Before seats (old state files): the one node and when it was free.
    #[serde(default, skip_serializing)]
    pub instance_id: Option<String>,
    #[serde(default, skip_serializing)]
    pub running_from: Option<i64>,
}

/// One node given to an instance: it is STARTING there at `from` and the node stops
/// serving (ABNORMAL) at `out_at`. `from` [`NEVER`] says no other node will come.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Seat {
    pub instance_id: String,
    pub from: i64,
    #[serde(default = "never")]
    pub out_at: i64,
}

fn never() -> i64 {
    NEVER
}

impl SimInstance {
    /// An instance submitted at `from` (virtual ms), on the environment `env` if its
    /// task names one.
    pub fn fresh(from: i64, env: Option<&str>) -> SimInstance {
        SimInstance {
            from,
            attempt: 1,
            terminate: None,
            pinned: None,
            on_env: env.map(OnEnv::new),
            local: Vec::new(),
        }
    }
}

impl OnEnv {
    pub fn new(env_id: &str) -> OnEnv {
        OnEnv {
            env_id: env_id.to_string(),
            seats: Vec::new(),
            instance_id: None,
            running_from: None,
        }
    }

    /// Turns an old file's single node into a seat.
    pub fn upgrade(&mut self) {
        if self.seats.is_empty()
            && let (Some(id), Some(from)) = (self.instance_id.take(), self.running_from.take())
            && from < NEVER
        {
            self.seats.push(Seat {
                instance_id: id,
                from,
                out_at: NEVER,
            });
        }
    }
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
    /// The last run lasted longer than the task's `Timeout` (seconds).
    TimedOut(i64),
    Interrupted,
    DependenceFailed(String),
    Terminated {
        by: String,
        running: bool,
    },
    /// The node of its last run turned ABNORMAL while it ran.
    NodeAbnormal,
    /// No node could be created for it, after this many attempts.
    NodeCreationFailed(u32),
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
    /// When each run (the first and every retry) started RUNNING its command.
    pub attempts: Vec<i64>,
    /// When it was STARTING on each node it used (another after an ABNORMAL one).
    pub hosts: Vec<i64>,
    /// An instance on an environment that waits for a node: from when it could start.
    pub wants_seat: Option<i64>,
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

    /// Which run (0: the first) of the command is under way at `t`, as far as the
    /// timeline knows: none before it runs, once it ended or was terminated, and for a
    /// pinned state. (Between a run's end and the next one's start it names the ended run.)
    pub fn run_under_way(&self, t: i64) -> Option<usize> {
        if t >= self.end
            || self.hold.is_some()
            || matches!(self.outcome, Outcome::Terminated { .. })
        {
            return None;
        }
        self.attempts_at(t).checked_sub(1)
    }

    /// How many runs of the command had started by `t`.
    pub fn attempts_at(&self, t: i64) -> usize {
        self.attempts.iter().filter(|&&a| a <= t).count()
    }

    /// When the run under way (or last run) at `t` started, if one had.
    pub fn run_start(&self, t: i64) -> Option<i64> {
        self.attempts
            .iter()
            .copied()
            .rfind(|&a| a <= t)
            .or_else(|| self.running().filter(|&r| r <= t))
    }

    /// True when the instance failed on its own (its command's status, a timeout, its
    /// node's fault).
    pub fn failed_itself(&self) -> bool {
        matches!(
            self.outcome,
            Outcome::Exit(_)
                | Outcome::TimedOut(_)
                | Outcome::NodeAbnormal
                | Outcome::NodeCreationFailed(_)
        )
    }

    /// Which of its nodes (0: the first) it is on at `t`.
    pub fn host_at(&self, t: i64) -> usize {
        self.hosts
            .iter()
            .filter(|&&h| h <= t)
            .count()
            .saturating_sub(1)
    }
}

/// A task's timeline: its command's run and its instances'.
#[derive(Debug, Clone)]
pub struct TaskPlan {
    /// The run of the command, the same for every instance when it expands no variable.
    pub run: Run,
    /// Else each instance's own run (its variables differ), by instance index.
    pub runs: Vec<Run>,
    pub instances: Timelines<Timeline>,
    pub end: i64,
    pub ok: bool,
    /// The task's `FailedAction` is `INTERRUPT`.
    pub interrupt: bool,
}

impl TaskPlan {
    /// The run of instance `ii`.
    pub fn run_of(&self, ii: usize) -> &Run {
        self.runs.get(ii).unwrap_or(&self.run)
    }

    /// The task's state at `t`: its instances' ([`derive`]), FAILED_INTERRUPTED instead
    /// of FAILED when its `FailedAction` is `INTERRUPT` and every failed instance failed
    /// on its own.
    pub fn state_at(&self, t: i64) -> &'static str {
        let state = derive(self.instances.distinct().map(|i| i.state_at(t)));
        if state == "FAILED" && self.interrupt && self.failures_interrupt(t) {
            "FAILED_INTERRUPTED"
        } else {
            state
        }
    }

    /// True when every instance FAILED at `t` failed on its own.
    fn failures_interrupt(&self, t: i64) -> bool {
        self.instances
            .distinct()
            .all(|i| i.state_at(t) != "FAILED" || i.failed_itself())
    }
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

    /// The settings of task `ti` as submitted.
    pub fn settings(&self, ti: usize) -> Settings {
        let task = self.submitted.get("Tasks").and_then(|ts| ts.get(ti));
        let mut settings = Settings::of(task);
        let managed = task.is_some_and(|t| {
            t.get("ComputeEnv").is_some_and(Value::is_object)
                && t.get("EnvId").is_none_or(Value::is_null)
        });
        if managed {
            let tags = self.submitted.get("Tags").and_then(Value::as_array);
            settings.managed_fault = NodeFault::of_tags(tags.into_iter().flatten())
                .ok()
                .flatten();
        }
        settings
    }

    /// The variables instance `ii` of task `ti` sees: the task's `EnvVars`, then the
    /// service's `BATCH_JOB_ID`, `BATCH_TASK_NAME`, `BATCH_TASK_INSTANCE_NUM` and
    /// `BATCH_TASK_INSTANCE_INDEX`, which win over `EnvVars` of the same name.
    pub fn variables(&self, ti: usize, ii: usize) -> Vec<(String, String)> {
        let task = &self.tasks[ti];
        let given = self
            .submitted
            .get("Tasks")
            .and_then(|ts| ts.get(ti))
            .and_then(|t| t.get("EnvVars"))
            .and_then(Value::as_array);
        let mut vars: Vec<(String, String)> = given
            .into_iter()
            .flatten()
            .filter_map(|v| {
                let name = v.get("Name")?.as_str()?;
                let value = v.get("Value").and_then(Value::as_str).unwrap_or("");
                Some((name.to_string(), value.to_string()))
            })
            .collect();
        vars.extend([
            ("BATCH_JOB_ID".to_string(), self.id.clone()),
            ("BATCH_TASK_NAME".to_string(), task.name.clone()),
            (
                "BATCH_TASK_INSTANCE_NUM".to_string(),
                task.instances.len().to_string(),
            ),
            ("BATCH_TASK_INSTANCE_INDEX".to_string(), ii.to_string()),
        ]);
        vars
    }

    /// The job's `Priority` (0 when not given).
    pub fn priority(&self) -> i64 {
        self.submitted
            .get("Priority")
            .and_then(Value::as_i64)
            .unwrap_or(0)
    }

    /// The timeline of every task and instance, by task position.
    pub fn plan(&self) -> Vec<TaskPlan> {
        let depend_on = DependOn::of(&self.submitted);
        let mut plans: Vec<Option<TaskPlan>> = vec![None; self.tasks.len()];
        for ti in self.order() {
            let task = &self.tasks[ti];
            let (run, runs) = if command::uses_vars(&task.command) {
                let runs: Vec<Run> = (0..task.instances.len())
                    .map(|ii| command::run_with(&task.command, self.variables(ti, ii)))
                    .collect();
                (runs.first().cloned().unwrap_or_default(), runs)
            } else {
                (command::run(&task.command), Vec::new())
            };
            let settings = self.settings(ti);
            let mut ready = self.created;
            let mut failed_dep: Option<(i64, String)> = None;
            for &(start, _) in self.deps.iter().filter(|(_, end)| *end == ti) {
                let Some(dep) = plans[start].as_ref() else {
                    continue;
                };
                let met = match depend_on {
                    DependOn::Succeed => dep.ok,
                    DependOn::PartlySucceed => dep
                        .instances
                        .distinct()
                        .any(|i| i.outcome == Outcome::Succeed),
                    DependOn::Finished => true,
                };
                if met {
                    ready = ready.max(dep.end);
                } else if failed_dep.as_ref().is_none_or(|(t, _)| dep.end < *t) {
                    failed_dep = Some((dep.end, self.tasks[start].name.clone()));
                }
            }
            let mut instances = Timelines::new(task.instances.len());
            let local = self.local;
            fn local_of(local: bool, inst: &SimInstance) -> Option<&[LocalRun]> {
                local.then_some(inst.local.as_slice())
            }
            if runs.is_empty() && settings.max_concurrent == 0 {
                // Nothing sets alike instances apart: one timeline for all of them, and
                // one for each that something happened to.
                let start = Start {
                    ready,
                    failed_dep: failed_dep.as_ref(),
                    slot_free: i64::MIN,
                };
                if task.instances.kept() < task.instances.len() {
                    let base = task.instances.base();
                    let tl = timeline(
                        base,
                        &run,
                        local_of(local, base),
                        &start,
                        &settings,
                        self.created,
                    );
                    instances.set_base(tl);
                }
                for (ii, inst) in task.instances.changed() {
                    let tl = timeline(
                        inst,
                        &run,
                        local_of(local, inst),
                        &start,
                        &settings,
                        self.created,
                    );
                    instances.set(ii, tl);
                }
            } else {
                // MaxConcurrentNum: when each slot is free again (none: no limit).
                let mut slots = vec![i64::MIN; settings.max_concurrent];
                for (ii, inst) in task.instances.iter().enumerate() {
                    let run = runs.get(ii).unwrap_or(&run);
                    let slot = (0..slots.len()).min_by_key(|&k| slots[k]);
                    let free = slot.map_or(i64::MIN, |k| slots[k]);
                    let start = Start {
                        ready,
                        failed_dep: failed_dep.as_ref(),
                        slot_free: free,
                    };
                    let tl = timeline(
                        inst,
                        run,
                        local_of(local, inst),
                        &start,
                        &settings,
                        self.created,
                    );
                    if let Some(k) = slot
                        && inst.pinned.is_none()
                    {
                        if tl.launch().is_some() {
                            slots[k] = tl.end;
                        } else if tl.wants_seat.is_some() {
                            // Waiting for a node: the slot is taken until it has one.
                            slots[k] = NEVER;
                        }
                    }
                    instances.set(ii, tl);
                }
            }
            let end = instances.distinct().map(|i| i.end).max().unwrap_or(ready);
            let ok = instances.distinct().all(|i| i.outcome == Outcome::Succeed);
            plans[ti] = Some(TaskPlan {
                run,
                runs,
                instances,
                end,
                ok,
                interrupt: settings.interrupt,
            });
        }
        plans.into_iter().flatten().collect()
    }

    /// The job's state at `t` (its own time) from a plan: its instances' ([`derive`]),
    /// FAILED_INTERRUPTED instead of FAILED when the failures are those of tasks whose
    /// `FailedAction` is `INTERRUPT` (and the instances that never ran because of them).
    pub fn state_at(plan: &[TaskPlan], t: i64) -> &'static str {
        let state = derive(
            plan.iter()
                .flat_map(|p| p.instances.distinct().map(move |i| i.state_at(t))),
        );
        let interrupted = state == "FAILED"
            && plan.iter().any(|p| p.state_at(t) == "FAILED_INTERRUPTED")
            && plan.iter().all(|p| {
                p.instances.distinct().all(|i| {
                    i.state_at(t) != "FAILED"
                        || matches!(i.outcome, Outcome::DependenceFailed(_))
                        || (p.interrupt && i.failed_itself())
                })
            });
        if interrupted {
            "FAILED_INTERRUPTED"
        } else {
            state
        }
    }

    /// When the job's state next changes after `t`, if it ever does.
    pub fn next_change(plan: &[TaskPlan], t: i64) -> Option<i64> {
        let now = SimJob::state_at(plan, t);
        let mut times: Vec<i64> = plan
            .iter()
            .flat_map(|p| p.instances.distinct())
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
            .flat_map(|p| p.instances.distinct())
            .all(|i| i.end <= t)
    }

    pub fn task_index(&self, name: &str) -> Option<usize> {
        self.tasks.iter().position(|t| t.name == name)
    }
}

/// What an instance's start waits for besides itself.
struct Start<'a> {
    /// When the tasks its task depends on allow it to start.
    ready: i64,
    /// (when, which task): a dependence that will never be met.
    failed_dep: Option<&'a (i64, String)>,
    /// When a `MaxConcurrentNum` slot is free for it.
    slot_free: i64,
}

fn timeline(
    inst: &SimInstance,
    run: &Run,
    local: Option<&[LocalRun]>,
    start: &Start,
    settings: &Settings,
    job_created: i64,
) -> Timeline {
    let created = inst.from;
    let mut tl = if let Some(pinned) = &inst.pinned {
        pinned_timeline(pinned, run, job_created)
    } else if let Some((failed_at, dep)) = start.failed_dep {
        Timeline {
            created,
            stages: [None; 4],
            end: (*failed_at).max(inst.from),
            outcome: Outcome::DependenceFailed(dep.clone()),
            log_until: i64::MIN,
            hold: None,
            attempts: Vec::new(),
            hosts: Vec::new(),
            wants_seat: None,
        }
    } else {
        let s = inst.from.max(start.ready);
        let launched = |t: i64| (t < i64::MAX - STAGE_MS).then_some(t);
        let base = s.saturating_add(3 * STAGE_MS).max(start.slot_free);
        let seats = inst.on_env.as_ref().map(|e| e.seats.as_slice());
        let first = seats.map(|seats| seats.first().map_or(NEVER, |seat| seat.from));
        let starting = first.map_or(base, |from| base.max(from));
        let creation_failed = seats.is_none()
            && settings.managed_fault == Some(NodeFault::CreationFailed)
            && launched(base).is_some();
        let running = starting.saturating_add(STAGE_MS);
        let mut wants_seat = None;
        let r = if creation_failed {
            // Each attempt to create its node takes the creating time and fails.
            let tries = settings.resource_retry + 1;
            let at = s
                .saturating_add(2 * STAGE_MS)
                .saturating_add(i64::from(tries) * CREATING_MS);
            Runs {
                attempts: Vec::new(),
                hosts: Vec::new(),
                end: at,
                outcome: Outcome::NodeCreationFailed(tries),
            }
        } else {
            match launched(running) {
                Some(running) => {
                    let runs_of = RunsOf { run, local };
                    runs(&runs_of, running, settings, seats, &mut wants_seat)
                }
                None => {
                    if seats.is_some() && launched(base).is_some() {
                        wants_seat = Some(base);
                    }
                    Runs {
                        attempts: Vec::new(),
                        hosts: Vec::new(),
                        end: i64::MAX,
                        outcome: Outcome::Succeed,
                    }
                }
            }
        };
        let (starting, running) = if creation_failed {
            (NEVER, NEVER)
        } else {
            (starting, running)
        };
        Timeline {
            created,
            stages: [
                launched(s.saturating_add(STAGE_MS)),
                launched(s.saturating_add(2 * STAGE_MS)),
                launched(starting),
                launched(running),
            ],
            end: r.end,
            outcome: r.outcome,
            log_until: r.end,
            hold: None,
            attempts: r.attempts,
            hosts: r.hosts,
            wants_seat,
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
            tl.attempts.retain(|&a| a <= x);
            tl.hosts.retain(|&h| h <= x);
            tl.wants_seat = None;
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

/// The runs of one instance: when each started, on which nodes, when the last ended
/// and how.
struct Runs {
    attempts: Vec<i64>,
    hosts: Vec<i64>,
    end: i64,
    outcome: Outcome,
}

/// What an instance's runs are: each the command's simulated `run`, or, for a job run
/// locally, each its own [`LocalRun`] (`local[k]`: the k-th run).
struct RunsOf<'a> {
    run: &'a Run,
    local: Option<&'a [LocalRun]>,
}

impl RunsOf<'_> {
    /// The end and outcome of run `k` started at `from`; `None` while its end is unknown
    /// (a local run not started, under way or stopped by the world).
    fn once(&self, k: usize, from: i64, settings: &Settings) -> Option<(i64, Outcome)> {
        let timeout_ms = settings.timeout_s.saturating_mul(1_000);
        let (from, duration_ms, exit, timed_out) = match self.local {
            None => (
                from,
                self.run.duration_ms,
                self.run.exit,
                self.run.duration_ms > timeout_ms,
            ),
            Some(local) => {
                let run = local.get(k)?;
                let end = run.end.as_ref()?;
                (
                    from.max(run.started),
                    end.after_ms,
                    end.status,
                    end.timed_out,
                )
            }
        };
        Some(if timed_out {
            (
                from.saturating_add(timeout_ms),
                Outcome::TimedOut(settings.timeout_s),
            )
        } else if exit == 0 {
            (from.saturating_add(duration_ms), Outcome::Succeed)
        } else {
            (from.saturating_add(duration_ms), Outcome::Exit(exit))
        })
    }
}

/// The runs of a command that starts RUNNING at `running`: the first, then a retry
/// [`STAGE_MS`] after each failed one while `MaxRetryCount` allows; each cut at the
/// `Timeout`, and at the moment its node turns ABNORMAL. A run whose end is not known yet
/// (a local one under way) ends the instance never, as far as is known now. A run cut by its node is run
/// again on another: the next of `seats` (an environment's; none yet: the instance waits
/// for one, `wants_seat`; one at [`NEVER`]: there is none and it ends FAILED), or a
/// fresh node of the task's own `ComputeEnv` [`STAGE_MS`] later.
fn runs(
    run: &RunsOf<'_>,
    running: i64,
    settings: &Settings,
    seats: Option<&[Seat]>,
    wants_seat: &mut Option<i64>,
) -> Runs {
    let managed_after = match settings.managed_fault {
        Some(NodeFault::Abnormal { after_s }) if seats.is_none() => {
            Some(after_s.saturating_mul(1_000))
        }
        _ => None,
    };
    let out_of = |node: usize, running: i64| match (seats, managed_after) {
        (Some(seats), _) => seats.get(node).map_or(NEVER, |s| s.out_at),
        (None, Some(after)) => running.saturating_add(after),
        _ => NEVER,
    };
    let mut node = 0;
    let mut out_at = out_of(0, running);
    let mut attempts = vec![running];
    let mut hosts = vec![running - STAGE_MS];
    let mut start = running;
    loop {
        let (mut end, mut outcome) = run
            .once(attempts.len() - 1, start, settings)
            .unwrap_or((i64::MAX, Outcome::Succeed));
        if out_at < end {
            end = out_at.max(start);
            outcome = Outcome::NodeAbnormal;
        }
        if outcome == Outcome::Succeed || attempts.len() > settings.max_retry as usize {
            return Runs {
                attempts,
                hosts,
                end,
                outcome,
            };
        }
        if outcome == Outcome::NodeAbnormal {
            node += 1;
            let starting = match seats {
                Some(seats) => match seats.get(node) {
                    None => {
                        *wants_seat = Some(end.saturating_add(STAGE_MS));
                        return Runs {
                            attempts,
                            hosts,
                            end: NEVER,
                            outcome,
                        };
                    }
                    Some(seat) if seat.from == NEVER => {
                        return Runs {
                            attempts,
                            hosts,
                            end,
                            outcome,
                        };
                    }
                    Some(seat) => seat.from.max(end.saturating_add(STAGE_MS)),
                },
                None => end.saturating_add(STAGE_MS),
            };
            start = starting.saturating_add(STAGE_MS);
            out_at = out_of(node, start);
            hosts.push(starting);
        } else {
            start = end.saturating_add(STAGE_MS);
        }
        attempts.push(start);
    }
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
        attempts: stages[3].into_iter().collect(),
        hosts: stages[2].into_iter().collect(),
        wants_seat: None,
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
                    instances: Instances::new(*n, SimInstance::fresh(0, None)),
                })
                .collect(),
            deps: deps.to_vec(),
            seq: 0,
            local: false,
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
    fn retries_run_a_failed_command_again_and_the_last_run_counts() {
        let mut j = job(&[("a", "exit 4", 1), ("b", "echo b", 1)], &[]);
        j.submitted = serde_json::json!({"Tasks": [{"MaxRetryCount": 3}, {"MaxRetryCount": 3}]});
        let plan = j.plan();
        let a = &plan[0].instances[0];
        assert_eq!(a.attempts, [4_000, 6_000, 8_000, 10_000]);
        assert_eq!((a.attempts_at(5_999), a.attempts_at(10_000)), (1, 4));
        assert_eq!((a.end, &a.outcome), (11_000, &Outcome::Exit(4)));
        assert_eq!(a.state_at(10_999), "RUNNING");
        // A run that succeeds is not run again.
        assert_eq!(plan[1].instances[0].attempts, [4_000]);
    }

    #[test]
    fn settings_default_as_the_service_documents_them() {
        let none = Settings::of(None);
        assert_eq!(none, Settings::default());
        assert_eq!((none.max_retry, none.timeout_s), (0, DEFAULT_TIMEOUT_S));
        let given = serde_json::json!({"MaxRetryCount": 99, "Timeout": 5,
            "MaxConcurrentNum": 3, "FailedAction": "INTERRUPT"});
        let s = Settings::of(Some(&given));
        assert_eq!(
            (s.max_retry, s.timeout_s, s.max_concurrent, s.interrupt),
            (MAX_RETRY_COUNT, 5, 3, true)
        );
        let job = serde_json::json!({"TaskExecutionDependOn": "PRE_TASK_FINISHED"});
        assert_eq!(DependOn::of(&job), DependOn::Finished);
        assert_eq!(DependOn::of(&Value::Null), DependOn::Succeed);
    }

    #[test]
    fn an_old_state_files_node_becomes_a_seat() {
        let old = serde_json::json!({"env_id": "env-aaaaaaaa", "instance_id": "ins-aaaaaaaa",
            "running_from": 15_000});
        let mut on: OnEnv = serde_json::from_value(old).unwrap();
        on.upgrade();
        assert_eq!(
            on.seats,
            [Seat {
                instance_id: "ins-aaaaaaaa".into(),
                from: 15_000,
                out_at: NEVER
            }]
        );
        // Saved again, only the seats are written.
        let saved = serde_json::to_value(&on).unwrap();
        assert!(saved.get("running_from").is_none(), "{saved}");
        let waiting: OnEnv = serde_json::from_value(
            serde_json::json!({"env_id": "env-aaaaaaaa", "instance_id": null, "running_from": NEVER}),
        )
        .unwrap();
        let mut w = waiting.clone();
        w.upgrade();
        assert!(w.seats.is_empty());
    }

    #[test]
    fn a_managed_environments_abnormal_node_cuts_the_run_and_the_retry_gets_another() {
        let mut j = job(&[("a", "sleep 100", 1)], &[]);
        j.submitted = serde_json::json!({"Tasks": [{"MaxRetryCount": 1,
            "ComputeEnv": {"EnvType": "MANAGED"}}],
            "Tags": [{"Key": "emulator-node-fault", "Value": "ABNORMAL@5"}]});
        let a = &j.plan()[0].instances[0];
        assert_eq!(a.attempts, [4_000, 11_000]);
        assert_eq!(a.hosts, [3_000, 10_000]);
        assert_eq!((a.end, &a.outcome), (16_000, &Outcome::NodeAbnormal));
        assert_eq!((a.host_at(9_999), a.host_at(10_000)), (0, 1));
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
