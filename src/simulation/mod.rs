//! Busy days at a food-aid site, simulated to measure the matching people feel: the engine as
//! the queue board calls it, a coordinator's first-come-first-free, and offline references
//! that know the whole day (in any order, or keeping a rule of order), on the same seeded days. Pure: no database and no clock; the
//! `digikaveri simulate` command prints the results as a Markdown table.

mod day;
mod policies;
mod reference;

pub use day::{generate, Day, Helper, Person, OPEN_FOR};
pub use policies::Policy;

/// Who helped a person and when, in seconds from the opening.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Served {
    /// Index into the day's helpers.
    pub helper: usize,
    pub start: i64,
    pub first_language: bool,
}

/// The days to run: every pair of a number of arrivals and of volunteers, `days` days each.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub arrivals: Vec<usize>,
    pub volunteers: Vec<usize>,
    pub days: usize,
    pub seed: u64,
    /// Every help takes as long as the average one ([`Day::with_equal_helps`]), so that the
    /// reference's knowing each help's length is worth nothing.
    pub equal_helps: bool,
}

/// A line of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    Engine,
    FirstComeFirstFree,
    /// The offline reference that keeps the rule of order by first language.
    FairReference,
    /// The offline reference that keeps it by the language of help: the goals' measure.
    FairerReference,
    Reference,
    /// The upper bounds of the people helped (first language, at all).
    Bound,
}

impl Line {
    fn name(self) -> &'static str {
        match self {
            Line::Engine => "the engine as the board calls it",
            Line::FirstComeFirstFree => "first-come-first-free",
            Line::FairReference => "offline reference, in order by first language",
            Line::FairerReference => "offline reference, in order by the language of help",
            Line::Reference => "offline reference, any order",
            Line::Bound => "upper bound",
        }
    }
}

/// What a policy did over the days of one configuration.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tally {
    pub people: usize,
    pub first_language: usize,
    pub served: usize,
    /// Seconds each helped person waited.
    pub waits: Vec<i64>,
    /// The longest anyone still waited after a later arrival was helped first in a language
    /// they waited for ([`Order::LanguageOfHelp`]), in seconds.
    pub longest_passed_over: i64,
    /// How many times that happened.
    pub passed_over: usize,
}

impl Tally {
    fn add(&mut self, day: &Day, served: &[Option<Served>]) {
        self.people += day.people.len();
        for (person, service) in day.people.iter().zip(served) {
            if let Some(s) = service {
                self.served += 1;
                self.first_language += usize::from(s.first_language);
                self.waits.push(s.start - person.arrival);
            }
        }
        let (longest, times) = passed_over(day, served, Order::LanguageOfHelp);
        self.longest_passed_over = self.longest_passed_over.max(longest);
        self.passed_over += times;
    }

    pub fn first_language_share(&self) -> f64 {
        share(self.first_language, self.people)
    }

    pub fn served_share(&self) -> f64 {
        share(self.served, self.people)
    }

    /// Of the people helped, in minutes.
    pub fn mean_wait(&self) -> f64 {
        let total: i64 = self.waits.iter().sum();
        total as f64 / self.waits.len().max(1) as f64 / 60.0
    }

    pub fn p90_wait(&self) -> f64 {
        let mut waits = self.waits.clone();
        waits.sort_unstable();
        let at = (waits.len() * 9).div_ceil(10).saturating_sub(1);
        waits.get(at).map_or(0.0, |&w| w as f64 / 60.0)
    }
}

fn share(part: usize, whole: usize) -> f64 {
    100.0 * part as f64 / whole.max(1) as f64
}

/// Which later arrival passes a waiting person over when helped first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// One with the same first language, by a volunteer who speaks it.
    FirstLanguage,
    /// That, or, while nobody on duty speaks either one's first language, one helped in the
    /// second language the waiting person accepts too: both wait for the same volunteers.
    LanguageOfHelp,
}

