//! Rendering whole JSON documents (answers of any action, a command's json document) in
//! the other formats: yaml, and rows for jsonl/csv/table from an answer's list member.

use std::io::{self, Write};

use serde_json::Value;

use super::merge::Merged;
use super::rows;
use super::{Format, OutputOptions, Renderer, Summary};
use crate::output::query::Query;
use crate::transport::envelope::Job;
use crate::transport::error::Error;
use query::{Checked, whole_query};

mod query;

/// `-o yaml` of any JSON document: numbers exact (serde_json here uses arbitrary_precision),
/// key order kept, strings YAML would misread (yes, no, on, off, null, ~, numbers, dates,
/// leading/trailing spaces, `: `, `#`, leading special characters, empty) quoted.
pub fn write_yaml(doc: &Value, out: &mut dyn Write) -> Result<(), Error> {
    super::yaml::write(doc, out)?;
    out.flush()?;
    Ok(())
}

/// True when the output is one whole document: json, yaml, or anything under `--query`.
pub fn whole(opts: &OutputOptions) -> bool {
    opts.query.is_some() || matches!(opts.format, Format::Json | Format::Yaml)
}

/// The one writer of a whole document: the results of `--query`, yaml, or pretty json.
pub fn write(doc: &Value, opts: &OutputOptions, out: &mut dyn Write) -> Result<(), Error> {
    write_as(
        doc,
        opts.query.as_ref(),
        opts.format == Format::Yaml,
        opts.terminal,
        out,
    )
}

/// `terminal`: stdout is one, so what must not reach it raw is escaped
/// ([`super::terminal`]; yaml escapes it wherever it goes).
fn write_as(
    doc: &Value,
    query: Option<&Query>,
    yaml: bool,
    terminal: bool,
    out: &mut dyn Write,
) -> Result<(), Error> {
    if let Some(query) = query {
        query.run(doc, out, terminal)?;
    } else if yaml {
        write_yaml(doc, out)?;
    } else {
        let mode = terminal.then_some(super::terminal::Mode::Json);
        let mut out = super::terminal::Screen::new(&mut *out, mode);
        serde_json::to_writer_pretty(&mut out, doc).map_err(io::Error::from)?;
        writeln!(out)?;
        out.flush()?;
    }
    out.flush()?;
    Ok(())
}

/// Rows of an answer's list member, as the pages of an answer arrive: the one renderer
/// of the format ([`super::renderer`]) with its columns found in the elements — jsonl one
/// element per line (compact, as received), csv/table one row per element (scalar
/// members as columns, nested objects' scalars as dotted columns like `Placement.Zone`;
/// lists of scalars joined with `;`; the column set is the union in first-seen order for
/// table, fixed from the first page for csv). json and yaml merge the pages into one
/// document ([`Merged`]).
pub struct ListRenderer {
    member: String,
    rows: Option<Box<dyn Renderer>>,
    /// What `rows` wrote, handed to the caller's writer after each call.
    buffer: Buffer,
    /// json, yaml: the pages merged, and whether to write yaml.
    merged: Option<(Merged, bool)>,
    /// stdout is a terminal.
    terminal: bool,
}

impl ListRenderer {
    pub fn new(format: Format, list_member: &str, opts: &OutputOptions) -> ListRenderer {
        let buffer = Buffer::default();
        let (rows, merged) = match format {
            Format::Json | Format::Yaml => (
                None,
                Some((Merged::new(list_member), format == Format::Yaml)),
            ),
            _ => {
                let mut options = opts.clone().found_in(list_member).with_query(None);
                options.format = format;
                (
                    Some(super::renderer(&options, Box::new(buffer.clone()))),
                    None,
                )
            }
        };
        ListRenderer {
            member: list_member.to_string(),
            rows,
            buffer,
            merged,
            terminal: opts.terminal,
        }
    }

    /// One page's answer (the `Response` object without wrapper); jsonl/csv write at once,
    /// table keeps rows.
    pub fn page(&mut self, answer: &Value, out: &mut dyn Write) -> Result<(), Error> {
        if let Some((merged, _)) = &mut self.merged {
            return merged.add(&answer.to_string(), None);
        }
        let elements: &[Value] = match answer.get(&self.member) {
            None | Some(Value::Null) => &[],
            Some(Value::Array(items)) => items,
            Some(other) => std::slice::from_ref(other),
        };
        let records: Vec<Job> = elements.iter().map(Job::from_value).collect();
        if let Some(rows) = &mut self.rows {
            rows.page(&records)?;
        }
        self.drain(out)
    }

