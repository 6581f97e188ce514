//! `--query`: a jq expression compiled once (with jaq, in-process) and applied to the JSON
//! document a command would print; each result on its own line, strings raw as `jq -r`.
//!
//! Numbers stay exact: the document goes to jaq as JSON text, and jaq keeps integers of
//! any size as integers and other numbers as their decimal text until arithmetic touches
//! them (then they become 64-bit floats, as in jq). jaq prints NaN and infinities as
//! `NaN`/`Infinity` where jq prints `null`/`1.7976931348623157e+308`.

use std::fmt;
use std::io::Write;
use std::sync::Arc;

use jaq_core::data::JustLut;
use jaq_core::load::{self, Arena, File, Loader};
use jaq_core::{Compiler, Ctx, Vars};
use jaq_json::Val;

use crate::transport::error::Error;

mod need;
mod stream;

use need::Need;

type Filter = jaq_core::Filter<JustLut<Val>>;

/// Natives left out: `env` would let a query print the credentials in the environment.
const LEFT_OUT: [&str; 1] = ["env"];

/// A compiled `--query` expression (cheap to clone).
#[derive(Clone)]
pub struct Query {
    expr: Arc<str>,
    filter: Arc<Filter>,
    /// The expression starts with `.JobSet[]` (see [`Query::per_job`]): its results over a
    /// jobs document are the results over each page's jobs in turn.
    per_job: bool,
    /// What of its input the expression can reach (the whole input when unsure).
    need: Arc<Need>,
}

impl fmt::Debug for Query {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Query").field(&self.expr).finish()
    }
}

impl Query {
    /// A syntax error is a usage error (exit 2) naming the expression, before anything is sent.
    pub fn compile(expr: &str) -> Result<Query, Error> {
        let bad = |why: String| {
            let cut = crate::transport::error::cut;
            Error::usage(format!("invalid --query '{}': {}", cut(expr), cut(&why)))
        };
        let defs = jaq_core::defs()
            .chain(jaq_std::defs())
            .chain(jaq_json::defs());
        let funs = jaq_core::funs()
            .chain(jaq_std::funs())
            .chain(jaq_json::funs())
            .filter(|(name, _, _)| !LEFT_OUT.contains(name));
        let arena = Arena::default();
        let modules = Loader::new(defs)
            .load(
                &arena,
                File {
                    code: expr,
                    path: (),
                },
            )
            .map_err(|errors| bad(load_errors(expr, errors)))?;
        let filter = Compiler::default()
            .with_funs(funs)
            .compile(modules)
            .map_err(|errors| {
                let what: Vec<String> = errors
                    .into_iter()
                    .flat_map(|(_, errs)| errs)
                    .map(|(name, undefined)| format!("undefined {} '{name}'", undefined.as_str()))
                    .collect();
                bad(what.join("; "))
            })?;
        Ok(Query {
            expr: expr.into(),
            filter: Arc::new(filter),
            per_job: stream::per_job(expr),
            need: Arc::new(need::need(expr)),
        })
    }

    /// True when the results over a jobs document `{"TotalCount", "JobSet", "RequestId"}`
    /// are, in order, the results over `{"JobSet": [page's jobs]}` page after page: the
    /// expression is `.JobSet[]` (with a path after it, or `| …` after it), so nothing
    /// but one job at a time reaches what follows. Pages can then be queried as they
    /// arrive.
    pub(crate) fn per_job(&self) -> bool {
        self.per_job
    }

    /// What of its input the expression can reach: the rest may be left out of the
    /// input without changing a byte of what it prints or an error it raises.
    pub(crate) fn need(&self) -> &Need {
        &self.need
    }

    /// The expression as given.
    pub fn expr(&self) -> &str {
        &self.expr
    }

