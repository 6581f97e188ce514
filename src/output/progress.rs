//! Progress on stderr: `jobs wait`'s live display with one line per job on a terminal
//! (indicatif), one plain line per state change otherwise, nothing with `-q`; pages read
//! by `--all` (terminal only); and the retry notes every command prints.

use std::time::{Duration, Instant};

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::domain::waiting::{Change, Tracker};
use crate::output::table::{duration_text, tasks_text};
use crate::transport::error::printable;

/// Where progress goes.
pub enum Progress {
    Quiet,
    /// One line per state change, for logs and CI transcripts.
    Plain {
        started: Instant,
    },
    /// A line per job, redrawn in place.
    Live {
        multi: MultiProgress,
        bars: Vec<ProgressBar>,
    },
    /// More jobs than the terminal has rows: the failed jobs printed above (failed first,
    /// as they fail), then one summary line redrawn in place: done, running, failed, next poll.
    Summary {
        multi: MultiProgress,
        bar: ProgressBar,
        interval: Duration,
        failed_shown: std::collections::HashSet<String>,
    },
}

/// The rows of the terminal stderr is on: `LINES` when set, else its size, else 24.
fn terminal_rows() -> usize {
    if let Some(lines) = std::env::var("LINES")
        .ok()
        .and_then(|l| l.trim().parse::<usize>().ok())
        .filter(|l| *l > 0)
    {
        return lines;
    }
    terminal_size::terminal_size_of(std::io::stderr())
        .map(|(_, terminal_size::Height(h))| usize::from(h))
        .filter(|h| *h > 0)
        .unwrap_or(24)
}

/// `  instances 37/100` from the job's TaskInstanceMetrics (instances ended of all counted),
/// empty when the answer has none: a task count alone hides how far a wide task is.
pub fn instances_text(job: &serde_json::Value) -> String {
    let Some(metrics) = job
        .get("TaskInstanceMetrics")
        .and_then(serde_json::Value::as_object)
    else {
        return String::new();
    };
    let count = |key: &str| {
        metrics
            .get(key)
            .and_then(serde_json::Value::as_u64)
            .unwrap_or(0)
    };
    let total = metrics
        .values()
        .filter_map(serde_json::Value::as_u64)
        .fold(0u64, u64::saturating_add);
    if total == 0 {
        return String::new();
    }
    let ended = ["SucceedCount", "FailedCount", "FailedInterruptedCount"]
        .into_iter()
        .map(count)
        .fold(0u64, u64::saturating_add);
    format!("  instances {ended}/{total}")
}

/// `3 done, 10 running, 2 failed; next poll in 10s`.
pub fn summary_line(counts: crate::domain::waiting::Counts, next_poll: Duration) -> String {
    format!(
        "{} done, {} running, {} failed; next poll in {}",
        counts.done,
        counts.running,
        counts.failed,
        crate::transport::duration::human(next_poll)
    )
}

impl Progress {
    /// `live` when stderr is a terminal; `color` unless `--no-color` or `NO_COLOR`.
    pub fn new(tracker: &Tracker, quiet: bool, live: bool, color: bool) -> Progress {
        if quiet {
            return Progress::Quiet;
        }
        if !live {
            return Progress::Plain {
                started: Instant::now(),
            };
        }
        let multi = MultiProgress::with_draw_target(ProgressDrawTarget::stderr());
        if tracker.jobs.len() + 1 > terminal_rows() {
            let bar = multi.add(ProgressBar::new_spinner());
            bar.set_message(format!("waiting for {} jobs", tracker.jobs.len()));
            bar.enable_steady_tick(Duration::from_millis(120));
            return Progress::Summary {
                multi,
                bar,
                interval: Duration::from_secs(10),
                failed_shown: Default::default(),
            };
        }
        let template = if color {
            "{spinner:.cyan} {msg}"
        } else {
            "{spinner} {msg}"
        };
        let style = ProgressStyle::with_template(template)
            .unwrap_or_else(|_| ProgressStyle::default_spinner());
        let bars = tracker
            .jobs
            .iter()
            .map(|job| {
                let bar = multi.add(ProgressBar::new_spinner().with_style(style.clone()));
                bar.set_message(format!("{}  waiting for the first answer", job.id));
                bar.enable_steady_tick(Duration::from_millis(120));
                bar
            })
            .collect();
        Progress::Live { multi, bars }
    }

    /// The time between polls, for the summary's "next poll".
    pub fn with_interval(mut self, every: Duration) -> Progress {
        if let Progress::Summary { interval, .. } = &mut self {
            *interval = every;
        }
        self
    }

