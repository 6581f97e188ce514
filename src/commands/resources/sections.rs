//! The people's view of one resource (`envs view`, `templates view`), laid out as
//! `jobs view` is: `Label:  value` lines in sections, empty values left out, free text
//! cut to the terminal's width (never an ID), every line made safe for a terminal.

use std::io::Write;

use crate::output::fit;
use crate::transport::error::Error;

/// Where the lines go and how wide they may be.
pub struct Sections<'a> {
    pub out: &'a mut dyn Write,
    /// The terminal's width; `None` (piped, `-o wide`) never cuts.
    pub width: Option<usize>,
}

/// Labels are padded to this width (plus the colon and a space).
const LABEL: usize = 14;

impl Sections<'_> {
    /// `Label:  value` (indented by `indent` spaces); nothing when `value` is empty.
    pub fn field(&mut self, indent: usize, label: &str, value: &str) -> Result<(), Error> {
        if value.is_empty() {
            return Ok(());
        }
        let value = crate::transport::error::printable(value);
        let value = crate::output::rows::single_line(&value);
        let lead = format!("{:indent$}{:<LABEL$} ", "", format!("{label}:"));
        let value = match self.width {
            Some(w) => fit::cut(&value, w.saturating_sub(lead.chars().count()).max(8)),
            None => value,
        };
        writeln!(self.out, "{lead}{value}")?;
        Ok(())
    }

    /// A section's title, after a blank line.
    pub fn title(&mut self, title: &str) -> Result<(), Error> {
        writeln!(self.out, "\n{title}")?;
        Ok(())
    }

    /// A line of its own (indented), cut to the width.
    pub fn line(&mut self, indent: usize, text: &str) -> Result<(), Error> {
        let text = crate::output::rows::single_line(&crate::transport::error::printable(text));
        let text = match self.width {
            Some(w) => fit::cut(&text, w.saturating_sub(indent).max(8)),
            None => text,
        };
        writeln!(self.out, "{:indent$}{text}", "")?;
        Ok(())
    }
}
