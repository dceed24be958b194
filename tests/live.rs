//! Live ticket pages: after a change of the queue, a ticket's event stream sends the changed
//! part of the page itself (the place, the helper and the table, the three questions), in
//! the watcher's language, so the page fetches nothing; and a change made on one app server
//! reaches a watcher of another. The board's stream likewise sends its changed part, with
//! each reader's own token, for as long as the reader may see the board.

use std::io::Read;
use std::time::{Duration as StdDuration, Instant};

use chrono::Duration;
use diesel::prelude::*;
use digikaveri::db::schema::{site_tables, tickets};
use fluent_templates::fluent_bundle::FluentValue;
use rocket::http::{Cookie, Header};
use rocket::local::blocking::{Client, LocalResponse};

use crate::common::{helsinki, message, text, Visitor};
use crate::queue::{open_site, OpenSite, AT};

const KAISA: &str = "kaisa@espoo.example";
const DMYTRO: &str = "dmytro@espoo.example";

/// Opens the event stream of the ticket page at `page` as a browser reading `lang`.
fn watch<'c>(client: &'c Client, page: &str, lang: &str) -> LocalResponse<'c> {
    client
        .get(format!("{page}/events"))
        .header(Header::new("Accept-Language", lang.to_owned()))
        .cookie(Cookie::new("dk_csrf", "anonymous-csrf-token"))
        .dispatch()
}

/// Opens the event stream of OLARI's board as the signed-in `visitor`.
fn watch_board<'c>(client: &'c Client, visitor: &Visitor) -> LocalResponse<'c> {
    client
        .get("/org/queue/OLARI/events")
        .cookie(Cookie::new("dk_session", visitor.session.clone().unwrap()))
        .dispatch()
}

/// Whether the stream ended (heartbeats skipped): what a browser sees when the server stops it.
fn ended(stream: &mut LocalResponse<'_>) -> bool {
    let deadline = Instant::now() + StdDuration::from_secs(90);
    let (mut raw, mut byte) = (Vec::new(), [0u8; 1]);
    while Instant::now() < deadline && !raw.windows(5).any(|w| w == b"data:") {
        if stream.read(&mut byte).unwrap() == 0 {
            return true;
        }
        raw.push(byte[0]);
    }
    false
}

/// The data of the stream's next event (heartbeats skipped), its lines joined again.
fn next_event(stream: &mut LocalResponse<'_>) -> String {
    let deadline = Instant::now() + StdDuration::from_secs(90);
    loop {
        let mut raw = Vec::new();
        let mut byte = [0u8; 1];
        while !raw.ends_with(b"\n\n") {
            assert!(Instant::now() < deadline, "no event came");
            assert_eq!(stream.read(&mut byte).unwrap(), 1, "the stream ended");
            raw.push(byte[0]);
        }
        let data: Vec<&str> = std::str::from_utf8(&raw)
            .unwrap()
            .lines()
            .filter_map(|line| line.strip_prefix("data:"))
            .collect();
        if !data.is_empty() {
            return data.join("\n");
        }
    }
}

fn take(s: &OpenSite, language: &str) -> String {
    let taken = s.app.post_as(
        &s.app.visitor(None),
        "/s/OLARI",
        &[("first_language", language)],
    );
    assert_eq!(taken.status, 303);
    taken.location.unwrap()
}

fn ticket_id(s: &OpenSite, number: i32) -> i32 {
    tickets::table
        .filter(tickets::number.eq(number))
        .select(tickets::id)
        .first(&mut *s.app.db.get().unwrap())
        .unwrap()
}

/// Dmytro sits at table 2 of the site.
fn seat_dmytro_at_table_two(s: &OpenSite) {
    diesel::insert_into(site_tables::table)
        .values((
            site_tables::site_id.eq(s.site),
            site_tables::label.eq("2"),
            site_tables::position.eq(0),
        ))
        .execute(&mut *s.app.db.get().unwrap())
        .unwrap();
    let table: i32 = site_tables::table
        .select(site_tables::id)
        .first(&mut *s.app.db.get().unwrap())
        .unwrap();
    let kaisa = s.app.visitor(Some(KAISA));
    let seated = s.app.post_as(
        &kaisa,
        "/org/queue/OLARI/seat",
        &[
            ("volunteer_id", &s.dmytro.to_string()),
            ("table_id", &table.to_string()),
        ],
    );
    assert!(seated.flashed("flash-duty-seated"));
}

fn match_first_with_dmytro(s: &OpenSite) {
    let kaisa = s.app.visitor(Some(KAISA));
    let matched = s.app.post_as(
        &kaisa,
        "/org/queue/OLARI/match",
        &[
            ("ticket_id", &ticket_id(s, 1).to_string()),
            ("volunteer_id", &s.dmytro.to_string()),
        ],
    );
    assert!(matched.flashed("flash-duty-matched"));
}

fn ahead(lang: &str, count: i64) -> String {
    message(lang, "ticket-ahead", &[("count", FluentValue::from(count))])
}

#[test]
fn live_a_ticket_stream_sends_the_new_place_and_the_helper_and_table_in_the_watchers_language() {
    let s = open_site(helsinki(AT));
    seat_dmytro_at_table_two(&s);
    let first = take(&s, "uk");
    let second = take(&s, "ru");
    let mut first_stream = watch(&s.app.client, &first, "uk");
    let mut second_stream = watch(&s.app.client, &second, "ar");
    assert!(s.app.get(&second, Some("ar")).1.contains(&ahead("ar", 1)));
    match_first_with_dmytro(&s);
    let mine = next_event(&mut first_stream);
    assert!(
        mine.contains(&text("uk", "ticket-status-matched")),
        "{mine}"
    );
    let where_to = message(
        "uk",
        "ticket-your-helper-table",
        &[("name", "Dmytro".into()), ("table", "2".into())],
    );
    assert!(
        mine.contains(&where_to),
        "Dmytro, table 2, in Ukrainian: {mine}"
    );
    let theirs = next_event(&mut second_stream);
    assert!(
        theirs.contains(&ahead("ar", 0)),
        "nobody ahead now: {theirs}"
    );
    assert!(theirs.contains(&text("ar", "ticket-status-waiting")));
    let wait = message("ar", "ticket-expected-wait", &[("minutes", 15.into())]);
    assert!(theirs.contains(&wait), "the expected wait: {theirs}");
    assert!(!theirs.contains("<html"), "only the part that changes");
}

