//! How starting the emulator or loading its data can fail, by what the user should do
//! about it. The binary maps these onto its own exit codes.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// A bad option value or input file (the user can fix it).
    Usage(String),
    /// The system refused something (a thread, a socket) or a bug.
    Internal(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Usage(message) => f.write_str(message),
            Error::Internal(message) => write!(f, "internal error: {message}"),
        }
    }
}

impl std::error::Error for Error {}
