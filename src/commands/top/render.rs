//! Draws a [`State`]: a pure function of it, so tests render it with ratatui's
//! `TestBackend`. One header line (totals per state, the last refresh), the view, and a
//! status line (what happened last, or the keys); prompts are drawn over the view. Every
//! cell is cut with `…` to its column, so nothing wraps at 80 columns; text from the
//! service is shown with its control characters escaped.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Row, Table, TableState};

use crate::commands::jobs::text;
use crate::output::fit::{cut, display_width};
use crate::transport::error::printable;

use super::state::{HELP, Prompt, State, View};

/// The eight job states, in the order the header counts them: failures first, the
/// successes last (the line is cut at the terminal's edge).
const STATES: [(&str, &str); 8] = [
    ("FAILED", "FAILED"),
    ("FAILED_INTERRUPTED", "INTERRUPTED"),
    ("RUNNING", "RUNNING"),
    ("STARTING", "STARTING"),
    ("RUNNABLE", "RUNNABLE"),
    ("PENDING", "PENDING"),
    ("SUBMITTED", "SUBMITTED"),
    ("SUCCEED", "SUCCEED"),
];

/// The colour of a job, task or instance state, as the tables colour it.
pub fn state_color(state: &str) -> Option<Color> {
    match state {
        "SUCCEED" => Some(Color::Green),
        "FAILED" | "FAILED_INTERRUPTED" => Some(Color::Red),
        "RUNNING" | "STARTING" => Some(Color::Cyan),
        "SUBMITTED" | "PENDING" | "RUNNABLE" => Some(Color::Yellow),
        _ => None,
    }
}

fn state_style(state: &State, text: &str) -> Style {
    match state_color(text).filter(|_| state.color) {
        Some(c) => Style::default().fg(c),
        None => Style::default(),
    }
}

/// Draws the whole screen.
pub fn draw(state: &State, frame: &mut Frame) {
    let [head, body, status] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(frame.area());
    frame.render_widget(Paragraph::new(header(state, head.width)), head);
    match state.view {
        View::Jobs => jobs(state, frame, body),
        View::Job => job(state, frame, body),
        View::Logs | View::Why => text_view(state, frame, body),
    }
    frame.render_widget(Paragraph::new(status_line(state, status.width)), status);
    match &state.prompt {
        Some(Prompt::Confirm { verb, job, name }) => {
            let word = verb.word();
            let mut title = word.to_string();
            if let Some(first) = title.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            let lines = vec![
                Line::from(format!(
                    "{title} job {} ({})?",
                    printable(job),
                    printable(name)
                )),
                Line::from(""),
                Line::from("y: yes, any other key: no"),
            ];
            popup(frame, body, &format!(" {word} "), lines);
        }
        Some(Prompt::Help) => {
            let lines = HELP
                .iter()
                .map(|(keys, what)| Line::from(format!("{keys:<14} {what}")))
                .collect();
            popup(frame, body, " keys (any key closes) ", lines);
        }
        Some(Prompt::Filter(_)) | None => {}
    }
}

/// Two lines: `batchctl top  20 of 143 jobs  every 5s  14:02:07`, then the totals per
/// state of the jobs read (`FAILED 1  RUNNING 3  …`).
fn header(state: &State, width: u16) -> Vec<Line<'static>> {
    let mut spans = vec![Span::styled(
        "batchctl top",
        Style::default().add_modifier(Modifier::BOLD),
    )];
    let shown = state.jobs.len();
    spans.push(Span::raw(if state.total as usize > shown {
        format!("  {shown} of {} jobs", state.total)
    } else {
        format!("  {shown} jobs")
    }));
    if !state.filter.is_empty() {
        spans.push(Span::raw(format!(
            ", {} shown (filter: {})",
            state.shown_jobs().len(),
            printable(&state.filter)
        )));
    }
    if let Some(at) = state.refreshed {
        let stamp = format!("  refreshed {}", at.format("%H:%M:%S"));
        let used: usize = spans.iter().map(|s| display_width(&s.content)).sum();
        let room = (width as usize).saturating_sub(used + display_width(&stamp));
        spans.push(Span::raw(" ".repeat(room)));
        spans.push(Span::raw(stamp));
    }
    let mut totals = Vec::new();
    for (s, label) in STATES {
        let n = state
            .jobs
            .iter()
            .filter(|j| text(j, "JobState") == s)
            .count();
        if n > 0 {
            if !totals.is_empty() {
                totals.push(Span::raw("  "));
            }
            totals.push(Span::styled(format!("{label} {n}"), state_style(state, s)));
        }
    }
    vec![
        fit_line(spans, width as usize),
        fit_line(totals, width as usize),
    ]
}

