//! What reaches a terminal: the one escaping rule ([`visible`]) applied to a stream when,
//! and only when, that stream (stdout or stderr, each looked at on its own) is a terminal.
//! A pipe or a file gets the bytes untouched, so scripts keep the exact data.
//!
//! Text (logs, `--query` strings, csv, notes) is written in Rust's notation: `\u{1b}`,
//! `\r`, `\u{202e}`. JSON (json, jsonl, `--query` values) in JSON's own: `\u001b`,
//! `\u202e`, which a JSON reader reads back as the same string. Tables escape their cells
//! wherever they go (a cell is one line), and yaml writes these characters as `\u202E`
//! escapes in double quotes, which every YAML reader reads back as the same string.

use std::io::{self, IsTerminal, Write};
use std::sync::OnceLock;

pub use crate::transport::error::{must_show, visible};

/// How a stream shows what must not reach a terminal raw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `\u{1b}`: text for people.
    Text,
    /// `\u001b`: JSON text, still valid JSON (these characters only occur in strings).
    Json,
}

/// Whether stdout is a terminal (looked at once).
pub fn stdout_is_terminal() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    // Unit tests render as if piped, wherever they run.
    *ON.get_or_init(|| !cfg!(test) && io::stdout().is_terminal())
}

/// Whether stderr is a terminal (looked at once).
pub fn stderr_is_terminal() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| !cfg!(test) && io::stderr().is_terminal())
}

/// `line` as it may be written to stderr: made [`visible`] on a terminal, else as is.
pub fn for_stderr(line: &str) -> std::borrow::Cow<'_, str> {
    if stderr_is_terminal() {
        visible(line)
    } else {
        std::borrow::Cow::Borrowed(line)
    }
}

/// stdout, escaped in `mode` when it is a terminal.
pub fn stdout(mode: Mode) -> Screen<io::StdoutLock<'static>> {
    Screen::new(io::stdout().lock(), stdout_is_terminal().then_some(mode))
}

/// stderr, escaped in `mode` when it is a terminal.
pub fn stderr(mode: Mode) -> Screen<io::StderrLock<'static>> {
    Screen::new(io::stderr().lock(), stderr_is_terminal().then_some(mode))
}

/// A writer that escapes what must not reach a terminal raw (`mode`), or passes every byte
/// through (`None`). A character split across two writes is kept until it is whole; bytes
/// that are not UTF-8 are shown as U+FFFD.
pub struct Screen<W: Write> {
    out: W,
    mode: Option<Mode>,
    /// The start of a character whose rest has not been written yet.
    pending: Vec<u8>,
}

impl<W: Write> Screen<W> {
    pub fn new(out: W, mode: Option<Mode>) -> Screen<W> {
        Screen {
            out,
            mode,
            pending: Vec::new(),
        }
    }

    /// Writes `bytes` (whole UTF-8 characters, or not UTF-8 at all) escaped.
    fn put(&mut self, mode: Mode, bytes: &[u8]) -> io::Result<()> {
        let text = String::from_utf8_lossy(bytes);
        if matches!(text, std::borrow::Cow::Borrowed(_)) && !text.chars().any(must_show) {
            return self.out.write_all(bytes);
        }
        self.out.write_all(escape(&text, mode).as_bytes())
    }
}

/// `text` with every [`must_show`] character escaped in `mode`.
pub fn escape(text: &str, mode: Mode) -> String {
    match mode {
        Mode::Text => visible(text).into_owned(),
        Mode::Json => {
            let mut out = String::with_capacity(text.len());
            for c in text.chars() {
                if must_show(c) {
                    // Every such character is in the Basic Multilingual Plane.
                    out.push_str(&format!("\\u{:04x}", u32::from(c)));
                } else {
                    out.push(c);
                }
            }
            out
        }
    }
}

impl<W: Write> Write for Screen<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let Some(mode) = self.mode else {
            return self.out.write(buf);
        };
        let mut bytes = std::mem::take(&mut self.pending);
        bytes.extend_from_slice(buf);
        // Keep an unfinished character at the end for the next write.
        let keep = unfinished_tail(&bytes);
        let whole = bytes.len() - keep;
        self.pending = bytes[whole..].to_vec();
        self.put(mode, &bytes[..whole])?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if let Some(mode) = self.mode
            && !self.pending.is_empty()
        {
            let pending = std::mem::take(&mut self.pending);
            self.put(mode, &pending)?;
        }
        self.out.flush()
    }
}

