//! `batchctl jobs describe`: selection → pages → renderer, then the notes and the exit
//! code (3 when a requested job ID was not found).

use std::io::{self, BufWriter, Write};

use crate::cli::DescribeArgs;
use crate::cli::config::Config;
use crate::domain::describe;
use crate::domain::selection::{Asked, Selection};
use crate::output::{self, Format, Summary};
use crate::transport::error::Error;
use crate::transport::invoke::Invocation;
use crate::transport::notes::Notes;

/// The plain request of `jobs describe`'s options.
pub fn asked(args: &DescribeArgs) -> Asked {
    let s = &args.select;
    Asked {
        job_ids: s.job_ids.clone(),
        name: s.name.clone(),
        state: s.state.clone(),
        zone: s.zone.clone(),
        tag: s.tag.clone(),
        tag_key: s.tag_key.clone(),
        tag_value: s.tag_value.clone(),
        filter: s.filter.clone(),
        limit: args.paging.limit,
        all: args.paging.all,
        offset: args.paging.offset,
        page_size: args.paging.page_size,
        window: crate::domain::window::Window {
            since: s.since,
            until: s.until,
        },
    }
}

pub fn run(config: &Config, args: &DescribeArgs) -> Result<(), Error> {
    let selection = Selection::from_asked(&asked(args), &mut io::stdin().lock())?;
    let options =
        crate::commands::document::job_options(config, args.columns.clone(), args.no_headers);
    let quiet = config.quiet;
    if args.columns.is_some() && matches!(config.output, Format::Json | Format::Jsonl) {
        crate::commands::notes(config)
            .warning("--columns applies to table and csv output; json and jsonl keep every field");
    }
    let session = crate::commands::Session::open(config)?;

    if config.dry_run {
        return dry_run(&session, &selection);
    }

    let stdout = io::stdout();
    let mut renderer = output::renderer(&options, Box::new(BufWriter::new(stdout.lock())));
    // Cleared before each page is written, so streamed rows never share its line.
    let (page_size, offset, limit) = match &selection {
        Selection::Query {
            page_size,
            offset,
            limit,
            ..
        } => (*page_size, *offset, *limit),
        Selection::Ids { chunk, .. } => (*chunk, 0, None),
    };
    let progress = std::cell::RefCell::new(
        crate::output::progress::PageProgress::new(quiet, "jobs").reading(offset, limit),
    );
    // With --watch, the jobs printed are remembered: later polls print what changed.
    let mut known = crate::commands::jobs::watch::Known::new();
    let mut outcome = describe::fetch(
        &selection,
        |req| {
            let page = Invocation::describe_jobs(req).and_then(|i| i.jobs_page(&session.client));
            if let (Ok(page), Selection::Query { .. }) = (&page, &selection) {
                progress
                    .borrow_mut()
                    .page(page.jobs.len() as u64, page.total_count, page_size);
            }
            page
        },
        |jobs| {
            progress.borrow_mut().finish();
            if args.watch {
                crate::commands::jobs::watch::record(&mut known, jobs);
            }
            renderer.page(jobs)
        },
    );
    progress.borrow_mut().finish();
    // Whatever arrived before an error is still printed: nothing is lost. When nothing
    // arrived at all, stdout stays empty rather than holding an empty document.
    if !outcome.pipe_closed && (outcome.error.is_none() || outcome.pages > 0) {
        let finished = renderer.finish(&Summary {
            total_count: outcome.total_count,
            request_id: outcome.request_id.clone(),
        });
        match finished {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => outcome.pipe_closed = true,
            other => other?,
        }
    }
    drop(renderer);

    if let Some(e) = outcome.error {
        if outcome.printed > 0 && !outcome.pipe_closed {
            session.client.notes().note(&format!(
                "{} jobs were printed before the error below",
                outcome.printed
            ));
        }
        return Err(e);
    }
    // A closed pipe ends quietly, but a job ID that was not found still sets the status.
    if !outcome.pipe_closed {
        tell(session.client.notes(), &selection, &outcome, config.output);
    }
    if !outcome.missing.is_empty() {
        return Err(Error::NotFound(outcome.missing));
    }
    if args.watch && !outcome.pipe_closed {
        let interval = crate::commands::jobs::wait::poll_interval(config, args.interval);
        let mut out = io::stdout().lock();
        return crate::commands::jobs::watch::run(
            &session.client,
            &selection,
            config.output,
            interval,
            known,
            &mut out,
        );
    }
    Ok(())
}

/// Prints the signed request(s) instead of sending them.
fn dry_run(session: &crate::commands::Session, selection: &Selection) -> Result<(), Error> {
    let mut out = io::stdout().lock();
    for (i, req) in describe::planned_requests(selection).iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        Invocation::describe_jobs(req)?.write_dry_run(&session.client, &mut out)?;
    }
    out.flush()?;
    let more_pages = match selection {
        Selection::Query {
            limit, page_size, ..
        } => limit.is_none_or(|l| l > *page_size),
        Selection::Ids { .. } => false,
    };
    if more_pages {
        session.client.notes().note(
            "dry run: only the first page's request is shown; later pages depend on its answer",
        );
    }
    Ok(())
}

