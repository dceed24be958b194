//! The public pages that hold a city's coverage (`/help`, `/s/<code>`) are kept by each app
//! server between writes. These tests show that every kind of write that changes what they
//! show is seen on the next view, on this server and on another one on the same database, and
//! that the passing of time alone drops a shift that ended and brings in one that enters the
//! two weeks. They are also kept rendered, for every anonymous reader alike: each reader still
//! gets their own token, a signed-in reader their own page.

use chrono::Duration;
use diesel::prelude::*;
use digikaveri::db::schema::{
    organisations, shift_signups, shifts, site_texts, sites, users, volunteer_languages,
    volunteer_topics,
};
use digikaveri::languages::Level;
use digikaveri::topics::Stance;

use crate::common::{helsinki, text, TestApp, Visitor};
use crate::shifts::{programme, Programme, AT};

/// Somali help at OLARI tomorrow from Sahra, who is confident with Kela; the page seen once,
/// so that a server that keeps it has it.
fn somali_tomorrow() -> (Programme, i32, i32) {
    let p = programme(helsinki(AT));
    let sahra = p
        .app
        .volunteer(p.organisation, "sahra@espoo.example")
        .speaks("so", Level::Native)
        .knows("kela", Stance::Confident)
        .create();
    let shift = p.app.shift(p.site).starting_in(Duration::days(1)).create();
    p.app.sign_up(shift, sahra);
    assert!(shows_olari(&p.app, "/help?language=so"));
    assert!(shows_olari(&p.app, "/help?language=so&topic=kela"));
    (p, shift, sahra)
}

fn shows_olari(app: &TestApp, path: &str) -> bool {
    let (status, page) = app.get(&format!("{path}&lang=en"), None);
    assert_eq!(status, 200, "{path}");
    page.contains("OLARI")
}

fn write(app: &TestApp, f: impl FnOnce(&mut digikaveri::db::DbConn)) {
    f(&mut app.db.get().unwrap());
}

#[test]
fn help_a_new_shift_with_a_helper_shows_at_once() {
    let p = programme(helsinki(AT));
    let sahra = p
        .app
        .volunteer(p.organisation, "sahra@espoo.example")
        .speaks("so", Level::Native)
        .create();
    assert!(!shows_olari(&p.app, "/help?language=so"));
    let shift = p.app.shift(p.site).starting_in(Duration::days(2)).create();
    assert!(
        !shows_olari(&p.app, "/help?language=so"),
        "nobody signed up yet"
    );
    p.app.sign_up(shift, sahra);
    assert!(shows_olari(&p.app, "/help?language=so"));
}

#[test]
fn help_a_cancelled_shift_goes_at_once() {
    let (p, shift, _) = somali_tomorrow();
    write(&p.app, |conn| {
        diesel::update(shifts::table.find(shift))
            .set(shifts::cancelled_at.eq(Some(p.app.now())))
            .execute(conn)
            .unwrap();
    });
    assert!(!shows_olari(&p.app, "/help?language=so"));
}

#[test]
fn help_a_moved_shift_shows_its_new_time_at_once() {
    let (p, shift, _) = somali_tomorrow();
    write(&p.app, |conn| {
        diesel::update(shifts::table.find(shift))
            .set((
                shifts::starts_at.eq(p.app.now() + Duration::days(20)),
                shifts::ends_at.eq(p.app.now() + Duration::days(20) + Duration::hours(2)),
            ))
            .execute(conn)
            .unwrap();
    });
    assert!(
        !shows_olari(&p.app, "/help?language=so"),
        "beyond two weeks"
    );
}

#[test]
fn help_a_withdrawn_place_goes_at_once() {
    let (p, shift, sahra) = somali_tomorrow();
    write(&p.app, |conn| {
        diesel::update(
            shift_signups::table
                .filter(shift_signups::shift_id.eq(shift))
                .filter(shift_signups::user_id.eq(sahra)),
        )
        .set(shift_signups::state.eq("withdrawn"))
        .execute(conn)
        .unwrap();
    });
    assert!(!shows_olari(&p.app, "/help?language=so"));
}