/// A later number leaves an earlier ticket as it was: after its first event, its stream says
/// only `unchanged`, until a change that moves it (a match) sends the part again.
#[test]
fn live_a_later_number_leaves_a_ticket_unchanged_and_a_match_sends_its_part() {
    let s = open_site(helsinki(AT));
    let first = take(&s, "uk");
    let mut stream = watch(&s.app.client, &first, "uk");
    take(&s, "ru");
    let part = next_event(&mut stream);
    assert!(
        part.contains(&ahead("uk", 0)),
        "the first event renders: {part}"
    );
    take(&s, "so");
    assert_eq!(next_event(&mut stream), "unchanged");
    match_first_with_dmytro(&s);
    let matched = next_event(&mut stream);
    assert!(
        matched.contains(&text("uk", "ticket-status-matched")),
        "{matched}"
    );
}

#[test]
fn live_a_ticket_stream_asks_for_feedback_when_the_help_is_finished() {
    let s = open_site(helsinki(AT));
    let first = take(&s, "uk");
    let mut stream = watch(&s.app.client, &first, "uk");
    match_first_with_dmytro(&s);
    assert!(!next_event(&mut stream).contains(&text("uk", "feedback-title")));
    let id = ticket_id(&s, 1);
    let phone = s.app.visitor(Some(DMYTRO));
    let started = s.app.post_as(&phone, &format!("/duty/{id}/start"), &[]);
    assert_eq!(started.status, 303);
    assert!(next_event(&mut stream).contains(&text("uk", "ticket-status-helping")));
    s.app.advance(Duration::minutes(20));
    let finished = s.app.post_as(&phone, &format!("/duty/{id}/finish"), &[]);
    assert_eq!(finished.status, 303);
    let done = next_event(&mut stream);
    assert!(done.contains(&text("uk", "feedback-title")), "{done}");
    assert!(
        done.contains(&format!(r#"action="{first}/feedback""#)),
        "{done}"
    );
    assert!(done.contains(r#"name="csrf" value="anonymous-csrf-token""#));
}

#[test]
fn live_a_change_on_one_app_server_reaches_a_watcher_of_another() {
    let s = open_site(helsinki(AT));
    let first = take(&s, "uk");
    let second = take(&s, "so");
    // On PostgreSQL the watcher sits on a second app server of the same database and hears
    // the change through NOTIFY; on SQLite (one server by design) on the same server.
    let other = s.app.test_db.is_postgres().then(|| s.app.second_server());
    let server = other.as_ref().unwrap_or(&s.app.client);
    let mut stream = watch(server, &second, "fi");
    if other.is_some() {
        // The second server's listener starts on its own thread: let it LISTEN first.
        std::thread::sleep(StdDuration::from_secs(1));
    }
    assert!(first.starts_with("/t/"));
    match_first_with_dmytro(&s);
    let event = next_event(&mut stream);
    assert!(event.contains(&ahead("fi", 0)), "{event}");
    // A number taken after it travels as such, and leaves the ticket as it was.
    take(&s, "ru");
    assert_eq!(next_event(&mut stream), "unchanged");
}

#[test]
fn live_the_board_is_sent_its_new_part_with_each_readers_token_while_they_may_see_it() {
    let s = open_site(helsinki(AT));
    let kaisa = s.app.visitor(Some(KAISA));
    let allowed = s.app.post_as(
        &kaisa,
        "/org/settings/volunteer-matching",
        &[("allowed", "true")],
    );
    assert_eq!(allowed.status, 303);
    let dmytro = s.app.visitor(Some(DMYTRO));
    let mut coordinator = watch_board(&s.app.client, &kaisa);
    let mut volunteer = watch_board(&s.app.client, &dmytro);
    take(&s, "uk");
    let part = next_event(&mut coordinator);
    assert!(part.contains("O-1"), "the new number: {part}");
    assert!(part.contains(&format!(r#"name="csrf" value="{}""#, kaisa.csrf)));
    assert!(
        part.contains(&text("fi", "duty-controls-title")),
        "a coordinator's switches: {part}"
    );
    let seen = next_event(&mut volunteer);
    assert!(seen.contains("O-1"), "{seen}");
    assert!(seen.contains(&format!(r#"name="csrf" value="{}""#, dmytro.csrf)));
    assert!(!seen.contains(&kaisa.csrf), "another reader's token");
    assert!(!seen.contains(&text("uk", "duty-controls-title")), "{seen}");
    // Volunteers may no longer match: the next change ends Dmytro's stream, not Kaisa's.
    s.app
        .post_as(&kaisa, "/org/settings/volunteer-matching", &[]);
    take(&s, "ru");
    assert!(next_event(&mut coordinator).contains("O-2"));
    assert!(
        ended(&mut volunteer),
        "a reader no longer allowed the board"
    );
    // Signed out, Kaisa's stream ends with the next change too.
    assert_eq!(s.app.post_as(&kaisa, "/logout", &[]).status, 303);
    take(&s, "so");
    assert!(ended(&mut coordinator), "a reader signed out");
}
