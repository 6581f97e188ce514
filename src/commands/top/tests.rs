//! `top` against the in-process emulator's demo jobs: the views rendered with ratatui's
//! `TestBackend` at 80×24, the confirmation before any write, and a scripted 20 s of
//! refreshes and key presses on a virtual clock (the client's waits and the loop's share
//! it), counting the requests of each action against its published limit.

use std::cell::RefCell;
use std::collections::{BTreeMap, VecDeque};
use std::rc::Rc;
use std::time::Duration;

use clap::Parser;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Color;

use batch_emulator as emu;

use crate::domain::selection::Selection;
use crate::transport::client::Client;
use crate::transport::error::Error;
use crate::transport::notes::{Note, Notes};
use crate::transport::pacing::{Clock, VirtualClock};
use crate::transport::settings::{Endpoint, RateLimit, Settings};

use super::actions::{Api, StatusNotes};
use super::events::{Events, Input, run_loop};
use super::render;
use super::state::{Exit, Prompt, Request, State, View};

/// One virtual clock for the client's waits and the loop's.
struct Shared(Rc<VirtualClock>);

impl Clock for Shared {
    fn elapsed(&self) -> Duration {
        self.0.elapsed()
    }
    fn sleep(&self, wait: Duration, stop: &dyn Fn() -> bool) {
        self.0.sleep(wait, stop);
    }
}

/// The client's notes: each request's action, at its virtual time, is recorded; the rest
/// goes to the status line as in the binary.
struct Recorder {
    status: Rc<StatusNotes>,
    clock: Rc<VirtualClock>,
    sent: RefCell<Vec<(Duration, String)>>,
}

impl Notes for Recorder {
    fn debugging(&self) -> bool {
        true
    }
    fn tell(&self, note: Note<'_>) {
        match note {
            Note::Debug(line) => {
                if let Some(action) = line.strip_prefix("> X-TC-Action: ") {
                    self.sent
                        .borrow_mut()
                        .push((self.clock.elapsed(), action.to_string()));
                }
            }
            other => self.status.tell(other),
        }
    }
}

struct World {
    _emulator: emu::Handle,
    client: Client,
    clock: Rc<VirtualClock>,
    recorder: Rc<Recorder>,
    status: Rc<StatusNotes>,
    selection: Selection,
}

impl World {
    /// The demo jobs (they do not move), `top` with `args`.
    fn new(args: &[&str]) -> World {
        World::with_faults(args, Vec::new())
    }

    /// [`World::new`], the emulator playing `faults` first (as `emulator serve --inject`).
    fn with_faults(args: &[&str], faults: Vec<emu::Fault>) -> World {
        let handle = emu::start(emu::Config {
            quiet: true,
            faults,
            rate_limit: emu::RateLimit::OFF,
            stories: true,
            ..emu::Config::new(
                "127.0.0.1:0",
                emu::demo_jobs_as_of(chrono::Utc::now().timestamp()),
            )
        })
        .unwrap();
        let clock = Rc::new(VirtualClock::default());
        let status = Rc::new(StatusNotes::default());
        let recorder = Rc::new(Recorder {
            status: status.clone(),
            clock: clock.clone(),
            sent: RefCell::new(Vec::new()),
        });
        let settings = Settings {
            endpoint: Endpoint::parse(&handle.endpoint).unwrap(),
            region: Some("ap-guangzhou".to_string()),
            language: "en-US",
            timeout: Duration::from_secs(10),
            max_attempts: 4,
            rate_limit: RateLimit::PerAction,
            dry_run: false,
            virtual_time: true,
        };
        let client = Client::new(
            settings,
            crate::commands::demo_credentials(),
            recorder.clone(),
        )
        .unwrap()
        .with_clock(Box::new(Shared(clock.clone())));
        let cli = crate::cli::Cli::try_parse_from(["batchctl", "top"].iter().chain(args)).unwrap();
        let crate::cli::Command::Top(top) = cli.command else {
            panic!("not top")
        };
        let selection = Selection::from_asked(
            &crate::commands::jobs::describe::asked(&super::describe_args(&top)),
            &mut std::io::empty(),
        )
        .unwrap();
        World {
            _emulator: handle,
            client,
            clock,
            recorder,
            status,
            selection,
        }
    }

