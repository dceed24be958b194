//! Help sessions: the volunteer's record after "finished", walk-ins and groups, retries, the
//! person's answers, the coordinator's lists and follow-up, and what is unlinked after the
//! queue's day. `cargo test help_session` runs them.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use digikaveri::db::schema::{feedback, help_session_topics, help_sessions, tickets};

use crate::common::{helsinki, text, TestApp, Visitor, OTHER_COORDINATOR};
use crate::queue::{open_site, OpenSite, AT};

const KAISA: &str = "kaisa@espoo.example";
const DMYTRO: &str = "dmytro@espoo.example";
const AMINA: &str = "amina@espoo.example";

/// A person's ticket that Dmytro has helped for 20 minutes and just finished; the person's
/// browser, Dmytro's, and the ticket's id and secret.
pub struct Finished {
    pub s: OpenSite,
    pub person: Visitor,
    pub dmytro: Visitor,
    pub ticket: i32,
    pub secret: String,
}

fn finished_help(first_language: &str, topics: &[&str]) -> Finished {
    finished_help_at(helsinki(AT), first_language, topics)
}

/// The same, with the shift starting 10 minutes after `at` and lasting three hours.
pub fn finished_help_at(at: NaiveDateTime, first_language: &str, topics: &[&str]) -> Finished {
    let s = open_site(at);
    let person = s.app.visitor(None);
    let mut fields = vec![("first_language", first_language)];
    fields.extend(topics.iter().map(|t| ("topics", *t)));
    let taken = s.app.post_as(&person, "/s/OLARI", &fields);
    assert_eq!(taken.status, 303);
    let secret = taken.location.unwrap().trim_start_matches("/t/").to_owned();
    let ticket: i32 = tickets::table
        .select(tickets::id)
        .order(tickets::id.desc())
        .first(&mut *s.app.db.get().unwrap())
        .unwrap();
    let kaisa = s.app.visitor(Some(KAISA));
    let matched = s.app.post_as(
        &kaisa,
        "/org/queue/OLARI/match",
        &[
            ("ticket_id", &ticket.to_string()),
            ("volunteer_id", &s.dmytro.to_string()),
        ],
    );
    assert_eq!(matched.status, 303);
    let dmytro = s.app.visitor(Some(DMYTRO));
    assert_eq!(
        s.app
            .post_as(&dmytro, &format!("/duty/{ticket}/start"), &[])
            .status,
        303
    );
    s.app.advance(Duration::minutes(20));
    let done = s
        .app
        .post_as(&dmytro, &format!("/duty/{ticket}/finish"), &[]);
    assert_eq!(done.status, 303);
    assert_eq!(
        done.location.as_deref(),
        Some(format!("/duty/{ticket}/record").as_str()),
        "finishing opens the record"
    );
    Finished {
        s,
        person,
        dmytro,
        ticket,
        secret,
    }
}

/// The value of the hidden idempotency key on a record form.
pub fn key_of(body: &str) -> String {
    let at = body.find(r#"name="key" value=""#).expect("a key") + r#"name="key" value=""#.len();
    body[at..at + body[at..].find('"').unwrap()].to_owned()
}

/// What the browser sends after the volunteer taps an outcome and Save: the prefilled values
/// as the form holds them.
pub fn as_sent<'a>(key: &'a str, outcome: &'a str, topics: &[&'a str]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("key", key),
        ("outcome", outcome),
        ("referred_to", ""),
        ("saw_codes", "no"),
        ("minutes", "20"),
        ("language", "uk"),
        ("device", "own-phone"),
        ("note", ""),
    ];
    fields.extend(topics.iter().map(|t| ("topics", *t)));
    fields
}

pub fn session_count(app: &TestApp) -> i64 {
    help_sessions::table
        .count()
        .get_result(&mut *app.db.get().unwrap())
        .unwrap()
}

