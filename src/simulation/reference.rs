//! The offline reference: a schedule for the whole day chosen knowing every arrival and how
//! long every help takes. Each volunteer helps the people given to them in the order of their
//! list, each as soon as both are there, and nobody starts after the closing. A search starts
//! from a policy's day in the order it lived it; a person moved to a volunteer goes before the
//! first later arrival on their list. A local search moves people
//! between volunteers (or to nobody) and swaps pairs of them while that helps more people in
//! their first language, then more at all, then with less waiting in total. A flow over who can
//! help whom gives upper bounds that show how far from the best it can be.
//!
//! The fair references search the same way but keep the goal's rule of order: they take no
//! change that lets anyone be passed over by a later arrival in the same language for more
//! than [`PASSED_OVER_LIMIT`], the same first language or also ([`Order::LanguageOfHelp`]) the
//! same second language when nobody on duty speaks either one's first. Without that rule the
//! best day leaves the first arrivals of a crowded language unserved and helps later ones at
//! once, which no queue may do; with the first language alone it still helps later arrivals
//! first among those who all wait for a Finnish speaker in their second language.

use super::day::{Day, OPEN_FOR};
use super::{passed_over, passed_over_by, Order, Served};

/// The longest anyone may still wait after a later arrival was helped first in the same
/// language: the goal's bound, in seconds.
pub const PASSED_OVER_LIMIT: i64 = 15 * 60;

/// (helped in the first language, helped, minus the total wait in seconds): larger is better,
/// compared in that order.
type Value = (i64, i64, i64);

fn plus(a: Value, b: Value) -> Value {
    (a.0 + b.0, a.1 + b.1, a.2 + b.2)
}

fn minus(a: Value, b: Value) -> Value {
    (a.0 - b.0, a.1 - b.1, a.2 - b.2)
}

/// Walks one volunteer's people (indices, in the order they are helped) through the day.
fn walk(
    day: &Day,
    helper: usize,
    people: impl Iterator<Item = usize>,
    each: &mut dyn FnMut(usize, i64, bool),
) {
    let speaker = &day.helpers[helper];
    let mut free_at = 0;
    for p in people {
        let person = &day.people[p];
        let start = free_at.max(person.arrival);
        if start >= OPEN_FOR {
            break;
        }
        let first = speaker.speaks(person.languages[0]);
        each(p, start, first);
        free_at = start + person.help_for(first);
    }
}

fn value(day: &Day, helper: usize, people: impl Iterator<Item = usize>) -> Value {
    let mut total = (0, 0, 0);
    walk(day, helper, people, &mut |p, start, first| {
        total = plus(total, (i64::from(first), 1, day.people[p].arrival - start));
    });
    total
}

/// `list` without `out` and with `into`, in order.
fn changed(
    list: &[usize],
    out: Option<usize>,
    into: Option<usize>,
) -> impl Iterator<Item = usize> + '_ {
    let at = into.map_or(list.len(), |p| {
        list.iter().position(|&q| q > p).unwrap_or(list.len())
    });
    let kept = move |q: &usize| Some(*q) != out;
    list[..at]
        .iter()
        .copied()
        .filter(kept)
        .chain(into)
        .chain(list[at..].iter().copied().filter(kept))
}

struct Search<'a> {
    day: &'a Day,
    /// Who can help each person.
    can: Vec<Vec<usize>>,
    helper_of: Vec<Option<usize>>,
    /// Each volunteer's people in the order they are helped, and what that gives.
    lists: Vec<Vec<usize>>,
    values: Vec<Value>,
    /// The rule of order kept (the fair references), if any.
    fair: Option<Order>,
}

