//! Throughput of the public pages that hold a city, side by side with the home page on the same
//! server: 300 sites and 1,500 shifts a week (two weeks ahead, so 3,000 shifts), 1,000 active
//! volunteers in 30 languages. Seeds a fresh database through the library, starts the release
//! binary on it and runs wrk against 127.0.0.1: `/`, `/help?language=ar`, one site's
//! `/s/<code>`, the directory of all places `/places` and a search in it, one after the other,
//! and prints each page's rate as a share of the home page's. Run with
//! `cargo bench --bench help_page` (needs `wrk`); set
//! `BENCH_PG_URL` (default postgres://postgres@127.0.0.1:5432) for the PostgreSQL run.

// A benchmark stops at the first thing that goes wrong; panicking says where.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::{Child, Command, Stdio};
use std::time::{Duration as StdDuration, Instant};

use chrono::Duration;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use digikaveri::clock::Clock;
use digikaveri::db::schema::{shift_signups, users, volunteer_languages};
use digikaveri::db::{write_tx, Db, DbConn};
use digikaveri::error::Error;
use digikaveri::languages::HELP_LANGUAGES;
use digikaveri::shifts::{self, ShiftPlan};
use digikaveri::sites::{self, NewSite, SiteKind};
use digikaveri::staff_texts::Translations;

const SITES: usize = 300;
const SHIFTS_PER_WEEK: usize = 1_500;
const VOLUNTEERS: usize = 1_000;
const SECONDS: &str = "10";

/// The calendar as of `now`: the server that serves it reads the same system clock.
fn seed(conn: &mut DbConn, now: NaiveDateTime) -> Result<(), Error> {
    write_tx(conn, |conn| {
        let org = digikaveri::organisations::create(conn, "Kaupungin digituki", "bench", now)?;
        let mut site_ids = Vec::with_capacity(SITES);
        for n in 0..SITES {
            site_ids.push(sites::create(
                conn,
                &NewSite {
                    organisation_id: org.id,
                    name: &format!("Paikka {n}"),
                    kind: SiteKind::ALL[n % 4],
                    address: &format!("Katu {n}, Helsinki"),
                    public_code: &format!("B{n:04}"),
                    opening: Translations::new([(
                        "fi".to_owned(),
                        "Avoinna arkisin 10–16.".to_owned(),
                    )]),
                },
                now,
            )?);
        }
        let mut people = Vec::with_capacity(VOLUNTEERS);
        for n in 0..VOLUNTEERS {
            // A stored hash is not needed to read pages; Argon2 for 1,000 people would take
            // most of the benchmark's time.
            let id: i32 = diesel::insert_into(users::table)
                .values((
                    users::organisation_id.eq(org.id),
                    users::role.eq("volunteer"),
                    users::status.eq("active"),
                    users::email.eq(format!("v{n}@bench.example")),
                    users::display_name.eq(format!("V{n}")),
                    users::password_hash.eq("-"),
                    users::locale.eq("fi"),
                    users::created_at.eq(now),
                ))
                .returning(users::id)
                .get_result(conn)?;
            let mut spoken = vec!["fi", HELP_LANGUAGES[n % HELP_LANGUAGES.len()].code];
            spoken.dedup();
            for language in spoken {
                diesel::insert_into(volunteer_languages::table)
                    .values((
                        volunteer_languages::user_id.eq(id),
                        volunteer_languages::language.eq(language),
                        volunteer_languages::level.eq("fluent"),
                    ))
                    .execute(conn)?;
            }
            people.push(id);
        }
        let start = now + Duration::hours(1);
        for n in 0..2 * SHIFTS_PER_WEEK {
            let begins =
                start + Duration::minutes((n * 14 * 24 * 60 / (2 * SHIFTS_PER_WEEK)) as i64);
            let plan = ShiftPlan {
                site_id: site_ids[n % SITES],
                times: vec![(begins, begins + Duration::hours(2))],
                places: 2,
                languages: Vec::new(),
                notes: Translations::default(),
            };
            let shift = shifts::create(conn, org.id, &plan, people[0], now)?[0];
            let mut helpers = vec![people[n % VOLUNTEERS], people[(n * 7 + 3) % VOLUNTEERS]];
            helpers.dedup();
            for volunteer in helpers {
                diesel::insert_into(shift_signups::table)
                    .values((
                        shift_signups::shift_id.eq(shift),
                        shift_signups::user_id.eq(volunteer),
                        shift_signups::state.eq("confirmed"),
                        shift_signups::queued_at.eq(now),
                    ))
                    .execute(conn)?;
            }
        }
        Ok(())
    })
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn serve(url: &str, port: u16) -> Server {
    let child = Command::new(env!("CARGO_BIN_EXE_digikaveri"))
        .arg("serve")
        .env("DATABASE_URL", url)
        .env("DIGIKAVERI_DEMO", "0")
        .env("ROCKET_PORT", port.to_string())
        .env("ROCKET_ADDRESS", "127.0.0.1")
        .env("ROCKET_LOG_LEVEL", "off")
        .stdout(Stdio::null())
        .spawn()
        .expect("the release binary starts");
    let deadline = Instant::now() + StdDuration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "the server did not start");
        std::thread::sleep(StdDuration::from_millis(100));
    }
    Server(child)
}

