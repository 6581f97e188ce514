//! The command-line definition (clap derive) and the value parsers that check each value
//! at the edge, so a bad value is a usage error (exit 2) before anything is sent.

pub mod config;
pub mod lazy;
pub mod live;
pub mod resources;
pub mod run;
pub mod top;
pub mod values;

use std::path::PathBuf;
use std::time::Duration;

use clap::{ArgAction, Args, Parser, Subcommand, ValueEnum};

use crate::output::query::Query;
use crate::output::{Column, Format};
use crate::transport::envelope::{self, Filter};
use values::Known;

const AFTER_HELP: &str = "\
Credentials come from, in order: TENCENTCLOUD_SECRET_ID and
TENCENTCLOUD_SECRET_KEY (+ TENCENTCLOUD_SESSION_TOKEN) unless --profile is
given; tccli's ~/.tccli/<profile>.credential; the SDKs'
~/.tencentcloud/credentials [<profile>]; or, with --use-cvm-role, the CVM
instance role. `batchctl config show` shows which would be used, and why.

Get started:
  batchctl --emulator jobs describe        try it offline (a built-in emulator)
  batchctl jobs init > job.yaml            an annotated job file to edit
  batchctl jobs submit -f job.yaml --wait  submit it and wait for its end
  batchctl run -- echo hello               or run one command, see its output

Exit codes: 0 ok, 1 internal error, 2 usage error, 3 not found,
4 service error, 5 network or protocol failure, 6 credentials or configuration,
7 jobs wait: a job failed, 8 jobs wait: --max-wait passed, 130 interrupted.";

/// `--version`: the version, the commit it was built from and the target.
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (commit ",
    env!("BATCHCTL_COMMIT"),
    ", ",
    env!("BATCHCTL_TARGET"),
    ")"
);

/// A fast, script-friendly command-line tool for Tencent Cloud Batch.
#[derive(Debug, Parser)]
#[command(name = "batchctl", version = VERSION, after_help = AFTER_HELP, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

// Options accepted before or after the subcommand (each command takes those that mean
// something to it: [`globals_accepted`]).
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the
    /// profile's `config set output`, else table (json for `api ACTION`, and for `api`
    /// when piped)
    #[arg(
        short = 'o',
        long,
        global = true,
        env = OUTPUT_ENV,
        value_enum,
        ignore_case = true,
        default_value = "table"
    )]
    pub output: Format,

    /// A jq expression applied to the json document the command would print; each result
    /// on its own line, strings raw (as `jq -r`); -o is then ignored
    #[arg(long, global = true, value_name = "JQ", value_parser = crate::output::query::parse_arg,
          value_hint = clap::ValueHint::Other)]
    pub query: Option<Query>,

    /// Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile's `config set
    /// region`, else the tccli profile's region]
    #[arg(long, global = true, env = "TENCENTCLOUD_REGION", hide_possible_values = true,
          value_parser = Known::new(values::regions, non_empty))]
    pub region: Option<String>,

    /// Credential/config profile [default: default]
    #[arg(long, global = true, env = "BATCHCTL_PROFILE", value_parser = parse_profile)]
    pub profile: Option<String>,

    /// API endpoint: a host (https) or a URL such as http://127.0.0.1:9300
    #[arg(long, global = true, env = "BATCHCTL_ENDPOINT", value_parser = non_empty)]
    pub endpoint: Option<String>,

    /// Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)
    #[arg(long, global = true, value_name = "DURATION", default_value = "30s", value_parser = parse_timeout)]
    pub timeout: Duration,

    /// Attempts per request for retryable failures (1 disables retries)
    #[arg(long = "max-attempts", global = true, value_name = "N", default_value = "4", value_parser = parse_attempts)]
    pub max_attempts: u32,

    /// Client-side pacing in requests per second, one bucket per action: replaces every
    /// action's published limit (0: off) [default: each action's own limit]
    #[arg(long = "rate-limit", global = true, value_name = "REQ_PER_S", value_parser = parse_rate)]
    pub rate_limit: Option<f64>,

    /// Language of the service's error messages
    #[arg(long, global = true, value_enum, default_value = "en-US")]
    pub language: Language,

    /// Request/response diagnostics on stderr (never a secret)
    #[arg(long, global = true)]
    pub debug: bool,

    /// Print the signed HTTP request(s) that would be sent, and send nothing
    #[arg(long, global = true)]
    pub dry_run: bool,

    /// No colour: the same as --color never
    #[arg(long, global = true)]
    pub no_color: bool,

    /// Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never
    #[arg(
        long,
        global = true,
        value_name = "WHEN",
        value_enum,
        ignore_case = true,
        default_value = "auto"
    )]
    pub color: ColorChoice,

    /// No notes or warnings on stderr (errors are still printed)
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Run against a built-in, in-process emulator with demo data and demo credentials;
    /// `--emulator=local` runs submitted jobs' commands on this machine (see `emulator
    /// serve --exec`)
    #[arg(long, global = true, value_name = "EXEC", value_enum, num_args = 0..=1,
          require_equals = true, default_missing_value = "simulate")]
    pub emulator: Option<Exec>,

    /// Take temporary credentials from the CVM instance metadata service (the instance's
    /// CAM role), skipping the other credential sources
    #[arg(long = "use-cvm-role", global = true)]
    pub use_cvm_role: bool,

    /// Where --profile, --region and --endpoint came from (set by [`Cli::parse_from_args`]).
    #[arg(skip)]
    pub origins: Origins,
}

/// The environment variable that stands for `-o/--output`.
pub const OUTPUT_ENV: &str = "BATCHCTL_OUTPUT";

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Only on a terminal, and not with NO_COLOR or TERM=dumb
    Auto,
    /// Always, even when piped
    Always,
    /// Never
    Never,
}

impl ColorChoice {
    /// Whether to colour a stream: `--no-color` wins, then `--color always|never`; `auto`
    /// colours a terminal unless `NO_COLOR` is set or `TERM` is `dumb`.
    pub fn decide(
        self,
        no_color_flag: bool,
        env: &dyn Fn(&str) -> Option<String>,
        is_terminal: bool,
    ) -> bool {
        if no_color_flag {
            return false;
        }
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                is_terminal
                    && env("NO_COLOR").is_none_or(|v| v.is_empty())
                    && env("TERM").is_none_or(|t| t != "dumb")
            }
        }
    }
}

/// Where an option's value came from, for `config show` and the credential chain (an
/// explicit `--profile` outranks the environment's keys; `BATCHCTL_PROFILE` does not).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Origin {
    /// Not given: the built-in default, or unset.
    #[default]
    Unset,
    /// On the command line.
    CommandLine,
    /// From its environment variable.
    Env,
    /// From the profile's table in batchctl's config file (`config set`).
    ConfigFile,
}

/// The [`Origin`] of the options whose source matters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Origins {
    /// `-o`: commands whose default format differs (`api`: json) use theirs when unset.
    pub output: Origin,
    pub profile: Origin,
    pub region: Origin,
    pub endpoint: Origin,
}

impl Cli {
    /// Parses like `Cli::try_parse_from`, and records in `global.origins` where the
    /// options whose source matters came from.
    pub fn parse_from_args<I, T>(args: I) -> Result<Cli, clap::Error>
    where
        I: IntoIterator<Item = T>,
        T: Into<std::ffi::OsString> + Clone,
    {
        use clap::{CommandFactory, FromArgMatches, parser::ValueSource};
        let mut command = Cli::command();
        // clap's message for a bad BATCHCTL_OUTPUT would name only --output: check the
        // variable here, and use it only when -o is not given.
        let bad_env = std::env::var(OUTPUT_ENV)
            .ok()
            .filter(|v| !v.is_empty() && Format::from_str(v, true).is_err());
        if bad_env.is_some() {
            command = command.mut_arg("output", |arg| arg.env(None));
        }
        let args = help_for_help(args.into_iter().map(Into::into).collect());
        let split = split_api_params(args);
        // Last: it builds the tree (or the path that runs), after which no argument may
        // be replaced.
        let mut command = match split
            .as_ref()
            .ok()
            .and_then(|(args, _)| lazy::leaf_path(&command, args))
        {
            Some(path) => lazy::prepare_path(command, &path),
            None => examples_first(hide_refused_globals(command), true),
        };
        let (args, api_params) = split
            .map_err(|message| command.error(clap::error::ErrorKind::InvalidValue, message))?;
        let matches = match command.try_get_matches_from_mut(args.clone()) {
            Ok(matches) => matches,
            Err(e) if e.kind() == clap::error::ErrorKind::MissingRequiredArgument => {
                return Err(missing_with_plain_usage(e, &command, &args));
            }
            Err(e) => return Err(e),
        };
        if let Some(value) = bad_env
            && matches.value_source("output") != Some(ValueSource::CommandLine)
        {
            let formats: Vec<String> = Format::value_variants()
                .iter()
                .filter_map(|f| f.to_possible_value())
                .map(|v| v.get_name().to_string())
                .collect();
            return Err(command.error(
                    clap::error::ErrorKind::InvalidValue,
                    format!(
                        "{OUTPUT_ENV}='{value}' is not an output format; use one of {} (any case), or unset it",
                        formats.join(", ")
                    ),
                ));
        }
        refuse_meaningless_globals(&matches)
            .map_err(|m| command.error(clap::error::ErrorKind::ArgumentConflict, m))?;
        let origin = |id: &str| match matches.value_source(id) {
            Some(ValueSource::CommandLine) => Origin::CommandLine,
            Some(ValueSource::EnvVariable) => Origin::Env,
            _ => Origin::Unset,
        };
        let origins = Origins {
            output: origin("output"),
            profile: origin("profile"),
            region: origin("region"),
            endpoint: origin("endpoint"),
        };
        // Taking the values out of the matches rather than from a copy of them (what
        // `from_arg_matches` does): the copy and its freeing were a tenth of a call.
        let mut matches = matches;
        let mut cli =
            Cli::from_arg_matches_mut(&mut matches).map_err(|e| e.format(&mut command))?;
        match &mut cli.command {
            Command::Api(api) => api.params = api_params,
            Command::Jobs(JobsCommand::Submit(s)) if s.file.is_none() && s.template.is_none() => {
                let sub = command
                    .find_subcommand_mut("jobs")
                    .and_then(|jobs| jobs.find_subcommand_mut("submit"))
                    .map(|submit| submit.clone())
                    .unwrap_or_else(|| command.clone());
                let mut sub = sub;
                return Err(sub.error(
                    clap::error::ErrorKind::MissingRequiredArgument,
                    SUBMIT_NEEDS_A_SOURCE,
                ));
            }
            // Positional job IDs go first, then --job-id's, as one list.
            Command::Jobs(JobsCommand::Describe(d)) => d.select.merge_ids(),
            Command::Top(t) => t.select.merge_ids(),
            Command::Jobs(JobsCommand::Wait(w)) => {
                let mut ids = std::mem::take(&mut w.jobs);
                ids.append(&mut w.job_ids);
                w.job_ids = ids;
            }
            _ => {}
        }
        cli.global.origins = origins;
        // The definition and the matches would live until the process exits anyway;
        // freeing their many small allocations cost about a fifth of start-up.
        std::mem::forget(matches);
        std::mem::forget(command);
        Ok(cli)
    }
}

