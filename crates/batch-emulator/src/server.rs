//! The emulator's HTTP/1.1 front: hyper on a tokio runtime the emulator owns, one
//! descriptor and one task per connection, and guards that keep a test service alive
//! whatever its clients do.
//!
//! - At most [`Limits::max_connections`] connections are served at once (fewer when the
//!   process's descriptor limit is low, so that the state file and the log can still be
//!   written); a connection beyond that is answered 503 and closed.
//! - Out of descriptors (`EMFILE`, `ENFILE`), the server frees a descriptor it keeps in
//!   reserve, accepts the waiting connection, answers it 503, closes it and takes the
//!   reserve again: clients see a refusal, not a hang in the backlog. No accept error
//!   panics, and none makes the loop spin.
//! - A request head larger than [`Limits::max_head`] is answered 431 (by hyper), a body
//!   announced larger than [`Limits::max_body`] 413, a chunked body 411, a request that
//!   takes longer than [`Limits::request`] to arrive once begun 408; a connection idle
//!   longer than [`Limits::idle`] between requests is closed.
//! - What a request gets is decided by a [`Responder`] on tokio's bounded pool of
//!   blocking threads (the service locks the world and may write the state file), never
//!   on the thread that drives the connections.
//! - A [`Reply`] may also close the connection without an answer, send a truncated one,
//!   or hold the connection silent: the server keeps its own reference to each socket, so
//!   it can write raw bytes after hyper lets go of it.
//!
//! hyper adds `Date` (an IMF-fixdate) to every answer it writes; the raw ones here add
//! their own.

use std::future::{Future, poll_fn};
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll, ready};
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming as Body;
use hyper::header::{CONNECTION, CONTENT_LENGTH, CONTENT_TYPE, HeaderValue, TRANSFER_ENCODING};
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, watch};
use tokio::time::Instant;

use crate::error::Error;
use crate::request::{BodyProblem, MAX_BODY_BYTES};

/// The limits a client must keep to (small in tests).
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Connections open at once; more are answered 503 and closed. Lowered to what the
    /// process's descriptor limit allows.
    pub max_connections: usize,
    /// Bytes of one request's line and headers; more: 431 (a head that never ends is cut
    /// once hyper's buffer, at least 8 KiB, is full).
    pub max_head: usize,
    /// Bytes a request may announce as its body; more: 413.
    pub max_body: u64,
    /// How long a connection may stay open between requests.
    pub idle: Duration,
    /// How long one request (head and body) may take to arrive once begun; then 408.
    pub request: Duration,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_connections: 256,
            max_head: 64 * 1024,
            max_body: 64 * 1024 * 1024,
            idle: Duration::from_secs(60),
            request: Duration::from_secs(30),
        }
    }
}

/// hyper's smallest read buffer for a request head.
const MIN_HEAD_BUFFER: usize = 8 * 1024;

/// Descriptors kept free of connections, for the runtime, the log, the state file and
/// the refusals.
const SPARE_DESCRIPTORS: usize = 24;

/// Refused connections drained for a moment before closing (so that a client that sent
/// its request reads the 503 instead of a reset); beyond this many (or a quarter of the
/// descriptor budget), closed at once.
const MAX_LINGERING: usize = 64;

/// How long a refused connection is drained, and how long a raw answer may take to write.
const LINGER: Duration = Duration::from_secs(1);

/// Blocking threads answering requests at once; more requests wait their turn.
const MAX_BLOCKING_THREADS: usize = 8;

/// How long [`Server::run`] lets open connections finish once stopped.
const GRACE: Duration = Duration::from_secs(5);

/// A request as the server hands it to a [`Responder`]: everything owned.
pub struct Received {
    pub method: String,
    pub path: String,
    pub query: String,
    /// Header names (lower case, as hyper gives them) and values.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub body_problem: Option<BodyProblem>,
}

