//! The service's documented limits, checked before a handler touches the world (the
//! model's validator has already checked the types), each refused with its own code
//! where the service has one:
//!
//! | limit | code |
//! |---|---|
//! | job, task, environment, template names at most [`MAX_NAME`] characters | `InvalidParameter.JobNameTooLong`, `.TaskNameTooLong`, `.EnvNameTooLong`, `.TaskTemplateNameTooLong` |
//! | descriptions at most [`MAX_DESCRIPTION`] characters | `InvalidParameter.JobDescriptionTooLong`, `.EnvDescriptionTooLong`, `.TaskTemplateDescriptionTooLong` |
//! | at most [`MAX_TAGS`] tags | `InvalidParameterValue.LimitExceeded` |
//! | `DesiredComputeNodeCount` 0 to [`MAX_DESIRED`] | `InvalidParameterValue` |
//! | at most [`MAX_INSTANCES`] instances per AttachInstances/DetachInstances | `InvalidParameterValue.LimitExceeded` |
//! | an instance type once in `EnvData.InstanceTypes` | `InvalidParameterValue.InstanceTypeDuplicate` |
//! | a notification's event names known to its action ([`JOB_EVENT_NAMES`], [`ENV_EVENT_NAMES`]) and each once | `InvalidParameterValue`, `InvalidParameter.NotificationEventNameDuplicate` |
//! | a task's `MaxRetryCount` 0 to [`MAX_RETRY_COUNT`] | `InvalidParameterValue.MaxRetryCount` |
//! | a template's `TaskInstanceNum` 1 to `MAX_TASK_INSTANCES` (SubmitJob checks its tasks' when it builds them) | `InvalidParameterValue.TaskInstanceNum` |
//! | DescribeJobMonitorData's `MetricName` one of [`METRIC_NAMES`] | `InvalidParameterValue` |

use serde_json::Value;

use crate::errors::{self, ApiError};
use crate::state::submission::MAX_TASK_INSTANCES;

/// The longest `ClientToken` the service accepts.
pub const MAX_CLIENT_TOKEN: usize = 64;

/// The longest name of a job, task, environment or template, in characters.
pub const MAX_NAME: usize = 60;
/// The longest description, in characters.
pub const MAX_DESCRIPTION: usize = 200;
/// The most tags a resource carries.
pub const MAX_TAGS: usize = 10;
/// The largest `DesiredComputeNodeCount`.
pub const MAX_DESIRED: i64 = 2000;
/// The most instances one AttachInstances or DetachInstances names.
pub const MAX_INSTANCES: usize = 100;
/// The largest `MaxRetryCount` of a task.
pub const MAX_RETRY_COUNT: u64 = 10;

/// The metrics DescribeJobMonitorData knows.
pub const METRIC_NAMES: [&str; 6] = [
    "CpuUsage",
    "MemUsage",
    "LanOuttraffic",
    "LanIntraffic",
    "MaxDiskUsage",
    "TargetDiskUsage",
];

/// The events a job's notifications may name (SubmitJob's `Job.Notifications`): the
/// documented job, task, task instance and compute node events.
pub const JOB_EVENT_NAMES: [&str; 17] = [
    "JOB_RUNNING",
    "JOB_SUCCEED",
    "JOB_FAILED",
    "JOB_FAILED_INTERRUPTED",
    "TASK_RUNNING",
    "TASK_SUCCEED",
    "TASK_FAILED",
    "TASK_FAILED_INTERRUPTED",
    "TASK_INSTANCE_RUNNING",
    "TASK_INSTANCE_SUCCEED",
    "TASK_INSTANCE_FAILED",
    "TASK_INSTANCE_FAILED_INTERRUPTED",
    "COMPUTE_NODE_CREATED",
    "COMPUTE_NODE_CREATION_FAILED",
    "COMPUTE_NODE_RUNNING",
    "COMPUTE_NODE_ABNORMAL",
    "COMPUTE_NODE_DELETING",
];

/// The events a compute environment's notifications may name (CreateComputeEnv's
/// `ComputeEnv.Notifications`): the documented environment and compute node events, and
/// `COMPUTE_ENV_CREATED_SUCCESS`, which the service's own published answer
/// (DescribeComputeEnvCreateInfo) shows stored on an environment.
pub const ENV_EVENT_NAMES: [&str; 8] = [
    "COMPUTE_ENV_CREATED",
    "COMPUTE_ENV_CREATED_SUCCESS",
    "COMPUTE_ENV_DELETED",
    "COMPUTE_NODE_CREATED",
    "COMPUTE_NODE_CREATION_FAILED",
    "COMPUTE_NODE_RUNNING",
    "COMPUTE_NODE_ABNORMAL",
    "COMPUTE_NODE_DELETING",
];

/// Whose notifications are checked: a job's or a compute environment's (each has its
/// own events).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Events {
    Job,
    Env,
}

