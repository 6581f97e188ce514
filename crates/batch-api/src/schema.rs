//! The shapes of the generated tables: actions (with what the model does not say, from
//! the overlay), objects and their members.

/// Whether an action only reads, or changes the service's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Read,
    Write,
}

/// How a failed attempt of an action may be retried without taking effect twice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retry {
    /// A read: retried on every retryable failure.
    Read,
    /// A write made idempotent by its client token member (`ClientToken`): retried as a
    /// read, with the same token on every attempt.
    Token(&'static str),
    /// A write whose outcome a read can tell after an ambiguous failure
    /// (TerminateJob, DeleteJob, RetryJobs …).
    CheckByRead,
    /// A write retried only when it surely did not reach the service; an ambiguous
    /// failure ends with "outcome unknown".
    Unsafe,
}

/// The paging members of an action that pages (Offset, Limit, TotalCount).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paging {
    pub offset: &'static str,
    pub limit: &'static str,
    /// The answer's total member (`TotalCount`, `TaskInstanceTotalCount` …).
    pub total: &'static str,
    /// The answer's list member (`JobSet`, `ComputeEnvSet` …).
    pub list: &'static str,
    /// What the service uses when `Limit` is absent.
    pub default_limit: u64,
    /// The largest `Limit` the service accepts.
    pub max_limit: u64,
}

/// One action of the API.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Action {
    /// As sent in `X-TC-Action`.
    pub name: &'static str,
    pub kind: Kind,
    pub retry: Retry,
    /// Requests per second the service allows for this action.
    pub rate_limit: f64,
    /// True where no published figure exists and the service's usual limit is assumed.
    pub rate_limit_assumed: bool,
    pub paging: Option<Paging>,
    /// The input and output object names.
    pub input: &'static str,
    pub output: &'static str,
    /// The answer's list member even for actions that do not page (`TaskSet`,
    /// `InstanceTypeConfigSet` …), for row output; `None` when it has none.
    pub list: Option<&'static str>,
    /// The curated command that wraps this action (`jobs describe`), if any.
    pub command: Option<&'static str>,
    /// A one-line summary in our own words (never the model's description).
    pub summary: &'static str,
}

/// Members of an action's input that cannot be given together (from the overlay).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exclusive {
    pub action: &'static str,
    /// In the order the overlay names them; a body may hold at most one.
    pub members: &'static [&'static str],
    /// How the service classes the mistake.
    pub problem: ProblemKind,
}

/// A member's type, as the model names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Type {
    String,
    Int,
    Float,
    Bool,
    Object,
    List,
}

/// A member's format, where the model gives one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Int64,
    Uint64,
    DatetimeIso,
}

/// One member of an object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Member {
    pub name: &'static str,
    pub ty: Type,
    /// For `List`: the element type (`string`, `int64`, `uint64`, … or an object
    /// name); for `Object`: the object name. `None` otherwise.
    pub member: Option<&'static str>,
    pub format: Option<Format>,
    pub required: bool,
    pub nullable: bool,
}

/// One object (structure) of the model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Object {
    pub name: &'static str,
    /// In the model's order.
    pub members: &'static [Member],
}

impl Object {
    /// The member named `name` (exact spelling).
    pub fn member(&self, name: &str) -> Option<&'static Member> {
        self.members.iter().find(|m| m.name == name)
    }
}

/// What is wrong, mapped to the service's error codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemKind {
    /// A required member is absent (`MissingParameter`).
    Missing,
    /// A member the model does not have (`UnknownParameter`).
    Unknown,
    /// A value of the wrong JSON type (`InvalidParameter`).
    WrongType,
    /// A value of the right type that is not allowed (out of range …:
    /// `InvalidParameterValue`).
    BadValue,
}

impl ProblemKind {
    /// The service's error code for this kind of problem.
    pub fn code(self) -> &'static str {
        match self {
            ProblemKind::Missing => "MissingParameter",
            ProblemKind::Unknown => "UnknownParameter",
            ProblemKind::WrongType => "InvalidParameter",
            ProblemKind::BadValue => "InvalidParameterValue",
        }
    }
}
