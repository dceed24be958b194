//! Load test of the queue at one site, against release binaries on 127.0.0.1 only: 200
//! tickets taken within one minute at the drop-in centre (the demo data has volunteers on duty
//! there) while 100 clients watch: 90 holders of the first tickets keep their ticket page's
//! event stream open, and 10 coordinators keep the site's board's event stream open.
//!
//! Three runs side by side, each a fresh database and fresh servers:
//! 1. "fetching" (before): each ticket watcher and each board fetches its page on every
//!    event, as the earlier `live.js` did; one server on SQLite.
//! 2. "streaming" (after): each watcher only reads its stream, whose events carry the new
//!    state; one server on SQLite.
//! 3. "two servers": as 2, with two servers on one fresh PostgreSQL database (the URL in
//!    `BENCH_PG_URL`, default postgres://postgres@127.0.0.1:5432/postgres; skipped
//!    when it cannot be reached), takes sent to both in turn, each ticket watched on the
//!    server that did not take it.
//!
//! Reports the take latency, and the delivery latency: from a take's response until each
//! watcher holds a state at least that new (the first event, or the end of the fetch it
//! caused, after the take was sent; 0 when it came before the response), p50/p99/max, also
//! for only the deliveries whose event carried a rendered part (a later number taken leaves
//! an earlier ticket as it was, and its stream then says only `unchanged`); the same for
//! the boards; and the page fetches each server counted (its `/metrics`). Checks that no
//! ticket was lost.
//! Run: `cargo bench --bench queue_load`.

// A benchmark stops at the first thing that goes wrong; panicking says where.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use digikaveri::db::schema::tickets;
use digikaveri::db::Db;

const FIRST_PORT: u16 = 18300;
const TICKETS: usize = 200;
const TICKET_WATCHERS: usize = 90;
const BOARD_WATCHERS: usize = 10;
const MINUTE: Duration = Duration::from_secs(60);
const CSRF: &str = "load-test-csrf-token";
const METRICS_TOKEN: &str = "load-test-metrics-token";

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn base(port: u16) -> String {
    format!("http://127.0.0.1:{port}")
}

fn agent() -> ureq::Agent {
    ureq::AgentBuilder::new()
        .redirects(0)
        .timeout(Duration::from_secs(30))
        .build()
}

/// Starts a release server on `url`; with `demo`, it seeds the demo data into the empty
/// database first.
fn start(port: u16, url: &str, demo: bool) -> Server {
    let server = Server(
        Command::new(env!("CARGO_BIN_EXE_digikaveri"))
            .arg("serve")
            .env("DATABASE_URL", url)
            .env("DIGIKAVERI_DEMO", if demo { "1" } else { "0" })
            .env("METRICS_TOKEN", METRICS_TOKEN)
            .env("ROCKET_PORT", port.to_string())
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
    let deadline = Instant::now() + Duration::from_secs(60);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "the server did not start");
        std::thread::sleep(Duration::from_millis(100));
    }
    server
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

    fn at(&self, q: f64) -> f64 {
        let mut sorted = self.millis.clone();
        sorted.sort_by(f64::total_cmp);
        sorted
            .get(((sorted.len() as f64 - 1.0) * q) as usize)
            .copied()
            .unwrap_or(f64::NAN)
    }

    fn line(&self, name: &str, unit: &str) -> String {
        format!(
            "| {name} | {} {unit} | {} | {:.1} ms | {:.1} ms | {:.1} ms |",
            self.millis.len(),
            self.failures,
            self.at(0.5),
            self.at(0.99),
            self.at(1.0)
        )
    }
}

/// One take: when it was sent and when its answer came.
#[derive(Clone, Copy)]
struct Take {
    sent: Instant,
    answered: Instant,
}

/// Takes one number from phone `n` (its own address, as the proxy in front reports it) at
/// the server on `port`; returns the ticket's address.
fn take(
    agent: &ureq::Agent,
    port: u16,
    n: usize,
    language: &str,
    timings: &Mutex<Timings>,
) -> (Option<String>, Take) {
    let sent = Instant::now();
    let reply = agent
        .post(&format!("{}/s/OLARI", base(port)))
        .set("Cookie", &format!("dk_csrf={CSRF}"))
        .set("X-Real-IP", &format!("10.1.{}.{}", n / 200, n % 200 + 1))
        .send_form(&[("csrf", CSRF), ("first_language", language)]);
    let location = match reply {
        Ok(r) if r.status() == 303 => r.header("Location").map(str::to_owned),
        _ => None,
    };
    let answered = Instant::now();
    timings.lock().unwrap().record(sent, location.is_some());
    (location, Take { sent, answered })
}

