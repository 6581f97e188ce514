//! Turns a [`Selection`] into DescribeJobs requests and feeds each page's new jobs to a
//! sink: job IDs in chunks of at most 100, filtered results page by page up to the limit.
//! Jobs seen twice across pages (the list can shift while paging) are passed on once.

use std::collections::HashSet;

use crate::domain::selection::Selection;
use crate::transport::envelope::{self, DescribeJobsRequest, Job, JobsPage};
use crate::transport::error::Error;

/// What a run fetched, known at the end (also when it stopped on an error).
#[derive(Debug, Default)]
pub struct Outcome {
    /// Jobs passed to the sink.
    pub printed: u64,
    /// Pages received (0 when the first request failed).
    pub pages: u64,
    /// The service's `TotalCount` (summed over ID chunks; the last page's when paging).
    pub total_count: u64,
    /// The first page's `TotalCount`, when it differs from the last: the list changed
    /// while paging, so jobs may have moved past the pages fetched.
    pub total_changed_from: Option<u64>,
    pub request_id: String,
    /// Requested job IDs the service did not return (of the chunks fetched).
    pub missing: Vec<String>,
    /// stdout was closed by its reader; fetching stopped there.
    pub pipe_closed: bool,
    /// Why paging stopped before the list's end, when the service's answers made going
    /// on pointless.
    pub stopped_early: Option<String>,
    /// The error that stopped the run, after the pages before it were passed on.
    pub error: Option<Error>,
}

/// The first request of a selection, for `--dry-run` of paged queries; every request
/// for job IDs (their chunks do not depend on answers).
pub fn planned_requests(selection: &Selection) -> Vec<DescribeJobsRequest> {
    match selection {
        Selection::Ids { ids, chunk } => ids.chunks(*chunk as usize).map(ids_request).collect(),
        Selection::Query {
            filters,
            offset,
            limit,
            page_size,
        } => {
            vec![query_request(filters, *offset, want(*limit, *page_size))]
        }
    }
}

fn ids_request(chunk: &[String]) -> DescribeJobsRequest {
    DescribeJobsRequest {
        job_ids: Some(chunk.to_vec()),
        // The service's default Limit is 20: ask for the whole chunk.
        limit: Some(chunk.len() as u64),
        ..Default::default()
    }
}

fn query_request(filters: &[envelope::Filter], offset: u64, limit: u64) -> DescribeJobsRequest {
    DescribeJobsRequest {
        job_ids: None,
        filters: (!filters.is_empty()).then(|| filters.to_vec()),
        offset: Some(offset),
        limit: Some(limit),
    }
}

fn want(remaining: Option<u64>, page_size: u64) -> u64 {
    remaining.map_or(page_size, |r| r.min(page_size))
}

/// Fetches every page of `selection` through `call`, passing new jobs to `sink`. A call
/// error stops the run and is kept in the outcome; so does a sink error, except a closed
/// pipe, which only stops fetching (nobody reads any more).
pub fn fetch(
    selection: &Selection,
    mut call: impl FnMut(&DescribeJobsRequest) -> Result<JobsPage, Error>,
    mut sink: impl FnMut(&[Job]) -> std::io::Result<()>,
) -> Outcome {
    let mut fetcher = Fetcher {
        outcome: Outcome::default(),
        seen: Seen::new(matches!(selection, Selection::Query { .. })),
    };
    match selection {
        Selection::Ids { ids, chunk } => {
            let mut asked = 0;
            for chunk_ids in ids.chunks(*chunk as usize) {
                match fetcher.page(call(&ids_request(chunk_ids)), None, true, &mut sink) {
                    Step::Next(_) => asked += chunk_ids.len(),
                    Step::Stop => {
                        if fetcher.outcome.pipe_closed {
                            asked += chunk_ids.len();
                        }
                        break;
                    }
                }
            }
            let seen = &fetcher.seen;
            fetcher.outcome.missing = ids[..asked]
                .iter()
                .filter(|id| !seen.contains(id))
                .cloned()
                .collect();
        }
        Selection::Query {
            filters,
            offset,
            limit,
            page_size,
        } => {
            let start = *offset;
            let mut offset = start;
            let mut remaining = *limit;
            let mut first_total = None;
            loop {
                let asked = want(remaining, *page_size);
                let before = fetcher.outcome.printed;
                let Step::Next(received) = fetcher.page(
                    call(&query_request(filters, offset, asked)),
                    remaining,
                    false,
                    &mut sink,
                ) else {
                    break;
                };
                if let Some(r) = remaining.as_mut() {
                    *r -= fetcher.outcome.printed - before;
                }
                offset = offset.saturating_add(received);
                let total = fetcher.outcome.total_count;
                let first_total = *first_total.get_or_insert(total);
                // A service that repeats itself, or a list that grows faster than it is
                // read, must not keep us paging for ever.
                if received > 0 && fetcher.outcome.printed == before {
                    fetcher.outcome.stopped_early = Some(format!(
                        "the service answered offset {} with only jobs already printed",
                        offset - received
                    ));
                    break;
                }
                if offset.saturating_sub(start) >= MAX_PLAUSIBLE_JOBS {
                    fetcher.outcome.stopped_early = Some(format!(
                        "{MAX_PLAUSIBLE_JOBS} jobs read, more than any real list holds (the service claims {total})"
                    ));
                    break;
                }
                if offset.saturating_sub(start)
                    > first_total.saturating_mul(2).saturating_add(10 * page_size)
                {
                    fetcher.outcome.stopped_early = Some(format!(
                        "the list kept growing while paging (TotalCount {first_total} at first, {total} now)"
                    ));
                    break;
                }
                if received < asked
                    || received == 0
                    || offset >= fetcher.outcome.total_count
                    || remaining == Some(0)
                {
                    break;
                }
            }
        }
    }
    fetcher.outcome
}

