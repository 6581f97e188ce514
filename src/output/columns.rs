//! The columns of table and csv output, named as in the csv header, and how each is read
//! from a JobView. Values the service did not send render as empty, never as an error.

use serde_json::Value;

/// One column of `--columns`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    JobId,
    JobName,
    JobState,
    Priority,
    Zone,
    CreateTime,
    EndTime,
    SubmittedCount,
    PendingCount,
    RunnableCount,
    StartingCount,
    RunningCount,
    SucceedCount,
    FailedInterruptedCount,
    FailedCount,
    Tags,
    /// Task progress, for people (`succeeded/total` and what is running or failed).
    Tasks,
    /// End − create, or now − create while the job runs.
    Duration,
    /// Now − create, in whole units (`5m`, `3h`, `2d`).
    Age,
}

impl Column {
    /// Every column, csv header order first, then the ones for people.
    pub const ALL: [Column; 19] = [
        Column::JobId,
        Column::JobName,
        Column::JobState,
        Column::Priority,
        Column::Zone,
        Column::CreateTime,
        Column::EndTime,
        Column::SubmittedCount,
        Column::PendingCount,
        Column::RunnableCount,
        Column::StartingCount,
        Column::RunningCount,
        Column::SucceedCount,
        Column::FailedInterruptedCount,
        Column::FailedCount,
        Column::Tags,
        Column::Tasks,
        Column::Duration,
        Column::Age,
    ];

    /// The csv columns of the contract, in order.
    pub const CSV_DEFAULT: [Column; 16] = [
        Column::JobId,
        Column::JobName,
        Column::JobState,
        Column::Priority,
        Column::Zone,
        Column::CreateTime,
        Column::EndTime,
        Column::SubmittedCount,
        Column::PendingCount,
        Column::RunnableCount,
        Column::StartingCount,
        Column::RunningCount,
        Column::SucceedCount,
        Column::FailedInterruptedCount,
        Column::FailedCount,
        Column::Tags,
    ];

    /// The table's default columns.
    pub const TABLE_DEFAULT: [Column; 10] = [
        Column::JobId,
        Column::JobName,
        Column::JobState,
        Column::Priority,
        Column::Zone,
        Column::Tasks,
        Column::Age,
        Column::CreateTime,
        Column::Duration,
        Column::Tags,
    ];

    /// `-o wide`: every column, for people, in a readable order.
    pub const WIDE_DEFAULT: [Column; 19] = [
        Column::JobId,
        Column::JobName,
        Column::JobState,
        Column::Priority,
        Column::Zone,
        Column::Tasks,
        Column::Age,
        Column::CreateTime,
        Column::EndTime,
        Column::Duration,
        Column::SubmittedCount,
        Column::PendingCount,
        Column::RunnableCount,
        Column::StartingCount,
        Column::RunningCount,
        Column::SucceedCount,
        Column::FailedInterruptedCount,
        Column::FailedCount,
        Column::Tags,
    ];

