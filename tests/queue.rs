//! Queue tickets as a person seeking help uses them, and the queue as the people on duty work
//! it: taking a number in their own language at an open site, the ticket page, leaving,
//! refusals, the poster, purging unclaimed tickets, the board's suggestions, matching, and
//! live updates. Each test builds an open site in an empty database at an instant; the
//! time-sensitive ones take the instant, and `clock` runs them again at the instants that
//! used to fail.

use std::sync::{Arc, Barrier};

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use digikaveri::clock::today_in_finland;
use digikaveri::db::schema::tickets;
use digikaveri::languages::Level;
use digikaveri::queue::live::{Change, Live};
use digikaveri::queue::{self, TicketRequest};
use digikaveri::topics::{self, Stance};
use digikaveri::web::labels;

use crate::common::{helsinki, message, text, TestApp, OTHER_COORDINATOR};

const KAISA: &str = "kaisa@espoo.example";
const AMINA: &str = "amina@espoo.example";
const DMYTRO: &str = "dmytro@espoo.example";

/// The instant the queue tests run at unless `clock` says otherwise: a Tuesday morning.
pub const AT: &str = "2026-12-01 11:00";

/// A drop-in centre (code OLARI) open now, with Dmytro (Ukrainian and Russian natively,
/// confident with email) checked in on a shift that started five minutes ago, and Amina
/// (Arabic) in the organisation but not on duty. A food-aid site (LEPPA) has a shift
/// tomorrow.
pub struct OpenSite {
    pub app: TestApp,
    pub organisation: i32,
    pub site: i32,
    pub dmytro: i32,
}

pub fn open_site(at: NaiveDateTime) -> OpenSite {
    let app = TestApp::at(at);
    let organisation = app.organisation("Digikaverit Espoo");
    app.coordinator_of(organisation, KAISA);
    let site = app.site(organisation, "OLARI");
    let dmytro = app
        .volunteer(organisation, DMYTRO)
        .named("Dmytro")
        .interface("uk")
        .speaks("uk", Level::Native)
        .speaks("ru", Level::Native)
        .knows("email", Stance::Confident)
        .create();
    let amina = app
        .volunteer(organisation, AMINA)
        .named("Amina")
        .interface("ar")
        .speaks("ar", Level::Native)
        .create();
    let shift = app
        .shift(site)
        .starting_in(Duration::minutes(10))
        .lasting(Duration::hours(3))
        .create();
    app.sign_up(shift, dmytro);
    app.advance(Duration::minutes(15));
    app.check_in(shift, dmytro);
    let food_aid = app.site(organisation, "LEPPA");
    let tomorrow = app.shift(food_aid).starting_in(Duration::days(1)).create();
    app.sign_up(tomorrow, amina);
    OpenSite {
        app,
        organisation,
        site,
        dmytro,
    }
}

fn ticket_count(app: &TestApp) -> i64 {
    tickets::table
        .count()
        .get_result(&mut *app.db.get().unwrap())
        .unwrap()
}

fn ticket_status(app: &TestApp, ticket: i32) -> String {
    tickets::table
        .find(ticket)
        .select(tickets::status)
        .first(&mut *app.db.get().unwrap())
        .unwrap()
}

fn ticket_number(app: &TestApp, number: i32) -> i32 {
    tickets::table
        .filter(tickets::number.eq(number))
        .select(tickets::id)
        .first(&mut *app.db.get().unwrap())
        .unwrap()
}

