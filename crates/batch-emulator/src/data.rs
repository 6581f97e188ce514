//! The jobs the emulator serves: the built-in demo set, deterministic generated sets for
//! benchmarks, and JobViews loaded from a file.
//!
//! Demo set (42 jobs, stable across runs): the two JobViews of the API reference's
//! sample response, byte for byte in their (unusual) key order, plus 40 jobs, five in
//! each of the eight states and ten in each of the zones `ap-guangzhou-3`,
//! `ap-guangzhou-4`, `ap-shanghai-2` and `ap-beijing-5` (the two samples are in
//! `ap-guangzhou-4` too). They carry tags `env=prod|dev`, `team=…`, a CJK tag
//! `项目=报表`, an empty tag list or `"Tags": null`; CJK names (`数据清洗-每日任务`),
//! names with a comma, double quotes, a newline and one very long name; several names
//! used by two jobs; and one job (`job-y4krmt7j`, `extra-fields-demo`) with fields the
//! client does not know (`Placement.ProjectId`, `Placement.HostIds`, a top-level
//! `"Description": null` and a nested `ResourceSummary`) to test pass-through.
//! `EndTime` is `null` exactly for unfinished jobs and `TaskMetrics` fit the state.

use std::path::Path;

use serde_json::{Map, Value, json};

use crate::api::{self, TASK_COUNTERS};
use crate::error::Error;
use tc3 as signer;

/// The two JobViews of `describe-jobs-sample.json` (the API reference's sample), exactly
/// as the service returned them, key order included.
const SAMPLE_JOBS: &str = r#"[
    {
        "EndTime": null,
        "JobState": "STARTING",
        "Tags": [
            {
                "Key": "batch-test-tag-job-key",
                "Value": "batch-test-tag-job-value"
            }
        ],
        "TaskMetrics": {
            "PendingCount": 0,
            "FailedCount": 0,
            "StartingCount": 1,
            "SucceedCount": 0,
            "FailedInterruptedCount": 0,
            "SubmittedCount": 0,
            "RunnableCount": 0,
            "RunningCount": 0
        },
        "JobId": "job-3n2weaqt",
        "Priority": 1,
        "Placement": {
            "Zone": "ap-guangzhou-4"
        },
        "JobName": "hello-test-job",
        "CreateTime": "2020-09-22T07:14:54Z"
    },
    {
        "EndTime": "2020-09-21T08:59:45Z",
        "JobState": "FAILED",
        "Tags": [
            {
                "Key": "job-key1",
                "Value": "job-value1"
            },
            {
                "Key": "job-key",
                "Value": "job-value"
            }
        ],
        "TaskMetrics": {
            "PendingCount": 0,
            "FailedCount": 1,
            "StartingCount": 0,
            "SucceedCount": 0,
            "FailedInterruptedCount": 0,
            "SubmittedCount": 0,
            "RunnableCount": 0,
            "RunningCount": 0
        },
        "JobId": "job-7e7evk2x",
        "Priority": 1,
        "Placement": {
            "Zone": "ap-guangzhou-4"
        },
        "JobName": "hello-test-job",
        "CreateTime": "2020-09-21T08:57:01Z"
    }
]"#;

/// Tags of a demo job: a list, or `"Tags": null`.
#[derive(Clone, Copy)]
enum Tags<'a> {
    List(&'a [(&'a str, &'a str)]),
    Null,
}

/// One JobView, written in the service's key order.
struct Spec<'a> {
    id: &'a str,
    name: &'a str,
    state: &'a str,
    priority: u32,
    zone: &'a str,
    created: &'a str,
    ended: Option<&'a str>,
    /// In `TASK_COUNTERS` order: Submitted, Pending, Runnable, Starting, Running,
    /// Succeed, FailedInterrupted, Failed.
    metrics: [u64; 8],
    tags: Tags<'a>,
}

fn tag_list<'a>(tags: impl IntoIterator<Item = (&'a str, &'a str)>) -> Value {
    Value::Array(
        tags.into_iter()
            .map(|(k, v)| json!({"Key": k, "Value": v}))
            .collect(),
    )
}

impl Spec<'_> {
    fn to_value(&self) -> Value {
        let mut metrics = Map::new();
        for (name, count) in TASK_COUNTERS.iter().zip(self.metrics) {
            metrics.insert((*name).to_string(), Value::from(count));
        }
        let mut job = Map::new();
        job.insert("JobId".into(), Value::from(self.id));
        job.insert("JobName".into(), Value::from(self.name));
        job.insert("JobState".into(), Value::from(self.state));
        job.insert("Priority".into(), Value::from(self.priority));
        job.insert("Placement".into(), json!({ "Zone": self.zone }));
        job.insert("CreateTime".into(), Value::from(self.created));
        job.insert(
            "EndTime".into(),
            self.ended.map_or(Value::Null, Value::from),
        );
        job.insert("TaskMetrics".into(), Value::Object(metrics));
        let tags = match self.tags {
            Tags::List(list) => tag_list(list.iter().copied()),
            Tags::Null => Value::Null,
        };
        job.insert("Tags".into(), tags);
        Value::Object(job)
    }
}

