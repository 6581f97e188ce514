//! `batchctl completions <shell>`: prints a completion script generated from the CLI.

use std::io::Write;

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;
use crate::transport::error::Error;

/// The completion script for `shell`.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut for_completion(), "batchctl", &mut out);
    out
}

/// The command line as the completion scripts see it: `api` gets one hidden subcommand
/// per action whose options are the action's top-level members (`--JobId`), so that
/// `batchctl api DescribeJob --<TAB>` offers its parameters. Parsing never sees these:
/// the real `api` takes the action as a value and its parameters before clap.
pub fn for_completion() -> clap::Command {
    // `api`'s arguments are added when it is built (`#[command(defer = true)]`), so the
    // change to one of them is made then too.
    Cli::command().mut_subcommand("api", |api| {
        api.defer(|api| {
            // The action names come from the subcommands here, not twice.
            <crate::cli::ApiArgs as clap::Args>::augment_args(api).mut_arg("action", |a| {
                a.value_parser(clap::builder::NonEmptyStringValueParser::new())
            })
        })
        .disable_help_subcommand(true)
        .subcommands(action_subcommands())
    })
}

/// One hidden subcommand per action, whose options are its top-level members.
fn action_subcommands() -> impl Iterator<Item = clap::Command> {
    batch_api::actions().iter().map(|action| {
        let members = batch_api::object(action.input)
            .map(|o| o.members)
            .unwrap_or_default();
        clap::Command::new(action.name)
            .hide(true)
            .args(members.iter().map(|m| {
                clap::Arg::new(m.name)
                    .long(m.name)
                    .value_name("VALUE")
                    .value_hint(clap::ValueHint::Other)
            }))
    })
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
