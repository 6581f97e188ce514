//! One request of a resource command on the one invocation pipeline: checked against the
//! model first (exit 2, nothing sent, no credentials needed), then `--dry-run` or the call.

use std::io::Write;

use batch_api::Action;
use serde_json::Value;

use crate::cli::config::Config;
use crate::commands::Session;
use crate::transport::error::Error;
use crate::transport::invoke::Invocation;

pub use crate::transport::invoke::check;

/// A session for one command: opened once, after the first body is checked.
pub struct Caller {
    session: Session,
}

impl Caller {
    pub fn open(config: &Config) -> Result<Caller, Error> {
        Ok(Caller {
            session: Session::open(config)?,
        })
    }

    pub fn client(&self) -> &crate::transport::client::Client {
        &self.session.client
    }

    /// Sends `body`, or with `--dry-run` prints the signed request and answers `None`.
    pub fn call(
        &self,
        action: &'static Action,
        body: &Value,
        out: &mut dyn Write,
    ) -> Result<Option<Value>, Error> {
        Invocation::of(action, body.clone())?
            .run(self.client(), out)?
            .map(|reply| reply.value())
            .transpose()
    }
}

/// Checks `body`, opens a session and sends it: the common case of a command of one request.
pub fn once(
    config: &Config,
    id: batch_api::ActionId,
    body: &Value,
    out: &mut dyn Write,
) -> Result<Option<Value>, Error> {
    let invocation = Invocation::new(id, body.clone())?;
    let session = Session::open(config)?;
    invocation
        .run(&session.client, out)?
        .map(|reply| reply.value())
        .transpose()
}
