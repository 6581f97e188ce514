//! The one pager: walks any list that pages by `Offset`/`Limit` (the members, the total
//! and the list member come from the model, [`batch_api::Paging`]) and streams each page's
//! new items to a sink, behind one set of guards:
//!
//! - an item seen before (the list shifted between requests, or the service repeats
//!   itself) is passed on once;
//! - a page that brings nothing new, or no advance of the offset, stops the walk;
//! - a total above [`MAX_PLAUSIBLE_ITEMS`] stops it after [`IMPLAUSIBLE_PAGES`] pages, and
//!   more items read than that bound stop it whatever the total;
//! - a list that grows faster than it is read (well past twice its first total) stops it.
//!
//! Each stop is told in [`Outcome::stopped_early`]; the pager itself prints nothing. A
//! call error ends the walk and is kept in the outcome, after the pages before it were
//! passed on; so is a sink error, except a closed pipe, which only stops fetching.

use std::collections::HashSet;
use std::hash::BuildHasher;

use batch_api::Paging;
use serde::Deserialize;
use serde_json::Value;
use serde_json::value::RawValue;

use crate::transport::client::{Client, Reply};
use crate::transport::envelope::{Job, JobsPage};
use crate::transport::error::Error;
use crate::transport::invoke::Invocation;

/// More items than any real list holds: paging stops here, with a note, whatever the
/// service's total says.
pub const MAX_PLAUSIBLE_ITEMS: u64 = 1_000_000;

/// Pages read of a list whose total is above [`MAX_PLAUSIBLE_ITEMS`] before the walk
/// stops: the service is not believed further.
pub const IMPLAUSIBLE_PAGES: u64 = 100;

/// Where a walk starts, how much it wants and how much it asks for at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plan {
    pub offset: u64,
    /// At most this many items in all; `None`: every one.
    pub limit: Option<u64>,
    /// Items per request.
    pub page_size: u64,
}

impl Plan {
    /// What the next request asks for, when `remaining` are still wanted.
    pub fn asked(&self, remaining: Option<u64>) -> u64 {
        remaining.map_or(self.page_size, |r| r.min(self.page_size))
    }
}

/// A page of any list: its items and the total the service claims.
pub trait Page {
    type Item;
    /// The whole list's size, as the service says.
    fn total(&self) -> u64;
    fn items(&self) -> &[Self::Item];
    /// Keeps the items `keep` says yes to, in order.
    fn retain(&mut self, keep: &mut dyn FnMut(&Self::Item) -> bool);
    /// Keeps the first `n` items.
    fn truncate(&mut self, n: usize);
    /// What tells two items apart (a job's ID; an element's text).
    fn key(item: &Self::Item) -> &str;
}

impl Page for JobsPage {
    type Item = Job;
    fn total(&self) -> u64 {
        self.total_count
    }
    fn items(&self) -> &[Job] {
        &self.jobs
    }
    fn retain(&mut self, keep: &mut dyn FnMut(&Job) -> bool) {
        self.jobs.retain(|job| keep(job));
    }
    fn truncate(&mut self, n: usize) {
        self.jobs.truncate(n);
    }
    fn key(item: &Job) -> &str {
        item.id()
    }
}

/// What a walk fetched, known at the end (also when it stopped on an error).
#[derive(Debug, Default)]
pub struct Outcome {
    /// Items passed to the sink.
    pub passed: u64,
    /// Pages received (0 when the first request failed).
    pub pages: u64,
    /// The service's total (the last page's).
    pub total: u64,
    /// The first page's total, when it differs from the last: the list changed while
    /// paging, so items may have moved past the pages fetched.
    pub total_changed_from: Option<u64>,
    /// The offset after the last item received.
    pub next_offset: u64,
    /// stdout was closed by its reader; fetching stopped there.
    pub pipe_closed: bool,
    /// Why paging stopped before the list's end, when the service's answers made going
    /// on pointless.
    pub stopped_early: Option<String>,
    /// The error that stopped the walk, after the pages before it were passed on.
    pub error: Option<Error>,
}

/// The keys already passed on, as 64-bit fingerprints (a few bytes an item; a walk stops
/// at [`MAX_PLAUSIBLE_ITEMS`]), so that no item is passed twice and a cycle of any length
/// is caught. Items without a key are always new.
pub struct Seen {
    fingerprints: HashSet<u64>,
    hasher: std::collections::hash_map::RandomState,
}

impl Default for Seen {
    fn default() -> Self {
        Seen {
            fingerprints: HashSet::new(),
            hasher: std::collections::hash_map::RandomState::new(),
        }
    }
}

impl Seen {
    /// True when `key` was not seen before (and remembers it).
    pub fn first_time(&mut self, key: &str) -> bool {
        key.is_empty() || self.fingerprints.insert(self.hasher.hash_one(key))
    }
}

