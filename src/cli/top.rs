//! The command-line arguments of `batchctl top` (clap).

use std::time::Duration;

use clap::Args;

use crate::cli::{JobSelectors, parse_interval};

const TOP_HELP: &str = "\
Keys: Up/Down (or j/k) move, Enter opens a job's tasks and instances, l an
instance's logs (followed while it runs), w why the job failed, t/r/d
terminate, retry or delete the job after a confirmation (y), / filters the
rows by name or state, ? lists the keys, q or Esc goes back and leaves.

Every refresh and key goes through the same client as the other commands:
paced per action, retried, never above an action's rate limit. top needs a
terminal; in scripts and pipes use `batchctl jobs describe --watch` or
`batchctl jobs wait`.

Examples:
  batchctl top
  batchctl top --state running --state failed --interval 10s
  batchctl --emulator top";

// `top` options: the selectors and paging of `jobs describe`, and the refresh interval.
#[derive(Debug, Args)]
#[command(after_help = TOP_HELP)]
pub struct TopArgs {
    #[command(flatten)]
    pub select: JobSelectors,

    #[command(flatten)]
    pub paging: crate::cli::JobPaging,

    /// Time between refreshes (e.g. 2s, 10s, 1m)
    #[arg(long, value_name = "DURATION", default_value = "5s", value_parser = parse_interval)]
    pub interval: Duration,
}
