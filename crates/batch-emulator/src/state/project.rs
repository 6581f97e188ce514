//! The answers of the job actions as projections of one evaluated job at one moment:
//! the JobView, DescribeJob, DescribeJobSubmitInfo, DescribeTask's instances,
//! DescribeTaskLogs' logs and DescribeJobMonitorData's points. Built from the same
//! timeline, so they never disagree.
//!
//! A listed (static) job keeps its own `JobState`, `EndTime` and `TaskMetrics` from its
//! JobView; its tasks and instances are synthesised to fit them (see `super::synth`).

use serde_json::{Map, Value, json};

use super::command::Stream;
use super::envs::placement;
use super::job::{STAGE_MS, SimJob, TaskPlan, Timeline, is_final};
use super::logs;
use crate::api::TASK_COUNTERS;
use crate::data::iso8601;

/// A job evaluated at its own time `t`.
pub struct Eval<'a> {
    pub job: &'a SimJob,
    pub plan: Vec<TaskPlan>,
    pub t: i64,
    /// A listed job's JobView, whose state, end and counters win.
    pub fixed: Option<&'a Value>,
}

/// A `Task` as answered (DescribeJobSubmitInfo, DescribeTaskTemplates): as stored, its
/// `RedirectInfo` with both file names (empty when not given: the service's default
/// names), since answers always carry them.
pub fn task_answer(stored: &Value) -> Value {
    let mut task = stored.clone();
    if let Some(redirect) = task.get_mut("RedirectInfo").and_then(Value::as_object_mut) {
        for key in ["StdoutRedirectFileName", "StderrRedirectFileName"] {
            if redirect.get(key).is_none_or(Value::is_null) {
                redirect.insert(key.into(), Value::from(""));
            }
        }
    }
    task
}

/// Virtual milliseconds as the service's `YYYY-MM-DDTHH:MM:SSZ`.
pub fn time(ms: i64) -> Value {
    Value::from(iso8601(ms.div_euclid(1_000)))
}

fn counter(state: &str) -> usize {
    match state {
        "SUBMITTED" => 0,
        "PENDING" => 1,
        "RUNNABLE" => 2,
        "STARTING" => 3,
        "RUNNING" => 4,
        "SUCCEED" => 5,
        "FAILED_INTERRUPTED" => 6,
        _ => 7,
    }
}

fn metrics<'s>(states: impl IntoIterator<Item = &'s str>) -> Value {
    let mut counts = [0u64; 8];
    for s in states {
        counts[counter(s)] += 1;
    }
    let mut map = Map::new();
    for (name, count) in TASK_COUNTERS.iter().zip(counts) {
        map.insert((*name).into(), Value::from(count));
    }
    Value::Object(map)
}

/// A short stable identifier from `parts` (FNV-1a, base 36).
pub fn stable_id(prefix: &str, parts: &[&str]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.bytes().chain([0]) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x100_0000_01b3);
        }
    }
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let suffix: String = (0..8)
        .map(|i| char::from(ALPHABET[((hash >> (i * 7)) % 36) as usize]))
        .collect();
    format!("{prefix}-{suffix}")
}

