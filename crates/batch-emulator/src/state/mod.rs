//! The emulator's one world, which every action reads and writes: jobs, their tasks and
//! task instances, compute environments and task templates on a virtual clock.
//!
//! - [`world`]: all jobs, tokens, the fleet, the clock, `--advance` and the state file,
//!   shared by every request thread ([`SharedWorld`]);
//! - [`advance`]: how a listed job moves one state forward when it is polled
//!   (`--advance`);
//! - [`clock`]: virtual time (`--speed`);
//! - [`command`]: what an instance's command does (output, run time, exit status);
//! - [`exec`]: `--exec local`, the real processes that run commands on this machine;
//! - [`job`]: one simulated job's timeline (states, durations, dependences, terminations);
//! - [`synth`]: tasks and instances for a listed job that has only its JobView;
//! - [`project`]: the answers of the job actions, projected from one evaluated job;
//! - [`logs`]: logs as `data:` URLs of their last 2048 bytes;
//! - [`submission`]: the task graph of a SubmitJob `Job` and the simulated job it makes;
//! - [`stories`]: the demo set's simulated jobs, environment and template;
//! - [`queue`]: which instance runs on which node of an environment, and when;
//! - [`envs`], [`templates`], [`fleet`]: compute environments with their nodes and
//!   activities, task templates.

pub mod advance;
pub mod clock;
pub mod command;
pub mod envs;
pub mod exec;
pub mod fleet;
pub mod instances;
pub mod job;
pub mod logs;
pub mod monitor;
pub mod project;
pub mod queue;
pub mod stories;
pub mod submission;
pub mod synth;
pub mod templates;
pub mod world;

pub use clock::{Clock, Hand};
pub use world::{SharedWorld, World};
