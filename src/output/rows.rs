//! The one table writer and the rows it takes: the cells of any JSON element (an answer's
//! list member), and the borderless, aligned table people read — every table of batchctl,
//! the jobs table included, is fitted, coloured and written here.

use std::collections::HashSet;
use std::io::{self, Write};

use chrono::{DateTime, Utc};
use comfy_table::{Cell, Color, ContentArrangement, Row, Table, presets};
use serde_json::Value;

use super::OutputOptions;
use super::fit::{Fit, Zone, fit};
use crate::transport::error::Error;

/// The cells of one element, in its key order: scalar members as columns, nested objects'
/// scalars as dotted columns (`Placement.Zone`), lists of scalars joined with `;`, other
/// lists as compact JSON, null as empty. An element that is not an object is one cell in
/// the column `name`.
pub fn cells(element: &Value, name: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    match element {
        Value::Object(map) => flatten(map, "", &mut out),
        other => out.push((name.to_string(), text(other))),
    }
    out
}

fn flatten(map: &serde_json::Map<String, Value>, prefix: &str, out: &mut Vec<(String, String)>) {
    for (key, value) in map {
        let name = format!("{prefix}{key}");
        match value {
            Value::Object(inner) => flatten(inner, &format!("{name}."), out),
            other => out.push((name, text(other))),
        }
    }
}

/// The text of a value in a cell.
pub fn text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Array(items) if items.iter().all(is_scalar) => {
            items.iter().map(text).collect::<Vec<_>>().join(";")
        }
        other => other.to_string(),
    }
}

fn is_scalar(value: &Value) -> bool {
    !matches!(value, Value::Array(_) | Value::Object(_))
}

/// Column names in first-seen order.
#[derive(Default)]
pub struct ColumnSet {
    pub names: Vec<String>,
    seen: HashSet<String>,
}

impl ColumnSet {
    pub fn add(&mut self, name: &str) {
        if !self.seen.contains(name) {
            self.seen.insert(name.to_string());
            self.names.push(name.to_string());
        }
    }

    pub fn contains(&self, name: &str) -> bool {
        self.seen.contains(name)
    }
}

/// An element's cells laid out in `columns` (missing ones empty).
pub fn in_columns(cells: &[(String, String)], columns: &[String]) -> Vec<String> {
    columns
        .iter()
        .map(|column| {
            cells
                .iter()
                .find(|(name, _)| name == column)
                .map(|(_, text)| text.clone())
                .unwrap_or_default()
        })
        .collect()
}

/// A table in the style of `table` for jobs: no borders, columns separated by spaces,
/// nothing wrapped; every cell on one line with control characters escaped. Never cut.
pub fn table(
    header: Option<&[String]>,
    rows: &[Vec<String>],
    columns: &[String],
    color: bool,
) -> Table {
    table_fitted(header, rows, columns, color, None)
}

/// [`table`] fitted to `width` (a terminal's; `None` never cuts): columns whose name ends
/// in `Id` (among the first three) or `State` stay whole, the others may be cut with `…`,
/// and the later columns drop first ([`Fit::guess`]).
pub fn table_fitted(
    header: Option<&[String]>,
    rows: &[Vec<String>],
    columns: &[String],
    color: bool,
    width: Option<usize>,
) -> Table {
    let fits: Vec<Fit> = columns
        .iter()
        .enumerate()
        .map(|(i, name)| Fit::guess(name, i))
        .collect();
    table_with_fits(header, rows, columns, &fits, color, width)
}

/// [`table_fitted`] with the commands' own [`Fit`] per column (named columns such as
/// `TASK`, `STATE`, `REASON` whose fit a guess from the name would miss).
pub fn table_with_fits(
    header: Option<&[String]>,
    rows: &[Vec<String>],
    columns: &[String],
    fits: &[Fit],
    color: bool,
    width: Option<usize>,
) -> Table {
    let shown_header: Vec<String> = match header {
        Some(h) => h.iter().map(|h| single_line(h)).collect(),
        None => vec![String::new(); columns.len()],
    };
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|t| single_line(t)).collect())
        .collect();
    let fitted = fit(&shown_header, &rows, fits, width, usize::from(COLUMN_GAP));
    let mut table = new_table(color);
    if header.is_some() {
        table.set_header(Row::from(fitted.header.iter().map(Cell::new)));
    }
    for row in &fitted.rows {
        table.add_row(Row::from(row.iter().zip(&fitted.kept).map(|(text, &i)| {
            let cell = Cell::new(text);
            match state_color(&columns[i], text, color) {
                Some(c) => cell.fg(c),
                None => cell,
            }
        })));
    }
    table
}

