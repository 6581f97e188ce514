//! A byte relay in front of tiny_http, so that injected faults can cut connections, and a
//! guard against abusive clients, which tiny_http has none of: a cap on open connections
//! (503), a bound on a request's head (431) and announced body (413), a limit on how long
//! a request may take to arrive (408) and on how long a connection may idle.
//!
//! tiny_http never hands out a connection's socket: a request dropped unanswered gets a
//! 500, and a request turned into a raw writer (`Request::into_writer`) that writes nothing
//! leaves the connection open, so a keep-alive client (reqwest, every SDK) waits for its
//! timeout instead of seeing the connection close. When faults are queued, the emulator
//! therefore accepts connections itself and relays their bytes to and from tiny_http on a
//! private loopback port. A relayed connection is known by the address of its upstream
//! side, which is what tiny_http reports as the request's peer (`Request::remote_addr`).
//!
//! [`Relay::cut`] half-closes the upstream side: tiny_http reads the end of the stream,
//! finishes what it was writing and closes; the relay forwards every byte tiny_http wrote,
//! then closes the client's connection. So a cut never loses or reorders bytes already
//! written, and a connection cut before anything was written ends with zero bytes.

use std::collections::HashMap;
use std::io;
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use crate::error::Error;

/// The limits a client must keep to (small in tests).
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Connections open at once; more are answered 503 and closed.
    pub max_connections: usize,
    /// Bytes of one request's line and headers; more: 431.
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
            // Three descriptors a connection (client, relay, tiny_http): well inside the
            // usual 1024.
            max_connections: 256,
            max_head: 64 * 1024,
            max_body: 64 * 1024 * 1024,
            idle: Duration::from_secs(60),
            request: Duration::from_secs(30),
        }
    }
}

/// Relays the connections of one public listener to tiny_http.
pub struct Relay {
    limits: Limits,
    open: std::sync::atomic::AtomicUsize,
    /// The upstream side of every open relayed connection, by its local address.
    links: Mutex<HashMap<SocketAddr, TcpStream>>,
    stopping: AtomicBool,
    /// Where to connect to wake the accept loop when stopping.
    wake: SocketAddr,
}

impl Relay {
    /// Relays every connection accepted on `public` to `upstream`, from a background
    /// thread, until [`Relay::stop`].
    pub fn start(
        public: TcpListener,
        upstream: SocketAddr,
        limits: Limits,
    ) -> Result<Arc<Relay>, Error> {
        let local = public.local_addr().map_err(|e| {
            Error::Internal(format!("cannot read the emulator's bound address: {e}"))
        })?;
        let relay = Arc::new(Relay {
            limits,
            open: std::sync::atomic::AtomicUsize::new(0),
            links: Mutex::new(HashMap::new()),
            stopping: AtomicBool::new(false),
            wake: loopback(local),
        });
        let accepting = Arc::clone(&relay);
        std::thread::Builder::new()
            .name("emulator-relay".into())
            .spawn(move || accepting.accept_loop(&public, upstream))
            .map_err(|e| Error::Internal(format!("cannot start the emulator's relay: {e}")))?;
        Ok(relay)
    }

    /// Closes the connection of the request whose peer tiny_http reports as `peer`, once
    /// tiny_http has sent what it wrote. Returns whether that connection was found.
    pub fn cut(&self, peer: Option<&SocketAddr>) -> bool {
        let links = self.links();
        match peer.and_then(|p| links.get(p)) {
            Some(upstream) => {
                let _ = upstream.shutdown(Shutdown::Write);
                true
            }
            None => false,
        }
    }

    /// Stops accepting connections (those open are relayed until they end).
    pub fn stop(&self) {
        self.stopping.store(true, Ordering::SeqCst);
        // Wake the accept loop; if this fails, it ends at the next connection.
        let _ = TcpStream::connect_timeout(&self.wake, Duration::from_secs(1));
    }