    /// Each result on its own line: strings raw (as `jq -r`), other values compact JSON.
    /// An evaluation error is exit 2 with jq's message.
    /// Writes the results of the query on `doc`; `terminal`: `out` is one, so what must
    /// not reach it raw is escaped ([`super::terminal`]).
    pub fn run(
        &self,
        doc: &serde_json::Value,
        out: &mut dyn Write,
        terminal: bool,
    ) -> Result<(), Error> {
        let text = serde_json::to_vec(doc).map_err(|e| Error::Internal(e.to_string()))?;
        self.run_text(text, out, terminal)
    }

    /// [`Query::run`] on a document's JSON text, which must be valid JSON (read once by
    /// serde_json, as a document is). The text is freed before the query runs: only
    /// jaq's reading of it is held, not a second copy of the document.
    pub fn run_text(
        &self,
        text: Vec<u8>,
        out: &mut dyn Write,
        terminal: bool,
    ) -> Result<(), Error> {
        self.eval(text, out, terminal).map(|_halted| ())
    }

    /// [`Query::run_text`], telling whether `halt` stopped it (true), so that a query
    /// run page by page prints nothing after it.
    pub(crate) fn eval(
        &self,
        text: Vec<u8>,
        out: &mut dyn Write,
        terminal: bool,
    ) -> Result<bool, Error> {
        let input = read(&text)?;
        drop(text);
        self.eval_value(input, out, terminal)
    }

    /// [`Query::eval`] on a value already read.
    pub(crate) fn eval_value(
        &self,
        input: Val,
        out: &mut dyn Write,
        terminal: bool,
    ) -> Result<bool, Error> {
        let ctx = Ctx::<JustLut<Val>>::new(&self.filter.lut, Vars::new([]));
        let pp = jaq_json::write::Pp::default();
        for result in self.filter.id.run((ctx, input)) {
            let value = match result {
                Ok(value) => value,
                Err(exn) => match exn.get_err() {
                    Ok(e) => {
                        out.flush()?;
                        return Err(Error::usage(format!(
                            "--query '{}' failed: {}",
                            crate::transport::error::cut(&self.expr),
                            crate::transport::error::cut(&crate::transport::error::printable(
                                &error_text(e)
                            ))
                        )));
                    }
                    // `halt`: jq stops printing; a non-zero status is an error here too.
                    Err(exn) => match exn.get_halt() {
                        Ok(0) => {
                            out.flush()?;
                            return Ok(true);
                        }
                        Ok(code) => {
                            out.flush()?;
                            return Err(Error::usage(format!(
                                "--query '{}' halted with status {code}",
                                crate::transport::error::cut(&self.expr)
                            )));
                        }
                        Err(_) => {
                            return Err(Error::Internal(
                                "--query: an unexpected jaq exception".to_string(),
                            ));
                        }
                    },
                },
            };
            use super::terminal::{Mode, Screen};
            match &value {
                Val::TStr(s) => {
                    Screen::new(&mut *out, terminal.then_some(Mode::Text)).write_all(s)?
                }
                other => {
                    let mut screen = Screen::new(&mut *out, terminal.then_some(Mode::Json));
                    jaq_json::write::write(&mut screen, &pp, 0, other)?;
                    screen.flush()?;
                }
            }
            out.write_all(b"\n")?;
        }
        out.flush()?;
        Ok(false)
    }
}

/// jaq's reading of a JSON text that serde_json has read.
pub(crate) fn read(text: &[u8]) -> Result<Val, Error> {
    jaq_json::read::parse_single(text)
        .map_err(|e| Error::Internal(format!("the document for --query: {e}")))
}

/// jq's message: `error("x")` gives `x` itself; other values are shown as JSON.
fn error_text(e: jaq_core::Error<Val>) -> String {
    match e.into_val() {
        Val::TStr(s) => String::from_utf8_lossy(&s).into_owned(),
        other => format!("{other} (not a string)"),
    }
}