/// clap's error for a missing argument shows a usage line with every option given, so a
/// global one (`--endpoint`, `--region`) looks required: the same error with the
/// subcommand's own usage, and for the create commands a pointer to their `init`.
fn missing_with_plain_usage(
    e: clap::Error,
    command: &clap::Command,
    args: &[std::ffi::OsString],
) -> clap::Error {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let missing = match e.get(ContextKind::InvalidArg) {
        Some(ContextValue::Strings(names)) => names.clone(),
        Some(ContextValue::String(name)) => vec![name.clone()],
        _ => return e,
    };
    // The subcommand path: the words that name subcommands (or their aliases), options
    // and their values skipped.
    let mut path: Vec<String> = Vec::new();
    let mut at: &clap::Command = command;
    let mut i = 1;
    while i < args.len() {
        let word = args[i].to_string_lossy();
        if word.starts_with('-') {
            i += if takes_value(&args[i]) && !word.contains('=') {
                2
            } else {
                1
            };
            continue;
        }
        match at.find_subcommand(word.as_ref()) {
            Some(sub) => {
                path.push(sub.get_name().to_string());
                at = sub;
                i += 1;
            }
            None => break,
        }
    }
    let mut sub = at.clone();
    if sub.get_bin_name().is_none() {
        sub = sub.bin_name(format!("batchctl {}", path.join(" ")));
    }
    let mut message = format!(
        "the following required arguments were not provided:\n  {}",
        missing.join("\n  ")
    );
    let init = match path.join(" ").as_str() {
        "envs create" => Some("`batchctl envs init > env.yaml` writes an environment file"),
        "templates create" => {
            Some("`batchctl templates init > template.yaml` writes a template file")
        }
        _ => None,
    };
    if let Some(init) = init.filter(|_| missing.iter().any(|m| m.starts_with("--file"))) {
        message.push_str(&format!("\n{init} to start from."));
    }
    sub.error(ErrorKind::MissingRequiredArgument, message)
}

/// A command's help with its notes and examples (its `after_help`) right under the
/// usage line, before the options (kubectl's order), instead of after the long list of
/// global options. The top level keeps them at the end (credentials and exit codes).
pub(crate) const EXAMPLES_FIRST: &str = "\
{before-help}{about-with-newline}
{usage-heading} {usage}{after-help}

{all-args}";

/// Gives every subcommand that has an `after_help` the [`EXAMPLES_FIRST`] layout. The
/// tree must be built first: the arguments and texts of most leaves are added only then
/// (`#[command(defer)]`), an `after_help` among them.
pub fn examples_first(mut command: clap::Command, top: bool) -> clap::Command {
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        command = command.mut_subcommand(name, |sub| examples_first(sub, false));
    }
    if !top && command.get_after_help().is_some() {
        command = command.help_template(EXAMPLES_FIRST);
    }
    command
}

/// The command tree with, under each command, the global options it refuses
/// ([`globals_accepted`]) hidden from its help: `emulator serve --help` shows what a
/// server takes, not a dozen options it would refuse.
pub fn hide_refused_globals(mut command: clap::Command) -> clap::Command {
    // Globals reach the subcommands when the tree is built.
    command.build();
    hide_under(command, "")
}

fn hide_under(mut command: clap::Command, path: &str) -> clap::Command {
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .filter(|name| name != "help")
        .collect();
    let leaf = names.is_empty();
    for name in names {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path} {name}")
        };
        command = command.mut_subcommand(name, |sub| hide_under(sub, &sub_path));
    }
    if leaf && !path.is_empty() {
        let accepted = globals_accepted(path);
        // In place (`mut_arg` would reorder a built command's arguments and unhinge its
        // lookup of them).
        command = command.mut_args(|arg| {
            let id = arg.get_id().as_str();
            let refused = GLOBALS.iter().any(|(g, _)| *g == id) && !accepted.contains(&id);
            if refused { arg.hide(true) } else { arg }
        });
    }
    command
}

/// clap's `help` subcommand takes no `--help`: `batchctl help --help` (or `-h`) is read
/// as `batchctl help help`, which describes it.
fn help_for_help(args: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    let is_help_flag = |a: &std::ffi::OsString| a == "--help" || a == "-h";
    if args.get(1).is_some_and(|a| a == "help") && args[2..].iter().any(is_help_flag) {
        let mut out = args[..2].to_vec();
        out.push("help".into());
        return out;
    }
    args
}

/// Every global option, by clap id, with its spelling for messages.
pub const GLOBALS: [(&str, &str); 16] = [
    ("output", "-o/--output"),
    ("query", "--query"),
    ("region", "--region"),
    ("profile", "--profile"),
    ("endpoint", "--endpoint"),
    ("timeout", "--timeout"),
    ("max_attempts", "--max-attempts"),
    ("rate_limit", "--rate-limit"),
    ("language", "--language"),
    ("debug", "--debug"),
    ("dry_run", "--dry-run"),
    ("no_color", "--no-color"),
    ("color", "--color"),
    ("quiet", "-q/--quiet"),
    ("emulator", "--emulator"),
    ("use_cvm_role", "--use-cvm-role"),
];

/// The global options (clap ids) a command takes, by its path (`jobs describe`): the one
/// place that decides which globals mean something to which command. Commands that call
/// the API take them all.
pub fn globals_accepted(path: &str) -> Vec<&'static str> {
    let all: Vec<&'static str> = GLOBALS.iter().map(|(id, _)| *id).collect();
    match path {
        // A script on stdout, nothing else.
        "completions" => vec![],
        // A server: only -q (no banner) and colour; its --rate-limit is its own option.
        "emulator serve" => vec!["quiet", "no_color", "color", "rate_limit"],
        // Read and write batchctl's config file: the profile, the region (a zone is
        // checked against it), and notes.
        "config set" | "config get" | "config unset" => {
            vec!["profile", "region", "quiet", "debug"]
        }
        // Print a file from the profile's defaults (the emulator's demo values fill gaps).
        "jobs init" | "envs init" | "templates init" => {
            vec!["profile", "region", "quiet", "debug", "emulator"]
        }
        // Sends nothing: no pacing, retries, timeouts, language or dry run.
        "config show" => all
            .into_iter()
            .filter(|id| {
                !matches!(
                    *id,
                    "timeout" | "max_attempts" | "rate_limit" | "language" | "dry_run"
                )
            })
            .collect(),
        // A screen, not a document: no output format, query or dry run.
        "top" => all
            .into_iter()
            .filter(|id| !matches!(*id, "output" | "query" | "dry_run"))
            .collect(),
        // Log text, a job file and an explanation in plain text are never coloured (a
        // terminal's colour codes in a saved job file or log would be damage).
        "jobs logs" | "jobs spec" | "jobs why" => all
            .into_iter()
            .filter(|id| !matches!(*id, "color" | "no_color"))
            .collect(),
        // The other lifecycle, envs, templates and catalog commands call the API and print
        // tables, documents or IDs: every global option means something to them.
        _ => all,
    }
}

/// A usage error for a global option given on the command line to a command it means
/// nothing to (`emulator serve --dry-run`, `completions -o json`). Values from the
/// environment (`BATCHCTL_OUTPUT`…) are never refused.
fn refuse_meaningless_globals(matches: &clap::ArgMatches) -> Result<(), String> {
    use clap::parser::ValueSource;
    let mut path = Vec::new();
    let mut deepest = matches;
    while let Some((name, sub)) = deepest.subcommand() {
        path.push(name);
        deepest = sub;
    }
    let path = path.join(" ");
    let accepted = globals_accepted(&path);
    for (id, spelling) in GLOBALS {
        if accepted.contains(&id) {
            continue;
        }
        let given = deepest.try_get_raw(id).ok().flatten().is_some()
            && deepest.value_source(id) == Some(ValueSource::CommandLine);
        if given {
            return Err(format!(
                "{spelling} means nothing to `batchctl {path}`; leave it out"
            ));
        }
    }
    Ok(())
}

/// The language of the service's error messages (`X-TC-Language`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Language {
    #[value(name = "en-US")]
    EnUs,
    #[value(name = "zh-CN")]
    ZhCn,
}

