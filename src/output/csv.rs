//! `csv`: RFC 4180 through the `csv` crate, a header row, written as pages arrive.

use std::io::{self, Write};

use serde_json::Value;
use serde_json::value::RawValue;

use super::columns::{self, Column};
use super::fields::{Fields, Text, is_plain_scalar};
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
    scratch: Scratch,
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
            scratch: Scratch::default(),
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

/// What the fast path reuses from one record to the next, so that no cell allocates.
#[derive(Default)]
pub(crate) struct Scratch {
    record: csv::ByteRecord,
    tags: Vec<u8>,
}

/// True for the columns [`Fields`] gives csv cells of (the computed ones, Tasks, Duration and Age,
/// need the lenient path).
fn is_read(column: Column) -> bool {
    !matches!(column, Column::Tasks | Column::Duration | Column::Age)
}

impl Fields<'_> {
    /// Adds the cell of a csv-header column ([`is_read`]) to `record`.
    fn push_cell(&self, column: Column, record: &mut csv::ByteRecord, tags: &mut Vec<u8>) {
        fn text<'s>(v: &'s Option<Text<'_>>) -> &'s [u8] {
            v.as_ref().map_or(&b""[..], |t| t.0.as_bytes())
        }
        fn count(record: &mut csv::ByteRecord, n: Option<u64>) {
            // u64::MAX has 20 digits.
            let mut digits = [0u8; 20];
            let mut at = digits.len();
            if let Some(mut n) = n {
                loop {
                    at -= 1;
                    digits[at] = b'0' + (n % 10) as u8;
                    n /= 10;
                    if n == 0 {
                        break;
                    }
                }
            }
            record.push_field(&digits[at..]);
        }
        let m = self.task_metrics.as_ref();
        match column {
            Column::JobId => record.push_field(text(&self.job_id)),
            Column::JobName => record.push_field(text(&self.job_name)),
            Column::JobState => record.push_field(text(&self.job_state)),
            Column::Priority => match self.priority.map(RawValue::get) {
                None | Some("null") => record.push_field(b""),
                Some(number) => record.push_field(number.as_bytes()),
            },
            Column::Zone => {
                record.push_field(self.placement.as_ref().map_or(&b""[..], |p| text(&p.zone)))
            }
            Column::CreateTime => record.push_field(text(&self.create_time)),
            Column::EndTime => record.push_field(text(self.end_time.as_ref().unwrap_or(&None))),
            counter if counter.task_counter().is_some() => {
                count(record, m.and_then(|m| m.get(counter)))
            }
            Column::Tags => {
                // `key=value` pairs joined with `;`, as the lenient path writes them.
                tags.clear();
                for (i, tag) in self.tags.as_deref().unwrap_or_default().iter().enumerate() {
                    if i > 0 {
                        tags.push(b';');
                    }
                    tags.extend_from_slice(tag.key.as_bytes());
                    tags.push(b'=');
                    tags.extend_from_slice(tag.value.as_bytes());
                }
                record.push_field(tags);
            }
            // Tasks, Duration and Age are not read here (see `is_read`); the caller never
            // asks. (The counters are matched above.)
            _ => record.push_field(b""),
        }
    }
}

