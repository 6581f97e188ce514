//! tccli's parameter syntax → a request body: `--Member VALUE` per member, converted by
//! the member's type in the model (strings as given; integers, floats and booleans parsed
//! as tccli does; lists and objects as JSON text); dotted names set members inside objects
//! (`--Placement.Zone`), numeric parts index lists (`--Job.Tasks.0.TaskName`);
//! `--cli-input-json` gives the whole body first. Members end up in the model's order,
//! as the official SDK serialises them, so both tools send the same bytes.

use batch_api::{Action, Member, Type};
use serde_json::{Map, Value};

use crate::transport::error::Error;

/// The body of `action` from an optional base (`--cli-input-json`) and the flags, in
/// the order given (a later flag replaces an earlier one's value).
pub fn build_body(
    action: &Action,
    base: Option<Value>,
    params: &[(String, String)],
) -> Result<Value, Error> {
    let mut body = match base {
        None => Value::Object(Map::new()),
        Some(v @ Value::Object(_)) => v,
        Some(_) => {
            return Err(Error::usage(
                "--cli-input-json: the request body must be a JSON object",
            ));
        }
    };
    for (name, text) in params {
        set(action, &mut body, name, text)?;
    }
    Ok(in_model_order(action.input, body))
}

/// Sets the (possibly dotted) parameter `name` to `text` converted by its type.
fn set(action: &Action, body: &mut Value, name: &str, text: &str) -> Result<(), Error> {
    let flag = format!("--{name}");
    let parts: Vec<&str> = name.split('.').collect();
    if parts.iter().any(|p| p.is_empty()) {
        return Err(Error::usage(format!("{flag}: empty part in a dotted name")));
    }
    // Walk the schema along the path: each step is a member of an object, or an index
    // into a list of objects or values.
    let mut object = Some(action.input);
    let mut element: Option<&'static str> = None;
    let mut leaf: Option<Leaf> = None;
    let mut path = String::new();
    for (i, part) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        if let Some(list_of) = element.take() {
            if !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(Error::usage(format!(
                    "{flag}: {path} is a list: the next part must be an index (0, 1, …), not '{part}'"
                )));
            }
            if part.parse::<usize>().is_err() {
                return Err(Error::usage(format!(
                    "{flag}: index {part} of {path} is out of range: no list holds that many items"
                )));
            }
            path.push_str(&format!(".{part}"));
            if let Some(obj) = batch_api::object(list_of) {
                object = Some(obj.name);
                leaf = Some(Leaf::Object);
            } else {
                object = None;
                leaf = Some(if list_of == "uint64" {
                    Leaf::Unsigned
                } else {
                    Leaf::Scalar(scalar_type(list_of))
                });
            }
            continue;
        }
        let Some(object_name) = object else {
            return Err(Error::usage(format!(
                "{flag}: {path} is not an object, it has no member '{part}'"
            )));
        };
        let Some(schema) = batch_api::object(object_name) else {
            return Err(Error::Internal(format!(
                "the model has no object {object_name}"
            )));
        };
        let Some(member) = schema.member(part) else {
            let names: Vec<&str> = schema.members.iter().map(|m| m.name).collect();
            let place = if path.is_empty() {
                action.name.to_string()
            } else {
                path.clone()
            };
            let hint = batch_api::suggest(part, names.iter().copied())
                .map(|s| {
                    let mut full = path.clone();
                    if !full.is_empty() {
                        full.push('.');
                    }
                    full.push_str(&s);
                    format!(" (did you mean --{full}?)")
                })
                .unwrap_or_default();
            return Err(Error::usage(format!(
                "{flag}: unknown parameter: {place} has no member '{part}'{hint}; `batchctl api {} --help` lists them",
                action.name
            )));
        };
        if !path.is_empty() {
            path.push('.');
        }
        path.push_str(member.name);
        leaf = Some(Leaf::of(member));
        object = None;
        match member.ty {
            Type::Object => object = member.member,
            Type::List if !last => element = member.member,
            _ => {}
        }
    }
    let value = match leaf {
        Some(leaf) => leaf.convert(&flag, text)?,
        None => return Err(Error::usage(format!("{flag}: no such parameter"))),
    };
    insert(body, &parts, value, &flag)
}

/// How a parameter's text becomes a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Leaf {
    Scalar(Type),
    /// An integer the model says is never negative (`uint64`).
    Unsigned,
    Object,
}

