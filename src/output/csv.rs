//! `csv`: RFC 4180 through the `csv` crate, a header row, written as pages arrive.

use std::borrow::Cow;
use std::io::{self, Write};

use serde::Deserialize;
use serde_json::Value;
use serde_json::value::RawValue;

use super::columns::{self, Column};
use super::rows;
use super::{OutputOptions, Renderer, Summary};
use crate::transport::envelope::Job;

pub struct CsvRenderer<'w> {
    writer: csv::Writer<Box<dyn Write + 'w>>,
    columns: Vec<Column>,
    /// Columns found in the elements of this list member (see
    /// [`OutputOptions::found_in`]), fixed by the first page that has any.
    found: Option<(String, Option<Vec<String>>)>,
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
            found: options.found.clone().map(|member| (member, None)),
            header_pending: options.headers,
            now: options.now,
        }
    }

    /// A page of elements whose columns are found: the header from the first page with
    /// elements (a member first seen later has no column), then one record each.
    fn found_page(&mut self, items: &[Job]) -> io::Result<()> {
        let Some((member, fixed)) = &mut self.found else {
            return Ok(());
        };
        if items.is_empty() {
            return Ok(());
        }
        let cells: Vec<Vec<(String, String)>> = items
            .iter()
            .map(|item| rows::cells(&item.value(), member))
            .collect();
        let columns = match fixed {
            Some(columns) => columns.clone(),
            None => {
                let mut set = rows::ColumnSet::default();
                for (name, _) in cells.iter().flatten() {
                    set.add(name);
                }
                if std::mem::take(&mut self.header_pending) {
                    self.writer.write_record(&set.names).map_err(into_io)?;
                }
                *fixed = Some(set.names.clone());
                set.names
            }
        };
        for element in &cells {
            self.writer
                .write_record(rows::in_columns(element, &columns))
                .map_err(into_io)?;
        }
        self.writer.flush()
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
        Column::Age => super::table::age_text(job, now),
        other => columns::scalar_text(job.get(other.name())),
    }
}

/// The csv columns of a well-formed JobView, read straight from its text without building
/// a `Value` (the fast path for `--all -o csv` over many jobs). Any field of an unexpected
/// type makes this fail, and [`cell`] then reads the job leniently instead.
#[derive(Deserialize)]
struct Fields<'a> {
    #[serde(rename = "JobId", borrow, default)]
    job_id: Option<Cow<'a, str>>,
    #[serde(rename = "JobName", borrow, default)]
    job_name: Option<Cow<'a, str>>,
    #[serde(rename = "JobState", borrow, default)]
    job_state: Option<Cow<'a, str>>,
    #[serde(rename = "Priority", borrow, default)]
    priority: Option<&'a RawValue>,
    #[serde(rename = "Placement", borrow, default)]
    placement: Option<Placement<'a>>,
    #[serde(rename = "CreateTime", borrow, default)]
    create_time: Option<Cow<'a, str>>,
    #[serde(rename = "EndTime", borrow, default)]
    end_time: Option<Cow<'a, str>>,
    #[serde(rename = "TaskMetrics", default)]
    task_metrics: Option<Counters>,
    #[serde(rename = "Tags", borrow, default)]
    tags: Option<Vec<Tag<'a>>>,
}

#[derive(Deserialize)]
struct Placement<'a> {
    #[serde(rename = "Zone", borrow, default)]
    zone: Option<Cow<'a, str>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Counters {
    submitted_count: Option<u64>,
    pending_count: Option<u64>,
    runnable_count: Option<u64>,
    starting_count: Option<u64>,
    running_count: Option<u64>,
    succeed_count: Option<u64>,
    failed_interrupted_count: Option<u64>,
    failed_count: Option<u64>,
}

#[derive(Deserialize)]
struct Tag<'a> {
    #[serde(rename = "Key", borrow, default)]
    key: Cow<'a, str>,
    #[serde(rename = "Value", borrow, default)]
    value: Cow<'a, str>,
}

