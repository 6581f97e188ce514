//! A local emulator of the Tencent Cloud Batch API over HTTP, for offline use and tests:
//! all 30 actions of API 2017-03-12, answered by one router from one world on a virtual
//! clock, behind the service's authentication, rate limits and error envelope, with
//! faults to inject.
//!
//! It answers as the real service does: POST `/` with a JSON body (DescribeJobs also GET
//! `/?…` with the flattened query form), TC3-HMAC-SHA256 signatures, timestamps and
//! session tokens verified, every body checked by the model's validator and by each
//! action's own rules, and the documented error codes in the service's envelope (HTTP
//! 200, a fresh RequestId each time, English or Chinese by `X-TC-Language`).
//!
//! One world ([`state::World`]) holds everything the actions read and write, behind one
//! lock: listed jobs (the demo set, `--jobs FILE`, `--generate N`), served byte for byte
//! as stored (key order, unknown fields, exact numbers); simulated jobs (SubmitJob, the
//! demo stories) whose tasks and instances run on the virtual clock (`--speed`); compute
//! environments with their nodes and activities; task templates; the ClientTokens seen.
//! `--state-file` keeps it across restarts. A listed job moves only with `--advance` or
//! once a write (terminate, retry) makes it a simulated one.
//!
//! With `--advance` ([`Config::advance`]) jobs move as they are polled, so that
//! `batchctl jobs wait` can be tried and tested offline. The rule (details in
//! [`state::advance`]): each job returned in a successful DescribeJobs answer moves one
//! state forward right *after* the answer is built (the answer shows the state before the
//! move; a job not polled does not move): `SUBMITTED → PENDING → RUNNABLE → STARTING →
//! RUNNING → final`, and terminal jobs never move. The final state is the job's
//! `emulator-outcome` tag if it is `SUCCEED`, `FAILED` or `FAILED_INTERRUPTED`
//! (case-insensitive), else `FAILED` if the `JobName` contains `fail` (case-insensitive),
//! else `SUCCEED`. `TaskMetrics` put all tasks in the new state's counter, and `EndTime`
//! is set (UTC, now) when the job becomes terminal; values change in place, so key order
//! and unknown fields are kept. A simulated job moves to the next moment its state
//! changes. Filters see the current state. An answer cut short by an injected `truncate`
//! moves nothing.
//!
//! Rate limits (`--rate-limit`): each action's published limit per SecretId, or one for
//! every action, over a sliding one-second window; above it `RequestLimitExceeded`.
//! Faults (`--inject`): one per request in arrival order, played instead of the answer
//! (error envelopes, a 502 page, a body that is not JSON, a truncated answer, a reset
//! connection, a hang, an answer lost after the request took effect).
//!
//! Modules, in layers: a module imports only from its own layer or the ones below, and
//! no two modules import each other.
//!
//! - HTTP: this file (binding the port, a thread per request, adapting tiny_http to
//!   [`service`], playing faults); `relay` (a byte relay in front of tiny_http that bounds
//!   abusive clients and lets a fault cut a connection); [`service`] (the pure request →
//!   answer pipeline: body, method, path, auth, rate limit, action, version, region, then
//!   the router); [`request`] (a request as received); [`auth`] (signature, timestamp and
//!   token verification, the demo credentials); [`limiter`] (the rate limit); [`log`]
//!   (the per-request JSON log and stderr line); [`faults`] (what `--inject` plays);
//! - [`actions`]: the router's table and every action's handler, DescribeJobs included;
//! - [`state`]: the one world: listed and simulated jobs, environments, templates, the
//!   virtual clock, `--advance`, the state file;
//! - base: [`params`] (DescribeJobs' parameters and limits), [`errors`] (the service's
//!   error answers), [`data`] (the demo set, generated sets, loading a jobs file),
//!   [`api`] (the vocabulary shared with the client), [`error`] (how starting fails).
//!
//! Regions and zones are facts of the service, in `batch_api::regions`.
//!
//! Every answer carries an HTTP `Date` header (tiny_http adds one to every response it
//! writes; the one answer written raw, `truncate`, adds its own): clients measure their
//! clock skew from it.
//!
//! Accepted credentials are public demo values, never real ones: the permanent pair
//! [`DEMO_SECRET_ID`]/[`DEMO_SECRET_KEY`] and the temporary triple
//! [`DEMO_TEMP_SECRET_ID`]/[`DEMO_TEMP_SECRET_KEY`]/[`DEMO_TEMP_TOKEN`] (which must send
//! `X-TC-Token`).

