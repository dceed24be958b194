//! Shifts as coordinators and volunteers use them: creating single shifts and weekly series,
//! signing up without overbooking, the waiting list, withdrawing, check-in and no-shows, the
//! week board's gaps, notices about changes, the calendar feed, and the public page. Each test
//! builds its programme in an empty database at an instant; the time-sensitive ones take the
//! instant as an argument, and `clock` runs them again at the instants that used to fail.

use std::sync::{Arc, Barrier};

use chrono::{Datelike, Duration, NaiveDateTime, NaiveTime, Weekday};
use diesel::prelude::*;
use digikaveri::clock::{helsinki_to_utc, iso_week_name, to_helsinki, today_in_finland};
use digikaveri::db::schema::{notices, shift_signups, shift_texts, shifts, users};
use digikaveri::i18n::{format_time_span, Locale};
use digikaveri::languages::Level;
use digikaveri::shifts::signups;
use digikaveri::topics::Stance;
use digikaveri::users::Status;

use crate::common::{helsinki, message, text, TestApp, OTHER_COORDINATOR};

const KAISA: &str = "kaisa@espoo.example";
const AMINA: &str = "amina@espoo.example";
const DMYTRO: &str = "dmytro@espoo.example";
const FARAH: &str = "farah@espoo.example";

/// The instant the shift tests run at unless `clock` says otherwise: a Tuesday morning.
pub const AT: &str = "2026-12-01 11:00";

/// One organisation with a drop-in centre, its coordinator Kaisa, two active volunteers
/// (Amina, Arabic interface; Dmytro, Ukrainian) and Farah, in training (Persian).
pub struct Programme {
    pub app: TestApp,
    pub organisation: i32,
    pub site: i32,
    pub amina: i32,
    pub dmytro: i32,
    pub farah: i32,
}

pub fn programme(at: NaiveDateTime) -> Programme {
    let app = TestApp::at(at);
    let organisation = app.organisation("Digikaverit Espoo");
    app.coordinator_of(organisation, KAISA);
    let site = app.site(organisation, "OLARI");
    let amina = app
        .volunteer(organisation, AMINA)
        .named("Amina")
        .interface("ar")
        .speaks("ar", Level::Native)
        .speaks("fi", Level::Fluent)
        .create();
    let dmytro = app
        .volunteer(organisation, DMYTRO)
        .named("Dmytro")
        .interface("uk")
        .speaks("uk", Level::Native)
        .create();
    let farah = app
        .volunteer(organisation, FARAH)
        .named("Farah")
        .interface("fa")
        .speaks("fa", Level::Native)
        .status(Status::InTraining)
        .create();
    Programme {
        app,
        organisation,
        site,
        amina,
        dmytro,
        farah,
    }
}

fn states(app: &TestApp, shift: i32) -> Vec<(i32, String)> {
    shift_signups::table
        .filter(shift_signups::shift_id.eq(shift))
        .order((shift_signups::queued_at, shift_signups::id))
        .select((shift_signups::user_id, shift_signups::state))
        .load(&mut *app.db.get().unwrap())
        .unwrap()
}

fn shift_count(app: &TestApp) -> i64 {
    shifts::table
        .count()
        .get_result(&mut *app.db.get().unwrap())
        .unwrap()
}

/// The first `weekday` at least a week after the app's day, as the shift form takes it.
fn next_weekday(app: &TestApp, weekday: Weekday) -> chrono::NaiveDate {
    let mut day = today_in_finland(app.now()) + Duration::days(7);
    while day.weekday() != weekday {
        day += Duration::days(1);
    }
    day
}

/// 50 volunteers press "I will come" for a shift with 3 places at the same moment.
#[test]
fn capacity_is_never_overbooked_when_fifty_race_for_three_places() {
    let p = programme(helsinki(AT));
    let shift = p
        .app
        .shift(p.site)
        .starting_in(Duration::days(2))
        .places(3)
        .create();
    let racers: Vec<i32> = (0..50)
        .map(|n| {
            p.app
                .volunteer(p.organisation, &format!("racer{n}@espoo.example"))
                .create()
        })
        .collect();
    let start = Arc::new(Barrier::new(racers.len()));
    let (org, now) = (p.organisation, p.app.now());
    let handles: Vec<_> = racers
        .iter()
        .map(|&user| {
            let (db, start) = (p.app.db.clone(), Arc::clone(&start));
            std::thread::spawn(move || {
                // All start together; the pool has fewer connections than racers, so some
                // also queue for a connection, as requests do in the server.
                start.wait();
                let mut conn = db.get().unwrap();
                signups::sign_up(&mut conn, org, shift, user, now).unwrap()
            })
        })
        .collect();
    let outcomes: Vec<_> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    let count = |state| outcomes.iter().filter(|o| **o == Ok(state)).count();
    assert_eq!(
        (
            count(signups::State::Confirmed),
            count(signups::State::Waiting)
        ),
        (3, 47)
    );
    // In the order they got their turn: the three confirmed first, then the waiting list.
    let stored = states(&p.app, shift);
    let order: Vec<&str> = stored.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(order[..3], ["confirmed"; 3]);
    assert!(order[3..].iter().all(|s| *s == "waiting"));
}

