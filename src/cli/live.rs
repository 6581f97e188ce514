//! The IDs live completion offers (`BATCHCTL_COMPLETE=bash batchctl …`): the arguments
//! name these functions, and the commands layer, which knows how to ask the service,
//! installs what they call ([`install`]) before the command line is completed. So the
//! face names no command and the layers keep pointing one way.

use std::sync::OnceLock;

use clap_complete::engine::CompletionCandidate;

/// What lists each kind of ID.
#[derive(Clone, Copy)]
pub struct Sources {
    pub jobs: fn() -> Vec<CompletionCandidate>,
    pub envs: fn() -> Vec<CompletionCandidate>,
    pub templates: fn() -> Vec<CompletionCandidate>,
    pub tasks: fn() -> Vec<CompletionCandidate>,
}

static SOURCES: OnceLock<Sources> = OnceLock::new();

/// Sets the sources (once; later calls change nothing).
pub fn install(sources: Sources) {
    let _ = SOURCES.set(sources);
}

fn ask(pick: fn(&Sources) -> fn() -> Vec<CompletionCandidate>) -> Vec<CompletionCandidate> {
    SOURCES.get().map_or_else(Vec::new, |s| pick(s)())
}

/// Job IDs; nothing before [`install`].
pub fn jobs() -> Vec<CompletionCandidate> {
    ask(|s| s.jobs)
}

/// Compute environment IDs.
pub fn envs() -> Vec<CompletionCandidate> {
    ask(|s| s.envs)
}

/// Task template IDs.
pub fn templates() -> Vec<CompletionCandidate> {
    ask(|s| s.templates)
}

/// The task names of the job on the line.
pub fn tasks() -> Vec<CompletionCandidate> {
    ask(|s| s.tasks)
}
