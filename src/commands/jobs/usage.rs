//! `batchctl jobs usage JOB`: what each task used of its machines and what it cost, in
//! the spirit of Slurm's `seff`.
//!
//! The reads, every one through the client (paced by its action's limit, retried as
//! reads are): DescribeJob (zone, tasks), DescribeJobSubmitInfo (each task's machine),
//! for a task on an environment DescribeComputeEnvCreateInfo and DescribeComputeEnv (its
//! type, charge type and attached nodes), DescribeCvmZoneInstanceConfigInfos once per
//! family and charge type (prices, and the smaller types a hint may name), DescribeTask
//! page after page (every instance's times, at most [`MAX_INSTANCES`] a task), then
//! DescribeJobMonitorData twice (CpuUsage, MemUsage) for a sample of each task's instances
//! that ran: at its 2 requests a second an instance takes a second, so [`DEFAULT_SAMPLE`]
//! evenly spread by default, at most [`MAX_SAMPLE`]. Only the count, sum and peak of each
//! series is kept, so memory stays flat however long the series.
//!
//! Cost is exact for every instance that ran (its run seconds × the list price / 3600);
//! CPU and memory are the sample's. What cannot be read (a job deleted while it is read,
//! an instance on an attached node, an empty series) becomes a note beside the numbers
//! that exist, never an error for the whole job.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

use batch_api::{ActionId, lists};
use chrono::{DateTime, Utc};
use serde_json::{Value, json};

use crate::cli::UsageArgs;
use crate::cli::config::Config;
use crate::commands::estimate::{self, DEFAULT_CHARGE};
use crate::output::Format;
use crate::transport::client::Client;
use crate::transport::error::{Error, is_not_found_code, printable};

/// Instances per task whose series are read unless `--sample` or `--instances` says.
pub const DEFAULT_SAMPLE: u64 = 5;
/// The most instances per task whose series are read (two requests each, at 2/s).
pub const MAX_SAMPLE: u64 = 200;
/// The most instances per task whose times are read (DescribeTask, 1000 a page).
pub const MAX_INSTANCES: u64 = 10_000;
/// A smaller type is named only when the peaks fill at most this share of it.
const HEADROOM: f64 = 0.8;
/// The series read, in order.
const METRICS: [&str; 2] = ["CpuUsage", "MemUsage"];

/// The count, sum and peak of a series (or of several).
#[derive(Debug, Default, Clone, Copy)]
struct Stats {
    points: u64,
    sum: f64,
    peak: f64,
}

impl Stats {
    fn add(&mut self, v: f64) {
        if !v.is_finite() {
            return;
        }
        self.peak = if self.points == 0 {
            v
        } else {
            self.peak.max(v)
        };
        self.points += 1;
        self.sum += v;
    }

    fn merge(&mut self, other: &Stats) {
        if other.points == 0 {
            return;
        }
        self.peak = if self.points == 0 {
            other.peak
        } else {
            self.peak.max(other.peak)
        };
        self.points += other.points;
        self.sum += other.sum;
    }

    fn mean(&self) -> Option<f64> {
        (self.points > 0).then(|| self.sum / self.points as f64)
    }

    fn peak(&self) -> Option<f64> {
        (self.points > 0).then_some(self.peak)
    }

    fn json(&self) -> Value {
        json!({
            "Mean": self.mean().map(|m| round(m, 2)),
            "Peak": self.peak(),
            "Points": self.points,
        })
    }
}

fn round(x: f64, places: i32) -> f64 {
    let f = 10f64.powi(places);
    (x * f).round() / f
}

/// One offer of the catalogue.
#[derive(Debug, Clone)]
struct Offer {
    name: String,
    cpu: u32,
    memory: u32,
    price: f64,
    selling: bool,
}

/// The machine of a task's instances, as far as it is known.
#[derive(Debug, Default)]
struct Machine {
    instance_type: Option<String>,
    charge: String,
    /// Where the type came from (`ComputeEnv`, or the environment's ID).
    source: String,
    offer: Option<Offer>,
    /// The offers of the type's family in the zone and charge type.
    family: Vec<Offer>,
    /// CVM instance IDs of attached nodes (no monitoring).
    attached: BTreeSet<String>,
}

/// One instance.
#[derive(Debug)]
struct Instance {
    index: u64,
    state: String,
    cvm: Option<String>,
    running: Option<String>,
    ended: Option<String>,
    run_seconds: i64,
    sampled: bool,
    period: Option<i64>,
    series: [Stats; 2],
    note: Option<String>,
}

/// One task's figures.
struct Task {
    name: String,
    machine: Machine,
    instances: Vec<Instance>,
    total: u64,
    notes: Vec<String>,
}

impl Task {
    fn ran(&self) -> impl Iterator<Item = &Instance> {
        self.instances.iter().filter(|i| i.running.is_some())
    }