pub mod actions;
pub mod api;
pub mod auth;
pub mod data;
pub mod error;
pub mod errors;
pub mod faults;
pub mod limiter;
pub mod log;
pub mod params;
mod relay;
pub mod request;
pub mod service;
pub mod state;

#[cfg(test)]
mod tests;

use std::collections::VecDeque;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant, SystemTime};

use serde_json::Value;

pub use crate::error::Error;

pub use auth::{
    DEMO_SECRET_ID, DEMO_SECRET_KEY, DEMO_TEMP_SECRET_ID, DEMO_TEMP_SECRET_KEY, DEMO_TEMP_TOKEN,
};

pub use data::{
    MAX_GENERATED, check_generate, demo_jobs, demo_jobs_as_of, generate_jobs, load_jobs,
};
pub use faults::{Fault, FaultList};
use limiter::RateLimiter;
pub use limiter::{RateLimit, SERVICE_RATE_LIMIT};
use log::Logger;
pub use relay::Limits;
use relay::Relay;
use request::{BodyProblem, Incoming, MAX_BODY_BYTES};
use service::Service;
use state::{Clock, World};

/// The clock's speed of the in-process emulator (`batchctl --emulator`): fast enough that
/// `jobs submit --wait` of a small job ends within a second or two.
pub const IN_PROCESS_SPEED: f64 = 20.0;

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
    /// Requests accepted per second, SecretId and action; above it the answer is
    /// `RequestLimitExceeded`.
    pub rate_limit: RateLimit,
    /// Faults to play, one per incoming request in arrival order, before the normal
    /// answers.
    pub faults: Vec<Fault>,
    /// Move each job returned in a successful answer one state forward after answering
    /// (`--advance`; the rule is in [`state::advance`]).
    pub advance: bool,
    /// Virtual seconds per real second (`--speed`); `None`: 1, or 0 with `advance`
    /// (then jobs move only as they are polled).
    pub speed: Option<f64>,
    /// Load the world from this file if it exists, and save it there after each change
    /// (`--state-file`).
    pub state_file: Option<PathBuf>,
    /// Add the simulated demo jobs ([`state::stories`]) to `jobs`.
    pub stories: bool,
}

impl Config {
    /// Serves `jobs` on `listen` as the service does: the published rate limits, no
    /// faults, no log file, a line per request on stderr, jobs that do not move.
    pub fn new(listen: impl Into<String>, jobs: Vec<Value>) -> Config {
        Config {
            listen: listen.into(),
            jobs,
            log: None,
            quiet: false,
            rate_limit: RateLimit::Published,
            faults: Vec::new(),
            advance: false,
            speed: None,
            state_file: None,
            stories: false,
        }
    }
}

/// How long a `hang` fault holds its connection when the emulator keeps running.
const HANG_LIMIT: Duration = Duration::from_secs(600);

/// A running emulator. Dropping it leaves the emulator serving until the process ends;
/// [`Handle::shutdown`] stops it.
pub struct Handle {
    /// `http://ADDR:PORT`, the endpoint to give clients.
    pub endpoint: String,
    server: Arc<tiny_http::Server>,
    shared: Arc<Shared>,
    stop: Arc<AtomicBool>,
    dispatcher: Option<JoinHandle<()>>,
}

/// What every request thread shares.
struct Shared {
    service: Service,
    logger: Logger,
    limiter: Mutex<RateLimiter>,
    /// The origin of the limiter's clock.
    started: Instant,
    /// With faults queued: the relay that lets a fault cut its connection.
    relay: Option<Arc<Relay>>,
    /// Set when the emulator stops; wakes the requests a `hang` holds.
    stopped: Mutex<bool>,
    wake: Condvar,
}

