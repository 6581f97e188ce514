//! `batchctl completions <shell>`: prints a completion script generated from the CLI.

use std::io::Write;

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;
use crate::error::Error;

/// The completion script for `shell`.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "batchctl", &mut out);
    out
}

/// The file name the script is checked in under, in `completions/`.
pub fn file_name(shell: Shell) -> &'static str {
    match shell {
        Shell::Bash => "batchctl.bash",
        Shell::Zsh => "_batchctl",
        Shell::Fish => "batchctl.fish",
        Shell::PowerShell => "_batchctl.ps1",
        Shell::Elvish => "batchctl.elv",
        _ => "batchctl.completion",
    }
}

pub fn run(shell: Shell) -> Result<(), Error> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(&script(shell))?;
    stdout.flush()?;
    Ok(())
}
