//! `batchctl api ACTION ARGS` for every published example: the request given in tccli's
//! syntax is sent as exactly that JSON body, signed right, and the answer is printed as
//! received.

use crate::common::*;
use serde_json::Value;

fn example_actions() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("api/examples");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()?
                .strip_suffix(".json")
                .map(String::from)
        })
        .collect();
    names.sort();
    names
}

#[test]
fn every_example_in_tccli_syntax_sends_its_body_signed_and_prints_its_answer() {
    let actions = example_actions();
    assert_eq!(actions.len(), 30, "one example per action");
    let server = FakeServer::new().start();
    let home = tempfile::tempdir().unwrap();
    for (i, action) in actions.iter().enumerate() {
        let (request, response) = api_example(action);
        let output = server
            .cmd(home.path())
            .args(["--rate-limit", "0", "api", action])
            .args(tccli_args(&request))
            .output()
            .unwrap();
        assert!(output.status.success(), "{action}: {}", stderr_of(&output));
        let received = server.received();
        assert_eq!(received.len(), i + 1, "{action}: one request");
        let sent = &received[i];
        assert_eq!(sent.action(), action);
        assert_eq!(sent.header("x-tc-version"), Some("2017-03-12"));
        assert!(sent.signed_with_demo_key(), "{action}: bad signature");
        let mut body = sent.json();
        let action_table = batch_api::action(action).unwrap();
        if let batch_api::Retry::Token(member) = action_table.retry
            && request.get(member).is_none()
        {
            let token = body
                .as_object_mut()
                .unwrap()
                .shift_remove(member)
                .unwrap_or_else(|| panic!("{action}: no {member} sent"));
            let token = token.as_str().unwrap();
            assert!(token.len() <= 64 && token.is_ascii(), "{token}");
        }
        assert_eq!(body, request, "{action}: the body sent");
        let printed: Value = serde_json::from_str(&stdout_of(&output))
            .unwrap_or_else(|e| panic!("{action}: stdout is not JSON: {e}"));
        assert_eq!(printed, response, "{action}: the answer printed");
    }
}

#[test]
fn the_action_list_names_every_action_with_its_limit() {
    let home = tempfile::tempdir().unwrap();
    let output = batchctl(home.path())
        .args(["api", "-o", "jsonl"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let rows: Vec<Value> = stdout_of(&output)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 30);
    let submit = rows.iter().find(|r| r["Action"] == "SubmitJob").unwrap();
    assert_eq!(submit["Kind"], "write");
    assert_eq!(submit["RateLimit"], serde_json::json!(7.0));
    let paging = rows.iter().filter(|r| r["Pages"] == true).count();
    assert_eq!(paging, 7, "the seven actions that page");
}

#[test]
fn action_help_lists_the_parameters_with_type_and_required() {
    let home = tempfile::tempdir().unwrap();
    let output = batchctl(home.path())
        .args(["api", "SubmitJob", "--help"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let help = stdout_of(&output);
    let line = |prefix: &str| {
        help.lines()
            .find(|l| l.trim_start().starts_with(prefix))
            .unwrap_or_else(|| panic!("no {prefix} in\n{help}"))
            .to_string()
    };
    assert!(
        line("--Placement ").contains("object Placement")
            && line("--Placement ").ends_with("required")
    );
    assert!(line(".Zone").contains("string") && line(".Zone").ends_with("required"));
    assert!(!line("--ClientToken").ends_with("required"));
    assert!(line(".Tasks").contains("list of Task"));
}

#[test]
fn an_unknown_action_is_a_usage_error_with_the_closest_name() {
    let home = tempfile::tempdir().unwrap();
    let output = batchctl(home.path())
        .args(["api", "DescribeJbos", "--JobIds", "[]"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let err = stderr_of(&output);
    assert!(
        err.starts_with("batchctl: error: unknown action 'DescribeJbos'"),
        "{err}"
    );
    if !batch_api::actions().is_empty() {
        assert!(err.contains("did you mean DescribeJobs?"), "{err}");
    }
}