const PROD_DATA: &[(&str, &str)] = &[("env", "prod"), ("team", "data")];
const PROD_ML: &[(&str, &str)] = &[("env", "prod"), ("team", "ml")];
const PROD_INFRA: &[(&str, &str)] = &[("env", "prod"), ("team", "infra")];
const PROD: &[(&str, &str)] = &[("env", "prod")];
const DEV: &[(&str, &str)] = &[("env", "dev")];
const DEV_ML: &[(&str, &str)] = &[("env", "dev"), ("team", "ml")];
const NONE: &[(&str, &str)] = &[];

#[rustfmt::skip]
const DEMO: &[Spec<'static>] = &[
    // SUBMITTED
    Spec { id: "job-ly9s7tox", name: "数据清洗-每日任务", state: "SUBMITTED", priority: 10, zone: "ap-guangzhou-3", created: "2024-06-10T09:58:12Z", ended: None, metrics: [4, 0, 0, 0, 0, 0, 0, 0], tags: Tags::List(PROD_DATA) },
    Spec { id: "job-lybd4qtt", name: "etl, nightly", state: "SUBMITTED", priority: 1, zone: "ap-shanghai-2", created: "2024-06-10T09:41:05Z", ended: None, metrics: [1, 0, 0, 0, 0, 0, 0, 0], tags: Tags::List(DEV) },
    Spec { id: "job-g8xudj2l", name: "render-frames-batch-07", state: "SUBMITTED", priority: 50, zone: "ap-beijing-5", created: "2024-06-10T09:30:47Z", ended: None, metrics: [12, 0, 0, 0, 0, 0, 0, 0], tags: Tags::List(NONE) },
    Spec { id: "job-39i4805h", name: "model-eval", state: "SUBMITTED", priority: 20, zone: "ap-guangzhou-4", created: "2024-06-10T09:12:33Z", ended: None, metrics: [2, 0, 0, 0, 0, 0, 0, 0], tags: Tags::List(&[("team", "ml")]) },
    Spec { id: "job-y048muf1", name: "backfill-2024-05", state: "SUBMITTED", priority: 5, zone: "ap-shanghai-2", created: "2024-06-10T08:59:59Z", ended: None, metrics: [3, 0, 0, 0, 0, 0, 0, 0], tags: Tags::List(PROD_DATA) },
    // PENDING
    Spec { id: "job-ovzd0sjs", name: "模型训练-ResNet50", state: "PENDING", priority: 80, zone: "ap-beijing-5", created: "2024-06-10T08:45:00Z", ended: None, metrics: [0, 8, 0, 0, 0, 0, 0, 0], tags: Tags::List(PROD_ML) },
    Spec { id: "job-pdv49rbh", name: "report \"Q2\" export", state: "PENDING", priority: 10, zone: "ap-guangzhou-3", created: "2024-06-10T08:20:18Z", ended: None, metrics: [0, 1, 0, 0, 0, 0, 0, 0], tags: Tags::List(&[("env", "dev"), ("team", "finance")]) },
    Spec { id: "job-mtf5u6ld", name: "genome-align-chr1", state: "PENDING", priority: 30, zone: "ap-guangzhou-4", created: "2024-06-10T07:55:41Z", ended: None, metrics: [0, 20, 0, 0, 0, 0, 0, 0], tags: Tags::List(&[("team", "bio")]) },
    Spec { id: "job-6vdiqi6t", name: "log-compaction", state: "PENDING", priority: 1, zone: "ap-shanghai-2", created: "2024-06-10T07:30:09Z", ended: None, metrics: [0, 1, 0, 0, 0, 0, 0, 0], tags: Tags::Null },
    Spec { id: "job-ljev9y0q", name: "video-transcode-720p", state: "PENDING", priority: 40, zone: "ap-beijing-5", created: "2024-06-10T07:02:56Z", ended: None, metrics: [0, 5, 0, 0, 0, 0, 0, 0], tags: Tags::List(DEV) },
    // RUNNABLE
    Spec { id: "job-52r3uuej", name: "日志归档", state: "RUNNABLE", priority: 15, zone: "ap-shanghai-2", created: "2024-06-10T06:48:27Z", ended: None, metrics: [0, 0, 2, 0, 0, 0, 0, 0], tags: Tags::List(PROD_INFRA) },
    Spec { id: "job-sx2w60tn", name: "multi-line\nname", state: "RUNNABLE", priority: 3, zone: "ap-guangzhou-3", created: "2024-06-10T06:30:00Z", ended: None, metrics: [0, 0, 1, 0, 0, 0, 0, 0], tags: Tags::List(DEV) },
    Spec { id: "job-9exqc0n3", name: "feature-store-refresh", state: "RUNNABLE", priority: 60, zone: "ap-beijing-5", created: "2024-06-10T06:11:45Z", ended: None, metrics: [0, 0, 6, 0, 0, 0, 0, 0], tags: Tags::List(&[("team", "ml")]) },
    Spec { id: "job-1cuy68t1", name: "index-rebuild", state: "RUNNABLE", priority: 25, zone: "ap-guangzhou-4", created: "2024-06-10T05:50:13Z", ended: None, metrics: [0, 0, 3, 0, 0, 0, 0, 0], tags: Tags::List(PROD) },
    Spec { id: "job-cff639fn", name: "thumbnail-gen", state: "RUNNABLE", priority: 2, zone: "ap-guangzhou-3", created: "2024-06-10T05:21:38Z", ended: None, metrics: [0, 0, 10, 0, 0, 0, 0, 0], tags: Tags::List(NONE) },
    // STARTING
    Spec { id: "job-1ob2zo47", name: "推荐系统-特征计算", state: "STARTING", priority: 70, zone: "ap-guangzhou-4", created: "2024-06-10T04:59:02Z", ended: None, metrics: [0, 0, 0, 4, 0, 0, 0, 0], tags: Tags::List(PROD_ML) },
    Spec { id: "job-lznqtze9", name: "db-snapshot-verify", state: "STARTING", priority: 35, zone: "ap-shanghai-2", created: "2024-06-10T04:33:50Z", ended: None, metrics: [0, 0, 0, 1, 0, 0, 0, 0], tags: Tags::List(&[("team", "infra")]) },
    Spec { id: "job-wgc9ogkh", name: "sim-monte-carlo, run 3", state: "STARTING", priority: 45, zone: "ap-beijing-5", created: "2024-06-10T04:10:21Z", ended: None, metrics: [0, 0, 6, 2, 0, 0, 0, 0], tags: Tags::List(&[("env", "dev"), ("team", "quant")]) },
    Spec { id: "job-o8pry05y", name: "ci-artifact-scan", state: "STARTING", priority: 8, zone: "ap-guangzhou-3", created: "2024-06-10T03:47:44Z", ended: None, metrics: [0, 0, 0, 1, 0, 0, 0, 0], tags: Tags::List(DEV) },
    Spec { id: "job-fhojzs8v", name: "a-very-long-job-name-for-testing-column-widths-and-truncation-in-table-output", state: "STARTING", priority: 12, zone: "ap-guangzhou-4", created: "2024-06-10T03:20:05Z", ended: None, metrics: [0, 0, 0, 3, 0, 0, 0, 0], tags: Tags::List(NONE) },
    // RUNNING
    Spec { id: "job-u6p872wt", name: "每日报表生成", state: "RUNNING", priority: 90, zone: "ap-beijing-5", created: "2024-06-10T02:58:31Z", ended: None, metrics: [0, 0, 0, 0, 3, 5, 0, 0], tags: Tags::List(&[("env", "prod"), ("team", "finance"), ("项目", "报表")]) },
    Spec { id: "job-tmko8fvm", name: "spark-aggregate", state: "RUNNING", priority: 55, zone: "ap-guangzhou-3", created: "2024-06-10T02:30:16Z", ended: None, metrics: [0, 0, 2, 0, 10, 40, 0, 0], tags: Tags::List(PROD_DATA) },
    Spec { id: "job-v43qsrlb", name: "hyperparam-sweep", state: "RUNNING", priority: 65, zone: "ap-shanghai-2", created: "2024-06-10T02:02:48Z", ended: None, metrics: [0, 0, 0, 0, 16, 8, 0, 1], tags: Tags::List(DEV_ML) },
    Spec { id: EXTRA_FIELDS_JOB, name: "extra-fields-demo", state: "RUNNING", priority: 50, zone: "ap-guangzhou-4", created: "2024-06-10T01:37:22Z", ended: None, metrics: [0, 0, 0, 0, 2, 1, 0, 0], tags: Tags::List(DEV) },
    Spec { id: "job-d4qtnfri", name: "crawler \"news\" shard-2", state: "RUNNING", priority: 20, zone: "ap-beijing-5", created: "2024-06-10T01:15:09Z", ended: None, metrics: [0, 0, 0, 0, 1, 0, 0, 0], tags: Tags::List(DEV) },
    // SUCCEED
    Spec { id: "job-m18yew0s", name: "数据清洗-每日任务", state: "SUCCEED", priority: 10, zone: "ap-guangzhou-3", created: "2024-06-09T09:58:10Z", ended: Some("2024-06-09T10:41:57Z"), metrics: [0, 0, 0, 0, 0, 4, 0, 0], tags: Tags::List(PROD_DATA) },
    Spec { id: "job-gqu1beno", name: "nightly-backup", state: "SUCCEED", priority: 30, zone: "ap-shanghai-2", created: "2024-06-09T02:00:00Z", ended: Some("2024-06-09T02:47:13Z"), metrics: [0, 0, 0, 0, 0, 1, 0, 0], tags: Tags::List(PROD_INFRA) },
    Spec { id: "job-z9mdzrv2", name: "model-eval", state: "SUCCEED", priority: 20, zone: "ap-guangzhou-4", created: "2024-06-09T01:12:30Z", ended: Some("2024-06-09T01:58:02Z"), metrics: [0, 0, 0, 0, 0, 2, 0, 0], tags: Tags::List(&[("team", "ml")]) },
    Spec { id: "job-3kubkp91", name: "unit-tests, full", state: "SUCCEED", priority: 5, zone: "ap-beijing-5", created: "2024-06-08T22:40:11Z", ended: Some("2024-06-08T23:05:59Z"), metrics: [0, 0, 0, 0, 0, 30, 0, 0], tags: Tags::List(DEV) },
    Spec { id: "job-h304qp1u", name: "onboarding-demo", state: "SUCCEED", priority: 1, zone: "ap-guangzhou-3", created: "2024-06-08T20:15:45Z", ended: Some("2024-06-08T20:16:30Z"), metrics: [0, 0, 0, 0, 0, 1, 0, 0], tags: Tags::List(NONE) },
    // FAILED
    Spec { id: "job-t3hacr5i", name: "模型训练-ResNet50", state: "FAILED", priority: 80, zone: "ap-beijing-5", created: "2024-06-08T18:30:00Z", ended: Some("2024-06-08T21:12:44Z"), metrics: [0, 0, 0, 0, 0, 7, 0, 1], tags: Tags::List(PROD_ML) },
    Spec { id: "job-s2u9gkbi", name: "etl, nightly", state: "FAILED", priority: 1, zone: "ap-shanghai-2", created: "2024-06-08T16:00:03Z", ended: Some("2024-06-08T16:09:27Z"), metrics: [0, 0, 0, 0, 0, 0, 0, 1], tags: Tags::List(DEV) },
    Spec { id: "job-u9cc5k9s", name: "gpu-burn-in", state: "FAILED", priority: 40, zone: "ap-guangzhou-4", created: "2024-06-08T14:22:19Z", ended: Some("2024-06-08T15:40:00Z"), metrics: [0, 0, 0, 0, 0, 6, 0, 2], tags: Tags::List(&[("team", "infra")]) },
    Spec { id: "job-3x7wx8ij", name: "import \"legacy\" data", state: "FAILED", priority: 15, zone: "ap-guangzhou-3", created: "2024-06-08T11:05:51Z", ended: Some("2024-06-08T11:06:20Z"), metrics: [0, 0, 0, 0, 0, 0, 0, 1], tags: Tags::List(PROD) },
    Spec { id: "job-vnly7qlo", name: "render-frames-batch-06", state: "FAILED", priority: 50, zone: "ap-beijing-5", created: "2024-06-08T08:47:36Z", ended: Some("2024-06-08T10:30:12Z"), metrics: [0, 0, 0, 0, 0, 9, 0, 3], tags: Tags::List(NONE) },
    // FAILED_INTERRUPTED
    Spec { id: "job-8auu87m4", name: "spot-instance-job", state: "FAILED_INTERRUPTED", priority: 25, zone: "ap-guangzhou-3", created: "2024-06-08T06:30:00Z", ended: Some("2024-06-08T07:02:18Z"), metrics: [0, 0, 0, 0, 0, 0, 1, 0], tags: Tags::List(DEV_ML) },
    Spec { id: "job-y9j3u5fx", name: "日志归档", state: "FAILED_INTERRUPTED", priority: 15, zone: "ap-shanghai-2", created: "2024-06-08T04:48:27Z", ended: Some("2024-06-08T05:20:02Z"), metrics: [0, 0, 0, 0, 0, 0, 1, 0], tags: Tags::List(PROD_INFRA) },
    Spec { id: "job-74enp8vt", name: "preemptible-train", state: "FAILED_INTERRUPTED", priority: 60, zone: "ap-guangzhou-4", created: "2024-06-08T03:10:44Z", ended: Some("2024-06-08T05:55:31Z"), metrics: [0, 0, 0, 0, 0, 2, 2, 0], tags: Tags::List(DEV) },
    Spec { id: "job-b0olp16y", name: "cost-report", state: "FAILED_INTERRUPTED", priority: 10, zone: "ap-guangzhou-4", created: "2024-06-08T01:00:00Z", ended: Some("2024-06-08T01:12:09Z"), metrics: [0, 0, 0, 0, 0, 0, 1, 0], tags: Tags::List(&[("team", "finance")]) },
    Spec { id: "job-yb5h94nw", name: "cleanup-tmp", state: "FAILED_INTERRUPTED", priority: 1, zone: "ap-shanghai-2", created: "2024-06-07T23:59:59Z", ended: Some("2024-06-08T00:00:41Z"), metrics: [0, 0, 0, 0, 0, 0, 1, 0], tags: Tags::List(NONE) },
];

