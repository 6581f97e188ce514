//! The figures of `jobs usage`: a series' count, mean and peak, a task's run time, cost
//! and CPU share, and the sizing hint's rule.

use serde_json::{Value, json};

use super::Task;
use super::catalogue::Offer;

/// A smaller type is named only when the peaks fill at most this share of it.
const HEADROOM: f64 = 0.8;

/// The count, sum and peak of a series (or of several).
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct Stats {
    pub(super) points: u64,
    sum: f64,
    peak: f64,
}

impl Stats {
    pub(super) fn add(&mut self, v: f64) {
        if !v.is_finite() {
            return;
        }
        self.peak = if self.points == 0 {
            v
        } else {
            self.peak.max(v)
        };
        self.points += 1;
        self.sum += v;
    }

    pub(super) fn merge(&mut self, other: &Stats) {
        if other.points == 0 {
            return;
        }
        self.peak = if self.points == 0 {
            other.peak
        } else {
            self.peak.max(other.peak)
        };
        self.points += other.points;
        self.sum += other.sum;
    }

    pub(super) fn mean(&self) -> Option<f64> {
        (self.points > 0).then(|| self.sum / self.points as f64)
    }

    pub(super) fn peak(&self) -> Option<f64> {
        (self.points > 0).then_some(self.peak)
    }

    pub(super) fn json(&self) -> Value {
        json!({
            "Mean": self.mean().map(|m| round(m, 2)),
            "Peak": self.peak(),
            "Points": self.points,
        })
    }
}

pub(super) fn round(x: f64, places: i32) -> f64 {
    let f = 10f64.powi(places);
    (x * f).round() / f
}

impl Task {
    pub(super) fn ran(&self) -> impl Iterator<Item = &super::Instance> {
        self.instances.iter().filter(|i| i.running.is_some())
    }

    pub(super) fn run_seconds(&self) -> i64 {
        self.ran().map(|i| i.run_seconds).sum()
    }

    pub(super) fn sampled(&self) -> impl Iterator<Item = &super::Instance> {
        self.instances
            .iter()
            .filter(|i| i.sampled && i.series[0].points + i.series[1].points > 0)
    }

    pub(super) fn stats(&self, metric: usize) -> Stats {
        let mut all = Stats::default();
        for i in self.sampled() {
            all.merge(&i.series[metric]);
        }
        all
    }

    pub(super) fn price(&self) -> Option<f64> {
        self.machine.offer.as_ref().map(|o| o.price)
    }

    pub(super) fn cost(&self, seconds: i64) -> Option<f64> {
        self.price().map(|p| seconds as f64 * p / 3600.0)
    }

    /// The share of its cores the task kept busy: each sampled instance's mean CPU
    /// weighted by its run time.
    pub(super) fn cpu_share(&self) -> Option<f64> {
        let (mut used, mut time) = (0.0, 0.0);
        for i in self.sampled() {
            if let Some(mean) = i.series[0].mean() {
                let t = i.run_seconds.max(1) as f64;
                used += mean / 100.0 * t;
                time += t;
            }
        }
        (time > 0.0).then(|| used / time)
    }

    /// The cheapest smaller type of the same family, zone and charge type that would have
    /// held the sample's peaks with [`HEADROOM`].
    pub(super) fn hint(&self) -> Option<&Offer> {
        let current = self.machine.offer.as_ref()?;
        let cpu = self.stats(0).peak()? / 100.0 * f64::from(current.cpu);
        let mem = self.stats(1).peak()? / 100.0 * f64::from(current.memory);
        self.machine
            .family
            .iter()
            .filter(|o| {
                o.selling
                    && o.price < current.price
                    && o.cpu <= current.cpu
                    && o.memory <= current.memory
                    && f64::from(o.cpu) * HEADROOM >= cpu
                    && f64::from(o.memory) * HEADROOM >= mem
            })
            .min_by(|a, b| {
                a.price
                    .total_cmp(&b.price)
                    .then(a.cpu.cmp(&b.cpu))
                    .then(a.name.cmp(&b.name))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::jobs::usage::Instance;
    use crate::commands::jobs::usage::machine::Machine;
    fn offer(name: &str, cpu: u32, memory: u32, price: f64, selling: bool) -> Offer {
        Offer {
            name: name.into(),
            cpu,
            memory,
            price,
            selling,
        }
    }

    /// A task on S5.MEDIUM4 whose one instance peaked at `cpu` % and `mem` %.
    fn task(cpu: f64, mem: f64) -> Task {
        let family = vec![
            offer("S5.SMALL1", 1, 1, 0.08, true),
            offer("S5.SMALL2", 1, 2, 0.10, true),
            offer("S5.MEDIUM2", 2, 2, 0.16, true),
            offer("S5.MEDIUM4", 2, 4, 0.20, true),
            offer("S5.LARGE8", 4, 8, 0.40, true),
        ];
        let mut series = [Stats::default(); 2];
        series[0].add(cpu);
        series[1].add(mem);
        Task {
            name: "t".into(),
            machine: Machine {
                offer: Some(family[3].clone()),
                family,
                ..Machine::default()
            },
            instances: vec![Instance {
                index: 0,
                state: "SUCCEED".into(),
                cvm: None,
                running: Some("2026-12-01T00:00:00Z".into()),
                ended: None,
                run_seconds: 60,
                sampled: true,
                period: Some(10),
                series,
                note: None,
            }],
            total: 1,
            notes: Vec::new(),
        }
    }

    #[test]
    fn the_hint_is_the_cheapest_smaller_type_that_holds_the_peaks_with_room() {
        let name = |t: &Task| t.hint().map(|o| o.name.clone());
        // 0.05 cores, 0.4 GB: the smallest will do.
        assert_eq!(name(&task(2.5, 10.0)).as_deref(), Some("S5.SMALL1"));
        // 1 GB in use is more than 80 % of 1 GB: two are needed.
        assert_eq!(name(&task(2.5, 25.0)).as_deref(), Some("S5.SMALL2"));
        // 0.9 of a core is more than 80 % of one core: two cores, 2 GB.
        assert_eq!(name(&task(45.0, 25.0)).as_deref(), Some("S5.MEDIUM2"));
        // Both cores busy, or 3.8 GB: nothing smaller.
        assert_eq!(name(&task(95.0, 10.0)), None);
        assert_eq!(name(&task(2.5, 95.0)), None);
        // A sold-out type is never named.
        let mut sold = task(2.5, 10.0);
        sold.machine.family[0].selling = false;
        assert_eq!(name(&sold).as_deref(), Some("S5.SMALL2"));
        // No series, no hint.
        let mut quiet = task(2.5, 10.0);
        quiet.instances[0].sampled = false;
        assert_eq!(name(&quiet), None);
    }

    #[test]
    fn stats_keep_count_mean_and_peak() {
        let mut a = Stats::default();
        assert_eq!(a.mean(), None);
        for v in [1.0, 3.0, f64::NAN, 2.0] {
            a.add(v);
        }
        assert_eq!((a.points, a.mean(), a.peak()), (3, Some(2.0), Some(3.0)));
        let mut b = Stats::default();
        b.add(10.0);
        a.merge(&b);
        assert_eq!((a.points, a.peak()), (4, Some(10.0)));
    }
}
