//! A local, faithful DescribeJobs service over HTTP, for offline use and tests.
//!
//! It answers as the real service does: POST `/` with a JSON body (or GET `/?…` with the
//! flattened query form), TC3-HMAC-SHA256 signatures, timestamps and session tokens
//! verified, every parameter checked, `JobIds`, filters, `Offset` and `Limit` applied,
//! and the documented error codes in the service's envelope (HTTP 200, a fresh
//! RequestId each time). JobViews are served exactly as stored.
//!
//! - [`service`]: the pure request → answer function (checks, semantics, envelope);
//! - [`auth`]: signature, timestamp and token verification;
//! - [`params`]: parameter parsing and the service's limits;
//! - [`data`]: the demo set, generated sets, loading a jobs file;
//! - [`log`]: the per-request JSON log and stderr line;
//! - this file: binding the port and adapting tiny_http to [`service`].
//!
//! Accepted credentials are public demo values, never real ones: the permanent pair
//! [`DEMO_SECRET_ID`]/[`DEMO_SECRET_KEY`] and the temporary triple
//! [`DEMO_TEMP_SECRET_ID`]/[`DEMO_TEMP_SECRET_KEY`]/[`DEMO_TEMP_TOKEN`] (which must send
//! `X-TC-Token`).

pub mod auth;
pub mod data;
pub mod errors;
pub mod log;
pub mod params;
pub mod region;
pub mod service;

#[cfg(test)]
mod tests;

