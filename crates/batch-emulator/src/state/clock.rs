//! The world's virtual clock: milliseconds since the Unix epoch, running `speed` times as
//! fast as the real clock (0 stops it), read lazily whenever the world is asked.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

/// Where real time comes from: the system clock, or a value tests move by hand.
#[derive(Debug, Clone)]
enum Source {
    System,
    Manual(Arc<AtomicI64>),
}

impl Source {
    fn now_ms(&self) -> i64 {
        match self {
            Source::System => system_ms(),
            Source::Manual(ms) => ms.load(Ordering::SeqCst),
        }
    }
}

fn system_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

/// Virtual time: `virtual_origin + (real - real_origin) × speed`.
#[derive(Debug, Clone)]
pub struct Clock {
    source: Source,
    speed: f64,
    real_origin: i64,
    virtual_origin: i64,
}

/// The hand of a manual clock (tests): moves the real time its clock reads.
#[derive(Debug, Clone)]
pub struct Hand(Arc<AtomicI64>);

impl Hand {
    /// Moves real time forward by `ms`.
    pub fn advance(&self, ms: i64) {
        self.0.fetch_add(ms, Ordering::SeqCst);
    }
}

impl Clock {
    /// Starts at the real time now; `speed` virtual seconds pass per real second.
    pub fn system(speed: f64) -> Clock {
        let now = system_ms();
        Clock {
            source: Source::System,
            speed: sanitize(speed),
            real_origin: now,
            virtual_origin: now,
        }
    }

    /// A clock at `start_ms` that only moves when its [`Hand`] does (tests).
    pub fn manual(start_ms: i64, speed: f64) -> (Clock, Hand) {
        let real = Arc::new(AtomicI64::new(start_ms));
        let clock = Clock {
            source: Source::Manual(Arc::clone(&real)),
            speed: sanitize(speed),
            real_origin: start_ms,
            virtual_origin: start_ms,
        };
        (clock, Hand(real))
    }

    pub fn speed(&self) -> f64 {
        self.speed
    }

    /// Virtual milliseconds since the Unix epoch.
    pub fn now_ms(&self) -> i64 {
        let real = self.source.now_ms().saturating_sub(self.real_origin);
        self.virtual_origin
            .saturating_add((real as f64 * self.speed) as i64)
    }

    /// Moves virtual time forward to `at_ms` if it is behind (a world loaded from a file
    /// never sees time run backwards).
    pub fn not_before(&mut self, at_ms: i64) {
        let now = self.now_ms();
        if now < at_ms {
            self.virtual_origin = self.virtual_origin.saturating_add(at_ms - now);
        }
    }
}

fn sanitize(speed: f64) -> f64 {
    if speed.is_finite() && speed >= 0.0 {
        speed
    } else {
        1.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn virtual_time_runs_at_its_speed_and_never_backwards() {
        let (mut clock, hand) = Clock::manual(1_000_000, 20.0);
        assert_eq!(clock.now_ms(), 1_000_000);
        hand.advance(500);
        assert_eq!(clock.now_ms(), 1_010_000);
        clock.not_before(2_000_000);
        assert_eq!(clock.now_ms(), 2_000_000);
        clock.not_before(0);
        assert_eq!(clock.now_ms(), 2_000_000);
        let (stopped, hand) = Clock::manual(5, 0.0);
        hand.advance(10_000);
        assert_eq!(stopped.now_ms(), 5);
    }
}
