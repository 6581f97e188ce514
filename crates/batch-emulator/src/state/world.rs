//! The one world every action reads and writes: the listed jobs (newest first, with what
//! DescribeJobs filters need), the simulated jobs behind them, the ClientTokens seen, the
//! virtual clock, and where the world is saved (`--state-file`).
//!
//! A listed job (demo set, `--jobs`, `--generate`) is served exactly as stored and moves
//! only with `--advance`; reads synthesise its tasks (`super::synth`). A submitted job is
//! simulated (`super::job`): its JobView is recomputed from the clock before every
//! answer, until it has settled. A write on a listed job (terminate, retry) makes it a
//! simulated one, starting from its synthesised instances.
//!
//! DescribeJobs reads the world as [`World::describe_jobs`]: with `X-TC-Region`, only the
//! jobs whose `Placement.Zone` is a zone of that region exist; jobs are listed newest
//! first (by `CreateTime`; ties keep the order they were given in); `JobIds` selects the
//! listed jobs that exist (unknown IDs are simply absent); filters match any of their
//! values (OR) and must all match (AND); `TotalCount` counts every match, the page holds
//! matches `Offset..Offset+Limit`, each JobView exactly as stored. With `--advance`
//! ([`World::advancing`]) the jobs of a page the client receives then move one state
//! forward (a listed job by the rule of `super::advance`, a simulated one to the next
//! moment its state changes).
//!
//! Every request thread shares one world behind a lock ([`SharedWorld`]): each answer is
//! chosen and built under it, so concurrent requests never see a half-moved job and
//! filters always see the current state.

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use serde::Deserialize;
use serde_json::{Value, json};

use super::advance;
use super::clock::Clock;
use super::exec::{self, Exec, Executor};
use super::fleet::Fleet;
use super::job::{LocalEnd, SimJob};
use super::project::Eval;
use super::synth;
use crate::api;
use crate::error::Error;
use crate::params::{Filter, Query};
use batch_api::regions;

/// What filtering needs of one job, read once.
#[derive(Debug, Clone)]
struct JobIndex {
    id: String,
    name: Option<String>,
    state: Option<String>,
    zone: Option<String>,
    tags: Vec<(String, String)>,
}

fn text(value: Option<&Value>) -> Option<String> {
    value.and_then(Value::as_str).map(str::to_string)
}

impl JobIndex {
    fn of(job: &Value) -> JobIndex {
        let tags = match job.get("Tags") {
            Some(Value::Array(tags)) => tags
                .iter()
                .filter_map(|t| {
                    Some((
                        t.get("Key")?.as_str()?.to_string(),
                        t.get("Value")?.as_str()?.to_string(),
                    ))
                })
                .collect(),
            _ => Vec::new(),
        };
        JobIndex {
            id: api::job_id(job).to_string(),
            name: text(job.get("JobName")),
            state: text(job.get("JobState")),
            zone: text(job.get("Placement").and_then(|p| p.get("Zone"))),
            tags,
        }
    }

    fn matches(&self, filter: &Filter) -> bool {
        let any =
            |field: &Option<String>| field.as_ref().is_some_and(|f| filter.values.contains(f));
        match filter.name.as_str() {
            "job-id" => filter.values.contains(&self.id),
            "job-name" => any(&self.name),
            "job-state" => any(&self.state),
            "zone" => any(&self.zone),
            "tag-key" => self.tags.iter().any(|(k, _)| filter.values.contains(k)),
            "tag-value" => self.tags.iter().any(|(_, v)| filter.values.contains(v)),
            name => match name.strip_prefix("tag:") {
                Some(key) => self
                    .tags
                    .iter()
                    .any(|(k, v)| k == key && filter.values.contains(v)),
                None => false,
            },
        }
    }

    fn in_region(&self, region: Option<&str>) -> bool {
        region.is_none_or(|r| {
            self.zone
                .as_deref()
                .is_some_and(|z| regions::zone_in_region(z, r))
        })
    }
}

/// `CreateTime` as a sortable instant; `None` (sorted last) when absent or unreadable.
fn created(job: &Value) -> Option<(i64, u32)> {
    let text = job.get("CreateTime")?.as_str()?;
    let t = chrono::DateTime::parse_from_rfc3339(text).ok()?;
    Some((t.timestamp(), t.timestamp_subsec_nanos()))
}

