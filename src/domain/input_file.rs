//! Request files given by users (`jobs submit -f`, `envs create -f`, `templates create -f`):
//! read from a path or stdin, JSON when the text is JSON, else YAML (comments allowed),
//! turned into JSON values with integers and decimals kept exactly as written. Every
//! problem names the file (and the path inside it where there is one).

use std::io::Read;

use serde_json::{Map, Number, Value};
use yaml_rust2::{Yaml, YamlLoader};

use crate::transport::error::Error;

/// The most bytes a request file may hold.
pub const MAX_FILE: u64 = 8 * 1024 * 1024;

/// The file's display name and text: `source` is a path, or `-` for `stdin`; at most
/// [`MAX_FILE`] bytes.
pub fn read(source: &str, stdin: &mut dyn Read) -> Result<(String, String), Error> {
    read_at_most(source, stdin, MAX_FILE)
}

/// [`read`] with a limit of `max` bytes: a larger file is a usage error saying so.
pub fn read_at_most(
    source: &str,
    stdin: &mut dyn Read,
    max: u64,
) -> Result<(String, String), Error> {
    let name = if source == "-" {
        "stdin".to_string()
    } else {
        crate::transport::error::printable(source)
    };
    let mut bytes = Vec::new();
    let read = if source == "-" {
        stdin.take(max + 1).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(source).and_then(|f| f.take(max + 1).read_to_end(&mut bytes))
    };
    read.map_err(|e| Error::usage(format!("{name}: cannot read: {e}")))?;
    if bytes.len() as u64 > max {
        return Err(Error::usage(format!(
            "{name}: larger than {}, the most batchctl reads",
            size_text(max)
        )));
    }
    let text = String::from_utf8(bytes)
        .map_err(|_| Error::usage(format!("{name}: cannot read: not UTF-8 text")))?;
    Ok((name, text))
}

fn size_text(bytes: u64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{} MiB", bytes / (1024 * 1024))
    } else {
        format!("{} KiB", bytes / 1024)
    }
}

/// JSON when the text looks like JSON, else YAML (comments allowed).
pub fn parse(name: &str, text: &str) -> Result<Value, Error> {
    let trimmed = text.trim_start();
    if trimmed.starts_with(['{', '[']) {
        let json_error = match serde_json::from_str::<Value>(text) {
            Ok(v) => return Ok(v),
            Err(e) => e,
        };
        // A YAML flow mapping also starts with '{'.
        if let Ok(v) = parse_yaml(name, text) {
            return Ok(v);
        }
        return Err(Error::usage(format!(
            "{name}: not valid JSON: {json_error}"
        )));
    }
    parse_yaml(name, text)
}

fn parse_yaml(name: &str, text: &str) -> Result<Value, Error> {
    let docs = YamlLoader::load_from_str(text)
        .map_err(|e| Error::usage(format!("{name}: not valid YAML: {e}")))?;
    match docs.len() {
        0 => Err(Error::usage(format!("{name}: the file is empty"))),
        1 => yaml_to_json(name, &docs[0], ""),
        _ => Err(Error::usage(format!(
            "{name}: holds {} YAML documents; give one",
            docs.len()
        ))),
    }
}

fn yaml_to_json(name: &str, y: &Yaml, path: &str) -> Result<Value, Error> {
    let at = |p: &str| {
        if p.is_empty() {
            String::new()
        } else {
            format!(" at {p}")
        }
    };
    Ok(match y {
        Yaml::Null => Value::Null,
        Yaml::Boolean(b) => Value::Bool(*b),
        Yaml::Integer(i) => Value::from(*i),
        Yaml::Real(text) => serde_json::from_str::<Number>(text)
            .map(Value::Number)
            .map_err(|_| {
                Error::usage(format!(
                    "{name}: '{text}'{} is not a number JSON can hold",
                    at(path)
                ))
            })?,
        Yaml::String(s) => Value::String(s.clone()),
        Yaml::Array(items) => Value::Array(
            items
                .iter()
                .enumerate()
                .map(|(i, item)| yaml_to_json(name, item, &format!("{path}[{i}]")))
                .collect::<Result<_, _>>()?,
        ),
        Yaml::Hash(hash) => {
            let mut map = Map::new();
            for (k, v) in hash {
                let key = match k {
                    Yaml::String(s) => s.clone(),
                    Yaml::Integer(i) => i.to_string(),
                    Yaml::Boolean(b) => b.to_string(),
                    Yaml::Real(r) => r.clone(),
                    _ => {
                        return Err(Error::usage(format!(
                            "{name}: a mapping key{} is not text",
                            at(path)
                        )));
                    }
                };
                let child = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                let value = yaml_to_json(name, v, &child)?;
                map.insert(key, value);
            }
            Value::Object(map)
        }
        Yaml::Alias(_) | Yaml::BadValue => {
            return Err(Error::usage(format!(
                "{name}: a value{} cannot be read (aliases are not supported)",
                at(path)
            )));
        }
    })
}
