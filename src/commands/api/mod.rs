//! `batchctl api`: the whole Batch API from the model's tables.
use crate::cli::ApiArgs;
use crate::config::Config;
use crate::error::Error;

pub fn run(_config: &Config, _args: &ApiArgs) -> Result<(), Error> {
    Ok(())
}
