//! Group trainings: a coordinator records one and every attendee gets the completion at once;
//! attendees rate it once; the module's ratings show with their count, the means only from
//! three answers. Named `skills_training_*` so that `cargo test skills` runs them.

use diesel::prelude::*;
use digikaveri::db::schema::{
    audit_events, training_attendees, training_completions, training_modules, training_ratings,
    training_sessions,
};
use digikaveri::privacy::audit::Actor;
use digikaveri::training::{self, sessions};

use crate::common::{helsinki, message, text, TestApp, Visitor, OTHER_COORDINATOR};
use crate::safety::at_once;

const AT: &str = "2026-12-08 12:00";

/// How many rows a query finds.
macro_rules! count {
    ($org:expr, $query:expr) => {
        $query
            .count()
            .get_result::<i64>(&mut *$org.app.db.get().unwrap())
            .unwrap()
    };
}

struct Org {
    app: TestApp,
    organisation: i32,
    coordinator: i32,
    module: i32,
    volunteers: Vec<i32>,
}

impl Org {
    fn kaisa(&self) -> Visitor {
        self.app.visitor(Some("kaisa@espoo.fi"))
    }

    fn volunteer(&self, i: usize) -> Visitor {
        self.app.visitor(Some(&format!("v{i}@espoo.fi")))
    }

    /// A session recorded through the domain, with these attendees.
    fn session(&self, attendees: Vec<i32>) -> i32 {
        let by = Actor {
            user_id: self.coordinator,
            organisation_id: Some(self.organisation),
        };
        let plan = sessions::NewSession {
            module_id: self.module,
            held_on: self.app.now().date(),
            trainer: "Outi".into(),
            attendees,
        };
        sessions::record(
            &mut self.app.db.get().unwrap(),
            by,
            self.organisation,
            &plan,
            self.app.now(),
        )
        .unwrap()
    }
}

/// An organisation with its coordinator Kaisa, four volunteers (v0 speaks English) and the
/// id of its first seed module.
fn org() -> Org {
    let app = TestApp::at(helsinki(AT));
    let organisation = app.organisation("Espoo");
    let coordinator = app.coordinator_of(organisation, "kaisa@espoo.fi");
    let volunteers = (0..4)
        .map(|i| {
            let builder = app.volunteer(organisation, &format!("v{i}@espoo.fi"));
            if i == 0 {
                builder.interface("en").create()
            } else {
                builder.create()
            }
        })
        .collect();
    let module = training_modules::table
        .filter(training_modules::organisation_id.eq(organisation))
        .filter(training_modules::seed_key.eq("ethics"))
        .select(training_modules::id)
        .first(&mut *app.db.get().unwrap())
        .unwrap();
    Org {
        app,
        organisation,
        coordinator,
        module,
        volunteers,
    }
}

fn completed_on(org: &Org, user: i32) -> Option<chrono::NaiveDate> {
    training_completions::table
        .filter(training_completions::module_id.eq(org.module))
        .filter(training_completions::user_id.eq(user))
        .select(training_completions::completed_on)
        .first(&mut *org.app.db.get().unwrap())
        .optional()
        .unwrap()
}

#[test]
fn skills_training_a_group_training_gives_every_attendee_the_completion_at_once() {
    let org = org();
    let v = &org.volunteers;
    // v1 did the module a month ago and keeps that day.
    let earlier = helsinki("2026-11-03 12:00").date();
    training::complete(
        &mut org.app.db.get().unwrap(),
        org.module,
        v[1],
        earlier,
        org.coordinator,
        org.app.now(),
    )
    .unwrap();
    let form = org.app.get_as(&org.kaisa(), "/org/training/sessions/new");
    assert_eq!(form.status, 200);
    assert!(form.body.contains("v3"), "volunteers to choose from");
    let (module, a, b, me) = (
        org.module.to_string(),
        v[0].to_string(),
        v[1].to_string(),
        org.coordinator.to_string(),
    );
    let reply = org.app.post_as(
        &org.kaisa(),
        "/org/training/sessions",
        &[
            ("module_id", &module),
            ("held_on", "2026-12-05"),
            ("trainer", "Outi Ulkopuolinen"),
            ("attendees", &a),
            ("attendees", &b),
            ("attendees", &me),
        ],
    );
    assert_eq!(reply.status, 303, "{}", reply.body);
    assert!(reply.flashed("flash-training-session-recorded"));
    let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
    assert_eq!(completed_on(&org, v[0]), Some(day));
    assert_eq!(
        completed_on(&org, v[1]),
        Some(earlier),
        "the earlier one stays"
    );
    assert_eq!(
        completed_on(&org, org.coordinator),
        Some(day),
        "staff train too"
    );
    assert_eq!(completed_on(&org, v[2]), None, "not there, not done");
    let (held_on, trainer, recorded_by): (chrono::NaiveDate, String, Option<i32>) =
        training_sessions::table
            .select((
                training_sessions::held_on,
                training_sessions::trainer,
                training_sessions::recorded_by,
            ))
            .first(&mut *org.app.db.get().unwrap())
            .unwrap();
    assert_eq!(
        (held_on, trainer.as_str(), recorded_by),
        (day, "Outi Ulkopuolinen", Some(org.coordinator))
    );
    assert_eq!(count!(org, training_attendees::table), 3);
    assert_eq!(org.app.audit_count("training-session-recorded"), 1);
    let log = org.app.get_as(&org.kaisa(), "/org/audit");
    assert!(log
        .body
        .contains(&text("fi", "audit-training-session-recorded")));
    // The attendees find it on their own page, from the dashboard.
    let dashboard = org.app.get_as(&org.volunteer(0), "/dashboard");
    assert!(dashboard.body.contains("href=\"/trainings\""));
    let mine = org.app.get_as(&org.volunteer(0), "/trainings");
    assert!(mine.body.contains("Outi Ulkopuolinen"));
    assert!(mine.body.contains("/rate"));
    let not_there = org.app.get_as(&org.volunteer(2), "/trainings");
    assert!(!not_there.body.contains("Outi Ulkopuolinen"));
}

