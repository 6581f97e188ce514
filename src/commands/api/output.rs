//! What `batchctl api ACTION` prints: the answer as received (pretty json, without the
//! `Response` wrapper, `RequestId` kept), or rows of its list member through the shared
//! renderers; with `--all`, every page, merged into one json document or streamed.
//! `-o yaml` and `--query` take the same whole document as json.

use std::io::Write;

use batch_api::{Action, Paging};
use serde_json::{Value, json};

use crate::commands::document::whole;
use crate::domain::pager::{self, AnswerPage, Plan};
use crate::output::document::{ListRenderer, write_member_table};
use crate::output::jsontext;
use crate::output::merge::Merged;
use crate::output::progress::PageProgress;
use crate::output::series;
use crate::output::{Format, OutputOptions};
use crate::transport::client::{Client, Reply};
use crate::transport::error::Error;
use crate::transport::invoke::Invocation;

/// Prints one answer.
pub fn single(
    action: &Action,
    reply: &Reply,
    opts: &OutputOptions,
    out: &mut dyn Write,
) -> Result<(), Error> {
    if whole(opts) {
        return document(reply.text.get(), opts, out);
    }
    let answer = reply.value()?;
    match (action.list, opts.format) {
        (Some(list), _) => {
            let mut rows = ListRenderer::new(opts.format, list, opts);
            rows.page(&answer, out)?;
            rows.finish(out)?;
        }
        (None, Format::Table | Format::Wide) => match series::split(&answer) {
            // A time series (DescribeJobMonitorData): the other members, then a row per
            // point with its time local.
            Some((rest, series)) => {
                write_member_table(&rest, opts, out)?;
                for (_, points) in &series {
                    writeln!(out)?;
                    series::write_series(points, opts, out)?;
                }
            }
            None => write_member_table(&answer, opts, out)?,
        },
        (None, Format::Jsonl) => {
            let mut out = json_screen(opts, out);
            jsontext::write_compact(&mut out, reply.text.get())?;
            writeln!(out)?;
            out.flush()?;
        }
        (None, _) => {
            let mut rows = ListRenderer::new(opts.format, "Answer", opts);
            rows.page(&json!({ "Answer": [answer] }), out)?;
            rows.finish(out)?;
        }
    }
    out.flush()?;
    Ok(())
}

/// `out`, escaping what must not reach a terminal raw when stdout is one (JSON's notation).
fn json_screen<'a>(
    opts: &OutputOptions,
    out: &'a mut dyn Write,
) -> crate::output::terminal::Screen<&'a mut dyn Write> {
    let mode = opts.terminal.then_some(crate::output::terminal::Mode::Json);
    crate::output::terminal::Screen::new(out, mode)
}

/// Prints a whole answer document (the text as received): pretty json, yaml, or the
/// results of `--query`.
pub fn document(text: &str, opts: &OutputOptions, out: &mut dyn Write) -> Result<(), Error> {
    if opts.query.is_none() && opts.format != Format::Yaml {
        let mut out = json_screen(opts, out);
        jsontext::write_pretty(&mut out, text, 0)?;
        writeln!(out)?;
        out.flush()?;
        return Ok(());
    }
    let parsed = serde_json::from_str::<Value>(text)
        .map_err(|e| Error::Network(format!("the service's answer cannot be read: {e}")))?;
    crate::commands::document::document(&parsed, opts, out)
}

/// The first page of `--all`: the given Offset (default 0), and the given Limit or the
/// largest the action takes.
pub fn first_page(first: &Invocation, paging: &Paging) -> Result<Invocation, Error> {
    let plan = plan(paging, first.body());
    pager::page_of(first, paging, plan.offset, plan.page_size)
}

/// `--all` from the given Offset, a page of the given Limit (or the largest) at a time.
fn plan(paging: &Paging, body: &Value) -> Plan {
    Plan {
        offset: super::count(body, paging.offset).unwrap_or(0),
        limit: None,
        page_size: super::count(body, paging.limit)
            .filter(|n| *n > 0)
            .unwrap_or(paging.max_limit),
    }
}

/// `--all`: every page from the given Offset through the one pager, printed as it arrives
/// (jsonl, csv) or at the end (json, table). Pages received before an error are still
/// printed.
pub fn all_pages(
    client: &Client,
    first: &Invocation,
    paging: &Paging,
    opts: &OutputOptions,
    out: &mut dyn Write,
) -> Result<(), Error> {
    let plan = plan(paging, first.body());
    let list = first.action().list.unwrap_or(paging.list);
    let mut merged = Merged::new(paging.list);
    let mut rows = ListRenderer::new(opts.format, list, opts);
    let whole = whole(opts);
    let mut progress =
        PageProgress::new(client.notes().quiet(), "items").reading(plan.offset, plan.limit);
    let mut failed = None;
    let outcome = pager::pages(client, first, &plan, |page| {
        // Cleared while a page is written, so rows never share its line.
        progress.finish();
        let step = if whole {
            merged.add(page.reply.text.get(), Some(&page.items))
        } else {
            page_rows(&page, list, &mut rows, out)
        };
        if let Err(e) = step {
            let io = match &e {
                Error::Io(io) => std::io::Error::new(io.kind(), io.to_string()),
                _ => std::io::Error::other("stopped"),
            };
            failed = Some(e);
            return Err(io);
        }
        progress.page(page.items.len() as u64, page.total, plan.page_size);
        Ok(())
    })?;
    progress.finish();
    if let Some(why) = &outcome.stopped_early {
        client.notes().note(&format!(
            "stopped paging: {why}; printed {} items",
            outcome.passed
        ));
    }
    let printed = if whole {
        if merged.is_empty() {
            Ok(())
        } else {
            merged.text().and_then(|text| document(&text, opts, out))
        }
    } else {
        rows.finish(out)
    };
    out.flush()?;
    let result = match (failed, outcome.error) {
        (Some(e), _) | (None, Some(e)) if !outcome.pipe_closed => Err(e),
        _ => Ok(()),
    };
    result.and(printed)
}

/// The rows of one page's new elements.
fn page_rows(
    page: &AnswerPage,
    list: &str,
    rows: &mut ListRenderer,
    out: &mut dyn Write,
) -> Result<(), Error> {
    let mut items = Vec::with_capacity(page.items.len());
    for item in &page.items {
        items
            .push(serde_json::from_str::<Value>(item.get()).map_err(|e| {
                Error::Network(format!("the service's answer cannot be read: {e}"))
            })?);
    }
    rows.page(&json!({ list: items }), out)
}
