//! The test application: a fresh database per test (an SQLite file, or a uniquely named
//! PostgreSQL database when `TEST_DATABASE_URL` is set), a Rocket client on it, and the app's
//! clock standing at the instant the test names. Builders (`builders`) make what a test needs
//! in an empty database.

pub mod builders;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use chrono::{Duration, NaiveDateTime};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::PgConnection;
use digikaveri::clock::{Clock, ClockHand};
use digikaveri::config::Config;
use digikaveri::db::Db;
use digikaveri::mail::Outbox;
use rocket::http::{ContentType, Cookie, Method, RawStr};
use rocket::local::blocking::Client;

/// A database that exists for one test and is removed after it.
pub struct TestDb {
    pub url: String,
    postgres: Option<(String, String)>,
    _dir: Option<tempfile::TempDir>,
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

impl TestDb {
    /// On the backend the run asks for: PostgreSQL when `TEST_DATABASE_URL` names a server.
    pub fn new() -> TestDb {
        match std::env::var("TEST_DATABASE_URL") {
            Ok(admin) if admin.starts_with("postgres") => TestDb::postgres(&admin),
            _ => TestDb::sqlite(),
        }
    }

    pub fn sqlite() -> TestDb {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = dir.path().join("test.sqlite3").display().to_string();
        TestDb {
            url,
            postgres: None,
            _dir: Some(dir),
        }
    }

    fn postgres(admin: &str) -> TestDb {
        let name = format!(
            "dk_test_{}_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst),
            rand_suffix()
        );
        let mut conn = PgConnection::establish(admin).expect("TEST_DATABASE_URL answers");
        conn.batch_execute(&format!("CREATE DATABASE {name}"))
            .expect("create test database");
        let base = admin
            .rsplit_once('/')
            .map(|(base, _)| base)
            .unwrap_or(admin);
        TestDb {
            url: format!("{base}/{name}"),
            postgres: Some((admin.to_owned(), name)),
            _dir: None,
        }
    }

    pub fn is_postgres(&self) -> bool {
        self.postgres.is_some()
    }

    /// Makes the database vanish under a running app (PostgreSQL only).
    pub fn drop_now(&self) {
        if let Some((admin, name)) = &self.postgres {
            let mut conn = PgConnection::establish(admin).expect("admin connection");
            conn.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .expect("drop test database");
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        self.drop_now();
    }
}

fn rand_suffix() -> u32 {
    use std::time::{SystemTime, UNIX_EPOCH};
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0)
}

/// A migrated database, with the demo data seeded at `demo_at` or empty.
pub fn migrated(test_db: &TestDb, demo_at: Option<NaiveDateTime>) -> Db {
    let db = Db::connect(&test_db.url).expect("connect to test database");
    db.migrate().expect("migrate");
    if let Some(at) = demo_at {
        digikaveri::demo::seed_if_empty(&mut db.get().unwrap(), at).expect("seed demo");
    }
    db
}

/// An instant given as Finnish wall-clock time, `"2026-12-07 12:00"`, in UTC as stored. The
/// earlier of two on the night clocks go back.
pub fn helsinki(text: &str) -> NaiveDateTime {
    let local = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M")
        .unwrap_or_else(|_| panic!("{text} is not like 2026-12-07 12:00"));
    digikaveri::clock::helsinki_to_utc(local.date(), local.time())
        .unwrap_or_else(|| panic!("{text} does not exist in Finland"))
}

/// The instant the demo-data tests run at: a Tuesday morning in December.
pub const DEMO_INSTANT: &str = "2026-12-01 11:00";

/// The whole service on its own database. The client keeps no cookies: each request says
/// who sends it (see `Visitor`). Fields drop in order: the client (and its pool)
/// before the database is removed.
pub struct TestApp {
    pub client: Client,
    pub db: Db,
    pub outbox: Arc<Outbox>,
    clock: Clock,
    hand: ClockHand,
    pub test_db: TestDb,
}

impl TestApp {
    /// The demo data at `DEMO_INSTANT`, for the tests of what the demo shows.
    pub fn new() -> TestApp {
        TestApp::demo_at(helsinki(DEMO_INSTANT))
    }

    /// The demo data seeded at `at`, with the clock standing there.
    pub fn demo_at(at: NaiveDateTime) -> TestApp {
        TestApp::build(Some(at), at, |rocket| rocket)
    }

    /// An empty database, with the clock standing at `at`.
    pub fn at(at: NaiveDateTime) -> TestApp {
        TestApp::build(None, at, |rocket| rocket)
    }

    /// The demo at `DEMO_INSTANT` with extra routes mounted, for tests that need a handler the
    /// app itself does not have.
    pub fn with_routes(
        extend: impl FnOnce(rocket::Rocket<rocket::Build>) -> rocket::Rocket<rocket::Build>,
    ) -> TestApp {
        let at = helsinki(DEMO_INSTANT);
        TestApp::build(Some(at), at, extend)
    }

