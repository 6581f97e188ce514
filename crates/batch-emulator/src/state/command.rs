//! The command rule: what a task instance "does" with its `Application.Command`, so users
//! can script success, failure, output and run time.
//!
//! The command is split into simple commands on `;`, `&&`, `||` and newlines (outside
//! quotes; `#` starts a comment). Words are unquoted as a shell does for simple cases:
//! `'…'` is literal, `"…"` allows `\"`, `\\`, `\$`, `` \` ``, and `\` escapes one
//! character outside quotes. Then, in order:
//!
//! - `echo [-n] WORDS…` appends the words, joined by spaces, as one line (no newline
//!   with `-n`) to stdout, or to stderr with a `>&2`, `1>&2` or `>/dev/stderr` word;
//! - `sleep N` (seconds, or with an `s`, `m` or `h` suffix) makes N virtual seconds
//!   pass; the run lasts the sum of its sleeps, or 1 second when there is none;
//! - `exit N` ends the run with status N (0–255; a bare `exit` keeps the last status);
//! - `true` succeeds, `false` fails with status 1; anything else succeeds silently;
//! - `A && B` runs B only when A succeeded, `A || B` only when it failed.
//!
//! The run ends with the status of `exit`, else of the last command run. A status N ≠ 0
//! makes the instance `FAILED` with `ExitCode` N and a last stderr line `exit status N`;
//! status 0 makes it `SUCCEED` with `ExitCode` 0.

/// Which log a chunk of text goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// Text written at `at_ms` after the instance started running.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chunk {
    pub at_ms: i64,
    pub stream: Stream,
    pub text: String,
}

/// The whole run of a command: what it writes and when, how long it lasts, its status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub chunks: Vec<Chunk>,
    pub duration_ms: i64,
    pub exit: i32,
}

impl Run {
    /// The text of `stream` written up to `at_ms` after the start.
    pub fn text(&self, stream: Stream, at_ms: i64) -> String {
        self.chunks
            .iter()
            .filter(|c| c.stream == stream && c.at_ms <= at_ms)
            .map(|c| c.text.as_str())
            .collect()
    }
}

/// How one simple command is joined to the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Join {
    Always,
    IfOk,
    IfFailed,
}

/// A word and whether any of it was quoted (a quoted `>&2` is text, not a redirect).
#[derive(Debug, Clone)]
struct Word {
    text: String,
    quoted: bool,
}

/// Splits `command` into simple commands (their words) and how each joins the previous.
fn parse(command: &str) -> Vec<(Join, Vec<Word>)> {
    let mut out = Vec::new();
    let mut words: Vec<Word> = Vec::new();
    let mut word: Option<Word> = None;
    let mut join = Join::Always;
    let mut chars = command.chars().peekable();
    let end_word = |word: &mut Option<Word>, words: &mut Vec<Word>| {
        if let Some(w) = word.take() {
            words.push(w);
        }
    };
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                let w = word.get_or_insert(Word {
                    text: String::new(),
                    quoted: true,
                });
                w.quoted = true;
                for c in chars.by_ref() {
                    if c == '\'' {
                        break;
                    }
                    w.text.push(c);
                }
            }
            '"' => {
                let w = word.get_or_insert(Word {
                    text: String::new(),
                    quoted: true,
                });
                w.quoted = true;
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => match chars.peek() {
                            Some(&n @ ('"' | '\\' | '$' | '`')) => {
                                chars.next();
                                w.text.push(n);
                            }
                            Some('\n') => {
                                chars.next();
                            }
                            _ => w.text.push('\\'),
                        },
                        c => w.text.push(c),
                    }
                }
            }
            '\\' => match chars.next() {
                Some('\n') | None => {}
                Some(n) => word
                    .get_or_insert(Word {
                        text: String::new(),
                        quoted: true,
                    })
                    .text
                    .push(n),
            },
            '#' if word.is_none() => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
                end_word(&mut word, &mut words);
                out.push((join, std::mem::take(&mut words)));
                join = Join::Always;
            }
            ';' | '\n' => {
                end_word(&mut word, &mut words);
                out.push((join, std::mem::take(&mut words)));
                join = Join::Always;
            }
            '&' if chars.peek() == Some(&'&') => {
                chars.next();
                end_word(&mut word, &mut words);
                out.push((join, std::mem::take(&mut words)));
                join = Join::IfOk;
            }
            '|' if chars.peek() == Some(&'|') => {
                chars.next();
                end_word(&mut word, &mut words);
                out.push((join, std::mem::take(&mut words)));
                join = Join::IfFailed;
            }
            c if c.is_whitespace() => end_word(&mut word, &mut words),
            c => word
                .get_or_insert(Word {
                    text: String::new(),
                    quoted: false,
                })
                .text
                .push(c),
        }
    }
    end_word(&mut word, &mut words);
    out.push((join, words));
    out.retain(|(_, words)| !words.is_empty());
    out
}

