//! Request files given by users (`jobs submit -f`, `envs create -f`, `templates create -f`):
//! read from a path or stdin, JSON when the text is JSON, else YAML (comments allowed),
//! turned into JSON values with integers and decimals kept exactly as written. Every
//! problem names the file (and the path inside it where there is one).

use std::io::Read;

use serde_json::{Map, Number, Value};
use yaml_rust2::Yaml;

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

/// The deepest a request file may nest (mappings and lists, aliases expanded).
pub const MAX_DEPTH: usize = 128;

/// The most values anchors and aliases may copy in one file.
pub const MAX_COPIES: usize = 100_000;

/// JSON when the text looks like JSON, else YAML (comments allowed). A UTF-8 byte order
/// mark at the start is skipped. The same rules hold in both: no key twice in a mapping,
/// at most [`MAX_DEPTH`] levels, and in YAML no tags but the standard scalar ones.
pub fn parse(name: &str, text: &str) -> Result<Value, Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let trimmed = text.trim_start();
    if trimmed.starts_with(['{', '[']) || name.ends_with(".json") {
        let json_error = match parse_json(text) {
            Ok(v) => return Ok(v),
            Err(e) => e,
        };
        if json_error.duplicate {
            return Err(Error::usage(format!("{name}: {}", json_error.message)));
        }
        let comment = has_comment(text);
        let comment_error = || {
            Error::usage(format!(
                "{name}: not valid JSON: JSON has no comments (// or /* */); remove them, or write the file in YAML, whose comments start with #"
            ))
        };
        if comment && name.ends_with(".json") {
            return Err(comment_error());
        }
        if trimmed.starts_with(['{', '[']) {
            // A YAML flow mapping also starts with '{': read as YAML, its own rules (a
            // tag, a key twice, nesting) say more than JSON's syntax error.
            match parse_yaml(name, text) {
                Ok(v) => return Ok(v),
                Err(Error::Usage(m)) if !m.contains(": not valid YAML: ") => {
                    return Err(Error::Usage(m));
                }
                Err(_) => {}
            }
            if comment {
                return Err(comment_error());
            }
            return Err(Error::usage(format!(
                "{name}: not valid JSON: {}",
                json_error.message
            )));
        }
    }
    parse_yaml(name, text)
}

/// Why a JSON text was refused.
#[derive(Debug)]
pub struct JsonError {
    pub message: String,
    /// A key given twice (not a syntax error: YAML would refuse it too).
    pub duplicate: bool,
}

/// A JSON text as a value, refusing a key given twice in one object (serde_json keeps
/// the last) and nesting deeper than serde_json's limit of 128.
pub fn parse_json(text: &str) -> Result<Value, JsonError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = serde_json::from_str(text).map_err(|e| {
        let mut message = e.to_string();
        if message.starts_with("recursion limit exceeded") {
            message = format!(
                "nested deeper than {MAX_DEPTH} levels, the most batchctl reads (line {})",
                e.line()
            );
        }
        JsonError {
            message: crate::transport::error::cut(&message),
            duplicate: false,
        }
    })?;
    use serde::de::DeserializeSeed;
    let mut de = serde_json::Deserializer::from_str(text);
    NoDuplicates {
        path: String::new(),
    }
    .deserialize(&mut de)
    .map_err(|e| {
        let text = e.to_string();
        let message = text
            .rsplit_once(" at line ")
            .map_or(text.as_str(), |(m, _)| m);
        JsonError {
            message: format!("{message} (line {})", e.line()),
            duplicate: true,
        }
    })?;
    Ok(value)
}

/// A line of the text starting with `//` or `/*` (a comment, which JSON does not have).
fn has_comment(text: &str) -> bool {
    text.lines().any(|line| {
        let line = line.trim_start();
        line.starts_with("//") || line.starts_with("/*")
    }) || text.contains(", //")
        || text.contains(",//")
}

/// Walks a JSON document, failing at the first object that holds a key twice.
struct NoDuplicates {
    path: String,
}

impl NoDuplicates {
    fn child(&self, step: &str) -> NoDuplicates {
        NoDuplicates {
            path: if self.path.is_empty() {
                step.trim_start_matches('.').to_string()
            } else {
                format!("{}{step}", self.path)
            },
        }
    }
}

impl<'de> serde::de::DeserializeSeed<'de> for NoDuplicates {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for NoDuplicates {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut i = 0usize;
        while seq
            .next_element_seed(self.child(&format!("[{i}]")))?
            .is_some()
        {
            i += 1;
        }
        Ok(())
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = std::collections::HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if !seen.insert(key.clone()) {
                return Err(serde::de::Error::custom(twice(&key, &self.path)));
            }
            map.next_value_seed(self.child(&format!(".{key}")))?;
        }
        Ok(())
    }
}

