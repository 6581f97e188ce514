//! Test harness: starts `batchctl emulator serve` on a free loopback port (waiting for the
//! port by reading the endpoint line it prints once bound, never by sleeping), runs the
//! built binary against it with a clean environment, and reads the emulator's request log;
//! [`FakeServer`] (in `server.rs`) stands in for the service where the emulator cannot.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Stdio};

use serde_json::{Value, json};

pub mod server;

pub use server::{Answer, Delivery, FakeServer, Received};

pub const BIN: &str = env!("CARGO_BIN_EXE_batchctl");
pub const DEMO_ID: &str = batch_emulator::DEMO_SECRET_ID;
pub const DEMO_KEY: &str = batch_emulator::DEMO_SECRET_KEY;

/// Environment variables that would leak the developer's own setup into a test.
pub const SCRUBBED: [&str; 17] = [
    "XDG_CONFIG_HOME",
    "BATCHCTL_ZONE",
    "BATCHCTL_IMAGE",
    "BATCHCTL_INSTANCE_TYPE",
    "BATCHCTL_COMPUTE_ENV",
    "TENCENTCLOUD_SECRET_ID",
    "TENCENTCLOUD_SECRET_KEY",
    "TENCENTCLOUD_SESSION_TOKEN",
    "TENCENTCLOUD_TOKEN",
    "TENCENTCLOUD_REGION",
    "BATCHCTL_OUTPUT",
    "BATCHCTL_PROFILE",
    "BATCHCTL_ENDPOINT",
    "BATCHCTL_METADATA_ENDPOINT",
    "NO_COLOR",
    "HTTPS_PROXY",
    "HTTP_PROXY",
];

/// A `batchctl` command with a clean environment and a private, empty HOME.
pub fn batchctl(home: &Path) -> assert_cmd::Command {
    assert_cmd::Command::from_std(std_batchctl(home))
}

/// `batchctl` with the emulator's demo credentials, for servers given by `--endpoint`.
pub fn with_demo_keys(home: &Path) -> assert_cmd::Command {
    let mut cmd = batchctl(home);
    cmd.env("TENCENTCLOUD_SECRET_ID", DEMO_ID)
        .env("TENCENTCLOUD_SECRET_KEY", DEMO_KEY);
    cmd
}

/// The same as a `std::process::Command`, for tests that wire stdio themselves.
pub fn std_batchctl(home: &Path) -> Command {
    let mut cmd = Command::new(BIN);
    for var in SCRUBBED {
        cmd.env_remove(var);
    }
    cmd.env_remove("https_proxy")
        .env_remove("http_proxy")
        .env_remove("ALL_PROXY");
    cmd.env("HOME", home).env("NO_PROXY", "*");
    cmd
}

/// A running emulator, killed on drop.
pub struct Emulator {
    child: Child,
    _stdout: BufReader<ChildStdout>,
    pub endpoint: String,
    pub dir: tempfile::TempDir,
    log: PathBuf,
}

impl Emulator {
    /// The built-in demo set. Without the service's rate limit unless `extra` asks for
    /// one: tests fire requests faster than 2/s across processes.
    pub fn start(extra: &[&str]) -> Emulator {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("requests.jsonl");
        let no_limit: &[&str] = if extra
            .iter()
            .any(|a| *a == "--rate-limit" || a.starts_with("--rate-limit="))
        {
            &[]
        } else {
            &["--rate-limit", "0"]
        };
        let mut child = Command::new(BIN)
            .args([
                "-q",
                "emulator",
                "serve",
                "--listen",
                "127.0.0.1:0",
                "--log",
            ])
            .arg(&log)
            .args(no_limit)
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("starts the emulator");
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut first = String::new();
        stdout.read_line(&mut first).unwrap();
        let endpoint = first
            .trim()
            .rsplit(' ')
            .next()
            .filter(|e| e.starts_with("http://"))
            .unwrap_or_else(|| panic!("emulator did not print its endpoint: {first:?}"))
            .to_string();
        Emulator {
            child,
            _stdout: stdout,
            endpoint,
            dir,
            log,
        }
    }

    /// Serves exactly `jobs` (written to a file and passed with `--jobs`).
    pub fn with_jobs(jobs: &[Value], extra: &[&str]) -> Emulator {
        let file = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(file.path(), serde_json::to_vec(jobs).unwrap()).unwrap();
        let path = file.into_temp_path().keep().unwrap();
        let mut args = vec!["--jobs", path.to_str().unwrap()];
        args.extend_from_slice(extra);
        Emulator::start(&args)
    }

    /// `batchctl` pointed at this emulator with its demo credentials.
    pub fn cmd(&self) -> assert_cmd::Command {
        let mut cmd = batchctl(self.dir.path());
        cmd.env("BATCHCTL_ENDPOINT", &self.endpoint)
            .env("TENCENTCLOUD_SECRET_ID", DEMO_ID)
            .env("TENCENTCLOUD_SECRET_KEY", DEMO_KEY);
        cmd
    }

