//! [`FakeServer`]: a small HTTP server on 127.0.0.1 for the answers the emulator would
//! never give. Built as `FakeServer::new().answer(|request, index| …).start()`, it answers
//! each request by what the closure returns for it and its index (0 for the first): a
//! `Response` object, an HTTP status, raw bytes, a redirect, a body dripped a byte at a
//! time, or a dropped connection. It records every request it received (its head as
//! sent, headers, body, when it arrived) and how each answer went out, so a test asserts
//! on what the client sent and on the order of events rather than on how long it took.
//! One thread a connection (so a slow answer never holds up another) and `Connection:
//! close` on every answer (so a dropped one never leaves a pooled connection behind).
//! Dropping the server stops it.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use super::{DEMO_ID, DEMO_KEY, api_example, with_demo_keys};

/// How long [`FakeServer::wait_for_requests`] waits before it fails the test: a safety
/// net for a client that never sends, not a measure of anything.
const PATIENCE: Duration = Duration::from_secs(120);

/// One request as the server received it.
#[derive(Debug, Clone)]
pub struct Received {
    /// The request line and the header lines, as sent (without the blank line).
    pub head: String,
    pub method: String,
    /// The request target: a path, or a whole URL when sent to a proxy.
    pub target: String,
    /// Header names lower-cased, in the order received.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// When the whole request had arrived, by the server's clock.
    pub at: Instant,
}

impl Received {
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The `X-TC-Action` header, or "".
    pub fn action(&self) -> &str {
        self.header("x-tc-action").unwrap_or("")
    }

    /// The body as JSON (a request whose body is not JSON fails the test).
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "the request body is not JSON ({e}): {}",
                String::from_utf8_lossy(&self.body)
            )
        })
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

/// How the server answers one request.
#[derive(Debug, Clone)]
pub enum Answer {
    /// HTTP 200 with `{"Response": value}`, as the service wraps its answers.
    Response(Value),
    /// This HTTP status and JSON body.
    Status(u16, Vec<u8>),
    /// This HTTP status and a `text/plain` body (the instance metadata service's kind).
    Text(u16, String),
    /// This status, with a `Location` header and an empty body.
    Redirect(u16, String),
    /// HTTP 200 whose body (given whole) is sent one byte every `Duration`.
    Drip(Vec<u8>, Duration),
    /// These bytes as the whole answer, status line and headers included.
    Verbatim(Vec<u8>),
    /// Read the request, then close the connection without a word (a lost answer).
    Drop,
}

impl Answer {
    /// [`Answer::Status`] from any body.
    pub fn status(status: u16, body: impl Into<Vec<u8>>) -> Answer {
        Answer::Status(status, body.into())
    }

    /// [`Answer::Verbatim`] from any bytes.
    pub fn verbatim(bytes: impl Into<Vec<u8>>) -> Answer {
        Answer::Verbatim(bytes.into())
    }
}

/// How an answer went out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    /// Still being written (a drip in progress).
    Pending,
    /// Written whole.
    Full,
    /// The client went away before it was written whole.
    Cut,
    /// Not answered: the connection was closed on purpose ([`Answer::Drop`]).
    Dropped,
}

type Handler = dyn Fn(&Received, usize) -> Answer + Send + Sync;

/// A [`FakeServer`] to be: how it answers.
pub struct FakeServerBuilder {
    handler: Arc<Handler>,
}

impl FakeServerBuilder {
    /// Answers each request by `handler(request, index)`, `index` counting from 0 in the
    /// order the requests arrived whole.
    pub fn answer(
        mut self,
        handler: impl Fn(&Received, usize) -> Answer + Send + Sync + 'static,
    ) -> FakeServerBuilder {
        self.handler = Arc::new(handler);
        self
    }

    /// Answers every request with `answer`.
    pub fn always(self, answer: Answer) -> FakeServerBuilder {
        self.answer(move |_, _| answer.clone())
    }

    /// Binds a free loopback port and starts serving: the port is open on return.
    pub fn start(self) -> FakeServer {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let shared = Arc::new(Shared {
            log: Mutex::new(Vec::new()),
            arrived: Condvar::new(),
            stopped: AtomicBool::new(false),
        });
        let serving = shared.clone();
        let handler = self.handler;
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                if serving.stopped.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let shared = serving.clone();
                let handler = handler.clone();
                std::thread::spawn(move || serve(stream, &shared, &*handler));
            }
        });
        FakeServer {
            endpoint: format!("http://{addr}"),
            addr,
            shared,
        }
    }
}

/// A running fake server; see the module's documentation.
pub struct FakeServer {
    pub endpoint: String,
    addr: SocketAddr,
    shared: Arc<Shared>,
}

struct Shared {
    log: Mutex<Vec<(Received, Delivery)>>,
    arrived: Condvar,
    stopped: AtomicBool,
}

impl FakeServer {
    /// A server that answers every action with its published example
    /// (`api/examples/ACTION.json`) until told otherwise.
    #[allow(clippy::new_ret_no_self)]
    pub fn new() -> FakeServerBuilder {
        FakeServerBuilder {
            handler: Arc::new(|req, _| Answer::Response(api_example(req.action()).1)),
        }
    }