/// (the longest, how many times) someone waiting was passed over under `order`.
fn passed_over(day: &Day, served: &[Option<Served>], order: Order) -> (i64, usize) {
    let (mut longest, mut times) = (0, 0);
    for p in 0..day.people.len() {
        for q in p + 1..day.people.len() {
            if let Some(wait) = still_waited(day, served, p, q, order) {
                times += 1;
                longest = longest.max(wait);
            }
        }
    }
    (longest, times)
}

/// The longest `x` was passed over, or passed someone over: in seconds, 0 for never.
fn passed_over_by(day: &Day, served: &[Option<Served>], x: usize, order: Order) -> i64 {
    (0..day.people.len())
        .filter_map(|y| match y.cmp(&x) {
            std::cmp::Ordering::Less => still_waited(day, served, y, x, order),
            std::cmp::Ordering::Greater => still_waited(day, served, x, y, order),
            std::cmp::Ordering::Equal => None,
        })
        .max()
        .unwrap_or(0)
}

/// When the later arrival `q` was helped first in a language `p` waited for (under `order`),
/// how long `p` then still waited (to their help, or to the closing).
fn still_waited(
    day: &Day,
    served: &[Option<Served>],
    p: usize,
    q: usize,
    order: Order,
) -> Option<i64> {
    let (earlier, later) = (&day.people[p], &day.people[q]);
    let other = served[q]?;
    let helped_at = served[p].map_or(OPEN_FOR, |s| s.start);
    if !(earlier.arrival <= other.start && other.start < helped_at) {
        return None;
    }
    let language = earlier.languages[0];
    let same_first = later.languages[0] == language && day.helpers[other.helper].speaks(language);
    let unspoken = |code: &str| !day.helpers.iter().any(|h| h.speaks(code));
    let same_second = order == Order::LanguageOfHelp
        && !other.first_language
        && later.languages.get(1).is_some()
        && earlier.languages.get(1) == later.languages.get(1)
        && unspoken(language)
        && unspoken(later.languages[0]);
    (same_first || same_second).then_some(helped_at - other.start)
}

/// One row of results: a configuration and a line.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub arrivals: usize,
    pub volunteers: usize,
    pub line: Line,
    pub days: usize,
    pub tally: Tally,
    /// For `Line::Bound`: the bounds' totals (first language, at all).
    pub bounds: (usize, usize),
}

/// The seed of day `n`: the same for every configuration, so each volunteer count meets the
/// same volunteers whatever the arrivals.
fn day_seed(seed: u64, n: usize) -> u64 {
    seed.wrapping_mul(1_000_003).wrapping_add(n as u64)
}

/// Runs every configuration; six rows each.
pub fn run(config: &Config) -> Vec<Row> {
    let mut rows = Vec::new();
    for &arrivals in &config.arrivals {
        for &volunteers in &config.volunteers {
            let mut tallies: [Tally; 5] = Default::default();
            let mut bounds = (0, 0);
            for n in 0..config.days {
                let day = generate(arrivals, volunteers, day_seed(config.seed, n));
                let day = if config.equal_helps {
                    day.with_equal_helps()
                } else {
                    day
                };
                let engine = policies::run(&day, Policy::Engine);
                let by_hand = policies::run(&day, Policy::FirstComeFirstFree);
                let starts: [&[Option<Served>]; 2] = [&engine, &by_hand];
                let fair = reference::schedule(&day, &starts, Some(Order::FirstLanguage));
                let fairer = reference::schedule(&day, &starts, Some(Order::LanguageOfHelp));
                let any = reference::schedule(&day, &starts, None);
                let lived = [&engine, &by_hand, &fair, &fairer, &any];
                for (tally, served) in tallies.iter_mut().zip(lived) {
                    tally.add(&day, served);
                }
                let (first, at_all) = reference::bounds(&day);
                bounds = (bounds.0 + first, bounds.1 + at_all);
            }
            let people = tallies[0].people;
            let lines = [
                Line::Engine,
                Line::FirstComeFirstFree,
                Line::FairReference,
                Line::FairerReference,
                Line::Reference,
            ];
            for (line, tally) in lines.into_iter().zip(tallies) {
                rows.push(Row {
                    arrivals,
                    volunteers,
                    line,
                    days: config.days,
                    tally,
                    bounds: (0, 0),
                });
            }
            rows.push(Row {
                arrivals,
                volunteers,
                line: Line::Bound,
                days: config.days,
                tally: Tally {
                    people,
                    ..Tally::default()
                },
                bounds,
            });
        }
    }
    rows
}

