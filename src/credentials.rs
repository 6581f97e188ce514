//! Where the API credentials come from, and the type that keeps secrets out of output.
//!
//! Today: the environment (`TENCENTCLOUD_SECRET_ID`, `TENCENTCLOUD_SECRET_KEY`,
//! `TENCENTCLOUD_SESSION_TOKEN` or tccli's `TENCENTCLOUD_TOKEN`) and the emulator's demo
//! credentials.

use std::fmt;

use crate::error::Error;

/// A secret value whose `Debug` and `Display` never show it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }

    /// The secret itself, for signing and for the `X-TC-Token` header only.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// Resolved credentials, and where they came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credentials {
    pub secret_id: String,
    pub secret_key: Secret,
    /// The session token of temporary credentials.
    pub token: Option<Secret>,
    /// Where they were found, for messages (never the secret itself).
    pub source: String,
}

/// Reads credentials from the environment through `get` (a lookup like `std::env::var`).
pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Result<Credentials, Error> {
    let non_empty = |name: &str| get(name).filter(|v| !v.trim().is_empty());
    let id = non_empty("TENCENTCLOUD_SECRET_ID");
    let key = non_empty("TENCENTCLOUD_SECRET_KEY");
    match (id, key) {
        (Some(id), Some(key)) => Ok(Credentials {
            secret_id: id.trim().to_string(),
            secret_key: Secret::new(key.trim()),
            token: non_empty("TENCENTCLOUD_SESSION_TOKEN")
                .or_else(|| non_empty("TENCENTCLOUD_TOKEN"))
                .map(|t| Secret::new(t.trim())),
            source: "environment (TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY)".to_string(),
        }),
        (Some(_), None) => Err(Error::Credentials(
            "TENCENTCLOUD_SECRET_ID is set but TENCENTCLOUD_SECRET_KEY is not".to_string(),
        )),
        (None, Some(_)) => Err(Error::Credentials(
            "TENCENTCLOUD_SECRET_KEY is set but TENCENTCLOUD_SECRET_ID is not".to_string(),
        )),
        (None, None) => Err(Error::Credentials(
            "no credentials found; looked in the environment variables TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (or run with --emulator to try batchctl offline)".to_string(),
        )),
    }
}

/// Masks a SecretId for display: its first 4 and last 4 characters.
pub fn mask_id(id: &str) -> String {
    let chars: Vec<char> = id.chars().collect();
    if chars.len() <= 8 {
        return "*".repeat(chars.len());
    }
    let head: String = chars[..4].iter().collect();
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("{head}****{tail}")
}
