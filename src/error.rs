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

    /// Connect, timeout, TLS, or an answer that is not the protocol (exit 5).
    #[error("{0}")]
    Network(String),

    /// Credentials or configuration missing or unreadable (exit 6).
    #[error("{0}")]
    Credentials(String),

    /// Writing the output failed (a closed pipe is handled before this is shown).
    #[error("cannot write output: {0}")]
    Io(#[from] io::Error),

    /// A bug or an impossible state (exit 1).
    #[error("internal error: {0}")]
    Internal(String),
}

impl Error {
    /// The process exit code of the contract for this error.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Usage(_) => 2,
            Error::NotFound(_) => 3,
            Error::Service { .. } => 4,
            Error::Network(_) => 5,
            Error::Credentials(_) => 6,
            Error::Io(_) | Error::Internal(_) => 1,
        }
    }

    /// True when this is a write to a closed pipe, which ends the program quietly.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Io(e) if e.kind() == io::ErrorKind::BrokenPipe)
    }

    /// A service error, with the hint that helps for its code.
    pub fn service(code: &str, message: &str, request_id: &str) -> Error {
        Error::Service {
            code: code.to_string(),
            message: message.to_string(),
            request_id: request_id.to_string(),
            hint: hint_for(code),
        }
    }

    /// Shorthand for a usage error.
    pub fn usage(message: impl Into<String>) -> Error {
        Error::Usage(message.into())
    }
}

fn hint_for(code: &str) -> Option<String> {
    let hint = match code {
        "AuthFailure.SignatureExpire" => {
            "the request timestamp is more than 5 minutes from the server's clock: the local clock is likely wrong (check it with `date -u`)"
        }
        "AuthFailure.SecretIdNotFound" => {
            "the SecretId is unknown: check TENCENTCLOUD_SECRET_ID, or the profile's credential file (~/.tccli/<profile>.credential, ~/.tencentcloud/credentials)"
        }
        "AuthFailure.SignatureFailure" => {
            "the signature does not match: check that the SecretKey belongs to the SecretId"
        }
        "AuthFailure.TokenFailure" => {
            "temporary credentials need their session token (TENCENTCLOUD_SESSION_TOKEN), and it must not have expired"
        }
        "AuthFailure.UnauthorizedOperation" => {
            "the credentials are valid but not allowed to call batch:DescribeJobs (check the CAM policy)"
        }
        c if c.starts_with("RequestLimitExceeded") => {
            "the service allows 2 requests per second: lower --rate-limit, or try again shortly"
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