fn measure(name: &str, url: &str, port: u16) {
    let db = Db::connect(url).expect("database");
    db.migrate().expect("migrations");
    let began = Instant::now();
    let now = Clock::system().now();
    seed(&mut db.get().expect("connection"), now).expect("seeding");
    println!(
        "== {name}: seeded in {:.1} s",
        began.elapsed().as_secs_f64()
    );
    drop(db);
    let _server = serve(url, port);
    let base = format!("http://127.0.0.1:{port}");
    let pages = [
        ("home", format!("{base}/")),
        ("help", format!("{base}/help?language=ar")),
        ("take", format!("{base}/s/B0000")),
        ("places", format!("{base}/places")),
        ("search", format!("{base}/places?q=b001")),
    ];
    let mut rates = Vec::new();
    for (label, page) in &pages {
        let warm = Command::new("wrk")
            .args(["-t2", "-c32", "-d1s", page])
            .output();
        assert!(warm.is_ok(), "wrk is needed: apt-get install wrk");
        let out = Command::new("wrk")
            .args(["-t2", "-c32", &format!("-d{SECONDS}s"), "--latency", page])
            .output()
            .expect("wrk runs");
        println!("  {label}: {page}");
        let mut rate = 0.0;
        for line in String::from_utf8_lossy(&out.stdout).lines() {
            let line = line.trim();
            if let Some(value) = line.strip_prefix("Requests/sec:") {
                rate = value.trim().parse::<f64>().unwrap_or(0.0);
            }
            if ["Requests/sec", "Latency", "50%", "99%", "Non-2xx"]
                .iter()
                .any(|k| line.starts_with(k))
            {
                println!("    {line}");
            }
        }
        rates.push(rate);
    }
    let shares: Vec<String> = pages
        .iter()
        .zip(&rates)
        .skip(1)
        .map(|((label, _), rate)| format!("{label} {rate:.0}/s ({:.2} of home)", rate / rates[0]))
        .collect();
    println!("  {name}: home {:.0}/s, {}", rates[0], shares.join(", "));
}

fn main() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let sqlite = dir.path().join("help.sqlite3");
    measure("SQLite", sqlite.to_str().expect("utf-8 path"), 18090);
    let pg = std::env::var("BENCH_PG_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into());
    let admin = format!("{pg}/postgres");
    let name = format!("dk_help_bench_{}", std::process::id());
    let psql = |sql: &str| {
        Command::new("psql")
            .args([&admin, "-qtAc", sql])
            .status()
            .is_ok_and(|s| s.success())
    };
    if psql(&format!("CREATE DATABASE {name}")) {
        measure("PostgreSQL", &format!("{pg}/{name}"), 18091);
        psql(&format!("DROP DATABASE {name} WITH (FORCE)"));
    } else {
        println!("== PostgreSQL: not reachable at {pg}, skipped");
    }
}