    /// Shows the jobs after a poll.
    pub fn update(&mut self, tracker: &Tracker, changes: &[Change]) {
        let now = chrono::Utc::now();
        match self {
            Progress::Quiet => {}
            Progress::Plain { started } => {
                for change in changes {
                    let Some(job) = tracker.jobs.iter().find(|j| j.id == change.id) else {
                        continue;
                    };
                    let tasks = job.view.as_ref().map(tasks_text).unwrap_or_default();
                    let (from, to) = (printable(&change.from), printable(&change.to));
                    let arrow = if from.is_empty() {
                        to
                    } else {
                        format!("{from} -> {to}")
                    };
                    eprintln!(
                        "batchctl: {}: {arrow}{} (after {})",
                        change.id,
                        if tasks.is_empty() {
                            String::new()
                        } else {
                            format!(", tasks {tasks}")
                        },
                        crate::transport::duration::human(started.elapsed())
                    );
                }
            }
            Progress::Summary {
                multi,
                bar,
                interval,
                failed_shown,
            } => {
                for job in &tracker.jobs {
                    if job.is_finished()
                        && job.state() != "SUCCEED"
                        && failed_shown.insert(job.id.clone())
                    {
                        let tasks = job.view.as_ref().map(tasks_text).unwrap_or_default();
                        let line =
                            format!("✗ {}  {}  tasks {tasks}", job.id, printable(job.state()));
                        if multi.println(&line).is_err() {
                            eprintln!("{line}");
                        }
                    }
                }
                bar.set_message(summary_line(tracker.counts(), *interval));
            }
            Progress::Live { bars, .. } => {
                for (job, bar) in tracker.jobs.iter().zip(bars.iter()) {
                    let Some(view) = &job.view else { continue };
                    let line = format!(
                        "{}  {:<18}  tasks {:<24}  {}{}",
                        job.id,
                        printable(job.state()),
                        tasks_text(view),
                        duration_text(view, now),
                        instances_text(view)
                    );
                    if job.is_finished() && !bar.is_finished() {
                        let mark = if job.state() == "SUCCEED" {
                            "✓"
                        } else {
                            "✗"
                        };
                        bar.set_style(
                            ProgressStyle::with_template("{msg}")
                                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
                        );
                        bar.finish_with_message(format!("{mark} {line}"));
                    } else if !bar.is_finished() {
                        bar.set_message(line);
                    }
                }
            }
        }
    }

    /// A warning that must not garble the live display.
    pub fn warn(&self, message: &str) {
        let message = super::terminal::for_stderr(message);
        match self {
            Progress::Quiet => {}
            Progress::Plain { .. } => eprintln!("batchctl: warning: {message}"),
            Progress::Live { multi, .. } | Progress::Summary { multi, .. } => {
                if multi
                    .println(format!("batchctl: warning: {message}"))
                    .is_err()
                {
                    eprintln!("batchctl: warning: {message}");
                }
            }
        }
    }

    /// Leaves the terminal clean, each live line showing its job's last known state
    /// (also on Ctrl-C, so the user sees where things stood).
    pub fn finish(&mut self) {
        match self {
            Progress::Live { bars, .. } => {
                for bar in bars.iter().filter(|b| !b.is_finished()) {
                    bar.abandon();
                }
                // indicatif leaves the cursor at the end of the last line: what comes next
                // (the table, an error) must start on a line of its own. Once only.
                if !bars.is_empty() {
                    bars.clear();
                    let _ = std::io::Write::write_all(&mut std::io::stderr(), b"\n");
                }
            }
            Progress::Summary { bar, .. } if !bar.is_finished() => {
                bar.abandon();
                let _ = std::io::Write::write_all(&mut std::io::stderr(), b"\n");
            }
            _ => {}
        }
    }
}

/// Whether a line was drawn in place on stderr and not yet cleared: a Ctrl-C handler
/// calls [`clear_stale_line`] so that no stale progress line is left behind.
static LINE_SHOWN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Clears a progress line left on stderr (for a Ctrl-C handler; harmless otherwise).
pub fn clear_stale_line() {
    if LINE_SHOWN.swap(false, std::sync::atomic::Ordering::SeqCst) {
        eprint!("\r\x1b[2K");
    }
}

/// Draws `text` as the one status line on stderr (a terminal's), replacing the last;
/// [`clear_stale_line`] removes it.
pub fn draw_status_line(text: &str) {
    use std::io::Write;
    let mut err = std::io::stderr().lock();
    let _ = write!(err, "\r\x1b[2K{text}");
    let _ = err.flush();
    LINE_SHOWN.store(true, std::sync::atomic::Ordering::SeqCst);
}

/// `--all` and multi-page reads: `batchctl: reading page 3 of 20 (200 of 1942 jobs)`
/// redrawn in place on a terminal's stderr; never when stderr is piped, never with `-q`.
/// Cleared when done or dropped, so the output that follows starts on a clean line.
pub struct PageProgress {
    enabled: bool,
    noun: &'static str,
    pages: u64,
    items: u64,
    /// Where the reading starts in the whole list, and at most how many it reads.
    offset: u64,
    limit: Option<u64>,
}