pub fn a_weekly_series_is_made_with_one_form_and_shown_on_the_board(at: NaiveDateTime) {
    let p = programme(at);
    let kaisa = p.app.visitor(Some(KAISA));
    let first = next_weekday(&p.app, Weekday::Tue);
    let until = first + Duration::weeks(4);
    let reply = p.app.post_as(
        &kaisa,
        "/org/shifts",
        &[
            ("site_id", &p.site.to_string()),
            ("date", &first.to_string()),
            ("start", "10:00"),
            ("end", "12:00"),
            ("places", "3"),
            ("languages", "ar"),
            ("languages", "so"),
            ("notes[fi]", "Ovi B"),
            ("repeat", "weekly"),
            ("until", &until.to_string()),
        ],
    );
    assert_eq!(reply.status, 303, "{}", reply.body);
    let week = iso_week_name(first);
    assert_eq!(
        reply.location.as_deref(),
        Some(format!("/org/shifts?week={week}").as_str())
    );
    assert_eq!(shift_count(&p.app), 5, "five Tuesdays");
    let series: Vec<Option<i32>> = shifts::table
        .select(shifts::series_id)
        .load(&mut *p.app.db.get().unwrap())
        .unwrap();
    assert!(series[0].is_some() && series.iter().all(|s| *s == series[0]));
    let second = first + Duration::weeks(1);
    let board = p.app.get_as(
        &kaisa,
        &format!("/org/shifts?week={}", iso_week_name(second)),
    );
    assert_eq!(board.status, 200);
    let ten = |day| helsinki_to_utc(day, NaiveTime::from_hms_opt(10, 0, 0).unwrap()).unwrap();
    let when = format_time_span(
        Locale::DEFAULT,
        ten(second),
        ten(second) + Duration::hours(2),
    );
    assert!(board.body.contains(&when), "at 10 Finnish time: {when}");
    assert!(board.body.contains("Ovi B"));
    // Nobody has signed up: the wanted languages are gaps.
    let gap = message(
        "fi",
        "board-gap-language",
        &[("language", "arabia (\u{2068}العربية\u{2069})".into())],
    );
    assert!(board.body.contains(&gap));
}