impl Shared {
    /// The rate limit of `action`, asked once a request has authenticated.
    fn admit(&self, caller: &auth::Caller, action: &str) -> Result<(), errors::ApiError> {
        let mut limiter = self.limiter.lock().unwrap_or_else(|e| e.into_inner());
        // Read the clock under the lock, so admissions are recorded in time order.
        let now_ms = u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX);
        limiter
            .check(&caller.secret_id, action, now_ms)
            .map_err(|count| errors::request_limit_exceeded(count, limiter.limit_for(action)))
    }

    /// The limit an injected `limit` fault quotes for `action`: the configured one, else
    /// the published one.
    fn quoted_limit(&self, action: &str) -> u32 {
        match self
            .limiter
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .limit_for(action)
        {
            0 => limiter::published_limit(action),
            n => n,
        }
    }

    /// Closes the connection of `peer` (only possible through the relay).
    fn cut(&self, peer: Option<&SocketAddr>) {
        if let Some(relay) = &self.relay {
            relay.cut(peer);
        }
    }

    /// Blocks until the emulator stops or `limit` passes.
    fn park(&self, limit: Duration) {
        let stopped = self.stopped.lock().unwrap_or_else(|e| e.into_inner());
        let _ = self
            .wake
            .wait_timeout_while(stopped, limit, |stopped| !*stopped);
    }
}

/// Binds and starts serving on a background thread; returns once the port is open.
///
/// Connections are accepted on the public port by a relay and reach tiny_http on a
/// private loopback port: the relay bounds what clients may do, and lets the faults
/// `reset`, `truncate`, `hang` and `lost` close connections (see `relay`).
pub fn start(config: Config) -> Result<Handle, Error> {
    start_with_limits(config, Limits::default())
}

/// [`start`] with the limits abusive clients meet (small ones in tests).
pub fn start_with_limits(config: Config, limits: Limits) -> Result<Handle, Error> {
    let world = world_for(&config)?;
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
    // Every connection goes through the relay: it also guards tiny_http, which has no
    // limits of its own, against abusive clients.
    let (server, relay) = {
        let private = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr().map(|a| (l, a)))
            .map_err(|e| Error::Internal(format!("cannot start the emulator's relay: {e}")))?;
        let server = http_server(private.0)?;
        (server, Some(Relay::start(listener, private.1, limits)?))
    };
    let server = Arc::new(server);
    let shared = Arc::new(Shared {
        service: Service::with_world(world),
        logger,
        limiter: Mutex::new(RateLimiter::new(config.rate_limit)),
        started: Instant::now(),
        relay,
        stopped: Mutex::new(false),
        wake: Condvar::new(),
    });
    let stop = Arc::new(AtomicBool::new(false));
    let dispatcher = {
        let server = Arc::clone(&server);
        let shared = Arc::clone(&shared);
        let stop = Arc::clone(&stop);
        let quiet = config.quiet;
        let faults = VecDeque::from(config.faults);
        std::thread::Builder::new()
            .name("emulator".into())
            .spawn(move || dispatch(&server, &shared, &stop, quiet, faults))
            .map_err(|e| Error::Internal(format!("cannot start the emulator thread: {e}")))?
    };
    Ok(Handle {
        endpoint,
        server,
        shared,
        stop,
        dispatcher: Some(dispatcher),
    })
}

/// The world `config` asks for: loaded from its state file when that exists, else its
/// jobs (and the demo stories), on a clock at its speed; its listed jobs move as they
/// are polled with `advance`.
pub(crate) fn world_for(config: &Config) -> Result<World, Error> {
    let speed = config
        .speed
        .unwrap_or(if config.advance { 0.0 } else { 1.0 });
    let clock = Clock::system(speed);
    if let Some(path) = &config.state_file
        && let Some(world) = World::load(path, clock.clone())?
    {
        return Ok(world.advancing(config.advance));
    }
    let mut world = World::new(config.jobs.clone(), clock).advancing(config.advance);
    if config.stories {
        state::stories::add(&mut world);
    }
    if let Some(path) = &config.state_file {
        world.keep_in(path.clone());
        world.save().map_err(|e| match e {
            Error::Internal(m) | Error::Usage(m) => Error::Usage(m),
        })?;
    }
    Ok(world)
}

