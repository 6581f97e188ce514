//! `batchctl templates …`: task templates (list, view, create, modify, delete), and in
//! [`apply`] what `jobs submit --env/--template` does to a job.

pub mod apply;

use batch_api::ActionId;
use batch_api::lists;
use std::io::{self, BufWriter, Write};

use serde_json::{Value, json};

use super::resources::sections::Sections;
use super::resources::{call, listing, show};
use crate::cli::config::Config;
use crate::cli::resources::{TemplatesCommand, TemplatesCreateArgs, TemplatesModifyArgs};
use crate::domain::body_file;
use crate::output::resource_columns::{self as columns, at};
use crate::output::{Format, OutputOptions};
use crate::transport::error::Error;

pub fn run(config: &Config, command: &TemplatesCommand) -> Result<(), Error> {
    match command {
        TemplatesCommand::List(a) => {
            let filters = listing::filters(&[("task-template-name", &a.name)], Some(&a.tags));
            let body = listing::with_filters(json!({}), filters);
            let drawn = listing::Drawn {
                table: &columns::TEMPLATES,
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
        TemplatesCommand::Init => {
            crate::commands::init::run(config, crate::commands::init::Kind::Template)
        }
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
/// table: the template and its task in sections; jsonl/csv: one row.
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
    let opts = show::options(config);
    if show::whole(&opts) || !matches!(opts.format, Format::Table | Format::Wide) {
        return show::object(&template, &opts, &mut out);
    }
    write_view(&template, &opts, &mut out)?;
    out.flush()?;
    Ok(())
}

/// The people's view of a template: who it is, then its task (what runs, where, with
/// which settings, where its output goes). Secrets (Docker passwords, authentications)
/// are never shown.
pub fn write_view(t: &Value, opts: &OutputOptions, out: &mut dyn Write) -> Result<(), Error> {
    let mut s = Sections {
        out,
        width: opts.width,
    };
    s.field(0, "Template", &at(t, "TaskTemplateId"))?;
    s.field(0, "Name", &at(t, "TaskTemplateName"))?;
    s.field(0, "Description", &at(t, "TaskTemplateDescription"))?;
    s.field(
        0,
        "Created",
        &crate::commands::envs::stamp(&at(t, "CreateTime"), opts),
    )?;
    s.field(0, "Tags", &columns::tags(t))?;
    let Some(task) = t.get("TaskTemplateInfo").filter(|v| v.is_object()) else {
        return Ok(());
    };
    s.title("Task:")?;
    s.field(2, "Name", &at(task, "TaskName"))?;
    s.field(2, "Instances", &at(task, "TaskInstanceNum"))?;
    let app = task.get("Application").cloned().unwrap_or(Value::Null);
    let commands: Vec<String> = app
        .get("Commands")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|c| at(c, "Command"))
        .collect();
    s.field(2, "Command", &at(&app, "Command"))?;
    for c in &commands {
        s.field(2, "Command", c)?;
    }
    let delivery = match at(&app, "PackagePath") {
        p if p.is_empty() => at(&app, "DeliveryForm"),
        p => format!("{} from {p}", at(&app, "DeliveryForm")),
    };
    s.field(2, "Delivery", &delivery)?;
    if let Some(docker) = app.get("Docker").filter(|d| d.is_object()) {
        let server = at(docker, "Server");
        let image = match server.is_empty() {
            true => at(docker, "Image"),
            false => format!("{} on {server}", at(docker, "Image")),
        };
        s.field(2, "Docker image", &image)?;
        s.field(2, "Docker run", &at(docker, "DockerRunOption"))?;
    }
    let runs_on = match at(task, "EnvId") {
        id if !id.is_empty() => format!("environment {id}"),
        _ => match task.get("ComputeEnv") {
            Some(env) => {
                let data = env.get("EnvData");
                let image = data.map(|d| at(d, "ImageId")).unwrap_or_default();
                let mut text = format!("{} {}", at(env, "EnvType"), columns::instance_type(data));
                if !image.is_empty() {
                    text.push_str(&format!(", image {image}"));
                }
                text.trim().to_string()
            }
            None => String::new(),
        },
    };
    s.field(2, "Runs on", &runs_on)?;
    let seconds = |m: &str| match at(task, m) {
        v if v.is_empty() => v,
        v => format!("{v} s"),
    };
    s.field(2, "Timeout", &seconds("Timeout"))?;
    s.field(2, "Retries", &at(task, "MaxRetryCount"))?;
    s.field(2, "Node retries", &at(task, "ResourceMaxRetryCount"))?;
    s.field(2, "Concurrency", &at(task, "MaxConcurrentNum"))?;
    s.field(2, "On failure", &at(task, "FailedAction"))?;
    s.field(2, "Restart node", &at(task, "RestartComputeNode"))?;
    let redirect = task.get("RedirectInfo").cloned().unwrap_or(Value::Null);
    let path = |dir: String, file: String| match (dir.is_empty(), file.is_empty()) {
        (true, _) => String::new(),
        (false, true) => dir,
        (false, false) => format!("{}/{file}", dir.trim_end_matches('/')),
    };
    s.field(
        2,
        "Stdout to",
        &path(
            at(&redirect, "StdoutRedirectPath"),
            at(&redirect, "StdoutRedirectFileName"),
        ),
    )?;
    s.field(
        2,
        "Stderr to",
        &path(
            at(&redirect, "StderrRedirectPath"),
            at(&redirect, "StderrRedirectFileName"),
        ),
    )?;
    let mappings = |member: &str| -> Vec<String> {
        task.get(member)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|m| format!("{} -> {}", at(m, "SourcePath"), at(m, "DestinationPath")))
            .collect()
    };
    for m in mappings("InputMappings") {
        s.field(2, "Input", &m)?;
    }
    for m in mappings("OutputMappings") {
        s.field(2, "Output", &m)?;
    }
    let vars: Vec<String> = task
        .get("EnvVars")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|v| format!("{}={}", at(v, "Name"), at(v, "Value")))
        .collect();
    if !vars.is_empty() {
        s.title("  Environment variables:")?;
        for v in vars {
            s.line(4, &v)?;
        }
    }
    Ok(())
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
