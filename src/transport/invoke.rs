//! The one invocation pipeline above the client, which every command goes through: the
//! action (a typed handle), its body checked against the model (a usage error, exit 2,
//! nothing sent) and prepared (a client token where the action takes one, the same on
//! every attempt), then `--dry-run`'s signed request or the call — and, after an
//! ambiguous failure of a write, a read that tells whether it took effect
//! ([`super::check`]).

use std::io::Write;

use batch_api::{Action, ActionId, Retry};
use serde_json::Value;

use super::client::{Client, Reply, Stopped, new_client_token};
use super::envelope::{DescribeJobsRequest, JobsPage, parse_response};
use super::error::Error;

/// One request on its way: the action and its checked, prepared body.
#[derive(Debug, Clone)]
pub struct Invocation {
    action: &'static Action,
    body: Value,
}

impl Invocation {
    /// `id` with `body`, checked against the model and prepared.
    pub fn new(id: ActionId, body: Value) -> Result<Invocation, Error> {
        Invocation::of(id.action(), body)
    }

    /// [`Invocation::new`] for an action found by name (`batchctl api ACTION`).
    pub fn of(action: &'static Action, body: Value) -> Result<Invocation, Error> {
        check(action, &body)?;
        Ok(Invocation {
            action,
            body: prepare(action, body),
        })
    }

    /// A DescribeJobs request (`jobs describe`, `jobs wait`) on the same pipeline.
    pub fn describe_jobs(request: &DescribeJobsRequest) -> Result<Invocation, Error> {
        let body = serde_json::to_value(request).map_err(|e| Error::Internal(e.to_string()))?;
        Invocation::new(ActionId::DescribeJobs, body)
    }

    pub fn action(&self) -> &'static Action {
        self.action
    }

    /// The body as it is sent (its client token filled in).
    pub fn body(&self) -> &Value {
        &self.body
    }

    /// The same invocation with members of the body replaced (a later page: `Offset`).
    pub fn with(&self, members: &[(&str, Value)]) -> Invocation {
        let mut body = self.body.clone();
        if let Value::Object(map) = &mut body {
            for (name, value) in members {
                map.insert((*name).to_string(), value.clone());
            }
        }
        Invocation {
            action: self.action,
            body,
        }
    }

    /// Writes the signed request that would be sent, secrets redacted.
    pub fn write_dry_run(&self, client: &Client, out: &mut dyn Write) -> Result<(), Error> {
        client.write_dry_run(self.action, &self.body, out)?;
        out.flush()?;
        Ok(())
    }

    /// Sends it: the answer as received, or the error; a write whose answer was lost is
    /// checked by a read where one can tell, never sent again.
    pub fn send(&self, client: &Client) -> Result<Reply, Error> {
        match client.send(self.action, &self.body) {
            Ok(reply) => Ok(reply),
            Err(Stopped::Failed(e)) => Err(e),
            Err(Stopped::Ambiguous(e)) => {
                super::check::after_ambiguous(client, self.action, &self.body, e)
            }
        }
    }

    /// Sends a DescribeJobs invocation and decodes its page in one pass (a read: never
    /// ambiguous).
    pub fn jobs_page(&self, client: &Client) -> Result<JobsPage, Error> {
        client
            .send_decoded(self.action, &self.body, parse_response)
            .map_err(|(Stopped::Failed(e) | Stopped::Ambiguous(e))| e)
    }

    /// With `--dry-run` writes the signed request to `out` and answers `None`; otherwise
    /// sends it.
    pub fn run(&self, client: &Client, out: &mut dyn Write) -> Result<Option<Reply>, Error> {
        if client.settings().dry_run {
            self.write_dry_run(client, out)?;
            return Ok(None);
        }
        self.send(client).map(Some)
    }
}

/// Checks `body` against `action`'s input, naming the action.
pub fn check(action: &Action, body: &Value) -> Result<(), Error> {
    batch_api::validate_input(action, body)
        .map_err(|p| Error::usage(format!("invalid request for {}: {p}", action.name)))?;
    super::limits::check(action, body)
}

/// The body that is sent for `body`: for an action made idempotent by a client token, a
/// fresh token when the body has none, so every attempt carries the same one.
pub fn prepare(action: &Action, mut body: Value) -> Value {
    if let (Retry::Token(member), Value::Object(map)) = (action.retry, &mut body)
        && map.get(member).is_none_or(Value::is_null)
    {
        map.insert(member.to_string(), Value::String(new_client_token()));
    }
    body
}

/// Checks and sends `id` with `body`: the common case of one request.
pub fn call(client: &Client, id: ActionId, body: Value) -> Result<Reply, Error> {
    Invocation::new(id, body)?.send(client)
}

/// [`call`], the answer parsed (key order and numbers kept).
pub fn call_value(client: &Client, id: ActionId, body: Value) -> Result<Value, Error> {
    call(client, id, body)?.value()
}
