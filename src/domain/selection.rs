//! What a command asks for, built once from its options: job IDs (stdin included,
//! deduplicated) or filters, plus paging. The rest of the program trusts it.

use std::io::Read;

use crate::cli::{self, DescribeArgs};
use crate::transport::envelope::{self, Filter};
use crate::transport::error::Error;

/// The jobs to fetch and how to page through them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    /// Job IDs, deduplicated in the order given, sent `chunk` at a time.
    Ids { ids: Vec<String>, chunk: u64 },
    /// Filters (possibly none), from `offset`, at most `limit` jobs (`None`: all).
    Query {
        filters: Vec<Filter>,
        offset: u64,
        limit: Option<u64>,
        page_size: u64,
    },
}

/// Reads, checks and deduplicates job IDs; `-` stands for IDs read from `stdin`
/// (separated by white space or commas).
pub fn collect_job_ids(args: &[String], stdin: &mut dyn Read) -> Result<Vec<String>, Error> {
    let mut ids: Vec<String> = Vec::new();
    let mut read_stdin = false;
    for arg in args {
        if arg == "-" {
            if read_stdin {
                continue;
            }
            read_stdin = true;
            let mut text = String::new();
            stdin
                .read_to_string(&mut text)
                .map_err(|e| Error::usage(format!("cannot read job IDs from stdin: {e}")))?;
            let before = ids.len();
            for id in text
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|s| !s.is_empty())
            {
                if !envelope::is_valid_job_id(id) {
                    return Err(Error::usage(format!(
                        "{} (read from stdin)",
                        cli::malformed_job_id(id)
                    )));
                }
                ids.push(id.to_string());
            }
            if ids.len() == before {
                return Err(Error::usage(
                    "--job-id - was given but stdin holds no job IDs",
                ));
            }
        } else {
            ids.push(arg.clone());
        }
    }
    let mut seen = std::collections::HashSet::new();
    ids.retain(|id| seen.insert(id.clone()));
    Ok(ids)
}

/// The filters of `jobs describe`, in flag order; repeating a flag adds values (OR).
pub fn filters(args: &DescribeArgs) -> Vec<Filter> {
    let mut filters = Vec::new();
    let mut push = |name: &str, values: &[String]| {
        if !values.is_empty() {
            filters.push(Filter {
                name: name.to_string(),
                values: dedup(values.to_vec()),
            });
        }
    };
    push("job-name", &args.select.name);
    push("job-state", &args.select.state);
    push("zone", &args.select.zone);
    let mut tags: Vec<(String, Vec<String>)> = Vec::new();
    for (key, value) in &args.select.tag {
        match tags.iter_mut().find(|(k, _)| k == key) {
            Some((_, values)) => values.push(value.clone()),
            None => tags.push((key.clone(), vec![value.clone()])),
        }
    }
    for (key, values) in &tags {
        push(&format!("tag:{key}"), values);
    }
    push("tag-key", &args.select.tag_key);
    push("tag-value", &args.select.tag_value);
    let mut generic: Vec<Filter> = Vec::new();
    for f in &args.select.filter {
        match generic.iter_mut().find(|g| g.name == f.name) {
            Some(g) => g.values.extend(f.values.iter().cloned()),
            None => generic.push(f.clone()),
        }
    }
    for f in generic {
        push(&f.name, &f.values);
    }
    filters
}

fn dedup(mut values: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    values.retain(|v| seen.insert(v.clone()));
    values
}

impl Selection {
    /// Builds the selection of `jobs describe`.
    pub fn from_describe(args: &DescribeArgs, stdin: &mut dyn Read) -> Result<Selection, Error> {
        if !args.select.job_ids.is_empty() {
            if args.limit.is_some() || args.offset.is_some() {
                return Err(Error::usage(
                    "--limit and --offset page through filtered results; with --job-id every requested job is printed",
                ));
            }
            return Ok(Selection::Ids {
                ids: collect_job_ids(&args.select.job_ids, stdin)?,
                chunk: args.page_size.unwrap_or(envelope::MAX_PAGE),
            });
        }
        // The service's Offset is an int64; bounding it here also keeps every sum of an
        // offset and a count of jobs far from wrapping.
        if let Some(offset) = args.offset
            && offset > i64::MAX as u64
        {
            return Err(Error::usage(format!(
                "--offset {offset} is beyond the service's largest offset ({})",
                i64::MAX
            )));
        }
        let limit = if args.all {
            None
        } else {
            Some(args.limit.unwrap_or(envelope::DEFAULT_LIMIT))
        };
        let page_size = args
            .page_size
            .unwrap_or_else(|| limit.map_or(envelope::MAX_PAGE, |l| l.min(envelope::MAX_PAGE)));
        Ok(Selection::Query {
            filters: filters(args),
            offset: args.offset.unwrap_or(0),
            limit,
            page_size,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
        Selection::from_describe(&describe(args), &mut stdin.as_bytes())
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
                page_size: 20
            }
        );
        let s = select(&["--limit", "250", "--offset", "5"], "").unwrap();
        assert_eq!(
            s,
            Selection::Query {
                filters: vec![],
                offset: 5,
                limit: Some(250),
                page_size: 100
            }
        );
        let s = select(&["--all", "--page-size", "7"], "").unwrap();
        assert_eq!(
            s,
            Selection::Query {
                filters: vec![],
                offset: 0,
                limit: None,
                page_size: 7
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
