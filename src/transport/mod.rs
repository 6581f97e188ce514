//! Transport: `call(action, body)` and everything under it — pacing, signing, sending,
//! retries by the action's idempotency, the envelope, credentials and the one error type
//! with its exit codes. Knows no command, no clap and no output format; it reports
//! retries and debug lines through a [`notes`] sink the caller hands it.

pub mod check;
pub mod client;
pub mod credentials;
pub mod duration;
pub mod envelope;
pub mod error;
pub mod invoke;
pub mod limits;
pub mod notes;
pub mod pacing;
pub mod request;
pub mod retry;
pub mod settings;
