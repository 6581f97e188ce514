//! One request of a resource command through the one client path: checked against the
//! model first (exit 2, nothing sent), then `--dry-run` or the call.

use std::io::Write;

use batch_api::Action;
use serde_json::Value;

use crate::cli::config::Config;
use crate::commands::Session;
use crate::transport::error::Error;

pub use crate::commands::calls::{action, check};

/// A session for one command: opened once, after the first body is checked.
pub struct Caller {
    session: Session,
    dry_run: bool,
}

impl Caller {
    pub fn open(config: &Config) -> Result<Caller, Error> {
        Ok(Caller {
            session: Session::open(config)?,
            dry_run: config.dry_run,
        })
    }

    pub fn client(&self) -> &crate::transport::client::Client {
        &self.session.client
    }

    /// Sends `body` (its ClientToken filled where the action takes one), or with
    /// `--dry-run` prints the signed request and answers `None`.
    pub fn call(
        &self,
        action: &'static Action,
        body: &Value,
        out: &mut dyn Write,
    ) -> Result<Option<Value>, Error> {
        check(action, body)?;
        let client = &self.session.client;
        let body = client.prepare(action, body);
        if self.dry_run {
            client.write_dry_run(action, &body, out)?;
            out.flush()?;
            return Ok(None);
        }
        Ok(Some(client.call_prepared(action, &body)?.value()?))
    }
}

/// Checks `body`, opens a session and sends it: the common case of a command of one request.
pub fn once(
    config: &Config,
    name: &str,
    body: &Value,
    out: &mut dyn Write,
) -> Result<Option<Value>, Error> {
    let action = action(name)?;
    check(action, body)?;
    Caller::open(config)?.call(action, body, out)
}
