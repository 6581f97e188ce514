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
//! - HTTP: this file (binding the port, the emulator's thread, adapting requests to
//!   [`service`], playing faults); `server` (hyper's HTTP/1.1 on a tokio runtime the
//!   emulator owns: one task and one descriptor per connection, the limits abusive
//!   clients meet, descriptor exhaustion survived, raw replies that cut a connection);
//!   [`service`] (the pure request → answer pipeline: body, method, path, auth, rate
//!   limit, action, version, region, then the router); [`request`] (a request as
//!   received); [`auth`] (signature, timestamp and token verification, the demo
//!   credentials); [`limiter`] (the rate limit); [`log`] (the per-request JSON log and
//!   stderr line); [`faults`] (what `--inject` plays);
//! - [`actions`]: the router's table and every action's handler, DescribeJobs included;
//! - [`state`]: the one world: listed and simulated jobs, environments, templates, the
//!   virtual clock, `--advance`, the state file;
//! - base: [`params`] (DescribeJobs' parameters and limits), [`errors`] (the service's
//!   error answers), [`data`] (the demo set, generated sets, loading a jobs file),
//!   [`api`] (the vocabulary shared with the client), [`error`] (how starting fails).
//!
//! Regions and zones are facts of the service, in `batch_api::regions`.
//!
//! Every answer carries an HTTP `Date` header (hyper adds one to every response it
//! writes; the answers written raw, `truncate` and the refusals, add their own): clients
//! measure their clock skew from it.
//!
//! The server outlives its clients' mistakes: no accept error (`EMFILE` included) ends
//! or spins it, connections beyond [`Limits::max_connections`] (or what the descriptor
//! limit allows) are answered 503 and closed, and service resumes as they close.
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
pub mod request;
mod server;
pub mod service;
pub mod state;

#[cfg(test)]
mod tests;

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

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
use request::Incoming;
#[cfg(test)]
use request::MAX_BODY_BYTES;
pub use server::Limits;
#[cfg(test)]
use server::http_date;
use server::{Received, Reply, endpoint_for};
use service::Service;
pub use state::exec::{Exec, kill_all as kill_local_runs};
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
    /// Load the world from this file if it exists (holding an exclusive lock on
    /// `<file>.lock` meanwhile), and save it there within [`SAVE_INTERVAL`] of a change
    /// and when the emulator stops (`--state-file`); while a save fails, writes are
    /// refused with `InternalError`.
    pub state_file: Option<PathBuf>,
    /// Add the simulated demo jobs ([`state::stories`]) to `jobs`.
    pub stories: bool,
    /// How submitted jobs' commands are carried out: simulated, or run for real on this
    /// machine (`--exec local`: loopback listen addresses only).
    pub exec: Exec,
    /// Listen on an address that is not loopback (`--allow-remote`): anyone who can
    /// reach it can use the public demo credentials. Without it such an address is a
    /// usage error.
    pub allow_remote: bool,
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
            exec: Exec::Simulate,
            allow_remote: false,
        }
    }
}

/// With `--state-file`, the world is saved at most once per this interval (changes in
/// between are written together), and once more when the emulator stops.
pub const SAVE_INTERVAL: Duration = Duration::from_millis(500);

/// How long a `hang` fault holds its connection when the emulator keeps running.
const HANG_LIMIT: Duration = Duration::from_secs(600);

/// A running emulator. Dropping it leaves the emulator serving until the process ends;
/// [`Handle::shutdown`] stops it.
pub struct Handle {
    /// `http://ADDR:PORT`, the endpoint to give clients.
    pub endpoint: String,
    /// The address the emulator is bound to (`0.0.0.0:PORT` for every interface).
    pub bound: std::net::SocketAddr,
    shared: Arc<Shared>,
    stopper: server::Stopper,
    thread: Option<JoinHandle<()>>,
    /// Tells the saver to stop (`--state-file`).
    saver: Option<std::sync::mpsc::Sender<()>>,
}

/// What every request shares.
struct Shared {
    service: Service,
    logger: Logger,
    limiter: Mutex<RateLimiter>,
    /// The origin of the limiter's clock.
    started: Instant,
    /// The faults still to play, one per request in arrival order.
    faults: Mutex<VecDeque<Fault>>,
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
}

