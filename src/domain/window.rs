//! A window of creation times (`--since`, `--until`): bounds given as a duration back from
//! now (`3h`, `1d`, `1h30m`), a date (`2026-12-01`, midnight local time), a local date and
//! time (`2026-12-01 14:00[:SS]`, `T` also accepted) or an RFC 3339 time with its offset.
//! Jobs come from DescribeJobs newest first, so the first job older than `since` ends the
//! walk: no later page can hold a job inside the window.

use chrono::{DateTime, Local, NaiveDate, NaiveDateTime, TimeZone, Utc};

use crate::domain::pager::Keep;

/// The creation times a selection keeps: `since <= CreateTime < until`, each bound optional.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Window {
    pub since: Option<DateTime<Utc>>,
    pub until: Option<DateTime<Utc>>,
}

impl Window {
    /// True when neither bound is given (every job is kept).
    pub fn is_open(&self) -> bool {
        self.since.is_none() && self.until.is_none()
    }

    /// What a walk of a newest-first list does with a job created at `created` (`None`:
    /// no readable CreateTime, which no bound can place, so it is skipped).
    pub fn judge(&self, created: Option<DateTime<Utc>>) -> Keep {
        if self.is_open() {
            return Keep::Yes;
        }
        let Some(at) = created else {
            return Keep::No;
        };
        if self.since.is_some_and(|s| at < s) {
            return Keep::End;
        }
        if self.until.is_some_and(|u| at >= u) {
            return Keep::No;
        }
        Keep::Yes
    }
}

/// Reads a bound of `--since`/`--until`; the error names the value and the accepted forms.
pub fn parse(value: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>, String> {
    let text = value.trim();
    let bad = || {
        format!(
            "'{value}' is neither a duration back from now (30m, 3h, 1d) nor a time (2026-12-01, 2026-12-01 14:00, 2026-12-01T14:00:00+08:00)"
        )
    };
    if text.is_empty() {
        return Err(bad());
    }
    if let Ok(at) = DateTime::parse_from_rfc3339(text) {
        return Ok(at.with_timezone(&Utc));
    }
    if let Ok(day) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return local(day.and_hms_opt(0, 0, 0).ok_or_else(bad)?).ok_or_else(bad);
    }
    for form in [
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M",
    ] {
        if let Ok(at) = NaiveDateTime::parse_from_str(text, form) {
            return local(at).ok_or_else(bad);
        }
    }
    // A duration needs a unit here: a bare number is more likely a mistyped date.
    if text.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return Err(bad());
    }
    let back = crate::transport::duration::parse(text).map_err(|_| bad())?;
    let back = chrono::Duration::from_std(back).map_err(|_| bad())?;
    now.checked_sub_signed(back).ok_or_else(bad)
}

/// A local wall-clock time as UTC (the earlier one when a clock change makes it twice).
fn local(at: NaiveDateTime) -> Option<DateTime<Utc>> {
    Local
        .from_local_datetime(&at)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
}

/// A job's age as tables show it: `45s`, `5m`, `3h`, `2d` (whole units, rounded down).
pub fn age(created: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let s = (now - created).num_seconds().max(0);
    match s {
        0..=59 => format!("{s}s"),
        60..=3599 => format!("{}m", s / 60),
        3600..=86_399 => format!("{}h", s / 3600),
        _ => format!("{}d", s / 86_400),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        "2026-12-03T12:00:00Z".parse().unwrap()
    }

    #[test]
    fn durations_count_back_from_now_and_times_are_read_as_given() {
        let at = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
        assert_eq!(parse("1d", now()), Ok(at("2026-12-02T12:00:00Z")));
        assert_eq!(parse("3h", now()), Ok(at("2026-12-03T09:00:00Z")));
        assert_eq!(parse("1h30m", now()), Ok(at("2026-12-03T10:30:00Z")));
        assert_eq!(
            parse("2026-12-01T08:00:00+08:00", now()),
            Ok(at("2026-12-01T00:00:00Z"))
        );
        assert_eq!(
            parse("2026-12-01T00:00:00Z", now()),
            Ok(at("2026-12-01T00:00:00Z"))
        );
        assert!(parse("2026-12-01", now()).is_ok());
        assert!(parse("2026-12-01 14:00", now()).is_ok());
    }

    #[test]
    fn bad_values_are_named() {
        for bad in [
            "",
            "yesterday",
            "3x",
            "2026-13-01",
            "42",
            "-1d",
            "2026-12-01T25:00",
        ] {
            let err = parse(bad, now()).unwrap_err();
            assert!(err.contains(&format!("'{bad}'")), "{bad}: {err}");
        }
    }

    #[test]
    fn a_job_older_than_since_ends_the_walk_and_newer_than_until_is_skipped() {
        let at = |s: &str| Some(s.parse::<DateTime<Utc>>().unwrap());
        let w = Window {
            since: at("2026-12-01T00:00:00Z"),
            until: at("2026-12-02T00:00:00Z"),
        };
        assert_eq!(w.judge(at("2026-12-02T00:00:00Z")), Keep::No);
        assert_eq!(w.judge(at("2026-12-01T10:00:00Z")), Keep::Yes);
        assert_eq!(w.judge(at("2026-12-01T00:00:00Z")), Keep::Yes);
        assert_eq!(w.judge(at("2026-11-30T23:59:59Z")), Keep::End);
        assert_eq!(w.judge(None), Keep::No);
        assert_eq!(Window::default().judge(None), Keep::Yes);
    }

    #[test]
    fn ages_are_whole_units() {
        let at = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
        assert_eq!(age(at("2026-12-03T11:59:15Z"), now()), "45s");
        assert_eq!(age(at("2026-12-03T11:55:00Z"), now()), "5m");
        assert_eq!(age(at("2026-12-03T08:59:00Z"), now()), "3h");
        assert_eq!(age(at("2026-12-01T11:00:00Z"), now()), "2d");
        assert_eq!(age(at("2026-12-04T00:00:00Z"), now()), "0s");
    }
}
