//! A byte relay in front of tiny_http, so that injected faults can cut connections.
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

/// Relays the connections of one public listener to tiny_http.
pub struct Relay {
    /// The upstream side of every open relayed connection, by its local address.
    links: Mutex<HashMap<SocketAddr, TcpStream>>,
    stopping: AtomicBool,
    /// Where to connect to wake the accept loop when stopping.
    wake: SocketAddr,
}

impl Relay {
    /// Relays every connection accepted on `public` to `upstream`, from a background
    /// thread, until [`Relay::stop`].
    pub fn start(public: TcpListener, upstream: SocketAddr) -> Result<Arc<Relay>, Error> {
        let local = public.local_addr().map_err(|e| {
            Error::Internal(format!("cannot read the emulator's bound address: {e}"))
        })?;
        let relay = Arc::new(Relay {
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
        let started = std::thread::Builder::new()
            .name("emulator-relay-in".into())
            .spawn(move || {
                // Client → tiny_http; the client's end of stream becomes tiny_http's.
                let _ = io::copy(&mut &client_in, &mut &up_in);
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
                    })
            });
        if let Err(e) = started {
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
