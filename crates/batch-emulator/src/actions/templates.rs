//! The task-template actions: CreateTaskTemplate (`task-tmpl-…`), DescribeTaskTemplates
//! (IDs or filters `task-template-name`, `tag-key`, `tag-value`, `tag:KEY`, not both;
//! paged 20, 1 to 100; newest first), ModifyTaskTemplate (name, description, `Task`
//! replaced when given) and DeleteTaskTemplates (every ID must exist, else
//! `ResourceNotFound.TaskTemplate` and nothing is deleted).

use serde_json::{Map, Value, json};

use super::call::Ctx;
use super::envs::{filters, page, text};
use super::limits::{self, Text};
use crate::errors::{self, ApiError};
use crate::state::SharedWorld;
use crate::state::envs::new_id;
use crate::state::templates::Template;

fn answer(v: Value) -> Map<String, Value> {
    match v {
        Value::Object(m) => m,
        _ => Map::new(),
    }
}

/// The limits of a template's name, description and task.
fn check(body: &Value) -> Result<(), ApiError> {
    let name = "TaskTemplateName";
    limits::text(body, name, name, Text::TemplateName)?;
    let description = "TaskTemplateDescription";
    limits::text(body, description, description, Text::TemplateDescription)?;
    if let Some(info) = body.get("TaskTemplateInfo").filter(|t| t.is_object()) {
        limits::task(info, "TaskTemplateInfo", true)?;
    }
    Ok(())
}

pub fn create(shared: &SharedWorld, ctx: &Ctx<'_>) -> Result<Map<String, Value>, ApiError> {
    let body = ctx.body;
    let name = text(body, "TaskTemplateName")?.to_string();
    let info = body
        .get("TaskTemplateInfo")
        .filter(|t| t.is_object())
        .cloned()
        .ok_or_else(|| errors::missing_parameter("TaskTemplateInfo"))?;
    check(body)?;
    limits::tags(body, "Tags")?;
    let mut world = shared.lock();
    let now = world.now_ms();
    let id = loop {
        let id = new_id("task-tmpl");
        if !world.fleet().templates.iter().any(|t| t.id == id) {
            break id;
        }
    };
    world.fleet_mut().templates.push(Template {
        id: id.clone(),
        name,
        description: body
            .get("TaskTemplateDescription")
            .and_then(Value::as_str)
            .map(str::to_string),
        info,
        created: now,
        tags: body
            .get("Tags")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default(),
    });
    world.changed();
    Ok(answer(json!({ "TaskTemplateId": id })))
}

pub fn describe(shared: &SharedWorld, ctx: &Ctx<'_>) -> Result<Map<String, Value>, ApiError> {
    let body = ctx.body;
    let ids: Vec<&str> = body
        .get("TaskTemplateIds")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    let filters = filters(body, &["task-template-name", "tag-key", "tag-value"])?;
    if !ids.is_empty() && !filters.is_empty() {
        return Err(errors::combination_of("TaskTemplateIds", "Filters"));
    }
    let (offset, limit) = page(body)?;
    let world = shared.lock();
    let selected: Vec<&Template> = world
        .fleet()
        .templates
        .iter()
        .rev()
        .filter(|t| ids.is_empty() || ids.contains(&t.id.as_str()))
        .filter(|t| filters.iter().all(|(n, v)| t.matches(n, v)))
        .collect();
    let set: Vec<Value> = selected
        .iter()
        .skip(offset)
        .take(limit)
        .map(|t| t.view())
        .collect();
    Ok(answer(
        json!({ "TaskTemplateSet": set, "TotalCount": selected.len() }),
    ))
}

pub fn modify(shared: &SharedWorld, ctx: &Ctx<'_>) -> Result<Map<String, Value>, ApiError> {
    let body = ctx.body;
    let id = text(body, "TaskTemplateId")?;
    check(body)?;
    let mut world = shared.lock();
    let template = world
        .fleet_mut()
        .templates
        .iter_mut()
        .find(|t| t.id == id)
        .ok_or_else(|| errors::template_not_found(id))?;
    if let Some(name) = body.get("TaskTemplateName").and_then(Value::as_str) {
        template.name = name.to_string();
    }
    if let Some(d) = body.get("TaskTemplateDescription").and_then(Value::as_str) {
        template.description = Some(d.to_string());
    }
    if let Some(info) = body.get("TaskTemplateInfo").filter(|t| t.is_object()) {
        template.info = info.clone();
    }
    world.changed();
    Ok(Map::new())
}

pub fn delete(shared: &SharedWorld, ctx: &Ctx<'_>) -> Result<Map<String, Value>, ApiError> {
    let ids: Vec<&str> = ctx
        .body
        .get("TaskTemplateIds")
        .and_then(Value::as_array)
        .ok_or_else(|| errors::missing_parameter("TaskTemplateIds"))?
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let mut world = shared.lock();
    let fleet = world.fleet_mut();
    if let Some(missing) = ids
        .iter()
        .find(|id| !fleet.templates.iter().any(|t| t.id == **id))
    {
        return Err(errors::template_not_found(missing));
    }
    fleet.templates.retain(|t| !ids.contains(&t.id.as_str()));
    world.changed();
    Ok(Map::new())
}