    fn api(&self) -> Api<'_> {
        Api {
            client: &self.client,
            selection: self.selection.clone(),
            notes: self.status.clone(),
        }
    }

    /// How many requests of `action` were sent.
    fn sent(&self, action: &str) -> usize {
        self.recorder
            .sent
            .borrow()
            .iter()
            .filter(|(_, a)| a == action)
            .count()
    }
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// Moves the selection to the job `id` of the list shown.
fn select(state: &mut State, id: &str) {
    state.selected = state
        .shown_jobs()
        .iter()
        .position(|j| crate::commands::jobs::text(j, "JobId") == id)
        .unwrap_or_else(|| panic!("{id} is not shown"));
}

fn press(state: &mut State, api: &Api<'_>, code: KeyCode) {
    if let Some(request) = state.key(key(code)) {
        api.perform(state, &request);
    }
}

/// The screen at 80×24, one string a row.
fn screen(state: &State) -> (Vec<String>, ratatui::buffer::Buffer) {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal.draw(|f| render::draw(state, f)).unwrap();
    let buffer = terminal.backend().buffer().clone();
    let rows = (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect::<String>()
        })
        .collect();
    (rows, buffer)
}

/// The colour of the first cell of `word` on the row holding `row_has`.
fn colour_of(
    rows: &[String],
    buffer: &ratatui::buffer::Buffer,
    row_has: &str,
    word: &str,
) -> Color {
    let y = rows
        .iter()
        .position(|r| r.contains(row_has))
        .expect(row_has);
    let row = &rows[y];
    let before = &row[..row.find(word).expect(word)];
    let x = unicode_width::UnicodeWidthStr::width(before) as u16;
    buffer[(x, y as u16)].fg
}

#[test]
fn the_jobs_view_shows_the_emulators_jobs_coloured_by_state_and_cut_at_80_columns() {
    let world = World::new(&["--all"]);
    let api = world.api();
    let mut state = State::new(true);
    api.perform(&mut state, &Request::Refresh);
    assert!(!state.status_error, "{}", state.status);
    let (rows, buffer) = screen(&state);
    assert!(rows[0].starts_with("batchctl top"), "{rows:#?}");
    let failed = state
        .jobs
        .iter()
        .filter(|j| crate::commands::jobs::text(j, "JobState") == "FAILED")
        .count();
    assert!(
        rows[1].starts_with(&format!("FAILED {failed}  ")),
        "totals per state: {}",
        rows[1]
    );
    assert!(
        rows[2].contains("ID") && rows[2].contains("STATE"),
        "{rows:#?}"
    );
    assert!(
        rows.iter()
            .any(|r| r.contains("job-etl0fail") && r.contains("nightly-etl"))
    );
    assert_eq!(
        colour_of(&rows, &buffer, "job-etl0fail", "FAILED"),
        Color::Red
    );
    assert_eq!(
        colour_of(&rows, &buffer, "job-hello0ok", "SUCCEED"),
        Color::Green
    );
    // The last row is the status line with the keys.
    assert!(rows[23].contains("q quit"), "{}", rows[23]);
    // Without colour, no state is coloured.
    state.color = false;
    let (rows, buffer) = screen(&state);
    assert_eq!(
        colour_of(&rows, &buffer, "job-etl0fail", "FAILED"),
        Color::Reset
    );

    // The long name is cut with … and its row still shows its state and age.
    select(&mut state, "job-fhojzs8v");
    let (rows, _) = screen(&state);
    let long = rows.iter().find(|r| r.contains("job-fhojzs8v")).unwrap();
    assert!(long.contains("a-very-long-job"), "{long}");
    assert!(long.contains('…'), "{long}");
    assert!(long.contains("STARTING"), "{long}");
    assert!(!long.contains("truncation-in-table-output"), "{long}");
}