/// The lexer's and parser's complaints, each with where in the expression it stopped.
fn load_errors(expr: &str, errors: load::Errors<&str, ()>) -> String {
    let at = |rest: &str| {
        let offset = (rest.as_ptr() as usize).saturating_sub(expr.as_ptr() as usize);
        match expr.get(offset..) {
            Some("") | None => "at the end".to_string(),
            Some(tail) => format!("at '{}'", tail.chars().take(20).collect::<String>()),
        }
    };
    let mut what = Vec::new();
    for (_, error) in errors {
        match error {
            load::Error::Io(items) => what.extend(items.into_iter().map(|(_, e)| e)),
            load::Error::Lex(items) => what.extend(items.into_iter().map(|(expect, rest)| {
                let expected = match expect {
                    load::lex::Expect::Delim(open) => match open {
                        "(" => "closing parenthesis",
                        "[" => "closing bracket",
                        "{" => "closing brace",
                        _ => "closing quote",
                    },
                    other => other.as_str(),
                };
                format!("expected {expected} {}", at(rest))
            })),
            load::Error::Parse(items) => what.extend(
                items
                    .into_iter()
                    .map(|(expect, found)| format!("expected {} {}", expect.as_str(), at(found))),
            ),
        }
    }
    if what.is_empty() {
        what.push("not a jq expression".to_string());
    }
    what.join("; ")
}

/// For a JMESPath expression (the habit of tccli's `--filter` and aws's `--query`), the
/// jq expression that most likely means the same, when one is easy to tell.
pub fn jmespath_hint(expr: &str) -> Option<String> {
    let expr = expr.trim();
    let first = expr.chars().next()?;
    if !first.is_ascii_uppercase() {
        return None;
    }
    let jq = format!(".{}", expr.replace("[*]", "[]"));
    let simple = !jq.contains(['?', '|', '@', '`', '{', '&', '=', '<', '>', '!']);
    Some(if simple && Query::compile(&jq).is_ok() {
        format!("jq paths start with a dot: try --query '{jq}'")
    } else {
        "--query takes jq syntax (e.g. '.JobSet[] | select(.JobState == \"FAILED\") | .JobId'), not JMESPath".to_string()
    })
}