/// What a walk does with an item, by [`walk_where`]'s judge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// Passed on (and counted against the limit).
    Yes,
    /// Skipped; the walk goes on.
    No,
    /// Skipped, and no later item can be wanted (the list is ordered): the walk ends here.
    End,
}

/// Walks the list from `plan.offset`: `fetch(offset, limit)` asks for a page, `sink` gets
/// each page holding only the items not seen before (at most the ones still wanted).
pub fn walk<P: Page>(
    plan: &Plan,
    fetch: impl FnMut(u64, u64) -> Result<P, Error>,
    sink: impl FnMut(P) -> std::io::Result<()>,
) -> Outcome {
    walk_where(plan, fetch, |_| Keep::Yes, sink).0
}

/// [`walk`], passing on only the items `judge` keeps (the limit counts those); true in
/// the second place when the judge ended the walk before the list's end.
pub fn walk_where<P: Page>(
    plan: &Plan,
    mut fetch: impl FnMut(u64, u64) -> Result<P, Error>,
    mut judge: impl FnMut(&P::Item) -> Keep,
    mut sink: impl FnMut(P) -> std::io::Result<()>,
) -> (Outcome, bool) {
    let mut ended = false;
    let mut outcome = Outcome {
        next_offset: plan.offset,
        ..Outcome::default()
    };
    let mut seen = Seen::default();
    let start = plan.offset;
    let mut offset = start;
    let mut remaining = plan.limit;
    let mut first_total = None;
    loop {
        let asked = plan.asked(remaining);
        let mut page = match fetch(offset, asked) {
            Ok(page) => page,
            Err(e) => {
                outcome.error = Some(e);
                break;
            }
        };
        let total = page.total();
        if outcome.pages > 0 && total != outcome.total {
            outcome.total_changed_from.get_or_insert(outcome.total);
        }
        outcome.total = total;
        outcome.pages += 1;
        let first_total = *first_total.get_or_insert(total);
        let received = page.items().len() as u64;
        page.retain(&mut |item| seen.first_time(P::key(item)));
        let new = page.items().len() as u64;
        page.retain(&mut |item| {
            if ended {
                return false;
            }
            match judge(item) {
                Keep::Yes => true,
                Keep::No => false,
                Keep::End => {
                    ended = true;
                    false
                }
            }
        });
        if let Some(r) = remaining {
            page.truncate(usize::try_from(r).unwrap_or(usize::MAX));
        }
        let fresh = page.items().len() as u64;
        offset = offset.saturating_add(received);
        outcome.next_offset = offset;
        outcome.passed += fresh;
        if let Some(r) = remaining.as_mut() {
            *r -= fresh.min(*r);
        }
        if let Err(e) = sink(page) {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                outcome.pipe_closed = true;
            } else {
                outcome.error = Some(Error::Io(e));
            }
            break;
        }
        // A service that repeats itself, claims more than any list holds, or a list that
        // grows faster than it is read, must not keep us paging for ever.
        let read = offset.saturating_sub(start);
        if ended {
            break;
        }
        if received > 0 && new == 0 && remaining != Some(0) {
            outcome.stopped_early = Some(format!(
                "the service answered offset {} with a page of items already printed",
                offset - received
            ));
            break;
        }
        // A total no list reaches is believed for a hundred full pages at most.
        if total > MAX_PLAUSIBLE_ITEMS
            && received == asked
            && read >= plan.page_size.saturating_mul(IMPLAUSIBLE_PAGES)
        {
            outcome.stopped_early = Some(format!(
                "{read} items read and the service claims {total}, more than any real list holds"
            ));
            break;
        }
        if read >= MAX_PLAUSIBLE_ITEMS {
            outcome.stopped_early = Some(format!(
                "{MAX_PLAUSIBLE_ITEMS} items read, more than any real list holds (the service claims {total})"
            ));
            break;
        }
        if read
            > first_total
                .saturating_mul(2)
                .saturating_add(plan.page_size.saturating_mul(10))
        {
            outcome.stopped_early = Some(format!(
                "the list kept growing while paging (a total of {first_total} at first, {total} now)"
            ));
            break;
        }
        if received < asked || received == 0 || offset >= total || remaining == Some(0) {
            break;
        }
    }
    (outcome, ended)
}

/// A page of any action's answer: the reply as received, its list member's elements (as
/// text, byte for byte) and the total.
#[derive(Debug)]
pub struct AnswerPage {
    pub reply: Reply,
    pub items: Vec<Box<RawValue>>,
    pub total: u64,
}

