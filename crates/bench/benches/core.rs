//! Criterion benchmarks of the per-request and per-job costs of batchctl, without the
//! network: signing a request, decoding a 100-job DescribeJobs page, rendering jobs in
//! each format (100 and 100,000 jobs), and the whole in-process pipeline of `--all`
//! (decode → dedupe → render) over 1,000 pages of 100 jobs.
//!
//! Targets (from the performance issue): signing ≤ 10 µs; parsing and rendering one
//! 100-job page ≤ 1 ms in each format; the 100k-job csv/jsonl pipeline well inside the
//! 0.5 s of CPU allowed for a whole `--all` run. End-to-end numbers (wall time, peak RSS,
//! the HTTP path) come from `scripts/bench.sh`.
//!
//! Run: `cargo bench -p batchctl-bench` (a few minutes on 2 cores), or one group, e.g.
//! `cargo bench -p batchctl-bench -- render/`. The 100k cases use few samples on purpose.

use std::hint::black_box;
use std::io::{self, BufWriter, Write};
use std::time::Duration;

use batch_emulator::generate_jobs;
use batchctl::domain::describe;
use batchctl::domain::selection::Selection;
use batchctl::output::{self, Format, OutputOptions, Summary};
use batchctl::transport::envelope::{self, DescribeJobsRequest, Job, JobsPage};
use batchctl::transport::error::Error;
use batchctl::transport::request::{self, ApiCall};
use chrono::{TimeZone, Utc};
use criterion::{
    BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main,
};
use serde_json::Value;
use tc3::{self as signer, Signable};

const PAGE: usize = 100;
const LARGE: usize = 100_000;
const FORMATS: [(Format, &str); 4] = [
    (Format::Json, "json"),
    (Format::Jsonl, "jsonl"),
    (Format::Csv, "csv"),
    (Format::Table, "table"),
];
/// A fixed "now", as the command passes one in (table durations of running jobs).
const NOW: i64 = 1_717_286_400; // 2024-06-02T00:00:00Z

fn options(format: Format) -> OutputOptions {
    OutputOptions {
        format,
        columns: None,
        found: None,
        headers: true,
        color: false,
        now: Utc.timestamp_opt(NOW, 0).single().expect("a valid time"),
        query: None,
        width: None,
        zone: batchctl::output::fit::Zone::Local,
        terminal: false,
    }
}

/// The body a DescribeJobs answer of `jobs` would have, as the emulator serialises it.
fn page_body(total: u64, jobs: &[Value], request_id: &str) -> Vec<u8> {
    serde_json::to_vec(&envelope::success_envelope(
        total,
        jobs.to_vec(),
        request_id,
    ))
    .expect("a Value serialises")
}

/// What `jobs describe --all` sends for the page at `offset`.
fn query_body(offset: u64) -> Vec<u8> {
    DescribeJobsRequest {
        offset: Some(offset),
        limit: Some(PAGE as u64),
        ..Default::default()
    }
    .to_body()
}

/// Feeds `jobs` to a `format` renderer page by page, as the command does, into a
/// buffered sink (the command writes through a `BufWriter` on stdout).
fn render(format: Format, jobs: &[Job]) -> io::Result<()> {
    let out: Box<dyn Write> = Box::new(BufWriter::new(io::sink()));
    let mut renderer = output::renderer(&options(format), out);
    for page in jobs.chunks(PAGE) {
        renderer.page(page)?;
    }
    renderer.finish(&Summary {
        total_count: jobs.len() as u64,
        request_id: "bench-request".to_string(),
    })
}

/// One iteration of a 100,000-job case takes 20 ms to 1 s: ten flat samples (criterion's
/// minimum) in about 8 s keep `cargo bench` to a few minutes.
fn large_case(group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>) {
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(8))
        .throughput(Throughput::Elements(LARGE as u64));
}

fn signing(c: &mut Criterion) {
    let body = query_body(12_300);
    let mut group = c.benchmark_group("sign");
    group.bench_function("signer::sign", |b| {
        b.iter(|| {
            signer::sign(
                black_box(batch_emulator::DEMO_SECRET_ID),
                black_box(batch_emulator::DEMO_SECRET_KEY),
                &Signable {
                    method: "POST",
                    canonical_query: "",
                    content_type: request::JSON_CONTENT_TYPE,
                    host: black_box("batch.tencentcloudapi.com"),
                    payload: black_box(&body),
                    service: envelope::SERVICE,
                    timestamp: black_box(NOW),
                },
            )
        })
    });
    group.bench_function("request::signed_headers", |b| {
        b.iter(|| {
            request::signed_headers(
                black_box(batch_emulator::DEMO_SECRET_ID),
                black_box(batch_emulator::DEMO_SECRET_KEY),
                &ApiCall {
                    service: envelope::SERVICE,
                    action: envelope::ACTION,
                    version: envelope::VERSION,
                    region: Some("ap-guangzhou"),
                    language: Some("en-US"),
                    token: None,
                    host: black_box("batch.tencentcloudapi.com"),
                    body: black_box(&body),
                    timestamp: black_box(NOW),
                },
            )
        })
    });
    group.finish();
}

