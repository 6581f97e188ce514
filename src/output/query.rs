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

type Filter = jaq_core::Filter<JustLut<Val>>;

/// Natives left out: `env` would let a query print the credentials in the environment.
const LEFT_OUT: [&str; 1] = ["env"];

/// A compiled `--query` expression (cheap to clone).
#[derive(Clone)]
pub struct Query {
    expr: Arc<str>,
    filter: Arc<Filter>,
    /// The expression starts with `.JobSet[]` (see [`per_job`]): its results over a
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
            per_job: per_job(expr),
            need: Arc::new(need(expr)),
        })
    }

    /// True when the results over a jobs document `{"TotalCount", "JobSet", "RequestId"}`
    /// are, in order, the results over `{"JobSet": [page's jobs]}` page after page: the
    /// expression is `.JobSet[]` (with a path after it, or `| …` after it), so nothing
    /// but one job at a time reaches what follows. Pages can then be queried as they
    /// arrive.
    pub fn per_job(&self) -> bool {
        self.per_job
    }

    /// What of its input the expression can reach: the rest may be left out of the
    /// input without changing a byte of what it prints or an error it raises.
    pub fn need(&self) -> &Need {
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
    pub fn eval(&self, text: Vec<u8>, out: &mut dyn Write, terminal: bool) -> Result<bool, Error> {
        let input = read(&text)?;
        drop(text);
        self.eval_value(input, out, terminal)
    }

    /// [`Query::eval`] on a value already read.
    pub fn eval_value(
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

/// What of a value an expression can reach: all of it, or some members (by name) and/or
/// every element (`.[]`), each with what of it is reached in turn.
#[derive(Debug, Default, PartialEq)]
pub struct Need {
    all: bool,
    keys: Vec<(String, Need)>,
    each: Option<Box<Need>>,
}

/// One step of a path from the input: `.name` or `.[]`.
#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Each,
}

impl Need {
    /// All of it.
    pub fn all() -> Need {
        Need {
            all: true,
            ..Need::default()
        }
    }

    /// What is reached of the member `key`, when anything is.
    pub fn member(&self, key: &str) -> Option<&Need> {
        static ALL: Need = Need {
            all: true,
            keys: Vec::new(),
            each: None,
        };
        if self.all {
            return Some(&ALL);
        }
        self.keys.iter().find(|(k, _)| k == key).map(|(_, n)| n)
    }

    /// What is reached of each element of an array, when a whole array is reached
    /// (`None`), or only its elements (`Some`): what to keep of each element.
    pub fn element(&self) -> Option<&Need> {
        match &self.each {
            Some(each) if !self.all && self.keys.is_empty() => Some(each),
            _ => None,
        }
    }

    /// Marks the value at `path` as reached whole.
    fn reach(&mut self, path: &[Step]) {
        if self.all {
            return;
        }
        match path.split_first() {
            None => {
                *self = Need::all();
            }
            Some((Step::Key(key), rest)) => {
                let at = match self.keys.iter().position(|(k, _)| k == key) {
                    Some(at) => at,
                    None => {
                        self.keys.push((key.clone(), Need::default()));
                        self.keys.len() - 1
                    }
                };
                self.keys[at].1.reach(rest);
            }
            Some((Step::Each, rest)) => self.each.get_or_insert_default().reach(rest),
        }
    }

    /// `value` without what is not reached. A value whose kind the steps do not fit
    /// (`.name` of an array, say) is kept whole: an error shows it as it is.
    pub fn prune(&self, value: Val) -> Val {
        if self.all {
            return value;
        }
        match value {
            Val::Obj(map) if self.each.is_none() => Val::obj(
                map.iter()
                    .filter_map(|(k, v)| {
                        let Val::TStr(name) = k else { return None };
                        let need = self
                            .keys
                            .iter()
                            .find(|(key, _)| key.as_bytes() == &***name)?;
                        Some((k.clone(), need.1.prune(v.clone())))
                    })
                    .collect(),
            ),
            Val::Obj(map) if self.keys.is_empty() => {
                let each = self.each.as_deref().unwrap_or(self);
                Val::obj(
                    map.iter()
                        .map(|(k, v)| (k.clone(), each.prune(v.clone())))
                        .collect(),
                )
            }
            Val::Arr(items) if self.keys.is_empty() => match &self.each {
                Some(each) => items.iter().map(|v| each.prune(v.clone())).collect(),
                None => Val::Arr(items),
            },
            other => other,
        }
    }
}

/// What of its input `expr` can reach, read by jaq's parser; all of it when unsure.
fn need(expr: &str) -> Need {
    let Some(term) = jaq_core::load::parse(expr, |p| p.term()) else {
        return Need::all();
    };
    let mut need = Need::default();
    let mut shadowed = false;
    let out = reached(&term, &Some(Vec::new()), &mut need, &mut shadowed);
    if let Some(path) = out {
        need.reach(&path);
    }
    need
}

/// Walks `term` whose input is the value at `input` (a path from the expression's input,
/// or `None` for a value made along the way), marking in `need` what it reaches whole;
/// answers the path of its output when it is a plain path from the input. Whatever is not
/// understood here reaches its input whole.
fn reached(
    term: &jaq_core::load::parse::Term<&str>,
    input: &Option<Vec<Step>>,
    need: &mut Need,
    shadowed: &mut bool,
) -> Option<Vec<Step>> {
    use jaq_core::load::lex::StrPart;
    use jaq_core::load::parse::{BinaryOp, Term};
    use jaq_core::path::Part;

    fn whole(need: &mut Need, path: Option<Vec<Step>>) -> Option<Vec<Step>> {
        if let Some(path) = path {
            need.reach(&path);
        }
        None
    }
    let sub = |t: &Term<&str>, need: &mut Need, shadowed: &mut bool| {
        let out = reached(t, input, need, shadowed);
        whole(need, out)
    };
    match term {
        Term::Id => input.clone(),
        Term::Num(_) | Term::Var(_) | Term::Break(_) | Term::Arr(None) => None,
        Term::Str(_, parts) => {
            for part in parts {
                if let StrPart::Term(t) = part {
                    sub(t, need, shadowed);
                }
            }
            None
        }
        Term::Arr(Some(t)) | Term::Neg(t) | Term::Label(_, t) => sub(t, need, shadowed),
        Term::Obj(entries) => {
            for (k, v) in entries {
                sub(k, need, shadowed);
                match v {
                    Some(v) => sub(v, need, shadowed),
                    // `{a}`, `{$x}`: taken as reaching the input whole.
                    None => whole(need, input.clone()),
                };
            }
            None
        }
        Term::BinOp(l, BinaryOp::Pipe(None), r) => {
            let mid = reached(l, input, need, shadowed);
            reached(r, &mid, need, shadowed)
        }
        Term::BinOp(
            l,
            BinaryOp::Comma
            | BinaryOp::Alt
            | BinaryOp::Or
            | BinaryOp::And
            | BinaryOp::Math(_)
            | BinaryOp::Cmp(_),
            r,
        ) => {
            sub(l, need, shadowed);
            sub(r, need, shadowed)
        }
        Term::TryCatch(body, catch) => {
            sub(body, need, shadowed);
            if let Some(catch) = catch {
                // Its input is the error, made along the way.
                let out = reached(catch, &None, need, shadowed);
                whole(need, out);
            }
            None
        }
        Term::IfThenElse(branches, otherwise) => {
            for (cond, then) in branches {
                sub(cond, need, shadowed);
                sub(then, need, shadowed);
            }
            match otherwise {
                Some(e) => sub(e, need, shadowed),
                None => whole(need, input.clone()),
            }
        }
        Term::Def(_, body) => {
            // A definition may give `select` another meaning.
            *shadowed = true;
            reached(body, input, need, shadowed)
        }
        Term::Call(name, args) if *name == "select" && args.len() == 1 && !*shadowed => {
            sub(&args[0], need, shadowed);
            input.clone()
        }
        Term::Path(head, path) => {
            let mut at = reached(head, input, need, shadowed);
            for (part, _) in &path.0 {
                match part {
                    Part::Index(Term::Str(None, key))
                        if matches!(key.as_slice(), [StrPart::Str(_)]) =>
                    {
                        let [StrPart::Str(key)] = key.as_slice() else {
                            unreachable!()
                        };
                        if let Some(p) = &mut at {
                            p.push(Step::Key(key.to_string()));
                        }
                    }
                    Part::Range(None, None) => {
                        if let Some(p) = &mut at {
                            p.push(Step::Each);
                        }
                    }
                    Part::Index(i) => {
                        sub(i, need, shadowed);
                        at = whole(need, at);
                    }
                    Part::Range(from, to) => {
                        for bound in [from, to].into_iter().flatten() {
                            sub(bound, need, shadowed);
                        }
                        at = whole(need, at);
                    }
                }
            }
            at
        }
        // `..`, `reduce`, `foreach`, `as` bindings, assignments, calls: the input whole.
        _ => whole(need, input.clone()),
    }
}

/// Whether `expr`, read by jaq's own parser, is `.JobSet[]` followed by a path or a pipe
/// (`.JobSet[].JobId`, `.JobSet[] | select(…) | …`, `def f: …; .JobSet[] | f`): then each
/// job alone flows into the rest, which cannot reach the document around it. Anything
/// else (`,` at the top, `as` bindings, `label`, `reduce`, `[…]`, `..`, `length`) is
/// false, and so is whatever the parser does not read as a plain term.
fn per_job(expr: &str) -> bool {
    use jaq_core::load::lex::StrPart;
    use jaq_core::load::parse::{BinaryOp, Term};
    use jaq_core::path::{Part, Path};

    fn jobset_iterated(term: &Term<&str>) -> bool {
        let Term::Path(head, Path(parts)) = term else {
            return false;
        };
        if !matches!(**head, Term::Id) {
            return false;
        }
        match parts.as_slice() {
            [(Part::Index(key), _), (Part::Range(None, None), _), ..] => {
                matches!(key, Term::Str(None, s) if matches!(s.as_slice(), [StrPart::Str("JobSet")]))
            }
            _ => false,
        }
    }
    fn starts_per_job(term: &Term<&str>) -> bool {
        match term {
            Term::BinOp(left, BinaryOp::Pipe(None), _) => starts_per_job(left),
            Term::Def(_, body) => starts_per_job(body),
            other => jobset_iterated(other),
        }
    }
    jaq_core::load::parse(expr, |p| p.term()).is_some_and(|term| starts_per_job(&term))
}

/// jaq's reading of a JSON text that serde_json has read.
pub fn read(text: &[u8]) -> Result<Val, Error> {
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

#[cfg(test)]
mod per_job_tests {
    use super::per_job;

    #[test]
    fn only_jobset_iterated_first_runs_per_job() {
        for expr in [
            ".JobSet[]",
            ".JobSet[].JobId",
            ".JobSet[]?",
            ".JobSet?[]",
            ".\"JobSet\"[]",
            ".[\"JobSet\"][]?",
            "(.JobSet[]) | .JobId",
            ".JobSet[] | .JobId",
            ".JobSet[] | select(.JobState == \"FAILED\") | .JobId, .JobName",
            ".JobSet[].Tags[] | .Key",
            "def f: .JobId; .JobSet[] | f",
            ".JobSet[] | .a | .b | .c",
        ] {
            assert!(per_job(expr), "{expr}");
        }
        for expr in [
            ".TotalCount",
            "length",
            ".JobSet",
            ".JobSet[0]",
            ".JobSet[1:]",
            ".JobSet[0:][]",
            "[.JobSet[].JobId]",
            ".JobSet[].JobId, .TotalCount",
            ".JobSet[] as $j | .TotalCount",
            ". as $d | .JobSet[] | $d.TotalCount",
            "reduce .JobSet[] as $j (0; . + 1)",
            "label $out | .JobSet[] | ., break $out",
            "..",
            ".JobSet[] // 1",
            "first(.JobSet[])",
            ".Jobset[]",
            ".JobSet[",
        ] {
            assert!(!per_job(expr), "{expr}");
        }
    }
}