/// What goes on the wire for one request.
pub enum Reply {
    /// An answer: HTTP status, `Content-Type`, body.
    Answer(u16, &'static str, Vec<u8>),
    /// A head announcing the whole body's `Content-Length`, then half of the body, then
    /// the connection closes.
    Truncated(Vec<u8>),
    /// The connection closes without a byte.
    Close,
    /// The connection stays open without a byte until the server stops or the duration
    /// passes; then it closes.
    Hang(Duration),
}

/// Decides what each request gets.
pub trait Responder: Send + Sync + 'static {
    /// Taken when a request's head has passed the guards, in arrival order.
    type Ticket: Send + 'static;
    fn arrive(&self) -> Self::Ticket;
    /// The reply to `request`; runs on a blocking thread.
    fn reply(&self, ticket: Self::Ticket, request: Received) -> Reply;
}

/// A bound listener and what serves it; [`Server::run`] serves until stopped.
pub struct Server<R: Responder> {
    responder: Arc<R>,
    limits: Limits,
    slots: Arc<Semaphore>,
    slot_count: u32,
    lingering: AtomicUsize,
    max_lingering: usize,
    stop: watch::Receiver<bool>,
}

/// Stops a [`Server`].
pub struct Stopper(watch::Sender<bool>);

impl Stopper {
    pub fn stop(&self) {
        let _ = self.0.send(true);
    }
}

/// Connections the kernel holds for the server before it accepts them: bursts of
/// thousands are taken in (and refused, if full) instead of waiting on SYN retries.
const BACKLOG: i32 = 1024;

/// Binds `listen` (`HOST:PORT`) as std does (each resolved address in turn, the
/// address reusable at once after a restart), with a [`BACKLOG`] of its own.
pub fn bind(listen: &str) -> io::Result<std::net::TcpListener> {
    use socket2::{Domain, Socket, Type};
    use std::net::ToSocketAddrs;
    let mut last = None;
    for addr in listen.to_socket_addrs()? {
        let bound = Socket::new(Domain::for_address(addr), Type::STREAM, None).and_then(|socket| {
            #[cfg(unix)]
            socket.set_reuse_address(true)?;
            socket.bind(&addr.into())?;
            socket.listen(BACKLOG)?;
            Ok(socket)
        });
        match bound {
            Ok(socket) => return Ok(socket.into()),
            Err(e) => last = Some(e),
        }
    }
    Err(last.unwrap_or_else(|| {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            "the address resolves to nothing",
        )
    }))
}

/// The runtime the emulator's server runs on: one thread drives every connection; the
/// responder runs on a few blocking threads.
pub fn runtime() -> Result<tokio::runtime::Runtime, Error> {
    tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .enable_time()
        .max_blocking_threads(MAX_BLOCKING_THREADS)
        .thread_name("emulator")
        .build()
        .map_err(|e| Error::Internal(format!("cannot start the emulator's runtime: {e}")))
}

impl<R: Responder> Server<R> {
    pub fn new(responder: Arc<R>, limits: Limits) -> (Arc<Server<R>>, Stopper) {
        let budget = descriptor_budget();
        let cap = limits
            .max_connections
            .min(budget)
            .clamp(1, Semaphore::MAX_PERMITS.min(u32::MAX as usize));
        let slot_count = u32::try_from(cap).unwrap_or(u32::MAX);
        let (tx, rx) = watch::channel(false);
        let server = Server {
            responder,
            limits,
            slots: Arc::new(Semaphore::new(cap)),
            slot_count,
            lingering: AtomicUsize::new(0),
            max_lingering: MAX_LINGERING.min(budget / 4),
            stop: rx,
        };
        (Arc::new(server), Stopper(tx))
    }