fn parsing(c: &mut Criterion) {
    let jobs = generate_jobs(PAGE);
    let body = page_body(LARGE as u64, &jobs, "bench-request");
    let mut group = c.benchmark_group("parse");
    group.throughput(Throughput::ElementsAndBytes {
        elements: PAGE as u64,
        bytes: body.len() as u64,
    });
    group.bench_function("parse_response/100", |b| {
        b.iter(|| envelope::parse_response(black_box(&body)).expect("a valid page"))
    });
    group.finish();
}

/// Decoding plus rendering one 100-job page: the per-page cost of the ≤ 1 ms target.
fn parse_and_render_page(c: &mut Criterion) {
    let jobs = generate_jobs(PAGE);
    let body = page_body(PAGE as u64, &jobs, "bench-request");
    let mut group = c.benchmark_group("page");
    group.throughput(Throughput::Elements(PAGE as u64));
    for (format, name) in FORMATS {
        group.bench_function(BenchmarkId::new("parse+render", name), |b| {
            b.iter(|| {
                let page = envelope::parse_response(black_box(&body)).expect("a valid page");
                render(format, &page.jobs).expect("a sink never fails")
            })
        });
    }
    group.finish();
}

fn rendering(c: &mut Criterion) {
    let small: Vec<Job> = generate_jobs(PAGE).iter().map(Job::from_value).collect();
    let mut group = c.benchmark_group("render");
    group.throughput(Throughput::Elements(PAGE as u64));
    for (format, name) in FORMATS {
        group.bench_with_input(BenchmarkId::new(name, PAGE), &small, |b, jobs| {
            b.iter(|| render(format, black_box(jobs)).expect("a sink never fails"))
        });
    }
    group.finish();

    let large: Vec<Job> = generate_jobs(LARGE).iter().map(Job::from_value).collect();
    let mut group = c.benchmark_group("render");
    large_case(&mut group);
    for (format, name) in FORMATS {
        group.bench_with_input(BenchmarkId::new(name, LARGE), &large, |b, jobs| {
            b.iter(|| render(format, black_box(jobs)).expect("a sink never fails"))
        });
    }
    group.finish();
}

/// `--all` over 100,000 jobs without the network: each of 1,000 page bodies is decoded,
/// deduplicated by `describe::fetch` and rendered, as `jobs describe` does it.
fn pipeline(c: &mut Criterion) {
    let jobs = generate_jobs(LARGE);
    let bodies: Vec<Vec<u8>> = jobs
        .chunks(PAGE)
        .enumerate()
        .map(|(i, page)| page_body(LARGE as u64, page, &format!("bench-request-{i}")))
        .collect();
    drop(jobs);
    let selection = Selection::Query {
        filters: Vec::new(),
        offset: 0,
        limit: None,
        page_size: PAGE as u64,
        window: Default::default(),
    };
    let mut group = c.benchmark_group("pipeline");
    large_case(&mut group);
    for (format, name) in [
        (Format::Csv, "csv"),
        (Format::Jsonl, "jsonl"),
        (Format::Json, "json"),
    ] {
        group.bench_function(BenchmarkId::new(name, LARGE), |b| {
            b.iter(|| {
                let out: Box<dyn Write> = Box::new(BufWriter::new(io::sink()));
                let mut renderer = output::renderer(&options(format), out);
                let call = |req: &DescribeJobsRequest| -> Result<JobsPage, Error> {
                    let index = req.offset.unwrap_or(0) as usize / PAGE;
                    // Signing is part of every real request.
                    black_box(request::signed_headers(
                        batch_emulator::DEMO_SECRET_ID,
                        batch_emulator::DEMO_SECRET_KEY,
                        &ApiCall {
                            service: envelope::SERVICE,
                            action: envelope::ACTION,
                            version: envelope::VERSION,
                            region: None,
                            language: Some("en-US"),
                            token: None,
                            host: "127.0.0.1:9300",
                            body: &req.to_body(),
                            timestamp: NOW,
                        },
                    ));
                    envelope::parse_response(&bodies[index])
                };
                let outcome = describe::fetch(&selection, call, |jobs| renderer.page(jobs));
                assert!(outcome.error.is_none(), "{:?}", outcome.error);
                assert_eq!(outcome.printed, LARGE as u64);
                renderer
                    .finish(&Summary {
                        total_count: outcome.total_count,
                        request_id: outcome.request_id,
                    })
                    .expect("a sink never fails");
            })
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    // Short runs: these benchmarks are stable to a few percent within seconds.
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    targets = signing, parsing, parse_and_render_page, rendering, pipeline
}
criterion_main!(benches);
