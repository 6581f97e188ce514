//! The one notes sink for stderr: retries, notes, warnings and `--debug` lines, each a
//! `batchctl: …` line of its own (a progress line drawn in place is cleared first), none
//! with `-q` except debug lines, which `--debug` asks for. The transport tells its notes
//! here through [`Notes`]; so do the commands.

use crate::transport::error::printable;
use crate::transport::notes::{Note, Notes};

/// Notes on stderr.
#[derive(Debug, Clone, Copy)]
pub struct Stderr {
    quiet: bool,
    debug: bool,
}

impl Stderr {
    pub fn new(quiet: bool, debug: bool) -> Stderr {
        Stderr { quiet, debug }
    }
}

impl Notes for Stderr {
    fn tell(&self, note: Note<'_>) {
        let line = match note {
            Note::Debug(line) if self.debug => format!("batchctl: debug: {}", printable(line)),
            Note::Debug(_) => return,
            Note::Error(text) => format!("batchctl: error: {text}"),
            _ if self.quiet => return,
            Note::Retry {
                reason,
                wait,
                next_attempt,
                max,
            } => super::progress::retry_note(reason, wait, next_attempt, max),
            Note::Note(text) => format!("batchctl: note: {text}"),
            Note::Warning(text) => format!("batchctl: warning: {text}"),
            Note::Status(text) => format!("batchctl: {text}"),
        };
        super::progress::clear_stale_line();
        // On a terminal, what a note quotes from outside is shown, not obeyed.
        eprintln!("{}", super::terminal::for_stderr(&line));
    }

    fn quiet(&self) -> bool {
        self.quiet
    }

    fn debugging(&self) -> bool {
        self.debug
    }
}