/// The rows as a Markdown table, then each configuration's goals as ratios to the reference.
pub fn table(rows: &[Row]) -> String {
    let mut out = String::from(
        "| arrivals | volunteers | policy | served in the first language | served at all | \
         mean wait | p90 wait | longest passed over (language of help) | passed over a day |\n\
         |---|---|---|---|---|---|---|---|---|\n",
    );
    for row in rows {
        let t = &row.tally;
        let start = format!(
            "| {} | {} | {} ",
            row.arrivals,
            row.volunteers,
            row.line.name()
        );
        out += &start;
        if row.line == Line::Bound {
            out += &format!(
                "| {:.1} % | {:.1} % | | | | |\n",
                share(row.bounds.0, t.people),
                share(row.bounds.1, t.people)
            );
        } else {
            out += &format!(
                "| {:.1} % | {:.1} % | {:.1} min | {:.1} min | {:.1} min | {:.2} |\n",
                t.first_language_share(),
                t.served_share(),
                t.mean_wait(),
                t.p90_wait(),
                t.longest_passed_over as f64 / 60.0,
                t.passed_over as f64 / row.days.max(1) as f64
            );
        }
    }
    out += "\n| arrivals | volunteers | engine served ÷ reference in order by the language of \
            help | first language ÷ it | mean wait ÷ it | engine served ÷ reference in order by \
            first language | first language ÷ it | mean wait ÷ it | engine served ÷ reference in \
            any order | first language ÷ it | engine − first-come-first-free, first language |\n\
            |---|---|---|---|---|---|---|---|---|---|---|\n";
    for group in rows.chunks(6) {
        let find = |line| group.iter().find(|r| r.line == line).map(|r| &r.tally);
        let (Some(engine), Some(by_hand), Some(fair), Some(fairer), Some(any)) = (
            find(Line::Engine),
            find(Line::FirstComeFirstFree),
            find(Line::FairReference),
            find(Line::FairerReference),
            find(Line::Reference),
        ) else {
            continue;
        };
        let against = |reference: &Tally| {
            format!(
                "{:.1} % | {:.1} % | {:.2}",
                100.0 * ratio(engine.served, reference.served),
                100.0 * ratio(engine.first_language, reference.first_language),
                engine.mean_wait() / reference.mean_wait().max(f64::MIN_POSITIVE)
            )
        };
        out += &format!(
            "| {} | {} | {} | {} | {:.1} % | {:.1} % | {:+.1} points |\n",
            group[0].arrivals,
            group[0].volunteers,
            against(fairer),
            against(fair),
            100.0 * ratio(engine.served, any.served),
            100.0 * ratio(engine.first_language, any.first_language),
            engine.first_language_share() - by_hand.first_language_share()
        );
    }
    out
}