impl Search<'_> {
    fn value_of(&self, helper: Option<usize>) -> Value {
        helper.map_or((0, 0, 0), |h| self.values[h])
    }

    fn value_if(&self, helper: Option<usize>, out: Option<usize>, into: Option<usize>) -> Value {
        match helper {
            None => (0, 0, 0),
            Some(h) => value(self.day, h, changed(&self.lists[h], out, into)),
        }
    }

    fn set(&mut self, helper: Option<usize>, out: Option<usize>, into: Option<usize>) {
        if let Some(h) = helper {
            self.lists[h] = changed(&self.lists[h], out, into).collect();
            self.values[h] = value(self.day, h, self.lists[h].iter().copied());
        }
        if let Some(p) = into {
            self.helper_of[p] = helper;
        }
    }

    /// Exchanges `p` (with its helper or nobody) and `q` (likewise), or moves `p` to
    /// `to` when `q` is `None`, if that is better; returns whether it was.
    fn try_exchange(&mut self, p: usize, to: Option<usize>, q: Option<usize>) -> bool {
        let from = self.helper_of[p];
        if from == to {
            return false;
        }
        let before = plus(self.value_of(from), self.value_of(to));
        let after = plus(
            self.value_if(from, Some(p), q),
            self.value_if(to, q, Some(p)),
        );
        if minus(after, before) <= (0, 0, 0) {
            return false;
        }
        if let Some(order) = self.fair {
            if self.passes_over(from, to, p, q, order) {
                return false;
            }
        }
        self.set(from, Some(p), q);
        self.set(to, q, Some(p));
        true
    }

    /// Whether the exchange would let someone be passed over for longer than the limit. Only
    /// the people of the two volunteers concerned start at other times, so only pairs with one
    /// of them can change.
    fn passes_over(
        &self,
        from: Option<usize>,
        to: Option<usize>,
        p: usize,
        q: Option<usize>,
        order: Order,
    ) -> bool {
        let mut served = self.served();
        let mut moved = vec![p];
        moved.extend(q);
        let changes = [(from, Some(p), q), (to, q, Some(p))];
        // Everyone of both volunteers first, then their new days: `q` may move between them.
        for h in changes.iter().filter_map(|c| c.0) {
            moved.extend(self.lists[h].iter().copied());
        }
        for &x in &moved {
            served[x] = None;
        }
        for (helper, out, into) in changes {
            let Some(h) = helper else { continue };
            walk(
                self.day,
                h,
                changed(&self.lists[h], out, into),
                &mut |x, start, first| {
                    served[x] = Some(Served {
                        helper: h,
                        start,
                        first_language: first,
                    });
                },
            );
        }
        moved
            .into_iter()
            .any(|x| passed_over_by(self.day, &served, x, order) > PASSED_OVER_LIMIT)
    }

    fn can_move(&self, p: usize, to: Option<usize>) -> bool {
        to.is_none_or(|h| self.can[p].contains(&h))
    }

    /// One round of every move and every swap; whether anything got better.
    fn improve(&mut self) -> bool {
        let mut better = false;
        let people = self.day.people.len();
        for p in 0..people {
            let targets: Vec<Option<usize>> = self.can[p]
                .iter()
                .copied()
                .map(Some)
                .chain([None])
                .collect();
            for to in targets {
                better |= self.try_exchange(p, to, None);
            }
        }
        for p in 0..people {
            for q in p + 1..people {
                let (a, b) = (self.helper_of[p], self.helper_of[q]);
                if a != b && self.can_move(p, b) && self.can_move(q, a) {
                    better |= self.try_exchange(p, b, Some(q));
                }
            }
        }
        better
    }

    fn total(&self) -> Value {
        self.values.iter().fold((0, 0, 0), |a, &b| plus(a, b))
    }

    fn served(&self) -> Vec<Option<Served>> {
        let mut served = vec![None; self.day.people.len()];
        for (h, list) in self.lists.iter().enumerate() {
            walk(
                self.day,
                h,
                list.iter().copied(),
                &mut |p, start, first_language| {
                    served[p] = Some(Served {
                        helper: h,
                        start,
                        first_language,
                    });
                },
            );
        }
        served
    }
}

fn can_help(day: &Day) -> Vec<Vec<usize>> {
    day.people
        .iter()
        .map(|person| {
            (0..day.helpers.len())
                .filter(|&h| day.helpers[h].can_help(person).is_some())
                .collect()
        })
        .collect()
}

