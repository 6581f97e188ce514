//! `batchctl jobs wait`: polls the unfinished jobs (paced and retried by the client, 100
//! IDs per request) until each is terminal, shows progress on stderr, prints the final
//! jobs on stdout, and exits by outcome: 0 all succeeded, 7 some failed, 8 `--max-wait`
//! passed, 3 an unknown ID, 4 a service error that retrying cannot fix, 130 on Ctrl-C.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crate::cli::WaitArgs;
use crate::cli::config::Config;
use crate::domain::selection;
use crate::domain::waiting::{Tracker, Verdict};
use crate::output::progress::Progress;
use crate::output::{self, Summary};
use crate::transport::envelope::{self, DescribeJobsRequest};
use crate::transport::error::Error;
use crate::transport::invoke::Invocation;

pub fn run(config: &Config, args: &WaitArgs) -> Result<(), Error> {
    let ids = selection::collect_job_ids(&args.job_ids, &mut io::stdin().lock())?;
    let session = crate::commands::Session::open(config)?;
    wait_for(config, &session, args, &ids, true)
}

/// Waits for `ids` on an open session (so `jobs submit --wait` keeps its emulator);
/// `print`: the final jobs on stdout, as `jobs wait` prints them.
pub fn wait_for(
    config: &Config,
    session: &crate::commands::Session,
    args: &WaitArgs,
    ids: &[String],
    print: bool,
) -> Result<(), Error> {
    let ids = ids.to_vec();
    let options =
        crate::commands::document::job_options(config, args.columns.clone(), args.no_headers);
    let quiet = config.quiet;
    let client = &session.client;

    if config.dry_run {
        let mut out = io::stdout().lock();
        for (i, chunk) in ids.chunks(envelope::MAX_PAGE as usize).enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            Invocation::describe_jobs(&poll_request(chunk))?.write_dry_run(client, &mut out)?;
        }
        return Ok(());
    }

    let interrupted = on_ctrl_c();
    let mut tracker = Tracker::new(&ids);
    let mut progress = Progress::new(
        &tracker,
        quiet,
        io::stderr().is_terminal(),
        config.color_stderr,
    )
    .with_interval(args.interval);
    let started = Instant::now();
    let deadline = (!args.max_wait.is_zero()).then(|| started + args.max_wait);
    // The poll in flight is cut at the deadline and on the first Ctrl-C.
    client.set_deadline(deadline);
    client.cancel_on(interrupted.clone());
    let mut checked_unknown = false;
    let mut last_request_id = String::new();

    let verdict = loop {
        let mut complete_round = true;
        for chunk in tracker.unfinished().chunks(envelope::MAX_PAGE as usize) {
            if interrupted.load(Ordering::SeqCst) {
                progress.finish();
                return Err(Error::Interrupted);
            }
            match Invocation::describe_jobs(&poll_request(chunk)).and_then(|i| i.jobs_page(client))
            {
                Ok(page) => {
                    last_request_id = page.request_id.clone();
                    let changes = tracker.update(&page.jobs);
                    progress.update(&tracker, &changes);
                }
                Err(e) if e.is_retryable() => {
                    complete_round = false;
                    // A poll cut short by --max-wait is no failure: the wait ends below.
                    if deadline.is_none_or(|d| Instant::now() < d) {
                        progress.warn(&format!("poll failed, still waiting: {}", e.first_line()));
                    }
                }
                Err(e) => {
                    progress.finish();
                    return Err(e);
                }
            }
        }
        // After the first complete poll, an ID the service did not return is unknown.
        if complete_round && !checked_unknown {
            checked_unknown = true;
            let unknown = tracker.never_seen();
            if !unknown.is_empty() {
                progress.finish();
                return Err(Error::NotFound(unknown));
            }
        }
        if let Some(verdict) = tracker.verdict() {
            break Some(verdict);
        }
        if args.fail_fast {
            let failed = tracker.failed_so_far();
            if !failed.is_empty() {
                break Some(Verdict::Failed(failed));
            }
        }
        let now = Instant::now();
        if deadline.is_some_and(|d| now >= d) {
            break None;
        }
        let interval = poll_interval(config, args.interval);
        let wake = deadline.map_or(now + interval, |d| d.min(now + interval));
        // A closed stdout does not end the wait: its exit status is the outcome, which a
        // script may read whatever became of the output.
        if !sleep_until(wake, &interrupted) {
            progress.finish();
            return Err(Error::Interrupted);
        }
    };
    progress.finish();

    let views = tracker.views();
    if !print {
        return outcome(verdict, &tracker, args);
    }
    let mut renderer = output::renderer(&options, Box::new(BufWriter::new(io::stdout().lock())));
    let printed = renderer.page(&views).and_then(|()| {
        renderer.finish(&Summary {
            total_count: views.len() as u64,
            request_id: last_request_id,
        })
    });
    drop(renderer);
    // A closed stdout pipe loses nothing the reader wanted; the outcome still sets the status.
    match printed {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => return Err(e.into()),
        _ => {}
    }
    outcome(verdict, &tracker, args)
}

/// The exit of a wait: 0, 7 (a job failed) or 8 (`--max-wait` passed).
fn outcome(verdict: Option<Verdict>, tracker: &Tracker, args: &WaitArgs) -> Result<(), Error> {
    match verdict {
        Some(Verdict::Succeeded) => Ok(()),
        Some(Verdict::Failed(failed)) => Err(Error::JobsFailed(failed)),
        None => Err(Error::WaitTimedOut {
            waited: crate::transport::duration::human(args.max_wait),
            unfinished: tracker
                .jobs
                .iter()
                .filter(|j| !j.is_finished())
                .map(|j| {
                    let state = match j.state() {
                        "" => "unknown".to_string(),
                        state => crate::transport::error::printable(state),
                    };
                    format!("{} ({state})", j.id)
                })
                .collect(),
        }),
    }
}

fn poll_request(ids: &[String]) -> DescribeJobsRequest {
    DescribeJobsRequest {
        job_ids: Some(ids.to_vec()),
        limit: Some(ids.len() as u64),
        ..Default::default()
    }
}

/// The first Ctrl-C asks the loop to stop cleanly (the flag); a second one clears any
/// progress line and ends the process at once (`jobs wait`, `run`).
pub(crate) fn on_ctrl_c() -> Arc<AtomicBool> {
    let flag = Arc::new(AtomicBool::new(false));
    let handler_flag = flag.clone();
    let _ = ctrlc::set_handler(move || {
        if handler_flag.swap(true, Ordering::SeqCst) {
            crate::output::progress::clear_stale_line();
            std::process::exit(130);
        }
    });
    flag
}

/// Sleeps until `wake`, waking early on Ctrl-C; false when interrupted.
fn sleep_until(wake: Instant, interrupted: &AtomicBool) -> bool {
    loop {
        if interrupted.load(Ordering::SeqCst) {
            return false;
        }
        let now = Instant::now();
        if now >= wake {
            return true;
        }
        std::thread::sleep((wake - now).min(Duration::from_millis(50)));
    }
}

/// The time between polls: as asked, but at most 200 ms against the in-process emulator
/// (`--emulator`), whose clock runs fast, so an offline `--wait` ends in about a second.
pub fn poll_interval(config: &Config, asked: Duration) -> Duration {
    if config.emulator {
        asked.min(Duration::from_millis(200))
    } else {
        asked
    }
}
