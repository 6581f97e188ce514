//! `batchctl api [ACTION [PARAMS]]`: every action of the Batch API, from the model's
//! tables. Without an action, the list of actions; with `--help`, the action's
//! parameters; otherwise tccli's parameters → a body validated against the model →
//! the one client path → the answer as received (or rows of its list member).

mod help;
mod list;
mod output;
use crate::domain::params;
use crate::transport::invoke::Invocation;
use batch_api::ActionId;

use std::io::{self, BufWriter, IsTerminal, Write};

use batch_api::Action;
use serde_json::Value;

use crate::cli::ApiArgs;
use crate::cli::config::Config;
use crate::output::{Format, OutputOptions};
use crate::transport::error::Error;

pub fn run(config: &Config, args: &ApiArgs) -> Result<(), Error> {
    let format = config.output_or(Format::Json);
    let opts =
        OutputOptions::new(format, None, false, config.color).with_query(config.query.clone());
    let mut out = BufWriter::new(io::stdout().lock());
    let Some(name) = &args.action else {
        if args.help {
            return api_help(&mut out);
        }
        if !args.params.is_empty() || args.cli_input_json.is_some() || args.all {
            return Err(Error::usage(
                "parameters need an ACTION (`batchctl api` lists them)",
            ));
        }
        let format = config.output_or(list::default_format(io::stdout().is_terminal()));
        let opts =
            OutputOptions::new(format, None, false, config.color).with_query(config.query.clone());
        return list::write(format, &opts, &mut out);
    };
    let action = find_action(name)?;
    if args.help {
        return help::write(action, &mut out);
    }
    if args.all && action.paging.is_none() {
        let paging: Vec<&str> = batch_api::actions()
            .iter()
            .filter(|a| a.paging.is_some())
            .map(|a| a.name)
            .collect();
        return Err(Error::usage(format!(
            "--all: {} does not page (the actions that page: {})",
            action.name,
            paging.join(", ")
        )));
    }
    let base = match &args.cli_input_json {
        Some(spec) => Some(params::read_input_json(spec, &mut io::stdin().lock())?),
        None => None,
    };
    let body = params::build_body(action, base, &args.params)?;
    let invocation = Invocation::of(action, body)?;

    if args.all
        && action.name == ActionId::DescribeTaskLogs.name()
        && invocation.body().get("TaskInstanceIndexes").is_some()
    {
        // The service takes TaskInstanceIndexes or Offset, not both; --all pages by Offset.
        return Err(Error::usage(
            "--all pages by Offset, which DescribeTaskLogs does not take with --TaskInstanceIndexes",
        ));
    }
    let session = super::Session::open(config)?;
    let client = &session.client;
    let paging = action.paging.filter(|_| args.all);
    if config.dry_run {
        match paging {
            Some(paging) => output::first_page(&invocation, &paging)?,
            None => invocation,
        }
        .write_dry_run(client, &mut out)?;
        if args.all {
            client.notes().note(
                "dry run: only the first page's request is shown; later pages depend on its answer",
            );
        }
        return Ok(());
    }
    if let Some(paging) = paging {
        return output::all_pages(client, &invocation, &paging, &opts, &mut out);
    }
    let reply = invocation.send(client)?;
    output::single(action, &reply, &opts, &mut out)
}

/// The action named `name`, or a usage error with the closest name.
fn find_action(name: &str) -> Result<&'static Action, Error> {
    if let Some(action) = batch_api::action(name) {
        return Ok(action);
    }
    let names: Vec<&str> = batch_api::actions().iter().map(|a| a.name).collect();
    let hint = batch_api::suggest(name, names.iter().copied())
        .map(|s| format!(" (did you mean {s}?)"))
        .unwrap_or_default();
    Err(Error::usage(format!(
        "unknown action '{}'{hint}; `batchctl api` lists the actions",
        crate::transport::error::printable(name)
    )))
}

/// `batchctl api --help`: clap's help of the subcommand.
fn api_help(out: &mut dyn Write) -> Result<(), Error> {
    use clap::CommandFactory;
    let mut command = crate::cli::Cli::command();
    command.build();
    let mut command = crate::cli::examples_first(command, true);
    if let Some(api) = command.find_subcommand_mut("api") {
        write!(out, "{}", api.render_long_help())?;
    }
    out.flush()?;
    Ok(())
}

/// A member of an answer as an unsigned count (`TotalCount`), if it is one.
fn count(answer: &Value, member: &str) -> Option<u64> {
    answer.get(member).and_then(Value::as_u64)
}