/// The world.
pub struct World {
    clock: Clock,
    /// JobViews newest first (`index[i]` describes `jobs[i]`); a simulated job's view is
    /// as of the last [`World::refresh`].
    jobs: Vec<Value>,
    index: Vec<JobIndex>,
    positions: HashMap<String, usize>,
    /// The JobId each (SecretId, ClientToken) of a SubmitJob created.
    tokens: HashMap<(String, String), String>,
    /// The fingerprint of the request each (SecretId, ClientToken) came with (absent
    /// for tokens of older state files).
    token_bodies: HashMap<(String, String), String>,
    sims: HashMap<String, SimJob>,
    /// Simulated jobs whose view may still change with time.
    active: BTreeSet<String>,
    /// The last submission's `SimJob::seq`.
    next_seq: u64,
    file: Option<PathBuf>,
    /// Holds the exclusive lock on the state file (`<file>.lock`) while the world lives.
    lock: Option<std::fs::File>,
    /// Changed since the last save began.
    dirty: bool,
    /// Why the last save failed; until one succeeds, writes are refused.
    save_failure: Option<String>,
    /// Saves done (state files only).
    saves: u64,
    /// Compute environments and task templates.
    fleet: Fleet,
    /// `--advance`: the jobs of each DescribeJobs page move one state forward.
    advance: bool,
    /// `--exec local`: the processes running submitted jobs' commands.
    exec: Option<Executor>,
}

/// A DescribeJobs page: `TotalCount`, the JobViews of the page as they were when it was
/// chosen, and (with `--advance`) how many of them moved afterwards.
#[derive(Debug, Clone)]
pub struct Page {
    pub total: u64,
    pub jobs: Vec<Value>,
    /// `None` when the world does not advance jobs, or the page never reached its client.
    pub advanced: Option<usize>,
}

/// The world every request thread shares, behind its lock.
pub struct SharedWorld(Mutex<World>, Mutex<()>);

impl SharedWorld {
    pub fn new(world: World) -> SharedWorld {
        SharedWorld(Mutex::new(world), Mutex::new(()))
    }

    /// Saves the world to its state file if it changed since the last save: encoded
    /// under the world's lock, written outside it (one flush at a time, so an older
    /// world never lands after a newer one). A failure is kept: until a save succeeds,
    /// every write is refused ([`World::refuses_writes`]).
    pub fn flush(&self) -> Result<(), Error> {
        let _one = self.1.lock().unwrap_or_else(|e| e.into_inner());
        let Some((path, bytes)) = self.lock().snapshot()? else {
            return Ok(());
        };
        let result = write_atomically(&path, &bytes);
        let mut world = self.lock();
        match &result {
            Ok(()) => {
                world.saves += 1;
                world.save_failure = None;
            }
            Err(e) => {
                world.dirty = true;
                world.save_failure = Some(e.to_string());
            }
        }
        result
    }

    /// The world, for one answer.
    pub fn lock(&self) -> MutexGuard<'_, World> {
        // A poisoned lock only means a request thread panicked; the jobs are still there.
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// How many jobs the world lists.
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.lock().is_empty()
    }

    /// The JobViews as they are now, newest first.
    pub fn views(&self) -> Vec<Value> {
        let mut world = self.lock();
        world.refresh();
        world.views().to_vec()
    }
}

impl World {
    /// Lists `jobs` (newest first by `CreateTime`; ties keep their order) on `clock`.
    pub fn new(jobs: Vec<Value>, clock: Clock) -> World {
        let mut keyed: Vec<(Option<(i64, u32)>, Value)> =
            jobs.into_iter().map(|j| (created(&j), j)).collect();
        keyed.sort_by_key(|(created, _)| std::cmp::Reverse(*created));
        let mut world = World {
            clock,
            jobs: Vec::new(),
            index: Vec::new(),
            positions: HashMap::new(),
            tokens: HashMap::new(),
            token_bodies: HashMap::new(),
            sims: HashMap::new(),
            active: BTreeSet::new(),
            next_seq: 0,
            file: None,
            lock: None,
            dirty: false,
            save_failure: None,
            saves: 0,
            fleet: Fleet::default(),
            advance: false,
            exec: None,
        };
        world.jobs = keyed.into_iter().map(|(_, j)| j).collect();
        world.reindex();
        world
    }