    fn run_seconds(&self) -> i64 {
        self.ran().map(|i| i.run_seconds).sum()
    }

    fn sampled(&self) -> impl Iterator<Item = &Instance> {
        self.instances
            .iter()
            .filter(|i| i.sampled && i.series[0].points + i.series[1].points > 0)
    }

    fn stats(&self, metric: usize) -> Stats {
        let mut all = Stats::default();
        for i in self.sampled() {
            all.merge(&i.series[metric]);
        }
        all
    }

    fn price(&self) -> Option<f64> {
        self.machine.offer.as_ref().map(|o| o.price)
    }

    fn cost(&self, seconds: i64) -> Option<f64> {
        self.price().map(|p| seconds as f64 * p / 3600.0)
    }

    /// The share of its cores the task kept busy: each sampled instance's mean CPU
    /// weighted by its run time.
    fn cpu_share(&self) -> Option<f64> {
        let (mut used, mut time) = (0.0, 0.0);
        for i in self.sampled() {
            if let Some(mean) = i.series[0].mean() {
                let t = i.run_seconds.max(1) as f64;
                used += mean / 100.0 * t;
                time += t;
            }
        }
        (time > 0.0).then(|| used / time)
    }

    /// The cheapest smaller type of the same family, zone and charge type that would have
    /// held the sample's peaks with [`HEADROOM`].
    fn hint(&self) -> Option<&Offer> {
        let current = self.machine.offer.as_ref()?;
        let cpu = self.stats(0).peak()? / 100.0 * f64::from(current.cpu);
        let mem = self.stats(1).peak()? / 100.0 * f64::from(current.memory);
        self.machine
            .family
            .iter()
            .filter(|o| {
                o.selling
                    && o.price < current.price
                    && o.cpu <= current.cpu
                    && o.memory <= current.memory
                    && f64::from(o.cpu) * HEADROOM >= cpu
                    && f64::from(o.memory) * HEADROOM >= mem
            })
            .min_by(|a, b| {
                a.price
                    .total_cmp(&b.price)
                    .then(a.cpu.cmp(&b.cpu))
                    .then(a.name.cmp(&b.name))
            })
    }
}

pub fn run(config: &Config, args: &UsageArgs) -> Result<(), Error> {
    let session = crate::commands::Session::open(config)?;
    let client = &session.client;
    if config.dry_run {
        return super::dry_run(
            client,
            ActionId::DescribeJob,
            &json!({"JobId": args.job}),
            true,
        );
    }
    let opts = super::options(config);
    let job = super::describe_job(client, &args.job).inspect_err(|e| {
        if matches!(e, Error::Service { code, .. } if code == "ResourceNotFound.Job") {
            client.notes().note(
                "a deleted job's usage cannot be read: the service keeps monitoring data only until the job is deleted",
            );
        }
    })?;
    let zone = super::text(&job, "Zone");
    let names: Vec<String> = if args.task.is_empty() {
        super::task_names(&job)
    } else {
        let mut seen = BTreeSet::new();
        args.task
            .iter()
            .filter(|t| seen.insert(t.to_string()))
            .cloned()
            .collect()
    };
    let submitted = super::call_value(
        client,
        ActionId::DescribeJobSubmitInfo,
        &json!({"JobId": args.job}),
    )?;
    let mut catalogue = Catalogue::default();
    let mut envs: BTreeMap<String, EnvInfo> = BTreeMap::new();
    let mut tasks = Vec::new();
    for name in &names {
        let mut notes = Vec::new();
        let (instances, total) = read_instances(client, &args.job, name, opts.now, &mut notes)?;
        let spec = submitted
            .get("Tasks")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .find(|t| t.get("TaskName").and_then(Value::as_str) == Some(name));
        let machine = machine_of(client, &zone, spec, &mut catalogue, &mut envs, &mut notes);
        tasks.push(Task {
            name: name.clone(),
            machine,
            instances,
            total,
            notes,
        });
    }
    let sample = args
        .sample
        .unwrap_or(if args.instances {
            MAX_SAMPLE
        } else {
            DEFAULT_SAMPLE
        })
        .min(MAX_SAMPLE);
    let mut job_notes = Vec::new();
    read_series(
        client,
        config.quiet,
        &args.job,
        &mut tasks,
        sample,
        &mut job_notes,
    )?;
    let doc = document(&job, &zone, &tasks, args.instances, &job_notes);
    for note in doc["Notes"].as_array().into_iter().flatten() {
        client.notes().note(note.as_str().unwrap_or(""));
    }
    for task in doc["Tasks"].as_array().into_iter().flatten() {
        for note in task["Notes"].as_array().into_iter().flatten() {
            client.notes().note(&format!(
                "{}: {}",
                printable(task["TaskName"].as_str().unwrap_or("")),
                note.as_str().unwrap_or("")
            ));
        }
    }
    let mut out = std::io::stdout().lock();
    if super::write_document(&doc, &opts, &mut out)? {
        return Ok(());
    }
    if matches!(opts.format, Format::Jsonl) {
        writeln!(out, "{doc}")?;
        return Ok(());
    }
    if matches!(opts.format, Format::Csv) {
        // Task names and types from the service: escaped on a terminal.
        use crate::output::terminal::{Mode, Screen};
        let mut out = Screen::new(out, opts.terminal.then_some(Mode::Text));
        return write_csv(&doc, opts.headers, &mut out);
    }
    write_text(&doc, &tasks, args.instances, &opts, &mut out)?;
    out.flush()?;
    Ok(())
}