    /// Serves `listener` until stopped, then lets open connections finish for a moment.
    /// Must run on [`runtime`].
    pub async fn run(self: Arc<Self>, listener: std::net::TcpListener, quiet: bool) {
        let listener = match listener
            .set_nonblocking(true)
            .and_then(|()| TcpListener::from_std(listener))
        {
            Ok(listener) => listener,
            Err(e) => {
                if !quiet {
                    eprintln!("emulator: cannot serve: {e}");
                }
                return;
            }
        };
        self.accept_loop(&listener).await;
        drop(listener);
        // Let the connections still open finish (a held one is released by the stop).
        let _ = tokio::time::timeout(GRACE, self.slots.acquire_many(self.slot_count)).await;
    }

    async fn accept_loop(self: &Arc<Self>, listener: &TcpListener) {
        let mut reserve = reserve_descriptor();
        let mut stopped = Box::pin(stopped(self.stop.clone()));
        loop {
            let accepted = poll_fn(|cx| {
                if stopped.as_mut().poll(cx).is_ready() {
                    return Poll::Ready(None);
                }
                listener.poll_accept(cx).map(Some)
            })
            .await;
            let Some(accepted) = accepted else {
                return;
            };
            match accepted {
                Ok((stream, _)) => self.admit(stream),
                Err(e) if out_of_descriptors(&e) => {
                    // Free the spare descriptor, take the connection that waits, refuse it,
                    // and keep a spare again; while none can be had, wait a moment.
                    drop(reserve.take());
                    if let Poll::Ready(Ok((stream, _))) =
                        poll_fn(|cx| Poll::Ready(listener.poll_accept(cx))).await
                    {
                        refuse_now(&stream, 503);
                    }
                    reserve = reserve_descriptor();
                    if reserve.is_none() {
                        tokio::time::sleep(Duration::from_millis(50)).await;
                    }
                }
                Err(e) if transient(&e) => {}
                // Anything else: let the moment pass rather than spin.
                Err(_) => tokio::time::sleep(Duration::from_millis(10)).await,
            }
        }
    }

    /// Serves `stream` in a task of its own, or refuses it with 503 when full.
    fn admit(self: &Arc<Self>, stream: TcpStream) {
        // Answers are small and written at once: do not let Nagle hold them back.
        let _ = stream.set_nodelay(true);
        match Arc::clone(&self.slots).try_acquire_owned() {
            Ok(slot) => {
                tokio::spawn(Arc::clone(self).connection(stream, slot));
            }
            Err(_) => self.refuse_full(stream),
        }
    }

    /// Answers 503 and closes; if few are lingering, reads what the client sent first.
    fn refuse_full(self: &Arc<Self>, stream: TcpStream) {
        refuse_now(&stream, 503);
        if self.lingering.fetch_add(1, Ordering::SeqCst) >= self.max_lingering {
            self.lingering.fetch_sub(1, Ordering::SeqCst);
            return;
        }
        let server = Arc::clone(self);
        tokio::spawn(async move {
            let _ = socket2::SockRef::from(&stream).shutdown(std::net::Shutdown::Write);
            let _ = tokio::time::timeout(LINGER, drain(&stream)).await;
            drop(stream);
            server.lingering.fetch_sub(1, Ordering::SeqCst);
        });
    }