/// The message for a key given twice, the same for JSON and YAML.
fn twice(key: &str, path: &str) -> String {
    let key = crate::transport::error::cut(&crate::transport::error::printable(key));
    let place = if path.is_empty() {
        String::new()
    } else {
        format!(" in {}", crate::transport::error::cut(path))
    };
    format!("the key '{key}' is given twice{place}; keep one")
}

/// A mapping or list being read, with what is known of it so far.
struct Frame {
    node: Node,
    anchor: usize,
    /// Values in it (itself included), for the copy budget of anchors and aliases.
    size: usize,
    /// Levels below it.
    height: usize,
}

enum Node {
    List(Vec<Value>),
    Mapping(Map<String, Value>, Option<String>),
}

/// A value and its size and height, as an anchor keeps it.
#[derive(Clone)]
struct Built {
    value: Value,
    size: usize,
    height: usize,
}

fn parse_yaml(name: &str, text: &str) -> Result<Value, Error> {
    use yaml_rust2::parser::{Event, Parser};
    let fail = |message: String| Error::usage(format!("{name}: {message}"));
    let mut parser = Parser::new_from_str(text);
    let mut stack: Vec<Frame> = Vec::new();
    let mut anchors: std::collections::HashMap<usize, Built> = std::collections::HashMap::new();
    let mut copies = 0usize;
    let mut documents = 0usize;
    let mut root: Option<Value> = None;
    loop {
        let (event, mark) = parser.next_token().map_err(|e| {
            fail(format!(
                "not valid YAML: {}",
                crate::transport::error::cut(&e.to_string())
            ))
        })?;
        let at_line = || format!(" (line {})", mark.line());
        let mapping = matches!(event, Event::MappingStart(..));
        let finished: Option<(Built, usize)> = match event {
            Event::StreamEnd => break,
            Event::DocumentStart => {
                documents += 1;
                if documents > 1 {
                    return Err(fail(
                        "holds more than one YAML document; give one".to_string(),
                    ));
                }
                None
            }
            Event::Nothing | Event::StreamStart | Event::DocumentEnd => None,
            Event::Alias(id) => {
                let Some(found) = anchors.get(&id) else {
                    return Err(fail(format!("an alias names no anchor{}", at_line())));
                };
                copies = copies.saturating_add(found.size);
                if copies > MAX_COPIES {
                    return Err(fail(format!(
                        "its aliases expand to more than {MAX_COPIES} values, the most batchctl reads{}",
                        at_line()
                    )));
                }
                Some((found.clone(), 0))
            }
            Event::Scalar(text, style, anchor, tag) => {
                let value = scalar(&text, style, tag.as_ref(), &path_of(&stack))
                    .map_err(|m| fail(format!("{m}{}", at_line())))?;
                Some((
                    Built {
                        value,
                        size: 1,
                        height: 0,
                    },
                    anchor,
                ))
            }
            Event::SequenceStart(anchor, tag) | Event::MappingStart(anchor, tag) => {
                if let Some(tag) = &tag {
                    let wanted = if mapping { "map" } else { "seq" };
                    if !(tag.handle == STANDARD && tag.suffix == wanted) {
                        return Err(fail(format!(
                            "{}{}",
                            unsupported_tag(tag, &path_of(&stack)),
                            at_line()
                        )));
                    }
                }
                if let Some(Frame {
                    node: Node::Mapping(_, None),
                    ..
                }) = stack.last()
                {
                    return Err(fail(format!(
                        "a mapping key{} is a list or a mapping, not text{}",
                        place(&path_of(&stack)),
                        at_line()
                    )));
                }
                if stack.len() >= MAX_DEPTH {
                    return Err(fail(format!(
                        "nested deeper than {MAX_DEPTH} levels, the most batchctl reads{}",
                        at_line()
                    )));
                }
                stack.push(Frame {
                    node: if mapping {
                        Node::Mapping(Map::new(), None)
                    } else {
                        Node::List(Vec::new())
                    },
                    anchor,
                    size: 1,
                    height: 0,
                });
                None
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let Some(frame) = stack.pop() else {
                    return Err(fail(format!("not valid YAML{}", at_line())));
                };
                let value = match frame.node {
                    Node::List(items) => Value::Array(items),
                    Node::Mapping(map, _) => Value::Object(map),
                };
                Some((
                    Built {
                        value,
                        size: frame.size,
                        height: frame.height + 1,
                    },
                    frame.anchor,
                ))
            }
        };
        let Some((done, anchor)) = finished else {
            continue;
        };
        if stack.len() + done.height > MAX_DEPTH {
            return Err(fail(format!(
                "nested deeper than {MAX_DEPTH} levels, the most batchctl reads{}",
                at_line()
            )));
        }
        if anchor > 0 {
            copies = copies.saturating_add(done.size);
            if copies > MAX_COPIES {
                return Err(fail(format!(
                    "its anchors and aliases copy more than {MAX_COPIES} values, the most batchctl reads{}",
                    at_line()
                )));
            }
            anchors.insert(anchor, done.clone());
        }
        let path = path_of(&stack);
        let Some(parent) = stack.last_mut() else {
            root = Some(done.value);
            continue;
        };
        parent.size = parent.size.saturating_add(done.size);
        parent.height = parent.height.max(done.height);
        match &mut parent.node {
            Node::List(items) => items.push(done.value),
            Node::Mapping(map, key @ None) => {
                let text = match done.value {
                    Value::String(s) => s,
                    Value::Number(n) => n.to_string(),
                    Value::Bool(b) => b.to_string(),
                    _ => {
                        return Err(fail(format!(
                            "a mapping key{} is not text{}",
                            place(&path),
                            at_line()
                        )));
                    }
                };
                if map.contains_key(&text) {
                    return Err(fail(format!("{}{}", twice(&text, &path), at_line())));
                }
                *key = Some(text);
            }
            Node::Mapping(map, key) => {
                if let Some(k) = key.take() {
                    map.insert(k, done.value);
                }
            }
        }
    }
    match root {
        Some(v) => Ok(v),
        None => Err(fail("the file is empty".to_string())),
    }
}