    fn reindex(&mut self) {
        self.index = self.jobs.iter().map(JobIndex::of).collect();
        self.positions = HashMap::with_capacity(self.jobs.len());
        for (at, job) in self.jobs.iter().enumerate() {
            self.positions
                .entry(api::job_id(job).to_string())
                .or_insert(at);
        }
    }

    /// With `on`, the jobs of each DescribeJobs page the client receives move one state
    /// forward afterwards (`--advance`).
    pub fn advancing(mut self, on: bool) -> World {
        self.advance = on;
        self
    }

    /// How the commands of jobs submitted from now on are carried out (`--exec`).
    pub fn executing(mut self, how: Exec) -> World {
        self.exec = (how == Exec::Local).then(Executor::new);
        self
    }

    /// True when submitted jobs' commands run on this machine (`--exec local`).
    pub fn executes_locally(&self) -> bool {
        self.exec.is_some()
    }

    /// Kills every local run under way (the emulator stops).
    pub fn stop_local_runs(&mut self) {
        if let Some(exec) = self.exec.as_mut() {
            exec.kill_all();
        }
    }

    /// Whether listed jobs move forward as they are polled.
    pub fn advances(&self) -> bool {
        self.advance
    }

    /// Virtual milliseconds now.
    pub fn now_ms(&self) -> i64 {
        self.clock.now_ms()
    }

    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// The JobViews as of the last refresh, newest first.
    pub fn views(&self) -> &[Value] {
        &self.jobs
    }

    pub fn len(&self) -> usize {
        self.jobs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.jobs.is_empty()
    }

    pub fn has(&self, job_id: &str) -> bool {
        self.positions.contains_key(job_id)
    }

    pub fn token(&self, secret_id: &str, token: &str) -> Option<&str> {
        self.tokens
            .get(&(secret_id.to_string(), token.to_string()))
            .map(String::as_str)
    }

    /// The simulated jobs kept and the task instances they declare together (what
    /// SubmitJob's quotas count).
    pub fn submitted_load(&self) -> (usize, u64) {
        let instances = self
            .sims
            .values()
            .flat_map(|j| j.tasks.iter())
            .map(|t| t.instances.len() as u64)
            .sum();
        (self.sims.len(), instances)
    }

    /// The fingerprint of the request that first used `token` (see `token`).
    pub fn token_body(&self, secret_id: &str, token: &str) -> Option<&str> {
        self.token_bodies
            .get(&(secret_id.to_string(), token.to_string()))
            .map(String::as_str)
    }

    /// Remembers the fingerprint of the request a new token came with.
    pub fn remember_token_body(&mut self, secret_id: &str, token: &str, fingerprint: String) {
        self.token_bodies
            .insert((secret_id.to_string(), token.to_string()), fingerprint);
    }

    pub fn fleet(&self) -> &Fleet {
        &self.fleet
    }

    pub fn fleet_mut(&mut self) -> &mut Fleet {
        &mut self.fleet
    }

    /// True when a job that has not finished runs (or waits) on the environment `env_id`.
    pub fn env_in_use(&self, env_id: &str) -> bool {
        let now = self.now_ms();
        self.active
            .iter()
            .filter_map(|id| self.sims.get(id))
            .any(|job| {
                let on_env = job
                    .tasks
                    .iter()
                    .flat_map(|t| t.instances.distinct())
                    .any(|i| i.on_env.as_ref().is_some_and(|e| e.env_id == env_id));
                on_env && !SimJob::settled(&job.plan(), now.saturating_add(job.skew))
            })
    }

