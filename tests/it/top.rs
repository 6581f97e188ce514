//! `batchctl top` as a user meets it: in a pseudo-terminal against the emulator (job IDs
//! on screen, `q` or SIGTERM leaves the alternate screen and shows the cursor), refused
//! without a terminal.

use std::io::{Read, Write};
use std::os::fd::{FromRawFd, OwnedFd};
use std::process::Stdio;
use std::sync::mpsc;
use std::time::Duration;

use crate::common::*;

/// Longest wait for something the test expects to see; only a failing test waits it out.
const PATIENCE: Duration = Duration::from_secs(60);

/// A pseudo-terminal of 80×24: (controller, terminal).
fn pty() -> (OwnedFd, OwnedFd) {
    let mut controller = -1;
    let mut terminal = -1;
    let size = libc::winsize {
        ws_row: 24,
        ws_col: 80,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: openpty writes the two descriptors it opens into the two ints given and
    // reads the window size; no name buffer or termios is passed.
    let rc = unsafe {
        libc::openpty(
            &mut controller,
            &mut terminal,
            std::ptr::null_mut(),
            std::ptr::null(),
            &size,
        )
    };
    assert_eq!(rc, 0, "openpty: {}", std::io::Error::last_os_error());
    // SAFETY: both descriptors were just opened by openpty and are owned by nobody else.
    unsafe {
        (
            OwnedFd::from_raw_fd(controller),
            OwnedFd::from_raw_fd(terminal),
        )
    }
}

/// `top` running in a pseudo-terminal, its screen output read on a thread.
struct Screen {
    child: std::process::Child,
    keys: std::fs::File,
    chunks: mpsc::Receiver<Vec<u8>>,
    seen: Vec<u8>,
}

impl Screen {
    fn start(emu: &Emulator) -> Screen {
        Screen::start_with(emu, &[])
    }

    fn start_with(emu: &Emulator, env: &[(&str, &str)]) -> Screen {
        let (controller, terminal) = pty();
        let mut cmd = emu.std_cmd();
        cmd.envs(env.iter().copied());
        cmd.env("TERM", "xterm-256color")
            .arg("top")
            .stdin(Stdio::from(terminal.try_clone().unwrap()))
            .stdout(Stdio::from(terminal.try_clone().unwrap()))
            .stderr(Stdio::from(terminal));
        let child = cmd.spawn().unwrap();
        let keys = std::fs::File::from(controller.try_clone().unwrap());
        let mut reader = std::fs::File::from(controller);
        let (tx, chunks) = mpsc::channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            // Ends with EIO once every copy of the terminal's side is closed.
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Screen {
            child,
            keys,
            chunks,
            seen: Vec::new(),
        }
    }

    /// Reads the screen until `done` holds for all seen so far (or the output ends).
    fn until(&mut self, done: impl Fn(&str) -> bool) -> String {
        loop {
            let text = String::from_utf8_lossy(&self.seen).to_string();
            if done(&text) {
                return text;
            }
            match self.chunks.recv_timeout(PATIENCE) {
                Ok(chunk) => self.seen.extend(chunk),
                Err(_) => return text,
            }
        }
    }

    /// Waits for the process to end, reading what it still writes.
    fn end(mut self) -> (Option<i32>, String) {
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            match self.chunks.recv_timeout(PATIENCE) {
                Ok(chunk) => self.seen.extend(chunk),
                Err(mpsc::RecvTimeoutError::Disconnected) => {
                    break self.child.wait().unwrap();
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    let _ = self.child.kill();
                    panic!("top did not end");
                }
            }
        };
        while let Ok(chunk) = self.chunks.recv_timeout(Duration::from_millis(200)) {
            self.seen.extend(chunk);
        }
        (
            status.code(),
            String::from_utf8_lossy(&self.seen).to_string(),
        )
    }
}

const LEAVE_ALTERNATE_SCREEN: &str = "\x1b[?1049l";
const SHOW_CURSOR: &str = "\x1b[?25h";

/// The output ends by leaving the alternate screen, then showing the cursor (nothing but
/// that after it).
fn restored(out: &str) -> bool {
    let Some(at) = out.rfind(LEAVE_ALTERNATE_SCREEN) else {
        return false;
    };
    let after = &out[at + LEAVE_ALTERNATE_SCREEN.len()..];
    after.contains(SHOW_CURSOR) && after.replace(SHOW_CURSOR, "").trim().is_empty()
}

#[test]
fn top_in_a_terminal_shows_the_jobs_and_q_restores_the_terminal() {
    let emu = Emulator::start(&[]);
    let mut screen = Screen::start(&emu);
    let shown = screen.until(|s| s.matches("job-").count() >= 5);
    assert!(
        shown.contains("\x1b[?1049h"),
        "entered the alternate screen"
    );
    assert!(
        shown.matches("job-").count() >= 5,
        "no jobs on screen: {shown:?}"
    );
    screen.keys.write_all(b"q").unwrap();
    let (code, out) = screen.end();
    assert_eq!(code, Some(0), "{out:?}");
    assert!(
        restored(&out),
        "terminal not restored: {:?}",
        &out[out.len().saturating_sub(80)..]
    );
    assert!(!out.contains("batchctl: error"), "{out:?}");
}

#[test]
fn sigterm_ends_top_with_the_terminal_restored() {
    let emu = Emulator::start(&[]);
    let mut screen = Screen::start(&emu);
    screen.until(|s| s.matches("job-").count() >= 5);
    let sent = std::process::Command::new("kill")
        .args(["-TERM", &screen.child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    let (code, out) = screen.end();
    assert_eq!(code, Some(130));
    // The error is told on the restored terminal, after the screen is left.
    let told = "batchctl: error: interrupted";
    assert!(out.trim_end().ends_with(told), "{out:?}");
    let out = out.trim_end().trim_end_matches(told);
    assert!(
        restored(out),
        "terminal not restored: {:?}",
        &out[out.len().saturating_sub(80)..]
    );
}

#[test]
fn a_panic_restores_the_terminal_before_it_is_told() {
    // The release build aborts on a panic, so no destructor runs: the panic hook must
    // leave the alternate screen and show the cursor before the message is printed,
    // or the message lands on the alternate screen and vanishes with it.
    let emu = Emulator::start(&[]);
    let mut screen = Screen::start_with(&emu, &[("BATCHCTL_TEST_TOP_PANIC", "1")]);
    screen.until(|s| s.contains("panicked"));
    let (code, out) = screen.end();
    assert_ne!(code, Some(0), "{out:?}");
    let told = out.find("panicked").expect("the panic is told");
    let left = out[..told]
        .rfind(LEAVE_ALTERNATE_SCREEN)
        .expect("the alternate screen is left before the panic is told");
    assert!(
        out[left..told].contains(SHOW_CURSOR),
        "the cursor is shown before the panic is told: {:?}",
        &out[left..told]
    );
}

#[test]
fn top_without_a_terminal_is_a_usage_error_naming_describe_and_wait() {
    let emu = Emulator::start(&[]);
    let out = emu.cmd().arg("top").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(err.starts_with("batchctl: error:"), "{err}");
    assert!(
        err.contains("batchctl jobs describe") && err.contains("batchctl jobs wait"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
    assert!(emu.requests().is_empty(), "nothing is sent");
    // A document format means nothing to a screen.
    let out = emu.cmd().args(["top", "-o", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("-o/--output means nothing"),
        "{}",
        stderr_of(&out)
    );
}
