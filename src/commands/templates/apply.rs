//! What `jobs submit --env ENV` and `jobs submit --template ID` do to the job before it
//! is sent: the API takes no template ID, so the template's task is fetched and used.

use batch_api::ActionId;
use serde_json::{Value, json};

use crate::transport::client::Client;
use crate::transport::error::Error;

/// Puts every task of `job` on the compute environment `env_id`: sets `EnvId` and
/// removes `ComputeEnv` (the service takes one or the other). `job` is the `Job` object
/// or a whole SubmitJob body holding it.
pub fn use_env(job: &mut Value, env_id: &str) {
    let job = if job.get("Job").is_some() {
        &mut job["Job"]
    } else {
        job
    };
    if let Some(Value::Array(tasks)) = job.get_mut("Tasks") {
        for task in tasks.iter_mut() {
            if let Value::Object(t) = task {
                // shift_remove keeps the task's member order (remove swaps the last one in).
                t.shift_remove("ComputeEnv");
                t.insert("EnvId".to_string(), json!(env_id));
            }
        }
    }
}

/// The task of the template `template_id` (its `TaskTemplateInfo`), to be the job's task;
/// `ResourceNotFound.TaskTemplate` (exit 3) when there is no such template.
pub fn task_from_template(client: &Client, template_id: &str) -> Result<Value, Error> {
    let answer = crate::transport::invoke::call_value(
        client,
        ActionId::DescribeTaskTemplates,
        json!({ "TaskTemplateIds": [template_id] }),
    )?;
    task_in(&answer, template_id)
}

/// The template's task from a DescribeTaskTemplates answer.
pub fn task_in(answer: &Value, template_id: &str) -> Result<Value, Error> {
    let template = super::template_in(answer, template_id)?;
    template
        .get("TaskTemplateInfo")
        .filter(|t| t.is_object())
        .cloned()
        .ok_or_else(|| {
            Error::Network(format!(
                "the answer for template {template_id} holds no TaskTemplateInfo"
            ))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn use_env_sets_env_id_and_drops_compute_env_on_every_task() {
        let mut body = json!({"Job": {"Tasks": [
            {"TaskName": "a", "ComputeEnv": {"EnvType": "MANAGED"}},
            {"TaskName": "b", "EnvId": "env-old"}
        ]}});
        use_env(&mut body, "env-12345678");
        for task in body["Job"]["Tasks"].as_array().unwrap() {
            assert_eq!(task["EnvId"], "env-12345678");
            assert!(task.get("ComputeEnv").is_none());
        }
        let mut job = json!({"Tasks": [{"TaskName": "a", "ComputeEnv": {}}]});
        use_env(&mut job, "env-x");
        assert_eq!(job["Tasks"][0], json!({"TaskName": "a", "EnvId": "env-x"}));
    }

    #[test]
    fn the_template_task_is_its_task_template_info() {
        let answer = json!({"TotalCount": 1, "TaskTemplateSet": [
            {"TaskTemplateId": "task-tmpl-1", "TaskTemplateInfo": {"TaskName": "render"}}
        ], "RequestId": "r"});
        assert_eq!(
            task_in(&answer, "task-tmpl-1").unwrap(),
            json!({"TaskName": "render"})
        );
    }

    #[test]
    fn an_unknown_template_exits_3() {
        let answer = json!({"TotalCount": 0, "TaskTemplateSet": [], "RequestId": "r"});
        let e = task_in(&answer, "task-tmpl-none").unwrap_err();
        assert_eq!(e.exit_code(), 3);
        assert!(e.to_string().contains("task-tmpl-none"), "{e}");
    }
}
