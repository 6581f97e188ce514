//! `batchctl top`: a live, full-screen view of the jobs of `jobs describe` (same
//! selectors), their tasks and instances, logs and `why`, with terminate, retry and
//! delete behind a confirmation. The parts: [`state`] (what is shown, and what keys do),
//! [`render`] (a pure function of the state), [`events`] (the loop, fed by an event source
//! and a clock), [`actions`] (the requests, through the one client), [`screen`] (the
//! terminal, always restored).

pub mod actions;
pub mod events;
pub mod render;
pub mod screen;
pub mod state;

use std::io::IsTerminal;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use crate::cli::DescribeArgs;
use crate::cli::config::Config;
use crate::cli::top::TopArgs;
use crate::domain::selection::Selection;
use crate::transport::error::Error;
use crate::transport::pacing::RealClock;

use actions::{Api, StatusNotes};
use state::{Exit, State};

/// The `jobs describe` arguments of `top`'s selectors and paging.
pub fn describe_args(args: &TopArgs) -> DescribeArgs {
    DescribeArgs {
        select: args.select.clone(),
        paging: args.paging.clone(),
        columns: None,
        no_headers: false,
        watch: false,
        interval: args.interval,
    }
}

pub fn run(config: &Config, args: &TopArgs) -> Result<(), Error> {
    if !(std::io::stdout().is_terminal() && std::io::stdin().is_terminal()) {
        return Err(Error::usage(
            "top needs a terminal; in scripts and pipes use `batchctl jobs describe` \
             (with --watch for changes) or `batchctl jobs wait`"
                .to_string(),
        ));
    }
    let uses_stdin = args.select.job_ids.iter().any(|id| id == "-");
    if uses_stdin {
        return Err(Error::usage(
            "top reads keys from the terminal: give job IDs on the command line, not `-`"
                .to_string(),
        ));
    }
    let selection = Selection::from_asked(
        &crate::commands::jobs::describe::asked(&describe_args(args)),
        &mut std::io::empty(),
    )?;
    let notes = Rc::new(StatusNotes::default());
    let session = crate::commands::Session::open_with_notes(config, notes.clone())?;
    let signalled = Arc::new(AtomicBool::new(false));
    session.client.cancel_on(signalled.clone());
    let api = Api {
        client: &session.client,
        selection,
        notes,
    };
    let interval = crate::commands::jobs::wait::poll_interval(config, args.interval);
    let mut state = State::new(config.color);
    let exit = {
        let mut screen = screen::Screen::enter(signalled.clone())?;
        let mut events = events::TerminalEvents { signalled };
        events::run_loop(
            &mut screen.terminal,
            &mut state,
            &api,
            &mut events,
            &RealClock::new(),
            interval,
        )
        // The screen is restored here, before anything is printed.
    }?;
    match exit {
        Exit::Quit => Ok(()),
        Exit::Interrupted => Err(Error::Interrupted),
    }
}

#[cfg(test)]
mod tests;