impl Language {
    pub fn as_header(self) -> &'static str {
        match self {
            Language::EnUs => "en-US",
            Language::ZhCn => "zh-CN",
        }
    }
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum Command {
    /// Run a command in the cloud: submit it as a job, stream its output, exit with its status
    Run(run::RunArgs),
    /// Jobs: init, submit, list, wait, view, tasks, logs, why, terminate, retry, delete
    #[command(subcommand)]
    Jobs(JobsCommand),
    /// Call any action of the Batch API with tccli's parameters (`batchctl api` lists them)
    Api(ApiArgs),
    /// Serve a local Batch API emulator, for offline use and tests
    #[command(subcommand)]
    Emulator(EmulatorCommand),
    /// Compute environments: init, list, view, create, modify (resize), delete, nodes,
    /// activities, attach, detach
    #[command(subcommand)]
    Envs(crate::cli::resources::EnvsCommand),
    /// Task templates: init, list, view, create, modify, delete
    #[command(subcommand)]
    Templates(crate::cli::resources::TemplatesCommand),
    /// What can be launched where: instance types, zone configurations, categories
    #[command(subcommand)]
    Catalog(crate::cli::resources::CatalogCommand),
    /// Show the configuration in use; set, get or unset the defaults kept per profile
    #[command(subcommand)]
    Config(ConfigCommand),
    /// A live, full-screen view of jobs, their tasks, instances and logs (needs a terminal)
    Top(top::TopArgs),
    /// Print a shell completion script
    #[command(after_help = "Examples:\n  \
source <(batchctl completions bash)\n  \
batchctl completions zsh > \"${fpath[1]}/_batchctl\"\n  \
batchctl completions fish > ~/.config/fish/completions/batchctl.fish")]
    Completions {
        /// The shell
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum ConfigCommand {
    /// Which credentials, profile, region and endpoint would be used, and why (no secret
    /// is shown; the SecretId is masked), and every default with where it came from
    #[command(after_help = "Examples:\n  batchctl config show\n  \
batchctl --profile prod config show -o json")]
    Show,
    /// Keep a default for the profile (--profile, else default) in batchctl's config file
    #[command(after_help = CONFIG_KEYS_HELP)]
    Set(ConfigSetArgs),
    /// Print the profile's stored value of a default; exit 1, printing nothing, when it
    /// holds none (as `git config` does)
    #[command(after_help = CONFIG_KEYS_HELP)]
    Get(ConfigKeyArg),
    /// Remove a default from the profile (nothing to remove is not an error)
    #[command(after_help = CONFIG_KEYS_HELP)]
    Unset(ConfigKeyArg),
}

const CONFIG_KEYS_HELP: &str = "\
Keys and their values:
  zone           an availability zone of the region in effect   (ap-guangzhou-3)
  image          an image ID                                    (img-eb30mz89)
  instance-type  FAMILY.SIZE                                    (S5.MEDIUM2)
  compute-env    a compute environment ID                       (env-4gmc9rbd)
  region         a region                                       (ap-guangzhou)
  output         an output format: table, wide, json, jsonl, csv, yaml

Each default is taken from its flag, else its environment variable
(BATCHCTL_ZONE, BATCHCTL_IMAGE, BATCHCTL_INSTANCE_TYPE, BATCHCTL_COMPUTE_ENV,
TENCENTCLOUD_REGION, BATCHCTL_OUTPUT), else the profile's table in
$XDG_CONFIG_HOME/batchctl/config.toml (else ~/.config/batchctl/config.toml).
Only `config set` and `config unset` write that file (atomically, mode 0600).
`batchctl config show` says where each default came from.

Examples:
  batchctl config set zone ap-guangzhou-3
  batchctl --profile prod config set region ap-shanghai
  batchctl config get zone
  batchctl config unset zone";

// `config set KEY VALUE`.
#[derive(Debug, Args)]
pub struct ConfigSetArgs {
    /// The default's name
    #[arg(value_name = "KEY", hide_possible_values = true,
          value_parser = Known::new(values::config_keys, values::parse_config_key))]
    pub key: crate::domain::defaults::Key,
    /// Its value, checked before anything is written
    #[arg(value_name = "VALUE")]
    pub value: String,
}

// `config get KEY`, `config unset KEY`.
#[derive(Debug, Args)]
pub struct ConfigKeyArg {
    /// The default's name
    #[arg(value_name = "KEY", hide_possible_values = true,
          value_parser = Known::new(values::config_keys, values::parse_config_key))]
    pub key: crate::domain::defaults::Key,
}

/// The help after `jobs terminate|retry|delete`'s usage: what selectors do, the exit
/// codes, then the command's own examples.
macro_rules! act_help {
    ($examples:literal) => {
        concat!(
            "With selectors the matching jobs are listed, and acted on only with --yes. \
Exit: 0 all done, 3 a job not found, 4 the service refused one or more, 2 selectors without --yes.\n\n\
Examples:\n",
            $examples
        )
    };
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum JobsCommand {
    /// Describe jobs (DescribeJobs): by ID, or by filters, with paging
    #[command(visible_alias = "list")]
    Describe(DescribeArgs),
    /// Block until jobs reach SUCCEED, FAILED or FAILED_INTERRUPTED
    Wait(WaitArgs),
    /// One job with its tasks and dependences (DescribeJob; also `show`, `status`)
    #[command(
        aliases = ["show", "status"],
        after_help = "Examples:\n  batchctl jobs view job-3n2weaqt\n  \
batchctl jobs status job-3n2weaqt -o json"
    )]
    View(JobArg),
    /// Print an annotated job file to start from, that `jobs submit -f` takes as is
    #[command(after_help = INIT_HELP)]
    Init,
    /// Submit a job from a JSON or YAML file, or from a task template (SubmitJob)
    Submit(SubmitArgs),
    /// The job as submitted, as a file `jobs submit -f` takes (DescribeJobSubmitInfo)
    #[command(
        after_help = "Examples:\n  batchctl jobs spec job-3n2weaqt > job.yaml\n  \
batchctl jobs submit -f job.yaml --name again"
    )]
    Spec(JobArg),
    /// Task instances: state, exit code, reason, node (DescribeTask)
    Tasks(TasksArgs),
    /// Task instances' stdout and stderr, decoded (DescribeTaskLogs)
    Logs(LogsArgs),
    /// Why a job failed, in one view: failed instances, exit codes, stderr, the command
    Why(WhyArgs),
    /// When each instance waited and ran, as bars on one time axis (or an SVG file)
    #[command(after_help = "Examples:\n  batchctl jobs timeline job-3n2weaqt\n  \
batchctl jobs timeline job-3n2weaqt --svg timeline.svg\n  \
batchctl jobs timeline job-3n2weaqt -o json")]
    Timeline(TimelineArgs),
    /// What each task used of its machines (CPU, memory) and what it cost, as `seff` tells
    #[command(after_help = USAGE_HELP)]
    Usage(UsageArgs),
    /// Terminate jobs (TerminateJob; also `cancel`)
    #[command(alias = "cancel", after_help = act_help!(
        "  batchctl jobs terminate job-3n2weaqt\n  \
batchctl jobs cancel --state running --name nightly\n  \
batchctl jobs terminate --state running --name nightly --yes\n  \
batchctl jobs terminate job-3n2weaqt --wait"))]
    Terminate(TerminateArgs),
    /// Retry failed jobs: their failed instances run again (RetryJobs)
    #[command(after_help = act_help!(
        "  batchctl jobs retry job-3n2weaqt\n  \
batchctl jobs retry --state failed --name nightly --yes"))]
    Retry(ActArgs),
    /// Delete finished jobs (DeleteJob)
    #[command(after_help = act_help!(
        "  batchctl jobs delete job-3n2weaqt job-7e7evk2x\n  \
batchctl jobs delete --state succeed --yes"))]
    Delete(ActArgs),
    /// The task graph: each task's state and instance counts, as mermaid or Graphviz DOT
    #[command(after_help = GRAPH_HELP)]
    Graph(GraphArgs),
    /// Terminate one task instance (TerminateTaskInstance)
    #[command(after_help = "Example:\n  batchctl jobs terminate-instance job-3n2weaqt render 3")]
    TerminateInstance(TerminateInstanceArgs),
}

// Which page of the matching jobs: `jobs describe` and `top`.
#[derive(Debug, Clone, Default, Args)]
pub struct JobPaging {
    /// At most N jobs in total [default: 20]
    #[arg(long, value_name = "N", value_parser = parse_positive, conflicts_with = "all")]
    pub limit: Option<u64>,

    /// Every matching job, all pages
    #[arg(long)]
    pub all: bool,

    /// Start at the N-th matching job
    #[arg(long, value_name = "N")]
    pub offset: Option<u64>,

    /// Jobs per request, 1 to 100 [default: 100 when several pages are needed]
    #[arg(long = "page-size", value_name = "N", value_parser = parse_page_size)]
    pub page_size: Option<u64>,
}

// A command on one job: its JOB argument, flattened into the others that take one.
#[derive(Debug, Args)]
pub struct JobArg {
    /// The job ID (job-xxxxxxxx)
    #[arg(id = "job", value_name = "JOB", value_parser = parse_one_job_id,
          value_hint = clap::ValueHint::Other,
          add = clap_complete::ArgValueCandidates::new(crate::cli::live::jobs))]
    pub id: String,
}

/// `jobs graph`'s help: what the output is and where it goes.
const GRAPH_HELP: &str = "The default output is mermaid `flowchart LR` text without fences: \
paste it into a ```mermaid block of a Markdown file. --dot prints a Graphviz digraph \
(`| dot -Tsvg > graph.svg`). Each task is labelled with its state and instance counts \
(one DescribeTask per task, paced within its rate limit); -o json gives the same as data.\n\n\
Examples:\n  batchctl jobs graph job-3n2weaqt\n  \
batchctl jobs graph job-3n2weaqt --dot | dot -Tsvg > graph.svg";

// `jobs graph` options.
#[derive(Debug, Args)]
pub struct GraphArgs {
    #[command(flatten)]
    pub job: JobArg,
    /// Print a Graphviz DOT digraph instead of mermaid
    #[arg(long)]
    pub dot: bool,
}

