//! Printing an answer as one whole document (json pretty, yaml, or the results of
//! `--query`), and the output options of the commands without job columns.

use std::io::Write;

use serde_json::Value;

use crate::cli::config::Config;
use crate::output::document::write_yaml;
use crate::output::{Format, OutputOptions};
use crate::transport::error::Error;

/// `-o`, `--query` and colour for a command without `--columns`.
pub fn options(config: &Config) -> OutputOptions {
    OutputOptions::new(config.output, None, false, config.color).with_query(config.query.clone())
}

/// True when the output is one whole document: json, yaml, or anything under `--query`.
pub fn whole(opts: &OutputOptions) -> bool {
    opts.query.is_some() || matches!(opts.format, Format::Json | Format::Yaml)
}

/// The whole document as json (pretty), yaml, or the results of `--query`.
pub fn document(doc: &Value, opts: &OutputOptions, out: &mut dyn Write) -> Result<(), Error> {
    if let Some(query) = &opts.query {
        query.run(doc, out)?;
    } else if opts.format == Format::Yaml {
        write_yaml(doc, out)?;
    } else {
        serde_json::to_writer_pretty(&mut *out, doc).map_err(std::io::Error::from)?;
        writeln!(out)?;
    }
    out.flush()?;
    Ok(())
}
