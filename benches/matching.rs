//! The matching engine on sites of three sizes: a busy drop-in (20 tickets, 8 volunteers), a
//! large event (200 × 60) and a stress case (1,000 × 300). Inputs are pseudo-random from a fixed
//! seed, shaped like the city: Finnish for most, one of the common other languages for many.
//! Run with `cargo bench --bench matching`.

// A benchmark stops at the first thing that goes wrong; panicking says where.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{Duration, NaiveDate, NaiveDateTime};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use digikaveri::languages::{Level, HELP_LANGUAGES};
use digikaveri::matching::{self, Request, Volunteer};
use digikaveri::topics::TOPICS;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

const SIZES: [(usize, usize); 3] = [(20, 8), (200, 60), (1_000, 300)];

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 26)
        .unwrap()
        .and_hms_opt(12, 0, 0)
        .unwrap()
}

/// Finnish half of the time, otherwise one of the ten most spoken help languages.
fn a_language(rng: &mut StdRng) -> String {
    let code = if rng.gen_bool(0.5) {
        "fi"
    } else {
        HELP_LANGUAGES[rng.gen_range(1..11)].code
    };
    code.to_string()
}

fn some_topics(rng: &mut StdRng, count: usize) -> Vec<String> {
    TOPICS
        .choose_multiple(rng, count)
        .map(|t| t.to_string())
        .collect()
}

fn site(tickets: usize, on_duty: usize, seed: u64) -> (Vec<Request>, Vec<Volunteer>) {
    let mut rng = StdRng::seed_from_u64(seed);
    let requests = (0..tickets)
        .map(|n| {
            let mut languages = vec![a_language(&mut rng)];
            if rng.gen_bool(0.3) {
                languages.push(a_language(&mut rng));
            }
            languages.dedup();
            let topics = rng.gen_range(1..=2);
            Request {
                id: n as i32,
                languages,
                second_language_on: rng.gen_bool(0.5),
                topics: some_topics(&mut rng, topics),
                waiting_since: now() - Duration::seconds(rng.gen_range(0..90 * 60)),
                earlier_helper: rng.gen_bool(0.1).then(|| rng.gen_range(0..on_duty as i32)),
            }
        })
        .collect();
    let volunteers = (0..on_duty)
        .map(|n| {
            let mut languages = vec![("fi".to_string(), Level::Native)];
            for _ in 0..rng.gen_range(0..3) {
                let language = a_language(&mut rng);
                if languages.iter().all(|(code, _)| *code != language) {
                    languages.push((language, Level::ALL[rng.gen_range(0..3)]));
                }
            }
            let (confident, learning) = (rng.gen_range(2..10), rng.gen_range(0..4));
            Volunteer {
                id: n as i32,
                languages,
                confident: some_topics(&mut rng, confident),
                learning: some_topics(&mut rng, learning),
                sessions_today: rng.gen_range(0..5),
                free_at: None,
                in_training: rng.gen_bool(0.1),
                usual_help: matching::EXPECTED_HELP,
            }
        })
        .collect();
    (requests, volunteers)
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("matching");
    for (tickets, on_duty) in SIZES {
        let (requests, volunteers) = site(tickets, on_duty, 2026);
        group.bench_function(
            BenchmarkId::from_parameter(format!("{tickets}x{on_duty}")),
            |b| b.iter(|| matching::plan(&requests, &volunteers, now())),
        );
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
