//! How a finished `run` ends: the exit status a local process would have had, and the one
//! line on stderr that says how the job ended.

use serde_json::Value;

use crate::commands::jobs::follow::Ended;
use crate::transport::client::Client;
use crate::transport::error::{Error, printable};

/// Exit status for a job that ended FAILED without any instance's exit code (terminated,
/// timed out, node lost), as a shell reports a process killed by SIGKILL.
pub const KILLED: i32 = 137;

/// The command's own status: the highest `ExitCode` of the task's instances (0 when the
/// job succeeded); [`KILLED`] when the job failed and no instance has a non-zero code.
pub fn exit_status(client: &Client, job_id: &str, task: &str, ended: &Ended) -> Result<i32, Error> {
    let mut highest: i64 = 0;
    crate::commands::jobs::instances::each(client, job_id, task, |brief| {
        if let Some(code) = brief.exit_code {
            highest = highest.max(code);
        }
    })?;
    Ok(status_of(ended.failed(), highest))
}

/// [`exit_status`] from the job's outcome and the highest exit code seen.
pub fn status_of(failed: bool, highest: i64) -> i32 {
    match (failed, highest) {
        (false, 0) => 0,
        (_, n) if n > 0 => i32::try_from(n.min(255)).unwrap_or(255),
        (true, _) => KILLED,
        (false, _) => 0,
    }
}

/// `job job-x ended SUCCEED after 12s: 4 instances, exit status 0`, and where the full
/// logs go when the task redirects them.
pub fn last_line(job_id: &str, ended: &Ended, code: i32, body: &Value, instances: u64) -> String {
    let mut line = ended.summary(job_id);
    line.push_str(": ");
    if instances > 1 {
        line.push_str(&format!(
            "{instances} instances, highest exit status {code}"
        ));
    } else {
        line.push_str(&format!("exit status {code}"));
    }
    if code == KILLED && ended.failed() {
        line.push_str(" (ended without one; `batchctl jobs why ");
        line.push_str(job_id);
        line.push_str("` says why)");
    }
    if let Some(place) = full_logs(body) {
        line.push_str("; full logs: ");
        line.push_str(&printable(&place));
    }
    line
}

/// The task's redirect path, when it sends its logs somewhere.
fn full_logs(body: &Value) -> Option<String> {
    let info = body.pointer("/Job/Tasks/0/RedirectInfo")?;
    let path = info
        .get("StdoutRedirectPath")
        .and_then(Value::as_str)
        .filter(|p| !p.is_empty())?;
    Some(path.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_status_is_the_commands_or_137_when_the_job_failed_without_one() {
        assert_eq!(status_of(false, 0), 0);
        assert_eq!(status_of(true, 3), 3);
        assert_eq!(status_of(true, 0), KILLED);
        assert_eq!(status_of(true, 300), 255);
    }

    #[test]
    fn the_last_line_names_state_status_and_where_the_logs_are() {
        let ended = Ended {
            job: serde_json::json!({"JobState": "FAILED"}),
            state: "FAILED".into(),
        };
        let body = serde_json::json!({"Job": {"Tasks": [{"RedirectInfo": {"StdoutRedirectPath": "cos://b/logs/"}}]}});
        let line = last_line("job-aaaaaaaa", &ended, 3, &body, 4);
        assert_eq!(
            line,
            "job job-aaaaaaaa ended FAILED: 4 instances, highest exit status 3; full logs: cos://b/logs/"
        );
        let line = last_line("job-aaaaaaaa", &ended, KILLED, &serde_json::json!({}), 1);
        assert!(
            line.contains("exit status 137 (ended without one"),
            "{line}"
        );
    }
}
