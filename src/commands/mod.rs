//! One module per command; [`run`] builds the one [`Config`] and dispatches a parsed
//! command line. [`Session`] holds what every API command needs: the client and, with
//! `--emulator`, the emulator.

pub mod api;
pub mod catalog;
pub mod complete;
pub mod completions;
pub mod config_defaults;
pub mod config_show;
pub mod document;
pub mod emulator;
pub mod envs;
pub mod estimate;
pub mod init;
pub mod jobs;
pub mod resources;
pub mod run;
pub mod templates;
pub mod top;

use crate::cli::config::{Config, Endpoint, Environment};
use crate::cli::resources::{EnvsCommand, TemplatesCommand};
use crate::cli::{Cli, Command, ConfigCommand, EmulatorCommand, JobsCommand};
use crate::transport::client::Client;
use crate::transport::credentials;
use crate::transport::error::Error;
use batch_emulator as emu;

/// Runs a parsed command line: the one configuration is built here, once, and handed to
/// the command.
pub fn run(cli: Cli) -> Result<(), Error> {
    match &cli.command {
        // These two need no configuration: a bad BATCHCTL_ENDPOINT must not stop them.
        Command::Completions { shell } => return completions::run(*shell),
        Command::Emulator(EmulatorCommand::Serve(args)) => {
            return emulator::serve(cli.global.quiet, args);
        }
        _ => {}
    }
    let config = Config::from_args(&cli.global, Environment::capture())?;
    match &cli.command {
        Command::Run(args) => run::run(&config, args),
        Command::Jobs(JobsCommand::Describe(args)) => jobs::describe::run(&config, args),
        Command::Jobs(JobsCommand::Wait(args)) => jobs::wait::run(&config, args),
        Command::Jobs(JobsCommand::Init) => init::run(&config, init::Kind::Job),
        Command::Envs(EnvsCommand::Init) => init::run(&config, init::Kind::Env),
        Command::Templates(TemplatesCommand::Init) => init::run(&config, init::Kind::Template),
        Command::Jobs(command) => jobs::run(&config, command),
        Command::Api(args) => api::run(&config, args),
        Command::Config(ConfigCommand::Show) => config_show::run(&config),
        Command::Config(ConfigCommand::Set(args)) => config_defaults::set(&config, args),
        Command::Config(ConfigCommand::Get(args)) => config_defaults::get(&config, args),
        Command::Config(ConfigCommand::Unset(args)) => config_defaults::unset(&config, args),
        Command::Envs(command) => envs::run(&config, command),
        Command::Templates(command) => templates::run(&config, command),
        Command::Catalog(command) => catalog::run(&config, command),
        Command::Top(args) => top::run(&config, args),
        Command::Completions { .. } | Command::Emulator(_) => Ok(()),
    }
}

/// A client ready to call the API, and the in-process emulator it may talk to.
pub struct Session {
    pub client: Client,
    /// Kept alive for as long as the session: `--emulator` serves from here.
    _emulator: Option<emu::Handle>,
    /// `--emulator=local`: the commands it started end with the session.
    local_runs: bool,
}

impl Session {
    /// Resolves credentials (or starts the built-in emulator) and builds the client.
    pub fn open(config: &Config) -> Result<Session, Error> {
        Session::open_with_notes(config, notes(config))
    }

