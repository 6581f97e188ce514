//! Which failed attempts may be retried, by the action's idempotency (`batch_api::Retry`):
//! reads and token-carrying writes on every transient failure; other writes only when the
//! request surely did not take effect (throttled, or never sent). Pure: the client
//! classifies each failure and asks [`decide`] what to do next.

use batch_api::Retry;

use crate::transport::error::Error;

/// What a failed attempt tells about the request's fate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// Refused for the rate (`RequestLimitExceeded*`, HTTP 429): not carried out.
    Throttled,
    /// Surely never reached the service: connect refused, DNS, TLS handshake.
    NotSent,
    /// Transient, and it may have reached the service and taken effect: a timeout or a
    /// reset after sending, HTTP 5xx, a truncated or non-JSON answer, `InternalError*`,
    /// `ResourceUnavailable*`.
    Ambiguous,
    /// A final answer (a usage or authentication error, a refusal): retrying cannot help.
    Final,
}

impl Failure {
    /// Classifies an error met while sending a request or decoding its answer. `sent` is
    /// false when the transport says the connection was never established.
    pub fn of(error: &Error, sent: bool) -> Failure {
        if error.is_throttling() {
            Failure::Throttled
        } else if !error.is_retryable() {
            Failure::Final
        } else if !sent {
            Failure::NotSent
        } else {
            Failure::Ambiguous
        }
    }
}

/// What to do after a failed attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Send the same request again (after a backoff).
    Retry,
    /// Report this failure: the request did not take effect, or it is a read.
    Stop,
    /// A write that may have taken effect: check by a read where one can tell
    /// (`Retry::CheckByRead`), else report the outcome as unknown.
    Ambiguous,
}

/// The next step after attempt `attempt` (1-based) of at most `max` failed with `failure`.
pub fn decide(retry: Retry, failure: Failure, attempt: u32, max: u32) -> Decision {
    let safe_to_repeat = match (retry, failure) {
        (_, Failure::Final) => return Decision::Stop,
        (Retry::Read | Retry::Token(_), _) => true,
        (Retry::CheckByRead | Retry::Unsafe, Failure::Throttled | Failure::NotSent) => true,
        (Retry::CheckByRead | Retry::Unsafe, Failure::Ambiguous) => return Decision::Ambiguous,
    };
    if safe_to_repeat && attempt < max {
        Decision::Retry
    } else {
        Decision::Stop
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Failure; 4] = [
        Failure::Throttled,
        Failure::NotSent,
        Failure::Ambiguous,
        Failure::Final,
    ];

    #[test]
    fn reads_and_token_writes_retry_every_transient_failure() {
        for retry in [Retry::Read, Retry::Token("ClientToken")] {
            for failure in [Failure::Throttled, Failure::NotSent, Failure::Ambiguous] {
                assert_eq!(
                    decide(retry, failure, 1, 4),
                    Decision::Retry,
                    "{retry:?} {failure:?}"
                );
                assert_eq!(decide(retry, failure, 4, 4), Decision::Stop, "last attempt");
            }
            assert_eq!(decide(retry, Failure::Final, 1, 4), Decision::Stop);
        }
    }

    #[test]
    fn other_writes_retry_only_what_surely_did_not_take_effect() {
        for retry in [Retry::CheckByRead, Retry::Unsafe] {
            assert_eq!(decide(retry, Failure::Throttled, 1, 4), Decision::Retry);
            assert_eq!(decide(retry, Failure::NotSent, 1, 4), Decision::Retry);
            assert_eq!(decide(retry, Failure::Final, 1, 4), Decision::Stop);
            // Never sent again after it may have reached the service, even with attempts left.
            assert_eq!(decide(retry, Failure::Ambiguous, 1, 4), Decision::Ambiguous);
            assert_eq!(decide(retry, Failure::Ambiguous, 4, 4), Decision::Ambiguous);
        }
    }

    #[test]
    fn one_attempt_never_retries() {
        for retry in [
            Retry::Read,
            Retry::Token("ClientToken"),
            Retry::CheckByRead,
            Retry::Unsafe,
        ] {
            for failure in ALL {
                assert_ne!(decide(retry, failure, 1, 1), Decision::Retry);
            }
        }
    }

    #[test]
    fn failures_are_classified_by_what_they_say_about_the_request() {
        let http = |status| Error::Http {
            status,
            endpoint: String::new(),
            body: String::new(),
        };
        assert_eq!(Failure::of(&http(429), true), Failure::Throttled);
        assert_eq!(
            Failure::of(&Error::service("RequestLimitExceeded", "", ""), true),
            Failure::Throttled
        );
        assert_eq!(Failure::of(&http(502), true), Failure::Ambiguous);
        assert_eq!(Failure::of(&http(403), true), Failure::Final);
        assert_eq!(
            Failure::of(&Error::service("InternalError", "", ""), true),
            Failure::Ambiguous
        );
        assert_eq!(
            Failure::of(&Error::service("ResourceNotFound.Job", "", ""), true),
            Failure::Final
        );
        assert_eq!(
            Failure::of(&Error::Network("timed out".into()), true),
            Failure::Ambiguous
        );
        assert_eq!(
            Failure::of(&Error::Network("connection refused".into()), false),
            Failure::NotSent
        );
        assert_eq!(Failure::of(&Error::usage("bad"), false), Failure::Final);
    }
}