    /// The open links; a poisoned lock only means a relay thread panicked, the map is
    /// still consistent.
    fn links(&self) -> MutexGuard<'_, HashMap<SocketAddr, TcpStream>> {
        self.links.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn accept_loop(self: Arc<Self>, public: &TcpListener, upstream: SocketAddr) {
        for client in public.incoming() {
            if self.stopping.load(Ordering::SeqCst) {
                return;
            }
            match client {
                // A connection that cannot be relayed is closed: the client sees a reset.
                Ok(client) => {
                    if self.open.load(Ordering::SeqCst) >= self.limits.max_connections {
                        refuse(&client, "503 Service Unavailable");
                        continue;
                    }
                    let _ = self.link(client, upstream);
                }
                // Out of file descriptors and the like: let the moment pass rather than spin.
                Err(_) => std::thread::sleep(Duration::from_millis(10)),
            }
        }
    }

    /// Connects `client` to tiny_http and starts the two copying threads.
    fn link(self: &Arc<Self>, client: TcpStream, upstream: SocketAddr) -> io::Result<()> {
        let up = TcpStream::connect(upstream)?;
        // Answers are small and written at once: do not let Nagle hold them back.
        let _ = client.set_nodelay(true);
        let _ = up.set_nodelay(true);
        let key = up.local_addr()?;
        let (client_in, up_in) = (client.try_clone()?, up.try_clone()?);
        let (client_out, up_out) = (client.try_clone()?, up.try_clone()?);
        self.links().insert(key, up.try_clone()?);

        let relay = Arc::clone(self);
        let limits = self.limits;
        self.open.fetch_add(1, Ordering::SeqCst);
        let started = std::thread::Builder::new()
            .name("emulator-relay-in".into())
            .spawn(move || {
                // Client → tiny_http, request by request within the limits; the client's
                // end of stream becomes tiny_http's.
                guard(&client_in, &up_in, &limits);
                let _ = up_in.shutdown(Shutdown::Write);
            })
            .and_then(|_| {
                std::thread::Builder::new()
                    .name("emulator-relay-out".into())
                    .spawn(move || {
                        // tiny_http → client; when tiny_http closes, so does the client's side.
                        let _ = io::copy(&mut &up_out, &mut &client_out);
                        let _ = client_out.shutdown(Shutdown::Both);
                        let _ = up_out.shutdown(Shutdown::Both);
                        relay.links().remove(&key);
                        relay.open.fetch_sub(1, Ordering::SeqCst);
                    })
            });
        if let Err(e) = started {
            self.open.fetch_sub(1, Ordering::SeqCst);
            self.links().remove(&key);
            let _ = client.shutdown(Shutdown::Both);
            let _ = up.shutdown(Shutdown::Both);
            return Err(e);
        }
        Ok(())
    }
}

/// The address to connect to for a listener bound to `addr` (a wildcard is reached
/// through loopback).
fn loopback(addr: SocketAddr) -> SocketAddr {
    match addr {
        SocketAddr::V4(a) if a.ip().is_unspecified() => {
            SocketAddr::from((std::net::Ipv4Addr::LOCALHOST, a.port()))
        }
        SocketAddr::V6(a) if a.ip().is_unspecified() => {
            SocketAddr::from((std::net::Ipv6Addr::LOCALHOST, a.port()))
        }
        other => other,
    }
}

/// Answers `status` with an empty body and closes the connection.
fn refuse(mut client: &TcpStream, status: &str) {
    use std::io::Write;
    let _ = client.set_write_timeout(Some(Duration::from_secs(1)));
    let _ = client.write_all(
        format!("HTTP/1.1 {status}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").as_bytes(),
    );
    let _ = client.shutdown(Shutdown::Both);
}