/// Cuts a line of spans to `width` columns.
fn fit_line(spans: Vec<Span<'static>>, width: usize) -> Line<'static> {
    let mut left = width;
    let mut kept = Vec::new();
    for span in spans {
        let w = display_width(&span.content);
        if w <= left {
            left -= w;
            kept.push(span);
        } else {
            if left > 0 {
                kept.push(Span::styled(cut(&span.content, left), span.style));
            }
            break;
        }
    }
    Line::from(kept)
}

/// The status line: a prompt being typed, the last thing told, or the keys.
fn status_line(state: &State, width: u16) -> Line<'static> {
    let width = width as usize;
    if let Some(Prompt::Filter(typed)) = &state.prompt {
        return Line::from(cut(
            &format!("filter (name or state; Enter applies, Esc cancels): {typed}_"),
            width,
        ));
    }
    if state.loading && state.status.is_empty() {
        return Line::from(Span::styled(
            cut("reading…", width),
            Style::default().add_modifier(Modifier::DIM),
        ));
    }
    if !state.status.is_empty() {
        let style = if state.status_error {
            Style::default().fg(Color::Red)
        } else {
            Style::default()
        };
        return Line::from(Span::styled(cut(&printable(&state.status), width), style));
    }
    let keys = match state.view {
        View::Jobs if !state.filter.is_empty() => format!(
            "filter: {}  Enter open  w why  t/r/d  / filter  ? help  Esc clear",
            printable(&state.filter)
        ),
        View::Jobs => {
            "Enter open  w why  t/r/d terminate/retry/delete  / filter  ? help  q quit".to_string()
        }
        View::Job => "l logs  w why  t/r/d terminate/retry/delete  ? help  q back".to_string(),
        View::Logs | View::Why => "Up/Down scroll  q back".to_string(),
    };
    Line::from(Span::styled(
        cut(&keys, width),
        Style::default().add_modifier(Modifier::DIM),
    ))
}

/// Spaces between columns.
const GAP: usize = 1;
/// The flexible column is not squeezed below this while a column can still drop.
const FLEX_MIN: usize = 16;

/// Column widths for `rows`: every column but `flex` at its widest cell (at most its
/// `cap`), the flexible one taking what is left. While the flexible column would get less
/// than [`FLEX_MIN`], the columns in `droppable` drop, first one first; a column whose
/// cells are all empty drops at once. `None` for a dropped column.
fn widths(
    header: &[&str],
    rows: &[Vec<String>],
    flex: usize,
    cap: &[usize],
    droppable: &[usize],
    total: u16,
) -> Vec<Option<usize>> {
    let mut w: Vec<Option<usize>> = header
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let widest = rows.iter().map(|r| display_width(&r[i])).max().unwrap_or(0);
            if widest == 0 && i != flex && !rows.is_empty() {
                return None;
            }
            Some(widest.max(display_width(h)).min(cap[i]))
        })
        .collect();
    let room = |w: &[Option<usize>]| {
        let kept = w.iter().flatten().count();
        let fixed: usize = w
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != flex)
            .filter_map(|(_, v)| *v)
            .sum();
        (total as usize).saturating_sub(fixed + GAP * kept.saturating_sub(1))
    };
    for &i in droppable {
        if room(&w) >= FLEX_MIN.min(w[flex].unwrap_or(0)) {
            break;
        }
        w[i] = None;
    }
    let left = room(&w);
    w[flex] = w[flex].map(|v| v.min(left).max(1));
    w
}

/// A table of `rows` (already text), each cell cut to its column, `state_col` coloured.
#[allow(clippy::too_many_arguments)]
fn table(
    state: &State,
    frame: &mut Frame,
    area: Rect,
    header: &[&str],
    rows: Vec<Vec<String>>,
    (flex, cap, droppable): (usize, &[usize], &[usize]),
    state_col: usize,
    selected: usize,
) {
    let w = widths(header, &rows, flex, cap, droppable, area.width);
    let kept: Vec<(usize, usize)> = w
        .iter()
        .enumerate()
        .filter_map(|(i, v)| v.map(|v| (i, v)))
        .collect();
    let head = Row::new(
        kept.iter()
            .map(|(i, _)| ratatui::text::Text::from(header[*i].to_string()))
            .collect::<Vec<_>>(),
    )
    .style(Style::default().add_modifier(Modifier::BOLD));
    let body: Vec<Row> = rows
        .into_iter()
        .map(|r| {
            Row::new(kept.iter().map(|(i, width)| {
                let cell = &r[*i];
                let cut = cut(cell, *width);
                if *i == state_col {
                    ratatui::text::Text::styled(cut, state_style(state, cell))
                } else {
                    ratatui::text::Text::from(cut)
                }
            }))
        })
        .collect();
    let empty = body.is_empty();
    let widget = Table::new(
        body,
        kept.iter().map(|(_, v)| Constraint::Length(*v as u16)),
    )
    .header(head)
    .column_spacing(GAP as u16)
    .row_highlight_style(Style::default().add_modifier(Modifier::REVERSED));
    let mut table_state = TableState::default();
    if !empty {
        table_state.select(Some(selected));
    }
    frame.render_stateful_widget(widget, area, &mut table_state);
}

