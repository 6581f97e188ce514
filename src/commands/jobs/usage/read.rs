//! The reads of `jobs usage` for each task: its instances with their times
//! (DescribeTask), then the CpuUsage and MemUsage series (DescribeJobMonitorData) of a
//! sample of those that ran, spread evenly.

use batch_api::{ActionId, lists};
use chrono::{DateTime, Utc};
use serde_json::{Value, json};

use super::{Instance, MAX_INSTANCES, MAX_SAMPLE, Stats, Task};
use crate::commands::jobs;
use crate::transport::client::Client;
use crate::transport::error::{Error, is_not_found_code, printable};

/// The series read, in order.
const METRICS: [&str; 2] = ["CpuUsage", "MemUsage"];

/// Every instance of `task` (at most [`MAX_INSTANCES`]) with its times, and the task's
/// instance count.
pub(super) fn instances(
    client: &Client,
    job: &str,
    task: &str,
    now: DateTime<Utc>,
    notes: &mut Vec<String>,
) -> Result<(Vec<Instance>, u64), Error> {
    let mut instances = Vec::new();
    let mut total = 0;
    let left_out = jobs::tasks::pages(client, job, task, None, Some(MAX_INSTANCES), |answer| {
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
                state: jobs::text(item, "TaskInstanceState"),
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

/// `k` positions evenly spread over `0..n` (all of them when `k >= n`).
fn spread(n: usize, k: usize) -> Vec<usize> {
    if k >= n {
        return (0..n).collect();
    }
    (0..k).map(|i| i * n / k + n / (2 * k)).collect()
}

/// Reads the CpuUsage and MemUsage series of a sample of each task's instances that ran.
pub(super) fn series(
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
                match jobs::call_value(client, ActionId::DescribeJobMonitorData, &body) {
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
}