pub fn a_person_takes_a_number_in_arabic_and_sees_their_place(at: NaiveDateTime) {
    let s = open_site(at);
    let person = s.app.visitor(None);
    let form = s.app.get_as(&person, "/s/olari?lang=ar");
    assert_eq!(form.status, 200);
    assert!(form.body.contains("dir=\"rtl\""));
    assert!(form.body.contains(&text("ar", "queue-take-title")));
    let first = s.app.post_as(
        &person,
        "/s/OLARI?lang=ar",
        &[
            ("first_language", "ar"),
            ("topics", "kela"),
            ("first_visit", "true"),
        ],
    );
    assert_eq!(first.status, 303, "{}", first.body);
    assert!(first.flashed("flash-ticket-taken"));
    let first_page = first.location.unwrap();
    assert!(
        first_page.starts_with("/t/") && first_page.len() > 40,
        "unguessable"
    );
    let second = s.app.post_as(
        &person,
        "/s/OLARI?lang=ar",
        &[("first_language", "so"), ("second_language", "en")],
    );
    let second_page = second.location.unwrap();
    let page = s.app.get_as(&person, &format!("{first_page}?lang=ar"));
    assert_eq!(page.status, 200);
    assert!(page.body.contains("O-1"));
    assert!(page.body.contains(&text("ar", "ticket-status-waiting")));
    assert!(page.body.contains("العربية"));
    let page = s.app.get_as(&person, &format!("{second_page}?lang=en"));
    assert!(page.body.contains("O-2"));
    assert!(page
        .body
        .contains(&message("en", "ticket-ahead", &[("count", 1.into())])));
    // Nothing personal is stored: the row holds the day, a number, languages, topics and
    // times, and the address's secret only as a hash.
    let (day, number, secret, topics, first_visit): (chrono::NaiveDate, i32, String, String, bool) =
        tickets::table
            .order(tickets::id)
            .select((
                tickets::day,
                tickets::number,
                tickets::secret,
                tickets::topics,
                tickets::first_visit,
            ))
            .first(&mut *s.app.db.get().unwrap())
            .unwrap();
    assert_eq!(day, today_in_finland(s.app.now()), "the day in Finland");
    assert_eq!((number, topics.as_str(), first_visit), (1, "kela", true));
    assert!(!first_page.contains(&secret));
    // The first leaves; the second moves up.
    let left = s.app.post_as(&person, &format!("{first_page}/leave"), &[]);
    assert_eq!(left.status, 303);
    assert!(left.flashed("flash-ticket-left"));
    let page = s.app.get_as(&person, &format!("{second_page}?lang=en"));
    assert!(page
        .body
        .contains(&message("en", "ticket-ahead", &[("count", 0.into())])));
}

#[test]
fn a_person_takes_a_number_in_arabic_and_sees_their_place_on_tuesday() {
    a_person_takes_a_number_in_arabic_and_sees_their_place(helsinki(AT));
}

#[test]
fn bad_choices_a_closed_site_and_an_unknown_site_are_answered_in_the_readers_language() {
    let s = open_site(helsinki(AT));
    let person = s.app.visitor(None);
    // The food-aid site has no shift on now: it is closed, and says when help comes next.
    let closed = s.app.get_as(&person, "/s/LEPPA?lang=so");
    assert!(closed.body.contains(&text("so", "queue-closed-title")));
    assert!(
        !closed.body.contains(&text("so", "queue-closed-none")),
        "a next time is planned"
    );
    let refused = s
        .app
        .post_as(&person, "/s/LEPPA?lang=so", &[("first_language", "so")]);
    assert_eq!(refused.status, 409);
    assert!(refused.body.contains(&text("so", "queue-closed-title")));
    let empty = s
        .app
        .post_as(&person, "/s/OLARI?lang=fa", &[("first_language", "")]);
    assert_eq!(empty.status, 422);
    assert!(empty.body.contains(&text("fa", "queue-error-language")));
    let odd = s.app.post_as(
        &person,
        "/s/OLARI?lang=fa",
        &[("first_language", "fa"), ("topics", "not-a-topic")],
    );
    assert_eq!(odd.status, 422);
    assert!(odd.body.contains(&text("fa", "form-error-choose")));
    assert_eq!(ticket_count(&s.app), 0, "nothing written");
    let unknown = s.app.get_as(&person, "/s/NOWHERE?lang=uk");
    assert_eq!(unknown.status, 404);
    assert!(unknown.body.contains(&text("uk", "error-404-title")));
    assert_eq!(s.app.get_as(&person, "/t/not-a-ticket").status, 404);
}

/// Emoji and other pictographs, which many phones and kiosk browsers draw as empty boxes.
fn has_emoji(text: &str) -> bool {
    text.chars().any(
        |c| matches!(u32::from(c), 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0xFE0F),
    )
}