/// The jobs table: NAME flexible; INSTANCES, then DURATION, then TASKS drop on a narrow
/// terminal.
const JOB_COLUMNS: (usize, &[usize], &[usize]) = (1, &[12, 60, 18, 17, 11, 4, 8], &[4, 6, 3]);

/// The jobs of the selection (those the filter keeps).
fn jobs(state: &State, frame: &mut Frame, area: Rect) {
    let header = [
        "ID",
        "NAME",
        "STATE",
        "TASKS",
        "INSTANCES",
        "AGE",
        "DURATION",
    ];
    let rows: Vec<Vec<String>> = state
        .shown_jobs()
        .into_iter()
        .map(|job| {
            vec![
                printable(&text(job, "JobId")),
                printable(&text(job, "JobName")),
                printable(&text(job, "JobState")),
                crate::output::table::tasks_text(job),
                crate::output::progress::instances_text(job)
                    .trim_start()
                    .trim_start_matches("instances ")
                    .to_string(),
                crate::output::table::age_text(job, state.now),
                crate::output::table::duration_text(job, state.now),
            ]
        })
        .collect();
    if rows.is_empty() {
        let why = if state.refreshed.is_none() && state.status.is_empty() {
            "reading jobs…"
        } else if state.filter.is_empty() {
            "no jobs match"
        } else {
            "no jobs match the filter (Esc clears it)"
        };
        let [head, rest] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
        table(state, frame, head, &header, vec![], JOB_COLUMNS, 2, 0);
        frame.render_widget(Paragraph::new(why), rest);
        return;
    }
    table(
        state,
        frame,
        area,
        &header,
        rows,
        JOB_COLUMNS,
        2,
        state.selected,
    );
}

/// One job: its state and reason, then every instance of its tasks.
fn job(state: &State, frame: &mut Frame, area: Rect) {
    let [head, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
    let d = &state.job;
    let line = fit_line(
        vec![
            Span::styled(
                printable(&d.id),
                Style::default().add_modifier(Modifier::BOLD),
            ),
            Span::raw(format!("  {}  ", printable(&d.name))),
            Span::styled(printable(&d.state), state_style(state, &d.state)),
            Span::raw(if d.reason.is_empty() {
                String::new()
            } else {
                format!("  {}", printable(&d.reason))
            }),
        ],
        head.width as usize,
    );
    frame.render_widget(Paragraph::new(line), head);
    let header = ["TASK/INDEX", "STATE", "EXIT", "NODE", "RUN", "REASON"];
    let rows: Vec<Vec<String>> = d
        .instances
        .iter()
        .map(|i| {
            let run = if i.running.is_empty() {
                String::new()
            } else {
                crate::commands::jobs::duration(&i.running, &i.ended)
            };
            vec![
                format!("{}/{}", printable(&i.task), i.index),
                printable(&i.state),
                printable(&i.exit_code),
                printable(&i.node),
                run,
                printable(&i.reason),
            ]
        })
        .collect();
    table(
        state,
        frame,
        rest,
        &header,
        rows,
        (5, &[24, 18, 4, 14, 8, 200], &[3, 4]),
        1,
        state.instance,
    );
}

/// Logs or the why text, from its scroll position.
fn text_view(state: &State, frame: &mut Frame, area: Rect) {
    let [head, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
    frame.render_widget(
        Paragraph::new(Line::from(Span::styled(
            cut(&state.text.title, head.width as usize),
            Style::default().add_modifier(Modifier::BOLD),
        ))),
        head,
    );
    let start = state.text.scroll.min(state.text.lines.len());
    let lines: Vec<Line> = state.text.lines[start..]
        .iter()
        .take(rest.height as usize)
        .map(|l| Line::from(cut(l, rest.width as usize)))
        .collect();
    frame.render_widget(Paragraph::new(lines), rest);
}

/// A bordered box in the middle of `area`, the view below it cleared.
fn popup(frame: &mut Frame, area: Rect, title: &str, lines: Vec<Line<'static>>) {
    let inner_width = lines
        .iter()
        .map(|l| l.width())
        .max()
        .unwrap_or(0)
        .max(title.len());
    let w = (inner_width as u16 + 4).min(area.width);
    let h = (lines.len() as u16 + 2).min(area.height);
    let rect = Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    };
    let lines = lines
        .into_iter()
        .map(|l| {
            let text: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
            Line::from(cut(&text, w.saturating_sub(4) as usize))
        })
        .collect::<Vec<_>>();
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::default()
                .borders(Borders::ALL)
                .title(title.to_string()),
        ),
        rect,
    );
}