    /// Every request received so far, in order.
    pub fn received(&self) -> Vec<Received> {
        let log = self.shared.log.lock().unwrap();
        log.iter().map(|(r, _)| r.clone()).collect()
    }

    /// How the answer to each request received so far went out, in order.
    pub fn deliveries(&self) -> Vec<Delivery> {
        let log = self.shared.log.lock().unwrap();
        log.iter().map(|(_, d)| *d).collect()
    }

    /// Blocks until at least `n` requests have arrived (a readiness signal, not a
    /// sleep), and returns them. Fails the test if they never come.
    pub fn wait_for_requests(&self, n: usize) -> Vec<Received> {
        let log = self.shared.log.lock().unwrap();
        let (log, waited) = self
            .shared
            .arrived
            .wait_timeout_while(log, PATIENCE, |log| log.len() < n)
            .unwrap();
        assert!(
            !waited.timed_out(),
            "{} of {n} requests arrived in {PATIENCE:?}",
            log.len()
        );
        log.iter().map(|(r, _)| r.clone()).collect()
    }

    /// The host:port this server listens on.
    pub fn host(&self) -> String {
        self.addr.to_string()
    }

    /// `batchctl` with the demo credentials, pointed at this server (paced unless the
    /// test says otherwise).
    pub fn cmd(&self, home: &Path) -> assert_cmd::Command {
        let mut cmd = with_demo_keys(home);
        cmd.args(["--endpoint", &self.endpoint]);
        cmd
    }
}

impl Drop for FakeServer {
    fn drop(&mut self) {
        self.shared.stopped.store(true, Ordering::SeqCst);
        // Wake the accepting thread so that it sees the flag and closes the port.
        let _ = TcpStream::connect(self.addr);
    }
}

fn serve(mut stream: TcpStream, shared: &Shared, handler: &Handler) {
    let Some(request) = read_request(&mut stream) else {
        return;
    };
    let index = {
        let mut log = shared.log.lock().unwrap();
        log.push((request.clone(), Delivery::Pending));
        shared.arrived.notify_all();
        log.len() - 1
    };
    let delivery = write_answer(&mut stream, handler(&request, index));
    shared.log.lock().unwrap()[index].1 = delivery;
}

fn write_answer(stream: &mut TcpStream, answer: Answer) -> Delivery {
    let head = |status: u16, kind: &str, len: usize, extra: &str| {
        format!(
            "HTTP/1.1 {status} X\r\nContent-Type: {kind}\r\nContent-Length: {len}\r\n{extra}Connection: close\r\n\r\n"
        )
    };
    let json = "application/json";
    let mut whole = |bytes: &[u8]| {
        if stream.write_all(bytes).and_then(|_| stream.flush()).is_ok() {
            Delivery::Full
        } else {
            Delivery::Cut
        }
    };
    match answer {
        Answer::Response(value) => {
            let body = json!({ "Response": value }).to_string();
            whole(&[head(200, json, body.len(), "").as_bytes(), body.as_bytes()].concat())
        }
        Answer::Status(status, body) => {
            whole(&[head(status, json, body.len(), "").as_bytes(), &body].concat())
        }
        Answer::Text(status, body) => whole(
            &[
                head(status, "text/plain", body.len(), "").as_bytes(),
                body.as_bytes(),
            ]
            .concat(),
        ),
        Answer::Redirect(status, location) => {
            whole(head(status, json, 0, &format!("Location: {location}\r\n")).as_bytes())
        }
        Answer::Verbatim(bytes) => whole(&bytes),
        Answer::Drop => {
            let _ = stream.shutdown(std::net::Shutdown::Both);
            Delivery::Dropped
        }
        Answer::Drip(body, every) => {
            if whole(head(200, json, body.len(), "").as_bytes()) == Delivery::Cut {
                return Delivery::Cut;
            }
            for b in body {
                if stream.write_all(&[b]).and_then(|_| stream.flush()).is_err() {
                    return Delivery::Cut;
                }
                std::thread::sleep(every);
            }
            Delivery::Full
        }
    }
}

/// The request head and as much body as its `Content-Length` says; `None` when the
/// client closed the connection before sending that much.
fn read_request(stream: &mut TcpStream) -> Option<Received> {
    let mut seen = Vec::new();
    let mut buf = [0u8; 65536];
    loop {
        if let Some(end) = seen.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&seen[..end]).into_owned();
            let mut lines = head.lines();
            let mut request_line = lines.next()?.split(' ');
            let method = request_line.next()?.to_string();
            let target = request_line.next().unwrap_or("").to_string();
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
                head,
                method,
                target,
                headers,
                body: seen[end + 4..end + 4 + len].to_vec(),
                at: Instant::now(),
            });
        }
        let n = stream.read(&mut buf).ok()?;
        if n == 0 {
            return None;
        }
        seen.extend_from_slice(&buf[..n]);
    }
}
