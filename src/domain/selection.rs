//! What a command asks for, built once from its options: job IDs (stdin included,
//! deduplicated) or filters, plus paging. The rest of the program trusts it.

use std::io::Read;

use crate::domain::window::Window;
use crate::transport::envelope::{self, Filter};
use crate::transport::error::Error;

/// The jobs to fetch and how to page through them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    /// Job IDs, deduplicated in the order given, sent `chunk` at a time.
    Ids { ids: Vec<String>, chunk: u64 },
    /// Filters (possibly none), from `offset`, at most `limit` jobs (`None`: all) created
    /// inside `window` (kept here: DescribeJobs has no time filter).
    Query {
        filters: Vec<Filter>,
        offset: u64,
        limit: Option<u64>,
        page_size: u64,
        window: Window,
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
                .take(crate::domain::input_file::MAX_FILE + 1)
                .read_to_string(&mut text)
                .map_err(|e| Error::usage(format!("cannot read job IDs from stdin: {e}")))?;
            if text.len() as u64 > crate::domain::input_file::MAX_FILE {
                return Err(Error::usage(
                    "stdin: larger than 8 MiB, the most batchctl reads of job IDs",
                ));
            }
            let before = ids.len();
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
            for id in text
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|s| !s.is_empty())
            {
                if !envelope::is_valid_job_id(id) {
                    return Err(Error::usage(format!(
                        "{} (read from stdin)",
                        envelope::malformed_job_id(id)
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

/// What a command asked for, as plain values (the face turns its options into this):
/// job IDs (`-` for stdin) or the filters, and paging.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Asked {
    pub job_ids: Vec<String>,
    pub name: Vec<String>,
    pub state: Vec<String>,
    pub zone: Vec<String>,
    pub tag: Vec<(String, String)>,
    pub tag_key: Vec<String>,
    pub tag_value: Vec<String>,
    pub filter: Vec<Filter>,
    pub limit: Option<u64>,
    pub all: bool,
    pub offset: Option<u64>,
    pub page_size: Option<u64>,
    /// `--since`/`--until`: the creation times kept.
    pub window: Window,
}

/// The filters of `jobs describe`, in flag order; repeating a flag adds values (OR).
pub fn filters(args: &Asked) -> Vec<Filter> {
    let mut filters = Vec::new();
    let mut push = |name: &str, values: &[String]| {
        if !values.is_empty() {
            filters.push(Filter {
                name: name.to_string(),
                values: dedup(values.to_vec()),
            });
        }
    };
    push("job-name", &args.name);
    push("job-state", &args.state);
    push("zone", &args.zone);
    let mut tags: Vec<(String, Vec<String>)> = Vec::new();
    for (key, value) in &args.tag {
        match tags.iter_mut().find(|(k, _)| k == key) {
            Some((_, values)) => values.push(value.clone()),
            None => tags.push((key.clone(), vec![value.clone()])),
        }
    }
    for (key, values) in &tags {
        push(&format!("tag:{key}"), values);
    }
    push("tag-key", &args.tag_key);
    push("tag-value", &args.tag_value);
    let mut generic: Vec<Filter> = Vec::new();
    for f in &args.filter {
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
    pub fn from_asked(args: &Asked, stdin: &mut dyn Read) -> Result<Selection, Error> {
        if !args.job_ids.is_empty() {
            if args.limit.is_some() || args.offset.is_some() {
                return Err(Error::usage(
                    "--limit and --offset page through filtered results; with --job-id every requested job is printed",
                ));
            }
            return Ok(Selection::Ids {
                ids: collect_job_ids(&args.job_ids, stdin)?,
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
            window: args.window,
        })
    }
}
