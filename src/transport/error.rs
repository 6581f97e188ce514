//! The error kinds of batchctl, their exit codes (the contract's table) and their hints.
//!
//! Everything below `main` returns these; `main` prints `batchctl: error: <message>` and
//! exits with [`Error::exit_code`]. No message may contain a secret.

use std::io;

/// Every way a command can fail, by what the user should do about it.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A bad option or value, caught before anything is sent (exit 2).
    #[error("{0}")]
    Usage(String),

    /// Requested job IDs the service does not know (exit 3).
    #[error("job{} not found: {}", if .0.len() == 1 { "" } else { "s" }, .0.join(", "))]
    NotFound(Vec<String>),

    /// The service answered with an error (exit 4).
    #[error("{code}: {message} (RequestId: {request_id}){}", hint.as_deref().map(|h| format!("\n  hint: {h}")).unwrap_or_default())]
    Service {
        code: String,
        message: String,
        request_id: String,
        hint: Option<String>,
    },

    /// Connect, timeout, TLS, reset, or an answer that is not the protocol: non-JSON,
    /// truncated, the wrong shape (exit 5; worth retrying).
    #[error("{0}")]
    Network(String),

    /// An HTTP error status, typically from a proxy or load balancer (exit 5; worth
    /// retrying for 5xx and 429 only).
    #[error("HTTP {status} from {endpoint}: {body}")]
    Http {
        status: u16,
        endpoint: String,
        body: String,
    },

    /// A write whose outcome is unknown: it may have reached the service, the answer was
    /// lost, and no read could tell (exit 5). The message says how to check.
    #[error("{0}")]
    OutcomeUnknown(String),

    /// Credentials or configuration missing or unreadable (exit 6).
    #[error("{0}")]
    Credentials(String),

    /// `jobs wait`: jobs ended `FAILED` or `FAILED_INTERRUPTED` (exit 7).
    #[error("{} ended in failure: {}", if .0.len() == 1 { "a job" } else { "jobs" }, .0.join(", "))]
    JobsFailed(Vec<String>),

    /// `jobs wait`: `--max-wait` passed before every job ended (exit 8).
    #[error("--max-wait {waited} passed before {} ended: {}", if .unfinished.len() == 1 { "this job" } else { "these jobs" }, .unfinished.join(", "))]
    WaitTimedOut {
        waited: String,
        unfinished: Vec<String>,
    },

    /// `--wait` of a write: what it waited for can no longer come about (an environment's
    /// nodes failed to be created or turned abnormal; exit 7, as a failed job's wait).
    #[error("{0}")]
    WaitFailed(String),

    /// `--wait` of a write: `--max-wait` passed before it took effect (exit 8); the
    /// message says what was still awaited.
    #[error("{0}")]
    MaxWaitPassed(String),

    /// Ctrl-C (exit 130, as shells report SIGINT).
    #[error("interrupted")]
    Interrupted,

    /// Writing the output failed (a closed pipe is handled before this is shown).
    #[error("cannot write output: {0}")]
    Io(io::Error),

    /// A bug or an impossible state (exit 1).
    #[error("internal error: {0}")]
    Internal(String),

    /// `batchctl run`: batchctl or the service failed before the command's outcome was
    /// known (exit 125, as `docker run` does; the inner error says what).
    #[error("{0}")]
    RunFailed(Box<Error>),

    /// An answer told by the exit code alone, with nothing printed (`config get` of a key
    /// that is not set exits 1, as `git config` does).
    #[error("")]
    QuietExit(i32),
}

/// An error that travelled inside an `io::Error` (through a renderer, whose interface is
/// `io::Result`) comes out as itself: a failed `--query` stays a usage error.
impl From<io::Error> for Error {
    fn from(e: io::Error) -> Error {
        if e.get_ref().is_some_and(|inner| inner.is::<Error>()) {
            if let Some(inner) = e.into_inner()
                && let Ok(error) = inner.downcast::<Error>()
            {
                return *error;
            }
            return Error::Internal("an error lost on the way".to_string());
        }
        Error::Io(e)
    }
}

