//! The one place that hides small cells. Every figure of a report that counts people or their
//! sessions is a `Count`; the page, the CSV and the charts' tables all show it through
//! `Count::shown`, so none of them can forget the rule.
//!
//! Decisions:
//! - A count of 1 to 4 in a breakdown shows as "< 5" (`Shown::Few`).
//! - A zero shows as 0: "nobody" singles out nobody, and hiding it too would make every
//!   empty row look like a small group.
//! - A total is shown exactly only when it cannot give a hidden cell back by subtraction:
//!   when no cell of its breakdown is hidden, or when at least two are hidden and together
//!   they are 5 or more. Otherwise it is shown rounded to the nearest ten (`Shown::About`),
//!   which is coarser than the width of a hidden cell (1..=4). A total that is itself 1..=4
//!   is hidden like a cell.

use std::collections::BTreeMap;

/// Counts under this are hidden in breakdowns.
pub const SHOWN_FROM: i64 = 5;

/// A number of people or sessions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Count(pub i64);

/// How a count may be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Exact(i64),
    /// 1 to 4: "< 5".
    Few,
    /// A total rounded to the nearest ten so that no hidden cell can be worked out.
    About(i64),
}

impl Count {
    pub fn shown(self) -> Shown {
        if (1..SHOWN_FROM).contains(&self.0) {
            Shown::Few
        } else {
            Shown::Exact(self.0)
        }
    }

    pub fn is_hidden(self) -> bool {
        self.shown() == Shown::Few
    }
}

/// One row of a breakdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell<K> {
    pub key: K,
    pub count: Count,
}

/// Counts by some key, and their total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breakdown<K> {
    pub cells: Vec<Cell<K>>,
}

impl<K> Default for Breakdown<K> {
    fn default() -> Self {
        Breakdown { cells: Vec::new() }
    }
}

impl<K: Ord + Clone> Breakdown<K> {
    /// Counts the keys, one for each occurrence, in the keys' order.
    pub fn tally(keys: impl IntoIterator<Item = K>) -> Breakdown<K> {
        Breakdown::sum(keys.into_iter().map(|k| (k, 1)))
    }

    /// Adds up the amounts per key, in the keys' order.
    pub fn sum(items: impl IntoIterator<Item = (K, i64)>) -> Breakdown<K> {
        let mut map: BTreeMap<K, i64> = BTreeMap::new();
        for (key, n) in items {
            *map.entry(key).or_default() += n;
        }
        Breakdown {
            cells: map
                .into_iter()
                .map(|(key, n)| Cell {
                    key,
                    count: Count(n),
                })
                .collect(),
        }
    }

    /// The same keys in the given order first (with zeros for the missing ones), then any
    /// other keys.
    pub fn with_keys(mut self, keys: &[K]) -> Breakdown<K> {
        let mut cells: Vec<Cell<K>> = keys
            .iter()
            .map(|k| Cell {
                key: k.clone(),
                count: self
                    .cells
                    .iter()
                    .find(|c| &c.key == k)
                    .map(|c| c.count)
                    .unwrap_or_default(),
            })
            .collect();
        self.cells.retain(|c| !keys.contains(&c.key));
        cells.append(&mut self.cells);
        Breakdown { cells }
    }
}

impl<K> Breakdown<K> {
    pub fn total(&self) -> Count {
        Count(self.cells.iter().map(|c| c.count.0).sum())
    }

    /// Whether showing the exact total would give a hidden cell back (see the module's notes).
    pub fn total_reveals(&self) -> bool {
        let hidden: Vec<i64> = self
            .cells
            .iter()
            .filter(|c| c.count.is_hidden())
            .map(|c| c.count.0)
            .collect();
        match hidden.len() {
            0 => false,
            1 => true,
            _ => hidden.iter().sum::<i64>() < SHOWN_FROM,
        }
    }

    /// The total as it may be shown.
    pub fn total_shown(&self) -> Shown {
        total_shown(self.total(), &[self.total_reveals()])
    }
}

/// A total that several breakdowns add up to, shown exactly only when none of them would
/// give a hidden cell back.
pub fn total_shown(total: Count, reveals: &[bool]) -> Shown {
    match total.shown() {
        Shown::Few => Shown::Few,
        _ if reveals.iter().any(|r| *r) => Shown::About(((total.0 + 5) / 10) * 10),
        shown => shown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_counts_under_five_are_hidden_and_zero_is_shown() {
        assert_eq!(Count(0).shown(), Shown::Exact(0));
        assert_eq!(Count(1).shown(), Shown::Few);
        assert_eq!(Count(4).shown(), Shown::Few);
        assert_eq!(Count(5).shown(), Shown::Exact(5));
    }

    #[test]
    fn reports_a_total_never_gives_one_hidden_cell_back() {
        let one_hidden = Breakdown::sum([("fi", 20), ("so", 3)]);
        assert!(one_hidden.total_reveals());
        assert_eq!(one_hidden.total_shown(), Shown::About(20));
        let none_hidden = Breakdown::sum([("fi", 20), ("so", 5)]);
        assert_eq!(none_hidden.total_shown(), Shown::Exact(25));
        let two_small = Breakdown::sum([("fi", 20), ("so", 1), ("ar", 1)]);
        assert!(two_small.total_reveals());
        let two_enough = Breakdown::sum([("fi", 20), ("so", 3), ("ar", 4)]);
        assert_eq!(two_enough.total_shown(), Shown::Exact(27));
        assert_eq!(Breakdown::sum([("fi", 3)]).total_shown(), Shown::Few);
    }

    #[test]
    fn reports_breakdowns_keep_the_given_order_with_zeros() {
        let b = Breakdown::tally(["b", "c", "b"]).with_keys(&["a", "b"]);
        let keys: Vec<_> = b.cells.iter().map(|c| (c.key, c.count.0)).collect();
        assert_eq!(keys, vec![("a", 0), ("b", 2), ("c", 1)]);
    }
}
