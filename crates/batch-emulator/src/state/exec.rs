//! `--exec local`: task instances' commands run for real on this machine.
//!
//! Each run is `sh -c COMMAND` (the command as submitted: the shell expands it) in a fresh
//! temporary directory, removed when it ends, with the emulator's own environment plus the
//! instance's variables, in a process group of its own, stdin closed. A thread per run
//! starts it and waits for it; two more read its stdout and stderr, keeping the last
//! [`KEEP_BYTES`] of each, so reading never holds the world's lock. The run is stopped
//! (its whole process group killed) when its `Timeout` passes (a real duration the world
//! gives), when the world asks ([`Executor::kill`]: a termination, an instance that ended,
//! a deleted job), and when the executor is dropped or the emulator process is told to end
//! ([`kill_all`]). On Linux `sh` also dies with the emulator's process, however it ends.
//!
//! At most [`Executor::limit`] runs are under way at once; the world starts others as
//! runs end.

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// How a task instance's command is carried out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Exec {
    /// Interpreted by the emulator's rules (`echo`, `sleep`, `exit`): nothing runs.
    #[default]
    Simulate,
    /// Run for real with `sh -c` on this machine.
    Local,
}

/// The most bytes of each of a run's streams kept (the oldest are dropped).
pub const KEEP_BYTES: usize = 64 * 1024;

/// One run: (job, task position, instance index, the instance's attempt, retry index).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Key {
    pub job: String,
    pub task: usize,
    pub instance: usize,
    pub generation: u32,
    pub retry: usize,
}

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Its exit status (128 + N when a signal N ended it).
    Exit(i32),
    /// Killed when its timeout passed.
    TimedOut,
    /// Killed because the world asked.
    Killed,
}

/// What the world sees of a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seen {
    pub stdout: String,
    pub stderr: String,
    /// How long it ran (real time) and how it ended; `None` while it runs.
    pub end: Option<(Duration, Status)>,
}

#[derive(Default)]
struct State {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    /// The process group (the child's pid), once started.
    pid: Option<u32>,
    /// The leader was reaped: its pid may no longer be ours.
    exited: bool,
    killed: bool,
    end: Option<(Duration, Status)>,
}

struct Run {
    state: Mutex<State>,
}

impl Run {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Kills the run's process group (once started and not yet reaped).
    fn kill(&self) {
        let mut s = self.lock();
        s.killed = true;
        if let (Some(pid), false) = (s.pid, s.exited) {
            kill_group(pid);
        }
    }
}

/// The process groups of every run under way in this process (for [`kill_all`]).
static GROUPS: Mutex<Vec<u32>> = Mutex::new(Vec::new());

fn groups() -> MutexGuard<'static, Vec<u32>> {
    GROUPS.lock().unwrap_or_else(|e| e.into_inner())
}

/// Kills every run under way in this process (the emulator is ending).
pub fn kill_all() {
    for pid in groups().drain(..) {
        kill_group(pid);
    }
}

#[cfg(unix)]
fn kill_group(pid: u32) {
    if let Ok(pid) = i32::try_from(pid)
        && pid > 0
    {
        // SAFETY: kill(2) with a negative pid signals a process group; no memory is shared.
        unsafe {
            libc::kill(-pid, libc::SIGKILL);
        }
    }
}

#[cfg(not(unix))]
fn kill_group(_pid: u32) {}

/// The runs of the world.
pub struct Executor {
    runs: HashMap<Key, Arc<Run>>,
    limit: usize,
}

impl Default for Executor {
    fn default() -> Executor {
        Executor::new()
    }
}

impl Executor {
    /// At most 4 runs per CPU core at once, and at least 8.
    pub fn new() -> Executor {
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        Executor {
            runs: HashMap::new(),
            limit: (4 * cores).max(8),
        }
    }

    /// How many runs may be under way at once.
    pub fn limit(&self) -> usize {
        self.limit
    }

    /// True when another run may start now.
    pub fn has_room(&self) -> bool {
        self.runs
            .values()
            .filter(|r| r.lock().end.is_none())
            .count()
            < self.limit
    }

