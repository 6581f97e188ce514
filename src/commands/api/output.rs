//! What `batchctl api ACTION` prints: the answer as received (pretty json, without the
//! `Response` wrapper, `RequestId` kept), or rows of its list member through the shared
//! renderers; with `--all`, every page, merged into one json document or streamed.
//! `-o yaml` and `--query` take the same whole document as json.

use std::io::Write;

use batch_api::{Action, Paging};
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::{Value, json};

use crate::commands::document::whole;
use crate::domain::pager::{self, AnswerPage, Plan};
use crate::output::document::{ListRenderer, write_member_table};
use crate::output::jsontext;
use crate::output::progress::PageProgress;
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
        (None, Format::Table | Format::Wide) => write_member_table(&answer, opts, out)?,
        (None, Format::Jsonl) => {
            jsontext::write_compact(out, reply.text.get())?;
            writeln!(out)?;
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

/// Prints a whole answer document (the text as received): pretty json, yaml, or the
/// results of `--query`.
pub fn document(text: &str, opts: &OutputOptions, out: &mut dyn Write) -> Result<(), Error> {
    if opts.query.is_none() && opts.format != Format::Yaml {
        jsontext::write_pretty(out, text, 0)?;
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

/// The members of a `Response` object as received, in order.
struct RawMembers(Vec<(String, Box<RawValue>)>);

impl<'de> Deserialize<'de> for RawMembers {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = RawMembers;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<RawMembers, A::Error> {
                let mut members = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, Box<RawValue>>()? {
                    members.push((k, v));
                }
                Ok(RawMembers(members))
            }
        }
        d.deserialize_map(Visitor)
    }
}

/// `--all` merged for json: the first page's members as received, the list member
/// holding every page's elements, the total and `RequestId` of the last page.
struct Merged {
    list: String,
    members: Vec<(String, Box<RawValue>)>,
    items: Vec<Box<RawValue>>,
}

impl Merged {
    /// One page: its members as received (the last page's win), its new elements added.
    fn add(&mut self, page: &AnswerPage) -> Result<(), Error> {
        let broken = |e: serde_json::Error| {
            Error::Network(format!("the service's answer cannot be read: {e}"))
        };
        let RawMembers(members) = serde_json::from_str(page.reply.text.get()).map_err(broken)?;
        self.items.extend(page.items.iter().cloned());
        for (k, v) in members {
            match self.members.iter_mut().find(|(name, _)| *name == k) {
                Some(slot) => slot.1 = v,
                None => self.members.push((k, v)),
            }
        }
        Ok(())
    }

    fn write(&self, opts: &OutputOptions, out: &mut dyn Write) -> Result<(), Error> {
        let mut text = String::from("{");
        for (i, (k, v)) in self.members.iter().enumerate() {
            if i > 0 {
                text.push(',');
            }
            text.push_str(&serde_json::to_string(k).map_err(|e| Error::Internal(e.to_string()))?);
            text.push(':');
            if *k == self.list {
                text.push('[');
                for (j, item) in self.items.iter().enumerate() {
                    if j > 0 {
                        text.push(',');
                    }
                    text.push_str(item.get());
                }
                text.push(']');
            } else {
                text.push_str(v.get());
            }
        }
        text.push('}');
        document(&text, opts, out)
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
    let mut merged = Merged {
        list: paging.list.to_string(),
        members: Vec::new(),
        items: Vec::new(),
    };
    let mut rows = ListRenderer::new(opts.format, list, opts);
    let whole = whole(opts);
    let mut progress = PageProgress::new(client.notes().quiet(), "items");
    let mut failed = None;
    let outcome = pager::pages(client, first, &plan, |page| {
        // Cleared while a page is written, so rows never share its line.
        progress.finish();
        let step = if whole {
            merged.add(&page)
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
        if merged.members.is_empty() {
            Ok(())
        } else {
            merged.write(opts, out)
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
