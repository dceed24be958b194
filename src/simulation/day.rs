//! One seeded day at a food-aid site: who comes when, in which languages, about what, how long
//! their help takes, and who is on duty. The same seed always gives the same day.

use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

use crate::languages::Level;
use crate::topics::COMMON;

/// The site is open four hours; every time of a day is in seconds from the opening.
pub const OPEN_FOR: i64 = 4 * 3600;

/// First languages of the people, per cent: roughly Espoo's shares, then the smaller groups.
const FIRST_LANGUAGES: [(&str, u32); 18] = [
    ("fi", 25),
    ("ru", 12),
    ("ar", 10),
    ("et", 8),
    ("uk", 8),
    ("en", 7),
    ("so", 6),
    ("fa", 5),
    ("kmr", 3),
    ("zh", 3),
    ("vi", 3),
    ("sq", 2),
    ("tr", 2),
    ("ckb", 2),
    ("th", 1),
    ("es", 1),
    ("pl", 1),
    ("ps", 1),
];

/// Second languages people accept, by weight: mostly Finnish or English.
const SECOND_LANGUAGES: [(&str, u32); 3] = [("fi", 55), ("en", 35), ("ru", 10)];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// Seconds from the opening.
    pub arrival: i64,
    /// The first language, then optionally a second one the person accepts.
    pub languages: Vec<&'static str>,
    pub topics: Vec<&'static str>,
    /// How long their help takes in their first language, in seconds.
    pub help: i64,
}

impl Person {
    /// How long the help takes: longer through a second language.
    pub fn help_for(&self, first_language: bool) -> i64 {
        if first_language {
            self.help
        } else {
            self.help * 13 / 10
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Helper {
    pub languages: Vec<(&'static str, Level)>,
    pub confident: Vec<&'static str>,
    pub learning: Vec<&'static str>,
}

impl Helper {
    pub fn speaks(&self, language: &str) -> bool {
        self.languages.iter().any(|(code, _)| *code == language)
    }

    /// Whether they can help the person at all, and if so whether in the first language.
    pub fn can_help(&self, person: &Person) -> Option<bool> {
        let first = self.speaks(person.languages[0]);
        (first || person.languages[1..].iter().any(|l| self.speaks(l))).then_some(first)
    }
}

/// People in arrival order, and the volunteers on duty for the whole opening.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Day {
    pub people: Vec<Person>,
    pub helpers: Vec<Helper>,
}

/// The average help in the first language: the middle of the 10 to 25 minutes a help takes.
const AVERAGE_HELP: i64 = 35 * 60 / 2;

impl Day {
    /// The same day with every help as long as the average one (in a second language still
    /// longer): what is left of the reference's lead then is knowing who comes when.
    pub fn with_equal_helps(mut self) -> Day {
        for person in &mut self.people {
            person.help = AVERAGE_HELP;
        }
        self
    }
}

fn weighted(rng: &mut StdRng, choices: &[(&'static str, u32)]) -> &'static str {
    choices
        .choose_weighted(rng, |&(_, weight)| weight)
        .map_or(choices[0].0, |&(code, _)| code)
}

/// More people come early: the density falls linearly to half by the closing, so a uniform
/// `u` maps to `2 - sqrt(4 - 3u)` of the opening (the inverse of the distribution).
fn arrival(rng: &mut StdRng) -> i64 {
    let u: f64 = rng.gen();
    ((2.0 - (4.0 - 3.0 * u).sqrt()) * OPEN_FOR as f64) as i64
}

fn person(rng: &mut StdRng) -> Person {
    let first = weighted(rng, &FIRST_LANGUAGES);
    let mut languages = vec![first];
    if rng.gen_bool(0.4) {
        let second = if first == "fi" {
            if rng.gen_bool(0.8) {
                "en"
            } else {
                "sv"
            }
        } else {
            let others: Vec<_> = SECOND_LANGUAGES
                .into_iter()
                .filter(|&(code, _)| code != first)
                .collect();
            weighted(rng, &others)
        };
        languages.push(second);
    }
    let count = rng.gen_range(1..=2);
    Person {
        arrival: arrival(rng),
        languages,
        topics: COMMON.choose_multiple(rng, count).copied().collect(),
        help: rng.gen_range(10 * 60..=25 * 60),
    }
}

/// Most volunteers speak one or two community languages natively and Finnish and/or English;
/// some are Finnish natives.
fn helper(rng: &mut StdRng) -> Helper {
    let mut languages: Vec<(&'static str, Level)> = Vec::new();
    if rng.gen_bool(0.3) {
        languages.push(("fi", Level::Native));
        if rng.gen_bool(0.7) {
            languages.push(("en", Level::Fluent));
        }
    } else {
        let community: Vec<_> = FIRST_LANGUAGES[1..].to_vec();
        let count = if rng.gen_bool(0.3) { 2 } else { 1 };
        while languages.len() < count {
            let code = weighted(rng, &community);
            if languages.iter().all(|(c, _)| *c != code) {
                languages.push((code, Level::Native));
            }
        }
        let finnish = rng.gen_range(0..10);
        if finnish < 6 {
            languages.push(("fi", Level::Fluent));
        } else if finnish < 8 {
            languages.push(("fi", Level::Basic));
        }
        let has_english = languages.iter().any(|(c, _)| *c == "en");
        if !has_english && (rng.gen_bool(0.5) || languages.len() == count) {
            languages.push(("en", Level::Fluent));
        }
    }
    let (confident, learning) = (rng.gen_range(2..=4), rng.gen_range(0..=2));
    let confident: Vec<&'static str> = COMMON.choose_multiple(rng, confident).copied().collect();
    let learning = COMMON
        .iter()
        .filter(|t| !confident.contains(t))
        .copied()
        .collect::<Vec<_>>()
        .choose_multiple(rng, learning)
        .copied()
        .collect();
    Helper {
        languages,
        confident,
        learning,
    }
}

/// The day of `seed` with `arrivals` people and `volunteers` on duty.
pub fn generate(arrivals: usize, volunteers: usize, seed: u64) -> Day {
    let mut rng = StdRng::seed_from_u64(seed);
    let helpers = (0..volunteers).map(|_| helper(&mut rng)).collect();
    let mut people: Vec<Person> = (0..arrivals).map(|_| person(&mut rng)).collect();
    people.sort_by_key(|p| p.arrival);
    Day { people, helpers }
}
