//! Automatic matching at a site: a coordinator turns it on, the engine then confirms its own
//! suggestions whenever the queue changes and in its minute's round, the board says why each
//! match was made, and nobody else may turn it on.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use digikaveri::db::schema::{audit_events, tickets};
use digikaveri::queue::live::{Change, Live};
use digikaveri::queue::{self, auto, TicketRequest};

use crate::common::{helsinki, message, text, Visitor, OTHER_COORDINATOR};
use crate::duty::{day_with, Day, AMINA, AT};

const OKSANA: &str = "oksana@duty.example";

/// The duty tests' day (Amina, Arabic natively and Finnish fluently, checked in), with
/// Oksana (Ukrainian) signed up but not yet there.
struct Site {
    day: Day,
    oksana: i32,
}

fn site(at: NaiveDateTime) -> Site {
    let day = day_with(at, &[(OKSANA, "uk")]);
    let oksana = day.app.user_id(OKSANA);
    Site { day, oksana }
}

impl std::ops::Deref for Site {
    type Target = Day;

    fn deref(&self) -> &Day {
        &self.day
    }
}

impl Site {
    fn turn(&self, who: &Visitor, on: bool) -> crate::common::Reply {
        let fields: &[(&str, &str)] = if on { &[("on", "true")] } else { &[] };
        self.app.post_as(who, "/org/queue/OLARI/auto", fields)
    }

    /// (number, status, volunteer) of every ticket, by number.
    fn tickets(&self) -> Vec<(i32, String, Option<i32>)> {
        tickets::table
            .filter(tickets::site_id.eq(self.site))
            .order(tickets::number)
            .select((tickets::number, tickets::status, tickets::volunteer_id))
            .load(&mut *self.app.db.get().unwrap())
            .unwrap()
    }
}

