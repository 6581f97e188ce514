//! What the router and its handlers are given and give back: a request that has passed
//! the HTTP checks ([`Call`]), what a handler knows of it ([`Ctx`]), how a body is checked
//! against the model ([`Validator`]), and a successful answer ([`Reply`]).

use serde_json::{Map, Value};

use crate::errors::{self, ApiError};

/// A request that has passed authentication, the rate limit, the action, version and
/// region checks (see `crate::service`).
#[derive(Debug, Clone, Copy)]
pub struct Call<'a> {
    /// `X-TC-Action`, an action the API has.
    pub action: &'a str,
    /// `POST` or `GET`.
    pub method: &'a str,
    /// The exact query string (the GET form of DescribeJobs).
    pub query: &'a str,
    /// The exact body bytes.
    pub body: &'a [u8],
    /// The SecretId the request was signed with (verified).
    pub secret_id: &'a str,
    /// `X-TC-Region`, when sent (a known region).
    pub region: Option<&'a str>,
    /// The server clock, Unix seconds.
    pub now: i64,
    /// The answer reaches the client whole, so the jobs it lists count as polled
    /// (`--advance`); false for an injected `truncate`.
    pub delivered: bool,
}

/// What a handler knows about its request.
pub struct Ctx<'a> {
    pub action: &'a str,
    /// The SecretId the request was signed with (verified).
    pub secret_id: &'a str,
    /// `X-TC-Region`, when sent (already checked to be a known region).
    pub region: Option<&'a str>,
    /// The server clock, Unix seconds.
    pub now: i64,
    /// The body, a JSON object the model's validator accepted.
    pub body: &'a Value,
}

/// A successful answer: the members of its `Response` (without `RequestId`), and for
/// DescribeJobs with `--advance`, how many of the listed jobs moved afterwards.
#[derive(Debug, Clone)]
pub struct Reply {
    pub response: Map<String, Value>,
    pub advanced: Option<usize>,
}

/// How a request body is checked against the model before any handler runs: the
/// action's name and the body; the first problem found.
pub type Validator = fn(&str, &Value) -> Result<(), batch_api::Problem>;

/// The model's validator, shared with the client. An action the tables do not describe
/// is not checked here (the router has already refused actions the API lacks).
pub fn model_validator(action: &str, body: &Value) -> Result<(), batch_api::Problem> {
    match batch_api::action(action) {
        Some(described) => batch_api::validate::validate_input(described, body),
        None => Ok(()),
    }
}

/// `body` checked by `validator`, its problem as the service's error.
pub fn validate(validator: Validator, action: &str, body: &Value) -> Result<(), ApiError> {
    validator(action, body).map_err(|p| errors::invalid_body(&p))
}
