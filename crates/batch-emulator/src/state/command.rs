//! The command rule: what a task instance "does" with its `Application.Command`, so users
//! can script success, failure, output and run time.
//!
//! The command is split into simple commands on `;`, `&&`, `||` and newlines (outside
//! quotes; `#` starts a comment). Words are unquoted as a shell does for simple cases:
//! `'…'` is literal, `"…"` allows `\"`, `\\`, `\$`, `` \` ``, and `\` escapes one
//! character outside quotes.
//!
//! Variables: `$NAME` and `${NAME}` expand, bare and inside `"…"` but not inside `'…'`;
//! an unknown name expands to nothing, an unquoted expansion is split on whitespace, and
//! other `$` forms (`$$`, `$1`, `${A:-x}`) stay as written. A task instance starts with
//! its task's `EnvVars`, then the service's `BATCH_JOB_ID`, `BATCH_TASK_NAME`,
//! `BATCH_TASK_INSTANCE_NUM` and `BATCH_TASK_INSTANCE_INDEX` (0-based), which win over
//! `EnvVars` of the same name; all of them are exported. A command made only of
//! `NAME=VALUE` words sets them for the commands after it (left to right); `export
//! NAME=VALUE…` sets and exports them, `export NAME` exports NAME; `NAME=VALUE cmd` sets
//! nothing for later (only a nested shell `cmd` sees it). Then, in order:
//!
//! - `echo [-n] WORDS…` appends the words, joined by spaces, as one line (no newline
//!   with `-n`) to stdout. Unquoted `>&2`, `1>&2` or `>/dev/stderr` (stdout to where
//!   stderr goes) and `2>&1` (stderr to where stdout goes) words redirect, left to right,
//!   here and on a nested shell below;
//! - `sleep N` (seconds, or with an `s`, `m` or `h` suffix) makes N virtual seconds
//!   pass; the run lasts the sum of its sleeps, or 1 second when there is none;
//! - `exit N` ends the shell it runs in with status N (0–255; a bare `exit` keeps the
//!   last status);
//! - `true` succeeds, `false` fails with status 1;
//! - `test EXPR` and `[ EXPR ]` check EXPR as POSIX `test` does by its number of
//!   arguments: none is false, one is true when not empty; `! E` negates; `-n S`, `-z S`;
//!   `A = B` (or `==`), `A != B`, `A -a B`, `A -o B`; integers with `-eq`, `-ne`, `-lt`,
//!   `-le`, `-gt`, `-ge`; `( E )` around one or two arguments. Status 0 when it holds, 1
//!   when not, 2 with a stderr line when it cannot be read: a `[` without its last `]`,
//!   an operand that is not an integer, an unknown operator, more than four arguments,
//!   or a file test (`-f`, `-d`, …: there are no files here);
//! - `sh -c STRING` (also `bash`, `dash`, bare or under `/bin/`, `/usr/bin/` or
//!   `/usr/local/bin/`, with options of the letters `c`, `e` and `l`, such as `-ec` or
//!   `-e -c`) runs STRING by this rule as a child shell: its output and sleeps are the
//!   run's, its status is the command's, it sees the exported variables and the
//!   `NAME=VALUE` words before it, and what it sets stays inside it. With `e` a failing
//!   command ends it unless a `&&` or `||` follows it. Shells nest at most 16 deep; a
//!   deeper one, or a `-c` without STRING, is status 2 with a stderr line;
//! - anything else (a `sh` without `-c` included) succeeds silently;
//! - `A && B` runs B only when A succeeded, `A || B` only when it failed.
//!
//! Limits keep any input cheap: a run stops with status 2 and an `emulator: …` stderr
//! line after 100 000 simple commands or 16 MiB of expanded words, nested shells counted.
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
#[derive(Debug, Clone, Default, PartialEq, Eq)]
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

/// A part of a word: literal text, or a variable to expand when the command runs;
/// `true` when the part was quoted.
#[derive(Debug, Clone)]
enum Piece {
    Lit(String, bool),
    Var(String),
}

/// A word (its pieces) and whether any of it was quoted (a quoted `>&2` is text, not a
/// redirect; an unquoted expansion is split on whitespace).
#[derive(Debug, Clone)]
struct Word {
    pieces: Vec<Piece>,
    quoted: bool,
}

impl Word {
    fn new(quoted: bool) -> Word {
        Word {
            pieces: Vec::new(),
            quoted,
        }
    }