/// The demo job that carries fields the client does not know.
pub const EXTRA_FIELDS_JOB: &str = "job-y4krmt7j";

/// The built-in demo set: 40 varied jobs, then the reference's two sample jobs.
pub fn demo_jobs() -> Vec<Value> {
    let mut jobs: Vec<Value> = DEMO.iter().map(Spec::to_value).collect();
    for job in &mut jobs {
        if api::job_id(job) == EXTRA_FIELDS_JOB {
            add_unknown_fields(job);
        }
    }
    // The constant is checked by a test; an empty list would only mean a bad edit.
    let samples: Vec<Value> = serde_json::from_str(SAMPLE_JOBS).unwrap_or_default();
    jobs.extend(samples);
    jobs
}

/// The demo set as the user meets it (`--emulator`, `emulator serve` without `--jobs`):
/// the varied jobs are moved in time so that the newest was created five minutes before
/// `now` (durations of running jobs then read as minutes and hours, not years); the two
/// sample jobs of the API reference stay exactly as published.
pub fn demo_jobs_as_of(now: i64) -> Vec<Value> {
    let mut jobs = demo_jobs();
    let sample_ids = ["job-3n2weaqt", "job-7e7evk2x"];
    let time = |job: &Value, key: &str| {
        job.get(key)
            .and_then(Value::as_str)
            .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
            .map(|t| t.timestamp())
    };
    let Some(newest) = jobs
        .iter()
        .filter(|j| !sample_ids.contains(&api::job_id(j)))
        .filter_map(|j| time(j, "CreateTime"))
        .max()
    else {
        return jobs;
    };
    let shift = now - 300 - newest;
    for job in jobs
        .iter_mut()
        .filter(|j| !sample_ids.contains(&api::job_id(j)))
    {
        for key in ["CreateTime", "EndTime"] {
            if let Some(t) = time(job, key) {
                job[key] = Value::from(iso8601(t + shift));
            }
        }
    }
    jobs
}