fn http_server(listener: TcpListener) -> Result<tiny_http::Server, Error> {
    // tiny_http writes an answer's head and body separately; with Nagle's algorithm on,
    // the body then waits for the client's delayed ACK (40 ms on Linux) on every kept-alive
    // request. Accepted sockets inherit TCP_NODELAY from the listener.
    let _ = socket2::SockRef::from(&listener).set_tcp_nodelay(true);
    tiny_http::Server::from_listener(listener, None)
        .map_err(|e| Error::Internal(format!("cannot start the emulator's HTTP server: {e}")))
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
    /// How many jobs the world lists now.
    pub fn jobs(&self) -> usize {
        self.shared.service.world().len()
    }

    /// Serves until the process ends.
    pub fn wait(mut self) {
        if let Some(dispatcher) = self.dispatcher.take() {
            let _ = dispatcher.join();
        }
    }

    /// Stops accepting requests and waits for the dispatcher to end (requests already
    /// being answered finish on their own threads; those a `hang` holds are released:
    /// their connections close without an answer).
    pub fn shutdown(mut self) {
        self.stop.store(true, Ordering::SeqCst);
        self.server.unblock();
        if let Some(relay) = &self.shared.relay {
            relay.stop();
        }
        *self
            .shared
            .stopped
            .lock()
            .unwrap_or_else(|e| e.into_inner()) = true;
        self.shared.wake.notify_all();
        if let Some(dispatcher) = self.dispatcher.take() {
            let _ = dispatcher.join();
        }
    }
}

/// Hands each request to its own thread, so a slow client (or a `hang`) never holds up
/// the others; the queued faults are dealt out here, one per request in arrival order.
fn dispatch(
    server: &tiny_http::Server,
    shared: &Arc<Shared>,
    stop: &AtomicBool,
    quiet: bool,
    mut faults: VecDeque<Fault>,
) {
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
        let fault = faults.pop_front();
        let shared = Arc::clone(shared);
        // If no thread can be made, the request is dropped and tiny_http answers 500.
        let _ = std::thread::Builder::new()
            .name("emulator-request".into())
            .spawn(move || serve(&shared, request, fault));
    }
}

/// Above this announced body size the body is not drained after answering: tiny_http
/// would allocate the whole remainder at once to discard it.
const MAX_DRAINED_BODY: usize = 1 << 30;

/// Reads, answers (or plays `fault` instead) and logs one request.
fn serve(shared: &Shared, mut request: tiny_http::Request, fault: Option<Fault>) {
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
    let fault = fault.filter(|f| *f != Fault::Ok);
    let answer = match fault {
        None => {
            let outcome = shared
                .service
                .handle_with(&incoming, now, |caller, action| {
                    shared.admit(caller, action)
                });
            shared.logger.record(&incoming, &outcome, now);
            Answer::Json(outcome.status, outcome.body)
        }
        Some(fault) => {
            let answer = fault_answer(shared, &incoming, fault, now);
            match &answer {
                Answer::Lost(outcome) => shared.logger.record_lost(&incoming, outcome, now),
                Answer::Envelope(_, id) | Answer::Truncated(_, id) => {
                    shared
                        .logger
                        .record_fault(&incoming, fault, Some(id.as_str()), now);
                }
                _ => shared.logger.record_fault(&incoming, fault, None, now),
            }
            answer
        }
    };
    let peer = request.remote_addr().copied();
    if announced.is_some_and(|n| n > MAX_DRAINED_BODY) {
        // A body announced this large cannot be discarded safely by tiny_http (it would
        // allocate the announced size); leave the connection without an answer rather
        // than take the whole emulator down.
        std::mem::forget(request);
        shared.cut(peer.as_ref());
        return;
    }
    send(shared, request, answer, peer);
}

/// What goes on the wire for one request.
enum Answer {
    /// HTTP status and a JSON body.
    Json(u16, Vec<u8>),
    /// An error envelope (HTTP 200) and its RequestId.
    Envelope(Vec<u8>, String),
    /// HTTP 502, `text/html`.
    BadGateway,
    /// HTTP 200, `application/json`, a body that is not JSON.
    BadJson,
    /// The head of a JSON answer announcing all of its `Content-Length`, half of the body,
    /// then the connection closes. The RequestId of the answer cut short.
    Truncated(Vec<u8>, String),
    /// Close the connection without a byte.
    Reset,
    /// The request was answered (it took effect; its outcome), but the connection closes
    /// without a byte of the answer.
    Lost(Box<service::Outcome>),
    /// Hold the connection open without a byte, until the emulator stops or
    /// [`HANG_LIMIT`] passes; then close it.
    Hang,
}

