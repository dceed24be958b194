//! Accounts as people use them: signing in and out, throttling, CSRF, joining, invitations,
//! approvals, password changes and resets, deleting an account, and the audit log.

use std::time::Instant;

use chrono::Duration;
use diesel::prelude::*;
use digikaveri::db::schema::{audit_events, login_sessions, organisations, users};
use rocket::http::{ContentType, Cookie, Status};

use crate::common::{link_token, message, text, TestApp, Visitor};

const DEMO_PASSWORD: &str = digikaveri::demo::DEMO_PASSWORD;

/// Posts the sign-in form as an anonymous browser would.
fn post_login<'a>(
    app: &'a TestApp,
    email: &str,
    password: &str,
) -> rocket::local::blocking::LocalResponse<'a> {
    let anonymous = app.visitor(None);
    let body = format!("csrf={}&email={email}&password={password}", anonymous.csrf);
    app.client
        .post("/login")
        .cookie(Cookie::new("dk_csrf", anonymous.csrf))
        .header(ContentType::Form)
        .body(body)
        .dispatch()
}

/// Signs in through the real form; returns the status, the page and the session token, if any.
fn sign_in(app: &TestApp, email: &str, password: &str) -> (u16, String, Option<String>) {
    let response = post_login(app, email, password);
    let session = response
        .cookies()
        .get("dk_session")
        .map(|c| c.value().to_owned());
    let status = response.status().code;
    (status, response.into_string().unwrap_or_default(), session)
}

fn as_session(token: String, csrf: String) -> Visitor {
    Visitor {
        session: Some(token),
        csrf,
    }
}

fn csrf_of(app: &TestApp, token: &str) -> String {
    use digikaveri::tokens::digest;
    login_sessions::table
        .filter(login_sessions::token_hash.eq(digest(token)))
        .select(login_sessions::csrf_token)
        .first(&mut *app.db.get().unwrap())
        .unwrap()
}