#[test]
fn help_a_volunteers_languages_topics_and_status_count_at_once() {
    let (p, _, sahra) = somali_tomorrow();
    // Without Kela among her topics, the topic falls back to the language and says so.
    write(&p.app, |conn| {
        diesel::delete(volunteer_topics::table.filter(volunteer_topics::user_id.eq(sahra)))
            .execute(conn)
            .unwrap();
    });
    let (_, kela) = p.app.get("/help?language=so&topic=kela&lang=en", None);
    assert!(kela.contains(&text("en", "help-topic-fallback")));
    write(&p.app, |conn| {
        diesel::update(users::table.find(sahra))
            .set(users::status.eq("paused"))
            .execute(conn)
            .unwrap();
    });
    assert!(!shows_olari(&p.app, "/help?language=so"), "not active");
    write(&p.app, |conn| {
        diesel::update(users::table.find(sahra))
            .set(users::status.eq("active"))
            .execute(conn)
            .unwrap();
    });
    assert!(shows_olari(&p.app, "/help?language=so"), "active again");
    write(&p.app, |conn| {
        diesel::delete(volunteer_languages::table.filter(volunteer_languages::user_id.eq(sahra)))
            .execute(conn)
            .unwrap();
    });
    assert!(!shows_olari(&p.app, "/help?language=so"), "no Somali");
}

#[test]
fn help_a_sites_notes_name_and_closing_show_at_once() {
    let (p, _, _) = somali_tomorrow();
    let home = || p.app.get("/?lang=en", None).1;
    assert!(home().contains("OLARI"), "the front page, kept");
    write(&p.app, |conn| {
        diesel::insert_into(site_texts::table)
            .values((
                site_texts::site_id.eq(p.site),
                site_texts::field.eq("opening"),
                site_texts::locale.eq("en"),
                site_texts::body.eq("Open on weekdays from ten."),
            ))
            .execute(conn)
            .unwrap();
        diesel::update(organisations::table.find(p.organisation))
            .set(organisations::name.eq("Digikaverit Espoo ja Kauniainen"))
            .execute(conn)
            .unwrap();
    });
    let (_, page) = p.app.get("/help?language=so&lang=en", None);
    assert!(page.contains("Open on weekdays from ten."));
    assert!(page.contains("Digikaverit Espoo ja Kauniainen"));
    let front = home();
    assert!(
        front.contains("Open on weekdays from ten."),
        "the front page too"
    );
    assert!(front.contains("Digikaverit Espoo ja Kauniainen"));
    write(&p.app, |conn| {
        diesel::update(sites::table.find(p.site))
            .set(sites::closed_at.eq(Some(p.app.now())))
            .execute(conn)
            .unwrap();
    });
    assert!(!shows_olari(&p.app, "/help?language=so"));
    assert!(
        !home().contains("OLARI"),
        "a closed site leaves the front page"
    );
}

#[test]
fn help_time_drops_a_shift_that_ended_and_brings_in_one_that_enters_the_two_weeks() {
    let p = programme(helsinki(AT));
    let sahra = p
        .app
        .volunteer(p.organisation, "sahra@espoo.example")
        .speaks("so", Level::Native)
        .create();
    let soon = p
        .app
        .shift(p.site)
        .starting_in(Duration::hours(1))
        .lasting(Duration::hours(2))
        .create();
    p.app.sign_up(soon, sahra);
    let other = p.app.site(p.organisation, "MATINKYLA");
    let later = p.app.shift(other).starting_in(Duration::days(15)).create();
    p.app.sign_up(later, sahra);
    let (_, now) = p.app.get("/help?language=so&lang=en", None);
    assert!(now.contains("OLARI") && !now.contains("MATINKYLA"));
    // The first shift ends (two hours from its start) and the later one enters the window.
    p.app.advance(Duration::days(1) + Duration::hours(4));
    let (_, then) = p.app.get("/help?language=so&lang=en", None);
    assert!(!then.contains("OLARI"), "the shift ended");
    assert!(
        then.contains("MATINKYLA"),
        "the later one is within two weeks"
    );
}

#[test]
fn help_a_change_through_one_server_shows_on_another_at_once() {
    let (p, shift, _) = somali_tomorrow();
    let other = p.app.second_server();
    let seen = |path: &str| {
        let page = other.get(path.to_owned()).dispatch().into_string().unwrap();
        page.contains("OLARI")
    };
    assert!(seen("/help?language=so&lang=en"));
    assert!(seen("/s/OLARI?lang=en"));
    let kaisa = p.app.visitor(Some("kaisa@espoo.example"));
    let cancelled = p
        .app
        .post_as(&kaisa, &format!("/org/shifts/{shift}/cancel"), &[]);
    assert_eq!(cancelled.status, 303, "{}", cancelled.body);
    assert!(!seen("/help?language=so&lang=en"), "the other server knows");
    assert!(!shows_olari(&p.app, "/help?language=so"), "and this one");
}

