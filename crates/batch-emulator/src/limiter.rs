//! The service's rate limit, as the emulator enforces it: per SecretId, a sliding window
//! of one second over the requests it accepted. A request that would be the (N+1)-th
//! within the last 1000 ms is refused with `RequestLimitExceeded`, and a refused request
//! does not count toward the window (so a client that backs off is admitted again as soon
//! as its oldest accepted request is a second old).
//!
//! The limiter is pure: the caller passes the time, so the window is unit-tested with an
//! injected clock. `super` checks it right after a request has authenticated, so an
//! unauthenticated flood never uses up a real caller's quota.

use std::collections::{HashMap, VecDeque};

/// The real service's limit for DescribeJobs, in requests per second.
pub const SERVICE_RATE_LIMIT: u32 = 2;

/// The length of the window, in milliseconds.
const WINDOW_MS: u64 = 1000;

/// Sliding-window admission per SecretId.
#[derive(Debug, Clone)]
pub struct RateLimiter {
    /// Requests per second; 0 admits everything.
    limit: u32,
    /// The times (ms) of the requests admitted within the last second, oldest first.
    admitted: HashMap<String, VecDeque<u64>>,
}

impl RateLimiter {
    pub fn new(limit: u32) -> RateLimiter {
        RateLimiter {
            limit,
            admitted: HashMap::new(),
        }
    }

    pub fn limit(&self) -> u32 {
        self.limit
    }

    /// Admits a request of `secret_id` at `now_ms` (a monotonic clock in milliseconds),
    /// or refuses it with the number of requests it would make within the last second.
    pub fn check(&mut self, secret_id: &str, now_ms: u64) -> Result<(), u32> {
        if self.limit == 0 {
            return Ok(());
        }
        let window = match self.admitted.get_mut(secret_id) {
            Some(window) => window,
            None => self.admitted.entry(secret_id.to_string()).or_default(),
        };
        // An admission at t counts while now - t < 1000 ms; a clock read slightly out of
        // order (another thread) only counts as "now".
        while window
            .front()
            .is_some_and(|&t| now_ms.saturating_sub(t) >= WINDOW_MS)
        {
            window.pop_front();
        }
        let count = u32::try_from(window.len()).unwrap_or(u32::MAX);
        if count >= self.limit {
            return Err(count.saturating_add(1));
        }
        window.push_back(now_ms);
        Ok(())
    }
}

/// The value parser of `emulator serve --rate-limit`: a whole number of requests per
/// second (0 turns the limit off). It yields `f64` because the option shares its id with
/// the client's global `--rate-limit` (see `batchctl::cli::ServeArgs`).
pub fn parse_rate_limit(value: &str) -> Result<f64, String> {
    value
        .trim()
        .parse::<u32>()
        .map(f64::from)
        .map_err(|_| rate_limit_message(value))
}

/// The emulator's limit from the option's value, which may also have come from the
/// global `--rate-limit` given before the subcommand (any non-negative rate).
pub fn rate_limit_from(value: f64) -> Result<u32, String> {
    if value.is_finite() && value >= 0.0 && value.fract() == 0.0 && value <= f64::from(u32::MAX) {
        Ok(value as u32)
    } else {
        Err(rate_limit_message(&value.to_string()))
    }
}

fn rate_limit_message(value: &str) -> String {
    format!(
        "'{value}' is not a whole number of requests per second for the emulator (0 turns the limit off)"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "AKIDEMULATORDEMO0000000000000000000";

    #[test]
    fn the_third_request_within_a_second_is_refused_with_its_count() {
        let mut limiter = RateLimiter::new(2);
        assert_eq!(limiter.check(ID, 10_000), Ok(()));
        assert_eq!(limiter.check(ID, 10_100), Ok(()));
        assert_eq!(limiter.check(ID, 10_200), Err(3));
        assert_eq!(limiter.check(ID, 10_999), Err(3));
    }

    #[test]
    fn the_window_slides_and_refused_requests_do_not_count() {
        let mut limiter = RateLimiter::new(2);
        assert_eq!(limiter.check(ID, 0), Ok(()));
        assert_eq!(limiter.check(ID, 500), Ok(()));
        // Refused many times: none of these count.
        for t in [600, 700, 800, 999] {
            assert_eq!(limiter.check(ID, t), Err(3));
        }
        // The first admission (t=0) is a full second old at t=1000: one slot frees.
        assert_eq!(limiter.check(ID, 1000), Ok(()));
        assert_eq!(limiter.check(ID, 1001), Err(3));
        // t=500 leaves the window at 1500.
        assert_eq!(limiter.check(ID, 1499), Err(3));
        assert_eq!(limiter.check(ID, 1500), Ok(()));
        // Long quiet: everything has left the window.
        assert_eq!(limiter.check(ID, 60_000), Ok(()));
        assert_eq!(limiter.check(ID, 60_000), Ok(()));
        assert_eq!(limiter.check(ID, 60_000), Err(3));
    }

    #[test]
    fn each_secret_id_has_its_own_window() {
        let mut limiter = RateLimiter::new(1);
        assert_eq!(limiter.check("AKIDA", 5), Ok(()));
        assert_eq!(limiter.check("AKIDB", 5), Ok(()));
        assert_eq!(limiter.check("AKIDA", 6), Err(2));
        assert_eq!(limiter.check("AKIDB", 6), Err(2));
    }

    #[test]
    fn zero_admits_everything_and_a_clock_read_out_of_order_is_harmless() {
        let mut limiter = RateLimiter::new(0);
        for t in 0..1000 {
            assert_eq!(limiter.check(ID, t / 7), Ok(()));
        }
        let mut limiter = RateLimiter::new(2);
        assert_eq!(limiter.check(ID, 5000), Ok(()));
        assert_eq!(limiter.check(ID, 4990), Ok(()));
        assert_eq!(limiter.check(ID, 4980), Err(3));
        assert_eq!(limiter.check(ID, 6000), Ok(()));
    }

    #[test]
    fn a_larger_limit_admits_that_many_per_second() {
        let mut limiter = RateLimiter::new(20);
        let admitted = (0..100u64)
            .filter(|i| limiter.check(ID, i * 10).is_ok())
            .count();
        // 100 requests over 990 ms: exactly 20 fit in the one window.
        assert_eq!(admitted, 20);
        assert_eq!(limiter.limit(), 20);
    }

    #[test]
    fn the_option_takes_whole_numbers_only() {
        assert_eq!(parse_rate_limit("2"), Ok(2.0));
        assert_eq!(parse_rate_limit(" 0 "), Ok(0.0));
        for bad in ["", "-1", "1.5", "x", "1e3", "99999999999"] {
            let err = parse_rate_limit(bad).unwrap_err();
            assert!(err.contains("whole number"), "{bad}: {err}");
        }
        assert_eq!(rate_limit_from(2.0), Ok(2));
        assert_eq!(rate_limit_from(0.0), Ok(0));
        for bad in [0.5, -1.0, f64::NAN, f64::INFINITY, 1e12] {
            assert!(rate_limit_from(bad).is_err(), "{bad}");
        }
    }
}