/// Every instance of `task` (at most [`MAX_INSTANCES`]) with its times, and the task's
/// instance count.
fn read_instances(
    client: &Client,
    job: &str,
    task: &str,
    now: DateTime<Utc>,
    notes: &mut Vec<String>,
) -> Result<(Vec<Instance>, u64), Error> {
    let mut instances = Vec::new();
    let mut total = 0;
    let left_out = super::tasks::pages(client, job, task, None, Some(MAX_INSTANCES), |answer| {
        total = answer
            .get("TaskInstanceTotalCount")
            .and_then(Value::as_u64)
            .unwrap_or(total);
        for item in answer
            .get(lists::TASK_INSTANCE_SET)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let time = |member: &str| {
                item.get(member)
                    .and_then(Value::as_str)
                    .filter(|t| !t.is_empty())
                    .map(str::to_string)
            };
            let running = time("RunningTime");
            let ended = time("EndTime");
            let parse = |t: &Option<String>| {
                t.as_deref()
                    .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
                    .map(|t| t.with_timezone(&Utc))
            };
            let run_seconds = match parse(&running) {
                Some(from) => (parse(&ended).unwrap_or(now) - from).num_seconds().max(0),
                None => 0,
            };
            instances.push(Instance {
                index: item
                    .get("TaskInstanceIndex")
                    .and_then(Value::as_u64)
                    .unwrap_or(0),
                state: super::text(item, "TaskInstanceState"),
                cvm: time("ComputeNodeInstanceId"),
                running,
                ended,
                run_seconds,
                sampled: false,
                period: None,
                series: [Stats::default(); 2],
                note: None,
            });
        }
        Ok(())
    })?;
    total = total.max(instances.len() as u64);
    if let Some((read, of)) = left_out {
        notes.push(format!(
            "the first {read} of {of} instances are counted (at most {MAX_INSTANCES} a task)"
        ));
    }
    let waiting = instances.iter().filter(|i| i.running.is_none()).count();
    if waiting > 0 {
        notes.push(format!(
            "{waiting} of {} instances have not run: no run time, cost or series",
            instances.len()
        ));
    }
    Ok((instances, total))
}

/// The offers read so far, by (charge type, family).
#[derive(Default)]
struct Catalogue(BTreeMap<(String, String), Result<Vec<Offer>, String>>);

impl Catalogue {
    fn family(
        &mut self,
        client: &Client,
        zone: &str,
        charge: &str,
        family: &str,
    ) -> &Result<Vec<Offer>, String> {
        self.0
            .entry((charge.to_string(), family.to_string()))
            .or_insert_with(|| {
                let answer = estimate::offers(client, zone, charge, ("instance-family", family))
                    .map_err(|e| e.first_line())?;
                Ok(answer
                    .get(lists::INSTANCE_TYPE_QUOTA_SET)
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(|q| {
                        Some(Offer {
                            name: q.get("InstanceType")?.as_str()?.to_string(),
                            cpu: u32::try_from(q.get("Cpu")?.as_u64()?).ok()?,
                            memory: u32::try_from(q.get("Memory")?.as_u64()?).ok()?,
                            price: estimate::price_of(q)?,
                            selling: q.get("Status").and_then(Value::as_str) != Some("SOLD_OUT"),
                        })
                    })
                    .collect())
            })
    }
}

/// What an environment says of its machines.
#[derive(Debug, Clone, Default)]
struct EnvInfo {
    instance_type: Option<String>,
    charge: Option<String>,
    attached: BTreeSet<String>,
    error: Option<String>,
}

/// The instance type and charge type of `EnvData` (`InstanceType`, else the first of
/// `InstanceTypes`; `InstanceChargeType`).
fn env_data_type(data: Option<&Value>) -> (Option<String>, Option<String>) {
    let Some(data) = data else {
        return (None, None);
    };
    let named = data
        .get("InstanceType")
        .and_then(Value::as_str)
        .or_else(|| {
            data.get("InstanceTypes")
                .and_then(Value::as_array)
                .and_then(|t| t.first())
                .and_then(Value::as_str)
        })
        .map(str::to_string);
    let charge = data
        .get("InstanceChargeType")
        .and_then(Value::as_str)
        .map(str::to_string);
    (named, charge)
}

