//! Rendering JobViews: one renderer per format behind the [`Renderer`] trait.
//!
//! The command feeds pages as they arrive; streaming formats (jsonl, csv) write each
//! page at once, the others (json, table) keep what their single document needs and
//! write it in [`Renderer::finish`]. stdout carries data only.

pub mod columns;
pub mod csv;
pub mod document;
pub mod json;
pub mod jsontext;
pub mod table;
pub mod yaml;

use std::io::{self, Write};

use chrono::{DateTime, Utc};
pub use columns::Column;

use crate::api::Job;

/// The output formats of `-o/--output`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Jsonl,
    Csv,
}

/// How to render, decided once at the edge.
#[derive(Debug, Clone)]
pub struct OutputOptions {
    pub format: Format,
    /// `--columns`; `None` means the format's default set.
    pub columns: Option<Vec<Column>>,
    /// `false` with `--no-headers`.
    pub headers: bool,
    /// Colour the table's state column (only on a terminal, never with NO_COLOR/--no-color).
    pub color: bool,
    /// "Now", for the duration of running jobs (passed in so tests are repeatable).
    pub now: DateTime<Utc>,
}

/// What the whole result was, known at the end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// The service's `TotalCount` (summed over job-ID chunks).
    pub total_count: u64,
    /// The `RequestId` of the last request.
    pub request_id: String,
}

/// One output format.
pub trait Renderer {
    /// Called for every page, in order, with the JobViews not seen before.
    fn page(&mut self, jobs: &[Job]) -> io::Result<()>;
    /// Called once after the last page; writes what remains and flushes.
    fn finish(&mut self, summary: &Summary) -> io::Result<()>;
}

impl OutputOptions {
    /// The options of a command that prints jobs: `-o`, `--columns`, `--no-headers`.
    pub fn new(
        format: Format,
        columns: Option<Vec<Column>>,
        no_headers: bool,
        color: bool,
    ) -> OutputOptions {
        OutputOptions {
            format,
            columns,
            headers: !no_headers,
            color,
            now: Utc::now(),
        }
    }
}

/// The renderer for `options.format`, writing to `out`.
pub fn renderer<'w>(options: &OutputOptions, out: Box<dyn Write + 'w>) -> Box<dyn Renderer + 'w> {
    match options.format {
        Format::Table => Box::new(table::TableRenderer::new(options, out)),
        Format::Json => Box::new(json::JsonRenderer::new(out)),
        Format::Jsonl => Box::new(json::JsonlRenderer::new(out)),
        Format::Csv => Box::new(csv::CsvRenderer::new(options, out)),
    }
}

/// A writer whose bytes tests can read back after handing it to a renderer.
#[cfg(test)]
pub(crate) mod testing {
    use std::cell::RefCell;
    use std::io::{self, Write};
    use std::rc::Rc;

    #[derive(Clone, Default)]
    pub struct Shared(pub Rc<RefCell<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }
}
