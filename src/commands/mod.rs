//! One module per command; [`run`] dispatches a parsed command line. [`Session`] holds
//! what every API command needs: the client and, with `--emulator`, the emulator.

pub mod completions;
pub mod emulator;
pub mod jobs_describe;

use crate::cli::{Cli, Command, EmulatorCommand, GlobalArgs, JobsCommand};
use crate::client::Client;
use crate::credentials;
use crate::emulator as emu;
use crate::error::Error;
use crate::settings::{Endpoint, Settings};

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<(), Error> {
    match &cli.command {
        Command::Jobs(JobsCommand::Describe(args)) => jobs_describe::run(&cli.global, args),
        Command::Emulator(EmulatorCommand::Serve(args)) => emulator::serve(&cli.global, args),
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
    pub fn open(mut settings: Settings) -> Result<Session, Error> {
        if settings.emulator {
            let handle = emu::start(emu::Config {
                listen: "127.0.0.1:0".to_string(),
                jobs: emu::demo_jobs(),
                log: None,
                quiet: true,
            })?;
            settings.endpoint = Endpoint::parse(&handle.endpoint)?;
            let client = Client::new(settings, emu::demo_credentials())?;
            return Ok(Session {
                client,
                _emulator: Some(handle),
            });
        }
        let credentials = credentials::from_env(env)?;
        Ok(Session {
            client: Client::new(settings, credentials)?,
            _emulator: None,
        })
    }
}
