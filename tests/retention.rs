//! The retention rules: each removes exactly what it should just after its limit and nothing
//! just before; a run writes one audit entry with its counts; reports keep their figures;
//! inactive volunteers are asked, kept when they answer and anonymised when they do not; on
//! PostgreSQL a second runner skips; the privacy notice and the coordinators' page.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use digikaveri::auth::sign_in::{self, Place};
use digikaveri::db::schema::{
    audit_events, help_sessions, inactivity_questions, login_sessions, password_resets,
    rate_events, sign_in_attempts, users, volunteer_languages,
};
use digikaveri::db::DbConn;
use digikaveri::retention::job::{self, Outcome, Run};
use digikaveri::retention::rules::Rule;

use crate::common::builders::TEST_PASSWORD;
use crate::common::{helsinki, message, text, TestApp};

const AT: &str = "2026-12-09 12:00";

fn run(conn: &mut DbConn, now: NaiveDateTime) -> Run {
    match job::run(conn, now).unwrap() {
        Outcome::Ran(run) => run,
        Outcome::Skipped => panic!("nobody else runs the job"),
    }
}

macro_rules! count {
    ($conn:expr, $table:expr) => {
        $table.count().get_result::<i64>($conn).unwrap()
    };
}

/// An app with one organisation, a coordinator and a volunteer.
struct Org {
    app: TestApp,
    volunteer: i32,
}

fn org() -> Org {
    let app = TestApp::at(helsinki(AT));
    let organisation = app.organisation("Kirjasto");
    app.coordinator_of(organisation, "koordinaattori@example.fi");
    let volunteer = app
        .volunteer(organisation, "vapaaehtoinen@example.fi")
        .create();
    Org { app, volunteer }
}

#[test]
fn retention_sign_in_sessions_go_after_their_idle_limit() {
    let o = org();
    let now = o.app.now();
    let mut conn = o.app.db.get().unwrap();
    let token = digikaveri::auth::sessions::start(&mut conn, o.volunteer, now).unwrap();
    assert!(!token.is_empty());
    let before = run(&mut conn, now + Duration::hours(8));
    assert_eq!(before.count(Rule::SignInSessions), 0);
    assert_eq!(count!(&mut conn, login_sessions::table), 1);
    let after = run(&mut conn, now + Duration::hours(8) + Duration::seconds(1));
    assert_eq!(after.count(Rule::SignInSessions), 1);
    assert_eq!(count!(&mut conn, login_sessions::table), 0);
}

#[test]
fn retention_throttling_limit_counts_and_used_links_go_at_their_time() {
    let o = org();
    let now = o.app.now();
    let mut conn = o.app.db.get().unwrap();
    diesel::insert_into(sign_in_attempts::table)
        .values((
            sign_in_attempts::account_key.eq("a"),
            sign_in_attempts::address_key.eq("b"),
            sign_in_attempts::succeeded.eq(false),
            sign_in_attempts::created_at.eq(now),
            sign_in_attempts::trusted_device.eq(false),
        ))
        .execute(&mut conn)
        .unwrap();
    diesel::insert_into(rate_events::table)
        .values((
            rate_events::bucket.eq("number"),
            rate_events::key_hash.eq("k"),
            rate_events::created_at.eq(now),
        ))
        .execute(&mut conn)
        .unwrap();
    for (token, used) in [("used", Some(now)), ("open", None)] {
        diesel::insert_into(password_resets::table)
            .values((
                password_resets::user_id.eq(o.volunteer),
                password_resets::token_hash.eq(token),
                password_resets::created_at.eq(now),
                password_resets::expires_at.eq(now + Duration::hours(24)),
                password_resets::used_at.eq(used),
            ))
            .execute(&mut conn)
            .unwrap();
    }

    let first = run(&mut conn, now + Duration::hours(1));
    assert_eq!(first.count(Rule::LimitCounts), 0, "an hour is still kept");
    assert_eq!(
        first.count(Rule::UsedLinks),
        1,
        "the used link goes at once"
    );
    assert_eq!(first.count(Rule::SignInAttempts), 0);
    let second = run(&mut conn, now + Duration::hours(1) + Duration::seconds(1));
    assert_eq!(second.count(Rule::LimitCounts), 1);
    assert_eq!(count!(&mut conn, rate_events::table), 0);
    let third = run(&mut conn, now + Duration::hours(24));
    assert_eq!(third.count(Rule::SignInAttempts), 0);
    assert_eq!(
        third.count(Rule::UsedLinks),
        0,
        "the open link is valid to its end"
    );
    let fourth = run(&mut conn, now + Duration::hours(24) + Duration::seconds(1));
    assert_eq!(fourth.count(Rule::SignInAttempts), 1);
    assert_eq!(fourth.count(Rule::UsedLinks), 1);
    assert_eq!(count!(&mut conn, sign_in_attempts::table), 0);
    assert_eq!(count!(&mut conn, password_resets::table), 0);
}