impl Fields<'_> {
    /// The cell of a csv-header column; `None` for the computed ones (Tasks, Duration).
    fn cell(&self, column: Column) -> Option<Cow<'_, str>> {
        fn text<'s>(v: &'s Option<Cow<'_, str>>) -> Cow<'s, str> {
            Cow::Borrowed(v.as_deref().unwrap_or(""))
        }
        fn count(n: Option<u64>) -> Cow<'static, str> {
            n.map(|n| Cow::Owned(n.to_string())).unwrap_or_default()
        }
        let m = self.task_metrics.as_ref();
        Some(match column {
            Column::JobId => text(&self.job_id),
            Column::JobName => text(&self.job_name),
            Column::JobState => text(&self.job_state),
            Column::Priority => match self.priority.map(RawValue::get) {
                None | Some("null") => Cow::Borrowed(""),
                Some(number) => Cow::Borrowed(number),
            },
            Column::Zone => self
                .placement
                .as_ref()
                .map(|p| text(&p.zone))
                .unwrap_or_default(),
            Column::CreateTime => text(&self.create_time),
            Column::EndTime => text(&self.end_time),
            Column::SubmittedCount => count(m.and_then(|m| m.submitted_count)),
            Column::PendingCount => count(m.and_then(|m| m.pending_count)),
            Column::RunnableCount => count(m.and_then(|m| m.runnable_count)),
            Column::StartingCount => count(m.and_then(|m| m.starting_count)),
            Column::RunningCount => count(m.and_then(|m| m.running_count)),
            Column::SucceedCount => count(m.and_then(|m| m.succeed_count)),
            Column::FailedInterruptedCount => count(m.and_then(|m| m.failed_interrupted_count)),
            Column::FailedCount => count(m.and_then(|m| m.failed_count)),
            Column::Tags => Cow::Owned(
                self.tags
                    .as_deref()
                    .unwrap_or_default()
                    .iter()
                    .map(|t| format!("{}={}", t.key, t.value))
                    .collect::<Vec<_>>()
                    .join(";"),
            ),
            Column::Tasks | Column::Duration | Column::Age => return None,
        })
    }
}

/// Writes one job's record: the fast path when the job is well-formed and only
/// csv-header columns are asked for, the lenient `Value` path otherwise. Both give the
/// same text.
fn write_record<W: Write>(
    writer: &mut csv::Writer<W>,
    job: &Job,
    columns: &[Column],
    now: chrono::DateTime<chrono::Utc>,
) -> csv::Result<()> {
    if let Ok(fields) = serde_json::from_str::<Fields<'_>>(job.raw())
        && fields.priority.is_none_or(|p| is_plain_scalar(p.get()))
        && let Some(cells) = columns
            .iter()
            .map(|&c| fields.cell(c))
            .collect::<Option<Vec<Cow<'_, str>>>>()
    {
        return writer.write_record(cells.iter().map(|c| c.as_bytes()));
    }
    let value = job.value();
    writer.write_record(columns.iter().map(|&c| cell(&value, c, now)))
}

/// A number, boolean or null: text the lenient path would print the same way.
fn is_plain_scalar(raw: &str) -> bool {
    matches!(
        raw.as_bytes().first(),
        Some(b'-' | b'0'..=b'9' | b't' | b'f' | b'n')
    )
}

fn into_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

impl Renderer for CsvRenderer<'_> {
    fn page(&mut self, jobs: &[Job]) -> io::Result<()> {
        if self.found.is_some() {
            return self.found_page(jobs);
        }
        self.write_header()?;
        for job in jobs {
            let now = self.now;
            write_record(&mut self.writer, job, &self.columns, now).map_err(into_io)?;
        }
        self.writer.flush()
    }

    fn finish(&mut self, _summary: &Summary) -> io::Result<()> {
        // An empty list of jobs is still a valid csv file: its header row. (Found columns
        // are not known without elements.)
        if self.found.is_none() {
            self.write_header()?;
        }
        self.writer.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The cells written for `job`, read back with a CSV reader.
    fn rows(job: &Job, now: chrono::DateTime<chrono::Utc>) -> Vec<String> {
        let mut writer = csv::Writer::from_writer(Vec::new());
        write_record(&mut writer, job, &Column::CSV_DEFAULT, now).unwrap();
        let bytes = writer.into_inner().unwrap();
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(&bytes[..]);
        reader
            .records()
            .next()
            .unwrap()
            .unwrap()
            .iter()
            .map(str::to_string)
            .collect()
    }

    /// The fast path and the lenient path write the same cells.
    #[test]
    fn both_paths_agree() {
        let now = chrono::Utc::now();
        let sample = json!({
            "JobId": "job-3n2weaqt", "JobName": "a, \"b\"\n数据", "JobState": "FAILED", "Priority": 10,
            "Placement": {"Zone": "ap-guangzhou-4", "ProjectId": 0}, "CreateTime": "2020-09-21T08:57:01Z",
            "EndTime": null, "TaskMetrics": {"SubmittedCount": 0, "FailedCount": 3},
            "Tags": [{"Key": "k", "Value": "v"}, {"Key": "k2", "Value": "v;2"}], "Extra": [1, 2]
        });
        let job = Job::from_value(&sample);
        let fast = rows(&job, now);
        let lenient: Vec<String> = Column::CSV_DEFAULT
            .iter()
            .map(|&c| cell(&sample, c, now))
            .collect();
        assert_eq!(fast, lenient);
        assert_eq!(fast[3], "10");
        assert_eq!(fast[15], "k=v;k2=v;2");
    }

    #[test]
    fn odd_types_fall_back_to_the_lenient_path() {
        let now = chrono::Utc::now();
        let odd = json!({"JobId": 7, "JobName": "x", "Priority": "high", "TaskMetrics": "n/a", "Tags": "none"});
        let job = Job::from_value(&odd);
        let got = rows(&job, now);
        assert_eq!(got[0], "7");
        assert_eq!(got[3], "high");
    }
}
