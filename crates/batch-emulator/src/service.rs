//! The emulated DescribeJobs service as a pure function: one request (method, path,
//! query, headers, body) and the server clock in, one HTTP answer out. No sockets, so
//! every check can be unit-tested; `super::serve` only adapts tiny_http to it.
//!
//! Order of the checks: body size and readability, HTTP method (POST or GET) and path
//! (`/`), authentication (see `auth`), the rate limit (see `limiter`; only authenticated
//! requests count), action and version, region, parameters (see `params`). Every answer
//! is HTTP 200 with `Content-Type: application/json` and the service's envelope, each with
//! a fresh RequestId.
//!
//! Semantics: with `X-TC-Region`, only the jobs whose `Placement.Zone` is a zone of that
//! region exist. Jobs are listed newest first (by `CreateTime`; ties keep the order they
//! were given in). `JobIds` selects the listed jobs that exist (unknown IDs are simply
//! absent); filters match any of their values (OR) and must all match (AND). `TotalCount`
//! counts every match; `JobSet` holds matches `Offset..Offset+Limit`, each JobView
//! exactly as stored.
//!
//! The jobs live behind a mutex: each answer is chosen and built under it. With
//! [`Service::advancing`] (`--advance`), the jobs of a successful answer then move one
//! state forward under the same lock (see `super::advance` for the rule), so concurrent
//! requests never see a half-moved job and filters always see the current state.

use std::sync::{Mutex, MutexGuard};

use serde_json::{Map, Value};

use crate::api;

use super::actions;
use super::auth;
use super::errors::{self, ApiError, Lang};
use super::params::{self, Query};
use super::request::{BodyProblem, Incoming, MAX_BODY_BYTES, header};
use super::state::{Clock, World};
use batch_api::regions;

/// What a successful answer held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Served {
    /// Jobs in this page.
    pub returned: usize,
    /// `TotalCount`.
    pub total: u64,
    /// With `--advance`, how many of the returned jobs moved one state forward; `None`
    /// when the service does not advance jobs.
    pub advanced: Option<usize>,
}

/// The answer to one request, and what the log needs to know about it.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub status: u16,
    /// The JSON envelope.
    pub body: Vec<u8>,
    pub request_id: String,
    /// `X-TC-Action`, `X-TC-Region` as sent.
    pub action: Option<String>,
    pub region: Option<String>,
    /// The SecretId the request claims (from `Authorization`), verified or not.
    pub secret_id: Option<String>,
    /// Whether an `X-TC-Token` was sent (never the token).
    pub token: bool,
    pub result: Result<Served, ApiError>,
}

impl Served {
    /// For an answer other than DescribeJobs: the length of its first list member, and
    /// its `TotalCount` if it has one (else that length).
    fn of(response: &Map<String, Value>) -> Served {
        let returned = response
            .values()
            .find_map(Value::as_array)
            .map_or(0, Vec::len);
        let total = response
            .get("TotalCount")
            .and_then(Value::as_u64)
            .unwrap_or(returned as u64);
        Served {
            returned,
            total,
            advanced: None,
        }
    }
}

impl Outcome {
    /// `ok`, or the error code.
    pub fn code(&self) -> &str {
        match &self.result {
            Ok(_) => "ok",
            Err(e) => e.code,
        }
    }
}

/// The envelope of `error` in the request's language, with a fresh RequestId: the body
/// and the RequestId. Used for the error answers of injected faults.
pub fn error_answer(req: &Incoming<'_>, error: &ApiError) -> (Vec<u8>, String) {
    let lang = Lang::from_header(header(req.headers, "X-TC-Language"));
    let request_id = uuid::Uuid::new_v4().to_string();
    let doc = api::error_envelope(error.code, error.message(lang), &request_id);
    // Serialising a Value built from JSON cannot fail.
    (serde_json::to_vec(&doc).unwrap_or_default(), request_id)
}