#[test]
fn a_finnish_coordinators_week_board_names_the_missing_language_in_finnish() {
    let app = TestApp::at(helsinki(AT));
    let organisation = app.organisation("Kielet ry");
    app.coordinator_of(organisation, "koordinaattori@kielet.example");
    let site = app.site(organisation, "KIELI");
    app.shift(site)
        .starting_in(Duration::days(1))
        .wanting(&["ps", "prs"])
        .create();
    let coordinator = app.visitor(Some("koordinaattori@kielet.example"));
    let week = iso_week_name(today_in_finland(app.now() + Duration::days(1)));
    let board = app.get_as(&coordinator, &format!("/org/shifts?week={week}"));
    assert_eq!(board.status, 200);
    // "Kukaan ei puhu kieltä paštu (پښتو)": the Finnish name first, the language's own beside it.
    for name in ["paštu (\u{2068}پښتو\u{2069})", "dari (\u{2068}دری\u{2069})"] {
        let gap = message("fi", "board-gap-language", &[("language", name.into())]);
        assert!(board.body.contains(&gap), "{name} missing");
    }
    assert!(board.body.contains("Kukaan ei puhu kieltä"));
    // The wanted languages on the card and in the form are named in Finnish too.
    assert!(board
        .body
        .contains(r#"paštu (<span lang="ps" dir="rtl">پښتو</span>)"#));
    let form = app.get_as(&coordinator, "/org/shifts/new");
    assert!(form
        .body
        .contains(r#"arabia (<span lang="ar" dir="rtl">العربية</span>)"#));
}

#[test]
fn a_weekly_series_is_made_with_one_form_and_shown_on_the_board_on_tuesday() {
    a_weekly_series_is_made_with_one_form_and_shown_on_the_board(helsinki(AT));
}

#[test]
fn bad_shift_forms_are_answered_next_to_the_field_and_nothing_is_written() {
    let p = programme(helsinki(AT));
    let kaisa = p.app.visitor(Some(KAISA));
    let site = p.site.to_string();
    let cases = [
        (
            ("12:00", "10:00", "2", "once", ""),
            "shift-error-ends-before-start",
        ),
        (("10:00", "12:00", "0", "once", ""), "shift-error-places"),
        (
            ("10:00", "12:00", "2", "weekly", ""),
            "shift-error-series-end",
        ),
        (
            ("10:00", "12:00", "2", "weekly", "2027-01-01"),
            "shift-error-series-end-before",
        ),
    ];
    for ((start, end, places, repeat, until), message) in cases {
        let reply = p.app.post_as(
            &kaisa,
            "/org/shifts",
            &[
                ("site_id", &site),
                ("date", "2027-01-05"),
                ("start", start),
                ("end", end),
                ("places", places),
                ("notes[fi]", "kept as typed"),
                ("repeat", repeat),
                ("until", until),
            ],
        );
        assert_eq!(reply.status, 422, "{message}");
        assert!(reply.body.contains(&text("fi", message)), "{message}");
        assert!(reply.body.contains("kept as typed"));
    }
    // Another organisation's site is not a choice.
    let other = p.app.other_organisation();
    let foreign = p.app.site(other, "MUU");
    let reply = p.app.post_as(
        &kaisa,
        "/org/shifts",
        &[
            ("site_id", &foreign.to_string()),
            ("date", "2027-01-05"),
            ("start", "10:00"),
            ("end", "12:00"),
            ("places", "2"),
        ],
    );
    assert_eq!(reply.status, 422);
    assert!(reply.body.contains(&text("fi", "form-error-choose")));
    assert_eq!(shift_count(&p.app), 0);
}

pub fn signing_up_twice_overlapping_or_before_being_active_is_refused(at: NaiveDateTime) {
    let p = programme(at);
    let shift = p.app.shift(p.site).starting_in(Duration::days(3)).create();
    let overlapping = p
        .app
        .shift(p.site)
        .starting_in(Duration::days(3) + Duration::hours(1))
        .create();
    let dmytro = p.app.visitor(Some(DMYTRO));
    let path = format!("/shifts/{shift}/sign-up");
    assert_eq!(p.app.post_as(&dmytro, &path, &[]).status, 303);
    let twice = p.app.post_as(&dmytro, &path, &[]);
    assert_eq!(twice.status, 409);
    assert!(twice.body.contains(&text("uk", "shift-refusal-already")));
    let overlap = p
        .app
        .post_as(&dmytro, &format!("/shifts/{overlapping}/sign-up"), &[]);
    assert_eq!(overlap.status, 409);
    assert!(overlap.body.contains(&text("uk", "shift-refusal-overlaps")));
    let farah = p.app.visitor(Some(FARAH));
    let not_yet = p.app.post_as(&farah, &path, &[]);
    assert_eq!(not_yet.status, 409);
    assert!(not_yet
        .body
        .contains(&text("fa", "shift-refusal-not-active")));
    assert_eq!(states(&p.app, shift), [(p.dmytro, "confirmed".to_owned())]);
    assert!(states(&p.app, overlapping).is_empty());
}

#[test]
fn signing_up_twice_overlapping_or_before_being_active_is_refused_on_tuesday() {
    signing_up_twice_overlapping_or_before_being_active_is_refused(helsinki(AT));
}

pub fn the_first_on_the_waiting_list_moves_up_and_is_told(at: NaiveDateTime) {
    let p = programme(at);
    let shift = p
        .app
        .shift(p.site)
        .starting_in(Duration::days(4))
        .places(1)
        .create();
    let (amina, dmytro) = (p.app.visitor(Some(AMINA)), p.app.visitor(Some(DMYTRO)));
    let path = format!("/shifts/{shift}/sign-up");
    assert_eq!(p.app.post_as(&amina, &path, &[]).status, 303);
    let queued = p.app.post_as(&dmytro, &path, &[]);
    assert_eq!(queued.status, 303);
    let page = p.app.get_as(&dmytro, "/shifts");
    let waiting = message("uk", "shift-you-are-waiting", &[("place", 1.into())]);
    assert!(page.body.contains(&waiting));
    let withdrawn = p
        .app
        .post_as(&amina, &format!("/shifts/{shift}/withdraw"), &[]);
    assert_eq!(withdrawn.status, 303);
    let stored = states(&p.app, shift);
    assert!(stored.contains(&(p.dmytro, "confirmed".into())));
    assert!(stored.contains(&(p.amina, "withdrawn".into())));
    let page = p.app.get_as(&dmytro, "/shifts");
    assert!(page.body.contains(&text("uk", "notices-title")));
    assert!(page.body.contains(&text("uk", "shift-you-are-confirmed")));
    // Amina can come back, but the one place is now Dmytro's: she waits.
    assert_eq!(p.app.post_as(&amina, &path, &[]).status, 303);
    assert!(states(&p.app, shift).contains(&(p.amina, "waiting".into())));
}

#[test]
fn the_first_on_the_waiting_list_moves_up_and_is_told_on_tuesday() {
    the_first_on_the_waiting_list_moves_up_and_is_told(helsinki(AT));
}

pub fn withdrawing_closes_at_the_organisations_limit(at: NaiveDateTime) {
    let p = programme(at);
    let soon = p.app.shift(p.site).starting_in(Duration::hours(5)).create();
    let amina = p.app.visitor(Some(AMINA));
    assert_eq!(
        p.app
            .post_as(&amina, &format!("/shifts/{soon}/sign-up"), &[])
            .status,
        303
    );
    let late = p
        .app
        .post_as(&amina, &format!("/shifts/{soon}/withdraw"), &[]);
    assert_eq!(late.status, 409, "the default limit is 24 hours");
    assert!(late.body.contains(&text("ar", "shift-refusal-too-late")));
    let kaisa = p.app.visitor(Some(KAISA));
    let bad = p
        .app
        .post_as(&kaisa, "/org/settings/withdraw-limit", &[("hours", "-1")]);
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains(&text("fi", "shift-error-withdraw-limit")));
    let set = p
        .app
        .post_as(&kaisa, "/org/settings/withdraw-limit", &[("hours", "2")]);
    assert_eq!(set.status, 303);
    let now_ok = p
        .app
        .post_as(&amina, &format!("/shifts/{soon}/withdraw"), &[]);
    assert_eq!(now_ok.status, 303);
    assert_eq!(states(&p.app, soon), [(p.amina, "withdrawn".to_owned())]);
}

#[test]
fn withdrawing_closes_at_the_organisations_limit_on_tuesday() {
    withdrawing_closes_at_the_organisations_limit(helsinki(AT));
}

pub fn editing_and_cancelling_tell_the_volunteers(at: NaiveDateTime) {
    let p = programme(at);
    let shift = p.app.shift(p.site).starting_in(Duration::days(5)).create();
    let (amina, dmytro, kaisa) = (
        p.app.visitor(Some(AMINA)),
        p.app.visitor(Some(DMYTRO)),
        p.app.visitor(Some(KAISA)),
    );
    p.app
        .post_as(&amina, &format!("/shifts/{shift}/sign-up"), &[]);
    p.app
        .post_as(&dmytro, &format!("/shifts/{shift}/sign-up"), &[]);
    assert_eq!(states(&p.app, shift).len(), 2);
    let form = p.app.get_as(&kaisa, &format!("/org/shifts/{shift}/edit"));
    assert_eq!(form.status, 200);
    let start = to_helsinki(p.app.now() + Duration::days(5));
    let (date, time) = (
        start.format("%Y-%m-%d").to_string(),
        start.format("%H:%M").to_string(),
    );
    assert!(form.body.contains(&format!("value=\"{date}\"")));
    let end = (start + Duration::hours(2)).format("%H:%M").to_string();
    let edit = |places: &str, notes: &str| {
        p.app.post_as(
            &kaisa,
            &format!("/org/shifts/{shift}"),
            &[
                ("site_id", &p.site.to_string()),
                ("date", &date),
                ("start", &time),
                ("end", if end > time { &end } else { "23:59" }),
                ("places", places),
                ("notes[fi]", notes),
            ],
        )
    };
    let fewer = edit("1", "");
    assert_eq!(fewer.status, 422);
    assert!(fewer.body.contains(&text("fi", "shift-error-places-taken")));
    let changed = edit("3", "Uusi huone");
    assert_eq!(changed.status, 303, "{}", changed.body);
    let notes: Vec<(String, String)> = shift_texts::table
        .filter(shift_texts::shift_id.eq(shift))
        .select((shift_texts::locale, shift_texts::body))
        .load(&mut *p.app.db.get().unwrap())
        .unwrap();
    assert_eq!(notes, [("fi".to_owned(), "Uusi huone".to_owned())]);
    let cancelled = p
        .app
        .post_as(&kaisa, &format!("/org/shifts/{shift}/cancel"), &[]);
    assert_eq!(cancelled.status, 303);
    let kinds: Vec<String> = notices::table
        .filter(notices::user_id.eq(p.amina))
        .filter(notices::shift_id.eq(shift))
        .order(notices::id)
        .select(notices::kind)
        .load(&mut *p.app.db.get().unwrap())
        .unwrap();
    assert_eq!(kinds, ["changed", "cancelled"]);
    let page = p.app.get_as(&amina, "/shifts");
    assert!(page.body.contains(&text("ar", "shift-cancelled")));
    // Another organisation's coordinator finds nothing.
    p.app.other_organisation();
    let olli = p.app.visitor(Some(OTHER_COORDINATOR));
    let edit_page = p.app.get_as(&olli, &format!("/org/shifts/{shift}/edit"));
    assert_eq!(edit_page.status, 404);
    let cancel = p
        .app
        .post_as(&olli, &format!("/org/shifts/{shift}/cancel"), &[]);
    assert_eq!(cancel.status, 404);
    let week = iso_week_name(start.date());
    let board = p.app.get_as(&olli, &format!("/org/shifts?week={week}"));
    assert!(!board.body.contains("Uusi huone"));
}

#[test]
fn editing_and_cancelling_tell_the_volunteers_on_tuesday() {
    editing_and_cancelling_tell_the_volunteers(helsinki(AT));
}

pub fn check_in_opens_before_the_start_and_hours_count_from_it(at: NaiveDateTime) {
    let p = programme(at);
    let later = p.app.shift(p.site).starting_in(Duration::hours(3)).create();
    let soon = p
        .app
        .shift(p.site)
        .starting_in(Duration::minutes(10))
        .create();
    let amina = p.app.visitor(Some(AMINA));
    p.app
        .post_as(&amina, &format!("/shifts/{later}/sign-up"), &[]);
    p.app
        .post_as(&amina, &format!("/shifts/{soon}/sign-up"), &[]);
    let early = p
        .app
        .post_as(&amina, &format!("/shifts/{later}/check-in"), &[]);
    assert_eq!(early.status, 409);
    assert!(early
        .body
        .contains(&text("ar", "shift-refusal-check-in-closed")));
    let checked_in = p
        .app
        .post_as(&amina, &format!("/shifts/{soon}/check-in"), &[]);
    assert_eq!(checked_in.status, 303);
    let checked: Option<NaiveDateTime> = shift_signups::table
        .filter(shift_signups::shift_id.eq(soon))
        .select(shift_signups::checked_in_at)
        .first(&mut *p.app.db.get().unwrap())
        .unwrap();
    assert_eq!(checked, Some(p.app.now()));
    // An hour and a half on duty, then home: the past shift counts 1.5 hours.
    p.app.advance(Duration::minutes(90));
    let amina = p.app.visitor(Some(AMINA));
    let out = p
        .app
        .post_as(&amina, &format!("/shifts/{soon}/check-out"), &[]);
    assert_eq!(out.status, 303);
    p.app.advance(Duration::hours(1));
    let page = p.app.get_as(&p.app.visitor(Some(AMINA)), "/shifts");
    assert!(page.body.contains(">1.5<"), "hours on the past shift");
}

#[test]
fn check_in_opens_before_the_start_and_hours_count_from_it_on_tuesday() {
    check_in_opens_before_the_start_and_hours_count_from_it(helsinki(AT));
}

pub fn the_coordinator_marks_no_shows_only_after_the_start_and_sees_new_volunteers(
    at: NaiveDateTime,
) {
    let p = programme(at);
    let shift = p
        .app
        .shift(p.site)
        .starting_in(Duration::days(2))
        .wanting(&["so"])
        .create();
    p.app.sign_up(shift, p.amina);
    let kaisa = p.app.visitor(Some(KAISA));
    let path = format!("/org/shifts/{shift}/attendance/{}", p.amina);
    let early = p.app.post_as(&kaisa, &path, &[("attendance", "no_show")]);
    assert_eq!(early.status, 303);
    assert!(
        early.flashed("shift-refusal-not-started"),
        "not before the start"
    );
    let marked_early: Option<NaiveDateTime> = shift_signups::table
        .filter(shift_signups::shift_id.eq(shift))
        .select(shift_signups::no_show_at)
        .first(&mut *p.app.db.get().unwrap())
        .unwrap();
    assert_eq!(marked_early, None);
    // Two days on, the shift has started.
    p.app.advance(Duration::days(2) + Duration::minutes(30));
    let kaisa = p.app.visitor(Some(KAISA));
    let marked = p.app.post_as(&kaisa, &path, &[("attendance", "no_show")]);
    assert_eq!(marked.status, 303);
    let odd = p.app.post_as(&kaisa, &path, &[("attendance", "dance")]);
    assert_eq!(odd.status, 422);
    let week = iso_week_name(today_in_finland(p.app.now() - Duration::minutes(30)));
    let board = p.app.get_as(&kaisa, &format!("/org/shifts?week={week}"));
    assert!(board.body.contains(&text("fi", "board-no-show")));
    assert!(
        board.body.contains(&text("fi", "board-new-volunteer")),
        "Amina's first shift"
    );
    assert!(board.body.contains(&text("fi", "board-gap-new-alone")));
    // Amina does not speak Somali (yet): the wanted language is a gap.
    let gap = message(
        "fi",
        "board-gap-language",
        &[("language", "somali (\u{2068}Soomaali\u{2069})".into())],
    );
    assert!(board.body.contains(&gap));
    use digikaveri::db::schema::volunteer_languages;
    diesel::insert_into(volunteer_languages::table)
        .values((
            volunteer_languages::user_id.eq(p.amina),
            volunteer_languages::language.eq("so"),
            volunteer_languages::level.eq("fluent"),
        ))
        .execute(&mut *p.app.db.get().unwrap())
        .unwrap();
    let board = p.app.get_as(&kaisa, &format!("/org/shifts?week={week}"));
    assert!(!board.body.contains(&gap));
}

#[test]
fn the_coordinator_marks_no_shows_only_after_the_start_and_sees_new_volunteers_on_tuesday() {
    the_coordinator_marks_no_shows_only_after_the_start_and_sees_new_volunteers(helsinki(AT));
}

#[test]
fn a_crafted_week_is_this_week_not_a_panic() {
    let p = programme(helsinki(AT));
    let kaisa = p.app.visitor(Some(KAISA));
    for week in ["%2B262143-W01", "-262144-W52", "2026-W99", "nonsense"] {
        let board = p.app.get_as(&kaisa, &format!("/org/shifts?week={week}"));
        assert_eq!(board.status, 200, "{week}");
        assert!(board.body.contains("2026-W49"), "{week}: this week instead");
    }
}

#[test]
fn the_calendar_feed_parses_and_a_renewed_link_closes_the_old_one() {
    let p = programme(helsinki(AT));
    let shift = p.app.shift(p.site).starting_in(Duration::days(6)).create();
    let amina = p.app.visitor(Some(AMINA));
    p.app
        .post_as(&amina, &format!("/shifts/{shift}/sign-up"), &[]);
    let page = p.app.get_as(&amina, "/shifts");
    let link = crate::common::link_token(&page.body, "/calendar/");
    let feed = p.app.get_as(
        &p.app.visitor(None),
        &format!("/calendar/{link}/shifts.ics"),
    );
    assert_eq!(feed.status, 200);
    let calendar = ical::IcalParser::new(feed.body.as_bytes())
        .next()
        .expect("one calendar")
        .expect("valid iCalendar");
    let uids: Vec<String> = calendar
        .events
        .iter()
        .filter_map(|e| e.properties.iter().find(|p| p.name == "UID"))
        .filter_map(|p| p.value.clone())
        .collect();
    assert!(uids
        .iter()
        .any(|u| u.starts_with(&format!("shift-{shift}@"))));
    assert!(feed.body.contains("OLARI"));
    let renewed = p.app.post_as(&amina, "/shifts/calendar-link", &[]);
    assert_eq!(renewed.status, 303);
    let old = p.app.get_as(
        &p.app.visitor(None),
        &format!("/calendar/{link}/shifts.ics"),
    );
    assert_eq!(old.status, 404);
}

pub fn the_public_page_shows_times_in_a_language_without_names(at: NaiveDateTime) {
    let p = programme(at);
    let somali = p
        .app
        .volunteer(p.organisation, "sahra@espoo.example")
        .named("Sahra")
        .speaks("so", Level::Native)
        .knows("kela", Stance::Confident)
        .create();
    let shift = p.app.shift(p.site).starting_in(Duration::days(1)).create();
    p.app.sign_up(shift, somali);
    // Farah is still in training: even signed up by hand, her Persian does not count.
    diesel::insert_into(shift_signups::table)
        .values((
            shift_signups::shift_id.eq(shift),
            shift_signups::user_id.eq(p.farah),
            shift_signups::state.eq("confirmed"),
            shift_signups::queued_at.eq(p.app.now()),
        ))
        .execute(&mut *p.app.db.get().unwrap())
        .unwrap();
    let (status, page) = p.app.get("/help?language=so&lang=so", None);
    assert_eq!(status, 200);
    assert!(page.contains("lang=\"so\""));
    assert!(page.contains(&text("so", "help-title")));
    assert!(page.contains("OLARI"));
    assert!(page.contains("Testikatu 1"));
    let name: String = users::table
        .find(somali)
        .select(users::display_name)
        .first(&mut *p.app.db.get().unwrap())
        .unwrap();
    assert!(!page.contains(&name), "no volunteer names");
    let (_, persian) = p.app.get("/help?language=fa", None);
    assert!(!persian.contains("OLARI"));
    // A topic nobody has marked falls back to the language alone, and says so.
    let (_, tax) = p.app.get("/help?language=so&topic=tax&lang=en", None);
    assert!(tax.contains(&text("en", "help-topic-fallback")));
    assert!(tax.contains("OLARI"));
    let (_, kela) = p.app.get("/help?language=so&topic=kela&lang=en", None);
    assert!(!kela.contains(&text("en", "help-topic-fallback")));
    assert!(kela.contains("OLARI"));
    // Two weeks on, the shift is over and the page has nothing for Somali.
    p.app.advance(Duration::days(2));
    let (_, later) = p.app.get("/help?language=so&lang=en", None);
    assert!(!later.contains("OLARI"));
    let (status, unknown) = p.app.get("/help?language=xx&lang=ar", None);
    assert_eq!(status, 422);
    assert!(unknown.contains(&text("ar", "form-error-choose")));
    assert!(unknown.contains("dir=\"rtl\""));
}

#[test]
fn the_public_page_shows_times_in_a_language_without_names_on_tuesday() {
    the_public_page_shows_times_in_a_language_without_names(helsinki(AT));
}

/// The ids of the organisation's shifts, in time order, with their Finnish start time and
/// places, and whether each is cancelled.
fn series_rows(app: &TestApp) -> Vec<(i32, String, i32, bool)> {
    let rows: Vec<(i32, NaiveDateTime, i32, Option<NaiveDateTime>)> = shifts::table
        .order(shifts::starts_at)
        .select((
            shifts::id,
            shifts::starts_at,
            shifts::places,
            shifts::cancelled_at,
        ))
        .load(&mut *app.db.get().unwrap())
        .unwrap();
    rows.into_iter()
        .map(|(id, start, places, cancelled)| {
            let local = to_helsinki(start).format("%a %H:%M").to_string();
            (id, local, places, cancelled.is_some())
        })
        .collect()
}

pub fn a_series_is_changed_and_cancelled_from_one_date_on_or_as_a_whole(at: NaiveDateTime) {
    let p = programme(at);
    let kaisa = p.app.visitor(Some(KAISA));
    let first = next_weekday(&p.app, Weekday::Tue);
    let made = p.app.post_as(
        &kaisa,
        "/org/shifts",
        &[
            ("site_id", &p.site.to_string()),
            ("date", &first.to_string()),
            ("start", "10:00"),
            ("end", "12:00"),
            ("places", "3"),
            ("repeat", "weekly"),
            ("until", &(first + Duration::weeks(4)).to_string()),
        ],
    );
    assert_eq!(made.status, 303);
    let ids: Vec<i32> = series_rows(&p.app).iter().map(|r| r.0).collect();
    assert_eq!(ids.len(), 5);
    let form = p
        .app
        .get_as(&kaisa, &format!("/org/shifts/{}/edit", ids[2]));
    assert!(form.body.contains(&text("fi", "shift-scope-following")));
    let change = |id: i32, date: chrono::NaiveDate, start: &str, places: &str, scope: &str| {
        p.app.post_as(
            &kaisa,
            &format!("/org/shifts/{id}"),
            &[
                ("site_id", &p.site.to_string()),
                ("date", &date.to_string()),
                ("start", start),
                ("end", "15:00"),
                ("places", places),
                ("scope", scope),
            ],
        )
    };
    // From the third Tuesday on, the shifts start at 13; each keeps its own Tuesday.
    let later = change(
        ids[2],
        first + Duration::weeks(2),
        "13:00",
        "3",
        "following",
    );
    assert_eq!(later.status, 303, "{}", later.body);
    let times: Vec<String> = series_rows(&p.app).into_iter().map(|r| r.1).collect();
    assert_eq!(
        times,
        [
            "Tue 10:00",
            "Tue 10:00",
            "Tue 13:00",
            "Tue 13:00",
            "Tue 13:00"
        ]
    );
    // One shift only: the first gets more places.
    assert_eq!(change(ids[0], first, "10:00", "5", "one").status, 303);
    let places: Vec<i32> = series_rows(&p.app).into_iter().map(|r| r.2).collect();
    assert_eq!(places, [5, 3, 3, 3, 3]);
    // The whole series: all at 9, with four places.
    assert_eq!(
        change(ids[1], first + Duration::weeks(1), "09:00", "4", "series").status,
        303
    );
    let rows = series_rows(&p.app);
    assert!(
        rows.iter().all(|r| r.1 == "Tue 09:00" && r.2 == 4),
        "{rows:?}"
    );

    // Cancelling asks first, then from the fourth Tuesday on.
    let asked = p
        .app
        .get_as(&kaisa, &format!("/org/shifts/{}/cancel", ids[3]));
    assert_eq!(asked.status, 200);
    assert!(asked.body.contains(&text("fi", "shift-cancel-help")));
    assert!(asked.body.contains(&text("fi", "shift-scope-series")));
    let cancelled = p.app.post_as(
        &kaisa,
        &format!("/org/shifts/{}/cancel", ids[3]),
        &[("scope", "following")],
    );
    assert_eq!(cancelled.status, 303);
    let gone: Vec<bool> = series_rows(&p.app).into_iter().map(|r| r.3).collect();
    assert_eq!(gone, [false, false, false, true, true]);
    let one = p.app.post_as(
        &kaisa,
        &format!("/org/shifts/{}/cancel", ids[0]),
        &[("scope", "one")],
    );
    assert_eq!(one.status, 303);
    let gone: Vec<bool> = series_rows(&p.app).into_iter().map(|r| r.3).collect();
    assert_eq!(gone, [true, false, false, true, true]);
    // A scope nobody offers is a tampered form.
    let odd = p.app.post_as(
        &kaisa,
        &format!("/org/shifts/{}/cancel", ids[1]),
        &[("scope", "everything")],
    );
    assert_eq!(odd.status, 422);
}

#[test]
fn a_series_is_changed_and_cancelled_from_one_date_on_or_as_a_whole_on_tuesday() {
    a_series_is_changed_and_cancelled_from_one_date_on_or_as_a_whole(helsinki(AT));
}

pub fn check_in_is_only_on_the_shifts_day_and_can_be_undone_for_minutes(at: NaiveDateTime) {
    let p = programme(at);
    let kaisa = p.app.visitor(Some(KAISA));
    let shift = p.app.shift(p.site).starting_in(Duration::days(8)).create();
    p.app.sign_up(shift, p.amina);
    let path = format!("/org/shifts/{shift}/attendance/{}", p.amina);
    let checked_in = |app: &TestApp| -> Option<NaiveDateTime> {
        shift_signups::table
            .filter(shift_signups::shift_id.eq(shift))
            .select(shift_signups::checked_in_at)
            .first(&mut *app.db.get().unwrap())
            .unwrap()
    };
    // A week early, the coordinator cannot check Amina in.
    let early = p
        .app
        .post_as(&kaisa, &path, &[("attendance", "checked_in")]);
    assert!(early.flashed("shift-refusal-check-in-closed"));
    assert_eq!(checked_in(&p.app), None);
    // On the day, twenty minutes before the start.
    p.app.advance(Duration::days(8) - Duration::minutes(20));
    let kaisa = p.app.visitor(Some(KAISA));
    assert!(p
        .app
        .post_as(&kaisa, &path, &[("attendance", "checked_in")])
        .flashed("flash-attendance-recorded"));
    assert_eq!(checked_in(&p.app), Some(p.app.now()));
    // A mistake: taken back within minutes, shown on the board as undoable until then.
    p.app.advance(Duration::minutes(4));
    let week = iso_week_name(today_in_finland(p.app.now()));
    let board = p.app.get_as(&kaisa, &format!("/org/shifts?week={week}"));
    assert!(board.body.contains("undo_check_in"));
    assert!(p
        .app
        .post_as(&kaisa, &path, &[("attendance", "undo_check_in")])
        .flashed("flash-attendance-recorded"));
    assert_eq!(checked_in(&p.app), None);
    // Checked in again; eleven minutes later it stays.
    p.app
        .post_as(&kaisa, &path, &[("attendance", "checked_in")]);
    p.app.advance(Duration::minutes(11));
    let late = p
        .app
        .post_as(&kaisa, &path, &[("attendance", "undo_check_in")]);
    assert!(late.flashed("shift-refusal-undo-too-late"));
    assert!(checked_in(&p.app).is_some());
}

#[test]
fn check_in_is_only_on_the_shifts_day_and_can_be_undone_for_minutes_on_tuesday() {
    check_in_is_only_on_the_shifts_day_and_can_be_undone_for_minutes(helsinki(AT));
}
