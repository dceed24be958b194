//! The volunteer's skills page as people use it: languages shown by their own names, topics,
//! refusals that keep what was typed and write nothing, external credentials, and the
//! coordinator's page about one volunteer, which other organisations cannot open.

use diesel::prelude::*;
use digikaveri::db::schema::{
    audit_events, credentials, organisations, status_changes, training_completions,
    volunteer_languages, volunteer_topics,
};
use digikaveri::users::{self, NewUser, Role, Status};

use crate::common::{message, text, TestApp, OTHER_COORDINATOR};

/// A page without Fluent's bidi isolation marks, to look for texts with variables in them.
fn plain(body: &str) -> String {
    body.replace(['\u{2068}', '\u{2069}'], "")
}

/// A new volunteer of the demo organisation who has not filled in anything yet.
fn new_volunteer(app: &TestApp, email: &str) -> i32 {
    let mut conn = app.db.get().unwrap();
    let organisation: i32 = organisations::table
        .filter(organisations::slug.eq("espoo-demo"))
        .select(organisations::id)
        .first(&mut *conn)
        .unwrap();
    users::create(
        &mut conn,
        &NewUser {
            organisation_id: Some(organisation),
            role: Role::Volunteer,
            status: Status::InTraining,
            email,
            display_name: "Hodan",
            password: "hodanin oma salasana",
            locale: "en",
            phone: None,
        },
        app.now(),
    )
    .unwrap()
}

fn languages_of(app: &TestApp, user_id: i32) -> Vec<(String, String)> {
    volunteer_languages::table
        .filter(volunteer_languages::user_id.eq(user_id))
        .select((volunteer_languages::language, volunteer_languages::level))
        .order(volunteer_languages::language)
        .load(&mut *app.db.get().unwrap())
        .unwrap()
}

fn topics_of(app: &TestApp, user_id: i32) -> Vec<(String, String)> {
    volunteer_topics::table
        .filter(volunteer_topics::user_id.eq(user_id))
        .select((volunteer_topics::topic, volunteer_topics::kind))
        .order(volunteer_topics::topic)
        .load(&mut *app.db.get().unwrap())
        .unwrap()
}

fn count_credentials(app: &TestApp, user_id: i32) -> i64 {
    credentials::table
        .filter(credentials::user_id.eq(user_id))
        .count()
        .get_result(&mut *app.db.get().unwrap())
        .unwrap()
}