#[test]
fn skills_training_another_organisations_coordinator_is_refused() {
    let org = org();
    org.app.other_organisation();
    let olli = org.app.visitor(Some(OTHER_COORDINATOR));
    let (module, a) = (org.module.to_string(), org.volunteers[0].to_string());
    let fields = [
        ("module_id", module.as_str()),
        ("held_on", "2026-12-05"),
        ("trainer", "Outi"),
        ("attendees", a.as_str()),
    ];
    let reply = org.app.post_as(&olli, "/org/training/sessions", &fields);
    assert_eq!(reply.status, 404, "another organisation's module");
    // Olli's own module with Espoo's volunteer: 404 too.
    let own: i32 = training_modules::table
        .filter(training_modules::organisation_id.ne(org.organisation))
        .select(training_modules::id)
        .first(&mut *org.app.db.get().unwrap())
        .unwrap();
    let own = own.to_string();
    let fields = [
        ("module_id", own.as_str()),
        ("held_on", "2026-12-05"),
        ("trainer", "Outi"),
        ("attendees", a.as_str()),
    ];
    let reply = org.app.post_as(&olli, "/org/training/sessions", &fields);
    assert_eq!(reply.status, 404, "another organisation's volunteer");
    // A volunteer is no coordinator.
    let reply = org
        .app
        .post_as(&org.volunteer(1), "/org/training/sessions", &fields);
    assert_eq!(reply.status, 403);
    assert_eq!(count!(org, training_sessions::table), 0);
    assert_eq!(count!(org, training_completions::table), 0);
    // Nor does Olli see or rate Espoo's session.
    let session = org.session(vec![org.volunteers[0]]);
    let path = format!("/trainings/{session}/rate");
    assert_eq!(org.app.get_as(&olli, &path).status, 404);
    let reply = org
        .app
        .post_as(&olli, &path, &[("satisfaction", "5"), ("usefulness", "5")]);
    assert_eq!(reply.status, 404);
    assert_eq!(count!(org, training_ratings::table), 0);
}

#[test]
fn skills_training_only_attendees_rate() {
    let org = org();
    let session = org.session(vec![org.volunteers[0]]);
    let path = format!("/trainings/{session}/rate");
    let answers = [("satisfaction", "4"), ("usefulness", "3")];
    for outsider in [org.volunteer(1), org.kaisa()] {
        assert_eq!(org.app.get_as(&outsider, &path).status, 404);
        assert_eq!(org.app.post_as(&outsider, &path, &answers).status, 404);
    }
    assert_eq!(count!(org, training_ratings::table), 0);
    let form = org.app.get_as(&org.volunteer(0), &path);
    assert_eq!(form.status, 200);
    assert!(form
        .body
        .contains(&text("en", "trainings-question-satisfaction")));
    assert!(form.body.contains(&text("en", "trainings-usefulness-high")));
    assert_eq!(form.body.matches("type=\"radio\"").count(), 10);
    let reply = org.app.post_as(&org.volunteer(0), &path, &answers);
    assert_eq!(reply.status, 303);
    assert!(reply.flashed("flash-training-rated"));
    assert_eq!(count!(org, training_ratings::table), 1);
}

