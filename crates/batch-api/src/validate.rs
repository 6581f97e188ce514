//! One validator for request bodies, walking the generated schema: the client runs it
//! before sending, the emulator on every request, so both refuse the same bodies with
//! the same codes.
//!
//! The first problem wins, in a fixed order: an object's members in the model's order
//! (depth first), then its unknown members in the body's order, then (for a whole
//! request) members the overlay says exclude each other.

use serde_json::{Map, Number, Value};

use crate::schema::{Action, Format, Member, Object, Type};

pub use crate::schema::ProblemKind;

/// The first problem found in a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub kind: ProblemKind,
    /// Where, as `Job.Tasks[0].Application.Command` (empty for the body itself).
    pub path: String,
    /// What is wrong, in English, without the path (`required`, `unknown member`,
    /// `expected an integer, found a string`, …).
    pub message: String,
    /// For unknown members: the closest member name that exists.
    pub suggestion: Option<String>,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.message)?;
        } else {
            write!(f, "{}: {}", self.path, self.message)?;
        }
        if let Some(s) = &self.suggestion {
            write!(f, " (did you mean {s}?)")?;
        }
        Ok(())
    }
}

fn problem(kind: ProblemKind, path: &str, message: impl Into<String>) -> Problem {
    Problem {
        kind,
        path: path.to_string(),
        message: message.into(),
        suggestion: None,
    }
}

/// Checks a whole request body of `action` against its input object, at every depth,
/// then the members that cannot be given together.
pub fn validate_input(action: &Action, body: &Value) -> Result<(), Problem> {
    validate_object(action.input, body, "")?;
    if let (Some(ex), Value::Object(map)) = (crate::exclusive(action.name), body) {
        let mut given = ex.members.iter().filter(|m| map.contains_key(**m));
        if let (Some(first), Some(second)) = (given.next(), given.next()) {
            return Err(problem(
                ex.problem,
                second,
                format!("cannot be given together with {first}"),
            ));
        }
    }
    Ok(())
}

/// Checks `value` as an instance of the object `object`; paths in problems start with
/// `prefix` (e.g. `Job` when checking a job file's `Job` object).
pub fn validate_object(object: &str, value: &Value, prefix: &str) -> Result<(), Problem> {
    let Some(o) = crate::object(object) else {
        return Err(problem(
            ProblemKind::Unknown,
            prefix,
            format!("the model has no object named {object}"),
        ));
    };
    check_object(o, value, prefix)
}

fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_string()
    } else {
        format!("{prefix}.{name}")
    }
}

