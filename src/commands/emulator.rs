//! `batchctl emulator serve`: runs the local emulator in the foreground.

use std::io::Write;

use crate::cli::{GlobalArgs, ServeArgs};
use crate::emulator::{self, Config};
use crate::error::Error;

pub fn serve(global: &GlobalArgs, args: &ServeArgs) -> Result<(), Error> {
    let jobs = match (&args.jobs, args.generate) {
        (Some(path), _) => emulator::load_jobs(path)?,
        (None, Some(n)) => emulator::generate_jobs(n),
        (None, None) => emulator::demo_jobs(),
    };
    let count = jobs.len();
    let handle = emulator::start(Config {
        listen: args.listen.clone(),
        jobs,
        log: args.log.clone(),
        quiet: global.quiet,
    })?;
    // The first line is machine-readable: tests and scripts read the endpoint from it.
    let mut out = std::io::stdout().lock();
    writeln!(out, "batchctl emulator listening on {}", handle.endpoint)?;
    writeln!(
        out,
        "serving {count} jobs; it accepts these demo credentials:"
    )?;
    writeln!(out, "  export BATCHCTL_ENDPOINT={}", handle.endpoint)?;
    writeln!(
        out,
        "  export TENCENTCLOUD_SECRET_ID={}",
        emulator::DEMO_SECRET_ID
    )?;
    writeln!(
        out,
        "  export TENCENTCLOUD_SECRET_KEY={}",
        emulator::DEMO_SECRET_KEY
    )?;
    out.flush()?;
    drop(out);
    handle.wait();
    Ok(())
}