    /// The instance IDs of `env_id`'s nodes that run a task instance now.
    pub fn busy_nodes(&self, env_id: &str) -> Vec<String> {
        let now = self.now_ms();
        let mut busy = Vec::new();
        for job in self.active.iter().filter_map(|id| self.sims.get(id)) {
            let on = |i: &super::job::SimInstance| {
                i.on_env
                    .as_ref()
                    .filter(|e| e.env_id == env_id && !e.seats.is_empty())
                    .map(|e| e.seats.clone())
            };
            if !job
                .tasks
                .iter()
                .flat_map(|t| t.instances.distinct())
                .any(|i| on(i).is_some())
            {
                continue;
            }
            let t = now.saturating_add(job.skew);
            let plan = job.plan();
            for (task, p) in job.tasks.iter().zip(&plan) {
                // Only an instance given a node has seats: one kept apart.
                for (inst, tl) in task
                    .instances
                    .changed()
                    .map(|(ii, inst)| (inst, &p.instances[ii]))
                {
                    let Some(seats) = on(inst) else { continue };
                    if tl.launch().is_some_and(|l| l <= t)
                        && t < tl.end
                        && let Some(seat) = seats.get(tl.host_at(t))
                    {
                        busy.push(seat.instance_id.clone());
                    }
                }
            }
        }
        busy
    }

    /// Decides again which instances waiting on `env_id` run on its nodes, and when
    /// (`super::queue`), after its nodes or the jobs on it changed.
    pub fn reseat(&mut self, env_id: &str) {
        self.schedule(env_id);
        self.refresh();
    }

    /// [`World::reseat`] for every environment job `job_id`'s tasks run on.
    pub fn reseat_job(&mut self, job_id: &str) {
        let mut envs: Vec<String> = self
            .sims
            .get(job_id)
            .into_iter()
            .flat_map(|j| j.tasks.iter().flat_map(|t| t.instances.distinct()))
            .filter_map(|i| i.on_env.as_ref().map(|e| e.env_id.clone()))
            .collect();
        envs.sort();
        envs.dedup();
        for env in &envs {
            self.schedule(env);
        }
        self.refresh();
    }

    fn schedule(&mut self, env_id: &str) {
        let now = self.now_ms();
        let active = &self.active;
        let mut jobs: Vec<&mut SimJob> = self
            .sims
            .iter_mut()
            .filter(|(id, _)| active.contains(*id))
            .map(|(_, job)| job)
            .filter(|job| {
                job.tasks
                    .iter()
                    .flat_map(|t| t.instances.distinct())
                    .any(|i| i.on_env.as_ref().is_some_and(|e| e.env_id == env_id))
            })
            .collect();
        jobs.sort_by(|a, b| a.id.cmp(&b.id));
        let env = self.fleet.envs.iter().find(|e| e.id == env_id);
        super::queue::schedule(env, env_id, &mut jobs, now);
    }

