//! Domain: what a command asks for and how its answers are gathered — selections of jobs,
//! the pager, waiting, job and request files. Plain values in, plain values out: no clap,
//! no rendering.

pub mod body_file;
pub mod defaults;
pub mod describe;
pub mod input_file;
pub mod jobfile;
pub mod pager;
pub mod params;
pub mod runjob;
pub mod selection;
pub mod shell;
pub mod sweep;
pub mod waiting;
pub mod window;
