//! The router's table: every action of the model, the family that answers it, and the
//! context a handler gets once the request has passed authentication, the rate limit,
//! the version and region checks and the model's validation (see `super::service`).
//!
//! - [`submit`]: SubmitJob (a simulated job with its tasks and instances);
//! - [`jobs`]: the job reads (DescribeJob, DescribeJobSubmitInfo, DescribeTask,
//!   DescribeTaskLogs, DescribeJobMonitorData), projections of the world;
//! - [`writes`]: TerminateJob, TerminateTaskInstance, RetryJobs, DeleteJob;
//! - [`catalogue`]: instance categories, types and zone configurations, from static data;
//! - [`envs`]: compute environments, their nodes and activities;
//! - [`templates`]: task templates.
//!
//! DescribeJobs is answered by `super::service` itself (its own checks, its GET form).

pub mod catalogue;
pub mod envs;
pub mod jobs;
pub mod submit;
pub mod templates;
pub mod writes;

use serde_json::{Map, Value};

use super::auth::Caller;
use super::errors::{self, ApiError};
use super::service::Service;

/// Who answers an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    DescribeJobs,
    SubmitJob,
    /// A job read or write of the world.
    Job(JobAction),
    Catalogue(catalogue::Table),
    /// A compute-environment action.
    Env(EnvAction),
    /// A task-template action.
    Template(TemplateAction),
    /// Known to the model, not emulated yet.
    Unsupported,
}

/// The job actions the world answers besides SubmitJob.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobAction {
    DescribeJob,
    SubmitInfo,
    DescribeTask,
    TaskLogs,
    MonitorData,
    TerminateJob,
    TerminateInstance,
    Retry,
    Delete,
}

/// The compute-environment actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnvAction {
    Create,
    List,
    Describe,
    Activities,
    CreateInfo,
    CreateInfos,
    Modify,
    Delete,
    Attach,
    Detach,
    TerminateNodes,
}

/// The task-template actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TemplateAction {
    Create,
    Describe,
    Modify,
    Delete,
}

/// Every action of the API 2017-03-12 and who answers it, in name order.
pub const ROUTES: [(&str, Route); 30] = [
    ("AttachInstances", Route::Env(EnvAction::Attach)),
    ("CreateComputeEnv", Route::Env(EnvAction::Create)),
    (
        "CreateTaskTemplate",
        Route::Template(TemplateAction::Create),
    ),
    ("DeleteComputeEnv", Route::Env(EnvAction::Delete)),
    ("DeleteJob", Route::Job(JobAction::Delete)),
    (
        "DeleteTaskTemplates",
        Route::Template(TemplateAction::Delete),
    ),
    (
        "DescribeAvailableCvmInstanceTypes",
        Route::Catalogue(catalogue::Table::InstanceTypes),
    ),
    ("DescribeComputeEnv", Route::Env(EnvAction::Describe)),
    (
        "DescribeComputeEnvActivities",
        Route::Env(EnvAction::Activities),
    ),
    (
        "DescribeComputeEnvCreateInfo",
        Route::Env(EnvAction::CreateInfo),
    ),
    (
        "DescribeComputeEnvCreateInfos",
        Route::Env(EnvAction::CreateInfos),
    ),
    ("DescribeComputeEnvs", Route::Env(EnvAction::List)),
    (
        "DescribeCvmZoneInstanceConfigInfos",
        Route::Catalogue(catalogue::Table::ZoneConfigs),
    ),
    (
        "DescribeInstanceCategories",
        Route::Catalogue(catalogue::Table::Categories),
    ),
    ("DescribeJob", Route::Job(JobAction::DescribeJob)),
    ("DescribeJobMonitorData", Route::Job(JobAction::MonitorData)),
    ("DescribeJobSubmitInfo", Route::Job(JobAction::SubmitInfo)),
    ("DescribeJobs", Route::DescribeJobs),
    ("DescribeTask", Route::Job(JobAction::DescribeTask)),
    ("DescribeTaskLogs", Route::Job(JobAction::TaskLogs)),
    (
        "DescribeTaskTemplates",
        Route::Template(TemplateAction::Describe),
    ),
    ("DetachInstances", Route::Env(EnvAction::Detach)),
    ("ModifyComputeEnv", Route::Env(EnvAction::Modify)),
    (
        "ModifyTaskTemplate",
        Route::Template(TemplateAction::Modify),
    ),
    ("RetryJobs", Route::Job(JobAction::Retry)),
    ("SubmitJob", Route::SubmitJob),
    (
        "TerminateComputeNode",
        Route::Env(EnvAction::TerminateNodes),
    ),
    (
        "TerminateComputeNodes",
        Route::Env(EnvAction::TerminateNodes),
    ),
    ("TerminateJob", Route::Job(JobAction::TerminateJob)),
    (
        "TerminateTaskInstance",
        Route::Job(JobAction::TerminateInstance),
    ),
];

