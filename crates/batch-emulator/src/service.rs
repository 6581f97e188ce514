//! The emulated service's HTTP pipeline as a pure function: one request (method, path,
//! query, headers, body) and the server clock in, one HTTP answer out. No sockets, so
//! every check can be unit-tested; the crate root only adapts the HTTP server to it.
//!
//! Order of the checks: body size and readability, HTTP method (POST or GET) and path
//! (`/`), authentication (see `crate::auth`), the rate limit (see `crate::limiter`; only
//! authenticated requests count), action and version, region; then the router
//! (`crate::actions`) checks the parameters and answers from the one world
//! (`crate::state`). A request signed with the older method (`SignatureMethod`
//! HmacSHA256/HmacSHA1, every parameter in the query string or a form body) is
//! authenticated as received and then answered as the API 3.0 request it stands for
//! (`crate::request::rewrite_legacy`). Every answer is HTTP 200 with `Content-Type: application/json` and
//! the service's envelope, each with a fresh RequestId.

use batch_api::regions;
use serde_json::{Map, Value};

use crate::actions::{self, Call, Reply};
use crate::api;
use crate::auth;
use crate::errors::{self, ApiError, Lang};
use crate::request::{self, BodyProblem, Incoming, MAX_BODY_BYTES, header};
use crate::state::{Clock, SharedWorld, World};

/// What a successful answer held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Served {
    /// Jobs in this page.
    pub returned: usize,
    /// `TotalCount`.
    pub total: u64,
    /// With `--advance`, how many of the returned jobs moved one state forward; `None`
    /// when the world does not advance jobs (and for every action but DescribeJobs).
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
    /// The length of the answer's first list member (DescribeJobs: its `JobSet`), its
    /// `TotalCount` if it has one (else that length), and how many jobs moved.
    fn of(response: &Map<String, Value>, advanced: Option<usize>) -> Served {
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
            advanced,
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
    let lang = Lang::from_header(request::common(req, "X-TC-Language").as_deref());
    let request_id = uuid::Uuid::new_v4().to_string();
    let doc = api::error_envelope(error.code, error.message(lang), &request_id);
    // Serialising a Value built from JSON cannot fail.
    (serde_json::to_vec(&doc).unwrap_or_default(), request_id)
}

/// A request signed with the older method, as received: what its signature covers.
struct Legacy<'a> {
    method: &'a str,
    host: &'a str,
    params: &'a [(String, String)],
}

/// The emulated service: the one world every request thread shares, and how request
/// bodies are checked.
pub struct Service {
    world: SharedWorld,
    validator: actions::Validator,
}

impl Service {
    /// Serves `jobs` as they are, on a clock running at real speed (listed jobs do not
    /// move).
    pub fn new(jobs: Vec<Value>) -> Service {
        Service::with_world(World::new(jobs, Clock::system(1.0)))
    }

    /// Serves `world` (see `crate::state`).
    pub fn with_world(world: World) -> Service {
        Service {
            world: SharedWorld::new(world),
            validator: actions::model_validator,
        }
    }

    /// Checks request bodies with `validator` instead of the model's (tests).
    pub fn validating(mut self, validator: actions::Validator) -> Service {
        self.validator = validator;
        self
    }

    /// The world served.
    pub fn world(&self) -> &SharedWorld {
        &self.world
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
        self.respond(req, now, admit, true)
    }

    fn respond(
        &self,
        req: &Incoming<'_>,
        now: i64,
        admit: impl FnOnce(&auth::Caller, &str) -> Result<(), ApiError>,
        delivered: bool,
    ) -> Outcome {
        // A request signed with the older method is authenticated as it came, then
        // answered as the API 3.0 request it stands for.
        let legacy = request::legacy_params(req);
        let rewritten = legacy
            .as_ref()
            .map(|params| request::rewrite_legacy(params, req.headers));
        let view = match &rewritten {
            Some(r) => Incoming {
                method: "POST",
                query: "",
                headers: &r.headers,
                body: &r.body,
                ..*req
            },
            None => *req,
        };
        let legacy_auth = legacy.as_deref().map(|params| Legacy {
            method: req.method,
            host: header(req.headers, "Host").unwrap_or(""),
            params,
        });
        let req = &view;
        let lang = Lang::from_header(header(req.headers, "X-TC-Language"));
        let request_id = uuid::Uuid::new_v4().to_string();
        let (doc, result) = match self.answer(req, legacy_auth.as_ref(), now, admit, delivered) {
            Ok(Reply { response, advanced }) => {
                let served = Served::of(&response, advanced);
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
            secret_id: match &legacy_auth {
                Some(l) => l
                    .params
                    .iter()
                    .find(|(k, _)| k == "SecretId")
                    .map(|(_, v)| v.clone()),
                None => header(req.headers, "Authorization")
                    .and_then(tc3::parse_authorization)
                    .map(|a| a.secret_id),
            },
            token: header(req.headers, "X-TC-Token").is_some_and(|t| !t.is_empty()),
            result,
        }
    }

    /// The HTTP checks, then the router.
    fn answer(
        &self,
        req: &Incoming<'_>,
        legacy: Option<&Legacy<'_>>,
        now: i64,
        admit: impl FnOnce(&auth::Caller, &str) -> Result<(), ApiError>,
        delivered: bool,
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
        let caller = match legacy {
            Some(l) => auth::authenticate_legacy(l.method, l.host, l.params, now)?,
            None => auth::authenticate(req, now)?,
        };
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
        let call = Call {
            action,
            method: req.method,
            query: req.query,
            body: req.body,
            secret_id: &caller.secret_id,
            region,
            now,
            delivered,
        };
        actions::answer(&self.world, self.validator, route, &call)
    }
}
