//! Lists that page (Offset/Limit/TotalCount) as `jobs describe` pages, and the `Filters`
//! they take: repeated flags are one filter (OR), different flags separate ones (AND).

use std::io::{self, BufWriter};

use batch_api::ActionId;
use serde_json::{Value, json};

use super::call::Caller;
use super::show;
use crate::cli::resources::{PagingArgs, TagArgs};
use crate::output::Format;
use crate::output::resource_columns::Table;
// Without --limit or --all, as many as `jobs describe` prints.
use crate::cli::config::Config;
use crate::domain::pager::{self, Plan};
use crate::output::merge::Merged;
use crate::transport::envelope::DEFAULT_LIMIT;
use crate::transport::error::Error;
use crate::transport::invoke::Invocation;

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

/// Pages through `id` from `body` with the one pager and prints the merged document: the
/// first answer's members, the list member holding every element read (up to the limit),
/// the last total and `RequestId`. A note on stderr says when fewer were printed than
/// match, or why paging stopped early.
pub fn run(config: &Config, id: ActionId, body: Value, paging: &PagingArgs) -> Result<(), Error> {
    run_drawn(config, id, body, paging, None)
}

/// A list drawn from curated columns in `table` (and csv with `--columns`).
pub struct Drawn<'a> {
    pub table: &'static Table,
    pub columns: Option<&'a [String]>,
    /// Adds to the elements what the table shows beyond the answer (envs: their
    /// `EnvData`), read on the same client; only when a shown column needs it.
    pub enrich: Option<Enrich>,
}

/// See [`Drawn::enrich`]: the columns that need it, and the reader.
pub type Enrich = (
    &'static [&'static str],
    fn(&crate::transport::client::Client, &mut [Value]) -> Result<(), Error>,
);

impl Drawn<'_> {
    /// Prints `doc`'s list `list` in the curated columns when the format is drawn from them;
    /// false when the caller should print it as found.
    pub fn print(
        &self,
        client: &crate::transport::client::Client,
        doc: &Value,
        list: &str,
        opts: &crate::output::OutputOptions,
        out: &mut dyn std::io::Write,
    ) -> Result<bool, Error> {
        if show::whole(opts) || !Table::draws(opts.format, self.columns) {
            return Ok(false);
        }
        let mut elements: Vec<Value> = doc
            .get(list)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        if let Some((needs, read)) = self.enrich {
            let shown = self.table.pick(self.columns, opts.format == Format::Wide);
            if !elements.is_empty() && shown.iter().any(|c| needs.contains(&c.name)) {
                read(client, &mut elements)?;
            }
        }
        self.table.write(&elements, self.columns, opts, out)?;
        Ok(true)
    }
}

/// [`run`], drawn from curated columns when `drawn` is given.
pub fn run_drawn(
    config: &Config,
    id: ActionId,
    body: Value,
    paging: &PagingArgs,
    drawn: Option<Drawn<'_>>,
) -> Result<(), Error> {
    let action = id.action();
    let model = action
        .paging
        .ok_or_else(|| Error::Internal(format!("{} does not page", action.name)))?;
    let max = model.max_limit;
    let wanted = if paging.all {
        None
    } else {
        Some(paging.limit.unwrap_or(DEFAULT_LIMIT))
    };
    let page_size = paging
        .page_size
        .unwrap_or_else(|| wanted.map_or(max, |w| w.min(max)))
        .min(max);
    let plan = Plan {
        offset: paging.offset.unwrap_or(0),
        limit: wanted,
        page_size,
    };
    let first = Invocation::new(id, body)?;
    let first_page = pager::page_of(&first, &model, plan.offset, plan.asked(wanted))?;
    let caller = Caller::open(config)?;
    let client = caller.client();
    let mut out = BufWriter::new(io::stdout().lock());
    let opts = show::options(config);
    if config.dry_run {
        first_page.write_dry_run(client, &mut out)?;
        if wanted.is_none_or(|w| w > page_size) {
            client.notes().note(
                "dry run: only the first page's request is shown; later pages depend on its answer",
            );
        }
        return Ok(());
    }

    let mut merged = Merged::new(model.list);
    let mut failed = None;
    let outcome = pager::pages(client, &first, &plan, |page| {
        merged
            .add(page.reply.text.get(), Some(&page.items))
            .map_err(|e| {
                failed = Some(e);
                io::Error::other("unreadable answer")
            })
    })?;
    if let Some(e) = failed.or(outcome.error) {
        return Err(e);
    }
    let total = outcome.total;
    let printed = outcome.passed;
    let mut doc: Value = if merged.is_empty() {
        json!({})
    } else {
        serde_json::from_str(&merged.text()?)
            .map_err(|e| Error::Network(format!("the service's answer cannot be read: {e}")))?
    };
    if doc.get(model.list).is_none_or(Value::is_null) {
        doc[model.list] = json!([]);
    }
    let printed_drawn = match &drawn {
        Some(d) => d.print(client, &doc, model.list, &opts, &mut out)?,
        None => false,
    };
    if !printed_drawn {
        show::rows(&doc, model.list, &opts, &mut out)?;
    }
    let notes = client.notes();
    if let Some(why) = &outcome.stopped_early {
        notes.note(&format!("stopped paging: {why}; printed {printed} items"));
    } else if printed + plan.offset < total {
        let next = plan.offset + printed;
        notes.note(&format!(
            "printed {printed} of {total} matching; use --all for every one, or --offset {next} for the next ones"
        ));
    } else if total == 0 && !show::whole(&opts) {
        notes.note("none found");
    }
    Ok(())
}
