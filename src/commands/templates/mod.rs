//! `batchctl templates …`: task templates (list, view, create, modify, delete), and in
//! [`apply`] what `jobs submit --env/--template` does to a job.

pub mod apply;

use batch_api::ActionId;
use batch_api::lists;
use std::io::{self, BufWriter, Write};

use serde_json::{Value, json};

use super::resources::{call, listing, show};
use crate::cli::config::Config;
use crate::cli::resources::{TemplatesCommand, TemplatesCreateArgs, TemplatesModifyArgs};
use crate::domain::body_file;
use crate::transport::error::Error;

pub fn run(config: &Config, command: &TemplatesCommand) -> Result<(), Error> {
    match command {
        TemplatesCommand::List(a) => {
            let filters = listing::filters(&[("task-template-name", &a.name)], Some(&a.tags));
            let body = listing::with_filters(json!({}), filters);
            let drawn = listing::Drawn {
                table: &super::resources::columns::TEMPLATES,
                columns: a.columns.as_deref(),
                enrich: None,
            };
            listing::run_drawn(
                config,
                ActionId::DescribeTaskTemplates,
                body,
                &a.paging,
                Some(drawn),
            )
        }
        TemplatesCommand::View(a) => view(config, &a.id),
        TemplatesCommand::Create(a) => create(config, a),
        TemplatesCommand::Modify(a) => modify(config, a),
        TemplatesCommand::Delete(a) => {
            let mut out = BufWriter::new(io::stdout().lock());
            let body = json!({ "TaskTemplateIds": a.ids });
            if let Some(answer) =
                call::once(config, ActionId::DeleteTaskTemplates, &body, &mut out)?
            {
                let done = format!("deleted {}", a.ids.join(", "));
                show::written(&answer, None, &done, config, &mut out)?;
            }
            out.flush()?;
            Ok(())
        }
    }
}

/// The template named `id` from a DescribeTaskTemplates answer, with the answer's
/// RequestId; `ResourceNotFound.TaskTemplate` (exit 3) when the answer does not hold it.
pub fn template_in(answer: &Value, id: &str) -> Result<Value, Error> {
    let found = answer
        .get(lists::TASK_TEMPLATE_SET)
        .and_then(Value::as_array)
        .and_then(|set| {
            set.iter()
                .find(|t| t.get("TaskTemplateId") == Some(&json!(id)))
        });
    match found {
        Some(t) => Ok(t.clone()),
        None => Err(Error::service(
            "ResourceNotFound.TaskTemplate",
            &format!("no task template {id}"),
            answer
                .get("RequestId")
                .and_then(Value::as_str)
                .unwrap_or(""),
        )),
    }
}

/// json/yaml: the template (TaskTemplateView) as received, with the answer's RequestId;
/// table: member/value rows.
fn view(config: &Config, id: &str) -> Result<(), Error> {
    let mut out = BufWriter::new(io::stdout().lock());
    let body = json!({ "TaskTemplateIds": [id] });
    let Some(answer) = call::once(config, ActionId::DescribeTaskTemplates, &body, &mut out)? else {
        return Ok(());
    };
    let mut template = template_in(&answer, id)?;
    if let (Value::Object(m), Some(rid)) = (&mut template, answer.get("RequestId")) {
        m.insert("RequestId".to_string(), rid.clone());
    }
    show::object(&template, &show::options(config), &mut out)
}

fn create(config: &Config, a: &TemplatesCreateArgs) -> Result<(), Error> {
    let action = ActionId::CreateTaskTemplate.action();
    let mut body = body_file::read_body(&a.file, action.input, action)?;
    if let Some(name) = &a.name {
        body["TaskTemplateName"] = json!(name);
    }
    let mut out = BufWriter::new(io::stdout().lock());
    if let Some(answer) = call::once(config, ActionId::CreateTaskTemplate, &body, &mut out)? {
        show::written(&answer, Some("TaskTemplateId"), "created", config, &mut out)?;
    }
    out.flush()?;
    Ok(())
}

fn modify(config: &Config, a: &TemplatesModifyArgs) -> Result<(), Error> {
    let action = ActionId::ModifyTaskTemplate.action();
    let mut body = match &a.file {
        Some(file) => body_file::read_body(file, action.input, action)?,
        None => json!({}),
    };
    body["TaskTemplateId"] = json!(a.id);
    if let Some(name) = &a.name {
        body["TaskTemplateName"] = json!(name);
    }
    if let Some(d) = &a.description {
        body["TaskTemplateDescription"] = json!(d);
    }
    if body.as_object().is_some_and(|m| m.len() == 1) {
        return Err(Error::usage(
            "nothing to change: give --name, --description or -f FILE",
        ));
    }
    let mut out = BufWriter::new(io::stdout().lock());
    if let Some(answer) = call::once(config, ActionId::ModifyTaskTemplate, &body, &mut out)? {
        show::written(
            &answer,
            None,
            &format!("modified {}", a.id),
            config,
            &mut out,
        )?;
    }
    out.flush()?;
    Ok(())
}