/// The best schedule the search finds from each of `starts` (other policies' days); with
/// `fair`, among the schedules that keep that rule of order (the starts must keep it).
pub(super) fn schedule(
    day: &Day,
    starts: &[&[Option<Served>]],
    fair: Option<Order>,
) -> Vec<Option<Served>> {
    let mut best: Option<Search> = None;
    for start in starts {
        let mut search = Search {
            day,
            can: can_help(day),
            helper_of: start.iter().map(|s| s.map(|s| s.helper)).collect(),
            lists: vec![Vec::new(); day.helpers.len()],
            values: vec![(0, 0, 0); day.helpers.len()],
            fair,
        };
        // In the order the policy helped them: a volunteer may help a later arrival before an
        // earlier one who waits for someone else.
        let mut helped: Vec<(i64, usize, usize)> = start
            .iter()
            .enumerate()
            .filter_map(|(p, s)| s.map(|s| (s.start, p, s.helper)))
            .collect();
        helped.sort_unstable();
        for (_, p, h) in helped {
            search.lists[h].push(p);
        }
        for h in 0..day.helpers.len() {
            search.values[h] = value(day, h, search.lists[h].iter().copied());
        }
        // Lived again with every help as early as it can be, a policy's day may pass someone
        // over after all; the fair search only starts from days that keep the rule (or from
        // nobody helped).
        if fair.is_some_and(|order| passed_over(day, &search.served(), order).0 > PASSED_OVER_LIMIT)
        {
            continue;
        }
        while search.improve() {}
        if best.as_ref().is_none_or(|b| search.total() > b.total()) {
            best = Some(search);
        }
    }
    match best {
        Some(best) => best.served(),
        None if fair.is_some() => schedule(day, &[&vec![None; day.people.len()]], fair),
        None => vec![None; day.people.len()],
    }
}

/// Upper bounds on (helped in the first language, helped): a most people matched to
/// volunteers who can help them, each volunteer taking at most as many as fit into the
/// opening with the shortest helps among theirs, whatever the arrival times.
pub(super) fn bounds(day: &Day) -> (usize, usize) {
    let first: Vec<Vec<usize>> = day
        .people
        .iter()
        .map(|person| {
            (0..day.helpers.len())
                .filter(|&h| day.helpers[h].can_help(person) == Some(true))
                .collect()
        })
        .collect();
    (most_matched(day, &first), most_matched(day, &can_help(day)))
}

fn most_matched(day: &Day, can: &[Vec<usize>]) -> usize {
    let capacity: Vec<usize> = (0..day.helpers.len())
        .map(|h| {
            let mut helps: Vec<i64> = (0..day.people.len())
                .filter(|&p| can[p].contains(&h))
                .map(|p| {
                    let person = &day.people[p];
                    person.help_for(day.helpers[h].speaks(person.languages[0]))
                })
                .collect();
            helps.sort_unstable();
            // k people fit when the k - 1 shortest helps end before the closing.
            let mut used = 0;
            let mut fit = 0;
            for help in helps {
                if used >= OPEN_FOR {
                    break;
                }
                fit += 1;
                used += help;
            }
            fit
        })
        .collect();
    let mut load: Vec<Vec<usize>> = vec![Vec::new(); day.helpers.len()];
    let mut matched = 0;
    for p in 0..day.people.len() {
        let mut seen = vec![false; day.helpers.len()];
        if augment(p, can, &capacity, &mut load, &mut seen) {
            matched += 1;
        }
    }
    matched
}

/// Finds room for `p`, moving people already placed along an augmenting path.
fn augment(
    p: usize,
    can: &[Vec<usize>],
    capacity: &[usize],
    load: &mut [Vec<usize>],
    seen: &mut [bool],
) -> bool {
    for &h in &can[p] {
        if seen[h] {
            continue;
        }
        seen[h] = true;
        if load[h].len() < capacity[h] {
            load[h].push(p);
            return true;
        }
        for i in 0..load[h].len() {
            let q = load[h][i];
            if augment(q, can, capacity, load, seen) {
                load[h][i] = p;
                return true;
            }
        }
    }
    false
}