    fn push(&mut self, c: char, quoted: bool) {
        match self.pieces.last_mut() {
            Some(Piece::Lit(text, q)) if *q == quoted => text.push(c),
            _ => self.pieces.push(Piece::Lit(c.to_string(), quoted)),
        }
    }

    /// The word with its variables expanded from `vars` (the last of a name wins), its
    /// bytes taken from `budget` (cut short once that is spent).
    fn expand(&self, vars: &Vars, budget: &mut Budget) -> String {
        let mut out = String::new();
        for piece in &self.pieces {
            let text = match piece {
                Piece::Lit(text, _) => text.as_str(),
                Piece::Var(name) => lookup(vars, name),
            };
            if !budget.take(text.len()) {
                break;
            }
            out.push_str(text);
        }
        out
    }

    /// `NAME=VALUE` with an unquoted, valid NAME: (name, expanded value).
    fn assignment(&self, vars: &Vars, budget: &mut Budget) -> Option<(String, String)> {
        let Some(Piece::Lit(first, false)) = self.pieces.first() else {
            return None;
        };
        let (name, rest) = first.split_once('=')?;
        if !is_name(name) {
            return None;
        }
        let mut value = rest.to_string();
        value.push_str(
            &Word {
                pieces: self.pieces[1..].to_vec(),
                quoted: true,
            }
            .expand(vars, budget),
        );
        Some((name.to_string(), value))
    }
}

/// The variables of a shell by name.
type Vars = std::collections::HashMap<String, String>;

fn lookup<'a>(vars: &'a Vars, name: &str) -> &'a str {
    vars.get(name).map_or("", String::as_str)
}

fn is_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c == '_' || c.is_ascii_alphabetic())
        && chars.all(|c| c == '_' || c.is_ascii_alphanumeric())
}