#[test]
fn retention_audit_entries_go_after_two_years_and_each_run_logs_its_counts() {
    let o = org();
    let now = o.app.now();
    let mut conn = o.app.db.get().unwrap();
    // A first run logs its counts: an entry that will be two years old.
    run(&mut conn, now);
    let entries = count!(&mut conn, audit_events::table);
    assert!(entries > 0, "the first run was logged");
    let limit = now + Duration::days(2 * 365);
    let before = run(&mut conn, limit);
    assert_eq!(before.count(Rule::AuditLog), 0);
    let after = run(&mut conn, limit + Duration::seconds(1));
    assert_eq!(after.count(Rule::AuditLog) as i64, entries);

    // Two runs, two entries with their counts; nothing else is left from before.
    let runs: Vec<(String, Option<String>)> = audit_events::table
        .order(audit_events::id)
        .select((audit_events::action, audit_events::detail))
        .load(&mut conn)
        .unwrap();
    assert_eq!(runs.len(), 2);
    assert!(runs.iter().all(|(action, _)| action == "retention-run"));
    let detail: serde_json::Value = serde_json::from_str(runs[1].1.as_deref().unwrap()).unwrap();
    assert_eq!(detail["audit-log"], entries);
    for rule in digikaveri::retention::rules::ALL {
        assert!(detail.get(rule.key()).is_some(), "{} counted", rule.key());
    }
    let last = job::last_run(&mut conn).unwrap().unwrap();
    assert_eq!(last.at, limit + Duration::seconds(1));
}

#[test]
fn retention_leaves_the_reports_figures_as_they_were() {
    let app = TestApp::new();
    let mut conn = app.db.get().unwrap();
    let sites: Vec<i32> = digikaveri::db::schema::sites::table
        .select(digikaveri::db::schema::sites::id)
        .load(&mut conn)
        .unwrap();
    let (from, to) = (
        app.now().date() - Duration::days(400),
        app.now().date() + Duration::days(400),
    );
    let figures =
        |conn: &mut DbConn| digikaveri::queue::days::figures(conn, &sites, from, to).unwrap();
    let before = figures(&mut conn);
    let sessions = count!(&mut conn, help_sessions::table);
    run(&mut conn, app.now() + Duration::days(2));
    assert_eq!(figures(&mut conn), before);
    assert_eq!(count!(&mut conn, help_sessions::table), sessions);
}

fn make_inactive(conn: &mut DbConn, user: i32, now: NaiveDateTime) {
    diesel::update(users::table.find(user))
        .set(users::last_signed_in_at.eq(now - Duration::days(365) - Duration::seconds(1)))
        .execute(conn)
        .unwrap();
}

fn open_questions(conn: &mut DbConn, user: i32) -> i64 {
    inactivity_questions::table
        .filter(inactivity_questions::user_id.eq(user))
        .filter(inactivity_questions::answered_at.is_null())
        .count()
        .get_result(conn)
        .unwrap()
}

#[test]
fn retention_asks_an_inactive_volunteer_who_keeps_the_account_by_signing_in() {
    let o = org();
    let now = o.app.now();
    let mut conn = o.app.db.get().unwrap();
    diesel::update(users::table.find(o.volunteer))
        .set(users::last_signed_in_at.eq(now - Duration::days(365)))
        .execute(&mut conn)
        .unwrap();
    let not_yet = run(&mut conn, now);
    assert!(not_yet.asked.is_empty(), "a year exactly is not over");
    make_inactive(&mut conn, o.volunteer, now);
    let asked = run(&mut conn, now);
    assert_eq!(asked.asked.len(), 1);
    assert_eq!(asked.asked[0].email, "vapaaehtoinen@example.fi");
    assert_eq!(run(&mut conn, now).asked.len(), 0, "asked once");

    // Signing in answers.
    let place = Place {
        address: "192.0.2.1",
        device: None,
    };
    let later = now + Duration::days(10);
    let signed = sign_in::sign_in(
        &mut conn,
        "vapaaehtoinen@example.fi",
        TEST_PASSWORD,
        &place,
        later,
    )
    .unwrap();
    assert!(matches!(signed, sign_in::Outcome::SignedIn { .. }));
    assert_eq!(open_questions(&mut conn, o.volunteer), 0);
    let month_on = run(&mut conn, now + Duration::days(40));
    assert_eq!(month_on.count(Rule::InactiveVolunteers), 0);
    let email: String = users::table
        .find(o.volunteer)
        .select(users::email)
        .first(&mut conn)
        .unwrap();
    assert_eq!(email, "vapaaehtoinen@example.fi");
}