/// Who answers `action` (exact spelling, as sent in `X-TC-Action`); `None` for an action
/// the API does not have (`InvalidAction`).
pub fn route(action: &str) -> Option<Route> {
    ROUTES
        .binary_search_by(|(name, _)| (*name).cmp(action))
        .ok()
        .map(|i| ROUTES[i].1)
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

/// What a handler knows about its request.
pub struct Ctx<'a> {
    pub action: &'a str,
    pub caller: &'a Caller,
    /// `X-TC-Region`, when sent (already checked to be a known region).
    pub region: Option<&'a str>,
    /// The server clock, Unix seconds.
    pub now: i64,
    /// The body, a JSON object the model's validator accepted.
    pub body: &'a Value,
}

/// The members of the `Response` of a successful answer (without `RequestId`), or the
/// service's error.
pub fn handle(
    service: &Service,
    route: Route,
    ctx: &Ctx<'_>,
) -> Result<Map<String, Value>, ApiError> {
    match route {
        Route::SubmitJob => submit::submit_job(service, ctx),
        Route::Job(action) => match action {
            JobAction::DescribeJob => jobs::describe_job(service, ctx),
            JobAction::SubmitInfo => jobs::submit_info(service, ctx),
            JobAction::DescribeTask => jobs::describe_task(service, ctx),
            JobAction::TaskLogs => jobs::task_logs(service, ctx),
            JobAction::MonitorData => jobs::monitor_data(service, ctx),
            JobAction::TerminateJob => writes::terminate_job(service, ctx),
            JobAction::TerminateInstance => writes::terminate_instance(service, ctx),
            JobAction::Retry => writes::retry_jobs(service, ctx),
            JobAction::Delete => writes::delete_job(service, ctx),
        },
        Route::Catalogue(table) => catalogue::answer(table, ctx),
        Route::Env(action) => match action {
            EnvAction::Create => envs::create_env(service, ctx),
            EnvAction::List => envs::describe_envs(service, ctx),
            EnvAction::Describe => envs::describe_env(service, ctx),
            EnvAction::Activities => envs::activities(service, ctx),
            EnvAction::CreateInfo => envs::create_info(service, ctx),
            EnvAction::CreateInfos => envs::create_infos(service, ctx),
            EnvAction::Modify => envs::modify_env(service, ctx),
            EnvAction::Delete => envs::delete_env(service, ctx),
            EnvAction::Attach => envs::attach(service, ctx),
            EnvAction::Detach => envs::detach(service, ctx),
            EnvAction::TerminateNodes => envs::terminate_nodes(service, ctx),
        },
        Route::Template(action) => match action {
            TemplateAction::Create => templates::create(service, ctx),
            TemplateAction::Describe => templates::describe(service, ctx),
            TemplateAction::Modify => templates::modify(service, ctx),
            TemplateAction::Delete => templates::delete(service, ctx),
        },
        Route::DescribeJobs | Route::Unsupported => Err(errors::unsupported_operation(ctx.action)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_and_routes_exact_names_only() {
        assert!(ROUTES.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(route("DescribeJobs"), Some(Route::DescribeJobs));
        assert_eq!(route("SubmitJob"), Some(Route::SubmitJob));
        assert_eq!(
            route("TerminateJob"),
            Some(Route::Job(JobAction::TerminateJob))
        );
        assert_eq!(
            route("CreateComputeEnv"),
            Some(Route::Env(EnvAction::Create))
        );
        assert_eq!(route("describejobs"), None);
        assert_eq!(route("DescribeJobz"), None);
        assert_eq!(route(""), None);
    }

    #[test]
    fn every_action_of_the_model_is_routed_and_nothing_else() {
        // Meaningful once the generated tables are filled; with them empty it only
        // checks that nothing in them escapes the router.
        for action in batch_api::actions() {
            assert!(
                route(action.name).is_some(),
                "{} is not routed",
                action.name
            );
        }
        if !batch_api::actions().is_empty() {
            for (name, _) in ROUTES {
                assert!(
                    batch_api::action(name).is_some(),
                    "{name} is not in the model"
                );
            }
        }
    }
}
