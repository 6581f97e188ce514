//! `batchctl emulator serve` outlives its clients' mistakes (issue 18): with only 64 file
//! descriptors and hundreds of idle connections held open, the process stays up, refuses
//! what it cannot take (503 or a closed connection, never a hang), and serves normally
//! once the idle connections close.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::common::*;

/// `batchctl emulator serve` under `ulimit -n nofile`, and the endpoint it prints.
/// The child's stdout is returned too: it must stay open while the emulator runs (its
/// banner goes on after the first line).
fn serve_with_nofile(
    nofile: u32,
    home: &std::path::Path,
) -> (Child, BufReader<std::process::ChildStdout>, String) {
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "ulimit -n {nofile} && exec \"$0\" -q emulator serve --listen 127.0.0.1:0 --rate-limit 0"
        ))
        .arg(BIN)
        .env("HOME", home)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(home.join("stderr")).unwrap())
        .spawn()
        .expect("starts the emulator");
    let mut first = String::new();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    stdout.read_line(&mut first).unwrap();
    let endpoint = first
        .trim()
        .rsplit(' ')
        .next()
        .filter(|e| e.starts_with("http://"))
        .unwrap_or_else(|| panic!("emulator did not print its endpoint: {first:?}"))
        .to_string();
    (child, stdout, endpoint)
}

/// What a fresh connection gets for a request: the bytes until the server closes it
/// (empty when it is closed or reset without an answer), or `None` if nothing at all
/// happens within a generous 20 s.
fn fresh_answer(addr: &SocketAddr) -> Option<String> {
    let Ok(mut stream) = TcpStream::connect_timeout(addr, Duration::from_secs(20)) else {
        return Some(String::new());
    };
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    if stream
        .write_all(
            b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}",
        )
        .is_err()
    {
        return Some(String::new());
    }
    let mut raw = Vec::new();
    match stream.read_to_end(&mut raw) {
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
            ) =>
        {
            None
        }
        _ => Some(String::from_utf8_lossy(&raw).into_owned()),
    }
}

#[test]
fn the_emulator_outlives_descriptor_exhaustion_and_serves_once_idle_clients_leave() {
    let home = tempfile::tempdir().unwrap();
    let (mut child, _stdout, endpoint) = serve_with_nofile(64, home.path());
    let addr: SocketAddr = endpoint.trim_start_matches("http://").parse().unwrap();

    // Three hundred idle connections, far more than 64 descriptors can hold.
    let idle: Vec<TcpStream> = (0..300)
        .filter_map(|_| TcpStream::connect_timeout(&addr, Duration::from_secs(5)).ok())
        .collect();
    assert!(idle.len() > 64, "only {} connections were made", idle.len());

    // While it is full, a new client is refused at once: a 503 or a closed connection.
    let answer = fresh_answer(&addr).expect("a new client is refused, not left hanging");
    assert!(
        answer.is_empty() || answer.starts_with("HTTP/1.1 503"),
        "{answer:?}"
    );
    assert!(
        child.try_wait().unwrap().is_none(),
        "the emulator died: {}",
        std::fs::read_to_string(home.path().join("stderr")).unwrap_or_default()
    );

    // Once the idle clients leave, a signed request is answered normally.
    drop(idle);
    let mut served = None;
    for _ in 0..100 {
        let out = with_demo_keys(home.path())
            .env("BATCHCTL_ENDPOINT", &endpoint)
            .args(["api", "DescribeJobs", "--rate-limit", "0", "--timeout", "5"])
            .output()
            .unwrap();
        if out.status.success() {
            served = Some(stdout_of(&out));
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let alive = child.try_wait().unwrap().is_none();
    let _ = child.kill();
    let _ = child.wait();
    assert!(
        alive,
        "the emulator died: {}",
        std::fs::read_to_string(home.path().join("stderr")).unwrap_or_default()
    );
    let served = served.expect("a normal request succeeds once the idle clients left");
    assert!(served.contains("\"TotalCount\""), "{served}");
}
