//! Helpers for the tests over real HTTP: raw exchanges on a socket, signed requests as
//! bytes, a quiet emulator, one with faults queued, and a pooled reqwest client.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use serde_json::Value;

use super::support::Req;
use crate::{Config, Handle, RateLimit, demo_jobs, faults, start, unix_now};

/// Sends raw HTTP/1.1 and returns (status line, headers, body).
pub(crate) fn http(endpoint: &str, request: &[u8]) -> (String, String, Vec<u8>) {
    let addr = endpoint.trim_start_matches("http://");
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    stream.write_all(request).unwrap();
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("an HTTP answer");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let (status, headers) = head.split_once("\r\n").unwrap_or((&head, ""));
    (
        status.to_string(),
        headers.to_string(),
        raw[split + 4..].to_vec(),
    )
}

/// A quiet emulator without a rate limit or faults.
pub(crate) fn quiet_config(listen: impl Into<String>, jobs: Vec<Value>) -> Config {
    Config {
        quiet: true,
        rate_limit: RateLimit::OFF,
        ..Config::new(listen, jobs)
    }
}

pub(crate) fn signed_http_request(endpoint: &str, body: &str) -> Vec<u8> {
    let host = endpoint.trim_start_matches("http://").to_string();
    let now = unix_now();
    let host: &'static str = Box::leak(host.into_boxed_str());
    let req = Req {
        host,
        timestamp: now,
        ..Req::post(body)
    };
    let mut text = String::from("POST / HTTP/1.1\r\n");
    for (name, value) in req.headers() {
        text.push_str(&format!("{name}: {value}\r\n"));
    }
    text.push_str(&format!(
        "Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    ));
    text.into_bytes()
}

/// The same signed request without `Connection: close`: the connection stays open for
/// more requests, as SDKs (and reqwest) keep it.
pub(crate) fn keep_alive(request: Vec<u8>) -> Vec<u8> {
    String::from_utf8(request)
        .unwrap()
        .replace("Connection: close\r\n", "")
        .into_bytes()
}

/// What a raw exchange got back: every byte until the server closed, or until
/// `patience` passed without a byte (`timed_out`).
pub(crate) struct Exchange {
    pub(crate) raw: Vec<u8>,
    pub(crate) timed_out: bool,
}

impl Exchange {
    pub(crate) fn head(&self) -> String {
        let end = self
            .raw
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .unwrap_or(self.raw.len());
        String::from_utf8_lossy(&self.raw[..end]).into_owned()
    }

    pub(crate) fn body(&self) -> &[u8] {
        match self.raw.windows(4).position(|w| w == b"\r\n\r\n") {
            Some(end) => &self.raw[end + 4..],
            None => &[],
        }
    }

    pub(crate) fn status(&self) -> String {
        self.head().lines().next().unwrap_or("").to_string()
    }

    /// A header's value, by case-insensitive name.
    pub(crate) fn header(&self, name: &str) -> Option<String> {
        self.head().lines().skip(1).find_map(|line| {
            let (n, v) = line.split_once(':')?;
            n.trim()
                .eq_ignore_ascii_case(name)
                .then(|| v.trim().to_string())
        })
    }

    pub(crate) fn json(&self) -> Value {
        serde_json::from_slice(self.body()).expect("a JSON body")
    }
}

/// Sends `request` on a fresh connection and reads until the server closes it, the
/// answer announced by `Content-Length` is complete, or `patience` passes in silence.
pub(crate) fn exchange_on(stream: &mut TcpStream, request: &[u8], patience: Duration) -> Exchange {
    stream.set_read_timeout(Some(patience)).unwrap();
    stream.write_all(request).unwrap();
    let mut raw = Vec::new();
    let mut buf = [0u8; 8192];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => {
                return Exchange {
                    raw,
                    timed_out: false,
                };
            }
            Ok(n) => raw.extend_from_slice(&buf[..n]),
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                return Exchange {
                    raw,
                    timed_out: true,
                };
            }
            // A reset connection: whatever came before it.
            Err(_) => {
                return Exchange {
                    raw,
                    timed_out: false,
                };
            }
        }
        let exchange = Exchange {
            raw: raw.clone(),
            timed_out: false,
        };
        let announced = exchange
            .header("Content-Length")
            .and_then(|n| n.parse::<usize>().ok());
        if exchange.head().len() < raw.len() && announced == Some(exchange.body().len()) {
            return exchange;
        }
    }
}

pub(crate) fn exchange(endpoint: &str, request: &[u8], patience: Duration) -> Exchange {
    let mut stream = TcpStream::connect(endpoint.trim_start_matches("http://")).unwrap();
    exchange_on(&mut stream, request, patience)
}

pub(crate) fn with_faults(list: &str, log: Option<std::path::PathBuf>) -> Handle {
    start(Config {
        faults: faults::parse_faults(list).unwrap(),
        log,
        ..quiet_config("127.0.0.1:0", demo_jobs())
    })
    .unwrap()
}

pub(crate) fn signed(handle: &Handle) -> Vec<u8> {
    keep_alive(signed_http_request(&handle.endpoint, r#"{"Limit": 1}"#))
}

/// Long enough for any answer on a busy machine; a fault that should close the
/// connection must not run into it.
pub(crate) const PATIENCE: Duration = Duration::from_secs(10);

pub(crate) fn post(
    client: &reqwest::blocking::Client,
    endpoint: &str,
    action: &'static str,
    body: &str,
) -> reqwest::Result<Value> {
    let host: &'static str = Box::leak(endpoint.trim_start_matches("http://").into());
    let req = Req {
        action,
        host,
        timestamp: unix_now(),
        ..Req::post(body)
    };
    let mut builder = client.post(endpoint).body(body.to_string());
    for (name, value) in req.headers() {
        builder = builder.header(name, value);
    }
    let bytes = builder.send()?.bytes()?;
    Ok(serde_json::from_slice(&bytes).expect("a JSON answer"))
}

pub(crate) fn client() -> reqwest::blocking::Client {
    reqwest::blocking::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap()
}