#[test]
fn signing_in_and_out_with_a_real_session() {
    let app = TestApp::new();
    let (status, _, session) = sign_in(&app, "Kaisa@Demo.Digikaveri.fi", DEMO_PASSWORD);
    assert_eq!(status, 303, "email case does not matter");
    let token = session.expect("a session cookie");
    let kaisa = as_session(token.clone(), csrf_of(&app, &token));
    assert_eq!(app.get_as(&kaisa, "/dashboard").status, 200);
    assert_eq!(app.audit_count("sign-in"), 1);

    let out = app.post_as(&kaisa, "/logout", &[]);
    assert_eq!(out.status, 303);
    // The same cookie no longer opens anything: the session is gone from the database.
    let after = app.get_as(&kaisa, "/dashboard");
    assert_eq!(after.status, 303);
    assert!(after.location.unwrap().starts_with("/login"));
    let sessions: i64 = login_sessions::table
        .count()
        .get_result(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(sessions, 0);
}

#[test]
fn the_session_cookie_is_http_only_and_lax_and_only_its_hash_is_stored() {
    let app = TestApp::new();
    let response = post_login(&app, "amina@demo.digikaveri.fi", DEMO_PASSWORD);
    let cookie = response
        .cookies()
        .get("dk_session")
        .expect("session cookie")
        .clone();
    assert_eq!(cookie.http_only(), Some(true));
    assert_eq!(cookie.same_site(), Some(rocket::http::SameSite::Lax));
    let stored: Vec<String> = login_sessions::table
        .select(login_sessions::token_hash)
        .load(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(stored.len(), 1);
    assert_ne!(
        stored[0],
        cookie.value(),
        "the database holds a hash, not the token"
    );
}

#[test]
fn an_idle_session_expires() {
    let app = TestApp::new();
    let amina = app.visitor(Some("amina@demo.digikaveri.fi"));
    assert_eq!(app.get_as(&amina, "/dashboard").status, 200);
    app.advance(Duration::hours(8) + Duration::minutes(1));
    let reply = app.get_as(&amina, "/dashboard");
    assert_eq!(reply.status, 303);
    assert_eq!(reply.location.as_deref(), Some("/login?next=%2Fdashboard"));
}

#[test]
fn stored_passwords_are_argon2id() {
    let app = TestApp::new();
    let hashes: Vec<String> = users::table
        .select(users::password_hash)
        .load(&mut *app.db.get().unwrap())
        .unwrap();
    assert!(!hashes.is_empty());
    for hash in hashes {
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        assert!(!hash.contains(DEMO_PASSWORD));
    }
}

#[test]
fn a_wrong_password_and_an_unknown_email_look_the_same() {
    let app = TestApp::new();
    let strip = |body: String| body.split("name=\"csrf\"").next().unwrap().to_owned();
    let started = Instant::now();
    let (wrong_status, wrong_body, _) =
        sign_in(&app, "kaisa@demo.digikaveri.fi", "not-the-password");
    let wrong_time = started.elapsed();
    let started = Instant::now();
    let (unknown_status, unknown_body, _) =
        sign_in(&app, "nobody@demo.digikaveri.fi", "not-the-password");
    let unknown_time = started.elapsed();
    assert_eq!(wrong_status, 401);
    assert_eq!(unknown_status, 401);
    assert!(wrong_body.contains(&text("fi", "login-error-refused")));
    assert_eq!(
        strip(wrong_body).replace("kaisa@demo", "X"),
        strip(unknown_body).replace("nobody@demo", "X"),
        "the same page apart from the typed email"
    );
    // Both run one Argon2 verification; without the dummy hash the unknown email would
    // answer many times faster. A loose bound, so a busy machine does not fail it.
    assert!(
        unknown_time * 4 > wrong_time,
        "unknown {unknown_time:?} vs wrong {wrong_time:?}"
    );
}

#[test]
fn five_failures_throttle_the_account_without_checking_the_password() {
    let app = TestApp::new();
    for _ in 0..5 {
        assert_eq!(sign_in(&app, "amina@demo.digikaveri.fi", "guess").0, 401);
    }
    let (status, body, session) = sign_in(&app, "amina@demo.digikaveri.fi", DEMO_PASSWORD);
    assert_eq!(status, 429, "even the right password waits");
    assert!(session.is_none());
    assert!(body.contains(&text("fi", "login-error-throttled")));
    // The window passes: the failures no longer count.
    app.advance(Duration::minutes(16));
    assert_eq!(
        sign_in(&app, "amina@demo.digikaveri.fi", DEMO_PASSWORD).0,
        303
    );
}

/// Posts the sign-in form from an address, with the browser's device cookie if it has one;
/// returns the status and the device cookie the answer set.
fn sign_in_from(
    app: &TestApp,
    address: &str,
    device: Option<&str>,
    email: &str,
    password: &str,
) -> (u16, Option<String>) {
    let anonymous = app.visitor(None);
    let mut request = app
        .client
        .post("/login")
        .remote(format!("{address}:4000").parse().unwrap())
        .cookie(Cookie::new("dk_csrf", anonymous.csrf.clone()))
        .header(ContentType::Form)
        .body(format!(
            "csrf={}&email={email}&password={password}",
            anonymous.csrf
        ));
    if let Some(device) = device {
        request = request.cookie(Cookie::new("dk_device", device.to_owned()));
    }
    let response = request.dispatch();
    let device = response
        .cookies()
        .get("dk_device")
        .map(|c| c.value().to_owned());
    (response.status().code, device)
}

#[test]
fn an_address_guessing_many_accounts_is_slowed_down_but_not_the_owners_browser() {
    let app = TestApp::new();
    let home = "198.51.100.20";
    let (status, device) =
        sign_in_from(&app, home, None, "dmytro@demo.digikaveri.fi", DEMO_PASSWORD);
    assert_eq!(status, 303);
    let device = device.expect("a browser that signed in is remembered");
    // Someone on the same network (a library, a shared address) guesses twenty accounts.
    for n in 0..20 {
        let (status, _) = sign_in_from(&app, home, None, &format!("guess{n}@example.org"), "guess");
        assert_eq!(status, 401);
    }
    let stranger = sign_in_from(&app, home, None, "amina@demo.digikaveri.fi", DEMO_PASSWORD);
    assert_eq!(stranger.0, 429, "a new browser from that address waits");
    let owner = sign_in_from(
        &app,
        home,
        Some(&device),
        "dmytro@demo.digikaveri.fi",
        DEMO_PASSWORD,
    );
    assert_eq!(owner.0, 303, "Dmytro's own browser still signs in");
}

#[test]
fn guessing_an_account_elsewhere_does_not_lock_its_owner_out() {
    let app = TestApp::new();
    let (_, device) = sign_in_from(
        &app,
        "198.51.100.20",
        None,
        "amina@demo.digikaveri.fi",
        DEMO_PASSWORD,
    );
    let device = device.unwrap();
    // Five guesses from the attacker's address lock only that address out of the account.
    for _ in 0..5 {
        let (status, _) = sign_in_from(
            &app,
            "203.0.113.9",
            None,
            "amina@demo.digikaveri.fi",
            "guess",
        );
        assert_eq!(status, 401);
    }
    let attacker = sign_in_from(
        &app,
        "203.0.113.9",
        None,
        "amina@demo.digikaveri.fi",
        DEMO_PASSWORD,
    );
    assert_eq!(attacker.0, 429);
    let home = sign_in_from(
        &app,
        "198.51.100.20",
        Some(&device),
        "amina@demo.digikaveri.fi",
        DEMO_PASSWORD,
    );
    assert_eq!(home.0, 303, "from her own browser");
    let cafe = sign_in_from(
        &app,
        "192.0.2.44",
        None,
        "amina@demo.digikaveri.fi",
        DEMO_PASSWORD,
    );
    assert_eq!(cafe.0, 303, "and from another address");
    // Fifteen more guesses from many addresses, twenty in the hour: new places are slowed down,
    // never her own browser.
    for n in 0..15 {
        let (status, _) = sign_in_from(
            &app,
            &format!("203.0.113.{}", 100 + n),
            None,
            "amina@demo.digikaveri.fi",
            "guess",
        );
        assert_eq!(status, 401);
    }
    let new_place = sign_in_from(
        &app,
        "192.0.2.45",
        None,
        "amina@demo.digikaveri.fi",
        DEMO_PASSWORD,
    );
    assert_eq!(new_place.0, 429);
    let home = sign_in_from(
        &app,
        "198.51.100.20",
        Some(&device),
        "amina@demo.digikaveri.fi",
        DEMO_PASSWORD,
    );
    assert_eq!(home.0, 303);
}

#[test]
fn a_post_without_the_right_csrf_token_is_refused_and_writes_nothing() {
    let app = TestApp::new();
    let amina = app.visitor(Some("amina@demo.digikaveri.fi"));
    let forged = Visitor {
        session: amina.session.clone(),
        csrf: "forged".into(),
    };
    let reply = app.post_as(
        &forged,
        "/account/profile",
        &[("display_name", "Hijacked"), ("locale", "fi")],
    );
    assert_eq!(reply.status, 403);
    assert!(
        reply.body.contains(&text("ar", "error-403-title")),
        "a page in the reader's language (Arabic)"
    );
    let name: String = users::table
        .filter(users::email.eq("amina@demo.digikaveri.fi"))
        .select(users::display_name)
        .first(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(name, "Amina");

    // No token at all, in Arabic.
    let response = app
        .client
        .post("/login?lang=ar")
        .header(ContentType::Form)
        .body("email=amina@demo.digikaveri.fi&password=x")
        .dispatch();
    assert_eq!(response.status(), Status::Forbidden);
    assert!(response
        .into_string()
        .unwrap()
        .contains(&text("ar", "error-403-title")));
    assert_eq!(
        app.audit_count("sign-in-failed"),
        0,
        "the password was never checked"
    );
}

const SCRIPT: &str = "<script>alert(1)</script>";

#[test]
fn a_volunteer_joins_through_the_link_and_a_coordinator_approves_them() {
    let app = TestApp::new();
    let kaisa = app.visitor(Some("kaisa@demo.digikaveri.fi"));
    let list = app.get_as(&kaisa, "/org/volunteers");
    let code = link_token(&list.body, "/join/");
    let anonymous = app.visitor(None);

    // Bad input: errors next to the fields, what was typed kept, nothing written.
    let before: i64 = users::table
        .count()
        .get_result(&mut *app.db.get().unwrap())
        .unwrap();
    let bad = app.post_as(
        &anonymous,
        &format!("/join/{code}?lang=so"),
        &[
            ("display_name", "Hodan"),
            ("email", "hodan-at-example"),
            ("password", "short"),
            ("locale", "so"),
            ("phone", "abc"),
        ],
    );
    assert_eq!(bad.status, 422);
    for id in [
        "form-error-email",
        "form-error-password-short",
        "form-error-phone",
    ] {
        assert!(bad.body.contains(&text("so", id)), "{id} in Somali");
    }
    assert!(
        bad.body.contains(r#"value="Hodan""#) && bad.body.contains(r#"value="hodan-at-example""#)
    );
    assert!(bad.body.contains(r#"aria-invalid="true""#));
    let after: i64 = users::table
        .count()
        .get_result(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(before, after);

    let good = app.post_as(
        &anonymous,
        &format!("/join/{code}"),
        &[
            ("display_name", SCRIPT),
            ("email", "hodan@example.org"),
            ("password", "a long enough password"),
            ("locale", "ar"),
            ("phone", "+358 40 123 4567"),
        ],
    );
    // Nothing is made until the link from the mail is used, in the language chosen.
    assert_eq!(good.status, 200);
    assert!(good.body.contains("hodan@example.org"));
    let mail = app.last_mail_to("hodan@example.org");
    let organisation: String = organisations::table
        .filter(organisations::slug.eq("espoo-demo"))
        .select(organisations::name)
        .first(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(
        mail.subject,
        message(
            "ar",
            "mail-join-subject",
            &[("organisation", organisation.into())]
        )
        .replace(['\u{2068}', '\u{2069}'], "")
    );
    let token = link_token(&mail.body, "/join/confirm/");
    let unmade: i64 = users::table
        .filter(users::email.eq("hodan@example.org"))
        .count()
        .get_result(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(unmade, 0);
    // Opening the link (as mail programs do ahead of their reader) only asks.
    let asked = app.get_as(&anonymous, &format!("/join/confirm/{token}"));
    assert_eq!(asked.status, 200);
    assert!(asked.body.contains(&text("fi", "join-confirm-submit")));
    let confirmed = app.post_as(&anonymous, &format!("/join/confirm/{token}"), &[]);
    assert_eq!(confirmed.status, 303);
    assert_eq!(confirmed.location.as_deref(), Some("/dashboard"));
    let again = app.post_as(&anonymous, &format!("/join/confirm/{token}"), &[]);
    assert_eq!(again.status, 404, "a link works once");
    let (status, phone, locale): (String, Option<String>, String) = users::table
        .filter(users::email.eq("hodan@example.org"))
        .select((users::status, users::phone, users::locale))
        .first(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(
        (status.as_str(), phone.as_deref(), locale.as_str()),
        ("applicant", Some("+358 40 123 4567"), "ar")
    );

    // The hostile name is shown escaped wherever staff see it.
    let hodan = app.user_id("hodan@example.org");
    for page in ["/org/volunteers", "/org/audit", "/dashboard"] {
        let body = app.get_as(&kaisa, page).body;
        assert!(!body.contains(SCRIPT), "{page} shows the name unescaped");
    }
    let list = app.get_as(&kaisa, "/org/volunteers").body;
    assert!(list.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    let own = app
        .get_as(&app.visitor(Some("hodan@example.org")), "/dashboard")
        .body;
    assert!(!own.contains(SCRIPT) && own.contains("&lt;script&gt;"));

    let approved = app.post_as(&kaisa, &format!("/org/volunteers/{hodan}/approve"), &[]);
    assert_eq!(approved.status, 303);
    let status: String = users::table
        .find(hodan)
        .select(users::status)
        .first(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(status, "in_training");
    assert_eq!(app.audit_count("volunteer-approved"), 1);
    // Approving twice finds no applicant.
    assert_eq!(
        app.post_as(&kaisa, &format!("/org/volunteers/{hodan}/approve"), &[])
            .status,
        404
    );
}

#[test]
fn a_renewed_join_link_replaces_the_old_one() {
    let app = TestApp::new();
    let kaisa = app.visitor(Some("kaisa@demo.digikaveri.fi"));
    let old = link_token(&app.get_as(&kaisa, "/org/volunteers").body, "/join/");
    assert_eq!(app.post_as(&kaisa, "/org/join-link", &[]).status, 303);
    let new = link_token(&app.get_as(&kaisa, "/org/volunteers").body, "/join/");
    assert_ne!(old, new);
    let anonymous = app.visitor(None);
    assert_eq!(app.get_as(&anonymous, &format!("/join/{old}")).status, 404);
    assert_eq!(app.get_as(&anonymous, &format!("/join/{new}")).status, 200);
}

#[test]
fn an_admin_creates_an_organisation_and_its_first_coordinator_accepts() {
    let app = TestApp::new();
    let admin = app.visitor(Some("admin@demo.digikaveri.fi"));
    let empty = app.post_as(&admin, "/admin/organisations", &[("name", "  ")]);
    assert_eq!(empty.status, 422);
    assert!(empty.body.contains(&text("fi", "form-error-required")));

    assert_eq!(
        app.post_as(
            &admin,
            "/admin/organisations",
            &[("name", "Vantaan Digituki ry")]
        )
        .status,
        303
    );
    let org: i32 = organisations::table
        .filter(organisations::slug.eq("vantaan-digituki-ry"))
        .select(organisations::id)
        .first(&mut *app.db.get().unwrap())
        .unwrap();
    let invited = app.post_as(
        &admin,
        &format!("/admin/organisations/{org}/invitations"),
        &[("email", "Sari@Vantaa.example")],
    );
    assert_eq!(invited.status, 200);
    let on_screen = link_token(&invited.body, "/invitations/");
    let mails = app.outbox.mails();
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].to, "Sari@Vantaa.example");
    assert!(
        mails[0].body.contains(&format!("/invitations/{on_screen}")),
        "the same link by mail"
    );
    assert!(mails[0].subject.contains("Vantaan Digituki ry"));

    let anonymous = app.visitor(None);
    let form = app.get_as(&anonymous, &format!("/invitations/{on_screen}"));
    assert!(form.body.contains("sari@vantaa.example"));
    let accepted = app.post_as(
        &anonymous,
        &format!("/invitations/{on_screen}"),
        &[
            ("display_name", "Sari"),
            ("password", "vantaan oma salasana"),
            ("locale", "sv"),
        ],
    );
    assert_eq!(accepted.status, 303);
    let (role, organisation_id): (String, Option<i32>) = users::table
        .filter(users::email.eq("sari@vantaa.example"))
        .select((users::role, users::organisation_id))
        .first(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!((role.as_str(), organisation_id), ("coordinator", Some(org)));
    // One time only.
    let again = app.get_as(&anonymous, &format!("/invitations/{on_screen}"));
    assert_eq!(again.status, 404);
    assert!(again.body.contains(&text("fi", "link-closed-title")));
    // Sari signs in and works in Swedish, her saved choice.
    let (status, _, session) = sign_in(&app, "sari@vantaa.example", "vantaan oma salasana");
    assert_eq!(status, 303);
    let token = session.unwrap();
    let response = app
        .client
        .get("/dashboard")
        .cookie(Cookie::new("dk_session", token))
        .dispatch();
    assert!(response
        .into_string()
        .unwrap()
        .contains(r#"<html lang="sv""#));
}

#[test]
fn an_expired_invitation_does_not_open() {
    let app = TestApp::new();
    let kaisa = app.visitor(Some("kaisa@demo.digikaveri.fi"));
    let made = app.post_as(
        &kaisa,
        "/org/coordinators/invitations",
        &[("email", "toinen@demo.digikaveri.fi")],
    );
    assert_eq!(made.status, 200);
    let token = link_token(&made.body, "/invitations/");
    let pending = app.get_as(&kaisa, "/org/coordinators").body;
    assert!(
        pending.contains("toinen@demo.digikaveri.fi"),
        "listed as open"
    );
    use digikaveri::db::schema::invitations;
    diesel::update(invitations::table)
        .set(invitations::expires_at.eq(app.now() - Duration::minutes(1)))
        .execute(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(
        app.get_as(&app.visitor(None), &format!("/invitations/{token}"))
            .status,
        404
    );
    // Inviting an email that has an account answers as any invitation (the page tells no
    // one who has an account); accepting it is refused next to the field, and nothing is made.
    let taken = app.post_as(
        &kaisa,
        "/org/coordinators/invitations",
        &[("email", "amina@demo.digikaveri.fi")],
    );
    assert_eq!(taken.status, 200);
    let token = link_token(&taken.body, "/invitations/");
    let users_before: i64 = users::table
        .count()
        .get_result(&mut *app.db.get().unwrap())
        .unwrap();
    let accepted = app.post_as(
        &app.visitor(None),
        &format!("/invitations/{token}"),
        &[
            ("display_name", "Amina"),
            ("password", "a long enough password"),
            ("locale", "fi"),
        ],
    );
    assert_eq!(accepted.status, 422);
    assert!(accepted
        .body
        .contains(&text("fi", "invitation-error-email-taken")));
    let users_after: i64 = users::table
        .count()
        .get_result(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(users_before, users_after);
}

#[test]
fn a_reset_link_sets_a_new_password_once_and_ends_old_sessions() {
    let app = TestApp::new();
    let kaisa = app.visitor(Some("kaisa@demo.digikaveri.fi"));
    let dmytro_id = app.user_id("dmytro@demo.digikaveri.fi");
    let dmytro = app.visitor(Some("dmytro@demo.digikaveri.fi"));
    let made = app.post_as(
        &kaisa,
        &format!("/org/volunteers/{dmytro_id}/reset-link"),
        &[],
    );
    assert_eq!(made.status, 200);
    let token = link_token(&made.body, "/reset/");
    let anonymous = app.visitor(None);
    assert_eq!(
        app.post_as(
            &anonymous,
            &format!("/reset/{token}"),
            &[("new_password", "short")]
        )
        .status,
        422
    );
    let done = app.post_as(
        &anonymous,
        &format!("/reset/{token}"),
        &[("new_password", "dmytron uusi salasana")],
    );
    assert_eq!(done.status, 303);
    assert_eq!(
        app.get_as(&dmytro, "/dashboard").status,
        303,
        "the old session is ended"
    );
    assert_eq!(
        sign_in(&app, "dmytro@demo.digikaveri.fi", DEMO_PASSWORD).0,
        401
    );
    assert_eq!(
        sign_in(&app, "dmytro@demo.digikaveri.fi", "dmytron uusi salasana").0,
        303
    );
    assert_eq!(
        app.get_as(&anonymous, &format!("/reset/{token}")).status,
        404,
        "used once"
    );
}

#[test]
fn changing_the_password_needs_the_current_one_and_keeps_this_session_only() {
    let app = TestApp::new();
    let here = app.visitor(Some("amina@demo.digikaveri.fi"));
    let elsewhere = app.visitor(Some("amina@demo.digikaveri.fi"));
    let wrong = app.post_as(
        &here,
        "/account/password",
        &[
            ("current_password", "nope"),
            ("new_password", "a brand new password"),
        ],
    );
    assert_eq!(wrong.status, 422);
    assert!(wrong
        .body
        .contains(&text("ar", "form-error-wrong-password")));
    let ok = app.post_as(
        &here,
        "/account/password",
        &[
            ("current_password", DEMO_PASSWORD),
            ("new_password", "a brand new password"),
        ],
    );
    assert_eq!(ok.status, 303);
    assert_eq!(app.get_as(&here, "/account").status, 200);
    assert_eq!(app.get_as(&elsewhere, "/account").status, 303);
}

#[test]
fn profile_changes_are_checked_and_saved() {
    let app = TestApp::new();
    let amina = app.visitor(Some("amina@demo.digikaveri.fi"));
    let bad = app.post_as(
        &amina,
        "/account/profile",
        &[("display_name", ""), ("locale", "xx"), ("phone", "12")],
    );
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains(&text("ar", "form-error-choose")));
    let ok = app.post_as(
        &amina,
        "/account/profile",
        &[
            ("display_name", "Amina A."),
            ("locale", "fa"),
            ("phone", "040 123 4567"),
        ],
    );
    assert_eq!(ok.status, 303);
    let (name, locale, phone): (String, String, Option<String>) = users::table
        .filter(users::email.eq("amina@demo.digikaveri.fi"))
        .select((users::display_name, users::locale, users::phone))
        .first(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(
        (name.as_str(), locale.as_str(), phone.as_deref()),
        ("Amina A.", "fa", Some("040 123 4567"))
    );
}

#[test]
fn a_volunteer_deletes_their_own_account() {
    let app = TestApp::new();
    let farah = app.visitor(Some("farah@demo.digikaveri.fi"));
    let id = app.user_id("farah@demo.digikaveri.fi");
    let wrong = app.post_as(&farah, "/account/delete", &[("delete_password", "nope")]);
    assert_eq!(wrong.status, 422);
    let gone = app.post_as(
        &farah,
        "/account/delete",
        &[("delete_password", DEMO_PASSWORD)],
    );
    assert_eq!(gone.status, 303);
    let mut conn = app.db.get().unwrap();
    let left: i64 = users::table
        .filter(users::id.eq(id))
        .count()
        .get_result(&mut *conn)
        .unwrap();
    assert_eq!(left, 0);
    let sessions: i64 = login_sessions::table
        .filter(login_sessions::user_id.eq(id))
        .count()
        .get_result(&mut *conn)
        .unwrap();
    assert_eq!(sessions, 0);
    let logged: i64 = audit_events::table
        .filter(audit_events::action.eq("account-deleted"))
        .filter(audit_events::subject_id.eq(id))
        .count()
        .get_result(&mut *conn)
        .unwrap();
    assert_eq!(logged, 1);
}

#[test]
fn the_audit_log_records_who_did_what() {
    let app = TestApp::new();
    sign_in(&app, "kaisa@demo.digikaveri.fi", "wrong password");
    sign_in(&app, "kaisa@demo.digikaveri.fi", DEMO_PASSWORD);
    let kaisa = app.visitor(Some("kaisa@demo.digikaveri.fi"));
    let log = app.get_as(&kaisa, "/org/audit");
    assert_eq!(log.status, 200);
    for id in ["audit-sign-in", "audit-sign-in-failed"] {
        assert!(log.body.contains(&text("fi", id)), "{id}");
    }
    let admin = app.visitor(Some("admin@demo.digikaveri.fi"));
    sign_in(&app, "nobody@example.org", "x");
    let all = app.get_as(&admin, "/admin/audit").body;
    assert!(all.contains(&text("fi", "audit-subject-unknown-account")));
    assert!(
        !all.contains("nobody@example.org"),
        "the typed email is not kept"
    );
    let org_log = app.get_as(&kaisa, "/org/audit").body;
    assert!(
        !org_log.contains(&text("fi", "audit-subject-unknown-account")),
        "not an organisation's event"
    );
}

#[test]
fn the_create_admin_command_reads_the_password_from_standard_input() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let test_db = crate::common::TestDb::new();
    let run = |email: &str, password: &str| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_digikaveri"))
            .args(["create-admin", "--email", email])
            .env("DATABASE_URL", &test_db.url)
            .stdin(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        writeln!(child.stdin.take().unwrap(), "{password}").unwrap();
        let out = child.wait_with_output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, stderr) = run("root@example.org", "short");
    assert_eq!(code, Some(1), "{stderr}");
    let (code, stderr) = run("root@example.org", "a long admin password");
    assert_eq!(code, Some(0), "{stderr}");
    let db = crate::common::migrated(&test_db, None);
    let mut conn = db.get().unwrap();
    let role: String = users::table
        .filter(users::email.eq("root@example.org"))
        .select(users::role)
        .first(&mut *conn)
        .unwrap();
    assert_eq!(role, "admin");
    let hash: String = users::table
        .select(users::password_hash)
        .first(&mut *conn)
        .unwrap();
    assert!(digikaveri::users::password::verify(
        "a long admin password",
        &hash
    ));
    let (code, stderr) = run("root@example.org", "a long admin password");
    assert_eq!(code, Some(1), "no second account: {stderr}");
}
