//! DescribeJobMonitorData's values: a plausible series per metric, shaped by what the
//! instance's command does and the machine it runs on, deterministic per job, task,
//! instance (and its RetryJobs history), metric and time.
//!
//! The series covers every run of the instance's command in its current history: the
//! first and each `MaxRetryCount` retry (on the same node; nothing in the moments between
//! two runs, and each run ramps its memory up again). A RetryJobs starts a new history
//! on a new node: the earlier one's series is gone with its node.
//!
//! The command rule (`super::command`) runs simple commands instantly and makes time pass
//! only with `sleep`, so an instance is *idle* (CPU a few %) when its command sleeps and
//! runs nothing but `sleep`, `echo`, `exit`, `true` and `false`; any other simple command,
//! or a run without a sleep, makes it *busy* (CPU 70–95 %). The command is split here
//! roughly (on `;`, `&&`, `||`, `|` and newlines, quotes not honoured), which is enough
//! to tell the two apart.
//!
//! The machine ([`Machine`], from the instance type's name) bounds what is used:
//!
//! - `CpuUsage` (%): the cores the command keeps busy over the machine's cores: an idle
//!   one a few hundredths of a core; a busy one 1 to 8 threads (per instance), each 85–100
//!   % of a core, on at most every core there is (a `SMALL1` is saturated, a `16XLARGE`
//!   mostly idle).
//! - `MemUsage` (%): the system's 0.25 GB plus the command's working set (busy 0.5–4 GB,
//!   idle 0.05–0.2 GB, per instance), reached over the first minute of each run, over the
//!   machine's memory; never above 95 %.
//! - `LanOuttraffic`, `LanIntraffic` (bytes/s): a low base with a burst one point in ten.
//! - `MaxDiskUsage` (%): from 10–40 growing slowly (faster when busy) from the first run
//!   on, at most 95.
//! - `TargetDiskUsage` (%): the named disk's share of that, at most `MaxDiskUsage`.

/// What the monitored instance does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Load {
    Idle,
    Busy,
}

/// Idle or busy by the rule of this module.
pub fn load(command: &str) -> Load {
    let mut slept = false;
    let mut other = false;
    let spaced = command
        .replace("&&", "\n")
        .replace("||", "\n")
        .replace(['|', ';'], "\n");
    for line in spaced.lines() {
        let line = line.split('#').next().unwrap_or("");
        let Some(word) = line.split_whitespace().next() else {
            continue;
        };
        match word.trim_matches(['\'', '"']) {
            "sleep" => slept = true,
            "echo" | "exit" | "true" | "false" | ":" => {}
            _ => other = true,
        }
    }
    if slept && !other {
        Load::Idle
    } else {
        Load::Busy
    }
}

/// A number in `[0, 1)` from `parts` (FNV-1a with a final mix).
fn unit(parts: &[&str]) -> f64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.bytes().chain([0]) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x100_0000_01b3);
        }
    }
    hash ^= hash >> 33;
    hash = hash.wrapping_mul(0xff51_afd7_ed55_8ccd);
    hash ^= hash >> 33;
    (hash >> 11) as f64 / (1u64 << 53) as f64
}

/// The machine an instance runs on, from its instance type's name
/// (`FAMILY.SIZE<MEMORY GB>`): cores and memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Machine {
    pub cores: u32,
    pub memory_gb: u32,
}

impl Machine {
    /// What an instance whose type is not known runs on: `S5.MEDIUM4`'s 2 cores, 4 GB.
    pub const DEFAULT: Machine = Machine {
        cores: 2,
        memory_gb: 4,
    };

    /// A machine of `cores` and `memory_gb` (each at least 1).
    pub fn new(cores: u32, memory_gb: u32) -> Machine {
        Machine {
            cores: cores.max(1),
            memory_gb: memory_gb.max(1),
        }
    }
}

/// Memory the system takes on every machine, GB.
const SYSTEM_GB: f64 = 0.25;
/// The most a busy command's threads may be (it uses `min(threads, cores)` cores).
const MAX_THREADS: f64 = 8.0;

/// One monitored instance: who it is (for the noise), the runs of its command, what it
/// does and on which machine.
pub struct Instance<'a> {
    /// Job id, task name, instance index and history (RetryJobs starts a new one).
    pub key: [&'a str; 4],
    /// Each run of the command (the first and every `MaxRetryCount` retry, on the same
    /// node): start and end, Unix seconds.
    pub runs: &'a [(i64, i64)],
    pub load: Load,
    pub machine: Machine,
}