/// Fields a newer service might send: the client must pass them through untouched.
fn add_unknown_fields(job: &mut Value) {
    if let Some(placement) = job.get_mut("Placement").and_then(Value::as_object_mut) {
        placement.insert("ProjectId".into(), Value::from(0));
        placement.insert("HostIds".into(), Value::Array(Vec::new()));
    }
    if let Some(obj) = job.as_object_mut() {
        obj.insert("Description".into(), Value::Null);
        obj.insert(
            "ResourceSummary".into(),
            json!({"CpuCores": 8, "MemoryGiB": 30.5, "Gpus": [{"Type": "T4", "Count": 1}]}),
        );
    }
}

/// A 64-bit linear congruential generator (Knuth's MMIX constants): deterministic,
/// dependency-free, plenty for varied test data.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

const ID_ALPHABET: &[u8; 36] = b"abcdefghijklmnopqrstuvwxyz0123456789";
/// 36^8: the number of distinct job IDs.
const ID_SPACE: u128 = 2_821_109_907_456;
/// Coprime with 36^8 (odd, not a multiple of 3), so `i -> i * M + C mod 36^8` is a
/// bijection: generated IDs never collide.
const ID_MULTIPLIER: u128 = 2_654_435_761;
const ID_OFFSET: u128 = 1_234_567_890_123;