/// What a JSON value is, as messages name it.
fn found(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(n) if integer_text(n).is_some() => "an integer",
        Value::Number(_) => "a number with a fraction or exponent",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

fn wrong_type(path: &str, expected: &str, v: &Value) -> Problem {
    problem(
        ProblemKind::WrongType,
        path,
        format!("expected {expected}, found {}", found(v)),
    )
}

fn check_object(o: &Object, value: &Value, path: &str) -> Result<(), Problem> {
    let Value::Object(map) = value else {
        let what = if path.is_empty() {
            "the request body: expected a JSON object".to_string()
        } else {
            format!("expected an object ({})", o.name)
        };
        return Err(problem(
            ProblemKind::WrongType,
            path,
            format!("{what}, found {}", found(value)),
        ));
    };
    // A misspelt member usually explains a "missing" one too: name it first.
    check_unknown(o, map, path)?;
    for m in o.members {
        let here = join(path, m.name);
        match map.get(m.name) {
            None if m.required => return Err(problem(ProblemKind::Missing, &here, "required")),
            None => {}
            Some(Value::Null) if m.nullable => {}
            Some(v) => check_member(m, v, &here)?,
        }
    }
    Ok(())
}

fn check_unknown(o: &Object, map: &Map<String, Value>, path: &str) -> Result<(), Problem> {
    for key in map.keys() {
        if o.member(key).is_none() {
            let names = o.members.iter().map(|m| m.name);
            return Err(Problem {
                suggestion: suggest(key, names),
                ..problem(ProblemKind::Unknown, &join(path, key), "unknown member")
            });
        }
    }
    Ok(())
}

fn check_member(m: &Member, v: &Value, path: &str) -> Result<(), Problem> {
    match m.ty {
        Type::String => {
            let Value::String(s) = v else {
                return Err(wrong_type(path, "a string", v));
            };
            if m.format == Some(Format::DatetimeIso) && !is_datetime(s) {
                return Err(problem(
                    ProblemKind::BadValue,
                    path,
                    format!("{s:?} is not a date and time such as 2026-01-31T08:00:00+08:00"),
                ));
            }
            Ok(())
        }
        Type::Int => check_int(v, m.format.unwrap_or(Format::Int64), path),
        Type::Float => match v {
            Value::Number(_) => Ok(()),
            _ => Err(wrong_type(path, "a number", v)),
        },
        Type::Bool => match v {
            Value::Bool(_) => Ok(()),
            _ => Err(wrong_type(path, "true or false", v)),
        },
        Type::Object => {
            let name = m.member.unwrap_or_default();
            match crate::object(name) {
                Some(o) => check_object(o, v, path),
                None => Ok(()),
            }
        }
        Type::List => {
            let element = m.member.unwrap_or("string");
            let Value::Array(items) = v else {
                return Err(wrong_type(
                    path,
                    &format!("a list of {}", plural(element)),
                    v,
                ));
            };
            for (i, item) in items.iter().enumerate() {
                check_element(element, item, &format!("{path}[{i}]"))?;
            }
            Ok(())
        }
    }
}

fn plural(element: &str) -> String {
    match element {
        "string" => "strings".into(),
        "int64" | "uint64" => format!("integers ({element})"),
        "float" => "numbers".into(),
        "bool" => "booleans".into(),
        object => format!("{object} objects"),
    }
}

fn check_element(element: &str, v: &Value, path: &str) -> Result<(), Problem> {
    match element {
        "string" => match v {
            Value::String(_) => Ok(()),
            _ => Err(wrong_type(path, "a string", v)),
        },
        "int64" => check_int(v, Format::Int64, path),
        "uint64" => check_int(v, Format::Uint64, path),
        "float" => match v {
            Value::Number(_) => Ok(()),
            _ => Err(wrong_type(path, "a number", v)),
        },
        "bool" => match v {
            Value::Bool(_) => Ok(()),
            _ => Err(wrong_type(path, "true or false", v)),
        },
        object => match crate::object(object) {
            Some(o) => check_object(o, v, path),
            None => Ok(()),
        },
    }
}

/// The text of an integer (optional minus, digits only), whatever its size; `None` for
/// fractions and exponents. With `arbitrary_precision` the number keeps its text.
fn integer_text(n: &Number) -> Option<String> {
    let text = n.to_string();
    let digits = text.strip_prefix('-').unwrap_or(&text);
    (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())).then_some(text)
}

fn check_int(v: &Value, format: Format, path: &str) -> Result<(), Problem> {
    let expected = match format {
        Format::Uint64 => "a non-negative integer",
        _ => "an integer",
    };
    let Value::Number(n) = v else {
        return Err(wrong_type(path, expected, v));
    };
    let Some(text) = integer_text(n) else {
        return Err(wrong_type(path, expected, v));
    };
    let in_range = match format {
        Format::Uint64 => text.parse::<u64>().is_ok(),
        _ => text.parse::<i64>().is_ok(),
    };
    if in_range {
        return Ok(());
    }
    let message = match format {
        Format::Uint64 if text.starts_with('-') => format!("{text} must not be negative"),
        Format::Uint64 => format!("{text} is beyond the largest value {}", u64::MAX),
        _ if text.starts_with('-') => format!("{text} is below the smallest value {}", i64::MIN),
        _ => format!("{text} is beyond the largest value {}", i64::MAX),
    };
    Err(problem(ProblemKind::BadValue, path, message))
}

