//! The contract's limits that the model's types do not say, checked before anything is
//! sent (a usage error, exit 2), whichever command built the body:
//!
//! | limit | where |
//! |---|---|
//! | `Limit` 1 to the action's largest page (`DescribeJobs` 100, `DescribeTask` 1000, `DescribeTaskLogs` 10 …), `Offset` not negative | every action that pages |
//! | `ClientToken` at most [`MAX_CLIENT_TOKEN`] ASCII characters | every action made idempotent by one |
//! | at least one task; each `TaskInstanceNum` 1 to [`MAX_TASK_INSTANCES`] | SubmitJob |
//! | task names unique, an unnamed task counting as `task-N` (its place, from 1), as the service names it | SubmitJob |

use batch_api::{Action, Retry};
use serde_json::Value;

use super::error::{Error, cut, printable};

/// The longest `ClientToken` the service accepts.
pub const MAX_CLIENT_TOKEN: usize = 64;

/// The most instances one task may ask for.
pub const MAX_TASK_INSTANCES: u64 = 10_000;

/// Checks `body` of `action` against the limits above: a usage error naming the action.
pub fn check(action: &Action, body: &Value) -> Result<(), Error> {
    problem(action, body).map_err(|m| Error::usage(format!("{}: {m}", action.name)))
}

/// What breaks a limit above, if anything, as a message naming the member.
pub fn problem(action: &Action, body: &Value) -> Result<(), String> {
    let fail = |message: String| Err(message);
    if let Some(paging) = &action.paging {
        if let Some(limit) = body.get(paging.limit).filter(|v| !v.is_null()) {
            let ok = limit
                .as_i64()
                .is_some_and(|n| n >= 1 && n as u64 <= paging.max_limit);
            if !ok {
                return fail(format!(
                    "{} must be 1 to {}, not {}",
                    paging.limit,
                    paging.max_limit,
                    cut(&limit.to_string())
                ));
            }
        }
        if let Some(offset) = body.get(paging.offset).filter(|v| !v.is_null())
            && offset.as_i64().is_some_and(|n| n < 0)
        {
            return fail(format!(
                "{} must not be negative, not {offset}",
                paging.offset
            ));
        }
    }
    if let Retry::Token(member) = action.retry
        && let Some(Value::String(token)) = body.get(member)
        && (token.chars().count() > MAX_CLIENT_TOKEN || !token.is_ascii())
    {
        return fail(format!(
            "{member} must be at most {MAX_CLIENT_TOKEN} ASCII characters, not '{}' ({} characters)",
            cut(&printable(token)),
            token.chars().count()
        ));
    }
    if action.name == batch_api::ActionId::SubmitJob.name()
        && let Some(job) = body.get("Job")
    {
        check_tasks(job)?;
    }
    Ok(())
}

/// The name the service gives the task at `index` (from 0) of a job.
pub fn task_name(task: &Value, index: usize) -> String {
    match task.get("TaskName").and_then(Value::as_str) {
        Some(name) => name.to_string(),
        None => format!("task-{}", index + 1),
    }
}

/// SubmitJob's tasks: at least one, each asking for 1 to 10000 instances, no name twice
/// (an unnamed task counting as `task-N`).
fn check_tasks(job: &Value) -> Result<(), String> {
    let Some(Value::Array(tasks)) = job.get("Tasks") else {
        return Ok(());
    };
    if tasks.is_empty() {
        return Err("Job.Tasks is empty: a job runs at least one task".to_string());
    }
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (i, task) in tasks.iter().enumerate() {
        if let Some(n) = task.get("TaskInstanceNum").filter(|v| !v.is_null())
            && !n
                .as_u64()
                .is_some_and(|n| (1..=MAX_TASK_INSTANCES).contains(&n))
        {
            return Err(format!(
                "Job.Tasks[{i}].TaskInstanceNum must be 1 to {MAX_TASK_INSTANCES}, not {}",
                cut(&n.to_string())
            ));
        }
        let name = task_name(task, i);
        if let Some(first) = seen.insert(name.clone(), i) {
            let unnamed = |at: usize| {
                if tasks[at].get("TaskName").and_then(Value::as_str).is_none() {
                    " (a task without TaskName is named task-N, N its place from 1)"
                } else {
                    ""
                }
            };
            let why = if unnamed(i).is_empty() {
                unnamed(first)
            } else {
                unnamed(i)
            };
            return Err(format!(
                "Job.Tasks[{i}] is named '{}', as Job.Tasks[{first}] is{why}; give each task its own TaskName",
                cut(&printable(&name))
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn action(name: &str) -> &'static Action {
        batch_api::action(name).unwrap()
    }

    #[test]
    fn limits_are_checked_by_the_action_s_page() {
        let jobs = action("DescribeJobs");
        for bad in [0, -1, 101] {
            let e = check(jobs, &json!({"Limit": bad})).unwrap_err().to_string();
            assert!(e.contains("Limit must be 1 to 100"), "{e}");
        }
        assert!(check(jobs, &json!({"Limit": 100, "Offset": 0})).is_ok());
        assert!(check(jobs, &json!({"Offset": -1})).is_err());
        let task = action("DescribeTask");
        assert!(check(task, &json!({"Limit": 1000})).is_ok());
        assert!(check(task, &json!({"Limit": 1001})).is_err());
        let logs = action("DescribeTaskLogs");
        assert!(check(logs, &json!({"Limit": 11})).is_err());
    }

    #[test]
    fn tasks_and_tokens_are_checked() {
        let submit = action("SubmitJob");
        let e = check(submit, &json!({"Job": {"Tasks": []}})).unwrap_err();
        assert!(e.to_string().contains("Job.Tasks is empty"), "{e}");
        let e = check(
            submit,
            &json!({"Job": {"Tasks": [{"TaskInstanceNum": 10001}]}}),
        )
        .unwrap_err();
        assert!(e.to_string().contains("1 to 10000, not 10001"), "{e}");
        assert!(
            check(
                submit,
                &json!({"Job": {"Tasks": [{"TaskInstanceNum": 10000}]}})
            )
            .is_ok()
        );
        let e = check(
            submit,
            &json!({"Job": {"Tasks": [{"TaskName": "x"}, {"TaskName": "task-1"}, {}]}}),
        );
        assert!(e.is_ok(), "the unnamed third task is task-3");
        let e = check(
            submit,
            &json!({"Job": {"Tasks": [{}, {"TaskName": "task-1"}]}}),
        )
        .unwrap_err()
        .to_string();
        assert!(
            e.contains("Job.Tasks[1] is named 'task-1', as Job.Tasks[0] is"),
            "{e}"
        );
        let e = check(submit, &json!({"ClientToken": "a".repeat(65)})).unwrap_err();
        assert!(e.to_string().contains("at most 64 ASCII"), "{e}");
        assert!(check(submit, &json!({"ClientToken": "a".repeat(64)})).is_ok());
    }
}
