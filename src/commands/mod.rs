//! One module per command; [`run`] dispatches a parsed command line. [`Session`] holds
//! what every API command needs: the client and, with `--emulator`, the emulator.

pub mod completions;
pub mod config_show;
pub mod emulator;
pub mod jobs_describe;
pub mod jobs_wait;

use crate::cli::{Cli, Command, ConfigCommand, EmulatorCommand, GlobalArgs, JobsCommand};
use crate::client::Client;
use crate::credentials;
use crate::emulator as emu;
use crate::error::Error;
use crate::settings::{Endpoint, Settings};

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<(), Error> {
    match &cli.command {
        Command::Jobs(JobsCommand::Describe(args)) => jobs_describe::run(&cli.global, args),
        Command::Jobs(JobsCommand::Wait(args)) => jobs_wait::run(&cli.global, args),
        Command::Emulator(EmulatorCommand::Serve(args)) => emulator::serve(&cli.global, args),
        Command::Config(ConfigCommand::Show) => config_show::run(&cli.global),
        Command::Completions { shell } => completions::run(*shell),
    }
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

/// The validated global settings.
pub fn settings(global: &GlobalArgs) -> Result<Settings, Error> {
    Settings::from_args(global, env)
}

/// A client ready to call the API, and the in-process emulator it may talk to.
pub struct Session {
    pub client: Client,
    /// Kept alive for as long as the session: `--emulator` serves from here.
    _emulator: Option<emu::Handle>,
}

impl Session {
    /// Resolves credentials (or starts the built-in emulator) and builds the client.
    pub fn open(mut settings: Settings, global: &GlobalArgs) -> Result<Session, Error> {
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
                ..emu::Config::new(
                    "127.0.0.1:0",
                    emu::demo_jobs_as_of(chrono::Utc::now().timestamp()),
                )
            })?;
            settings.endpoint = Endpoint::parse(&handle.endpoint)?;
            let client = Client::new(settings, demo_credentials())?;
            return Ok(Session {
                client,
                _emulator: Some(handle),
            });
        }
        let resolved = resolve_credentials(&settings, global)?;
        // Region: --region > TENCENTCLOUD_REGION (both already in settings) > the profile.
        let region_from = match (&settings.region, &resolved.region) {
            (Some(_), _) => "--region or TENCENTCLOUD_REGION".to_string(),
            (None, Some(profile)) => {
                settings.region = Some(profile.region.clone());
                profile.file.display().to_string()
            }
            (None, None) => String::new(),
        };
        if settings.debug {
            eprintln!("batchctl: debug: credentials: {}", resolved.source());
            match &settings.region {
                Some(region) => eprintln!("batchctl: debug: region: {region} (from {region_from})"),
                None => eprintln!("batchctl: debug: region: none (no X-TC-Region header)"),
            }
        }
        Ok(Session {
            client: Client::new(settings, resolved.credentials)?,
            _emulator: None,
        })
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

/// What the credential chain reads, from the options and the process environment.
fn credential_sources<'a>(
    settings: &Settings,
    global: &GlobalArgs,
    env: &'a dyn Fn(&str) -> Option<String>,
) -> credentials::Sources<'a> {
    let present = |name: &str| env(name).filter(|v| !v.trim().is_empty());
    credentials::Sources {
        env,
        home: present("HOME").map(std::path::PathBuf::from),
        profile: global
            .profile
            .clone()
            .unwrap_or_else(|| "default".to_string()),
        profile_explicit: global.origins.profile == crate::cli::Origin::CommandLine,
        use_cvm_role: global.use_cvm_role,
        metadata_base: present("BATCHCTL_METADATA_ENDPOINT")
            .unwrap_or_else(|| credentials::cvm::DEFAULT_BASE.to_string()),
        region_given: settings.region.is_some(),
    }
}

/// Walks the credential chain, printing its warnings (unless `-q`), and reports
/// everything learned on the way, found or not.
pub fn resolve_credentials_detailed(
    settings: &Settings,
    global: &GlobalArgs,
) -> Result<credentials::Resolved, Box<credentials::Unresolved>> {
    let outcome = credentials::resolve(&credential_sources(settings, global, &env));
    if !settings.quiet {
        let warnings = match &outcome {
            Ok(r) => &r.warnings,
            Err(u) => &u.warnings,
        };
        for warning in warnings {
            eprintln!("batchctl: warning: {warning}");
        }
    }
    outcome
}

/// Walks the credential chain (see [`resolve_credentials_detailed`]).
pub fn resolve_credentials(
    settings: &Settings,
    global: &GlobalArgs,
) -> Result<credentials::Resolved, Error> {
    Ok(resolve_credentials_detailed(settings, global)?)
}
