//! `batchctl run [OPTIONS] -- COMMAND [ARG]...`: a one-task job from a command line,
//! submitted with a ClientToken, its instances' output streamed while they run, and the
//! command's own exit status at the end, as `srun` or `docker run` do locally.
//!
//! The steps: the options and defaults become a [`runjob::Spec`] (every check before
//! anything is sent: exit 2), then a SubmitJob body checked against the model as `jobs
//! submit` checks a file; `--dry-run` prints it, `--estimate` prices it, `--detach` submits
//! it; otherwise the one log follower (`jobs::follow`) streams it and [`outcome`] turns
//! the finished job into an exit status and a last line.

mod outcome;

use std::io::{self, IsTerminal};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use batch_api::ActionId;
use serde_json::{Value, json};

use crate::cli::config::Config;
use crate::cli::run::RunArgs;
use crate::cli::{Origin, Origins};
use crate::commands::jobs::follow::{self, Follow, Watch};
use crate::commands::{Session, templates};
use crate::domain::defaults::Key;
use crate::domain::jobfile::{self, Overrides};
use crate::domain::runjob::{self, Spec, What, Where};
use crate::domain::sweep;
use crate::transport::client::Client;
use crate::transport::error::{Error, printable};

/// The longest script `--script` sends (its text travels in `Application.Command`).
const MAX_SCRIPT: u64 = 64 * 1024;
/// The longest job name the service takes.
const MAX_NAME: usize = 60;

/// Runs `batchctl run`; every failure after the options were accepted is exit 125 (the
/// command's status could not be known), a bad option stays a usage error (2).
pub fn run(config: &Config, args: &RunArgs) -> Result<(), Error> {
    match run_inner(config, args) {
        Err(e @ (Error::Usage(_) | Error::QuietExit(_) | Error::Interrupted)) => Err(e),
        Err(e) if e.is_broken_pipe() => Err(e),
        Err(e) => Err(Error::RunFailed(Box::new(e))),
        Ok(()) => Ok(()),
    }
}

fn run_inner(config: &Config, args: &RunArgs) -> Result<(), Error> {
    refuse_output_options(&config.origins, config, args)?;
    let what = what(args)?;
    let zone = config.defaults.resolve(Key::Zone, args.zone.as_deref())?;
    let Some(zone_value) = zone.value.clone().or_else(|| demo(config, Key::Zone)) else {
        return Err(config.defaults.missing(Key::Zone));
    };
    if args.script.as_deref() == Some("-") && args.each.as_deref() == Some("-") {
        return Err(Error::usage(
            "--script - and --each - cannot both read stdin",
        ));
    }
    if let Some(name) = &args.name
        && name.chars().count() > MAX_NAME
    {
        return Err(Error::usage(format!(
            "--name: at most {MAX_NAME} characters, got {}",
            name.chars().count()
        )));
    }
    let place = place(config, args)?;
    let table = match &args.each {
        Some(spec) => Some(sweep::read(spec, &mut io::stdin().lock())?),
        None => None,
    };
    let (instances, mut max_parallel) = args.array.unwrap_or((1, None));
    if let Some(k) = args.max_parallel {
        if max_parallel.is_some_and(|given| given != k) {
            return Err(Error::usage(format!(
                "--array gives at most {} at once and --max-parallel {k}: give one",
                max_parallel.unwrap_or(k)
            )));
        }
        max_parallel = Some(k);
    }
    let timeout_s = args.task_timeout.map(|d| {
        let s = d.as_secs() + u64::from(d.subsec_nanos() > 0);
        s.max(1)
    });
    let mut spec = Spec {
        what,
        name: args.name.clone(),
        env_vars: args.env_vars.clone(),
        timeout_s,
        retries: args.retries,
        instances,
        max_parallel,
        table,
        place,
        template_task: None,
    };

    let session = Session::open(config)?;
    let client = &session.client;
    if let Some(id) = &args.template {
        spec.template_task = Some(templates::apply::task_from_template(client, id)?);
    }
    let job = runjob::job(&spec);
    let overrides = Overrides {
        zone: Some(zone_value.clone()),
        default_zone: None,
        name: None,
        set: args.set.clone(),
        client_token: args.client_token.clone(),
    };
    let body = jobfile::build("run", &job.to_string(), &overrides)?;
    crate::commands::jobs::submit::check_zone(config, client, &body, &zone)?;
    if args.estimate {
        return crate::commands::estimate::print(config, client, &body, args.hours);
    }
    if config.dry_run {
        return crate::commands::jobs::dry_run(client, ActionId::SubmitJob, &body, !args.detach);
    }

    // Ctrl-C: the first one is remembered (a submission under way finishes, so no second
    // job can come of it), the second ends batchctl at once.
    let interrupted = crate::commands::jobs::wait::on_ctrl_c();
    let answer = crate::commands::jobs::call_value(client, ActionId::SubmitJob, &body)?;
    let job_id = crate::commands::jobs::text(&answer, "JobId");
    if job_id.is_empty() {
        return Err(Error::Network(
            "the SubmitJob answer holds no JobId".to_string(),
        ));
    }
    if args.detach {
        return crate::commands::jobs::submit::print_submitted(config, &job_id, &answer);
    }
    let task = task_name(&body);
    let count = spec.instance_count();
    client.notes().note(&format!(
        "job {job_id} submitted: {count} instance{} of `{}`; streaming its output (Ctrl-C leaves it running)",
        if count == 1 { "" } else { "s" },
        printable(&cut_command(&body))
    ));
    client.cancel_on(interrupted.clone());
    if interrupted.load(Ordering::SeqCst) {
        return interrupt(client, &job_id, args.terminate_on_interrupt);
    }
    let opts = Follow {
        tasks: vec![task.clone()],
        prefix: Some(count > 1),
        index_only: true,
        ..Follow::new(crate::commands::jobs::wait::poll_interval(
            config,
            args.interval,
        ))
    };
    let mut status = StatusLine::new(config, &job_id, count);
    let ended = match follow::follow_with(client, &job_id, &opts, &mut status) {
        Ok(ended) => ended,
        Err(Error::Interrupted) => {
            status.clear();
            return interrupt(client, &job_id, args.terminate_on_interrupt);
        }
        Err(e) if e.is_broken_pipe() => {
            // Nobody reads stdout any more: end quietly (exit 0, as any closed pipe),
            // saying that the job goes on and how to follow it.
            status.clear();
            eprintln!(
                "batchctl: stdout was closed; job {job_id} is still running\n  follow it:    batchctl jobs logs -f {job_id}\n  terminate it: batchctl jobs terminate {job_id}"
            );
            return Err(e);
        }
        Err(e) => {
            status.clear();
            return Err(e);
        }
    };
    status.clear();
    if interrupted.load(Ordering::SeqCst) {
        return interrupt(client, &job_id, args.terminate_on_interrupt);
    }
    let code = outcome::exit_status(client, &job_id, &task, &ended)?;
    if !config.quiet {
        eprintln!(
            "{}",
            outcome::last_line(&job_id, &ended, code, &body, count)
        );
    }
    match code {
        0 => Ok(()),
        n => Err(Error::QuietExit(n)),
    }
}

