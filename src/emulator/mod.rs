//! A local, faithful DescribeJobs service over HTTP, for offline use and tests.
//!
//! (Interface stub: to be implemented.)

use std::path::PathBuf;

use serde_json::Value;

use crate::credentials::{Credentials, Secret};
use crate::error::Error;

/// The permanent demo credentials the emulator accepts (public, not secret).
pub const DEMO_SECRET_ID: &str = "AKIDEMULATORDEMO0000000000000000000";
pub const DEMO_SECRET_KEY: &str = "emulator-demo-secret-key-0000000000";

/// What to serve and how.
#[derive(Debug, Clone)]
pub struct Config {
    /// Address to bind, e.g. `127.0.0.1:9300` or `127.0.0.1:0`.
    pub listen: String,
    /// The JobViews served, as received from a file or generated.
    pub jobs: Vec<Value>,
    /// Append one JSON line per request here.
    pub log: Option<PathBuf>,
    /// No per-request line on stderr.
    pub quiet: bool,
}

/// A running emulator.
pub struct Handle {
    /// `http://ADDR:PORT`, the endpoint to give clients.
    pub endpoint: String,
}

/// Binds and starts serving on a background thread; returns once the port is open.
pub fn start(_config: Config) -> Result<Handle, Error> {
    Err(Error::Internal("emulator not implemented".into()))
}

impl Handle {
    /// Serves until the process ends.
    pub fn wait(self) {}
}

/// The demo credentials, as the client uses them with `--emulator`.
pub fn demo_credentials() -> Credentials {
    Credentials {
        secret_id: DEMO_SECRET_ID.to_string(),
        secret_key: Secret::new(DEMO_SECRET_KEY),
        token: None,
        source: "the built-in emulator's demo credentials".to_string(),
    }
}

/// The built-in demo job set.
pub fn demo_jobs() -> Vec<Value> {
    Vec::new()
}

/// Loads a JSON array of JobViews or a DescribeJobs response document.
pub fn load_jobs(path: &std::path::Path) -> Result<Vec<Value>, Error> {
    Err(Error::Usage(format!("cannot load {}", path.display())))
}

/// `n` deterministic generated jobs.
pub fn generate_jobs(_n: usize) -> Vec<Value> {
    Vec::new()
}
