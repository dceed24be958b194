//! Training as coordinators and volunteers use it: the seed modules of every new
//! organisation, adding modules and making them optional, recording completions, and the rule
//! that a volunteer becomes active only after every required module.

use diesel::prelude::*;
use digikaveri::db::schema::{
    audit_events, organisations, status_changes, training_completions, training_modules, users,
};
use digikaveri::users::{NewUser, Role, Status};

use crate::common::{text, TestApp, Visitor};

fn plain(body: &str) -> String {
    body.replace(['\u{2068}', '\u{2069}'], "")
}

fn kaisa(app: &TestApp) -> Visitor {
    app.visitor(Some("kaisa@demo.digikaveri.fi"))
}

fn demo_organisation(app: &TestApp) -> i32 {
    organisations::table
        .filter(organisations::slug.eq("espoo-demo"))
        .select(organisations::id)
        .first(&mut *app.db.get().unwrap())
        .unwrap()
}

/// (seed key, title, required) of an organisation's modules, in order.
fn modules_of(app: &TestApp, organisation: i32) -> Vec<(Option<String>, String, bool)> {
    training_modules::table
        .filter(training_modules::organisation_id.eq(organisation))
        .select((
            training_modules::seed_key,
            training_modules::title,
            training_modules::required,
        ))
        .order(training_modules::id)
        .load(&mut *app.db.get().unwrap())
        .unwrap()
}

fn module_id(app: &TestApp, organisation: i32, key: &str) -> i32 {
    training_modules::table
        .filter(training_modules::organisation_id.eq(organisation))
        .filter(training_modules::seed_key.eq(key))
        .select(training_modules::id)
        .first(&mut *app.db.get().unwrap())
        .unwrap()
}

fn status_of(app: &TestApp, user_id: i32) -> String {
    users::table
        .find(user_id)
        .select(users::status)
        .first(&mut *app.db.get().unwrap())
        .unwrap()
}

fn completions_of(app: &TestApp, user_id: i32) -> i64 {
    training_completions::table
        .filter(training_completions::user_id.eq(user_id))
        .count()
        .get_result(&mut *app.db.get().unwrap())
        .unwrap()
}