    /// [`Session::open`], the client telling its notes (retries, warnings) to `notes`
    /// rather than to stderr (`top` shows them in its status line).
    pub fn open_with_notes(
        config: &Config,
        notes: std::rc::Rc<dyn crate::transport::notes::Notes>,
    ) -> Result<Session, Error> {
        let mut settings = config.clone();
        if settings.emulator {
            // No rate limit in process: the client's own `--rate-limit` (e.g. 0, for speed)
            // decides the pace here, so a demo never meets RequestLimitExceeded. Jobs
            // advance as they are polled, so `--emulator jobs wait` ends; one invocation
            // of `jobs describe` sees each job before it moves (only a later page could
            // see a job already moved, as on the real service).
            let handle = emu::start(emu::Config {
                quiet: true,
                rate_limit: emu::RateLimit::OFF,
                advance: true,
                // Submitted jobs run 20 times as fast as real time (a job of a few
                // virtual seconds ends within a second); the demo stories are there too.
                speed: Some(emu::IN_PROCESS_SPEED),
                stories: true,
                exec: if config.emulator_local {
                    emu::Exec::Local
                } else {
                    emu::Exec::Simulate
                },
                ..emu::Config::new(
                    "127.0.0.1:0",
                    emu::demo_jobs_as_of(chrono::Utc::now().timestamp()),
                )
            })?;
            settings.transport.endpoint = Endpoint::parse(&handle.endpoint)?;
            if config.emulator_local {
                notes.warning(&emulator::local_warning());
            }
            let client = Client::new(settings.transport.clone(), demo_credentials(), notes)?;
            return Ok(Session {
                client,
                _emulator: Some(handle),
                local_runs: config.emulator_local,
            });
        }
        let resolved = resolve_credentials(&settings)?;
        check_credentials(&resolved.credentials)?;
        if settings.transport.region.is_none()
            && let Some(profile) = &resolved.region
        {
            crate::cli::config::check_region(&profile.region).map_err(|why| {
                Error::Credentials(format!(
                    "the region '{}' in {} is not usable: {why}",
                    crate::transport::error::printable(&profile.region),
                    profile.file.display()
                ))
            })?;
        }
        // Region: --region > TENCENTCLOUD_REGION (both already in settings) > the profile.
        let region_from = match (&settings.transport.region, &resolved.region) {
            (Some(_), _) => config_defaults::region_origin(config),
            (None, Some(profile)) => {
                settings.transport.region = Some(profile.region.clone());
                profile.file.display().to_string()
            }
            (None, None) => String::new(),
        };
        notes.debug(&format!("credentials: {}", resolved.source()));
        notes.debug(&match &settings.transport.region {
            Some(region) => format!("region: {region} (from {region_from})"),
            None => "region: none (no X-TC-Region header)".to_string(),
        });
        Ok(Session {
            client: Client::new(settings.transport.clone(), resolved.credentials, notes)?,
            _emulator: None,
            local_runs: false,
        })
    }
}

/// The one notes sink of an invocation: stderr, quiet with `-q`, debug lines with `--debug`.
pub fn notes(config: &Config) -> std::rc::Rc<dyn crate::transport::notes::Notes> {
    std::rc::Rc::new(crate::output::notes::Stderr::new(
        config.quiet,
        config.debug,
    ))
}

/// The SecretId and token travel in headers: a newline or control character in them
/// would break every request (or smuggle a header), so they are refused before any is
/// sent (exit 6), naming where they came from but never the token.
fn check_credentials(credentials: &credentials::Credentials) -> Result<(), Error> {
    let header_safe = |text: &str| text.chars().all(|c| c.is_ascii_graphic());
    if !header_safe(&credentials.secret_id) {
        return Err(Error::Credentials(format!(
            "the SecretId from {} holds a space, control or non-ASCII character: check it",
            credentials.source
        )));
    }
    if credentials
        .token
        .as_ref()
        .is_some_and(|t| !header_safe(t.expose()))
    {
        return Err(Error::Credentials(format!(
            "the session token from {} holds a space, control or non-ASCII character: check it",
            credentials.source
        )));
    }
    Ok(())
}

impl Drop for Session {
    fn drop(&mut self) {
        if self.local_runs {
            // `--emulator=local`: no command outlives the invocation.
            emu::kill_local_runs();
        }
    }
}

/// The emulator's demo credentials, as the client uses them with `--emulator`.
pub fn demo_credentials() -> credentials::Credentials {
    credentials::Credentials {
        secret_id: emu::DEMO_SECRET_ID.to_string(),
        secret_key: credentials::Secret::new(emu::DEMO_SECRET_KEY),
        token: None,
        source: "the built-in emulator's demo credentials".to_string(),
    }
}

/// What the credential chain reads, all from the configuration.
fn credential_sources<'a>(
    config: &Config,
    env: &'a dyn Fn(&str) -> Option<String>,
) -> credentials::Sources<'a> {
    credentials::Sources {
        env,
        home: config.env.present("HOME").map(std::path::PathBuf::from),
        profile: config.profile.name.clone(),
        profile_explicit: config.profile.origin == crate::cli::Origin::CommandLine,
        use_cvm_role: config.use_cvm_role,
        metadata_base: config.metadata_base.clone(),
        region_given: config.transport.region.is_some(),
    }
}

/// Walks the credential chain, printing its warnings (unless `-q`), and reports
/// everything learned on the way, found or not.
pub fn resolve_credentials_detailed(
    config: &Config,
) -> Result<credentials::Resolved, Box<credentials::Unresolved>> {
    let env = |name: &str| config.env.get(name);
    let outcome = credentials::resolve(&credential_sources(config, &env));
    let warnings = match &outcome {
        Ok(r) => &r.warnings,
        Err(u) => &u.warnings,
    };
    let notes = notes(config);
    for warning in warnings {
        notes.warning(warning);
    }
    outcome
}

/// Walks the credential chain (see [`resolve_credentials_detailed`]).
pub fn resolve_credentials(config: &Config) -> Result<credentials::Resolved, Error> {
    Ok(resolve_credentials_detailed(config)?)
}
