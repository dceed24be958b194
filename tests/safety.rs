//! The service under misuse and accident: a flood of queue numbers from one browser or one
//! address, forged addresses, one-time links used from many places at once, double submits,
//! questions that would tell who has an account, crafted input, the cache of private pages,
//! cookie flags, and the database going away.

use std::net::SocketAddr;
use std::sync::{Arc, Barrier};
use std::time::{Duration as StdDuration, Instant};

use chrono::Duration;
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::PgConnection;
use digikaveri::auth::{resets, throttle};
use digikaveri::clock::Clock;
use digikaveri::config::Config;
use digikaveri::db::schema::{
    invitations, join_requests, login_sessions, organisations, password_resets, shifts,
    sign_in_attempts, sites, tickets, users,
};
use digikaveri::db::{Db, DbConn, PooledConn};
use digikaveri::invitations::{self as invites, Acceptance, InviteRefusal};
use digikaveri::limits::TICKETS_PER_ADDRESS;
use digikaveri::mail::Outbox;
use digikaveri::privacy::audit::Actor;
use digikaveri::volunteers::{self, Applicant, JoinMail, JoinRefusal};
use rocket::http::{ContentType, Cookie, Header};
use rocket::local::blocking::{Client, LocalRequest, LocalResponse};

use crate::common::{
    encode, helsinki, link_token, message, migrated, text, TestApp, TestDb, Visitor, DEMO_INSTANT,
};

const DEMO_PASSWORD: &str = digikaveri::demo::DEMO_PASSWORD;
const KAISA: &str = "kaisa@demo.digikaveri.fi";
const AMINA: &str = "amina@demo.digikaveri.fi";
const DMYTRO: &str = "dmytro@demo.digikaveri.fi";

/// One answer as a browser sees it: status, where it leads, the cookies it sets, its cache
/// header and its page.
struct Seen {
    status: u16,
    location: Option<String>,
    cookies: Vec<Cookie<'static>>,
    cache_control: Option<String>,
    body: String,
}

impl Seen {
    fn of(response: LocalResponse<'_>) -> Seen {
        let status = response.status().code;
        let headers = response.headers();
        let location = headers.get_one("Location").map(str::to_owned);
        let cache_control = headers.get_one("Cache-Control").map(str::to_owned);
        let cookies = response.cookies().iter().cloned().collect();
        Seen {
            status,
            location,
            cookies,
            cache_control,
            body: response.into_string().unwrap_or_default(),
        }
    }

    fn cookie(&self, name: &str) -> Option<&Cookie<'static>> {
        self.cookies.iter().find(|c| c.name() == name)
    }

    /// Whether the answer sends the next page this flash message.
    fn flashed(&self, id: &str) -> bool {
        self.cookie("_flash")
            .is_some_and(|c| c.value().ends_with(id))
    }
}

/// A form posted by an anonymous browser with its CSRF cookie; the caller adds the peer
/// address, other cookies and headers.
fn form_post<'c>(app: &'c TestApp, path: &str, fields: &[(&str, &str)]) -> LocalRequest<'c> {
    let csrf = app.visitor(None).csrf;
    let mut body = vec![("csrf".to_owned(), csrf.clone())];
    body.extend(fields.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    app.client
        .post(path.to_owned())
        .cookie(Cookie::new("dk_csrf", csrf))
        .header(ContentType::Form)
        .body(encode(&body))
}

/// A GET as `visitor`, seen with its headers.
fn get_seen(app: &TestApp, visitor: &Visitor, path: &str) -> Seen {
    let request = app.client.get(path.to_owned());
    let request = match &visitor.session {
        Some(token) => request.cookie(Cookie::new("dk_session", token.clone())),
        None => request.cookie(Cookie::new("dk_csrf", visitor.csrf.clone())),
    };
    Seen::of(request.dispatch())
}

/// A peer address in the documentation range.
fn peer(n: u8) -> SocketAddr {
    format!("198.51.100.{n}:4000").parse().unwrap()
}

fn ticket_count(app: &TestApp) -> i64 {
    tickets::table
        .count()
        .get_result(&mut *app.db.get().unwrap())
        .unwrap()
}

fn tickets_in(app: &TestApp, status: &str) -> i64 {
    tickets::table
        .filter(tickets::status.eq(status))
        .count()
        .get_result(&mut *app.db.get().unwrap())
        .unwrap()
}

fn accounts_with(app: &TestApp, email: &str) -> i64 {
    users::table
        .filter(users::email.eq(email))
        .count()
        .get_result(&mut *app.db.get().unwrap())
        .unwrap()
}

/// The demo organisation's id.
fn espoo(app: &TestApp) -> i32 {
    organisations::table
        .filter(organisations::slug.eq("espoo-demo"))
        .select(organisations::id)
        .first(&mut *app.db.get().unwrap())
        .unwrap()
}

