//! Fitting a table to the terminal, for any command: which columns stay, how wide each
//! may be, and cutting long cells with `…`. Also where the width and the local time zone
//! come from, decided once at the edge so that tests can force them.
//!
//! A command describes its columns with [`Fit`] (may the column be cut, and how useful
//! it is), builds its rows as plain text, and calls [`fit`] with the width from
//! [`OutputOptions::width`](super::OutputOptions): `None` (piped, `-o wide`) keeps
//! everything uncut.

use std::io::IsTerminal;

use chrono::{DateTime, FixedOffset, Local, Offset, TimeZone, Utc};
use unicode_width::UnicodeWidthChar;

/// The environment variable that makes batchctl treat stdout as a terminal (for tests and
/// for `watch`-like wrappers that capture a terminal's output).
pub const FORCE_TERMINAL_ENV: &str = "BATCHCTL_FORCE_TERMINAL";

/// The least width a cut column keeps (its header may be narrower).
const MIN_CUT_WIDTH: usize = 8;

/// How a column behaves when the table is too wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fit {
    /// Long text may be cut with `…` (names, tags); never for IDs and states.
    pub cut: bool,
    /// How useful the column is: the lowest drops first; `u8::MAX` never drops.
    pub keep: u8,
}

impl Fit {
    /// Never cut, never dropped: IDs and states.
    pub const ESSENTIAL: Fit = Fit {
        cut: false,
        keep: u8::MAX,
    };

    /// May be dropped (lowest `keep` first), never cut: numbers, times, zones.
    pub const fn whole(keep: u8) -> Fit {
        Fit { cut: false, keep }
    }

    /// May be cut with `…`, and dropped (lowest `keep` first): names, tags, free text.
    pub const fn cut(keep: u8) -> Fit {
        Fit { cut: true, keep }
    }

    /// A guess for a column known only by its name (the rows of any API answer): IDs and
    /// states are essential; names and the other text may be cut; earlier columns are
    /// kept longer than later ones (`position` counts from 0).
    pub fn guess(name: &str, position: usize) -> Fit {
        let last = name.rsplit('.').next().unwrap_or(name);
        if (last.ends_with("Id") && position < 3) || last.ends_with("State") {
            return Fit::ESSENTIAL;
        }
        let keep = 200u8.saturating_sub(position.min(199) as u8);
        if last.ends_with("Time")
            || last.ends_with("Zone")
            || last.ends_with("Index")
            || last == "InstanceType"
        {
            // A cut time, zone, index or instance type tells nothing.
            return Fit::whole(keep);
        }
        Fit::cut(keep)
    }
}

/// The result of fitting: the columns kept (indices into the input, in order) and the
/// cells to print, cut where needed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fitted {
    pub kept: Vec<usize>,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Display width: CJK and other wide characters count two, control characters none.
