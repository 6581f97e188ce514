//! Test harness: starts `batchctl emulator serve` on a free loopback port (waiting for the
//! port by reading the endpoint line it prints once bound, never by sleeping), runs the
//! built binary against it with a clean environment, and reads the emulator's request log.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Stdio};

use serde_json::{Value, json};

pub mod hostile;

pub const BIN: &str = env!("CARGO_BIN_EXE_batchctl");
pub const DEMO_ID: &str = batchctl::emulator::DEMO_SECRET_ID;
pub const DEMO_KEY: &str = batchctl::emulator::DEMO_SECRET_KEY;

/// Environment variables that would leak the developer's own setup into a test.
const SCRUBBED: [&str; 12] = [
    "TENCENTCLOUD_SECRET_ID",
    "TENCENTCLOUD_SECRET_KEY",
    "TENCENTCLOUD_SESSION_TOKEN",
    "TENCENTCLOUD_TOKEN",
    "TENCENTCLOUD_REGION",
    "BATCHCTL_OUTPUT",
    "BATCHCTL_PROFILE",
    "BATCHCTL_ENDPOINT",
    "BATCHCTL_METADATA_ENDPOINT",
    "NO_COLOR",
    "HTTPS_PROXY",
    "HTTP_PROXY",
];

/// A `batchctl` command with a clean environment and a private, empty HOME.
pub fn batchctl(home: &Path) -> assert_cmd::Command {
    assert_cmd::Command::from_std(std_batchctl(home))
}

/// `batchctl` with the emulator's demo credentials, for servers given by `--endpoint`.
pub fn with_demo_keys(home: &Path) -> assert_cmd::Command {
    let mut cmd = batchctl(home);
    cmd.env("TENCENTCLOUD_SECRET_ID", DEMO_ID)
        .env("TENCENTCLOUD_SECRET_KEY", DEMO_KEY);
    cmd
}

/// The same as a `std::process::Command`, for tests that wire stdio themselves.
pub fn std_batchctl(home: &Path) -> Command {
    let mut cmd = Command::new(BIN);
    for var in SCRUBBED {
        cmd.env_remove(var);
    }
    cmd.env_remove("https_proxy")
        .env_remove("http_proxy")
        .env_remove("ALL_PROXY");
    cmd.env("HOME", home).env("NO_PROXY", "*");
    cmd
}

/// A running emulator, killed on drop.
pub struct Emulator {
    child: Child,
    _stdout: BufReader<ChildStdout>,
    pub endpoint: String,
    pub dir: tempfile::TempDir,
    log: PathBuf,
}

impl Emulator {
    /// The built-in demo set. Without the service's rate limit unless `extra` asks for
    /// one: tests fire requests faster than 2/s across processes.
    pub fn start(extra: &[&str]) -> Emulator {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("requests.jsonl");
        let no_limit: &[&str] = if extra
            .iter()
            .any(|a| *a == "--rate-limit" || a.starts_with("--rate-limit="))
        {
            &[]
        } else {
            &["--rate-limit", "0"]
        };
        let mut child = Command::new(BIN)
            .args([
                "-q",
                "emulator",
                "serve",
                "--listen",
                "127.0.0.1:0",
                "--log",
            ])
            .arg(&log)
            .args(no_limit)
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("starts the emulator");
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut first = String::new();
        stdout.read_line(&mut first).unwrap();
        let endpoint = first
            .trim()
            .rsplit(' ')
            .next()
            .filter(|e| e.starts_with("http://"))
            .unwrap_or_else(|| panic!("emulator did not print its endpoint: {first:?}"))
            .to_string();
        Emulator {
            child,
            _stdout: stdout,
            endpoint,
            dir,
            log,
        }
    }

    /// Serves exactly `jobs` (written to a file and passed with `--jobs`).
    pub fn with_jobs(jobs: &[Value], extra: &[&str]) -> Emulator {
        let file = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(file.path(), serde_json::to_vec(jobs).unwrap()).unwrap();
        let path = file.into_temp_path().keep().unwrap();
        let mut args = vec!["--jobs", path.to_str().unwrap()];
        args.extend_from_slice(extra);
        Emulator::start(&args)
    }

    /// `batchctl` pointed at this emulator with its demo credentials.
    pub fn cmd(&self) -> assert_cmd::Command {
        let mut cmd = batchctl(self.dir.path());
        cmd.env("BATCHCTL_ENDPOINT", &self.endpoint)
            .env("TENCENTCLOUD_SECRET_ID", DEMO_ID)
            .env("TENCENTCLOUD_SECRET_KEY", DEMO_KEY);
        cmd
    }

    /// [`Emulator::cmd`] as a `std::process::Command`, for tests that wire stdio themselves.
    pub fn std_cmd(&self) -> Command {
        let mut cmd = std_batchctl(self.dir.path());
        cmd.env("BATCHCTL_ENDPOINT", &self.endpoint)
            .env("TENCENTCLOUD_SECRET_ID", DEMO_ID)
            .env("TENCENTCLOUD_SECRET_KEY", DEMO_KEY);
        cmd
    }

