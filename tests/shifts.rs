//! Shifts as coordinators and volunteers use them: creating single shifts and weekly series,
//! signing up without overbooking, the waiting list, withdrawing, check-in and no-shows, the
//! week board's gaps, notices about changes, the calendar feed, and the public page.

use std::sync::{Arc, Barrier};

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use digikaveri::db::schema::{
    notices, organisations, shift_signups, shifts, users, volunteer_languages, volunteer_topics,
};
use digikaveri::db::{now, Db};
use digikaveri::shifts::{self as shift_domain, signups, ShiftPlan};
use digikaveri::users::{NewUser, Role, Status};

use crate::common::{site_id, text, user_id, TestApp, OTHER_COORDINATOR};

const AMINA: &str = "amina@demo.digikaveri.fi";
const DMYTRO: &str = "dmytro@demo.digikaveri.fi";
const FARAH: &str = "farah@demo.digikaveri.fi";
const KAISA: &str = "kaisa@demo.digikaveri.fi";

fn demo_org(db: &Db) -> i32 {
    organisations::table
        .filter(organisations::slug.eq("espoo-demo"))
        .select(organisations::id)
        .first(&mut *db.get().unwrap())
        .unwrap()
}

/// A shift at the drop-in centre starting `starts_in` from now, lasting two hours.
fn shift_at(db: &Db, starts_in: Duration, places: i32, languages: &[&str]) -> i32 {
    let start = now() + starts_in;
    let plan = ShiftPlan {
        site_id: site_id(db, "OLARI"),
        times: vec![(start, start + Duration::hours(2))],
        places,
        languages: languages.iter().map(|l| l.to_string()).collect(),
        notes: String::new(),
    };
    let (org, kaisa) = (demo_org(db), user_id(db, KAISA));
    shift_domain::create(&mut db.get().unwrap(), org, &plan, kaisa).unwrap()[0]
}

fn speaks(db: &Db, user_id: i32, language: &str) {
    diesel::insert_into(volunteer_languages::table)
        .values((
            volunteer_languages::user_id.eq(user_id),
            volunteer_languages::language.eq(language),
            volunteer_languages::level.eq("native"),
        ))
        .execute(&mut *db.get().unwrap())
        .unwrap();
}

fn states(db: &Db, shift: i32) -> Vec<(i32, String)> {
    shift_signups::table
        .filter(shift_signups::shift_id.eq(shift))
        .order((shift_signups::queued_at, shift_signups::id))
        .select((shift_signups::user_id, shift_signups::state))
        .load(&mut *db.get().unwrap())
        .unwrap()
}

fn active_volunteers(db: &Db, count: usize) -> Vec<i32> {
    let org = demo_org(db);
    let mut conn = db.get().unwrap();
    (0..count)
        .map(|n| {
            let email = format!("racer{n}@demo.digikaveri.fi");
            digikaveri::users::create(
                &mut conn,
                &NewUser {
                    organisation_id: Some(org),
                    role: Role::Volunteer,
                    status: Status::Active,
                    email: &email,
                    display_name: &format!("Racer {n}"),
                    password: "not-used-in-this-test",
                    locale: "fi",
                    phone: None,
                },
            )
            .unwrap()
        })
        .collect()
}

/// 50 volunteers press "I will come" for a shift with 3 places at the same moment.
#[test]
fn capacity_is_never_overbooked_when_fifty_race_for_three_places() {
    let app = TestApp::new();
    let shift = shift_at(&app.db, Duration::days(2), 3, &[]);
    let org = demo_org(&app.db);
    let racers = active_volunteers(&app.db, 50);
    let start = Arc::new(Barrier::new(racers.len()));
    let handles: Vec<_> = racers
        .iter()
        .map(|&user| {
            let (db, start) = (app.db.clone(), Arc::clone(&start));
            std::thread::spawn(move || {
                // All start together; the pool has fewer connections than racers, so some
                // also queue for a connection, as requests do in the server.
                start.wait();
                let mut conn = db.get().unwrap();
                signups::sign_up(&mut conn, org, shift, user).unwrap()
            })
        })
        .collect();
    let outcomes: Vec<_> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    let confirmed = outcomes
        .iter()
        .filter(|o| **o == Ok(signups::State::Confirmed))
        .count();
    let waiting = outcomes
        .iter()
        .filter(|o| **o == Ok(signups::State::Waiting))
        .count();
    assert_eq!((confirmed, waiting), (3, 47));
    // In the order they got their turn: the three confirmed first, then the waiting list.
    let stored = states(&app.db, shift);
    let order: Vec<&str> = stored.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(order[..3], ["confirmed"; 3]);
    assert!(order[3..].iter().all(|s| *s == "waiting"));
    let queued: Vec<NaiveDateTime> = shift_signups::table
        .filter(shift_signups::shift_id.eq(shift))
        .filter(shift_signups::state.eq("waiting"))
        .order(shift_signups::queued_at)
        .select(shift_signups::queued_at)
        .load(&mut *app.db.get().unwrap())
        .unwrap();
    let mut distinct = queued.clone();
    distinct.dedup();
    assert_eq!(distinct.len(), 47, "every waiting place is its own");
}