    pub fn build(
        demo_at: Option<NaiveDateTime>,
        at: NaiveDateTime,
        extend: impl FnOnce(rocket::Rocket<rocket::Build>) -> rocket::Rocket<rocket::Build>,
    ) -> TestApp {
        TestApp::build_with_metrics(demo_at, at, None, extend)
    }

    /// The demo at `at`, with `/metrics` open to `token`.
    pub fn metered(at: NaiveDateTime, token: &str) -> TestApp {
        TestApp::build_with_metrics(Some(at), at, Some(token.to_owned()), |rocket| rocket)
    }

    fn build_with_metrics(
        demo_at: Option<NaiveDateTime>,
        at: NaiveDateTime,
        metrics_token: Option<String>,
        extend: impl FnOnce(rocket::Rocket<rocket::Build>) -> rocket::Rocket<rocket::Build>,
    ) -> TestApp {
        let test_db = TestDb::new();
        let db = migrated(&test_db, demo_at);
        let outbox = Arc::new(Outbox::default());
        let config = Config {
            metrics_token,
            ..Config::with_outbox(Arc::clone(&outbox))
        };
        let (clock, hand) = Clock::fixed(at);
        let rocket = digikaveri::app(db.clone(), config, clock.clone());
        let client = Client::untracked(extend(rocket)).expect("valid rocket");
        TestApp {
            client,
            db,
            outbox,
            clock,
            hand,
            test_db,
        }
    }

    /// The instant the app's clock shows.
    pub fn now(&self) -> NaiveDateTime {
        self.clock.now()
    }

    pub fn advance(&self, by: Duration) {
        self.hand.advance(by);
    }

    /// Another app server on this app's database, as in production behind a load balancer,
    /// reading the same clock.
    pub fn second_server(&self) -> Client {
        let db = Db::connect(&self.test_db.url).expect("the same database");
        let config = Config::with_outbox(Arc::new(Outbox::default()));
        Client::untracked(digikaveri::app(db, config, self.clock.clone())).expect("valid rocket")
    }

    /// GET with an `Accept-Language` header; returns status and body.
    pub fn get(&self, path: &str, accept_language: Option<&str>) -> (u16, String) {
        let mut request = self.client.get(path.to_owned());
        if let Some(lang) = accept_language {
            request = request.header(rocket::http::Header::new(
                "Accept-Language",
                lang.to_owned(),
            ));
        }
        let response = request.dispatch();
        let status = response.status().code;
        (status, response.into_string().unwrap_or_default())
    }
}

/// A visitor of the service: none, or a signed-in person with a fresh session.
pub struct Visitor {
    pub session: Option<String>,
    pub csrf: String,
}

/// The id of the person with this email.
pub fn user_id(db: &Db, email: &str) -> i32 {
    use digikaveri::db::schema::users;
    users::table
        .filter(users::email.eq(email))
        .select(users::id)
        .first(&mut *db.get().unwrap())
        .unwrap_or_else(|_| panic!("no user {email}"))
}

impl TestApp {
    pub fn user_id(&self, email: &str) -> i32 {
        user_id(&self.db, email)
    }

    /// A session made directly in the database: fast, and independent of the sign-in form.
    pub fn visitor(&self, email: Option<&str>) -> Visitor {
        use digikaveri::auth::sessions;
        use digikaveri::db::schema::login_sessions;
        let Some(email) = email else {
            return Visitor {
                session: None,
                csrf: "anonymous-csrf-token".into(),
            };
        };
        let user_id = self.user_id(email);
        let mut conn = self.db.get().unwrap();
        let token = sessions::start(&mut conn, user_id, self.now()).unwrap();
        let csrf = login_sessions::table
            .filter(login_sessions::user_id.eq(user_id))
            .order(login_sessions::id.desc())
            .select(login_sessions::csrf_token)
            .first(&mut *conn)
            .unwrap();
        Visitor {
            session: Some(token),
            csrf,
        }
    }

    /// One request as `visitor`; form fields get the right CSRF token added.
    pub fn request(
        &self,
        visitor: &Visitor,
        method: Method,
        path: &str,
        fields: &[(&str, &str)],
    ) -> Reply {
        let mut request = self.client.req(method, path.to_owned());
        request = match &visitor.session {
            Some(token) => request.cookie(Cookie::new("dk_session", token.clone())),
            None => request.cookie(Cookie::new("dk_csrf", visitor.csrf.clone())),
        };
        if method == Method::Post {
            let mut body = vec![("csrf".to_owned(), visitor.csrf.clone())];
            body.extend(fields.iter().map(|(k, v)| (k.to_string(), v.to_string())));
            request = request.header(ContentType::Form).body(encode(&body));
        }
        let response = request.dispatch();
        let status = response.status().code;
        let location = response.headers().get_one("Location").map(str::to_owned);
        let flash = response
            .cookies()
            .get("_flash")
            .map(|c| c.value().to_owned());
        // An event stream never ends: its status and type say enough.
        let body = if response.content_type() == Some(ContentType::EventStream) {
            String::from("(event stream)")
        } else {
            response.into_string().unwrap_or_default()
        };
        Reply {
            status,
            location,
            flash,
            body,
        }
    }

