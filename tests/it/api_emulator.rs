//! `batchctl api` against the real emulator: a lost SubmitJob answer makes exactly one job,
//! the emulator's per-action limit is never provoked by the client's own pacing, and
//! the emulator refuses, with the client's validator, what the client would refuse.

use crate::common::*;
use serde_json::{Value, json};

fn submit_args() -> Vec<String> {
    let (request, _) = api_example("SubmitJob");
    let mut args = vec!["api".to_string(), "SubmitJob".to_string()];
    args.extend(tccli_args(&request));
    args
}

#[test]
fn a_lost_submit_answer_makes_exactly_one_job_with_one_client_token() {
    let emu = Emulator::start(&["--inject", "lost"]);
    let out = emu.cmd().args(submit_args()).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let answer: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    let job_id = answer["JobId"].as_str().unwrap().to_string();
    assert!(job_id.starts_with("job-"), "{answer}");

    let submits: Vec<Value> = emu
        .requests()
        .into_iter()
        .filter(|r| r["action"] == "SubmitJob")
        .collect();
    assert_eq!(
        submits.len(),
        2,
        "one lost attempt, one answered: {submits:?}"
    );
    assert_eq!(submits[0]["outcome"], "inject:lost");
    let tokens: Vec<&Value> = submits.iter().map(|r| &r["body"]["ClientToken"]).collect();
    assert!(tokens[0].is_string(), "{tokens:?}");
    assert_eq!(tokens[0], tokens[1], "every attempt carries the same token");

    // Exactly one job was created, and it is the one printed.
    let listed = emu
        .cmd()
        .args([
            "jobs",
            "describe",
            "--name",
            "normal_job",
            "--all",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(listed.status.code(), Some(0), "{}", stderr_of(&listed));
    let doc: Value = serde_json::from_str(&stdout_of(&listed)).unwrap();
    let ids: Vec<&str> = doc["JobSet"]
        .as_array()
        .unwrap()
        .iter()
        .map(|j| j["JobId"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [job_id.as_str()]);
}

#[test]
fn paced_paging_never_meets_the_emulators_published_limit() {
    // The emulator enforces DescribeJobs' published 2/s; one invocation reading 4 pages or more
    // is paced by its own bucket and is never refused.
    let emu = Emulator::start(&["--rate-limit", "published"]);
    let out = emu
        .cmd()
        .args([
            "api",
            "DescribeJobs",
            "--all",
            "--Limit",
            "12",
            "-o",
            "jsonl",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let requests = emu.requests();
    let total = requests[0]["total"].as_u64().unwrap() as usize;
    assert_eq!(stdout_of(&out).lines().count(), total);
    let outcomes: Vec<&str> = requests
        .iter()
        .map(|r| r["outcome"].as_str().unwrap_or("?"))
        .collect();
    assert_eq!(outcomes, vec!["ok"; total.div_ceil(12)]);
    assert!(outcomes.len() >= 4, "{outcomes:?}");
}

#[test]
fn the_emulator_refuses_what_the_client_refuses_with_the_same_path() {
    let emu = Emulator::start(&[]);
    let bad_job = r#"{"JobNam":"x","Tasks":[]}"#;
    let client = emu
        .cmd()
        .args([
            "api",
            "SubmitJob",
            "--Placement.Zone",
            "ap-guangzhou-3",
            "--Job",
            bad_job,
        ])
        .output()
        .unwrap();
    assert_eq!(client.status.code(), Some(2));
    assert!(
        stderr_of(&client).contains("Job.JobNam"),
        "{}",
        stderr_of(&client)
    );
    assert!(emu.requests().is_empty(), "nothing sent");

    // The same body sent raw (no client-side check) gets the service's code.
    let body =
        json!({"Placement": {"Zone": "ap-guangzhou-3"}, "Job": {"JobNam": "x", "Tasks": []}});
    let served = post_raw(&emu, "SubmitJob", &body);
    assert_eq!(served["Response"]["Error"]["Code"], "UnknownParameter");
    let message = served["Response"]["Error"]["Message"].as_str().unwrap();
    assert!(message.contains("Job.JobNam"), "{message}");
}

/// Sends `body` to the emulator as `action`, signed with the demo key, without
/// batchctl's own validation (so the emulator's is what answers).
fn post_raw(emu: &Emulator, action: &str, body: &Value) -> Value {
    let payload = body.to_string();
    let host = emu.endpoint.trim_start_matches("http://").to_string();
    let timestamp = chrono::Utc::now().timestamp();
    let signature = tc3::sign(
        DEMO_ID,
        DEMO_KEY,
        &tc3::Signable {
            method: "POST",
            canonical_query: "",
            content_type: "application/json",
            host: &host,
            payload: payload.as_bytes(),
            service: "batch",
            timestamp,
        },
    );
    let answer = reqwest::blocking::Client::new()
        .post(&emu.endpoint)
        .header("Content-Type", "application/json")
        .header("Host", &host)
        .header("X-TC-Action", action)
        .header("X-TC-Version", "2017-03-12")
        .header("X-TC-Timestamp", timestamp.to_string())
        .header("X-TC-Region", "ap-guangzhou")
        .header("X-TC-Language", "en-US")
        .header("Authorization", signature.authorization)
        .body(payload)
        .send()
        .unwrap();
    serde_json::from_str(&answer.text().unwrap()).unwrap()
}