#[test]
fn a_weekly_series_is_made_with_one_form_and_shown_on_the_board() {
    let app = TestApp::new();
    let kaisa = app.visitor(Some(KAISA));
    let olari = site_id(&app.db, "OLARI").to_string();
    let before: i64 = shifts::table
        .count()
        .get_result(&mut *app.db.get().unwrap())
        .unwrap();
    let reply = app.post_as(
        &kaisa,
        "/org/shifts",
        &[
            ("site_id", &olari),
            ("date", "2027-01-05"),
            ("start", "10:00"),
            ("end", "12:00"),
            ("places", "3"),
            ("languages", "ar"),
            ("languages", "so"),
            ("notes", "Ovi B"),
            ("repeat", "weekly"),
            ("until", "2027-02-02"),
        ],
    );
    assert_eq!(reply.status, 303, "{}", reply.body);
    assert_eq!(reply.location.as_deref(), Some("/org/shifts?week=2027-W01"));
    let made: Vec<(NaiveDateTime, Option<i32>)> = shifts::table
        .order(shifts::id.desc())
        .limit(5)
        .select((shifts::starts_at, shifts::series_id))
        .load(&mut *app.db.get().unwrap())
        .unwrap();
    let after: i64 = shifts::table
        .count()
        .get_result(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(after - before, 5, "5 Tuesdays from 5 January to 2 February");
    let series = made[0].1;
    assert!(series.is_some() && made.iter().all(|(_, s)| *s == series));
    let board = app.get_as(&kaisa, "/org/shifts?week=2027-W02");
    assert_eq!(board.status, 200);
    assert!(board.body.contains("Olarin kohtaamispaikka"));
    let plain = board.body.replace(['\u{2068}', '\u{2069}'], "");
    assert!(plain.contains("ti 12.1. klo 10.00–12.00"), "Finnish time");
    // Nobody has signed up: the wanted languages are gaps.
    assert!(board
        .body
        .contains("Kukaan ei puhu kieltä \u{2068}العربية\u{2069}"));
}

#[test]
fn bad_shift_forms_are_answered_next_to_the_field_and_nothing_is_written() {
    let app = TestApp::new();
    let kaisa = app.visitor(Some(KAISA));
    let olari = site_id(&app.db, "OLARI").to_string();
    let count = || -> i64 {
        shifts::table
            .count()
            .get_result(&mut *app.db.get().unwrap())
            .unwrap()
    };
    let before = count();
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
    ];
    for ((start, end, places, repeat, until), message) in cases {
        let reply = app.post_as(
            &kaisa,
            "/org/shifts",
            &[
                ("site_id", &olari),
                ("date", "2027-01-05"),
                ("start", start),
                ("end", end),
                ("places", places),
                ("notes", "kept as typed"),
                ("repeat", repeat),
                ("until", until),
            ],
        );
        assert_eq!(reply.status, 422, "{message}");
        assert!(reply.body.contains(&text("fi", message)), "{message}");
        assert!(reply.body.contains("kept as typed"));
    }
    // Another organisation's site is not a choice.
    let other = app.other_organisation();
    let foreign = digikaveri::sites::create(
        &mut app.db.get().unwrap(),
        &digikaveri::sites::NewSite {
            organisation_id: other,
            name: "Vieras paikka",
            kind: digikaveri::sites::SiteKind::Library,
            address: "Muualla 1",
            public_code: "MUU",
            opening_notes: "",
        },
    )
    .unwrap();
    let reply = app.post_as(
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
    assert_eq!(count(), before);
}

#[test]
fn signing_up_twice_overlapping_or_before_being_active_is_refused_in_the_readers_language() {
    let app = TestApp::new();
    let shift = shift_at(&app.db, Duration::days(3), 2, &[]);
    let overlapping = shift_at(&app.db, Duration::days(3) + Duration::hours(1), 2, &[]);
    let dmytro = app.visitor(Some(DMYTRO));
    let path = format!("/shifts/{shift}/sign-up");
    assert_eq!(app.post_as(&dmytro, &path, &[]).status, 303);
    let twice = app.post_as(&dmytro, &path, &[]);
    assert_eq!(twice.status, 409);
    assert!(twice.body.contains(&text("uk", "shift-refusal-already")));
    let overlap = app.post_as(&dmytro, &format!("/shifts/{overlapping}/sign-up"), &[]);
    assert_eq!(overlap.status, 409);
    assert!(overlap.body.contains(&text("uk", "shift-refusal-overlaps")));
    let farah = app.visitor(Some(FARAH));
    let not_yet = app.post_as(&farah, &path, &[]);
    assert_eq!(not_yet.status, 409);
    assert!(not_yet
        .body
        .contains(&text("fa", "shift-refusal-not-active")));
    assert_eq!(states(&app.db, shift).len(), 1);
    assert!(states(&app.db, overlapping).is_empty());
}

#[test]
fn the_first_on_the_waiting_list_moves_up_and_is_told_on_their_page() {
    let app = TestApp::new();
    let shift = shift_at(&app.db, Duration::days(4), 1, &[]);
    let (amina, dmytro) = (app.visitor(Some(AMINA)), app.visitor(Some(DMYTRO)));
    let path = format!("/shifts/{shift}/sign-up");
    app.post_as(&amina, &path, &[]);
    let queued = app.post_as(&dmytro, &path, &[]);
    assert_eq!(queued.status, 303);
    let page = app.get_as(&dmytro, "/shifts");
    assert!(page.body.contains(
        &digikaveri::i18n::Locale::from_code("uk")
            .unwrap()
            .message("shift-you-are-waiting", &[("place", 1.into())])
    ));
    let withdrawn = app.post_as(&amina, &format!("/shifts/{shift}/withdraw"), &[]);
    assert_eq!(withdrawn.status, 303);
    let dmytro_id = app.user_id(DMYTRO);
    let amina_id = app.user_id(AMINA);
    let stored = states(&app.db, shift);
    assert!(stored.contains(&(dmytro_id, "confirmed".into())));
    assert!(stored.contains(&(amina_id, "withdrawn".into())));
    let page = app.get_as(&dmytro, "/shifts");
    assert!(page.body.contains(&text("uk", "notices-title")));
    assert!(page.body.contains(&text("uk", "shift-you-are-confirmed")));
    // Amina can come back, but the one place is now Dmytro's: she waits.
    let again = app.post_as(&amina, &path, &[]);
    assert_eq!(again.status, 303);
    assert!(states(&app.db, shift).contains(&(amina_id, "waiting".into())));
}

#[test]
fn withdrawing_closes_at_the_organisations_limit() {
    let app = TestApp::new();
    let soon = shift_at(&app.db, Duration::hours(5), 2, &[]);
    let amina = app.visitor(Some(AMINA));
    app.post_as(&amina, &format!("/shifts/{soon}/sign-up"), &[]);
    let late = app.post_as(&amina, &format!("/shifts/{soon}/withdraw"), &[]);
    assert_eq!(late.status, 409, "the default limit is 24 hours");
    assert!(late.body.contains(&text("ar", "shift-refusal-too-late")));
    let kaisa = app.visitor(Some(KAISA));
    let bad = app.post_as(&kaisa, "/org/settings/withdraw-limit", &[("hours", "-1")]);
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains(&text("fi", "shift-error-withdraw-limit")));
    let set = app.post_as(&kaisa, "/org/settings/withdraw-limit", &[("hours", "2")]);
    assert_eq!(set.status, 303);
    let now_ok = app.post_as(&amina, &format!("/shifts/{soon}/withdraw"), &[]);
    assert_eq!(now_ok.status, 303);
}

