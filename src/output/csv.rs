//! `csv`: RFC 4180 through the `csv` crate, a header row, written as pages arrive.

use std::io::{self, Write};

use serde_json::Value;

use super::columns::{self, Column};
use super::{OutputOptions, Renderer, Summary};

pub struct CsvRenderer<'w> {
    writer: csv::Writer<Box<dyn Write + 'w>>,
    columns: Vec<Column>,
    header_pending: bool,
    now: chrono::DateTime<chrono::Utc>,
}

impl<'w> CsvRenderer<'w> {
    pub fn new(options: &OutputOptions, out: Box<dyn Write + 'w>) -> Self {
        CsvRenderer {
            writer: csv::WriterBuilder::new()
                .terminator(csv::Terminator::CRLF)
                .from_writer(out),
            columns: options
                .columns
                .clone()
                .unwrap_or_else(|| Column::CSV_DEFAULT.to_vec()),
            header_pending: options.headers,
            now: options.now,
        }
    }

    fn write_header(&mut self) -> io::Result<()> {
        if std::mem::take(&mut self.header_pending) {
            self.writer
                .write_record(self.columns.iter().map(|c| c.name()))
                .map_err(into_io)?;
        }
        Ok(())
    }
}

/// The csv text of one cell.
pub fn cell(job: &Value, column: Column, now: chrono::DateTime<chrono::Utc>) -> String {
    if let Some(counter) = column.task_counter() {
        return columns::task_count(job, counter)
            .map(|n| n.to_string())
            .unwrap_or_default();
    }
    match column {
        Column::Zone => columns::zone(job).to_string(),
        Column::Tags => columns::tags_text(job),
        Column::Tasks => super::table::tasks_text(job),
        Column::Duration => super::table::duration_text(job, now),
        other => columns::scalar_text(job.get(other.name())),
    }
}

fn into_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

impl Renderer for CsvRenderer<'_> {
    fn page(&mut self, jobs: &[Value]) -> io::Result<()> {
        self.write_header()?;
        for job in jobs {
            let now = self.now;
            let record: Vec<String> = self.columns.iter().map(|&c| cell(job, c, now)).collect();
            self.writer.write_record(&record).map_err(into_io)?;
        }
        self.writer.flush()
    }

    fn finish(&mut self, _summary: &Summary) -> io::Result<()> {
        // An empty result is still a valid csv file: its header row.
        self.write_header()?;
        self.writer.flush()
    }
}
