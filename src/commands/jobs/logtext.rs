//! The text of task logs as the service hands them out: `data:` URLs decoded, what a
//! sliding 2048-byte tail adds between two polls, and line prefixes. Shared by `jobs
//! logs`, the follower and `jobs why`.

use base64::Engine;

/// The service keeps only this many bytes of each log.
pub const TAIL_BYTES: usize = 2048;

/// What `now` adds to `before`, and whether text may have been missed between them (the
/// tail moved further than it holds).
pub fn new_text<'a>(before: &str, now: &'a str) -> (&'a str, bool) {
    if before.is_empty() {
        return (now, false);
    }
    if let Some(rest) = now.strip_prefix(before) {
        return (rest, false);
    }
    // The window slid: the longest end of `before` that starts `now`.
    let mut start = 0;
    while start < before.len() {
        if before.is_char_boundary(start) && now.starts_with(&before[start..]) {
            return (&now[before.len() - start..], false);
        }
        start += 1;
    }
    (now, true)
}

/// The text with `prefix` before every line; a last line without newline gets one.
pub fn prefixed(text: &str, prefix: Option<String>) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for line in text.split_inclusive('\n') {
        if let Some(p) = &prefix {
            out.push_str(p);
        }
        out.push_str(line);
    }
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// The text of a `data:` URL (base64 or plain); anything else is taken as text.
pub fn decode(url: &str) -> String {
    let Some(rest) = url.strip_prefix("data:") else {
        return url.to_string();
    };
    let Some((meta, data)) = rest.split_once(',') else {
        return String::new();
    };
    if meta.ends_with(";base64") {
        match base64::engine::general_purpose::STANDARD.decode(data.trim()) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(_) => String::new(),
        }
    } else {
        data.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_urls_decode_and_new_text_follows_a_sliding_tail() {
        assert_eq!(decode("data:text/plain;charset=utf-8;base64,aGkK"), "hi\n");
        assert_eq!(new_text("a\nb\n", "a\nb\nc\n"), ("c\n", false));
        assert_eq!(new_text("a\nb\n", "b\nc\n"), ("c\n", false));
        assert_eq!(new_text("a\n", "x\n"), ("x\n", true));
        assert_eq!(
            prefixed("a\nb", Some("[t/0] ".into())),
            "[t/0] a\n[t/0] b\n"
        );
    }
}