impl Error {
    /// The process exit code of the contract for this error.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Usage(_) => 2,
            Error::NotFound(_) => 3,
            Error::Service { code, .. } if is_not_found_code(code) => 3,
            Error::Service { .. } => 4,
            Error::Network(_) | Error::Http { .. } | Error::OutcomeUnknown(_) => 5,
            Error::Credentials(_) => 6,
            Error::JobsFailed(_) | Error::WaitFailed(_) => 7,
            Error::WaitTimedOut { .. } | Error::MaxWaitPassed(_) => 8,
            Error::Interrupted => 130,
            Error::Io(_) | Error::Internal(_) => 1,
            Error::QuietExit(code) => *code,
            Error::RunFailed(_) => 125,
        }
    }

    /// True when this is a write to a closed pipe, which ends the program quietly.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Io(e) if e.kind() == io::ErrorKind::BrokenPipe)
    }

    /// True for failures that another attempt may not meet: network faults, 5xx and 429,
    /// broken answers, throttling and the service's internal errors. Every other service
    /// error is final, and so are usage, credential and output errors.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Network(_) => true,
            Error::Http { status, .. } => *status >= 500 || *status == 429,
            Error::Service { code, .. } => is_transient_code(code),
            _ => false,
        }
    }

    /// The first line of the message, for one-line warnings and debug output.
    pub fn first_line(&self) -> String {
        self.to_string().lines().next().unwrap_or("").to_string()
    }

    /// True for throttling: `RequestLimitExceeded*` or HTTP 429.
    pub fn is_throttling(&self) -> bool {
        match self {
            Error::Http { status, .. } => *status == 429,
            Error::Service { code, .. } => code.starts_with("RequestLimitExceeded"),
            _ => false,
        }
    }

    /// Says in the message that this is the last of `attempts` failed attempts.
    pub fn after_attempts(self, attempts: u32) -> Error {
        if attempts <= 1 {
            return self;
        }
        let note = format!("gave up after {attempts} attempts");
        match self {
            Error::Network(message) => Error::Network(format!("{message} ({note})")),
            Error::Http {
                status,
                endpoint,
                body,
            } => Error::Http {
                status,
                endpoint,
                body: format!("{body} ({note})"),
            },
            Error::Service {
                code,
                message,
                request_id,
                hint,
            } => Error::Service {
                code,
                message,
                request_id,
                hint: Some(match hint {
                    Some(h) => format!("{h}; {note}"),
                    None => note,
                }),
            },
            other => other,
        }
    }

    /// A service error, with the hint that helps for its code.
    pub fn service(code: &str, message: &str, request_id: &str) -> Error {
        Error::Service {
            code: printable(&cut(code)),
            message: printable(&cut(message)),
            request_id: printable(&cut(request_id)),
            hint: hint_for(code),
        }
    }

    /// Shorthand for a usage error.
    pub fn usage(message: impl Into<String>) -> Error {
        Error::Usage(message.into())
    }
}

/// Text from outside (a server, a file, stdin) made safe for one line of a terminal:
/// every control character (escape sequences that could repaint or retitle it, line
/// breaks that could forge a line) and the bidirectional controls (which reorder what is
/// shown) are written escaped, e.g. `\n`, `\u{1b}`, `\u{202e}`. [`visible`] is the same
/// rule for text that may hold lines.
pub fn printable(text: &str) -> String {
    escape_where(text, |c| c.is_control() || hides(c))
}