    /// Starts `sh -c command` as run `key`, with `vars` added to the environment, killed
    /// after `timeout` (real time).
    pub fn spawn(
        &mut self,
        key: Key,
        command: &str,
        vars: Vec<(String, String)>,
        timeout: Duration,
    ) {
        let run = Arc::new(Run {
            state: Mutex::new(State::default()),
        });
        self.runs.insert(key, Arc::clone(&run));
        let command = command.to_string();
        let started = std::thread::Builder::new()
            .name("emulator-exec".into())
            .spawn({
                let run = Arc::clone(&run);
                move || carry_out(&run, &command, &vars, timeout)
            });
        if let Err(e) = started {
            let mut s = run.lock();
            s.stderr =
                format!("emulator: cannot start a thread for the command: {e}\n").into_bytes();
            s.end = Some((Duration::ZERO, Status::Exit(127)));
        }
    }

    /// What run `key` wrote so far and how it ended, if the executor has it.
    pub fn seen(&self, key: &Key) -> Option<Seen> {
        let run = self.runs.get(key)?;
        let s = run.lock();
        Some(Seen {
            stdout: crate::state::logs::tail(&String::from_utf8_lossy(&s.stdout)).to_string(),
            stderr: crate::state::logs::tail(&String::from_utf8_lossy(&s.stderr)).to_string(),
            end: s.end,
        })
    }

    /// Stops run `key` (its whole process group).
    pub fn kill(&self, key: &Key) {
        if let Some(run) = self.runs.get(key) {
            run.kill();
        }
    }

    /// Forgets run `key` (it ended and the world has what it needs).
    pub fn forget(&mut self, key: &Key) {
        self.runs.remove(key);
    }

    /// Kills every run under way that is not in `wanted`, and forgets the ended runs of
    /// jobs that are not in `jobs` (a deleted or settled job's).
    pub fn keep_only(&mut self, wanted: &HashSet<Key>, jobs: &HashSet<&str>) {
        self.runs.retain(|key, run| {
            let ended = run.lock().end.is_some();
            if !ended && !wanted.contains(key) {
                run.kill();
            }
            !ended || jobs.contains(key.job.as_str())
        });
    }

    /// Kills every run under way.
    pub fn kill_all(&mut self) {
        for run in self.runs.values() {
            if run.lock().end.is_none() {
                run.kill();
            }
        }
    }
}

impl Drop for Executor {
    fn drop(&mut self) {
        self.kill_all();
    }
}

/// A fresh directory for one run, under the system's temporary directory.
fn fresh_dir() -> std::io::Result<PathBuf> {
    let dir = std::env::temp_dir().join(format!("batch-emulator-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir(&dir)?;
    Ok(dir)
}

/// Reads `from` to its end into the stream `pick` chooses, keeping the last
/// [`KEEP_BYTES`].
fn read_into(
    run: Arc<Run>,
    mut from: impl Read + Send + 'static,
    pick: fn(&mut State) -> &mut Vec<u8>,
) -> Option<std::thread::JoinHandle<()>> {
    std::thread::Builder::new()
        .name("emulator-exec-read".into())
        .spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                match from.read(&mut buf) {
                    Ok(0) => break,
                    Ok(n) => {
                        let mut s = run.lock();
                        let text = pick(&mut s);
                        text.extend_from_slice(&buf[..n]);
                        if text.len() > KEEP_BYTES {
                            let cut = text.len() - KEEP_BYTES;
                            text.drain(..cut);
                        }
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(_) => break,
                }
            }
        })
        .ok()
}

fn command_for(command: &str, dir: &PathBuf, vars: &[(String, String)]) -> Command {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(command)
        .current_dir(dir)
        .envs(vars.iter().map(|(k, v)| (k, v)))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        cmd.process_group(0);
        #[cfg(target_os = "linux")]
        // SAFETY: prctl is async-signal-safe and touches no memory of the parent.
        unsafe {
            cmd.pre_exec(|| {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                Ok(())
            });
        }
    }
    cmd
}

#[cfg(unix)]
fn status_of(status: std::process::ExitStatus) -> i32 {
    use std::os::unix::process::ExitStatusExt;
    status
        .code()
        .or_else(|| status.signal().map(|n| 128 + n))
        .unwrap_or(1)
}

#[cfg(not(unix))]
fn status_of(status: std::process::ExitStatus) -> i32 {
    status.code().unwrap_or(1)
}