    /// `--exec local`: takes in what each local run wrote and how it ended, starts the
    /// runs the timelines have reached (as many as the executor has room for; the others
    /// start at a later refresh) and kills those the timelines no longer run (terminated,
    /// ended, deleted). A run's real time becomes virtual time at the clock's speed (as is
    /// at speed 0); its `Timeout` is `Timeout / speed` real seconds (`Timeout` at 0).
    fn run_local(&mut self) {
        let Some(exec) = self.exec.as_mut() else {
            return;
        };
        let now = self.clock.now_ms();
        let speed = self.clock.speed();
        let to_virtual = |real: std::time::Duration| {
            let ms = real.as_secs_f64() * 1_000.0;
            (if speed > 0.0 { ms * speed } else { ms }).round() as i64
        };
        let mut ended = false;
        let mut wanted = HashSet::new();
        for id in &self.active {
            let Some(job) = self.sims.get_mut(id) else {
                continue;
            };
            if !job.local {
                continue;
            }
            let key = |ti: usize, ii: usize, generation: u32, retry: usize| exec::Key {
                job: id.clone(),
                task: ti,
                instance: ii,
                generation,
                retry,
            };
            for (ti, task) in job.tasks.iter_mut().enumerate() {
                for (ii, inst) in task.instances.changed_mut() {
                    let generation = inst.attempt;
                    let mut lost = None;
                    for (k, run) in inst.local.iter_mut().enumerate() {
                        if run.end.is_some() {
                            continue;
                        }
                        let key = key(ti, ii, generation, k);
                        let Some(seen) = exec.seen(&key) else {
                            if !run.stopped {
                                // Its process is gone with an earlier emulator (a restart
                                // with --state-file): it runs again.
                                lost.get_or_insert(k);
                            }
                            continue;
                        };
                        run.stdout = seen.stdout;
                        run.stderr = seen.stderr;
                        if let Some((real, status)) = seen.end {
                            let (status, timed_out) = match status {
                                exec::Status::Exit(n) => (n, false),
                                exec::Status::TimedOut => (137, true),
                                // Stopped by the world: the timeline decides its end.
                                exec::Status::Killed => (137, false),
                            };
                            if matches!(seen.end, Some((_, exec::Status::Killed))) {
                                run.stopped = true;
                            } else {
                                run.end = Some(LocalEnd {
                                    after_ms: to_virtual(real),
                                    status,
                                    timed_out,
                                });
                            }
                            exec.forget(&key);
                            ended = true;
                        }
                    }
                    if let Some(k) = lost {
                        inst.local.truncate(k);
                    }
                }
            }
            let t = now.saturating_add(job.skew);
            let plan = job.plan();
            for (ti, p) in plan.iter().enumerate() {
                let timeout_s = job.settings(ti).timeout_s as f64;
                let timeout = std::time::Duration::from_secs_f64(
                    (if speed > 0.0 {
                        timeout_s / speed
                    } else {
                        timeout_s
                    })
                    .min(1e9),
                );
                for (ii, tl) in p.instances.iter().enumerate() {
                    let Some(k) = tl.run_under_way(t) else {
                        continue;
                    };
                    let generation = job.tasks[ti].instances[ii].attempt;
                    let key = key(ti, ii, generation, k);
                    if job.tasks[ti].instances[ii].local.len() == k && exec.has_room() {
                        let vars = job.variables(ti, ii);
                        exec.spawn(key.clone(), &job.tasks[ti].command, vars, timeout);
                        job.tasks[ti].instances[ii]
                            .local
                            .push(super::job::LocalRun {
                                started: t,
                                end: None,
                                stdout: String::new(),
                                stderr: String::new(),
                                stopped: false,
                            });
                    }
                    wanted.insert(key);
                }
            }
        }
        let jobs: HashSet<&str> = self.active.iter().map(String::as_str).collect();
        exec.keep_only(&wanted, &jobs);
        if ended {
            self.changed();
        }
    }

    /// Brings every simulated job's JobView up to the clock.
    pub fn refresh(&mut self) {
        self.run_local();
        let now = self.now_ms();
        let ids: Vec<String> = self.active.iter().cloned().collect();
        for id in ids {
            let Some(job) = self.sims.get(&id) else {
                self.active.remove(&id);
                continue;
            };
            let eval = Eval::new(job, None, now);
            let view = eval.job_view();
            let settled = SimJob::settled(&eval.plan, eval.t);
            if let Some(&at) = self.positions.get(&id) {
                self.index[at] = JobIndex::of(&view);
                self.jobs[at] = view;
            }
            if settled {
                self.active.remove(&id);
            }
        }
    }

    /// Adds a listed JobView in its place (newest first) and remembers its token.
    fn insert_view(&mut self, job: Value, token: Option<(&str, &str)>) {
        let id = api::job_id(&job).to_string();
        let when = created(&job);
        let at = self
            .jobs
            .iter()
            .position(|j| created(j) < when)
            .unwrap_or(self.jobs.len());
        self.index.insert(at, JobIndex::of(&job));
        self.jobs.insert(at, job);
        for position in self.positions.values_mut() {
            if *position >= at {
                *position += 1;
            }
        }
        self.positions.insert(id.clone(), at);
        if let Some((secret_id, token)) = token {
            self.tokens
                .insert((secret_id.to_string(), token.to_string()), id);
        }
    }

    /// Adds a simulated job (its view from the clock) and remembers its token.
    pub fn insert_sim(&mut self, mut job: SimJob, token: Option<(&str, &str)>) {
        self.next_seq += 1;
        job.seq = self.next_seq;
        let view = Eval::new(&job, None, self.now_ms()).job_view();
        let id = job.id.clone();
        self.sims.insert(id.clone(), job);
        self.active.insert(id);
        self.insert_view(view, token);
    }