/// Tells on stderr when fewer jobs were printed than match, and how to get the rest.
fn tell(notes: &dyn Notes, selection: &Selection, outcome: &describe::Outcome, format: Format) {
    let Selection::Query {
        offset,
        limit,
        window,
        ..
    } = selection
    else {
        return;
    };
    let total = outcome.total_count;
    if !window.is_open() {
        // The service's total counts jobs outside the window: only what was read is told.
        if outcome.ended_at_since {
            notes.note(&format!(
                "stopped paging at the first job created before --since (jobs come newest first): {} pages read",
                outcome.pages
            ));
        }
        if let Some(why) = &outcome.stopped_early {
            notes.note(&format!(
                "stopped paging: {why}; printed {} jobs",
                outcome.printed
            ));
        }
        if limit.is_some_and(|l| outcome.printed >= l) {
            notes.note(&format!(
                "printed the first {} jobs in the time window; use --all for every one, or --limit N",
                outcome.printed
            ));
        } else if outcome.printed == 0 && format == Format::Table {
            notes.note("no jobs found in the time window");
        }
        return;
    }
    if let Some(why) = &outcome.stopped_early {
        notes.note(&format!(
            "stopped paging: {why}; printed {} jobs",
            outcome.printed
        ));
    }
    if let Some(before) = outcome.total_changed_from {
        notes.note(&format!(
            "the list changed while paging (TotalCount went from {before} to {total}): jobs may have moved between pages; run again to check"
        ));
    }
    if outcome.printed < total {
        let shown_to = offset.saturating_add(outcome.printed);
        let range = match outcome.printed {
            0 => "no jobs".to_string(),
            _ => format!("jobs {} to {shown_to}", offset + 1),
        };
        let how = if outcome.printed == 0 && *offset < total {
            "the service listed none of them".to_string()
        } else if *offset >= total {
            format!("--offset {offset} is past the last one")
        } else if shown_to < total && limit.is_some() {
            format!("use --all for every job, or --offset {shown_to} for the next ones")
        } else if *offset > 0 {
            "drop --offset to start from the first".to_string()
        } else {
            "run again to check".to_string()
        };
        notes.note(&format!("printed {range} of {total} matching; {how}"));
        return;
    }
    if outcome.printed == 0 && total == 0 && format == Format::Table {
        notes.note("no jobs found");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transport::error::Error;
    use clap::Parser;

    fn describe(args: &[&str]) -> DescribeArgs {
        let cli =
            crate::cli::Cli::try_parse_from(["batchctl", "jobs", "describe"].iter().chain(args))
                .unwrap();
        match cli.command {
            crate::cli::Command::Jobs(crate::cli::JobsCommand::Describe(d)) => d,
            _ => unreachable!(),
        }
    }

    fn select(args: &[&str], stdin: &str) -> Result<Selection, Error> {
        Selection::from_asked(&asked(&describe(args)), &mut stdin.as_bytes())
    }

    #[test]
    fn ids_from_flags_and_stdin_are_deduplicated_in_order() {
        let s = select(
            &["--job-id", "job-bbbbbbbb,-", "--job-id", "job-aaaaaaaa"],
            "job-cccccccc\njob-bbbbbbbb job-aaaaaaaa\n",
        )
        .unwrap();
        assert_eq!(
            s,
            Selection::Ids {
                ids: vec![
                    "job-bbbbbbbb".into(),
                    "job-cccccccc".into(),
                    "job-aaaaaaaa".into()
                ],
                chunk: 100
            }
        );
    }

    #[test]
    fn a_malformed_id_on_stdin_is_a_usage_error_naming_it() {
        let err = select(&["--job-id", "-"], "job-aaaaaaaa nope").unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(err.to_string().contains("'nope'"), "{err}");
        assert_eq!(
            select(&["--job-id", "-"], " \n").unwrap_err().exit_code(),
            2
        );
    }

    #[test]
    fn repeated_flags_or_values_and_different_flags_and_them() {
        let Selection::Query { filters, .. } = select(
            &[
                "--state",
                "running",
                "--state",
                "failed",
                "--tag",
                "env=prod",
                "--tag",
                "team=a",
                "--tag",
                "env=dev",
                "--filter",
                "job-id=job-aaaaaaaa",
                "--filter",
                "job-id=job-bbbbbbbb",
            ],
            "",
        )
        .unwrap() else {
            panic!()
        };
        let got: Vec<(String, Vec<String>)> =
            filters.into_iter().map(|f| (f.name, f.values)).collect();
        let want = vec![
            (
                "job-state".to_string(),
                vec!["RUNNING".to_string(), "FAILED".to_string()],
            ),
            (
                "tag:env".to_string(),
                vec!["prod".to_string(), "dev".to_string()],
            ),
            ("tag:team".to_string(), vec!["a".to_string()]),
            (
                "job-id".to_string(),
                vec!["job-aaaaaaaa".to_string(), "job-bbbbbbbb".to_string()],
            ),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn paging_defaults() {
        let s = select(&[], "").unwrap();
        assert_eq!(
            s,
            Selection::Query {
                filters: vec![],
                offset: 0,
                limit: Some(20),
                page_size: 20,
                window: Default::default(),
            }
        );
        let s = select(&["--limit", "250", "--offset", "5"], "").unwrap();
        assert_eq!(
            s,
            Selection::Query {
                filters: vec![],
                offset: 5,
                limit: Some(250),
                page_size: 100,
                window: Default::default(),
            }
        );
        let s = select(&["--all", "--page-size", "7"], "").unwrap();
        assert_eq!(
            s,
            Selection::Query {
                filters: vec![],
                offset: 0,
                limit: None,
                page_size: 7,
                window: Default::default(),
            }
        );
    }

    #[test]
    fn limit_with_job_ids_is_a_usage_error() {
        assert_eq!(
            select(&["--job-id", "job-aaaaaaaa", "--limit", "3"], "")
                .unwrap_err()
                .exit_code(),
            2
        );
    }
}
