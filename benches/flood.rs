//! The public queue form flooded, and the database gone, against the release binary on
//! 127.0.0.1 only (demo data: volunteers on duty at the drop-in centre).
//!
//! 1. One browser (it keeps its cookies) sends the take-a-number form 300 times.
//! 2. 300 browsers from one address (fresh cookies each) send it once each.
//! 3. With `BENCH_PG_URL` set (a PostgreSQL server it may create a database on): the server
//!    runs on PostgreSQL, the database then refuses connections, and the time until pages
//!    answer 503 is measured.
//!
//! Run: `cargo bench --bench flood` (add `BENCH_PG_URL=postgres://postgres@127.0.0.1:5432/postgres`
//! for the third part).

// A benchmark stops at the first thing that goes wrong; panicking says where.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use diesel::prelude::*;
use digikaveri::db::schema::tickets;
use digikaveri::db::Db;

const PORT: u16 = 18400;
const CSRF: &str = "flood-csrf-token";
const TIMES: usize = 300;

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn base() -> String {
    format!("http://127.0.0.1:{PORT}")
}

fn start(url: &str) -> Server {
    let server = Server(
        Command::new(env!("CARGO_BIN_EXE_digikaveri"))
            .arg("serve")
            .env("DATABASE_URL", url)
            .env("DIGIKAVERI_DEMO", "1")
            .env("ROCKET_PORT", PORT.to_string())
            .env("ROCKET_ADDRESS", "127.0.0.1")
            .env("ROCKET_LOG_LEVEL", "off")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the release binary starts"),
    );
    let deadline = Instant::now() + Duration::from_secs(60);
    while ureq::get(&format!("{}/healthz", base())).call().is_err() {
        assert!(Instant::now() < deadline, "the server did not start");
        std::thread::sleep(Duration::from_millis(100));
    }
    server
}

fn agent() -> ureq::Agent {
    ureq::AgentBuilder::new()
        .redirects(0)
        .timeout(Duration::from_secs(30))
        .build()
}

/// Sends the form once with these cookies; the status and the cookies it set.
fn take(cookies: &str) -> (u16, Vec<String>) {
    let reply = agent()
        .post(&format!("{}/s/OLARI", base()))
        .set("Cookie", cookies)
        .send_form(&[("csrf", CSRF), ("first_language", "ar")]);
    let response = match reply {
        Ok(r) => r,
        Err(ureq::Error::Status(_, r)) => r,
        Err(e) => panic!("no answer: {e}"),
    };
    let set = response
        .all("Set-Cookie")
        .into_iter()
        .filter_map(|c| c.split(';').next().map(str::to_owned))
        .collect();
    (response.status(), set)
}

fn tickets_stored(db: &Db) -> i64 {
    tickets::table
        .count()
        .get_result(&mut *db.get().unwrap())
        .unwrap()
}

fn one_browser_and_one_address(url: &str) {
    let _server = start(url);
    let db = Db::connect(url).unwrap();
    let before = tickets_stored(&db);
    let began = Instant::now();
    let mut jar = vec![format!("dk_csrf={CSRF}")];
    let mut statuses = Vec::new();
    for _ in 0..TIMES {
        let (status, set) = take(&jar.join("; "));
        for cookie in set {
            let name = cookie.split('=').next().unwrap_or_default().to_owned();
            jar.retain(|c| !c.starts_with(&format!("{name}=")));
            jar.push(cookie);
        }
        statuses.push(status);
    }
    let one_browser = tickets_stored(&db) - before;
    println!(
        "one browser, {TIMES} sends in {:.2} s: {one_browser} number(s) stored, {} answers 303",
        began.elapsed().as_secs_f64(),
        statuses.iter().filter(|s| **s == 303).count()
    );
    let before = tickets_stored(&db);
    let began = Instant::now();
    let refused = (0..TIMES)
        .filter(|_| take(&format!("dk_csrf={CSRF}")).0 == 429)
        .count();
    println!(
        "one address, {TIMES} fresh browsers in {:.2} s: {} numbers stored, {refused} answers 429",
        began.elapsed().as_secs_f64(),
        tickets_stored(&db) - before
    );
}

/// Runs `sql` on the PostgreSQL server at `admin`.
fn psql(admin: &str, sql: &str) {
    let mut conn = diesel::PgConnection::establish(admin).unwrap();
    diesel::sql_query(sql).execute(&mut conn).unwrap();
}

fn database_outage(admin: &str) {
    let name = format!("digikaveri_flood_{}", std::process::id());
    psql(admin, &format!("CREATE DATABASE {name}"));
    let url = format!("{}/{name}", admin.rsplit_once('/').unwrap().0);
    {
        let _server = start(&url);
        psql(
            admin,
            &format!("ALTER DATABASE {name} ALLOW_CONNECTIONS false"),
        );
        psql(
            admin,
            &format!(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"
            ),
        );
        for path in ["/healthz", "/s/OLARI", "/"] {
            let mut millis = Vec::new();
            for _ in 0..5 {
                let began = Instant::now();
                let status = match agent().get(&format!("{}{path}", base())).call() {
                    Ok(r) => r.status(),
                    Err(ureq::Error::Status(code, _)) => code,
                    Err(e) => panic!("no answer: {e}"),
                };
                assert_eq!(status, 503, "{path} while the database is down");
                millis.push(began.elapsed().as_secs_f64() * 1000.0);
            }
            millis.sort_by(f64::total_cmp);
            println!(
                "database down, {path}: 503 in {:.0} ms (median of 5), at most {:.0} ms",
                millis[2], millis[4]
            );
        }
    }
    psql(admin, &format!("DROP DATABASE {name}"));
}

fn main() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("flood.sqlite3");
    one_browser_and_one_address(path.to_str().expect("utf-8 path"));
    match std::env::var("BENCH_PG_URL") {
        Ok(admin) => database_outage(&admin),
        Err(_) => println!("BENCH_PG_URL not set: the database outage is not measured"),
    }
}
