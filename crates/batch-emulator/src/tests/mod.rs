//! The emulator's whole-request tests, by concern: each module names what it covers;
//! `support`, `support_http` and `support_world` hold what they share.

mod abuse;
mod advance;
mod answers;
mod auth;
mod catalogue;
mod describe_jobs;
mod exec_local;
mod faults;
mod limiter;
mod limits;
mod log;
mod monitor;
mod parameters;
mod protocol;
mod queue;
mod router;
mod server;
mod settings;
mod simulation;
mod state_file;
mod submit;
mod support;
mod support_http;
mod support_world;
mod variables;
mod writes;
