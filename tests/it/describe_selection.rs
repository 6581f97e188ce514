//! `jobs describe` selection and paging, checked by the jobs printed and by the
//! requests the emulator received.

use crate::common::*;
use serde_json::{Value, json};

fn json_out(output: &std::process::Output) -> Value {
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", stdout_of(output)))
}

fn ids(doc: &Value) -> Vec<String> {
    doc["JobSet"]
        .as_array()
        .unwrap()
        .iter()
        .map(|j| j["JobId"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn job_ids_print_the_sample_jobs_exactly_as_received() {
    let sample = sample();
    let emu = Emulator::with_jobs(sample["Response"]["JobSet"].as_array().unwrap(), &[]);
    let out = emu
        .cmd()
        .args([
            "jobs",
            "describe",
            "--job-id",
            "job-7e7evk2x,job-3n2weaqt",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let doc = json_out(&out);
    // Every field, in the service's key order, nulls kept: compare the text of each job.
    let mut want: Vec<String> = sample["Response"]["JobSet"]
        .as_array()
        .unwrap()
        .iter()
        .map(|j| j.to_string())
        .collect();
    let mut got: Vec<String> = doc["JobSet"]
        .as_array()
        .unwrap()
        .iter()
        .map(|j| j.to_string())
        .collect();
    want.sort();
    got.sort();
    assert_eq!(got, want);
    assert_eq!(doc["TotalCount"], 2);
    assert!(doc["RequestId"].as_str().is_some_and(|r| !r.is_empty()));
    assert_eq!(
        emu.bodies(),
        [json!({"JobIds": ["job-7e7evk2x", "job-3n2weaqt"], "Limit": 2})]
    );
}

#[test]
fn unknown_fields_and_nulls_pass_through_in_order() {
    let mut j = job("job-aaaaaaaa", "x", "RUNNING", "ap-guangzhou-3", &[]);
    let obj = j.as_object_mut().unwrap();
    obj.insert("FutureField".into(), json!({"z": 1, "a": [null, 2]}));
    obj.insert("Nothing".into(), Value::Null);
    let emu = Emulator::with_jobs(&[j.clone()], &[]);
    let out = emu
        .cmd()
        .args([
            "jobs",
            "describe",
            "--job-id",
            "job-aaaaaaaa",
            "-o",
            "jsonl",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), format!("{}\n", j));
}

#[test]
fn ids_not_found_exit_3_and_the_found_jobs_are_still_printed() {
    let emu = Emulator::with_jobs(&many_jobs(3), &[]);
    let out = emu
        .cmd()
        .args([
            "jobs",
            "describe",
            "--job-id",
            "job-t0000001",
            "--job-id",
            "job-zzzzzzzz",
            "-o",
            "jsonl",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(stdout_of(&out).contains("job-t0000001"));
    let err = stderr_of(&out);
    assert!(
        err.starts_with("batchctl: error:") && err.contains("job-zzzzzzzz"),
        "{err}"
    );
}

#[test]
fn ids_from_stdin_are_deduplicated_and_sent_100_at_a_time() {
    let jobs = many_jobs(150);
    let emu = Emulator::with_jobs(&jobs, &[]);
    let mut stdin: String = jobs
        .iter()
        .map(|j| format!("{}\n", j["JobId"].as_str().unwrap()))
        .collect();
    stdin.push_str("job-t0000000 job-t0000001\n");
    let out = emu
        .cmd()
        .args(["jobs", "describe", "--job-id", "-", "-o", "jsonl"])
        .write_stdin(stdin)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out).lines().count(), 150);
    let sizes: Vec<usize> = emu
        .bodies()
        .iter()
        .map(|b| b["JobIds"].as_array().unwrap().len())
        .collect();
    assert_eq!(sizes, [100, 50]);
}

#[test]
fn repeated_state_flags_become_one_filter_and_different_flags_are_anded() {
    let jobs = vec![
        job(
            "job-aaaaaaaa",
            "a",
            "RUNNING",
            "ap-guangzhou-3",
            &[("env", "prod")],
        ),
        job(
            "job-bbbbbbbb",
            "b",
            "FAILED",
            "ap-guangzhou-3",
            &[("env", "prod")],
        ),
        job(
            "job-cccccccc",
            "c",
            "FAILED",
            "ap-guangzhou-4",
            &[("env", "prod")],
        ),
        job(
            "job-dddddddd",
            "d",
            "SUCCEED",
            "ap-guangzhou-3",
            &[("env", "dev")],
        ),
        job(
            "job-eeeeeeee",
            "e",
            "RUNNING",
            "ap-guangzhou-3",
            &[("env", "dev")],
        ),
    ];
    let emu = Emulator::with_jobs(&jobs, &[]);
    let out = emu
        .cmd()
        .args([
            "jobs",
            "describe",
            "--state",
            "running",
            "--state",
            "FAILED",
            "--zone",
            "ap-guangzhou-3",
            "--tag",
            "env=prod",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let mut got = ids(&json_out(&out));
    got.sort();
    assert_eq!(got, ["job-aaaaaaaa", "job-bbbbbbbb"]);
    assert_eq!(
        emu.bodies()[0]["Filters"],
        json!([
            {"Name": "job-state", "Values": ["RUNNING", "FAILED"]},
            {"Name": "zone", "Values": ["ap-guangzhou-3"]},
            {"Name": "tag:env", "Values": ["prod"]}
        ])
    );
}

#[test]
fn name_tag_key_tag_value_and_generic_filters_reach_the_service() {
    let jobs = vec![
        job(
            "job-aaaaaaaa",
            "数据清洗-每日任务",
            "RUNNING",
            "ap-guangzhou-3",
            &[("team", "数据")],
        ),
        job(
            "job-bbbbbbbb",
            "other",
            "RUNNING",
            "ap-guangzhou-3",
            &[("owner", "x")],
        ),
    ];
    let emu = Emulator::with_jobs(&jobs, &[]);
    let out = emu
        .cmd()
        .args([
            "jobs",
            "describe",
            "--name",
            "数据清洗-每日任务",
            "-o",
            "jsonl",
        ])
        .output()
        .unwrap();
    assert_eq!(stdout_of(&out).lines().count(), 1, "{}", stderr_of(&out));
    assert!(stdout_of(&out).contains("job-aaaaaaaa"));
    let out = emu
        .cmd()
        .args(["jobs", "describe", "--tag-key", "owner", "-o", "jsonl"])
        .output()
        .unwrap();
    assert!(stdout_of(&out).contains("job-bbbbbbbb") && !stdout_of(&out).contains("job-aaaaaaaa"));
    let out = emu
        .cmd()
        .args(["jobs", "describe", "--tag-value", "数据", "-o", "jsonl"])
        .output()
        .unwrap();
    assert!(stdout_of(&out).contains("job-aaaaaaaa") && !stdout_of(&out).contains("job-bbbbbbbb"));
    let out = emu
        .cmd()
        .args([
            "jobs",
            "describe",
            "--filter",
            "job-id=job-bbbbbbbb,job-cccccccc",
            "-o",
            "jsonl",
        ])
        .output()
        .unwrap();
    assert_eq!(stdout_of(&out).lines().count(), 1);
    let names: Vec<Value> = emu
        .bodies()
        .iter()
        .map(|b| b["Filters"][0]["Name"].clone())
        .collect();
    assert_eq!(
        names,
        [
            json!("job-name"),
            json!("tag-key"),
            json!("tag-value"),
            json!("job-id")
        ]
    );
}

#[test]
fn limit_above_100_fetches_several_pages_and_notes_the_rest() {
    let emu = Emulator::with_jobs(&many_jobs(260), &[]);
    let out = emu
        .cmd()
        .args(["jobs", "describe", "--limit", "230", "-o", "jsonl"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out).lines().count(), 230);
    let paging: Vec<(u64, u64)> = emu
        .bodies()
        .iter()
        .map(|b| (b["Offset"].as_u64().unwrap(), b["Limit"].as_u64().unwrap()))
        .collect();
    assert_eq!(paging, [(0, 100), (100, 100), (200, 30)]);
    let err = stderr_of(&out);
    assert!(
        err.contains("230") && err.contains("260") && err.contains("--all"),
        "{err}"
    );
}

#[test]
fn default_limit_is_20_with_a_note_and_quiet_silences_it() {
    let emu = Emulator::with_jobs(&many_jobs(25), &[]);
    let out = emu
        .cmd()
        .args(["jobs", "describe", "-o", "jsonl"])
        .output()
        .unwrap();
    assert_eq!(stdout_of(&out).lines().count(), 20);
    assert!(stderr_of(&out).contains("of 25"), "{}", stderr_of(&out));
    let out = emu
        .cmd()
        .args(["-q", "jobs", "describe", "-o", "jsonl"])
        .output()
        .unwrap();
    assert_eq!(stderr_of(&out), "");
}

#[test]
fn all_with_page_size_and_offset_prints_every_remaining_job_once() {
    let emu = Emulator::with_jobs(&many_jobs(120), &[]);
    let out = emu
        .cmd()
        .args([
            "jobs",
            "describe",
            "--all",
            "--page-size",
            "50",
            "--offset",
            "10",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let doc = json_out(&out);
    let got = ids(&doc);
    assert_eq!(got.len(), 110);
    let mut unique = got.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 110);
    assert_eq!(doc["TotalCount"], 120);
    let paging: Vec<(u64, u64)> = emu
        .bodies()
        .iter()
        .map(|b| (b["Offset"].as_u64().unwrap(), b["Limit"].as_u64().unwrap()))
        .collect();
    assert_eq!(paging, [(10, 50), (60, 50), (110, 50)]);
}

#[test]
fn region_and_language_reach_the_service() {
    let emu = Emulator::with_jobs(&many_jobs(2), &[]);
    let out = emu
        .cmd()
        .args(["--region", "ap-guangzhou", "jobs", "describe", "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(emu.requests()[0]["region"], "ap-guangzhou");
    assert_eq!(ids(&json_out(&out)).len(), 2);
}

#[test]
fn the_built_in_emulator_needs_no_account() {
    let home = tempfile::tempdir().unwrap();
    let out = batchctl(home.path())
        .args([
            "--emulator",
            "jobs",
            "describe",
            "--job-id",
            "job-3n2weaqt",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let doc = json_out(&out);
    assert_eq!(doc["JobSet"][0]["JobName"], "hello-test-job");
    assert_eq!(doc["JobSet"][0]["Tags"][0]["Key"], "batch-test-tag-job-key");
    let out = batchctl(home.path())
        .args(["--emulator", "jobs", "describe", "--all"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(stdout_of(&out).contains("job-7e7evk2x"));
}

#[test]
fn numbers_pass_through_exactly_as_received() {
    let mut j = job("job-aaaaaaaa", "x", "RUNNING", "ap-guangzhou-3", &[]);
    j.as_object_mut().unwrap().insert(
        "Big".into(),
        serde_json::from_str("12345678901234567890123").unwrap(),
    );
    j.as_object_mut()
        .unwrap()
        .insert("Ratio".into(), serde_json::from_str("1.10").unwrap());
    let emu = Emulator::with_jobs(&[j], &[]);
    let out = emu
        .cmd()
        .args(["jobs", "describe", "-o", "jsonl"])
        .output()
        .unwrap();
    let text = stdout_of(&out);
    assert!(
        text.contains("\"Big\":12345678901234567890123") && text.contains("\"Ratio\":1.10"),
        "{text}"
    );
}

/// 30 jobs, newest first, one an hour back from 2026-12-03 12:00 UTC: `job-h0000012` was
/// created at midnight.
fn hourly_jobs() -> Vec<Value> {
    (0..30)
        .map(|i| {
            let mut j = job(
                &format!("job-h{i:07}"),
                &format!("hourly {i}"),
                "SUCCEED",
                "ap-guangzhou-3",
                &[],
            );
            let at = chrono::DateTime::parse_from_rfc3339("2026-12-03T12:00:00Z").unwrap()
                - chrono::Duration::hours(i);
            j["CreateTime"] = json!(at.to_utc().format("%Y-%m-%dT%H:%M:%SZ").to_string());
            j
        })
        .collect()
}

fn describe_requests(emu: &Emulator) -> usize {
    emu.requests()
        .iter()
        .filter(|r| r["action"] == "DescribeJobs")
        .count()
}

#[test]
fn since_and_until_keep_jobs_by_create_time_and_since_stops_paging_early() {
    let emu = Emulator::with_jobs(&hourly_jobs(), &["--rate-limit", "0"]);
    let out = emu
        .cmd()
        .env("TZ", "UTC")
        .args([
            "jobs",
            "describe",
            "--all",
            "--page-size",
            "5",
            "-o",
            "json",
        ])
        .args(["--since", "2026-12-03"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let doc = json_out(&out);
    let got = ids(&doc);
    assert_eq!(got.len(), 13, "{got:?}");
    assert_eq!(got.last().unwrap(), "job-h0000012");
    for j in doc["JobSet"].as_array().unwrap() {
        assert!(j["CreateTime"].as_str().unwrap() >= "2026-12-03T00:00:00Z");
    }
    // Six pages hold the 30 jobs; the third holds the first one before midnight.
    assert_eq!(describe_requests(&emu), 3);
    assert!(
        stderr_of(&out).contains("before --since"),
        "{}",
        stderr_of(&out)
    );

    let out = emu
        .cmd()
        .args(["jobs", "describe", "--all", "-o", "json"])
        .args(["--since", "2026-12-03T08:00:00+08:00"])
        .args(["--until", "2026-12-03T06:00:00Z"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let doc = json_out(&out);
    let times: Vec<&str> = doc["JobSet"]
        .as_array()
        .unwrap()
        .iter()
        .map(|j| j["CreateTime"].as_str().unwrap())
        .collect();
    assert_eq!(times.len(), 6, "{times:?}");
    assert_eq!(times[0], "2026-12-03T05:00:00Z");
    assert_eq!(times[5], "2026-12-03T00:00:00Z");

    // The limit counts jobs inside the window.
    let out = emu
        .cmd()
        .args(["jobs", "describe", "--limit", "2", "-o", "json"])
        .args(["--until", "2026-12-03T06:00:00Z"])
        .output()
        .unwrap();
    assert_eq!(ids(&json_out(&out)), ["job-h0000007", "job-h0000008"]);
}

#[test]
fn a_bad_since_or_until_is_a_usage_error_naming_the_value() {
    let home = tempfile::tempdir().unwrap();
    for (flag, value) in [
        ("--since", "yesterday"),
        ("--until", "2026-13-01"),
        ("--since", "3x"),
    ] {
        let out = batchctl(home.path())
            .args(["jobs", "describe", flag, value])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{flag} {value}");
        assert!(
            stderr_of(&out).contains(&format!("'{value}'")),
            "{}",
            stderr_of(&out)
        );
    }
    // Times select among filtered jobs, not among named ones.
    let out = batchctl(home.path())
        .args(["jobs", "describe", "job-aaaaaaaa", "--since", "1d"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn the_table_shows_each_jobs_age_and_since_counts_back_from_now() {
    let now = chrono::Utc::now();
    let jobs: Vec<Value> = [(1, "1h"), (2, "2h"), (5, "5h"), (49, "2d")]
        .iter()
        .enumerate()
        .map(|(i, (hours, _))| {
            let mut j = job(
                &format!("job-a{i:07}"),
                "aged",
                "SUCCEED",
                "ap-guangzhou-3",
                &[],
            );
            let at = now - chrono::Duration::hours(*hours) - chrono::Duration::minutes(1);
            j["CreateTime"] = json!(at.format("%Y-%m-%dT%H:%M:%SZ").to_string());
            j
        })
        .collect();
    let emu = Emulator::with_jobs(&jobs, &["--rate-limit", "0"]);
    let out = emu.cmd().args(["jobs", "describe"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    let header: Vec<&str> = text.lines().next().unwrap().split_whitespace().collect();
    let age = header
        .iter()
        .position(|h| *h == "AGE")
        .expect("an AGE column");
    let ages: Vec<&str> = text
        .lines()
        .skip(1)
        .map(|l| l.split_whitespace().nth(age).unwrap())
        .collect();
    assert_eq!(ages, ["1h", "2h", "5h", "2d"], "{text}");

    let out = emu
        .cmd()
        .args(["jobs", "describe", "--since", "3h", "--columns", "id,age"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(
        stdout_of(&out),
        "ID             AGE\njob-a0000000   1h\njob-a0000001   2h\n"
    );
}

#[test]
fn terminate_with_since_lists_only_the_jobs_inside_the_window() {
    let emu = Emulator::with_jobs(&hourly_jobs(), &["--rate-limit", "0"]);
    let out = emu
        .cmd()
        .args(["jobs", "delete", "--since", "2026-12-03T09:30:00Z"])
        .output()
        .unwrap();
    // Without --yes the matches are listed and nothing is done.
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    let listed: Vec<String> = stdout_of(&out)
        .lines()
        .map(|l| l.split_whitespace().next().unwrap().to_string())
        .collect();
    assert_eq!(listed, ["job-h0000000", "job-h0000001", "job-h0000002"]);
    assert!(
        stderr_of(&out).contains("3 job(s) match"),
        "{}",
        stderr_of(&out)
    );
}