enum Step {
    /// Go on; this many jobs were received.
    Next(u64),
    Stop,
}

struct Fetcher {
    outcome: Outcome,
    seen: Seen,
}

/// The JobIds already passed on. A job shows up twice when the list shifts between two
/// requests (jobs created meanwhile push it onto the next page); a hostile or broken
/// service may also cycle through any number of pages. So every ID passed on is
/// remembered while paging — as a 64-bit fingerprint, a few bytes a job, and paging stops
/// at [`MAX_PLAUSIBLE_JOBS`] — so that no job is printed twice and a cycle of any length
/// is caught. Requested IDs are all kept as text: they name the ones not found.
struct Seen {
    set: HashSet<String>,
    fingerprints: HashSet<u64>,
    hasher: std::collections::hash_map::RandomState,
    paging: bool,
}

/// More jobs than any real list holds: paging stops here, with a note, whatever the
/// service's TotalCount says.
pub const MAX_PLAUSIBLE_JOBS: u64 = 1_000_000;

impl Seen {
    fn new(paging: bool) -> Seen {
        Seen {
            set: HashSet::new(),
            fingerprints: HashSet::new(),
            hasher: std::collections::hash_map::RandomState::new(),
            paging,
        }
    }

    fn contains(&self, id: &str) -> bool {
        self.set.contains(id)
    }

    /// Keeps the jobs of one page not seen before, and remembers their IDs.
    fn fresh(&mut self, jobs: Vec<Job>) -> Vec<Job> {
        use std::hash::BuildHasher;
        jobs.into_iter()
            .filter(|job| {
                let id = job.id();
                if id.is_empty() {
                    return true;
                }
                if self.paging {
                    self.fingerprints.insert(self.hasher.hash_one(id))
                } else {
                    self.set.insert(id.to_string())
                }
            })
            .collect()
    }
}

impl Fetcher {
    /// Takes one answer: records it, passes its new jobs (at most `cap`) to the sink.
    /// `sum_totals` for ID chunks, whose TotalCounts add up.
    fn page(
        &mut self,
        answer: Result<JobsPage, Error>,
        cap: Option<u64>,
        sum_totals: bool,
        sink: &mut impl FnMut(&[Job]) -> std::io::Result<()>,
    ) -> Step {
        let page = match answer {
            Ok(page) => page,
            Err(e) => {
                self.outcome.error = Some(e);
                return Step::Stop;
            }
        };
        let outcome = &mut self.outcome;
        if sum_totals {
            outcome.total_count += page.total_count;
        } else {
            // Paging: TotalCount is the whole list's; note when it moves under us.
            if outcome.pages > 0 && page.total_count != outcome.total_count {
                outcome
                    .total_changed_from
                    .get_or_insert(outcome.total_count);
            }
            outcome.total_count = page.total_count;
        }
        outcome.pages += 1;
        outcome.request_id = page.request_id;
        let received = page.jobs.len() as u64;
        let mut fresh = self.seen.fresh(page.jobs);
        if let Some(cap) = cap {
            fresh.truncate(cap as usize);
        }
        outcome.printed += fresh.len() as u64;
        if let Err(e) = sink(&fresh) {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                outcome.pipe_closed = true;
            } else {
                outcome.error = Some(Error::Io(e));
            }
            return Step::Stop;
        }
        Step::Next(received)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn job(n: usize) -> Job {
        Job::from_value(&json!({ "JobId": format!("job-{n:08}") }))
    }