    /// Serves one connection until it closes, is cut by a reply, or times out.
    async fn connection(self: Arc<Self>, stream: TcpStream, slot: OwnedSemaphorePermit) {
        let stream = Arc::new(stream);
        let state = Arc::new(ConnState::new(Instant::now()));
        let io = TokioIo::new(Wire {
            stream: Arc::clone(&stream),
            state: Arc::clone(&state),
        });
        let service = {
            let server = Arc::clone(&self);
            let state = Arc::clone(&state);
            hyper::service::service_fn(move |request| {
                Arc::clone(&server).respond(Arc::clone(&state), request)
            })
        };
        let mut builder = hyper::server::conn::http1::Builder::new();
        builder
            .keep_alive(true)
            // A client may shut its side down once its request is sent (as `nc -N` and
            // some scripts do): it still gets its answer.
            .half_close(true)
            .max_buf_size(self.limits.max_head.max(MIN_HEAD_BUFFER));
        let mut conn = Box::pin(builder.serve_connection(io, service));
        let mut stopped = Some(Box::pin(stopped(self.stop.clone())));
        let limits = self.limits;
        let mut timer = Box::pin(tokio::time::sleep_until(state.deadline(&limits)));
        let refusal = loop {
            let event = poll_fn(|cx| {
                if conn.as_mut().poll(cx).is_ready() {
                    return Poll::Ready(Event::Closed);
                }
                if let Some(stop) = stopped.as_mut()
                    && stop.as_mut().poll(cx).is_ready()
                {
                    return Poll::Ready(Event::Stopped);
                }
                let deadline = state.deadline(&limits);
                if timer.deadline() != deadline {
                    timer.as_mut().reset(deadline);
                }
                timer.as_mut().poll(cx).map(|()| Event::Timer)
            })
            .await;
            match event {
                Event::Closed => break None,
                Event::Stopped => {
                    stopped = None;
                    conn.as_mut().graceful_shutdown();
                }
                Event::Timer => match state.expire(&limits) {
                    Expiry::Idle => break None,
                    Expiry::Request => break Some(408),
                    Expiry::No => {}
                },
            }
        };
        drop(conn);
        match (refusal, state.take_raw()) {
            (Some(status), _) => write_raw(&stream, &refusal_bytes(status)).await,
            (None, Some(Raw::Truncated(bytes))) => write_raw(&stream, &bytes).await,
            (None, Some(Raw::Hang(limit))) => {
                let _ = tokio::time::timeout(limit, stopped_now_or_later(self.stop.clone())).await;
            }
            (None, Some(Raw::Closed) | None) => {}
        }
        drop(stream);
        drop(slot);
    }

    /// hyper's service: guards, the body, then the responder's reply.
    async fn respond(
        self: Arc<Self>,
        state: Arc<ConnState>,
        request: Request<Body>,
    ) -> Result<Response<Full<Bytes>>, Cut> {
        let begun = state.serving();
        let _idle_after = IdleAfter(&state);
        let limits = self.limits;
        let (parts, body) = request.into_parts();
        // hyper bounds the buffer a head is read into; the exact limit is counted here.
        let head = parts
            .headers
            .iter()
            .map(|(n, v)| n.as_str().len() + v.len() + 4)
            .fold(
                parts.method.as_str().len() + parts.uri.to_string().len() + 13,
                usize::saturating_add,
            );
        if head > limits.max_head {
            return Ok(refusal(431));
        }
        let chunked = parts.headers.get_all(TRANSFER_ENCODING).iter().any(|v| {
            String::from_utf8_lossy(v.as_bytes())
                .to_ascii_lowercase()
                .contains("chunked")
        });
        if chunked {
            return Ok(refusal(411));
        }
        // hyper has refused a Content-Length that is not one number.
        let announced = parts
            .headers
            .get(CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .unwrap_or(0);
        if announced > limits.max_body {
            return Ok(refusal(413));
        }
        let (body, body_problem, drained) =
            if announced > u64::try_from(MAX_BODY_BYTES).unwrap_or(u64::MAX) {
                // Not read: the answer says so and the connection closes.
                (Vec::new(), Some(BodyProblem::TooLarge), false)
            } else {
                let deadline = later(begun, limits.request);
                match tokio::time::timeout_at(deadline, read_body(body)).await {
                    Ok(read) => read,
                    Err(_) => return Ok(refusal(408)),
                }
            };
        let ticket = self.responder.arrive();
        let (path, query) = match parts.uri.path_and_query() {
            Some(pq) => (pq.path().to_string(), pq.query().unwrap_or("").to_string()),
            None => (parts.uri.path().to_string(), String::new()),
        };
        let received = Received {
            method: parts.method.as_str().to_string(),
            path,
            query,
            headers: parts
                .headers
                .iter()
                .map(|(n, v)| {
                    (
                        n.as_str().to_string(),
                        String::from_utf8_lossy(v.as_bytes()).into_owned(),
                    )
                })
                .collect(),
            body,
            body_problem,
        };
        let responder = Arc::clone(&self.responder);
        let reply = tokio::task::spawn_blocking(move || responder.reply(ticket, received))
            .await
            .map_err(|_| Cut)?;
        match reply {
            Reply::Answer(status, content_type, body) => {
                let mut response = Response::new(Full::new(Bytes::from(body)));
                *response.status_mut() =
                    StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
                if !drained {
                    response
                        .headers_mut()
                        .insert(CONNECTION, HeaderValue::from_static("close"));
                }
                Ok(response)
            }
            Reply::Truncated(body) => {
                state.set_raw(Raw::Truncated(truncated(&body)));
                Err(Cut)
            }
            Reply::Hang(limit) => {
                state.set_raw(Raw::Hang(limit));
                Err(Cut)
            }
            Reply::Close => {
                state.set_raw(Raw::Closed);
                Err(Cut)
            }
        }
    }
}

/// What wakes a connection's task.
enum Event {
    Closed,
    Stopped,
    Timer,
}

/// The error a reply returns to make hyper drop its connection without writing a byte.
#[derive(Debug)]
struct Cut;

impl std::fmt::Display for Cut {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection cut by the emulator")
    }
}

