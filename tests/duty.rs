//! The day at the site: what a person waiting reads (nobody speaks their language, where to go,
//! help started, a helper who had to leave), the queue day past midnight, the coordinator's
//! Today page, the volunteer's duty page, undoing a "nobody can help" mark, and a busy
//! volunteer expected free as their own record says.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use digikaveri::db::schema::{site_tables, tickets};
use digikaveri::languages::Level;

use crate::common::{helsinki, message, text, TestApp, Visitor};

/// A Tuesday morning in December; the day's shift starts ten minutes later.
pub const AT: &str = "2026-12-08 11:50";
const KAISA: &str = "kaisa@duty.example";
pub const AMINA: &str = "amina@duty.example";

/// A drop-in centre whose shift has been on for half an hour, and Amina (Arabic, Finnish)
/// checked in on it.
pub struct Day {
    pub app: TestApp,
    pub organisation: i32,
    pub site: i32,
    pub shift: i32,
    pub amina: i32,
    pub kaisa: Visitor,
}

fn day(at: NaiveDateTime) -> Day {
    day_with(at, &[])
}

/// The same day, with more volunteers (email, native language) signed up who have not come.
pub fn day_with(at: NaiveDateTime, coming: &[(&str, &'static str)]) -> Day {
    let app = TestApp::at(at);
    let organisation = app.organisation("Digikaverit");
    app.coordinator_of(organisation, KAISA);
    let site = app.site(organisation, "OLARI");
    let shift = app
        .shift(site)
        .starting_in(Duration::minutes(10))
        .lasting(Duration::hours(3))
        .places(3)
        .create();
    let amina = app
        .volunteer(organisation, AMINA)
        .named("Amina")
        .speaks("ar", Level::Native)
        .speaks("fi", Level::Fluent)
        .create();
    app.sign_up(shift, amina);
    for (email, language) in coming {
        let other = app
            .volunteer(organisation, email)
            .speaks(language, Level::Native)
            .create();
        app.sign_up(shift, other);
    }
    app.advance(Duration::minutes(40));
    app.check_in(shift, amina);
    let kaisa = app.visitor(Some(KAISA));
    Day {
        app,
        organisation,
        site,
        shift,
        amina,
        kaisa,
    }
}

impl Day {
    /// A person takes a number on their own phone; the address of their ticket page.
    pub fn take(&self, lang: &str, fields: &[(&str, &str)]) -> String {
        let taken = self.app.post_as(
            &self.app.visitor(None),
            &format!("/s/OLARI?lang={lang}"),
            fields,
        );
        assert_eq!(taken.status, 303, "{}", taken.body);
        taken.location.expect("onward to the ticket")
    }

    pub fn ticket_id(&self, number: i32) -> i32 {
        tickets::table
            .filter(tickets::site_id.eq(self.site))
            .filter(tickets::number.eq(number))
            .select(tickets::id)
            .first(&mut *self.app.db.get().unwrap())
            .unwrap()
    }

    fn status_of(&self, ticket: i32) -> String {
        tickets::table
            .find(ticket)
            .select(tickets::status)
            .first(&mut *self.app.db.get().unwrap())
            .unwrap()
    }

    fn match_with(&self, ticket: i32, volunteer: i32) -> crate::common::Reply {
        self.app.post_as(
            &self.kaisa,
            "/org/queue/OLARI/match",
            &[
                ("ticket_id", &ticket.to_string()),
                ("volunteer_id", &volunteer.to_string()),
            ],
        )
    }
}

fn page(app: &TestApp, path: &str, lang: &str) -> String {
    app.get_as(&app.visitor(None), &format!("{path}?lang={lang}"))
        .body
}

pub fn a_person_nobody_can_help_in_their_language_is_told_at_once(at: NaiveDateTime) {
    let d = day(at);
    let ticket = d.take("so", &[("first_language", "so"), ("topics", "kela")]);
    let body = page(&d.app, &ticket, "so");
    let nobody = message(
        "so",
        "ticket-nobody-speaks",
        &[("language", "Soomaali".into())],
    );
    assert!(
        body.contains(&nobody),
        "told in Somali that nobody speaks it"
    );
    assert!(body.contains(&text("so", "ticket-next-help-none")));
    assert!(body.contains(&text("so", "ticket-may-wait")));
    let wait = message("so", "ticket-expected-wait", &[("minutes", 15.into())]);
    assert!(!body.contains(&wait), "no promise of help nobody can give");

    // A Somali speaker signs up for Thursday at another site: the page says where and when.
    let library = d.app.site(d.organisation, "SELLO");
    let thursday = d.app.shift(library).starting_in(Duration::days(2)).create();
    let hodan = d
        .app
        .volunteer(d.organisation, "hodan@duty.example")
        .speaks("so", Level::Native)
        .create();
    d.app.sign_up(thursday, hodan);
    let body = page(&d.app, &ticket, "so");
    assert!(body.contains("SELLO"), "the next site is named");
    assert!(body.contains("Testikatu 1, Espoo"));
    assert!(!body.contains(&text("so", "ticket-next-help-none")));

    // Someone who also speaks Arabic is told Amina can help in it.
    let second = d.take(
        "so",
        &[
            ("first_language", "so"),
            ("second_language", "ar"),
            ("topics", "kela"),
        ],
    );
    let body = page(&d.app, &second, "so");
    let arabic = message(
        "so",
        "ticket-second-language",
        &[("language", "العربية".into())],
    );
    assert!(body.contains(&arabic));
    assert!(!body.contains(&nobody));
}

#[test]
fn a_person_nobody_can_help_in_their_language_is_told_at_once_on_tuesday() {
    a_person_nobody_can_help_in_their_language_is_told_at_once(helsinki(AT));
}

#[test]
fn a_volunteer_who_is_coming_counts_as_speaking_their_languages() {
    // Ali has a place on the shift on now and has not arrived yet.
    let d = day_with(helsinki(AT), &[("ali@duty.example", "so")]);
    let ticket = d.take("so", &[("first_language", "so"), ("topics", "kela")]);
    let body = page(&d.app, &ticket, "so");
    assert!(!body.contains(&text("so", "ticket-may-wait")));
}

pub fn a_matched_person_reads_their_helpers_name_and_table_and_when_help_starts(at: NaiveDateTime) {
    let d = day(at);
    for (position, label) in ["1", "2"].into_iter().enumerate() {
        diesel::insert_into(site_tables::table)
            .values((
                site_tables::site_id.eq(d.site),
                site_tables::label.eq(label),
                site_tables::position.eq(position as i32),
            ))
            .execute(&mut *d.app.db.get().unwrap())
            .unwrap();
    }
    let table_two: i32 = site_tables::table
        .filter(site_tables::label.eq("2"))
        .select(site_tables::id)
        .first(&mut *d.app.db.get().unwrap())
        .unwrap();
    let seated = d.app.post_as(
        &d.kaisa,
        "/org/queue/OLARI/seat",
        &[
            ("volunteer_id", &d.amina.to_string()),
            ("table_id", &table_two.to_string()),
        ],
    );
    assert!(seated.flashed("flash-duty-seated"));
    let ticket = d.take("ar", &[("first_language", "ar"), ("topics", "kela")]);
    assert!(d
        .match_with(d.ticket_id(1), d.amina)
        .flashed("flash-duty-matched"));
    let body = page(&d.app, &ticket, "ar");
    let where_to = message(
        "ar",
        "ticket-your-helper-table",
        &[("name", "Amina".into()), ("table", "2".into())],
    );
    assert!(body.contains(&where_to), "Amina, table 2, in Arabic");
    assert!(d.app.get_as(&d.kaisa, "/org/today").body.contains(&message(
        "fi",
        "duty-at-table",
        &[("table", "2".into())]
    )));

    // Amina's duty page shows the person; she starts the help, and the person reads it.
    let amina = d.app.visitor(Some(AMINA));
    let duty = d.app.get_as(&amina, "/duty").body;
    assert!(duty.contains(r#"data-live="/duty/events""#));
    assert!(duty.contains(">O-1<"), "{duty}");
    let id = d.ticket_id(1);
    assert_eq!(
        d.app
            .post_as(&amina, &format!("/duty/{id}/start"), &[])
            .status,
        303
    );
    let body = page(&d.app, &ticket, "ar");
    assert!(body.contains(&text("ar", "ticket-status-helping")));
    assert!(body.contains(&text("ar", "ticket-helping-help")));
}

#[test]
fn a_matched_person_reads_their_helpers_name_and_table_and_when_help_starts_on_tuesday() {
    a_matched_person_reads_their_helpers_name_and_table_and_when_help_starts(helsinki(AT));
}

/// The ways a volunteer leaves duty while someone is matched with them.
fn leaves_duty(d: &Day, how: &str) {
    match how {
        "paused" | "left" => {
            let changed = d.app.post_as(
                &d.kaisa,
                &format!("/org/volunteers/{}/status", d.amina),
                &[("status", how)],
            );
            assert_eq!(changed.status, 303, "{how}: {}", changed.body);
        }
        "deleted" => {
            let amina = d.app.visitor(Some(AMINA));
            let deleted = d.app.post_as(
                &amina,
                "/account/delete",
                &[("delete_password", crate::common::builders::TEST_PASSWORD)],
            );
            assert_eq!(deleted.status, 303, "{}", deleted.body);
        }
        "went home" => {
            let amina = d.app.visitor(Some(AMINA));
            let out = d
                .app
                .post_as(&amina, &format!("/shifts/{}/check-out", d.shift), &[]);
            assert_eq!(out.status, 303);
        }
        other => panic!("no way {other}"),
    }
}

#[test]
fn a_volunteer_who_leaves_duty_sends_their_person_back_to_the_queue_at_their_place() {
    for how in ["paused", "left", "deleted", "went home"] {
        let d = day(helsinki(AT));
        let first = d.take("ar", &[("first_language", "ar"), ("topics", "kela")]);
        d.take("ar", &[("first_language", "ar"), ("topics", "email")]);
        let ticket = d.ticket_id(1);
        assert!(d.match_with(ticket, d.amina).flashed("flash-duty-matched"));
        d.app.advance(Duration::minutes(5));
        leaves_duty(&d, how);
        assert_eq!(d.status_of(ticket), "waiting", "{how}");
        let body = page(&d.app, &first, "ar");
        assert!(body.contains(&text("ar", "ticket-requeued")), "{how}");
        let next = message("ar", "ticket-ahead", &[("count", 0.into())]);
        assert!(body.contains(&next), "{how}: still next in the queue");
        if how == "deleted" {
            continue;
        }
        // Not on duty any more: never suggested, and matching her is refused.
        let board = d.app.get_as(&d.kaisa, "/org/queue/OLARI").body;
        assert!(!board.contains("Amina"), "{how}: {board}");
        assert!(
            d.match_with(ticket, d.amina).flashed("flash-duty-taken"),
            "{how}"
        );
        assert_eq!(d.status_of(ticket), "waiting");
    }
}

#[test]
fn a_paused_volunteer_cannot_check_in_or_be_checked_in() {
    let d = day(helsinki(AT));
    let later = d.app.shift(d.site).starting_in(Duration::hours(3)).create();
    d.app.sign_up(later, d.amina);
    d.app.advance(Duration::minutes(170));
    let changed = d.app.post_as(
        &d.kaisa,
        &format!("/org/volunteers/{}/status", d.amina),
        &[("status", "paused")],
    );
    assert_eq!(changed.status, 303);
    let amina = d.app.visitor(Some(AMINA));
    let refused = d
        .app
        .post_as(&amina, &format!("/shifts/{later}/check-in"), &[]);
    assert_eq!(refused.status, 409);
    assert!(refused
        .body
        .contains(&text("fi", "shift-refusal-not-active")));
    let marked = d.app.post_as(
        &d.kaisa,
        &format!("/org/shifts/{later}/attendance/{}", d.amina),
        &[("attendance", "checked_in")],
    );
    assert_eq!(marked.status, 303);
    assert!(marked.flashed("shift-refusal-not-active"));
}

#[test]
fn people_waiting_at_midnight_stay_in_the_queue_of_the_evening() {
    // An evening shift from 20:00 to 01:00 at the food-aid site.
    let app = TestApp::at(helsinki("2026-12-08 19:50"));
    let organisation = app.organisation("Digikaverit");
    app.coordinator_of(organisation, KAISA);
    let site = app.site(organisation, "OLARI");
    let evening = app
        .shift(site)
        .starting_in(Duration::minutes(10))
        .lasting(Duration::hours(5))
        .create();
    let amina = app
        .volunteer(organisation, AMINA)
        .speaks("ar", Level::Native)
        .create();
    app.sign_up(evening, amina);
    app.advance(Duration::minutes(10));
    app.check_in(evening, amina);
    app.advance(Duration::minutes(220));
    let anonymous = app.visitor(None);
    let first = app
        .post_as(
            &anonymous,
            "/s/OLARI",
            &[("first_language", "ar"), ("topics", "kela")],
        )
        .location
        .unwrap();
    app.advance(Duration::minutes(10));
    let second = app
        .post_as(
            &app.visitor(None),
            "/s/OLARI",
            &[("first_language", "ar"), ("topics", "kela")],
        )
        .location
        .unwrap();
    // Past midnight: both are still in the queue, the board shows them, the numbers go on.
    app.advance(Duration::minutes(30));
    let kaisa = app.visitor(Some(KAISA));
    let board = app.get_as(&kaisa, "/org/queue/OLARI").body;
    assert!(board.contains("O-1") && board.contains("O-2"), "{board}");
    let body = app.get_as(&anonymous, &second).body;
    assert!(body.contains(&message("fi", "ticket-ahead", &[("count", 1.into())])));
    assert!(app
        .get_as(&anonymous, &first)
        .body
        .contains(&text("fi", "ticket-status-waiting")));
    let third = app.post_as(
        &app.visitor(None),
        "/s/OLARI",
        &[("first_language", "ar"), ("topics", "kela")],
    );
    assert_eq!(third.status, 303);
    let numbers: Vec<i32> = tickets::table
        .order(tickets::number)
        .select(tickets::number)
        .load(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(numbers, vec![1, 2, 3], "one queue for the evening");
}

#[test]
fn the_coordinators_today_page_shows_who_is_on_duty_and_how_many_wait() {
    let d = day(helsinki(AT));
    d.take("ar", &[("first_language", "ar"), ("topics", "kela")]);
    d.take("so", &[("first_language", "so"), ("topics", "kela")]);
    let today = d.app.get_as(&d.kaisa, "/org/today");
    assert_eq!(today.status, 200);
    assert!(today.body.contains("OLARI"));
    assert!(today.body.contains("Amina"));
    assert!(today
        .body
        .contains(&message("fi", "today-waiting", &[("count", 2.into())])));
    assert!(today.body.contains(&text("fi", "today-open")));
    assert!(today.body.contains(r#"href="/org/queue/OLARI""#));
    // The next day, with no shift, the page says what to do.
    d.app.advance(Duration::days(1));
    let kaisa = d.app.visitor(Some(KAISA));
    let tomorrow = d.app.get_as(&kaisa, "/org/today").body;
    assert!(tomorrow.contains(&text("fi", "today-empty-help")));
    // The queue board and Today are in the coordinator's navigation.
    assert!(tomorrow.contains(r#"href="/org/today""#));
    assert!(tomorrow.contains(r#"href="/org/sites""#));
}

#[test]
fn nobody_can_help_is_undone_within_minutes_only() {
    let d = day(helsinki(AT));
    let ticket_page = d.take("ar", &[("first_language", "ar"), ("topics", "kela")]);
    let ticket = d.ticket_id(1);
    let marked = d.app.post_as(
        &d.kaisa,
        "/org/queue/OLARI/unserved",
        &[("ticket_id", &ticket.to_string()), ("reason", "no_time")],
    );
    assert!(
        marked.flashed("flash-duty-unserved"),
        "{:?}",
        marked.location
    );
    let board = d.app.get_as(&d.kaisa, "/org/queue/OLARI").body;
    assert!(board.contains(&text("fi", "duty-undo-title")));
    d.app.advance(Duration::minutes(3));
    let undone = d.app.post_as(
        &d.kaisa,
        "/org/queue/OLARI/unserved/undo",
        &[("ticket_id", &ticket.to_string())],
    );
    assert!(undone.flashed("flash-duty-undone"));
    assert_eq!(d.status_of(ticket), "waiting");
    assert!(page(&d.app, &ticket_page, "ar").contains(&text("ar", "ticket-status-waiting")));
    // Marked again, and eleven minutes later it is too late.
    d.app.post_as(
        &d.kaisa,
        "/org/queue/OLARI/unserved",
        &[("ticket_id", &ticket.to_string()), ("reason", "no_time")],
    );
    d.app.advance(Duration::minutes(11));
    let kaisa = d.app.visitor(Some(KAISA));
    let late = d.app.post_as(
        &kaisa,
        "/org/queue/OLARI/unserved/undo",
        &[("ticket_id", &ticket.to_string())],
    );
    assert!(late.flashed("flash-duty-undo-too-late"));
    assert_eq!(d.status_of(ticket), "unserved");
}

/// The board with a person in Arabic (who also accepts Finnish) waiting, 25 minutes after
/// Amina, the one Arabic speaker, was matched with someone, and Pekka (Finnish) free; with
/// `recorded` helps of 50 minutes in Amina's record.
fn board_while_amina_helps(recorded: usize) -> String {
    let d = day_with(helsinki(AT), &[("pekka@duty.example", "fi")]);
    d.app.check_in(d.shift, d.app.user_id("pekka@duty.example"));
    let now = d.app.now();
    for n in 1..=recorded {
        let at = now - Duration::days(n as i64);
        d.app
            .recorded_help((d.organisation, d.site, d.amina), at, 50);
    }
    d.take("ar", &[("first_language", "ar"), ("topics", "kela")]);
    assert!(d
        .match_with(d.ticket_id(1), d.amina)
        .flashed("flash-duty-matched"));
    d.app.advance(Duration::minutes(25));
    d.take(
        "ar",
        &[
            ("first_language", "ar"),
            ("second_language", "fi"),
            ("topics", "kela"),
        ],
    );
    d.app.get_as(&d.kaisa, "/org/queue/OLARI").body
}

#[test]
fn a_volunteer_who_usually_helps_long_is_not_waited_for_in_a_second_language() {
    // Nothing recorded: Amina is expected free 20 minutes after her match, so any moment
    // now, and the person waits for her Arabic.
    let usual = board_while_amina_helps(0);
    assert!(
        !usual.contains(r#"<bdi dir="ltr">O-2</bdi> → pekka"#),
        "{usual}"
    );
    assert!(usual.contains(&text("fi", "duty-suggestions-none")));
    // Her helps usually take 50 minutes: 25 more to go, so Finnish now, and the board says why.
    let long = board_while_amina_helps(5);
    assert!(
        long.contains(r#"<bdi dir="ltr">O-2</bdi> → pekka"#),
        "{long}"
    );
    let reason = message(
        "fi",
        "reason-first-language-later",
        &[("language", "\u{1}".into())],
    );
    let said = reason
        .split('\u{1}')
        .next()
        .unwrap()
        .trim_end_matches('\u{2068}');
    assert!(long.contains(said), "{long}");
    // Four helps are too few to go by.
    let few = board_while_amina_helps(4);
    assert!(!few.contains(r#"<bdi dir="ltr">O-2</bdi> → pekka"#));
}
