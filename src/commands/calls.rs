//! Calling an action by name, as every command family does: the model's action, the
//! request checked against its input (exit 2, nothing sent), then the one client path.

use batch_api::Action;
use serde_json::Value;

use crate::transport::client::{Client, Reply};
use crate::transport::error::Error;

/// The action named `name` (every name the commands use is one of the model's).
pub fn action(name: &str) -> Result<&'static Action, Error> {
    batch_api::action(name).ok_or_else(|| Error::Internal(format!("the model has no {name}")))
}

/// Checks `body` against `action`'s input, naming the action.
pub fn check(action: &Action, body: &Value) -> Result<(), Error> {
    batch_api::validate_input(action, body)
        .map_err(|p| Error::usage(format!("invalid request for {}: {p}", action.name)))
}

/// Checks `body` against the model, then calls `name` on the one client path.
pub fn call(client: &Client, name: &str, body: &Value) -> Result<Reply, Error> {
    let action = action(name)?;
    check(action, body)?;
    client.call(action, body)
}

/// [`call`], the answer parsed (key order and numbers kept).
pub fn call_value(client: &Client, name: &str, body: &Value) -> Result<Value, Error> {
    call(client, name, body)?.value()
}
