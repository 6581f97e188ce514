//! Reading a request's main object, or its whole body, from a JSON or YAML file (`-`:
//! stdin), checked against the model; every problem names the file and the path in it.

use batch_api::validate::{Problem, ProblemKind, validate_object};
use batch_api::{Action, Type};
use serde_json::{Map, Value};

use crate::transport::error::Error;

/// Reads `source` (a path, or `-` for stdin) as JSON or YAML and returns members of a
/// request body of `action`:
///
/// - when `object` is an object of the model that one member of the request holds (e.g.
///   `NamedComputeEnv`, held by CreateComputeEnv's `ComputeEnv`), the file holds either
///   that object (checked whole, and returned under its member) or the whole request body;
/// - when `object` is the request itself (`action.input`), the file holds request members.
///
/// A whole body is checked member by member: members the command fills from its flags and
/// arguments (IDs, `Placement`) may be absent here; the caller checks the final body with
/// `validate_input` before sending.
pub fn read_body(source: &str, object: &str, action: &Action) -> Result<Value, Error> {
    let (name, text) = crate::domain::input_file::read(source, &mut std::io::stdin().lock())?;
    let doc = crate::domain::input_file::parse(&name, &text)?;
    if !doc.is_object() {
        return Err(Error::usage(format!(
            "{name}: expected a mapping of members, found {}",
            kind(&doc)
        )));
    }
    let input = batch_api::object(action.input)
        .ok_or_else(|| Error::Internal(format!("no model object {}", action.input)))?;
    let holder = input
        .members
        .iter()
        .find(|m| m.member == Some(object) && object != action.input);
    let bad = |p: Problem| Error::usage(format!("{name}: {p}"));
    match holder {
        Some(member) if doc.get(member.name).is_none() => {
            validate_object(object, &doc, "").map_err(bad)?;
            let mut body = Map::new();
            body.insert(member.name.to_string(), doc);
            Ok(Value::Object(body))
        }
        _ => {
            validate_members(action.input, &doc).map_err(bad)?;
            Ok(doc)
        }
    }
}

/// Checks each member present in `doc` against the object `object`, without asking for
/// the members that are absent.
fn validate_members(object: &str, doc: &Value) -> Result<(), Problem> {
    let Some(o) = batch_api::object(object) else {
        return Ok(());
    };
    let Value::Object(map) = doc else {
        return Ok(());
    };
    for (key, value) in map {
        if o.member(key).is_none() {
            return Err(Problem {
                kind: ProblemKind::Unknown,
                path: key.clone(),
                message: "unknown member".to_string(),
                suggestion: batch_api::suggest(key, o.members.iter().map(|m| m.name)),
            });
        }
        // A member alone: objects are checked whole; scalars and lists by their kind
        // here, and by validate_input again once the command has the whole body.
        let Some(m) = o.member(key) else { continue };
        match (m.ty, m.member) {
            (Type::Object, Some(sub)) => validate_object(sub, value, key)?,
            (Type::List, element) => {
                let Value::Array(items) = value else {
                    return Err(wrong(key, "a list", value));
                };
                for (i, item) in items.iter().enumerate() {
                    let path = format!("{key}[{i}]");
                    match element.and_then(batch_api::object) {
                        Some(sub) => validate_object(sub.name, item, &path)?,
                        None if item.is_object() || item.is_array() => {
                            return Err(wrong(&path, "a single value", item));
                        }
                        None => {}
                    }
                }
            }
            (Type::String, _) if !value.is_string() => return Err(wrong(key, "a string", value)),
            (Type::Int | Type::Float, _) if !value.is_number() => {
                return Err(wrong(key, "a number", value));
            }
            (Type::Bool, _) if !value.is_boolean() => return Err(wrong(key, "a boolean", value)),
            _ => {}
        }
    }
    Ok(())
}

fn wrong(path: &str, expected: &str, found: &Value) -> Problem {
    Problem {
        kind: ProblemKind::WrongType,
        path: path.to_string(),
        message: format!("expected {expected}, found {}", kind(found)),
        suggestion: None,
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "nothing",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a mapping",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn action(name: &str) -> &'static Action {
        batch_api::action(name).unwrap()
    }

    fn read(text: &str, object: &str, act: &str) -> Result<Value, Error> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("env.yaml");
        std::fs::write(&path, text).unwrap();
        read_body(path.to_str().unwrap(), object, action(act))
    }

    #[test]
    fn a_main_object_in_yaml_goes_under_its_member() {
        let body = read(
            "# a comment\nEnvName: demo\nDesiredComputeNodeCount: 2\n",
            "NamedComputeEnv",
            "CreateComputeEnv",
        )
        .unwrap();
        assert_eq!(
            body,
            serde_json::json!({"ComputeEnv": {"EnvName": "demo", "DesiredComputeNodeCount": 2}})
        );
    }

    #[test]
    fn a_whole_body_is_kept_and_may_leave_out_what_flags_give() {
        let body = read(
            r#"{"ComputeEnv": {"EnvName": "d", "DesiredComputeNodeCount": 1}}"#,
            "NamedComputeEnv",
            "CreateComputeEnv",
        )
        .unwrap();
        assert!(body.get("ComputeEnv").is_some());
        assert!(body.get("Placement").is_none());
    }

    #[test]
    fn problems_name_the_file_and_the_path() {
        let e = read(
            "EnvName: d\nDesiredComputeNodeCount: 1\nEnvDat: {}\n",
            "NamedComputeEnv",
            "CreateComputeEnv",
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("env.yaml: EnvDat: unknown member"), "{e}");
        assert!(e.contains("did you mean EnvData?"), "{e}");
        let e = read("EnvName: d\n", "NamedComputeEnv", "CreateComputeEnv")
            .unwrap_err()
            .to_string();
        assert!(e.contains("DesiredComputeNodeCount"), "{e}");
        let e = read(
            "TaskTemplateName: t\nTaskTemplateInfo: 3\n",
            "CreateTaskTemplateRequest",
            "CreateTaskTemplate",
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("TaskTemplateInfo"), "{e}");
    }

    #[test]
    fn not_a_mapping_or_not_parseable_is_a_usage_error() {
        let e = read("- a\n- b\n", "NamedComputeEnv", "CreateComputeEnv").unwrap_err();
        assert_eq!(e.exit_code(), 2);
        let e = read("{\"EnvName\": ", "NamedComputeEnv", "CreateComputeEnv").unwrap_err();
        assert!(e.to_string().contains("not valid JSON"), "{e}");
    }
}
