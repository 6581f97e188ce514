//! `jobs timeline`'s pictures, pure: each instance's waiting (created → running) and
//! running (running → end, or now) on one shared time axis, as terminal text that fits a
//! width or as a standalone SVG document.

use chrono::{DateTime, Utc};

use super::fit::{self, Zone};

/// One instance's times, as DescribeTask gave them (parsed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interval {
    pub task: String,
    pub index: u64,
    pub state: String,
    pub created: Option<DateTime<Utc>>,
    pub running: Option<DateTime<Utc>>,
    pub ended: Option<DateTime<Utc>>,
}

impl Interval {
    /// `task/index`.
    pub fn label(&self) -> String {
        format!("{}/{}", self.task, self.index)
    }

    /// Where its bar starts: creation, else its first known time.
    fn start(&self) -> Option<DateTime<Utc>> {
        self.created.or(self.running).or(self.ended)
    }

    /// Where its bar ends: the end, or `now` while it has none.
    fn end(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.start()?;
        Some(self.ended.unwrap_or(now))
    }
}

/// The shared axis: the earliest start to the latest end (at least one second long).
pub fn axis(rows: &[Interval], now: DateTime<Utc>) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
    let start = rows.iter().filter_map(Interval::start).min()?;
    let end = rows
        .iter()
        .filter_map(|r| r.end(now))
        .max()
        .unwrap_or(start)
        .max(start + chrono::Duration::seconds(1));
    Some((start, end))
}

/// What one column of a bar shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    Blank,
    Wait,
    Run,
}

/// The column of `at` on an axis of `cols` columns from `start` to `end` (clamped).
pub fn column(at: DateTime<Utc>, start: DateTime<Utc>, end: DateTime<Utc>, cols: usize) -> usize {
    let span = (end - start).num_milliseconds().max(1) as u128;
    let offset = (at - start).num_milliseconds().max(0) as u128;
    ((offset * cols as u128 / span) as usize).min(cols.saturating_sub(1))
}

/// The column just after a part ending at `at`: rounded up, so that a part reaching the
/// axis's end fills its last column (at most `cols`).
pub fn column_end(
    at: DateTime<Utc>,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    cols: usize,
) -> usize {
    let span = (end - start).num_milliseconds().max(1) as u128;
    let offset = (at - start).num_milliseconds().max(0) as u128;
    (offset * cols as u128).div_ceil(span).min(cols as u128) as usize
}

/// The cells of `row`'s bar: waiting from its creation to its start of running, running
/// from there to its end (or `now`); each part that happened takes at least one column.
pub fn bar(
    row: &Interval,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    cols: usize,
    now: DateTime<Utc>,
) -> Vec<Cell> {
    let mut cells = vec![Cell::Blank; cols];
    let (Some(from), Some(to)) = (row.start(), row.end(now)) else {
        return cells;
    };
    if cols == 0 {
        return cells;
    }
    let col = |t| column(t, start, end, cols);
    let until = |t| column_end(t, start, end, cols);
    let (wait_to, run) = match row.running {
        Some(running) => (col(running), Some(col(running))),
        None => (until(to).max(col(from) + 1), None),
    };
    for cell in &mut cells[col(from)..wait_to.min(cols)] {
        *cell = Cell::Wait;
    }
    if let Some(run_from) = run {
        let run_to = until(to).max(run_from + 1).min(cols);
        for cell in &mut cells[run_from..run_to] {
            *cell = Cell::Run;
        }
    }
    cells
}

/// How the text picture is drawn.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// The columns to fit.
    pub width: usize,
    /// ANSI colours for the running parts.
    pub color: bool,
    pub zone: Zone,
    pub now: DateTime<Utc>,
}

const WAIT: char = '░';
const RUN: char = '█';
/// The longest label kept whole.
const LABEL_MAX: usize = 28;
/// The state column after each bar.
const STATE_WIDTH: usize = 9;
/// The fewest columns a bar gets, however narrow the width.
const BAR_MIN: usize = 10;

fn paint(state: &str) -> &'static str {
    match state {
        "SUCCEED" => "\x1b[32m",
        "FAILED" | "FAILED_INTERRUPTED" => "\x1b[31m",
        _ => "\x1b[33m",
    }
}