/// Runs the command of `run` to its end (on the thread that started it, so that on
/// Linux `sh` dies with the emulator: its parent-death signal follows this thread).
fn carry_out(run: &Arc<Run>, command: &str, vars: &[(String, String)], timeout: Duration) {
    let fail = |why: String| {
        let mut s = run.lock();
        s.stderr.extend_from_slice(why.as_bytes());
        s.end = Some((Duration::ZERO, Status::Exit(127)));
    };
    let dir = match fresh_dir() {
        Ok(dir) => dir,
        Err(e) => {
            return fail(format!(
                "emulator: cannot create a temporary directory: {e}\n"
            ));
        }
    };
    let started = Instant::now();
    let child = {
        // Spawned under the lock, so a kill asked meanwhile finds the pid.
        let mut s = run.lock();
        if s.killed {
            drop(s);
            let _ = std::fs::remove_dir_all(&dir);
            run.lock().end = Some((Duration::ZERO, Status::Killed));
            return;
        }
        match command_for(command, &dir, vars).spawn() {
            Ok(child) => {
                s.pid = Some(child.id());
                groups().push(child.id());
                child
            }
            Err(e) => {
                drop(s);
                let _ = std::fs::remove_dir_all(&dir);
                return fail(format!("emulator: cannot run sh: {e}\n"));
            }
        }
    };
    let mut child = child;
    let pid = child.id();
    let readers: Vec<_> = [
        child
            .stdout
            .take()
            .and_then(|out| read_into(Arc::clone(run), out, |s| &mut s.stdout)),
        child
            .stderr
            .take()
            .and_then(|err| read_into(Arc::clone(run), err, |s| &mut s.stderr)),
    ]
    .into_iter()
    .flatten()
    .collect();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) => {}
            Err(_) => break None,
        }
        if !timed_out && started.elapsed() >= timeout {
            timed_out = true;
            kill_group(pid);
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let ran = started.elapsed();
    {
        let mut s = run.lock();
        s.exited = true;
        // What the command left behind in its group ends with it (the node is gone).
        kill_group(pid);
    }
    groups().retain(|&g| g != pid);
    for reader in readers {
        let _ = reader.join();
    }
    let _ = std::fs::remove_dir_all(&dir);
    let mut s = run.lock();
    let status = if s.killed {
        Status::Killed
    } else if timed_out {
        Status::TimedOut
    } else {
        Status::Exit(status.map_or(1, status_of))
    };
    s.end = Some((ran, status));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(retry: usize) -> Key {
        Key {
            job: "job-aaaaaaaa".into(),
            task: 0,
            instance: 0,
            generation: 1,
            retry,
        }
    }

    /// Waits (a failsafe bound only) for run `key` to end.
    fn ended(exec: &Executor, key: &Key) -> Seen {
        for _ in 0..3_000 {
            let seen = exec.seen(key).expect("the run is known");
            if seen.end.is_some() {
                return seen;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        panic!("the run did not end");
    }

    #[test]
    fn a_run_keeps_its_output_and_status_and_its_directory_goes_away() {
        let mut exec = Executor::new();
        exec.spawn(
            key(0),
            "pwd; echo \"$GREETING\" >&2; exit 3",
            vec![("GREETING".into(), "hi there".into())],
            Duration::from_secs(60),
        );
        let seen = ended(&exec, &key(0));
        assert_eq!(seen.end.map(|e| e.1), Some(Status::Exit(3)));
        assert_eq!(seen.stderr, "hi there\n");
        let dir = PathBuf::from(seen.stdout.trim());
        let name = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        assert!(name.starts_with("batch-emulator-"), "{dir:?}");
        assert!(!dir.exists(), "{dir:?} is still there");
    }

    #[test]
    fn a_run_past_its_timeout_is_killed_and_a_signal_gives_128_plus_n() {
        let mut exec = Executor::new();
        exec.spawn(key(0), "sleep 60", Vec::new(), Duration::from_millis(50));
        assert_eq!(
            ended(&exec, &key(0)).end.map(|e| e.1),
            Some(Status::TimedOut)
        );
        exec.spawn(key(1), "kill -TERM $$", Vec::new(), Duration::from_secs(60));
        assert_eq!(
            ended(&exec, &key(1)).end.map(|e| e.1),
            Some(Status::Exit(143))
        );
    }

    #[test]
    fn only_the_last_bytes_of_a_long_output_are_kept() {
        let mut exec = Executor::new();
        exec.spawn(
            key(0),
            "i=0; while [ $i -lt 3000 ]; do echo 0123456789012345678901234567890123456789; i=$((i+1)); done; echo end",
            Vec::new(),
            Duration::from_secs(60),
        );
        let seen = ended(&exec, &key(0));
        assert!(seen.stdout.ends_with("end\n"));
        assert!(seen.stdout.len() <= crate::state::logs::LOG_TAIL_BYTES);
        let run = exec.runs.get(&key(0)).unwrap();
        assert_eq!(run.lock().stdout.len(), KEEP_BYTES);
    }
}
