//! The terminal `top` draws on: raw mode, the alternate screen, the cursor hidden — and
//! put back however `top` ends: a [`Screen`] restores it when dropped (`q`, Ctrl-C, an
//! error, the terminal gone), the panic hook restores it before the process ends (the
//! release build aborts on panic, so no drop would run), and a signal (SIGINT, SIGTERM,
//! SIGHUP with ctrlc's `termination` feature) ends the loop, which drops the screen; a
//! second signal restores it at once and exits 130.

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::{cursor, execute, terminal};

use crate::transport::error::Error;

/// Leaves the alternate screen, shows the cursor and ends raw mode. Safe to call more
/// than once, and from any thread.
pub fn restore() {
    let _ = terminal::disable_raw_mode();
    let mut out = io::stdout();
    let _ = execute!(out, terminal::LeaveAlternateScreen, cursor::Show);
    let _ = out.flush();
}

/// The terminal in `top`'s modes; restored when dropped.
pub struct Screen {
    pub terminal: Terminal<CrosstermBackend<io::Stdout>>,
}

impl Screen {
    /// Enters raw mode and the alternate screen, after setting the panic hook and the
    /// signal handler that restore them; `signalled` is set on SIGINT, SIGTERM, SIGHUP.
    pub fn enter(signalled: Arc<AtomicBool>) -> Result<Screen, Error> {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
        let _ = ctrlc::set_handler(move || {
            if signalled.swap(true, Ordering::SeqCst) {
                restore();
                std::process::exit(130);
            }
        });
        let failed = |e: io::Error| {
            restore();
            Error::Io(io::Error::other(format!("cannot set up the terminal: {e}")))
        };
        terminal::enable_raw_mode().map_err(failed)?;
        execute!(io::stdout(), terminal::EnterAlternateScreen, cursor::Hide).map_err(failed)?;
        let terminal = Terminal::new(CrosstermBackend::new(io::stdout())).map_err(failed)?;
        Ok(Screen { terminal })
    }
}

impl Drop for Screen {
    fn drop(&mut self) {
        restore();
    }
}