#[test]
fn retries_and_errors_show_in_the_status_line_and_the_rows_stay() {
    // A refresh, one throttled answer (retried), then four internal errors (a refresh
    // fails after its four attempts).
    let world = World::with_faults(
        &[],
        [emu::Fault::Ok, emu::Fault::Limit, emu::Fault::Ok]
            .into_iter()
            .chain([emu::Fault::Internal; 4])
            .collect(),
    );
    let api = world.api();
    let mut state = State::new(true);
    api.perform(&mut state, &Request::Refresh);
    assert!(state.status.is_empty(), "{}", state.status);
    let rows = state.jobs.len();
    assert!(rows > 0);
    api.perform(&mut state, &Request::Refresh);
    assert!(!state.status_error, "{}", state.status);
    assert!(
        state.status.contains("RequestLimitExceeded") && state.status.contains("retrying"),
        "{}",
        state.status
    );
    api.perform(&mut state, &Request::Refresh);
    assert!(state.status_error, "{}", state.status);
    assert!(state.status.contains("InternalError"), "{}", state.status);
    assert_eq!(state.jobs.len(), rows, "the rows read before stay");
    let (screen_rows, buffer) = screen(&state);
    assert!(
        screen_rows[23].contains("InternalError"),
        "{}",
        screen_rows[23]
    );
    assert_eq!(buffer[(0, 23)].fg, Color::Red);
    assert!(screen_rows.iter().filter(|r| r.contains("job-")).count() >= rows.min(20));
    // The next refresh that works clears the error.
    api.perform(&mut state, &Request::Refresh);
    assert!(
        !state.status_error && state.status.is_empty(),
        "{}",
        state.status
    );
}

#[test]
fn every_view_draws_at_any_size_from_one_cell_up() {
    let world = World::new(&["--all"]);
    let api = world.api();
    let mut state = State::new(true);
    api.perform(&mut state, &Request::Refresh);
    let draw_all = |state: &State| {
        for (w, h) in [(1, 1), (2, 3), (20, 5), (80, 24), (200, 60)] {
            let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
            terminal.draw(|f| render::draw(state, f)).unwrap();
        }
    };
    draw_all(&state);
    press(&mut state, &api, KeyCode::Char('?'));
    draw_all(&state);
    press(&mut state, &api, KeyCode::Esc);
    press(&mut state, &api, KeyCode::Char('t'));
    draw_all(&state);
    press(&mut state, &api, KeyCode::Char('n'));
    press(&mut state, &api, KeyCode::Enter);
    draw_all(&state);
    press(&mut state, &api, KeyCode::Char('l'));
    draw_all(&state);
}

#[test]
fn enter_shows_instances_l_their_logs_and_w_why() {
    let world = World::new(&["--all"]);
    let api = world.api();
    let mut state = State::new(true);
    api.perform(&mut state, &Request::Refresh);
    select(&mut state, "job-etl0fail");
    press(&mut state, &api, KeyCode::Enter);
    assert_eq!(state.view, View::Job, "{}", state.status);
    let (rows, buffer) = screen(&state);
    assert!(
        rows[2].contains("job-etl0fail") && rows[2].contains("FAILED"),
        "{rows:#?}"
    );
    assert!(
        rows[3].contains("TASK/INDEX") && rows[3].contains("EXIT"),
        "{rows:#?}"
    );
    let failed = rows
        .iter()
        .find(|r| r.contains("FAILED") && r.contains('/') && !r.contains("job-"));
    let failed = failed.expect("a failed instance row");
    assert_eq!(colour_of(&rows, &buffer, failed, "FAILED"), Color::Red);

    // Logs of the failed instance.
    state.instance = state
        .job
        .instances
        .iter()
        .position(|i| i.state == "FAILED")
        .unwrap();
    press(&mut state, &api, KeyCode::Char('l'));
    assert_eq!(state.view, View::Logs, "{}", state.status);
    assert!(state.text.lines.iter().any(|l| l.contains("stderr")));
    assert!(
        state.text.follow.is_none(),
        "an ended instance is not followed"
    );
    press(&mut state, &api, KeyCode::Esc);
    assert_eq!(state.view, View::Job);

    press(&mut state, &api, KeyCode::Char('w'));
    assert_eq!(state.view, View::Why);
    let (rows, _) = screen(&state);
    assert!(rows[2].contains("why: job-etl0fail"), "{rows:#?}");
    assert!(rows.iter().any(|r| r.contains("FAILED")), "{rows:#?}");
    press(&mut state, &api, KeyCode::Char('q'));
    press(&mut state, &api, KeyCode::Char('q'));
    assert_eq!(state.view, View::Jobs);
    press(&mut state, &api, KeyCode::Char('q'));
    assert_eq!(state.exit, Some(Exit::Quit));
}

