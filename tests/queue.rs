//! Queue tickets as a person seeking help uses them: taking a number in their own language at
//! an open site, the ticket page, leaving, refusals, the poster, and purging unclaimed tickets.

use std::sync::{Arc, Barrier};

use chrono::Duration;
use diesel::prelude::*;
use digikaveri::db::schema::{shift_signups, sites, tickets};
use digikaveri::db::{now, Db};
use digikaveri::queue::{self, TicketRequest};
use digikaveri::shifts::{self as shift_domain, ShiftPlan};

use crate::common::{site_id, text, user_id, TestApp};

/// Another shift on now at the drop-in centre, with Amina on it (the demo data has one with
/// Dmytro), so the tests do not depend on the demo for an open site.
fn open_now(db: &Db) {
    let start = now() - Duration::minutes(5);
    let plan = ShiftPlan {
        site_id: site_id(db, "OLARI"),
        times: vec![(start, start + Duration::hours(2))],
        places: 2,
        languages: Vec::new(),
        notes: String::new(),
    };
    let organisation = sites::table
        .filter(sites::public_code.eq("OLARI"))
        .select(sites::organisation_id)
        .first(&mut *db.get().unwrap())
        .unwrap();
    let kaisa = user_id(db, "kaisa@demo.digikaveri.fi");
    let shift =
        shift_domain::create(&mut db.get().unwrap(), organisation, &plan, kaisa).unwrap()[0];
    diesel::insert_into(shift_signups::table)
        .values((
            shift_signups::shift_id.eq(shift),
            shift_signups::user_id.eq(user_id(db, "amina@demo.digikaveri.fi")),
            shift_signups::state.eq("confirmed"),
            shift_signups::queued_at.eq(now()),
        ))
        .execute(&mut *db.get().unwrap())
        .unwrap();
}

fn ticket_count(db: &Db) -> i64 {
    tickets::table
        .count()
        .get_result(&mut *db.get().unwrap())
        .unwrap()
}

