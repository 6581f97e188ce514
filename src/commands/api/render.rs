//! SHIM — to be replaced at merge by the "out" helper's `crate::output::document`
//! (`ListRenderer`, `write_member_table`, `write_yaml`) and `crate::query::Query`.
//!
//! Same signatures as that interface (with today's `output::Format` for its
//! `cli::OutputFormat`), plain implementations: rows of an answer's list member for
//! jsonl/csv/table, member/value rows for answers without one. At merge, delete this file
//! and point `super::render` at `crate::output::document`; `-o yaml` and `--query` then
//! hook in where `super::output` says.

use std::io::Write;

use serde_json::Value;

use crate::error::Error;
use crate::output::{Format, OutputOptions};

/// Rows of an answer's list member (`JobSet`, …): jsonl one element per line, csv/table
/// one row per element (scalar members as columns, nested objects' scalars as dotted
/// columns).
pub struct ListRenderer {
    format: Format,
    list_member: String,
    headers: bool,
    columns: Vec<String>,
    rows: Vec<Vec<(String, String)>>,
    wrote_header: bool,
}

impl ListRenderer {
    pub fn new(format: Format, list_member: &str, opts: &OutputOptions) -> ListRenderer {
        ListRenderer {
            format,
            list_member: list_member.to_string(),
            headers: opts.headers,
            columns: Vec::new(),
            rows: Vec::new(),
            wrote_header: false,
        }
    }

    /// One page's answer (the `Response` object without wrapper); jsonl/csv write at
    /// once, table keeps rows.
    pub fn page(&mut self, answer: &Value, out: &mut dyn Write) -> Result<(), Error> {
        let empty = Vec::new();
        let items = answer
            .get(&self.list_member)
            .and_then(Value::as_array)
            .unwrap_or(&empty);
        match self.format {
            Format::Jsonl => {
                for item in items {
                    serde_json::to_writer(&mut *out, item).map_err(|e| Error::Io(e.into()))?;
                    writeln!(out)?;
                }
            }
            Format::Csv => {
                let rows: Vec<Vec<(String, String)>> = items.iter().map(flatten).collect();
                if self.columns.is_empty() {
                    self.columns = columns_of(&rows);
                }
                let mut w = csv::Writer::from_writer(&mut *out);
                if self.headers && !self.wrote_header {
                    w.write_record(&self.columns).map_err(csv_error)?;
                    self.wrote_header = true;
                }
                for row in &rows {
                    w.write_record(self.columns.iter().map(|c| cell(row, c)))
                        .map_err(csv_error)?;
                }
                w.flush()?;
            }
            Format::Json | Format::Table => self.rows.extend(items.iter().map(flatten)),
        }
        Ok(())
    }

    pub fn finish(self, out: &mut dyn Write) -> Result<(), Error> {
        if matches!(self.format, Format::Table | Format::Json) {
            let columns = columns_of(&self.rows);
            let cells: Vec<Vec<String>> = self
                .rows
                .iter()
                .map(|row| columns.iter().map(|c| cell(row, c).to_string()).collect())
                .collect();
            write_aligned(&columns, &cells, self.headers, out)?;
        }
        out.flush()?;
        Ok(())
    }
}

/// `table` for an answer without a list member: member/value rows.
pub fn write_member_table(
    answer: &Value,
    opts: &OutputOptions,
    out: &mut dyn Write,
) -> Result<(), Error> {
    let cells: Vec<Vec<String>> = flatten(answer)
        .into_iter()
        .map(|(k, v)| vec![k, v])
        .collect();
    let columns = ["MEMBER".to_string(), "VALUE".to_string()];
    write_aligned(&columns, &cells, opts.headers, out)?;
    out.flush()?;
    Ok(())
}

fn csv_error(e: csv::Error) -> Error {
    Error::Io(std::io::Error::other(e.to_string()))
}

fn cell<'a>(row: &'a [(String, String)], column: &str) -> &'a str {
    row.iter()
        .find(|(k, _)| k == column)
        .map(|(_, v)| v.as_str())
        .unwrap_or("")
}

/// Every column of `rows`, in first-seen order.
fn columns_of(rows: &[Vec<(String, String)>]) -> Vec<String> {
    let mut columns: Vec<String> = Vec::new();
    for row in rows {
        for (k, _) in row {
            if !columns.contains(k) {
                columns.push(k.clone());
            }
        }
    }
    columns
}

/// Scalars as columns, nested objects' scalars as dotted columns, lists as compact JSON.
fn flatten(value: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    flatten_into("", value, &mut out);
    out
}

fn flatten_into(prefix: &str, value: &Value, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten_into(&key, v, out);
            }
        }
        Value::String(s) => out.push((prefix.to_string(), crate::error::printable(s))),
        Value::Null => out.push((prefix.to_string(), String::new())),
        other => out.push((prefix.to_string(), other.to_string())),
    }
}

fn write_aligned(
    columns: &[String],
    cells: &[Vec<String>],
    headers: bool,
    out: &mut dyn Write,
) -> Result<(), Error> {
    let width = |i: usize| {
        let head = if headers {
            columns[i].chars().count()
        } else {
            0
        };
        cells
            .iter()
            .map(|r| r[i].chars().count())
            .max()
            .unwrap_or(0)
            .max(head)
    };
    let widths: Vec<usize> = (0..columns.len()).map(width).collect();
    let line = |row: &[String], out: &mut dyn Write| -> std::io::Result<()> {
        let mut text = String::new();
        for (i, c) in row.iter().enumerate() {
            if i + 1 == row.len() {
                text.push_str(c);
            } else {
                text.push_str(&format!("{c:<w$}  ", w = widths[i]));
            }
        }
        writeln!(out, "{}", text.trim_end())
    };
    if headers && !columns.is_empty() {
        line(columns, out)?;
    }
    for row in cells {
        line(row, out)?;
    }
    Ok(())
}
