//! DescribeJobMonitorData's values: a plausible series per metric, shaped by what the
//! instance's command does and deterministic per job, task, instance, metric and time.
//!
//! The command rule (`super::command`) runs simple commands instantly and makes time pass
//! only with `sleep`, so an instance is *idle* (CPU a few %) when its command sleeps and
//! runs nothing but `sleep`, `echo`, `exit`, `true` and `false`; any other simple command,
//! or a run without a sleep, makes it *busy* (CPU 70–95 %). The command is split here
//! roughly (on `;`, `&&`, `||`, `|` and newlines, quotes not honoured), which is enough
//! to tell the two apart.
//!
//! - `CpuUsage` (%): idle 1–5, busy 70–95, a little noise each point.
//! - `MemUsage` (%): a level of 20–60 per instance, reached over the first minute.
//! - `LanOuttraffic`, `LanIntraffic` (bytes/s): a low base with a burst one point in ten.
//! - `MaxDiskUsage` (%): from 10–40 growing slowly (faster when busy), at most 95.
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

/// One monitored instance: who it is (for the noise), when it started, what it does.
pub struct Instance<'a> {
    /// Job id, task name and instance index.
    pub key: [&'a str; 3],
    /// When it started running, Unix seconds.
    pub start: i64,
    pub load: Load,
}

impl Instance<'_> {
    fn noise(&self, what: &str, at: i64) -> f64 {
        let [job, task, index] = self.key;
        unit(&[job, task, index, what, &at.to_string()])
    }

    /// A per-instance constant in `[0, 1)`.
    fn trait_of(&self, what: &str) -> f64 {
        let [job, task, index] = self.key;
        unit(&[job, task, index, what])
    }

    fn max_disk(&self, elapsed: f64) -> f64 {
        let growth = match self.load {
            Load::Idle => 0.0005,
            Load::Busy => 0.005,
        };
        (10.0 + 30.0 * self.trait_of("disk") + growth * elapsed).min(95.0)
    }

    /// The value of `metric` at `at` (Unix seconds); `disk` names TargetDiskUsage's disk.
    pub fn value(&self, metric: &str, disk: &str, at: i64) -> f64 {
        let elapsed = (at - self.start).max(0) as f64;
        let noise = self.noise(metric, at);
        let value = match metric {
            "CpuUsage" => match self.load {
                Load::Idle => 1.0 + 4.0 * noise,
                Load::Busy => 70.0 + 25.0 * noise,
            },
            "MemUsage" => {
                let level = 20.0 + 40.0 * self.trait_of("mem");
                let ramp = ((elapsed + 10.0) / 60.0).min(1.0);
                (5.0 + (level - 5.0) * ramp + 2.0 * noise - 1.0).max(1.0)
            }
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