impl AnswerPage {
    /// Reads `reply` as a page of `paging`'s list.
    pub fn read(reply: Reply, paging: &Paging) -> Result<AnswerPage, Error> {
        #[derive(Deserialize)]
        struct Members<'a> {
            #[serde(borrow)]
            list: Option<&'a RawValue>,
            total: Option<Value>,
        }
        let broken = |e: serde_json::Error| {
            Error::Network(format!("the service's answer cannot be read: {e}"))
        };
        let fields: std::collections::HashMap<&str, &RawValue> =
            serde_json::from_str(reply.text.get()).map_err(broken)?;
        let members = Members {
            list: fields.get(paging.list).copied(),
            total: match fields.get(paging.total) {
                Some(raw) => Some(serde_json::from_str(raw.get()).map_err(broken)?),
                None => None,
            },
        };
        let items = match members.list {
            Some(raw) if raw.get().trim() != "null" => {
                serde_json::from_str::<Vec<Box<RawValue>>>(raw.get()).map_err(|e| {
                    Error::Network(format!("the service's {} is not a list: {e}", paging.list))
                })?
            }
            _ => Vec::new(),
        };
        let total = members.total.as_ref().and_then(Value::as_u64).unwrap_or(0);
        Ok(AnswerPage {
            reply,
            items,
            total,
        })
    }
}

impl Page for AnswerPage {
    type Item = Box<RawValue>;
    fn total(&self) -> u64 {
        self.total
    }
    fn items(&self) -> &[Box<RawValue>] {
        &self.items
    }
    fn retain(&mut self, keep: &mut dyn FnMut(&Box<RawValue>) -> bool) {
        self.items.retain(|item| keep(item));
    }
    fn truncate(&mut self, n: usize) {
        self.items.truncate(n);
    }
    fn key(item: &Box<RawValue>) -> &str {
        item.get()
    }
}

/// Walks `first`'s list (an action that pages) through the one invocation pipeline: each
/// page is `first` with its `Offset` and `Limit` set, members in the model's order.
pub fn pages(
    client: &Client,
    first: &Invocation,
    plan: &Plan,
    sink: impl FnMut(AnswerPage) -> std::io::Result<()>,
) -> Result<Outcome, Error> {
    let paging = first
        .action()
        .paging
        .ok_or_else(|| Error::Internal(format!("{} does not page", first.action().name)))?;
    let fetch = |offset: u64, limit: u64| {
        let reply = page_of(first, &paging, offset, limit)?.send(client)?;
        AnswerPage::read(reply, &paging)
    };
    Ok(walk(plan, fetch, sink))
}

/// [`pages`], each page handed to `each` as its parsed answer whose list member holds only
/// the elements not seen before, with the total the service claims. An error of `each`
/// ends the walk and is returned, as a call error is, after the pages before it.
pub fn answers(
    client: &Client,
    first: &Invocation,
    plan: &Plan,
    mut each: impl FnMut(u64, Value) -> Result<(), Error>,
) -> Result<Outcome, Error> {
    let list = first.action().paging.map(|p| p.list).unwrap_or_default();
    let mut failed = None;
    let mut outcome = pages(client, first, plan, |page| {
        let handed = page.reply.value().and_then(|mut answer| {
            let mut items = Vec::with_capacity(page.items.len());
            for item in &page.items {
                items.push(serde_json::from_str::<Value>(item.get()).map_err(|e| {
                    Error::Network(format!("the service's answer cannot be read: {e}"))
                })?);
            }
            if let Value::Object(map) = &mut answer {
                map.insert(list.to_string(), Value::Array(items));
            }
            each(page.total, answer)
        });
        handed.map_err(|e| {
            let io = match &e {
                Error::Io(io) => std::io::Error::new(io.kind(), "stopped"),
                _ => std::io::Error::other("stopped"),
            };
            failed = Some(e);
            io
        })
    })?;
    match failed.or_else(|| outcome.error.take()) {
        Some(e) => Err(e),
        None => Ok(outcome),
    }
}