/// Writes one job's record: the fast path when the job is well-formed and only
/// csv-header columns are asked for (its cells borrowed from the job's text into a reused
/// record, written by the csv crate's own fast path), the lenient `Value` path otherwise.
/// Both give the same text.
fn write_record<W: Write>(
    writer: &mut csv::Writer<W>,
    job: &Job,
    columns: &[Column],
    now: chrono::DateTime<chrono::Utc>,
    scratch: &mut Scratch,
) -> csv::Result<()> {
    if columns.iter().all(|&c| is_read(c))
        && let Ok(fields) = serde_json::from_str::<Fields<'_>>(job.raw())
        && fields.priority.is_none_or(|p| is_plain_scalar(p.get()))
    {
        scratch.record.clear();
        for &column in columns {
            fields.push_cell(column, &mut scratch.record, &mut scratch.tags);
        }
        // A record of empty cells only goes through `write_record` inside the csv crate,
        // which quotes a lone empty cell as the slow path does.
        return writer.write_byte_record(&scratch.record);
    }
    let value = job.value();
    writer.write_record(columns.iter().map(|&c| cell(&value, c, now)))
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
            write_record(&mut self.writer, job, &self.columns, now, &mut self.scratch)
                .map_err(into_io)?;
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
        write_record(
            &mut writer,
            job,
            &Column::CSV_DEFAULT,
            now,
            &mut Scratch::default(),
        )
        .unwrap();
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

    /// Arrays where objects belong have no members, on both paths (serde's derived
    /// structs would read them by position).
    #[test]
    fn arrays_are_not_objects_on_the_fast_path() {
        let now = chrono::Utc::now();
        for sample in [
            json!({"JobId": "job-1", "Placement": ["ap-guangzhou-4"]}),
            json!({"JobId": "job-2", "TaskMetrics": [1, 2, 3, 4, 5, 6, 7, 8]}),
            json!({"JobId": "job-3", "Tags": [["k", "v"]]}),
        ] {
            let lenient: Vec<String> = Column::CSV_DEFAULT
                .iter()
                .map(|&c| cell(&sample, c, now))
                .collect();
            assert_eq!(rows(&Job::from_value(&sample), now), lenient, "{sample}");
        }
    }

    /// The renderer's whole output over many pages of varied jobs (escapes, quotes,
    /// separators, missing and null members, huge counts, odd types) is byte for byte
    /// what the lenient path writes, record by record, for every column set.
    #[test]
    fn many_pages_are_written_as_the_lenient_path_writes_them() {
        let now = chrono::Utc::now();
        let jobs: Vec<Job> = (0..500u64)
            .map(|n| {
                let mut job = json!({
                    "JobId": format!("job-{n:08}"),
                    "JobName": match n % 5 {
                        0 => format!("plain-{n}"),
                        1 => format!("a, \"b\"\n数据-{n}"),
                        2 => String::new(),
                        3 => format!("tab\there\r\nend {n}"),
                        _ => format!("\u{1b}[31m{n}"),
                    },
                    "JobState": "RUNNING",
                    "Priority": n % 101,
                    "Placement": {"Zone": format!("ap-guangzhou-{}", n % 7)},
                    "CreateTime": "2024-05-31T23:59:48Z",
                    "EndTime": if n % 2 == 0 { Value::Null } else { json!("2024-06-01T01:07:09Z") },
                    "TaskMetrics": {"SubmittedCount": n, "FailedCount": u64::MAX - n, "SucceedCount": 0},
                    "Tags": [{"Key": "k", "Value": format!("v;{n}")}, {"Key": "e=q", "Value": ""}],
                });
                match n % 11 {
                    3 => job["Tags"] = Value::Null,
                    4 => job["TaskMetrics"] = Value::Null,
                    5 => job["Priority"] = json!(1.50),
                    6 => {
                        job.as_object_mut().unwrap().remove("Placement");
                    }
                    7 => job["Priority"] = json!("high"),
                    _ => {}
                }
                Job::from_value(&job)
            })
            .collect();
        let column_sets: [&[Column]; 4] = [
            &Column::CSV_DEFAULT,
            &[Column::EndTime],
            &[Column::Tags, Column::JobName, Column::FailedCount],
            &[Column::JobId, Column::Duration],
        ];
        for columns in column_sets {
            let mut options = OutputOptions::new(crate::output::Format::Csv, None, false, false);
            options.columns = Some(columns.to_vec());
            options.now = now;
            options.terminal = false;
            let buf = crate::output::testing::Shared::default();
            let mut renderer = CsvRenderer::new(&options, Box::new(buf.clone()));
            for page in jobs.chunks(37) {
                renderer.page(page).unwrap();
            }
            renderer
                .finish(&Summary {
                    total_count: 500,
                    request_id: String::new(),
                })
                .unwrap();
            let mut lenient = csv::WriterBuilder::new()
                .terminator(csv::Terminator::CRLF)
                .from_writer(Vec::new());
            lenient
                .write_record(columns.iter().map(|c| c.name()))
                .unwrap();
            for job in &jobs {
                let value = job.value();
                lenient
                    .write_record(columns.iter().map(|&c| cell(&value, c, now)))
                    .unwrap();
            }
            let want = String::from_utf8(lenient.into_inner().unwrap()).unwrap();
            let got = String::from_utf8(buf.0.borrow().clone()).unwrap();
            assert_eq!(got, want, "columns {columns:?}");
        }
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
