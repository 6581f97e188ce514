//! Turns a [`Selection`] into DescribeJobs requests and feeds each page's new jobs to a
//! sink: job IDs in chunks of at most 100, filtered results page by page up to the limit
//! through the one pager ([`super::pager`], with its guards). Jobs seen twice are passed
//! on once.

use std::collections::HashSet;

use crate::domain::pager::{self, Plan};
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
    /// Paging ended at the first job created before `--since` (jobs come newest first),
    /// before the list's end.
    pub ended_at_since: bool,
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
            ..
        } => {
            vec![query_request(filters, *offset, want(*limit, *page_size))]
        }
    }
}

/// A job's CreateTime, when it is a readable RFC 3339 time.
fn created(job: &Job) -> Option<chrono::DateTime<chrono::Utc>> {
    #[derive(serde::Deserialize)]
    struct Created {
        #[serde(rename = "CreateTime", default)]
        create_time: Option<String>,
    }
    let created: Created = serde_json::from_str(job.raw()).ok()?;
    chrono::DateTime::parse_from_rfc3339(created.create_time?.as_str())
        .ok()
        .map(|t| t.with_timezone(&chrono::Utc))
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
    let mut outcome = Outcome::default();
    match selection {
        Selection::Ids { ids, chunk } => {
            // Not paging: every chunk is asked once; its TotalCounts add up. Requested IDs
            // are kept as text, to name the ones not found.
            let mut found: HashSet<String> = HashSet::new();
            let mut asked = 0;
            for chunk_ids in ids.chunks(*chunk as usize) {
                let mut page = match call(&ids_request(chunk_ids)) {
                    Ok(page) => page,
                    Err(e) => {
                        outcome.error = Some(e);
                        break;
                    }
                };
                asked += chunk_ids.len();
                outcome.total_count += page.total_count;
                outcome.pages += 1;
                outcome.request_id = std::mem::take(&mut page.request_id);
                page.jobs
                    .retain(|job| job.id().is_empty() || found.insert(job.id().to_string()));
                outcome.printed += page.jobs.len() as u64;
                if let Err(e) = sink(&page.jobs) {
                    if e.kind() == std::io::ErrorKind::BrokenPipe {
                        outcome.pipe_closed = true;
                    } else {
                        outcome.error = Some(Error::Io(e));
                    }
                    break;
                }
            }
            outcome.missing = ids[..asked]
                .iter()
                .filter(|id| !found.contains(*id))
                .cloned()
                .collect();
        }
        Selection::Query {
            filters,
            offset,
            limit,
            page_size,
            window,
        } => {
            let plan = Plan {
                offset: *offset,
                limit: *limit,
                page_size: *page_size,
            };
            let mut request_id = String::new();
            let (walked, ended) = pager::walk_where(
                &plan,
                |offset, limit| call(&query_request(filters, offset, limit)),
                // Without --since/--until every job is kept: its CreateTime is not read
                // (a whole parse of each job, for nothing).
                |job: &Job| {
                    if window.is_open() {
                        pager::Keep::Yes
                    } else {
                        window.judge(created(job))
                    }
                },
                |page: JobsPage| {
                    request_id = page.request_id;
                    sink(&page.jobs)
                },
            );
            outcome.ended_at_since = ended;
            outcome.printed = walked.passed;
            outcome.pages = walked.pages;
            outcome.total_count = walked.total;
            outcome.total_changed_from = walked.total_changed_from;
            outcome.request_id = request_id;
            outcome.pipe_closed = walked.pipe_closed;
            outcome.stopped_early = walked.stopped_early;
            outcome.error = walked.error;
        }
    }
    outcome
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
            window: Default::default(),
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