pub fn display_width(text: &str) -> usize {
    text.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// `text` cut to at most `width` columns, ending in `…` when cut.
pub fn cut(text: &str, width: usize) -> String {
    if display_width(text) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

/// Fits `header` and `rows` (one `Fit` per column) into `width` columns, `gap` spaces
/// between columns. Without a width nothing changes. Columns drop, least useful first,
/// until the rest fits with cut columns at their least width; then the widest cut
/// columns give up space until the table fits. Essential columns are never touched, so a
/// very narrow terminal can still get a wider line (an ID is never cut).
pub fn fit(
    header: &[String],
    rows: &[Vec<String>],
    fits: &[Fit],
    width: Option<usize>,
    gap: usize,
) -> Fitted {
    let n = header.len();
    let natural: Vec<usize> = (0..n)
        .map(|i| {
            rows.iter()
                .filter_map(|r| r.get(i))
                .map(|t| display_width(t))
                .chain(std::iter::once(display_width(&header[i])))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let fit_of = |i: usize| fits.get(i).copied().unwrap_or(Fit::cut(0));
    let least = |i: usize| {
        if fit_of(i).cut {
            natural[i].min(MIN_CUT_WIDTH.max(display_width(&header[i])))
        } else {
            natural[i]
        }
    };
    let total = |cols: &[usize], widths: &dyn Fn(usize) -> usize| -> usize {
        cols.iter().map(|&i| widths(i)).sum::<usize>() + gap * cols.len().saturating_sub(1)
    };
    let mut kept: Vec<usize> = (0..n).collect();
    let mut widths = natural.clone();
    if let Some(width) = width {
        // Drop the least useful columns (the later one first among equals) until the
        // least widths fit.
        while total(&kept, &least) > width {
            let victim = kept
                .iter()
                .copied()
                .filter(|&i| fit_of(i).keep < u8::MAX)
                .min_by_key(|&i| (fit_of(i).keep, std::cmp::Reverse(i)));
            match victim {
                Some(v) => kept.retain(|&i| i != v),
                None => break,
            }
        }
        // Shrink the widest cut column, one column at a time, until the table fits.
        let mut excess = total(&kept, &|i| natural[i]).saturating_sub(width);
        while excess > 0 {
            let widest = kept
                .iter()
                .copied()
                .filter(|&i| fit_of(i).cut && widths[i] > least(i))
                .max_by_key(|&i| (widths[i], std::cmp::Reverse(i)));
            match widest {
                Some(i) => {
                    widths[i] -= 1;
                    excess -= 1;
                }
                None => break,
            }
        }
    }
    let shape = |cells: &[String]| -> Vec<String> {
        kept.iter()
            .map(|&i| {
                let text = cells.get(i).map(String::as_str).unwrap_or("");
                if width.is_some() && fit_of(i).cut {
                    cut(text, widths[i])
                } else {
                    text.to_string()
                }
            })
            .collect()
    };
    Fitted {
        header: shape(header),
        rows: rows.iter().map(|r| shape(r)).collect(),
        kept,
    }
}

/// The width tables must fit on stdout: `None` when stdout is not a terminal (unless
/// [`FORCE_TERMINAL_ENV`] is set); `COLUMNS` when set, else the terminal's width, else 80.
pub fn stdout_width() -> Option<usize> {
    let forced = std::env::var_os(FORCE_TERMINAL_ENV).is_some_and(|v| !v.is_empty() && v != "0");
    let stdout = std::io::stdout();
    if !forced && !stdout.is_terminal() {
        return None;
    }
    if let Some(columns) = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|c| *c > 0)
    {
        return Some(columns);
    }
    terminal_size::terminal_size_of(&stdout)
        .map(|(terminal_size::Width(w), _)| usize::from(w))
        .filter(|w| *w > 0)
        .or(Some(80))
}

/// The time zone tables show times in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zone {
    /// The system's local time (`TZ` honoured).
    Local,
    /// A fixed offset (tests).
    Fixed(FixedOffset),
}

impl Zone {
    /// The offset in force at `at`.
    pub fn offset_at(self, at: DateTime<Utc>) -> FixedOffset {
        match self {
            Zone::Local => Local.offset_from_utc_datetime(&at.naive_utc()).fix(),
            Zone::Fixed(offset) => offset,
        }
    }

    /// A header with the offset in force at `now`: `CREATED (+08:00)`.
    pub fn header(self, label: &str, now: DateTime<Utc>) -> String {
        format!("{label} ({})", offset_text(self.offset_at(now)))
    }

    /// `at` in this zone as `YYYY-MM-DD HH:MM:SS`; when the offset then differs from the
    /// header's (summer time), the offset follows the time.
    pub fn time_text(self, at: DateTime<Utc>, now: DateTime<Utc>) -> String {
        let offset = self.offset_at(at);
        let text = at
            .with_timezone(&offset)
            .format("%Y-%m-%d %H:%M:%S")
            .to_string();
        if offset == self.offset_at(now) {
            text
        } else {
            format!("{text} {}", offset_text(offset))
        }
    }
}

/// `+08:00`, `-05:00`, `+00:00`.
pub fn offset_text(offset: FixedOffset) -> String {
    let seconds = offset.local_minus_utc();
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.unsigned_abs() / 60;
    format!("{sign}{:02}:{:02}", minutes / 60, minutes % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| c.to_string()).collect()
    }

    fn line_widths(f: &Fitted, gap: usize) -> Vec<usize> {
        std::iter::once(&f.header)
            .chain(&f.rows)
            .map(|r| r.iter().map(|c| display_width(c)).sum::<usize>() + gap * (r.len() - 1))
            .collect()
    }

    #[test]
    fn nothing_changes_without_a_width() {
        let header = strings(&["ID", "NAME"]);
        let rows = vec![strings(&["job-1", &"x".repeat(300)])];
        let f = fit(&header, &rows, &[Fit::ESSENTIAL, Fit::cut(5)], None, 3);
        assert_eq!(f.rows, rows);
        assert_eq!(f.kept, [0, 1]);
    }

    #[test]
    fn long_names_are_cut_and_useless_columns_drop_first() {
        let header = strings(&["ID", "NAME", "STATE", "ZONE", "TAGS"]);
        let rows = vec![strings(&[
            "job-3n2weaqt",
            "a-very-long-job-name-that-goes-on-and-on",
            "FAILED_INTERRUPTED",
            "ap-guangzhou-4",
            "k=v,team=data-platform",
        ])];
        let fits = [
            Fit::ESSENTIAL,
            Fit::cut(9),
            Fit::ESSENTIAL,
            Fit::whole(3),
            Fit::cut(1),
        ];
        for width in [40, 60, 80, 100] {
            let f = fit(&header, &rows, &fits, Some(width), 3);
            assert!(
                line_widths(&f, 3).iter().all(|w| *w <= width),
                "{width}: {f:?}"
            );
            assert!(f.rows[0].contains(&"job-3n2weaqt".to_string()));
            assert!(f.rows[0].contains(&"FAILED_INTERRUPTED".to_string()));
        }
        let f = fit(&header, &rows, &fits, Some(70), 3);
        assert_eq!(f.header, ["ID", "NAME", "STATE", "ZONE"], "tags drop first");
        assert!(f.rows[0][1].ends_with('…'), "{f:?}");
        // Too narrow for anything but the essentials: they stay whole.
        let f = fit(&header, &rows, &fits, Some(10), 3);
        assert_eq!(f.rows[0], ["job-3n2weaqt", "FAILED_INTERRUPTED"]);
    }

    #[test]
    fn cutting_counts_wide_characters() {
        assert_eq!(cut("数据清洗每日任务", 7), "数据清…");
        assert_eq!(display_width(&cut("数据清洗每日任务", 8)), 7);
        assert_eq!(cut("short", 8), "short");
        assert_eq!(cut("exactly8", 8), "exactly8");
        assert_eq!(cut("nine-char", 8), "nine-ch…");
    }

    #[test]
    fn times_show_in_the_zone_with_the_offset_in_the_header() {
        let now: DateTime<Utc> = "2020-09-22T07:17:42Z".parse().unwrap();
        let beijing = Zone::Fixed(FixedOffset::east_opt(8 * 3600).unwrap());
        assert_eq!(beijing.header("CREATED", now), "CREATED (+08:00)");
        assert_eq!(beijing.time_text(now, now), "2020-09-22 15:17:42");
        let west = Zone::Fixed(FixedOffset::west_opt(5 * 3600 + 1800).unwrap());
        assert_eq!(west.header("ENDED", now), "ENDED (-05:30)");
    }

    #[test]
    fn guessed_columns_keep_ids_and_states() {
        assert_eq!(Fit::guess("JobId", 0), Fit::ESSENTIAL);
        assert_eq!(Fit::guess("JobState", 5), Fit::ESSENTIAL);
        assert!(Fit::guess("JobName", 1).cut);
        assert!(Fit::guess("JobName", 1).keep > Fit::guess("Tags", 9).keep);
        for whole in [
            "Placement.Zone",
            "TaskInstanceIndex",
            "InstanceType",
            "CreateTime",
        ] {
            assert!(!Fit::guess(whole, 4).cut, "{whole} is never cut");
        }
    }
}
