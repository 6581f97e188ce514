//! A task's instances in brief — index, state, exit code — read page after page of up to
//! 1000 (DescribeTask) with only those members decoded from each instance, so following
//! or summing up a task of thousands of instances takes little memory.

use batch_api::ActionId;
use serde::Deserialize;

use crate::domain::pager::{self, Plan};
use crate::transport::client::Client;
use crate::transport::error::Error;
use crate::transport::invoke::Invocation;

/// Instances per DescribeTask request: the most it takes.
const PAGE: u64 = 1000;

/// One instance, as much as a follower or a summary needs.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Brief {
    #[serde(rename = "TaskInstanceIndex")]
    pub index: Option<u64>,
    #[serde(rename = "TaskInstanceState", default)]
    pub state: Option<String>,
    #[serde(default)]
    pub exit_code: Option<i64>,
}

/// Hands each instance of `task` of `job` to `each`, every page through the one pager
/// (its guards against endless or repeating pages included). An instance that cannot be
/// read is left out.
pub fn each(
    client: &Client,
    job: &str,
    task: &str,
    mut each: impl FnMut(Brief),
) -> Result<(), Error> {
    let first = Invocation::new(
        ActionId::DescribeTask,
        super::tasks::request(job, task, None, 0, PAGE),
    )?;
    let plan = Plan {
        offset: 0,
        limit: None,
        page_size: PAGE,
    };
    let outcome = pager::pages(client, &first, &plan, |page| {
        for item in &page.items {
            if let Ok(brief) = serde_json::from_str::<Brief>(item.get()) {
                each(brief);
            }
        }
        Ok(())
    })?;
    match outcome.error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_brief_reads_the_three_members_and_ignores_the_rest() {
        let b: Brief = serde_json::from_str(
            r#"{"TaskInstanceIndex": 4, "TaskInstanceState": "FAILED", "ExitCode": 3,
                "StateReason": "x", "RedirectInfo": {"StdoutRedirectPath": "cos://"}}"#,
        )
        .unwrap();
        assert_eq!(
            (b.index, b.state.as_deref(), b.exit_code),
            (Some(4), Some("FAILED"), Some(3))
        );
        let b: Brief =
            serde_json::from_str(r#"{"TaskInstanceIndex": 0, "ExitCode": null}"#).unwrap();
        assert_eq!((b.state, b.exit_code), (None, None));
    }
}
