//! Output formats, parsed back as a script would: csv with a CSV reader, json with
//! serde_json; hostile names (commas, quotes, newlines, CJK) survive every format.

use crate::common::*;
use serde_json::Value;

const CSV_HEADER: [&str; 16] = [
    "JobId",
    "JobName",
    "JobState",
    "Priority",
    "Zone",
    "CreateTime",
    "EndTime",
    "SubmittedCount",
    "PendingCount",
    "RunnableCount",
    "StartingCount",
    "RunningCount",
    "SucceedCount",
    "FailedInterruptedCount",
    "FailedCount",
    "Tags",
];

fn hostile_jobs() -> Vec<Value> {
    vec![
        job(
            "job-aaaaaaaa",
            "a, \"quoted\" name\nwith a newline",
            "RUNNING",
            "ap-guangzhou-3",
            &[("k,1", "v;\"2\"")],
        ),
        job(
            "job-bbbbbbbb",
            "数据清洗-每日任务",
            "FAILED",
            "ap-guangzhou-4",
            &[("env", "prod"), ("team", "数据")],
        ),
    ]
}

fn csv_rows(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn csv_has_the_contract_header_and_round_trips_hostile_names() {
    let emu = Emulator::with_jobs(&hostile_jobs(), &[]);
    let out = emu
        .cmd()
        .args([
            "jobs",
            "describe",
            "--job-id",
            "job-aaaaaaaa,job-bbbbbbbb",
            "-o",
            "csv",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let rows = csv_rows(&stdout_of(&out));
    assert_eq!(rows[0], CSV_HEADER);
    assert_eq!(rows.len(), 3);
    let a = rows.iter().find(|r| r[0] == "job-aaaaaaaa").unwrap();
    assert_eq!(a[1], "a, \"quoted\" name\nwith a newline");
    assert_eq!(a[6], "", "EndTime is empty while null");
    assert_eq!(a[11], "1", "RunningCount");
    assert_eq!(a[15], "k,1=v;\"2\"");
    let b = rows.iter().find(|r| r[0] == "job-bbbbbbbb").unwrap();
    assert_eq!(
        (b[1].as_str(), b[2].as_str(), b[4].as_str()),
        ("数据清洗-每日任务", "FAILED", "ap-guangzhou-4")
    );
    assert_eq!(b[6], "2024-05-01T10:02:30Z");
    assert_eq!(b[15], "env=prod;team=数据");
}

#[test]
fn columns_pick_and_order_csv_columns_and_no_headers_drops_the_header() {
    let emu = Emulator::with_jobs(&hostile_jobs(), &[]);
    let out = emu
        .cmd()
        .args([
            "jobs",
            "describe",
            "--job-id",
            "job-bbbbbbbb",
            "-o",
            "csv",
            "--columns",
            "JobState,jobid",
            "--no-headers",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(csv_rows(&stdout_of(&out)), [["FAILED", "job-bbbbbbbb"]]);
}

#[test]
fn an_unknown_column_is_a_usage_error_naming_it() {
    let home = tempfile::tempdir().unwrap();
    let out = batchctl(home.path())
        .args(["jobs", "describe", "--columns", "JobId,Colour"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(
        err.starts_with("batchctl: error:") && err.contains("Colour"),
        "{err}"
    );
}

#[test]
fn jsonl_is_one_compact_job_per_line_and_json_is_one_document() {
    let emu = Emulator::with_jobs(&hostile_jobs(), &[]);
    let out = emu
        .cmd()
        .args(["jobs", "describe", "-o", "jsonl"])
        .output()
        .unwrap();
    let lines: Vec<Value> = stdout_of(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert!(
        lines
            .iter()
            .any(|j| j["JobName"] == "a, \"quoted\" name\nwith a newline")
    );
    let out = emu
        .cmd()
        .args(["jobs", "describe", "-o", "json"])
        .output()
        .unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["JobSet"].as_array().unwrap().len(), 2);
    assert!(stdout_of(&out).contains("\n  \""), "pretty-printed");
}

#[test]
fn output_format_can_come_from_the_environment() {
    let emu = Emulator::with_jobs(&hostile_jobs(), &[]);
    let out = emu
        .cmd()
        .env("BATCHCTL_OUTPUT", "jsonl")
        .args(["jobs", "describe"])
        .output()
        .unwrap();
    assert_eq!(stdout_of(&out).lines().count(), 2);
}

#[test]
fn table_shows_people_the_jobs_without_colour_when_piped() {
    let emu = Emulator::with_jobs(&hostile_jobs(), &[]);
    let out = emu.cmd().args(["jobs", "describe"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    assert!(
        !text.contains('\u{1b}'),
        "no ANSI escapes when stdout is not a terminal: {text:?}"
    );
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines.len(),
        3,
        "a header and one line per job, a newline in a name escaped:\n{text}"
    );
    assert!(lines[0].contains("ID") && lines[0].contains("STATE"));
    assert!(
        text.contains("数据清洗-每日任务") && text.contains("FAILED") && text.contains("2m30s"),
        "{text}"
    );
}

#[test]
fn table_with_no_jobs_says_so_on_stderr() {
    let emu = Emulator::with_jobs(&hostile_jobs(), &[]);
    let out = emu
        .cmd()
        .args(["jobs", "describe", "--state", "pending"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(stdout_of(&out), "");
    assert!(stderr_of(&out).contains("no jobs found"));
}

#[test]
fn a_closed_stdout_pipe_ends_quietly_with_status_0() {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let home = tempfile::tempdir().unwrap();
    let mut cmd = std_batchctl(home.path());
    let out = cmd
        .args(["--emulator", "jobs", "describe", "--all", "-o", "jsonl"])
        .stdout(writer)
        .stderr(std::process::Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(stderr_of(&out), "");
}