/// The handle yaml-rust2 gives `!!` tags.
const STANDARD: &str = "tag:yaml.org,2002:";

/// Where the next value goes, as a dotted path with list indexes (`Job.Tasks[0]`).
fn path_of(stack: &[Frame]) -> String {
    let mut path = String::new();
    for frame in stack {
        match &frame.node {
            Node::List(items) => path.push_str(&format!("[{}]", items.len())),
            Node::Mapping(_, Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Node::Mapping(_, None) => {}
        }
    }
    path
}

fn place(path: &str) -> String {
    if path.is_empty() {
        String::new()
    } else {
        format!(" at {}", crate::transport::error::cut(path))
    }
}

fn unsupported_tag(tag: &yaml_rust2::parser::Tag, path: &str) -> String {
    let shown = if tag.handle == STANDARD {
        format!("!!{}", tag.suffix)
    } else {
        format!("{}{}", tag.handle, tag.suffix)
    };
    format!(
        "the tag '{}'{} is not supported: batchctl reads plain values (text, numbers, booleans, null; the tags !!str, !!int, !!float, !!bool and !!null); remove it",
        crate::transport::error::cut(&crate::transport::error::printable(&shown)),
        place(path)
    )
}

/// A scalar as a JSON value: quoted text is text; plain text is resolved as YAML 1.2's
/// core schema does (null, booleans, integers, decimals, else text), integers and
/// decimals kept exactly as written; a standard tag decides the type.
fn scalar(
    text: &str,
    style: yaml_rust2::scanner::TScalarStyle,
    tag: Option<&yaml_rust2::parser::Tag>,
    path: &str,
) -> Result<Value, String> {
    use yaml_rust2::scanner::TScalarStyle;
    let resolved = match tag {
        Some(tag) if tag.handle == STANDARD => {
            let bad = |what: &str| {
                format!(
                    "'{}'{} is not {what}",
                    crate::transport::error::cut(&crate::transport::error::printable(text)),
                    place(path)
                )
            };
            match tag.suffix.as_str() {
                "str" => return Ok(Value::String(text.to_string())),
                "int" => match Yaml::from_str(text) {
                    y @ Yaml::Integer(_) => y,
                    Yaml::Real(r) if !r.contains(['.', 'e', 'E']) => Yaml::Real(r),
                    _ => return Err(bad("an integer")),
                },
                "float" => match Yaml::from_str(text) {
                    y @ (Yaml::Integer(_) | Yaml::Real(_)) => y,
                    _ => return Err(bad("a number")),
                },
                "bool" => match Yaml::from_str(text) {
                    y @ Yaml::Boolean(_) => y,
                    _ => return Err(bad("a boolean")),
                },
                "null" => match Yaml::from_str(text) {
                    Yaml::Null => Yaml::Null,
                    _ => return Err(bad("null")),
                },
                _ => return Err(unsupported_tag(tag, path)),
            }
        }
        Some(tag) => return Err(unsupported_tag(tag, path)),
        None if style != TScalarStyle::Plain => return Ok(Value::String(text.to_string())),
        None => Yaml::from_str(text),
    };
    Ok(match resolved {
        Yaml::Null => Value::Null,
        Yaml::Boolean(b) => Value::Bool(b),
        Yaml::Integer(i) => Value::from(i),
        Yaml::Real(r) => serde_json::from_str::<Number>(&r)
            .map(Value::Number)
            .map_err(|_| {
                format!(
                    "'{}'{} is not a number JSON can hold",
                    crate::transport::error::cut(&r),
                    place(path)
                )
            })?,
        Yaml::String(s) => Value::String(s),
        _ => Value::String(text.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A YAML text nesting `block` levels in block style, then `flow` levels in flow
    /// style (true: a list, false: a mapping), around the value `v`; and the JSON value
    /// it stands for.
    fn nested(block: &[bool], flow: &[bool]) -> (String, Value) {
        let mut text = String::new();
        let mut indent = 0;
        for list in block {
            let pad = " ".repeat(indent);
            text.push_str(&if *list {
                format!("{pad}-\n")
            } else {
                format!("{pad}k:\n")
            });
            indent += 2;
        }
        text.push_str(&" ".repeat(indent));
        for list in flow {
            text.push_str(if *list { "[" } else { "{k: " });
        }
        text.push('v');
        for list in flow.iter().rev() {
            text.push(if *list { ']' } else { '}' });
        }
        text.push('\n');
        let mut value = Value::String("v".into());
        for list in block.iter().chain(flow).rev() {
            value = if *list {
                Value::Array(vec![value])
            } else {
                serde_json::json!({ "k": value })
            };
        }
        (text, value)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn any_nesting_is_read_up_to_the_limit_and_refused_beyond(
            block in proptest::collection::vec(any::<bool>(), 0..160),
            flow in proptest::collection::vec(any::<bool>(), 0..160),
        ) {
            let (text, want) = nested(&block, &flow);
            match parse("f.yaml", &text) {
                Ok(v) => {
                    prop_assert!(block.len() + flow.len() <= MAX_DEPTH);
                    prop_assert_eq!(v, want);
                }
                Err(e) => {
                    let e = e.to_string();
                    prop_assert!(block.len() + flow.len() > MAX_DEPTH, "{}", e);
                    prop_assert!(e.starts_with("f.yaml: ") && e.contains("deeper than 128"), "{}", e);
                }
            }
        }

        #[test]
        fn json_and_yaml_refuse_a_repeated_key_alike(key in "[A-Za-z][A-Za-z0-9]{0,8}", depth in 0usize..5) {
            let mut json = format!("{{\"{key}\": 1, \"{key}\": 2}}");
            let mut yaml = format!("{{{key}: 1, {key}: 2}}");
            for _ in 0..depth {
                json = format!("{{\"x\": [{json}]}}");
                yaml = format!("{{x: [{yaml}]}}");
            }
            let from_json = parse("f.json", &json).unwrap_err().to_string();
            let from_yaml = parse_yaml("f.json", &yaml).unwrap_err().to_string();
            let said = format!("the key '{key}' is given twice");
            prop_assert!(from_json.contains(&said), "{}", from_json);
            prop_assert!(from_yaml.contains(&said), "{}", from_yaml);
            // The same words, wherever the key is.
            let cut = |s: &str| s.split(" (line").next().unwrap_or_default().to_string();
            prop_assert_eq!(cut(&from_json), cut(&from_yaml));
        }
    }

    #[test]
    fn integers_and_decimals_are_kept_as_written() {
        let v = parse(
            "f.yaml",
            "a: 18446744073709551615\nb: 1.50\nc: '7'\nd: !!str 8\ne: !!int 9\n",
        )
        .unwrap();
        assert_eq!(
            serde_json::to_string(&v).unwrap(),
            r#"{"a":18446744073709551615,"b":1.50,"c":"7","d":"8","e":9}"#
        );
    }

    #[test]
    fn a_yaml_flow_mapping_is_judged_by_yaml_s_rules() {
        let e = parse("f.yaml", "{JobName: !!binary aGk=}")
            .unwrap_err()
            .to_string();
        assert!(e.contains("the tag '!!binary' at JobName"), "{e}");
        let e = parse("f.yaml", "{a: 1, a: 2}").unwrap_err().to_string();
        assert!(e.contains("the key 'a' is given twice"), "{e}");
        let e = parse("f.yaml", "{a: [1, }").unwrap_err().to_string();
        assert!(e.contains("not valid JSON"), "{e}");
    }

    #[test]
    fn an_empty_file_or_two_documents_are_refused() {
        assert!(
            parse("f.yaml", "# nothing\n")
                .unwrap_err()
                .to_string()
                .contains("empty")
        );
        let e = parse("f.yaml", "a: 1\n---\nb: 2\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("more than one YAML document"), "{e}");
        let e = parse("f.yaml", "*nothing\n").unwrap_err().to_string();
        assert!(e.starts_with("f.yaml: "), "{e}");
    }
}
