//! After an ambiguous failure of a write that may not be sent twice (the request may have
//! reached the service, its answer was lost): find out by a read whether it took effect
//! where one can tell (TerminateJob, DeleteJob, RetryJobs), else stop with "outcome
//! unknown" and the command that shows it. Never sends the write again.

use batch_api::lists;
use batch_api::{Action, ActionId, Retry};
use serde_json::value::RawValue;
use serde_json::{Value, json};

use crate::transport::client::{Client, Reply, Stopped};
use crate::transport::error::{self, Error};

/// What a read says about a write's effect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// It took effect: report success.
    TookEffect(String),
    /// It surely did not.
    DidNot(String),
    /// The read cannot tell.
    Unknown,
}

/// Called when `action` with `body` failed ambiguously with `failure`.
pub fn after_ambiguous(
    client: &Client,
    action: &'static Action,
    body: &Value,
    failure: Error,
) -> Result<Reply, Error> {
    let verdict = if action.retry == Retry::CheckByRead {
        check(client, action.name, body)
    } else {
        Verdict::Unknown
    };
    let why = failure.first_line();
    match verdict {
        Verdict::TookEffect(how) => {
            client.notes().note(&format!(
                "the answer to {} was lost ({why}), but {how}: it took effect",
                action.name
            ));
            // The lost answer's RequestId is unknown; these actions answer nothing else.
            let text = RawValue::from_string(json!({ "RequestId": "" }).to_string())
                .map_err(|e| Error::Internal(e.to_string()))?;
            Ok(Reply {
                text,
                request_id: String::new(),
            })
        }
        Verdict::DidNot(how) => Err(Error::OutcomeUnknown(format!(
            "{} failed ({why}) and {how}: it did not take effect; it was not sent again",
            action.name
        ))),
        Verdict::Unknown => Err(Error::OutcomeUnknown(format!(
            "{}: outcome unknown: the request may have reached the service, but its answer was lost ({why}); \
             it was not sent again, so it took effect at most once. Check before trying again: {}",
            action.name,
            how_to_check(action.name, body)
        ))),
    }
}

/// The ID member `name` of a body, as text.
fn text<'a>(body: &'a Value, name: &str) -> Option<&'a str> {
    body.get(name).and_then(Value::as_str)
}

/// Reads what tells whether a write took effect.
fn check(client: &Client, action: &str, body: &Value) -> Verdict {
    let read = |id: ActionId, read_body: Value| -> Option<Result<Value, Error>> {
        client.debug(&format!(
            "checking the outcome of {action} with {}",
            id.name()
        ));
        Some(match client.send(id.action(), &read_body) {
            Ok(reply) => reply.value(),
            Err(Stopped::Failed(e) | Stopped::Ambiguous(e)) => Err(e),
        })
    };
    match ActionId::from_name(action) {
        Some(ActionId::DeleteJob) => {
            let Some(id) = text(body, "JobId") else {
                return Verdict::Unknown;
            };
            match read(ActionId::DescribeJob, json!({ "JobId": id })) {
                Some(Err(Error::Service { code, .. })) if error::is_not_found_code(&code) => {
                    Verdict::TookEffect(format!("DescribeJob no longer finds {id}"))
                }
                Some(Ok(_)) => Verdict::DidNot(format!("DescribeJob still finds {id}")),
                _ => Verdict::Unknown,
            }
        }
        Some(ActionId::TerminateJob) => {
            let Some(id) = text(body, "JobId") else {
                return Verdict::Unknown;
            };
            match read(ActionId::DescribeJob, json!({ "JobId": id })) {
                Some(Ok(job)) => match job.get("JobState").and_then(Value::as_str) {
                    Some(state) if crate::transport::envelope::is_terminal_state(state) => {
                        Verdict::TookEffect(format!(
                            "DescribeJob shows {id} {}",
                            error::printable(state)
                        ))
                    }
                    _ => Verdict::Unknown,
                },
                _ => Verdict::Unknown,
            }
        }
        Some(ActionId::RetryJobs) => {
            let ids: Vec<&str> = body
                .get("JobIds")
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            if ids.is_empty() {
                return Verdict::Unknown;
            }
            let answer = read(
                ActionId::DescribeJobs,
                json!({ "JobIds": ids, "Limit": ids.len() }),
            );
            let Some(Ok(answer)) = answer else {
                return Verdict::Unknown;
            };
            let jobs = answer
                .get(lists::JOB_SET)
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            let state_of = |id: &str| {
                jobs.iter()
                    .find(|j| j.get("JobId").and_then(Value::as_str) == Some(id))
                    .and_then(|j| j.get("JobState").and_then(Value::as_str))
                    .map(str::to_string)
            };
            let states: Vec<Option<String>> = ids.iter().map(|id| state_of(id)).collect();
            if states
                .iter()
                .all(|s| s.as_deref().is_some_and(|s| s != "FAILED"))
            {
                Verdict::TookEffect("DescribeJobs shows none of the jobs FAILED any more".into())
            } else {
                Verdict::Unknown
            }
        }
        _ => Verdict::Unknown,
    }
}