#[test]
fn help_session_record_opens_prefilled_and_is_saved_once_even_when_sent_twice() {
    let f = finished_help("uk", &["kela", "email"]);
    let path = format!("/duty/{}/record", f.ticket);
    let form = f.s.app.get_as(&f.dmytro, &path);
    assert_eq!(form.status, 200);
    // Prefilled from the ticket: 20 minutes, Ukrainian, the two topics.
    assert!(form
        .body
        .contains(r#"name="minutes" type="number" value="20""#));
    assert!(form.body.contains(r#"<option value="uk" selected>"#));
    assert!(form.body.contains(r#"value="kela" checked"#));
    assert!(form.body.contains(r#"value="email" checked"#));
    assert!(form.body.contains(&text("uk", "field-session-outcome")));
    let key = key_of(&form.body);

    let fields = as_sent(&key, "self", &["kela", "email"]);
    let saved = f.s.app.post_as(&f.dmytro, &path, &fields);
    assert_eq!(saved.status, 303);
    assert!(saved.flashed("flash-session-recorded"));
    // A retry on a bad connection brings the same key: still one record.
    let again = f.s.app.post_as(&f.dmytro, &path, &fields);
    assert_eq!(again.status, 303);
    assert_eq!(session_count(&f.s.app), 1);

    let mut conn = f.s.app.db.get().unwrap();
    let (minutes, language, outcome, people, ticket): (i32, String, String, i32, Option<i32>) =
        help_sessions::table
            .select((
                help_sessions::minutes,
                help_sessions::language,
                help_sessions::outcome,
                help_sessions::people,
                help_sessions::ticket_id,
            ))
            .first(&mut conn)
            .unwrap();
    assert_eq!(
        (minutes, language.as_str(), outcome.as_str(), people),
        (20, "uk", "self", 1)
    );
    assert_eq!(ticket, Some(f.ticket), "linked until the person answers");
    let topics: Vec<String> = help_session_topics::table
        .select(help_session_topics::topic)
        .order(help_session_topics::topic)
        .load(&mut conn)
        .unwrap();
    assert_eq!(topics, ["email", "kela"]);
    drop(conn);
    // Recorded: no longer on the list, and the form is gone.
    assert_eq!(f.s.app.get_as(&f.dmytro, &path).status, 404);
    let duty = f.s.app.get_as(&f.dmytro, "/duty");
    assert!(!duty.body.contains(&path));
}

#[test]
fn help_session_bad_input_is_refused_in_the_volunteers_language_and_nothing_is_written() {
    let f = finished_help("uk", &["kela"]);
    let path = format!("/duty/{}/record", f.ticket);
    let key = key_of(&f.s.app.get_as(&f.dmytro, &path).body);
    let cases: [(&str, &str, &str); 6] = [
        ("outcome", "dance", "session-error-outcome"),
        ("minutes", "0", "session-error-minutes"),
        ("minutes", "1200", "session-error-minutes"),
        ("note", "Autoin 131052-308T kanssa", "form-error-identifies"),
        (
            "note",
            "Hänen numeronsa on 040 123 4567",
            "form-error-identifies",
        ),
        ("outcome", "referred", "session-error-referred-to"),
    ];
    for (field, value, message) in cases {
        let mut fields = as_sent(&key, "together", &["kela"]);
        fields.retain(|(name, _)| *name != field);
        fields.push((field, value));
        let refused = f.s.app.post_as(&f.dmytro, &path, &fields);
        assert_eq!(refused.status, 422, "{field}={value}");
        // Dmytro reads Ukrainian; the form keeps what he typed.
        assert!(
            refused.body.contains(&text("uk", message)),
            "{field}={value}"
        );
        if field == "note" {
            assert!(refused.body.contains(&value[..10]), "the note is kept");
        }
    }
    // A topic no list has is a tampered form.
    let mut fields = as_sent(&key, "together", &["kela", "horoscopes"]);
    fields.push(("topics", "horoscopes"));
    assert_eq!(f.s.app.post_as(&f.dmytro, &path, &fields).status, 422);
    assert_eq!(session_count(&f.s.app), 0);
    // The still unrecorded help waits on Dmytro's duty page.
    assert!(f.s.app.get_as(&f.dmytro, "/duty").body.contains(&path));
}

#[test]
fn help_session_nobody_records_someone_elses_ticket() {
    let f = finished_help("uk", &["kela"]);
    let path = format!("/duty/{}/record", f.ticket);
    let key = key_of(&f.s.app.get_as(&f.dmytro, &path).body);
    let amina = f.s.app.visitor(Some(AMINA));
    assert_eq!(f.s.app.get_as(&amina, &path).status, 404);
    let fields = as_sent(&key, "self", &["kela"]);
    assert_eq!(f.s.app.post_as(&amina, &path, &fields).status, 404);
    let kaisa = f.s.app.visitor(Some(KAISA));
    assert_eq!(f.s.app.post_as(&kaisa, &path, &fields).status, 403);
    assert_eq!(session_count(&f.s.app), 0);
}

#[test]
fn help_session_walk_ins_and_small_groups_are_recorded_at_the_site_on_duty() {
    let s = open_site(helsinki(AT));
    let dmytro = s.app.visitor(Some(DMYTRO));
    let form = s.app.get_as(&dmytro, "/duty/record");
    assert_eq!(form.status, 200);
    let key = key_of(&form.body);
    let mut fields = as_sent(&key, "together", &["smartphone-basics"]);
    fields.push(("people", "4"));
    let saved = s.app.post_as(&dmytro, "/duty/record", &fields);
    assert_eq!(saved.status, 303);
    let (site, people, ticket): (i32, i32, Option<i32>) = help_sessions::table
        .select((
            help_sessions::site_id,
            help_sessions::people,
            help_sessions::ticket_id,
        ))
        .first(&mut *s.app.db.get().unwrap())
        .unwrap();
    assert_eq!((site, people, ticket), (s.site, 4, None));
    // Eleven is more than a small group.
    let key = key_of(&s.app.get_as(&dmytro, "/duty/record").body);
    let mut fields = as_sent(&key, "together", &[]);
    fields.push(("people", "11"));
    let refused = s.app.post_as(&dmytro, "/duty/record", &fields);
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains(&text("uk", "session-error-people")));
    // Amina is checked in nowhere: she is told why, and nothing is written.
    let amina = s.app.visitor(Some(AMINA));
    let key = key_of(&s.app.get_as(&amina, "/duty/record").body);
    let mut fields = as_sent(&key, "together", &[]);
    fields.push(("people", "1"));
    let refused = s.app.post_as(&amina, "/duty/record", &fields);
    assert_eq!(refused.status, 422);
    assert!(refused
        .body
        .contains(&text("ar", "session-error-not-on-duty")));
    assert_eq!(session_count(&s.app), 1);
}

pub fn feedback_count(app: &TestApp) -> i64 {
    feedback::table
        .count()
        .get_result(&mut *app.db.get().unwrap())
        .unwrap()
}

pub const ANSWERS: [(&str, &str); 3] = [
    ("face", "good"),
    ("next_time", "alone"),
    ("come_again", "yes"),
];

#[test]
fn help_session_the_person_answers_once_in_their_language_and_the_link_goes() {
    let f = finished_help("uk", &["kela"]);
    let ticket_page = format!("/t/{}", f.secret);
    // Before the help is finished nobody is asked; now the page asks, in the person's
    // language (the person's browser chose Arabic).
    let page = f.s.app.get_as(&f.person, &format!("{ticket_page}?lang=ar"));
    assert!(page.body.contains(&text("ar", "feedback-how-was-it")));
    assert!(
        page.body.contains(r#"<svg class="topic-icon""#),
        "faces as pictures"
    );
    // The volunteer records first, the person answers after: the answers join the session
    // and neither keeps the ticket.
    let path = format!("/duty/{}/record", f.ticket);
    let key = key_of(&f.s.app.get_as(&f.dmytro, &path).body);
    f.s.app
        .post_as(&f.dmytro, &path, &as_sent(&key, "self", &["kela"]));
    let given =
        f.s.app
            .post_as(&f.person, &format!("{ticket_page}/feedback"), &ANSWERS);
    assert_eq!(given.status, 303);
    assert!(given.flashed("flash-feedback-thanks"));
    let twice =
        f.s.app
            .post_as(&f.person, &format!("{ticket_page}/feedback"), &ANSWERS);
    assert!(twice.flashed("flash-feedback-closed"));
    assert_eq!(feedback_count(&f.s.app), 1);
    let mut conn = f.s.app.db.get().unwrap();
    let linked: Option<i32> = help_sessions::table
        .select(help_sessions::ticket_id)
        .first(&mut conn)
        .unwrap();
    assert_eq!(
        linked, None,
        "the session lets go of the ticket once answered"
    );
    let (session, ticket): (Option<i32>, Option<i32>) = feedback::table
        .select((feedback::session_id, feedback::ticket_id))
        .first(&mut conn)
        .unwrap();
    assert!(session.is_some() && ticket.is_none());
    drop(conn);
    // The page no longer asks.
    let page = f.s.app.get_as(&f.person, &ticket_page);
    assert!(!page.body.contains(&text("fi", "feedback-how-was-it")));
}

#[test]
fn help_session_answers_that_no_page_offers_or_come_too_early_write_nothing() {
    let s = open_site(helsinki(AT));
    let person = s.app.visitor(None);
    let taken = s
        .app
        .post_as(&person, "/s/OLARI", &[("first_language", "uk")]);
    let ticket_page = taken.location.unwrap();
    // Still waiting: nothing to answer yet.
    let early = s
        .app
        .post_as(&person, &format!("{ticket_page}/feedback"), &ANSWERS);
    assert!(early.flashed("flash-feedback-closed"));
    let odd = s.app.post_as(
        &person,
        &format!("{ticket_page}/feedback"),
        &[
            ("face", "ecstatic"),
            ("next_time", "alone"),
            ("come_again", "yes"),
        ],
    );
    assert_eq!(odd.status, 422);
    let unknown = s.app.post_as(&person, "/t/0000000000/feedback", &ANSWERS);
    assert_eq!(unknown.status, 404);
    assert_eq!(feedback_count(&s.app), 0);
}

#[test]
fn help_session_links_to_tickets_are_gone_after_the_queue_day() {
    let f = finished_help("uk", &["kela"]);
    let path = format!("/duty/{}/record", f.ticket);
    let key = key_of(&f.s.app.get_as(&f.dmytro, &path).body);
    f.s.app
        .post_as(&f.dmytro, &path, &as_sent(&key, "partly", &["kela"]));
    f.s.app.advance(Duration::days(1));
    let now = f.s.app.now();
    let mut conn = f.s.app.db.get().unwrap();
    digikaveri::retention::purge(&mut conn, now).unwrap();
    let linked: i64 = help_sessions::table
        .filter(help_sessions::ticket_id.is_not_null())
        .count()
        .get_result(&mut conn)
        .unwrap();
    assert_eq!(linked, 0);
    assert_eq!(session_count(&f.s.app), 1, "the session itself stays");
    // The recorded ticket is gone too, so its times cannot tie it to the session, whose start
    // is kept only to the minute.
    let tickets_left: i64 = tickets::table
        .filter(tickets::id.eq(f.ticket))
        .count()
        .get_result(&mut conn)
        .unwrap();
    assert_eq!(tickets_left, 0);
    let started: chrono::NaiveDateTime = help_sessions::table
        .select(help_sessions::started_at)
        .first(&mut conn)
        .unwrap();
    assert_eq!(chrono::Timelike::second(&started), 0);
    drop(conn);
    // The next day the person can no longer answer.
    let late =
        f.s.app
            .post_as(&f.person, &format!("/t/{}/feedback", f.secret), &ANSWERS);
    assert!(late.status == 404 || late.flashed("flash-feedback-closed"));
}

#[test]
fn help_session_the_coordinator_sees_the_days_sessions_and_follows_up_on_seen_codes() {
    let f = finished_help("uk", &["kela"]);
    let path = format!("/duty/{}/record", f.ticket);
    let key = key_of(&f.s.app.get_as(&f.dmytro, &path).body);
    let mut fields = as_sent(&key, "referred", &["kela"]);
    fields.retain(|(n, _)| *n != "saw_codes" && *n != "referred_to");
    fields.extend([("saw_codes", "yes"), ("referred_to", "kela")]);
    assert_eq!(f.s.app.post_as(&f.dmytro, &path, &fields).status, 303);

    let kaisa = f.s.app.visitor(Some(KAISA));
    let list = f.s.app.get_as(
        &kaisa,
        &format!("/org/sessions?site={}&day=2026-12-01", f.s.site),
    );
    assert_eq!(list.status, 200);
    assert!(list.body.contains("Dmytro"));
    assert!(list.body.contains(&text("fi", "outcome-referred")));
    assert!(list.body.contains(&text("fi", "referral-kela")));
    let follow_up = f.s.app.get_as(&kaisa, "/org/sessions/follow-up");
    assert!(follow_up.body.contains("Dmytro"));
    let id: i32 = help_sessions::table
        .select(help_sessions::id)
        .first(&mut *f.s.app.db.get().unwrap())
        .unwrap();
    // Another organisation's coordinator sees none of it and cannot mark it.
    f.s.app.other_organisation();
    let olli = f.s.app.visitor(Some(OTHER_COORDINATOR));
    assert!(!f
        .s
        .app
        .get_as(&olli, "/org/sessions/follow-up")
        .body
        .contains("Dmytro"));
    let marked = format!("/org/sessions/{id}/followed-up");
    assert_eq!(f.s.app.post_as(&olli, &marked, &[]).status, 404);
    let done = f.s.app.post_as(&kaisa, &marked, &[]);
    assert_eq!(done.status, 303);
    assert!(!f
        .s
        .app
        .get_as(&kaisa, "/org/sessions/follow-up")
        .body
        .contains("Dmytro"));
    // The volunteer's private note never reaches the coordinator's pages.
    assert!(!list.body.contains(&text("fi", "session-own-note")));
}

#[test]
fn help_session_a_volunteer_sees_totals_of_answers_only_from_five_on() {
    let s = open_site(helsinki(AT));
    let dmytro = s.app.visitor(Some(DMYTRO));
    let add_answer = || {
        diesel::insert_into(feedback::table)
            .values((
                feedback::organisation_id.eq(s.organisation),
                feedback::site_id.eq(s.site),
                feedback::volunteer_id.eq(Some(s.dmytro)),
                feedback::face.eq("good"),
                feedback::next_time.eq("alone"),
                feedback::come_again.eq(true),
                feedback::given_at.eq(s.app.now()),
            ))
            .execute(&mut *s.app.db.get().unwrap())
            .unwrap();
    };
    for _ in 0..4 {
        add_answer();
    }
    let page = s.app.get_as(&dmytro, "/volunteer/sessions");
    assert_eq!(page.status, 200);
    // As the page escapes it (Ukrainian has apostrophes).
    let escaped = |text: String| text.replace('\'', "&#x27;");
    let too_few = escaped(crate::common::message(
        "uk",
        "sessions-feedback-too-few",
        &[("count", 5.into())],
    ));
    assert!(page.body.contains(&too_few));
    add_answer();
    let page = s.app.get_as(&dmytro, "/volunteer/sessions");
    assert!(!page.body.contains(&too_few));
    let totals = escaped(crate::common::message(
        "uk",
        "sessions-feedback-totals",
        &[
            ("answers", 5.into()),
            ("good", 5.into()),
            ("okay", 0.into()),
            ("bad", 0.into()),
        ],
    ));
    assert!(
        page.body.contains(&totals),
        "five answers are shown as totals"
    );
}

/// The privacy rule made checkable: nothing in the tables about people seeking help can hold
/// their name, contact details or free text about them.
#[test]
fn help_session_the_schema_has_no_place_for_a_help_seekers_name_contact_or_story() {
    let app = TestApp::at(helsinki(AT));
    let mut conn = app.db.get().unwrap();
    #[derive(QueryableByName)]
    struct Column {
        #[diesel(sql_type = diesel::sql_types::Text)]
        table_name: String,
        #[diesel(sql_type = diesel::sql_types::Text)]
        column_name: String,
    }
    let query = match &*conn {
        digikaveri::db::DbConn::Sqlite(_) => {
            "SELECT m.name AS table_name, p.name AS column_name FROM sqlite_master m \
             JOIN pragma_table_info(m.name) p WHERE m.type = 'table' \
             AND m.name IN ('tickets', 'help_sessions', 'help_session_topics', 'feedback')"
        }
        digikaveri::db::DbConn::Pg(_) => {
            "SELECT table_name::text AS table_name, column_name::text AS column_name \
             FROM information_schema.columns WHERE table_schema = 'public' \
             AND table_name IN ('tickets', 'help_sessions', 'help_session_topics', 'feedback')"
        }
    };
    let columns: Vec<Column> = diesel::sql_query(query).load(&mut *conn).unwrap();
    assert!(columns.len() > 30, "{} columns", columns.len());
    let personal = [
        "name", "phone", "email", "mail", "address", "contact", "comment", "story",
    ];
    for c in &columns {
        let column = c.column_name.to_lowercase();
        assert!(
            !personal.iter().any(|p| column.contains(p)),
            "{}.{} could hold personal data",
            c.table_name,
            c.column_name
        );
    }
    // The only free text is the volunteer's own learning note, which the form checks.
    let free_text: Vec<String> = columns
        .iter()
        .map(|c| format!("{}.{}", c.table_name, c.column_name))
        .filter(|c| c.ends_with("note") || c.ends_with("notes") || c.ends_with("text"))
        .collect();
    assert_eq!(free_text, ["help_sessions.learning_note"]);
}

#[test]
fn help_session_ten_answers_sent_at_once_make_one_and_ten_retries_one_record() {
    let f = finished_help("uk", &["kela"]);
    let (ticket, now) = (f.ticket, f.s.app.now());
    let answers = digikaveri::help_sessions::feedback::Answers {
        face: digikaveri::help_sessions::feedback::Face::Good,
        next_time: digikaveri::help_sessions::feedback::NextTime::Alone,
        come_again: true,
    };
    let given = crate::safety::at_once(&f.s.app, 10, |_, conn| {
        digikaveri::help_sessions::feedback::give(conn, ticket, answers, now).unwrap()
    });
    assert_eq!(given.iter().filter(|g| **g).count(), 1);
    assert_eq!(feedback_count(&f.s.app), 1);
    let record = digikaveri::help_sessions::Record {
        minutes: 20,
        language: "uk",
        topics: vec!["kela"],
        outcome: digikaveri::help_sessions::Outcome::OnTheirOwn,
        referred_to: None,
        device: digikaveri::help_sessions::Device::OwnPhone,
        saw_codes: false,
        first_visit: false,
        people: 1,
        learning_note: None,
    };
    let dmytro = f.s.dmytro;
    let saved = crate::safety::at_once(&f.s.app, 10, |_, conn| {
        digikaveri::help_sessions::record_ticket(conn, dmytro, ticket, &record, "one-key", now)
            .unwrap()
            .id()
    });
    assert!(saved.iter().all(|id| *id == saved[0]), "{saved:?}");
    assert_eq!(session_count(&f.s.app), 1);
}

/// The record journey at an instant `tests/clock.rs` chooses: help finished 20 minutes after
/// it started is recorded, listed for the coordinator on the day it started, and let go of
/// once its queue day is over.
pub fn a_finished_help_is_recorded_listed_and_let_go_of(at: NaiveDateTime) {
    let f = finished_help_at(at, "uk", &["kela"]);
    let path = format!("/duty/{}/record", f.ticket);
    let form = f.s.app.get_as(&f.dmytro, &path);
    assert_eq!(form.status, 200, "at {at}");
    let saved = f.s.app.post_as(
        &f.dmytro,
        &path,
        &as_sent(&key_of(&form.body), "self", &["kela"]),
    );
    assert!(saved.flashed("flash-session-recorded"), "at {at}");
    let started: NaiveDateTime = help_sessions::table
        .select(help_sessions::started_at)
        .first(&mut *f.s.app.db.get().unwrap())
        .unwrap();
    let day = digikaveri::clock::to_helsinki(started).format("%Y-%m-%d");
    let kaisa = f.s.app.visitor(Some(KAISA));
    let list = f.s.app.get_as(&kaisa, &format!("/org/sessions?day={day}"));
    assert!(list.body.contains("Dmytro"), "at {at}");
    f.s.app.advance(Duration::days(1));
    let now = f.s.app.now();
    let mut conn = f.s.app.db.get().unwrap();
    digikaveri::retention::purge(&mut conn, now).unwrap();
    let tickets_left: i64 = tickets::table.count().get_result(&mut conn).unwrap();
    assert_eq!(tickets_left, 0, "at {at}");
}
