//! What the resource commands (`envs`, `templates`, `catalog`) share: one call path,
//! paged listing, and printing an answer.

pub mod call;
pub mod listing;
pub mod sections;
pub mod show;
pub mod wait;