/// What one ticket watcher saw: when it was listening, and when it held each new state, and
/// whether that event carried a rendered part (not only `unchanged`).
struct Watched {
    listening: Instant,
    states: Vec<(Instant, bool)>,
    failed: bool,
}

/// Follows a page's event stream on `port` until `stop`; with `fetch`, fetches the page on
/// every event (the earlier `live.js`), and the state is new when the fetch returns.
fn watch(
    port: u16,
    page: String,
    cookie: String,
    fetch: bool,
    stop: Arc<AtomicBool>,
    fetches: Arc<Mutex<Timings>>,
) -> Watched {
    let agent = agent();
    let events = agent
        .get(&format!("{}{page}/events", base(port)))
        .set("Cookie", &cookie)
        .timeout(Duration::from_secs(300))
        .call();
    let mut watched = Watched {
        listening: Instant::now(),
        states: Vec::new(),
        failed: false,
    };
    let Ok(events) = events else {
        watched.failed = true;
        return watched;
    };
    let mut lines = BufReader::new(events.into_reader()).lines();
    let (mut data, mut part) = (false, false);
    while !stop.load(Ordering::Relaxed) {
        let Some(Ok(line)) = lines.next() else { break };
        if let Some(payload) = line.strip_prefix("data:") {
            data = true;
            part |= payload.trim() != "unchanged";
            continue;
        }
        // An empty line ends an event.
        if !(line.is_empty() && data) {
            continue;
        }
        data = false;
        if fetch {
            let started = Instant::now();
            let ok = agent
                .get(&format!("{}{page}", base(port)))
                .set("Cookie", &cookie)
                .call()
                .is_ok_and(|r| r.status() == 200);
            fetches.lock().unwrap().record(started, ok);
        }
        // A fetched page is the whole new state, whatever the event said.
        let carried = std::mem::take(&mut part) || fetch;
        watched.states.push((Instant::now(), carried));
    }
    watched
}