#[test]
fn ticket_page_opens_closes_and_pauses_with_time_and_writes() {
    let p = programme(helsinki(AT));
    let shift = p
        .app
        .shift(p.site)
        .starting_in(Duration::hours(1))
        .lasting(Duration::hours(2))
        .create();
    let take = |app: &TestApp| app.get("/s/OLARI?lang=en", None).1;
    let closed = text("en", "queue-closed-title");
    assert!(take(&p.app).contains(&closed), "nobody signed up");
    p.app.sign_up(shift, p.amina);
    assert!(take(&p.app).contains(&closed), "an hour before");
    let second = p.app.second_server();
    let on_second = || {
        second
            .get("/s/OLARI?lang=en")
            .dispatch()
            .into_string()
            .unwrap()
    };
    assert!(on_second().contains(&closed));
    p.app.advance(Duration::minutes(50));
    assert!(
        !take(&p.app).contains(&closed),
        "open from 15 minutes before"
    );
    assert!(!on_second().contains(&closed));
    write(&p.app, |conn| {
        diesel::update(sites::table.find(p.site))
            .set(sites::queue_paused.eq(true))
            .execute(conn)
            .unwrap();
    });
    assert!(take(&p.app).contains(&text("en", "queue-paused")));
    assert!(on_second().contains(&text("en", "queue-paused")));
    write(&p.app, |conn| {
        diesel::update(sites::table.find(p.site))
            .set(sites::queue_paused.eq(false))
            .execute(conn)
            .unwrap();
    });
    assert!(!take(&p.app).contains(&closed));
    // Two hours from its start the shift is over.
    p.app.advance(Duration::hours(2) + Duration::minutes(15));
    assert!(take(&p.app).contains(&closed), "the shift ended");
    assert!(on_second().contains(&closed));
}

/// A kept take page carries each reader's own token: two browsers are shown the same page,
/// each with the token of its own cookie in every form, and each takes a number with it.
#[test]
fn help_kept_take_page_carries_each_readers_own_token() {
    let p = programme(helsinki(AT));
    let shift = p
        .app
        .shift(p.site)
        .starting_in(Duration::minutes(10))
        .lasting(Duration::hours(2))
        .create();
    p.app.sign_up(shift, p.amina);
    for token in ["first-browsers-token", "second-browsers-token"] {
        let browser = Visitor {
            session: None,
            csrf: token.into(),
        };
        let page = p.app.get_as(&browser, "/s/OLARI?lang=so");
        assert_eq!(page.status, 200);
        let fields = page.body.matches(r#"name="csrf""#).count();
        assert!(fields > 0, "the page has a form");
        let own = format!(r#"name="csrf" value="{token}""#);
        assert_eq!(
            page.body.matches(&own).count(),
            fields,
            "{token} in every form"
        );
        let taken = p
            .app
            .post_as(&browser, "/s/OLARI", &[("first_language", "so")]);
        assert_eq!(taken.status, 303, "{}", taken.body);
        assert!(taken.flashed("flash-ticket-taken"), "{token}");
    }
}

/// A signed-in reader is shown their own page (their name, signing out) between anonymous
/// views of a kept one, and the anonymous page after it shows no one's name; each language
/// has its own.
#[test]
fn help_kept_page_is_each_readers_own_when_signed_in_or_in_another_language() {
    let (p, _, _) = somali_tomorrow();
    let anonymous = || p.app.get("/help?language=so&lang=en", None).1;
    let kaisa = p.app.visitor(Some("kaisa@espoo.example"));
    let signed_in = p.app.get_as(&kaisa, "/help?language=so&lang=en");
    let sign_out = text("en", "nav-sign-out");
    assert!(signed_in.body.contains(&sign_out) && signed_in.body.contains("OLARI"));
    assert!(signed_in.body.contains(&kaisa.csrf), "her own token");
    let after = anonymous();
    assert!(after.contains("OLARI") && !after.contains(&sign_out));
    assert!(!after.contains(&kaisa.csrf));
    let arabic = p.app.get("/help?language=so&lang=ar", None).1;
    assert!(arabic.contains(r#"dir="rtl""#) && arabic.contains(&text("ar", "help-title")));
    assert_eq!(anonymous(), after, "the kept page again");
}
