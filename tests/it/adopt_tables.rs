//! The tables of `jobs view|tasks`, `envs`, `templates` and `catalog` fit a terminal as
//! `jobs describe` does (IDs, states and indexes whole; free text cut with `…`), are never
//! cut when piped, and show local times with the offset once in the header, while json
//! keeps the service's UTC text.

use crate::common::{FakeServer, batchctl, stderr_of, stdout_of};
use unicode_width::UnicodeWidthStr;

/// Runs `args` on a forced terminal `width` columns wide (`None`: piped), in Beijing time.
fn run(cmd: &mut assert_cmd::Command, width: Option<usize>, args: &[&str]) -> String {
    cmd.env("TZ", "Asia/Shanghai");
    match width {
        Some(w) => cmd
            .env("BATCHCTL_FORCE_TERMINAL", "1")
            .env("COLUMNS", w.to_string()),
        None => cmd.env("COLUMNS", "40"),
    };
    let out = cmd.args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
    stdout_of(&out)
}

fn emulator(width: Option<usize>, args: &[&str]) -> String {
    let home = tempfile::tempdir().unwrap();
    let mut all = vec!["--emulator"];
    all.extend_from_slice(args);
    run(&mut batchctl(home.path()), width, &all)
}

fn examples(width: Option<usize>, args: &[&str]) -> String {
    let server = FakeServer::new().start();
    let home = tempfile::tempdir().unwrap();
    let mut all = vec!["--rate-limit", "0"];
    all.extend_from_slice(args);
    run(&mut server.cmd(home.path()), width, &all)
}

fn assert_fits(text: &str, width: usize) {
    assert!(!text.is_empty());
    for line in text.lines() {
        assert!(line.width() <= width, "{width}: {line:?}\n{text}");
    }
}

#[test]
fn jobs_tasks_fit_80_columns_with_indexes_and_states_whole() {
    let args = ["jobs", "tasks", "job-etl0fail"];
    let text = emulator(Some(80), &args);
    assert_fits(&text, 80);
    assert!(text.contains("CREATED (+08:00)"), "{text}");
    assert!(text.contains('…'), "the long reason is cut:\n{text}");
    let transform = text.lines().find(|l| l.starts_with("transform")).unwrap();
    let words: Vec<&str> = transform.split_whitespace().collect();
    assert_eq!(&words[1..4], ["0", "FAILED", "3"], "{transform}");

    let piped = emulator(None, &args);
    assert!(!piped.contains('…'), "piped is never cut:\n{piped}");
    assert!(piped.lines().any(|l| l.width() > 80), "{piped}");
    assert!(piped.contains("CREATED (+08:00)"), "{piped}");
}

#[test]
fn jobs_view_cuts_the_reason_but_never_the_id_or_state() {
    let text = emulator(Some(80), &["jobs", "view", "job-etl0fail"]);
    assert_fits(&text, 80);
    assert!(text.contains("Job:      job-etl0fail"), "{text}");
    assert!(text.contains("State:    FAILED"), "{text}");
    assert!(text.contains("+08:00"), "times are local:\n{text}");
    assert!(text.contains("CREATED (+08:00)"), "{text}");
    let piped = emulator(None, &["jobs", "view", "job-etl0fail"]);
    assert!(piped.contains("task load was not run because task transform failed"));
}

#[test]
fn catalog_tables_fit_with_zones_and_types_whole() {
    let text = emulator(Some(80), &["catalog", "zone-configs"]);
    assert_fits(&text, 80);
    // What a choice is made by stays: the type whole, cores, memory, price and stock.
    let header: Vec<&str> = text
        .lines()
        .next()
        .unwrap()
        .split("   ")
        .map(str::trim)
        .filter(|h| !h.is_empty())
        .collect();
    for kept in ["TYPE", "CORES", "MEM (GB)", "PRICE", "STOCK"] {
        assert!(header.contains(&kept), "{kept}: {header:?}");
    }
    for line in text.lines().skip(1) {
        let kind = line.split_whitespace().next().unwrap();
        assert!(kind.contains('.') && !kind.contains('…'), "{line}");
    }
    let wide = emulator(Some(80), &["-o", "wide", "catalog", "zone-configs"]);
    assert!(wide.lines().any(|l| l.width() > 80), "-o wide is never cut");
    assert!(!wide.contains('…'));
    assert_fits(&emulator(Some(80), &["catalog", "categories"]), 80);
}

#[test]
fn envs_list_fits_and_shows_local_times() {
    let text = examples(Some(80), &["envs", "list"]);
    assert_fits(&text, 80);
    assert!(text.contains("env-lcx7qbbr"), "{text}");
    let piped = examples(None, &["envs", "list"]);
    assert!(piped.contains("CREATED (+08:00)"), "{piped}");
    assert!(
        piped.contains("2020-09-22 14:51:42"),
        "UTC 06:51:42 in Beijing:\n{piped}"
    );
    assert!(!piped.contains('…'));
    let json = examples(None, &["-o", "json", "envs", "list"]);
    assert!(
        json.contains("\"2020-09-22T06:51:42Z\""),
        "json keeps UTC: {json}"
    );
}

#[test]
fn templates_list_fits_with_ids_whole() {
    let text = examples(Some(80), &["templates", "list"]);
    assert_fits(&text, 80);
    assert!(text.contains("task-tmpl-pq24rq1e"), "{text}");
    assert!(text.contains("task-tmpl-606i415o"), "{text}");
    let view = examples(Some(80), &["templates", "view", "task-tmpl-pq24rq1e"]);
    assert!(view.contains("2018-03-08 11:27:43 +08:00"), "{view}");
}