/// `jobs init`'s help: where the file's values come from, and how to use it.
const INIT_HELP: &str = "The file has one task that runs one command on a machine made for \
the job, every member explained. Its zone, image and instance type are your defaults \
(`batchctl config set zone|image|instance-type`, or BATCHCTL_ZONE, BATCHCTL_IMAGE, \
BATCHCTL_INSTANCE_TYPE); with --emulator, the demo world's fill the gaps; else examples \
to change.\n\n\
Examples:\n  batchctl jobs init > job.yaml\n  \
batchctl jobs submit -f job.yaml --wait\n  \
batchctl --emulator jobs init | batchctl --emulator jobs submit -f - --wait";

/// `jobs submit` with neither a file nor a template: what to give instead.
pub const SUBMIT_NEEDS_A_SOURCE: &str = "`jobs submit` needs a job, from one of:
  -f FILE                 a JSON or YAML job file (`-f -` reads stdin)
  --template TEMPLATE_ID  a task template's task (`batchctl templates list`)
`batchctl jobs init > job.yaml` writes a job file to start from.";

// `jobs submit` options.
#[derive(Debug, Args)]
#[command(
    override_usage = "batchctl jobs submit -f FILE [OPTIONS]\n       \
batchctl jobs submit --template TEMPLATE_ID [OPTIONS]",
    after_help = "The file holds a Job object, or a whole SubmitJob body (Placement, Job). \
It is checked against the API model and the task graph before anything is sent. \
`batchctl jobs init` prints one to start from.\n\n\
Examples:\n  batchctl jobs init > job.yaml\n  \
batchctl jobs submit -f job.yaml --wait\n  \
JOB=$(batchctl jobs submit -f job.yaml --set Tasks.0.TaskInstanceNum=4)\n  \
batchctl jobs submit --template task-tmpl-pq24rq1e --name frame-1"
)]
pub struct SubmitArgs {
    /// The job file, JSON or YAML (`-` reads stdin)
    #[arg(
        short = 'f',
        long = "file",
        value_name = "FILE|-",
        value_hint = clap::ValueHint::FilePath,
        conflicts_with = "template"
    )]
    pub file: Option<String>,
    /// Instead of a file: one task, the task template's (`--name` names the job)
    #[arg(long, value_name = "TEMPLATE_ID", value_parser = non_empty,
          value_hint = clap::ValueHint::Other,
          add = clap_complete::ArgValueCandidates::new(crate::cli::live::templates))]
    pub template: Option<String>,
    /// Run every task on this compute environment (sets each task's EnvId, drops ComputeEnv)
    #[arg(long, value_name = "ENV_ID", value_parser = non_empty,
          value_hint = clap::ValueHint::Other,
          add = clap_complete::ArgValueCandidates::new(crate::cli::live::envs))]
    pub env: Option<String>,
    /// Availability zone (sets Placement.Zone) [default: the file's Placement.Zone, else
    /// BATCHCTL_ZONE, else the profile's `config set zone`]
    #[arg(long, value_name = "ZONE", hide_possible_values = true,
          value_parser = Known::new(values::zones, non_empty))]
    pub zone: Option<String>,
    /// The job's name (sets Job.JobName)
    #[arg(long, value_name = "NAME", value_parser = non_empty)]
    pub name: Option<String>,
    /// Set a member inside the Job by a dotted path, typed by the model (repeatable)
    #[arg(long = "set", value_name = "PATH=VALUE", value_parser = crate::domain::jobfile::parse_set)]
    pub set: Vec<(String, String)>,
    /// The ClientToken (at most 64 ASCII characters) [default: a fresh one]
    #[arg(long = "client-token", value_name = "TOKEN", value_parser = parse_client_token)]
    pub client_token: Option<String>,
    /// Then wait until the job ends (exit 0 succeeded, 7 failed, 8 --max-wait passed)
    #[arg(long)]
    pub wait: bool,
    /// With --wait: time between polls
    #[arg(long, value_name = "DURATION", default_value = "10s", value_parser = parse_interval, requires = "wait")]
    pub interval: Duration,
    /// Print what the job would cost per hour at list price, from the catalogue, task by
    /// task (the total as if every task ran at once); submit nothing
    #[arg(long, conflicts_with = "wait")]
    pub estimate: bool,
    /// With --estimate: also the cost of running this many hours
    #[arg(long, value_name = "H", requires = "estimate", value_parser = parse_hours)]
    pub hours: Option<f64>,
    /// With --wait: give up (exit 8) after this long; 0 waits without limit
    #[arg(long = "max-wait", value_name = "DURATION", default_value = "1h", value_parser = crate::transport::duration::parse, requires = "wait")]
    pub max_wait: Duration,
}

// `jobs tasks` options.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  batchctl jobs tasks job-3n2weaqt --state failed\n  \
batchctl jobs tasks job-3n2weaqt --task render --all -o jsonl"
)]
pub struct TasksArgs {
    #[command(flatten)]
    pub job: JobArg,
    /// Only this task (repeatable) [default: every task of the job]
    #[arg(long = "task", value_name = "NAME", value_parser = non_empty,
          value_hint = clap::ValueHint::Other,
          add = clap_complete::ArgValueCandidates::new(crate::cli::live::tasks))]
    pub tasks: Vec<String>,
    /// Only instances in this state
    #[arg(long, value_name = "STATE", value_parser = Known::new(values::states, parse_state))]
    pub state: Option<String>,
    /// At most N instances per task [default: 100]
    #[arg(long, value_name = "N", value_parser = parse_positive, conflicts_with = "all")]
    pub limit: Option<u64>,
    /// Every instance, all pages
    #[arg(long)]
    pub all: bool,
}

// `jobs logs` options.
#[derive(Debug, Args)]
#[command(
    after_help = "The service keeps the last 2048 bytes of each log; a note names the \
redirect path of the full log when it was cut.\n\nExamples:\n  \
batchctl jobs logs job-3n2weaqt --failed\n  \
batchctl jobs logs job-3n2weaqt --task render --instance 0 --stderr\n  \
batchctl jobs logs job-3n2weaqt -f"
)]
pub struct LogsArgs {
    #[command(flatten)]
    pub job: JobArg,
    /// Only this task [default: every task of the job]
    #[arg(long = "task", value_name = "NAME", value_parser = non_empty,
          value_hint = clap::ValueHint::Other,
          add = clap_complete::ArgValueCandidates::new(crate::cli::live::tasks))]
    pub task: Option<String>,
    /// Only this instance index (repeatable)
    #[arg(long = "instance", value_name = "N")]
    pub instances: Vec<u64>,
    /// Only the stdout logs
    #[arg(long, conflicts_with = "stderr")]
    pub stdout: bool,
    /// Only the stderr logs
    #[arg(long)]
    pub stderr: bool,
    /// Only failed instances
    #[arg(long)]
    pub failed: bool,
    /// Keep polling while the job runs, printing what is new; at the end the job's final
    /// state on stderr, exit 7 if it failed
    #[arg(short = 'f', long)]
    pub follow: bool,
    /// With --follow: time between polls
    #[arg(long, value_name = "DURATION", default_value = "2s", value_parser = parse_interval)]
    pub interval: Duration,
}

// `jobs why` options.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  batchctl jobs why job-3n2weaqt\n  \
batchctl jobs why job-3n2weaqt --lines 50 -o json")]
pub struct WhyArgs {
    #[command(flatten)]
    pub job: JobArg,
    /// At most N failed instances per task
    #[arg(long, value_name = "N", default_value = "10", value_parser = parse_positive)]
    pub limit: u64,
    /// The last N lines of each failed instance's stderr
    #[arg(long, value_name = "N", default_value = "20")]
    pub lines: usize,
}

// `jobs timeline` options.
#[derive(Debug, Args)]
pub struct TimelineArgs {
    #[command(flatten)]
    pub job: JobArg,
    /// Only this task [default: every task of the job]
    #[arg(long = "task", value_name = "NAME", value_parser = non_empty,
          value_hint = clap::ValueHint::Other,
          add = clap_complete::ArgValueCandidates::new(crate::cli::live::tasks))]
    pub task: Option<String>,
    /// Write the picture as a standalone SVG file instead of printing it
    #[arg(long = "svg", value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub svg: Option<std::path::PathBuf>,
}

/// `jobs usage`'s help: where the figures come from, the sample, the hint.
const USAGE_HELP: &str = "Run time is RunningTime to EndTime (or now). CPU and memory are the mean and \
peak of DescribeJobMonitorData's CpuUsage and MemUsage series; cost is run seconds x the hourly \
list price of the type in the job's zone and charge type (DescribeCvmZoneInstanceConfigInfos) \
/ 3600, an estimate. A hint names the cheapest type of the same family and zone whose cores \
and memory would have held the peaks with a fifth to spare. Series are read at \
DescribeJobMonitorData's 2 requests a second, two per instance, so only a sample of each \
task's instances is read (--sample, 5 by default; 200 at most; --instances reads up to 200) \
and the output says so. Instances on attached nodes have no monitoring: their numbers that \
exist are shown, with a note.\n\n\
Examples:\n  batchctl jobs usage job-3n2weaqt\n  \
batchctl jobs usage job-3n2weaqt --task render --instances\n  \
batchctl jobs usage job-3n2weaqt -o json --query '.Summary'";

// `jobs usage` options.
#[derive(Debug, Args)]
pub struct UsageArgs {
    #[command(flatten)]
    pub job: JobArg,
    /// Only this task (repeatable) [default: every task of the job]
    #[arg(long = "task", value_name = "NAME", value_parser = non_empty,
          value_hint = clap::ValueHint::Other,
          add = clap_complete::ArgValueCandidates::new(crate::cli::live::tasks))]
    pub task: Vec<String>,
    /// A row per instance too, and the series of every instance that ran (up to 200 a task)
    #[arg(long)]
    pub instances: bool,
    /// Instances per task whose CPU and memory series are read, evenly spread, 1 to 200
    /// [default: 5, or 200 with --instances]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=200))]
    pub sample: Option<u64>,
}