fn read_env(client: &Client, env: &str) -> EnvInfo {
    let mut info = EnvInfo::default();
    match super::call_value(
        client,
        ActionId::DescribeComputeEnvCreateInfo,
        &json!({"EnvId": env}),
    ) {
        Ok(answer) => {
            (info.instance_type, info.charge) = env_data_type(answer.get("EnvData"));
        }
        Err(e) => info.error = Some(e.first_line()),
    }
    if let Ok(answer) =
        super::call_value(client, ActionId::DescribeComputeEnv, &json!({"EnvId": env}))
    {
        for node in answer
            .get("ComputeNodeSet")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if info.instance_type.is_none() {
                info.instance_type = node
                    .get("InstanceType")
                    .and_then(Value::as_str)
                    .map(str::to_string);
            }
            if node.get("ResourceOrigin").and_then(Value::as_str) == Some("USER_ATTACHED")
                && let Some(id) = node.get("ComputeNodeInstanceId").and_then(Value::as_str)
            {
                info.attached.insert(id.to_string());
            }
        }
    }
    info
}

/// The machine of a task, from its submitted `ComputeEnv` or the environment it names.
fn machine_of(
    client: &Client,
    zone: &str,
    spec: Option<&Value>,
    catalogue: &mut Catalogue,
    envs: &mut BTreeMap<String, EnvInfo>,
    notes: &mut Vec<String>,
) -> Machine {
    let mut machine = Machine {
        charge: DEFAULT_CHARGE.to_string(),
        ..Machine::default()
    };
    let env_id = spec.and_then(|s| s.get("EnvId")).and_then(Value::as_str);
    if let Some(env) = env_id {
        let info = envs
            .entry(env.to_string())
            .or_insert_with(|| read_env(client, env))
            .clone();
        if let Some(e) = info.error {
            notes.push(format!(
                "its environment {} cannot be read ({e})",
                printable(env)
            ));
        }
        machine.instance_type = info.instance_type;
        machine.charge = info.charge.unwrap_or(machine.charge);
        machine.attached = info.attached;
        machine.source = env.to_string();
    } else {
        let (named, charge) = env_data_type(spec.and_then(|s| s.pointer("/ComputeEnv/EnvData")));
        machine.instance_type = named;
        machine.charge = charge.unwrap_or(machine.charge);
        machine.source = "ComputeEnv".to_string();
    }
    let Some(instance_type) = machine.instance_type.clone() else {
        notes.push("its instance type is not known: no cores, memory or cost".to_string());
        return machine;
    };
    let family = instance_type.split('.').next().unwrap_or("").to_string();
    match catalogue.family(client, zone, &machine.charge, &family) {
        Ok(offers) => {
            machine.offer = offers.iter().find(|o| o.name == instance_type).cloned();
            machine.family = offers.clone();
            if machine.offer.is_none() {
                notes.push(format!(
                    "the catalogue of {} has no {} price for {}: no cost",
                    printable(zone),
                    printable(&machine.charge),
                    printable(&instance_type)
                ));
            }
        }
        Err(e) => notes.push(format!("no price: the catalogue cannot be read ({e})")),
    }
    machine
}

/// `k` positions evenly spread over `0..n` (all of them when `k >= n`).
fn spread(n: usize, k: usize) -> Vec<usize> {
    if k >= n {
        return (0..n).collect();
    }
    (0..k).map(|i| i * n / k + n / (2 * k)).collect()
}

