//! `-o yaml`: any JSON document as block-style YAML, written here from the `Value` so that
//! numbers keep their exact text and objects their key order (no YAML crate does both
//! from serde_json's arbitrary-precision numbers).
//!
//! Strings are plain only when every YAML reader (1.1 and 1.2) reads them back as the same
//! string; anything that could be read as another type (`yes`, `no`, `on`, `off`, `null`,
//! `~`, numbers, dates, …) or that YAML syntax would cut short (`: `, ` #`, a leading
//! indicator, leading/trailing spaces, control characters, the empty string) is
//! double-quoted with escapes. Numbers are written as received, except that an exponent
//! gets a fraction and a sign (`1e5` → `1.0e+5`, the same value), which YAML 1.1 needs to
//! read it as a number.

use std::io::{self, Write};

use serde_json::Value;

/// Implicit keys may be at most 1024 characters; longer ones are written as explicit keys.
const MAX_IMPLICIT_KEY: usize = 1000;

/// Writes `doc` as a YAML document, ending with a newline.
pub fn write(doc: &Value, out: &mut dyn Write) -> io::Result<()> {
    let mut buf = String::new();
    node(&mut buf, doc, 0, Pos::Start);
    out.write_all(buf.as_bytes())
}

/// Where a node starts: at the start of a line, right after `key:`, or right after `-`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Pos {
    Start,
    AfterKey,
    AfterDash,
}

fn pad(buf: &mut String, indent: usize) {
    buf.extend(std::iter::repeat_n(' ', indent));
}

/// Writes the prefix of the `i`-th entry of a collection at `indent`.
fn entry_start(buf: &mut String, i: usize, indent: usize, pos: Pos) {
    match (i, pos) {
        (0, Pos::AfterDash) => buf.push(' '),
        (0, Pos::AfterKey) => {
            buf.push('\n');
            pad(buf, indent);
        }
        _ => pad(buf, indent),
    }
}

fn node(buf: &mut String, value: &Value, indent: usize, pos: Pos) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            for (i, (key, value)) in map.iter().enumerate() {
                entry_start(buf, i, indent, pos);
                let key = scalar_string(key);
                if key.chars().count() > MAX_IMPLICIT_KEY {
                    buf.push_str("? ");
                    buf.push_str(&key);
                    buf.push('\n');
                    pad(buf, indent);
                } else {
                    buf.push_str(&key);
                }
                buf.push(':');
                node(buf, value, indent + 2, Pos::AfterKey);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            for (i, item) in items.iter().enumerate() {
                entry_start(buf, i, indent, pos);
                buf.push('-');
                node(buf, item, indent + 2, Pos::AfterDash);
            }
        }
        scalar => {
            if pos != Pos::Start {
                buf.push(' ');
            }
            match scalar {
                Value::Null => buf.push_str("null"),
                Value::Bool(b) => buf.push_str(if *b { "true" } else { "false" }),
                Value::Number(n) => buf.push_str(&number_text(&n.to_string())),
                Value::String(s) => buf.push_str(&scalar_string(s)),
                Value::Array(_) => buf.push_str("[]"),
                Value::Object(_) => buf.push_str("{}"),
            }
            buf.push('\n');
        }
    }
}

/// A JSON number's text, with a fraction and a signed exponent when it has an exponent.
fn number_text(text: &str) -> String {
    let Some(e) = text.find(['e', 'E']) else {
        return text.to_string();
    };
    let (mantissa, exponent) = text.split_at(e);
    let (marker, digits) = exponent.split_at(1);
    let mantissa = if mantissa.contains('.') {
        mantissa.to_string()
    } else {
        format!("{mantissa}.0")
    };
    let digits = if digits.starts_with(['+', '-']) {
        digits.to_string()
    } else {
        format!("+{digits}")
    };
    format!("{mantissa}{marker}{digits}")
}

/// A string as a YAML scalar: plain when that is safe, else double-quoted.
pub(crate) fn scalar_string(s: &str) -> String {
    if needs_quotes(s) {
        quoted(s)
    } else {
        s.to_string()
    }
}

/// Words that some YAML reader takes for null, a boolean, or a special key.
const RESERVED: [&str; 12] = [
    "null", "~", "true", "false", "yes", "no", "on", "off", "y", "n", "<<", "=",
];

