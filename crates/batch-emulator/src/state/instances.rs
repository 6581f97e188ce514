//! A task's instances, kept in proportion to what has happened to them, not to how many
//! were declared: their count, the state every one of them starts from (`base`), and
//! only those that have come to differ from it (a node given, a termination, a retry,
//! a pinned state, a local run), by index. Reading instance `i` gives its own state or
//! the base; changing it (`instances[i].x = …`) makes it one of those kept.
//!
//! In a state file it is written as `{"count", "base", "changed": [[index, instance]…]}`;
//! the list of every instance that older files hold is read too.

use std::collections::BTreeMap;
use std::ops::{Index, IndexMut};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::job::{SimInstance, Timeline};

#[derive(Debug, Clone, PartialEq)]
pub struct Instances {
    count: usize,
    base: SimInstance,
    changed: BTreeMap<usize, SimInstance>,
}

impl Instances {
    /// `count` instances, each as `base`.
    pub fn new(count: usize, base: SimInstance) -> Instances {
        Instances {
            count,
            base,
            changed: BTreeMap::new(),
        }
    }

    /// These instances, in order (the most common one becomes the base when they are
    /// alike; else the first).
    pub fn from_vec(all: Vec<SimInstance>) -> Instances {
        let Some(base) = all.first().cloned() else {
            return Instances::new(0, SimInstance::fresh(0, None));
        };
        let count = all.len();
        let changed = all
            .into_iter()
            .enumerate()
            .filter(|(_, i)| *i != base)
            .collect();
        Instances {
            count,
            base,
            changed,
        }
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn get(&self, ii: usize) -> Option<&SimInstance> {
        (ii < self.count).then(|| self.changed.get(&ii).unwrap_or(&self.base))
    }

    /// True when instance `ii` is still the base (nothing happened to it of its own).
    pub fn is_base(&self, ii: usize) -> bool {
        !self.changed.contains_key(&ii)
    }

    /// Every instance, in order (the base repeated where nothing differs).
    pub fn iter(&self) -> impl Iterator<Item = &SimInstance> + '_ {
        (0..self.count).map(move |ii| self.changed.get(&ii).unwrap_or(&self.base))
    }

    /// Each different instance once: the base (while any instance is still it), then
    /// those kept. For questions whose answer does not depend on how many are alike.
    pub fn distinct(&self) -> impl Iterator<Item = &SimInstance> + '_ {
        let any_base = self.changed.len() < self.count;
        any_base
            .then_some(&self.base)
            .into_iter()
            .chain(self.changed.values())
    }

    /// Every different instance, to change in place (the base stands for all that are
    /// still it).
    pub fn distinct_mut(&mut self) -> impl Iterator<Item = &mut SimInstance> + '_ {
        std::iter::once(&mut self.base).chain(self.changed.values_mut())
    }

    /// The state every instance starts from.
    pub fn base(&self) -> &SimInstance {
        &self.base
    }

    /// The instances kept (those that differ from the base), by index.
    pub fn changed(&self) -> impl Iterator<Item = (usize, &SimInstance)> + '_ {
        self.changed.iter().map(|(k, v)| (*k, v))
    }

    /// The instances kept (those that differ from the base), by index.
    pub fn changed_mut(&mut self) -> impl Iterator<Item = (usize, &mut SimInstance)> + '_ {
        self.changed.iter_mut().map(|(k, v)| (*k, v))
    }

    /// How many instances are kept apart from the base.
    pub fn kept(&self) -> usize {
        self.changed.len()
    }
}

impl Index<usize> for Instances {
    type Output = SimInstance;

    fn index(&self, ii: usize) -> &SimInstance {
        assert!(ii < self.count, "instance {ii} of {}", self.count);
        self.changed.get(&ii).unwrap_or(&self.base)
    }
}

impl IndexMut<usize> for Instances {
    /// Instance `ii`, kept apart from now on, to change.
    fn index_mut(&mut self, ii: usize) -> &mut SimInstance {
        assert!(ii < self.count, "instance {ii} of {}", self.count);
        let base = &self.base;
        self.changed.entry(ii).or_insert_with(|| base.clone())
    }
}

/// The timelines of a task's instances, in proportion to what differs among them: one
/// for every instance still alike (the base, when nothing sets them apart), and each
/// instance's own where it differs (or every one, when their settings set each apart).
#[derive(Debug, Clone)]
pub struct Timelines {
    count: usize,
    base: Option<Timeline>,
    own: BTreeMap<usize, Timeline>,
}

impl Timelines {
    pub fn new(count: usize) -> Timelines {
        Timelines {
            count,
            base: None,
            own: BTreeMap::new(),
        }
    }

    /// The timeline of every instance that has none of its own.
    pub fn set_base(&mut self, timeline: Timeline) {
        self.base = Some(timeline);
    }

    pub fn set(&mut self, ii: usize, timeline: Timeline) {
        self.own.insert(ii, timeline);
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn get(&self, ii: usize) -> Option<&Timeline> {
        if ii >= self.count {
            return None;
        }
        self.own.get(&ii).or(self.base.as_ref())
    }

    /// Every instance's timeline, in order.
    pub fn iter(&self) -> impl Iterator<Item = &Timeline> + '_ {
        (0..self.count).filter_map(move |ii| self.get(ii))
    }

    /// Each different timeline once (the base while any instance follows it): for
    /// questions whose answer does not depend on how many are alike.
    pub fn distinct(&self) -> impl Iterator<Item = &Timeline> + '_ {
        let any_base = self.own.len() < self.count;
        self.base
            .as_ref()
            .filter(|_| any_base)
            .into_iter()
            .chain(self.own.values())
    }
}

impl Index<usize> for Timelines {
    type Output = Timeline;

    fn index(&self, ii: usize) -> &Timeline {
        self.get(ii)
            .unwrap_or_else(|| panic!("instance {ii} of {}", self.count))
    }
}

#[derive(Serialize, Deserialize)]
struct Compact {
    count: usize,
    base: SimInstance,
    #[serde(default)]
    changed: Vec<(usize, SimInstance)>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Stored {
    Compact(Compact),
    All(Vec<SimInstance>),
}

impl Serialize for Instances {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Compact {
            count: self.count,
            base: self.base.clone(),
            changed: self.changed.iter().map(|(k, v)| (*k, v.clone())).collect(),
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for Instances {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Instances, D::Error> {
        Ok(match Stored::deserialize(d)? {
            Stored::All(all) => Instances::from_vec(all),
            Stored::Compact(c) => Instances {
                count: c.count,
                base: c.base,
                changed: c
                    .changed
                    .into_iter()
                    .filter(|(k, _)| *k < c.count)
                    .collect(),
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_instances_that_changed_are_kept_and_both_forms_are_read() {
        let mut all = Instances::new(10_000, SimInstance::fresh(5, None));
        assert_eq!((all.len(), all.kept()), (10_000, 0));
        all[7].attempt = 2;
        assert_eq!(all.kept(), 1);
        assert_eq!((all[7].attempt, all[8].attempt), (2, 1));
        assert_eq!(all.distinct().count(), 2);
        let text = serde_json::to_string(&all).unwrap();
        assert!(text.len() < 1_000, "{text}");
        let back: Instances = serde_json::from_str(&text).unwrap();
        assert_eq!(back, all);
        // An older file lists every instance.
        let listed = serde_json::to_string(&all.iter().collect::<Vec<_>>()).unwrap();
        let old: Instances = serde_json::from_str(&listed).unwrap();
        assert_eq!((old.len(), old.kept(), old[7].attempt), (10_000, 1, 2));
    }
}