/// `YYYY-MM-DDTHH:MM:SS[.fraction][Z|±HH:MM]` (a space for the `T` too): RFC 3339 with
/// the offset optional, since the service reads local times as its own zone's.
fn is_datetime(s: &str) -> bool {
    let b = s.as_bytes();
    let num = |from: usize, len: usize, max: u32| -> bool {
        b.get(from..from + len).is_some_and(|d| {
            d.iter().all(u8::is_ascii_digit)
                && d.iter().fold(0u32, |a, c| a * 10 + u32::from(c - b'0')) <= max
        })
    };
    let date_time = b.len() >= 19
        && num(0, 4, 9999)
        && b[4] == b'-'
        && num(5, 2, 12)
        && b[5..7] != *b"00"
        && b[7] == b'-'
        && num(8, 2, 31)
        && b[8..10] != *b"00"
        && matches!(b[10], b'T' | b't' | b' ')
        && num(11, 2, 23)
        && b[13] == b':'
        && num(14, 2, 59)
        && b[16] == b':'
        && num(17, 2, 60);
    if !date_time {
        return false;
    }
    let mut rest = &b[19..];
    if let Some(frac) = rest.strip_prefix(b".") {
        let digits = frac.iter().take_while(|c| c.is_ascii_digit()).count();
        if digits == 0 {
            return false;
        }
        rest = &frac[digits..];
    }
    match rest {
        [] | [b'Z' | b'z'] => true,
        [b'+' | b'-', h1, h2, b':', m1, m2] => {
            [h1, h2, m1, m2].iter().all(|c| c.is_ascii_digit()) && *h1 <= b'2' && *m1 <= b'5'
        }
        _ => false,
    }
}

/// The candidate `name` was most likely meant as: one equal to it but for case, else the
/// nearest by edit distance (case-insensitive) if close enough to be a typo, else none.
/// Ties go to the earliest candidate.
pub fn suggest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let lower = name.to_lowercase();
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        let c_lower = c.to_lowercase();
        if c_lower == lower {
            return Some(c.to_string());
        }
        let d = distance(&lower, &c_lower);
        if best.is_none_or(|(b, _)| d < b) {
            best = Some((d, c));
        }
    }
    // A third of the name's length (at least one edit): "Limt" → Limit, but
    // "Foo" is not taken for "Zone".
    let bound = (name.chars().count() / 3).max(1);
    best.filter(|(d, _)| *d <= bound)
        .map(|(_, c)| c.to_string())
}

/// Levenshtein distance with adjacent transpositions counted as one edit.
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev2: Vec<usize> = vec![0; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cur[j] = cur[j].min(prev2[j - 2] + 1);
            }
        }
        prev2 = std::mem::replace(&mut prev, cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datetimes_in_rfc3339_shape_pass_and_others_fail() {
        for ok in [
            "2026-01-31T08:00:00Z",
            "2026-01-31T08:00:00+08:00",
            "2026-01-31 08:00:00",
            "2026-01-31T08:00:00.123Z",
        ] {
            assert!(is_datetime(ok), "{ok}");
        }
        for bad in [
            "2026-13-01T00:00:00Z",
            "2026-01-31",
            "yesterday",
            "2026-01-31T08:00:00+8",
            "2026-01-31T25:00:00Z",
        ] {
            assert!(!is_datetime(bad), "{bad}");
        }
    }

    #[test]
    fn suggestions_prefer_case_then_nearest_within_bound() {
        let names = ["JobIds", "Filters", "Offset", "Limit"];
        assert_eq!(suggest("jobids", names).as_deref(), Some("JobIds"));
        assert_eq!(suggest("Limt", names).as_deref(), Some("Limit"));
        assert_eq!(suggest("Fliters", names).as_deref(), Some("Filters"));
        assert_eq!(suggest("Zone", names), None);
        assert_eq!(suggest("X", []), None);
    }
}
