//! Tables on a terminal fit its width (names and tags cut, IDs and states whole); piped
//! they are never cut; times are local with the offset in the header.

use crate::common::{batchctl, stdout_of};
use unicode_width::UnicodeWidthStr;

/// Runs `args` as if on a terminal `width` columns wide (the renderer's forced-terminal
/// switch plus `COLUMNS`), in Beijing time.
fn on_terminal(width: usize, args: &[&str]) -> String {
    let home = tempfile::tempdir().unwrap();
    let out = batchctl(home.path())
        .env("BATCHCTL_FORCE_TERMINAL", "1")
        .env("COLUMNS", width.to_string())
        .env("TZ", "Asia/Shanghai")
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", crate::common::stderr_of(&out));
    stdout_of(&out)
}

fn piped(args: &[&str]) -> String {
    let home = tempfile::tempdir().unwrap();
    let out = batchctl(home.path())
        .env("COLUMNS", "40")
        .env("TZ", "Asia/Shanghai")
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", crate::common::stderr_of(&out));
    stdout_of(&out)
}

/// The IDs and states of the piped (uncut) table: the first and third words of each row.
fn ids_and_states(table: &str) -> Vec<(String, String)> {
    table
        .lines()
        .skip(1)
        .map(|l| {
            let id = l.split_whitespace().next().unwrap().to_string();
            let state = l
                .split_whitespace()
                .find(|w| batchctl::transport::envelope::JOB_STATES.contains(w))
                .unwrap_or("")
                .to_string();
            (id, state)
        })
        .collect()
}

#[test]
fn describe_fits_80_100_and_200_columns() {
    let args = ["--emulator", "jobs", "describe", "--all"];
    let full = piped(&args);
    let expected = ids_and_states(&full);
    assert!(expected.len() > 20);
    assert!(
        full.lines().any(|l| l.width() > 100),
        "piped output is never cut:\n{full}"
    );
    assert!(!full.contains('…'));
    for width in [80, 100, 200] {
        let text = on_terminal(width, &args);
        for line in text.lines() {
            assert!(line.width() <= width, "{width}: {line:?}\n{text}");
        }
        let lines: Vec<&str> = text.lines().skip(1).collect();
        assert_eq!(lines.len(), expected.len());
        for (line, (id, state)) in lines.iter().zip(&expected) {
            assert!(line.starts_with(&format!("{id} ")), "{line}");
            assert!(
                line.split_whitespace().any(|w| w == state),
                "{state} whole: {line}"
            );
        }
        // The age is kept before the full creation time, which needs 19 columns more.
        if width >= 100 {
            assert!(text.lines().next().unwrap().contains("AGE"), "{text}");
        }
        if width >= 200 {
            assert!(text.contains("CREATED (+08:00)"), "{text}");
        }
    }
}

#[test]
fn api_rows_fit_the_terminal_too() {
    let args = ["--emulator", "api", "DescribeJobs", "-o", "table"];
    let text = on_terminal(80, &args);
    assert!(text.lines().all(|l| l.width() <= 80), "{text}");
    assert!(text.lines().nth(1).unwrap().starts_with("job-"), "{text}");
    let full = piped(&args);
    assert!(full.lines().any(|l| l.width() > 200), "{full}");
}

#[test]
fn wide_is_never_cut() {
    let text = on_terminal(80, &["--emulator", "jobs", "describe", "-o", "wide"]);
    assert!(!text.contains('…'));
    assert!(text.lines().next().unwrap().contains("ENDED (+08:00)"));
    assert!(text.lines().next().unwrap().contains("SUBMITTED"));
}

#[test]
fn columns_accept_the_headers_people_see() {
    let text = piped(&[
        "--emulator",
        "jobs",
        "describe",
        "--columns",
        "id,State,CREATED",
        "--limit",
        "2",
    ]);
    let header: Vec<&str> = text
        .lines()
        .next()
        .unwrap()
        .split("  ")
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .collect();
    assert_eq!(header, ["ID", "STATE", "CREATED (+08:00)"], "{text}");
}

/// In a real pseudo-terminal (util-linux `script`), where it exists.
#[test]
fn a_real_terminal_is_detected() {
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let out = std::process::Command::new("script")
        .args(["-q", "-e", "-c"])
        .arg(format!(
            "{} --emulator jobs describe --all --no-color",
            crate::common::BIN
        ))
        .arg("/dev/null")
        .env("HOME", home.path())
        .env("COLUMNS", "60")
        .env_remove("BATCHCTL_OUTPUT")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).replace('\r', "");
    let table: Vec<&str> = text.lines().filter(|l| l.starts_with("job-")).collect();
    assert!(table.len() > 20, "{text}");
    assert!(table.iter().all(|l| l.width() <= 60), "{text}");
}
