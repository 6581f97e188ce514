//! One module per command; [`run`] dispatches a parsed command line.

pub mod completions;
pub mod emulator;
pub mod jobs_describe;

use crate::cli::{Cli, Command, EmulatorCommand, JobsCommand};
use crate::error::Error;

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<(), Error> {
    match &cli.command {
        Command::Jobs(JobsCommand::Describe(args)) => jobs_describe::run(&cli.global, args),
        Command::Emulator(EmulatorCommand::Serve(args)) => emulator::serve(&cli.global, args),
        Command::Completions { shell } => completions::run(*shell),
    }
}