/// Without `--detach` stdout is the command's own output: `-o` and `--query` given on the
/// command line are refused (a format from the environment or the config file is not).
fn refuse_output_options(origins: &Origins, config: &Config, args: &RunArgs) -> Result<(), Error> {
    if args.detach || args.estimate {
        return Ok(());
    }
    if origins.output == Origin::CommandLine {
        return Err(Error::usage(
            "-o applies to `run --detach` and `run --estimate` only: without them stdout is the command's own output",
        ));
    }
    if config.query.is_some() {
        return Err(Error::usage(
            "--query applies to `run --detach` and `run --estimate` only: without them stdout is the command's own output",
        ));
    }
    Ok(())
}

/// What runs: the words after `--`, a script, or the template's command.
fn what(args: &RunArgs) -> Result<What, Error> {
    if let Some(script) = &args.script {
        let (name, text) = crate::domain::input_file::read_at_most(
            script,
            &mut io::stdin().lock(),
            MAX_SCRIPT,
        )
        .map_err(|e| match e {
            Error::Usage(m) if m.contains("larger than") => Error::usage(format!(
                "--script {m}; a larger program belongs in the image or a package (Application.PackageFilePath)"
            )),
            other => other,
        })?;
        if text.trim().is_empty() {
            return Err(Error::usage(format!(
                "--script {}: the script is empty",
                printable(&name)
            )));
        }
        let stem = std::path::Path::new(&name)
            .file_stem()
            .map_or("script".to_string(), |s| s.to_string_lossy().into_owned());
        return Ok(What::Script { name: stem, text });
    }
    if args.command.iter().all(|w| w.trim().is_empty()) {
        if args.template.is_some() && args.command.is_empty() {
            return Ok(What::Template);
        }
        return Err(Error::usage(
            "no command given: write it after `--` (batchctl run -- echo hello), or give --script FILE",
        ));
    }
    if args.command.iter().any(|w| w.contains('\0')) {
        return Err(Error::usage("the command holds a NUL byte"));
    }
    Ok(What::Words(args.command.clone()))
}

