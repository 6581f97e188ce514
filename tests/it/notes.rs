//! Notes on stderr: every retry is a plain line (piped too, so CI logs show it), never
//! with `-q`; page progress of `--all` only on a terminal.

use crate::common::{Emulator, VIRTUAL_TIME, stderr_of};

#[test]
fn a_retry_is_noted_on_stderr_when_piped_and_never_with_quiet() {
    let emu = Emulator::start(&["--inject", "internal,ok,internal,ok"]);
    let out = emu
        .cmd()
        .env(VIRTUAL_TIME, "1")
        .args(["jobs", "describe", "--limit", "1"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    let note = err
        .lines()
        .find(|l| l.starts_with("batchctl: note: InternalError, retrying in "))
        .unwrap_or_else(|| panic!("no retry note:\n{err}"));
    assert!(note.ends_with("s (attempt 2 of 4)"), "{note}");
    assert!(
        !err.contains('\r') && !err.contains('\x1b'),
        "plain: {err:?}"
    );

    let quiet = emu
        .cmd()
        .args(["-q", "jobs", "describe", "--limit", "1"])
        .output()
        .unwrap();
    assert!(quiet.status.success());
    assert!(quiet.stderr.is_empty(), "{}", stderr_of(&quiet));
}

#[test]
fn page_progress_never_when_stderr_is_piped() {
    let home = tempfile::tempdir().unwrap();
    let out = crate::common::batchctl(home.path())
        .args([
            "--emulator",
            "--rate-limit",
            "0",
            "jobs",
            "describe",
            "--all",
        ])
        .args(["--page-size", "10", "-o", "jsonl"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        !stderr_of(&out).contains("reading page"),
        "{}",
        stderr_of(&out)
    );
}

/// `script` runs the command on a pseudo-terminal (util-linux), where it exists.
fn on_pty(command: &str) -> Option<String> {
    std::process::Command::new("script")
        .arg("--version")
        .output()
        .ok()?;
    let home = tempfile::tempdir().unwrap();
    let out = std::process::Command::new("script")
        .args(["-q", "-e", "-c", command, "/dev/null"])
        .env("HOME", home.path())
        .env_remove("BATCHCTL_OUTPUT")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn page_progress_on_a_terminal_says_pages_of_how_many_and_is_cleared() {
    let bin = crate::common::BIN;
    let Some(text) = on_pty(&format!(
        "{bin} --emulator --rate-limit 0 jobs describe --all --page-size 10 -o jsonl"
    )) else {
        return;
    };
    assert!(
        text.contains("batchctl: reading page 1 of 5 (10 of 44 jobs)"),
        "{text:?}"
    );
    assert!(text.contains("reading page 4 of 5"), "{text:?}");
    // Each progress line is erased before the rows that follow it.
    for (i, _) in text.match_indices("batchctl: reading page") {
        let rest = &text[i..];
        let end = rest.find('\r').unwrap_or(rest.len());
        assert!(rest[end..].starts_with("\r\x1b[2K"), "{text:?}");
    }
    let quiet = on_pty(&format!(
        "{bin} -q --emulator --rate-limit 0 jobs describe --all --page-size 10 -o jsonl"
    ))
    .unwrap();
    assert!(!quiet.contains("reading page"), "{quiet:?}");
}

#[test]
fn ctrl_c_leaves_no_stale_progress_line() {
    let bin = crate::common::BIN;
    if std::process::Command::new("timeout")
        .arg("--version")
        .output()
        .is_err()
    {
        return;
    }
    // Paced at 2 pages a second, 9 pages: the interrupt lands while the line is shown.
    let Some(text) = on_pty(&format!(
        "timeout --preserve-status -s INT 1.2 {bin} --emulator --rate-limit 2 jobs describe \
         --all --page-size 5 -o csv > /dev/null; echo \"status=$?\""
    )) else {
        return;
    };
    assert!(text.contains("reading page"), "{text:?}");
    assert!(text.contains("status=130"), "{text:?}");
    let last = text.rfind("batchctl: reading page").unwrap();
    assert!(
        text[last..].contains("\r\x1b[2K"),
        "the last progress line is cleared: {text:?}"
    );
}
