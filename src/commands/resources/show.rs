//! Printing an answer of the resource commands (`envs`, `templates`, `catalog`): the
//! whole document (json, yaml, `--query`), rows of a list member (table, csv, jsonl), or
//! member/value rows for a single object.

use std::io::Write;

use serde_json::{Value, json};

use crate::cli::config::Config;
use crate::output::document::{ListRenderer, write_member_table};
use crate::output::{Format, OutputOptions};
use crate::transport::error::Error;

pub use crate::commands::document::{document, options, whole};

/// A document with a list member: whole, or one row per element of `list`.
pub fn rows(
    doc: &Value,
    list: &str,
    opts: &OutputOptions,
    out: &mut dyn Write,
) -> Result<(), Error> {
    if whole(opts) {
        return document(doc, opts, out);
    }
    let mut rows = ListRenderer::new(opts.format, list, opts);
    rows.page(doc, out)?;
    rows.finish(out)?;
    out.flush()?;
    Ok(())
}

/// One object: whole, member/value rows (table), one line (jsonl) or one row (csv).
pub fn object(doc: &Value, opts: &OutputOptions, out: &mut dyn Write) -> Result<(), Error> {
    match opts.format {
        _ if whole(opts) => return document(doc, opts, out),
        Format::Table | Format::Wide => write_member_table(doc, opts, out)?,
        Format::Jsonl => {
            serde_json::to_writer(&mut *out, doc).map_err(std::io::Error::from)?;
            writeln!(out)?;
        }
        _ => return rows(&json!({ "Item": [doc] }), "Item", opts, out),
    }
    out.flush()?;
    Ok(())
}

/// The answer of a write: the whole answer for json/yaml/`--query`; for the other formats
/// the new resource's ID alone when the answer has one (`id_member`), else nothing on
/// stdout and `done` on stderr (unless `-q`).
pub fn written(
    answer: &Value,
    id_member: Option<&str>,
    done: &str,
    config: &Config,
    out: &mut dyn Write,
) -> Result<(), Error> {
    let opts = options(config);
    if whole(&opts) {
        return document(answer, &opts, out);
    }
    if let Some(id) = id_member
        .and_then(|m| answer.get(m))
        .and_then(Value::as_str)
    {
        writeln!(out, "{}", crate::transport::error::printable(id))?;
        out.flush()?;
    } else {
        crate::commands::notes(config).status(done);
    }
    Ok(())
}
