//! Client-side pacing and retry timing: one token bucket for every request of an
//! invocation (`--rate-limit`), and exponential backoff with full jitter between attempts.
//! Pure logic: the clock and the random source are passed in, so tests are exact; the
//! [`Clock`] the client waits on is injected the same way.

use std::cell::Cell;
use std::time::{Duration, Instant};

/// The client's clock and its waits, injected: real time in the binary, a virtual clock
/// where waits only count (tests of retries and pacing take no real time).
pub trait Clock {
    /// Time since the clock started.
    fn elapsed(&self) -> Duration;
    /// Waits `wait` — or less, as soon as `stop` says so (Ctrl-C).
    fn sleep(&self, wait: Duration, stop: &dyn Fn() -> bool);
}

/// Real time; a wait looks at `stop` every [`STOP_CHECK`].
#[derive(Debug)]
pub struct RealClock {
    started: Instant,
}

/// How often a real wait looks whether it should stop.
pub const STOP_CHECK: Duration = Duration::from_millis(50);

impl RealClock {
    pub fn new() -> RealClock {
        RealClock {
            started: Instant::now(),
        }
    }
}

impl Default for RealClock {
    fn default() -> Self {
        RealClock::new()
    }
}

impl Clock for RealClock {
    fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    fn sleep(&self, wait: Duration, stop: &dyn Fn() -> bool) {
        let end = Instant::now() + wait;
        while !stop() {
            let now = Instant::now();
            if now >= end {
                break;
            }
            std::thread::sleep((end - now).min(STOP_CHECK));
        }
    }
}

/// A clock that moves only by the waits it is asked for, at once.
#[derive(Debug, Default)]
pub struct VirtualClock {
    now: Cell<Duration>,
}

impl Clock for VirtualClock {
    fn elapsed(&self) -> Duration {
        self.now.get()
    }

    fn sleep(&self, wait: Duration, _stop: &dyn Fn() -> bool) {
        self.now.set(self.now.get().saturating_add(wait));
    }
}

/// Spaces requests to at most `rate` per second, with no burst: each request waits until
/// `1/rate` (plus a small margin for network jitter) has passed since the previous one.
/// And, whatever the network does to that spacing: a request goes no sooner than one
/// second after the request `rate` places before it was answered ([`TokenBucket::finished`]).
/// The service received that one before its answer came, and receives this one after it
/// is sent, so no one-second window on the server ever holds more than `rate` of them,
/// however late an earlier request arrived.
#[derive(Debug, Clone)]
pub struct TokenBucket {
    interval: Option<Duration>,
    /// When the next request may go, on the caller's clock.
    next: Option<Duration>,
    /// How many requests a one-second window may hold (whole requests; 0: no window).
    window: usize,
    /// When the last `window` requests were answered, oldest first.
    answered: std::collections::VecDeque<Duration>,
}

/// Added to the one second of the window.
const WINDOW_MARGIN: Duration = Duration::from_millis(5);

/// Added to each interval: requests leave evenly spaced but arrive with some jitter.
const MARGIN: Duration = Duration::from_millis(25);

impl TokenBucket {
    /// `rate` requests per second; 0 turns pacing off.
    pub fn new(rate: f64) -> TokenBucket {
        let interval =
            (rate > 0.0 && rate.is_finite()).then(|| Duration::from_secs_f64(1.0 / rate) + MARGIN);
        let window = if interval.is_some() && rate >= 1.0 {
            rate.floor().min(1000.0) as usize
        } else {
            0
        };
        TokenBucket {
            interval,
            next: None,
            window,
            answered: std::collections::VecDeque::with_capacity(window),
        }
    }

    /// Records that a request sent from this bucket was answered (or failed) at `now`.
    pub fn finished(&mut self, now: Duration) {
        if self.window == 0 {
            return;
        }
        self.answered.push_back(now);
        while self.answered.len() > self.window {
            self.answered.pop_front();
        }
    }

    /// Takes a slot for a request about to be sent at `now` (time since any fixed origin);
    /// returns how long to wait before sending it.
    pub fn acquire(&mut self, now: Duration) -> Duration {
        let Some(interval) = self.interval else {
            return Duration::ZERO;
        };
        let mut at = match self.next {
            Some(next) if next > now => next,
            _ => now,
        };
        if self.window > 0
            && self.answered.len() == self.window
            && let Some(&oldest) = self.answered.front()
        {
            at = at.max(oldest + Duration::from_secs(1) + WINDOW_MARGIN);
        }
        self.next = Some(at + interval);
        at - now
    }
}

/// Exponential backoff with full jitter: the wait before retry `n` (1 = the first retry)
/// is uniform in `[0, min(cap, base · 2^(n-1))]`.
#[derive(Debug, Clone, Copy)]
pub struct Backoff {
    pub base: Duration,
    pub cap: Duration,
}