/// Binds and starts serving on a background thread; returns once the port is open.
///
/// The thread runs the emulator's own tokio runtime: hyper serves HTTP/1.1 on it, one
/// task per connection, within [`Limits`] (see `server`); the service answers on a few
/// blocking threads.
pub fn start(config: Config) -> Result<Handle, Error> {
    start_with_limits(config, Limits::default())
}

/// [`start`] with the limits abusive clients meet (small ones in tests).
pub fn start_with_limits(config: Config, limits: Limits) -> Result<Handle, Error> {
    let world = world_for(&config)?;
    start_on(config, world, limits)
}

/// [`start_with_limits`] with its world already made (and its state file locked).
fn start_on(config: Config, world: World, limits: Limits) -> Result<Handle, Error> {
    let logger = Logger::open(config.log.as_deref(), config.quiet)?;
    let listener = server::bind(config.listen.as_str()).map_err(|e| {
        Error::Usage(format!(
            "cannot listen on {}: {e} (give --listen HOST:PORT; port 0 picks a free one)",
            config.listen
        ))
    })?;
    let local = listener
        .local_addr()
        .map_err(|e| Error::Internal(format!("cannot read the emulator's bound address: {e}")))?;
    // Accepted sockets inherit TCP_NODELAY from the listener (each is also set on accept).
    let _ = socket2::SockRef::from(&listener).set_tcp_nodelay(true);
    if config.exec == Exec::Local && !local.ip().is_loopback() {
        return Err(Error::Usage(format!(
            "--exec local runs commands on this machine, so it listens on loopback addresses \
             only (127.0.0.1, ::1, localhost), not on {}",
            config.listen
        )));
    }
    if !local.ip().is_loopback() && !config.allow_remote {
        return Err(Error::Usage(format!(
            "--listen {} is reachable from other machines, and the emulator accepts public \
             demo credentials: give --allow-remote to listen there anyway, or a loopback \
             address (127.0.0.1, ::1, localhost)",
            config.listen
        )));
    }
    let endpoint = endpoint_for(local);
    let shared = Arc::new(Shared {
        service: Service::with_world(world),
        logger,
        limiter: Mutex::new(RateLimiter::new(config.rate_limit)),
        started: Instant::now(),
        faults: Mutex::new(VecDeque::from(config.faults)),
    });
    let runtime = server::runtime()?;
    let (server, stopper) = server::Server::new(Arc::clone(&shared), limits);
    let quiet = config.quiet;
    let thread = std::thread::Builder::new()
        .name("emulator".into())
        .spawn(move || {
            runtime.block_on(server.run(listener, quiet));
            // Answers still being computed finish on their own; nothing waits for them.
            runtime.shutdown_background();
        })
        .map_err(|e| Error::Internal(format!("cannot start the emulator thread: {e}")))?;
    let saver = config
        .state_file
        .is_some()
        .then(|| saver(Arc::clone(&shared)));
    Ok(Handle {
        endpoint,
        bound: local,
        shared,
        stopper,
        thread: Some(thread),
        saver,
    })
}

/// The saver of a world with a state file: every [`SAVE_INTERVAL`], saves it if it
/// changed; a failure is told on stderr once (writes are refused until a save works).
/// Ends when told to, or when its sender is dropped.
fn saver(shared: Arc<Shared>) -> std::sync::mpsc::Sender<()> {
    let (stop, stopped) = std::sync::mpsc::channel::<()>();
    let _ = std::thread::Builder::new()
        .name("emulator-saver".into())
        .spawn(move || {
            let mut told: Option<String> = None;
            while let Err(std::sync::mpsc::RecvTimeoutError::Timeout) =
                stopped.recv_timeout(SAVE_INTERVAL)
            {
                match shared.service.world().flush() {
                    Ok(()) => told = None,
                    Err(e) => {
                        let e = e.to_string();
                        if told.as_ref() != Some(&e) {
                            eprintln!("emulator: {e}; writes are refused until a save succeeds");
                            told = Some(e);
                        }
                    }
                }
            }
        });
    stop
}

