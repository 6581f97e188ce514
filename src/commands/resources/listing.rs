//! Lists that page (Offset/Limit/TotalCount) as `jobs describe` pages, and the `Filters`
//! they take: repeated flags are one filter (OR), different flags separate ones (AND).

use std::io::{self, BufWriter};

use serde_json::{Value, json};

use super::call::{self, Caller};
use super::show;
use crate::cli::resources::{PagingArgs, TagArgs};
// Without --limit or --all, as many as `jobs describe` prints.
use crate::cli::config::Config;
use crate::transport::envelope::DEFAULT_LIMIT;
use crate::transport::error::Error;

/// `Filters` from (name, values) pairs and the tag flags; empty pairs are left out.
pub fn filters(pairs: &[(&str, &[String])], tags: Option<&TagArgs>) -> Vec<Value> {
    let mut out: Vec<Value> = pairs
        .iter()
        .filter(|(_, values)| !values.is_empty())
        .map(|(name, values)| json!({ "Name": name, "Values": values }))
        .collect();
    let Some(tags) = tags else { return out };
    let mut by_key: Vec<(String, Vec<String>)> = Vec::new();
    for (k, v) in &tags.tag {
        match by_key.iter_mut().find(|(key, _)| key == k) {
            Some((_, values)) => values.push(v.clone()),
            None => by_key.push((k.clone(), vec![v.clone()])),
        }
    }
    for (k, values) in by_key {
        out.push(json!({ "Name": format!("tag:{k}"), "Values": values }));
    }
    for (name, values) in [("tag-key", &tags.tag_key), ("tag-value", &tags.tag_value)] {
        if !values.is_empty() {
            out.push(json!({ "Name": name, "Values": values }));
        }
    }
    for f in &tags.filter {
        out.push(json!({ "Name": f.name, "Values": f.values }));
    }
    out
}

/// Sets `Filters` on `body` when there are any.
pub fn with_filters(mut body: Value, filters: Vec<Value>) -> Value {
    if !filters.is_empty() {
        body["Filters"] = Value::Array(filters);
    }
    body
}

/// Pages through `action_name` from `body` and prints the merged document: the first
/// answer's members, `list` holding every element read (up to the limit), the last
/// `TotalCount` and `RequestId`. A note on stderr says when fewer were printed than match.
pub fn run(
    config: &Config,
    action_name: &str,
    body: Value,
    list: &str,
    paging: &PagingArgs,
) -> Result<(), Error> {
    let action = call::action(action_name)?;
    let max = action.paging.map_or(100, |p| p.max_limit);
    let wanted = if paging.all {
        None
    } else {
        Some(paging.limit.unwrap_or(DEFAULT_LIMIT))
    };
    let page_size = paging
        .page_size
        .unwrap_or_else(|| wanted.map_or(max, |w| w.min(max)))
        .min(max);
    let start = paging.offset.unwrap_or(0);
    let page = |offset: u64, size: u64| {
        let mut b = body.clone();
        b["Offset"] = json!(offset);
        b["Limit"] = json!(size);
        b
    };
    let first_size = wanted.map_or(page_size, |w| w.min(page_size));
    call::check(action, &page(start, first_size))?;
    let caller = Caller::open(config)?;
    let mut out = BufWriter::new(io::stdout().lock());
    let opts = show::options(config);

    let mut merged: Option<Value> = None;
    let mut items: Vec<Value> = Vec::new();
    let mut offset = start;
    let mut total;
    loop {
        let size = wanted.map_or(page_size, |w| (w - items.len() as u64).min(page_size));
        let Some(answer) = caller.call(action, &page(offset, size), &mut out)? else {
            if wanted.is_none_or(|w| w > page_size) && !config.quiet {
                eprintln!(
                    "batchctl: note: dry run: only the first page's request is shown; later pages depend on its answer"
                );
            }
            return Ok(());
        };
        let received: Vec<Value> = match answer.get(list) {
            Some(Value::Array(a)) => a.clone(),
            _ => Vec::new(),
        };
        total = answer
            .get("TotalCount")
            .and_then(Value::as_u64)
            .unwrap_or(0);
        let n = received.len() as u64;
        items.extend(received);
        offset += n;
        let request_id = answer.get("RequestId").cloned();
        match &mut merged {
            None => merged = Some(answer),
            Some(m) => {
                m["TotalCount"] = json!(total);
                if let Some(id) = request_id {
                    m["RequestId"] = id;
                }
            }
        }
        let done = wanted.is_some_and(|w| items.len() as u64 >= w);
        // A list that keeps growing must not keep us paging for ever.
        let runaway = items.len() as u64 > total.saturating_mul(2) + 10 * page_size;
        if done || n == 0 || n < size || offset >= total || runaway {
            break;
        }
    }
    if let Some(w) = wanted {
        items.truncate(w as usize);
    }
    let printed = items.len() as u64;
    let mut doc = merged.unwrap_or_else(|| json!({}));
    doc[list] = Value::Array(items);
    show::rows(&doc, list, &opts, &mut out)?;
    if !config.quiet && printed + start < total {
        let next = start + printed;
        eprintln!(
            "batchctl: note: printed {printed} of {total} matching; use --all for every one, or --offset {next} for the next ones"
        );
    } else if !config.quiet && total == 0 && !show::whole(&opts) {
        eprintln!("batchctl: note: none found");
    }
    Ok(())
}
