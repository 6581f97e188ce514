//! `table`: aligned columns for people, kubectl-like (no borders, columns separated by
//! spaces, upper-case headers), laid out by comfy-table, which measures display width
//! (CJK characters take two columns). Every cell is kept on one line. On a terminal the
//! table fits its width ([`super::fit`]): names and tags cut with `…`, the least useful
//! columns dropped; piped and with `-o wide` nothing is cut. Times are local, the offset
//! in the header. The whole result is rendered in [`Renderer::finish`], once every
//! column's width is known.

use std::io::{self, Write};

use chrono::{DateTime, Utc};

use serde_json::Value;

use super::columns::{self, Column};
use super::fields::{Fields, Text, is_plain_scalar};
use super::fit::{self, Zone};
use super::rows::{self, ColumnSet, single_line};
use super::{Format, OutputOptions, Renderer, Summary};
use crate::transport::envelope::Job;

pub struct TableRenderer<'w> {
    out: Box<dyn Write + 'w>,
    columns: Vec<Column>,
    /// Columns found in the elements (see [`OutputOptions::found_in`]): the union in
    /// first-seen order, and each element's cells by column name.
    found: Option<Found>,
    color: bool,
    headers: bool,
    now: DateTime<Utc>,
    zone: Zone,
    width: Option<usize>,
    /// The cells so far, one line each.
    rows: Vec<Vec<String>>,
}

impl<'w> TableRenderer<'w> {
    pub fn new(options: &OutputOptions, out: Box<dyn Write + 'w>) -> Self {
        let columns = options.columns.clone().unwrap_or_else(|| {
            if options.format == Format::Wide {
                Column::WIDE_DEFAULT.to_vec()
            } else {
                Column::TABLE_DEFAULT.to_vec()
            }
        });
        TableRenderer {
            out,
            columns,
            found: options.found.clone().map(|member| Found {
                member,
                names: ColumnSet::default(),
                cells: Vec::new(),
            }),
            color: options.color,
            headers: options.headers,
            now: options.now,
            zone: options.zone,
            width: options.width,
            rows: Vec::new(),
        }
    }
}

/// The cells of elements whose columns are found as they arrive.
struct Found {
    member: String,
    names: ColumnSet,
    cells: Vec<Vec<(String, String)>>,
}

impl Found {
    fn page(&mut self, items: &[Job]) {
        for item in items {
            let cells = rows::cells(&item.value(), &self.member);
            for (name, _) in &cells {
                self.names.add(name);
            }
            self.cells.push(cells);
        }
    }

    /// The table of the found columns: times local (the offset in their header), the
    /// fits guessed from the names.
    fn table(&self, options: &TableRenderer<'_>) -> Option<comfy_table::Table> {
        if self.cells.is_empty() {
            return None;
        }
        let columns = &self.names.names;
        let mut table_rows: Vec<Vec<String>> = self
            .cells
            .iter()
            .map(|cells| rows::in_columns(cells, columns))
            .collect();
        let mut shown = columns.clone();
        rows::localize_times(
            &mut shown,
            &mut table_rows,
            columns,
            options.zone,
            options.now,
        );
        let header = options.headers.then_some(shown.as_slice());
        Some(rows::table_fitted(
            header,
            &table_rows,
            columns,
            options.color,
            options.width,
        ))
    }
}

impl Renderer for TableRenderer<'_> {
    fn page(&mut self, jobs: &[Job]) -> io::Result<()> {
        if let Some(found) = &mut self.found {
            found.page(jobs);
            return Ok(());
        }
        for job in jobs {
            let row =
                typed_row(job.raw(), &self.columns, self.now, self.zone).unwrap_or_else(|| {
                    let job = &job.value();
                    self.columns
                        .iter()
                        .map(|&column| cell_text(job, column, self.now, self.zone))
                        .collect()
                });
            self.rows.push(row);
        }
        Ok(())
    }

    fn finish(&mut self, _summary: &Summary) -> io::Result<()> {
        if let Some(found) = &self.found {
            if let Some(table) = found.table(self) {
                rows::write_table(table, &mut self.out)?;
            }
            return self.out.flush();
        }
        // No jobs, no table (not even the header): the caller says so on stderr.
        if !self.rows.is_empty() {
            let header: Vec<String> = self
                .columns
                .iter()
                .map(|&c| header_text(c, self.now, self.zone))
                .collect();
            // The one table writer, with the columns' names for colour and their own fits.
            let names: Vec<String> = self
                .columns
                .iter()
                .map(|c| c.header().to_string())
                .collect();
            let fits: Vec<fit::Fit> = self.columns.iter().map(|c| c.fit()).collect();
            let table = rows::table_with_fits(
                self.headers.then_some(&header[..]),
                &self.rows,
                &names,
                &fits,
                self.color,
                self.width,
            );
            rows::write_table(table, &mut self.out)?;
        }
        self.out.flush()
    }
}