    /// Forgets a job entirely (DeleteJob).
    pub fn remove(&mut self, job_id: &str) {
        if self.positions.contains_key(job_id) {
            self.jobs.retain(|j| api::job_id(j) != job_id);
            self.reindex();
        }
        self.sims.remove(job_id);
        self.active.remove(job_id);
        self.tokens.retain(|_, id| id != job_id);
        let tokens = &self.tokens;
        self.token_bodies.retain(|key, _| tokens.contains_key(key));
        // Its local runs, if any are left, end with it.
        self.run_local();
    }

    /// A job to read: its simulated form and, for a listed job, its JobView.
    pub fn job(&self, job_id: &str) -> Option<(Cow<'_, SimJob>, Option<&Value>)> {
        if let Some(job) = self.sims.get(job_id) {
            return Some((Cow::Borrowed(job), None));
        }
        let view = &self.jobs[*self.positions.get(job_id)?];
        Some((Cow::Owned(synth::synthesise(view)), Some(view)))
    }

    /// A job to change: a listed job becomes simulated first.
    pub fn job_mut(&mut self, job_id: &str) -> Option<&mut SimJob> {
        if !self.sims.contains_key(job_id) {
            let view = &self.jobs[*self.positions.get(job_id)?];
            self.sims
                .insert(job_id.to_string(), synth::synthesise(view));
        }
        self.active.insert(job_id.to_string());
        self.sims.get_mut(job_id)
    }

    /// `TotalCount` and the positions of the requested page.
    fn select(&self, query: &Query, region: Option<&str>) -> (u64, Vec<usize>) {
        let selected = |index: &JobIndex| {
            index.in_region(region) && query.filters.iter().all(|f| index.matches(f))
        };
        let candidates: Box<dyn Iterator<Item = usize>> = match &query.job_ids {
            Some(ids) => {
                let mut at: Vec<usize> = ids
                    .iter()
                    .filter_map(|id| self.positions.get(id.as_str()).copied())
                    .collect();
                at.sort_unstable();
                at.dedup();
                Box::new(at.into_iter())
            }
            None => Box::new(0..self.index.len()),
        };
        let mut total: u64 = 0;
        let mut page = Vec::new();
        for at in candidates {
            if !selected(&self.index[at]) {
                continue;
            }
            if total >= query.offset && (page.len() as u64) < query.limit {
                page.push(at);
            }
            total += 1;
        }
        (total, page)
    }

    /// DescribeJobs at server time `now_secs` (Unix seconds): `TotalCount` and the page of
    /// the jobs that match `query` in `region`, as they are now. With `--advance`, when the
    /// page reaches its client whole (`delivered`: not for an injected `truncate`), its
    /// jobs then move one state forward, and a world that changed is saved.
    pub fn describe_jobs(
        &mut self,
        query: &Query,
        region: Option<&str>,
        now_secs: i64,
        delivered: bool,
    ) -> Page {
        self.refresh();
        let (total, picked) = self.select(query, region);
        let jobs = picked.iter().map(|&at| self.jobs[at].clone()).collect();
        let advanced = (self.advance && delivered).then(|| {
            picked
                .iter()
                .filter(|&&at| self.advance(at, now_secs))
                .count()
        });
        if advanced.is_some_and(|n| n > 0) {
            self.changed();
        }
        Page {
            total,
            jobs,
            advanced,
        }
    }

    /// `--advance`: moves job `at` one state forward (a listed job by the rule of
    /// `super::advance`, a simulated one to the next moment its state changes); true if
    /// it moved.
    fn advance(&mut self, at: usize, now_secs: i64) -> bool {
        let id = api::job_id(&self.jobs[at]).to_string();
        let now = self.now_ms();
        let moved = match self.sims.get_mut(&id) {
            None => advance::advance(&mut self.jobs[at], now_secs),
            Some(job) => {
                let t = now.saturating_add(job.skew);
                match SimJob::next_change(&job.plan(), t) {
                    Some(next) => {
                        job.skew += next - t;
                        self.jobs[at] = Eval::new(job, None, now).job_view();
                        self.active.insert(id);
                        true
                    }
                    None => false,
                }
            }
        };
        if moved {
            self.index[at] = JobIndex::of(&self.jobs[at]);
        }
        moved
    }