/// The status form's error block: the text between its opening tag and the end of the block.
fn status_error(body: &str) -> &str {
    let start = body
        .find(r#"id="field-status-error""#)
        .expect("the status error is shown");
    let rest = &body[start..];
    &rest[..rest.find("</div>").unwrap_or(rest.len())]
}

#[test]
fn a_new_organisation_gets_the_four_seed_modules() {
    let app = TestApp::new();
    let admin = app.visitor(Some("admin@demo.digikaveri.fi"));
    let made = app.post_as(
        &admin,
        "/admin/organisations",
        &[("name", "Vantaan Digituki")],
    );
    assert_eq!(made.status, 303);
    let organisation: i32 = organisations::table
        .filter(organisations::slug.eq("vantaan-digituki"))
        .select(organisations::id)
        .first(&mut *app.db.get().unwrap())
        .unwrap();
    let seed = |key: &str, required| (Some(key.to_owned()), String::new(), required);
    assert_eq!(
        modules_of(&app, organisation),
        [
            seed("role", true),
            seed("ethics", true),
            seed("data-protection", true),
            seed("security", false),
        ]
    );
    // Their titles are translated on the training page.
    let page = app.get_as(&kaisa(&app), "/org/training?lang=en");
    assert_eq!(page.status, 200);
    for key in ["role", "ethics", "data-protection", "security"] {
        let title = text("en", &format!("training-seed-{key}"));
        assert!(page.body.contains(&title), "{title}");
    }
    let finnish = app.get_as(&kaisa(&app), "/org/training?lang=fi").body;
    assert!(finnish.contains(&text("fi", "training-seed-data-protection")));
}

#[test]
fn a_coordinator_adds_a_module_and_makes_it_optional() {
    let app = TestApp::new();
    let organisation = demo_organisation(&app);
    let coordinator = kaisa(&app);
    let empty = app.post_as(&coordinator, "/org/training?lang=en", &[("title", " ")]);
    assert_eq!(empty.status, 422);
    assert!(empty.body.contains(&text("en", "form-error-required")));
    let long = "x".repeat(121);
    let too_long = app.post_as(
        &coordinator,
        "/org/training?lang=en",
        &[("title", &long), ("required", "yes")],
    );
    assert_eq!(too_long.status, 422);
    assert!(too_long.body.contains(&text("en", "form-error-too-long")));
    assert_eq!(modules_of(&app, organisation).len(), 4);

    let added = app.post_as(
        &coordinator,
        "/org/training",
        &[("title", "Motivoiva digineuvonta"), ("required", "yes")],
    );
    assert_eq!(added.status, 303);
    let unticked = app.post_as(
        &coordinator,
        "/org/training",
        &[("title", "Saavutettavuus")],
    );
    assert_eq!(unticked.status, 303);
    let modules = modules_of(&app, organisation);
    assert_eq!(
        modules[4..],
        [
            (None, "Motivoiva digineuvonta".to_owned(), true),
            (None, "Saavutettavuus".to_owned(), false),
        ]
    );
    assert!(app
        .get_as(&coordinator, "/org/training")
        .body
        .contains("Motivoiva digineuvonta"));

    let new_module: i32 = training_modules::table
        .filter(training_modules::title.eq("Motivoiva digineuvonta"))
        .select(training_modules::id)
        .first(&mut *app.db.get().unwrap())
        .unwrap();
    let toggle = format!("/org/training/{new_module}/required");
    assert_eq!(app.post_as(&coordinator, &toggle, &[]).status, 303);
    assert!(!modules_of(&app, organisation)[4].2, "now optional");
    assert_eq!(app.post_as(&coordinator, &toggle, &[]).status, 303);
    assert!(modules_of(&app, organisation)[4].2, "required again");
    let changed: i64 = audit_events::table
        .filter(audit_events::action.eq("training-module-changed"))
        .count()
        .get_result(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(changed, 2);
}

#[test]
fn another_organisations_module_cannot_be_changed_or_recorded() {
    let app = TestApp::new();
    let mut conn = app.db.get().unwrap();
    let other =
        digikaveri::organisations::create(&mut conn, "Toinen yhdistys", "toinen", app.now())
            .unwrap();
    drop(conn);
    let theirs = module_id(&app, other.id, "role");
    let coordinator = kaisa(&app);
    let toggled = app.post_as(
        &coordinator,
        &format!("/org/training/{theirs}/required"),
        &[],
    );
    assert_eq!(toggled.status, 404);
    assert!(modules_of(&app, other.id)[0].2, "still required");

    let farah = app.user_id("farah@demo.digikaveri.fi");
    let recorded = app.post_as(
        &coordinator,
        &format!("/org/volunteers/{farah}/training"),
        &[
            ("module_id", &theirs.to_string()),
            ("completed_on", "2026-10-01"),
        ],
    );
    assert_eq!(recorded.status, 404);
    assert_eq!(completions_of(&app, farah), 2, "only the demo's two");
}

#[test]
fn a_volunteer_becomes_active_only_after_every_required_module() {
    let app = TestApp::new();
    let organisation = demo_organisation(&app);
    let farah = app.user_id("farah@demo.digikaveri.fi");
    let kaisa_id = app.user_id("kaisa@demo.digikaveri.fi");
    let coordinator = kaisa(&app);
    let page = format!("/org/volunteers/{farah}");

    // Two of three required modules: refused, and the page names the missing one.
    let refused = app.post_as(
        &coordinator,
        &format!("{page}/status?lang=en"),
        &[("status", "active")],
    );
    assert_eq!(refused.status, 422);
    let error = status_error(&refused.body);
    assert!(error.contains(&text("en", "volunteer-status-error-training")));
    assert!(error.contains(&text("en", "training-seed-data-protection")));
    assert!(!error.contains(&text("en", "training-seed-role")), "done");
    assert!(
        !error.contains(&text("en", "training-seed-security")),
        "optional"
    );
    assert_eq!(status_of(&app, farah), "in_training");
    let changes = |app: &TestApp| -> i64 {
        status_changes::table
            .filter(status_changes::user_id.eq(farah))
            .count()
            .get_result(&mut *app.db.get().unwrap())
            .unwrap()
    };
    assert_eq!(changes(&app), 0);

    // A completion in the future or on no real day is refused next to its field.
    let missing = module_id(&app, organisation, "data-protection");
    let record = format!("{page}/training?lang=en");
    let tomorrow =
        (digikaveri::clock::today_in_finland(app.now()) + chrono::Duration::days(1)).to_string();
    for (date, message) in [
        (tomorrow.as_str(), "form-error-future-date"),
        ("2026-02-30", "form-error-date"),
        ("", "form-error-required"),
    ] {
        let refused = app.post_as(
            &coordinator,
            &record,
            &[("module_id", &missing.to_string()), ("completed_on", date)],
        );
        assert_eq!(refused.status, 422, "{date}");
        assert!(refused.body.contains(&text("en", message)), "{date}");
        assert!(refused
            .body
            .contains(&format!(r#"id="completed-{missing}-error""#)));
    }
    assert_eq!(completions_of(&app, farah), 2);

    let today = digikaveri::clock::today_in_finland(app.now()).to_string();
    let done = app.post_as(
        &coordinator,
        &record,
        &[
            ("module_id", &missing.to_string()),
            ("completed_on", &today),
        ],
    );
    assert_eq!(done.status, 303);
    assert_eq!(completions_of(&app, farah), 3);

    let activated = app.post_as(
        &coordinator,
        &format!("{page}/status"),
        &[("status", "active")],
    );
    assert_eq!(activated.status, 303);
    assert_eq!(status_of(&app, farah), "active");
    let (from, to, by): (String, String, Option<i32>) = status_changes::table
        .filter(status_changes::user_id.eq(farah))
        .select((
            status_changes::from_status,
            status_changes::to_status,
            status_changes::changed_by,
        ))
        .first(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(
        (from.as_str(), to.as_str(), by),
        ("in_training", "active", Some(kaisa_id))
    );
    let audited: i64 = audit_events::table
        .filter(audit_events::action.eq("volunteer-status-changed"))
        .filter(audit_events::subject_id.eq(farah))
        .count()
        .get_result(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(audited, 1);

    // The history names the coordinator; choosing the same status again changes nothing.
    let history = plain(&app.get_as(&coordinator, &format!("{page}?lang=en")).body);
    assert!(history.contains(">Kaisa Koordinaattori</td>"));
    assert!(history.contains(&format!(">{}</td>", text("en", "status-in-training"))));
    let same = app.post_as(
        &coordinator,
        &format!("{page}/status"),
        &[("status", "active")],
    );
    assert_eq!(same.status, 303);
    assert_eq!(changes(&app), 1);

    // Pausing needs no training check.
    let paused = app.post_as(
        &coordinator,
        &format!("{page}/status"),
        &[("status", "paused")],
    );
    assert_eq!(paused.status, 303);
    assert_eq!(status_of(&app, farah), "paused");
    let unknown = app.post_as(
        &coordinator,
        &format!("{page}/status?lang=en"),
        &[("status", "retired")],
    );
    assert_eq!(unknown.status, 422);
    assert!(unknown.body.contains(&text("en", "form-error-choose")));
}

#[test]
fn approving_an_applicant_is_kept_in_the_status_history() {
    let app = TestApp::new();
    let abdi = app.user_id("abdi@demo.digikaveri.fi");
    let kaisa_id = app.user_id("kaisa@demo.digikaveri.fi");
    let approved = app.post_as(
        &kaisa(&app),
        &format!("/org/volunteers/{abdi}/approve"),
        &[],
    );
    assert_eq!(approved.status, 303);
    let rows: Vec<(String, String, Option<i32>)> = status_changes::table
        .filter(status_changes::user_id.eq(abdi))
        .select((
            status_changes::from_status,
            status_changes::to_status,
            status_changes::changed_by,
        ))
        .load(&mut *app.db.get().unwrap())
        .unwrap();
    assert_eq!(
        rows,
        [(
            "applicant".to_owned(),
            "in_training".to_owned(),
            Some(kaisa_id)
        )]
    );
}

#[test]
fn a_volunteer_sees_their_own_training_checklist() {
    let app = TestApp::new();
    let farah = app.visitor(Some("farah@demo.digikaveri.fi"));
    let page = app.get_as(&farah, "/volunteer/profile?lang=en");
    assert_eq!(page.status, 200);
    let body = plain(&page.body);
    assert!(body.contains(&text("en", "training-seed-role")));
    assert!(body.contains(">1 Nov 2026</td>"));
    assert!(body.contains(&text("en", "training-not-yet")));
    assert!(
        !body.contains("/training\""),
        "no form to record completions"
    );
}

#[test]
fn an_organisation_without_modules_says_so() {
    let app = TestApp::new();
    let mut conn = app.db.get().unwrap();
    let other =
        digikaveri::organisations::create(&mut conn, "Tyhjä yhdistys", "tyhja", app.now()).unwrap();
    diesel::delete(training_modules::table.filter(training_modules::organisation_id.eq(other.id)))
        .execute(&mut *conn)
        .unwrap();
    digikaveri::users::create(
        &mut conn,
        &NewUser {
            organisation_id: Some(other.id),
            role: Role::Volunteer,
            status: Status::InTraining,
            email: "uusi@tyhja.fi",
            display_name: "Uusi",
            password: "uuden vapaaehtoisen salasana",
            locale: "en",
            phone: None,
        },
        app.now(),
    )
    .unwrap();
    drop(conn);
    let volunteer = app.visitor(Some("uusi@tyhja.fi"));
    let page = app.get_as(&volunteer, "/volunteer/profile");
    assert_eq!(page.status, 200);
    assert!(page.body.contains(&text("en", "training-empty")));
}