impl std::error::Error for Cut {}

/// What is written to a connection after hyper lets it go.
enum Raw {
    Truncated(Vec<u8>),
    Hang(Duration),
    Closed,
}

/// Where a connection is in its request cycle, and since when.
#[derive(Clone, Copy)]
enum Phase {
    /// Between requests.
    Idle(Instant),
    /// Bytes of a request have arrived; its head is not complete.
    Head(Instant),
    /// hyper has the head; the service reads the body and answers (with its own limit).
    Serving(Instant),
}

enum Expiry {
    No,
    Idle,
    Request,
}

/// What a connection's task, its socket wrapper and its service share.
struct ConnState {
    inner: Mutex<(Phase, Option<Raw>)>,
}

impl ConnState {
    fn new(now: Instant) -> ConnState {
        ConnState {
            inner: Mutex::new((Phase::Idle(now), None)),
        }
    }

    /// The lock; a poisoned one is still consistent (its values are plain).
    fn lock(&self) -> MutexGuard<'_, (Phase, Option<Raw>)> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Bytes arrived: an idle connection has begun a request.
    fn bytes_arrived(&self) {
        let mut inner = self.lock();
        if let Phase::Idle(_) = inner.0 {
            inner.0 = Phase::Head(Instant::now());
        }
    }

    /// The service has the request; returns when it began.
    fn serving(&self) -> Instant {
        let mut inner = self.lock();
        let begun = match inner.0 {
            Phase::Head(t) | Phase::Serving(t) => t,
            Phase::Idle(_) => Instant::now(),
        };
        inner.0 = Phase::Serving(begun);
        begun
    }

    fn idle(&self) {
        self.lock().0 = Phase::Idle(Instant::now());
    }

    /// When the connection's current phase runs out (far away while serving: the
    /// service keeps its own limit, and a held connection is held on purpose).
    fn deadline(&self, limits: &Limits) -> Instant {
        match self.lock().0 {
            Phase::Idle(t) => later(t, limits.idle),
            Phase::Head(t) => later(t, limits.request),
            Phase::Serving(t) => later(t, FAR),
        }
    }

    fn expire(&self, limits: &Limits) -> Expiry {
        let now = Instant::now();
        let phase = self.lock().0;
        match phase {
            Phase::Idle(_) if now >= self.deadline(limits) => Expiry::Idle,
            Phase::Head(_) if now >= self.deadline(limits) => Expiry::Request,
            _ => Expiry::No,
        }
    }

    fn set_raw(&self, raw: Raw) {
        self.lock().1 = Some(raw);
    }

    fn take_raw(&self) -> Option<Raw> {
        self.lock().1.take()
    }

