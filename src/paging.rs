//! Turns a [`Selection`] into DescribeJobs requests and feeds each page's new jobs to a
//! sink: job IDs in chunks of at most 100, filtered results page by page up to the limit.
//! Jobs seen twice across pages (the list can shift while paging) are passed on once.

use std::collections::HashSet;

use serde_json::Value;

use crate::api::{self, DescribeJobsRequest, JobsPage};
use crate::error::Error;
use crate::selection::Selection;

/// What a run fetched, known at the end (also when it stopped on an error).
#[derive(Debug, Default)]
pub struct Outcome {
    /// Jobs passed to the sink.
    pub printed: u64,
    /// Pages received (0 when the first request failed).
    pub pages: u64,
    /// The service's `TotalCount` (summed over ID chunks).
    pub total_count: u64,
    pub request_id: String,
    /// Requested job IDs the service did not return.
    pub missing: Vec<String>,
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

fn query_request(filters: &[api::Filter], offset: u64, limit: u64) -> DescribeJobsRequest {
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

/// Fetches every page of `selection` through `call`, passing new jobs to `sink`.
/// A sink error (a closed pipe) stops at once and is returned as the outcome's error.
pub fn fetch(
    selection: &Selection,
    mut call: impl FnMut(&DescribeJobsRequest) -> Result<JobsPage, Error>,
    mut sink: impl FnMut(&[Value]) -> std::io::Result<()>,
) -> Outcome {
    let mut outcome = Outcome::default();
    let mut seen: HashSet<String> = HashSet::new();
    let mut emit =
        |page: JobsPage, outcome: &mut Outcome, cap: Option<u64>| -> Result<usize, Error> {
            let received = page.jobs.len();
            let mut fresh: Vec<Value> = page
                .jobs
                .into_iter()
                .filter(|job| {
                    let id = api::job_id(job);
                    id.is_empty() || seen.insert(id.to_string())
                })
                .collect();
            if let Some(cap) = cap {
                fresh.truncate(cap as usize);
            }
            outcome.request_id = page.request_id;
            outcome.printed += fresh.len() as u64;
            sink(&fresh)?;
            Ok(received)
        };

    match selection {
        Selection::Ids { ids, chunk } => {
            for chunk_ids in ids.chunks(*chunk as usize) {
                let page = match call(&ids_request(chunk_ids)) {
                    Ok(page) => page,
                    Err(e) => {
                        outcome.error = Some(e);
                        return outcome;
                    }
                };
                outcome.total_count += page.total_count;
                if let Err(e) = emit(page, &mut outcome, None) {
                    outcome.error = Some(e);
                    return outcome;
                }
            }
            outcome.missing = ids
                .iter()
                .filter(|id| !seen.contains(*id))
                .cloned()
                .collect();
        }
        Selection::Query {
            filters,
            offset,
            limit,
            page_size,
        } => {
            let mut offset = *offset;
            let mut remaining = *limit;
            loop {
                let asked = want(remaining, *page_size);
                let page = match call(&query_request(filters, offset, asked)) {
                    Ok(page) => page,
                    Err(e) => {
                        outcome.error = Some(e);
                        return outcome;
                    }
                };
                outcome.total_count = page.total_count;
                let before = outcome.printed;
                let received = match emit(page, &mut outcome, remaining) {
                    Ok(n) => n as u64,
                    Err(e) => {
                        outcome.error = Some(e);
                        return outcome;
                    }
                };
                if let Some(r) = remaining.as_mut() {
                    *r -= outcome.printed - before;
                }
                offset += received;
                if received < asked
                    || received == 0
                    || offset >= outcome.total_count
                    || remaining == Some(0)
                {
                    break;
                }
            }
        }
    }
    outcome
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn job(n: usize) -> Value {
        json!({ "JobId": format!("job-{n:08}") })
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
                printed.extend(jobs.iter().map(|j| api::job_id(j).to_string()));
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
                let jobs: Vec<Value> = asked
                    .iter()
                    .filter(|id| *id != "job-00000007")
                    .map(|id| json!({"JobId": id}))
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