/// The `i`-th generated job ID.
fn generated_id(i: usize) -> String {
    let mut x = (i as u128 * ID_MULTIPLIER + ID_OFFSET) % ID_SPACE;
    let mut id = *b"job-00000000";
    for slot in id[4..].iter_mut().rev() {
        *slot = ID_ALPHABET[(x % 36) as usize];
        x /= 36;
    }
    String::from_utf8_lossy(&id).into_owned()
}

/// `YYYY-MM-DDTHH:MM:SSZ` for a Unix time.
pub(crate) fn iso8601(t: i64) -> String {
    let secs = t.rem_euclid(86_400);
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        signer::utc_date(t),
        secs / 3_600,
        secs % 3_600 / 60,
        secs % 60
    )
}

/// Newest generated job: 2024-06-01T00:00:00Z. Each next one is about a minute older.
const GENERATED_NEWEST: i64 = 1_717_200_000;

/// The most jobs `--generate` makes: each is a few KiB held in memory for the whole run,
/// and this is far more than any test of paging needs.
pub const MAX_GENERATED: usize = 100_000;

/// Refuses a `--generate` count above [`MAX_GENERATED`].
pub fn check_generate(n: usize) -> Result<usize, String> {
    if n > MAX_GENERATED {
        return Err(format!(
            "--generate {n} is more than the emulator holds: at most {MAX_GENERATED} jobs"
        ));
    }
    Ok(n)
}