/// The terminal picture: an axis line with the start and end in `style.zone`, one row per
/// instance (label, bar, state), and a legend; `omitted` instances are named in a note.
pub fn text(rows: &[Interval], style: &Style, omitted: usize) -> String {
    let Some((start, end)) = axis(rows, style.now) else {
        return "no instances to show\n".to_string();
    };
    let labels: Vec<String> = rows
        .iter()
        .map(|r| {
            fit::cut(
                &super::terminal::escape(&r.label(), super::terminal::Mode::Text),
                LABEL_MAX,
            )
        })
        .collect();
    let label_width = labels
        .iter()
        .map(|l| fit::display_width(l))
        .max()
        .unwrap_or(0)
        .max(4);
    let cols = style
        .width
        .saturating_sub(label_width + 2 + STATE_WIDTH)
        .max(BAR_MIN);
    let mut out = String::new();
    // The axis: the start under the bar's first column, the end over its last.
    let full = |t| style.zone.time_text(t, style.now);
    let short = |t: DateTime<Utc>| {
        t.with_timezone(&style.zone.offset_at(t))
            .format("%H:%M:%S")
            .to_string()
    };
    let (left, right) = if full(start).len() + full(end).len() < cols {
        (full(start), full(end))
    } else {
        (short(start), short(end))
    };
    let offset = fit::offset_text(style.zone.offset_at(style.now));
    let gap = cols.saturating_sub(left.len() + right.len()).max(1);
    out.push_str(&format!(
        "{offset:<label_width$} {left}{}{right}\n",
        " ".repeat(gap)
    ));
    out.push_str(&format!(
        "{:label_width$} ├{}┤\n",
        "",
        "─".repeat(cols.saturating_sub(2))
    ));
    for (row, label) in rows.iter().zip(&labels) {
        let pad = label_width - fit::display_width(label);
        out.push_str(label);
        out.push_str(&" ".repeat(pad + 1));
        // A colour is switched on where a run of cells of it starts and off where it ends.
        let mut current: Option<&str> = None;
        for cell in bar(row, start, end, cols, style.now) {
            let (c, colour) = match cell {
                Cell::Blank => (' ', None),
                Cell::Wait => (WAIT, Some("\x1b[2m")),
                Cell::Run => (RUN, Some(paint(&row.state))),
            };
            if style.color && colour != current {
                if current.is_some() {
                    out.push_str("\x1b[0m");
                }
                if let Some(code) = colour {
                    out.push_str(code);
                }
                current = colour;
            }
            out.push(c);
        }
        if style.color && current.is_some() {
            out.push_str("\x1b[0m");
        }
        out.push(' ');
        out.push_str(&super::terminal::escape(
            &row.state,
            super::terminal::Mode::Text,
        ));
        out.push('\n');
    }
    let swatch = |code: &str, c: char| {
        if style.color {
            format!("{code}{c}\x1b[0m")
        } else {
            c.to_string()
        }
    };
    out.push_str(&format!(
        "{} waiting {} succeeded {} failed {} running\n",
        swatch("\x1b[2m", WAIT),
        swatch(paint("SUCCEED"), RUN),
        swatch(paint("FAILED"), RUN),
        swatch(paint("RUNNING"), RUN),
    ));
    if omitted > 0 {
        out.push_str(&format!(
            "note: {omitted} more instances are not shown (the first {} are)\n",
            rows.len()
        ));
    }
    out
}

/// `text` with `&`, `<`, `>`, `"` and `'` escaped for XML, and the characters XML 1.0
/// cannot hold dropped.
pub fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            '\u{fffe}' | '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

fn svg_fill(state: &str) -> &'static str {
    match state {
        "SUCCEED" => "#2e9e44",
        "FAILED" | "FAILED_INTERRUPTED" => "#d73a3a",
        _ => "#e0b000",
    }
}