#[test]
fn retention_dashboard_asks_and_the_keep_button_answers() {
    let o = org();
    let now = o.app.now();
    let volunteer = o.app.visitor(Some("vapaaehtoinen@example.fi"));
    let mut conn = o.app.db.get().unwrap();
    make_inactive(&mut conn, o.volunteer, now);
    assert_eq!(run(&mut conn, now).asked.len(), 1);
    let dashboard = o.app.get_as(&volunteer, "/dashboard");
    assert!(dashboard.body.contains("action=\"/account/keep\""));
    let kept = o.app.post_as(&volunteer, "/account/keep", &[]);
    assert_eq!(kept.status, 303);
    assert!(kept.flashed("flash-account-kept"));
    assert_eq!(open_questions(&mut conn, o.volunteer), 0);
    assert_eq!(o.app.audit_count("account-kept"), 1);
    let dashboard = o.app.get_as(&volunteer, "/dashboard");
    assert!(!dashboard.body.contains("action=\"/account/keep\""));
}

#[test]
fn retention_anonymises_a_volunteer_who_does_not_answer_within_a_month() {
    let o = org();
    let now = o.app.now();
    let mut conn = o.app.db.get().unwrap();
    make_inactive(&mut conn, o.volunteer, now);
    run(&mut conn, now);
    let month = now + Duration::days(30);
    assert_eq!(run(&mut conn, month).count(Rule::InactiveVolunteers), 0);
    let gone = run(&mut conn, month + Duration::seconds(1));
    assert_eq!(gone.count(Rule::InactiveVolunteers), 1);

    let (email, name, phone, hash, anonymised): (
        String,
        String,
        Option<String>,
        String,
        Option<NaiveDateTime>,
    ) = users::table
        .find(o.volunteer)
        .select((
            users::email,
            users::display_name,
            users::phone,
            users::password_hash,
            users::anonymised_at,
        ))
        .first(&mut conn)
        .unwrap();
    assert!(!email.contains("vapaaehtoinen"));
    assert!(!name.contains("vapaaehtoinen"));
    assert_eq!(phone, None);
    assert_eq!(hash, "");
    assert!(anonymised.is_some());
    let place = Place {
        address: "192.0.2.1",
        device: None,
    };
    let tried = sign_in::sign_in(
        &mut conn,
        "vapaaehtoinen@example.fi",
        TEST_PASSWORD,
        &place,
        month + Duration::minutes(1),
    )
    .unwrap();
    assert!(matches!(tried, sign_in::Outcome::Refused));
    assert_eq!(
        run(&mut conn, month + Duration::days(1)).count(Rule::InactiveVolunteers),
        0
    );
}

#[test]
fn retention_a_second_runner_on_postgresql_skips() {
    let o = org();
    if !o.app.test_db.is_postgres() {
        return;
    }
    let now = o.app.now();
    let mut holder = o.app.db.get().unwrap();
    let mut other = o.app.db.get().unwrap();
    let skipped = holder
        .transaction(|holder| {
            let got: bool = diesel::select(diesel::dsl::sql::<diesel::sql_types::Bool>(&format!(
                "pg_try_advisory_xact_lock({})",
                job::LOCK_KEY
            )))
            .get_result(holder)?;
            assert!(got);
            Ok::<_, diesel::result::Error>(job::run(&mut other, now).unwrap())
        })
        .unwrap();
    assert_eq!(skipped, Outcome::Skipped);
    assert!(matches!(
        job::run(&mut other, now).unwrap(),
        Outcome::Ran(_)
    ));
}

#[test]
fn retention_privacy_notice_and_the_coordinators_page_show_the_rules() {
    let o = org();
    let (status, page) = o.app.get("/privacy?lang=ar", None);
    assert_eq!(status, 200);
    assert!(page.contains("dir=\"rtl\""));
    for rule in digikaveri::retention::rules::ALL {
        assert!(page.contains(&format!("rule-{}", rule.key())));
    }
    let (_, home) = o.app.get("/", None);
    assert!(home.contains("href=\"/privacy\""));
    let coordinator = o.app.visitor(Some("koordinaattori@example.fi"));
    let rules = o.app.get_as(&coordinator, "/org/retention");
    assert_eq!(rules.status, 200);
    assert!(rules.body.contains("rule-audit-log"));
}