/// The command that shows whether a write of `action` took effect.
pub fn how_to_check(action: &str, body: &Value) -> String {
    let arg = |name: &str| {
        text(body, name)
            .map(|v| format!(" --{name} {}", error::printable(v)))
            .unwrap_or_default()
    };
    let ids = |name: &str| {
        body.get(name)
            .map(|v| format!(" --{name} '{}'", error::printable(&v.to_string())))
            .unwrap_or_default()
    };
    use ActionId as A;
    let read = |id: ActionId| id.name().to_string();
    let command = match ActionId::from_name(action) {
        Some(A::TerminateJob | A::DeleteJob) => read(A::DescribeJob) + &arg("JobId"),
        Some(A::RetryJobs) => read(A::DescribeJobs) + &ids("JobIds"),
        Some(A::TerminateTaskInstance) => read(A::DescribeTask) + &arg("JobId") + &arg("TaskName"),
        Some(A::SubmitJob) => read(A::DescribeJobs),
        Some(A::CreateComputeEnv) => read(A::DescribeComputeEnvs),
        Some(
            A::ModifyComputeEnv
            | A::DeleteComputeEnv
            | A::AttachInstances
            | A::DetachInstances
            | A::TerminateComputeNode
            | A::TerminateComputeNodes,
        ) => read(A::DescribeComputeEnv) + &arg("EnvId"),
        Some(A::CreateTaskTemplate) => read(A::DescribeTaskTemplates),
        Some(A::ModifyTaskTemplate) => {
            let id = text(body, "TaskTemplateId")
                .map(|v| format!(" --TaskTemplateIds '[\"{}\"]'", error::printable(v)))
                .unwrap_or_default();
            read(A::DescribeTaskTemplates) + &id
        }
        Some(A::DeleteTaskTemplates) => read(A::DescribeTaskTemplates) + &ids("TaskTemplateIds"),
        _ => return "the matching Describe action (`batchctl api` lists them)".to_string(),
    };
    format!("`batchctl api {command}`")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_check_names_the_read_and_the_ids() {
        assert_eq!(
            how_to_check(
                "ModifyComputeEnv",
                &json!({"EnvId": "env-1", "EnvName": "x"})
            ),
            "`batchctl api DescribeComputeEnv --EnvId env-1`"
        );
        assert_eq!(
            how_to_check("DeleteTaskTemplates", &json!({"TaskTemplateIds": ["t-1"]})),
            "`batchctl api DescribeTaskTemplates --TaskTemplateIds '[\"t-1\"]'`"
        );
        assert_eq!(
            how_to_check(
                "TerminateTaskInstance",
                &json!({"JobId": "job-1", "TaskName": "a"})
            ),
            "`batchctl api DescribeTask --JobId job-1 --TaskName a`"
        );
    }
}