#[test]
fn a_person_takes_a_number_in_arabic_and_sees_their_place() {
    let app = TestApp::new();
    open_now(&app.db);
    let person = app.visitor(None);
    let form = app.get_as(&person, "/s/olari?lang=ar");
    assert_eq!(form.status, 200);
    assert!(form.body.contains("dir=\"rtl\""));
    assert!(form.body.contains(&text("ar", "queue-take-title")));
    let first = app.post_as(
        &person,
        "/s/OLARI?lang=ar",
        &[
            ("first_language", "ar"),
            ("topics", "kela"),
            ("first_visit", "true"),
        ],
    );
    assert_eq!(first.status, 303, "{}", first.body);
    let first_page = first.location.unwrap();
    assert!(
        first_page.starts_with("/t/") && first_page.len() > 40,
        "unguessable"
    );
    let second = app.post_as(
        &person,
        "/s/OLARI?lang=ar",
        &[("first_language", "so"), ("second_language", "en")],
    );
    let second_page = second.location.unwrap();
    let page = app.get_as(&person, &format!("{first_page}?lang=ar"));
    assert_eq!(page.status, 200);
    assert!(page.body.contains("O-1"));
    assert!(page.body.contains(&text("ar", "ticket-status-waiting")));
    assert!(page.body.contains("العربية"));
    let page = app.get_as(&person, &format!("{second_page}?lang=en"));
    assert!(page.body.contains("O-2"));
    assert!(page.body.contains("There is 1 person before you."));
    // Nothing personal is stored: the row holds a number, languages, topics and times, and
    // the address's secret only as a hash.
    let (number, secret, topics, first_visit): (i32, String, String, bool) = tickets::table
        .order(tickets::id)
        .select((
            tickets::number,
            tickets::secret,
            tickets::topics,
            tickets::first_visit,
        ))
        .first(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!((number, topics.as_str(), first_visit), (1, "kela", true));
    assert!(!first_page.contains(&secret));
    // The first leaves; the second moves up.
    assert_eq!(
        app.post_as(&person, &format!("{first_page}/leave"), &[])
            .status,
        303
    );
    let page = app.get_as(&person, &format!("{second_page}?lang=en"));
    assert!(page.body.contains("You are next."));
}

#[test]
fn bad_choices_a_closed_site_and_an_unknown_site_are_answered_in_the_readers_language() {
    let app = TestApp::new();
    let person = app.visitor(None);
    // The food-aid site has no shift on now: it is closed, and says when help comes next.
    let closed = app.get_as(&person, "/s/LEPPA?lang=so");
    assert!(closed.body.contains(&text("so", "queue-closed-title")));
    assert!(
        !closed.body.contains(&text("so", "queue-closed-none")),
        "a next time is planned"
    );
    let refused = app.post_as(&person, "/s/LEPPA?lang=so", &[("first_language", "so")]);
    assert_eq!(refused.status, 409);
    assert!(refused.body.contains(&text("so", "queue-closed-title")));
    let empty = app.post_as(&person, "/s/OLARI?lang=fa", &[("first_language", "")]);
    assert_eq!(empty.status, 422);
    assert!(empty.body.contains(&text("fa", "queue-error-language")));
    let odd = app.post_as(
        &person,
        "/s/OLARI?lang=fa",
        &[("first_language", "fa"), ("topics", "not-a-topic")],
    );
    assert_eq!(odd.status, 422);
    assert_eq!(ticket_count(&app.db), 0, "nothing written");
    let unknown = app.get_as(&person, "/s/NOWHERE?lang=uk");
    assert_eq!(unknown.status, 404);
    assert!(unknown.body.contains(&text("uk", "error-404-title")));
    assert_eq!(app.get_as(&person, "/t/not-a-ticket").status, 404);
}

#[test]
fn people_taking_numbers_at_once_get_different_numbers() {
    let app = TestApp::new();
    open_now(&app.db);
    let site = queue::site_by_code(&mut app.db.get().unwrap(), "OLARI")
        .unwrap()
        .unwrap();
    let start = Arc::new(Barrier::new(20));
    let handles: Vec<_> = (0..20)
        .map(|_| {
            let (db, start, site) = (app.db.clone(), Arc::clone(&start), site.clone());
            std::thread::spawn(move || {
                start.wait();
                let request = TicketRequest {
                    first_language: "ar".into(),
                    second_language: None,
                    topics: Vec::new(),
                    first_visit: false,
                };
                queue::take(&mut db.get().unwrap(), &site, &request)
                    .unwrap()
                    .unwrap()
            })
        })
        .collect();
    for handle in handles {
        handle.join().unwrap();
    }
    let mut numbers: Vec<i32> = tickets::table
        .select(tickets::number)
        .load(&mut *app.db.get().unwrap())
        .unwrap();
    numbers.sort_unstable();
    assert_eq!(numbers, (1..=20).collect::<Vec<_>>());
}

#[test]
fn unclaimed_tickets_of_earlier_days_are_purged() {
    let app = TestApp::new();
    open_now(&app.db);
    let person = app.visitor(None);
    for language in ["ar", "so", "fa"] {
        app.post_as(&person, "/s/OLARI", &[("first_language", language)]);
    }
    let ids: Vec<i32> = tickets::table
        .order(tickets::id)
        .select(tickets::id)
        .load(&mut *app.db.get().unwrap())
        .unwrap();
    let yesterday = shift_domain::utc_to_helsinki(now()).date() - Duration::days(1);
    let mut conn = app.db.get().unwrap();
    diesel::update(tickets::table.filter(tickets::id.eq_any(&ids[..2])))
        .set(tickets::day.eq(yesterday))
        .execute(&mut *conn)
        .unwrap();
    // Yesterday's second ticket was helped: it stays for the statistics.
    diesel::update(tickets::table.find(ids[1]))
        .set(tickets::status.eq("done"))
        .execute(&mut *conn)
        .unwrap();
    assert_eq!(queue::purge_unclaimed(&mut conn).unwrap(), 1);
    let left: Vec<i32> = tickets::table
        .order(tickets::id)
        .select(tickets::id)
        .load(&mut *conn)
        .unwrap();
    assert_eq!(left, ids[1..]);
}

#[test]
fn the_poster_has_a_qr_code_and_the_call_in_nine_languages() {
    let app = TestApp::new();
    let poster = app.get_as(&app.visitor(None), "/s/LEPPA/poster");
    assert_eq!(poster.status, 200);
    assert!(poster.body.contains("<svg"));
    assert!(poster.body.contains("http://127.0.0.1:8000/s/LEPPA"));
    for code in ["fi", "sv", "en", "ru", "uk", "et", "ar", "so", "fa"] {
        assert!(poster.body.contains(&text(code, "poster-call")), "{code}");
    }
}

#[test]
fn the_board_suggests_a_speaker_and_the_person_sees_their_helpers_first_name() {
    let app = TestApp::new();
    let person = app.visitor(None);
    // The demo has Dmytro checked in at the drop-in centre now; he speaks Ukrainian natively
    // and is confident with email.
    let ukrainian = app.post_as(
        &person,
        "/s/OLARI",
        &[("first_language", "uk"), ("topics", "email")],
    );
    let ticket_page = ukrainian.location.unwrap();
    app.post_as(&person, "/s/OLARI", &[("first_language", "so")]);
    let kaisa = app.visitor(Some("kaisa@demo.digikaveri.fi"));
    let board = app.get_as(&kaisa, "/org/queue/OLARI");
    assert_eq!(board.status, 200);
    let plain = board.body.replace(['\u{2068}', '\u{2069}'], "");
    assert!(plain.contains("O-1</bdi> → Dmytro"), "{plain}");
    assert!(plain.contains("Puhuu kieltä українська (Äidinkieli)"));
    assert!(plain.contains(&text("fi", "topic-email")));
    assert!(
        plain.contains("Kukaan paikalla ei puhu kieltä Soomaali."),
        "the Somali ticket"
    );
    // Another organisation's coordinator does not see the site's queue.
    app.other_organisation();
    let olli = app.visitor(Some(crate::common::OTHER_COORDINATOR));
    assert_eq!(app.get_as(&olli, "/org/queue/OLARI").status, 404);
    // Kaisa accepts the suggestion.
    let (ticket, dmytro) = (
        tickets::table
            .filter(tickets::number.eq(1))
            .select(tickets::id)
            .first::<i32>(&mut *app.db.get().unwrap())
            .unwrap(),
        user_id(&app.db, "dmytro@demo.digikaveri.fi"),
    );
    let accepted = app.post_as(
        &kaisa,
        "/org/queue/OLARI/match",
        &[
            ("ticket_id", &ticket.to_string()),
            ("volunteer_id", &dmytro.to_string()),
        ],
    );
    assert_eq!(accepted.status, 303);
    // Dmytro is busy now: a second match with him is refused.
    let again = app.post_as(
        &kaisa,
        "/org/queue/OLARI/match",
        &[("ticket_id", "0"), ("volunteer_id", &dmytro.to_string())],
    );
    assert_eq!(again.status, 303);
    let page = app.get_as(&person, &format!("{ticket_page}?lang=uk"));
    assert!(page.body.contains(&text("uk", "ticket-status-matched")));
    assert!(page.body.contains("Dmytro"), "the first name of the helper");
    // Dmytro sees his next person on his phone, starts and finishes.
    let dmytro_phone = app.visitor(Some("dmytro@demo.digikaveri.fi"));
    let next = app.get_as(&dmytro_phone, "/duty");
    assert!(next.body.contains("O-1"));
    assert_eq!(
        app.post_as(&dmytro_phone, &format!("/duty/{ticket}/finish"), &[])
            .status,
        404,
        "not started yet"
    );
    assert_eq!(
        app.post_as(&dmytro_phone, &format!("/duty/{ticket}/start"), &[])
            .status,
        303
    );
    assert_eq!(
        app.post_as(&dmytro_phone, &format!("/duty/{ticket}/finish"), &[])
            .status,
        303
    );
    let status: String = tickets::table
        .find(ticket)
        .select(tickets::status)
        .first(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(status, "done");
}

#[test]
fn a_change_to_a_sites_queue_reaches_every_app_server() {
    use digikaveri::queue::live::Live;
    use std::time::{Duration as StdDuration, Instant};
    let app = TestApp::new();
    // On PostgreSQL a second app server on the same database hears the change through NOTIFY;
    // on SQLite (one server by design) the server's own streams hear it.
    let second = app.test_db.is_postgres().then(|| app.second_server());
    let server = second.as_ref().map_or(&app.client, |s| s);
    let mut changes = server.rocket().state::<Live>().unwrap().subscribe();
    if second.is_some() {
        // The second server's listener starts on its own thread: let it LISTEN first.
        std::thread::sleep(StdDuration::from_secs(1));
    }
    app.post_as(&app.visitor(None), "/s/OLARI", &[("first_language", "ar")]);
    let deadline = Instant::now() + StdDuration::from_secs(5);
    let received = loop {
        match changes.try_recv() {
            Ok(site) => break Some(site),
            Err(_) if Instant::now() < deadline => std::thread::sleep(StdDuration::from_millis(50)),
            Err(_) => break None,
        }
    };
    assert_eq!(received, Some(site_id(&app.db, "OLARI")));
}

#[test]
fn nobody_can_help_today_is_recorded_with_a_reason_the_person_reads() {
    let app = TestApp::new();
    let person = app.visitor(None);
    let taken = app.post_as(&person, "/s/OLARI", &[("first_language", "ti")]);
    let page = taken.location.unwrap();
    let ticket: i32 = tickets::table
        .select(tickets::id)
        .first(&mut *app.db.get().unwrap())
        .unwrap();
    let kaisa = app.visitor(Some("kaisa@demo.digikaveri.fi"));
    let id = ticket.to_string();
    let odd = app.post_as(
        &kaisa,
        "/org/queue/OLARI/unserved",
        &[("ticket_id", &id), ("reason", "bored")],
    );
    assert_eq!(odd.status, 422);
    let done = app.post_as(
        &kaisa,
        "/org/queue/OLARI/unserved",
        &[("ticket_id", &id), ("reason", "no_language")],
    );
    assert_eq!(done.status, 303);
    let (status, reason): (String, Option<String>) = tickets::table
        .find(ticket)
        .select((tickets::status, tickets::unserved_reason))
        .first(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(
        (status.as_str(), reason.as_deref()),
        ("unserved", Some("no_language"))
    );
    let seen = app.get_as(&person, &format!("{page}?lang=so"));
    assert!(seen
        .body
        .contains(&text("so", "ticket-unserved-no-language")));
    assert!(
        seen.body.contains("/help?language=ti"),
        "where to find help in Tigrinya"
    );
}

#[test]
fn volunteers_on_duty_work_the_queue_only_when_the_organisation_allows_it() {
    let app = TestApp::new();
    let person = app.visitor(None);
    app.post_as(&person, "/s/OLARI", &[("first_language", "uk")]);
    // Dmytro is checked in at the drop-in centre (demo data); Amina is not on duty.
    let (dmytro, amina) = (
        app.visitor(Some("dmytro@demo.digikaveri.fi")),
        app.visitor(Some("amina@demo.digikaveri.fi")),
    );
    assert_eq!(
        app.get_as(&dmytro, "/org/queue/OLARI").status,
        403,
        "not allowed yet"
    );
    let kaisa = app.visitor(Some("kaisa@demo.digikaveri.fi"));
    let saved = app.post_as(
        &kaisa,
        "/org/settings/volunteer-matching",
        &[("allowed", "true")],
    );
    assert_eq!(saved.status, 303);
    let board = app.get_as(&dmytro, "/org/queue/OLARI");
    assert_eq!(board.status, 200);
    assert!(board.body.contains("O-1"));
    assert!(app
        .get_as(&dmytro, "/duty")
        .body
        .contains("/org/queue/OLARI"));
    assert_eq!(
        app.get_as(&amina, "/org/queue/OLARI").status,
        403,
        "not on duty"
    );
    let ticket: i32 = tickets::table
        .select(tickets::id)
        .first(&mut *app.db.get().unwrap())
        .unwrap();
    let dmytro_id = user_id(&app.db, "dmytro@demo.digikaveri.fi").to_string();
    let matched = app.post_as(
        &dmytro,
        "/org/queue/OLARI/match",
        &[
            ("ticket_id", &ticket.to_string()),
            ("volunteer_id", &dmytro_id),
        ],
    );
    assert_eq!(matched.status, 303);
    let status: String = tickets::table
        .find(ticket)
        .select(tickets::status)
        .first(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(status, "matched");
    // Switched off again, the board is the coordinators' only.
    app.post_as(&kaisa, "/org/settings/volunteer-matching", &[]);
    assert_eq!(app.get_as(&dmytro, "/org/queue/OLARI").status, 403);
}