// `jobs terminate|retry|delete` options: job IDs, or the selectors of `jobs describe`.
#[derive(Debug, Args)]
pub struct ActArgs {
    #[command(flatten)]
    pub select: JobSelectors,
    /// Act on the jobs the selectors match (without it they are only listed)
    #[arg(long)]
    pub yes: bool,
}

// `jobs terminate` arguments: those of the other job actions, and `--wait`.
#[derive(Debug, Args)]
pub struct TerminateArgs {
    #[command(flatten)]
    pub act: ActArgs,
    #[command(flatten)]
    pub wait: resources::WaitFlags,
}

// `jobs terminate-instance` arguments.
#[derive(Debug, Args)]
pub struct TerminateInstanceArgs {
    #[command(flatten)]
    pub job: JobArg,
    /// The task's name
    #[arg(value_name = "TASK", value_parser = non_empty)]
    pub task: String,
    /// The instance's index
    #[arg(value_name = "INDEX")]
    pub index: u64,
}

/// One job ID (no `-`).
fn parse_one_job_id(value: &str) -> Result<String, String> {
    let id = value.trim();
    if envelope::is_valid_job_id(id) {
        Ok(id.to_string())
    } else {
        Err(envelope::malformed_job_id(id))
    }
}

/// A ClientToken: 1 to 64 printable ASCII characters.
pub(crate) fn parse_client_token(value: &str) -> Result<String, String> {
    if !value.is_empty() && value.len() <= 64 && value.bytes().all(|b| b.is_ascii_graphic()) {
        Ok(value.to_string())
    } else {
        Err(format!(
            "'{value}' is not a client token: 1 to 64 printable ASCII characters"
        ))
    }
}

// `api` options. The action's own parameters (`--Member VALUE`, spelled as in the model:
// they start with a capital letter) are taken out of the arguments before clap sees
// them, wherever they stand, and kept in order in `params`.
#[derive(Debug, Args)]
#[command(
    disable_help_flag = true,
    after_help = "Parameters are tccli's: --Member VALUE for each member of the action's input, \
spelled as in the API; strings, numbers and booleans as text, lists and objects as JSON; a dotted \
name sets a member inside an object (--Placement.Zone ap-guangzhou-3). A value that is one of \
batchctl's options is joined with = (--ClientToken=--dry-run). `tccli batch ACTION ARGS` \
runs as `batchctl api ACTION ARGS` and sends the same body.\n\n\
Examples:\n  batchctl api\n  batchctl api SubmitJob --help\n  \
batchctl api DescribeJob --JobId job-3n2weaqt\n  \
batchctl api DescribeJobs --Filters '[{\"Name\":\"job-name\",\"Values\":[\"etl\"]}]'\n  \
batchctl api DescribeJobs --all -o jsonl\n  \
batchctl api SubmitJob --cli-input-json file://job.json --dry-run"
)]
pub struct ApiArgs {
    /// The action, spelled as in the API (e.g. DescribeJob); without it, the actions are listed
    #[arg(value_name = "ACTION", hide_possible_values = true,
          value_parser = Known::new(values::actions, values::any))]
    pub action: Option<String>,

    /// The whole request body from a JSON file (file://PATH) or stdin (-); parameters given
    /// too replace its members
    #[arg(long = "cli-input-json", value_name = "file://PATH|-")]
    pub cli_input_json: Option<String>,

    /// Every page, for the actions that page (Offset, Limit, TotalCount)
    #[arg(long)]
    pub all: bool,

    /// Help for `api`, or with an ACTION the action's parameters
    #[arg(short = 'h', long = "help")]
    pub help: bool,

    /// `--Member VALUE` pairs, in the order given (see [`split_api_params`]).
    #[arg(skip)]
    pub params: ApiParams,
}

/// `--Member VALUE` pairs in the order given.
pub type ApiParams = Vec<(String, String)>;

/// Takes the action parameters (`--Member VALUE` or `--Member=VALUE`, where `Member`
/// starts with an ASCII capital: batchctl's own options are lower case) out of the
/// arguments that follow the `api` subcommand. A parameter's value is the next argument,
/// even when it starts with `-` (`--Offset -1`), unless it is an option (see
/// [`looks_like_option`]): then it must be joined with `=`.
pub fn split_api_params(
    args: Vec<std::ffi::OsString>,
) -> Result<(Vec<std::ffi::OsString>, ApiParams), String> {
    // The subcommand is the first argument that is neither an option nor an option's
    // value (`--region api jobs describe` has no `api` subcommand).
    let mut subcommand = None;
    let mut i = 1;
    while i < args.len() {
        let arg = args[i].to_string_lossy();
        if !arg.starts_with('-') {
            subcommand = Some(i);
            break;
        }
        i += if takes_value(&args[i]) { 2 } else { 1 };
    }
    let Some(api_at) = subcommand.filter(|i| args[*i] == "api") else {
        return Ok((args, Vec::new()));
    };
    let mut kept: Vec<std::ffi::OsString> = args[..=api_at].to_vec();
    let mut params = Vec::new();
    let mut rest = args[api_at + 1..].iter();
    while let Some(arg) = rest.next() {
        let text = arg.to_string_lossy();
        let is_param = text
            .strip_prefix("--")
            .and_then(|name| name.chars().next())
            .is_some_and(|c| c.is_ascii_uppercase());
        if !is_param {
            kept.push(arg.clone());
            if text == "--" {
                kept.extend(rest.cloned());
                break;
            }
            continue;
        }
        let name_value = &text[2..];
        match name_value.split_once('=') {
            Some((name, value)) => params.push((name.to_string(), value.to_string())),
            None => {
                let value = rest
                    .next()
                    .ok_or_else(|| format!("--{name_value} needs a value"))?;
                let value = value
                    .to_str()
                    .ok_or_else(|| format!("the value of --{name_value} is not valid UTF-8"))?;
                if looks_like_option(value) {
                    let shown = crate::transport::error::printable(value);
                    return Err(format!(
                        "--{name_value} needs a value, and the next argument, '{shown}', is an option: \
                         give the value (--{name_value} VALUE), or --{name_value}={shown} if '{shown}' is the value"
                    ));
                }
                params.push((name_value.to_string(), value.to_string()));
            }
        }
    }
    Ok((kept, params))
}

/// An argument that is one of batchctl's options (a global one, or `api`'s own), or
/// another parameter (`--Member`): after a parameter, it was surely meant as an option,
/// not as the parameter's value (`--ClientToken --dry-run` would send `--dry-run`). A
/// value that starts with `-` otherwise stays a value (`--Offset -1`).
fn looks_like_option(arg: &str) -> bool {
    let name = arg.split_once('=').map_or(arg, |(name, _)| name);
    let own = [
        "--cli-input-json",
        "--all",
        "-h",
        "--help",
        "--version",
        "-V",
    ];
    let global = GLOBALS
        .iter()
        .any(|(_, spelling)| spelling.split('/').any(|s| s == name));
    global
        || own.contains(&name)
        || name
            .strip_prefix("--")
            .and_then(|rest| rest.chars().next())
            .is_some_and(|c| c.is_ascii_uppercase())
}

/// Global options that take a value (so `api` right after them is that value).
pub(crate) fn takes_value(arg: &std::ffi::OsStr) -> bool {
    let text = arg.to_string_lossy();
    matches!(
        text.as_ref(),
        "-o" | "--output"
            | "--region"
            | "--profile"
            | "--endpoint"
            | "--timeout"
            | "--max-attempts"
            | "--rate-limit"
            | "--language"
            | "--query"
            | "--color"
    )
}

// `jobs wait` options.
#[derive(Debug, Args)]
#[command(
    after_help = "Exit codes: 0 every job succeeded, 7 a job ended FAILED or FAILED_INTERRUPTED, \
8 --max-wait passed first, 3 a job ID is unknown, 4 a service error that retrying cannot fix, \
2 usage error, 5 an HTTP error that retrying cannot fix, 6 credentials, 130 interrupted (Ctrl-C).\n\n\
Example:\n  batchctl jobs wait --job-id job-3n2weaqt --interval 30s --max-wait 2h -o json",
    group(clap::ArgGroup::new("ids").required(true).multiple(true).args(["jobs", "job_ids"]))
)]
pub struct WaitArgs {
    /// Job IDs (`-` reads IDs from stdin)
    #[arg(value_name = "JOB", value_parser = parse_job_id_arg,
          value_hint = clap::ValueHint::Other,
          add = clap_complete::ArgValueCandidates::new(crate::cli::live::jobs))]
    pub jobs: Vec<String>,

    /// Job ID (repeatable, comma-separated; `-` reads IDs from stdin)
    #[arg(long = "job-id", value_name = "ID", value_delimiter = ',', value_parser = parse_job_id_arg,
          value_hint = clap::ValueHint::Other,
          add = clap_complete::ArgValueCandidates::new(crate::cli::live::jobs))]
    pub job_ids: Vec<String>,

    /// Time between polls (e.g. 500ms, 10s, 1m)
    #[arg(long, value_name = "DURATION", default_value = "10s", value_parser = parse_interval)]
    pub interval: Duration,

    /// End the wait at the first job that fails (exit 7), without waiting for the others
    #[arg(long = "fail-fast")]
    pub fail_fast: bool,

    /// Give up (exit 8) after this long; 0 waits without limit
    #[arg(long = "max-wait", value_name = "DURATION", default_value = "1h", value_parser = crate::transport::duration::parse)]
    pub max_wait: Duration,

    /// Columns for table and csv output of the final jobs
    #[arg(long, value_name = "LIST", value_delimiter = ',', hide_possible_values = true,
          value_parser = Known::new(values::columns, parse_column))]
    pub columns: Option<Vec<Column>>,

    /// No header row in table and csv output
    #[arg(long = "no-headers")]
    pub no_headers: bool,
}