impl Default for Backoff {
    fn default() -> Self {
        Backoff {
            base: Duration::from_millis(500),
            cap: Duration::from_secs(8),
        }
    }
}

impl Backoff {
    /// The ceiling of the wait before retry `n`.
    pub fn ceiling(&self, retry: u32) -> Duration {
        let factor = 2u32.saturating_pow(retry.saturating_sub(1).min(20));
        self.base.saturating_mul(factor).min(self.cap)
    }

    /// The wait before retry `n`, given `unit` uniform in `[0, 1)`.
    pub fn delay(&self, retry: u32, unit: f64) -> Duration {
        self.ceiling(retry).mul_f64(unit.clamp(0.0, 1.0))
    }
}

/// A small, seedable uniform source for jitter (xorshift64*): no dependency needed, and
/// jitter needs spread, not cryptographic quality.
#[derive(Debug, Clone)]
pub struct Jitter(u64);

impl Jitter {
    pub fn new(seed: u64) -> Jitter {
        Jitter(seed | 1)
    }

    /// Seeded from the clock and the process ID, so concurrent invocations spread out.
    pub fn from_entropy() -> Jitter {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0);
        Jitter::new(nanos ^ (u64::from(std::process::id()) << 32))
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        let x = self.0.wrapping_mul(0x2545_F491_4F6C_DD1D);
        (x >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slow_answer_holds_the_request_rate_places_later_for_a_second() {
        // 2 a second: r0 answered late (300 ms), so r2 waits until a second after that,
        // although the spacing alone would send it at 1.05 s.
        let ms = Duration::from_millis;
        let mut b = TokenBucket::new(2.0);
        assert_eq!(b.acquire(ms(0)), ms(0));
        b.finished(ms(300));
        assert_eq!(b.acquire(ms(300)), ms(225));
        b.finished(ms(550));
        assert_eq!(b.acquire(ms(550)), ms(1305 - 550));
        // Answers that come quickly leave the spacing in charge.
        let mut b = TokenBucket::new(2.0);
        for k in 0..6u64 {
            let at = ms(525 * k);
            assert_eq!(b.acquire(at), Duration::ZERO, "request {k}");
            b.finished(at + ms(1));
        }
    }

    const MS: fn(u64) -> Duration = Duration::from_millis;

    #[test]
    fn two_per_second_spaces_requests_by_half_a_second_plus_margin() {
        let mut bucket = TokenBucket::new(2.0);
        assert_eq!(
            bucket.acquire(MS(0)),
            MS(0),
            "the first request goes at once"
        );
        assert_eq!(bucket.acquire(MS(0)), MS(525));
        assert_eq!(bucket.acquire(MS(100)), MS(950), "queued behind the second");
        // After a pause, no burst builds up: one request at once, then spacing again.
        assert_eq!(bucket.acquire(MS(10_000)), MS(0));
        assert_eq!(bucket.acquire(MS(10_000)), MS(525));
    }

    #[test]
    fn no_one_second_window_holds_more_than_the_rate() {
        let mut bucket = TokenBucket::new(2.0);
        let sends: Vec<Duration> = (0..20)
            .map(|_| MS(0))
            .map(|now| now + bucket.acquire(now))
            .collect();
        for (i, t) in sends.iter().enumerate() {
            let in_window = sends[i..].iter().filter(|s| **s < *t + MS(1000)).count();
            assert!(in_window <= 2, "{in_window} requests within 1 s of {t:?}");
        }
    }

    #[test]
    fn rate_zero_never_waits() {
        let mut bucket = TokenBucket::new(0.0);
        assert!((0..100).all(|_| bucket.acquire(MS(0)).is_zero()));
    }

    #[test]
    fn backoff_doubles_up_to_the_cap_and_jitter_stays_below_the_ceiling() {
        let b = Backoff {
            base: MS(500),
            cap: MS(3000),
        };
        let ceilings: Vec<Duration> = (1..=5).map(|n| b.ceiling(n)).collect();
        assert_eq!(ceilings, [MS(500), MS(1000), MS(2000), MS(3000), MS(3000)]);
        assert_eq!(b.delay(2, 0.0), MS(0));
        assert_eq!(b.delay(2, 0.5), MS(500));
        assert!(
            b.delay(100, 0.999_999) <= MS(3000),
            "no overflow for large attempt numbers"
        );
        let mut jitter = Jitter::new(42);
        let samples: Vec<f64> = (0..1000).map(|_| jitter.unit()).collect();
        assert!(samples.iter().all(|u| (0.0..1.0).contains(u)));
        let mean = samples.iter().sum::<f64>() / 1000.0;
        assert!(
            (0.4..0.6).contains(&mean),
            "jitter is spread out: mean {mean}"
        );
    }
}