/// The world `config` asks for: loaded from its state file when that exists, else its
/// jobs (and the demo stories), on a clock at its speed; its listed jobs move as they
/// are polled with `advance`.
pub(crate) fn world_for(config: &Config) -> Result<World, Error> {
    let speed = config
        .speed
        .unwrap_or(if config.advance { 0.0 } else { 1.0 });
    let clock = Clock::system(speed);
    if let Some(path) = &config.state_file {
        // Locked before it is read: a second emulator on the file stops here.
        let mut probe = World::new(Vec::new(), clock.clone());
        probe.lock_state_file(path)?;
        if let Some(mut world) = World::load(path, clock.clone())? {
            world.lock_state_file_from(&mut probe);
            return Ok(world.advancing(config.advance).executing(config.exec));
        }
        let mut world = World::new(config.jobs.clone(), clock)
            .advancing(config.advance)
            .executing(config.exec);
        world.lock_state_file_from(&mut probe);
        if config.stories {
            state::stories::add(&mut world);
        }
        world.keep_in(path.clone());
        world.save().map_err(|e| match e {
            Error::Internal(m) | Error::Usage(m) => Error::Usage(m),
        })?;
        return Ok(world);
    }
    let mut world = World::new(config.jobs.clone(), clock)
        .advancing(config.advance)
        .executing(config.exec);
    if config.stories {
        state::stories::add(&mut world);
    }
    Ok(world)
}

impl Handle {
    /// How many jobs the world lists now.
    pub fn jobs(&self) -> usize {
        self.shared.service.world().len()
    }

    /// A function that saves the world to its state file now if it changed (for the
    /// last save before the process ends, e.g. on Ctrl-C).
    pub fn flusher(&self) -> impl Fn() -> Result<(), Error> + Send + Sync + 'static {
        let shared = Arc::clone(&self.shared);
        move || shared.service.world().flush()
    }

    /// Serves until the process ends.
    pub fn wait(mut self) {
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }

    /// Stops accepting connections, releases those a `hang` holds (closed without an
    /// answer), lets the others finish for a moment, and waits for the server to end.
    pub fn shutdown(mut self) {
        self.stopper.stop();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
        self.shared.service.world().lock().stop_local_runs();
        if let Some(stop) = self.saver.take() {
            let _ = stop.send(());
        }
        // The last save: what changed since the saver's last one.
        if let Err(e) = self.shared.service.world().flush() {
            eprintln!("emulator: {e}");
        }
    }
}

impl server::Responder for Shared {
    type Ticket = Option<Fault>;

    fn arrive(&self) -> Option<Fault> {
        self.faults
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .pop_front()
    }

    fn reply(&self, fault: Option<Fault>, received: Received) -> Reply {
        serve(self, &received, fault)
    }
}

/// Answers (or plays `fault` instead) and logs one request.
fn serve(shared: &Shared, received: &Received, fault: Option<Fault>) -> Reply {
    let incoming = Incoming {
        method: &received.method,
        path: &received.path,
        query: &received.query,
        headers: &received.headers,
        body: &received.body,
        body_problem: received.body_problem.as_ref(),
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
    answer.reply()
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
            let action = request::common(req, "X-TC-Action").unwrap_or_default();
            let limit = shared.quoted_limit(action.trim());
            envelope(errors::request_limit_exceeded(
                limit.saturating_add(1),
                limit,
            ))
        }
        Fault::Internal => envelope(errors::internal_error()),
        Fault::Expire => {
            let sent = request::common(req, "X-TC-Timestamp");
            let sent = sent
                .as_deref()
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

impl Answer {
    /// What the server puts on the wire for it.
    fn reply(self) -> Reply {
        match self {
            Answer::Json(status, body) => Reply::Answer(status, "application/json", body),
            Answer::Envelope(body, _) => Reply::Answer(200, "application/json", body),
            Answer::BadGateway => Reply::Answer(
                502,
                "text/html",
                faults::BAD_GATEWAY_HTML.as_bytes().to_vec(),
            ),
            Answer::BadJson => Reply::Answer(
                200,
                "application/json",
                faults::BAD_JSON_BODY.as_bytes().to_vec(),
            ),
            Answer::Truncated(body, _) => Reply::Truncated(body),
            Answer::Reset | Answer::Lost(_) => Reply::Close,
            Answer::Hang => Reply::Hang(HANG_LIMIT),
        }
    }
}

fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}
