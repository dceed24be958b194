//! Sites as a new organisation runs them: the first steps, adding, editing and closing a site,
//! a changed code that old posters still reach, staff notes read in the reader's language, and
//! a city's places found in the public directory.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use digikaveri::db::schema::{audit_events, site_tables, site_texts, sites, tickets};
use fluent_templates::fluent_bundle::FluentValue;

use crate::common::{helsinki, message, text, TestApp, Visitor};

/// A Tuesday morning in December.
const AT: &str = "2026-12-08 10:00";
const COORDINATOR: &str = "sari@vantaa.example";

/// A new organisation with its coordinator signed in, and nothing else.
fn new_organisation(at: NaiveDateTime) -> (TestApp, i32, Visitor) {
    let app = TestApp::at(at);
    let organisation = app.organisation("Vantaan Digituki ry");
    app.coordinator_of(organisation, COORDINATOR);
    let sari = app.visitor(Some(COORDINATOR));
    (app, organisation, sari)
}

const SELLO: &[(&str, &str)] = &[
    ("name", "Kirjasto Sello"),
    ("kind", "library"),
    ("address", "Leppävaarankatu 9, Espoo"),
    ("public_code", " sello "),
    ("opening[fi]", "Tiistaisin klo 12–15, toinen kerros."),
    ("opening[en]", "On Tuesdays 12–15, second floor."),
    ("access[fi]", "Hissi pääovelta."),
    ("tables", "1\n2\n"),
];

fn count(app: &TestApp, table: &str) -> i64 {
    let mut conn = app.db.get().unwrap();
    match table {
        "sites" => sites::table.count().get_result(&mut *conn),
        "site_tables" => site_tables::table.count().get_result(&mut *conn),
        "site_texts" => site_texts::table.count().get_result(&mut *conn),
        other => panic!("no count for {other}"),
    }
    .unwrap()
}

