//! The router: every action of the model, the handler that answers it, and the one way
//! each request gets there. A request comes in as a [`Call`], once it has passed
//! authentication, the rate limit, the action, version and region checks (see
//! `crate::service`); every handler reads and writes the one world
//! ([`crate::state::SharedWorld`]).
//!
//! DescribeJobs keeps its own checks and its GET form ([`describe_jobs`]); every other
//! action is POST only, its body a JSON object that the model's validator accepts before
//! its handler runs with a [`Ctx`].
//!
//! - [`call`]: what the router and its handlers are given and give back;
//! - [`describe_jobs`]: DescribeJobs, a page of the world's listed jobs (`--advance`);
//! - [`submit`]: SubmitJob (a simulated job with its tasks and instances);
//! - [`jobs`]: the job reads (DescribeJob, DescribeJobSubmitInfo, DescribeTask,
//!   DescribeTaskLogs, DescribeJobMonitorData), projections of the world;
//! - [`writes`]: TerminateJob, TerminateTaskInstance, RetryJobs, DeleteJob;
//! - [`catalogue`]: instance categories, types and zone configurations, from static data;
//! - [`envs`]: compute environments, their nodes and activities;
//! - [`templates`]: task templates;
//! - [`limits`]: the service's documented limits (names, descriptions, tags, counts),
//!   checked by the handlers before the world is touched.

pub mod call;
pub mod catalogue;
pub mod describe_jobs;
pub mod envs;
pub mod jobs;
pub mod limits;
pub mod submit;
pub mod templates;
pub mod writes;

use serde_json::{Map, Value};

pub use call::{Call, Ctx, Reply, Validator, model_validator};

use crate::errors::{self, ApiError};
use crate::params;
use crate::state::SharedWorld;

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

impl Route {
    /// True for the actions that change the world (they are refused while its state
    /// file cannot be saved).
    pub fn writes(self) -> bool {
        match self {
            Route::SubmitJob => true,
            Route::Job(a) => matches!(
                a,
                JobAction::TerminateJob
                    | JobAction::TerminateInstance
                    | JobAction::Retry
                    | JobAction::Delete
            ),
            Route::Env(a) => matches!(
                a,
                EnvAction::Create
                    | EnvAction::Modify
                    | EnvAction::Delete
                    | EnvAction::Attach
                    | EnvAction::Detach
                    | EnvAction::TerminateNodes
            ),
            Route::Template(a) => matches!(
                a,
                TemplateAction::Create | TemplateAction::Modify | TemplateAction::Delete
            ),
            Route::DescribeJobs | Route::Catalogue(_) | Route::Unsupported => false,
        }
    }
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

/// The answer to `call`, an action of `route` (see [`route`]), with bodies checked by
/// `validator`.
pub fn answer(
    world: &SharedWorld,
    validator: Validator,
    route: Route,
    call: &Call<'_>,
) -> Result<Reply, ApiError> {
    if route == Route::DescribeJobs {
        return describe_jobs::describe_jobs(world, validator, call);
    }
    if call.method != "POST" {
        return Err(errors::post_only(call.action));
    }
    let body = params::json_object(call.body)?;
    call::validate(validator, call.action, &body)?;
    let ctx = Ctx {
        action: call.action,
        secret_id: call.secret_id,
        region: call.region,
        now: call.now,
        body: &body,
    };
    let response = handle(world, route, &ctx)?;
    Ok(Reply {
        response,
        advanced: None,
    })
}

/// The members of the `Response` of a successful answer (without `RequestId`), or the
/// service's error.
fn handle(
    world: &SharedWorld,
    route: Route,
    ctx: &Ctx<'_>,
) -> Result<Map<String, Value>, ApiError> {
    if route.writes()
        && let Some(why) = world.lock().refuses_writes()
    {
        // It could not be kept: the state file could not be saved.
        return Err(errors::state_not_saved(&why));
    }
    match route {
        Route::SubmitJob => submit::submit_job(world, ctx),
        Route::Job(action) => match action {
            JobAction::DescribeJob => jobs::describe_job(world, ctx),
            JobAction::SubmitInfo => jobs::submit_info(world, ctx),
            JobAction::DescribeTask => jobs::describe_task(world, ctx),
            JobAction::TaskLogs => jobs::task_logs(world, ctx),
            JobAction::MonitorData => jobs::monitor_data(world, ctx),
            JobAction::TerminateJob => writes::terminate_job(world, ctx),
            JobAction::TerminateInstance => writes::terminate_instance(world, ctx),
            JobAction::Retry => writes::retry_jobs(world, ctx),
            JobAction::Delete => writes::delete_job(world, ctx),
        },
        Route::Catalogue(table) => catalogue::answer(table, ctx),
        Route::Env(action) => match action {
            EnvAction::Create => envs::create_env(world, ctx),
            EnvAction::List => envs::describe_envs(world, ctx),
            EnvAction::Describe => envs::describe_env(world, ctx),
            EnvAction::Activities => envs::activities(world, ctx),
            EnvAction::CreateInfo => envs::create_info(world, ctx),
            EnvAction::CreateInfos => envs::create_infos(world, ctx),
            EnvAction::Modify => envs::modify_env(world, ctx),
            EnvAction::Delete => envs::delete_env(world, ctx),
            EnvAction::Attach => envs::attach(world, ctx),
            EnvAction::Detach => envs::detach(world, ctx),
            EnvAction::TerminateNodes => envs::terminate_nodes(world, ctx),
        },
        Route::Template(action) => match action {
            TemplateAction::Create => templates::create(world, ctx),
            TemplateAction::Describe => templates::describe(world, ctx),
            TemplateAction::Modify => templates::modify(world, ctx),
            TemplateAction::Delete => templates::delete(world, ctx),
        },
        // DescribeJobs is answered by `answer` before its body is read.
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