impl<W: Write> Drop for Screen<W> {
    fn drop(&mut self) {
        if !self.pending.is_empty() {
            let _ = self.flush();
        }
    }
}

/// How many bytes at the end of `bytes` start a UTF-8 character that is not complete.
fn unfinished_tail(bytes: &[u8]) -> usize {
    for back in 1..=bytes.len().min(3) {
        let b = bytes[bytes.len() - back];
        if b & 0xc0 != 0x80 {
            // A lead byte: how long its character is.
            let len = match b {
                0xc0..=0xdf => 2,
                0xe0..=0xef => 3,
                0xf0..=0xf7 => 4,
                _ => return 0,
            };
            return if len > back { back } else { 0 };
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn screened(mode: Option<Mode>, chunks: &[&[u8]]) -> String {
        let mut out = Vec::new();
        {
            let mut s = Screen::new(&mut out, mode);
            for c in chunks {
                s.write_all(c).unwrap();
            }
            s.flush().unwrap();
        }
        String::from_utf8(out).unwrap()
    }

    /// Reads [`visible`]'s escapes back (for text holding no `\` of its own).
    fn unescape(text: &str) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(at) = rest.find('\\') {
            out.push_str(&rest[..at]);
            let tail = &rest[at + 1..];
            if let Some(r) = tail.strip_prefix('r') {
                out.push('\r');
                rest = r;
            } else if let Some(r) = tail.strip_prefix("u{") {
                let end = r.find('}').unwrap();
                out.push(char::from_u32(u32::from_str_radix(&r[..end], 16).unwrap()).unwrap());
                rest = &r[end + 1..];
            } else {
                panic!("not an escape: {tail:?}");
            }
        }
        out.push_str(rest);
        out
    }

    #[test]
    fn terminal_sequences_and_bidi_controls_are_shown_not_obeyed() {
        let hostile = "a\x1b]0;owned\x07b\x1b[2Jc\u{202e}d\r\u{9b}e\n\tf";
        assert_eq!(
            visible(hostile),
            "a\\u{1b}]0;owned\\u{7}b\\u{1b}[2Jc\\u{202e}d\\r\\u{9b}e\n\tf"
        );
        assert_eq!(
            escape(hostile, Mode::Json),
            "a\\u001b]0;owned\\u0007b\\u001b[2Jc\\u202ed\\u000d\\u009be\n\tf"
        );
        // A pipe: untouched.
        assert_eq!(screened(None, &[hostile.as_bytes()]), hostile);
    }

    #[test]
    fn a_character_split_across_writes_is_escaped_whole() {
        let rlo = "\u{202e}".as_bytes();
        let text = screened(
            Some(Mode::Text),
            &[b"x", &rlo[..1], &rlo[1..2], &rlo[2..], b"y"],
        );
        assert_eq!(text, "x\\u{202e}y");
        assert_eq!(screened(Some(Mode::Text), &[b"x\xff"]), "x\u{fffd}");
    }

    proptest! {
        #[test]
        fn escaped_text_holds_nothing_a_terminal_obeys(s in any::<String>()) {
            let shown = visible(&s);
            prop_assert!(!shown.chars().any(must_show));
            // Applying it again changes nothing more.
            prop_assert_eq!(visible(&shown), shown.clone());
            let json = escape(&s, Mode::Json);
            prop_assert!(!json.chars().any(must_show));
        }

        #[test]
        fn printable_text_is_unchanged(s in "[^\\p{Cc}\u{2028}\u{2029}\u{200e}\u{200f}\u{61c}\u{202a}-\u{202e}\u{2066}-\u{2069}]*") {
            prop_assert_eq!(visible(&s), s.as_str());
        }

        #[test]
        fn escaping_is_unambiguous_for_text_without_backslashes(s in "[^\\\\]*") {
            prop_assert_eq!(unescape(&visible(&s)), s);
        }

        #[test]
        fn json_strings_read_back_the_same(s in any::<String>()) {
            let text = escape(&serde_json::to_string(&s).unwrap(), Mode::Json);
            let back: String = serde_json::from_str(&text).unwrap();
            prop_assert_eq!(back, s);
        }

        #[test]
        fn splitting_writes_changes_nothing(s in any::<String>(), cut in 0usize..64) {
            let bytes = s.as_bytes();
            let cut = cut.min(bytes.len());
            let whole = screened(Some(Mode::Text), &[bytes]);
            let split = screened(Some(Mode::Text), &[&bytes[..cut], &bytes[cut..]]);
            prop_assert_eq!(&split, &whole);
            prop_assert_eq!(whole, visible(&s).into_owned());
        }
    }
}
