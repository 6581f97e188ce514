//! What `jobs usage` prints: the whole document (the figures with their inputs, for json,
//! yaml and `--query`), a row per task for `-o csv`, and the tables for people.

use std::io::Write;

use serde_json::{Value, json};

use super::Task;
use super::stats::round;
use crate::commands::jobs;
use crate::transport::error::{Error, printable};

/// The whole result: the figures with their inputs.
pub(super) fn document(
    job: &Value,
    zone: &str,
    tasks: &[Task],
    every: bool,
    job_notes: &[String],
) -> Value {
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
        "JobId": jobs::text(job, "JobId"),
        "JobName": jobs::text(job, "JobName"),
        "JobState": jobs::text(job, "JobState"),
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
pub(super) fn write_csv(doc: &Value, headers: bool, out: &mut dyn Write) -> Result<(), Error> {
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
    jobs::finish_csv(csv, out)
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
pub(super) fn write_text(
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