/// Signs in as the demo coordinator; returns the session cookie.
fn coordinator_cookie(port: u16) -> String {
    let reply = agent()
        .post(&format!("{}/login", base(port)))
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

/// GET requests of `route` a server answered, from its `/metrics`.
fn counted(port: u16, route: &str) -> u64 {
    let text = agent()
        .get(&format!("{}/metrics", base(port)))
        .set("Authorization", &format!("Bearer {METRICS_TOKEN}"))
        .call()
        .expect("metrics answer")
        .into_string()
        .expect("metrics text");
    let label = format!("route=\"{route}\"");
    text.lines()
        .filter(|l| l.starts_with("digikaveri_http_requests_total{"))
        .filter(|l| l.contains("method=\"GET\"") && l.contains(&label))
        .filter_map(|l| l.rsplit(' ').next()?.parse::<u64>().ok())
        .sum()
}

struct Outcome {
    name: &'static str,
    took: Duration,
    takes: Timings,
    delivery: Timings,
    /// The deliveries whose event carried a rendered part (with `fetch`: all of them).
    parts: Timings,
    /// Deliveries to the boards.
    boards: Timings,
    /// Deliveries that came before the take's answer did (counted as 0 ms).
    early: usize,
    fetches: Timings,
    ticket_page_fetches: u64,
    board_fetches: u64,
    stored: usize,
    complete: bool,
}

/// One run: the takes go to `ports` in turn; ticket `n` is watched on the server after the
/// one that took it, boards on every server in turn.
fn run(name: &'static str, ports: &[u16], url: &str, fetch: bool) -> Outcome {
    let server_of = |n: usize| ports[n % ports.len()];
    let takes = Arc::new(Mutex::new(Timings::default()));
    let fetches = Arc::new(Mutex::new(Timings::default()));
    let stop = Arc::new(AtomicBool::new(false));
    let languages = ["ar", "so", "uk", "fa", "ru", "fi", "en"];
    let board_cookie = coordinator_cookie(ports[0]);
    let mut boards = Vec::new();
    for n in 0..BOARD_WATCHERS {
        let (stop, cookie) = (stop.clone(), board_cookie.clone());
        // The boards' fetch times are not reported: their deliveries include them.
        let fetches = Arc::new(Mutex::new(Timings::default()));
        let port = server_of(n);
        boards.push(std::thread::spawn(move || {
            watch(
                port,
                "/org/queue/OLARI".into(),
                cookie,
                fetch,
                stop,
                fetches,
            )
        }));
    }
    std::thread::sleep(Duration::from_secs(1));
    let agent = agent();
    let pause = MINUTE / TICKETS as u32;
    let mut sent = Vec::new();
    let mut watchers = Vec::new();
    let began = Instant::now();
    for n in 0..TICKETS {
        let due = began + pause * n as u32;
        if let Some(wait) = due.checked_duration_since(Instant::now()) {
            std::thread::sleep(wait);
        }
        let language = languages[n % languages.len()];
        let (page, took) = take(&agent, server_of(n), n, language, &takes);
        sent.push(took);
        if let (Some(page), true) = (page, n < TICKET_WATCHERS) {
            let (stop, fetches) = (stop.clone(), fetches.clone());
            let cookie = format!("dk_csrf={CSRF}");
            let port = server_of(n + 1);
            watchers.push(std::thread::spawn(move || {
                watch(port, page, cookie, fetch, stop, fetches)
            }));
        }
    }
    let took = began.elapsed();
    std::thread::sleep(Duration::from_secs(2));
    stop.store(true, Ordering::Relaxed);
    // One more change wakes every stream so its thread sees `stop`.
    take(
        &agent,
        ports[0],
        TICKETS,
        "ar",
        &Mutex::new(Timings::default()),
    );
    let watched: Vec<Watched> = watchers.into_iter().map(|w| w.join().unwrap()).collect();
    let boards: Vec<Watched> = boards.into_iter().map(|b| b.join().unwrap()).collect();
    let tickets = deliveries(&watched, &sent);
    let boards = deliveries(&boards, &sent);
    let ticket_page_fetches = ports.iter().map(|p| counted(*p, "/t/<secret>")).sum();
    let board_page_fetches = ports.iter().map(|p| counted(*p, "/org/queue/<code>")).sum();
    let db = Db::connect(url).expect("the database");
    let mut numbers: Vec<i32> = tickets::table
        .select(tickets::number)
        .load(&mut *db.get().expect("connection"))
        .expect("tickets");
    numbers.sort_unstable();
    let outcome = Outcome {
        name,
        took,
        takes: std::mem::take(&mut takes.lock().unwrap()),
        delivery: tickets.all,
        parts: tickets.parts,
        boards: boards.all,
        early: tickets.early,
        fetches: std::mem::take(&mut fetches.lock().unwrap()),
        ticket_page_fetches,
        board_fetches: board_page_fetches,
        stored: numbers.len(),
        complete: numbers == (1..=TICKETS as i32 + 1).collect::<Vec<_>>(),
    };
    outcome
}

struct Deliveries {
    all: Timings,
    parts: Timings,
    early: usize,
}

/// For every take sent while a watcher listened: from the take's answer until the watcher
/// held a state at least that new.
fn deliveries(watched: &[Watched], sent: &[Take]) -> Deliveries {
    let mut found = Deliveries {
        all: Timings::default(),
        parts: Timings::default(),
        early: 0,
    };
    for w in watched {
        found.all.failures += usize::from(w.failed);
        for take in sent.iter().filter(|t| t.sent > w.listening) {
            let first = w.states.iter().find(|(at, _)| *at >= take.sent);
            let millis = match first {
                Some((at, _)) if *at < take.answered => {
                    found.early += 1;
                    0.0
                }
                Some((at, _)) => at.duration_since(take.answered).as_secs_f64() * 1000.0,
                None => {
                    found.all.failures += 1;
                    continue;
                }
            };
            found.all.millis.push(millis);
            if first.is_some_and(|(_, part)| *part) {
                found.parts.millis.push(millis);
            }
        }
    }
    found
}

fn report(outcome: &Outcome) {
    println!(
        "\n== {}: {TICKETS} tickets in {:.1} s, {} watchers ({TICKET_WATCHERS} ticket pages, {BOARD_WATCHERS} boards)",
        outcome.name,
        outcome.took.as_secs_f64(),
        TICKET_WATCHERS + BOARD_WATCHERS
    );
    println!("| what | count | failed | p50 | p99 | max |\n|---|---|---|---|---|---|");
    println!(
        "{}",
        outcome
            .takes
            .line("taking a number (`POST /s/OLARI`)", "requests")
    );
    println!(
        "{}",
        outcome.delivery.line(
            "delivery: take answered → watcher holds the new state",
            "deliveries"
        )
    );
    println!(
        "{}",
        outcome.parts.line(
            "… of which the event carried the ticket's new part (not `unchanged`)",
            "deliveries"
        )
    );
    println!(
        "{}",
        outcome.boards.line(
            "delivery to the boards: take answered → board holds the new state",
            "deliveries"
        )
    );
    if !outcome.fetches.millis.is_empty() {
        println!(
            "{}",
            outcome
                .fetches
                .line("ticket watchers fetching their page", "requests")
        );
    }
    println!(
        "  deliveries before the take's answer (counted as 0 ms): {}",
        outcome.early
    );
    println!(
        "  page fetches the servers answered: ticket pages {}, boards {}",
        outcome.ticket_page_fetches, outcome.board_fetches
    );
    println!(
        "  tickets stored: {} of {}, numbered 1..{} without gaps: {}",
        outcome.stored,
        TICKETS + 1,
        TICKETS + 1,
        if outcome.complete { "yes" } else { "NO" }
    );
}

/// A fresh PostgreSQL database next to the one `BENCH_PG_URL` names, or `None` when
/// it cannot be reached.
fn fresh_postgres() -> Option<(String, String)> {
    let admin = std::env::var("BENCH_PG_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
    let mut conn = PgConnection::establish(&admin).ok()?;
    let name = format!("digikaveri_bench_{}", std::process::id());
    conn.batch_execute(&format!("DROP DATABASE IF EXISTS {name}"))
        .ok()?;
    conn.batch_execute(&format!("CREATE DATABASE {name}"))
        .ok()?;
    let (root, _) = admin.rsplit_once('/')?;
    Some((admin.clone(), format!("{root}/{name}")))
}

fn main() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let sqlite = |name: &str| {
        dir.path()
            .join(name)
            .to_str()
            .expect("utf-8 path")
            .to_owned()
    };
    let mut outcomes = Vec::new();
    for (name, fetch, file, port) in [
        ("fetching (before)", true, "before.sqlite3", FIRST_PORT),
        ("streaming (after)", false, "after.sqlite3", FIRST_PORT + 1),
    ] {
        let url = sqlite(file);
        let _server = start(port, &url, true);
        outcomes.push(run(name, &[port], &url, fetch));
    }
    match fresh_postgres() {
        Some((admin, url)) => {
            let (a, b) = (FIRST_PORT + 2, FIRST_PORT + 3);
            let first = start(a, &url, true);
            let second = start(b, &url, false);
            // Let both listeners LISTEN.
            std::thread::sleep(Duration::from_secs(1));
            outcomes.push(run(
                "streaming, two servers on one PostgreSQL",
                &[a, b],
                &url,
                false,
            ));
            drop((first, second));
            let name = url.rsplit('/').next().unwrap_or_default().to_owned();
            if let Ok(mut conn) = PgConnection::establish(&admin) {
                let _ = conn.batch_execute(&format!("DROP DATABASE IF EXISTS {name}"));
            }
        }
        None => println!("PostgreSQL not reachable: the two-server run is skipped"),
    }
    for outcome in &outcomes {
        report(outcome);
    }
    let before = &outcomes[0];
    println!("\n== side by side (after / before)");
    for after in &outcomes[1..] {
        println!(
            "  {}: take p99 {:.1} / {:.1} ms = {:.2}; delivery p99 {:.1} / {:.1} ms = {:.2}; to the boards p99 {:.1} / {:.1} ms = {:.2}; page fetches {} / {}",
            after.name,
            after.takes.at(0.99),
            before.takes.at(0.99),
            after.takes.at(0.99) / before.takes.at(0.99),
            after.delivery.at(0.99),
            before.delivery.at(0.99),
            after.delivery.at(0.99) / before.delivery.at(0.99),
            after.boards.at(0.99),
            before.boards.at(0.99),
            after.boards.at(0.99) / before.boards.at(0.99),
            after.ticket_page_fetches + after.board_fetches,
            before.ticket_page_fetches + before.board_fetches,
        );
    }
}