/// Parses `--query` for clap: compiled here, so a syntax error is a usage error before
/// anything else happens.
pub fn parse_arg(value: &str) -> Result<Query, String> {
    Query::compile(value).map_err(|e| {
        let why = match e {
            Error::Usage(message) => message
                .split_once(": ")
                .map_or(message.clone(), |(_, why)| why.to_string()),
            other => other.to_string(),
        };
        match jmespath_hint(value) {
            Some(hint) => format!("{why}\n  hint: {hint}"),
            None => why,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn run(expr: &str, doc: &serde_json::Value) -> Result<String, Error> {
        let mut out = Vec::new();
        Query::compile(expr)?.run(doc, &mut out, false)?;
        Ok(String::from_utf8(out).unwrap())
    }

    fn doc() -> serde_json::Value {
        serde_json::from_str(
            r#"{"TotalCount": 2, "JobSet": [
                {"JobId": "job-aaaaaaaa", "Priority": 1, "Tags": [{"Key": "k", "Value": "v"}]},
                {"JobId": "job-bbbbbbbb", "Priority": 12345678901234567890123, "Ratio": 1.10}
            ], "RequestId": "req-1"}"#,
        )
        .unwrap()
    }

    #[test]
    fn strings_are_raw_and_other_values_compact() {
        assert_eq!(
            run(".JobSet[].JobId", &doc()).unwrap(),
            "job-aaaaaaaa\njob-bbbbbbbb\n"
        );
        assert_eq!(run(".TotalCount", &doc()).unwrap(), "2\n");
        assert_eq!(
            run(".JobSet[0].Tags[0]", &doc()).unwrap(),
            "{\"Key\":\"k\",\"Value\":\"v\"}\n"
        );
        assert_eq!(run(".Missing", &doc()).unwrap(), "null\n");
        assert_eq!(run("empty", &doc()).unwrap(), "");
        assert_eq!(
            run("[.JobSet[].JobId]", &doc()).unwrap(),
            "[\"job-aaaaaaaa\",\"job-bbbbbbbb\"]\n"
        );
        assert_eq!(run("\"a\\nb\"", &doc()).unwrap(), "a\nb\n", "raw, as jq -r");
    }

    #[test]
    fn numbers_pass_through_exactly() {
        assert_eq!(
            run(".JobSet[1].Priority", &doc()).unwrap(),
            "12345678901234567890123\n"
        );
        assert_eq!(run(".JobSet[1].Ratio", &doc()).unwrap(), "1.10\n");
        assert_eq!(
            run(".JobSet[1]", &doc()).unwrap(),
            "{\"JobId\":\"job-bbbbbbbb\",\"Priority\":12345678901234567890123,\"Ratio\":1.10}\n"
        );
        assert_eq!(run(".TotalCount + 1", &doc()).unwrap(), "3\n");
    }

    #[test]
    fn standard_library_works() {
        assert_eq!(
            run(".JobSet | map(.JobId) | join(\",\")", &doc()).unwrap(),
            "job-aaaaaaaa,job-bbbbbbbb\n"
        );
        assert_eq!(
            run(".JobSet[] | select(.Priority == 1) | .JobId", &doc()).unwrap(),
            "job-aaaaaaaa\n"
        );
        assert_eq!(run("keys | length", &doc()).unwrap(), "3\n");
    }

    #[test]
    fn syntax_errors_are_usage_errors_naming_the_expression() {
        for bad in [
            ".JobSet[", ".[] |", "map(", "{a:}", "\"abc", "nosuchfn", "$x",
        ] {
            let err = Query::compile(bad).unwrap_err();
            assert_eq!(err.exit_code(), 2, "{bad}");
            assert!(err.to_string().contains(bad), "{bad}: {err}");
        }
        let err = Query::compile(".JobSet[").unwrap_err().to_string();
        assert!(err.contains("expected"), "{err}");
        let err = Query::compile("nosuchfn").unwrap_err().to_string();
        assert!(err.contains("undefined filter 'nosuchfn'"), "{err}");
    }

    #[test]
    fn evaluation_errors_are_exit_2_with_jqs_message() {
        let err = run(".TotalCount | .[0]", &doc()).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(err.to_string().contains("cannot index"), "{err}");
        let err = run("error(\"boom\")", &doc()).unwrap_err();
        assert!(err.to_string().ends_with("failed: boom"), "{err}");
        // Results before the error are still written.
        let mut out = Vec::new();
        let q = Query::compile(".JobSet[].JobId, error(\"x\")").unwrap();
        assert!(q.run(&doc(), &mut out, false).is_err());
        assert_eq!(out, b"job-aaaaaaaa\njob-bbbbbbbb\n");
    }

    #[test]
    fn jmespath_habits_get_a_jq_hint() {
        assert_eq!(
            jmespath_hint("JobSet[0].JobId").unwrap(),
            "jq paths start with a dot: try --query '.JobSet[0].JobId'"
        );
        assert_eq!(
            jmespath_hint("JobSet[*].JobId").unwrap(),
            "jq paths start with a dot: try --query '.JobSet[].JobId'"
        );
        assert!(
            jmespath_hint("JobSet[?JobState=='FAILED'].JobId")
                .unwrap()
                .contains("not JMESPath")
        );
        assert_eq!(jmespath_hint(".JobSet[0]"), None);
        let err = parse_arg("JobSet[0].JobId").unwrap_err();
        assert!(
            err.contains("undefined filter 'JobSet'")
                && err.contains("try --query '.JobSet[0].JobId'"),
            "{err}"
        );
    }

    #[test]
    fn env_is_not_available() {
        assert!(Query::compile("env").is_err());
        assert!(Query::compile("$ENV").is_err());
    }

    #[test]
    fn halt_stops_quietly() {
        assert_eq!(run("1, halt, 2", &json!(null)).unwrap(), "1\n");
    }

    #[test]
    fn queries_can_live_in_parsed_options() {
        fn send_sync<T: Send + Sync + Clone + 'static>() {}
        send_sync::<Query>();
    }
}
