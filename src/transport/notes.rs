//! What the transport has to tell a person while it works — a retry and its wait, a
//! `--debug` line — goes to a sink the caller hands it. The transport never prints: the
//! output layer owns stderr (quiet, terminal, colour) and implements [`Notes`].

use std::time::Duration;

/// One thing worth telling.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Note<'a> {
    /// An attempt failed for `reason` and is retried after `wait`.
    Retry {
        reason: &'a str,
        wait: Duration,
        next_attempt: u32,
        max: u32,
    },
    /// A `--debug` line (the sink drops it without `--debug`).
    Debug(&'a str),
    /// A note for people (`batchctl: note: …`; dropped with `-q`).
    Note(&'a str),
    /// A warning (`batchctl: warning: …`; dropped with `-q`).
    Warning(&'a str),
    /// What a command did (`batchctl: …`; dropped with `-q`).
    Status(&'a str),
    /// An error about one item of several that does not end the command
    /// (`batchctl: error: …`; shown even with `-q`).
    Error(&'a str),
}

/// Where notes go.
pub trait Notes {
    fn tell(&self, note: Note<'_>);

    /// True with `-q`: nothing but errors (and debug lines) is shown, so neither is
    /// progress.
    fn quiet(&self) -> bool {
        false
    }

    /// True when debug lines are shown, so that building them can be skipped.
    fn debugging(&self) -> bool {
        false
    }

    fn debug(&self, line: &str) {
        if self.debugging() {
            self.tell(Note::Debug(line));
        }
    }

    fn note(&self, text: &str) {
        self.tell(Note::Note(text));
    }

    fn warning(&self, text: &str) {
        self.tell(Note::Warning(text));
    }

    fn status(&self, text: &str) {
        self.tell(Note::Status(text));
    }

    fn error(&self, text: &str) {
        self.tell(Note::Error(text));
    }
}

/// A sink that keeps nothing (library use, unit tests).
#[derive(Debug, Clone, Copy, Default)]
pub struct Silent;

impl Notes for Silent {
    fn tell(&self, _note: Note<'_>) {}
}