/// The jobs served and how they behave; shared by every request thread.
pub struct Service {
    world: Mutex<World>,
    advance: bool,
    validator: actions::Validator,
}

impl Service {
    /// Serves `jobs` as they are, on a clock running at real speed (listed jobs only
    /// move with [`Service::advancing`]).
    pub fn new(jobs: Vec<Value>) -> Service {
        Service::with_world(World::new(jobs, Clock::system(1.0)))
    }

    /// Serves `world` (see `crate::state`).
    pub fn with_world(world: World) -> Service {
        Service {
            world: Mutex::new(world),
            advance: false,
            validator: actions::model_validator,
        }
    }

    /// With `advance`, every job returned in a successful answer moves one state forward
    /// once the answer is built (`--advance`; the rule is in `super::advance`).
    pub fn advancing(mut self, advance: bool) -> Service {
        self.advance = advance;
        self
    }

    /// Checks request bodies with `validator` instead of the model's (tests).
    pub fn validating(mut self, validator: actions::Validator) -> Service {
        self.validator = validator;
        self
    }

    fn validate(&self, action: &str, body: &Value) -> Result<(), ApiError> {
        (self.validator)(action, body).map_err(|p| errors::invalid_body(&p))
    }

    /// Whether answered jobs move forward.
    pub fn advances(&self) -> bool {
        self.advance
    }

    pub(crate) fn world(&self) -> MutexGuard<'_, World> {
        // A poisoned lock only means a request thread panicked; the jobs are still there.
        self.world.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// How many jobs are served.
    pub fn len(&self) -> usize {
        self.world().len()
    }

    pub fn is_empty(&self) -> bool {
        self.world().is_empty()
    }

    /// The JobViews as they are now, newest first.
    pub fn jobs(&self) -> Vec<Value> {
        let mut world = self.world();
        world.refresh();
        world.views().to_vec()
    }

    /// Answers one request at server time `now` (Unix seconds), without a rate limit.
    pub fn handle(&self, req: &Incoming<'_>, now: i64) -> Outcome {
        self.handle_with(req, now, |_, _| Ok(()))
    }

    /// The answer [`Service::handle`] would give, but no polled job moves: for an answer
    /// the client never receives whole (an injected `truncate`). Writes still take effect
    /// (a SubmitJob creates its job), as on the service, which acted before the answer
    /// was cut.
    pub fn preview(&self, req: &Incoming<'_>, now: i64) -> Outcome {
        self.respond(req, now, |_, _| Ok(()), false)
    }

    /// Answers one request at server time `now` (Unix seconds); `admit` is asked right
    /// after the request has authenticated (the rate limit), and its error is the answer.
    pub fn handle_with(
        &self,
        req: &Incoming<'_>,
        now: i64,
        admit: impl FnOnce(&auth::Caller, &str) -> Result<(), ApiError>,
    ) -> Outcome {
        self.respond(req, now, admit, self.advance)
    }

    fn respond(
        &self,
        req: &Incoming<'_>,
        now: i64,
        admit: impl FnOnce(&auth::Caller, &str) -> Result<(), ApiError>,
        advance: bool,
    ) -> Outcome {
        let lang = Lang::from_header(header(req.headers, "X-TC-Language"));
        let request_id = uuid::Uuid::new_v4().to_string();
        let result = self.answer(req, now, admit, advance);
        let (doc, result) = match result {
            Ok(Reply::Page(Page {
                total,
                jobs,
                advanced,
            })) => {
                let served = Served {
                    returned: jobs.len(),
                    total,
                    advanced,
                };
                (api::success_envelope(total, jobs, &request_id), Ok(served))
            }
            Ok(Reply::Other(response)) => {
                let served = Served::of(&response);
                (api::answer_envelope(response, &request_id), Ok(served))
            }
            Err(e) => (
                api::error_envelope(e.code, e.message(lang), &request_id),
                Err(e),
            ),
        };
        Outcome {
            status: 200,
            // Serialising a Value built from JSON cannot fail.
            body: serde_json::to_vec(&doc).unwrap_or_default(),
            request_id,
            action: header(req.headers, "X-TC-Action").map(str::to_string),
            region: header(req.headers, "X-TC-Region").map(str::to_string),
            secret_id: header(req.headers, "Authorization")
                .and_then(tc3::parse_authorization)
                .map(|a| a.secret_id),
            token: header(req.headers, "X-TC-Token").is_some_and(|t| !t.is_empty()),
            result,
        }
    }