/// `first` asking for `limit` items from `offset`, its members in the model's order (as
/// the official SDK sends them).
pub fn page_of(
    first: &Invocation,
    paging: &Paging,
    offset: u64,
    limit: u64,
) -> Result<Invocation, Error> {
    let page = first.with(&[
        (paging.offset, Value::from(offset)),
        (paging.limit, Value::from(limit)),
    ]);
    let action = first.action();
    Invocation::of(
        action,
        super::params::in_model_order(action.input, page.body().clone()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page of plain numbers, keyed by their text.
    struct Numbers {
        items: Vec<String>,
        total: u64,
    }

    impl Page for Numbers {
        type Item = String;
        fn total(&self) -> u64 {
            self.total
        }
        fn items(&self) -> &[String] {
            &self.items
        }
        fn retain(&mut self, keep: &mut dyn FnMut(&String) -> bool) {
            self.items.retain(|i| keep(i));
        }
        fn truncate(&mut self, n: usize) {
            self.items.truncate(n);
        }
        fn key(item: &String) -> &str {
            item
        }
    }

    fn plan(limit: Option<u64>, page_size: u64) -> Plan {
        Plan {
            offset: 0,
            limit,
            page_size,
        }
    }

    /// An honest list of `total` items.
    fn honest(total: u64) -> impl FnMut(u64, u64) -> Result<Numbers, Error> {
        move |offset, limit| {
            Ok(Numbers {
                items: (offset..total.min(offset + limit))
                    .map(|n| n.to_string())
                    .collect(),
                total,
            })
        }
    }

    #[test]
    fn a_limit_above_a_page_takes_several_pages_and_stops_at_the_limit() {
        let mut asked = Vec::new();
        let mut got = 0;
        let mut service = honest(1000);
        let outcome = walk(
            &plan(Some(250), 100),
            |o, l| {
                asked.push((o, l));
                service(o, l)
            },
            |p: Numbers| {
                got += p.items.len();
                Ok(())
            },
        );
        assert_eq!(asked, [(0, 100), (100, 100), (200, 50)]);
        assert_eq!((outcome.passed, outcome.total, got), (250, 1000, 250));
        assert!(outcome.stopped_early.is_none());
    }

    #[test]
    fn every_page_until_the_total() {
        let outcome = walk(&plan(None, 100), honest(230), |_| Ok(()));
        assert_eq!((outcome.passed, outcome.pages), (230, 3));
    }

    #[test]
    fn a_repeated_page_stops_with_a_note_and_nothing_twice() {
        let mut calls = 0;
        let mut got = Vec::new();
        let outcome = walk(
            &plan(None, 10),
            |_, _| {
                calls += 1;
                Ok(Numbers {
                    items: (0..10).map(|n| n.to_string()).collect(),
                    total: 1_000,
                })
            },
            |p: Numbers| {
                got.extend(p.items);
                Ok(())
            },
        );
        assert_eq!((calls, got.len()), (2, 10));
        assert!(outcome.stopped_early.unwrap().contains("already printed"));
    }

    #[test]
    fn a_list_growing_faster_than_it_is_read_stops() {
        let mut calls = 0u64;
        let outcome = walk(
            &plan(None, 10),
            |o, _| {
                calls += 1;
                Ok(Numbers {
                    items: (o..o + 10).map(|n| n.to_string()).collect(),
                    total: 50 + 10 * calls,
                })
            },
            |_| Ok(()),
        );
        assert!(calls < 30, "{calls} requests");
        assert!(outcome.stopped_early.unwrap().contains("kept growing"));
    }

    #[test]
    fn an_implausible_total_stops_long_before_it() {
        let mut calls = 0u64;
        let outcome = walk(
            &plan(None, 100),
            |o, l| {
                calls += 1;
                Ok(Numbers {
                    items: (o..o + l).map(|n| n.to_string()).collect(),
                    total: u64::MAX,
                })
            },
            |_| Ok(()),
        );
        assert_eq!(calls, IMPLAUSIBLE_PAGES, "{calls} requests");
        assert!(
            outcome
                .stopped_early
                .unwrap()
                .contains("more than any real list")
        );
    }

    #[test]
    fn an_error_mid_way_keeps_the_pages_before_it() {
        let mut got = 0;
        let outcome = walk(
            &plan(None, 10),
            |o, l| {
                if o == 10 {
                    Err(Error::Network("boom".into()))
                } else {
                    honest(30)(o, l)
                }
            },
            |p: Numbers| {
                got += p.items.len();
                Ok(())
            },
        );
        assert_eq!(got, 10);
        assert_eq!(outcome.error.unwrap().exit_code(), 5);
    }

    #[test]
    fn a_closed_pipe_stops_fetching_quietly() {
        let mut calls = 0;
        let outcome = walk(
            &plan(None, 10),
            |o, l| {
                calls += 1;
                honest(100)(o, l)
            },
            |_| Err(std::io::Error::from(std::io::ErrorKind::BrokenPipe)),
        );
        assert_eq!(calls, 1);
        assert!(outcome.pipe_closed && outcome.error.is_none());
    }

    #[test]
    fn an_answer_page_keeps_its_elements_byte_for_byte() {
        let paging = batch_api::ActionId::DescribeComputeEnvs
            .action()
            .paging
            .unwrap();
        let text = r#"{"TotalCount":2,"ComputeEnvSet":[{"EnvId":"env-1","N":1.50},{"EnvId":"env-2"}],"RequestId":"r"}"#;
        let reply = Reply {
            text: RawValue::from_string(text.to_string()).unwrap(),
            request_id: "r".into(),
        };
        let page = AnswerPage::read(reply, &paging).unwrap();
        assert_eq!(page.total, 2);
        assert_eq!(page.items[0].get(), r#"{"EnvId":"env-1","N":1.50}"#);
    }
}
