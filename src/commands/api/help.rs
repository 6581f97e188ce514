//! `batchctl api ACTION --help`: the action's parameters from the model's tables (name,
//! type, required), objects one level deep with deeper ones summarised by member names.
//! The help text is ours; the model's descriptions are not carried into the project.

use std::io::Write;

use batch_api::{Action, Format as MemberFormat, Kind, Member, Type};

use crate::transport::error::Error;

/// A member's type as shown: `string`, `int64`, `object Placement`, `list of Task` …
pub fn type_name(m: &Member) -> String {
    match m.ty {
        Type::String => match m.format {
            Some(MemberFormat::DatetimeIso) => "string (ISO 8601 time)".to_string(),
            _ => "string".to_string(),
        },
        Type::Int => match m.format {
            Some(MemberFormat::Uint64) => "uint64".to_string(),
            Some(MemberFormat::Int64) => "int64".to_string(),
            _ => "integer".to_string(),
        },
        Type::Float => "float".to_string(),
        Type::Bool => "bool".to_string(),
        Type::Object => format!("object {}", m.member.unwrap_or("?")),
        Type::List => format!("list of {}", m.member.unwrap_or("?")),
    }
}

/// The object a member holds (directly, or as list elements), if any.
fn object_of(m: &Member) -> Option<&'static batch_api::Object> {
    match m.ty {
        Type::Object | Type::List => m.member.and_then(batch_api::object),
        _ => None,
    }
}

/// Writes the help of `action`.
pub fn write(action: &Action, out: &mut dyn Write) -> Result<(), Error> {
    let kind = match action.kind {
        Kind::Read => "read",
        Kind::Write => "write",
    };
    writeln!(out, "{}: {}", action.name, action.summary)?;
    writeln!(out)?;
    let assumed = if action.rate_limit_assumed {
        " (assumed: no published figure)"
    } else {
        ""
    };
    writeln!(
        out,
        "A {kind}; {} requests per second{assumed}; {}; {}.",
        action.rate_limit,
        match action.paging {
            Some(p) => format!(
                "pages by {}/{} (--all fetches every page)",
                p.offset, p.limit
            ),
            None => "does not page".to_string(),
        },
        super::list::retry_rule(action.retry)
    )?;
    if let Some(command) = action.command {
        writeln!(out, "Curated command: batchctl {command}")?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "Usage: batchctl api {} [--Member VALUE]... [--cli-input-json file://PATH|-]{}",
        action.name,
        if action.paging.is_some() {
            " [--all]"
        } else {
            ""
        }
    )?;
    writeln!(out)?;
    let Some(input) = batch_api::object(action.input) else {
        writeln!(out, "(the model's tables are not available in this build)")?;
        return Ok(());
    };
    if input.members.is_empty() {
        writeln!(out, "No parameters.")?;
        return Ok(());
    }
    writeln!(out, "Parameters:")?;
    let mut rows: Vec<(String, String, bool)> = Vec::new();
    for m in input.members {
        rows.push((format!("--{}", m.name), type_name(m), m.required));
        if let Some(obj) = object_of(m) {
            let index = if m.ty == Type::List { ".N" } else { "" };
            for inner in obj.members {
                let mut ty = type_name(inner);
                if let Some(deeper) = object_of(inner) {
                    let names: Vec<&str> = deeper.members.iter().map(|d| d.name).collect();
                    let more = if names.len() > 4 { ", …" } else { "" };
                    ty = format!("{ty} ({}{more})", names[..names.len().min(4)].join(", "));
                }
                rows.push((format!("    {index}.{}", inner.name), ty, inner.required));
            }
        }
    }
    let width = rows.iter().map(|r| r.0.chars().count()).max().unwrap_or(0);
    let ty_width = rows
        .iter()
        .map(|r| r.1.chars().count().min(40))
        .max()
        .unwrap_or(0);
    for (name, ty, required) in rows {
        let req = if required { "required" } else { "" };
        let line = format!("  {name:<width$}  {ty:<ty_width$}  {req}");
        writeln!(out, "{}", line.trim_end())?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "Strings, numbers and booleans are given as text; lists and objects as JSON. A dotted\n\
         name sets a member inside an object (--Placement.Zone ap-guangzhou-3) and a number\n\
         picks a list element (--Job.Tasks.0.TaskName a). Required members inside an object\n\
         are required when the object is given."
    )?;
    out.flush()?;
    Ok(())
}