use std::io::Read;
use std::net::{SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;

use serde_json::Value;

use crate::credentials::{Credentials, Secret};
use crate::error::Error;

pub use data::{demo_jobs, generate_jobs, load_jobs};
use log::Logger;
use service::{BodyProblem, Incoming, MAX_BODY_BYTES, Service};

/// The permanent demo credentials the emulator accepts (public, not secret).
pub const DEMO_SECRET_ID: &str = "AKIDEMULATORDEMO0000000000000000000";
pub const DEMO_SECRET_KEY: &str = "emulator-demo-secret-key-0000000000";

/// Temporary demo credentials: requests signed with them must also send
/// `X-TC-Token: DEMO_TEMP_TOKEN` (else `AuthFailure.TokenFailure`).
pub const DEMO_TEMP_SECRET_ID: &str = "AKIDEMULATORTEMP0000000000000000000";
pub const DEMO_TEMP_SECRET_KEY: &str = "emulator-temp-secret-key-0000000000";
pub const DEMO_TEMP_TOKEN: &str = "emulator-demo-session-token-00000000000000000000";

/// What to serve and how.
#[derive(Debug, Clone)]
pub struct Config {
    /// Address to bind, e.g. `127.0.0.1:9300` or `127.0.0.1:0`.
    pub listen: String,
    /// The JobViews served, as received from a file or generated.
    pub jobs: Vec<Value>,
    /// Append one JSON line per request here.
    pub log: Option<PathBuf>,
    /// No per-request line on stderr.
    pub quiet: bool,
}

/// A running emulator. Dropping it leaves the emulator serving until the process ends;
/// [`Handle::shutdown`] stops it.
pub struct Handle {
    /// `http://ADDR:PORT`, the endpoint to give clients.
    pub endpoint: String,
    server: Arc<tiny_http::Server>,
    stop: Arc<AtomicBool>,
    dispatcher: Option<JoinHandle<()>>,
}

/// What every request thread shares.
struct Shared {
    service: Service,
    logger: Logger,
}

/// Binds and starts serving on a background thread; returns once the port is open.
pub fn start(config: Config) -> Result<Handle, Error> {
    let logger = Logger::open(config.log.as_deref(), config.quiet)?;
    let listener = TcpListener::bind(config.listen.as_str()).map_err(|e| {
        Error::Usage(format!(
            "cannot listen on {}: {e} (give --listen HOST:PORT; port 0 picks a free one)",
            config.listen
        ))
    })?;
    let local = listener
        .local_addr()
        .map_err(|e| Error::Internal(format!("cannot read the emulator's bound address: {e}")))?;
    let endpoint = endpoint_for(local);
    let server = tiny_http::Server::from_listener(listener, None)
        .map_err(|e| Error::Internal(format!("cannot start the emulator's HTTP server: {e}")))?;
    let server = Arc::new(server);
    let shared = Arc::new(Shared {
        service: Service::new(config.jobs),
        logger,
    });
    let stop = Arc::new(AtomicBool::new(false));
    let dispatcher = {
        let server = Arc::clone(&server);
        let stop = Arc::clone(&stop);
        let quiet = config.quiet;
        std::thread::Builder::new()
            .name("emulator".into())
            .spawn(move || dispatch(&server, &shared, &stop, quiet))
            .map_err(|e| Error::Internal(format!("cannot start the emulator thread: {e}")))?
    };
    Ok(Handle {
        endpoint,
        server,
        stop,
        dispatcher: Some(dispatcher),
    })
}

/// The URL clients should use: a wildcard bind is reached through loopback.
fn endpoint_for(addr: SocketAddr) -> String {
    match addr {
        SocketAddr::V4(a) if a.ip().is_unspecified() => format!("http://127.0.0.1:{}", a.port()),
        SocketAddr::V4(a) => format!("http://{}:{}", a.ip(), a.port()),
        SocketAddr::V6(a) if a.ip().is_unspecified() => format!("http://[::1]:{}", a.port()),
        SocketAddr::V6(a) => format!("http://[{}]:{}", a.ip(), a.port()),
    }
}

impl Handle {
    /// Serves until the process ends.
    pub fn wait(mut self) {
        if let Some(dispatcher) = self.dispatcher.take() {
            let _ = dispatcher.join();
        }
    }

    /// Stops accepting requests and waits for the dispatcher to end (requests already
    /// being answered finish on their own threads).
    pub fn shutdown(mut self) {
        self.stop.store(true, Ordering::SeqCst);
        self.server.unblock();
        if let Some(dispatcher) = self.dispatcher.take() {
            let _ = dispatcher.join();
        }
    }
}

/// Hands each request to its own thread, so a slow client never holds up the others.
fn dispatch(server: &tiny_http::Server, shared: &Arc<Shared>, stop: &AtomicBool, quiet: bool) {
    loop {
        let request = match server.recv() {
            Ok(request) => request,
            Err(e) => {
                if !stop.load(Ordering::SeqCst) && !quiet {
                    eprintln!("emulator: stopped accepting connections: {e}");
                }
                return;
            }
        };
        if stop.load(Ordering::SeqCst) {
            return;
        }
        let shared = Arc::clone(shared);
        // If no thread can be made, the request is dropped and tiny_http answers 500.
        let _ = std::thread::Builder::new()
            .name("emulator-request".into())
            .spawn(move || serve(&shared, request));
    }
}

/// Above this announced body size the body is not drained after answering: tiny_http
/// would allocate the whole remainder at once to discard it.
const MAX_DRAINED_BODY: usize = 1 << 30;

/// Reads, answers and logs one request.
fn serve(shared: &Shared, mut request: tiny_http::Request) {
    let method = request.method().as_str().to_string();
    let url = request.url().to_string();
    let (path, query) = url.split_once('?').unwrap_or((url.as_str(), ""));
    let headers: Vec<(String, String)> = request
        .headers()
        .iter()
        .map(|h| {
            (
                h.field.as_str().as_str().to_string(),
                h.value.as_str().to_string(),
            )
        })
        .collect();
    let announced = request.body_length();
    let (body, problem) = read_body(&mut request);
    let incoming = Incoming {
        method: &method,
        path,
        query,
        headers: &headers,
        body: &body,
        body_problem: problem.as_ref(),
    };
    let now = unix_now();
    let outcome = shared.service.handle(&incoming, now);
    shared.logger.record(&incoming, &outcome, now);
    if announced.is_some_and(|n| n > MAX_DRAINED_BODY) {
        // A body announced this large cannot be discarded safely by tiny_http (it would
        // allocate the announced size); leave the connection without an answer rather
        // than take the whole emulator down.
        std::mem::forget(request);
        return;
    }
    let mut response =
        tiny_http::Response::from_data(outcome.body).with_status_code(outcome.status);
    if let Ok(content_type) = tiny_http::Header::from_bytes("Content-Type", "application/json") {
        response.add_header(content_type);
    }
    // The client may already be gone; there is nobody left to tell.
    let _ = request.respond(response);
}

/// The body, at most [`MAX_BODY_BYTES`] of it.
fn read_body(request: &mut tiny_http::Request) -> (Vec<u8>, Option<BodyProblem>) {
    if request.body_length().is_some_and(|n| n > MAX_BODY_BYTES) {
        return (Vec::new(), Some(BodyProblem::TooLarge));
    }
    let mut body = Vec::new();
    match request
        .as_reader()
        .take(MAX_BODY_BYTES as u64 + 1)
        .read_to_end(&mut body)
    {
        Ok(_) if body.len() > MAX_BODY_BYTES => (Vec::new(), Some(BodyProblem::TooLarge)),
        Ok(_) => (body, None),
        Err(e) => (Vec::new(), Some(BodyProblem::Unreadable(e.to_string()))),
    }
}

fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// The demo credentials, as the client uses them with `--emulator`.
pub fn demo_credentials() -> Credentials {
    Credentials {
        secret_id: DEMO_SECRET_ID.to_string(),
        secret_key: Secret::new(DEMO_SECRET_KEY),
        token: None,
        source: "the built-in emulator's demo credentials".to_string(),
    }
}
