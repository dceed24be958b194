//! The test application: a fresh database per test (an SQLite file, or a uniquely named
//! PostgreSQL database when `TEST_DATABASE_URL` is set) and a Rocket client on it.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::PgConnection;
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

/// A migrated database, with the demo data or empty.
pub fn migrated(test_db: &TestDb, demo: bool) -> Db {
    let db = Db::connect(&test_db.url).expect("connect to test database");
    db.migrate().expect("migrate");
    if demo {
        digikaveri::demo::seed_if_empty(&mut db.get().unwrap()).expect("seed demo");
    }
    db
}

/// The whole service on its own database. The client keeps no cookies: each request says
/// who sends it (see `Visitor`). Fields drop in order: the client (and its pool)
/// before the database is removed.
pub struct TestApp {
    pub client: Client,
    pub db: Db,
    pub outbox: Arc<Outbox>,
    pub test_db: TestDb,
}

impl TestApp {
    pub fn new() -> TestApp {
        TestApp::build(|rocket| rocket)
    }

    /// With extra routes mounted, for tests that need a handler the app itself does not have.
    pub fn build(
        extend: impl FnOnce(rocket::Rocket<rocket::Build>) -> rocket::Rocket<rocket::Build>,
    ) -> TestApp {
        let test_db = TestDb::new();
        let db = migrated(&test_db, true);
        let outbox = Arc::new(Outbox::default());
        let config = Config::with_outbox(Arc::clone(&outbox));
        let client =
            Client::untracked(extend(digikaveri::app(db.clone(), config))).expect("valid rocket");
        TestApp {
            client,
            db,
            outbox,
            test_db,
        }
    }

    /// Another app server on this app's database, as in production behind a load balancer.
    pub fn second_server(&self) -> Client {
        let db = Db::connect(&self.test_db.url).expect("the same database");
        let config = Config::with_outbox(Arc::new(Outbox::default()));
        Client::untracked(digikaveri::app(db, config)).expect("valid rocket")
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

/// The id of the site with this public code.
pub fn site_id(db: &Db, code: &str) -> i32 {
    use digikaveri::db::schema::sites;
    sites::table
        .filter(sites::public_code.eq(code))
        .select(sites::id)
        .first(&mut *db.get().unwrap())
        .unwrap_or_else(|_| panic!("no site {code}"))
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
        let token = sessions::start(&mut conn, user_id).unwrap();
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
        // An event stream never ends: its status and type say enough.
        let body = if response.content_type() == Some(ContentType::EventStream) {
            String::from("(event stream)")
        } else {
            response.into_string().unwrap_or_default()
        };
        Reply {
            status,
            location,
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
    pub body: String,
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

/// A message without variables in one locale, as the pages show it.
pub fn text(code: &str, id: &str) -> String {
    digikaveri::i18n::Locale::from_code(code).unwrap().text(id)
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
        let other = digikaveri::organisations::create(&mut conn, "Toinen yhdistys", "toinen")
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
        )
        .unwrap();
        other
    }
}
