//! Load test of the queue at one site, against the release binary on 127.0.0.1 only: 200
//! tickets taken within one minute at the drop-in centre (the demo data has volunteers on duty
//! there) while 100 clients watch: 90 holders of the first tickets keep their ticket page's
//! event stream open and fetch the page on every change, as `static/live.js` does, and 10
//! coordinators do the same with the site's board. Reports p50 and p99 latencies and checks
//! that no request failed and no ticket was lost. Run: `cargo bench --bench queue_load`.

// A benchmark stops at the first thing that goes wrong; panicking says where.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use diesel::prelude::*;
use digikaveri::db::schema::tickets;
use digikaveri::db::Db;

const PORT: u16 = 18300;
const TICKETS: usize = 200;
const TICKET_WATCHERS: usize = 90;
const BOARD_WATCHERS: usize = 10;
const MINUTE: Duration = Duration::from_secs(60);
const CSRF: &str = "load-test-csrf-token";

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

fn agent() -> ureq::Agent {
    ureq::AgentBuilder::new()
        .redirects(0)
        .timeout(Duration::from_secs(30))
        .build()
}

/// Latencies and failures of one kind of request.
#[derive(Default)]
struct Timings {
    millis: Vec<f64>,
    failures: usize,
}

impl Timings {
    fn record(&mut self, started: Instant, ok: bool) {
        self.millis.push(started.elapsed().as_secs_f64() * 1000.0);
        if !ok {
            self.failures += 1;
        }
    }

    fn report(&mut self, name: &str) {
        self.millis.sort_by(f64::total_cmp);
        let at = |q: f64| self.millis[((self.millis.len() as f64 - 1.0) * q) as usize];
        println!(
            "  {name}: {} requests, {} failed, p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
            self.millis.len(),
            self.failures,
            at(0.5),
            at(0.99),
            at(1.0)
        );
    }
}

/// Takes one number from phone `n` (its own address, as the proxy in front reports it);
/// returns the ticket's address.
fn take(agent: &ureq::Agent, n: usize, language: &str, timings: &Mutex<Timings>) -> Option<String> {
    let started = Instant::now();
    let reply = agent
        .post(&format!("{}/s/OLARI", base()))
        .set("Cookie", &format!("dk_csrf={CSRF}"))
        .set("X-Real-IP", &format!("10.1.{}.{}", n / 200, n % 200 + 1))
        .send_form(&[("csrf", CSRF), ("first_language", language)]);
    let location = match reply {
        Ok(r) if r.status() == 303 => r.header("Location").map(str::to_owned),
        _ => None,
    };
    timings.lock().unwrap().record(started, location.is_some());
    location
}

/// Follows a page's event stream and fetches the page on every change until `stop`.
fn watch(page: String, cookie: String, stop: Arc<AtomicBool>, timings: Arc<Mutex<Timings>>) {
    let agent = agent();
    let events = agent
        .get(&format!("{}{page}/events", base()))
        .set("Cookie", &cookie)
        .timeout(Duration::from_secs(120))
        .call();
    let Ok(events) = events else {
        timings.lock().unwrap().failures += 1;
        return;
    };
    let mut lines = BufReader::new(events.into_reader()).lines();
    while !stop.load(Ordering::Relaxed) {
        let Some(Ok(line)) = lines.next() else { break };
        if line.starts_with("data:") {
            let started = Instant::now();
            let ok = agent
                .get(&format!("{}{page}", base()))
                .set("Cookie", &cookie)
                .call()
                .is_ok_and(|r| r.status() == 200);
            timings.lock().unwrap().record(started, ok);
        }
    }
}

/// Signs in as the demo coordinator; returns the session cookie.
fn coordinator_cookie() -> String {
    let reply = agent()
        .post(&format!("{}/login", base()))
        .set("Cookie", &format!("dk_csrf={CSRF}"))
        .send_form(&[
            ("csrf", CSRF),
            ("email", "kaisa@demo.digikaveri.fi"),
            ("password", digikaveri::demo::DEMO_PASSWORD),
        ])
        .expect("sign-in answers");
    let session = reply
        .all("Set-Cookie")
        .into_iter()
        .find_map(|c| {
            c.strip_prefix("dk_session=")
                .map(|v| v.split(';').next().unwrap_or(v))
        })
        .expect("a session cookie")
        .to_owned();
    format!("dk_session={session}")
}

