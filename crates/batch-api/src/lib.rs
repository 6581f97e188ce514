//! The Tencent Cloud Batch API's vocabulary, shared by the client and the emulator:
//! the action and schema tables generated from the model (`api/` at the repository's
//! top, by `cargo run -p xtask -- codegen`), one validator that walks them, and the
//! facts about the real service that are not in the model: its regions and zones
//! ([`regions`]).
//!
//! Actions are named by [`ActionId`] and the answers' list members by the constants of
//! [`lists`], both generated from the model, so a misspelt name does not compile:
//!
//! ```
//! use batch_api::ActionId;
//! assert_eq!(ActionId::DescribeJobs.name(), "DescribeJobs");
//! assert_eq!(ActionId::DescribeJobs.action().list, Some(batch_api::lists::JOB_SET));
//! ```
//!
//! ```compile_fail,E0599
//! use batch_api::ActionId;
//! assert_eq!(ActionId::DescribeJobz.name(), "DescribeJobz");
//! ```
//!
//! ```compile_fail,E0425
//! assert_eq!(batch_api::lists::JOBS_SET, "JobSet");
//! ```
//!
//! Nothing here does I/O; the tables are `static` data, so looking up one action costs
//! no parsing at start-up.

pub mod jobs;
pub mod regions;
pub mod schema;
pub mod validate;

mod generated;

pub use generated::{ActionId, lists};
pub use schema::{Action, Exclusive, Format, Kind, Member, Object, Paging, Retry, Type};
pub use validate::{Problem, ProblemKind, suggest, validate_input, validate_object};

/// The service name used in signing and in the endpoint's host.
pub const SERVICE: &str = "batch";
/// The only API version this crate describes.
pub const VERSION: &str = "2017-03-12";

/// Every action of the model, in name order.
pub fn actions() -> &'static [Action] {
    generated::ACTIONS
}

/// The action named `name` (exact spelling, as sent in `X-TC-Action`).
pub fn action(name: &str) -> Option<&'static Action> {
    generated::ACTIONS
        .binary_search_by(|a| a.name.cmp(name))
        .ok()
        .map(|i| &generated::ACTIONS[i])
}

/// The object (structure) named `name` in the model.
pub fn object(name: &str) -> Option<&'static Object> {
    generated::OBJECTS
        .binary_search_by(|o| o.name.cmp(name))
        .ok()
        .map(|i| &generated::OBJECTS[i])
}

/// The members of `action`'s input that cannot be given together, if it has such.
pub fn exclusive(action: &str) -> Option<&'static Exclusive> {
    generated::EXCLUSIVE.iter().find(|e| e.action == action)
}

/// The prefix an ID member's values carry (`JobId` → `job-`, `EnvIds` → `env-`), for
/// members that hold IDs of one kind; `None` for any other member.
pub fn id_prefix(member: &str) -> Option<&'static str> {
    generated::ID_PREFIXES
        .binary_search_by(|(m, _)| (*m).cmp(member))
        .ok()
        .map(|i| generated::ID_PREFIXES[i].1)
}
