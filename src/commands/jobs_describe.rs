//! `batchctl jobs describe`: selection → pages → renderer, then the notes and the exit
//! code (3 when a requested job ID was not found).

use std::io::{self, BufWriter, Write};

use crate::cli::{DescribeArgs, GlobalArgs};
use crate::error::Error;
use crate::output::{self, Format, OutputOptions, Summary};
use crate::paging;
use crate::selection::Selection;

pub fn run(global: &GlobalArgs, args: &DescribeArgs) -> Result<(), Error> {
    let settings = super::settings(global)?;
    let selection = Selection::from_describe(args, &mut io::stdin().lock())?;
    let options = OutputOptions {
        format: global.output,
        columns: args.columns.clone(),
        headers: !args.no_headers,
        color: settings.color,
        now: chrono::Utc::now(),
    };
    let quiet = settings.quiet;
    let session = super::Session::open(settings, global)?;

    if session.client.settings().dry_run {
        let mut out = io::stdout().lock();
        let requests = paging::planned_requests(&selection);
        for (i, req) in requests.iter().enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            session.client.write_dry_run(req, &mut out)?;
        }
        out.flush()?;
        if matches!(selection, Selection::Query { .. }) && !quiet {
            eprintln!(
                "batchctl: note: dry run: only the first page's request is shown; later pages depend on its answer"
            );
        }
        return Ok(());
    }

    let stdout = io::stdout();
    let mut renderer = output::renderer(&options, Box::new(BufWriter::new(stdout.lock())));
    let outcome = paging::fetch(
        &selection,
        |req| session.client.describe_jobs(req),
        |jobs| renderer.page(jobs),
    );
    if let Some(Error::Io(e)) = &outcome.error
        && e.kind() == io::ErrorKind::BrokenPipe
    {
        return Ok(());
    }
    // Whatever arrived before an error is still printed: nothing is lost. When nothing
    // arrived at all, stdout stays empty rather than holding an empty document.
    if outcome.error.is_none() || outcome.pages > 0 {
        renderer.finish(&Summary {
            total_count: outcome.total_count,
            request_id: outcome.request_id.clone(),
        })?;
    }
    drop(renderer);

    if let Some(e) = outcome.error {
        if outcome.printed > 0 && !quiet {
            eprintln!(
                "batchctl: note: {} jobs were printed before the error below",
                outcome.printed
            );
        }
        return Err(e);
    }
    if !quiet {
        notes(&selection, &outcome, global.output);
    }
    if !outcome.missing.is_empty() {
        return Err(Error::NotFound(outcome.missing));
    }
    Ok(())
}

/// Tells on stderr when fewer jobs were printed than match, and how to get the rest.
fn notes(selection: &Selection, outcome: &paging::Outcome, format: Format) {
    if let Selection::Query { offset, .. } = selection {
        let shown_to = offset + outcome.printed;
        if shown_to < outcome.total_count {
            let range = if outcome.printed == 0 {
                "no jobs".to_string()
            } else {
                format!("jobs {} to {shown_to}", offset + 1)
            };
            eprintln!(
                "batchctl: note: printed {range} of {} matching; use --all for every job, or --offset {shown_to} for the next ones",
                outcome.total_count
            );
            return;
        }
    }
    if outcome.printed == 0 && format == Format::Table && outcome.missing.is_empty() {
        eprintln!("batchctl: note: no jobs found");
    }
}
