//! The event loop of `top`: refresh when the interval has passed, draw, then block on the
//! next event until the next refresh is due (no busy loop: an idle `top` sleeps in
//! poll(2)). Events and time come in from outside — the terminal and real time in the
//! binary, a script and a virtual clock in tests — so a test drives 20 s of refreshes
//! and key presses without sleeping.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{self, Event, KeyEvent, KeyEventKind};

use crate::transport::error::Error;
use crate::transport::pacing::Clock;

use super::actions::Api;
use super::render;
use super::state::{Exit, Request, State};

/// Something that happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Key(KeyEvent),
    /// The terminal changed size: the next draw fills it.
    Resize,
    /// SIGINT, SIGTERM or SIGHUP.
    Interrupt,
}

/// Where events come from.
pub trait Events {
    /// The next event, waiting at most `timeout`; `None` when it passed with none. An
    /// error means the terminal is gone.
    fn next(&mut self, timeout: Duration) -> Result<Option<Input>, Error>;
}

/// The terminal's events (crossterm), and the signals' flag.
pub struct TerminalEvents {
    pub signalled: Arc<AtomicBool>,
}

/// Longest wait without looking at the signals' flag (the handler only sets it).
const SIGNAL_CHECK: Duration = Duration::from_millis(250);

impl Events for TerminalEvents {
    fn next(&mut self, timeout: Duration) -> Result<Option<Input>, Error> {
        if self.signalled.load(Ordering::SeqCst) {
            return Ok(Some(Input::Interrupt));
        }
        let lost = |e: std::io::Error| {
            Error::Io(std::io::Error::other(format!("the terminal is gone: {e}")))
        };
        if !event::poll(timeout.min(SIGNAL_CHECK)).map_err(lost)? {
            return Ok(None);
        }
        Ok(match event::read().map_err(lost)? {
            Event::Key(key) if key.kind != KeyEventKind::Release => Some(Input::Key(key)),
            Event::Resize(..) => Some(Input::Resize),
            _ => None,
        })
    }
}

/// Runs `top` until a key or a signal ends it: the first refresh at once, then one
/// every `interval` of `clock`. A key changes the state at once; the read it asks for is
/// sent only when no other key is waiting (keys pressed faster than the service answers
/// coalesce into the read of the view they lead to), a write at once.
pub fn run_loop<B: Backend>(
    terminal: &mut Terminal<B>,
    state: &mut State,
    api: &Api<'_>,
    events: &mut dyn Events,
    clock: &dyn Clock,
    interval: Duration,
) -> Result<Exit, Error>
where
    B::Error: std::fmt::Display,
{
    let draw_failed = |e: B::Error| Error::Io(std::io::Error::other(format!("cannot draw: {e}")));
    let mut next_refresh = Duration::ZERO;
    // Drawn only when something changed: a wake-up with nothing new costs nothing.
    let mut changed = true;
    loop {
        if clock.elapsed() >= next_refresh {
            api.perform(state, &Request::Refresh);
            next_refresh = clock.elapsed() + interval;
            changed = true;
        }
        if changed {
            terminal
                .draw(|frame| render::draw(state, frame))
                .map_err(draw_failed)?;
            changed = false;
            // Debug builds only: the pseudo-terminal test's way to see the panic hook
            // restore the terminal before the panic is told.
            #[cfg(debug_assertions)]
            if std::env::var_os("BATCHCTL_TEST_TOP_PANIC").is_some() {
                panic!("top: a panic asked for by BATCHCTL_TEST_TOP_PANIC");
            }
        }
        if let Some(exit) = state.exit {
            return Ok(exit);
        }
        let wait = next_refresh.saturating_sub(clock.elapsed());
        let mut input = events.next(wait)?;
        let mut pending: Option<Request> = None;
        while let Some(event) = input.take() {
            changed = true;
            match event {
                Input::Resize => terminal.autoresize().map_err(draw_failed)?,
                Input::Interrupt => return Ok(Exit::Interrupted),
                Input::Key(key) => {
                    let view = state.view;
                    match state.key(key) {
                        Some(write @ Request::Act(..)) => api.perform(state, &write),
                        Some(read) => pending = Some(read),
                        None if state.view != view => pending = None,
                        None => {}
                    }
                }
            }
            if state.exit.is_some() {
                break;
            }
            input = events.next(Duration::ZERO)?;
        }
        if let Some(read) = pending {
            // The view the keys led to is shown at once, its data when it comes.
            state.loading = true;
            terminal
                .draw(|frame| render::draw(state, frame))
                .map_err(draw_failed)?;
            api.perform(state, &read);
        }
    }
}