impl Events {
    /// The event names accepted.
    pub fn names(self) -> &'static [&'static str] {
        match self {
            Events::Job => &JOB_EVENT_NAMES,
            Events::Env => &ENV_EVENT_NAMES,
        }
    }

    fn action(self) -> &'static str {
        match self {
            Events::Job => "SubmitJob",
            Events::Env => "CreateComputeEnv",
        }
    }
}

/// What is limited in a name or description: the code and how the message names it.
#[derive(Clone, Copy)]
pub enum Text {
    JobName,
    JobDescription,
    TaskName,
    EnvName,
    EnvDescription,
    TemplateName,
    TemplateDescription,
}

impl Text {
    fn code(self) -> &'static str {
        match self {
            Text::JobName => "InvalidParameter.JobNameTooLong",
            Text::JobDescription => "InvalidParameter.JobDescriptionTooLong",
            Text::TaskName => "InvalidParameter.TaskNameTooLong",
            Text::EnvName => "InvalidParameter.EnvNameTooLong",
            Text::EnvDescription => "InvalidParameter.EnvDescriptionTooLong",
            Text::TemplateName => "InvalidParameter.TaskTemplateNameTooLong",
            Text::TemplateDescription => "InvalidParameter.TaskTemplateDescriptionTooLong",
        }
    }

    fn max(self) -> usize {
        match self {
            Text::JobDescription | Text::EnvDescription | Text::TemplateDescription => {
                MAX_DESCRIPTION
            }
            _ => MAX_NAME,
        }
    }
}

/// `obj[key]`, a string, at most `what`'s length in characters.
pub fn text(obj: &Value, key: &str, path: &str, what: Text) -> Result<(), ApiError> {
    let Some(s) = obj.get(key).and_then(Value::as_str) else {
        return Ok(());
    };
    let (n, max) = (s.chars().count(), what.max());
    if n > max {
        return Err(errors::coded(
            what.code(),
            format!("`{path}` may be at most {max} characters long, got {n}."),
            format!("`{path}` 最多 {max} 个字符，当前为 {n} 个。"),
        ));
    }
    Ok(())
}

/// `obj.Tags`: at most [`MAX_TAGS`].
pub fn tags(obj: &Value, path: &str) -> Result<(), ApiError> {
    let n = obj
        .get("Tags")
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    if n > MAX_TAGS {
        return Err(errors::limit_exceeded(
            format!("`{path}` may hold at most {MAX_TAGS} tags, got {n}."),
            format!("`{path}` 最多包含 {MAX_TAGS} 个标签，当前为 {n} 个。"),
        ));
    }
    Ok(())
}

/// `obj.DesiredComputeNodeCount`: an integer 0 to [`MAX_DESIRED`].
pub fn desired(obj: &Value, path: &str) -> Result<(), ApiError> {
    let Some(v) = obj.get("DesiredComputeNodeCount").filter(|v| !v.is_null()) else {
        return Ok(());
    };
    if v.as_i64().is_some_and(|n| (0..=MAX_DESIRED).contains(&n)) {
        return Ok(());
    }
    Err(errors::invalid_value(
        format!("`{path}` must be 0 to {MAX_DESIRED}, got {v}."),
        format!("`{path}` 的取值范围是 0 到 {MAX_DESIRED}，当前为 {v}。"),
    ))
}

/// At most [`MAX_INSTANCES`] in the list `obj[key]`.
pub fn instances(obj: &Value, key: &str) -> Result<(), ApiError> {
    let n = obj.get(key).and_then(Value::as_array).map_or(0, Vec::len);
    if n > MAX_INSTANCES {
        return Err(errors::limit_exceeded(
            format!("`{key}` may hold at most {MAX_INSTANCES} instances, got {n}."),
            format!("`{key}` 最多包含 {MAX_INSTANCES} 个实例，当前为 {n} 个。"),
        ));
    }
    Ok(())
}

/// `data.InstanceTypes` (an `EnvData`) names each type once.
pub fn instance_types(data: &Value, path: &str) -> Result<(), ApiError> {
    let types: Vec<&str> = data
        .get("InstanceTypes")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    for (k, t) in types.iter().enumerate() {
        if types[..k].contains(t) {
            return Err(errors::coded(
                "InvalidParameterValue.InstanceTypeDuplicate",
                format!("`{path}.InstanceTypes` names `{t}` more than once."),
                format!("`{path}.InstanceTypes` 中实例类型 `{t}` 重复。"),
            ));
        }
    }
    Ok(())
}

