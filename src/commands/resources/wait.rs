//! `--wait` of a write (`envs create|modify|delete`, `jobs terminate`): polls through the
//! client (paced and retried as every read) until the write has taken effect, telling each
//! change on stderr; bounded by `--max-wait` on the client's clock (virtual under
//! `BATCHCTL_VIRTUAL_TIME=1`), exit 8 when it passes.

use std::time::Duration;

use crate::cli::config::Config;
use crate::transport::client::Client;
use crate::transport::error::Error;

/// What one poll found.
pub enum Poll<T> {
    /// It has taken effect.
    Done(T),
    /// Not yet: how things stand, for people (told when it changes).
    Pending(String),
}

/// How to wait: between polls, and for how long at most (zero: no limit).
#[derive(Debug, Clone, Copy)]
pub struct Pace {
    pub interval: Duration,
    pub max_wait: Duration,
}

impl Pace {
    pub fn of(config: &Config, flags: &crate::cli::resources::WaitFlags) -> Pace {
        Pace {
            interval: crate::commands::jobs::wait::poll_interval(config, flags.interval),
            max_wait: flags.max_wait,
        }
    }
}

/// Polls until `poll` says done. A poll that fails in a way a retry may fix is told and
/// the wait goes on; any other failure ends it. `what` names what is awaited in the
/// message of exit 8 (`env-x to have 2 nodes RUNNING`).
pub fn until<T>(
    client: &Client,
    pace: Pace,
    what: &str,
    mut poll: impl FnMut() -> Result<Poll<T>, Error>,
) -> Result<T, Error> {
    let started = client.elapsed();
    let notes = client.notes();
    let mut last = String::new();
    loop {
        match poll() {
            Ok(Poll::Done(t)) => return Ok(t),
            Ok(Poll::Pending(now)) => {
                if now != last {
                    notes.status(&now);
                    last = now;
                }
            }
            Err(e) if e.is_retryable() => {
                notes.warning(&format!("poll failed, still waiting: {}", e.first_line()));
            }
            Err(e) => return Err(e),
        }
        let waited = client.elapsed().saturating_sub(started);
        if !pace.max_wait.is_zero() && waited >= pace.max_wait {
            let human = crate::transport::duration::human(pace.max_wait);
            return Err(Error::MaxWaitPassed(if last.is_empty() {
                format!("--max-wait {human} passed while waiting for {what}")
            } else {
                format!("--max-wait {human} passed while waiting for {what} ({last})")
            }));
        }
        let pause = if pace.max_wait.is_zero() {
            pace.interval
        } else {
            pace.interval.min(pace.max_wait - waited)
        };
        client.pause(pause);
    }
}