fn main() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("queue.sqlite3");
    let url = path.to_str().expect("utf-8 path").to_owned();
    let _server = Server(
        Command::new(env!("CARGO_BIN_EXE_digikaveri"))
            .arg("serve")
            .env("DATABASE_URL", &url)
            .env("DIGIKAVERI_DEMO", "1")
            .env("ROCKET_PORT", PORT.to_string())
            .env("ROCKET_ADDRESS", "127.0.0.1")
            .env("ROCKET_LOG_LEVEL", "off")
            .env("ROCKET_WORKERS", "16")
            // 200 phones behind one proxy: each has its own address, so the per-address limit
            // on taking numbers does not stop the load.
            .env("ROCKET_IP_HEADER", "X-Real-IP")
            .stdout(Stdio::null())
            .spawn()
            .expect("the release binary starts"),
    );
    let deadline = Instant::now() + Duration::from_secs(30);
    while std::net::TcpStream::connect(("127.0.0.1", PORT)).is_err() {
        assert!(Instant::now() < deadline, "the server did not start");
        std::thread::sleep(Duration::from_millis(100));
    }
    let takes = Arc::new(Mutex::new(Timings::default()));
    let fetches = Arc::new(Mutex::new(Timings::default()));
    let stop = Arc::new(AtomicBool::new(false));
    let languages = ["ar", "so", "uk", "fa", "ru", "fi", "en"];
    let began = Instant::now();
    let mut watchers = Vec::new();
    let board_cookie = coordinator_cookie();
    for _ in 0..BOARD_WATCHERS {
        let (stop, fetches, cookie) = (stop.clone(), fetches.clone(), board_cookie.clone());
        watchers.push(std::thread::spawn(move || {
            watch("/org/queue/OLARI".into(), cookie, stop, fetches)
        }));
    }
    let agent = agent();
    let pause = MINUTE / TICKETS as u32;
    for n in 0..TICKETS {
        let due = began + pause * n as u32;
        if let Some(wait) = due.checked_duration_since(Instant::now()) {
            std::thread::sleep(wait);
        }
        let page = take(&agent, n, languages[n % languages.len()], &takes);
        if let (Some(page), true) = (page, n < TICKET_WATCHERS) {
            let (stop, fetches) = (stop.clone(), fetches.clone());
            let cookie = format!("dk_csrf={CSRF}");
            watchers.push(std::thread::spawn(move || {
                watch(page, cookie, stop, fetches)
            }));
        }
    }
    let took = began.elapsed();
    std::thread::sleep(Duration::from_secs(2));
    stop.store(true, Ordering::Relaxed);
    // One more change wakes every stream so its thread sees `stop`.
    take(&agent, TICKETS, "ar", &Mutex::new(Timings::default()));
    for watcher in watchers {
        let _ = watcher.join();
    }
    let db = Db::connect(&url).expect("the database");
    let mut numbers: Vec<i32> = tickets::table
        .select(tickets::number)
        .load(&mut *db.get().expect("connection"))
        .expect("tickets");
    numbers.sort_unstable();
    let complete = numbers == (1..=TICKETS as i32 + 1).collect::<Vec<_>>();
    println!(
        "== queue at one site: {TICKETS} tickets in {:.1} s, {} watchers ({TICKET_WATCHERS} ticket pages, {BOARD_WATCHERS} boards)",
        took.as_secs_f64(),
        TICKET_WATCHERS + BOARD_WATCHERS
    );
    takes
        .lock()
        .unwrap()
        .report("taking a number (POST /s/OLARI)");
    fetches
        .lock()
        .unwrap()
        .report("watchers fetching their page on each change");
    println!(
        "  tickets stored: {} of {}, numbered 1..{} without gaps: {}",
        numbers.len(),
        TICKETS + 1,
        TICKETS + 1,
        if complete { "yes" } else { "NO" }
    );
}