/// Where the task runs: `--env`, else `--image`/`--instance-type`, else the defaults
/// (compute-env, else image and instance-type); `None` keeps a template's own place
/// when nothing is given.
fn place(config: &Config, args: &RunArgs) -> Result<Option<Where>, Error> {
    let d = &config.defaults;
    if let Some(env) = &args.env {
        return Ok(Some(Where::Env(env.clone())));
    }
    let flags_given = args.image.is_some() || args.instance_type.is_some();
    if !flags_given && let Some(env) = d.resolve(Key::ComputeEnv, None)?.value {
        return Ok(Some(Where::Env(env)));
    }
    if args.template.is_some() && !flags_given {
        let image = d.resolve(Key::Image, None)?.value;
        let itype = d.resolve(Key::InstanceType, None)?.value;
        return Ok(match (image, itype) {
            (Some(image), Some(instance_type)) => Some(Where::Managed {
                instance_type,
                image,
            }),
            _ => None,
        });
    }
    let require = |key: Key, flag: Option<&String>| -> Result<String, Error> {
        match d.resolve(key, flag.map(String::as_str))?.value {
            Some(value) => Ok(value),
            None => demo(config, key).ok_or_else(|| or_env(d.missing(key), args)),
        }
    };
    let instance_type = require(Key::InstanceType, args.instance_type.as_ref())?;
    let image = require(Key::Image, args.image.as_ref())?;
    Ok(Some(Where::Managed {
        instance_type,
        image,
    }))
}

/// With `--emulator`, what a default nobody gave stands for: the demo world's zone,
/// image and smallest instance type, so `batchctl --emulator run -- echo hi` just runs.
fn demo(config: &Config, key: Key) -> Option<String> {
    if !config.emulator {
        return None;
    }
    let value = match key {
        Key::Zone => "ap-guangzhou-3",
        Key::Image => "img-m4q71qnq",
        Key::InstanceType => "S1.SMALL1",
        _ => return None,
    };
    Some(value.to_string())
}

/// A missing image or instance type also says that `--env` is the other way.
fn or_env(e: Error, args: &RunArgs) -> Error {
    match e {
        Error::Usage(m) if args.image.is_none() && args.instance_type.is_none() => Error::usage(
            format!("{m}; or run on an existing compute environment with --env ENV_ID"),
        ),
        other => other,
    }
}

/// The task's name in the body.
fn task_name(body: &Value) -> String {
    body.pointer("/Job/Tasks/0/TaskName")
        .and_then(Value::as_str)
        .unwrap_or(runjob::TASK_NAME)
        .to_string()
}

/// The command's last line (the user's, after a table), cut to a screen's width.
fn cut_command(body: &Value) -> String {
    let command = body
        .pointer("/Job/Tasks/0/Application/Command")
        .and_then(Value::as_str)
        .unwrap_or("");
    let last = command.trim_end().lines().last().unwrap_or("");
    if last.chars().count() > 60 {
        format!("{}…", last.chars().take(59).collect::<String>())
    } else {
        last.to_string()
    }
}

/// Ctrl-C: the job keeps running and batchctl says how to follow and end it (exit 130);
/// with `--terminate-on-interrupt` it is terminated first.
fn interrupt(client: &Client, job_id: &str, terminate: bool) -> Result<(), Error> {
    if terminate {
        // A fresh flag: the Ctrl-C already seen must not cut the TerminateJob short.
        client.cancel_on(Arc::new(AtomicBool::new(false)));
        match crate::commands::jobs::call(client, ActionId::TerminateJob, &json!({"JobId": job_id}))
        {
            Ok(_) => eprintln!("batchctl: interrupted; job {job_id} is being terminated"),
            Err(e) => eprintln!(
                "batchctl: interrupted; terminating job {job_id} failed: {}\n  end it with: batchctl jobs terminate {job_id}",
                e.first_line()
            ),
        }
    } else {
        eprintln!(
            "batchctl: interrupted; job {job_id} is still running\n  follow it:    batchctl jobs logs -f {job_id}\n  terminate it: batchctl jobs terminate {job_id}"
        );
    }
    Err(Error::QuietExit(130))
}

/// The progress line on a terminal's stderr: `job-x RUNNING  instances 3/10`, cleared
/// before output is printed and drawn again after.
struct StatusLine {
    live: bool,
    job_id: String,
    count: u64,
}

impl StatusLine {
    fn new(config: &Config, job_id: &str, count: u64) -> StatusLine {
        StatusLine {
            live: !config.quiet && io::stderr().is_terminal(),
            job_id: job_id.to_string(),
            count,
        }
    }

    fn clear(&mut self) {
        crate::output::progress::clear_stale_line();
    }
}

impl Watch for StatusLine {
    fn before_text(&mut self) {
        self.clear();
    }

    fn after_round(&mut self, job: &Value) {
        if !self.live {
            return;
        }
        let state = printable(&crate::commands::jobs::text(job, "JobState"));
        let instances = if self.count > 1 {
            crate::output::progress::instances_text(job)
        } else {
            String::new()
        };
        crate::output::progress::draw_status_line(&format!("{} {state}{instances}", self.job_id));
    }
}
