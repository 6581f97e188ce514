//! `jobs usage JOB` against the emulator (jobs moved to their end on its clock with
//! `--advance` and `jobs submit --wait` on the client's virtual clock): a sleeping job
//! idles and gets a sizing hint, a busy one does not; the figures equal the series and
//! the catalogue's price read independently; `--instances` rows; json with its inputs; a
//! sample of a big array job, said so; DescribeJobMonitorData within its 2/s; and, on a
//! fake service, a job deleted while read and an instance on an attached node are notes,
//! exit 0.

use std::path::Path;

use crate::common::*;
use serde_json::{Value, json};

/// A job file of one task `main` of `n` instances of `command` on `instance_type`.
fn job_file(dir: &Path, command: &str, n: u32, instance_type: &str) -> std::path::PathBuf {
    let file = dir.join("job.yaml");
    std::fs::write(
        &file,
        format!(
            "Placement: {{Zone: ap-guangzhou-3}}\nJob:\n  JobName: usage\n  Tasks:\n    - TaskName: main\n      TaskInstanceNum: {n}\n      Application: {{DeliveryForm: LOCAL, Command: '{command}'}}\n      ComputeEnv:\n        EnvType: MANAGED\n        EnvData: {{InstanceType: {instance_type}, ImageId: img-m4q71qnq}}\n"
        ),
    )
    .unwrap();
    file
}

/// Submits the job and waits for its end; its ID.
fn finished(emu: &Emulator, command: &str, n: u32, instance_type: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = job_file(dir.path(), command, n, instance_type);
    let out = emu
        .cmd()
        .env(VIRTUAL_TIME, "1")
        .args([
            "--rate-limit",
            "0",
            "jobs",
            "submit",
            "--wait",
            "--interval",
            "1s",
            "-o",
            "json",
            "-f",
        ])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let doc: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    let id = doc["JobSet"][0]["JobId"]
        .as_str()
        .or_else(|| doc["JobId"].as_str())
        .unwrap_or_else(|| panic!("no JobId in {doc}"));
    id.to_string()
}

/// `batchctl ARGS` on the client's virtual clock, unpaced.
fn run(emu: &Emulator, args: &[&str]) -> std::process::Output {
    emu.cmd()
        .env(VIRTUAL_TIME, "1")
        .args(["--rate-limit", "0"])
        .args(args)
        .output()
        .unwrap()
}