    /// A fake service over `total` jobs that records the requests it got.
    fn service(
        total: usize,
        requests: &mut Vec<DescribeJobsRequest>,
    ) -> impl FnMut(&DescribeJobsRequest) -> Result<JobsPage, Error> + '_ {
        move |req| {
            requests.push(req.clone());
            let offset = req.offset.unwrap_or(0) as usize;
            let limit = req.limit.unwrap_or(20) as usize;
            let jobs = (offset..total.min(offset + limit)).map(job).collect();
            Ok(JobsPage {
                total_count: total as u64,
                jobs,
                request_id: format!("r{offset}"),
            })
        }
    }

    fn query(limit: Option<u64>, page_size: u64) -> Selection {
        Selection::Query {
            filters: vec![],
            offset: 0,
            limit,
            page_size,
        }
    }

    #[test]
    fn limit_above_a_page_fetches_several_pages_and_stops_at_the_limit() {
        let mut requests = Vec::new();
        let mut printed = Vec::new();
        let outcome = fetch(
            &query(Some(250), 100),
            service(1000, &mut requests),
            |jobs| {
                printed.extend(jobs.iter().cloned());
                Ok(())
            },
        );
        assert_eq!(
            requests
                .iter()
                .map(|r| (r.offset.unwrap(), r.limit.unwrap()))
                .collect::<Vec<_>>(),
            [(0, 100), (100, 100), (200, 50)]
        );
        assert_eq!(
            (outcome.printed, outcome.total_count, printed.len()),
            (250, 1000, 250)
        );
    }

    #[test]
    fn all_fetches_until_total_count() {
        let mut requests = Vec::new();
        let outcome = fetch(&query(None, 100), service(230, &mut requests), |_| Ok(()));
        assert_eq!(outcome.printed, 230);
        assert_eq!(requests.len(), 3);
    }

    #[test]
    fn a_job_seen_twice_across_pages_is_printed_once() {
        // The list shifts by one between pages: page 2 starts with the last job of page 1.
        let mut calls = 0;
        let mut printed = Vec::new();
        let outcome = fetch(
            &query(None, 2),
            |req| {
                calls += 1;
                let o = req.offset.unwrap() as usize;
                let start = if o == 0 { 0 } else { o - 1 };
                let jobs = (start..(start + 2).min(5)).map(job).collect();
                Ok(JobsPage {
                    total_count: 5,
                    jobs,
                    request_id: String::new(),
                })
            },
            |jobs| {
                printed.extend(jobs.iter().map(|j| j.id().to_string()));
                Ok(())
            },
        );
        let mut unique = printed.clone();
        unique.dedup();
        assert_eq!(printed, unique, "no duplicates");
        assert_eq!(outcome.printed as usize, printed.len());
        assert!(calls >= 3);
    }

    #[test]
    fn ids_go_in_chunks_of_100_and_missing_ones_are_reported() {
        let ids: Vec<String> = (0..250).map(|n| format!("job-{n:08}")).collect();
        let mut sizes = Vec::new();
        let outcome = fetch(
            &Selection::Ids {
                ids: ids.clone(),
                chunk: 100,
            },
            |req| {
                let asked = req.job_ids.clone().unwrap();
                sizes.push((asked.len(), req.limit.unwrap()));
                // The service knows every ID except job-00000007.
                let jobs: Vec<Job> = asked
                    .iter()
                    .filter(|id| *id != "job-00000007")
                    .map(|id| Job::from_value(&json!({"JobId": id})))
                    .collect();
                Ok(JobsPage {
                    total_count: jobs.len() as u64,
                    jobs,
                    request_id: String::new(),
                })
            },
            |_| Ok(()),
        );
        assert_eq!(sizes, [(100, 100), (100, 100), (50, 50)]);
        assert_eq!(outcome.missing, ["job-00000007"]);
        assert_eq!(outcome.printed, 249);
    }

    #[test]
    fn a_service_that_repeats_itself_does_not_keep_us_paging() {
        let mut calls = 0;
        let outcome = fetch(
            &query(None, 100),
            |_| {
                calls += 1;
                let jobs = (0..100).map(job).collect();
                Ok(JobsPage {
                    total_count: 100_000,
                    jobs,
                    request_id: String::new(),
                })
            },
            |_| Ok(()),
        );
        assert_eq!((calls, outcome.printed), (2, 100));
        assert!(outcome.stopped_early.unwrap().contains("already printed"));
    }

    #[test]
    fn a_list_growing_faster_than_it_is_read_stops() {
        let mut calls = 0u64;
        let outcome = fetch(
            &query(None, 10),
            |req| {
                calls += 1;
                let o = req.offset.unwrap() as usize;
                let jobs = (o..o + 10).map(job).collect();
                Ok(JobsPage {
                    total_count: 50 + 10 * calls,
                    jobs,
                    request_id: String::new(),
                })
            },
            |_| Ok(()),
        );
        assert!(calls < 30, "{calls} requests");
        assert!(outcome.stopped_early.unwrap().contains("kept growing"));
    }

    #[test]
    fn an_error_mid_way_keeps_the_pages_before_it() {
        let mut printed = 0;
        let outcome = fetch(
            &query(None, 10),
            |req| {
                if req.offset == Some(10) {
                    Err(Error::Network("boom".into()))
                } else {
                    Ok(JobsPage {
                        total_count: 30,
                        jobs: (0..10).map(job).collect(),
                        request_id: String::new(),
                    })
                }
            },
            |jobs| {
                printed += jobs.len();
                Ok(())
            },
        );
        assert_eq!(printed, 10);
        assert_eq!(outcome.error.unwrap().exit_code(), 5);
    }
}
