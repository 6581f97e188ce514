//! Consistent values across commands: `--timeout` durations, `--color`, and the hint
//! toward `http://` when an https endpoint gets no TLS answer.

use crate::common::{Answer, FakeServer, stderr_of, with_demo_keys};

#[test]
fn an_http_server_behind_a_bare_host_gets_a_hint_to_add_http() {
    let server = FakeServer::new()
        .always(Answer::verbatim(
            b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n",
        ))
        .start();
    let host = server.host();
    let home = tempfile::tempdir().unwrap();
    let out = with_demo_keys(home.path())
        .args([
            "--endpoint",
            &host,
            "--timeout",
            "500ms",
            "--max-attempts",
            "1",
        ])
        .args(["jobs", "describe"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    let err = stderr_of(&out);
    assert!(
        err.contains(&format!("use --endpoint http://{host}")),
        "{err}"
    );
}

#[test]
fn timeout_takes_the_same_durations_as_interval() {
    let home = tempfile::tempdir().unwrap();
    for value in ["30", "30s", "1m", "500ms"] {
        crate::common::batchctl(home.path())
            .args([
                "--emulator",
                "--timeout",
                value,
                "jobs",
                "describe",
                "--limit",
                "1",
            ])
            .assert()
            .success();
    }
    let out = crate::common::batchctl(home.path())
        .args(["--timeout", "soon", "jobs", "describe"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("'soon'"), "{}", stderr_of(&out));
}

#[test]
fn color_always_colours_even_piped_and_never_does_not() {
    let home = tempfile::tempdir().unwrap();
    let run = |args: &[&str], term: &str| {
        let out = crate::common::batchctl(home.path())
            .env("TERM", term)
            .args(["--emulator", "jobs", "describe", "--limit", "3"])
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success());
        crate::common::stdout_of(&out)
    };
    assert!(run(&["--color", "always"], "xterm").contains('\x1b'));
    assert!(!run(&["--color", "never"], "xterm").contains('\x1b'));
    assert!(!run(&[], "xterm").contains('\x1b'), "piped: auto is off");
    assert!(!run(&["--color", "always", "--no-color"], "xterm").contains('\x1b'));
}