#[test]
fn editing_and_cancelling_tell_the_volunteers_and_places_cannot_drop_below_those_coming() {
    let app = TestApp::new();
    let shift = shift_at(&app.db, Duration::days(5), 2, &[]);
    let (amina, dmytro, kaisa) = (
        app.visitor(Some(AMINA)),
        app.visitor(Some(DMYTRO)),
        app.visitor(Some(KAISA)),
    );
    app.post_as(&amina, &format!("/shifts/{shift}/sign-up"), &[]);
    app.post_as(&dmytro, &format!("/shifts/{shift}/sign-up"), &[]);
    let form = app.get_as(&kaisa, &format!("/org/shifts/{shift}/edit"));
    assert_eq!(form.status, 200);
    let value = |name: &str| -> String {
        let marker = format!("name=\"{name}\" type=\"");
        let at = form.body.find(&marker).unwrap();
        let rest = &form.body[at..];
        let v = rest.find("value=\"").unwrap() + 7;
        rest[v..].split('"').next().unwrap().to_owned()
    };
    let (date, start) = (value("date"), value("start"));
    let olari = site_id(&app.db, "OLARI").to_string();
    let fewer = app.post_as(
        &kaisa,
        &format!("/org/shifts/{shift}"),
        &[
            ("site_id", &olari),
            ("date", &date),
            ("start", &start),
            ("end", "23:59"),
            ("places", "1"),
        ],
    );
    assert_eq!(fewer.status, 422);
    assert!(fewer.body.contains(&text("fi", "shift-error-places-taken")));
    let changed = app.post_as(
        &kaisa,
        &format!("/org/shifts/{shift}"),
        &[
            ("site_id", &olari),
            ("date", &date),
            ("start", &start),
            ("end", "23:59"),
            ("places", "3"),
            ("notes", "Uusi huone"),
        ],
    );
    assert_eq!(changed.status, 303, "{}", changed.body);
    let notes: String = shifts::table
        .find(shift)
        .select(shifts::notes)
        .first(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(notes, "Uusi huone");
    let cancelled = app.post_as(&kaisa, &format!("/org/shifts/{shift}/cancel"), &[]);
    assert_eq!(cancelled.status, 303);
    let kinds: Vec<String> = notices::table
        .filter(notices::user_id.eq(app.user_id(AMINA)))
        .filter(notices::shift_id.eq(shift))
        .order(notices::id)
        .select(notices::kind)
        .load(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(kinds, ["changed", "cancelled"]);
    let page = app.get_as(&amina, "/shifts");
    assert!(page.body.contains(&text("ar", "shift-cancelled")));
    // Another organisation's coordinator finds nothing.
    app.other_organisation();
    let olli = app.visitor(Some(OTHER_COORDINATOR));
    assert_eq!(
        app.get_as(&olli, &format!("/org/shifts/{shift}/edit"))
            .status,
        404
    );
    assert_eq!(
        app.post_as(&olli, &format!("/org/shifts/{shift}/cancel"), &[])
            .status,
        404
    );
    assert!(!app.get_as(&olli, "/org/shifts").body.contains("Uusi huone"));
}

#[test]
fn check_in_opens_before_the_start_and_hours_count_from_it() {
    let app = TestApp::new();
    let later = shift_at(&app.db, Duration::hours(3), 2, &[]);
    let soon = shift_at(&app.db, Duration::minutes(10), 2, &[]);
    let amina = app.visitor(Some(AMINA));
    app.post_as(&amina, &format!("/shifts/{later}/sign-up"), &[]);
    app.post_as(&amina, &format!("/shifts/{soon}/sign-up"), &[]);
    let early = app.post_as(&amina, &format!("/shifts/{later}/check-in"), &[]);
    assert_eq!(early.status, 409);
    assert!(early
        .body
        .contains(&text("ar", "shift-refusal-check-in-closed")));
    assert_eq!(
        app.post_as(&amina, &format!("/shifts/{soon}/check-in"), &[])
            .status,
        303
    );
    let checked: Option<NaiveDateTime> = shift_signups::table
        .filter(shift_signups::shift_id.eq(soon))
        .select(shift_signups::checked_in_at)
        .first(&mut *app.db.get().unwrap())
        .unwrap();
    assert!(checked.is_some());
    assert_eq!(
        app.post_as(&amina, &format!("/shifts/{soon}/check-out"), &[])
            .status,
        303
    );
}

#[test]
fn the_coordinator_marks_no_shows_only_after_the_start_and_sees_new_volunteers() {
    let app = TestApp::new();
    let org = demo_org(&app.db);
    let started = shift_at(&app.db, Duration::days(2), 2, &["so"]);
    let amina_id = app.user_id(AMINA);
    signups::sign_up(&mut app.db.get().unwrap(), org, started, amina_id)
        .unwrap()
        .unwrap();
    let kaisa = app.visitor(Some(KAISA));
    let path = format!("/org/shifts/{started}/attendance/{amina_id}");
    assert_eq!(
        app.post_as(&kaisa, &path, &[("attendance", "no_show")])
            .status,
        404
    );
    // The shift has now started.
    diesel::update(shifts::table.find(started))
        .set((
            shifts::starts_at.eq(now() - Duration::minutes(30)),
            shifts::ends_at.eq(now() + Duration::minutes(90)),
        ))
        .execute(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(
        app.post_as(&kaisa, &path, &[("attendance", "no_show")])
            .status,
        303
    );
    assert_eq!(
        app.post_as(&kaisa, &path, &[("attendance", "dance")])
            .status,
        422
    );
    let week = shift_domain::utc_to_helsinki(now()).format("%G-W%V");
    let board = app.get_as(&kaisa, &format!("/org/shifts?week={week}"));
    assert!(board.body.contains(&text("fi", "board-no-show")));
    assert!(
        board.body.contains(&text("fi", "board-new-volunteer")),
        "Amina's first shift"
    );
    assert!(board.body.contains(&text("fi", "board-gap-new-alone")));
    // Amina does not speak Somali (yet): the wanted language is a gap.
    let gap = "Kukaan ei puhu kieltä \u{2068}Soomaali\u{2069}";
    assert!(board.body.contains(gap));
    speaks(&app.db, amina_id, "so");
    let board = app.get_as(&kaisa, &format!("/org/shifts?week={week}"));
    assert!(!board.body.contains(gap));
}

#[test]
fn the_calendar_feed_parses_and_a_renewed_link_closes_the_old_one() {
    let app = TestApp::new();
    let shift = shift_at(&app.db, Duration::days(6), 2, &[]);
    let amina = app.visitor(Some(AMINA));
    app.post_as(&amina, &format!("/shifts/{shift}/sign-up"), &[]);
    let page = app.get_as(&amina, "/shifts");
    let link = crate::common::link_token(&page.body, "/calendar/");
    let feed = app.get_as(&app.visitor(None), &format!("/calendar/{link}/shifts.ics"));
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
    assert!(feed.body.contains("Olarin kohtaamispaikka"));
    assert_eq!(
        app.post_as(&amina, "/shifts/calendar-link", &[]).status,
        303
    );
    let old = app.get_as(&app.visitor(None), &format!("/calendar/{link}/shifts.ics"));
    assert_eq!(old.status, 404);
}

#[test]
fn the_public_page_shows_times_in_a_language_without_names() {
    let app = TestApp::new();
    let org = demo_org(&app.db);
    let shift = shift_at(&app.db, Duration::days(1), 2, &[]);
    let (amina, farah) = (app.user_id(AMINA), app.user_id(FARAH));
    // Farah speaks Persian in the demo data.
    speaks(&app.db, amina, "so");
    signups::sign_up(&mut app.db.get().unwrap(), org, shift, amina)
        .unwrap()
        .unwrap();
    // Farah is still in training: even signed up by hand, her Persian does not count.
    diesel::insert_into(shift_signups::table)
        .values((
            shift_signups::shift_id.eq(shift),
            shift_signups::user_id.eq(farah),
            shift_signups::state.eq("confirmed"),
            shift_signups::queued_at.eq(now()),
        ))
        .execute(&mut *app.db.get().unwrap())
        .unwrap();
    let (status, page) = app.get("/help?language=so&lang=so", None);
    assert_eq!(status, 200);
    assert!(page.contains("lang=\"so\""));
    assert!(page.contains(&text("so", "help-title")));
    assert!(page.contains("Olarin kohtaamispaikka"));
    assert!(page.contains("Esimerkkikatu 1"));
    let name: String = users::table
        .find(amina)
        .select(users::display_name)
        .first(&mut *app.db.get().unwrap())
        .unwrap();
    assert!(!page.contains(&format!(">{name}<")), "no volunteer names");
    let (_, persian) = app.get("/help?language=fa", None);
    assert!(!persian.contains("Olarin kohtaamispaikka"));
    // A topic nobody has marked falls back to the language alone, and says so.
    let (_, topic) = app.get("/help?language=so&topic=tax&lang=en", None);
    assert!(topic.contains(&text("en", "help-topic-fallback")));
    diesel::insert_into(volunteer_topics::table)
        .values((
            volunteer_topics::user_id.eq(amina),
            volunteer_topics::topic.eq("tax"),
            volunteer_topics::kind.eq("confident"),
        ))
        .execute(&mut *app.db.get().unwrap())
        .unwrap();
    let (_, topic) = app.get("/help?language=so&topic=tax&lang=en", None);
    assert!(!topic.contains(&text("en", "help-topic-fallback")));
    assert!(topic.contains("Olarin kohtaamispaikka"));
    let (status, unknown) = app.get("/help?language=xx&lang=ar", None);
    assert_eq!(status, 422);
    assert!(unknown.contains(&text("ar", "form-error-choose")));
    assert!(unknown.contains("dir=\"rtl\""));
}
