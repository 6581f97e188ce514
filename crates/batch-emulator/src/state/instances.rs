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

#[derive(Debug, Clone, PartialEq)]
pub struct Instances<T> {
    count: usize,
    base: T,
    changed: BTreeMap<usize, T>,
}

impl<T: Clone + PartialEq + Default> Instances<T> {
    /// `count` instances, each as `base`.
    pub fn new(count: usize, base: T) -> Instances<T> {
        Instances {
            count,
            base,
            changed: BTreeMap::new(),
        }
    }

    /// These instances, in order (the most common one becomes the base when they are
    /// alike; else the first).
    pub fn from_vec(all: Vec<T>) -> Instances<T> {
        let Some(base) = all.first().cloned() else {
            return Instances::new(0, T::default());
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

    pub fn get(&self, ii: usize) -> Option<&T> {
        (ii < self.count).then(|| self.changed.get(&ii).unwrap_or(&self.base))
    }

    /// True when instance `ii` is still the base (nothing happened to it of its own).
    pub fn is_base(&self, ii: usize) -> bool {
        !self.changed.contains_key(&ii)
    }

    /// Every instance, in order (the base repeated where nothing differs).
    pub fn iter(&self) -> impl Iterator<Item = &T> + '_ {
        (0..self.count).map(move |ii| self.changed.get(&ii).unwrap_or(&self.base))
    }

    /// Each different instance once: the base (while any instance is still it), then
    /// those kept. For questions whose answer does not depend on how many are alike.
    pub fn distinct(&self) -> impl Iterator<Item = &T> + '_ {
        let any_base = self.changed.len() < self.count;
        any_base
            .then_some(&self.base)
            .into_iter()
            .chain(self.changed.values())
    }

    /// Every different instance, to change in place (the base stands for all that are
    /// still it).
    pub fn distinct_mut(&mut self) -> impl Iterator<Item = &mut T> + '_ {
        std::iter::once(&mut self.base).chain(self.changed.values_mut())
    }

    /// The state every instance starts from.
    pub fn base(&self) -> &T {
        &self.base
    }

    /// The instances kept (those that differ from the base), by index.
    pub fn changed(&self) -> impl Iterator<Item = (usize, &T)> + '_ {
        self.changed.iter().map(|(k, v)| (*k, v))
    }

    /// The instances kept (those that differ from the base), by index.
    pub fn changed_mut(&mut self) -> impl Iterator<Item = (usize, &mut T)> + '_ {
        self.changed.iter_mut().map(|(k, v)| (*k, v))
    }

    /// How many instances are kept apart from the base.
    pub fn kept(&self) -> usize {
        self.changed.len()
    }
}

impl<T: Clone + PartialEq + Default> Index<usize> for Instances<T> {
    type Output = T;

    fn index(&self, ii: usize) -> &T {
        assert!(ii < self.count, "instance {ii} of {}", self.count);
        self.changed.get(&ii).unwrap_or(&self.base)
    }
}

impl<T: Clone + PartialEq + Default> IndexMut<usize> for Instances<T> {
    /// Instance `ii`, kept apart from now on, to change.
    fn index_mut(&mut self, ii: usize) -> &mut T {
        assert!(ii < self.count, "instance {ii} of {}", self.count);
        let base = &self.base;
        self.changed.entry(ii).or_insert_with(|| base.clone())
    }
}

/// The timelines of a task's instances, in proportion to what differs among them: one
/// for every instance still alike (the base, when nothing sets them apart), and each
/// instance's own where it differs (or every one, when their settings set each apart).
#[derive(Debug, Clone)]
pub struct Timelines<L> {
    count: usize,
    base: Option<L>,
    own: BTreeMap<usize, L>,
}

impl<L> Timelines<L> {
    pub fn new(count: usize) -> Timelines<L> {
        Timelines {
            count,
            base: None,
            own: BTreeMap::new(),
        }
    }

    /// The timeline of every instance that has none of its own.
    pub fn set_base(&mut self, timeline: L) {
        self.base = Some(timeline);
    }

    pub fn set(&mut self, ii: usize, timeline: L) {
        self.own.insert(ii, timeline);
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn get(&self, ii: usize) -> Option<&L> {
        if ii >= self.count {
            return None;
        }
        self.own.get(&ii).or(self.base.as_ref())
    }

    /// Every instance's timeline, in order.
    pub fn iter(&self) -> impl Iterator<Item = &L> + '_ {
        (0..self.count).filter_map(move |ii| self.get(ii))
    }

    /// Each different timeline once (the base while any instance follows it): for
    /// questions whose answer does not depend on how many are alike.
    pub fn distinct(&self) -> impl Iterator<Item = &L> + '_ {
        let any_base = self.own.len() < self.count;
        self.base
            .as_ref()
            .filter(|_| any_base)
            .into_iter()
            .chain(self.own.values())
    }
}

impl<L> Index<usize> for Timelines<L> {
    type Output = L;

    fn index(&self, ii: usize) -> &L {
        self.get(ii)
            .unwrap_or_else(|| panic!("instance {ii} of {}", self.count))
    }
}

#[derive(Serialize, Deserialize)]
#[serde(bound(deserialize = "T: Deserialize<'de>"))]
struct Compact<T> {
    count: usize,
    base: T,
    #[serde(default)]
    changed: Vec<(usize, T)>,
}

#[derive(Deserialize)]
#[serde(untagged, bound(deserialize = "T: Deserialize<'de>"))]
enum Stored<T> {
    Compact(Compact<T>),
    All(Vec<T>),
}

impl<T: Clone + PartialEq + Default + Serialize> Serialize for Instances<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Compact {
            count: self.count,
            base: self.base.clone(),
            changed: self.changed.iter().map(|(k, v)| (*k, v.clone())).collect(),
        }
        .serialize(s)
    }
}

impl<'de, T: Clone + PartialEq + Default + Deserialize<'de>> Deserialize<'de> for Instances<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Instances<T>, D::Error> {
        Ok(match Stored::<T>::deserialize(d)? {
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

    /// An instance as far as keeping it goes.
    #[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
    struct SimInstance {
        from: i64,
        attempt: u32,
    }

    impl SimInstance {
        fn fresh(from: i64, _env: Option<&str>) -> SimInstance {
            SimInstance { from, attempt: 1 }
        }
    }

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
        let back: Instances<SimInstance> = serde_json::from_str(&text).unwrap();
        assert_eq!(back, all);
        // An older file lists every instance.
        let listed = serde_json::to_string(&all.iter().collect::<Vec<_>>()).unwrap();
        let old: Instances<SimInstance> = serde_json::from_str(&listed).unwrap();
        assert_eq!((old.len(), old.kept(), old[7].attempt), (10_000, 1, 2));
    }
}