    /// The header label people see in `table` (also accepted by `--columns`).
    pub fn header(self) -> &'static str {
        match self {
            Column::JobId => "ID",
            Column::JobName => "NAME",
            Column::JobState => "STATE",
            Column::Priority => "PRIORITY",
            Column::Zone => "ZONE",
            Column::CreateTime => "CREATED",
            Column::EndTime => "ENDED",
            Column::SubmittedCount => "SUBMITTED",
            Column::PendingCount => "PENDING",
            Column::RunnableCount => "RUNNABLE",
            Column::StartingCount => "STARTING",
            Column::RunningCount => "RUNNING",
            Column::SucceedCount => "SUCCEED",
            Column::FailedInterruptedCount => "INTERRUPTED",
            Column::FailedCount => "FAILED",
            Column::Tags => "TAGS",
            Column::Tasks => "TASKS",
            Column::Duration => "DURATION",
            Column::Age => "AGE",
        }
    }

    /// How the column behaves when a table is too wide for the terminal: IDs and states
    /// whole and always there; names and tags cut; the rest dropped, least useful first.
    pub fn fit(self) -> super::fit::Fit {
        use super::fit::Fit;
        match self {
            Column::JobId | Column::JobState => Fit::ESSENTIAL,
            Column::JobName => Fit::cut(100),
            Column::Tasks => Fit::whole(90),
            Column::Age => Fit::whole(85),
            Column::CreateTime => Fit::whole(80),
            Column::Duration => Fit::whole(70),
            Column::EndTime => Fit::whole(60),
            Column::Zone => Fit::whole(50),
            Column::Priority => Fit::whole(40),
            Column::Tags => Fit::cut(30),
            _ => Fit::whole(20),
        }
    }

    /// The name used by `--columns` and the csv header.
    pub fn name(self) -> &'static str {
        match self {
            Column::JobId => "JobId",
            Column::JobName => "JobName",
            Column::JobState => "JobState",
            Column::Priority => "Priority",
            Column::Zone => "Zone",
            Column::CreateTime => "CreateTime",
            Column::EndTime => "EndTime",
            Column::SubmittedCount => "SubmittedCount",
            Column::PendingCount => "PendingCount",
            Column::RunnableCount => "RunnableCount",
            Column::StartingCount => "StartingCount",
            Column::RunningCount => "RunningCount",
            Column::SucceedCount => "SucceedCount",
            Column::FailedInterruptedCount => "FailedInterruptedCount",
            Column::FailedCount => "FailedCount",
            Column::Tags => "Tags",
            Column::Tasks => "Tasks",
            Column::Duration => "Duration",
            Column::Age => "Age",
        }
    }

    /// Finds a column by its csv name or its table header, case-insensitively
    /// (`JobId`, `id`, `CREATED`).
    pub fn from_name(name: &str) -> Option<Column> {
        Column::ALL
            .into_iter()
            .find(|c| c.name().eq_ignore_ascii_case(name))
            .or_else(|| {
                Column::ALL
                    .into_iter()
                    .find(|c| c.header().eq_ignore_ascii_case(name))
            })
    }

    /// The `TaskMetrics` key of a counter column.
    pub fn task_counter(self) -> Option<&'static str> {
        match self {
            Column::SubmittedCount
            | Column::PendingCount
            | Column::RunnableCount
            | Column::StartingCount
            | Column::RunningCount
            | Column::SucceedCount
            | Column::FailedInterruptedCount
            | Column::FailedCount => Some(self.name()),
            _ => None,
        }
    }
}

/// A string field of a JobView, or `""`.
pub fn str_field<'a>(job: &'a Value, key: &str) -> &'a str {
    job.get(key).and_then(Value::as_str).unwrap_or("")
}

/// A scalar as text: strings as they are, numbers and booleans printed, null and missing empty.
pub fn scalar_text(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// `Placement.Zone`, or `""`.
pub fn zone(job: &Value) -> &str {
    job.get("Placement")
        .and_then(|p| p.get("Zone"))
        .and_then(Value::as_str)
        .unwrap_or("")
}

/// A `TaskMetrics` counter, or `None` when absent.
pub fn task_count(job: &Value, counter: &str) -> Option<u64> {
    job.get("TaskMetrics")
        .and_then(|m| m.get(counter))
        .and_then(Value::as_u64)
}

/// The tags as `(key, value)` pairs, in the service's order.
pub fn tags(job: &Value) -> Vec<(&str, &str)> {
    job.get("Tags")
        .and_then(Value::as_array)
        .map(|tags| {
            tags.iter()
                .map(|t| (str_field(t, "Key"), str_field(t, "Value")))
                .collect()
        })
        .unwrap_or_default()
}

/// Tags as `key=value` pairs joined by `;` (the csv form).
pub fn tags_text(job: &Value) -> String {
    tags(job)
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(";")
}