/// Reads the CpuUsage and MemUsage series of a sample of each task's instances that ran.
fn read_series(
    client: &Client,
    quiet: bool,
    job: &str,
    tasks: &mut [Task],
    sample: u64,
    job_notes: &mut Vec<String>,
) -> Result<(), Error> {
    use std::io::IsTerminal;
    let show = !quiet && std::io::stderr().is_terminal();
    if show {
        // Ctrl-C must not leave the progress line behind.
        let _ = ctrlc::set_handler(|| {
            crate::output::progress::clear_stale_line();
            eprintln!("batchctl: error: interrupted");
            std::process::exit(130);
        });
    }
    // The instances to read, per task: among those that ran on nodes the service made.
    let mut picks: Vec<Vec<usize>> = Vec::new();
    for task in tasks.iter_mut() {
        let mut monitored = Vec::new();
        let mut attached = 0;
        for (k, i) in task.instances.iter_mut().enumerate() {
            if i.running.is_none() {
                continue;
            }
            if i.cvm
                .as_ref()
                .is_some_and(|c| task.machine.attached.contains(c))
            {
                i.note = Some("on an attached node: the service keeps no monitoring".into());
                attached += 1;
            } else {
                monitored.push(k);
            }
        }
        if attached > 0 {
            task.notes.push(format!(
                "{attached} instances ran on attached nodes, which the service does not monitor: no CPU or memory for them"
            ));
        }
        let chosen: Vec<usize> = spread(monitored.len(), sample as usize)
            .into_iter()
            .map(|p| monitored[p])
            .collect();
        if chosen.len() < monitored.len() {
            task.notes.push(format!(
                "CPU and memory are from a sample of {} of {} instances (--sample, at most {MAX_SAMPLE}; at DescribeJobMonitorData's 2 requests a second an instance takes a second)",
                chosen.len(),
                monitored.len()
            ));
        }
        picks.push(chosen);
    }
    let count: usize = picks.iter().map(Vec::len).sum();
    let mut done = 0;
    let mut deleted = false;
    'tasks: for (task, chosen) in tasks.iter_mut().zip(&picks) {
        for &k in chosen {
            if show {
                crate::output::progress::draw_status_line(&format!(
                    "batchctl: reading CPU and memory: {done} of {count} instances"
                ));
            }
            done += 1;
            let instance = &mut task.instances[k];
            instance.sampled = true;
            for (m, metric) in METRICS.iter().enumerate() {
                let mut body = json!({
                    "JobId": job,
                    "TaskName": task.name,
                    "TaskInstanceIndex": instance.index,
                    "MetricName": metric,
                });
                if let Some(from) = &instance.running {
                    body["StartTime"] = json!(from);
                }
                if let Some(to) = &instance.ended {
                    body["EndTime"] = json!(to);
                }
                match super::call_value(client, ActionId::DescribeJobMonitorData, &body) {
                    Ok(answer) => {
                        instance.period = answer.get("Period").and_then(Value::as_i64);
                        let values = answer
                            .pointer("/DataPoints/Values")
                            .and_then(Value::as_array);
                        for v in values.into_iter().flatten() {
                            if let Some(v) = v.as_f64() {
                                instance.series[m].add(v);
                            }
                        }
                        if instance.series[m].points == 0 && instance.note.is_none() {
                            instance.note = Some(format!(
                                "no {metric} points (instances on nodes the service did not create have no monitoring)"
                            ));
                        }
                    }
                    Err(Error::Service { code, .. }) if code == "ResourceNotFound.Job" => {
                        deleted = true;
                        instance.sampled = false;
                        break 'tasks;
                    }
                    Err(Error::Service { code, message, .. }) => {
                        let why = if is_not_found_code(&code) {
                            format!("no series: {code}")
                        } else {
                            format!("no series: {code}: {}", printable(&message))
                        };
                        instance.note = Some(why);
                        break;
                    }
                    Err(e) => {
                        crate::output::progress::clear_stale_line();
                        return Err(e);
                    }
                }
            }
        }
    }
    if show {
        crate::output::progress::clear_stale_line();
    }
    if deleted {
        job_notes.push(
            "the job was deleted while its usage was read: the service keeps monitoring data only until then; the run times and costs stand, CPU and memory are those read before".to_string(),
        );
    }
    let unmonitored: usize = tasks
        .iter()
        .flat_map(|t| t.instances.iter())
        .filter(|i| i.sampled && i.series[0].points + i.series[1].points == 0)
        .count();
    if unmonitored > 0 {
        job_notes.push(format!(
            "{unmonitored} sampled instances have no series (no monitoring for them): their CPU and memory are left out"
        ));
    }
    Ok(())
}