/// `--since`/`--until`: a duration back from now or a time (see `domain::window`).
pub(crate) fn parse_when(value: &str) -> Result<chrono::DateTime<chrono::Utc>, String> {
    crate::domain::window::parse(value, chrono::Utc::now())
}

/// `--hours H`: a positive number of hours (fractions allowed), at most ten years.
pub(crate) fn parse_hours(value: &str) -> Result<f64, String> {
    match value.trim().parse::<f64>() {
        Ok(h) if h > 0.0 && h <= 87_600.0 => Ok(h),
        _ => Err(format!(
            "'{value}': give a number of hours above 0 (e.g. 2 or 0.5)"
        )),
    }
}

pub(crate) fn parse_interval(value: &str) -> Result<Duration, String> {
    match crate::transport::duration::parse(value)? {
        d if d >= Duration::from_millis(100) => Ok(d),
        _ => Err(format!("'{value}' is too short: poll at most every 100ms")),
    }
}

#[derive(Debug, Subcommand)]
pub enum EmulatorCommand {
    /// Serve all 30 actions of the Batch API on a local HTTP port from one simulated world
    /// (jobs on a virtual clock, or run for real with --exec local), for the public demo
    /// credentials, with the service's signatures, limits, quotas and errors
    #[command(after_help = "Examples:\n  batchctl emulator serve\n  \
batchctl emulator serve --listen 127.0.0.1:0 --generate 500 --speed 20\n  \
batchctl emulator serve --exec local --state-file world.json\n  \
BATCHCTL_ENDPOINT=http://127.0.0.1:9300 batchctl jobs describe")]
    Serve(ServeArgs),
}

// Which jobs: IDs, or the filters of DescribeJobs (`jobs describe` and
// `jobs terminate|retry|delete` select alike).
#[derive(Debug, Clone, Default, Args)]
pub struct JobSelectors {
    /// Job IDs (`-` reads IDs from stdin)
    #[arg(value_name = "JOB", value_parser = parse_job_id_arg,
          value_hint = clap::ValueHint::Other,
          add = clap_complete::ArgValueCandidates::new(crate::cli::live::jobs),
          conflicts_with_all = ["name", "state", "zone", "tag", "tag_key", "tag_value", "filter", "since", "until"])]
    pub jobs: Vec<String>,
    /// Job ID (repeatable, comma-separated; `-` reads IDs from stdin)
    #[arg(long = "job-id", value_name = "ID", value_delimiter = ',', value_parser = parse_job_id_arg,
          value_hint = clap::ValueHint::Other,
          add = clap_complete::ArgValueCandidates::new(crate::cli::live::jobs),
          conflicts_with_all = ["name", "state", "zone", "tag", "tag_key", "tag_value", "filter", "since", "until"])]
    pub job_ids: Vec<String>,
    /// Jobs by name (job-name)
    #[arg(long, value_name = "NAME", value_parser = non_empty)]
    pub name: Vec<String>,
    /// Jobs by state (job-state), case-insensitive
    #[arg(long, value_name = "STATE", value_parser = Known::new(values::states, parse_state))]
    pub state: Vec<String>,
    /// Jobs by availability zone (zone)
    #[arg(long, value_name = "ZONE", hide_possible_values = true,
          value_parser = Known::new(values::zones, non_empty))]
    pub zone: Vec<String>,
    /// Jobs by tag (tag:KEY)
    #[arg(long, value_name = "KEY=VALUE", value_parser = parse_key_value)]
    pub tag: Vec<(String, String)>,
    /// Jobs by tag key (tag-key)
    #[arg(long = "tag-key", value_name = "KEY", value_parser = non_empty)]
    pub tag_key: Vec<String>,
    /// Jobs by tag value (tag-value)
    #[arg(long = "tag-value", value_name = "VALUE", value_parser = non_empty)]
    pub tag_value: Vec<String>,
    /// Jobs by any filter, by its API name
    #[arg(long, value_name = "NAME=V1[,V2...]", value_parser = parse_filter)]
    pub filter: Vec<Filter>,
    /// Jobs created at or after this: a duration back from now (3h, 1d) or a time
    /// (2026-12-01, RFC 3339)
    #[arg(long, value_name = "DURATION|TIME", value_parser = parse_when)]
    pub since: Option<chrono::DateTime<chrono::Utc>>,
    /// Jobs created before this: a duration back from now or a time, as --since
    #[arg(long, value_name = "DURATION|TIME", value_parser = parse_when)]
    pub until: Option<chrono::DateTime<chrono::Utc>>,
}

impl JobSelectors {
    /// True when a filter (not an ID) selects the jobs.
    pub fn has_filters(&self) -> bool {
        !(self.name.is_empty()
            && self.state.is_empty()
            && self.zone.is_empty()
            && self.tag.is_empty()
            && self.tag_key.is_empty()
            && self.tag_value.is_empty()
            && self.filter.is_empty()
            && self.since.is_none()
            && self.until.is_none())
    }

    /// Positional IDs first, then `--job-id`'s, as one list in `job_ids`.
    pub fn merge_ids(&mut self) {
        let mut ids = std::mem::take(&mut self.jobs);
        ids.append(&mut self.job_ids);
        self.job_ids = ids;
    }
}

// `jobs describe` options.
#[derive(Debug, Args)]
#[command(
    after_help = "Job IDs and filters cannot be combined. Repeating a flag adds values to the \
same filter (OR); different flags are separate filters (AND).\n\nExamples:\n  \
batchctl jobs describe --job-id job-3n2weaqt,job-7e7evk2x\n  \
batchctl jobs describe --state running --state starting --zone ap-guangzhou-4\n  \
batchctl jobs describe --state failed --all --query '.JobSet[].JobId'"
)]
pub struct DescribeArgs {
    #[command(flatten)]
    pub select: JobSelectors,

    #[command(flatten)]
    pub paging: JobPaging,

    /// Columns for table and csv, comma-separated (csv names or table headers, any case)
    #[arg(long, value_name = "LIST", value_delimiter = ',', hide_possible_values = true,
          value_parser = Known::new(values::columns, parse_column))]
    pub columns: Option<Vec<Column>>,

    /// No header row in table and csv output
    #[arg(long = "no-headers", action = ArgAction::SetTrue)]
    pub no_headers: bool,

    /// Print the jobs, then one line per job whose state changes, until Ctrl-C (as
    /// `kubectl get -w`); polls every --interval
    #[arg(short = 'w', long)]
    pub watch: bool,

    /// Time between polls with --watch (e.g. 2s, 10s, 1m)
    #[arg(long, value_name = "DURATION", default_value = "5s", value_parser = parse_interval,
          requires = "watch")]
    pub interval: Duration,
}

// `emulator serve` options.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on (loopback by default; port 0 picks a free one); an address
    /// other machines can reach needs --allow-remote
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:9300")]
    pub listen: String,

    /// Allow a --listen address that is not loopback (such as 0.0.0.0): anyone who can
    /// reach it can then use the emulator with its public demo credentials
    #[arg(long)]
    pub allow_remote: bool,

    /// Serve these jobs: a JSON array of JobViews or a DescribeJobs response document
    #[arg(long, value_name = "FILE", conflicts_with = "generate")]
    pub jobs: Option<PathBuf>,

    /// Serve N deterministic generated jobs
    #[arg(long, value_name = "N")]
    pub generate: Option<usize>,

    /// Append one JSON line per request received to FILE
    #[arg(long, value_name = "FILE")]
    pub log: Option<PathBuf>,

    /// Requests accepted per second, SecretId and action: `published` (each action's
    /// published limit, as the real service), or N for every action (0: no limit);
    /// above it the answer is RequestLimitExceeded
    // Shares the id and type (f64) of the global client-side `--rate-limit`, which clap
    // then does not propagate here: `emulator serve --help` shows this text and parser.
    #[arg(id = "rate_limit", long = "rate-limit", value_name = "published|N", default_value = "published",
          value_parser = parse_serve_rate_limit)]
    pub rate_limit: f64,

    /// Faults to play, one per request in arrival order, before answering normally:
    /// ok, limit, internal, http502, reset, hang, badjson, truncate, expire, lost (the
    /// request takes effect, then the connection drops before the answer); NAME*N
    /// repeats one (e.g. internal*2,ok)
    // Checked by the emulator's own parser when the command runs (a usage error, exit 2):
    // the face knows no emulator type.
    #[arg(long, value_name = "LIST", value_parser = non_empty)]
    pub inject: Option<String>,

    /// Move jobs as they are polled, for trying `jobs wait`: each job in a successful
    /// answer moves one state forward right after it (the answer shows the state before):
    /// SUBMITTED → PENDING → RUNNABLE → STARTING → RUNNING → final; terminal jobs never
    /// move. Final: the job's `emulator-outcome` tag if SUCCEED, FAILED or
    /// FAILED_INTERRUPTED (any case), else FAILED if its name contains "fail" (any case),
    /// else SUCCEED. TaskMetrics and EndTime follow the state. A submitted job moves to
    /// the next moment its state changes; without --speed, time then stands still
    #[arg(long)]
    pub advance: bool,

    /// Run the virtual clock X times as fast as real time (submitted jobs' states, times
    /// and logs follow it); 0 stops it [default: 1, or 0 with --advance]
    #[arg(long, value_name = "X", value_parser = parse_speed)]
    pub speed: Option<f64>,

    /// Keep the world in FILE: loaded at start when it exists, saved within 500 ms of a
    /// change and on Ctrl-C; locked (FILE.lock), so a second emulator on it refuses to
    /// start; while it cannot be saved, writes are refused with InternalError
    #[arg(long = "state-file", value_name = "FILE")]
    pub state_file: Option<PathBuf>,

    /// How task instances' commands are carried out: `simulate` interprets echo, sleep
    /// and exit; `local` runs each for real with `sh -c` on this machine, as this user, in
    /// a fresh temporary directory (loopback --listen addresses only)
    #[arg(long, value_name = "EXEC", value_enum, default_value = "simulate")]
    pub exec: Exec,
}

