//! The emulator's world: jobs, their tasks and task instances on a virtual clock.
//!
//! - [`clock`]: virtual time (`--speed`);
//! - [`command`]: what an instance's command does (output, run time, exit status);
//! - [`job`]: one simulated job's timeline (states, durations, dependences, terminations);
//! - [`synth`]: tasks and instances for a listed job that has only its JobView;
//! - [`project`]: the answers of the job actions, projected from one evaluated job;
//! - [`logs`]: logs as `data:` URLs of their last 2048 bytes;
//! - [`envs`], [`templates`], [`fleet`]: compute environments with their nodes and
//!   activities, task templates;
//! - [`world`]: all jobs, tokens, the clock and the state file.

pub mod advance;
pub mod clock;
pub mod command;
pub mod envs;
pub mod fleet;
pub mod job;
pub mod logs;
pub mod project;
pub mod stories;
pub mod submission;
pub mod synth;
pub mod templates;
pub mod world;

pub use clock::{Clock, Hand};
pub use world::{SharedWorld, World};