    /// Every request the emulator has logged so far.
    pub fn requests(&self) -> Vec<Value> {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        text.lines()
            .map(|l| serde_json::from_str(l).expect("log line is JSON"))
            .collect()
    }

    /// The JSON bodies of the logged requests.
    pub fn bodies(&self) -> Vec<Value> {
        self.requests()
            .into_iter()
            .map(|r| r["body"].clone())
            .collect()
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A JobView in the service's key order.
pub fn job(id: &str, name: &str, state: &str, zone: &str, tags: &[(&str, &str)]) -> Value {
    let finished = matches!(state, "SUCCEED" | "FAILED" | "FAILED_INTERRUPTED");
    json!({
        "JobId": id,
        "JobName": name,
        "JobState": state,
        "Priority": 1,
        "Placement": { "Zone": zone },
        "CreateTime": "2024-05-01T10:00:00Z",
        "EndTime": if finished { json!("2024-05-01T10:02:30Z") } else { Value::Null },
        "TaskMetrics": {
            "SubmittedCount": 0, "PendingCount": 0, "RunnableCount": 0, "StartingCount": 0,
            "RunningCount": if finished { 0 } else { 1 }, "SucceedCount": if state == "SUCCEED" { 1 } else { 0 },
            "FailedInterruptedCount": 0, "FailedCount": if state == "FAILED" { 1 } else { 0 }
        },
        "Tags": tags.iter().map(|(k, v)| json!({"Key": k, "Value": v})).collect::<Vec<_>>()
    })
}

/// `n` plain jobs with IDs `job-t0000000`, `job-t0000001`, ….
pub fn many_jobs(n: usize) -> Vec<Value> {
    (0..n)
        .map(|i| {
            job(
                &format!("job-t{i:07}"),
                &format!("job {i}"),
                "SUCCEED",
                "ap-guangzhou-3",
                &[],
            )
        })
        .collect()
}

/// The sample response of the API reference.
pub fn sample() -> Value {
    let path = format!(
        "{}/tests/fixtures/describe-jobs-sample.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// A small HTTP server that answers every connection with `response` verbatim, for
/// answers the emulator would never give. Returns its endpoint.
pub fn canned_server(response: &'static [u8]) -> String {
    recording_server(response).0
}

/// A canned server that also keeps the head of every request it received.
pub fn recording_server(
    response: &'static [u8],
) -> (String, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let endpoint = format!("http://{}", listener.local_addr().unwrap());
    let heads = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let record = heads.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(16) {
            let Ok(mut stream) = stream else { continue };
            let mut buf = [0u8; 65536];
            let mut seen = Vec::new();
            // Read the request head and its body before answering.
            while let Ok(n) = stream.read(&mut buf) {
                if n == 0 {
                    break;
                }
                seen.extend_from_slice(&buf[..n]);
                if let Some(end) = seen.windows(4).position(|w| w == b"\r\n\r\n") {
                    let head = String::from_utf8_lossy(&seen[..end]).to_ascii_lowercase();
                    let len = head
                        .lines()
                        .find_map(|l| l.strip_prefix("content-length:"))
                        .and_then(|v| v.trim().parse::<usize>().ok())
                        .unwrap_or(0);
                    if seen.len() >= end + 4 + len {
                        break;
                    }
                }
            }
            if let Some(end) = seen.windows(4).position(|w| w == b"\r\n\r\n") {
                record
                    .lock()
                    .unwrap()
                    .push(String::from_utf8_lossy(&seen[..end]).into_owned());
            }
            let _ = stream.write_all(response);
            let _ = stream.flush();
        }
    });
    (endpoint, heads)
}

pub fn stdout_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

pub fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

/// One request as the [`ApiServer`] received it.
#[derive(Debug, Clone)]
pub struct Received {
    pub method: String,
    /// Header names lower-cased, in the order received.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Received {
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn action(&self) -> &str {
        self.header("x-tc-action").unwrap_or("")
    }

    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap()
    }

    /// True when `Authorization` is a TC3 signature of this very request with the demo
    /// key (recomputed here from the received bytes).
    pub fn signed_with_demo_key(&self) -> bool {
        let Some(auth) = self.header("authorization") else {
            return false;
        };
        let Some(parsed) = tc3::parse_authorization(auth) else {
            return false;
        };
        let timestamp: i64 = self
            .header("x-tc-timestamp")
            .and_then(|t| t.parse().ok())
            .unwrap_or(0);
        let signature = tc3::sign(
            DEMO_ID,
            DEMO_KEY,
            &tc3::Signable {
                method: &self.method,
                canonical_query: "",
                content_type: self.header("content-type").unwrap_or(""),
                host: self.header("host").unwrap_or(""),
                payload: &self.body,
                service: "batch",
                timestamp,
            },
        );
        parsed.secret_id == DEMO_ID && signature.authorization == auth
    }
}

/// How the [`ApiServer`] answers one request.
pub enum Answer {
    /// HTTP 200 with this `Response` object, wrapped as the service does.
    Response(Value),
    /// This HTTP status and body.
    Status(u16, &'static str),
    /// Read the request, then close the connection without a word (a lost answer).
    Drop,
}

/// A small HTTP server on 127.0.0.1 that records every request (method, headers, body)
/// and answers by `handler(request, index)`. One connection per request (`Connection:
/// close`), so a dropped answer never leaves a pooled connection behind.
pub struct ApiServer {
    pub endpoint: String,
    received: std::sync::Arc<std::sync::Mutex<Vec<Received>>>,
}

impl ApiServer {
    pub fn start(handler: impl Fn(&Received, usize) -> Answer + Send + 'static) -> ApiServer {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let endpoint = format!("http://{}", listener.local_addr().unwrap());
        let received = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let log = received.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let Some(request) = read_request(&mut stream) else {
                    continue;
                };
                let index = {
                    let mut log = log.lock().unwrap();
                    log.push(request.clone());
                    log.len() - 1
                };
                let (status, body) = match handler(&request, index) {
                    Answer::Response(response) => {
                        (200, json!({ "Response": response }).to_string())
                    }
                    Answer::Status(status, body) => (status, body.to_string()),
                    Answer::Drop => {
                        let _ = stream.shutdown(std::net::Shutdown::Both);
                        continue;
                    }
                };
                let head = format!(
                    "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                    body.len()
                );
                let _ = stream.write_all(head.as_bytes());
                let _ = stream.write_all(body.as_bytes());
                let _ = stream.flush();
            }
        });
        ApiServer { endpoint, received }
    }

    /// Every request received so far, in order.
    pub fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }

    /// `batchctl` with the demo credentials, pointed at this server, without pacing
    /// unless the test asks for it.
    pub fn cmd(&self, home: &Path) -> assert_cmd::Command {
        let mut cmd = with_demo_keys(home);
        cmd.args(["--endpoint", &self.endpoint]);
        cmd
    }
}