pub fn a_new_organisation_is_led_to_its_first_site(at: NaiveDateTime) {
    let (app, _, sari) = new_organisation(at);
    let dashboard = app.get_as(&sari, "/dashboard").body;
    assert!(dashboard.contains(&text("fi", "steps-title")));
    assert!(dashboard.contains(r#"href="/org/sites/new""#));
    assert!(!dashboard.contains(&text("fi", "steps-done")));
    let empty = app.get_as(&sari, "/org/sites").body;
    assert!(empty.contains(&text("fi", "sites-empty-help")));
    let no_sites = app.get_as(&sari, "/org/shifts/new").body;
    assert!(no_sites.contains(&text("fi", "shift-no-sites")));

    // A wrong code and twice the same table: both said next to their fields, all kept.
    let mut wrong = SELLO.to_vec();
    wrong.retain(|(k, _)| *k != "public_code" && *k != "tables");
    wrong.extend([("public_code", "1-SELLO"), ("tables", "1\n1")]);
    let refused = app.post_as(&sari, "/org/sites", &wrong);
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains(&text("fi", "site-error-code")));
    assert!(refused.body.contains(&text("fi", "site-error-tables")));
    assert!(refused.body.contains(r#"value="Kirjasto Sello""#));
    assert!(refused
        .body
        .contains("Tiistaisin klo 12–15, toinen kerros."));
    assert_eq!(count(&app, "sites"), 0, "nothing half-written");

    let added = app.post_as(&sari, "/org/sites", SELLO);
    assert_eq!(added.status, 303);
    assert!(added.flashed("flash-site-created"));
    let id = app.site_id("SELLO");
    assert_eq!(
        (count(&app, "site_tables"), count(&app, "site_texts")),
        (2, 3)
    );
    let audited: i64 = audit_events::table
        .filter(audit_events::action.eq("site-created"))
        .filter(audit_events::subject_id.eq(id))
        .count()
        .get_result(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(audited, 1);
    let dashboard = app.get_as(&sari, "/dashboard").body;
    assert!(
        dashboard.contains(&text("fi", "steps-done")),
        "first step done"
    );
    // People can find it and take a number there; its poster prints.
    assert!(app
        .get_as(&app.visitor(None), "/")
        .body
        .contains("Kirjasto Sello"));
    assert_eq!(app.get_as(&app.visitor(None), "/s/SELLO").status, 200);
    assert_eq!(
        app.get_as(&app.visitor(None), "/s/sello/poster").status,
        200
    );
    assert!(!app
        .get_as(&sari, "/org/shifts/new")
        .body
        .contains(&text("fi", "shift-no-sites")));

    // The code belongs to one site in the whole service.
    let other = app.organisation("Espoon Digikaverit");
    app.coordinator_of(other, "olli@espoo.example");
    let olli = app.visitor(Some("olli@espoo.example"));
    let taken = app.post_as(&olli, "/org/sites", SELLO);
    assert_eq!(taken.status, 422);
    assert!(taken.body.contains(&text("fi", "site-error-code-taken")));
    assert_eq!(count(&app, "sites"), 1);
}

#[test]
fn a_new_organisation_is_led_to_its_first_site_on_tuesday() {
    a_new_organisation_is_led_to_its_first_site(helsinki(AT));
}

#[test]
fn a_changed_code_still_leads_old_posters_to_the_site_for_half_a_year() {
    let (app, _, sari) = new_organisation(helsinki(AT));
    assert_eq!(app.post_as(&sari, "/org/sites", SELLO).status, 303);
    let id = app.site_id("SELLO");
    let mut renamed = SELLO.to_vec();
    renamed.retain(|(k, _)| *k != "public_code");
    renamed.push(("public_code", "SELLO2"));
    let saved = app.post_as(&sari, &format!("/org/sites/{id}"), &renamed);
    assert_eq!(saved.status, 303);
    assert!(saved.flashed("flash-site-saved"));
    let anonymous = app.visitor(None);
    let old = app.get_as(&anonymous, "/s/SELLO");
    assert_eq!(old.status, 303);
    assert_eq!(old.location.as_deref(), Some("/s/SELLO2"));
    assert_eq!(app.get_as(&anonymous, "/s/SELLO2").status, 200);
    // Nobody else may take the old code while posters still carry it.
    let other = app.organisation("Espoon Digikaverit");
    app.coordinator_of(other, "olli@espoo.example");
    let olli = app.visitor(Some("olli@espoo.example"));
    let taken = app.post_as(&olli, "/org/sites", SELLO);
    assert_eq!(taken.status, 422);
    assert!(taken.body.contains(&text("fi", "site-error-code-taken")));
    // After half a year the old code leads nowhere and is free again.
    app.advance(Duration::days(181));
    assert_eq!(app.get_as(&anonymous, "/s/SELLO").status, 404);
    let olli = app.visitor(Some("olli@espoo.example"));
    assert_eq!(app.post_as(&olli, "/org/sites", SELLO).status, 303);
}

#[test]
fn a_site_keeps_its_tables_in_use_when_edited() {
    let (app, _, sari) = new_organisation(helsinki(AT));
    assert_eq!(app.post_as(&sari, "/org/sites", SELLO).status, 303);
    let id = app.site_id("SELLO");
    let table_one: i32 = site_tables::table
        .filter(site_tables::site_id.eq(id))
        .filter(site_tables::label.eq("1"))
        .select(site_tables::id)
        .first(&mut *app.db.get().unwrap())
        .unwrap();
    let mut edited = SELLO.to_vec();
    edited.retain(|(k, _)| *k != "tables");
    edited.push(("tables", "Ikkunapöytä\n1"));
    assert_eq!(
        app.post_as(&sari, &format!("/org/sites/{id}"), &edited)
            .status,
        303
    );
    let tables: Vec<(i32, String)> = site_tables::table
        .filter(site_tables::site_id.eq(id))
        .order(site_tables::position)
        .select((site_tables::id, site_tables::label))
        .load(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(
        tables,
        vec![
            (tables[0].0, "Ikkunapöytä".to_owned()),
            (table_one, "1".to_owned())
        ]
    );
    let form = app.get_as(&sari, &format!("/org/sites/{id}")).body;
    assert!(form.contains("Ikkunapöytä\n1"), "{form}");
}

pub fn a_closed_site_takes_no_numbers_and_is_not_shown(at: NaiveDateTime) {
    let (app, _, sari) = new_organisation(at);
    assert_eq!(app.post_as(&sari, "/org/sites", SELLO).status, 303);
    let id = app.site_id("SELLO");
    let asked = app.get_as(&sari, &format!("/org/sites/{id}/close"));
    assert!(asked.body.contains(&text("fi", "site-close-help")));
    let closed = app.post_as(&sari, &format!("/org/sites/{id}/close"), &[]);
    assert!(closed.flashed("flash-site-closed"));
    let anonymous = app.visitor(None);
    assert!(!app.get_as(&anonymous, "/").body.contains("Kirjasto Sello"));
    let page = app.get_as(&anonymous, "/s/SELLO?lang=ar");
    assert!(page.body.contains(&text("ar", "queue-site-closed")));
    let take = app.post_as(
        &anonymous,
        "/s/SELLO?lang=ar",
        &[("first_language", "ar"), ("topics", "kela")],
    );
    assert!(
        take.status >= 400,
        "no number from a closed site: {}",
        take.status
    );
    assert!(take.body.contains(&text("ar", "queue-site-closed")));
    let taken: i64 = tickets::table
        .count()
        .get_result(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(taken, 0);
    let list = app.get_as(&sari, "/org/sites").body;
    assert!(list.contains(&text("fi", "site-closed")));
    // Reopened, it is there again.
    let reopened = app.post_as(&sari, &format!("/org/sites/{id}/reopen"), &[]);
    assert!(reopened.flashed("flash-site-reopened"));
    assert!(app.get_as(&anonymous, "/").body.contains("Kirjasto Sello"));
}

#[test]
fn a_closed_site_takes_no_numbers_and_is_not_shown_on_tuesday() {
    a_closed_site_takes_no_numbers_and_is_not_shown(helsinki(AT));
}

#[test]
fn a_note_is_read_in_the_readers_language_or_marked_as_another() {
    let (app, _, sari) = new_organisation(helsinki(AT));
    assert_eq!(app.post_as(&sari, "/org/sites", SELLO).status, 303);
    let anonymous = app.visitor(None);
    let english = app.get_as(&anonymous, "/?lang=en").body;
    assert!(
        english.contains(r#"<span lang="en" dir="ltr">On Tuesdays 12–15, second floor.</span>"#)
    );
    // Nothing in Arabic: the Finnish note, marked as Finnish and left to right, so its full
    // stop stays at its end on the right-to-left page.
    let arabic = app.get_as(&anonymous, "/?lang=ar").body;
    assert!(arabic.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(
        arabic.contains(r#"<span lang="fi" dir="ltr">Tiistaisin klo 12–15, toinen kerros.</span>"#)
    );
    assert!(arabic.contains(r#"<span lang="fi" dir="ltr">Hissi pääovelta.</span>"#));
    // Written in Arabic too, the Arabic reader gets it right to left.
    let id = app.site_id("SELLO");
    let mut with_arabic = SELLO.to_vec();
    with_arabic.push(("opening[ar]", "أيام الثلاثاء 12–15، الطابق الثاني."));
    assert_eq!(
        app.post_as(&sari, &format!("/org/sites/{id}"), &with_arabic)
            .status,
        303
    );
    let arabic = app.get_as(&anonymous, "/?lang=ar").body;
    assert!(
        arabic.contains(r#"<span lang="ar" dir="rtl">أيام الثلاثاء 12–15، الطابق الثاني.</span>"#)
    );
    // A language the interface does not have is refused, not stored.
    let mut odd = SELLO.to_vec();
    odd.push(("opening[xx]", "?"));
    let refused = app.post_as(&sari, &format!("/org/sites/{id}"), &odd);
    assert_eq!(refused.status, 422);
}

#[test]
fn a_city_finds_its_places_in_the_directory_and_not_as_cards_on_the_front_page() {
    let (app, _, sari) = new_organisation(helsinki(AT));
    assert_eq!(app.post_as(&sari, "/org/sites", SELLO).status, 303);
    let libraries = app.organisation("Espoon kirjastot");
    for n in 1..=5 {
        app.site(libraries, &format!("KIRJA{n}"));
    }
    let anonymous = app.visitor(None);
    let few = app.get_as(&anonymous, "/").body;
    assert!(
        few.contains("Kirjasto Sello") && few.contains("KIRJA5"),
        "six are cards"
    );
    app.site(libraries, "KIRJA6");
    let front = app.get_as(&anonymous, "/").body;
    let seven = message("fi", "home-sites-many", &[("count", FluentValue::from(7))]);
    assert!(front.contains(&seven), "{front}");
    assert!(!front.contains("Kirjasto Sello"), "seven are not cards");
    assert!(front.contains(r#"action="/places""#) && front.contains(r#"href="/places""#));

    let all = app.get_as(&anonymous, "/places").body;
    let (espoo, vantaa) = (
        all.find(r#"<h2 id="organisation-0"><bdi>Espoon kirjastot</bdi></h2>"#),
        all.find(r#"<h2 id="organisation-1"><bdi>Vantaan Digituki ry</bdi></h2>"#),
    );
    assert!(
        matches!((espoo, vantaa), (Some(e), Some(v)) if e < v),
        "the organisations by name: {all}"
    );
    assert!(all.contains(r#"<a href="/s/SELLO"><bdi>Kirjasto Sello</bdi></a>"#));
    assert!(all.contains(r#"<a href="/s/KIRJA6"><bdi>KIRJA6</bdi></a>"#));

    // Without its letter ä, in Arabic: the one place, counted in Arabic.
    let found = app.get_as(&anonymous, "/places?q=leppavaara&lang=ar");
    assert_eq!(found.status, 200);
    let one = message("ar", "places-found", &[("count", FluentValue::from(1))]);
    assert!(found.body.contains(&one), "{}", found.body);
    assert!(found.body.contains("Kirjasto Sello") && !found.body.contains("KIRJA1"));
    assert!(
        found.body.contains(r#"value="leppavaara""#),
        "the words stay in the field"
    );
    let none = app.get_as(&anonymous, "/places?q=Tampere").body;
    assert!(none.contains(&text("fi", "places-none")) && !none.contains("KIRJA1"));

    let long = "a".repeat(101);
    let refused = app.get_as(&anonymous, &format!("/places?q={long}&lang=so"));
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains(&text("so", "form-error-too-long")));
    assert!(refused.body.contains(&format!(r#"value="{long}""#)));

    let id = app.site_id("SELLO");
    assert!(app
        .post_as(&sari, &format!("/org/sites/{id}/close"), &[])
        .flashed("flash-site-closed"));
    let closed = app.get_as(&anonymous, "/places?q=sello").body;
    assert!(
        closed.contains(&text("fi", "places-none")),
        "a closed site is not found"
    );
    let six = app.get_as(&anonymous, "/").body;
    assert!(
        six.contains("KIRJA6") && !six.contains(&seven),
        "six again: cards"
    );
}