/// Kaisa, the demo coordinator, as the audit log names her.
fn kaisa(app: &TestApp) -> Actor {
    Actor {
        user_id: app.user_id(KAISA),
        organisation_id: Some(espoo(app)),
    }
}

/// Fluent's isolation marks around variables, which a mail subject does not keep.
fn plain(text: String) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

// ---------------------------------------------------------------------------------------
// Queue flooding

/// Takes a number at OLARI as an anonymous browser from `from`, holding `held` (the ticket
/// cookie an earlier answer set) if it has one.
fn take_number(app: &TestApp, from: SocketAddr, held: Option<&Cookie<'static>>) -> Seen {
    take_number_at(app, "/s/OLARI", from, held)
}

fn take_number_at(
    app: &TestApp,
    path: &str,
    from: SocketAddr,
    held: Option<&Cookie<'static>>,
) -> Seen {
    let mut request = form_post(
        app,
        path,
        &[
            ("first_language", "ar"),
            ("topics", "kela"),
            ("first_visit", "true"),
        ],
    )
    .remote(from);
    if let Some(cookie) = held {
        request = request.cookie(Cookie::new(
            cookie.name().to_owned(),
            cookie.value().to_owned(),
        ));
    }
    Seen::of(request.dispatch())
}

#[test]
fn one_browser_pressing_take_a_number_300_times_holds_one_number() {
    let app = TestApp::new();
    let cookie_name = format!("dk_t{}", app.site_id("OLARI"));
    let first = take_number(&app, peer(1), None);
    assert_eq!(first.status, 303, "{}", first.body);
    assert!(first.flashed("flash-ticket-taken"));
    let page = first.location.clone().unwrap();
    let held = first
        .cookie(&cookie_name)
        .expect("the answer gives the browser its number")
        .clone();
    assert_eq!(held.http_only(), Some(true));
    for press in 2..=300 {
        let again = take_number(&app, peer(1), Some(&held));
        assert_eq!(again.status, 303, "press {press}");
        assert_eq!(
            again.location.as_deref(),
            Some(page.as_str()),
            "press {press}"
        );
        assert!(again.flashed("flash-ticket-already"), "press {press}");
    }
    assert_eq!(ticket_count(&app), 1, "one number for one browser");
    // The take form shows that browser the number it holds.
    let form = Seen::of(
        app.client
            .get("/s/OLARI")
            .cookie(Cookie::new(cookie_name, held.value().to_owned()))
            .dispatch(),
    );
    assert_eq!(form.status, 200);
    assert!(form.body.contains(&format!(r#"href="{page}""#)));
}

#[test]
fn many_browsers_at_one_address_are_stopped_after_the_limit_in_their_own_language() {
    let app = TestApp::new();
    let max = TICKETS_PER_ADDRESS.max;
    for n in 0..max {
        let taken = take_number(&app, peer(7), None);
        assert_eq!(taken.status, 303, "ticket {n}: {}", taken.body);
    }
    let somali = take_number_at(&app, "/s/OLARI?lang=so", peer(7), None);
    assert_eq!(somali.status, 429);
    assert!(somali.body.contains(&text("so", "queue-too-many")));
    let arabic = Seen::of(
        form_post(&app, "/s/OLARI", &[("first_language", "ar")])
            .remote(peer(7))
            .header(Header::new("Accept-Language", "ar"))
            .dispatch(),
    );
    assert_eq!(arabic.status, 429);
    assert!(arabic.body.contains(&text("ar", "queue-too-many")));
    assert!(arabic.body.contains(r#"dir="rtl""#));
    assert_eq!(ticket_count(&app), max, "the refused ones made nothing");
    // Another address is not held up, and the address may take numbers again later.
    assert_eq!(take_number(&app, peer(8), None).status, 303);
    app.advance(TICKETS_PER_ADDRESS.window + Duration::minutes(1));
    assert_eq!(take_number(&app, peer(7), None).status, 303);
    assert_eq!(ticket_count(&app), max + 2);
}

#[test]
fn a_coordinator_pauses_taking_numbers_and_nothing_is_made_meanwhile() {
    let app = TestApp::new();
    let kaisa = app.visitor(Some(KAISA));
    let paused = app.post_as(&kaisa, "/org/queue/OLARI/pause", &[("paused", "true")]);
    assert_eq!(paused.status, 303);
    assert!(paused.flashed("flash-queue-paused"));
    let form = app.get_as(&app.visitor(None), "/s/OLARI?lang=so");
    assert_eq!(form.status, 200);
    assert!(form.body.contains(&text("so", "queue-paused")));
    let refused = take_number_at(&app, "/s/OLARI?lang=so", peer(2), None);
    assert_eq!(refused.status, 409);
    assert!(refused.body.contains(&text("so", "queue-paused")));
    assert_eq!(ticket_count(&app), 0, "no number while paused");
    // Going on again.
    let resumed = app.post_as(&kaisa, "/org/queue/OLARI/pause", &[]);
    assert!(resumed.flashed("flash-queue-resumed"));
    assert_eq!(take_number(&app, peer(2), None).status, 303);
    assert_eq!(ticket_count(&app), 1);
}

#[test]
fn a_coordinator_removes_a_burst_of_numbers_and_their_pages_say_so() {
    let app = TestApp::new();
    let early = take_number(&app, peer(2), None).location.unwrap();
    app.advance(Duration::minutes(20));
    // A burst: numbers from many browsers that nobody will come for.
    let burst: Vec<String> = (0..10)
        .map(|n| {
            let taken = take_number(&app, peer(50 + n), None);
            assert_eq!(taken.status, 303);
            taken.location.unwrap()
        })
        .collect();
    let kaisa = app.visitor(Some(KAISA));
    let odd = app.post_as(&kaisa, "/org/queue/OLARI/remove", &[("minutes", "0")]);
    assert_eq!(odd.status, 422, "no minutes, nothing removed");
    assert_eq!(tickets_in(&app, "removed"), 0);
    let removed = app.post_as(&kaisa, "/org/queue/OLARI/remove", &[("minutes", "10")]);
    assert_eq!(removed.status, 303);
    assert!(removed.flashed("flash-queue-removed"));
    assert_eq!(tickets_in(&app, "removed"), 10);
    assert_eq!(tickets_in(&app, "waiting"), 1, "the earlier person stays");
    let anonymous = app.visitor(None);
    let gone = app.get_as(&anonymous, &format!("{}?lang=so", burst[3]));
    assert_eq!(gone.status, 200);
    assert!(gone.body.contains(&text("so", "ticket-status-removed")));
    let kept = app.get_as(&anonymous, &format!("{early}?lang=so"));
    assert!(kept.body.contains(&text("so", "ticket-status-waiting")));
}

// ---------------------------------------------------------------------------------------
// Forged addresses

/// A sign-in from one peer that claims, in `X-Real-IP`, to come from `claimed`.
fn sign_in_claiming(app: &TestApp, claimed: &str, email: &str, password: &str) -> u16 {
    form_post(app, "/login", &[("email", email), ("password", password)])
        .remote(peer(30))
        .header(Header::new("X-Real-IP", claimed.to_owned()))
        .dispatch()
        .status()
        .code
}

#[test]
fn guesses_with_forged_x_real_ip_headers_still_count_for_the_one_address_they_come_from() {
    let app = TestApp::new();
    let max = throttle::MAX_ADDRESS_FAILURES;
    for n in 0..25 {
        let status = sign_in_claiming(
            &app,
            &format!("203.0.113.{n}"),
            &format!("guess{n}@example.org"),
            "guess",
        );
        let expected = if n < max { 401 } else { 429 };
        assert_eq!(status, expected, "guess {n}");
    }
    let places: Vec<String> = sign_in_attempts::table
        .select(sign_in_attempts::address_key)
        .distinct()
        .load(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(places.len(), 1, "every guess is counted for one address");
    // A new browser at that address waits too, whatever it claims.
    assert_eq!(
        sign_in_claiming(&app, "192.0.2.1", AMINA, DEMO_PASSWORD),
        429
    );
}

#[test]
fn a_forged_x_real_ip_header_does_not_give_an_account_fresh_guesses() {
    let app = TestApp::new();
    for n in 0..throttle::MAX_FAILURES {
        let claimed = format!("203.0.113.{n}");
        assert_eq!(sign_in_claiming(&app, &claimed, AMINA, "guess"), 401);
    }
    assert_eq!(
        sign_in_claiming(&app, "203.0.113.200", AMINA, DEMO_PASSWORD),
        429,
        "still the same place"
    );
}

// ---------------------------------------------------------------------------------------
// One-time links used from many places at once

/// Runs `work` on `n` threads that start together, each on a connection of its own, and
/// returns their answers in order. Each racer holds its connection before the start; the
/// app's SQLite pool (8) is smaller than the crowd, so every racer has a pool of its own.
pub fn at_once<T: Send>(
    app: &TestApp,
    n: usize,
    work: impl Fn(usize, &mut DbConn) -> T + Sync,
) -> Vec<T> {
    let connections: Vec<PooledConn> = (0..n)
        .map(|_| Db::connect(&app.test_db.url).unwrap().get().unwrap())
        .collect();
    let start = Barrier::new(n);
    std::thread::scope(|scope| {
        let racers: Vec<_> = connections
            .into_iter()
            .enumerate()
            .map(|(i, mut conn)| {
                let (start, work) = (&start, &work);
                scope.spawn(move || {
                    start.wait();
                    work(i, &mut conn)
                })
            })
            .collect();
        racers
            .into_iter()
            .map(|racer| racer.join().expect("no racer panics"))
            .collect()
    })
}

fn password_of(racer: usize) -> String {
    format!("the new password of racer {racer}")
}

#[test]
fn a_reset_link_used_from_ten_places_at_once_sets_one_password() {
    let app = TestApp::new();
    let dmytro = app.user_id(DMYTRO);
    let now = app.now();
    let token = resets::create(
        &mut app.db.get().unwrap(),
        kaisa(&app),
        espoo(&app),
        dmytro,
        now,
    )
    .unwrap();
    let answers = at_once(&app, 10, |i, conn| {
        resets::complete(conn, &token, &password_of(i), now)
    });
    let mut used = Vec::new();
    for (i, answer) in answers.into_iter().enumerate() {
        match answer {
            Ok(true) => used.push(i),
            Ok(false) => {}
            Err(e) => panic!("racer {i} failed instead of being refused: {e}"),
        }
    }
    assert_eq!(used.len(), 1, "one racer sets the password");
    let hash: String = users::table
        .find(dmytro)
        .select(users::password_hash)
        .first(&mut *app.db.get().unwrap())
        .unwrap();
    let set: Vec<usize> = (0..10)
        .filter(|&i| digikaveri::users::password::verify(&password_of(i), &hash))
        .collect();
    assert_eq!(set, used, "the password is the winner's");
    assert_eq!(app.audit_count("password-reset"), 1);
    let open: i64 = password_resets::table
        .filter(password_resets::used_at.is_null())
        .count()
        .get_result(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(open, 0);
    assert_eq!(
        app.get_as(&app.visitor(None), &format!("/reset/{token}"))
            .status,
        404
    );
}

const NEW_COORDINATOR: &str = "sari@vantaa.example";

fn accepted(answers: &[Result<Acceptance, digikaveri::error::Error>]) -> usize {
    let mut accepted = 0;
    for (i, answer) in answers.iter().enumerate() {
        match answer {
            Ok(Acceptance::Accepted(_)) => accepted += 1,
            Ok(Acceptance::Closed | Acceptance::Refused(InviteRefusal::EmailTaken)) => {}
            Err(e) => panic!("racer {i} failed instead of being refused: {e}"),
        }
    }
    accepted
}

#[test]
fn an_invitation_accepted_from_ten_places_at_once_makes_one_account() {
    let app = TestApp::new();
    let now = app.now();
    let token = invites::create(
        &mut app.db.get().unwrap(),
        kaisa(&app),
        espoo(&app),
        NEW_COORDINATOR,
        now,
    )
    .unwrap();
    let answers = at_once(&app, 10, |i, conn| {
        invites::accept(
            conn,
            &token,
            &format!("Sari {i}"),
            &password_of(i),
            "fi",
            now,
        )
    });
    assert_eq!(accepted(&answers), 1);
    assert_eq!(accounts_with(&app, NEW_COORDINATOR), 1);
    assert_eq!(app.audit_count("invitation-accepted"), 1);
    let open: i64 = invitations::table
        .filter(invitations::used_at.is_null())
        .count()
        .get_result(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(open, 0, "the invitation is used up");
}

fn hodan(email: &str) -> Applicant<'_> {
    Applicant {
        display_name: "Hodan",
        email,
        password: "a long enough password",
        locale: "so",
        phone: "",
    }
}

const HODAN: &str = "hodan@example.org";

#[test]
fn a_join_link_confirmed_from_ten_places_at_once_makes_one_volunteer() {
    let app = TestApp::new();
    let now = app.now();
    let mail = volunteers::request_join(
        &mut app.db.get().unwrap(),
        espoo(&app),
        &hodan(HODAN),
        "198.51.100.40",
        now,
    )
    .unwrap();
    let JoinMail::Confirm { token } = mail else {
        panic!("a new email gets a link, not {mail:?}");
    };
    let answers = at_once(&app, 10, |_, conn| {
        volunteers::confirm_join(conn, &token, now)
    });
    let mut joined = 0;
    for (i, answer) in answers.into_iter().enumerate() {
        match answer {
            Ok(Ok(_)) => joined += 1,
            Ok(Err(JoinRefusal::Closed)) => {}
            Ok(Err(other)) => panic!("racer {i} got {other:?}, not Closed"),
            Err(e) => panic!("racer {i} failed instead of being refused: {e}"),
        }
    }
    assert_eq!(joined, 1);
    assert_eq!(accounts_with(&app, HODAN), 1);
    assert_eq!(app.audit_count("volunteer-registered"), 1);
    let sessions: i64 = login_sessions::table
        .filter(login_sessions::user_id.eq(app.user_id(HODAN)))
        .count()
        .get_result(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(sessions, 1, "one browser is signed in");
}

// ---------------------------------------------------------------------------------------
// Double submits

#[test]
fn ten_join_requests_with_one_email_at_once_make_one_volunteer() {
    let app = TestApp::new();
    let (organisation, now) = (espoo(&app), app.now());
    let mails = at_once(&app, 10, |_, conn| {
        volunteers::request_join(conn, organisation, &hodan(HODAN), "198.51.100.41", now)
    });
    let tokens: Vec<String> = mails
        .into_iter()
        .enumerate()
        .map(|(i, mail)| match mail {
            Ok(JoinMail::Confirm { token }) => token,
            other => panic!("request {i}: {other:?}"),
        })
        .collect();
    assert_eq!(
        accounts_with(&app, HODAN),
        0,
        "nothing before a link is used"
    );
    let answers = at_once(&app, 10, |i, conn| {
        volunteers::confirm_join(conn, &tokens[i], now)
    });
    let mut joined = 0;
    for (i, answer) in answers.into_iter().enumerate() {
        match answer {
            Ok(Ok(_)) => joined += 1,
            Ok(Err(JoinRefusal::EmailTaken)) => {}
            Ok(Err(other)) => panic!("confirmation {i} got {other:?}, not EmailTaken"),
            Err(e) => panic!("confirmation {i} failed instead of being refused: {e}"),
        }
    }
    assert_eq!(joined, 1);
    assert_eq!(accounts_with(&app, HODAN), 1);
    assert_eq!(app.audit_count("volunteer-registered"), 1);
}

#[test]
fn ten_invitations_to_one_email_accepted_at_once_make_one_account() {
    let app = TestApp::new();
    let now = app.now();
    let tokens: Vec<String> = (0..10)
        .map(|_| {
            invites::create(
                &mut app.db.get().unwrap(),
                kaisa(&app),
                espoo(&app),
                NEW_COORDINATOR,
                now,
            )
            .unwrap()
        })
        .collect();
    let answers = at_once(&app, 10, |i, conn| {
        invites::accept(conn, &tokens[i], "Sari", &password_of(i), "fi", now)
    });
    assert_eq!(accepted(&answers), 1);
    let refused = answers
        .iter()
        .filter(|a| matches!(a, Ok(Acceptance::Refused(InviteRefusal::EmailTaken))))
        .count();
    assert_eq!(refused, 9, "the others are told the email has an account");
    assert_eq!(accounts_with(&app, NEW_COORDINATOR), 1);
    assert_eq!(app.audit_count("invitation-accepted"), 1);
}

// ---------------------------------------------------------------------------------------
// Nobody finds out who has an account

#[test]
fn joining_with_an_email_that_has_an_account_answers_like_joining_with_a_new_one() {
    let app = TestApp::new();
    let kaisa = app.visitor(Some(KAISA));
    let code = link_token(&app.get_as(&kaisa, "/org/volunteers").body, "/join/");
    let anonymous = app.visitor(None);
    let join = |email: &str| {
        app.post_as(
            &anonymous,
            &format!("/join/{code}"),
            &[
                ("display_name", "Hodan"),
                ("email", email),
                ("password", "a long enough password"),
                ("locale", "fi"),
                ("phone", ""),
            ],
        )
    };
    let new = join(HODAN);
    let member = join(AMINA);
    assert_eq!((new.status, member.status), (200, 200));
    assert_eq!(
        new.body.replace(HODAN, "X"),
        member.body.replace(AMINA, "X"),
        "the same page apart from the typed email"
    );
    let organisation: String = organisations::table
        .find(espoo(&app))
        .select(organisations::name)
        .first(&mut *app.db.get().unwrap())
        .unwrap();
    let args = [("organisation", organisation.into())];
    // The owner is told by mail, in the language chosen on the form, where to get back in.
    let to_owner = app.last_mail_to(AMINA);
    assert_eq!(
        to_owner.subject,
        plain(message("fi", "mail-join-member-subject", &args))
    );
    assert!(!to_owner.body.contains("/join/confirm/"));
    assert!(to_owner.body.contains("/forgot"));
    let to_new = app.last_mail_to(HODAN);
    assert_eq!(
        to_new.subject,
        plain(message("fi", "mail-join-subject", &args))
    );
    assert!(to_new.body.contains("/join/confirm/"));
    let asked: Vec<String> = join_requests::table
        .select(join_requests::email)
        .load(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(asked, [HODAN], "nothing waits for Amina's email");
}

#[test]
fn forgetting_a_password_answers_the_same_for_an_unknown_and_a_known_email() {
    let app = TestApp::new();
    let anonymous = app.visitor(None);
    let unknown = app.post_as(&anonymous, "/forgot", &[("email", "nobody@example.org")]);
    let known = app.post_as(&anonymous, "/forgot", &[("email", DMYTRO)]);
    assert_eq!((unknown.status, known.status), (200, 200));
    assert_eq!(unknown.body, known.body);
    assert!(known.body.contains(&text("fi", "forgot-sent")));
    let mails = app.outbox.mails();
    assert!(
        mails.iter().all(|m| m.to != "nobody@example.org"),
        "no mail where there is no account"
    );
    let link = link_token(&app.last_mail_to(DMYTRO).body, "/reset/");
    assert_eq!(
        app.get_as(&anonymous, &format!("/reset/{link}")).status,
        200
    );
    let made: i64 = password_resets::table
        .count()
        .get_result(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(made, 1);
}

#[test]
fn inviting_an_email_that_has_an_account_answers_like_any_invitation() {
    let app = TestApp::new();
    let kaisa = app.visitor(Some(KAISA));
    let invite = |email: &str| {
        let reply = app.post_as(&kaisa, "/org/coordinators/invitations", &[("email", email)]);
        let token = link_token(&reply.body, "/invitations/");
        (reply.status, reply.body.replace(&token, "T"))
    };
    let new = invite(NEW_COORDINATOR);
    let existing = invite(AMINA);
    assert_eq!((new.0, existing.0), (200, 200));
    assert_eq!(new.1, existing.1, "the same page apart from the link");
    app.last_mail_to(NEW_COORDINATOR);
    app.last_mail_to(AMINA);
}

// ---------------------------------------------------------------------------------------
// Crafted input

/// Signs Kaisa in through the real form with this `next`.
fn sign_in_then(app: &TestApp, next: &str) -> Seen {
    Seen::of(
        form_post(
            app,
            "/login",
            &[
                ("email", KAISA),
                ("password", DEMO_PASSWORD),
                ("next", next),
            ],
        )
        .dispatch(),
    )
}

#[test]
fn a_crafted_next_address_leads_only_to_a_page_of_this_site() {
    let app = TestApp::new();
    let (status, form) = app.get("/login?next=%2F%20%2Fx", None);
    assert_eq!(status, 200);
    assert!(form.contains(r#"name="next" value="/ /x""#), "{form}");
    let cases = [
        ("/ /x", None),
        ("/\r\nSet-Cookie: dk_session=x", None),
        ("//evil.example", Some("/dashboard")),
        ("https://evil.example", Some("/dashboard")),
        ("/\\evil", Some("/dashboard")),
        ("/\\/evil.example", Some("/dashboard")),
        (
            "/org/shifts?week=2026-W50",
            Some("/org/shifts?week=2026-W50"),
        ),
    ];
    for (next, expected) in cases {
        let seen = sign_in_then(&app, next);
        assert_eq!(seen.status, 303, "next {next:?}: {}", seen.body);
        let location = seen.location.unwrap();
        assert!(
            location.starts_with('/')
                && !location.starts_with("//")
                && !location.contains(['\\', '\r', '\n', ' ']),
            "next {next:?} led to {location:?}"
        );
        if let Some(expected) = expected {
            assert_eq!(location, expected, "next {next:?}");
        }
    }
}

#[test]
fn odd_weeks_on_the_week_board_are_answered_without_a_server_error() {
    let app = TestApp::new();
    let kaisa = app.visitor(Some(KAISA));
    for week in [
        "%2B262143-W01",
        "2026-W99",
        "abc",
        "2026-W00",
        "-262144-W01",
        "99999999999-W01",
        "2026-W",
        "%00",
    ] {
        let reply = app.get_as(&kaisa, &format!("/org/shifts?week={week}"));
        assert!(
            reply.status == 200 || (400..500).contains(&reply.status),
            "week {week}: {}",
            reply.status
        );
    }
}

#[test]
fn a_shift_dated_far_back_or_far_ahead_is_refused_next_to_the_date() {
    let app = TestApp::new();
    let kaisa = app.visitor(Some(KAISA));
    let olari = app.site_id("OLARI").to_string();
    let count = || -> i64 {
        shifts::table
            .count()
            .get_result(&mut *app.db.get().unwrap())
            .unwrap()
    };
    let before = count();
    let create = |date: &str| {
        app.post_as(
            &kaisa,
            "/org/shifts",
            &[
                ("site_id", &olari),
                ("date", date),
                ("start", "10:00"),
                ("end", "12:00"),
                ("places", "2"),
            ],
        )
    };
    let next_to_the_date = format!(
        r#"<p class="field-error" id="field-date-error">{}</p>"#,
        text("fi", "shift-error-date-window")
    );
    // Today is 2026-12-01: three years ahead is 2029-12-01.
    for date in ["0000-01-01", "9999-12-31", "2029-12-01"] {
        let reply = create(date);
        assert_eq!(reply.status, 422, "{date}");
        assert!(reply.body.contains(&next_to_the_date), "{date}");
    }
    // Dates chrono cannot even hold are refused as well, never with a server error.
    for date in [
        "262143-01-01",
        "+262142-12-31",
        "-262144-01-01",
        "2026-02-30",
    ] {
        assert_eq!(create(date).status, 422, "{date}");
    }
    assert_eq!(count(), before, "nothing made");
    // The same form inside the window makes the shift.
    assert_eq!(create("2027-01-05").status, 303);
    assert_eq!(count(), before + 1);
}

// ---------------------------------------------------------------------------------------
// Caching

#[test]
fn private_pages_are_never_kept_in_a_cache_and_the_stylesheet_may_be() {
    let app = TestApp::new();
    let coordinator = app.visitor(Some(KAISA));
    let anonymous = app.visitor(None);
    let ticket = take_number(&app, peer(2), None).location.unwrap();
    let (reset, calendar) = {
        let mut conn = app.db.get().unwrap();
        let dmytro = app.user_id(DMYTRO);
        let reset = resets::create(&mut conn, kaisa(&app), espoo(&app), dmytro, app.now());
        let calendar = digikaveri::shifts::calendar::token(&mut conn, dmytro);
        (reset.unwrap(), calendar.unwrap())
    };
    let pages = [
        (&coordinator, "/account".to_owned()),
        (&coordinator, "/org/volunteers".to_owned()),
        (&coordinator, "/dashboard".to_owned()),
        (&anonymous, ticket),
        (&anonymous, format!("/reset/{reset}")),
        (&anonymous, format!("/calendar/{calendar}/shifts.ics")),
    ];
    for (who, path) in pages {
        let seen = get_seen(&app, who, &path);
        assert_eq!(seen.status, 200, "{path}");
        assert_eq!(seen.cache_control.as_deref(), Some("no-store"), "{path}");
    }
    let css = get_seen(&app, &anonymous, "/static/app.css");
    assert_eq!(css.status, 200);
    assert_ne!(css.cache_control.as_deref(), Some("no-store"));
}

// ---------------------------------------------------------------------------------------
// Cookies

/// The flags of the cookies a sign-in through the real form sets, after the sign-in page
/// gave the browser its CSRF cookie.
fn cookies_of_signing_in(client: &Client) -> Vec<Cookie<'static>> {
    let form = Seen::of(client.get("/login").dispatch());
    let csrf = form.cookie("dk_csrf").expect("a CSRF cookie").clone();
    let body = encode(&[
        ("csrf".to_owned(), csrf.value().to_owned()),
        ("email".to_owned(), KAISA.to_owned()),
        ("password".to_owned(), DEMO_PASSWORD.to_owned()),
    ]);
    let signed_in = Seen::of(
        client
            .post("/login")
            .cookie(Cookie::new("dk_csrf", csrf.value().to_owned()))
            .header(ContentType::Form)
            .body(body)
            .dispatch(),
    );
    assert_eq!(signed_in.status, 303, "{}", signed_in.body);
    let mut cookies = vec![csrf];
    cookies.extend(signed_in.cookies);
    cookies
}

#[test]
fn cookies_are_not_secure_on_a_plain_http_address() {
    let app = TestApp::new();
    let cookies = cookies_of_signing_in(&app.client);
    for name in ["dk_csrf", "dk_session", "dk_device"] {
        let cookie = cookies.iter().find(|c| c.name() == name).expect(name);
        assert_ne!(cookie.secure(), Some(true), "{name}");
        assert_eq!(cookie.http_only(), Some(true), "{name}");
    }
}

#[test]
fn cookies_are_secure_when_people_reach_the_service_over_https() {
    let at = helsinki(DEMO_INSTANT);
    let test_db = TestDb::new();
    let db = migrated(&test_db, Some(at));
    let config = Config {
        public_url: "https://digikaveri.example".into(),
        mailer: Arc::new(Outbox::default()),
        metrics_token: None,
    };
    assert!(config.secure_cookies());
    let (clock, _hand) = Clock::fixed(at);
    let client = Client::untracked(digikaveri::app(db.clone(), config, clock)).unwrap();
    let cookies = cookies_of_signing_in(&client);
    for name in ["dk_csrf", "dk_session", "dk_device"] {
        let cookie = cookies.iter().find(|c| c.name() == name).expect(name);
        assert_eq!(cookie.secure(), Some(true), "{name}");
    }
    // The queue number's cookie too.
    let olari: i32 = sites::table
        .filter(sites::public_code.eq("OLARI"))
        .select(sites::id)
        .first(&mut *db.get().unwrap())
        .unwrap();
    let csrf = cookies[0].value().to_owned();
    let taken = Seen::of(
        client
            .post("/s/OLARI")
            .cookie(Cookie::new("dk_csrf", csrf.clone()))
            .header(ContentType::Form)
            .body(format!("csrf={csrf}&first_language=ar"))
            .dispatch(),
    );
    assert_eq!(taken.status, 303, "{}", taken.body);
    let ticket = taken
        .cookie(&format!("dk_t{olari}"))
        .expect("ticket cookie");
    assert_eq!(ticket.secure(), Some(true));
}

#[test]
fn a_form_sent_without_its_csrf_cookie_is_refused_with_a_page_that_says_why() {
    let app = TestApp::new();
    let refused = Seen::of(
        app.client
            .post("/login?lang=so")
            .header(ContentType::Form)
            .body(format!(
                "csrf=some-token&email={AMINA}&password={DEMO_PASSWORD}"
            ))
            .dispatch(),
    );
    assert_eq!(refused.status, 403);
    assert!(refused.body.contains(&text("so", "error-403-form-body")));
    assert!(
        refused.body.contains("http://127.0.0.1:8000"),
        "the service's own address"
    );
    assert!(refused.cookie("dk_session").is_none());
    let attempts: i64 = sign_in_attempts::table
        .count()
        .get_result(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(attempts, 0, "the password was never checked");
    // A queue number in Arabic, likewise.
    let number = Seen::of(
        app.client
            .post("/s/OLARI?lang=ar")
            .header(ContentType::Form)
            .body("csrf=some-token&first_language=ar")
            .dispatch(),
    );
    assert_eq!(number.status, 403);
    assert!(number.body.contains(&text("ar", "error-403-form-body")));
    assert_eq!(ticket_count(&app), 0);
}

// ---------------------------------------------------------------------------------------
// The database goes away

#[test]
fn pages_answer_503_at_once_while_the_database_is_unreachable_and_recover() {
    let app = TestApp::new();
    if !app.test_db.is_postgres() {
        eprintln!("skipped: the outage test needs PostgreSQL (set TEST_DATABASE_URL)");
        return;
    }
    let admin = std::env::var("TEST_DATABASE_URL").unwrap();
    let name = app.test_db.url.rsplit('/').next().unwrap().to_owned();
    let kaisa = app.visitor(Some(KAISA));
    // The pool holds live connections before the outage.
    assert_eq!(app.get_as(&kaisa, "/dashboard").status, 200);
    assert_eq!(app.get("/healthz", None).0, 200);
    let mut server = PgConnection::establish(&admin).unwrap();
    server
        .batch_execute(&format!(
            "ALTER DATABASE {name} ALLOW_CONNECTIONS false; \
             SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
             WHERE datname = '{name}' AND pid <> pg_backend_pid();"
        ))
        .unwrap();
    let anonymous = app.visitor(None);
    for (who, path) in [
        (&anonymous, "/healthz"),
        (&anonymous, "/s/OLARI?lang=en"),
        (&kaisa, "/dashboard?lang=en"),
    ] {
        let started = Instant::now();
        let seen = get_seen(&app, who, path);
        let took = started.elapsed();
        assert_eq!(seen.status, 503, "{path}: {}", seen.body);
        assert!(took < StdDuration::from_secs(2), "{path} took {took:?}");
        if path != "/healthz" {
            assert!(seen.body.contains(&text("en", "error-503-title")), "{path}");
        }
    }
    // The database is back: the pool opens new connections on demand.
    server
        .batch_execute(&format!("ALTER DATABASE {name} ALLOW_CONNECTIONS true"))
        .unwrap();
    let deadline = Instant::now() + StdDuration::from_secs(10);
    while app.get("/healthz", None).0 != 200 {
        assert!(Instant::now() < deadline, "the service did not recover");
        std::thread::sleep(StdDuration::from_millis(100));
    }
    assert_eq!(app.get_as(&kaisa, "/dashboard").status, 200);
}

/// Handlebars prints `{{{…}}}` without escaping: only our own markup (the topic icons from
/// `src/topics/icons`, the poster's QR code made by the server, the growth page's charts that
/// plotters draws from numbers, its text escaped) may be printed that way, never anything a
/// person typed.
#[test]
fn templates_print_unescaped_only_our_own_markup() {
    fn walk(dir: &std::path::Path, found: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.to_string_lossy().ends_with(".hbs") {
                let source = std::fs::read_to_string(&path).unwrap();
                for (at, _) in source.match_indices("{{{") {
                    let end = source[at..]
                        .find("}}}")
                        .map_or(source.len(), |e| at + e + 3);
                    found.push((path.display().to_string(), source[at..end].to_owned()));
                }
            }
        }
    }
    let mut found = Vec::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates"),
        &mut found,
    );
    assert!(!found.is_empty(), "the walk finds the icons");
    for (file, tag) in found {
        assert!(
            ["{{{icon}}}", "{{{picture}}}", "{{{qr_svg}}}", "{{{svg}}}"].contains(&tag.as_str()),
            "{file}: {tag} prints markup unescaped"
        );
    }
}