/// The whole result: the figures with their inputs.
fn document(job: &Value, zone: &str, tasks: &[Task], every: bool, job_notes: &[String]) -> Value {
    let mut task_docs = Vec::new();
    let (mut alloc_core_s, mut used_core_s, mut cost, mut run_s) = (0.0, 0.0, 0.0, 0i64);
    let mut costed = true;
    let mut mem_peak: Option<(f64, f64, u32, &str)> = None;
    for t in tasks {
        let offer = t.machine.offer.as_ref();
        let seconds = t.run_seconds();
        run_s += seconds;
        match t.cost(seconds) {
            Some(c) => cost += c,
            None if seconds > 0 => costed = false,
            None => {}
        }
        if let (Some(o), Some(share)) = (offer, t.cpu_share()) {
            let alloc = seconds as f64 * f64::from(o.cpu);
            alloc_core_s += alloc;
            used_core_s += alloc * share;
        }
        if let (Some(o), Some(peak)) = (offer, t.stats(1).peak())
            && mem_peak.is_none_or(|(p, ..)| peak > p)
        {
            mem_peak = Some((peak, peak / 100.0 * f64::from(o.memory), o.memory, &t.name));
        }
        let hint = t.hint().zip(t.price()).map(|(h, price)| {
            let saving = price - h.price;
            json!({
                "InstanceType": h.name,
                "Cpu": h.cpu,
                "Memory": h.memory,
                "UnitPrice": h.price,
                "SavingPerHour": round(saving, 4),
                "Saving": round(saving * seconds as f64 / 3600.0, 6),
            })
        });
        let rows: Vec<Value> = t
            .instances
            .iter()
            .filter(|i| every || i.sampled)
            .map(|i| {
                let series = |m: usize| {
                    if i.sampled && i.series[m].points > 0 {
                        i.series[m].json()
                    } else {
                        Value::Null
                    }
                };
                json!({
                    "TaskInstanceIndex": i.index,
                    "TaskInstanceState": i.state,
                    "ComputeNodeInstanceId": i.cvm,
                    "RunningTime": i.running,
                    "EndTime": i.ended,
                    "RunSeconds": i.run_seconds,
                    "Cost": t.cost(i.run_seconds).filter(|_| i.running.is_some()).map(|c| round(c, 6)),
                    "Sampled": i.sampled,
                    "Period": i.period,
                    "CpuUsage": series(0),
                    "MemUsage": series(1),
                    "Note": i.note,
                })
            })
            .collect();
        task_docs.push(json!({
            "TaskName": t.name,
            "InstanceType": t.machine.instance_type,
            "InstanceTypeFrom": t.machine.source,
            "Cpu": offer.map(|o| o.cpu),
            "Memory": offer.map(|o| o.memory),
            "Zone": zone,
            "InstanceChargeType": t.machine.charge,
            "UnitPrice": t.price(),
            "PriceFrom": "DescribeCvmZoneInstanceConfigInfos",
            "Instances": t.total,
            "Ran": t.ran().count(),
            "Sampled": t.sampled().count(),
            "RunSeconds": seconds,
            "Cost": t.cost(seconds).map(|c| round(c, 6)),
            "CpuUsage": t.stats(0).json(),
            "MemUsage": t.stats(1).json(),
            "CpuEfficiency": t.cpu_share().map(|s| round(100.0 * s, 2)),
            "Hint": hint,
            "InstanceSet": rows,
            "Notes": t.notes,
        }));
    }
    let efficiency = (alloc_core_s > 0.0).then(|| round(100.0 * used_core_s / alloc_core_s, 2));
    json!({
        "JobId": super::text(job, "JobId"),
        "JobName": super::text(job, "JobName"),
        "JobState": super::text(job, "JobState"),
        "Zone": zone,
        "Tasks": task_docs,
        "Summary": {
            "RunSeconds": run_s,
            "CoreSeconds": round(alloc_core_s, 1),
            "CoreSecondsUsed": round(used_core_s, 1),
            "CpuEfficiency": efficiency,
            "MemoryPeak": mem_peak.map(|(p, ..)| p),
            "MemoryPeakGb": mem_peak.map(|(_, gb, ..)| round(gb, 2)),
            "MemoryGb": mem_peak.map(|(_, _, total, _)| total),
            "MemoryPeakTask": mem_peak.map(|(.., task)| task),
            "Cost": costed.then(|| round(cost, 6)),
            "CostIs": "an estimate at list price",
        },
        "Notes": job_notes,
    })
}

/// The columns of `-o csv`: a row per task.
const CSV_COLUMNS: [&str; 16] = [
    "TaskName",
    "InstanceType",
    "Cpu",
    "Memory",
    "InstanceChargeType",
    "UnitPrice",
    "Instances",
    "Ran",
    "Sampled",
    "RunSeconds",
    "CpuMean",
    "CpuPeak",
    "MemMean",
    "MemPeak",
    "Cost",
    "Hint",
];

/// `-o csv`: a row per task, the figures as numbers (empty where unknown).
fn write_csv(doc: &Value, headers: bool, out: &mut dyn Write) -> Result<(), Error> {
    let mut csv = csv::Writer::from_writer(Vec::new());
    if headers {
        csv.write_record(CSV_COLUMNS)
            .map_err(std::io::Error::from)?;
    }
    for t in doc["Tasks"].as_array().into_iter().flatten() {
        let at = |path: &str| match t.pointer(path) {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) => s.clone(),
            Some(v) => v.to_string(),
        };
        let record = [
            at("/TaskName"),
            at("/InstanceType"),
            at("/Cpu"),
            at("/Memory"),
            at("/InstanceChargeType"),
            at("/UnitPrice"),
            at("/Instances"),
            at("/Ran"),
            at("/Sampled"),
            at("/RunSeconds"),
            at("/CpuUsage/Mean"),
            at("/CpuUsage/Peak"),
            at("/MemUsage/Mean"),
            at("/MemUsage/Peak"),
            at("/Cost"),
            at("/Hint/InstanceType"),
        ];
        csv.write_record(&record).map_err(std::io::Error::from)?;
    }
    let bytes = csv
        .into_inner()
        .map_err(|e| Error::Internal(format!("csv: {e}")))?;
    out.write_all(&bytes)?;
    out.flush()?;
    Ok(())
}