impl Instance<'_> {
    fn noise(&self, what: &str, at: i64) -> f64 {
        let [job, task, index, history] = self.key;
        unit(&[job, task, index, history, what, &at.to_string()])
    }

    /// A per-instance constant in `[0, 1)`.
    fn trait_of(&self, what: &str) -> f64 {
        let [job, task, index, history] = self.key;
        unit(&[job, task, index, history, what])
    }

    /// When the run under way at `at` started, if one is.
    pub fn run_at(&self, at: i64) -> Option<i64> {
        self.runs
            .iter()
            .find(|(from, to)| *from <= at && at <= *to)
            .map(|(from, _)| *from)
    }

    fn max_disk(&self, elapsed: f64) -> f64 {
        let growth = match self.load {
            Load::Idle => 0.0005,
            Load::Busy => 0.005,
        };
        (10.0 + 30.0 * self.trait_of("disk") + growth * elapsed).min(95.0)
    }

    /// Cores the command keeps busy at `at`: a busy one runs 1 to 8 threads (per
    /// instance), each 85–100 % of a core, on at most every core the machine has; an idle
    /// one a few hundredths of a core.
    fn cores_used(&self, at: i64) -> f64 {
        let noise = self.noise("CpuUsage", at);
        match self.load {
            Load::Idle => 0.02 + 0.03 * noise,
            Load::Busy => {
                let threads = 1.0 + (MAX_THREADS * self.trait_of("threads")).floor();
                threads.min(f64::from(self.machine.cores)) * (0.85 + 0.15 * noise)
            }
        }
    }

    /// Memory in use at `at`, GB: the system's, plus the command's working set (a busy
    /// one 0.5–4 GB, an idle one 0.05–0.2 GB, per instance) reached over the first minute
    /// of each run; never above 95 % of the machine's memory.
    pub fn memory_used_gb(&self, at: i64) -> f64 {
        let since = self.run_at(at).map_or(0, |from| at - from) as f64;
        let working = match self.load {
            Load::Idle => 0.05 + 0.15 * self.trait_of("mem"),
            Load::Busy => 0.5 + 3.5 * self.trait_of("mem"),
        };
        let ramp = ((since + 10.0) / 60.0).min(1.0);
        let jitter = 0.04 * self.noise("MemUsage", at) - 0.02;
        let total = f64::from(self.machine.memory_gb);
        (SYSTEM_GB + working * ramp + jitter).clamp(0.0, 0.95 * total)
    }

    /// The value of `metric` at `at` (Unix seconds); `disk` names TargetDiskUsage's disk.
    pub fn value(&self, metric: &str, disk: &str, at: i64) -> f64 {
        let first = self.runs.first().map_or(at, |(from, _)| *from);
        let elapsed = (at - first).max(0) as f64;
        let noise = self.noise(metric, at);
        let value = match metric {
            "CpuUsage" => (100.0 * self.cores_used(at) / f64::from(self.machine.cores)).max(0.1),
            "MemUsage" => 100.0 * self.memory_used_gb(at) / f64::from(self.machine.memory_gb),
            "LanOuttraffic" | "LanIntraffic" => {
                let base = match self.load {
                    Load::Idle => 200.0,
                    Load::Busy => 2_000.0,
                };
                let burst = self.noise(&format!("{metric}-burst"), at);
                let level = base * (0.5 + noise);
                if burst > 0.9 {
                    level * (20.0 + 200.0 * (burst - 0.9) * 10.0)
                } else {
                    level
                }
            }
            "MaxDiskUsage" => self.max_disk(elapsed),
            "TargetDiskUsage" => {
                let share = if disk == "vdb" {
                    0.3 + 0.5 * self.trait_of("vdb")
                } else {
                    0.2 + 0.8 * self.trait_of(&format!("disk-{disk}"))
                };
                self.max_disk(elapsed) * share
            }
            _ => 0.0,
        };
        let value = if metric.starts_with("Lan") {
            value.max(0.0)
        } else {
            value.clamp(0.0, 100.0)
        };
        (value * 100.0).round() / 100.0
    }
}