#[test]
fn skills_training_a_rating_counts_once_even_when_sent_ten_times_at_once() {
    let org = org();
    let session = org.session(org.volunteers.clone());
    let path = format!("/trainings/{session}/rate");
    let first = org.app.post_as(
        &org.volunteer(0),
        &path,
        &[("satisfaction", "2"), ("usefulness", "3")],
    );
    assert!(first.flashed("flash-training-rated"));
    let again = org.app.post_as(
        &org.volunteer(0),
        &path,
        &[("satisfaction", "5"), ("usefulness", "5")],
    );
    assert_eq!(again.status, 303);
    assert!(again.flashed("flash-training-rated-already"));
    let kept: (i32, i32) = training_ratings::table
        .select((training_ratings::satisfaction, training_ratings::usefulness))
        .first(&mut *org.app.db.get().unwrap())
        .unwrap();
    assert_eq!(kept, (2, 3), "the second send changes nothing");
    // Ten sends of one person at once make one rating.
    let v1 = org.volunteers[1];
    let now = org.app.now();
    let rating = sessions::Rating {
        satisfaction: 4,
        usefulness: 4,
    };
    let answers = at_once(&org.app, 10, |_, conn| {
        sessions::rate(conn, v1, session, rating, now)
    });
    let mut new = 0;
    for (i, answer) in answers.into_iter().enumerate() {
        match answer {
            Ok(sessions::Rated::New) => new += 1,
            Ok(sessions::Rated::Already) => {}
            Err(e) => panic!("racer {i} failed instead of being told: {e}"),
        }
    }
    assert_eq!(new, 1);
    let of_v1 = training_ratings::table.filter(training_ratings::user_id.eq(v1));
    assert_eq!(count!(org, of_v1), 1);
}

#[test]
fn skills_training_means_are_hidden_under_three_answers_and_shown_with_their_count() {
    let org = org();
    let session = org.session(org.volunteers.clone());
    let path = format!("/trainings/{session}/rate");
    for (i, (s, u)) in [("5", "4"), ("4", "2")].into_iter().enumerate() {
        let reply = org.app.post_as(
            &org.volunteer(i),
            &path,
            &[("satisfaction", s), ("usefulness", u)],
        );
        assert_eq!(reply.status, 303);
    }
    let page = org.app.get_as(&org.kaisa(), "/org/training");
    assert_eq!(page.status, 200);
    let two = message("fi", "trainings-answers", &[("count", 2.into())]);
    assert!(page.body.contains(&two), "the count shows");
    assert!(page.body.contains(&text("fi", "trainings-means-hidden")));
    assert!(page.body.contains(&message(
        "fi",
        "trainings-means-note",
        &[("count", 3.into())]
    )));
    assert!(
        !page.body.contains("rating-means"),
        "no means from two answers"
    );
    let reply = org.app.post_as(
        &org.volunteer(2),
        &path,
        &[("satisfaction", "4"), ("usefulness", "2")],
    );
    assert_eq!(reply.status, 303);
    let page = org.app.get_as(&org.kaisa(), "/org/training");
    let three = message("fi", "trainings-answers", &[("count", 3.into())]);
    assert!(page.body.contains(&three));
    let means = message(
        "fi",
        "trainings-means",
        &[("satisfaction", 4.3.into()), ("usefulness", 2.7.into())],
    );
    assert!(means.contains("4,3"), "a Finnish decimal comma: {means}");
    assert!(page.body.contains(&means), "means from three answers");
}

#[test]
fn skills_training_bad_input_is_answered_in_the_readers_language_and_nothing_is_written() {
    let org = org();
    let module = org.module.to_string();
    let a = org.volunteers[0].to_string();
    let reply = org.app.post_as(
        &org.kaisa(),
        "/org/training/sessions",
        &[
            ("module_id", &module),
            ("held_on", "5.12.2026"),
            ("trainer", "Outi Ulkopuolinen"),
            ("attendees", &a),
        ],
    );
    assert_eq!(reply.status, 422);
    assert!(reply.body.contains(&text("fi", "form-error-date")));
    assert!(reply.body.contains("value=\"Outi Ulkopuolinen\""), "kept");
    assert!(reply.body.contains("value=\"5.12.2026\""), "kept");
    let reply = org.app.post_as(
        &org.kaisa(),
        "/org/training/sessions",
        &[
            ("module_id", &module),
            ("held_on", "2026-12-05"),
            ("trainer", &"x".repeat(sessions::MAX_TRAINER + 1)),
        ],
    );
    assert_eq!(reply.status, 422);
    assert!(reply
        .body
        .contains(&text("fi", "trainings-error-no-attendee")));
    assert!(reply.body.contains(&text("fi", "form-error-too-long")));
    assert_eq!(count!(org, training_sessions::table), 0);
    assert_eq!(count!(org, training_completions::table), 0);
    assert_eq!(
        count!(
            org,
            audit_events::table.filter(audit_events::action.eq("training-session-recorded"))
        ),
        0
    );
    // A rating of 6, from a volunteer who reads English.
    let session = org.session(vec![org.volunteers[0]]);
    let path = format!("/trainings/{session}/rate");
    let reply = org.app.post_as(
        &org.volunteer(0),
        &path,
        &[("satisfaction", "6"), ("usefulness", "4")],
    );
    assert_eq!(reply.status, 422);
    assert!(reply.body.contains(&text("en", "form-error-choose")));
    assert!(
        reply.body.contains("value=\"4\" checked"),
        "the answer given stays chosen"
    );
    assert_eq!(count!(org, training_ratings::table), 0);
}
