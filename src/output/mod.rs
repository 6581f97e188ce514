//! The one renderer of every list: one renderer per format behind the [`Renderer`] trait,
//! its columns from one source — the JobView columns ([`Column`], `--columns`) or, for
//! any other answer's list, the members found in its elements
//! ([`OutputOptions::found_in`]). Whole documents (json, yaml, `--query`) are written by
//! [`document::write`]; pages of a list are merged by [`merge::Merged`].
//!
//! The command feeds pages as they arrive; streaming formats (jsonl, csv) write each
//! page at once, the others (json, table) keep what their single document needs and
//! write it in [`Renderer::finish`]. stdout carries data only.

pub mod columns;
pub mod csv;
pub mod document;
pub(crate) mod fields;
pub mod fit;
pub mod graph;
pub mod json;
pub mod jsontext;
pub mod merge;
pub mod notes;
pub mod pipe;
pub mod progress;
pub mod query;
pub mod resource_columns;
pub mod rows;
pub mod series;
pub mod table;
pub mod terminal;
pub mod timeline;
pub mod yaml;

use std::io::{self, Write};

use chrono::{DateTime, Utc};
pub use columns::Column;

use crate::transport::envelope::Job;
use query::Query;

/// The output formats of `-o/--output`. clap's `ValueEnum` gives the option its values and
/// their help; the face only names this type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns for people, fitted to the terminal
    Table,
    /// Every column, never cut
    Wide,
    /// One pretty JSON document
    Json,
    /// One compact JSON value per line
    Jsonl,
    /// RFC 4180 with a header row
    Csv,
    /// The json document in YAML
    Yaml,
}

/// How to render, decided once at the edge.
#[derive(Debug, Clone)]
pub struct OutputOptions {
    pub format: Format,
    /// `--columns`; `None` means the format's default set.
    pub columns: Option<Vec<Column>>,
    /// Where the columns come from for a list that is not of jobs: the elements' own
    /// members, found as they arrive (named after this list member when an element is a
    /// bare value). `None`: the JobView columns.
    pub found: Option<String>,
    /// `false` with `--no-headers`.
    pub headers: bool,
    /// Colour the table's state column (only on a terminal, never with NO_COLOR/--no-color).
    pub color: bool,
    /// "Now", for the duration of running jobs (passed in so tests are repeatable).
    pub now: DateTime<Utc>,
    /// `--query`: when given, its results are printed instead of any format.
    pub query: Option<Query>,
    /// The width `table` must fit (a terminal's); `None` never cuts (piped, `-o wide`).
    pub width: Option<usize>,
    /// The zone of the times in tables (json, csv and yaml keep the service's text).
    pub zone: fit::Zone,
    /// stdout is a terminal: what must not reach one raw is escaped ([`terminal`]).
    pub terminal: bool,
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
            found: None,
            headers: !no_headers,
            color,
            now: Utc::now(),
            query: None,
            width: match format {
                Format::Table => fit::stdout_width(),
                _ => None,
            },
            zone: fit::Zone::Local,
            terminal: terminal::stdout_is_terminal(),
        }
    }

    /// Columns found in the elements of the list member `list` (any answer's list),
    /// instead of the JobView columns.
    pub fn found_in(mut self, list: &str) -> OutputOptions {
        self.found = Some(list.to_string());
        self
    }

    /// With `--query`, which replaces the format's output with the query's results.
    pub fn with_query(mut self, query: Option<Query>) -> OutputOptions {
        self.query = query;
        self
    }
}

/// The renderer for `options.format`, writing to `out`.
/// With `--query`, the query's results instead (the choice of format is then ignored).
pub fn renderer<'w>(options: &OutputOptions, out: Box<dyn Write + 'w>) -> Box<dyn Renderer + 'w> {
    // On a terminal, what must not reach it raw is escaped (tables escape their cells, yaml
    // its strings, `--query` each result).
    let terminal = options.terminal;
    let screen = |mode, out: Box<dyn Write + 'w>| -> Box<dyn Write + 'w> {
        if terminal {
            Box::new(terminal::Screen::new(out, Some(mode)))
        } else {
            out
        }
    };
    if options.query.is_some() {
        return Box::new(document::DocumentRenderer::new(
            options.query.clone(),
            options.terminal,
            out,
        ));
    }
    match options.format {
        Format::Yaml => Box::new(document::DocumentRenderer::new(None, false, out)),
        // `wide`: more columns, never cut (its width is `None`).
        Format::Table | Format::Wide => Box::new(table::TableRenderer::new(options, out)),
        Format::Json => Box::new(json::JsonRenderer::new(screen(terminal::Mode::Json, out))),
        Format::Jsonl => Box::new(json::JsonlRenderer::new(screen(terminal::Mode::Json, out))),
        Format::Csv => Box::new(csv::CsvRenderer::new(
            options,
            screen(terminal::Mode::Text, out),
        )),
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