fn percent(v: &Value) -> String {
    v.as_f64().map_or("-".to_string(), |p| format!("{p:.1}%"))
}

fn money(v: &Value) -> String {
    v.as_f64().map_or("-".to_string(), |c| format!("{c:.4}"))
}

fn human(seconds: i64) -> String {
    crate::transport::duration::human(std::time::Duration::from_secs(seconds.max(0) as u64))
}

/// The table for people: a row per task (and per instance with `--instances`), the
/// hints, the summary.
fn write_text(
    doc: &Value,
    tasks: &[Task],
    every: bool,
    opts: &crate::output::OutputOptions,
    out: &mut dyn Write,
) -> Result<(), Error> {
    use crate::output::rows;
    writeln!(
        out,
        "{} ({}) in {}, {}; costs are estimates at list price",
        printable(doc["JobId"].as_str().unwrap_or("")),
        printable(doc["JobName"].as_str().unwrap_or("")),
        printable(doc["Zone"].as_str().unwrap_or("")),
        printable(doc["JobState"].as_str().unwrap_or("")),
    )?;
    let columns: Vec<String> = [
        "TASK", "TYPE", "CORES", "MEMORY", "CHARGE", "RAN", "SAMPLED", "RUN TIME", "CPU MEAN",
        "CPU PEAK", "MEM MEAN", "MEM PEAK", "COST",
    ]
    .map(String::from)
    .to_vec();
    let cell = |v: &Value| match v {
        Value::Null => "-".to_string(),
        Value::String(s) => printable(s),
        other => other.to_string(),
    };
    let docs = doc["Tasks"].as_array().cloned().unwrap_or_default();
    let mut table: Vec<Vec<String>> = Vec::new();
    for t in &docs {
        table.push(vec![
            cell(&t["TaskName"]),
            cell(&t["InstanceType"]),
            cell(&t["Cpu"]),
            t["Memory"]
                .as_u64()
                .map_or("-".into(), |m| format!("{m} GB")),
            cell(&t["InstanceChargeType"]),
            format!("{}/{}", t["Ran"], t["Instances"]),
            format!("{}/{}", t["Sampled"], t["Ran"]),
            if t["Ran"] == 0 {
                "-".to_string()
            } else {
                human(t["RunSeconds"].as_i64().unwrap_or(0))
            },
            percent(&t["CpuUsage"]["Mean"]),
            percent(&t["CpuUsage"]["Peak"]),
            percent(&t["MemUsage"]["Mean"]),
            percent(&t["MemUsage"]["Peak"]),
            money(&t["Cost"]),
        ]);
    }
    let header = opts.headers.then_some(&columns[..]);
    rows::write_table(
        rows::table_fitted(header, &table, &columns, false, opts.width),
        out,
    )?;
    if every {
        writeln!(out)?;
        let columns: Vec<String> = [
            "INSTANCE", "STATE", "RUN TIME", "CPU MEAN", "CPU PEAK", "MEM MEAN", "MEM PEAK",
            "COST", "NOTE",
        ]
        .map(String::from)
        .to_vec();
        let mut table = Vec::new();
        for (t, task) in docs.iter().zip(tasks) {
            for i in t["InstanceSet"].as_array().into_iter().flatten() {
                let note = match i["Note"].as_str() {
                    Some(n) => printable(n),
                    None if i["Sampled"] == false && i["RunningTime"].is_string() => {
                        "not sampled".to_string()
                    }
                    None => String::new(),
                };
                table.push(vec![
                    format!("{}/{}", printable(&task.name), i["TaskInstanceIndex"]),
                    cell(&i["TaskInstanceState"]),
                    if i["RunningTime"].is_string() {
                        human(i["RunSeconds"].as_i64().unwrap_or(0))
                    } else {
                        "-".to_string()
                    },
                    percent(&i["CpuUsage"]["Mean"]),
                    percent(&i["CpuUsage"]["Peak"]),
                    percent(&i["MemUsage"]["Mean"]),
                    percent(&i["MemUsage"]["Peak"]),
                    money(&i["Cost"]),
                    note,
                ]);
            }
        }
        let header = opts.headers.then_some(&columns[..]);
        rows::write_table(
            rows::table_fitted(header, &table, &columns, false, opts.width),
            out,
        )?;
    }
    for t in &docs {
        let h = &t["Hint"];
        if h.is_object() {
            writeln!(
                out,
                "hint: {}: {} ({}, {} GB) would have held the peaks with room to spare: {}/hour less, {} less for this job",
                cell(&t["TaskName"]),
                cell(&h["InstanceType"]),
                match h["Cpu"].as_u64() {
                    Some(1) => "1 core".to_string(),
                    n => format!("{} cores", n.unwrap_or(0)),
                },
                h["Memory"],
                money(&h["SavingPerHour"]),
                money(&h["Saving"]),
            )?;
        }
    }
    let s = &doc["Summary"];
    match s["CpuEfficiency"].as_f64() {
        Some(e) => writeln!(
            out,
            "CPU efficiency: {e:.1}% ({:.1} of {:.1} core-seconds)",
            s["CoreSecondsUsed"].as_f64().unwrap_or(0.0),
            s["CoreSeconds"].as_f64().unwrap_or(0.0),
        )?,
        None => writeln!(out, "CPU efficiency: - (no series read)")?,
    }
    match s["MemoryPeak"].as_f64() {
        Some(p) => writeln!(
            out,
            "Memory peak: {p:.1}% ({:.2} of {} GB, task {})",
            s["MemoryPeakGb"].as_f64().unwrap_or(0.0),
            s["MemoryGb"],
            cell(&s["MemoryPeakTask"]),
        )?,
        None => writeln!(out, "Memory peak: - (no series read)")?,
    }
    writeln!(
        out,
        "Cost: {} (estimate at list price, {} of run time)",
        money(&s["Cost"]),
        human(s["RunSeconds"].as_i64().unwrap_or(0)),
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sample_is_spread_evenly_and_never_repeats() {
        assert_eq!(spread(3, 5), [0, 1, 2]);
        assert_eq!(spread(10, 5), [1, 3, 5, 7, 9]);
        assert_eq!(spread(1000, 1), [500]);
        let s = spread(1000, 200);
        assert_eq!(s.len(), 200);
        assert!(s.windows(2).all(|w| w[0] < w[1]) && *s.last().unwrap() < 1000);
    }

    fn offer(name: &str, cpu: u32, memory: u32, price: f64, selling: bool) -> Offer {
        Offer {
            name: name.into(),
            cpu,
            memory,
            price,
            selling,
        }
    }

    /// A task on S5.MEDIUM4 whose one instance peaked at `cpu` % and `mem` %.
    fn task(cpu: f64, mem: f64) -> Task {
        let family = vec![
            offer("S5.SMALL1", 1, 1, 0.08, true),
            offer("S5.SMALL2", 1, 2, 0.10, true),
            offer("S5.MEDIUM2", 2, 2, 0.16, true),
            offer("S5.MEDIUM4", 2, 4, 0.20, true),
            offer("S5.LARGE8", 4, 8, 0.40, true),
        ];
        let mut series = [Stats::default(); 2];
        series[0].add(cpu);
        series[1].add(mem);
        Task {
            name: "t".into(),
            machine: Machine {
                offer: Some(family[3].clone()),
                family,
                ..Machine::default()
            },
            instances: vec![Instance {
                index: 0,
                state: "SUCCEED".into(),
                cvm: None,
                running: Some("2026-12-01T00:00:00Z".into()),
                ended: None,
                run_seconds: 60,
                sampled: true,
                period: Some(10),
                series,
                note: None,
            }],
            total: 1,
            notes: Vec::new(),
        }
    }

    #[test]
    fn the_hint_is_the_cheapest_smaller_type_that_holds_the_peaks_with_room() {
        let name = |t: &Task| t.hint().map(|o| o.name.clone());
        // 0.05 cores, 0.4 GB: the smallest will do.
        assert_eq!(name(&task(2.5, 10.0)).as_deref(), Some("S5.SMALL1"));
        // 1 GB in use is more than 80 % of 1 GB: two are needed.
        assert_eq!(name(&task(2.5, 25.0)).as_deref(), Some("S5.SMALL2"));
        // 0.9 of a core is more than 80 % of one core: two cores, 2 GB.
        assert_eq!(name(&task(45.0, 25.0)).as_deref(), Some("S5.MEDIUM2"));
        // Both cores busy, or 3.8 GB: nothing smaller.
        assert_eq!(name(&task(95.0, 10.0)), None);
        assert_eq!(name(&task(2.5, 95.0)), None);
        // A sold-out type is never named.
        let mut sold = task(2.5, 10.0);
        sold.machine.family[0].selling = false;
        assert_eq!(name(&sold).as_deref(), Some("S5.SMALL2"));
        // No series, no hint.
        let mut quiet = task(2.5, 10.0);
        quiet.instances[0].sampled = false;
        assert_eq!(name(&quiet), None);
    }

    #[test]
    fn stats_keep_count_mean_and_peak() {
        let mut a = Stats::default();
        assert_eq!(a.mean(), None);
        for v in [1.0, 3.0, f64::NAN, 2.0] {
            a.add(v);
        }
        assert_eq!((a.points, a.mean(), a.peak()), (3, Some(2.0), Some(3.0)));
        let mut b = Stats::default();
        b.add(10.0);
        a.merge(&b);
        assert_eq!((a.points, a.peak()), (4, Some(10.0)));
    }
}