/// `obj.Notifications`: each names events `events` knows, each once.
pub fn notifications(obj: &Value, path: &str, events: Events) -> Result<(), ApiError> {
    let list = obj.get("Notifications").and_then(Value::as_array);
    for (i, n) in list.into_iter().flatten().enumerate() {
        let names: Vec<&str> = n
            .get("EventConfigs")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|e| e.get("EventName").and_then(Value::as_str))
            .collect();
        for (k, name) in names.iter().enumerate() {
            if !events.names().contains(name) {
                let (action, known) = (events.action(), events.names().join(", "));
                return Err(errors::invalid_value(
                    format!(
                        "`{path}.Notifications.{i}`: {action} knows no event `{name}`; the events are {known}."
                    ),
                    format!(
                        "`{path}.Notifications.{i}`：{action} 不支持事件 `{name}`，可用的事件为 {known}。"
                    ),
                ));
            }
            if names[..k].contains(name) {
                return Err(errors::coded(
                    "InvalidParameter.NotificationEventNameDuplicate",
                    format!("`{path}.Notifications.{i}` names the event `{name}` more than once."),
                    format!("`{path}.Notifications.{i}` 中事件 `{name}` 重复。"),
                ));
            }
        }
    }
    Ok(())
}

/// A named compute environment (CreateComputeEnv's `ComputeEnv`).
pub fn named_env(env: &Value, path: &str) -> Result<(), ApiError> {
    text(env, "EnvName", &format!("{path}.EnvName"), Text::EnvName)?;
    let description = format!("{path}.EnvDescription");
    text(env, "EnvDescription", &description, Text::EnvDescription)?;
    tags(env, &format!("{path}.Tags"))?;
    desired(env, &format!("{path}.DesiredComputeNodeCount"))?;
    anonymous_env(env, path)?;
    notifications(env, path, Events::Env)
}

/// What an environment a task describes and a named one share: its instance types.
fn anonymous_env(env: &Value, path: &str) -> Result<(), ApiError> {
    if let Some(data) = env.get("EnvData") {
        instance_types(data, &format!("{path}.EnvData"))?;
    }
    Ok(())
}

/// A task (SubmitJob's `Job.Tasks.N`, a template's `TaskTemplateInfo`); `instances` also
/// checks its `TaskInstanceNum`.
pub fn task(task: &Value, path: &str, instances: bool) -> Result<(), ApiError> {
    text(
        task,
        "TaskName",
        &format!("{path}.TaskName"),
        Text::TaskName,
    )?;
    if let Some(v) = task.get("MaxRetryCount").filter(|v| !v.is_null())
        && v.as_u64().is_none_or(|n| n > MAX_RETRY_COUNT)
    {
        return Err(errors::coded(
            "InvalidParameterValue.MaxRetryCount",
            format!("`{path}.MaxRetryCount` must be 0 to {MAX_RETRY_COUNT}, got {v}."),
            format!("`{path}.MaxRetryCount` 的取值范围是 0 到 {MAX_RETRY_COUNT}，当前为 {v}。"),
        ));
    }
    if instances
        && let Some(v) = task.get("TaskInstanceNum").filter(|v| !v.is_null())
        && v.as_u64()
            .is_none_or(|n| !(1..=MAX_TASK_INSTANCES).contains(&n))
    {
        return Err(errors::coded(
            "InvalidParameterValue.TaskInstanceNum",
            format!("`{path}.TaskInstanceNum` must be 1 to {MAX_TASK_INSTANCES}, got {v}."),
            format!(
                "`{path}.TaskInstanceNum` 的取值范围是 1 到 {MAX_TASK_INSTANCES}，当前为 {v}。"
            ),
        ));
    }
    if let Some(env) = task.get("ComputeEnv").filter(|e| e.is_object()) {
        anonymous_env(env, &format!("{path}.ComputeEnv"))?;
    }
    Ok(())
}

/// SubmitJob's `Job`.
pub fn job(job: &Value) -> Result<(), ApiError> {
    text(job, "JobName", "Job.JobName", Text::JobName)?;
    text(
        job,
        "JobDescription",
        "Job.JobDescription",
        Text::JobDescription,
    )?;
    tags(job, "Job.Tags")?;
    notifications(job, "Job", Events::Job)?;
    let tasks = job.get("Tasks").and_then(Value::as_array);
    for (i, t) in tasks.into_iter().flatten().enumerate() {
        task(t, &format!("Job.Tasks.{i}"), false)?;
    }
    Ok(())
}

/// DescribeJobMonitorData's `MetricName`.
pub fn metric(body: &Value) -> Result<(), ApiError> {
    let Some(name) = body.get("MetricName").and_then(Value::as_str) else {
        return Ok(());
    };
    if METRIC_NAMES.contains(&name) {
        return Ok(());
    }
    Err(errors::invalid_value(
        format!(
            "`MetricName` must be one of {}, got `{name}`.",
            METRIC_NAMES.join(", ")
        ),
        format!(
            "`MetricName` 必须是 {} 之一，当前为 `{name}`。",
            METRIC_NAMES.join("、")
        ),
    ))
}