/// `n` deterministic jobs, newest first, in the service's key order, with unique valid
/// IDs and varied states (mostly finished), zones, priorities, names and tags.
pub fn generate_jobs(n: usize) -> Vec<Value> {
    const STATES: [&str; 20] = [
        "SUCCEED",
        "SUCCEED",
        "SUCCEED",
        "SUCCEED",
        "SUCCEED",
        "SUCCEED",
        "SUCCEED",
        "SUCCEED",
        "FAILED",
        "FAILED",
        "FAILED_INTERRUPTED",
        "RUNNING",
        "RUNNING",
        "RUNNING",
        "STARTING",
        "RUNNABLE",
        "RUNNABLE",
        "PENDING",
        "PENDING",
        "SUBMITTED",
    ];
    const ZONES: [&str; 8] = [
        "ap-guangzhou-3",
        "ap-guangzhou-4",
        "ap-guangzhou-6",
        "ap-shanghai-2",
        "ap-shanghai-4",
        "ap-beijing-5",
        "ap-beijing-6",
        "ap-chengdu-1",
    ];
    const NAMES: [&str; 10] = [
        "etl-daily",
        "train-model",
        "render-frames",
        "backup-db",
        "index-rebuild",
        "report-gen",
        "数据清洗",
        "模型训练",
        "video-transcode",
        "genome-align",
    ];
    const ENVS: [&str; 3] = ["prod", "dev", "staging"];
    const TEAMS: [&str; 4] = ["data", "ml", "infra", "finance"];

    let mut rng = Lcg(0x5EED_BA7C_4C71);
    let mut jobs = Vec::with_capacity(n);
    for i in 0..n {
        let state = *rng.pick(&STATES);
        let zone = *rng.pick(&ZONES);
        let name = format!("{}-{i:06}", rng.pick(&NAMES));
        let priority = 1 + rng.below(100);
        let created = GENERATED_NEWEST - i as i64 * 61 - rng.below(50) as i64;
        let ended =
            api::is_terminal_state(state).then(|| iso8601(created + 30 + rng.below(7_200) as i64));
        let tasks = 1 + rng.below(20);
        let some = |rng: &mut Lcg| 1 + rng.below(tasks);
        // Submitted, Pending, Runnable, Starting, Running, Succeed, FailedInterrupted, Failed
        let metrics: [u64; 8] = match state {
            "SUBMITTED" => [tasks, 0, 0, 0, 0, 0, 0, 0],
            "PENDING" => [0, tasks, 0, 0, 0, 0, 0, 0],
            "RUNNABLE" => [0, 0, tasks, 0, 0, 0, 0, 0],
            "STARTING" => [0, 0, 0, tasks, 0, 0, 0, 0],
            "RUNNING" => {
                let running = some(&mut rng);
                [0, 0, 0, 0, running, tasks - running, 0, 0]
            }
            "FAILED" => {
                let failed = some(&mut rng);
                [0, 0, 0, 0, 0, tasks - failed, 0, failed]
            }
            "FAILED_INTERRUPTED" => {
                let interrupted = some(&mut rng);
                [0, 0, 0, 0, 0, tasks - interrupted, interrupted, 0]
            }
            _ => [0, 0, 0, 0, 0, tasks, 0, 0],
        };
        let tags = match rng.below(6) {
            0 => Vec::new(),
            1 => vec![("env", *rng.pick(&ENVS))],
            _ => vec![("env", *rng.pick(&ENVS)), ("team", *rng.pick(&TEAMS))],
        };
        let id = generated_id(i);
        let created = iso8601(created);
        jobs.push(
            Spec {
                id: &id,
                name: &name,
                state,
                priority: priority as u32,
                zone,
                created: &created,
                ended: ended.as_deref(),
                metrics,
                tags: Tags::List(&tags),
            }
            .to_value(),
        );
    }
    jobs
}

/// The most bytes `--jobs FILE` may hold.
pub const MAX_JOBS_FILE: u64 = 64 * 1024 * 1024;

/// The most bytes a `--state-file` may hold.
pub const MAX_STATE_FILE: u64 = 256 * 1024 * 1024;

/// The bytes of `path`, at most `max` of them: a larger file (or an endless one, such as
/// `/dev/zero`) is an `InvalidData` error saying so, after reading `max + 1` bytes.
pub fn read_at_most(path: &Path, max: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(max + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!(
                "larger than {} MiB, the most the emulator reads",
                max / (1024 * 1024)
            ),
        ));
    }
    Ok(bytes)
}

