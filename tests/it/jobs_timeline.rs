//! `jobs timeline JOB` against the emulator's demo job `job-etl0fail` (extract → transform
//! → load, transform fails): one row per instance, bars on one axis in the order the
//! dependences impose, 80 columns when piped, the SVG well-formed with one `<rect>` per
//! instance, and json intervals equal to DescribeTask's times.

use crate::common::*;
use serde_json::Value;

const JOB: &str = "job-etl0fail";

fn rows(text: &str) -> Vec<&str> {
    text.lines().filter(|l| l.contains('/')).collect()
}

/// The first and last column of `glyph` in the row labelled `label`.
fn span(text: &str, label: &str, glyph: char) -> (usize, usize) {
    let line = rows(text)
        .into_iter()
        .find(|l| l.starts_with(label))
        .unwrap_or_else(|| panic!("no row {label}: {text}"));
    let cols: Vec<usize> = line
        .chars()
        .enumerate()
        .filter(|(_, c)| *c == glyph)
        .map(|(i, _)| i)
        .collect();
    (cols[0], cols[cols.len() - 1])
}

#[test]
fn one_row_per_instance_in_dependence_order_within_80_columns() {
    let emu = Emulator::start(&[]);
    let out = emu.cmd().args(["jobs", "timeline", JOB]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    let labels: Vec<&str> = rows(&text)
        .iter()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert_eq!(
        labels,
        ["extract/0", "extract/1", "transform/0", "load/0"],
        "{text}"
    );
    for line in text.lines() {
        assert!(line.chars().count() <= 80, "{line:?}");
    }
    assert!(!text.contains('\x1b'), "no colour when piped: {text}");
    // transform runs only after extract has ended; load never ran (waiting only) and failed.
    let (_, extract_end) = span(&text, "extract/0", '█');
    let (transform_start, _) = span(&text, "transform/0", '█');
    assert!(transform_start > extract_end, "{text}");
    let load = rows(&text)[3];
    assert!(
        !load.contains('█') && load.contains('░') && load.ends_with("FAILED"),
        "{text}"
    );
    assert!(
        text.contains("waiting") && text.contains("succeeded"),
        "{text}"
    );
}

#[test]
fn json_intervals_are_describe_tasks_times() {
    let emu = Emulator::start(&[]);
    let out = emu
        .cmd()
        .args(["jobs", "timeline", JOB, "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let intervals: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    let out = emu
        .cmd()
        .args(["jobs", "tasks", JOB, "-o", "json"])
        .output()
        .unwrap();
    let tasks: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    let mut expected = Vec::new();
    for task in tasks["Tasks"].as_array().unwrap() {
        for i in task["TaskInstanceSet"].as_array().unwrap() {
            expected.push(serde_json::json!({
                "Task": task["TaskName"],
                "Index": i["TaskInstanceIndex"],
                "State": i["TaskInstanceState"],
                "Created": i["CreateTime"],
                "Running": i["RunningTime"],
                "Ended": i["EndTime"],
            }));
        }
    }
    assert_eq!(intervals, Value::Array(expected));
}

/// Tags balance, every `<` opens a tag: enough to know a browser will parse it.
fn assert_well_formed(doc: &str) {
    let body = doc
        .strip_prefix("<?xml")
        .and_then(|d| d.split_once("?>"))
        .unwrap()
        .1;
    let mut open: Vec<String> = Vec::new();
    let mut rest = body;
    while let Some(at) = rest.find('<') {
        let text = &rest[..at];
        assert!(!text.contains('>'), "stray > in {text:?}");
        for (i, _) in text.match_indices('&') {
            let entity = &text[i..text[i..].find(';').map_or(text.len(), |e| i + e + 1)];
            assert!(
                ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"].contains(&entity),
                "raw & in {text:?}"
            );
        }
        let end = rest[at..].find('>').expect("unclosed tag") + at;
        let tag = &rest[at + 1..end];
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(open.pop().as_deref(), Some(name), "{doc}");
        } else if !tag.ends_with('/') {
            open.push(tag.split_whitespace().next().unwrap().to_string());
        }
        rest = &rest[end + 1..];
    }
    assert!(open.is_empty(), "unclosed {open:?}");
}

#[test]
fn svg_is_a_well_formed_picture_with_one_rect_per_instance() {
    let emu = Emulator::start(&[]);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("timeline.svg");
    let out = emu
        .cmd()
        .args(["jobs", "timeline", JOB, "--svg"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(stdout_of(&out).is_empty());
    let doc = std::fs::read_to_string(&file).unwrap();
    assert_well_formed(&doc);
    assert!(doc.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert_eq!(doc.matches("<rect").count(), 4, "{doc}");
    assert!(doc.contains(">transform/0<"), "{doc}");
    // Nothing else is left beside it.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn a_long_task_is_capped_with_a_note_and_its_name_escaped_in_the_svg() {
    const NAME: &str = "a<b>&\"c'";
    let server = FakeServer::new()
        .answer(|req, _| {
            let body = req.json();
            let offset = body["Offset"].as_u64().unwrap_or(0);
            let set: Vec<Value> = (offset..250)
                .take(body["Limit"].as_u64().unwrap_or(100) as usize)
                .map(|i| {
                    serde_json::json!({"TaskInstanceIndex": i, "TaskInstanceState": "SUCCEED",
                        "CreateTime": "2026-11-30T01:00:00Z", "RunningTime": "2026-11-30T01:00:05Z",
                        "EndTime": format!("2026-11-30T01:{:02}:00Z", 1 + i % 50)})
                })
                .collect();
            Answer::Response(
                serde_json::json!({"JobId": "job-0000cap0", "TaskName": NAME,
                "TaskInstanceTotalCount": 250, "TaskInstanceSet": set, "RequestId": "r"}),
            )
        })
        .start();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("t.svg");
    let args = ["jobs", "timeline", "job-0000cap0", "--task", NAME];
    let out = run_unpaced(&server, &args);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    assert_eq!(rows(&text).len(), 200, "{text}");
    assert!(text.contains("note: 50 more instances"), "{text}");
    let mut svg_args: Vec<&str> = args.to_vec();
    let path = file.to_str().unwrap();
    svg_args.extend(["--svg", path]);
    let out = run_unpaced(&server, &svg_args);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("50 more instances"),
        "{}",
        stderr_of(&out)
    );
    let doc = std::fs::read_to_string(&file).unwrap();
    assert_well_formed(&doc);
    assert_eq!(doc.matches("<rect").count(), 200);
    // The data formats are not capped.
    let mut json_args: Vec<&str> = args.to_vec();
    json_args.extend(["-o", "json"]);
    let out = run_unpaced(&server, &json_args);
    let all: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    assert_eq!(all.as_array().map(Vec::len), Some(250));
    assert!(doc.contains("a&lt;b&gt;&amp;&quot;c&apos;/199"), "{doc}");
}

#[test]
fn jsonl_and_csv_give_the_intervals_as_lines() {
    let emu = Emulator::start(&[]);
    let out = emu
        .cmd()
        .args(["jobs", "timeline", JOB, "-o", "csv"])
        .output()
        .unwrap();
    let csv = stdout_of(&out);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "Task,Index,State,Created,Running,Ended");
    assert_eq!(lines.len(), 5, "{csv}");
    assert!(
        lines[4].starts_with("load,0,FAILED,") && lines[4].contains(",,"),
        "{csv}"
    );
    let out = emu
        .cmd()
        .args(["jobs", "timeline", JOB, "-o", "jsonl"])
        .output()
        .unwrap();
    let lines: Vec<Value> = stdout_of(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[2]["Task"], "transform");
    assert_eq!(lines[2]["State"], "FAILED");
}

#[test]
fn an_svg_path_that_cannot_be_written_is_one_clear_error_before_any_request() {
    let emu = Emulator::start(&[]);
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no/such/dir/t.svg");
    for (path, why) in [
        (missing.as_path(), "No such file or directory"),
        (dir.path(), "it is a directory"),
    ] {
        let out = emu
            .cmd()
            .args(["jobs", "timeline", JOB, "--svg"])
            .arg(path)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
        let err = stderr_of(&out);
        let lines: Vec<&str> = err.lines().collect();
        assert_eq!(lines.len(), 1, "{err}");
        assert!(
            lines[0].starts_with(&format!(
                "batchctl: error: --svg {}: cannot write it: ",
                path.display()
            )),
            "{err}"
        );
        assert!(lines[0].contains(why), "{err}");
        assert_eq!(err.matches("cannot write").count(), 1, "{err}");
    }
    assert!(
        emu.requests().is_empty(),
        "nothing is read for a picture that cannot be kept"
    );
}
