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
use crate::output::document::{ListRenderer, write_member_table};
use crate::output::jsontext;
use crate::output::{Format, OutputOptions};
use crate::transport::client::{Client, Reply};
use crate::transport::error::Error;

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

/// The body of the first page of `--all`: the given Offset (default 0), and the given
/// Limit or the largest the action takes.
pub fn first_page_body(action: &Action, paging: &Paging, body: &Value) -> Value {
    let offset = super::count(body, paging.offset).unwrap_or(0);
    page_body(action, paging, body, offset, page_size(paging, body))
}

fn page_size(paging: &Paging, body: &Value) -> u64 {
    super::count(body, paging.limit)
        .filter(|n| *n > 0)
        .unwrap_or(paging.max_limit)
}

fn page_body(action: &Action, paging: &Paging, body: &Value, offset: u64, limit: u64) -> Value {
    let mut body = body.clone();
    if let Value::Object(map) = &mut body {
        map.insert(paging.offset.to_string(), Value::from(offset));
        map.insert(paging.limit.to_string(), Value::from(limit));
    }
    crate::domain::params::in_model_order(action.input, body)
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
    fn add(&mut self, reply: &Reply) -> Result<(), Error> {
        let broken = |e: serde_json::Error| {
            Error::Network(format!("the service's answer cannot be read: {e}"))
        };
        let RawMembers(members) = serde_json::from_str(reply.text.get()).map_err(broken)?;
        for (k, v) in members {
            if k == self.list && v.get().trim() != "null" {
                let items: Vec<Box<RawValue>> = serde_json::from_str(v.get()).map_err(broken)?;
                self.items.extend(items);
            }
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

/// `--all`: every page from the given Offset, printed as it arrives (jsonl, csv) or at
/// the end (json, table). Pages received before an error are still printed.
pub fn all_pages(
    client: &Client,
    action: &'static Action,
    paging: &Paging,
    body: &Value,
    opts: &OutputOptions,
    out: &mut dyn Write,
) -> Result<(), Error> {
    let limit = page_size(paging, body);
    let mut offset = super::count(body, paging.offset).unwrap_or(0);
    let list = action.list.unwrap_or(paging.list);
    let mut merged = Merged {
        list: paging.list.to_string(),
        members: Vec::new(),
        items: Vec::new(),
    };
    let mut rows = ListRenderer::new(opts.format, list, opts);
    let whole = whole(opts);
    let mut first_total = None;
    let mut read = 0u64;
    // Fingerprints of the pages read: a service cycling through pages, however many,
    // is caught when one comes round again.
    let hasher = std::collections::hash_map::RandomState::new();
    let mut pages_seen = std::collections::HashSet::new();
    let quiet = client.config().quiet;
    let mut progress = crate::output::progress::PageProgress::new(quiet, "items");
    let result = loop {
        let reply =
            match client.call_prepared(action, &page_body(action, paging, body, offset, limit)) {
                Ok(reply) => reply,
                Err(e) => break Err(e),
            };
        let answer = match reply.value() {
            Ok(answer) => answer,
            Err(e) => break Err(e),
        };
        let received = answer
            .get(paging.list)
            .and_then(Value::as_array)
            .map_or(0, |a| a.len() as u64);
        let total = super::count(&answer, paging.total).unwrap_or(0);
        let first_total = *first_total.get_or_insert(total);
        // Cleared while a page is written or a note printed, so neither shares its line.
        progress.finish();
        let fingerprint = {
            use std::hash::BuildHasher;
            let items = answer.get(paging.list).map(Value::to_string);
            hasher.hash_one(items.unwrap_or_default())
        };
        if received > 0 && !pages_seen.insert(fingerprint) {
            if !quiet {
                eprintln!(
                    "batchctl: note: stopped paging: the service answered offset {offset} with a page it had already sent; printed {read} items"
                );
            }
            break Ok(());
        }
        if read >= crate::domain::describe::MAX_PLAUSIBLE_JOBS {
            if !quiet {
                eprintln!(
                    "batchctl: note: stopped paging: {read} items read, more than any real list holds (the service claims {total})"
                );
            }
            break Ok(());
        }
        let step = if whole {
            merged.add(&reply)
        } else {
            rows.page(&answer, out)
        };
        if let Err(e) = step {
            break Err(e);
        }
        progress.page(received, total, limit);
        offset = offset.saturating_add(received);
        read = read.saturating_add(received);
        // A service that keeps answering, or a list that grows faster than it is read,
        // must not keep us paging for ever.
        if received == 0 || received < limit || offset >= total {
            break Ok(());
        }
        if read
            > first_total
                .saturating_mul(2)
                .saturating_add(limit.saturating_mul(10))
        {
            if !client.config().quiet {
                eprintln!(
                    "batchctl: note: stopped paging: the list kept growing ({} at first, {total} now)",
                    first_total
                );
            }
            break Ok(());
        }
    };
    progress.finish();
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
    result.and(printed)
}
