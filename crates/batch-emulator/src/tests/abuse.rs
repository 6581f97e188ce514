//! The emulator under abuse (issue 13, defect 6): many idle connections, huge announced
//! bodies, endless header lines and slow requests each get their HTTP answer or are
//! closed, thousands of idle connections are refused while it is full (issue 18), and a
//! normal request still gets its answer afterwards. Limits are small here
//! so that each test ends well within a second or two.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use crate::{Config, Handle, Limits, start_with_limits};

fn small_limits() -> Limits {
    Limits {
        max_connections: 8,
        max_head: 4096,
        max_body: 64 * 1024,
        idle: Duration::from_millis(300),
        request: Duration::from_millis(300),
    }
}

fn emulator() -> Handle {
    let mut config = Config::new("127.0.0.1:0", Vec::new());
    config.quiet = true;
    start_with_limits(config, small_limits()).unwrap()
}

fn connect(handle: &Handle) -> TcpStream {
    let stream = TcpStream::connect(handle.endpoint.trim_start_matches("http://")).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    stream
}

/// Everything the server sends until it closes the connection.
fn read_all(stream: &mut TcpStream) -> String {
    let mut out = Vec::new();
    let _ = stream.read_to_end(&mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// A normal (unsigned) request gets the service's JSON answer.
fn answers_normally(handle: &Handle) {
    let mut stream = connect(handle);
    stream
        .write_all(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
        .unwrap();
    let answer = read_all(&mut stream);
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer:?}");
    assert!(answer.contains("\"RequestId\""), "{answer:?}");
}

#[test]
fn idle_connections_are_capped_and_timed_out() {
    let handle = emulator();
    let started = Instant::now();
    let mut idle: Vec<TcpStream> = (0..20).map(|_| connect(&handle)).collect();
    // Those over the cap are refused at once with 503; the rest are closed when idle.
    let answers: Vec<String> = idle.iter_mut().map(read_all).collect();
    assert!(
        answers.iter().any(|a| a.starts_with("HTTP/1.1 503")),
        "{answers:?}"
    );
    assert!(answers.iter().any(String::is_empty), "{answers:?}");
    assert!(started.elapsed() < Duration::from_secs(3));
    answers_normally(&handle);
    handle.shutdown();
}

#[test]
fn a_huge_announced_body_is_413() {
    let handle = emulator();
    let mut stream = connect(&handle);
    stream
        .write_all(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1099511627776\r\n\r\n{}")
        .unwrap();
    let answer = read_all(&mut stream);
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer:?}");
    answers_normally(&handle);
    handle.shutdown();
}

#[test]
fn an_endless_header_line_is_431() {
    let handle = emulator();
    let mut stream = connect(&handle);
    let _ = stream.write_all(b"POST / HTTP/1.1\r\nX-Endless: ");
    let line = vec![b'a'; 1024];
    // The server answers and closes long before this ends.
    for _ in 0..1024 {
        if stream.write_all(&line).is_err() {
            break;
        }
    }
    let answer = read_all(&mut stream);
    assert!(
        answer.starts_with("HTTP/1.1 431") || answer.is_empty(),
        "{answer:?}"
    );
    answers_normally(&handle);
    handle.shutdown();
}

#[test]
fn a_slow_request_is_408() {
    let handle = emulator();
    let mut stream = connect(&handle);
    stream
        .write_all(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n{")
        .unwrap();
    let started = Instant::now();
    let answer = read_all(&mut stream);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer:?}");
    assert!(started.elapsed() < Duration::from_secs(2));

    let mut slow_head = connect(&handle);
    slow_head.write_all(b"POST / HTTP/1.1\r\nHo").unwrap();
    let answer = read_all(&mut slow_head);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer:?}");
    answers_normally(&handle);
    handle.shutdown();
}

/// The descriptors this test process may open (`ulimit -n`), if the shell tells.
fn descriptor_limit() -> Option<usize> {
    let out = std::process::Command::new("sh")
        .args(["-c", "ulimit -n"])
        .output()
        .ok()?;
    String::from_utf8_lossy(&out.stdout).trim().parse().ok()
}

#[test]
fn thousands_of_idle_connections_are_refused_while_full_and_service_resumes() {
    // The test holds every connection itself: a quarter of its descriptors at most,
    // leaving room for the tests running beside it.
    let count = descriptor_limit().map_or(3000, |n| (n / 4).min(3000));
    let limits = Limits {
        max_connections: 8,
        idle: Duration::from_secs(600),
        ..small_limits()
    };
    let mut config = Config::new("127.0.0.1:0", Vec::new());
    config.quiet = true;
    let handle = start_with_limits(config, limits).unwrap();
    let addr: std::net::SocketAddr = handle
        .endpoint
        .trim_start_matches("http://")
        .parse()
        .unwrap();
    let mut all: Vec<TcpStream> = (0..count)
        .map(|_| TcpStream::connect_timeout(&addr, Duration::from_secs(20)).unwrap())
        .collect();
    // Accepted in order: the first 8 are served (and stay open, idle), every later one
    // is answered 503 and closed at once.
    let refused = all.split_off(8);
    for mut stream in refused {
        stream
            .set_read_timeout(Some(Duration::from_secs(20)))
            .unwrap();
        let answer = read_all(&mut stream);
        assert!(answer.starts_with("HTTP/1.1 503"), "{answer:?}");
        assert!(answer.contains("\r\nDate: "), "{answer:?}");
    }
    // Still full while the first 8 stay.
    let mut extra = connect(&handle);
    assert!(read_all(&mut extra).starts_with("HTTP/1.1 503"));
    // Once they close, a normal request is answered (the server sees them close a
    // moment later).
    drop(all);
    let mut answered = None;
    for _ in 0..200 {
        let mut stream = connect(&handle);
        let _ = stream.write_all(
            b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}",
        );
        let answer = read_all(&mut stream);
        if answer.starts_with("HTTP/1.1 200") {
            answered = Some(answer);
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let answered = answered.expect("answered once the idle connections closed");
    assert!(answered.contains("\"RequestId\""), "{answered}");
    handle.shutdown();
}

#[test]
fn a_complete_head_over_the_limit_is_431() {
    let handle = emulator();
    let mut stream = connect(&handle);
    // 6000 bytes of headers: over the 4096 allowed, and complete.
    let request = format!(
        "POST / HTTP/1.1\r\nHost: x\r\nX-Big: {}\r\nContent-Length: 2\r\n\r\n{{}}",
        "a".repeat(6000)
    );
    stream.write_all(request.as_bytes()).unwrap();
    let answer = read_all(&mut stream);
    assert!(answer.starts_with("HTTP/1.1 431"), "{answer:?}");
    answers_normally(&handle);
    handle.shutdown();
}