fn read_request(stream: &mut std::net::TcpStream) -> Option<Received> {
    let mut seen = Vec::new();
    let mut buf = [0u8; 65536];
    loop {
        if let Some(end) = seen.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&seen[..end]).into_owned();
            let mut lines = head.lines();
            let method = lines.next()?.split(' ').next()?.to_string();
            let headers: Vec<(String, String)> = lines
                .filter_map(|l| l.split_once(':'))
                .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
                .collect();
            let len = headers
                .iter()
                .find(|(k, _)| k == "content-length")
                .and_then(|(_, v)| v.parse::<usize>().ok())
                .unwrap_or(0);
            while seen.len() < end + 4 + len {
                let n = stream.read(&mut buf).ok()?;
                if n == 0 {
                    return None;
                }
                seen.extend_from_slice(&buf[..n]);
            }
            return Some(Received {
                method,
                headers,
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

/// `jobs wait --job-id IDS` against `emu`, polling every 100ms, unpaced.
pub fn wait(emu: &Emulator, ids: &str, extra: &[&str]) -> std::process::Output {
    emu.cmd()
        .args([
            "jobs",
            "wait",
            "--job-id",
            ids,
            "--interval",
            "100ms",
            "--rate-limit",
            "0",
        ])
        .args(extra)
        .output()
        .unwrap()
}

/// A recording server answering every action with its published example.
pub fn examples_server() -> ApiServer {
    ApiServer::start(|req, _| Answer::Response(api_example(req.action()).1))
}

/// `batchctl ARGS` against `server`, unpaced (`--rate-limit 0`), in a fresh home.
pub fn run_unpaced(server: &ApiServer, args: &[&str]) -> std::process::Output {
    let home = tempfile::tempdir().unwrap();
    server
        .cmd(home.path())
        .args(["--rate-limit", "0"])
        .args(args)
        .output()
        .unwrap()
}

/// The action and JSON body of every request `server` received, in order.
pub fn sent_bodies(server: &ApiServer) -> Vec<(String, Value)> {
    server
        .received()
        .iter()
        .map(|r| (r.action().to_string(), r.json()))
        .collect()
}

/// The published example of `action` (`api/examples/ACTION.json`): request and response.
pub fn api_example(action: &str) -> (Value, Value) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("api/examples")
        .join(format!("{action}.json"));
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    (doc["request"].clone(), doc["response"].clone())
}

/// An example request in tccli's syntax: `--Member VALUE` for each top-level member,
/// strings as text, everything else as JSON.
pub fn tccli_args(request: &Value) -> Vec<String> {
    let mut args = Vec::new();
    for (name, value) in request.as_object().unwrap() {
        args.push(format!("--{name}"));
        args.push(match value {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        });
    }
    args
}