#[derive(QueryableByName)]
struct Referring {
    #[diesel(sql_type = diesel::sql_types::Text)]
    name: String,
}

/// Every table with a foreign key to `users`, asked of the database itself.
fn tables_referring_to_users(app: &TestApp, conn: &mut DbConn) -> Vec<String> {
    let sql = if app.test_db.is_postgres() {
        "SELECT DISTINCT tc.table_name AS name FROM information_schema.table_constraints tc \
         JOIN information_schema.constraint_column_usage cu ON tc.constraint_name = cu.constraint_name \
         WHERE tc.constraint_type = 'FOREIGN KEY' AND cu.table_name = 'users'"
    } else {
        "SELECT DISTINCT m.name AS name FROM sqlite_master m, pragma_foreign_key_list(m.name) f \
         WHERE m.type = 'table' AND f.\"table\" = 'users'"
    };
    let mut names: Vec<String> = diesel::sql_query(sql)
        .load::<Referring>(conn)
        .unwrap()
        .into_iter()
        .map(|r| r.name)
        .collect();
    names.push("users".into());
    names.sort();
    names
}

#[test]
fn retention_export_has_every_table_that_refers_to_the_volunteer_and_staff_views() {
    let app = TestApp::new();
    let amina = app.visitor(Some("amina@demo.digikaveri.fi"));
    let kaisa = app.visitor(Some("kaisa@demo.digikaveri.fi"));
    let id = app.user_id("amina@demo.digikaveri.fi");
    assert_eq!(
        app.get_as(&kaisa, &format!("/org/volunteers/{id}")).status,
        200
    );

    let response = app
        .client
        .get("/account/export.json")
        .cookie(rocket::http::Cookie::new(
            "dk_session",
            amina.session.clone().unwrap(),
        ))
        .dispatch();
    assert_eq!(response.status().code, 200);
    let disposition = response
        .headers()
        .get_one("Content-Disposition")
        .unwrap()
        .to_owned();
    assert!(disposition.starts_with("attachment"));
    let json: serde_json::Value = serde_json::from_str(&response.into_string().unwrap()).unwrap();
    assert_eq!(json["users"][0]["email"], "amina@demo.digikaveri.fi");
    assert!(!json.to_string().contains("token_hash"));
    let mut conn = app.db.get().unwrap();
    for table in tables_referring_to_users(&app, &mut conn) {
        assert!(json.get(&table).is_some(), "the export leaves out {table}");
    }
    assert_eq!(app.audit_count("data-exported"), 1);

    let page = app.get_as(&amina, "/account/data");
    assert_eq!(page.status, 200);
    let name: String = users::table
        .find(app.user_id("kaisa@demo.digikaveri.fi"))
        .select(users::display_name)
        .first(&mut conn)
        .unwrap();
    assert!(page.body.contains(&name), "the staff view is listed");
    assert_eq!(app.audit_count("data-exported"), 2);
}

/// The readable page of a person's own data, as `visitor` gets it in `lang`.
fn own_data_page(app: &TestApp, email: &str, lang: &str) -> String {
    let visitor = app.visitor(Some(email));
    let page = app.get_as(&visitor, &format!("/account/data?lang={lang}"));
    assert_eq!(page.status, 200);
    page.body
}

#[test]
fn retention_own_data_page_reads_in_finnish_with_dates_labels_and_no_raw_json() {
    let app = TestApp::new();
    let email = "amina@demo.digikaveri.fi";
    let id = app.user_id(email);
    // More sign-ins than the page shows: the newest 20 and a line for the rest.
    for _ in 0..24 {
        app.visitor(Some(email));
    }
    let body = own_data_page(&app, email, "fi");
    let mut conn = app.db.get().unwrap();

    for heading in [
        "data-table-users",
        "data-table-volunteer_languages",
        "data-table-shift_signups",
        "data-table-help_sessions",
        "data-table-skill_assessments",
        "data-table-login_sessions",
    ] {
        assert!(body.contains(&text("fi", heading)), "no heading {heading}");
    }
    assert!(body.contains(&text("fi", "data-table-help_sessions-about")));
    assert!(body.contains(&text("fi", "data-field-started_at")));

    let created: NaiveDateTime = users::table
        .find(id)
        .select(users::created_at)
        .first(&mut conn)
        .unwrap();
    let fi = digikaveri::i18n::Locale::from_code("fi").unwrap();
    assert!(
        body.contains(&digikaveri::i18n::format_datetime(fi, created)),
        "the account's creation is a Finnish date and time"
    );
    let level: String = volunteer_languages::table
        .filter(volunteer_languages::user_id.eq(id))
        .select(volunteer_languages::level)
        .first(&mut conn)
        .unwrap();
    assert!(body.contains(&text("fi", &format!("level-{level}"))));

    let sessions = count!(
        &mut conn,
        login_sessions::table.filter(login_sessions::user_id.eq(id))
    );
    assert!(sessions > 20);
    let more = message("fi", "data-more", &[("count", (sessions - 20).into())]);
    assert!(body.contains(&more), "the page says {more}");

    for raw in ["{\"", "\":", "started_at", "in_training", "\"self\""] {
        assert!(!body.contains(raw), "the page shows raw data: {raw}");
    }
}

