//! The service's rate limit, as the emulator enforces it: per SecretId and per action, a
//! sliding window of one second over the requests it accepted. Each action's limit is
//! its published one (`--rate-limit published`, the default; the action table's figure,
//! 2 where the tables have none) or one figure for every action (`--rate-limit N`; 0
//! turns the limit off). A request that would be the (N+1)-th
//! within the last 1000 ms is refused with `RequestLimitExceeded`, and a refused request
//! does not count toward the window (so a client that backs off is admitted again as soon
//! as its oldest accepted request is a second old).
//!
//! The limiter is pure: the caller passes the time, so the window is unit-tested with an
//! injected clock. `super` checks it right after a request has authenticated, so an
//! unauthenticated flood never uses up a real caller's quota.

use std::collections::{HashMap, VecDeque};

/// The real service's limit for DescribeJobs, and its usual one, in requests per second.
pub const SERVICE_RATE_LIMIT: u32 = 2;

/// How fast each action may be called.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RateLimit {
    /// Each action at its published limit.
    Published,
    /// Every action at this many requests per second; 0 admits everything.
    Each(u32),
}

impl RateLimit {
    /// No limit at all.
    pub const OFF: RateLimit = RateLimit::Each(0);

    /// The limit of `action` in requests per second (0: none).
    pub fn for_action(self, action: &str) -> u32 {
        match self {
            RateLimit::Published => published_limit(action),
            RateLimit::Each(n) => n,
        }
    }
}

/// The published limit of `action` from the action table, whole requests per second
/// (at least 1); the service's usual 2 for an action the table does not describe.
pub fn published_limit(action: &str) -> u32 {
    batch_api::action(action)
        .map(|a| a.rate_limit)
        .filter(|r| r.is_finite() && *r >= 1.0)
        .map_or(SERVICE_RATE_LIMIT, |r| r.min(f64::from(u32::MAX)) as u32)
}

/// The length of the window, in milliseconds.
const WINDOW_MS: u64 = 1000;

/// Sliding-window admission per SecretId and action.
#[derive(Debug, Clone)]
pub struct RateLimiter {
    limit: RateLimit,
    /// The times (ms) of the requests admitted within the last second, oldest first, by
    /// SecretId and action.
    admitted: HashMap<(String, String), VecDeque<u64>>,
}

impl RateLimiter {
    pub fn new(limit: RateLimit) -> RateLimiter {
        RateLimiter {
            limit,
            admitted: HashMap::new(),
        }
    }

    /// The limit of `action`, requests per second (0: none).
    pub fn limit_for(&self, action: &str) -> u32 {
        self.limit.for_action(action)
    }

    /// Admits a request of `secret_id` for `action` at `now_ms` (a monotonic clock in
    /// milliseconds), or refuses it with the number of requests it would make within the
    /// last second.
    pub fn check(&mut self, secret_id: &str, action: &str, now_ms: u64) -> Result<(), u32> {
        let limit = self.limit_for(action);
        if limit == 0 {
            return Ok(());
        }
        let key = (secret_id.to_string(), action.to_string());
        let window = self.admitted.entry(key).or_default();
        // An admission at t counts while now - t < 1000 ms; a clock read slightly out of
        // order (another thread) only counts as "now".
        while window
            .front()
            .is_some_and(|&t| now_ms.saturating_sub(t) >= WINDOW_MS)
        {
            window.pop_front();
        }
        let count = u32::try_from(window.len()).unwrap_or(u32::MAX);
        if count >= limit {
            return Err(count.saturating_add(1));
        }
        window.push_back(now_ms);
        Ok(())
    }
}

/// How `published` travels through the option's `f64` (no rate is negative).
pub const PUBLISHED: f64 = -1.0;

/// The value parser of `emulator serve --rate-limit`: `published`, or a whole number of
/// requests per second for every action (0 turns the limit off). It yields `f64` because
/// the option shares its id with the client's global `--rate-limit` (see
/// `batchctl::cli::ServeArgs`); `published` becomes [`PUBLISHED`].
pub fn parse_rate_limit(value: &str) -> Result<f64, String> {
    let value = value.trim();
    if value.eq_ignore_ascii_case("published") {
        return Ok(PUBLISHED);
    }
    value
        .parse::<u32>()
        .map(f64::from)
        .map_err(|_| rate_limit_message(value))
}

/// The emulator's limit from the option's value, which may also have come from the
/// global `--rate-limit` given before the subcommand (any non-negative rate).
pub fn rate_limit_from(value: f64) -> Result<RateLimit, String> {
    if value == PUBLISHED {
        Ok(RateLimit::Published)
    } else if value.is_finite()
        && value >= 0.0
        && value.fract() == 0.0
        && value <= f64::from(u32::MAX)
    {
        Ok(RateLimit::Each(value as u32))
    } else {
        Err(rate_limit_message(&value.to_string()))
    }
}