/// The answer a fault plays instead of the request's own.
fn fault_answer(shared: &Shared, req: &Incoming<'_>, fault: Fault, now: i64) -> Answer {
    let envelope = |error: errors::ApiError| {
        let (body, request_id) = service::error_answer(req, &error);
        Answer::Envelope(body, request_id)
    };
    match fault {
        // Not reached (`serve` answers `ok` normally); answering normally is right anyway.
        Fault::Ok => {
            let outcome = shared.service.handle(req, now);
            Answer::Json(outcome.status, outcome.body)
        }
        Fault::Limit => {
            let action = request::header(req.headers, "X-TC-Action")
                .unwrap_or("")
                .trim();
            let limit = shared.quoted_limit(action);
            envelope(errors::request_limit_exceeded(
                limit.saturating_add(1),
                limit,
            ))
        }
        Fault::Internal => envelope(errors::internal_error()),
        Fault::Expire => {
            let sent = request::header(req.headers, "X-TC-Timestamp")
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .unwrap_or("(none)");
            envelope(errors::signature_expire(sent, now))
        }
        Fault::Http502 => Answer::BadGateway,
        Fault::BadJson => Answer::BadJson,
        Fault::Truncate => {
            // The answer this request would have had (rate limit aside), cut in half; the
            // client never gets it whole, so no polled job moves (a write still acts).
            let outcome = shared.service.preview(req, now);
            Answer::Truncated(outcome.body, outcome.request_id)
        }
        Fault::Reset => Answer::Reset,
        Fault::Hang => Answer::Hang,
        Fault::Lost => {
            // Everything a normal answer does (rate limit, state changes) happens; only
            // the answer never leaves.
            let outcome = shared
                .service
                .handle_with(req, now, |caller, action| shared.admit(caller, action));
            Answer::Lost(Box::new(outcome))
        }
    }
}

/// Writes `answer` to the connection of `request`, whose peer tiny_http reports as `peer`.
fn send(shared: &Shared, request: tiny_http::Request, answer: Answer, peer: Option<SocketAddr>) {
    // The client may already be gone in every case below; there is nobody left to tell.
    match answer {
        Answer::Json(status, body) => respond(request, status, "application/json", body),
        Answer::Envelope(body, _) => respond(request, 200, "application/json", body),
        Answer::BadGateway => respond(
            request,
            502,
            "text/html",
            faults::BAD_GATEWAY_HTML.as_bytes().to_vec(),
        ),
        Answer::BadJson => respond(
            request,
            200,
            "application/json",
            faults::BAD_JSON_BODY.as_bytes().to_vec(),
        ),
        Answer::Truncated(body, _) => {
            // Written raw: tiny_http always sends what it announces.
            let mut writer = request.into_writer();
            let _ = writer
                .write_all(&truncated(&body))
                .and_then(|_| writer.flush());
            drop(writer);
            shared.cut(peer.as_ref());
        }
        Answer::Reset | Answer::Lost(_) => {
            // A writer dropped unused sends nothing (dropping the request would send a 500).
            drop(request.into_writer());
            shared.cut(peer.as_ref());
        }
        Answer::Hang => {
            shared.park(HANG_LIMIT);
            drop(request.into_writer());
            shared.cut(peer.as_ref());
        }
    }
}

/// Answers through tiny_http, which adds `Date` and `Content-Length`.
fn respond(request: tiny_http::Request, status: u16, content_type: &str, body: Vec<u8>) {
    let mut response = tiny_http::Response::from_data(body).with_status_code(status);
    if let Ok(content_type) = tiny_http::Header::from_bytes("Content-Type", content_type) {
        response.add_header(content_type);
    }
    let _ = request.respond(response);
}

/// A head announcing all of `body` as its `Content-Length`, then only its first half.
fn truncated(body: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "HTTP/1.1 200 OK\r\nDate: {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        http_date(SystemTime::now()),
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(&body[..body.len() / 2]);
    out
}

/// An HTTP date (RFC 9110 IMF-fixdate), e.g. `Tue, 14 Nov 2023 22:13:20 GMT`.
fn http_date(time: SystemTime) -> String {
    chrono::DateTime::<chrono::Utc>::from(time)
        .format("%a, %d %b %Y %H:%M:%S GMT")
        .to_string()
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