#[test]
fn retention_own_data_page_in_arabic_is_right_to_left_with_arabic_headings() {
    let app = TestApp::new();
    let body = own_data_page(&app, "amina@demo.digikaveri.fi", "ar");
    assert!(body.contains("dir=\"rtl\""));
    assert!(body.contains(&text("ar", "data-table-volunteer_languages")));
    assert!(body.contains(&text("ar", "data-table-help_sessions")));
    assert!(!body.contains(&text("fi", "data-table-volunteer_languages")));
}

#[test]
fn retention_own_data_never_shows_another_persons_data() {
    let app = TestApp::new();
    let amina = own_data_page(&app, "amina@demo.digikaveri.fi", "en");
    let dmytro = own_data_page(&app, "dmytro@demo.digikaveri.fi", "en");
    assert!(amina.contains("amina@demo.digikaveri.fi"));
    assert!(!amina.contains("dmytro@demo.digikaveri.fi"));
    assert!(dmytro.contains("dmytro@demo.digikaveri.fi"));
    assert!(!dmytro.contains("amina@demo.digikaveri.fi"));

    let visitor = app.visitor(Some("dmytro@demo.digikaveri.fi"));
    let json = app.get_as(&visitor, "/account/export.json").body;
    assert!(json.contains("dmytro@demo.digikaveri.fi"));
    assert!(!json.contains("amina@demo.digikaveri.fi"));
}

#[test]
fn retention_own_data_export_keeps_every_table_and_its_keys() {
    let app = TestApp::new();
    let visitor = app.visitor(Some("amina@demo.digikaveri.fi"));
    let reply = app.get_as(&visitor, "/account/export.json");
    assert_eq!(reply.status, 200);
    let json: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
    let tables: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut expected = vec![
        "audit_events",
        "credentials",
        "feedback",
        "help_sessions",
        "inactivity_questions",
        "invitations",
        "login_sessions",
        "mail_outbox",
        "notices",
        "password_resets",
        "proofs",
        "reminders_off",
        "shift_signups",
        "shifts",
        "skill_assessments",
        "status_changes",
        "tickets",
        "training_attendees",
        "training_completions",
        "training_ratings",
        "training_sessions",
        "trusted_devices",
        "unrecorded_help",
        "users",
        "volunteer_languages",
        "volunteer_topics",
    ];
    expected.sort_unstable();
    assert_eq!(tables, expected);

    let keys = |row: &serde_json::Value| -> Vec<String> {
        let mut keys: Vec<String> = row.as_object().unwrap().keys().cloned().collect();
        keys.sort();
        keys
    };
    assert_eq!(
        keys(&json["users"][0]),
        [
            "created_at",
            "display_name",
            "email",
            "last_signed_in_at",
            "locale",
            "phone",
            "role",
            "status"
        ]
    );
    assert_eq!(json["users"][0]["role"], "volunteer");
    assert_eq!(
        keys(&json["help_sessions"][0]),
        [
            "corrected_at",
            "device",
            "first_visit",
            "language",
            "learning_note",
            "minutes",
            "outcome",
            "people",
            "recorded_at",
            "referred_to",
            "saw_codes",
            "site",
            "started_at",
            "topics"
        ]
    );
    assert!(json["help_sessions"][0]["topics"].is_array());
    assert_eq!(
        keys(&json["skill_assessments"][0]),
        ["area", "assessed_at", "confirmed_at", "kind", "levels"]
    );
    assert!(json["skill_assessments"][0]["levels"].is_object());
    assert!(json["tickets"]["queue_numbers_held_now"].is_i64());
    assert!(json["reminders_off"].is_array());
    assert_eq!(
        keys(&json["audit_events"][0]),
        ["action", "at", "by_me", "subject", "subject_id"]
    );
}