    pub fn get_as(&self, visitor: &Visitor, path: &str) -> Reply {
        self.request(visitor, Method::Get, path, &[])
    }

    pub fn post_as(&self, visitor: &Visitor, path: &str, fields: &[(&str, &str)]) -> Reply {
        self.request(visitor, Method::Post, path, fields)
    }
}

pub struct Reply {
    pub status: u16,
    pub location: Option<String>,
    /// The flash cookie set for the next page (its kind, then the message id).
    flash: Option<String>,
    pub body: String,
}

impl Reply {
    /// Whether the reply sends the next page this flash message.
    pub fn flashed(&self, id: &str) -> bool {
        self.flash.as_deref().is_some_and(|f| f.ends_with(id))
    }
}

/// `application/x-www-form-urlencoded`, as a browser sends a form.
pub fn encode(fields: &[(String, String)]) -> String {
    fields
        .iter()
        .map(|(k, v)| {
            format!(
                "{}={}",
                RawStr::new(k).percent_encode(),
                RawStr::new(v).percent_encode()
            )
        })
        .collect::<Vec<_>>()
        .join("&")
}

impl TestApp {
    /// The id of the site with this public code.
    pub fn site_id(&self, code: &str) -> i32 {
        use digikaveri::db::schema::sites;
        sites::table
            .filter(sites::public_code.eq(code))
            .select(sites::id)
            .first(&mut *self.db.get().unwrap())
            .unwrap_or_else(|_| panic!("no site {code}"))
    }

    /// How many audit events of this action there are.
    pub fn audit_count(&self, action: &str) -> i64 {
        use digikaveri::db::schema::audit_events;
        audit_events::table
            .filter(audit_events::action.eq(action))
            .count()
            .get_result(&mut *self.db.get().unwrap())
            .unwrap()
    }

    /// The last mail sent to `to`; the test fails when there is none.
    pub fn last_mail_to(&self, to: &str) -> digikaveri::mail::Mail {
        self.outbox
            .mails()
            .into_iter()
            .rev()
            .find(|m| m.to == to)
            .unwrap_or_else(|| panic!("no mail to {to}"))
    }
}

/// The token of the first link like `/prefix/<token>` in a text.
pub fn link_token(text: &str, prefix: &str) -> String {
    let start = text
        .find(prefix)
        .unwrap_or_else(|| panic!("no {prefix} link in {text}"))
        + prefix.len();
    text[start..]
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect()
}

/// A message without variables in one locale, as the pages show it; the test fails for an
/// id no locale has.
pub fn text(code: &str, id: &str) -> String {
    let locale = digikaveri::i18n::Locale::from_code(code).unwrap();
    locale
        .translate(id, &Default::default())
        .unwrap_or_else(|| panic!("no message {id}"))
}

/// A message with variables in one locale, as the pages show it; the test fails for an id no
/// locale has.
pub fn message(
    code: &str,
    id: &str,
    args: &[(
        &'static str,
        fluent_templates::fluent_bundle::FluentValue<'static>,
    )],
) -> String {
    let locale = digikaveri::i18n::Locale::from_code(code).unwrap();
    let args = args
        .iter()
        .map(|(name, value)| (std::borrow::Cow::Borrowed(*name), value.clone()))
        .collect();
    locale
        .translate(id, &args)
        .unwrap_or_else(|| panic!("no message {id}"))
}

/// The coordinator of a second organisation, for tests that one organisation's staff never
/// reach another's data.
pub const OTHER_COORDINATOR: &str = "olli@toinen.fi";

impl TestApp {
    /// Creates the second organisation ("Toinen yhdistys") with its coordinator Olli
    /// (`OTHER_COORDINATOR`) and returns the organisation's id.
    pub fn other_organisation(&self) -> i32 {
        use digikaveri::users::{self, NewUser, Role, Status};
        let mut conn = self.db.get().unwrap();
        let now = self.now();
        let other = digikaveri::organisations::create(&mut conn, "Toinen yhdistys", "toinen", now)
            .unwrap()
            .id;
        users::create(
            &mut conn,
            &NewUser {
                organisation_id: Some(other),
                role: Role::Coordinator,
                status: Status::Active,
                email: OTHER_COORDINATOR,
                display_name: "Olli",
                password: "toisen-yhdistyksen-salasana",
                locale: "fi",
                phone: None,
            },
            now,
        )
        .unwrap();
        other
    }
}