/// How the emulator carries out task instances' commands (`emulator serve --exec`,
/// `--emulator=EXEC`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Exec {
    /// Interpret echo, sleep and exit (nothing runs)
    Simulate,
    /// Run each command with `sh -c` on this machine
    Local,
}

/// How `published` travels through `emulator serve --rate-limit`'s `f64`, which it shares
/// with the global `--rate-limit` (no rate is negative).
pub const SERVE_RATE_PUBLISHED: f64 = -1.0;

/// `emulator serve --rate-limit`: `published`, or a whole number of requests per second
/// for every action (0 turns the limit off).
fn parse_serve_rate_limit(value: &str) -> Result<f64, String> {
    let value = value.trim();
    if value.eq_ignore_ascii_case("published") {
        return Ok(SERVE_RATE_PUBLISHED);
    }
    value.parse::<u32>().map(f64::from).map_err(|_| {
        format!(
            "'{value}' is neither `published` nor a whole number of requests per second for the \
             emulator (0 turns the limit off)"
        )
    })
}

fn parse_speed(value: &str) -> Result<f64, String> {
    match value.trim().parse::<f64>() {
        Ok(x) if x.is_finite() && (0.0..=1_000_000.0).contains(&x) => Ok(x),
        _ => Err(format!(
            "'{value}' is not a speed (a number from 0 to 1000000, e.g. 1, 20 or 0.5)"
        )),
    }
}

pub fn non_empty(value: &str) -> Result<String, String> {
    if value.trim().is_empty() {
        Err("the value is empty".to_string())
    } else {
        Ok(value.to_string())
    }
}

/// A profile name: it becomes part of a file name, so no path separators or leading dot.
fn parse_profile(value: &str) -> Result<String, String> {
    let name = value.trim();
    if name.is_empty() {
        return Err("the value is empty".to_string());
    }
    if name.starts_with('.') || name.contains(['/', '\\']) || name.chars().any(char::is_control) {
        return Err(format!(
            "'{value}' is not a profile name (no '/', '\\' or leading '.'; e.g. default or prod)"
        ));
    }
    Ok(name.to_string())
}

/// `--timeout`: a duration as `--interval` takes (a bare number is seconds), above 0 and
/// at most a day.
fn parse_timeout(value: &str) -> Result<Duration, String> {
    match crate::transport::duration::parse(value) {
        Ok(d) if !d.is_zero() && d <= Duration::from_secs(86_400) => Ok(d),
        Ok(_) => Err(format!(
            "'{value}' is not a timeout above 0 and at most 1d (e.g. 30, 30s, 1m, 500ms)"
        )),
        Err(e) => Err(e),
    }
}

/// A job ID, or `-` for "read IDs from stdin".
pub fn parse_job_id_arg(value: &str) -> Result<String, String> {
    let id = value.trim();
    if id == "-" || envelope::is_valid_job_id(id) {
        Ok(id.to_string())
    } else {
        Err(envelope::malformed_job_id(id))
    }
}

/// A state, case-insensitive, as the service spells it.
pub fn parse_state(value: &str) -> Result<String, String> {
    let upper = value.trim().to_ascii_uppercase().replace('-', "_");
    if envelope::JOB_STATES.contains(&upper.as_str()) {
        return Ok(upper);
    }
    let hint = match upper.as_str() {
        "SUCCEEDED" | "SUCCESS" | "SUCCEEDING" => " (did you mean SUCCEED?)",
        _ => "",
    };
    Err(format!(
        "unknown state '{value}'{hint}; the states are {}",
        envelope::JOB_STATES.join(", ")
    ))
}

fn parse_attempts(value: &str) -> Result<u32, String> {
    match value.trim().parse::<u32>() {
        Ok(n) if (1..=100).contains(&n) => Ok(n),
        _ => Err(format!(
            "'{value}' is not a number of attempts from 1 to 100"
        )),
    }
}

fn parse_rate(value: &str) -> Result<f64, String> {
    match value.trim().parse::<f64>() {
        Ok(r) if r == 0.0 || (0.01..=10_000.0).contains(&r) => Ok(r),
        _ => Err(format!(
            "'{value}' is not a rate from 0.01 to 10000 requests per second (0 turns pacing off)"
        )),
    }
}

pub fn parse_key_value(value: &str) -> Result<(String, String), String> {
    match value.split_once('=') {
        Some((k, v)) if !k.trim().is_empty() && !v.trim().is_empty() => {
            Ok((k.trim().to_string(), v.trim().to_string()))
        }
        Some(_) => Err(format!(
            "'{value}' needs a non-empty KEY and VALUE (KEY=VALUE)"
        )),
        None => Err(format!("'{value}' is not KEY=VALUE (no '=')")),
    }
}

pub fn parse_filter(value: &str) -> Result<Filter, String> {
    // tccli's --filter takes a JMESPath expression that picks from the output.
    let name_part = value.split_once('=').map_or(value, |(name, _)| name).trim();
    if looks_like_a_path(name_part) {
        let hint = crate::output::query::jmespath_hint(value).unwrap_or_else(|| {
            "to pick from the output use --query with jq syntax, e.g. --query '.JobSet[0].JobId'"
                .to_string()
        });
        return Err(format!(
            "'{value}' looks like a path into the output, not a filter NAME=V1[,V2...]\n  hint: {hint}"
        ));
    }
    let Some((name, values)) = value.split_once('=') else {
        return Err(format!("'{value}' is not NAME=V1[,V2...] (no '=')"));
    };
    let name = name.trim();
    if name.is_empty() {
        return Err(format!("'{value}' has an empty filter name"));
    }
    let values: Vec<String> = values.split(',').map(str::to_string).collect();
    if values.iter().any(|v| v.is_empty()) {
        return Err(format!("'{value}' has an empty value"));
    }
    Ok(Filter {
        name: name.to_string(),
        values,
    })
}

/// A JMESPath or jq path (`JobSet[0].JobId`, `.JobSet[]`) rather than a filter name
/// (`job-name`, `tag:KEY`, where KEY may hold any character).
fn looks_like_a_path(name: &str) -> bool {
    !name.starts_with("tag:")
        && (name.starts_with('.')
            || name.contains(['[', ']', '|', '?', '@', '(', '*'])
            || name.starts_with(|c: char| c.is_ascii_uppercase()))
}

pub fn parse_positive(value: &str) -> Result<u64, String> {
    match value.trim().parse::<u64>() {
        Ok(0) => Err("must be at least 1 (use --all for every job)".to_string()),
        Ok(n) => Ok(n),
        Err(_) => Err(format!("'{value}' is not a whole number")),
    }
}

pub fn parse_page_size(value: &str) -> Result<u64, String> {
    match value.trim().parse::<u64>() {
        Ok(n) if (1..=envelope::MAX_PAGE).contains(&n) => Ok(n),
        _ => Err(format!("'{value}' is not a page size from 1 to 100")),
    }
}

