//! Progress of `jobs wait` on stderr: a live display with one line per job on a terminal
//! (indicatif), one plain line per state change otherwise, nothing with `-q`.

use std::time::{Duration, Instant};

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::error::printable;
use crate::output::table::{duration_text, tasks_text};
use crate::waiting::{Change, Tracker};

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
                        crate::duration::human(started.elapsed())
                    );
                }
            }
            Progress::Live { bars, .. } => {
                for (job, bar) in tracker.jobs.iter().zip(bars.iter()) {
                    let Some(view) = &job.view else { continue };
                    let line = format!(
                        "{}  {:<18}  tasks {:<24}  {}",
                        job.id,
                        printable(job.state()),
                        tasks_text(view),
                        duration_text(view, now)
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
        match self {
            Progress::Quiet => {}
            Progress::Plain { .. } => eprintln!("batchctl: warning: {message}"),
            Progress::Live { multi, .. } => {
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
        if let Progress::Live { bars, .. } = self {
            for bar in bars.iter().filter(|b| !b.is_finished()) {
                bar.abandon();
            }
            // indicatif leaves the cursor at the end of the last line: what comes next (the
            // table, an error) must start on a line of its own. Once only.
            if !bars.is_empty() {
                bars.clear();
                let _ = std::io::Write::write_all(&mut std::io::stderr(), b"\n");
            }
        }
    }
}