/// The same picture as a standalone SVG document: per instance one `<rect>` from creation
/// to the end (the waiting colour, its times in a `<title>`) with the running part drawn
/// over it, a time axis with ticks in `zone`, and a legend.
pub fn svg(rows: &[Interval], zone: Zone, now: DateTime<Utc>, omitted: usize) -> String {
    const LABEL: f64 = 220.0;
    const PLOT: f64 = 760.0;
    const ROW: f64 = 20.0;
    const TOP: f64 = 40.0;
    let (start, end) = axis(rows, now).unwrap_or((now, now + chrono::Duration::seconds(1)));
    let span = (end - start).num_milliseconds().max(1) as f64;
    let x = |t: DateTime<Utc>| LABEL + ((t - start).num_milliseconds().max(0) as f64) * PLOT / span;
    let height = TOP + ROW * rows.len() as f64 + 50.0;
    let width = LABEL + PLOT + 20.0;
    let mut s = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" \
width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" \
font-family=\"sans-serif\" font-size=\"12\">\n"
    );
    let time = |t: DateTime<Utc>| xml_escape(&zone.time_text(t, now));
    s.push_str(&format!(
        "<text x=\"{LABEL}\" y=\"14\">{}</text>\n<text x=\"{}\" y=\"14\" text-anchor=\"end\">{}</text>\n",
        time(start),
        LABEL + PLOT,
        time(end)
    ));
    s.push_str(&format!(
        "<line x1=\"{LABEL}\" y1=\"{a}\" x2=\"{}\" y2=\"{a}\" stroke=\"#555\"/>\n",
        LABEL + PLOT,
        a = TOP - 8.0
    ));
    for i in 0..=4 {
        let t = start + chrono::Duration::milliseconds((span as i64) * i / 4);
        let tx = x(t);
        let label = t
            .with_timezone(&zone.offset_at(t))
            .format("%H:%M:%S")
            .to_string();
        s.push_str(&format!(
            "<line x1=\"{tx:.1}\" y1=\"{}\" x2=\"{tx:.1}\" y2=\"{}\" stroke=\"#ccc\"/>\n\
<text x=\"{tx:.1}\" y=\"28\" font-size=\"10\" text-anchor=\"middle\">{label}</text>\n",
            TOP - 8.0,
            height - 40.0
        ));
    }
    for (i, row) in rows.iter().enumerate() {
        let y = TOP + ROW * i as f64;
        s.push_str(&format!(
            "<text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>\n",
            LABEL - 6.0,
            y + 13.0,
            xml_escape(&row.label())
        ));
        let (Some(from), Some(to)) = (row.start(), row.end(now)) else {
            continue;
        };
        let (x0, x1) = (x(from), x(to).max(x(from) + 1.0));
        let opt = |t: Option<DateTime<Utc>>| {
            t.map_or_else(|| "-".to_string(), |t| zone.time_text(t, now))
        };
        let title = format!(
            "{} {}: created {}, running {}, ended {}",
            row.label(),
            row.state,
            opt(row.created),
            opt(row.running),
            opt(row.ended)
        );
        s.push_str(&format!(
            "<rect x=\"{x0:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"14\" fill=\"#d0d0d0\"><title>{}</title></rect>\n",
            y + 2.0,
            x1 - x0,
            xml_escape(&title)
        ));
        if let Some(running) = row.running {
            let r0 = x(running).min(x1 - 1.0).max(x0);
            s.push_str(&format!(
                "<path d=\"M{r0:.1} {:.1}h{:.1}v14h{:.1}z\" fill=\"{}\"/>\n",
                y + 2.0,
                x1 - r0,
                -(x1 - r0),
                svg_fill(&row.state)
            ));
        }
    }
    let ly = height - 18.0;
    let mut lx = LABEL;
    for (name, fill) in [
        ("waiting", "#d0d0d0"),
        ("succeeded", svg_fill("SUCCEED")),
        ("failed", svg_fill("FAILED")),
        ("not finished", svg_fill("RUNNING")),
    ] {
        s.push_str(&format!(
            "<path d=\"M{lx} {}h12v12h-12z\" fill=\"{fill}\"/><text x=\"{}\" y=\"{ly}\">{name}</text>\n",
            ly - 10.0,
            lx + 16.0
        ));
        lx += 110.0;
    }
    if omitted > 0 {
        s.push_str(&format!(
            "<text x=\"10\" y=\"{}\">{omitted} more instances not shown</text>\n",
            height - 2.0
        ));
    }
    s.push_str("</svg>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + s, 0).unwrap()
    }

    fn row(
        task: &str,
        created: i64,
        running: Option<i64>,
        ended: Option<i64>,
        state: &str,
    ) -> Interval {
        Interval {
            task: task.to_string(),
            index: 0,
            state: state.to_string(),
            created: Some(t(created)),
            running: running.map(t),
            ended: ended.map(t),
        }
    }

    fn draw(cells: &[Cell]) -> String {
        cells
            .iter()
            .map(|c| match c {
                Cell::Blank => ' ',
                Cell::Wait => '.',
                Cell::Run => '#',
            })
            .collect()
    }

    #[test]
    fn columns_are_proportional_and_clamped() {
        assert_eq!(column(t(0), t(0), t(100), 10), 0);
        assert_eq!(column(t(50), t(0), t(100), 10), 5);
        assert_eq!(column(t(99), t(0), t(100), 10), 9);
        assert_eq!(column(t(100), t(0), t(100), 10), 9);
        assert_eq!(column(t(-5), t(0), t(100), 10), 0);
        assert_eq!(column(t(500), t(0), t(100), 10), 9);
        assert_eq!(column_end(t(100), t(0), t(100), 10), 10);
        assert_eq!(column_end(t(41), t(0), t(100), 10), 5);
        assert_eq!(column_end(t(40), t(0), t(100), 10), 4);
    }

    #[test]
    fn a_bar_waits_then_runs_on_the_shared_axis() {
        let r = row("a", 0, Some(30), Some(70), "SUCCEED");
        assert_eq!(draw(&bar(&r, t(0), t(100), 10, t(100))), "...####   ");
        // Never ran: waiting to its end; still going: to now.
        let r = row("a", 20, None, Some(50), "FAILED");
        assert_eq!(draw(&bar(&r, t(0), t(100), 10, t(100))), "  ...     ");
        let r = row("a", 0, Some(50), None, "RUNNING");
        assert_eq!(draw(&bar(&r, t(0), t(100), 10, t(100))), ".....#####");
        // A run shorter than a column still shows.
        let r = row("a", 0, Some(0), Some(1), "SUCCEED");
        assert_eq!(draw(&bar(&r, t(0), t(100), 10, t(100))), "#         ");
    }

    #[test]
    fn the_axis_spans_every_bar_and_now_for_unfinished_ones() {
        let rows = [
            row("a", 10, Some(20), Some(30), "SUCCEED"),
            row("b", 5, None, None, "PENDING"),
        ];
        assert_eq!(axis(&rows, t(40)), Some((t(5), t(40))));
        assert_eq!(axis(&[], t(40)), None);
        let one = [row("a", 10, Some(10), Some(10), "SUCCEED")];
        assert_eq!(axis(&one, t(10)), Some((t(10), t(11))));
    }

    #[test]
    fn the_text_fits_its_width_and_colours_only_when_asked() {
        let rows = [
            row("extract", 0, Some(4), Some(24), "SUCCEED"),
            row("transform", 0, Some(28), Some(33), "FAILED"),
        ];
        for width in [40, 80, 200] {
            let style = Style {
                width,
                color: false,
                zone: Zone::Fixed(chrono::FixedOffset::east_opt(0).unwrap()),
                now: t(40),
            };
            let text = text(&rows, &style, 3);
            for line in text.lines().filter(|l| !l.starts_with("note:")) {
                assert!(fit::display_width(line) <= width, "{width}: {line:?}");
            }
            assert!(!text.contains('\x1b'));
            assert!(text.contains("note: 3 more instances"), "{text}");
        }
        let style = Style {
            width: 80,
            color: true,
            zone: Zone::Fixed(chrono::FixedOffset::east_opt(0).unwrap()),
            now: t(40),
        };
        let text = text(&rows, &style, 0);
        assert!(text.contains("\x1b[32m█"), "{text}");
        assert!(text.contains("\x1b[31m█"), "{text}");
    }

    #[test]
    fn svg_escapes_names_and_draws_one_rect_per_instance() {
        let rows = [
            row("a<&>\"'", 0, Some(4), Some(24), "SUCCEED"),
            row("b", 0, None, Some(10), "FAILED"),
        ];
        let doc = svg(
            &rows,
            Zone::Fixed(chrono::FixedOffset::east_opt(0).unwrap()),
            t(40),
            0,
        );
        assert_eq!(doc.matches("<rect").count(), 2);
        assert!(doc.contains("a&lt;&amp;&gt;&quot;&apos;/0"), "{doc}");
        assert!(!doc.contains("a<&"));
    }
}