fn ratio(part: usize, whole: usize) -> f64 {
    part as f64 / whole.max(1) as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::languages::Level;

    fn person(arrival_minute: i64, languages: &[&'static str], minutes: i64) -> Person {
        Person {
            arrival: arrival_minute * 60,
            languages: languages.to_vec(),
            topics: vec!["kela"],
            help: minutes * 60,
        }
    }

    fn helper(languages: &[&'static str]) -> Helper {
        Helper {
            languages: languages.iter().map(|&l| (l, Level::Native)).collect(),
            confident: Vec::new(),
            learning: Vec::new(),
        }
    }

    /// A Finnish-speaking Arab volunteer and a Finn; a Finn comes first, an Arab a minute later.
    fn hand_made() -> Day {
        Day {
            people: vec![person(0, &["fi"], 15), person(1, &["ar"], 20)],
            helpers: vec![helper(&["ar", "fi"]), helper(&["fi"])],
        }
    }

    #[test]
    fn simulation_first_come_first_free_takes_the_volunteer_free_longest() {
        let served = policies::run(&hand_made(), Policy::FirstComeFirstFree);
        // Both are free from the opening; the first listed takes the Finn, so the Arab waits
        // for them to finish.
        assert_eq!(
            served,
            [
                Some(Served {
                    helper: 0,
                    start: 0,
                    first_language: true
                }),
                Some(Served {
                    helper: 0,
                    start: 15 * 60,
                    first_language: true
                }),
            ]
        );
    }

    #[test]
    fn simulation_reference_keeps_the_arabic_speaker_for_the_arab() {
        let day = hand_made();
        let by_hand = policies::run(&day, Policy::FirstComeFirstFree);
        let served = reference::schedule(&day, &[&by_hand], None);
        assert_eq!(served[0].map(|s| (s.helper, s.start)), Some((1, 0)));
        assert_eq!(served[1].map(|s| (s.helper, s.start)), Some((0, 60)));
        assert_eq!(reference::bounds(&day), (2, 2));
    }

    #[test]
    fn simulation_reference_in_order_passes_nobody_over_for_long() {
        // A long help first, then three short ones in the same language: leaving out the
        // first serves the other three, and the first waits in vain from the first minute.
        let day = Day {
            people: vec![
                person(0, &["ar"], 230),
                person(1, &["ar"], 10),
                person(2, &["ar"], 10),
                person(3, &["ar"], 10),
            ],
            helpers: vec![helper(&["ar"])],
        };
        let by_hand = policies::run(&day, Policy::FirstComeFirstFree);
        let any = reference::schedule(&day, &[&by_hand], None);
        assert_eq!(any.iter().flatten().count(), 3);
        assert_eq!(any[0], None);
        assert!(passed_over(&day, &any, Order::FirstLanguage).0 > reference::PASSED_OVER_LIMIT);
        let fair = reference::schedule(&day, &[&by_hand], Some(Order::FirstLanguage));
        assert_eq!(fair.iter().flatten().count(), 2);
        assert!(passed_over(&day, &fair, Order::FirstLanguage).0 <= reference::PASSED_OVER_LIMIT);
    }

    #[test]
    fn simulation_reference_in_order_keeps_the_rule_on_busy_days() {
        for seed in 0..10 {
            let day = generate(120, 4, seed);
            let engine = policies::run(&day, Policy::Engine);
            let by_hand = policies::run(&day, Policy::FirstComeFirstFree);
            for order in [Order::FirstLanguage, Order::LanguageOfHelp] {
                let fair = reference::schedule(&day, &[&engine, &by_hand], Some(order));
                let longest = passed_over(&day, &fair, order).0;
                assert!(
                    longest <= reference::PASSED_OVER_LIMIT,
                    "seed {seed}, {order:?}: {longest}"
                );
            }
            let any = reference::schedule(&day, &[&engine, &by_hand], None);
            let helped = |s: &[Option<Served>]| s.iter().flatten().count();
            assert!(helped(&any) >= helped(&by_hand).min(helped(&engine)));
        }
    }

    #[test]
    fn simulation_reference_in_order_is_no_worse_than_the_engine_it_starts_from() {
        // Started from the engine's day in the order the engine lived it, the search only
        // takes changes that help more people in their first language, then more at all.
        for seed in 0..10 {
            let day = generate(120, 4, seed);
            let engine = policies::run(&day, Policy::Engine);
            let by_hand = policies::run(&day, Policy::FirstComeFirstFree);
            let fair = reference::schedule(&day, &[&engine, &by_hand], Some(Order::LanguageOfHelp));
            let helped = |s: &[Option<Served>]| {
                let first = s.iter().flatten().filter(|s| s.first_language).count();
                (first, s.iter().flatten().count())
            };
            assert!(helped(&fair) >= helped(&engine), "seed {seed}");
        }
    }

    #[test]
    fn simulation_in_finnish_for_two_whose_languages_nobody_speaks_the_earlier_goes_first() {
        // A Kurd and then a Vietnamese, both accepting Finnish, and one Finnish volunteer.
        let day = Day {
            people: vec![person(0, &["kmr", "fi"], 10), person(1, &["vi", "fi"], 10)],
            helpers: vec![helper(&["fi"])],
        };
        let later_first = [
            None,
            Some(Served {
                helper: 0,
                start: 60,
                first_language: false,
            }),
        ];
        assert_eq!(
            passed_over(&day, &later_first, Order::FirstLanguage),
            (0, 0)
        );
        assert_eq!(
            passed_over(&day, &later_first, Order::LanguageOfHelp),
            (OPEN_FOR - 60, 1),
            "the Kurd waited from the Vietnamese's help to the closing"
        );
        // With a Kurdish speaker on duty the Kurd waits for them: not the same queue.
        let with_kurdish = Day {
            helpers: vec![helper(&["fi"]), helper(&["kmr"])],
            ..day
        };
        assert_eq!(
            passed_over(&with_kurdish, &later_first, Order::LanguageOfHelp),
            (0, 0)
        );
    }

    #[test]
    fn simulation_second_language_is_slower_and_people_left_at_closing_go_unserved() {
        let late = Day {
            people: vec![
                person(0, &["so", "fi"], 10),
                person(200, &["fi"], 45),
                person(210, &["fi"], 30),
            ],
            helpers: vec![helper(&["fi"])],
        };
        let served = policies::run(&late, Policy::FirstComeFirstFree);
        assert_eq!(
            served[0],
            Some(Served {
                helper: 0,
                start: 0,
                first_language: false
            })
        );
        assert_eq!(late.people[0].help_for(false), 13 * 60);
        assert_eq!(served[1].map(|s| s.start), Some(200 * 60));
        assert_eq!(
            served[2], None,
            "the helper is busy until after the closing"
        );
    }

    #[test]
    fn equal_helps_keep_the_day_but_the_lengths_of_its_helps() {
        let day = generate(30, 4, 3);
        let equal = day.clone().with_equal_helps();
        assert_eq!(equal.helpers, day.helpers);
        for (alike, person) in equal.people.iter().zip(&day.people) {
            assert_eq!(
                (alike.arrival, &alike.languages),
                (person.arrival, &person.languages)
            );
            assert_eq!(alike.help, equal.people[0].help);
        }
        assert!(day.people.iter().any(|p| p.help != day.people[0].help));
    }

    #[test]
    fn simulation_is_deterministic() {
        let config = Config {
            arrivals: vec![12],
            volunteers: vec![2, 3],
            days: 3,
            seed: 7,
            equal_helps: false,
        };
        let first = run(&config);
        assert_eq!(first, run(&config));
        assert_eq!(first.len(), 12);
        assert_eq!(generate(12, 3, 1), generate(12, 3, 1));
        assert_ne!(generate(12, 3, 1), generate(12, 3, 2));
        let table = table(&first);
        assert!(table.contains("| 12 | 3 | offline reference, in order by the language of help |"));
        assert_eq!(
            table.matches("\n| 12 | 3 | ").count(),
            6 + 1,
            "six lines and the ratios"
        );
    }

    #[test]
    fn simulation_days_use_only_help_languages() {
        for seed in 0..20 {
            let day = generate(60, 8, seed);
            let codes = day
                .people
                .iter()
                .flat_map(|p| p.languages.iter().copied())
                .chain(
                    day.helpers
                        .iter()
                        .flat_map(|h| h.languages.iter().map(|l| l.0)),
                );
            for code in codes {
                assert!(crate::languages::find(code).is_some(), "{code}");
            }
            assert!(day.people.windows(2).all(|w| w[0].arrival <= w[1].arrival));
            assert!(day
                .people
                .iter()
                .all(|p| (0..OPEN_FOR).contains(&p.arrival)));
        }
    }
}