fn rate_limit_message(value: &str) -> String {
    format!(
        "'{value}' is neither `published` nor a whole number of requests per second for the \
         emulator (0 turns the limit off)"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "DescribeJobs";
    const ID: &str = "AKIDEMULATORDEMO0000000000000000000";

    #[test]
    fn the_third_request_within_a_second_is_refused_with_its_count() {
        let mut limiter = RateLimiter::new(RateLimit::Each(2));
        assert_eq!(limiter.check(ID, A, 10_000), Ok(()));
        assert_eq!(limiter.check(ID, A, 10_100), Ok(()));
        assert_eq!(limiter.check(ID, A, 10_200), Err(3));
        assert_eq!(limiter.check(ID, A, 10_999), Err(3));
    }

    #[test]
    fn the_window_slides_and_refused_requests_do_not_count() {
        let mut limiter = RateLimiter::new(RateLimit::Each(2));
        assert_eq!(limiter.check(ID, A, 0), Ok(()));
        assert_eq!(limiter.check(ID, A, 500), Ok(()));
        // Refused many times: none of these count.
        for t in [600, 700, 800, 999] {
            assert_eq!(limiter.check(ID, A, t), Err(3));
        }
        // The first admission (t=0) is a full second old at t=1000: one slot frees.
        assert_eq!(limiter.check(ID, A, 1000), Ok(()));
        assert_eq!(limiter.check(ID, A, 1001), Err(3));
        // t=500 leaves the window at 1500.
        assert_eq!(limiter.check(ID, A, 1499), Err(3));
        assert_eq!(limiter.check(ID, A, 1500), Ok(()));
        // Long quiet: everything has left the window.
        assert_eq!(limiter.check(ID, A, 60_000), Ok(()));
        assert_eq!(limiter.check(ID, A, 60_000), Ok(()));
        assert_eq!(limiter.check(ID, A, 60_000), Err(3));
    }

    #[test]
    fn each_secret_id_has_its_own_window() {
        let mut limiter = RateLimiter::new(RateLimit::Each(1));
        assert_eq!(limiter.check("AKIDA", A, 5), Ok(()));
        assert_eq!(limiter.check("AKIDB", A, 5), Ok(()));
        assert_eq!(limiter.check("AKIDA", A, 6), Err(2));
        assert_eq!(limiter.check("AKIDB", A, 6), Err(2));
    }

    #[test]
    fn zero_admits_everything_and_a_clock_read_out_of_order_is_harmless() {
        let mut limiter = RateLimiter::new(RateLimit::Each(0));
        for t in 0..1000 {
            assert_eq!(limiter.check(ID, A, t / 7), Ok(()));
        }
        let mut limiter = RateLimiter::new(RateLimit::Each(2));
        assert_eq!(limiter.check(ID, A, 5000), Ok(()));
        assert_eq!(limiter.check(ID, A, 4990), Ok(()));
        assert_eq!(limiter.check(ID, A, 4980), Err(3));
        assert_eq!(limiter.check(ID, A, 6000), Ok(()));
    }

    #[test]
    fn a_larger_limit_admits_that_many_per_second() {
        let mut limiter = RateLimiter::new(RateLimit::Each(20));
        let admitted = (0..100u64)
            .filter(|i| limiter.check(ID, A, i * 10).is_ok())
            .count();
        // 100 requests over 990 ms: exactly 20 fit in the one window.
        assert_eq!(admitted, 20);
        assert_eq!(limiter.limit_for(A), 20);
    }

    #[test]
    fn the_option_takes_whole_numbers_only() {
        assert_eq!(parse_rate_limit("2"), Ok(2.0));
        assert_eq!(parse_rate_limit(" 0 "), Ok(0.0));
        for bad in ["", "-1", "1.5", "x", "1e3", "99999999999"] {
            let err = parse_rate_limit(bad).unwrap_err();
            assert!(
                err.contains("whole number") && err.contains("published"),
                "{bad}: {err}"
            );
        }
        assert_eq!(parse_rate_limit(" Published "), Ok(PUBLISHED));
        assert_eq!(rate_limit_from(PUBLISHED), Ok(RateLimit::Published));
        assert_eq!(rate_limit_from(2.0), Ok(RateLimit::Each(2)));
        assert_eq!(rate_limit_from(0.0), Ok(RateLimit::OFF));
        for bad in [0.5, -2.0, f64::NAN, f64::INFINITY, 1e12] {
            assert!(rate_limit_from(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn each_action_has_its_own_window_at_its_own_limit() {
        let mut limiter = RateLimiter::new(RateLimit::Each(1));
        assert_eq!(limiter.check(ID, "DescribeJobs", 0), Ok(()));
        assert_eq!(limiter.check(ID, "SubmitJob", 0), Ok(()));
        assert_eq!(limiter.check(ID, "DescribeJobs", 1), Err(2));
        assert_eq!(limiter.check(ID, "SubmitJob", 1), Err(2));

        let mut limiter = RateLimiter::new(RateLimit::Published);
        for action in ["DescribeJobs", "SubmitJob", "DeleteJob", "NotAnAction"] {
            let limit = published_limit(action);
            let admitted = (0..100)
                .filter(|t| limiter.check(ID, action, *t).is_ok())
                .count();
            assert_eq!(admitted, limit as usize, "{action}");
            assert_eq!(limiter.limit_for(action), limit);
        }
        assert_eq!(published_limit("DescribeJobs"), 2);
        assert_eq!(published_limit("NotAnAction"), SERVICE_RATE_LIMIT);
        // With the action table filled, the published figures apply.
        if let Some(delete) = batch_api::action("DeleteJob") {
            assert_eq!(published_limit("DeleteJob"), delete.rate_limit as u32);
            assert_eq!(published_limit("DeleteJob"), 30);
        }
    }
}
