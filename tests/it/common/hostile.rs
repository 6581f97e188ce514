//! A hostile HTTP server for the client's tests: it answers each request by a
//! [`Behaviour`] chosen from the request and its index — a redirect, a body dripped a byte
//! at a time, raw bytes, or a `Response` object — one thread a connection, so a slow
//! answer never holds up another. It records what it received.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Value, json};

/// One request as received: the action header and the body.
#[derive(Debug, Clone)]
pub struct Request {
    pub head: String,
    pub body: Vec<u8>,
}

impl Request {
    pub fn action(&self) -> String {
        self.head
            .lines()
            .find_map(|l| {
                let (k, v) = l.split_once(':')?;
                k.trim()
                    .eq_ignore_ascii_case("x-tc-action")
                    .then(|| v.trim().to_string())
            })
            .unwrap_or_default()
    }

    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or(Value::Null)
    }
}

/// How one request is answered.
pub enum Behaviour {
    /// HTTP 200 with `{"Response": value}`.
    Response(Value),
    /// This status, with a `Location` header and an empty body.
    Redirect(u16, String),
    /// HTTP 200 whose body is sent one byte every `every`.
    Drip(Vec<u8>, Duration),
    /// Status and body as given.
    Raw(u16, Vec<u8>),
}

pub struct Hostile {
    pub endpoint: String,
    received: Arc<Mutex<Vec<Request>>>,
}

impl Hostile {
    pub fn start(
        handler: impl Fn(&Request, usize) -> Behaviour + Send + Sync + 'static,
    ) -> Hostile {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let endpoint = format!("http://{}", listener.local_addr().unwrap());
        let received = Arc::new(Mutex::new(Vec::new()));
        let log = received.clone();
        let handler = Arc::new(handler);
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let log = log.clone();
                let handler = handler.clone();
                std::thread::spawn(move || {
                    let Some(request) = read_request(&mut stream) else {
                        return;
                    };
                    let index = {
                        let mut log = log.lock().unwrap();
                        log.push(request.clone());
                        log.len() - 1
                    };
                    answer(&mut stream, handler(&request, index));
                });
            }
        });
        Hostile { endpoint, received }
    }

    /// Every request received so far.
    pub fn received(&self) -> Vec<Request> {
        self.received.lock().unwrap().clone()
    }

    /// The host:port this server listens on.
    pub fn host(&self) -> String {
        self.endpoint.trim_start_matches("http://").to_string()
    }
}

fn answer(stream: &mut TcpStream, behaviour: Behaviour) {
    let head = |status: u16, len: usize, extra: &str| {
        format!(
            "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {len}\r\n{extra}Connection: close\r\n\r\n"
        )
    };
    match behaviour {
        Behaviour::Response(value) => {
            let body = json!({ "Response": value }).to_string();
            let _ = stream.write_all(head(200, body.len(), "").as_bytes());
            let _ = stream.write_all(body.as_bytes());
        }
        Behaviour::Redirect(status, location) => {
            let _ =
                stream.write_all(head(status, 0, &format!("Location: {location}\r\n")).as_bytes());
        }
        Behaviour::Raw(status, body) => {
            let _ = stream.write_all(head(status, body.len(), "").as_bytes());
            let _ = stream.write_all(&body);
        }
        Behaviour::Drip(body, every) => {
            let _ = stream.write_all(head(200, body.len(), "").as_bytes());
            let _ = stream.flush();
            for b in body {
                if stream.write_all(&[b]).is_err() || stream.flush().is_err() {
                    return;
                }
                std::thread::sleep(every);
            }
        }
    }
    let _ = stream.flush();
}

fn read_request(stream: &mut TcpStream) -> Option<Request> {
    let mut seen = Vec::new();
    let mut buf = [0u8; 65536];
    loop {
        if let Some(end) = seen.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&seen[..end]).into_owned();
            let len = head
                .lines()
                .find_map(|l| {
                    let (k, v) = l.split_once(':')?;
                    k.trim()
                        .eq_ignore_ascii_case("content-length")
                        .then(|| v.trim().parse::<usize>().ok())?
                })
                .unwrap_or(0);
            while seen.len() < end + 4 + len {
                let n = stream.read(&mut buf).ok()?;
                if n == 0 {
                    return None;
                }
                seen.extend_from_slice(&buf[..n]);
            }
            return Some(Request {
                head,
                body: seen[end + 4..end + 4 + len].to_vec(),
            });
        }
        let n = stream.read(&mut buf).ok()?;
        if n == 0 {
            return None;
        }
        seen.extend_from_slice(&buf[..n]);
    }
}

/// `[[[ … 0 … ]]]` nested `depth` levels.
pub fn nested(depth: usize) -> String {
    let mut s = String::with_capacity(depth * 2 + 1);
    s.extend(std::iter::repeat_n('[', depth));
    s.push('0');
    s.extend(std::iter::repeat_n(']', depth));
    s
}

/// A JobView as DescribeJobs lists it.
pub fn job_view(id: &str, state: &str) -> Value {
    json!({
        "JobId": id, "JobName": "n", "JobState": state, "Priority": 0,
        "Placement": { "Zone": "ap-guangzhou-3" }, "CreateTime": "2024-01-01T00:00:00Z",
        "EndTime": null, "TaskMetrics": {}, "Tags": []
    })
}

/// A DescribeJob answer for `id`.
pub fn job_detail(id: &str, state: &str) -> Value {
    json!({
        "JobId": id, "JobName": "n", "JobState": state, "Priority": 0,
        "Zone": "ap-guangzhou-3", "CreateTime": "2024-01-01T00:00:00Z",
        "TaskSet": [], "DependenceSet": [], "Tags": [], "RequestId": "r-1"
    })
}

/// A plausible answer to any request: DescribeJobs lists `job-aaaaaaaa`, DescribeJob
/// shows it; other actions get their RequestId only.
pub fn normal_answer(request: &Request) -> Value {
    match request.action().as_str() {
        "DescribeJobs" => json!({
            "TotalCount": 1,
            "JobSet": [job_view("job-aaaaaaaa", "SUCCEED")],
            "RequestId": "r-1"
        }),
        "DescribeJob" => job_detail("job-aaaaaaaa", "SUCCEED"),
        // Every other action: its published example answer.
        action => {
            let path = format!("{}/api/examples/{action}.json", env!("CARGO_MANIFEST_DIR"));
            std::fs::read_to_string(path)
                .ok()
                .and_then(|text| serde_json::from_str::<Value>(&text).ok())
                .map_or_else(|| json!({ "RequestId": "r-1" }), |e| e["response"].clone())
        }
    }
}