    pub fn finish(mut self, out: &mut dyn Write) -> Result<(), Error> {
        if let Some((merged, yaml)) = &self.merged {
            if !merged.is_empty() {
                let doc: Value = serde_json::from_str(&merged.text()?).map_err(|e| {
                    Error::Network(format!("the service's answer cannot be read: {e}"))
                })?;
                write_as(&doc, None, *yaml, self.terminal, out)?;
            }
            return Ok(out.flush()?);
        }
        if let Some(rows) = &mut self.rows {
            rows.finish(&Summary {
                total_count: 0,
                request_id: String::new(),
            })?;
        }
        self.drain(out)
    }

    /// Hands what the renderer wrote to `out`.
    fn drain(&self, out: &mut dyn Write) -> Result<(), Error> {
        let bytes = std::mem::take(&mut *self.buffer.0.borrow_mut());
        if !bytes.is_empty() {
            out.write_all(&bytes)?;
        }
        out.flush()?;
        Ok(())
    }
}

/// `table` for an answer without a list member: member/value rows (nested values compact JSON).
pub fn write_member_table(
    answer: &Value,
    opts: &OutputOptions,
    out: &mut dyn Write,
) -> Result<(), Error> {
    let columns = ["MEMBER".to_string(), "VALUE".to_string()];
    let table_rows: Vec<Vec<String>> = match answer {
        Value::Object(map) => map
            .iter()
            .map(|(k, v)| {
                let value = match v {
                    Value::Array(_) | Value::Object(_) => v.to_string(),
                    // A lone time carries its own offset: there is no column header for it.
                    Value::String(t) if k.ends_with("Time") => match rows::parse_time(t) {
                        Some(at) => {
                            let offset = opts.zone.offset_at(at);
                            format!(
                                "{} {}",
                                at.with_timezone(&offset).format("%Y-%m-%d %H:%M:%S"),
                                super::fit::offset_text(offset)
                            )
                        }
                        None => t.clone(),
                    },
                    scalar => rows::text(scalar),
                };
                vec![k.clone(), value]
            })
            .collect(),
        other => vec![vec![String::new(), other.to_string()]],
    };
    let header = opts.headers.then_some(&columns[..]);
    rows::write_table(
        rows::table_fitted(header, &table_rows, &columns, opts.color, opts.width),
        out,
    )?;
    Ok(())
}

/// Where a command's json document goes instead of stdout as json.
enum Sink {
    Yaml,
    /// A query of the whole document: each job read by jaq as it arrives, only what the
    /// query can reach of it kept ([`Query::need`]); the first refusal of a job's text.
    Query(Query, Vec<jaq_json::Val>, Option<io::Error>),
    /// A query that starts with `.JobSet[]` ([`Query::per_job`]), run on each page's
    /// jobs as they arrive: its results are printed before the next page is read, and
    /// no document is held.
    PerPage(Query, Flow),
}

/// How far a query run page by page has come.
enum Flow {
    Running,
    /// `halt`: nothing more is printed.
    Halted,
    /// An error: nothing more is printed; `finish` returns it, where the whole document's
    /// query would have (the pages after it are still read, as they were then).
    Failed(Error),
}

/// `-o yaml` and `--query` for the commands that print jobs: the json renderer's exact
/// document, read back and handed to the YAML writer or the query.
pub struct DocumentRenderer<'w> {
    sink: Sink,
    json: super::json::JsonRenderer<'static>,
    buffer: Buffer,
    out: Box<dyn Write + 'w>,
    /// stdout is a terminal.
    terminal: bool,
}