/// The header label of a column, for people.
pub fn header(column: Column) -> &'static str {
    column.header()
}

/// The header of a column as shown: times carry the zone's offset (`CREATED (+08:00)`).
fn header_text(column: Column, now: DateTime<Utc>, zone: Zone) -> String {
    match column {
        Column::CreateTime | Column::EndTime => zone.header(column.header(), now),
        other => other.header().to_string(),
    }
}

/// The text of one cell, on one line.
fn cell_text(job: &Value, column: Column, now: DateTime<Utc>, zone: Zone) -> String {
    let text = if let Some(counter) = column.task_counter() {
        columns::task_count(job, counter)
            .map(|n| n.to_string())
            .unwrap_or_default()
    } else {
        match column {
            Column::Zone => columns::zone(job).to_string(),
            Column::Tasks => tasks_text(job),
            Column::Duration => duration_text(job, now),
            Column::Age => age_text(job, now),
            Column::CreateTime => time_text(job.get("CreateTime"), now, zone),
            Column::EndTime => match job.get("EndTime") {
                Some(Value::Null) => "-".to_string(),
                other => time_text(other, now, zone),
            },
            Column::Tags => tags_cell(columns::tags(job).into_iter()),
            other => columns::scalar_text(job.get(other.name())),
        }
    };
    single_line(&text)
}

/// A row's cells from the job's text read once into [`Fields`], no `Value` built: the
/// same text as [`cell_text`] gives; `None` when a member has a type only the lenient
/// reading takes (then the caller reads the job as a `Value`).
fn typed_row(raw: &str, columns: &[Column], now: DateTime<Utc>, zone: Zone) -> Option<Vec<String>> {
    let fields = serde_json::from_str::<Fields<'_>>(raw).ok()?;
    if fields.priority.is_some_and(|p| !is_plain_scalar(p.get())) {
        return None;
    }
    let text = |t: &Option<Text<'_>>| t.as_ref().map_or("", |t| &*t.0).to_string();
    let time = |t: &Text<'_>| match parse_text_time(&t.0) {
        Some(at) => zone.time_text(at, now),
        None => t.0.to_string(),
    };
    let created = fields
        .create_time
        .as_ref()
        .and_then(|t| parse_text_time(&t.0));
    let cells = columns.iter().map(|&column| {
        let metrics = fields.task_metrics.as_ref();
        let text = match column {
            Column::JobId => text(&fields.job_id),
            Column::JobName => text(&fields.job_name),
            Column::JobState => text(&fields.job_state),
            Column::Priority => match fields.priority.map(serde_json::value::RawValue::get) {
                None | Some("null") => String::new(),
                Some(scalar) => scalar.to_string(),
            },
            Column::Zone => fields
                .placement
                .as_ref()
                .map_or(String::new(), |p| text(&p.zone)),
            Column::CreateTime => fields.create_time.as_ref().map_or(String::new(), time),
            Column::EndTime => match &fields.end_time {
                None => String::new(),
                Some(None) => "-".to_string(),
                Some(Some(t)) => time(t),
            },
            Column::Tags => tags_cell(
                fields
                    .tags
                    .as_deref()
                    .unwrap_or_default()
                    .iter()
                    .map(|t| (&*t.key, &*t.value)),
            ),
            Column::Tasks => {
                metrics.map_or(String::new(), |m| tasks_summary(|c| m.get(c).unwrap_or(0)))
            }
            Column::Duration => {
                let ended = match &fields.end_time {
                    None | Some(None) => Some(now),
                    Some(Some(t)) => parse_text_time(&t.0),
                };
                duration_between(created, ended)
            }
            Column::Age => created
                .map(|c| crate::domain::window::age(c, now))
                .unwrap_or_default(),
            counter => metrics
                .and_then(|m| m.get(counter))
                .map(|n| n.to_string())
                .unwrap_or_default(),
        };
        single_line(&text)
    });
    Some(cells.collect())
}