impl Leaf {
    fn of(member: &Member) -> Leaf {
        match member.ty {
            Type::Object | Type::List => Leaf::Object,
            Type::Int if member.format == Some(batch_api::schema::Format::Uint64) => Leaf::Unsigned,
            ty => Leaf::Scalar(ty),
        }
    }

    /// tccli's conversions: `int(text)`, `float(text)`, true/t/1 and false/f/0 (any
    /// case), JSON for lists and objects; strings as given. A number that is no integer
    /// of the model's range (`1.5`, `-1` for a count, 2^64) is kept, for the model's
    /// check to word it as it words the same number in a file.
    fn convert(self, flag: &str, text: &str) -> Result<Value, Error> {
        let bad = |what: &str| Error::usage(format!("{flag}: '{text}' is not {what}"));
        match self {
            Leaf::Scalar(Type::String) => Ok(Value::String(text.to_string())),
            Leaf::Scalar(Type::Int) | Leaf::Unsigned => {
                let t = text.trim();
                if let Ok(n) = t.parse::<i64>() {
                    Ok(Value::from(n))
                } else if let Ok(n) = t.parse::<u64>() {
                    Ok(Value::from(n))
                } else if let Ok(n) = serde_json::from_str::<serde_json::Number>(t) {
                    Ok(Value::Number(n))
                } else {
                    let expected = if self == Leaf::Unsigned {
                        "a non-negative integer"
                    } else {
                        "an integer"
                    };
                    Err(Error::usage(format!(
                        "{flag}: expected {expected}, found '{}'",
                        crate::transport::error::cut(&crate::transport::error::printable(text))
                    )))
                }
            }
            Leaf::Scalar(Type::Float) => text
                .trim()
                .parse::<f64>()
                .ok()
                .and_then(serde_json::Number::from_f64)
                .map(Value::Number)
                .ok_or_else(|| bad("a number")),
            Leaf::Scalar(Type::Bool) => match text.trim().to_ascii_lowercase().as_str() {
                "true" | "t" | "1" => Ok(Value::Bool(true)),
                "false" | "f" | "0" => Ok(Value::Bool(false)),
                _ => Err(bad("a boolean (true/false, t/f, 1/0)")),
            },
            // The one JSON reader of files too: a key twice is refused here as there.
            Leaf::Scalar(_) | Leaf::Object => {
                crate::domain::input_file::parse_json(text).map_err(|e| {
                    let what = if e.duplicate { "" } else { "malformed JSON: " };
                    Error::usage(format!("{flag}: {what}{}", e.message))
                })
            }
        }
    }
}

/// The element type of a list of scalars (`string`, `int64`, …) as a [`Type`].
fn scalar_type(name: &str) -> Type {
    match name {
        "int" | "int64" | "uint64" | "integer" => Type::Int,
        "float" | "double" => Type::Float,
        "bool" | "boolean" => Type::Bool,
        _ => Type::String,
    }
}

/// Puts `value` at `parts` in `body`, making the objects and lists on the way.
fn insert(body: &mut Value, parts: &[&str], value: Value, flag: &str) -> Result<(), Error> {
    let Some((first, rest)) = parts.split_first() else {
        *body = value;
        return Ok(());
    };
    if first.bytes().all(|b| b.is_ascii_digit()) {
        let index = first.parse::<usize>().map_err(|_| {
            Error::usage(format!(
                "{flag}: index {first} is out of range: no list holds that many items"
            ))
        })?;
        if !body.is_array() {
            *body = Value::Array(Vec::new());
        }
        let Value::Array(items) = body else {
            return Ok(());
        };
        if index > items.len() {
            let n = items.len();
            let held = match n {
                0 => "is empty".to_string(),
                1 => "holds 1 item".to_string(),
                n => format!("holds {n} items"),
            };
            return Err(Error::usage(format!(
                "{flag}: index {index} is out of range: the list {held}, so the next index is {n} (indexes start at 0 and go up by 1)"
            )));
        }
        if index == items.len() {
            items.push(if rest.is_empty() {
                Value::Null
            } else {
                Value::Object(Map::new())
            });
        }
        return insert(&mut items[index], rest, value, flag);
    }
    if !body.is_object() {
        *body = Value::Object(Map::new());
    }
    let Value::Object(map) = body else {
        return Ok(());
    };
    let slot = map
        .entry(first.to_string())
        .or_insert_with(|| Value::Object(Map::new()));
    insert(slot, rest, value, flag)
}