    fn cut(&self) -> bool {
        self.lock().1.is_some()
    }
}

/// A year: as good as never, for a timer.
const FAR: Duration = Duration::from_secs(365 * 24 * 3600);

/// `t + d`, or [`FAR`] from `t` when that is beyond what an instant can hold.
fn later(t: Instant, d: Duration) -> Instant {
    let t = t.into_std();
    t.checked_add(d)
        .or_else(|| t.checked_add(FAR))
        .map_or(Instant::from_std(t), Instant::from_std)
}

/// Marks the connection idle when a request's service ends, however it ends.
struct IdleAfter<'a>(&'a ConnState);

impl Drop for IdleAfter<'_> {
    fn drop(&mut self) {
        self.0.idle();
    }
}

/// The socket as hyper sees it, sharing the stream with the connection's task (which
/// writes raw answers after hyper is done) and telling the state when bytes arrive.
struct Wire {
    stream: Arc<TcpStream>,
    state: Arc<ConnState>,
}

impl AsyncRead for Wire {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        loop {
            ready!(self.stream.poll_read_ready(cx))?;
            match self.stream.try_read(buf.initialize_unfilled()) {
                Ok(n) => {
                    buf.advance(n);
                    if n > 0 {
                        self.state.bytes_arrived();
                    }
                    return Poll::Ready(Ok(()));
                }
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                Err(e) => return Poll::Ready(Err(e)),
            }
        }
    }
}

impl AsyncWrite for Wire {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        loop {
            ready!(self.stream.poll_write_ready(cx))?;
            match self.stream.try_write(buf) {
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                other => return Poll::Ready(other),
            }
        }
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        loop {
            ready!(self.stream.poll_write_ready(cx))?;
            match self.stream.try_write_vectored(bufs) {
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                other => return Poll::Ready(other),
            }
        }
    }

    fn is_write_vectored(&self) -> bool {
        true
    }

    fn poll_flush(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }

    fn poll_shutdown(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        // A cut connection is closed by its task, after any raw bytes.
        if self.state.cut() {
            return Poll::Ready(Ok(()));
        }
        Poll::Ready(socket2::SockRef::from(&*self.stream).shutdown(std::net::Shutdown::Write))
    }
}

/// The body, at most [`MAX_BODY_BYTES`] of it, and whether all of it was read.
async fn read_body(mut body: Body) -> (Vec<u8>, Option<BodyProblem>, bool) {
    let mut out = Vec::new();
    loop {
        match body.frame().await {
            None => return (out, None, true),
            Some(Ok(frame)) => {
                if let Some(data) = frame.data_ref() {
                    if out.len().saturating_add(data.len()) > MAX_BODY_BYTES {
                        return (Vec::new(), Some(BodyProblem::TooLarge), false);
                    }
                    out.extend_from_slice(data);
                }
            }
            Some(Err(e)) => {
                return (
                    Vec::new(),
                    Some(BodyProblem::Unreadable(e.to_string())),
                    false,
                );
            }
        }
    }
}

/// An empty answer that closes the connection.
fn refusal(status: u16) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::new()));
    *response.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST);
    response
        .headers_mut()
        .insert(CONNECTION, HeaderValue::from_static("close"));
    response
}

/// The same, written raw.
fn refusal_bytes(status: u16) -> Vec<u8> {
    let reason = StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("");
    format!(
        "HTTP/1.1 {status} {reason}\r\nDate: {}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        http_date(SystemTime::now())
    )
    .into_bytes()
}

/// Writes a refusal if the socket takes it at once (a fresh socket always does).
fn refuse_now(stream: &TcpStream, status: u16) {
    let _ = stream.try_write(&refusal_bytes(status));
}