/// The one escaping rule for text that reaches a terminal (see the README, "What reaches a
/// terminal"): control characters other than newline and tab (ESC and so every terminal
/// sequence, CR, BEL, DEL, the C1 controls), the bidirectional controls and the line and
/// paragraph separators are written in Rust's notation: `\r`, `\u{1b}`, `\u{9b}`,
/// `\u{202e}`. Everything else is left as it is, so printable text is unchanged, and
/// applying it twice changes nothing more.
pub fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(must_show) {
        std::borrow::Cow::Owned(escape_where(text, must_show))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// Whether [`visible`] escapes `c`.
pub fn must_show(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || hides(c)
}

/// The bidirectional controls and the line/paragraph separators.
fn hides(c: char) -> bool {
    is_bidi_control(c) || matches!(c, '\u{2028}' | '\u{2029}')
}

fn escape_where(text: &str, escape: impl Fn(char) -> bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if escape(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// The bidirectional controls: embeddings and overrides, isolates, marks.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}')
}

/// The most characters of a service's message that are shown: enough for any real one.
pub const MAX_MESSAGE_CHARS: usize = 2000;

/// `text` cut to [`MAX_MESSAGE_CHARS`] with a note saying how much was left out.
pub fn cut(text: &str) -> String {
    match text.char_indices().nth(MAX_MESSAGE_CHARS) {
        None => text.to_string(),
        Some((end, _)) => {
            let rest = text[end..].chars().count();
            format!("{}… (cut: {rest} more characters not shown)", &text[..end])
        }
    }
}

/// `ResourceNotFound` and its sub-codes: something named does not exist (exit 3).
pub fn is_not_found_code(code: &str) -> bool {
    code == "ResourceNotFound" || code.starts_with("ResourceNotFound.")
}

/// Service codes that describe a passing condition.
fn is_transient_code(code: &str) -> bool {
    [
        "RequestLimitExceeded",
        "InternalError",
        "ResourceUnavailable",
        "ServiceUnavailable",
    ]
    .iter()
    .any(|prefix| code == *prefix || code.starts_with(&format!("{prefix}.")))
}

fn hint_for(code: &str) -> Option<String> {
    let hint = match code {
        "AuthFailure.SignatureExpire" => {
            "the request timestamp is more than 5 minutes from the server's clock: the local clock is likely wrong (check it with `date -u`)"
        }
        "AuthFailure.SecretIdNotFound" => {
            "the SecretId is unknown: check TENCENTCLOUD_SECRET_ID, or the profile's credential file (~/.tccli/<profile>.credential, ~/.tencentcloud/credentials); `batchctl config show` shows which one is used"
        }
        "AuthFailure.SignatureFailure" => {
            "the signature does not match: check that the SecretKey belongs to the SecretId"
        }
        "AuthFailure.TokenFailure" => {
            "temporary credentials need their session token (TENCENTCLOUD_SESSION_TOKEN), and it must not have expired"
        }
        "AuthFailure.UnauthorizedOperation" => {
            "the credentials are valid but not allowed to call this action (check the CAM policy)"
        }
        c if c.starts_with("RequestLimitExceeded") => {
            "the service limits each action's requests per second (`batchctl api` lists the limits): lower --rate-limit, or try again shortly"
        }
        "InvalidZone.MismatchRegion" => {
            "the zone must belong to the --region the request is sent to"
        }
        "UnsupportedRegion" => "check --region (e.g. ap-guangzhou)",
        _ => return None,
    };
    Some(hint.to_string())
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transient_failures_are_retryable_and_the_rest_are_final() {
        assert!(Error::Network("reset".into()).is_retryable());
        for status in [500, 502, 503, 429] {
            assert!(
                Error::Http {
                    status,
                    endpoint: String::new(),
                    body: String::new()
                }
                .is_retryable()
            );
        }
        for status in [400, 403, 404] {
            assert!(
                !Error::Http {
                    status,
                    endpoint: String::new(),
                    body: String::new()
                }
                .is_retryable()
            );
        }
        for code in [
            "RequestLimitExceeded",
            "RequestLimitExceeded.UinLimitExceeded",
            "InternalError",
            "InternalError.DbError",
        ] {
            assert!(Error::service(code, "", "").is_retryable(), "{code}");
        }
        for code in [
            "AuthFailure.SignatureFailure",
            "AuthFailure.SignatureExpire",
            "InvalidFilter",
            "RequestLimitExceededX",
        ] {
            assert!(!Error::service(code, "", "").is_retryable(), "{code}");
        }
        assert!(!Error::usage("x").is_retryable());
    }

    #[test]
    fn server_text_cannot_drive_the_terminal() {
        let e = Error::service("X\u{1b}[2J", "m\u{1b}]0;pwned\u{7} ok", "r\n1");
        let text = e.to_string();
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "{text:?}"
        );
        assert!(
            text.contains("X\\u{1b}[2J") && text.contains("r\\n1"),
            "{text}"
        );
    }

    #[test]
    fn the_last_error_says_how_many_attempts_were_made() {
        let e = Error::service("InternalError", "oops", "r1").after_attempts(4);
        assert!(e.to_string().contains("gave up after 4 attempts"), "{e}");
        assert_eq!(e.exit_code(), 4);
        let e = Error::Network("timed out".into()).after_attempts(1);
        assert_eq!(e.to_string(), "timed out");
    }
}