    fn answer(
        &self,
        req: &Incoming<'_>,
        now: i64,
        admit: impl FnOnce(&auth::Caller, &str) -> Result<(), ApiError>,
        advance: bool,
    ) -> Result<Reply, ApiError> {
        match req.body_problem {
            Some(BodyProblem::TooLarge) => return Err(errors::request_too_large(MAX_BODY_BYTES)),
            Some(BodyProblem::Unreadable(reason)) => return Err(errors::unreadable_body(reason)),
            None => {}
        }
        if req.method != "POST" && req.method != "GET" {
            return Err(errors::unsupported_protocol(req.method));
        }
        if req.path != "/" {
            return Err(errors::invalid_path(req.path));
        }
        let caller = auth::authenticate(req, now)?;
        let action = header(req.headers, "X-TC-Action").unwrap_or("").trim();
        // The rate limit counts authenticated requests only: an unauthenticated flood
        // cannot use up a caller's quota.
        admit(&caller, action)?;

        let route = actions::route(action).ok_or_else(|| errors::invalid_action(action))?;
        let version = header(req.headers, "X-TC-Version").unwrap_or("").trim();
        if version != api::VERSION {
            return Err(errors::no_such_version(action, version));
        }
        let region = header(req.headers, "X-TC-Region")
            .map(str::trim)
            .filter(|r| !r.is_empty());
        if let Some(r) = region
            && !regions::is_known_region(r)
        {
            return Err(errors::unsupported_region(r));
        }

        if route == actions::Route::DescribeJobs {
            // DescribeJobs keeps its own, more specific checks (and its GET form); the
            // model's validator then sees what they let through.
            let query = if req.method == "GET" {
                params::from_query_string(req.query, region)?
            } else {
                let query = params::from_json_body(req.body, region)?;
                self.validate(action, &params::json_object(req.body)?)?;
                query
            };
            return Ok(Reply::Page(self.describe(&query, region, now, advance)));
        }
        if req.method != "POST" {
            return Err(errors::post_only(action));
        }
        let body = params::json_object(req.body)?;
        self.validate(action, &body)?;
        let ctx = actions::Ctx {
            action,
            caller: &caller,
            region,
            now,
            body: &body,
        };
        actions::handle(self, route, &ctx).map(Reply::Other)
    }

    /// `TotalCount` and the requested page of the jobs that match `query` in `region`;
    /// with `advance`, the jobs of the page then move one state forward (at `now`).
    fn describe(&self, query: &Query, region: Option<&str>, now: i64, advance: bool) -> Page {
        let mut world = self.world();
        world.refresh();
        let (total, picked) = world.select(query, region);
        let jobs = picked.iter().map(|&i| world.view_at(i).clone()).collect();
        let advanced = advance.then(|| picked.iter().filter(|&&i| world.advance(i, now)).count());
        if advanced.is_some_and(|n| n > 0) {
            world.save_or_warn();
        }
        Page {
            total,
            jobs,
            advanced,
        }
    }
}

/// What a successful request answers: a DescribeJobs page, or the members of another
/// action's `Response` (without `RequestId`).
enum Reply {
    Page(Page),
    Other(Map<String, Value>),
}

/// A successful answer: `TotalCount`, the JobViews of the page (as they were when the
/// answer was built) and how many of them moved afterwards (with `--advance`).
struct Page {
    total: u64,
    jobs: Vec<Value>,
    advanced: Option<usize>,
}
