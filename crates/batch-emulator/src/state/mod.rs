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

pub mod clock;
pub mod command;
pub mod envs;
pub mod fleet;
pub mod job;
pub mod logs;
pub mod project;
pub mod synth;
pub mod templates;
pub mod world;

pub use clock::{Clock, Hand};
pub use world::World;
pub mod stories;

use crate::{Config, Error};

/// The world `config` asks for: loaded from its state file when that exists, else its
/// jobs (and the demo stories), on a clock at its speed.
pub fn world_for(config: &Config) -> Result<World, Error> {
    let speed = config
        .speed
        .unwrap_or(if config.advance { 0.0 } else { 1.0 });
    let clock = Clock::system(speed);
    if let Some(path) = &config.state_file
        && let Some(world) = World::load(path, clock.clone())?
    {
        return Ok(world);
    }
    let mut world = World::new(config.jobs.clone(), clock);
    if config.stories {
        stories::add(&mut world);
    }
    if let Some(path) = &config.state_file {
        world.keep_in(path.clone());
        world.save().map_err(|e| match e {
            Error::Internal(m) | Error::Usage(m) => Error::Usage(m),
        })?;
    }
    Ok(world)
}