/// `N`, `Ns`, `Nm` or `Nh` as milliseconds.
fn duration_ms(text: &str) -> Option<i64> {
    let (number, unit) = match text.char_indices().last() {
        Some((at, 's')) => (&text[..at], 1_000.0),
        Some((at, 'm')) => (&text[..at], 60_000.0),
        Some((at, 'h')) => (&text[..at], 3_600_000.0),
        _ => (text, 1_000.0),
    };
    let value: f64 = number.parse().ok()?;
    (0.0..1e9)
        .contains(&value)
        .then(|| (value * unit).round() as i64)
}

/// Runs `command` by the rule of this module.
pub fn run(command: &str) -> Run {
    let mut chunks = Vec::new();
    let mut now = 0i64;
    let mut slept = false;
    let mut status = 0i32;
    for (join, words) in parse(command) {
        let skip = match join {
            Join::Always => false,
            Join::IfOk => status != 0,
            Join::IfFailed => status == 0,
        };
        if skip {
            continue;
        }
        let name = words[0].text.as_str();
        let args = &words[1..];
        status = match name {
            "echo" => {
                let mut stream = Stream::Stdout;
                let mut newline = true;
                let mut texts = Vec::new();
                for (i, w) in args.iter().enumerate() {
                    if !w.quoted && matches!(w.text.as_str(), ">&2" | "1>&2" | ">/dev/stderr") {
                        stream = Stream::Stderr;
                    } else if !w.quoted && w.text == "2>&1" {
                    } else if i == 0 && !w.quoted && w.text == "-n" {
                        newline = false;
                    } else {
                        texts.push(w.text.as_str());
                    }
                }
                let mut text = texts.join(" ");
                if newline {
                    text.push('\n');
                }
                chunks.push(Chunk {
                    at_ms: now,
                    stream,
                    text,
                });
                0
            }
            "sleep" => match args.first().and_then(|a| duration_ms(&a.text)) {
                Some(ms) => {
                    now = now.saturating_add(ms);
                    slept = true;
                    0
                }
                None => {
                    let arg = args.first().map_or("", |a| a.text.as_str());
                    chunks.push(Chunk {
                        at_ms: now,
                        stream: Stream::Stderr,
                        text: format!("sleep: invalid time interval '{arg}'\n"),
                    });
                    1
                }
            },
            "exit" => {
                if let Some(arg) = args.first() {
                    status = arg
                        .text
                        .parse::<i64>()
                        .map_or(2, |n| i32::try_from(n.rem_euclid(256)).unwrap_or(2));
                }
                break;
            }
            "false" => 1,
            _ => 0,
        };
    }
    let duration_ms = if slept { now } else { 1_000 };
    if status != 0 {
        chunks.push(Chunk {
            at_ms: duration_ms,
            stream: Stream::Stderr,
            text: format!("exit status {status}\n"),
        });
    }
    Run {
        chunks,
        duration_ms,
        exit: status,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn echo_lines_go_to_stdout_in_order_and_the_run_lasts_one_second() {
        let run = run("echo hello; echo 'two  words' && echo \"a \\\"q\\\"\"");
        assert_eq!(run.text(Stream::Stdout, 0), "hello\ntwo  words\na \"q\"\n");
        assert_eq!(run.text(Stream::Stderr, 10_000), "");
        assert_eq!((run.duration_ms, run.exit), (1_000, 0));
    }

    #[test]
    fn sleep_sets_the_run_time_and_output_appears_as_time_passes() {
        let run = run("echo start\nsleep 2\necho middle >&2\nsleep 1.5s; echo end");
        assert_eq!(run.duration_ms, 3_500);
        assert_eq!(run.text(Stream::Stdout, 1_999), "start\n");
        assert_eq!(run.text(Stream::Stderr, 2_000), "middle\n");
        assert_eq!(run.text(Stream::Stdout, 3_500), "start\nend\n");
    }

    #[test]
    fn exit_n_fails_with_its_status_and_a_last_stderr_line() {
        let run = run("echo working; echo 'disk full' 1>&2; exit 3; echo never");
        assert_eq!(run.exit, 3);
        assert_eq!(run.text(Stream::Stdout, 1_000), "working\n");
        assert_eq!(
            run.text(Stream::Stderr, 1_000),
            "disk full\nexit status 3\n"
        );
        assert_eq!(super::run("exit 0").exit, 0);
        assert_eq!(super::run("false").exit, 1);
        assert_eq!(super::run("false || echo recovered").exit, 0);
        assert_eq!(super::run("false && echo no").exit, 1);
        assert_eq!(super::run("exit 300").exit, 44);
        assert_eq!(super::run("python train.py --epochs 3").exit, 0);
        assert_eq!(super::run("echo '>&2'").text(Stream::Stdout, 0), ">&2\n");
        assert_eq!(super::run("# only a comment").exit, 0);
    }
}