/// Times shown in `zone`: the cells of every column whose name ends in `Time` that hold
/// one of the service's times (RFC 3339) become local times, and that column's header
/// (in `header`, same order as `columns`) gets the offset once: `CreateTime (+08:00)`.
/// Other cells stay as received.
pub fn localize_times(
    header: &mut [String],
    rows: &mut [Vec<String>],
    columns: &[String],
    zone: Zone,
    now: DateTime<Utc>,
) {
    for (i, name) in columns.iter().enumerate() {
        if !name.ends_with("Time") {
            continue;
        }
        let mut any = false;
        for row in rows.iter_mut() {
            if let Some(cell) = row.get_mut(i)
                && let Some(at) = parse_time(cell)
            {
                *cell = zone.time_text(at, now);
                any = true;
            }
        }
        if any && let Some(h) = header.get_mut(i) {
            *h = zone.header(h, now);
        }
    }
}

/// One of the service's times (`2020-09-22T00:00:00Z`, `…+08:00`), as UTC.
pub fn parse_time(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// Writes `table` (nothing when it has no rows and no header), trailing spaces trimmed.
pub fn write_table(mut table: Table, out: &mut dyn Write) -> io::Result<()> {
    if !table.is_empty() {
        for column in table.column_iter_mut() {
            column.set_padding((0, COLUMN_GAP));
        }
        for line in table.lines() {
            writeln!(out, "{}", line.trim_end())?;
        }
    }
    out.flush()
}

/// States coloured as the jobs table colours them, in any column named `…State` or
/// `STATE`.
pub(crate) fn state_color(column: &str, text: &str, color: bool) -> Option<Color> {
    if !color || !(column.ends_with("State") || column == "STATE") {
        return None;
    }
    match text {
        "SUCCEED" => Some(Color::Green),
        "FAILED" | "FAILED_INTERRUPTED" => Some(Color::Red),
        "RUNNING" | "STARTING" => Some(Color::Cyan),
        "SUBMITTED" | "PENDING" | "RUNNABLE" => Some(Color::Yellow),
        _ => None,
    }
}

/// Spaces after each column (kubectl uses three); trailing ones are trimmed from each line.
pub(crate) const COLUMN_GAP: u16 = 3;

/// Cells longer than this many characters are cut (with `…`). Only hostile data gets there:
/// comfy-table measures widths in `u16` and would wrap a wider cell onto several lines.
/// A character is at most two columns wide, so a cut cell stays under that limit.
const MAX_CELL_CHARS: usize = 30_000;

/// A borderless comfy-table that never looks at the terminal and never wraps.
pub(crate) fn new_table(color: bool) -> Table {
    let mut table = Table::new();
    table
        .load_style(presets::NOTHING)
        .set_content_arrangement(ContentArrangement::Disabled)
        // Never look at the terminal: no width lookup, no styling decided by comfy-table.
        .force_no_tty();
    if color {
        // The caller has decided (a terminal, no NO_COLOR, no --no-color).
        table.enforce_styling();
        // Style the text only, so the padding after it stays plain and can be trimmed.
        table.style_text_only();
    }
    table
}

/// `text` with control characters (newlines, tabs, escapes…), line separators and
/// bidirectional overrides written as visible escapes (`\n`, `\t`, `\u{1b}`), so that a
/// cell can neither break the table's lines nor drive the terminal; very long text is cut.
pub(crate) fn single_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (count, c) in text.chars().enumerate() {
        if count == MAX_CELL_CHARS {
            out.push('…');
            break;
        }
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || is_invisible_format(c) => {
                out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out
}

/// Line/paragraph separators and the bidirectional controls, which can reorder what
/// follows them on a terminal.
pub(crate) fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{2028}' | '\u{2029}' | '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    )
}

/// A time of the service as tables show it: local time in `opts.zone` (the offset is in
/// the column's header), `YYYY-MM-DD HH:MM:SS`; anything else as received.
pub fn time(t: &str, opts: &OutputOptions) -> String {
    match parse_time(t) {
        Some(at) => opts.zone.time_text(at, opts.now),
        None => t.to_string(),
    }
}

/// Writes rows as an aligned table fitted to the terminal (`opts.width`): one [`Fit`] per
/// header; a header ending in `(TIME)` is a time column whose offset is added from
/// `opts.zone` (`CREATED (+08:00)`).
pub fn write_rows(
    headers: &[(&str, Fit)],
    rows: &[Vec<String>],
    opts: &OutputOptions,
    out: &mut dyn Write,
) -> Result<(), Error> {
    let columns: Vec<String> = headers.iter().map(|(h, _)| h.to_string()).collect();
    let shown: Vec<String> = headers
        .iter()
        .map(|(h, _)| match h.strip_suffix(" (TIME)") {
            Some(label) => opts.zone.header(label, opts.now),
            None => h.to_string(),
        })
        .collect();
    let fits: Vec<Fit> = headers.iter().map(|(_, f)| *f).collect();
    let header = opts.headers.then_some(&shown[..]);
    write_table(
        table_with_fits(header, rows, &columns, &fits, opts.color, opts.width),
        out,
    )?;
    Ok(())
}