impl<'a> Eval<'a> {
    pub fn new(job: &'a SimJob, fixed: Option<&'a Value>, world_now: i64) -> Eval<'a> {
        Eval {
            job,
            plan: job.plan(),
            t: world_now.saturating_add(job.skew),
            fixed,
        }
    }

    fn instance(&self, ti: usize, ii: usize) -> &Timeline {
        &self.plan[ti].instances[ii]
    }

    pub fn task_state(&self, ti: usize) -> &'static str {
        self.plan[ti].state_at(self.t)
    }

    fn task_end(&self, ti: usize) -> Value {
        if is_final(self.task_state(ti)) {
            time(self.plan[ti].end)
        } else {
            Value::Null
        }
    }

    pub fn job_state(&self) -> String {
        match self
            .fixed
            .and_then(|v| v.get("JobState"))
            .and_then(Value::as_str)
        {
            Some(state) => state.to_string(),
            None => SimJob::state_at(&self.plan, self.t).to_string(),
        }
    }

    fn job_end(&self) -> Value {
        if let Some(view) = self.fixed {
            return view.get("EndTime").cloned().unwrap_or(Value::Null);
        }
        if is_final(&self.job_state()) {
            time(
                self.plan
                    .iter()
                    .map(|p| p.end)
                    .max()
                    .unwrap_or(self.job.created),
            )
        } else {
            Value::Null
        }
    }

    fn task_metrics(&self) -> Value {
        if let Some(m) = self.fixed.and_then(|v| v.get("TaskMetrics"))
            && m.is_object()
        {
            return m.clone();
        }
        metrics((0..self.plan.len()).map(|ti| self.task_state(ti)))
    }

    fn instance_metrics(&self, tasks: &[usize]) -> Value {
        metrics(
            tasks
                .iter()
                .flat_map(|&ti| self.plan[ti].instances.iter().map(|i| i.state_at(self.t))),
        )
    }

    /// The JobView DescribeJobs lists (a listed job's own, as stored).
    pub fn job_view(&self) -> Value {
        if let Some(view) = self.fixed {
            return view.clone();
        }
        let mut view = self.job.template.clone();
        if let Some(obj) = view.as_object_mut() {
            if let Some(p) = obj.get("Placement") {
                let p = placement(p);
                obj.insert("Placement".into(), p);
            }
            obj.insert("JobState".into(), Value::from(self.job_state()));
            obj.insert("EndTime".into(), self.job_end());
            let counts = self.task_metrics();
            match obj.get_mut("TaskMetrics") {
                Some(Value::Object(existing)) => {
                    if let Value::Object(counts) = counts {
                        for (k, v) in counts {
                            existing.insert(k, v);
                        }
                    }
                }
                _ => {
                    obj.insert("TaskMetrics".into(), counts);
                }
            }
        }
        view
    }

    /// Why the job is in its state, in one sentence per failed task.
    pub fn job_reason(&self) -> String {
        if self.job_state() != "FAILED" && self.job_state() != "FAILED_INTERRUPTED" {
            return String::new();
        }
        let mut parts = Vec::new();
        for (ti, task) in self.job.tasks.iter().enumerate() {
            let failed = self.plan[ti]
                .instances
                .iter()
                .enumerate()
                .find(|(_, i)| matches!(i.state_at(self.t), "FAILED" | "FAILED_INTERRUPTED"));
            let Some((ii, tl)) = failed else { continue };
            let name = &task.name;
            let failed = if self.plan[ti].interrupt && tl.failed_itself() {
                "was interrupted (FailedAction INTERRUPT)"
            } else {
                "failed"
            };
            parts.push(match &tl.outcome {
                super::job::Outcome::Exit(n) => {
                    format!("task {name} {failed}: instance {ii} exited with status {n}")
                }
                super::job::Outcome::TimedOut(s) => {
                    format!("task {name} {failed}: instance {ii} timed out after {s} s")
                }
                super::job::Outcome::DependenceFailed(dep) => {
                    format!("task {name} was not run because task {dep} failed")
                }
                super::job::Outcome::Terminated { by, .. } => {
                    format!("task {name} was terminated ({by})")
                }
                super::job::Outcome::Interrupted => {
                    format!("task {name} was interrupted: its node was reclaimed")
                }
                super::job::Outcome::NodeAbnormal => {
                    format!("task {name} {failed}: instance {ii} lost its node, which turned ABNORMAL")
                }
                super::job::Outcome::NodeCreationFailed(n) => {
                    format!(
                        "task {name} {failed}: instance {ii} got no compute node (creating it failed {n} times)"
                    )
                }
                super::job::Outcome::Succeed => continue,
            });
        }
        if parts.is_empty() && self.fixed.is_some() {
            return "one or more tasks failed".into();
        }
        parts.join("; ")
    }

    fn tags(&self) -> Value {
        self.job
            .template
            .get("Tags")
            .cloned()
            .unwrap_or(Value::Array(Vec::new()))
    }

    fn created(&self) -> Value {
        self.job
            .template
            .get("CreateTime")
            .cloned()
            .unwrap_or_else(|| time(self.job.created))
    }

    /// DescribeJob's members.
    pub fn describe_job(&self) -> Map<String, Value> {
        let all: Vec<usize> = (0..self.plan.len()).collect();
        let tasks: Vec<Value> = all
            .iter()
            .map(|&ti| {
                json!({
                    "TaskName": self.job.tasks[ti].name,
                    "TaskState": self.task_state(ti),
                    "CreateTime": self.created(),
                    "EndTime": self.task_end(ti),
                })
            })
            .collect();
        let deps: Vec<Value> = self
            .job
            .deps
            .iter()
            .map(|&(s, e)| {
                json!({"StartTask": self.job.tasks[s].name, "EndTask": self.job.tasks[e].name})
            })
            .collect();
        let mut m = Map::new();
        m.insert("JobId".into(), Value::from(self.job.id.as_str()));
        m.insert(
            "JobName".into(),
            self.job
                .template
                .get("JobName")
                .cloned()
                .unwrap_or(Value::Null),
        );
        m.insert("Zone".into(), Value::from(self.job.zone.as_str()));
        m.insert(
            "Priority".into(),
            self.job
                .template
                .get("Priority")
                .cloned()
                .unwrap_or(Value::from(0)),
        );
        m.insert("JobState".into(), Value::from(self.job_state()));
        m.insert("CreateTime".into(), self.created());
        m.insert("EndTime".into(), self.job_end());
        m.insert("TaskSet".into(), Value::Array(tasks));
        m.insert("DependenceSet".into(), Value::Array(deps));
        m.insert("TaskMetrics".into(), self.task_metrics());
        m.insert("TaskInstanceMetrics".into(), self.instance_metrics(&all));
        m.insert("StateReason".into(), Value::from(self.job_reason()));
        m.insert("Tags".into(), self.tags());
        m.insert("NextAction".into(), Value::from(""));
        m
    }

    /// DescribeJobSubmitInfo's members: the job as submitted.
    pub fn submit_info(&self) -> Map<String, Value> {
        let sent = self.job.submitted.as_object();
        let get = |key: &str| sent.and_then(|s| s.get(key)).cloned();
        let mut m = Map::new();
        m.insert("JobId".into(), Value::from(self.job.id.as_str()));
        for key in ["JobName", "JobDescription", "Priority"] {
            if let Some(v) = get(key) {
                m.insert(key.into(), v);
            }
        }
        // Always answered, `""` when the job was submitted without one.
        m.entry("JobDescription").or_insert_with(|| Value::from(""));
        let tasks: Vec<Value> = get("Tasks")
            .as_ref()
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(task_answer)
            .collect();
        m.insert("Tasks".into(), Value::Array(tasks));
        m.insert(
            "Dependences".into(),
            get("Dependences").unwrap_or(Value::Array(Vec::new())),
        );
        m.insert(
            "Tags".into(),
            get("Tags").unwrap_or(Value::Array(Vec::new())),
        );
        m
    }

    /// DescribeTask's members: the instances of task `ti` in `states` (all when empty),
    /// `offset..offset+limit` of them.
    pub fn describe_task(
        &self,
        ti: usize,
        states: &[String],
        offset: usize,
        limit: usize,
    ) -> Map<String, Value> {
        let matching: Vec<usize> = (0..self.plan[ti].instances.len())
            .filter(|&ii| {
                states.is_empty()
                    || states
                        .iter()
                        .any(|s| s == self.instance(ti, ii).state_at(self.t))
            })
            .collect();
        let set: Vec<Value> = matching
            .iter()
            .skip(offset)
            .take(limit)
            .map(|&ii| self.instance_view(ti, ii))
            .collect();
        let mut m = Map::new();
        m.insert("JobId".into(), Value::from(self.job.id.as_str()));
        m.insert(
            "TaskName".into(),
            Value::from(self.job.tasks[ti].name.as_str()),
        );
        m.insert("TaskState".into(), Value::from(self.task_state(ti)));
        m.insert("CreateTime".into(), self.created());
        m.insert("EndTime".into(), self.task_end(ti));
        m.insert(
            "TaskInstanceTotalCount".into(),
            Value::from(matching.len() as u64),
        );
        m.insert("TaskInstanceSet".into(), Value::Array(set));
        m.insert("TaskInstanceMetrics".into(), self.instance_metrics(&[ti]));
        m
    }

    /// The node (CVM instance) instance `ii` of task `ti` is on at the time of the
    /// answer: its environment's node, or one of the task's own `ComputeEnv` (another
    /// after each that turned ABNORMAL).
    pub fn node(&self, ti: usize, ii: usize) -> String {
        let host = self.instance(ti, ii).host_at(self.t);
        if let Some(e) = self.job.tasks[ti].instances[ii].on_env.as_ref() {
            if let Some(seat) = e
                .seats
                .iter()
                .take(host + 1)
                .rfind(|s| !s.instance_id.is_empty())
            {
                return seat.instance_id.clone();
            }
            if let Some(id) = &e.instance_id {
                return id.clone();
            }
        }
        let attempt = self.job.tasks[ti].instances[ii].attempt.to_string();
        let index = ii.to_string();
        let host = host.to_string();
        let mut parts = vec![
            self.job.id.as_str(),
            self.job.tasks[ti].name.as_str(),
            &index,
            &attempt,
        ];
        if host != "0" {
            parts.push(&host);
        }
        stable_id("ins", &parts)
    }

    /// StateReason and StateDetailedReason of instance `ii` of task `ti`.
    fn reasons(&self, ti: usize, ii: usize) -> (String, String) {
        let tl = self.instance(ti, ii);
        if self.t < tl.end {
            return (String::new(), String::new());
        }
        let task = &self.job.tasks[ti].name;
        match &tl.outcome {
            super::job::Outcome::Succeed => (String::new(), "successful".into()),
            super::job::Outcome::Exit(n) => (
                format!("the command exited with status {n}"),
                format!(
                    "the task's command ended with exit status {n} on node {}",
                    self.node(ti, ii)
                ),
            ),
            super::job::Outcome::TimedOut(s) => (
                format!("timed out: the instance ran longer than its Timeout of {s} seconds"),
                format!(
                    "the task's command was stopped after {s} seconds on node {}",
                    self.node(ti, ii)
                ),
            ),
            super::job::Outcome::DependenceFailed(dep) => (
                format!("not run: task {dep}, which {task} depends on, failed"),
                format!("the dependence {dep} -> {task} failed, so this instance never started"),
            ),
            super::job::Outcome::Terminated { by, running } => (
                format!("terminated by {by}"),
                if *running {
                    format!(
                        "terminated while running; node {} was torn down",
                        self.node(ti, ii)
                    )
                } else {
                    "terminated before it started".into()
                },
            ),
            super::job::Outcome::Interrupted => (
                "interrupted: the node was reclaimed".into(),
                format!(
                    "node {} was reclaimed while the instance ran",
                    self.node(ti, ii)
                ),
            ),
            super::job::Outcome::NodeAbnormal => (
                "node abnormal: the compute node turned ABNORMAL while the instance ran".into(),
                format!(
                    "node {} turned ABNORMAL; no retry was left or no other node could take the instance",
                    self.node(ti, ii)
                ),
            ),
            super::job::Outcome::NodeCreationFailed(n) => (
                format!("no compute node: creating its node failed ({n} attempts)"),
                format!(
                    "the compute node for this instance could not be created; tried {n} times (1 + ResourceMaxRetryCount)"
                ),
            ),
        }
    }

    fn redirect(&self, ti: usize, ii: usize) -> [(&'static str, String); 4] {
        let task = &self.job.tasks[ti];
        let given = |key: &str| {
            task.redirect
                .as_ref()
                .and_then(|r| r.get(key))
                .and_then(Value::as_str)
                .map(str::to_string)
        };
        // The service fills in `${BATCH_JOB_ID}`, `${BATCH_TASK_NAME}` and
        // `${BATCH_TASK_INSTANCE_INDEX}` in the file names it is given.
        let expand = |text: String| {
            text.replace("${BATCH_JOB_ID}", &self.job.id)
                .replace("${BATCH_TASK_NAME}", &task.name)
                .replace("${BATCH_TASK_INSTANCE_INDEX}", &ii.to_string())
        };
        let name = |stream: &str, key: &str, path: &Option<String>| {
            given(key).map(expand).unwrap_or_else(|| match path {
                Some(_) => format!("{stream}.{}.{}.{ii}.log", self.job.id, task.name),
                None => String::new(),
            })
        };
        let out = given("StdoutRedirectPath");
        let err = given("StderrRedirectPath");
        [
            ("StdoutRedirectPath", out.clone().unwrap_or_default()),
            ("StderrRedirectPath", err.clone().unwrap_or_default()),
            (
                "StdoutRedirectFileName",
                name("stdout", "StdoutRedirectFileName", &out),
            ),
            (
                "StderrRedirectFileName",
                name("stderr", "StderrRedirectFileName", &err),
            ),
        ]
    }

    /// One TaskInstanceView.
    pub fn instance_view(&self, ti: usize, ii: usize) -> Value {
        let tl = self.instance(ti, ii);
        let t = self.t;
        let at = |x: Option<i64>| x.filter(|&x| x <= t).map_or(Value::Null, time);
        let state = tl.state_at(t);
        let exit = if t < tl.end {
            Value::Null
        } else {
            match tl.outcome {
                super::job::Outcome::Succeed => Value::from(0),
                super::job::Outcome::Exit(n) => Value::from(n),
                _ => Value::Null,
            }
        };
        let node = if at(tl.launch()).is_null() {
            Value::Null
        } else {
            Value::from(self.node(ti, ii))
        };
        let (reason, detail) = self.reasons(ti, ii);
        let mut redirect = Map::new();
        for (k, v) in self.redirect(ti, ii) {
            redirect.insert(k.into(), Value::from(v));
        }
        json!({
            "TaskInstanceIndex": ii,
            "TaskInstanceState": state,
            "ExitCode": exit,
            "StateReason": reason,
            "ComputeNodeInstanceId": node,
            "CreateTime": time(tl.created),
            "LaunchTime": at(tl.launch()),
            "RunningTime": at(tl.running()),
            "EndTime": if t >= tl.end { time(tl.end) } else { Value::Null },
            "RedirectInfo": Value::Object(redirect),
            "StateDetailedReason": detail,
        })
    }

    /// The text of one log of an instance so far, or `None` before it has run.
    pub fn log_text(&self, ti: usize, ii: usize, stream: Stream) -> Option<String> {
        let tl = self.instance(ti, ii);
        let running = tl.running().filter(|&r| r <= self.t)?;
        let until = self.t.min(tl.log_until);
        let inst = &self.job.tasks[ti].instances[ii];
        if self.job.local && inst.pinned.is_none() {
            // A run on this machine: what it wrote, as the world last saw it.
            let run = tl
                .attempts_at(until)
                .checked_sub(1)
                .and_then(|k| inst.local.get(k));
            return Some(run.map_or_else(String::new, |r| match stream {
                Stream::Stdout => r.stdout.clone(),
                Stream::Stderr => r.stderr.clone(),
            }));
        }
        let start = tl.run_start(until).unwrap_or(running);
        Some(self.plan[ti].run_of(ii).text(stream, until - start))
    }

    /// One TaskInstanceLog.
    pub fn instance_log(&self, ti: usize, ii: usize) -> Value {
        let log = |stream| {
            self.log_text(ti, ii, stream)
                .map_or(Value::Null, |text| Value::from(logs::data_url(&text)))
        };
        let mut m = Map::new();
        m.insert("TaskInstanceIndex".into(), Value::from(ii as u64));
        m.insert("StdoutLog".into(), log(Stream::Stdout));
        m.insert("StderrLog".into(), log(Stream::Stderr));
        for (k, v) in self.redirect(ti, ii) {
            m.insert(k.into(), Value::from(v));
        }
        Value::Object(m)
    }

    /// DescribeJobMonitorData's members: one point per 10 virtual seconds (Unix seconds
    /// on the 10 s grid) while the instance ran, from its RunningTime to its EndTime or
    /// now (the last 360 at most; one point at its start when the run is shorter than the
    /// grid), none before it runs. Values by [`super::monitor`]; `disk` names
    /// `TargetDiskUsage`'s disk.
    /// DescribeJobMonitorData's answer for instance `ii` of task `ti` on `machine`: a
    /// point every 10 seconds (the last hour at most) within each run of its command so
    /// far (see `super::monitor`); none before it runs.
    pub fn monitor(
        &self,
        ti: usize,
        ii: usize,
        metric: &str,
        disk: &str,
        machine: super::monitor::Machine,
    ) -> Map<String, Value> {
        let tl = self.instance(ti, ii);
        let mut stamps = Vec::new();
        let mut values = Vec::new();
        if let Some(start) = tl.running().filter(|&r| r <= self.t) {
            let until = self.t.min(tl.end).min(tl.log_until.max(start));
            let starts: Vec<i64> = if tl.attempts.is_empty() {
                vec![start]
            } else {
                tl.attempts.clone()
            };
            // Each run, in whole seconds: from its start to the next one's (less the
            // pause between them), the last to `until`.
            let ceil = |ms: i64| ms.div_euclid(1_000) + i64::from(ms.rem_euclid(1_000) != 0);
            let runs: Vec<(i64, i64)> = starts
                .iter()
                .enumerate()
                .filter(|&(_, &from)| from <= until)
                .map(|(k, &from)| {
                    let to = starts
                        .get(k + 1)
                        .map_or(until, |&next| (next - STAGE_MS).min(until));
                    (ceil(from), to.div_euclid(1_000))
                })
                .filter(|(from, to)| from <= to)
                .collect();
            let task = &self.job.tasks[ti];
            let index = ii.to_string();
            let history = task.instances[ii].attempt.to_string();
            let instance = super::monitor::Instance {
                key: [&self.job.id, &task.name, &index, &history],
                runs: &runs,
                load: super::monitor::load(&task.command),
                machine,
            };
            if let (Some(&(first, _)), Some(&(_, last))) = (runs.first(), runs.last()) {
                let grid_first = (first + 9).div_euclid(10) * 10;
                let grid_last = last.div_euclid(10) * 10;
                let mut at: Vec<i64> = (grid_first.max(grid_last - 3_590)..=grid_last)
                    .step_by(10)
                    .filter(|&s| instance.run_at(s).is_some())
                    .collect();
                if at.is_empty() {
                    at.push(first);
                }
                for s in at {
                    stamps.push(Value::from(s));
                    values.push(Value::from(instance.value(metric, disk, s)));
                }
            }
        }
        let mut m = Map::new();
        m.insert("Period".into(), Value::from(10));
        m.insert(
            "DataPoints".into(),
            json!({"Timestamps": stamps, "Values": values}),
        );
        m
    }
}