/// Copies requests from `client` to `up` one at a time: a head is collected (at most
/// `max_head` bytes) and passed on whole, then the body it announces (at most
/// `max_body`) as it comes. A client idle past `idle` between requests is closed; one
/// whose request takes longer than `request` to arrive gets 408; chunked bodies, whose
/// size cannot be bounded in advance, get 411.
fn guard(client: &TcpStream, mut up: &TcpStream, limits: &Limits) {
    use std::io::{Read, Write};
    use std::time::Instant;
    let mut client_mut = client;
    let mut buf = vec![0u8; 16 * 1024];
    let mut head: Vec<u8> = Vec::new();
    // Bytes of body still to pass on; None while reading a head.
    let mut body_left: Option<u64> = None;
    let mut begun: Option<Instant> = None;
    let mut idle_since = Instant::now();
    loop {
        let now = Instant::now();
        let wait = match begun {
            Some(t) => {
                let end = t + limits.request;
                if now >= end {
                    refuse(client, "408 Request Timeout");
                    return;
                }
                end - now
            }
            None => {
                let end = idle_since + limits.idle;
                if now >= end {
                    // Only stop reading: tiny_http then sees the end of the stream,
                    // finishes an answer it may still be writing, and closes, which
                    // closes the client's side too.
                    return;
                }
                end - now
            }
        };
        let _ = client.set_read_timeout(Some(wait.max(Duration::from_millis(1))));
        let n = match client_mut.read(&mut buf) {
            Ok(0) => return,
            Ok(n) => n,
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                ) =>
            {
                continue;
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(_) => return,
        };
        let mut chunk = &buf[..n];
        while !chunk.is_empty() {
            if let Some(left) = body_left {
                let take = (left.min(chunk.len() as u64)) as usize;
                if up.write_all(&chunk[..take]).is_err() {
                    return;
                }
                chunk = &chunk[take..];
                let left = left - take as u64;
                if left == 0 {
                    body_left = None;
                    begun = None;
                    idle_since = Instant::now();
                } else {
                    body_left = Some(left);
                }
                continue;
            }
            begun.get_or_insert_with(Instant::now);
            // Look for the end of the head in what is held plus this chunk.
            let before = head.len();
            head.extend_from_slice(chunk);
            let search_from = before.saturating_sub(3);
            let end = head[search_from..]
                .windows(4)
                .position(|w| w == b"\r\n\r\n")
                .map(|p| search_from + p + 4);
            let Some(end) = end else {
                if head.len() > limits.max_head {
                    refuse(client, "431 Request Header Fields Too Large");
                    return;
                }
                chunk = &[];
                continue;
            };
            if end > limits.max_head {
                refuse(client, "431 Request Header Fields Too Large");
                return;
            }
            let consumed = end - before;
            chunk = &chunk[consumed..];
            let (announced, chunked) = framing(&head[..end]);
            if chunked {
                refuse(client, "411 Length Required");
                return;
            }
            let Some(announced) = announced else {
                refuse(client, "400 Bad Request");
                return;
            };
            if announced > limits.max_body {
                refuse(client, "413 Content Too Large");
                return;
            }
            if up.write_all(&head[..end]).is_err() {
                return;
            }
            head.clear();
            if announced == 0 {
                begun = None;
                idle_since = Instant::now();
            } else {
                body_left = Some(announced);
            }
        }
    }
}

/// A request head's announced body length (0 when none is announced; None when the
/// announcement is not a number) and whether its body is chunked.
fn framing(head: &[u8]) -> (Option<u64>, bool) {
    let text = String::from_utf8_lossy(head);
    let mut length = Some(0);
    let mut chunked = false;
    for line in text.split("\r\n").skip(1) {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let name = name.trim();
        if name.eq_ignore_ascii_case("content-length") {
            length = value.trim().parse::<u64>().ok();
        } else if name.eq_ignore_ascii_case("transfer-encoding")
            && value.to_ascii_lowercase().contains("chunked")
        {
            chunked = true;
        }
    }
    (length, chunked)
}