    /// Keeps the world in `path` (loaded from it first when it exists): saved by
    /// [`SharedWorld::flush`] after changes, and when the world ends.
    pub fn keep_in(&mut self, path: PathBuf) {
        self.file = Some(path);
    }

    /// The world encoded for its state file.
    fn encode(&self) -> Result<Vec<u8>, Error> {
        let doc = json!({
            "batchctl-emulator-state": 1,
            "now_ms": self.now_ms(),
            "jobs": self.jobs,
            "simulated": self.sims.values().collect::<Vec<_>>(),
            "tokens": self.tokens.iter().map(|(key, id)| {
                json!([key.0, key.1, id, self.token_bodies.get(key)])
            }).collect::<Vec<_>>(),
            "fleet": self.fleet,
        });
        serde_json::to_vec(&doc)
            .map_err(|e| Error::Internal(format!("cannot encode the emulator state: {e}")))
    }

    /// Writes the world to its state file now, if it has one.
    pub fn save(&mut self) -> Result<(), Error> {
        let Some(path) = self.file.clone() else {
            return Ok(());
        };
        let bytes = self.encode()?;
        write_atomically(&path, &bytes)?;
        self.dirty = false;
        self.saves += 1;
        Ok(())
    }

    /// The state file and the world encoded for it, when it changed since the last save
    /// (which then counts as begun).
    fn snapshot(&mut self) -> Result<Option<(PathBuf, Vec<u8>)>, Error> {
        let Some(path) = self.file.clone().filter(|_| self.dirty) else {
            return Ok(None);
        };
        let bytes = self.encode()?;
        self.dirty = false;
        Ok(Some((path, bytes)))
    }

    /// Notes a change to save: the saver writes the state file at most once per
    /// `crate::SAVE_INTERVAL`, and once more when the emulator stops.
    pub fn changed(&mut self) {
        if self.file.is_some() {
            self.dirty = true;
        }
    }

    /// How many times the world was saved to its state file.
    pub fn saves(&self) -> u64 {
        self.saves
    }

    /// Why writes are refused: the last save of the state file failed (they would not
    /// be kept). `None` when they are taken.
    pub fn refuses_writes(&self) -> Option<String> {
        self.save_failure.clone()
    }

    /// Takes over the lock `other` holds on the state file.
    pub fn lock_state_file_from(&mut self, other: &mut World) {
        self.lock = other.lock.take();
    }

    /// Takes the exclusive lock on the state file `path` (on `<path>.lock`, a file that
    /// is never replaced, since saves rename a new state file over the old one): a
    /// second emulator on the same file refuses to start.
    pub fn lock_state_file(&mut self, path: &Path) -> Result<(), Error> {
        self.lock = Some(lock_file(path)?);
        Ok(())
    }