/// The page's markup from the checkbox of `slug` on, as far as its tile reaches.
fn tile<'a>(body: &'a str, slug: &str) -> &'a str {
    let at = body
        .find(&format!(r#"name="topics" value="{slug}""#))
        .unwrap_or_else(|| panic!("no checkbox for {slug}"));
    let end = body[at..].find("</label>").map_or(body.len(), |e| at + e);
    &body[at..end]
}

#[test]
fn topics_show_inline_svg_icons_with_the_common_ones_first_and_the_rest_behind_more() {
    let s = open_site(helsinki(AT));
    let person = s.app.visitor(None);
    let form = s.app.get_as(&person, "/s/OLARI?lang=so");
    assert_eq!(form.status, 200);
    let body = &form.body;
    // Every topic has its picture inline (no extra request), hidden from screen readers,
    // and nothing is drawn as an emoji.
    assert!(tile(body, "kela").contains(topics::icon("kela")));
    assert!(topics::icon("kela").starts_with(r#"<svg class="topic-icon" aria-hidden="true""#));
    assert_eq!(
        body.matches(r#"<svg class="topic-icon" aria-hidden="true" focusable="false""#)
            .count(),
        topics::TOPICS.len()
    );
    assert!(!has_emoji(body), "no emoji on the page");
    // The common topics come first as tiles, the others behind a closed "more topics".
    let more = body
        .find(r#"<details class="more-topics">"#)
        .expect("closed at first");
    for slug in topics::TOPICS {
        let at = body.find(&format!(r#"value="{slug}""#)).unwrap();
        assert_eq!(at < more, topics::is_common(slug), "{slug}");
    }
    assert!(body.contains(&text("so", "queue-more-topics")));

    // A form that comes back, with a problem or with one of the others chosen, has them open
    // and keeps the choice.
    for fields in [
        &[("first_language", ""), ("topics", "kela")][..],
        &[("first_language", "xx"), ("topics", "tax")][..],
    ] {
        let again = s.app.post_as(&person, "/s/OLARI?lang=ar", fields);
        assert_eq!(again.status, 422, "{fields:?}");
        assert!(
            again.body.contains(r#"<details class="more-topics" open>"#),
            "{fields:?}"
        );
        let (_, slug) = fields[1];
        assert!(tile(&again.body, slug).contains("checked"), "{fields:?}");
    }

    // The ticket page shows the chosen topics with the same pictures.
    let taken = s.app.post_as(
        &person,
        "/s/OLARI?lang=ar",
        &[("first_language", "ar"), ("topics", "tax")],
    );
    assert_eq!(taken.status, 303, "{}", taken.body);
    let ticket = s.app.get_as(&person, &taken.location.unwrap()).body;
    assert!(ticket.contains(topics::icon("tax")));
    assert!(!has_emoji(&ticket));
}

#[test]
fn the_second_language_waits_folded_away_and_the_common_tiles_have_short_labels() {
    let s = open_site(helsinki(AT));
    let person = s.app.visitor(None);
    let closed = r#"<details class="second-language">"#;
    let open = r#"<details class="second-language" open>"#;
    let form = s.app.get_as(&person, "/s/OLARI?lang=so");
    let at = form.body.find(closed).expect("closed at first");
    assert!(form.body[at..].contains(r#"name="second_language""#));
    assert!(form
        .body
        .contains(&text("so", "queue-second-language-open")));
    // The common tiles have short labels; the others keep their full ones.
    assert!(tile(&form.body, "jobmarket").contains(&text("so", "queue-tile-jobmarket")));
    assert!(tile(&form.body, "tax").contains(&text("so", "topic-tax")));
    for slug in topics::TOPICS {
        let short = labels::topic_tile(slug) != labels::topic(slug);
        assert_eq!(short, topics::is_common(slug), "{slug}");
    }

    // Open when a second language comes back chosen or with a problem; closed otherwise.
    for (fields, opened) in [
        (&[("first_language", "")][..], false),
        (
            &[("first_language", ""), ("second_language", "en")][..],
            true,
        ),
        (
            &[("first_language", "so"), ("second_language", "so")][..],
            true,
        ),
    ] {
        let again = s.app.post_as(&person, "/s/OLARI?lang=so", fields);
        assert_eq!(again.status, 422, "{fields:?}");
        assert!(
            again.body.contains(if opened { open } else { closed }),
            "{fields:?}"
        );
    }
    let again = s.app.post_as(
        &person,
        "/s/OLARI?lang=so",
        &[("first_language", "so"), ("second_language", "so")],
    );
    assert!(again.body.contains(r#"id="field-second_language-error""#));
    assert!(again
        .body
        .contains(r#"<option value="so" lang="so" selected>"#));
}

#[test]
fn people_taking_numbers_at_once_get_different_numbers() {
    let s = open_site(helsinki(AT));
    let site = digikaveri::sites::find(&mut s.app.db.get().unwrap(), s.organisation, s.site)
        .unwrap()
        .unwrap();
    let start = Arc::new(Barrier::new(20));
    let now = s.app.now();
    let handles: Vec<_> = (0..20)
        .map(|_| {
            let (db, start, site) = (s.app.db.clone(), Arc::clone(&start), site.clone());
            std::thread::spawn(move || {
                start.wait();
                let request = TicketRequest {
                    first_language: "ar".into(),
                    second_language: None,
                    topics: Vec::new(),
                    first_visit: false,
                };
                queue::take(
                    &mut db.get().unwrap(),
                    &Live::default(),
                    &site,
                    &request,
                    "127.0.0.1",
                    now,
                )
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
        .load(&mut *s.app.db.get().unwrap())
        .unwrap();
    numbers.sort_unstable();
    assert_eq!(numbers, (1..=20).collect::<Vec<_>>());
}

pub fn unclaimed_tickets_of_earlier_days_are_purged(at: NaiveDateTime) {
    let s = open_site(at);
    let person = s.app.visitor(None);
    for language in ["ar", "so", "fa"] {
        let taken = s
            .app
            .post_as(&person, "/s/OLARI", &[("first_language", language)]);
        assert_eq!(taken.status, 303);
    }
    let ids: Vec<i32> = tickets::table
        .order(tickets::id)
        .select(tickets::id)
        .load(&mut *s.app.db.get().unwrap())
        .unwrap();
    // The second was helped: it stays for the statistics.
    diesel::update(tickets::table.find(ids[1]))
        .set(tickets::status.eq("done"))
        .execute(&mut *s.app.db.get().unwrap())
        .unwrap();
    let mut conn = s.app.db.get().unwrap();
    assert_eq!(
        queue::purge_unclaimed(&mut conn, s.app.now()).unwrap(),
        0,
        "nothing of today goes"
    );
    // The next day in Finland the unclaimed ones go.
    let tomorrow = today_in_finland(s.app.now()) + Duration::days(1);
    let next_morning = crate::common::helsinki(&format!("{tomorrow} 08:00"));
    assert_eq!(queue::purge_unclaimed(&mut conn, next_morning).unwrap(), 2);
    let left: Vec<i32> = tickets::table.select(tickets::id).load(&mut *conn).unwrap();
    assert_eq!(left, [ids[1]]);
}

#[test]
fn unclaimed_tickets_of_earlier_days_are_purged_on_tuesday() {
    unclaimed_tickets_of_earlier_days_are_purged(helsinki(AT));
}

#[test]
fn the_poster_has_a_qr_code_and_the_call_in_nine_languages() {
    let s = open_site(helsinki(AT));
    let poster = s.app.get_as(&s.app.visitor(None), "/s/LEPPA/poster");
    assert_eq!(poster.status, 200);
    assert!(poster.body.contains("<svg"));
    assert!(poster.body.contains("http://127.0.0.1:8000/s/LEPPA"));
    for code in ["fi", "sv", "en", "ru", "uk", "et", "ar", "so", "fa"] {
        assert!(poster.body.contains(&text(code, "poster-call")), "{code}");
    }
}

pub fn the_board_suggests_a_speaker_and_the_person_sees_their_helpers_first_name(
    at: NaiveDateTime,
) {
    let s = open_site(at);
    let person = s.app.visitor(None);
    let ukrainian = s.app.post_as(
        &person,
        "/s/OLARI",
        &[("first_language", "uk"), ("topics", "email")],
    );
    let ticket_page = ukrainian.location.unwrap();
    s.app
        .post_as(&person, "/s/OLARI", &[("first_language", "so")]);
    let kaisa = s.app.visitor(Some(KAISA));
    let board = s.app.get_as(&kaisa, "/org/queue/OLARI");
    assert_eq!(board.status, 200);
    let plain = board.body.replace(['\u{2068}', '\u{2069}'], "");
    assert!(plain.contains("O-1</bdi> → Dmytro"), "{plain}");
    let speaks = message(
        "fi",
        "reason-speaks",
        &[
            ("language", "ukraina (\u{2068}українська\u{2069})".into()),
            ("level", text("fi", "level-native").into()),
        ],
    );
    assert!(board.body.contains(&speaks));
    assert!(board.body.contains(&text("fi", "topic-email")));
    let nobody = message(
        "fi",
        "why-nobody-speaks",
        &[("languages", "somali (\u{2068}Soomaali\u{2069})".into())],
    );
    assert!(board.body.contains(&nobody), "the Somali ticket");
    // Another organisation's coordinator does not see the site's queue.
    s.app.other_organisation();
    let olli = s.app.visitor(Some(OTHER_COORDINATOR));
    assert_eq!(s.app.get_as(&olli, "/org/queue/OLARI").status, 404);
    // Kaisa accepts the suggestion.
    let (first, second) = (ticket_number(&s.app, 1), ticket_number(&s.app, 2));
    let dmytro = s.dmytro.to_string();
    let accepted = s.app.post_as(
        &kaisa,
        "/org/queue/OLARI/match",
        &[("ticket_id", &first.to_string()), ("volunteer_id", &dmytro)],
    );
    assert_eq!(accepted.status, 303);
    assert!(accepted.flashed("flash-duty-matched"));
    // Dmytro is busy now: matching the waiting Somali ticket with him is refused, and it
    // stays waiting with nobody.
    let again = s.app.post_as(
        &kaisa,
        "/org/queue/OLARI/match",
        &[
            ("ticket_id", &second.to_string()),
            ("volunteer_id", &dmytro),
        ],
    );
    assert_eq!(again.status, 303);
    assert!(again.flashed("flash-duty-taken"), "refused, not matched");
    assert_eq!(ticket_status(&s.app, second), "waiting");
    let page = s.app.get_as(&person, &format!("{ticket_page}?lang=uk"));
    assert!(page.body.contains(&text("uk", "ticket-status-matched")));
    assert!(page.body.contains("Dmytro"), "the first name of the helper");
    // Dmytro sees his next person on his phone, starts and finishes.
    let phone = s.app.visitor(Some(DMYTRO));
    let next = s.app.get_as(&phone, "/duty");
    assert!(next.body.contains("O-1"));
    let finish = format!("/duty/{first}/finish");
    assert_eq!(
        s.app.post_as(&phone, &finish, &[]).status,
        404,
        "not started yet"
    );
    let started = s.app.post_as(&phone, &format!("/duty/{first}/start"), &[]);
    assert_eq!(started.status, 303);
    assert_eq!(s.app.post_as(&phone, &finish, &[]).status, 303);
    assert_eq!(ticket_status(&s.app, first), "done");
}

#[test]
fn the_board_suggests_a_speaker_and_the_person_sees_their_helpers_first_name_on_tuesday() {
    the_board_suggests_a_speaker_and_the_person_sees_their_helpers_first_name(helsinki(AT));
}

#[test]
fn a_change_to_a_sites_queue_reaches_every_app_server() {
    use std::time::{Duration as StdDuration, Instant};
    let s = open_site(helsinki(AT));
    // On PostgreSQL a second app server on the same database hears the change through NOTIFY;
    // on SQLite (one server by design) the server's own streams hear it.
    let second = s.app.test_db.is_postgres().then(|| s.app.second_server());
    let server = second.as_ref().map_or(&s.app.client, |s| s);
    let mut changes = server.rocket().state::<Live>().unwrap().subscribe();
    if second.is_some() {
        // The second server's listener starts on its own thread: let it LISTEN first.
        std::thread::sleep(StdDuration::from_secs(1));
    }
    let taken = s.app.post_as(
        &s.app.visitor(None),
        "/s/OLARI",
        &[("first_language", "ar")],
    );
    assert_eq!(taken.status, 303);
    let deadline = Instant::now() + StdDuration::from_secs(5);
    let received = loop {
        match changes.try_recv() {
            Ok(site) => break Some(site),
            Err(_) if Instant::now() < deadline => std::thread::sleep(StdDuration::from_millis(50)),
            Err(_) => break None,
        }
    };
    // Nobody was matched (the site matches by hand): a number joined the queue, and no
    // earlier ticket moved.
    assert_eq!(received, Some((s.site, Change::Joined)));
}

#[test]
fn nobody_can_help_today_is_recorded_with_a_reason_the_person_reads() {
    let s = open_site(helsinki(AT));
    let person = s.app.visitor(None);
    let taken = s
        .app
        .post_as(&person, "/s/OLARI", &[("first_language", "ti")]);
    let page = taken.location.unwrap();
    let ticket = ticket_number(&s.app, 1);
    let kaisa = s.app.visitor(Some(KAISA));
    let id = ticket.to_string();
    let odd = s.app.post_as(
        &kaisa,
        "/org/queue/OLARI/unserved",
        &[("ticket_id", &id), ("reason", "bored")],
    );
    assert_eq!(odd.status, 422);
    assert_eq!(ticket_status(&s.app, ticket), "waiting");
    let done = s.app.post_as(
        &kaisa,
        "/org/queue/OLARI/unserved",
        &[("ticket_id", &id), ("reason", "no_language")],
    );
    assert_eq!(done.status, 303);
    assert!(done.flashed("flash-duty-unserved"));
    let (status, reason): (String, Option<String>) = tickets::table
        .find(ticket)
        .select((tickets::status, tickets::unserved_reason))
        .first(&mut *s.app.db.get().unwrap())
        .unwrap();
    assert_eq!(
        (status.as_str(), reason.as_deref()),
        ("unserved", Some("no_language"))
    );
    let seen = s.app.get_as(&person, &format!("{page}?lang=so"));
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
    let s = open_site(helsinki(AT));
    let person = s.app.visitor(None);
    s.app
        .post_as(&person, "/s/OLARI", &[("first_language", "uk")]);
    let (dmytro, amina) = (s.app.visitor(Some(DMYTRO)), s.app.visitor(Some(AMINA)));
    assert_eq!(
        s.app.get_as(&dmytro, "/org/queue/OLARI").status,
        403,
        "not allowed yet"
    );
    let kaisa = s.app.visitor(Some(KAISA));
    let saved = s.app.post_as(
        &kaisa,
        "/org/settings/volunteer-matching",
        &[("allowed", "true")],
    );
    assert_eq!(saved.status, 303);
    let board = s.app.get_as(&dmytro, "/org/queue/OLARI");
    assert_eq!(board.status, 200);
    assert!(board.body.contains("O-1"));
    assert!(s
        .app
        .get_as(&dmytro, "/duty")
        .body
        .contains("/org/queue/OLARI"));
    assert_eq!(
        s.app.get_as(&amina, "/org/queue/OLARI").status,
        403,
        "not on duty"
    );
    let ticket = ticket_number(&s.app, 1);
    let matched = s.app.post_as(
        &dmytro,
        "/org/queue/OLARI/match",
        &[
            ("ticket_id", &ticket.to_string()),
            ("volunteer_id", &s.dmytro.to_string()),
        ],
    );
    assert_eq!(matched.status, 303);
    assert_eq!(ticket_status(&s.app, ticket), "matched");
    // Switched off again, the board is the coordinators' only.
    s.app
        .post_as(&kaisa, "/org/settings/volunteer-matching", &[]);
    assert_eq!(s.app.get_as(&dmytro, "/org/queue/OLARI").status, 403);
}