fn needs_quotes(s: &str) -> bool {
    let (Some(first), Some(last)) = (s.chars().next(), s.chars().last()) else {
        return true;
    };
    if first.is_whitespace() || last.is_whitespace() {
        return true;
    }
    // Indicators, and what starts a number, a date, `.inf`/`.nan` or a document marker.
    if "-?:,[]{}#&*!|>'\"%@`+.".contains(first) || first.is_ascii_digit() {
        return true;
    }
    let lower = s.to_ascii_lowercase();
    if RESERVED.contains(&lower.as_str()) {
        return true;
    }
    if s.contains(": ") || s.contains(" #") || s.ends_with(':') {
        return true;
    }
    !s.chars().all(plain_char)
}

/// Characters that may stand unescaped in a plain scalar: printable, not a line break,
/// not a byte-order mark, not a bidirectional control.
fn plain_char(c: char) -> bool {
    matches!(c, '\u{20}'..='\u{7e}' | '\u{a0}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
        && !matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}')
        // Bidirectional controls reorder what a terminal shows: written as escapes.
        && !crate::transport::error::is_bidi_control(c)
}

fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if plain_char(c) => out.push(c),
            c => out.push_str(&format!("\\u{:04X}", u32::from(c))),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;
    use yaml_rust2::{Yaml, YamlLoader};

    fn yaml(doc: &Value) -> String {
        let mut out = Vec::new();
        write(doc, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// A number's value as (negative, significant digits, exponent of the last digit), so
    /// `1.10`, `11e-1` and `1.1` compare equal and nothing is rounded.
    fn decimal(text: &str) -> (bool, String, i64) {
        let (negative, text) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text.strip_prefix('+').unwrap_or(text)),
        };
        let (mantissa, exponent) = match text.find(['e', 'E']) {
            Some(i) => (&text[..i], text[i + 1..].parse::<i64>().unwrap()),
            None => (text, 0),
        };
        let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        let digits = format!("{int}{frac}");
        let mut exponent = exponent - frac.len() as i64;
        let trimmed_end = digits.trim_end_matches('0');
        exponent += (digits.len() - trimmed_end.len()) as i64;
        let digits = trimmed_end.trim_start_matches('0').to_string();
        if digits.is_empty() {
            return (false, String::new(), 0);
        }
        (negative, digits, exponent)
    }

    /// Whether a YAML value read back is the JSON value.
    fn same(json: &Value, yaml: &Yaml) -> bool {
        match (json, yaml) {
            (Value::Null, Yaml::Null) => true,
            (Value::Bool(a), Yaml::Boolean(b)) => a == b,
            (Value::Number(n), Yaml::Integer(i)) => {
                decimal(&n.to_string()) == decimal(&i.to_string())
            }
            (Value::Number(n), Yaml::Real(r)) => decimal(&n.to_string()) == decimal(r),
            (Value::String(a), Yaml::String(b)) => a == b,
            (Value::Array(a), Yaml::Array(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
            }
            (Value::Object(a), Yaml::Hash(b)) => {
                a.len() == b.len()
                    && a.iter().zip(b.iter()).all(|((k, v), (yk, yv))| {
                        matches!(yk, Yaml::String(s) if s == k) && same(v, yv)
                    })
            }
            _ => false,
        }
    }

    fn read_back(doc: &Value) -> Yaml {
        let text = yaml(doc);
        let mut docs =
            YamlLoader::load_from_str(&text).unwrap_or_else(|e| panic!("not YAML: {e}\n{text}"));
        assert_eq!(docs.len(), 1, "{text}");
        docs.remove(0)
    }

    #[test]
    fn a_document_reads_back_as_itself_in_its_key_order() {
        let doc: Value = serde_json::from_str(
            r#"{"TotalCount": 2, "JobSet": [{"JobId": "job-3n2weaqt", "Zeta": 1, "Alpha": null,
               "Tags": [{"Key": "k", "Value": "v"}], "Empty": [], "None": {}, "Nested": [[1, 2], []]}],
               "RequestId": "req-1"}"#,
        )
        .unwrap();
        let text = yaml(&doc);
        assert_eq!(
            text,
            "TotalCount: 2\nJobSet:\n  - JobId: job-3n2weaqt\n    Zeta: 1\n    Alpha: null\n    \
             Tags:\n      - Key: k\n        Value: v\n    Empty: []\n    None: {}\n    Nested:\n      \
             - - 1\n        - 2\n      - []\nRequestId: req-1\n"
        );
        assert!(same(&doc, &read_back(&doc)), "{text}");
    }

    #[test]
    fn numbers_are_exact() {
        let doc: Value = serde_json::from_str(
            r#"[12345678901234567890123, -98765432109876543210, 1.10, 0.1, 1e5, -2E-3, 1.5e300, 0]"#,
        )
        .unwrap();
        let text = yaml(&doc);
        assert_eq!(
            text,
            "- 12345678901234567890123\n- -98765432109876543210\n- 1.10\n- 0.1\n- 1.0e+5\n- -2.0e-3\n- 1.5e+300\n- 0\n"
        );
        assert!(same(&doc, &read_back(&doc)), "{text}");
    }

    #[test]
    fn ambiguous_strings_are_quoted() {
        for s in [
            "yes",
            "No",
            "ON",
            "off",
            "y",
            "N",
            "null",
            "Null",
            "~",
            "true",
            "False",
            "",
            " lead",
            "trail ",
            "123",
            "1.5",
            "-1",
            "+1",
            "0x1F",
            "1e3",
            "2020-09-22",
            "2020-09-22T07:14:54Z",
            "12:30",
            ".inf",
            ".NaN",
            "a: b",
            "a #b",
            "end:",
            "- x",
            "-",
            "?",
            "#c",
            "&a",
            "*a",
            "!t",
            "|",
            ">",
            "'q'",
            "\"q\"",
            "%p",
            "@x",
            "`x",
            "[a]",
            "{a}",
            ",",
            "<<",
            "=",
            "---",
            "...",
            "line\nbreak",
            "tab\there",
            "bell\u{7}",
            "del\u{7f}",
            "nel\u{85}",
            "ls\u{2028}",
            "bom\u{feff}",
        ] {
            let text = yaml(&json!(s));
            assert!(text.starts_with('"'), "{s:?} -> {text}");
            assert!(same(&json!(s), &read_back(&json!(s))), "{s:?} -> {text}");
        }
        for s in [
            "job-3n2weaqt",
            "hello test",
            "ap-guangzhou-4",
            "数据清洗",
            "a:b",
            "a#b",
            "S5.MEDIUM4",
            "back\\slash\"",
            "it's",
        ] {
            assert_eq!(yaml(&json!(s)), format!("{s}\n"), "plain");
            assert!(same(&json!(s), &read_back(&json!(s))), "{s:?}");
        }
    }

    #[test]
    fn keys_follow_the_same_rules() {
        let doc = json!({"yes": 1, "": 2, "a: b": 3, "x".repeat(2000): {"k": [1]}, "ok": true});
        let text = yaml(&doc);
        assert!(
            text.starts_with("\"yes\": 1\n\"\": 2\n\"a: b\": 3\n? "),
            "{text}"
        );
        assert!(same(&doc, &read_back(&doc)), "{text}");
    }

    fn arb_json() -> impl Strategy<Value = Value> {
        let number = prop_oneof![
            any::<i64>().prop_map(|n| n.to_string()),
            any::<u128>().prop_map(|n| n.to_string()),
            "-?(0|[1-9][0-9]{0,30})(\\.[0-9]{1,20})?([eE][-+]?[0-9]{1,3})?",
        ]
        .prop_map(|text| Value::Number(serde_json::from_str(&text).unwrap()));
        let string = prop_oneof![
            any::<String>(),
            "[ -~]{0,12}",
            prop::sample::select(vec![
                "yes",
                "no",
                "on",
                "off",
                "null",
                "~",
                "true",
                "1.5",
                "2020-01-01",
                " x",
                "x ",
                "a: b",
                "a #b",
                "- a",
                "",
                "---",
                "...",
                "<<",
            ])
            .prop_map(str::to_string),
        ];
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            number,
            string.clone().prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 48, 6, move |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::vec((string.clone(), inner), 0..6)
                    .prop_map(|entries| Value::Object(entries.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn any_json_reads_back_as_itself(doc in arb_json()) {
            let back = read_back(&doc);
            prop_assert!(same(&doc, &back), "{}", yaml(&doc));
        }
    }
}