    /// The world saved in `path`, on `clock` (moved forward to the saved time); `None`
    /// when the file does not exist.
    pub fn load(path: &Path, mut clock: Clock) -> Result<Option<World>, Error> {
        let text = match crate::data::read_at_most(path, crate::data::MAX_STATE_FILE) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => {
                return Err(Error::Usage(format!(
                    "cannot read the state file {}: {e}",
                    path.display()
                )));
            }
        };
        let bad = |why: String| {
            Error::Usage(format!(
                "the state file {} is not an emulator state: {why} (remove it to start afresh)",
                path.display()
            ))
        };
        let doc: Value = serde_json::from_slice(&text).map_err(|e| bad(e.to_string()))?;
        if doc.get("batchctl-emulator-state") != Some(&Value::from(1)) {
            return Err(bad("no `batchctl-emulator-state: 1` marker".into()));
        }
        let jobs = match doc.get("jobs") {
            Some(Value::Array(jobs)) => jobs.clone(),
            _ => return Err(bad("`jobs` is not a list".into())),
        };
        let sims: Vec<SimJob> = serde_json::from_value(
            doc.get("simulated")
                .cloned()
                .unwrap_or(Value::Array(Vec::new())),
        )
        .map_err(|e| bad(format!("`simulated`: {e}")))?;
        if let Some(now) = doc.get("now_ms").and_then(Value::as_i64) {
            clock.not_before(now);
        }
        let mut world = World::new(jobs, clock);
        for mut job in sims {
            for inst in job
                .tasks
                .iter_mut()
                .flat_map(|t| t.instances.distinct_mut())
            {
                if let Some(e) = inst.on_env.as_mut() {
                    e.upgrade();
                }
            }
            world.next_seq = world.next_seq.max(job.seq);
            if !world.has(&job.id) {
                return Err(bad(format!("simulated job {} is not listed", job.id)));
            }
            world.active.insert(job.id.clone());
            world.sims.insert(job.id.clone(), job);
        }
        if let Some(Value::Array(tokens)) = doc.get("tokens") {
            for t in tokens {
                if let (Some(s), Some(tok), Some(id)) = (
                    t.get(0).and_then(Value::as_str),
                    t.get(1).and_then(Value::as_str),
                    t.get(2).and_then(Value::as_str),
                ) {
                    let key = (s.to_string(), tok.to_string());
                    if let Some(fp) = t.get(3).and_then(Value::as_str) {
                        world.token_bodies.insert(key.clone(), fp.to_string());
                    }
                    world.tokens.insert(key, id.to_string());
                }
            }
        }
        if let Some(fleet) = doc.get("fleet") {
            world.fleet = Fleet::deserialize(fleet).map_err(|e| bad(format!("`fleet`: {e}")))?;
        }
        // Seats an older file did not record are decided now (those it did stand).
        let envs: Vec<String> = world.fleet.envs.iter().map(|e| e.id.clone()).collect();
        for env in &envs {
            world.schedule(env);
        }
        world.file = Some(path.to_path_buf());
        world.refresh();
        world.dirty = false;
        Ok(Some(world))
    }
}

/// A world with a state file saves what changed since its last save when it ends (the
/// emulator stops), before its lock is released.
impl Drop for World {
    fn drop(&mut self) {
        if self.dirty
            && let Err(e) = self.save()
        {
            eprintln!("emulator: {e}");
        }
    }
}

/// Writes `bytes` to `path` through a temporary file of this process's own
/// (`<path>.<pid>.tmp`) renamed over it, so a crash never leaves half a file.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(format!(".{}.tmp", std::process::id()));
    let tmp = PathBuf::from(tmp);
    std::fs::write(&tmp, bytes)
        .and_then(|()| std::fs::rename(&tmp, path))
        .map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            Error::Internal(format!(
                "cannot save the emulator state to {}: {e}",
                path.display()
            ))
        })
}

/// How many more times a held state-file lock is tried, 20 ms apart.
#[cfg(unix)]
const LOCK_TRIES: u32 = 25;

/// The lock file of the state file `path`, locked exclusively, or a usage error saying
/// another emulator holds it.
fn lock_file(path: &Path) -> Result<std::fs::File, Error> {
    let mut name = path.as_os_str().to_owned();
    name.push(".lock");
    let lock_path = PathBuf::from(name);
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(|e| {
            Error::Usage(format!(
                "cannot open the lock file {} of the state file {}: {e}",
                lock_path.display(),
                path.display()
            ))
        })?;
    #[cfg(unix)]
    {
        use std::os::unix::io::AsRawFd;
        // A lock just released can linger for a moment in a child process that another
        // thread forked and has not yet exec'd (descriptors close at exec): try a few
        // times over a short while before saying it is held.
        let mut tries = 0;
        let rc = loop {
            // SAFETY: flock on a descriptor this function owns; no memory is shared.
            let rc = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
            let busy =
                rc != 0 && std::io::Error::last_os_error().kind() == std::io::ErrorKind::WouldBlock;
            if !busy || tries == LOCK_TRIES {
                break rc;
            }
            tries += 1;
            std::thread::sleep(std::time::Duration::from_millis(20));
        };
        if rc != 0 {
            let e = std::io::Error::last_os_error();
            return Err(Error::Usage(
                if e.kind() == std::io::ErrorKind::WouldBlock {
                    format!(
                        "the state file {} is in use: another emulator holds it (its lock {}); \
                     stop that one or give another --state-file",
                        path.display(),
                        lock_path.display()
                    )
                } else {
                    format!("cannot lock the state file {}: {e}", path.display())
                },
            ));
        }
    }
    Ok(file)
}