/// A writer whose bytes are read back after the json renderer is done.
#[derive(Clone, Default)]
struct Buffer(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl Write for Buffer {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl<'w> DocumentRenderer<'w> {
    /// `--query` when given, else yaml; `terminal`: stdout is one.
    pub fn new(query: Option<Query>, terminal: bool, out: Box<dyn Write + 'w>) -> Self {
        let buffer = Buffer::default();
        let sink = match query {
            None => Sink::Yaml,
            Some(query) if query.per_job() => Sink::PerPage(query, Flow::Running),
            Some(query) => Sink::Query(query, Vec::new(), None),
        };
        DocumentRenderer {
            sink,
            json: super::json::JsonRenderer::new(Box::new(buffer.clone())),
            buffer,
            out,
            terminal,
        }
    }
}

impl Renderer for DocumentRenderer<'_> {
    fn page(&mut self, jobs: &[Job]) -> io::Result<()> {
        if let Sink::Query(query, kept, refused) = &mut self.sink {
            let Some(job_set) = query.need().member("JobSet") else {
                return Ok(());
            };
            let each = job_set.element();
            for job in jobs {
                if refused.is_some() {
                    break;
                }
                if let Err(e) = serde_json::from_str::<Checked>(job.raw()) {
                    *refused = Some(io::Error::other(e));
                    break;
                }
                let value =
                    crate::output::query::read(job.raw().as_bytes()).map_err(io::Error::other)?;
                kept.push(match each {
                    Some(need) => need.prune(value),
                    None => value,
                });
            }
            return Ok(());
        }
        let Sink::PerPage(query, flow) = &mut self.sink else {
            return self.json.page(jobs);
        };
        if !matches!(flow, Flow::Running) || jobs.is_empty() {
            return Ok(());
        }
        // `{"JobSet":[…]}`: what `.JobSet[]` meets of the whole document, this page's part.
        let mut text =
            Vec::with_capacity(16 + jobs.iter().map(|j| j.raw().len() + 1).sum::<usize>());
        text.extend_from_slice(b"{\"JobSet\":[");
        for (i, job) in jobs.iter().enumerate() {
            if i > 0 {
                text.push(b',');
            }
            text.extend_from_slice(job.raw().as_bytes());
        }
        text.extend_from_slice(b"]}");
        if let Err(e) = serde_json::from_slice::<Checked>(&text) {
            *flow = Flow::Failed(Error::Io(io::Error::other(e)));
            return Ok(());
        }
        match query.eval(text, &mut self.out, self.terminal) {
            Ok(false) => {}
            Ok(true) => *flow = Flow::Halted,
            // A closed pipe stops the fetching at once, as streamed formats do.
            Err(Error::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => return Err(e),
            Err(e) => *flow = Flow::Failed(e),
        }
        Ok(())
    }

    fn finish(&mut self, summary: &Summary) -> io::Result<()> {
        if let Sink::PerPage(_, flow) = &mut self.sink {
            return match std::mem::replace(flow, Flow::Halted) {
                Flow::Failed(Error::Io(e)) => Err(e),
                Flow::Failed(other) => Err(io::Error::other(other)),
                Flow::Running | Flow::Halted => self.out.flush(),
            };
        }
        if let Sink::Query(query, kept, refused) = &mut self.sink {
            if let Some(e) = refused.take() {
                return Err(e);
            }
            let written = whole_query(
                query,
                std::mem::take(kept),
                summary,
                &mut self.out,
                self.terminal,
            );
            return written.map_err(|e| match e {
                Error::Io(e) => e,
                other => io::Error::other(other),
            });
        }
        self.json.finish(summary)?;
        let text = std::mem::take(&mut *self.buffer.0.borrow_mut());
        let written = match &self.sink {
            Sink::PerPage(..) => Ok(()),
            Sink::Yaml => {
                let doc: Value = serde_json::from_slice(&text).map_err(io::Error::other)?;
                drop(text);
                write_as(&doc, None, true, false, &mut self.out)
            }
            Sink::Query(..) => Ok(()),
        };
        // The command's error (exit 2 for a failed query) travels inside the io::Error.
        written.map_err(|e| match e {
            Error::Io(e) => e,
            other => io::Error::other(other),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn opts(format: Format) -> OutputOptions {
        OutputOptions::new(format, None, false, false)
    }

    fn render(format: Format, pages: &[Value]) -> String {
        let mut r = ListRenderer::new(format, "ComputeEnvSet", &opts(format));
        let mut out = Vec::new();
        for page in pages {
            r.page(page, &mut out).unwrap();
        }
        r.finish(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn pages() -> Vec<Value> {
        let first: Value = serde_json::from_str(
            r#"{"ComputeEnvSet": [
                {"EnvId": "env-a", "EnvName": "one", "Placement": {"Zone": "ap-guangzhou-3"},
                 "Big": 12345678901234567890123, "Tags": ["x", "y"], "Nodes": [{"n": 1}], "Gone": null},
                {"EnvId": "env-b", "Extra": true, "Placement": {"Zone": "ap-guangzhou-4", "Deep": {"A": 1.10}}}
            ], "TotalCount": 3, "RequestId": "r1"}"#,
        )
        .unwrap();
        let second = json!({"ComputeEnvSet": [{"EnvId": "env-c", "Later": "x", "EnvName": "three"}],
                            "TotalCount": 3, "RequestId": "r2"});
        vec![first, second]
    }

    #[test]
    fn jsonl_writes_each_element_compact_as_received() {
        let text = render(Format::Jsonl, &pages());
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3, "{text}");
        assert_eq!(
            lines[0],
            r#"{"EnvId":"env-a","EnvName":"one","Placement":{"Zone":"ap-guangzhou-3"},"Big":12345678901234567890123,"Tags":["x","y"],"Nodes":[{"n":1}],"Gone":null}"#
        );
        assert_eq!(
            lines[2],
            r#"{"EnvId":"env-c","Later":"x","EnvName":"three"}"#
        );
    }

    #[test]
    fn csv_has_dotted_columns_fixed_by_the_first_page() {
        let text = render(Format::Csv, &pages());
        let lines: Vec<&str> = text.split("\r\n").collect();
        assert_eq!(
            lines[0],
            "EnvId,EnvName,Placement.Zone,Big,Tags,Nodes,Gone,Extra,Placement.Deep.A"
        );
        assert_eq!(
            lines[1],
            r#"env-a,one,ap-guangzhou-3,12345678901234567890123,x;y,"[{""n"":1}]",,,"#
        );
        assert_eq!(lines[2], "env-b,,ap-guangzhou-4,,,,,true,1.10");
        // A member first seen on a later page has no column: the header is already out.
        assert_eq!(lines[3], "env-c,three,,,,,,,");
        assert_eq!(lines.len(), 5, "ends with CRLF: {text:?}");
    }

    #[test]
    fn csv_without_headers_and_with_nothing() {
        let mut o = opts(Format::Csv);
        o.headers = false;
        let mut r = ListRenderer::new(Format::Csv, "ComputeEnvSet", &o);
        let mut out = Vec::new();
        r.page(&json!({"ComputeEnvSet": [], "TotalCount": 0}), &mut out)
            .unwrap();
        r.page(&pages()[1], &mut out).unwrap();
        r.finish(&mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "env-c,x,three\r\n");
    }

    #[test]
    fn table_rows_take_the_union_of_columns() {
        let text = render(Format::Table, &pages());
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 4, "{text}");
        let header: Vec<&str> = lines[0].split_whitespace().collect();
        assert_eq!(
            header,
            [
                "EnvId",
                "EnvName",
                "Placement.Zone",
                "Big",
                "Tags",
                "Nodes",
                "Gone",
                "Extra",
                "Placement.Deep.A",
                "Later"
            ]
        );
        assert!(lines[1].starts_with("env-a   one "), "{text}");
        assert!(lines[3].starts_with("env-c   three "), "{text}");
        assert!(lines[3].trim_end().ends_with('x'), "{text}");
        let later = lines[0].find("Later").unwrap();
        assert_eq!(&lines[3][later..], "x", "aligned:\n{text}");
        assert!(text.lines().all(|l| l == l.trim_end()));
    }

    #[test]
    fn table_cells_cannot_break_lines_or_drive_the_terminal() {
        let page = json!({"JobSet": [{"JobName": "a\nb\u{1b}[2J", "JobState": "FAILED"}]});
        let mut r = ListRenderer::new(Format::Table, "JobSet", &opts(Format::Table));
        let mut out = Vec::new();
        r.page(&page, &mut out).unwrap();
        r.finish(&mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text.lines().count(), 2, "{text}");
        assert!(text.contains(r"a\nb\u{1b}[2J"), "{text}");
        assert!(!text.contains('\x1b'));
    }

    #[test]
    fn empty_list_prints_no_table() {
        let text = render(
            Format::Table,
            &[json!({"ComputeEnvSet": [], "TotalCount": 0})],
        );
        assert_eq!(text, "");
    }

    #[test]
    fn json_and_yaml_merge_pages() {
        let text = render(Format::Json, &pages());
        let doc: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(doc["ComputeEnvSet"].as_array().unwrap().len(), 3);
        assert_eq!(doc["RequestId"], "r2");
        assert!(text.contains("12345678901234567890123"));
        let text = render(Format::Yaml, &pages());
        assert!(text.contains("  - EnvId: env-c\n"), "{text}");
        assert!(text.ends_with("RequestId: r2\n"), "{text}");
    }

    #[test]
    fn member_table_lists_members_and_values() {
        let answer: Value = serde_json::from_str(
            r#"{"JobId": "job-aaaaaaaa", "Count": 12345678901234567890123, "Ok": true,
                "Nothing": null, "Placement": {"Zone": "z"}, "List": [1, "a"], "RequestId": "r"}"#,
        )
        .unwrap();
        let mut out = Vec::new();
        write_member_table(&answer, &opts(Format::Table), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<Vec<&str>> = text
            .lines()
            .map(|l| l.split_whitespace().collect())
            .collect();
        assert_eq!(lines[0], ["MEMBER", "VALUE"]);
        assert_eq!(lines[1], ["JobId", "job-aaaaaaaa"]);
        assert_eq!(lines[2], ["Count", "12345678901234567890123"]);
        assert_eq!(lines[3], ["Ok", "true"]);
        assert_eq!(lines[4], ["Nothing"]);
        assert_eq!(lines[5], ["Placement", r#"{"Zone":"z"}"#]);
        assert_eq!(lines[6], ["List", r#"[1,"a"]"#]);
        assert_eq!(lines[7], ["RequestId", "r"]);

        let mut o = opts(Format::Table);
        o.headers = false;
        let mut out = Vec::new();
        write_member_table(&answer, &o, &mut out).unwrap();
        assert!(String::from_utf8(out).unwrap().starts_with("JobId "));
    }
}
