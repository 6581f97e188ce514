//! The members of a JobView that the job columns read ([`super::columns::Column`]), decoded
//! from the job's text in one pass, strings borrowed from it.

use std::borrow::Cow;

use serde::{Deserialize, Deserializer};
use serde_json::value::RawValue;

use super::columns::Column;

/// The columns' members of a well-formed JobView, read straight from its text without
/// building a `Value` (the fast path of csv over many jobs, and of the job table). Any
/// member of an unexpected type makes the reading fail, and the renderers then read the
/// job leniently, as a `Value`, instead.
#[derive(Deserialize)]
pub(crate) struct Fields<'a> {
    #[serde(rename = "JobId", borrow, default)]
    pub(crate) job_id: Option<Text<'a>>,
    #[serde(rename = "JobName", borrow, default)]
    pub(crate) job_name: Option<Text<'a>>,
    #[serde(rename = "JobState", borrow, default)]
    pub(crate) job_state: Option<Text<'a>>,
    #[serde(rename = "Priority", borrow, default)]
    pub(crate) priority: Option<&'a RawValue>,
    #[serde(rename = "Placement", borrow, default, deserialize_with = "object")]
    pub(crate) placement: Option<Placement<'a>>,
    #[serde(rename = "CreateTime", borrow, default)]
    pub(crate) create_time: Option<Text<'a>>,
    /// `Some(None)` when it is null (a job that has not ended), `None` when missing.
    #[serde(rename = "EndTime", borrow, default, deserialize_with = "present")]
    pub(crate) end_time: Option<Option<Text<'a>>>,
    #[serde(rename = "TaskMetrics", default, deserialize_with = "object")]
    pub(crate) task_metrics: Option<Counters>,
    #[serde(rename = "Tags", borrow, default, deserialize_with = "objects")]
    pub(crate) tags: Option<Vec<Tag<'a>>>,
}

/// A JSON string, borrowed from the job's text unless it holds escapes. (serde borrows a
/// `Cow` only when it is a field's own type: an `Option<Cow<str>>` would always copy.)
#[derive(Deserialize)]
pub(crate) struct Text<'a>(#[serde(borrow)] pub(crate) Cow<'a, str>);

#[derive(Deserialize)]
pub(crate) struct Placement<'a> {
    #[serde(rename = "Zone", borrow, default)]
    pub(crate) zone: Option<Text<'a>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct Counters {
    pub(crate) submitted_count: Option<u64>,
    pub(crate) pending_count: Option<u64>,
    pub(crate) runnable_count: Option<u64>,
    pub(crate) starting_count: Option<u64>,
    pub(crate) running_count: Option<u64>,
    pub(crate) succeed_count: Option<u64>,
    pub(crate) failed_interrupted_count: Option<u64>,
    pub(crate) failed_count: Option<u64>,
}

#[derive(Deserialize)]
pub(crate) struct Tag<'a> {
    #[serde(rename = "Key", borrow, default)]
    pub(crate) key: Cow<'a, str>,
    #[serde(rename = "Value", borrow, default)]
    pub(crate) value: Cow<'a, str>,
}

/// A value that must be a JSON object: serde's derived structs also take an array, by
/// position, where the lenient reading sees no members at all.
struct Object<T>(T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Members<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Members<T> {
            type Value = Object<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<Object<T>, A::Error> {
                T::deserialize(serde::de::value::MapAccessDeserializer::new(map)).map(Object)
            }
        }
        d.deserialize_map(Members(std::marker::PhantomData))
    }
}

/// An object member, `None` when null.
fn object<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<Object<T>>::deserialize(d).map(|o| o.map(|Object(t)| t))
}

/// An array of objects, `None` when null.
fn objects<'de, D, T>(d: D) -> Result<Option<Vec<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<Vec<Object<T>>>::deserialize(d)
        .map(|o| o.map(|items| items.into_iter().map(|Object(t)| t).collect()))
}

/// A member that is present: `Some`, even when it is null (`Some(None)`).
fn present<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(d).map(Some)
}

impl Counters {
    /// The counter of a task-count column (`None` for other columns, or when absent).
    pub(crate) fn get(&self, column: Column) -> Option<u64> {
        match column {
            Column::SubmittedCount => self.submitted_count,
            Column::PendingCount => self.pending_count,
            Column::RunnableCount => self.runnable_count,
            Column::StartingCount => self.starting_count,
            Column::RunningCount => self.running_count,
            Column::SucceedCount => self.succeed_count,
            Column::FailedInterruptedCount => self.failed_interrupted_count,
            Column::FailedCount => self.failed_count,
            _ => None,
        }
    }
}

/// A number, boolean or null: text the lenient path would print the same way.
pub(crate) fn is_plain_scalar(raw: &str) -> bool {
    matches!(
        raw.as_bytes().first(),
        Some(b'-' | b'0'..=b'9' | b't' | b'f' | b'n')
    )
}