#[test]
fn terminate_retry_and_delete_ask_first_naming_the_job_and_send_only_on_yes() {
    let world = World::new(&["--all"]);
    let api = world.api();
    let mut state = State::new(true);
    api.perform(&mut state, &Request::Refresh);
    let (running, name) = state
        .jobs
        .iter()
        .find(|j| crate::commands::jobs::text(j, "JobState") == "RUNNING")
        .map(|j| {
            (
                crate::commands::jobs::text(j, "JobId"),
                crate::commands::jobs::text(j, "JobName"),
            )
        })
        .expect("a running demo job");
    state.selected = state
        .shown_jobs()
        .iter()
        .position(|j| crate::commands::jobs::text(j, "JobId") == running)
        .unwrap();
    for (letter, word, action) in [
        ('t', "Terminate", "TerminateJob"),
        ('r', "Retry", "RetryJobs"),
        ('d', "Delete", "DeleteJob"),
    ] {
        press(&mut state, &api, KeyCode::Char(letter));
        assert!(matches!(state.prompt, Some(Prompt::Confirm { .. })));
        let (rows, _) = screen(&state);
        let asked = rows
            .iter()
            .find(|r| r.contains(&format!("{word} job {running}")))
            .unwrap_or_else(|| panic!("{rows:#?}"));
        let short: String = name.chars().take(8).collect();
        assert!(asked.contains(&short), "the name too: {asked}");
        press(&mut state, &api, KeyCode::Char('n'));
        assert_eq!(state.prompt, None);
        assert_eq!(world.sent(action), 0, "{action} sent without a yes");
        assert_eq!(state.status, "nothing done");
    }
    // A running job cannot be deleted: refused before sending, as `jobs delete` does.
    press(&mut state, &api, KeyCode::Char('d'));
    press(&mut state, &api, KeyCode::Char('y'));
    assert_eq!(world.sent("DeleteJob"), 0);
    assert!(
        state.status_error && state.status.contains("ResourceInUse.Job"),
        "{}",
        state.status
    );
    // Terminate, confirmed: sent once, told, the list read again.
    let reads = world.sent("DescribeJobs");
    press(&mut state, &api, KeyCode::Char('t'));
    press(&mut state, &api, KeyCode::Char('y'));
    assert_eq!(world.sent("TerminateJob"), 1);
    assert_eq!(state.status, format!("{running} terminated"));
    assert_eq!(world.sent("DescribeJobs"), reads + 1);
}

#[test]
fn deleting_the_open_job_goes_back_to_the_list_without_it() {
    let world = World::new(&["--all"]);
    let api = world.api();
    let mut state = State::new(true);
    api.perform(&mut state, &Request::Refresh);
    select(&mut state, "job-hello0ok");
    press(&mut state, &api, KeyCode::Enter);
    assert_eq!(state.view, View::Job);
    press(&mut state, &api, KeyCode::Char('d'));
    press(&mut state, &api, KeyCode::Char('y'));
    assert_eq!(world.sent("DeleteJob"), 1);
    assert_eq!(state.view, View::Jobs);
    assert_eq!(state.status, "job-hello0ok deleted");
    assert!(
        !state
            .jobs
            .iter()
            .any(|j| crate::commands::jobs::text(j, "JobId") == "job-hello0ok")
    );
}

#[test]
fn the_filter_keeps_jobs_by_name_or_state_and_esc_clears_it() {
    let world = World::new(&["--all"]);
    let api = world.api();
    let mut state = State::new(true);
    api.perform(&mut state, &Request::Refresh);
    press(&mut state, &api, KeyCode::Char('/'));
    for c in "fail".chars() {
        press(&mut state, &api, KeyCode::Char(c));
    }
    let (rows, _) = screen(&state);
    assert!(
        rows[23].contains("filter") && rows[23].contains("fail_"),
        "{}",
        rows[23]
    );
    press(&mut state, &api, KeyCode::Enter);
    let shown: Vec<String> = state
        .shown_jobs()
        .iter()
        .map(|j| crate::commands::jobs::text(j, "JobState"))
        .collect();
    assert!(!shown.is_empty());
    assert!(shown.iter().all(|s| s.starts_with("FAILED")), "{shown:?}");
    press(&mut state, &api, KeyCode::Esc);
    assert_eq!(state.shown_jobs().len(), state.jobs.len());
    assert_eq!(state.exit, None, "Esc cleared the filter, it did not leave");
    press(&mut state, &api, KeyCode::Char('?'));
    let (rows, _) = screen(&state);
    assert!(
        rows.iter().any(|r| r.contains("terminate the job")),
        "{rows:#?}"
    );
}

