//! Re-indenting JSON text that is already valid (JobViews as received), without parsing
//! it into values: pretty in serde_json's style for `json`, compact for `jsonl`. Strings,
//! numbers and key order pass through byte for byte.

use std::io::{self, Write};

/// Writes `json` pretty-printed as serde_json does (two spaces a level), as if nested
/// `level` levels deep: continuation lines are indented by `level` levels more.
pub fn write_pretty(out: &mut dyn Write, json: &str, level: usize) -> io::Result<()> {
    let mut buf = Vec::with_capacity(json.len() * 3 / 2);
    reindent(json.as_bytes(), Some(level), &mut buf);
    out.write_all(&buf)
}

/// Writes `json` with every space outside strings removed.
pub fn write_compact(out: &mut dyn Write, json: &str) -> io::Result<()> {
    let bytes = json.as_bytes();
    // Most services send compact JSON already: then there is nothing to do.
    if !has_space_outside_strings(bytes) {
        return out.write_all(bytes);
    }
    let mut buf = Vec::with_capacity(bytes.len());
    reindent(bytes, None, &mut buf);
    out.write_all(&buf)
}

fn has_space_outside_strings(bytes: &[u8]) -> bool {
    // Most text has no whitespace byte at all, which one pass without state tells (in
    // blocks the compiler vectorises): valid JSON holds no other byte at or below a space.
    if !bytes
        .chunks(32)
        .any(|block| block.iter().fold(false, |any, &b| any | (b <= b' ')))
    {
        return false;
    }
    let mut in_string = false;
    let mut escaped = false;
    for &b in bytes {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
        } else if b == b'"' {
            in_string = true;
        } else if b.is_ascii_whitespace() {
            return true;
        }
    }
    false
}

fn newline(buf: &mut Vec<u8>, level: usize) {
    buf.push(b'\n');
    buf.resize(buf.len() + 2 * level, b' ');
}

/// `pretty`: `Some(base level)` for pretty output, `None` for compact.
fn reindent(bytes: &[u8], pretty: Option<usize>, buf: &mut Vec<u8>) {
    let mut level = pretty.unwrap_or(0);
    let mut in_string = false;
    let mut escaped = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        i += 1;
        if in_string {
            buf.push(b);
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            continue;
        }
        match b {
            b' ' | b'\t' | b'\n' | b'\r' => {}
            b'"' => {
                in_string = true;
                buf.push(b);
            }
            b'{' | b'[' => {
                buf.push(b);
                // An empty object or array stays on one line: `{}`, `[]`.
                let mut j = i;
                while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                    j += 1;
                }
                if j < bytes.len() && matches!(bytes[j], b'}' | b']') {
                    buf.push(bytes[j]);
                    i = j + 1;
                } else if pretty.is_some() {
                    level += 1;
                    newline(buf, level);
                }
            }
            b'}' | b']' => {
                if pretty.is_some() {
                    level = level.saturating_sub(1);
                    newline(buf, level);
                }
                buf.push(b);
            }
            b',' => {
                buf.push(b);
                if pretty.is_some() {
                    newline(buf, level);
                }
            }
            b':' => {
                buf.push(b);
                if pretty.is_some() {
                    buf.push(b' ');
                }
            }
            _ => buf.push(b),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MESSY: &str =
        "{ \"a\" : [ 1 , {\"b\":\"x , { y\\\" :\"} , [ ] , { } ],\n \"z\": null, \"n\": 1.10 }";

    fn pretty(json: &str, level: usize) -> String {
        let mut out = Vec::new();
        write_pretty(&mut out, json, level).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn pretty_output_is_serde_jsons_pretty_output() {
        let value: serde_json::Value = serde_json::from_str(MESSY).unwrap();
        assert_eq!(
            pretty(MESSY, 0),
            serde_json::to_string_pretty(&value).unwrap()
        );
    }

    #[test]
    fn nested_levels_indent_continuation_lines() {
        assert_eq!(pretty("{\"a\":1}", 2), "{\n      \"a\": 1\n    }");
    }

    #[test]
    fn compact_output_drops_only_spaces_outside_strings() {
        let mut out = Vec::new();
        write_compact(&mut out, MESSY).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(
            text,
            "{\"a\":[1,{\"b\":\"x , { y\\\" :\"},[],{}],\"z\":null,\"n\":1.10}"
        );
        let mut same = Vec::new();
        write_compact(&mut same, "{\"a\":\"b c\"}").unwrap();
        assert_eq!(same, b"{\"a\":\"b c\"}");
    }
}
