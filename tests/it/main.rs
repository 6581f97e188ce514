//! The integration tests, as one test binary: each file here is a module of it, so the
//! product is linked once for all of them instead of once per file (as ripgrep, uv and
//! jj do). Shared helpers are in `common`; fixtures stay in `tests/fixtures/`.
//!
//! A new file must be declared below.

mod common;

mod adopt_tables;
mod api_emulator;
mod api_examples;
mod api_pacing;
mod api_params;
mod api_retries;
mod catalog;
mod completions;
mod credentials;
mod decoder_props;
mod describe_errors;
mod describe_output;
mod describe_selection;
mod emulator_serve;
mod envs_commands;
mod envs_loop;
mod help;
mod hostile;
mod jobs_act;
mod jobs_loop;
mod jobs_read;
mod jobs_submit;
mod man;
mod manners;
mod notes;
mod output_query;
mod output_yaml;
mod readme;
mod resilience;
mod signing_vectors;
mod table_fit;
mod templates_commands;
mod wait;
mod wait_manners;