#[test]
fn auto_match_confirms_the_engines_choice_at_once_and_the_board_says_why() {
    let s = site(helsinki(AT));
    let turned = s.turn(&s.kaisa, true);
    assert!(turned.flashed("flash-auto-match-on"), "{}", turned.body);
    let logged: i64 = audit_events::table
        .filter(audit_events::action.eq("auto-match-on"))
        .count()
        .get_result(&mut *s.app.db.get().unwrap())
        .unwrap();
    assert_eq!(logged, 1);

    // The first Arab is matched with Amina the moment the number is taken, and reads it.
    let mut changes = s.app.client.rocket().state::<Live>().unwrap().subscribe();
    let first = s.take("ar", &[("first_language", "ar"), ("topics", "kela")]);
    assert_eq!(s.tickets(), [(1, "matched".into(), Some(s.amina))]);
    // A number taken that was matched may move earlier tickets: the watchers read again.
    assert_eq!(changes.try_recv(), Ok((s.site, Change::Any)));
    let body = s
        .app
        .get_as(&s.app.visitor(None), &format!("{first}?lang=ar"))
        .body;
    assert!(
        body.contains(&text("ar", "ticket-status-matched")),
        "{body}"
    );
    assert!(body.contains("Amina"), "{body}");

    // The board shows the match among the system's, with the engine's reasons.
    let board = s.app.get_as(&s.kaisa, "/org/queue/OLARI").body;
    assert!(
        board.contains(&text("fi", "duty-by-engine-title")),
        "{board}"
    );
    assert!(
        board.contains(r#"<bdi dir="ltr">O-1</bdi> → Amina"#),
        "{board}"
    );
    assert!(board.contains(&text("fi", "duty-auto-is-on")));
    let speaks = message(
        "fi",
        "reason-speaks",
        &[
            ("language", "arabia (\u{2068}العربية\u{2069})".into()),
            ("level", text("fi", "level-native").into()),
        ],
    );
    assert!(board.contains(&speaks), "{board}");

    // A second Arab waits while Amina helps, and is matched when she finishes.
    s.take("ar", &[("first_language", "ar")]);
    assert_eq!(s.tickets()[1], (2, "waiting".into(), None));
    let amina = s.app.visitor(Some(AMINA));
    let id = s.ticket_id(1);
    for step in ["start", "finish"] {
        let moved = s.app.post_as(&amina, &format!("/duty/{id}/{step}"), &[]);
        assert_eq!(moved.status, 303, "{step}: {}", moved.body);
    }
    assert_eq!(s.tickets()[1], (2, "matched".into(), Some(s.amina)));
}

#[test]
fn auto_match_is_off_until_a_coordinator_of_the_site_turns_it_on() {
    let s = site(helsinki(AT));
    s.take("ar", &[("first_language", "ar")]);
    assert_eq!(s.tickets(), [(1, "waiting".into(), None)]);
    let board = s.app.get_as(&s.kaisa, "/org/queue/OLARI").body;
    assert!(board.contains(&text("fi", "duty-auto-is-off")));
    assert!(!board.contains(&text("fi", "duty-by-engine-title")));

    // A volunteer may not, another organisation's coordinator does not find the site.
    let amina = s.app.visitor(Some(AMINA));
    assert_eq!(s.turn(&amina, true).status, 403);
    let other = s.app.organisation("Muut");
    s.app.coordinator_of(other, OTHER_COORDINATOR);
    let stranger = s.app.visitor(Some(OTHER_COORDINATOR));
    assert_eq!(s.turn(&stranger, true).status, 404);
    assert_eq!(s.tickets(), [(1, "waiting".into(), None)]);

    // Turning it on matches who waits now; turning it off leaves the next to a person.
    assert!(s.turn(&s.kaisa, true).flashed("flash-auto-match-on"));
    assert_eq!(s.tickets(), [(1, "matched".into(), Some(s.amina))]);
    assert!(s.turn(&s.kaisa, false).flashed("flash-auto-match-off"));
    s.take("ar", &[("first_language", "fi")]);
    assert_eq!(s.tickets()[1], (2, "waiting".into(), None));
    let actions: Vec<String> = audit_events::table
        .filter(audit_events::action.like("auto-match-%"))
        .order(audit_events::id)
        .select(audit_events::action)
        .load(&mut *s.app.db.get().unwrap())
        .unwrap();
    assert_eq!(actions, ["auto-match-on", "auto-match-off"]);
}

#[test]
fn auto_match_the_minutes_round_matches_with_a_volunteer_who_just_came() {
    let s = site(helsinki(AT));
    assert!(s.turn(&s.kaisa, true).flashed("flash-auto-match-on"));
    s.take("ar", &[("first_language", "uk")]);
    assert_eq!(s.tickets(), [(1, "waiting".into(), None)]);
    // Oksana checks in: nothing in the queue changed, so the minute's round matches her.
    s.app.check_in(s.shift, s.oksana);
    s.app.advance(Duration::minutes(1));
    let now = s.app.now();
    let matched = auto::settle_due(&mut s.app.db.get().unwrap(), &Live::default(), now).unwrap();
    assert_eq!(matched, 1);
    assert_eq!(s.tickets(), [(1, "matched".into(), Some(s.oksana))]);
    // The next round finds nothing more to do.
    let again = auto::settle_due(&mut s.app.db.get().unwrap(), &Live::default(), now).unwrap();
    assert_eq!(again, 0);
}

#[test]
fn auto_match_gives_one_volunteer_one_person_when_ten_take_a_number_at_once() {
    let s = site(helsinki(AT));
    assert!(s.turn(&s.kaisa, true).flashed("flash-auto-match-on"));
    let place = digikaveri::sites::find(&mut s.app.db.get().unwrap(), s.organisation, s.site)
        .unwrap()
        .unwrap();
    let now = s.app.now();
    crate::safety::at_once(&s.app, 10, |i, conn| {
        let request = TicketRequest {
            first_language: "ar".into(),
            second_language: None,
            topics: Vec::new(),
            first_visit: false,
        };
        let address = format!("10.0.0.{i}");
        queue::take(conn, &Live::default(), &place, &request, &address, now)
            .unwrap()
            .unwrap()
    });
    let tickets = s.tickets();
    assert_eq!(tickets.len(), 10);
    let matched: Vec<_> = tickets.iter().filter(|t| t.1 == "matched").collect();
    assert_eq!(matched.len(), 1, "{tickets:?}");
    assert_eq!(matched[0].2, Some(s.amina));
    assert_eq!(
        matched[0].0, 1,
        "the first number, whoever's request came first"
    );
}