/// After a `$`: `{NAME}` or `NAME` as a variable, else a literal `$` (`$$`, `$1`, …).
fn dollar(chars: &mut std::iter::Peekable<std::str::Chars>, w: &mut Word, quoted: bool) {
    match chars.peek() {
        Some('{') => {
            let rest: String = chars
                .clone()
                .skip(1)
                .take_while(|&c| c == '_' || c.is_ascii_alphanumeric())
                .collect();
            let closed = chars.clone().nth(1 + rest.len()) == Some('}');
            if closed && is_name(&rest) {
                for _ in 0..rest.len() + 2 {
                    chars.next();
                }
                w.pieces.push(Piece::Var(rest));
            } else {
                w.push('$', quoted);
            }
        }
        Some(&c) if c == '_' || c.is_ascii_alphabetic() => {
            let mut name = String::new();
            while let Some(&c) = chars.peek() {
                if c == '_' || c.is_ascii_alphanumeric() {
                    name.push(c);
                    chars.next();
                } else {
                    break;
                }
            }
            w.pieces.push(Piece::Var(name));
        }
        _ => w.push('$', quoted),
    }
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
                let w = word.get_or_insert(Word::new(true));
                w.quoted = true;
                w.pieces.push(Piece::Lit(String::new(), true));
                for c in chars.by_ref() {
                    if c == '\'' {
                        break;
                    }
                    w.push(c, true);
                }
            }
            '"' => {
                let w = word.get_or_insert(Word::new(true));
                w.quoted = true;
                w.pieces.push(Piece::Lit(String::new(), true));
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => match chars.peek() {
                            Some(&n @ ('"' | '\\' | '$' | '`')) => {
                                chars.next();
                                w.push(n, true);
                            }
                            Some('\n') => {
                                chars.next();
                            }
                            _ => w.push('\\', true),
                        },
                        '$' => dollar(&mut chars, w, true),
                        c => w.push(c, true),
                    }
                }
            }
            '\\' => match chars.next() {
                Some('\n') | None => {}
                Some(n) => {
                    let w = word.get_or_insert(Word::new(true));
                    w.quoted = true;
                    w.push(n, true);
                }
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
            '$' => dollar(&mut chars, word.get_or_insert(Word::new(false)), false),
            c => word.get_or_insert(Word::new(false)).push(c, false),
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

/// How deep `sh -c` may nest: the top-level command is depth 0.
const MAX_DEPTH: usize = 16;
/// How many simple commands one run may run, nested shells included.
const MAX_STEPS: u32 = 100_000;
/// How many bytes one run may expand words to, nested shells included.
const MAX_BYTES: usize = 16 << 20;

/// What is left of the bytes a run may expand; `over` once it was asked for more.
struct Budget {
    bytes: usize,
    over: bool,
}

impl Budget {
    fn new() -> Budget {
        Budget {
            bytes: MAX_BYTES,
            over: false,
        }
    }

    /// Takes `n` bytes; false (and `over`) when there are not that many left.
    fn take(&mut self, n: usize) -> bool {
        match self.bytes.checked_sub(n) {
            Some(left) if !self.over => {
                self.bytes = left;
                true
            }
            _ => {
                self.over = true;
                false
            }
        }
    }
}

/// An expanded word.
struct Arg {
    text: String,
    quoted: bool,
}

/// Expands `words`: an unquoted word is split on whitespace (and vanishes when empty).
fn expand(words: &[Word], vars: &Vars, budget: &mut Budget) -> Vec<Arg> {
    let mut out = Vec::with_capacity(words.len());
    for w in words {
        let text = w.expand(vars, budget);
        if w.quoted {
            out.push(Arg { text, quoted: true });
        } else {
            out.extend(text.split_whitespace().map(|t| Arg {
                text: t.to_string(),
                quoted: false,
            }));
        }
    }
    out
}

/// The variables of one shell and the names it exports to the shells it starts.
#[derive(Debug, Clone, Default)]
struct Env {
    vars: Vars,
    exported: std::collections::HashSet<String>,
}

impl Env {
    /// What a shell started from this one sees: the exported variables, then `extra`.
    fn child(&self, extra: Vec<(String, String)>) -> Env {
        let mut vars: Vars = self
            .exported
            .iter()
            .filter_map(|name| Some((name.clone(), self.vars.get(name)?.clone())))
            .collect();
        vars.extend(extra);
        let exported = vars.keys().cloned().collect();
        Env { vars, exported }
    }
}

/// The state one run shares with the shells it nests: output, virtual time, limits.
struct Ctx {
    chunks: Vec<Chunk>,
    now: i64,
    slept: bool,
    steps: u32,
    budget: Budget,
    /// Set once a limit stopped the run: every shell then ends with status 2.
    stopped: bool,
}

impl Ctx {
    fn write(&mut self, stream: Stream, text: String) {
        self.chunks.push(Chunk {
            at_ms: self.now,
            stream,
            text,
        });
    }

    /// Ends the whole run (every nested shell) with a stderr line saying why.
    fn stop(&mut self, why: &str) {
        if !self.stopped {
            self.stopped = true;
            self.write(Stream::Stderr, format!("emulator: {why}\n"));
        }
    }
}

/// How a simple command ends: with a status, or ending its shell (`exit`) with one.
enum Flow {
    Status(i32),
    Exit(i32),
}

/// Runs `command` by the rule of this module, with no variables set.
pub fn run(command: &str) -> Run {
    run_with(command, Vec::new())
}

/// Whether `command` may expand variables (a run without `$` is the same for all).
pub fn uses_vars(command: &str) -> bool {
    command.contains('$')
}

/// Runs `command` by the rule of this module with the variables `vars` (the last of a
/// name wins) set, all of them exported (they are the instance's environment).
pub fn run_with(command: &str, vars: Vec<(String, String)>) -> Run {
    let vars: Vars = vars.into_iter().collect();
    let exported = vars.keys().cloned().collect();
    let mut env = Env { vars, exported };
    let mut ctx = Ctx {
        chunks: Vec::new(),
        now: 0,
        slept: false,
        steps: 0,
        budget: Budget::new(),
        stopped: false,
    };
    let status = shell(command, &mut env, 0, false, &mut ctx);
    let duration_ms = if ctx.slept { ctx.now } else { 1_000 };
    let mut chunks = ctx.chunks;
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

/// Runs `command` as one shell, `depth` shells deep, with the variables of `env`; with
/// `errexit` (`sh -e`) a failing command ends it unless a `&&` or `||` follows. Its status.
fn shell(command: &str, env: &mut Env, depth: usize, errexit: bool, ctx: &mut Ctx) -> i32 {
    let list = parse(command);
    let mut status = 0i32;
    for (i, (join, words)) in list.iter().enumerate() {
        let skip = match join {
            Join::Always => false,
            Join::IfOk => status != 0,
            Join::IfFailed => status == 0,
        };
        if skip {
            continue;
        }
        ctx.steps += 1;
        if ctx.steps > MAX_STEPS {
            ctx.stop("the command runs too many commands to simulate");
        }
        if ctx.stopped {
            return 2;
        }
        status = match simple(words, status, env, depth, ctx) {
            Flow::Status(s) => s,
            Flow::Exit(s) => return s,
        };
        if ctx.stopped {
            return 2;
        }
        let last_of_list = list.get(i + 1).is_none_or(|(j, _)| *j == Join::Always);
        if errexit && status != 0 && last_of_list {
            return status;
        }
    }
    status
}

/// Runs one simple command; `status` is that of the command before it.
fn simple(words: &[Word], status: i32, env: &mut Env, depth: usize, ctx: &mut Ctx) -> Flow {
    // Leading `NAME=VALUE` words: kept when they are the whole command, else they are
    // only for that command (which only a nested shell reads).
    let assigns = words
        .iter()
        .take_while(|w| w.assignment(&Vars::new(), &mut Budget::new()).is_some())
        .count();
    // Set left to right (each sees those before it), with what they replaced.
    let mut prefix = Vec::new();
    let mut replaced = Vec::new();
    for w in &words[..assigns] {
        if let Some((name, value)) = w.assignment(&env.vars, &mut ctx.budget) {
            replaced.push((name.clone(), env.vars.insert(name.clone(), value.clone())));
            prefix.push((name, value));
        }
    }
    if assigns == words.len() {
        return over(ctx).unwrap_or(Flow::Status(0));
    }
    for (name, old) in replaced.into_iter().rev() {
        match old {
            Some(old) => env.vars.insert(name, old),
            None => env.vars.remove(&name),
        };
    }
    let words = &words[assigns..];
    if let Some(Piece::Lit(first, false)) = words[0].pieces.first()
        && words[0].pieces.len() == 1
        && first == "export"
    {
        // `export NAME=VALUE …` sets and exports them; `export NAME` exports NAME.
        for w in &words[1..] {
            if let Some((name, value)) = w.assignment(&env.vars, &mut ctx.budget) {
                env.exported.insert(name.clone());
                env.vars.insert(name, value);
            } else {
                let text = w.expand(&env.vars, &mut ctx.budget);
                if is_name(&text) {
                    env.exported.insert(text);
                }
            }
        }
        return over(ctx).unwrap_or(Flow::Status(0));
    }
    let args = expand(words, &env.vars, &mut ctx.budget);
    if let Some(flow) = over(ctx) {
        return flow;
    }
    let Some(first) = args.first() else {
        return Flow::Status(0);
    };
    let name = first.text.as_str();
    let rest = &args[1..];
    Flow::Status(match name {
        "echo" => {
            echo(rest, ctx);
            0
        }
        "sleep" => match rest.first().and_then(|a| duration_ms(&a.text)) {
            Some(ms) => {
                ctx.now = ctx.now.saturating_add(ms);
                ctx.slept = true;
                0
            }
            None => {
                let arg = rest.first().map_or("", |a| a.text.as_str());
                ctx.write(
                    Stream::Stderr,
                    format!("sleep: invalid time interval '{arg}'\n"),
                );
                1
            }
        },
        "exit" => {
            return Flow::Exit(rest.first().map_or(status, |arg| {
                arg.text
                    .parse::<i64>()
                    .map_or(2, |n| i32::try_from(n.rem_euclid(256)).unwrap_or(2))
            }));
        }
        "false" => 1,
        "test" | "[" => test(name, rest, ctx),
        _ => match shell_call(name, rest) {
            Some(call) => nested(call, prefix, env, depth, ctx),
            None => 0,
        },
    })
}

/// The flow that ends a command whose words spent the run's byte budget.
fn over(ctx: &mut Ctx) -> Option<Flow> {
    if ctx.budget.over {
        ctx.stop("the command expands to too much text to simulate");
        return Some(Flow::Exit(2));
    }
    None
}

/// `echo [-n] WORDS…`, to stdout unless a redirect sends it elsewhere.
fn echo(args: &[Arg], ctx: &mut Ctx) {
    let (to, args) = redirects(args);
    let newline = !args.first().is_some_and(|w| !w.quoted && w.text == "-n");
    let texts: Vec<&str> = args[usize::from(!newline)..]
        .iter()
        .map(|w| w.text.as_str())
        .collect();
    let mut text = texts.join(" ");
    if newline {
        text.push('\n');
    }
    ctx.write(to.out, text);
}

/// Where a command's stdout and stderr go.
#[derive(Debug, Clone, Copy)]
struct Redirects {
    out: Stream,
    err: Stream,
}

impl Redirects {
    fn of(&self, stream: Stream) -> Stream {
        match stream {
            Stream::Stdout => self.out,
            Stream::Stderr => self.err,
        }
    }
}

/// The unquoted `>&2`, `1>&2`, `>/dev/stderr` and `2>&1` words of `args`, applied left to
/// right as a shell does, and the other words.
fn redirects(args: &[Arg]) -> (Redirects, Vec<&Arg>) {
    let mut to = Redirects {
        out: Stream::Stdout,
        err: Stream::Stderr,
    };
    let mut rest = Vec::with_capacity(args.len());
    for a in args {
        match a.text.as_str() {
            ">&2" | "1>&2" | ">/dev/stderr" if !a.quoted => to.out = to.err,
            "2>&1" if !a.quoted => to.err = to.out,
            _ => rest.push(a),
        }
    }
    (to, rest)
}

/// `test EXPR` or `[ EXPR ]`: status 0 when EXPR holds, 1 when not, 2 (and a stderr line)
/// when it cannot be read.
fn test(name: &str, args: &[Arg], ctx: &mut Ctx) -> i32 {
    let mut args: Vec<&str> = args.iter().map(|a| a.text.as_str()).collect();
    if name == "[" && args.pop() != Some("]") {
        ctx.write(Stream::Stderr, "[: missing ']'\n".to_string());
        return 2;
    }
    match eval(&args) {
        Ok(true) => 0,
        Ok(false) => 1,
        Err(why) => {
            ctx.write(Stream::Stderr, format!("{name}: {why}\n"));
            2
        }
    }
}

/// A test expression by the POSIX rule of its number of arguments.
fn eval(a: &[&str]) -> Result<bool, String> {
    match *a {
        [] => Ok(false),
        [x] => Ok(!x.is_empty()),
        ["!", x] => Ok(x.is_empty()),
        [op, x] => unary(op, x),
        [x, op, y] if is_binary(op) => binary(x, op, y),
        ["!", x, y] => unary(x, y).map(|b| !b),
        ["(", x, ")"] => Ok(!x.is_empty()),
        [_, op, _] => Err(format!("{op}: binary operator expected")),
        ["!", x, op, y] if is_binary(op) => binary(x, op, y).map(|b| !b),
        ["(", op, x, ")"] => unary(op, x),
        _ => Err("too many arguments".to_string()),
    }
}

fn unary(op: &str, x: &str) -> Result<bool, String> {
    match op {
        "-n" => Ok(!x.is_empty()),
        "-z" => Ok(x.is_empty()),
        "-b" | "-c" | "-d" | "-e" | "-f" | "-g" | "-h" | "-k" | "-L" | "-p" | "-r" | "-s"
        | "-S" | "-t" | "-u" | "-w" | "-x" | "-O" | "-G" | "-N" => Err(format!(
            "{op}: the emulator has no files, so it does not simulate this test"
        )),
        _ => Err(format!("{op}: unary operator expected")),
    }
}

fn is_binary(op: &str) -> bool {
    matches!(
        op,
        "=" | "==" | "!=" | "-eq" | "-ne" | "-lt" | "-le" | "-gt" | "-ge" | "-a" | "-o"
    ) || matches!(op, "-nt" | "-ot" | "-ef")
}

fn binary(x: &str, op: &str, y: &str) -> Result<bool, String> {
    let int = |s: &str| {
        s.trim()
            .parse::<i64>()
            .map_err(|_| format!("{s}: integer expression expected"))
    };
    Ok(match op {
        "=" | "==" => x == y,
        "!=" => x != y,
        "-a" => !x.is_empty() && !y.is_empty(),
        "-o" => !x.is_empty() || !y.is_empty(),
        "-eq" => int(x)? == int(y)?,
        "-ne" => int(x)? != int(y)?,
        "-lt" => int(x)? < int(y)?,
        "-le" => int(x)? <= int(y)?,
        "-gt" => int(x)? > int(y)?,
        "-ge" => int(x)? >= int(y)?,
        _ => {
            return Err(format!(
                "{op}: the emulator has no files, so it does not simulate this test"
            ));
        }
    })
}

/// A nested shell to run: `sh -c STRING` and its kin.
struct ShellCall {
    name: String,
    /// `None` for a `-c` without its STRING.
    script: Option<String>,
    errexit: bool,
    to: Redirects,
}

/// `sh`, `bash` or `dash` (bare or under `/bin/`, `/usr/bin/`) with options made of `c`,
/// `e` and `l` (one of them `c`), then STRING; redirects anywhere.
/// `None` for any other command, which the rule then lets succeed silently.
fn shell_call(name: &str, args: &[Arg]) -> Option<ShellCall> {
    let base = ["/usr/local/bin/", "/usr/bin/", "/bin/"]
        .iter()
        .find_map(|dir| name.strip_prefix(dir))
        .unwrap_or(name);
    if !matches!(base, "sh" | "bash" | "dash") {
        return None;
    }
    let (to, args) = redirects(args);
    let (mut c, mut errexit) = (false, false);
    let mut script = None;
    for arg in args {
        let Some(flags) = arg.text.strip_prefix('-').filter(|f| !f.is_empty()) else {
            script = Some(arg.text.clone());
            break;
        };
        if !flags.chars().all(|f| matches!(f, 'c' | 'e' | 'l')) {
            return None;
        }
        c |= flags.contains('c');
        errexit |= flags.contains('e');
    }
    c.then(|| ShellCall {
        name: name.to_string(),
        script,
        errexit,
        to,
    })
}

/// Runs a nested shell as a child of the one with `env`: it sees the exported variables
/// and `prefix` (`NAME=VALUE sh -c …`), and what it sets stays inside it.
fn nested(
    call: ShellCall,
    prefix: Vec<(String, String)>,
    env: &Env,
    depth: usize,
    ctx: &mut Ctx,
) -> i32 {
    let from = ctx.chunks.len();
    let status = run_child(
        call.name,
        call.script,
        call.errexit,
        prefix,
        env,
        depth,
        ctx,
    );
    for chunk in &mut ctx.chunks[from..] {
        chunk.stream = call.to.of(chunk.stream);
    }
    status
}

fn run_child(
    name: String,
    script: Option<String>,
    errexit: bool,
    prefix: Vec<(String, String)>,
    env: &Env,
    depth: usize,
    ctx: &mut Ctx,
) -> i32 {
    let Some(script) = script else {
        ctx.write(
            Stream::Stderr,
            format!("{name}: -c: option requires an argument\n"),
        );
        return 2;
    };
    if depth >= MAX_DEPTH {
        ctx.write(
            Stream::Stderr,
            format!(
                "{name}: shells nest more than {MAX_DEPTH} deep, which the emulator does not run\n"
            ),
        );
        return 2;
    }
    let mut child = env.child(prefix);
    shell(&script, &mut child, depth + 1, errexit, ctx)
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

    fn vars(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn variables_expand_bare_and_in_double_quotes_but_not_in_single_quotes() {
        let v = vars(&[("A", "one"), ("B", "two  words")]);
        let out = |cmd: &str| run_with(cmd, v.clone()).text(Stream::Stdout, 0);
        assert_eq!(
            out("echo $A ${A}x \"[$B]\" '$A ${B}'"),
            "one onex [two  words] $A ${B}\n"
        );
        assert_eq!(out("echo a $MISSING b \"$MISSING\"|"), "a b |\n");
        assert_eq!(out("echo $B"), "two words\n");
        assert_eq!(
            out("echo \\$A \"\\$A\" $$ $1 ${A:-x} $"),
            "$A $A $$ $1 ${A:-x} $\n"
        );
    }

    #[test]
    fn assignments_and_export_set_variables_for_later_commands() {
        let out = |cmd: &str| run(cmd).text(Stream::Stdout, 0);
        assert_eq!(
            out("N=3; echo \"n=$N\"; export M=\"a b\" K=$N; echo $M $K"),
            "n=3\na b 3\n"
        );
        assert_eq!(out("X=1 Y=$X; echo $X$Y"), "11\n");
        assert_eq!(out("'Q=1'; echo \"[$Q]\""), "[]\n");
        assert_eq!(out("X=1 echo \"[$X]\""), "[]\n");
        assert_eq!(run("E=1 false").exit, 1);
    }

    /// The parameter table `batchctl run` puts before a command: one row per instance.
    const TABLE: &str = r#"[ "$BATCH_TASK_INSTANCE_INDEX" = 0 ] && export name='a b' size='3'
[ "$BATCH_TASK_INSTANCE_INDEX" = 1 ] && export name='it'\''s' size='10'
[ "$BATCH_TASK_INSTANCE_INDEX" = 2 ] && export name="say \"hi\"" size=7
echo "$name $size"
sh -c 'echo "[$name]"'"#;

    #[test]
    fn a_parameter_table_gives_each_instance_its_own_row() {
        let row = |index: &str| {
            let run = run_with(TABLE, vars(&[("BATCH_TASK_INSTANCE_INDEX", index)]));
            (run.text(Stream::Stdout, 0), run.exit)
        };
        assert_eq!(row("0"), ("a b 3\n[a b]\n".to_string(), 0));
        assert_eq!(row("1"), ("it's 10\n[it's]\n".to_string(), 0));
        assert_eq!(row("2"), ("say \"hi\" 7\n[say \"hi\"]\n".to_string(), 0));
        assert_eq!(row("3"), (" \n[]\n".to_string(), 0));
    }

    #[test]
    fn test_and_brackets_compare_strings_and_integers() {
        let status = |cmd: &str| run_with(cmd, vars(&[("E", ""), ("S", "a b")])).exit;
        for (cmd, want) in [
            ("[ a = a ]", 0),
            ("[ a = b ]", 1),
            ("test a != b", 0),
            ("[ \"$S\" = 'a b' ]", 0),
            ("[ \"$E\" ]", 1),
            ("[ x ]", 0),
            ("[ ]", 1),
            ("[ -n \"$E\" ]", 1),
            ("[ -z \"$E\" ]", 0),
            ("[ -z $E ]", 0),
            ("[ ! a = b ]", 0),
            ("[ ! x ]", 1),
            ("[ ! \"\" ]", 0),
            ("[ ! -z x ]", 0),
            ("[ 10 -gt 9 ]", 0),
            ("[ 10 -lt 9 ]", 1),
            ("[ -3 -le -3 ]", 0),
            ("[ 2 -ge 3 ]", 1),
            ("[ 7 -eq 7 ] && [ 7 -ne 8 ]", 0),
            ("[ 010 = 10 ]", 1),
            ("[ 010 -eq 10 ]", 0),
        ] {
            assert_eq!(status(cmd), want, "{cmd}");
        }
    }

    #[test]
    fn a_test_it_cannot_read_is_status_2_with_a_stderr_line() {
        let run = run("[ 1 -lt x ] && echo no");
        assert_eq!(run.exit, 2);
        assert_eq!(run.text(Stream::Stdout, 1_000), "");
        assert_eq!(
            run.text(Stream::Stderr, 1_000),
            "[: x: integer expression expected\nexit status 2\n"
        );
        let run = super::run("[ a = a");
        assert_eq!(run.exit, 2);
        assert!(run.text(Stream::Stderr, 0).contains("missing ']'"));
        for cmd in [
            "test a b",
            "[ a b c ]",
            "[ -f /etc/passwd ]",
            "[ 1 2 3 4 5 ]",
        ] {
            let run = super::run(cmd);
            assert_eq!(run.exit, 2, "{cmd}");
            assert!(run.text(Stream::Stderr, 0).starts_with("test: ") || cmd.starts_with('['));
        }
        assert_eq!(super::run("[ 1 -lt x ] || echo handled").exit, 0);
    }

    #[test]
    fn sh_c_runs_its_string_as_a_child_with_its_output_time_and_status() {
        let run = run("echo a; sh -c 'echo b; sleep 2; echo c >&2; exit 4'; echo after");
        assert_eq!(run.text(Stream::Stdout, 1_999), "a\nb\n");
        assert_eq!(run.text(Stream::Stdout, 2_000), "a\nb\nafter\n");
        assert_eq!(run.text(Stream::Stderr, 2_000), "c\n");
        assert_eq!((run.duration_ms, run.exit), (2_000, 0));
        let run = super::run("bash -c 'sleep 1; exit 3' || /bin/sh -c 'sleep 1.5; exit 5'");
        assert_eq!((run.duration_ms, run.exit), (2_500, 5));
        assert_eq!(super::run("/bin/bash -lc false").exit, 1);
        assert_eq!(
            super::run("sh -c 'echo x' >&2").text(Stream::Stderr, 0),
            "x\n"
        );
        assert_eq!(super::run("sh -c").exit, 2);
        let both = |cmd: &str| {
            let run = super::run(cmd);
            (run.text(Stream::Stdout, 0), run.text(Stream::Stderr, 0))
        };
        let (o_e, none) = ("o\ne\n".to_string(), String::new());
        let inner = "sh -c 'echo o; echo e >&2'";
        assert_eq!(both(&format!("{inner} 2>&1")), (o_e.clone(), none.clone()));
        assert_eq!(
            both(&format!("{inner} >&2 2>&1")),
            (none.clone(), o_e.clone())
        );
        assert_eq!(both(&format!("{inner} 2>&1 >&2")), (o_e, none.clone()));
        assert_eq!(both("echo x 2>&1 >&2"), ("x\n".to_string(), none.clone()));
        assert_eq!(both("echo >&2 -n x"), (none, "x".to_string()));
        assert_eq!(super::run("sh script.sh").exit, 0);
        let errexit = super::run("sh -ec 'false && echo no; echo yes; true && false; echo never'");
        assert_eq!(errexit.exit, 1);
        assert_eq!(errexit.text(Stream::Stdout, 0), "yes\n");
        assert_eq!(super::run("sh -c 'false; echo on'").exit, 0);
    }

    #[test]
    fn a_child_shell_sees_exported_variables_and_sets_nothing_outside() {
        let out = |cmd: &str| {
            run_with(cmd, vars(&[("BATCH_TASK_INSTANCE_INDEX", "4")])).text(Stream::Stdout, 0)
        };
        assert_eq!(
            out("export E=1; L=2; sh -c 'echo \"$BATCH_TASK_INSTANCE_INDEX $E [$L]\"'"),
            "4 1 []\n"
        );
        assert_eq!(out("L=2; export L; sh -c 'echo $L'"), "2\n");
        assert_eq!(out("P=5 sh -c 'echo $P'; echo \"[$P]\""), "5\n[]\n");
        assert_eq!(
            out("export E=1; sh -c 'E=2; export N=3; echo $E$N'; echo \"$E[$N]\""),
            "23\n1[]\n"
        );
        assert_eq!(out("sh -c \"sh -c 'echo deep'\""), "deep\n");
        assert_eq!(
            out("X=outer; sh -c \"echo $X; sh -c 'echo \\$BATCH_TASK_INSTANCE_INDEX'\""),
            "outer\n4\n"
        );
    }

    /// `sh -c "sh -c …echo end…"`, `levels` shells deep, quoting each level in `"…"`.
    fn nest(levels: usize) -> String {
        let mut cmd = "echo end".to_string();
        for _ in 0..levels {
            cmd = format!(
                "sh -c \"{}\"",
                cmd.replace('\\', r"\\").replace('"', r#"\""#)
            );
        }
        cmd
    }

    #[test]
    fn shells_nest_sixteen_deep_and_no_deeper() {
        let run = run(&nest(16));
        assert_eq!(
            (run.text(Stream::Stdout, 0).as_str(), run.exit),
            ("end\n", 0)
        );
        let run = super::run(&nest(17));
        assert_eq!(run.exit, 2);
        assert_eq!(run.text(Stream::Stdout, 0), "");
        assert!(run.text(Stream::Stderr, 0).contains("more than 16 deep"));
        // A command that starts itself twice through a variable stops at a limit.
        let run = run_with(
            "sh -c \"$X\"",
            vars(&[("X", "sleep 1; sh -c \"$X\"; sh -c \"$X\"")]),
        );
        assert_eq!(run.exit, 2);
        assert!(
            run.text(Stream::Stderr, i64::MAX)
                .contains("emulator: the command runs too many commands to simulate\n")
        );
    }

    #[test]
    fn runs_too_big_to_simulate_end_with_status_2_instead_of_running_away() {
        let doubling = format!("X=0123456789abcdef{}; echo $X", "; X=$X$X".repeat(40));
        let run = run(&doubling);
        assert_eq!(run.exit, 2);
        assert!(run.text(Stream::Stderr, 0).contains("too much text"));
        assert_eq!(run.text(Stream::Stdout, 0), "");
    }

    #[test]
    fn odd_inputs_never_panic_and_keep_time_and_status_in_range() {
        const PARTS: &[&str] = &[
            "[", "]", "test", "!", "=", "!=", "-eq", "-lt", "-n", "-z", "x", "1", "-1", "''", "\"",
            "'", "\\", "'\\''", "$", "${", "}", "$X", "${X}", "&&", "||", ";", "\n", "#", "sh",
            "-c", "-ec", "bash", "exit", "exit 300", "sleep 1", "sleep", "echo", "-n", ">&2",
            "export", "X=", "X=1", "(", ")", "é", "\u{0}", " ",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..3_000 {
            let len = next() % 24;
            let cmd: String = (0..len)
                .map(|_| PARTS[(next() % PARTS.len() as u64) as usize])
                .collect::<Vec<_>>()
                .join(if next() % 2 == 0 { " " } else { "" });
            let run = run_with(&cmd, vars(&[("X", "sh -c \"$X\"")]));
            assert!((0..=255).contains(&run.exit), "{cmd:?}");
            assert!(run.duration_ms >= 0, "{cmd:?}");
            assert!(
                run.chunks.windows(2).all(|w| w[0].at_ms <= w[1].at_ms),
                "{cmd:?}"
            );
            assert!(
                run.chunks.iter().all(|c| c.at_ms <= run.duration_ms),
                "{cmd:?}"
            );
        }
    }
}