    /// [`Emulator::cmd`] as a `std::process::Command`, for tests that wire stdio themselves.
    pub fn std_cmd(&self) -> Command {
        let mut cmd = std_batchctl(self.dir.path());
        cmd.env("BATCHCTL_ENDPOINT", &self.endpoint)
            .env("TENCENTCLOUD_SECRET_ID", DEMO_ID)
            .env("TENCENTCLOUD_SECRET_KEY", DEMO_KEY);
        cmd
    }

    /// Every request the emulator has logged so far.
    pub fn requests(&self) -> Vec<Value> {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        text.lines()
            .map(|l| serde_json::from_str(l).expect("log line is JSON"))
            .collect()
    }

    /// The JSON bodies of the logged requests.
    pub fn bodies(&self) -> Vec<Value> {
        self.requests()
            .into_iter()
            .map(|r| r["body"].clone())
            .collect()
    }
}

impl Emulator {
    /// Stops it as Ctrl-C does (SIGINT), so that it saves its state file first, and
    /// waits for it to end.
    pub fn interrupt(mut self) {
        let pid = self.child.id().to_string();
        let sent = Command::new("kill").args(["-INT", &pid]).status().unwrap();
        assert!(sent.success());
        let _ = self.child.wait();
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A JobView in the service's key order.
pub fn job(id: &str, name: &str, state: &str, zone: &str, tags: &[(&str, &str)]) -> Value {
    let finished = matches!(state, "SUCCEED" | "FAILED" | "FAILED_INTERRUPTED");
    json!({
        "JobId": id,
        "JobName": name,
        "JobState": state,
        "Priority": 1,
        "Placement": { "Zone": zone },
        "CreateTime": "2024-05-01T10:00:00Z",
        "EndTime": if finished { json!("2024-05-01T10:02:30Z") } else { Value::Null },
        "TaskMetrics": {
            "SubmittedCount": 0, "PendingCount": 0, "RunnableCount": 0, "StartingCount": 0,
            "RunningCount": if finished { 0 } else { 1 }, "SucceedCount": if state == "SUCCEED" { 1 } else { 0 },
            "FailedInterruptedCount": 0, "FailedCount": if state == "FAILED" { 1 } else { 0 }
        },
        "Tags": tags.iter().map(|(k, v)| json!({"Key": k, "Value": v})).collect::<Vec<_>>()
    })
}

/// `n` plain jobs with IDs `job-t0000000`, `job-t0000001`, ….
pub fn many_jobs(n: usize) -> Vec<Value> {
    (0..n)
        .map(|i| {
            job(
                &format!("job-t{i:07}"),
                &format!("job {i}"),
                "SUCCEED",
                "ap-guangzhou-3",
                &[],
            )
        })
        .collect()
}

/// The sample response of the API reference.
pub fn sample() -> Value {
    let path = format!(
        "{}/tests/fixtures/describe-jobs-sample.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

pub fn stdout_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

pub fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

/// `jobs wait --job-id IDS` against `emu`, polling every 100ms, unpaced.
pub fn wait(emu: &Emulator, ids: &str, extra: &[&str]) -> std::process::Output {
    emu.cmd()
        .env(VIRTUAL_TIME, "1")
        .args([
            "jobs",
            "wait",
            "--job-id",
            ids,
            "--interval",
            "100ms",
            "--rate-limit",
            "0",
        ])
        .args(extra)
        .output()
        .unwrap()
}

/// A fake server answering every action with its published example.
pub fn examples_server() -> FakeServer {
    FakeServer::new().start()
}

/// `batchctl ARGS` against `server`, unpaced (`--rate-limit 0`), in a fresh home.
/// Set to `1` for a command whose retries should wait on a virtual clock: the backoff
/// between attempts is told (and checked) but takes no real time. Only for unpaced
/// commands, or against a server that does not count requests per second.
pub const VIRTUAL_TIME: &str = "BATCHCTL_VIRTUAL_TIME";

pub fn run_unpaced(server: &FakeServer, args: &[&str]) -> std::process::Output {
    let home = tempfile::tempdir().unwrap();
    server
        .cmd(home.path())
        .env(VIRTUAL_TIME, "1")
        .args(["--rate-limit", "0"])
        .args(args)
        .output()
        .unwrap()
}

/// The action and JSON body of every request `server` received, in order.
pub fn sent_bodies(server: &FakeServer) -> Vec<(String, Value)> {
    server
        .received()
        .iter()
        .map(|r| (r.action().to_string(), r.json()))
        .collect()
}

/// The published example of `action` (`api/examples/ACTION.json`): request and response.
pub fn api_example(action: &str) -> (Value, Value) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("api/examples")
        .join(format!("{action}.json"));
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    (doc["request"].clone(), doc["response"].clone())
}

/// An example request in tccli's syntax: `--Member VALUE` for each top-level member,
/// strings as text, everything else as JSON.
pub fn tccli_args(request: &Value) -> Vec<String> {
    let mut args = Vec::new();
    for (name, value) in request.as_object().unwrap() {
        args.push(format!("--{name}"));
        args.push(match value {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        });
    }
    args
}