/// Loads the jobs to serve from `path`: a JSON array of JobViews, a DescribeJobs
/// response document (`{"Response": {"JobSet": [...]}}`) or its inner object. Each job
/// must be an object with a string `JobId`, and no ID may appear twice. Errors are usage
/// errors naming the file and the problem.
pub fn load_jobs(path: &Path) -> Result<Vec<Value>, Error> {
    let shown = path.display();
    let bad = |problem: String| Error::Usage(format!("cannot load jobs from {shown}: {problem}"));
    let bytes = read_at_most(path, MAX_JOBS_FILE).map_err(|e| bad(e.to_string()))?;
    let doc: Value =
        serde_json::from_slice(&bytes).map_err(|e| bad(format!("invalid JSON ({e})")))?;
    let not_jobs = || {
        bad(
            "expected a JSON array of JobViews or a DescribeJobs response document \
             ({\"Response\": {\"JobSet\": [...]}})"
                .to_string(),
        )
    };
    let jobs = match doc {
        Value::Array(jobs) => jobs,
        Value::Object(mut obj) => {
            let inner = match obj.remove("Response") {
                Some(Value::Object(response)) => response,
                Some(_) => return Err(not_jobs()),
                None => obj,
            };
            match inner.get("JobSet") {
                Some(Value::Array(jobs)) => jobs.clone(),
                _ => {
                    if let Some(Value::Object(error)) = inner.get("Error") {
                        let code = error.get("Code").and_then(Value::as_str).unwrap_or("?");
                        return Err(bad(format!(
                            "the document is an error response ({code}), not a list of jobs"
                        )));
                    }
                    return Err(not_jobs());
                }
            }
        }
        _ => return Err(not_jobs()),
    };
    let mut seen = std::collections::HashSet::new();
    for (i, job) in jobs.iter().enumerate() {
        if !job.is_object() {
            return Err(bad(format!("job #{} is not a JSON object", i + 1)));
        }
        let Some(id) = job.get("JobId").and_then(Value::as_str) else {
            return Err(bad(format!("job #{} has no string \"JobId\"", i + 1)));
        };
        if !seen.insert(id) {
            return Err(bad(format!("job ID {id} appears more than once")));
        }
    }
    Ok(jobs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, HashSet};

    fn ids(jobs: &[Value]) -> Vec<String> {
        jobs.iter().map(|j| api::job_id(j).to_string()).collect()
    }

    fn count_by(jobs: &[Value], f: impl Fn(&Value) -> String) -> BTreeMap<String, usize> {
        let mut counts = BTreeMap::new();
        for job in jobs {
            *counts.entry(f(job)).or_default() += 1;
        }
        counts
    }

    #[test]
    fn demo_set_has_the_two_reference_jobs_verbatim_in_their_key_order() {
        let jobs = demo_jobs();
        let sample = &jobs[jobs.len() - 2];
        let keys: Vec<&str> = sample
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            [
                "EndTime",
                "JobState",
                "Tags",
                "TaskMetrics",
                "JobId",
                "Priority",
                "Placement",
                "JobName",
                "CreateTime"
            ]
        );
        let metrics: Vec<&str> = sample["TaskMetrics"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(metrics[0], "PendingCount");
        assert_eq!(api::job_id(sample), "job-3n2weaqt");
        assert_eq!(api::job_id(&jobs[jobs.len() - 1]), "job-7e7evk2x");
        assert_eq!(jobs[jobs.len() - 1]["EndTime"], "2020-09-21T08:59:45Z");
    }

    #[test]
    fn demo_set_covers_every_state_and_four_zones_with_unique_valid_ids() {
        let jobs = demo_jobs();
        assert_eq!(jobs.len(), 42);
        let ids = ids(&jobs);
        assert!(ids.iter().all(|id| api::is_valid_job_id(id)), "{ids:?}");
        assert_eq!(ids.iter().collect::<HashSet<_>>().len(), ids.len());
        let states = count_by(&jobs[..40], |j| j["JobState"].as_str().unwrap().to_string());
        assert_eq!(states.len(), 8);
        assert!(states.values().all(|&n| n == 5), "{states:?}");
        let zones = count_by(&jobs[..40], |j| {
            j["Placement"]["Zone"].as_str().unwrap().to_string()
        });
        assert_eq!(
            zones.into_iter().collect::<Vec<_>>(),
            [
                ("ap-beijing-5".to_string(), 10),
                ("ap-guangzhou-3".to_string(), 10),
                ("ap-guangzhou-4".to_string(), 10),
                ("ap-shanghai-2".to_string(), 10)
            ]
        );
    }

    #[test]
    fn demo_end_time_is_null_exactly_for_unfinished_jobs_and_metrics_fit_the_state() {
        for job in demo_jobs() {
            let state = job["JobState"].as_str().unwrap();
            assert_eq!(
                job["EndTime"].is_null(),
                !api::is_terminal_state(state),
                "{job}"
            );
            if let Some(end) = job["EndTime"].as_str() {
                assert!(end > job["CreateTime"].as_str().unwrap(), "{job}");
            }
            let m = &job["TaskMetrics"];
            let counter = match state {
                "SUBMITTED" => "SubmittedCount",
                "PENDING" => "PendingCount",
                "RUNNABLE" => "RunnableCount",
                "STARTING" => "StartingCount",
                "RUNNING" => "RunningCount",
                "SUCCEED" => "SucceedCount",
                "FAILED" => "FailedCount",
                _ => "FailedInterruptedCount",
            };
            assert!(m[counter].as_u64().unwrap() >= 1, "{job}");
            assert_eq!(m.as_object().unwrap().len(), 8);
        }
    }

    #[test]
    fn the_demo_and_generated_jobs_are_in_zones_of_known_regions() {
        // So that `X-TC-Region` scopes every one of them to a region the service has.
        for job in demo_jobs().iter().chain(&generate_jobs(500)) {
            let zone = job["Placement"]["Zone"].as_str().unwrap();
            assert!(batch_api::regions::is_known_zone(zone), "{zone}");
        }
    }

    #[test]
    fn demo_set_has_awkward_names_tags_and_unknown_fields() {
        let jobs = demo_jobs();
        let names: Vec<&str> = jobs
            .iter()
            .map(|j| j["JobName"].as_str().unwrap())
            .collect();
        assert!(names.contains(&"数据清洗-每日任务"));
        assert!(names.iter().any(|n| n.contains(',')));
        assert!(names.iter().any(|n| n.contains('"')));
        assert!(names.iter().any(|n| n.contains('\n')));
        assert!(jobs.iter().any(|j| j["Tags"].is_null()));
        assert!(jobs.iter().any(|j| j["Tags"] == json!([])));
        let extra = jobs
            .iter()
            .find(|j| api::job_id(j) == EXTRA_FIELDS_JOB)
            .unwrap();
        assert_eq!(extra["Placement"]["ProjectId"], 0);
        assert!(extra.as_object().unwrap().contains_key("Description"));
        assert!(extra["Description"].is_null());
        let keys: Vec<&str> = extra
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            [
                "JobId",
                "JobName",
                "JobState",
                "Priority",
                "Placement",
                "CreateTime",
                "EndTime",
                "TaskMetrics",
                "Tags",
                "Description",
                "ResourceSummary"
            ]
        );
    }

    #[test]
    fn generated_jobs_are_deterministic_unique_valid_and_varied() {
        let a = generate_jobs(5_000);
        assert_eq!(a.len(), 5_000);
        assert_eq!(a, generate_jobs(5_000));
        assert_eq!(generate_jobs(10)[..], a[..10]);
        let ids = ids(&a);
        assert!(ids.iter().all(|id| api::is_valid_job_id(id)));
        assert_eq!(ids.iter().collect::<HashSet<_>>().len(), ids.len());
        let states = count_by(&a, |j| j["JobState"].as_str().unwrap().to_string());
        assert_eq!(states.len(), 8, "{states:?}");
        let zones = count_by(&a, |j| j["Placement"]["Zone"].as_str().unwrap().to_string());
        assert!(zones.len() >= 6);
        let keys: Vec<&str> = a[0]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            [
                "JobId",
                "JobName",
                "JobState",
                "Priority",
                "Placement",
                "CreateTime",
                "EndTime",
                "TaskMetrics",
                "Tags"
            ]
        );
        for job in &a {
            let state = job["JobState"].as_str().unwrap();
            assert_eq!(job["EndTime"].is_null(), !api::is_terminal_state(state));
        }
        assert_eq!(
            a[0]["CreateTime"].as_str().unwrap().len(),
            "2024-06-01T00:00:00Z".len()
        );
        assert!(a[0]["CreateTime"].as_str().unwrap() > a[1]["CreateTime"].as_str().unwrap());
        assert!(generate_jobs(0).is_empty());
        assert_eq!(check_generate(MAX_GENERATED), Ok(MAX_GENERATED));
        assert!(
            check_generate(MAX_GENERATED + 1)
                .unwrap_err()
                .contains("at most 100000")
        );
    }

    #[test]
    fn the_demo_set_as_of_now_is_recent_and_keeps_the_samples() {
        let now = 1_800_000_000;
        let jobs = demo_jobs_as_of(now);
        let original = demo_jobs();
        assert_eq!(jobs.len(), original.len());
        let newest = jobs
            .iter()
            .filter_map(|j| j["CreateTime"].as_str())
            .filter_map(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
            .map(|t| t.timestamp())
            .max()
            .unwrap();
        assert_eq!(newest, now - 300);
        let sample = |set: &[Value]| {
            set.iter()
                .find(|j| api::job_id(j) == "job-7e7evk2x")
                .cloned()
        };
        assert_eq!(sample(&jobs), sample(&original));
        assert!(
            jobs.iter().filter(|j| j["EndTime"].is_null()).count() > 0,
            "unfinished jobs stay unfinished"
        );
    }

    #[test]
    fn iso8601_is_utc() {
        assert_eq!(iso8601(1_700_000_000), "2023-11-14T22:13:20Z");
        assert_eq!(iso8601(0), "1970-01-01T00:00:00Z");
    }

    fn write(dir: &tempfile::TempDir, name: &str, text: &str) -> std::path::PathBuf {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    #[test]
    fn load_accepts_an_array_a_response_document_and_its_inner_object() {
        let dir = tempfile::tempdir().unwrap();
        let job = r#"{"JobId": "job-aaaaaaaa", "Zzz": null, "JobName": "x"}"#;
        for text in [
            format!("[{job}]"),
            format!(r#"{{"Response": {{"TotalCount": 1, "JobSet": [{job}], "RequestId": "r"}}}}"#),
            format!(r#"{{"TotalCount": 1, "JobSet": [{job}]}}"#),
        ] {
            let jobs = load_jobs(&write(&dir, "jobs.json", &text)).unwrap();
            assert_eq!(jobs.len(), 1);
            let keys: Vec<&str> = jobs[0]
                .as_object()
                .unwrap()
                .keys()
                .map(String::as_str)
                .collect();
            assert_eq!(keys, ["JobId", "Zzz", "JobName"]);
        }
        assert!(
            load_jobs(&write(&dir, "empty.json", "[]"))
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn load_errors_are_usage_errors_naming_the_file_and_problem() {
        let dir = tempfile::tempdir().unwrap();
        let cases = [
            ("bad.json", "{not json", "invalid JSON"),
            ("num.json", "42", "expected a JSON array"),
            (
                "strs.json",
                r#"["job-aaaaaaaa"]"#,
                "job #1 is not a JSON object",
            ),
            (
                "noid.json",
                r#"[{"JobId": "job-aaaaaaaa"}, {"JobName": "x"}]"#,
                "job #2 has no string \"JobId\"",
            ),
            ("numid.json", r#"[{"JobId": 5}]"#, "job #1 has no string"),
            (
                "dup.json",
                r#"[{"JobId": "job-aaaaaaaa"}, {"JobId": "job-aaaaaaaa"}]"#,
                "appears more than once",
            ),
            (
                "err.json",
                r#"{"Response": {"Error": {"Code": "InternalError", "Message": "x"}, "RequestId": "r"}}"#,
                "error response (InternalError)",
            ),
            (
                "noset.json",
                r#"{"Response": {"TotalCount": 0}}"#,
                "expected a JSON array",
            ),
        ];
        for (name, text, problem) in cases {
            let path = write(&dir, name, text);
            let err = load_jobs(&path).unwrap_err();
            assert!(matches!(err, Error::Usage(_)), "{name}");
            let message = err.to_string();
            assert!(message.contains(name), "{message}");
            assert!(message.contains(problem), "{name}: {message}");
        }
        let missing = dir.path().join("missing.json");
        let err = load_jobs(&missing).unwrap_err();
        assert!(matches!(err, Error::Usage(_)), "{err}");
        assert!(err.to_string().contains("missing.json"));
    }
}