/// Tags as `key=value` joined by `,`, pairs with neither left out.
fn tags_cell<'a>(pairs: impl Iterator<Item = (&'a str, &'a str)>) -> String {
    pairs
        .filter(|(k, v)| !(k.is_empty() && v.is_empty()))
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(",")
}

/// An ISO 8601 time as `YYYY-MM-DD HH:MM:SS` in `zone`; anything else as received.
fn time_text(value: Option<&Value>, now: DateTime<Utc>, zone: Zone) -> String {
    match value.and_then(parse_time) {
        Some(t) => zone.time_text(t, now),
        None => columns::scalar_text(value),
    }
}

fn parse_time(value: &Value) -> Option<DateTime<Utc>> {
    parse_text_time(value.as_str()?)
}

fn parse_text_time(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// Task progress for people, e.g. `3/10, 2 running, 1 failed`: succeeded out of all tasks
/// (the sum of the eight counters), then the running (and starting) and the failed ones
/// when there are any. Empty without `TaskMetrics`.
pub fn tasks_text(job: &Value) -> String {
    let Some(metrics) = job.get("TaskMetrics").and_then(Value::as_object) else {
        return String::new();
    };
    tasks_summary(|c| metrics.get(c.name()).and_then(Value::as_u64).unwrap_or(0))
}

/// `succeeded/total`, and how many run and failed, from each task-count column's count.
fn tasks_summary(count: impl Fn(Column) -> u64) -> String {
    let total = Column::ALL
        .into_iter()
        .filter(|c| c.task_counter().is_some())
        .map(&count)
        .fold(0u64, u64::saturating_add);
    let running = count(Column::RunningCount).saturating_add(count(Column::StartingCount));
    let failed = count(Column::FailedCount).saturating_add(count(Column::FailedInterruptedCount));
    let mut text = format!("{}/{total}", count(Column::SucceedCount));
    if running > 0 {
        text.push_str(&format!(", {running} running"));
    }
    if failed > 0 {
        text.push_str(&format!(", {failed} failed"));
    }
    text
}

/// End − create, or now − create while the job has not ended (`EndTime` null), in a
/// compact form: `45s`, `2m48s`, `1h05m`, `3d4h`. Never negative (clock skew shows `0s`);
/// empty when a time is missing or cannot be read.
pub fn duration_text(job: &Value, now: DateTime<Utc>) -> String {
    let Some(created) = job.get("CreateTime").and_then(parse_time) else {
        return String::new();
    };
    let ended = match job.get("EndTime") {
        None | Some(Value::Null) => Some(now),
        Some(value) => parse_time(value),
    };
    duration_between(Some(created), ended)
}

/// `ended − created` as [`human_duration`]; empty when either cannot be read.
fn duration_between(created: Option<DateTime<Utc>>, ended: Option<DateTime<Utc>>) -> String {
    match (created, ended) {
        (Some(created), Some(ended)) => {
            human_duration(ended.signed_duration_since(created).num_seconds())
        }
        _ => String::new(),
    }
}

/// Now − create in whole units (`45s`, `5m`, `3h`, `2d`); empty without a readable
/// CreateTime.
pub fn age_text(job: &Value, now: DateTime<Utc>) -> String {
    job.get("CreateTime")
        .and_then(parse_time)
        .map(|created| crate::domain::window::age(created, now))
        .unwrap_or_default()
}

fn human_duration(seconds: i64) -> String {
    crate::transport::duration::human(std::time::Duration::from_secs(seconds.max(0) as u64))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::Format;
    use serde_json::json;

    use crate::output::testing::Shared;

    const SAMPLE: &str = include_str!("../../tests/fixtures/describe-jobs-sample.json");

    fn sample_jobs() -> Vec<Value> {
        let doc: Value = serde_json::from_str(SAMPLE).unwrap();
        doc["Response"]["JobSet"].as_array().unwrap().clone()
    }

    fn now() -> DateTime<Utc> {
        "2020-09-22T07:17:42Z".parse().unwrap()
    }

    /// The row read into typed fields is the row read as a `Value`, cell for cell, or
    /// the typed reading gives way (and the `Value` row is used).
    #[test]
    fn the_typed_row_is_the_value_row() {
        let zone = Zone::Fixed(chrono::FixedOffset::east_opt(8 * 3600).unwrap());
        let mut jobs: Vec<String> = sample_jobs().iter().map(Value::to_string).collect();
        jobs.extend(
            [
                r#"{"JobId":"job-1","JobName":"a\nb\u00e9 \"q\"","JobState":"RUNNING","Priority":1.10,"EndTime":null,"CreateTime":"2020-09-22T07:15:00Z","TaskMetrics":{"SucceedCount":1,"RunningCount":2,"FailedCount":3,"Other":9},"Tags":[{"Key":"k","Value":"v"},{"Key":"","Value":""},{"Value":"only"}]}"#,
                r#"{"JobId":"job-2","Priority":true,"CreateTime":"yesterday","EndTime":"2020-09-22T07:16:00Z","Placement":{"Zone":"ap-guangzhou-4","ProjectId":0}}"#,
                r#"{"JobId":"job-3","Priority":null,"CreateTime":null,"EndTime":"later","Placement":null,"TaskMetrics":null,"Tags":null}"#,
                r#"{"JobId":"job-4","Priority":"5","Placement":["z"],"TaskMetrics":[1,2,3,4,5,6,7,8]}"#,
                r#"{"JobId":"job-5","Priority":{"a":1},"Tags":[{"Key":null}],"TaskMetrics":{"SucceedCount":-1}}"#,
                r#"{"JobId":7,"JobName":null,"JobState":["x"],"Placement":{"Zone":3}}"#,
                r#"{"JobId":"job-6","JobId":"job-7","EndTime":"2020-09-22T07:00:00Z","CreateTime":"2020-09-22T07:15:00Z","TaskMetrics":{"SucceedCount":18446744073709551615,"FailedCount":1}}"#,
                r#"{"JobId":"job-8","Placement":["z"]}"#,
                r#"{"JobId":"job-9","TaskMetrics":[1,2,3,4,5,6,7,8]}"#,
                r#"{"JobId":"job-10","Tags":[["k","v"]]}"#,
                r#"{}"#,
            ]
            .map(str::to_string),
        );
        let mut typed = 0;
        for text in &jobs {
            let value: Value = serde_json::from_str(text).unwrap();
            let lenient: Vec<String> = Column::ALL
                .iter()
                .map(|&c| cell_text(&value, c, now(), zone))
                .collect();
            if let Some(row) = typed_row(text, &Column::ALL, now(), zone) {
                typed += 1;
                assert_eq!(row, lenient, "{text}");
            }
        }
        // The service's jobs, and the first three and the last of the others, are read typed.
        assert_eq!(typed, sample_jobs().len() + 4, "the typed reading gave way");
    }

    fn options() -> OutputOptions {
        OutputOptions {
            format: Format::Table,
            columns: None,
            found: None,
            headers: true,
            color: false,
            now: now(),
            query: None,
            width: None,
            zone: Zone::Fixed(chrono::FixedOffset::east_opt(0).unwrap()),
            terminal: false,
        }
    }

    fn render(options: &OutputOptions, jobs: &[Value]) -> String {
        let buf = Shared::default();
        let mut r = TableRenderer::new(options, Box::new(buf.clone()));
        let jobs: Vec<Job> = jobs.iter().map(Job::from_value).collect();
        r.page(&jobs).unwrap();
        r.finish(&Summary {
            total_count: jobs.len() as u64,
            request_id: "req".into(),
        })
        .unwrap();
        String::from_utf8(buf.0.borrow().clone()).unwrap()
    }

    /// The display width of `text`, CJK (and other wide) characters counting as two.
    fn display_width(text: &str) -> usize {
        text.chars()
            .map(|c| match u32::from(c) {
                0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF => 2,
                0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 => 2,
                _ => 1,
            })
            .sum()
    }

    /// The display column where `needle` starts in `line`.
    fn column_of(line: &str, needle: &str) -> usize {
        display_width(&line[..line.find(needle).unwrap()])
    }

    #[test]
    fn sample_renders_for_people() {
        let text = render(&options(), &sample_jobs());
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3, "{text}");
        let words = |line: &str| {
            line.split("   ")
                .map(str::trim)
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            words(lines[0]),
            [
                "ID",
                "NAME",
                "STATE",
                "PRIORITY",
                "ZONE",
                "TASKS",
                "AGE",
                "CREATED (+00:00)",
                "DURATION",
                "TAGS"
            ]
        );
        assert_eq!(
            words(lines[1]),
            [
                "job-3n2weaqt",
                "hello-test-job",
                "STARTING",
                "1",
                "ap-guangzhou-4",
                "0/1, 1 running",
                "2m",
                "2020-09-22 07:14:54",
                "2m48s",
                "batch-test-tag-job-key=batch-test-tag-job-value"
            ]
        );
        assert_eq!(
            words(lines[2]),
            [
                "job-7e7evk2x",
                "hello-test-job",
                "FAILED",
                "1",
                "ap-guangzhou-4",
                "0/1, 1 failed",
                "22h",
                "2020-09-21 08:57:01",
                "2m44s",
                "job-key1=job-value1,job-key=job-value"
            ]
        );
        // Aligned: every column starts at the same place on every line.
        for header in [
            "NAME", "STATE", "PRIORITY", "ZONE", "TASKS", "AGE", "CREATED", "DURATION", "TAGS",
        ] {
            let at = lines[0].find(header).unwrap();
            for line in &lines[1..] {
                assert_eq!(&line[at - 2..at], "  ", "{header} not separated:\n{text}");
                assert_ne!(&line[at..at + 1], " ", "{header} misaligned:\n{text}");
            }
        }
        assert!(
            text.lines().all(|l| l == l.trim_end()),
            "trailing spaces:\n{text:?}"
        );
        assert!(!text.contains('\x1b'));
        assert!(text.ends_with('\n'));
    }

    #[test]
    fn running_job_duration_counts_to_now() {
        let job = &sample_jobs()[0]; // created 07:14:54, EndTime null
        assert_eq!(duration_text(job, now()), "2m48s");
        let later = "2020-09-22T08:20:00Z".parse().unwrap();
        assert_eq!(duration_text(job, later), "1h05m");
        let much_later = "2020-09-25T11:20:00Z".parse().unwrap();
        assert_eq!(duration_text(job, much_later), "3d4h");
        let before = "2020-09-22T07:00:00Z".parse().unwrap();
        assert_eq!(duration_text(job, before), "0s", "clock skew");
        assert_eq!(
            duration_text(&sample_jobs()[1], much_later),
            "2m44s",
            "ended"
        );
    }

    #[test]
    fn durations_are_compact() {
        assert_eq!(human_duration(45), "45s");
        assert_eq!(human_duration(60), "1m00s");
        assert_eq!(human_duration(168), "2m48s");
        assert_eq!(human_duration(3900), "1h05m");
        assert_eq!(human_duration(86_400 * 3 + 3600 * 4 + 59), "3d4h");
        assert_eq!(human_duration(-5), "0s");
        let job = json!({"CreateTime": "yesterday", "EndTime": null});
        assert_eq!(duration_text(&job, now()), "");
        assert_eq!(duration_text(&json!({}), now()), "");
        let offset =
            json!({"CreateTime": "2020-09-22T15:14:54+08:00", "EndTime": "2020-09-22T07:15:39Z"});
        assert_eq!(duration_text(&offset, now()), "45s");
    }

    #[test]
    fn tasks_show_progress() {
        let job = json!({"TaskMetrics": {
            "SubmittedCount": 1, "PendingCount": 1, "RunnableCount": 1, "StartingCount": 1,
            "RunningCount": 1, "SucceedCount": 3, "FailedInterruptedCount": 1, "FailedCount": 1
        }});
        assert_eq!(tasks_text(&job), "3/10, 2 running, 2 failed");
        let done = json!({"TaskMetrics": {"SucceedCount": 4, "PendingCount": 0}});
        assert_eq!(tasks_text(&done), "4/4");
        assert_eq!(tasks_text(&json!({"JobId": "job-1"})), "");
    }

    #[test]
    fn columns_option_picks_and_orders() {
        let mut opts = options();
        opts.columns = Some(vec![
            Column::JobState,
            Column::EndTime,
            Column::FailedCount,
            Column::JobId,
        ]);
        let text = render(&opts, &sample_jobs());
        let lines: Vec<Vec<&str>> = text
            .lines()
            .map(|l| {
                l.split("  ")
                    .map(str::trim)
                    .filter(|w| !w.is_empty())
                    .collect()
            })
            .collect();
        assert_eq!(lines[0], ["STATE", "ENDED (+00:00)", "FAILED", "ID"]);
        assert_eq!(lines[1], ["STARTING", "-", "0", "job-3n2weaqt"]);
        assert_eq!(
            lines[2],
            ["FAILED", "2020-09-21 08:59:45", "1", "job-7e7evk2x"]
        );
    }

    #[test]
    fn on_a_terminal_lines_fit_and_ids_and_states_stay_whole() {
        let mut jobs = sample_jobs();
        jobs[0]["JobName"] = json!("数据清洗-每日任务-".repeat(6));
        jobs[1]["JobState"] = json!("FAILED_INTERRUPTED");
        jobs[1]["Tags"] = json!([{"Key": "team", "Value": "x".repeat(200)}]);
        for width in [80, 100, 200] {
            let mut opts = options();
            opts.width = Some(width);
            let text = render(&opts, &jobs);
            for line in text.lines() {
                assert!(fit::display_width(line) <= width, "{width}:\n{text}");
            }
            assert!(text.contains("job-3n2weaqt") && text.contains("job-7e7evk2x"));
            assert!(text.contains("STARTING") && text.contains("FAILED_INTERRUPTED"));
            assert!(text.contains('…'), "the long name is cut:\n{text}");
        }
        let mut narrow = options();
        narrow.width = Some(80);
        let text = render(&narrow, &jobs);
        assert!(!text.contains("TAGS"), "tags drop before the rest:\n{text}");
        let piped = render(&options(), &jobs);
        assert!(!piped.contains('…') && piped.contains(&"x".repeat(200)));
    }

    #[test]
    fn wide_shows_every_column_uncut() {
        let mut opts = options();
        opts.format = Format::Wide;
        let mut jobs = sample_jobs();
        jobs[0]["JobName"] = json!("n".repeat(150));
        let text = render(&opts, &jobs);
        for header in ["ENDED (+00:00)", "SUBMITTED", "INTERRUPTED", "TAGS"] {
            assert!(text.lines().next().unwrap().contains(header), "{text}");
        }
        assert!(text.contains(&"n".repeat(150)));
    }

    #[test]
    fn times_are_local_with_the_offset_in_the_header() {
        let mut opts = options();
        opts.zone = Zone::Fixed(chrono::FixedOffset::east_opt(8 * 3600).unwrap());
        let text = render(&opts, &sample_jobs());
        assert!(text.contains("CREATED (+08:00)"), "{text}");
        assert!(text.contains("2020-09-22 15:14:54"), "{text}");
    }

    #[test]
    fn columns_accept_header_names() {
        assert_eq!(Column::from_name("ID"), Some(Column::JobId));
        assert_eq!(Column::from_name("created"), Some(Column::CreateTime));
        assert_eq!(Column::from_name("Name"), Some(Column::JobName));
        assert_eq!(Column::from_name("jobstate"), Some(Column::JobState));
        assert_eq!(
            Column::from_name("INTERRUPTED"),
            Some(Column::FailedInterruptedCount)
        );
        assert_eq!(Column::from_name("nope"), None);
    }

    #[test]
    fn no_headers_drops_the_header_row() {
        let mut opts = options();
        opts.headers = false;
        let text = render(&opts, &sample_jobs());
        assert_eq!(text.lines().count(), 2, "{text}");
        assert!(text.starts_with("job-3n2weaqt"), "{text}");
        assert!(!text.contains("NAME"));
    }

    #[test]
    fn no_jobs_print_nothing() {
        assert_eq!(render(&options(), &[]), "");
        let mut opts = options();
        opts.color = true;
        assert_eq!(render(&opts, &[]), "");
    }

    #[test]
    fn cjk_names_stay_aligned() {
        let mut jobs = sample_jobs();
        jobs[0]["JobName"] = json!("数据清洗-每日任务");
        let text = render(&options(), &jobs);
        let lines: Vec<&str> = text.lines().collect();
        let state = column_of(lines[0], "STATE");
        assert_eq!(column_of(lines[1], "STARTING"), state, "\n{text}");
        assert_eq!(column_of(lines[2], "FAILED"), state, "\n{text}");
        // The eight CJK characters take two columns each: the name is 17 wide, then the gap.
        assert_eq!(
            state - column_of(lines[0], "NAME"),
            8 * 2 + 1 + 3,
            "\n{text}"
        );
    }

    #[test]
    fn control_characters_are_escaped() {
        let mut jobs = sample_jobs();
        jobs[0]["JobName"] = json!("line1\nline2\tx\r\u{1b}[31mred\u{202e}");
        jobs[0]["Tags"] = json!([{"Key": "k\n", "Value": "v\u{7}"}]);
        let text = render(&options(), &jobs);
        assert_eq!(text.lines().count(), 3, "{text}");
        assert!(
            text.contains(r"line1\nline2\tx\r\u{1b}[31mred\u{202e}"),
            "{text}"
        );
        assert!(text.contains(r"k\n=v\u{7}"), "{text}");
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "{text:?}"
        );
    }

    #[test]
    fn huge_cells_stay_on_one_line() {
        let mut jobs = sample_jobs();
        jobs[0]["JobName"] = json!("数".repeat(100_000));
        let text = render(&options(), &jobs);
        assert_eq!(text.lines().count(), 3);
    }

    #[test]
    fn colour_only_when_asked() {
        let plain = render(&options(), &sample_jobs());
        assert!(!plain.contains('\x1b'), "{plain:?}");

        let mut opts = options();
        opts.color = true;
        let coloured = render(&opts, &sample_jobs());
        // crossterm drops colours when NO_COLOR is set (the caller never asks then).
        if std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) {
            let lines: Vec<&str> = coloured.lines().collect();
            assert!(!lines[0].contains('\x1b'), "header plain: {coloured:?}");
            assert!(
                lines[1].contains("\x1b[38;5;14mSTARTING\x1b[39m"),
                "{coloured:?}"
            );
            assert!(
                lines[2].contains("\x1b[38;5;9mFAILED\x1b[39m"),
                "{coloured:?}"
            );
            // Only the state is coloured: one escape sequence pair per row.
            assert_eq!(lines[1].matches('\x1b').count(), 2, "{coloured:?}");
        }
        // Same layout once the escapes are removed.
        let stripped = coloured
            .replace("\x1b[38;5;14m", "")
            .replace("\x1b[38;5;9m", "")
            .replace("\x1b[39m", "");
        assert_eq!(stripped, plain);
        assert!(coloured.lines().all(|l| l == l.trim_end()));
    }

    #[test]
    fn succeeded_green_others_yellow() {
        use super::super::rows::state_color;
        use comfy_table::Color;
        let state = Column::JobState.header();
        let c = |text: &str| state_color(state, text, true);
        assert_eq!(c("SUCCEED"), Some(Color::Green));
        assert_eq!(c("FAILED_INTERRUPTED"), Some(Color::Red));
        assert_eq!(c("RUNNING"), Some(Color::Cyan));
        assert_eq!(c("PENDING"), Some(Color::Yellow));
        assert_eq!(state_color(state, "SUCCEED", false), None);
        assert_eq!(state_color(Column::JobId.header(), "SUCCEED", true), None);
    }

    #[test]
    fn hostile_json_renders_without_panicking() {
        let jobs = vec![
            json!({
                "JobId": 42, "JobName": {"a": [1, 2]}, "JobState": null, "Priority": "high",
                "Placement": "nowhere", "CreateTime": 1600678621, "EndTime": "soon",
                "TaskMetrics": {"SucceedCount": -1, "FailedCount": u64::MAX, "RunningCount": u64::MAX,
                                "StartingCount": u64::MAX, "PendingCount": 1.5},
                "Tags": [1, null, {"Key": 2}, {"Key": "k", "Value": "v"}]
            }),
            json!({"TaskMetrics": [1, 2], "Tags": {"k": "v"}, "Placement": {"Zone": 4}}),
            json!("not an object"),
            json!(null),
            json!([1, 2, 3]),
        ];
        let mut opts = options();
        opts.columns = Some(Column::ALL.to_vec());
        opts.color = true;
        let text = render(&opts, &jobs);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 6, "{text}");
        assert!(lines[1].starts_with("42 "), "{text}");
        assert!(lines[1].contains(r#"{"a":[1,2]}"#), "{text}");
        assert!(lines[1].contains("1600678621"), "{text}");
        assert!(lines[1].contains("soon"), "{text}");
        assert!(lines[1].contains("k=v"), "{text}");
        assert!(!lines[1].contains(",k=v"), "{text}");
        assert!(lines[1].contains(&format!("0/{}", u64::MAX)), "{text}");
    }
}
