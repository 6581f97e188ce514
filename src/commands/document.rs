//! The output options of the commands, decided once from the configuration.

use crate::cli::config::Config;
use crate::output::{Column, OutputOptions};

pub use crate::output::document::{whole, write as document};

/// `-o`, `--query` and colour for a command without `--columns`.
pub fn options(config: &Config) -> OutputOptions {
    job_options(config, None, false)
}

/// `-o`, `--query`, colour, `--columns` and `--no-headers` of a command that lists jobs.
pub fn job_options(
    config: &Config,
    columns: Option<Vec<Column>>,
    no_headers: bool,
) -> OutputOptions {
    OutputOptions::new(config.output, columns, no_headers, config.color)
        .with_query(config.query.clone())
}