fn usage_json(emu: &Emulator, job: &str, extra: &[&str]) -> Value {
    let out = run(
        emu,
        &[&["jobs", "usage", job, "-o", "json"], extra].concat(),
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    serde_json::from_str(&stdout_of(&out)).unwrap()
}

fn api_json(emu: &Emulator, args: &[&str]) -> Value {
    let out = run(emu, &[&["api"], args, &["-o", "json"]].concat());
    assert!(out.status.success(), "{}", stderr_of(&out));
    serde_json::from_str(&stdout_of(&out)).unwrap()
}

/// The catalogue's hourly list price of `instance_type` in ap-guangzhou-3, pay by the
/// hour, read with `batchctl api`.
fn list_price(emu: &Emulator, instance_type: &str) -> f64 {
    let filters = json!([
        {"Name": "zone", "Values": ["ap-guangzhou-3"]},
        {"Name": "instance-type", "Values": [instance_type]},
        {"Name": "instance-charge-type", "Values": ["POSTPAID_BY_HOUR"]},
    ]);
    let offers = api_json(
        emu,
        &[
            "DescribeCvmZoneInstanceConfigInfos",
            "--Filters",
            &filters.to_string(),
        ],
    );
    offers["InstanceTypeQuotaSet"][0]["Price"]["UnitPrice"]
        .as_f64()
        .unwrap_or_else(|| panic!("no price of {instance_type}: {offers}"))
}

/// The mean and peak of one instance's series, read with `batchctl api`.
fn series(emu: &Emulator, job: &str, index: u64, metric: &str) -> (f64, f64, u64) {
    let doc = api_json(
        emu,
        &[
            "DescribeJobMonitorData",
            "--JobId",
            job,
            "--TaskName",
            "main",
            "--TaskInstanceIndex",
            &index.to_string(),
            "--MetricName",
            metric,
        ],
    );
    let values: Vec<f64> = doc["DataPoints"]["Values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_f64().unwrap())
        .collect();
    let mean = values.iter().sum::<f64>() / values.len() as f64;
    let peak = values.iter().copied().fold(f64::MIN, f64::max);
    (mean, peak, values.len() as u64)
}

#[test]
fn a_sleeping_job_idles_and_is_told_of_a_smaller_type() {
    let emu = Emulator::start(&["--advance"]);
    let job = finished(&emu, "sleep 600", 2, "S5.MEDIUM4");
    let doc = usage_json(&emu, &job, &[]);
    let task = &doc["Tasks"][0];
    assert_eq!(task["InstanceType"], "S5.MEDIUM4");
    assert_eq!(
        (task["Cpu"].as_u64(), task["Memory"].as_u64()),
        (Some(2), Some(4))
    );
    let cpu_peak = task["CpuUsage"]["Peak"].as_f64().unwrap();
    assert!(cpu_peak < 10.0, "{task}");
    // The figures are the mean and peak of the series the service gives.
    for (i, instance) in task["InstanceSet"].as_array().unwrap().iter().enumerate() {
        let index = instance["TaskInstanceIndex"].as_u64().unwrap();
        assert_eq!(index, i as u64);
        for metric in ["CpuUsage", "MemUsage"] {
            let (mean, peak, points) = series(&emu, &job, index, metric);
            let got = &instance[metric];
            assert_eq!(got["Points"].as_u64(), Some(points), "{metric} {got}");
            assert!(points > 10, "{metric} {got}");
            assert!(
                (got["Mean"].as_f64().unwrap() - mean).abs() < 0.01,
                "{got} {mean}"
            );
            assert_eq!(got["Peak"].as_f64(), Some(peak), "{metric}");
        }
    }
    // The hint names a real, smaller type of the zone's catalogue that holds the peaks.
    let hint = &task["Hint"];
    let name = hint["InstanceType"]
        .as_str()
        .unwrap_or_else(|| panic!("{task}"));
    assert!(name.starts_with("S5."), "{hint}");
    let price = list_price(&emu, "S5.MEDIUM4");
    let smaller = hint["UnitPrice"].as_f64().unwrap();
    assert!(smaller < price, "{hint}");
    assert!((hint["SavingPerHour"].as_f64().unwrap() - (price - smaller)).abs() < 1e-9);
    let mem_peak_gb = task["MemUsage"]["Peak"].as_f64().unwrap() / 100.0 * 4.0;
    assert!(
        hint["Memory"].as_f64().unwrap() * 0.8 >= mem_peak_gb,
        "{hint}"
    );
    assert!(hint["Cpu"].as_u64().unwrap() <= 2, "{hint}");

    let out = run(&emu, &["jobs", "usage", &job]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    assert!(text.contains(&format!("hint: main: {name}")), "{text}");
    assert!(text.contains("CPU efficiency: "), "{text}");
    assert!(text.contains("estimate"), "{text}");
}

#[test]
fn a_busy_job_shows_its_cpu_and_no_hint() {
    let emu = Emulator::start(&["--advance"]);
    // S5.MEDIUM2 is the smallest type of two cores: a busy thread fills at least 85 % of
    // one core, more than a one-core type holds with room to spare.
    let job = finished(&emu, "sleep 600; gzip -9 big.tar", 2, "S5.MEDIUM2");
    let doc = usage_json(&emu, &job, &[]);
    let task = &doc["Tasks"][0];
    // At least one thread on a core of two: near half the machine or more.
    assert!(task["CpuUsage"]["Mean"].as_f64().unwrap() > 40.0, "{task}");
    assert!(task["CpuUsage"]["Peak"].as_f64().unwrap() > 40.0, "{task}");
    assert!(task["Hint"].is_null(), "{task}");
    assert!(
        doc["Summary"]["CpuEfficiency"].as_f64().unwrap() > 40.0,
        "{doc}"
    );
    let out = run(&emu, &["jobs", "usage", &job]);
    assert!(!stdout_of(&out).contains("hint:"), "{}", stdout_of(&out));
}

#[test]
fn cost_is_run_seconds_times_the_catalogue_price_and_json_carries_its_inputs() {
    let emu = Emulator::start(&["--advance"]);
    let job = finished(&emu, "sleep 300", 2, "S5.LARGE8");
    let doc = usage_json(&emu, &job, &[]);
    let price = list_price(&emu, "S5.LARGE8");
    let tasks = api_json(
        &emu,
        &["DescribeTask", "--JobId", &job, "--TaskName", "main"],
    );
    let seconds: i64 = tasks["TaskInstanceSet"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            let at = |m: &str| {
                chrono::DateTime::parse_from_rfc3339(i[m].as_str().unwrap())
                    .unwrap()
                    .timestamp()
            };
            at("EndTime") - at("RunningTime")
        })
        .sum();
    assert!(seconds >= 600, "{tasks}");
    let task = &doc["Tasks"][0];
    assert_eq!(task["RunSeconds"].as_i64(), Some(seconds));
    let expected = seconds as f64 * price / 3600.0;
    assert!(
        (task["Cost"].as_f64().unwrap() - expected).abs() < 1e-6,
        "{task} {expected}"
    );
    assert!((doc["Summary"]["Cost"].as_f64().unwrap() - expected).abs() < 1e-6);
    // The inputs: zone, charge type, the price used, each series' period and points.
    assert_eq!(task["Zone"], "ap-guangzhou-3");
    assert_eq!(task["InstanceChargeType"], "POSTPAID_BY_HOUR");
    assert_eq!(task["UnitPrice"].as_f64(), Some(price));
    assert_eq!(task["PriceFrom"], "DescribeCvmZoneInstanceConfigInfos");
    let instance = &task["InstanceSet"][0];
    assert_eq!(instance["Period"], 10);
    assert!(instance["CpuUsage"]["Points"].as_u64().unwrap() > 0);
    assert_eq!(
        task["CpuUsage"]["Points"],
        json!(
            task["InstanceSet"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["CpuUsage"]["Points"].as_u64().unwrap())
                .sum::<u64>()
        )
    );
    assert_eq!(doc["Summary"]["CostIs"], "an estimate at list price");
    // --query works on the same document.
    let out = run(
        &emu,
        &["jobs", "usage", &job, "--query", ".Tasks[0].UnitPrice"],
    );
    assert_eq!(stdout_of(&out).trim().parse::<f64>().ok(), Some(price));
}

#[test]
fn instances_give_a_row_each() {
    let emu = Emulator::start(&["--advance"]);
    let job = finished(&emu, "sleep 60", 3, "S5.MEDIUM4");
    let out = run(&emu, &["jobs", "usage", &job, "--instances"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    let rows: Vec<&str> = text.lines().filter(|l| l.starts_with("main/")).collect();
    assert_eq!(rows.len(), 3, "{text}");
    for (i, row) in rows.iter().enumerate() {
        assert!(row.starts_with(&format!("main/{i} ")), "{text}");
        assert!(row.contains("SUCCEED") && row.contains('%'), "{text}");
    }
    let doc = usage_json(&emu, &job, &["--instances"]);
    assert_eq!(doc["Tasks"][0]["InstanceSet"].as_array().unwrap().len(), 3);
    // csv: a row per task, the figures as numbers.
    let csv = stdout_of(&run(&emu, &["jobs", "usage", &job, "-o", "csv"]));
    let lines: Vec<&str> = csv.lines().collect();
    assert!(
        lines[0].starts_with("TaskName,InstanceType,Cpu,Memory,"),
        "{csv}"
    );
    assert_eq!(lines.len(), 2, "{csv}");
    assert!(
        lines[1].starts_with("main,S5.MEDIUM4,2,4,POSTPAID_BY_HOUR,"),
        "{csv}"
    );
}

#[test]
fn a_big_array_job_is_sampled_and_says_so() {
    let emu = Emulator::start(&["--advance"]);
    let job = finished(&emu, "sleep 30", 40, "S5.MEDIUM4");
    let out = run(&emu, &["jobs", "usage", &job, "-o", "json"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let doc: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    let task = &doc["Tasks"][0];
    assert_eq!(
        (task["Ran"].as_u64(), task["Sampled"].as_u64()),
        (Some(40), Some(5))
    );
    assert!(
        stderr_of(&out).contains("from a sample of 5 of 40 instances"),
        "{}",
        stderr_of(&out)
    );
    // Evenly spread, not the first five.
    let picked: Vec<u64> = task["InstanceSet"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["TaskInstanceIndex"].as_u64().unwrap())
        .collect();
    assert_eq!(picked, [4, 12, 20, 28, 36]);
    let reads = emu
        .requests()
        .iter()
        .filter(|r| r["action"] == "DescribeJobMonitorData")
        .count();
    assert_eq!(reads, 10);
    // Cost counts every instance, not only the sample.
    assert_eq!(task["RunSeconds"].as_i64(), Some(40 * 30));
    let text = stdout_of(&run(&emu, &["jobs", "usage", &job, "--sample", "2"]));
    assert!(text.contains(" 2/40 "), "{text}");
}

#[test]
fn monitor_reads_stay_within_the_published_rate() {
    // The emulator refuses a third DescribeJobMonitorData within a second.
    let emu = Emulator::start(&["--advance", "--rate-limit", "published"]);
    let job = finished(&emu, "sleep 20", 3, "S5.MEDIUM4");
    let out = emu.cmd().args(["jobs", "usage", &job]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        !stderr_of(&out).contains("RequestLimitExceeded"),
        "{}",
        stderr_of(&out)
    );
    let monitor: Vec<Value> = emu
        .requests()
        .into_iter()
        .filter(|r| r["action"] == "DescribeJobMonitorData")
        .collect();
    assert_eq!(monitor.len(), 6);
    assert!(
        monitor
            .iter()
            .all(|r| r["outcome"] != "RequestLimitExceeded"),
        "{monitor:?}"
    );
}

#[test]
fn an_unknown_job_exits_3_and_says_deleted_jobs_keep_no_usage() {
    let emu = Emulator::start(&[]);
    let out = run(&emu, &["jobs", "usage", "job-00000000"]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    assert!(
        err.starts_with("batchctl: error: ResourceNotFound.Job"),
        "the error comes first: {err}"
    );
    assert!(
        err.contains("hint: if the job was deleted, its usage is gone with it"),
        "{err}"
    );
}

/// A fake service: one task of two instances on an environment with an attached node
/// (`ins-attached`, instance 1); DescribeJobMonitorData answers `monitor` for instance 0.
fn fake(monitor: fn(&Value) -> Answer) -> FakeServer {
    FakeServer::new()
        .answer(move |req, _| {
            let body = req.json();
            let r = |v: Value| Answer::Response(v);
            match req.action() {
                "DescribeJob" => r(json!({"JobId": "job-0000fake", "JobName": "fake",
                    "Zone": "ap-guangzhou-3", "JobState": "SUCCEED",
                    "TaskSet": [{"TaskName": "main", "TaskState": "SUCCEED"}],
                    "DependenceSet": [], "RequestId": "r1"})),
                "DescribeJobSubmitInfo" => r(json!({"JobId": "job-0000fake",
                    "Tasks": [{"TaskName": "main", "TaskInstanceNum": 2, "EnvId": "env-0000fake"}],
                    "RequestId": "r2"})),
                "DescribeComputeEnvCreateInfo" => r(json!({"EnvId": "env-0000fake",
                    "EnvData": {"InstanceType": "S5.MEDIUM4"}, "RequestId": "r3"})),
                "DescribeComputeEnv" => r(json!({"EnvId": "env-0000fake", "ComputeNodeSet": [
                    {"ComputeNodeId": "node-0000aaaa", "ComputeNodeInstanceId": "ins-made",
                     "ResourceOrigin": "BATCH_CREATED"},
                    {"ComputeNodeId": "node-0000bbbb", "ComputeNodeInstanceId": "ins-attached",
                     "ResourceOrigin": "USER_ATTACHED"}], "RequestId": "r4"})),
                "DescribeCvmZoneInstanceConfigInfos" => r(json!({"InstanceTypeQuotaSet": [
                    {"Zone": "ap-guangzhou-3", "InstanceType": "S5.MEDIUM4", "InstanceChargeType": "POSTPAID_BY_HOUR",
                     "Cpu": 2, "Memory": 4, "Status": "SELL", "Price": {"UnitPrice": 0.36, "ChargeUnit": "HOUR"}}],
                    "RequestId": "r5"})),
                "DescribeTask" => r(json!({"JobId": "job-0000fake", "TaskName": "main",
                    "TaskInstanceTotalCount": 2, "TaskInstanceSet": [
                    {"TaskInstanceIndex": 0, "TaskInstanceState": "SUCCEED", "ComputeNodeInstanceId": "ins-made",
                     "CreateTime": "2026-12-01T00:00:00Z", "RunningTime": "2026-12-01T00:00:00Z", "EndTime": "2026-12-01T00:10:00Z"},
                    {"TaskInstanceIndex": 1, "TaskInstanceState": "SUCCEED", "ComputeNodeInstanceId": "ins-attached",
                     "CreateTime": "2026-12-01T00:00:00Z", "RunningTime": "2026-12-01T00:00:00Z", "EndTime": "2026-12-01T00:20:00Z"}],
                    "RequestId": "r6"})),
                "DescribeJobMonitorData" => monitor(&body),
                other => panic!("unexpected {other}"),
            }
        })
        .start()
}

#[test]
fn an_attached_node_has_no_series_but_its_cost_is_told_with_a_note() {
    let server = fake(|_| {
        Answer::Response(json!({"Period": 60, "DataPoints": {
            "Timestamps": [1, 2], "Values": [10.0, 30.0]}, "RequestId": "m"}))
    });
    let out = run_unpaced(&server, &["jobs", "usage", "job-0000fake", "-o", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let doc: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    let task = &doc["Tasks"][0];
    assert_eq!(task["RunSeconds"], 1800);
    assert!(
        (task["Cost"].as_f64().unwrap() - 0.18).abs() < 1e-9,
        "{task}"
    );
    assert_eq!(task["CpuUsage"]["Mean"], 20.0);
    assert_eq!(task["Sampled"], 1);
    // Only the instance on the node the service made was asked for.
    let asked: Vec<Value> = sent_bodies(&server)
        .into_iter()
        .filter(|(a, _)| a == "DescribeJobMonitorData")
        .map(|(_, b)| b["TaskInstanceIndex"].clone())
        .collect();
    assert_eq!(asked, [json!(0), json!(0)]);
    assert!(
        stderr_of(&out).contains("attached nodes"),
        "{}",
        stderr_of(&out)
    );
    let out = run_unpaced(&server, &["jobs", "usage", "job-0000fake", "--instances"]);
    assert!(out.status.success());
    let text = stdout_of(&out);
    let row = text.lines().find(|l| l.starts_with("main/1 ")).unwrap();
    assert!(row.contains("attached node"), "{text}");
}

#[test]
fn a_job_deleted_while_read_keeps_its_times_and_costs_with_a_note() {
    let server = fake(|_| {
        Answer::Response(json!({"Error": {"Code": "ResourceNotFound.Job",
            "Message": "no such job"}, "RequestId": "m"}))
    });
    let out = run_unpaced(&server, &["jobs", "usage", "job-0000fake"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    assert!(text.contains("0.1800"), "{text}");
    assert!(text.contains("CPU efficiency: -"), "{text}");
    assert!(stderr_of(&out).contains("deleted"), "{}", stderr_of(&out));
}