fn parse_column(value: &str) -> Result<Column, String> {
    Column::from_name(value.trim()).ok_or_else(|| {
        format!(
            "unknown column '{value}'; the columns are {} (or their table headers: {})",
            Column::ALL
                .iter()
                .map(|c| c.name())
                .collect::<Vec<_>>()
                .join(", "),
            Column::ALL
                .iter()
                .map(|c| c.header())
                .collect::<Vec<_>>()
                .join(", ")
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("batchctl").chain(args.iter().copied()))
    }

    fn describe(args: &[&str]) -> DescribeArgs {
        let mut all = vec!["jobs", "describe"];
        all.extend_from_slice(args);
        match parse(&all).expect("parses").command {
            Command::Jobs(JobsCommand::Describe(d)) => d,
            other => panic!("unexpected command {other:?}"),
        }
    }

    #[test]
    fn job_ids_repeat_and_split_on_commas() {
        let d = describe(&[
            "--job-id",
            "job-3n2weaqt,job-7e7evk2x",
            "--job-id",
            "job-aaaaaaaa",
        ]);
        assert_eq!(
            d.select.job_ids,
            ["job-3n2weaqt", "job-7e7evk2x", "job-aaaaaaaa"]
        );
    }

    #[test]
    fn malformed_job_id_is_a_usage_error_naming_it() {
        let err = parse(&["jobs", "describe", "--job-id", "job-XYZ"]).unwrap_err();
        assert!(err.to_string().contains("job-XYZ"), "{err}");
        assert_eq!(err.exit_code(), 2);
    }

    #[test]
    fn states_are_case_insensitive_and_checked() {
        assert_eq!(
            describe(&["--state", "running", "--state", "Failed_Interrupted"])
                .select
                .state,
            ["RUNNING", "FAILED_INTERRUPTED"]
        );
        let err = parse(&["jobs", "describe", "--state", "succeeded"])
            .unwrap_err()
            .to_string();
        assert!(err.contains("did you mean SUCCEED"), "{err}");
    }

    #[test]
    fn job_ids_and_filters_cannot_be_combined() {
        let err = parse(&[
            "jobs",
            "describe",
            "--job-id",
            "job-3n2weaqt",
            "--state",
            "running",
        ])
        .unwrap_err();
        assert_eq!(err.kind(), clap::error::ErrorKind::ArgumentConflict);
    }

    #[test]
    fn key_value_without_equals_is_rejected() {
        assert!(parse(&["jobs", "describe", "--tag", "env"]).is_err());
        assert!(parse(&["jobs", "describe", "--filter", "zone"]).is_err());
        assert!(parse(&["jobs", "describe", "--filter", "zone=a,,b"]).is_err());
        let d = describe(&[
            "--tag",
            "env=prod=blue",
            "--filter",
            "zone=ap-guangzhou-3,ap-guangzhou-4",
        ]);
        assert_eq!(d.select.tag, [("env".to_string(), "prod=blue".to_string())]);
        assert_eq!(
            d.select.filter[0].values,
            ["ap-guangzhou-3", "ap-guangzhou-4"]
        );
    }

    #[test]
    fn a_path_given_to_filter_gets_a_hint_toward_query() {
        for (value, hint) in [
            ("JobSet[0].JobId", "--query '.JobSet[0].JobId'"),
            (".JobSet[].JobId", "--query with jq syntax"),
            ("JobSet[?JobState=='FAILED'].JobId", "not JMESPath"),
        ] {
            let err = parse(&["jobs", "describe", "--filter", value]).unwrap_err();
            assert_eq!(err.exit_code(), 2);
            let text = err.to_string();
            assert!(
                text.contains("looks like a path") && text.contains(hint),
                "{text}"
            );
        }
        let d = describe(&["--filter", "tag:app.v[1]=x", "--filter", "job-name=a"]);
        assert_eq!(d.select.filter[0].name, "tag:app.v[1]");
    }

    #[test]
    fn output_formats_are_case_insensitive_and_query_is_global() {
        let cli = parse(&[
            "jobs",
            "describe",
            "-o",
            "YAML",
            "--query",
            ".JobSet[].JobId",
        ])
        .unwrap();
        assert_eq!(cli.global.output, Format::Yaml);
        assert_eq!(cli.global.query.unwrap().expr(), ".JobSet[].JobId");
        let cli = Cli::parse_from_args(["batchctl", "jobs", "describe", "-o", "csv"]).unwrap();
        assert_eq!(cli.global.origins.output, Origin::CommandLine);
        let cli = Cli::parse_from_args(["batchctl", "jobs", "describe"]).unwrap();
        assert_eq!(
            cli.global.origins.output,
            Origin::Unset,
            "the default table"
        );
        let cli = parse(&["--query", ".TotalCount", "-o", "Wide", "jobs", "describe"]).unwrap();
        assert_eq!(cli.global.output, Format::Wide);
        assert!(cli.global.query.is_some());
        let err = parse(&["jobs", "describe", "--query", ".JobSet["]).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(err.to_string().contains(".JobSet["), "{err}");
    }

    #[test]
    fn limit_zero_and_page_size_out_of_range_are_rejected() {
        assert!(parse(&["jobs", "describe", "--limit", "0"]).is_err());
        assert!(parse(&["jobs", "describe", "--page-size", "101"]).is_err());
        assert!(parse(&["jobs", "describe", "--limit", "5", "--all"]).is_err());
    }

    #[test]
    fn the_origin_of_profile_region_and_endpoint_is_recorded() {
        let cli = Cli::parse_from_args([
            "batchctl",
            "jobs",
            "describe",
            "--profile",
            "prod",
            "--region",
            "ap-beijing",
        ])
        .unwrap();
        assert_eq!(cli.global.origins.profile, Origin::CommandLine);
        assert_eq!(cli.global.origins.region, Origin::CommandLine);
        assert_eq!(cli.global.origins.endpoint, Origin::Unset);
        let cli = Cli::parse_from_args(["batchctl", "--use-cvm-role", "config", "show"]).unwrap();
        assert!(cli.global.use_cvm_role);
        assert_eq!(cli.global.origins.profile, Origin::Unset);
        assert!(matches!(cli.command, Command::Config(ConfigCommand::Show)));
    }

    #[test]
    fn profile_names_cannot_be_paths() {
        for bad in ["../x", "a/b", ".hidden", "a\\b", " "] {
            assert!(
                parse(&["--profile", bad, "config", "show"]).is_err(),
                "{bad}"
            );
        }
        let cli = parse(&["--profile", "prod-2", "config", "show"]).unwrap();
        assert_eq!(cli.global.profile.as_deref(), Some("prod-2"));
    }

    fn split(args: &[&str]) -> (Vec<String>, ApiParams) {
        let args = args.iter().map(std::ffi::OsString::from).collect();
        let (kept, params) = split_api_params(args).unwrap();
        let kept = kept.into_iter().map(|a| a.into_string().unwrap()).collect();
        (kept, params)
    }

    #[test]
    fn api_parameters_are_taken_out_wherever_they_stand() {
        let (kept, params) = split(&[
            "batchctl",
            "--region",
            "ap-guangzhou",
            "api",
            "DescribeJobs",
            "--Offset",
            "-1",
            "-o",
            "yaml",
            "--Limit=5",
            "--dry-run",
        ]);
        assert_eq!(
            kept,
            [
                "batchctl",
                "--region",
                "ap-guangzhou",
                "api",
                "DescribeJobs",
                "-o",
                "yaml",
                "--dry-run"
            ]
        );
        assert_eq!(
            params,
            [
                ("Offset".to_string(), "-1".to_string()),
                ("Limit".to_string(), "5".to_string())
            ]
        );
        // `api` as an option's value, or after another subcommand, is not the subcommand.
        for args in [
            &[
                "batchctl", "--region", "api", "jobs", "describe", "--Bogus", "x",
            ][..],
            &[
                "batchctl", "jobs", "describe", "--name", "api", "--Bogus", "x",
            ],
        ] {
            assert_eq!(split(args).0.len(), args.len(), "{args:?}");
        }
        let err = split_api_params(vec!["b".into(), "api".into(), "X".into(), "--JobId".into()]);
        assert!(err.unwrap_err().contains("--JobId needs a value"));
        let cli = Cli::parse_from_args([
            "batchctl",
            "api",
            "DescribeJob",
            "--JobId",
            "job-1",
            "--all",
        ])
        .unwrap();
        match cli.command {
            Command::Api(api) => {
                assert_eq!(api.action.as_deref(), Some("DescribeJob"));
                assert!(api.all);
                assert_eq!(api.params, [("JobId".to_string(), "job-1".to_string())]);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn positional_ids_join_job_ids_and_list_is_describe() {
        let cli = Cli::parse_from_args([
            "batchctl",
            "jobs",
            "list",
            "job-aaaaaaaa",
            "--job-id",
            "job-bbbbbbbb",
        ])
        .unwrap();
        match cli.command {
            Command::Jobs(JobsCommand::Describe(d)) => {
                assert_eq!(d.select.job_ids, ["job-aaaaaaaa", "job-bbbbbbbb"]);
            }
            other => panic!("{other:?}"),
        }
        let cli = Cli::parse_from_args(["batchctl", "jobs", "wait", "job-aaaaaaaa"]).unwrap();
        match cli.command {
            Command::Jobs(JobsCommand::Wait(w)) => assert_eq!(w.job_ids, ["job-aaaaaaaa"]),
            other => panic!("{other:?}"),
        }
        let err = parse(&["jobs", "wait"]).unwrap_err().to_string();
        assert!(err.contains("JOB") && err.contains("--job-id"), "{err}");
    }

    #[test]
    fn submit_checks_set_and_client_token_and_wait_options_need_wait() {
        let cli = parse(&["jobs", "submit", "-f", "j.yaml", "--set", "Job.Priority=3"]).unwrap();
        match cli.command {
            Command::Jobs(JobsCommand::Submit(s)) => {
                assert_eq!(s.set, [("Priority".to_string(), "3".to_string())]);
            }
            other => panic!("{other:?}"),
        }
        assert!(parse(&["jobs", "submit", "-f", "j", "--set", "Priority"]).is_err());
        let long = "x".repeat(65);
        assert!(parse(&["jobs", "submit", "-f", "j", "--client-token", &long]).is_err());
        assert!(parse(&["jobs", "submit", "-f", "j", "--interval", "1s"]).is_err());
        assert!(parse(&["jobs", "view", "job-XYZ"]).is_err());
        assert!(parse(&["jobs", "terminate-instance", "job-aaaaaaaa", "t", "x"]).is_err());
    }

    #[test]
    fn global_options_are_accepted_after_the_subcommand() {
        let cli = parse(&[
            "jobs",
            "describe",
            "-o",
            "json",
            "--region",
            "ap-guangzhou",
            "--timeout",
            "1.5",
        ])
        .unwrap();
        assert_eq!(cli.global.output, Format::Json);
        assert_eq!(cli.global.region.as_deref(), Some("ap-guangzhou"));
        assert_eq!(cli.global.timeout, Duration::from_millis(1500));
    }

    #[test]
    fn timeout_takes_durations_like_interval() {
        for (text, want) in [
            ("30", Duration::from_secs(30)),
            ("30s", Duration::from_secs(30)),
            ("1m", Duration::from_secs(60)),
            ("500ms", Duration::from_millis(500)),
        ] {
            let cli = parse(&["--timeout", text, "config", "show"]).unwrap();
            assert_eq!(cli.global.timeout, want, "{text}");
        }
        for bad in ["0", "0s", "2d", "soon", "-1"] {
            let err = parse(&["--timeout", bad, "config", "show"]).unwrap_err();
            assert_eq!(err.exit_code(), 2, "{bad}");
        }
    }

    #[test]
    fn colour_follows_color_no_color_and_term() {
        let env = |vars: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                vars.iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        let plain = env(&[("TERM", "xterm-256color")]);
        assert!(ColorChoice::Auto.decide(false, &plain, true));
        assert!(!ColorChoice::Auto.decide(false, &plain, false), "piped");
        assert!(!ColorChoice::Auto.decide(true, &plain, true), "--no-color");
        assert!(!ColorChoice::Auto.decide(false, &env(&[("TERM", "dumb")]), true));
        assert!(!ColorChoice::Auto.decide(false, &env(&[("NO_COLOR", "1")]), true));
        assert!(ColorChoice::Always.decide(false, &env(&[("TERM", "dumb")]), false));
        assert!(
            !ColorChoice::Always.decide(true, &plain, true),
            "--no-color wins"
        );
        assert!(!ColorChoice::Never.decide(false, &plain, true));
        let cli = parse(&["--color", "ALWAYS", "config", "show"]).unwrap();
        assert_eq!(cli.global.color, ColorChoice::Always);
        assert_eq!(
            parse(&["--color", "sometimes", "config", "show"])
                .unwrap_err()
                .exit_code(),
            2
        );
    }
}