#[test]
fn a_volunteer_saves_languages_and_topics_and_sees_languages_in_english_and_their_own_names() {
    let app = TestApp::new();
    let id = new_volunteer(&app, "hodan@example.org");
    let hodan = app.visitor(Some("hodan@example.org"));

    let dashboard = app.get_as(&hodan, "/dashboard").body;
    assert!(dashboard.contains(&text("en", "dashboard-skills-missing")));
    assert!(dashboard.contains(r#"href="/volunteer/profile""#));

    let form = app.get_as(&hodan, "/volunteer/profile");
    assert_eq!(form.status, 200);
    assert!(form.body.contains(&text("en", "profile-languages-legend")));
    // Hodan reads English: each language by its English name, its own name beside it.
    for own_name in [
        r#"Arabic (<span lang="ar" dir="rtl">العربية</span>)"#,
        r#"Somali (<span lang="so" dir="ltr">Soomaali</span>)"#,
        r#"Ukrainian (<span lang="uk" dir="ltr">українська</span>)"#,
    ] {
        assert!(form.body.contains(own_name), "{own_name}");
    }
    assert!(form.body.contains(&text("en", "topic-kela")));

    let saved = app.post_as(
        &hodan,
        "/volunteer/profile",
        &[
            ("lang[so]", "native"),
            ("lang[fi]", "basic"),
            ("lang[en]", ""),
            ("topic[kela]", "confident"),
            ("topic[tax]", "learning"),
            ("topic[email]", ""),
        ],
    );
    assert_eq!(saved.status, 303);
    assert_eq!(saved.location.as_deref(), Some("/volunteer/profile"));
    assert_eq!(
        languages_of(&app, id),
        [
            ("fi".to_owned(), "basic".to_owned()),
            ("so".to_owned(), "native".to_owned())
        ]
    );
    assert_eq!(
        topics_of(&app, id),
        [
            ("kela".to_owned(), "confident".to_owned()),
            ("tax".to_owned(), "learning".to_owned())
        ]
    );
    let again = app.get_as(&hodan, "/volunteer/profile").body;
    assert!(again.contains(r#"<option value="native" selected>"#));
    assert!(again.contains(r#"id="topic-tax-learning" name="topic[tax]" value="learning" checked"#));
    assert!(again.contains(r#"id="topic-email-none" name="topic[email]" value="" checked"#));

    // Saving again replaces the rows rather than adding to them.
    let replaced = app.post_as(&hodan, "/volunteer/profile", &[("lang[sw]", "fluent")]);
    assert_eq!(replaced.status, 303);
    assert_eq!(
        languages_of(&app, id),
        [("sw".to_owned(), "fluent".to_owned())]
    );
    assert!(topics_of(&app, id).is_empty());
    assert!(!app
        .get_as(&hodan, "/dashboard")
        .body
        .contains(&text("en", "dashboard-skills-missing")));
}

#[test]
fn the_skills_page_groups_topics_as_radio_buttons_and_keeps_rarer_languages_behind_more() {
    let app = TestApp::new();
    new_volunteer(&app, "hodan@example.org");
    let hodan = app.visitor(Some("hodan@example.org"));

    // Short: a closed group per kind of topic, a fieldset of three radio buttons per topic
    // (no topic dropdowns), and a select only for the languages.
    let fresh = app.get_as(&hodan, "/volunteer/profile").body;
    for group in digikaveri::topics::GROUPS {
        let heading = text("en", &format!("profile-group-{}", group.key));
        assert!(
            fresh.contains(&format!("<summary>{heading}</summary>")),
            "{heading}"
        );
    }
    let topics = digikaveri::topics::TOPICS.len();
    assert_eq!(
        fresh.matches(r#"<fieldset class="stance">"#).count(),
        topics
    );
    assert_eq!(fresh.matches(r#"type="radio""#).count(), 3 * topics);
    assert_eq!(
        fresh.matches("<select").count(),
        digikaveri::languages::HELP_LANGUAGES.len()
    );
    assert!(fresh.contains(r#"id="topic-kela-none" name="topic[kela]" value="" checked"#));
    assert!(
        !fresh.contains(r#"<details class="skill-group" open>"#),
        "nothing chosen, nothing open"
    );

    // A closed group says how many of its topics are chosen; a language behind "more
    // languages" keeps that group open, so a saved choice is never out of sight.
    let saved = app.post_as(
        &hodan,
        "/volunteer/profile",
        &[
            ("lang[sw]", "fluent"),
            ("topic[kela]", "confident"),
            ("topic[tax]", "learning"),
        ],
    );
    assert_eq!(saved.status, 303);
    let again = plain(&app.get_as(&hodan, "/volunteer/profile").body);
    let two = plain(&message(
        "en",
        "profile-group-chosen",
        &[("count", 2.into())],
    ));
    assert!(again.contains(&format!("({two})")), "{two}");
    assert_eq!(
        again
            .matches(r#"<details class="skill-group" open>"#)
            .count(),
        1
    );
    assert!(again.contains(r#"<option value="fluent" selected>"#));
}

#[test]
fn saving_without_any_language_is_refused_keeps_the_choices_and_writes_nothing() {
    let app = TestApp::new();
    let amina_id = app.user_id("amina@demo.digikaveri.fi");
    let amina = app.visitor(Some("amina@demo.digikaveri.fi"));
    let (languages, topics) = (languages_of(&app, amina_id), topics_of(&app, amina_id));
    assert_eq!(languages.len(), 3, "the demo languages");

    let refused = app.post_as(
        &amina,
        "/volunteer/profile?lang=en",
        &[("lang[ar]", ""), ("topic[wilma]", "learning")],
    );
    assert_eq!(refused.status, 422);
    assert!(refused
        .body
        .contains(&text("en", "profile-error-no-language")));
    assert!(refused.body.contains(r#"id="languages-error""#));
    assert!(
        refused
            .body
            .contains(r#"id="topic-wilma-learning" name="topic[wilma]" value="learning" checked"#),
        "the typed topic is kept"
    );
    assert!(
        refused
            .body
            .contains(r#"<details class="skill-group" open>"#),
        "groups with choices come back open"
    );
    assert_eq!(languages_of(&app, amina_id), languages);
    assert_eq!(topics_of(&app, amina_id), topics);

    // In Finnish too: the error is a translated message, not a code.
    let finnish = app.post_as(&amina, "/volunteer/profile?lang=fi", &[]);
    assert_eq!(finnish.status, 422);
    assert!(finnish
        .body
        .contains(&text("fi", "profile-error-no-language")));
}

#[test]
fn unknown_language_codes_and_levels_are_refused() {
    let app = TestApp::new();
    let dmytro_id = app.user_id("dmytro@demo.digikaveri.fi");
    let dmytro = app.visitor(Some("dmytro@demo.digikaveri.fi"));
    let before = languages_of(&app, dmytro_id);
    for fields in [
        [("lang[xx]", "native"), ("lang[uk]", "native")],
        [("lang[uk]", "expert"), ("lang[fi]", "basic")],
        [("lang[uk]", "native"), ("topic[astrology]", "confident")],
    ] {
        let refused = app.post_as(&dmytro, "/volunteer/profile?lang=en", &fields);
        assert_eq!(refused.status, 422, "{fields:?}");
        assert!(
            refused.body.contains(&text("en", "form-error-choose")),
            "{fields:?}"
        );
        assert_eq!(languages_of(&app, dmytro_id), before, "{fields:?}");
    }
}

#[test]
fn credentials_are_checked_added_and_deleted_only_by_their_owner() {
    let app = TestApp::new();
    let farah_id = app.user_id("farah@demo.digikaveri.fi");
    let farah = app.visitor(Some("farah@demo.digikaveri.fi"));
    let page = "/volunteer/profile/credentials?lang=en";

    let hostile = app.post_as(
        &farah,
        page,
        &[
            ("name", "Digitaidot"),
            ("issuer", "Kansalaisopisto"),
            ("issued_on", "2026-05-04"),
            ("link", "javascript:alert(1)"),
        ],
    );
    assert_eq!(hostile.status, 422);
    assert!(hostile.body.contains(&text("en", "form-error-link")));
    assert!(
        hostile.body.contains(r#"value="Digitaidot""#),
        "what was typed is kept"
    );
    let future = app.post_as(
        &farah,
        page,
        &[
            ("name", "Digitaidot"),
            ("issuer", "Kansalaisopisto"),
            ("issued_on", "2999-01-01"),
        ],
    );
    assert_eq!(future.status, 422);
    assert!(future.body.contains(&text("en", "form-error-future-date")));
    let empty = app.post_as(&farah, page, &[]);
    assert_eq!(empty.status, 422);
    assert!(empty.body.contains(&text("en", "form-error-required")));
    assert_eq!(count_credentials(&app, farah_id), 0);

    let added = app.post_as(
        &farah,
        page,
        &[
            ("name", "Digitaidot <b>perusteet</b>"),
            ("issuer", "Kansalaisopisto"),
            ("issued_on", "2026-05-04"),
            ("link", "https://example.org/merkki?id=7"),
        ],
    );
    assert_eq!(added.status, 303);
    let own = plain(&app.get_as(&farah, "/volunteer/profile?lang=en").body);
    assert!(own.contains("Digitaidot &lt;b&gt;perusteet&lt;/b&gt;"));
    assert!(own.contains("Kansalaisopisto, 4 May 2026"));
    assert!(own.contains(r#"href="https://example.org/merkki?id&#x3D;7""#));
    let kaisa = app.visitor(Some("kaisa@demo.digikaveri.fi"));
    let staff_view = app
        .get_as(&kaisa, &format!("/org/volunteers/{farah_id}"))
        .body;
    assert!(staff_view.contains("Digitaidot &lt;b&gt;perusteet&lt;/b&gt;"));

    let credential: i32 = credentials::table
        .filter(credentials::user_id.eq(farah_id))
        .select(credentials::id)
        .first(&mut *app.db.get().unwrap())
        .unwrap();
    let delete = format!("/volunteer/profile/credentials/{credential}/delete");
    let amina = app.visitor(Some("amina@demo.digikaveri.fi"));
    assert_eq!(app.post_as(&amina, &delete, &[]).status, 404);
    assert_eq!(count_credentials(&app, farah_id), 1);
    assert_eq!(app.post_as(&farah, &delete, &[]).status, 303);
    assert_eq!(count_credentials(&app, farah_id), 0);
}

#[test]
fn a_coordinator_sees_one_volunteer_and_the_view_is_audited() {
    let app = TestApp::new();
    let amina_id = app.user_id("amina@demo.digikaveri.fi");
    let kaisa = app.visitor(Some("kaisa@demo.digikaveri.fi"));
    let list = app.get_as(&kaisa, "/org/volunteers").body;
    assert!(list.contains(&format!(
        r#"<a href="/org/volunteers/{amina_id}">Amina</a>"#
    )));

    let page = app.get_as(&kaisa, &format!("/org/volunteers/{amina_id}?lang=en"));
    assert_eq!(page.status, 200);
    let body = plain(&page.body);
    for expected in [
        r#"Arabic (<span lang="ar" dir="rtl">العربية</span>): Native"#.to_owned(),
        r#"Finnish (<span lang="fi" dir="ltr">suomi</span>): Fluent"#.to_owned(),
        text("en", "topic-kela"),
        text("en", "topic-banking"),
        text("en", "status-active"),
        text("en", "training-seed-ethics"),
        "1 Nov 2026".to_owned(),
        "Digitukija-osaamismerkki".to_owned(),
    ] {
        assert!(body.contains(&expected), "{expected}");
    }
    let viewed: i64 = audit_events::table
        .filter(audit_events::action.eq("volunteer-viewed"))
        .filter(audit_events::subject_id.eq(amina_id))
        .count()
        .get_result(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(viewed, 1);
    let log = app.get_as(&kaisa, "/org/audit?lang=fi").body;
    assert!(log.contains(&text("fi", "audit-volunteer-viewed")));

    // A coordinator's own account is not a volunteer's page.
    let kaisa_id = app.user_id("kaisa@demo.digikaveri.fi");
    assert_eq!(
        app.get_as(&kaisa, &format!("/org/volunteers/{kaisa_id}"))
            .status,
        404
    );
}

#[test]
fn another_organisations_coordinator_gets_404_and_writes_nothing() {
    let app = TestApp::new();
    let other = app.other_organisation();
    let olli = app.visitor(Some(OTHER_COORDINATOR));
    let farah_id = app.user_id("farah@demo.digikaveri.fi");
    let count = |app: &TestApp| -> (i64, i64, i64) {
        let mut conn = app.db.get().unwrap();
        (
            audit_events::table.count().get_result(&mut *conn).unwrap(),
            status_changes::table
                .count()
                .get_result(&mut *conn)
                .unwrap(),
            training_completions::table
                .count()
                .get_result(&mut *conn)
                .unwrap(),
        )
    };
    let before = count(&app);
    let page = format!("/org/volunteers/{farah_id}");
    assert_eq!(app.get_as(&olli, &page).status, 404);
    let status = app.post_as(&olli, &format!("{page}/status"), &[("status", "left")]);
    assert_eq!(status.status, 404);
    let module: i32 = digikaveri::db::schema::training_modules::table
        .filter(digikaveri::db::schema::training_modules::organisation_id.eq(other))
        .select(digikaveri::db::schema::training_modules::id)
        .first(&mut *app.db.get().unwrap())
        .unwrap();
    let training = app.post_as(
        &olli,
        &format!("{page}/training"),
        &[
            ("module_id", &module.to_string()),
            ("completed_on", "2026-10-01"),
        ],
    );
    assert_eq!(training.status, 404);
    assert_eq!(count(&app), before);
    let status: String = digikaveri::db::schema::users::table
        .find(farah_id)
        .select(digikaveri::db::schema::users::status)
        .first(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(status, "in_training");
}