/// Writes `bytes` within [`LINGER`]; a client that does not read loses them.
async fn write_raw(stream: &TcpStream, mut bytes: &[u8]) {
    let deadline = Instant::now() + LINGER;
    while !bytes.is_empty() {
        match tokio::time::timeout_at(deadline, stream.writable()).await {
            Ok(Ok(())) => {}
            _ => return,
        }
        match stream.try_write(bytes) {
            Ok(0) => return,
            Ok(n) => bytes = bytes.get(n..).unwrap_or_default(),
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
            Err(_) => return,
        }
    }
}

/// Reads and discards until the client closes.
async fn drain(stream: &TcpStream) {
    let mut buf = [0u8; 4096];
    loop {
        if stream.readable().await.is_err() {
            return;
        }
        match stream.try_read(&mut buf) {
            Ok(0) => return,
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
            Err(_) => return,
        }
    }
}

/// A head announcing all of `body` as its `Content-Length`, then only its first half.
pub(crate) fn truncated(body: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "HTTP/1.1 200 OK\r\nDate: {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        http_date(SystemTime::now()),
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(body.get(..body.len() / 2).unwrap_or_default());
    out
}

/// An HTTP date (RFC 9110 IMF-fixdate), e.g. `Tue, 14 Nov 2023 22:13:20 GMT`.
pub(crate) fn http_date(time: SystemTime) -> String {
    chrono::DateTime::<chrono::Utc>::from(time)
        .format("%a, %d %b %Y %H:%M:%S GMT")
        .to_string()
}

/// Resolves once the stop is given; never if the [`Stopper`] is dropped unused (a
/// dropped [`crate::Handle`] leaves the emulator serving until the process ends).
async fn stopped(mut stop: watch::Receiver<bool>) {
    while !*stop.borrow_and_update() {
        if stop.changed().await.is_err() {
            std::future::pending::<()>().await;
        }
    }
}

/// The same, for a connection held after the server may already have stopped.
async fn stopped_now_or_later(stop: watch::Receiver<bool>) {
    if *stop.borrow() {
        return;
    }
    stopped(stop).await;
}

fn out_of_descriptors(e: &io::Error) -> bool {
    #[cfg(unix)]
    {
        matches!(
            e.raw_os_error(),
            Some(libc::EMFILE | libc::ENFILE | libc::ENOBUFS | libc::ENOMEM)
        )
    }
    #[cfg(not(unix))]
    {
        let _ = e;
        false
    }
}

/// An accept error about one connection only: try the next one.
fn transient(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::ConnectionAborted
            | io::ErrorKind::ConnectionReset
            | io::ErrorKind::Interrupted
            | io::ErrorKind::WouldBlock
    )
}

/// A descriptor held in reserve for refusing connections when none is left.
fn reserve_descriptor() -> Option<std::fs::File> {
    std::fs::File::open(if cfg!(windows) { "NUL" } else { "/dev/null" }).ok()
}

/// How many connections the process's descriptor limit leaves room for.
fn descriptor_budget() -> usize {
    #[cfg(unix)]
    {
        let mut limit = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: getrlimit writes the limit into the struct it is given, nothing else.
        let rc = unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) };
        if rc == 0 && limit.rlim_cur != libc::RLIM_INFINITY {
            let soft = usize::try_from(limit.rlim_cur).unwrap_or(usize::MAX);
            return soft.saturating_sub(SPARE_DESCRIPTORS).max(1);
        }
        usize::MAX
    }
    #[cfg(not(unix))]
    {
        usize::MAX
    }
}

/// The address a listener bound to `addr` is reached at (a wildcard through loopback).
pub(crate) fn endpoint_for(addr: SocketAddr) -> String {
    match addr {
        SocketAddr::V4(a) if a.ip().is_unspecified() => format!("http://127.0.0.1:{}", a.port()),
        SocketAddr::V4(a) => format!("http://{}:{}", a.ip(), a.port()),
        SocketAddr::V6(a) if a.ip().is_unspecified() => format!("http://[::1]:{}", a.port()),
        SocketAddr::V6(a) => format!("http://[{}]:{}", a.ip(), a.port()),
    }
}