/// Key presses at given virtual times; the clock moves to each, or by the timeout.
struct Script {
    clock: Rc<VirtualClock>,
    events: VecDeque<(Duration, Input)>,
}

impl Events for Script {
    fn next(&mut self, timeout: Duration) -> Result<Option<Input>, Error> {
        let now = self.clock.elapsed();
        match self.events.front() {
            Some((at, _)) if *at <= now + timeout => {
                self.clock.sleep(at.saturating_sub(now), &|| false);
                Ok(self.events.pop_front().map(|(_, input)| input))
            }
            Some(_) => {
                self.clock.sleep(timeout, &|| false);
                Ok(None)
            }
            None => Ok(Some(Input::Interrupt)),
        }
    }
}

#[test]
fn twenty_seconds_of_refreshes_and_fast_keys_stay_within_every_actions_limit() {
    let world = World::new(&[]);
    let api = world.api();
    let mut state = State::new(true);
    // Bursts of keys 20 ms apart, 300 ms between bursts, for 20 s: far faster than the
    // actions allow. `/` then Esc goes back one view and never leaves (on the jobs it
    // opens and closes the filter).
    use KeyCode::{Char, Down, Enter, Esc, Up};
    let bursts: Vec<Vec<KeyCode>> = vec![
        vec![Down, Enter],
        vec![Char('l')],
        vec![Char('/'), Esc],
        vec![Char('w')],
        vec![Char('/'), Esc, Char('/'), Esc],
        vec![Char('t'), Char('n'), Down, Down, Up],
        [Enter, Char('/'), Esc].repeat(10),
        vec![Char('?'), Esc],
    ];
    let mut events = VecDeque::new();
    let mut at = Duration::ZERO;
    'script: for burst in bursts.iter().cycle() {
        for code in burst {
            if at >= Duration::from_secs(20) {
                break 'script;
            }
            events.push_back((at, Input::Key(key(*code))));
            at += Duration::from_millis(20);
        }
        at += Duration::from_millis(300);
    }
    for _ in 0..4 {
        events.push_back((Duration::from_secs(20), Input::Key(key(KeyCode::Char('q')))));
    }
    let mut script = Script {
        clock: world.clock.clone(),
        events,
    };
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let exit = run_loop(
        &mut terminal,
        &mut state,
        &api,
        &mut script,
        &Shared(world.clock.clone()),
        Duration::from_secs(5),
    )
    .unwrap();
    assert_eq!(exit, Exit::Quit);
    // Keys faster than answers coalesce: the last key's view is read, not every one's,
    // so `top` keeps up with the keys.
    let took = world.clock.elapsed();
    assert!(took >= Duration::from_secs(20), "{took:?}");
    assert!(
        took < Duration::from_secs(25),
        "the keys piled up: {took:?}"
    );

    let sent = world.recorder.sent.borrow();
    let mut by_action: BTreeMap<&str, Vec<Duration>> = BTreeMap::new();
    for (at, action) in sent.iter() {
        by_action.entry(action).or_default().push(*at);
    }
    for read in [
        "DescribeJobs",
        "DescribeJob",
        "DescribeTask",
        "DescribeTaskLogs",
    ] {
        assert!(
            by_action.contains_key(read),
            "{read} never sent: {by_action:?}"
        );
    }
    assert!(
        !by_action.contains_key("TerminateJob"),
        "no write without a yes"
    );
    for (action, times) in &by_action {
        let limit = batch_api::action(action).map_or(2.0, |a| a.rate_limit) as usize;
        for (i, window) in times.windows(limit + 1).enumerate() {
            assert!(
                window[limit] - window[0] >= Duration::from_secs(1),
                "{action}: requests {i}..={} within one second ({limit}/s allowed): {window:?}",
                i + limit
            );
        }
        eprintln!(
            "{action}: {} requests in {:?}",
            times.len(),
            world.clock.elapsed()
        );
    }
}