/// `value` (an instance of `object`) with its members in the model's order, at every
/// depth; members the model does not have stay, after the others (validation names them).
pub fn in_model_order(object: &str, value: Value) -> Value {
    let Some(schema) = batch_api::object(object) else {
        return value;
    };
    let Value::Object(mut map) = value else {
        return value;
    };
    let mut ordered = Map::new();
    for member in schema.members {
        if let Some(v) = map.shift_remove(member.name) {
            let v = match (member.ty, member.member) {
                (Type::Object, Some(inner)) => in_model_order(inner, v),
                (Type::List, Some(inner)) => match v {
                    Value::Array(items) => Value::Array(
                        items
                            .into_iter()
                            .map(|item| in_model_order(inner, item))
                            .collect(),
                    ),
                    other => other,
                },
                _ => v,
            };
            ordered.insert(member.name.to_string(), v);
        }
    }
    ordered.extend(map);
    Value::Object(ordered)
}

/// Reads `--cli-input-json`: `file://PATH` or `-` (stdin); a JSON object.
pub fn read_input_json(spec: &str, stdin: &mut dyn std::io::Read) -> Result<Value, Error> {
    use crate::domain::input_file;
    let source = if spec == "-" {
        "-"
    } else if let Some(path) = spec.strip_prefix("file://") {
        path
    } else {
        return Err(Error::usage(format!(
            "--cli-input-json '{}': give file://PATH, or - to read stdin",
            crate::transport::error::printable(spec)
        )));
    };
    // At most as much as a request file (the service takes less in a whole body).
    let (from, text) = input_file::read(source, stdin).map_err(|e| match e {
        Error::Usage(m) => Error::usage(format!("--cli-input-json: {m}")),
        other => other,
    })?;
    let value = input_file::parse_json(&text).map_err(|e| {
        let what = if e.duplicate { "" } else { "malformed JSON: " };
        Error::usage(format!("--cli-input-json ({from}): {what}{}", e.message))
    })?;
    if !value.is_object() {
        return Err(Error::usage(format!(
            "--cli-input-json ({from}): the request body must be a JSON object"
        )));
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn action(name: &str) -> Option<&'static Action> {
        // Without the generated tables (a stub) there is nothing to convert by.
        batch_api::action(name)
    }

    fn params(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn values_are_converted_by_the_member_type() {
        let Some(a) = action("DescribeJobs") else {
            return;
        };
        let body = build_body(
            a,
            None,
            &params(&[
                ("Limit", "5"),
                ("JobIds", r#"["job-aaaaaaaa"]"#),
                ("Offset", "0"),
            ]),
        )
        .unwrap();
        assert_eq!(
            body,
            json!({"JobIds": ["job-aaaaaaaa"], "Offset": 0, "Limit": 5})
        );
        // The model's order, as the SDK sends it, whatever the order on the command line.
        assert_eq!(
            serde_json::to_string(&body).unwrap(),
            r#"{"JobIds":["job-aaaaaaaa"],"Offset":0,"Limit":5}"#
        );
        let e = build_body(a, None, &params(&[("Limit", "five")])).unwrap_err();
        assert!(
            e.exit_code() == 2 && e.to_string().contains("--Limit"),
            "{e}"
        );
        let e = build_body(a, None, &params(&[("JobIds", "[job-a")])).unwrap_err();
        assert!(e.to_string().contains("--JobIds: malformed JSON"), "{e}");
        let filters = r#"[{"Name": "job-state", "Name": "job-name", "Values": ["x"]}]"#;
        let e = build_body(a, None, &params(&[("Filters", filters)])).unwrap_err();
        assert!(
            e.to_string()
                .contains("--Filters: the key 'Name' is given twice in [0]; keep one"),
            "{e}"
        );
    }

    #[test]
    fn dotted_names_set_members_inside_objects_and_lists() {
        let Some(a) = action("SubmitJob") else {
            return;
        };
        let base = json!({"Placement": {"Zone": "ap-guangzhou-2", "ProjectId": 0}, "Job": {"JobName": "a"}});
        let body = build_body(
            a,
            Some(base),
            &params(&[
                ("Placement.Zone", "ap-guangzhou-3"),
                ("Job.Tasks.0.TaskName", "t"),
                ("Job.Tasks.0.TaskInstanceNum", "2"),
                ("Job.Priority", "1"),
            ]),
        )
        .unwrap();
        assert_eq!(
            body["Placement"],
            json!({"Zone": "ap-guangzhou-3", "ProjectId": 0})
        );
        assert_eq!(
            body["Job"]["Tasks"],
            json!([{"TaskName": "t", "TaskInstanceNum": 2}])
        );
        assert_eq!(body["Job"]["Priority"], json!(1));
        let e = build_body(a, None, &params(&[("Placement.Zon", "x")])).unwrap_err();
        assert!(
            e.to_string().contains("did you mean --Placement.Zone?"),
            "{e}"
        );
        let e = build_body(a, None, &params(&[("Job.Tasks.1.TaskName", "x")])).unwrap_err();
        assert!(e.to_string().contains("start at 0"), "{e}");
    }

    /// A dotted parameter name: members of SubmitJob's body and of its objects, list
    /// indexes (small, large, beyond 2^64), and stray words.
    fn path_part() -> impl Strategy<Value = String> {
        prop_oneof![
            prop::sample::select(vec![
                "Job",
                "Tasks",
                "TaskName",
                "TaskInstanceNum",
                "Placement",
                "Zone",
                "Application",
                "Command",
                "Dependences",
                "StartTask",
                "Tags",
                "Key",
                "ClientToken",
                "Priority",
                "EnvData",
                "ComputeEnv",
            ])
            .prop_map(str::to_string),
            (0u64..3).prop_map(|n| n.to_string()),
            any::<u64>().prop_map(|n| n.to_string()),
            "[0-9]{20,30}",
            "[a-z]{1,6}",
        ]
    }

    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]
        #[test]
        fn any_parameter_path_is_set_or_refused_as_a_usage_error(
            paths in proptest::collection::vec(
                (
                    prop::sample::select(vec!["Job.Tasks", "Job.Dependences", "Job.Tags", "Job", "Placement"]),
                    proptest::collection::vec(path_part(), 0..4),
                    prop::sample::select(vec!["", "TaskName", "Key", "StartTask", "Command"]),
                )
                    .prop_map(|(start, rest, end)| {
                        std::iter::once(start.to_string())
                            .chain(rest)
                            .chain((!end.is_empty()).then(|| end.to_string()))
                            .collect::<Vec<_>>()
                            .join(".")
                    }),
                1..4,
            ),
            value in prop::sample::select(vec!["x", "1", "{}", "[]", "\"s\"", "[1"]),
        ) {
            let Some(a) = action("SubmitJob") else {
                return Ok(());
            };
            let pairs: Vec<(String, String)> =
                paths.iter().map(|p| (p.clone(), value.to_string())).collect();
            match build_body(a, None, &pairs) {
                Ok(body) => {
                    prop_assert!(body.is_object());
                    // A list stays a list, whatever index was given.
                    for list in ["Tasks", "Dependences", "Tags"] {
                        // (unless the list itself was given a value, which the model's
                        // check judges later)
                        if paths.contains(&format!("Job.{list}")) {
                            continue;
                        }
                        if let Some(v) = body.get("Job").and_then(|j| j.get(list)) {
                            prop_assert!(v.is_array(), "{}: {}", list, v);
                        }
                    }
                }
                Err(e) => {
                    prop_assert_eq!(e.exit_code(), 2);
                    let text = e.to_string();
                    prop_assert!(text.starts_with("--"), "{}", text);
                    prop_assert!(!text.contains("comes before"), "{}", text);
                }
            }
        }
    }

    #[test]
    fn booleans_take_tcclis_spellings() {
        for (text, want) in [
            ("true", true),
            ("T", true),
            ("1", true),
            ("False", false),
            ("0", false),
        ] {
            assert_eq!(
                Leaf::Scalar(Type::Bool).convert("--X", text).unwrap(),
                Value::Bool(want)
            );
        }
        assert!(Leaf::Scalar(Type::Bool).convert("--X", "yes").is_err());
        assert_eq!(
            Leaf::Scalar(Type::Float).convert("--X", "1.50").unwrap(),
            json!(1.5)
        );
    }

    #[test]
    fn input_json_must_be_a_file_or_stdin_holding_an_object() {
        let mut stdin = &b"{\"JobId\": \"job-1\"}"[..];
        assert_eq!(
            read_input_json("-", &mut stdin).unwrap(),
            json!({"JobId": "job-1"})
        );
        let mut stdin = &b"[1]"[..];
        assert!(read_input_json("-", &mut stdin).is_err());
        let mut stdin = &b"{"[..];
        let e = read_input_json("-", &mut stdin).unwrap_err();
        assert!(
            e.to_string()
                .contains("--cli-input-json (stdin): malformed JSON"),
            "{e}"
        );
        assert_eq!(
            read_input_json("job.json", &mut &b""[..])
                .unwrap_err()
                .exit_code(),
            2
        );
    }
}