impl PageProgress {
    /// Shown only when stderr is a terminal and not `quiet`.
    pub fn new(quiet: bool, noun: &'static str) -> PageProgress {
        use std::io::IsTerminal;
        let enabled = !quiet && std::io::stderr().is_terminal();
        if enabled {
            // Ctrl-C must not leave the line behind. Commands with their own handler (jobs
            // wait) keep it: set_handler then fails, and their handler clears the line.
            let _ = ctrlc::set_handler(|| {
                clear_stale_line();
                eprintln!("batchctl: error: interrupted");
                std::process::exit(130);
            });
        }
        PageProgress {
            enabled,
            noun,
            pages: 0,
            items: 0,
            offset: 0,
            limit: None,
        }
    }

    /// The reading starts at `offset` and stops after `limit` items (`--offset`,
    /// `--limit`): the pages counted are those it will read, not the whole list's.
    pub fn reading(mut self, offset: u64, limit: Option<u64>) -> PageProgress {
        self.offset = offset;
        self.limit = limit;
        self
    }

    /// After a page of `received` items, of `total` in the whole list, at `page_size` a page.
    pub fn page(&mut self, received: u64, total: u64, page_size: u64) {
        self.pages += 1;
        self.items += received;
        if !self.enabled {
            return;
        }
        let (of_pages, of_items) = to_read(total, self.offset, self.limit, page_size);
        let of_pages = of_pages.max(self.pages);
        if of_pages <= 1 {
            return;
        }
        eprint!(
            "\r\x1b[2K{}",
            page_line(
                self.pages,
                of_pages,
                self.items,
                of_items.max(self.items),
                self.noun
            )
        );
        LINE_SHOWN.store(true, std::sync::atomic::Ordering::SeqCst);
    }

    /// Clears the line.
    pub fn finish(&mut self) {
        if self.enabled {
            clear_stale_line();
        }
    }
}

impl Drop for PageProgress {
    fn drop(&mut self) {
        self.finish();
    }
}

/// How many pages, and items, a reading from `offset` of at most `limit` items will read
/// of a list of `total`, at `page_size` a page.
pub fn to_read(total: u64, offset: u64, limit: Option<u64>, page_size: u64) -> (u64, u64) {
    let items = total.saturating_sub(offset).min(limit.unwrap_or(u64::MAX));
    (items.div_ceil(page_size.max(1)), items)
}

/// `batchctl: reading page 3 of 20 (300 of 1942 jobs)`.
pub fn page_line(page: u64, of: u64, items: u64, total: u64, noun: &str) -> String {
    format!("batchctl: reading page {page} of {of} ({items} of {total} {noun})")
}

/// `batchctl: note: RequestLimitExceeded, retrying in 1.2s (attempt 2 of 4)`.
pub fn retry_note(reason: &str, wait: Duration, next_attempt: u32, max: u32) -> String {
    format!(
        "batchctl: note: {reason}, retrying in {:.1}s (attempt {next_attempt} of {max})",
        wait.as_secs_f64()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instances_count_the_ended_of_all_when_the_answer_has_them() {
        let job = serde_json::json!({"TaskInstanceMetrics": {"SucceedCount": 30,
            "FailedCount": 5, "FailedInterruptedCount": 2, "RunningCount": 13, "PendingCount": 50}});
        assert_eq!(instances_text(&job), "  instances 37/100");
        assert_eq!(instances_text(&serde_json::json!({"JobId": "job-1"})), "");
    }

    #[test]
    fn the_summary_says_done_running_failed_and_next_poll() {
        let counts = crate::domain::waiting::Counts {
            done: 3,
            running: 10,
            failed: 2,
        };
        assert_eq!(
            summary_line(counts, Duration::from_secs(10)),
            "3 done, 10 running, 2 failed; next poll in 10s"
        );
    }

    #[test]
    fn the_pages_counted_are_those_that_will_be_read() {
        // `jobs describe --limit 2` of 44 jobs reads one page of 2, not "page 1 of 22".
        assert_eq!(to_read(44, 0, Some(2), 2), (1, 2));
        assert_eq!(to_read(44, 0, None, 10), (5, 44));
        assert_eq!(to_read(1942, 0, Some(250), 100), (3, 250));
        assert_eq!(to_read(1942, 1900, Some(250), 100), (1, 42));
        assert_eq!(to_read(10, 20, None, 100), (0, 0));
    }

    #[test]
    fn pages_read_of_how_many() {
        assert_eq!(
            page_line(3, 20, 300, 1942, "jobs"),
            "batchctl: reading page 3 of 20 (300 of 1942 jobs)"
        );
        let mut quiet = PageProgress::new(true, "jobs");
        quiet.page(100, 1942, 100);
        assert_eq!((quiet.pages, quiet.items), (1, 100));
        assert!(!quiet.enabled);
    }

    #[test]
    fn the_retry_note_says_why_when_and_which_attempt() {
        assert_eq!(
            retry_note("RequestLimitExceeded", Duration::from_millis(1200), 2, 4),
            "batchctl: note: RequestLimitExceeded, retrying in 1.2s (attempt 2 of 4)"
        );
    }
}
