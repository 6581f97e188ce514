//! Time series in answers (DescribeJobMonitorData's `DataPoints`: `Timestamps` in epoch
//! seconds beside lists of values of the same length), shown in tables as one row per
//! point, the time local as the job tables show theirs (the offset in the header).

use std::io::Write;

use chrono::{DateTime, Utc};
use serde_json::{Map, Value};

use super::OutputOptions;
use super::rows;
use crate::transport::error::Error;

/// The member holding the epoch seconds of a series.
const TIMESTAMPS: &str = "Timestamps";

/// Whether `value` is a series: an object with `Timestamps`, a list of whole numbers,
/// and only lists of the same length beside it.
pub fn is_series(value: &Value) -> bool {
    let Some(map) = value.as_object() else {
        return false;
    };
    let Some(Value::Array(times)) = map.get(TIMESTAMPS) else {
        return false;
    };
    times.iter().all(|t| t.as_i64().is_some())
        && map
            .values()
            .all(|v| v.as_array().is_some_and(|a| a.len() == times.len()))
}

/// Splits `answer` into the members that are not series, and its series by name.
pub fn split(answer: &Value) -> Option<(Value, Vec<(String, Value)>)> {
    let map = answer.as_object()?;
    let series: Vec<(String, Value)> = map
        .iter()
        .filter(|(_, v)| is_series(v))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    if series.is_empty() {
        return None;
    }
    let rest: Map<String, Value> = map
        .iter()
        .filter(|(_, v)| !is_series(v))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    Some((Value::Object(rest), series))
}

/// Epoch seconds as `YYYY-MM-DD HH:MM:SS` in the table's zone; anything else as is.
pub fn epoch_text(value: &Value, opts: &OutputOptions) -> String {
    match value
        .as_i64()
        .and_then(|s| DateTime::<Utc>::from_timestamp(s, 0))
    {
        Some(at) => opts.zone.time_text(at, opts.now),
        None => rows::text(value),
    }
}

/// One row per point: the time (local, the offset in the header), then each list's value.
pub fn write_series(
    series: &Value,
    opts: &OutputOptions,
    out: &mut dyn Write,
) -> Result<(), Error> {
    let Some(map) = series.as_object() else {
        return Ok(());
    };
    let others: Vec<(&String, &Vec<Value>)> = map
        .iter()
        .filter(|(k, _)| *k != TIMESTAMPS)
        .filter_map(|(k, v)| Some((k, v.as_array()?)))
        .collect();
    let times = map
        .get(TIMESTAMPS)
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let mut columns = vec![opts.zone.header(TIMESTAMPS, opts.now)];
    columns.extend(others.iter().map(|(k, _)| k.to_string()));
    let table_rows: Vec<Vec<String>> = times
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let mut row = vec![epoch_text(t, opts)];
            row.extend(
                others
                    .iter()
                    .map(|(_, values)| values.get(i).map(rows::text).unwrap_or_default()),
            );
            row
        })
        .collect();
    let header = opts.headers.then_some(&columns[..]);
    rows::write_table(
        rows::table_fitted(header, &table_rows, &columns, opts.color, opts.width),
        out,
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::Format;
    use crate::output::fit::Zone;
    use serde_json::json;

    fn opts() -> OutputOptions {
        let mut opts = OutputOptions::new(Format::Table, None, false, false);
        opts.zone = Zone::Fixed(chrono::FixedOffset::east_opt(8 * 3600).unwrap());
        opts.width = None;
        opts
    }

    #[test]
    fn epoch_seconds_read_as_local_times_with_the_offset_in_the_header() {
        let answer = json!({"Period": 10, "DataPoints": {
            "Timestamps": [1796301598, 1796301608], "Values": [1.71, 2.5]},
            "RequestId": "r-1"});
        let (rest, series) = split(&answer).unwrap();
        assert_eq!(rest, json!({"Period": 10, "RequestId": "r-1"}));
        assert_eq!(series.len(), 1);
        let mut out = Vec::new();
        write_series(&series[0].1, &opts(), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[0].starts_with("Timestamps (+08:00)"), "{text}");
        assert!(lines[0].ends_with("Values"), "{text}");
        // 1796301598 is 2026-12-03 12:39:58 UTC.
        assert!(lines[1].starts_with("2026-12-03 20:39:58"), "{text}");
        assert!(lines[1].ends_with("1.71"), "{text}");
        assert!(lines[2].starts_with("2026-12-03 20:40:08"), "{text}");
        assert!(!text.contains("1796301598"), "{text}");
    }

    #[test]
    fn objects_that_are_not_series_are_left_alone() {
        assert!(!is_series(&json!({"Timestamps": [1, 2], "Values": [1]})));
        assert!(!is_series(&json!({"Timestamps": ["a"], "Values": [1]})));
        assert!(!is_series(&json!({"Values": [1]})));
        assert!(split(&json!({"Period": 10})).is_none());
    }
}
