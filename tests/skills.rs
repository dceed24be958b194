//! Skills growth: self-assessments kept with their dates and asked again after three months,
//! evidence counted from help sessions, learning goals that move, a coordinator's
//! observation, and staff who grow too. `cargo test skills` runs them.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use digikaveri::db::schema::{help_session_topics, help_sessions, skill_assessments};
use digikaveri::languages::Level;
use digikaveri::topics::Stance;

use crate::common::{helsinki, message, text, TestApp, Visitor, OTHER_COORDINATOR};

const KAISA: &str = "kaisa@espoo.example";
const AMINA: &str = "amina@espoo.example";
const AT: &str = "2026-03-02 10:00";

pub struct Programme {
    pub app: TestApp,
    pub organisation: i32,
    pub site: i32,
    pub amina: i32,
}

pub fn programme() -> Programme {
    let app = TestApp::at(helsinki(AT));
    let organisation = app.organisation("Digikaverit Espoo");
    app.coordinator_of(organisation, KAISA);
    let site = app.site(organisation, "OLARI");
    let amina = app
        .volunteer(organisation, AMINA)
        .named("Amina")
        .interface("ar")
        .speaks("ar", Level::Native)
        .knows("kela", Stance::Learning)
        .create();
    Programme {
        app,
        organisation,
        site,
        amina,
    }
}

/// Every skill of an area answered with `step`.
fn answers(skills: &[&str], step: &'static str) -> Vec<(String, &'static str)> {
    skills
        .iter()
        .map(|s| (format!("s-{}", s.replace('.', "-")), step))
        .collect()
}

pub fn post(
    p: &Programme,
    who: &Visitor,
    path: &str,
    fields: &[(String, &str)],
) -> crate::common::Reply {
    let fields: Vec<(&str, &str)> = fields.iter().map(|(n, v)| (n.as_str(), *v)).collect();
    p.app.post_as(who, path, &fields)
}

fn assessments_of(app: &TestApp, user: i32, area: &str) -> i64 {
    skill_assessments::table
        .filter(skill_assessments::user_id.eq(user))
        .filter(skill_assessments::area.eq(area))
        .count()
        .get_result(&mut *app.db.get().unwrap())
        .unwrap()
}

#[test]
fn skills_a_self_assessment_is_kept_with_its_date_and_asked_again_after_three_months() {
    let p = programme();
    let amina = p.app.visitor(Some(AMINA));
    let page = p.app.get_as(&amina, "/growth");
    assert_eq!(page.status, 200);
    assert!(page.body.contains(&text("ar", "growth-due")));
    assert!(page.body.contains(r#"href="/growth/assess/1""#));
    let screen = p.app.get_as(&amina, "/growth/assess/1");
    assert!(screen.body.contains(&text("ar", "digcomp-1-1-can")));
    assert!(screen.body.contains(&text("ar", "self-step-4")));

    // One statement left unanswered: refused next to it, in Arabic, nothing saved.
    let mut some = answers(&["1.1", "1.2"], "2");
    let refused = post(&p, &amina, "/growth/assess/1", &some);
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains(&text("ar", "form-error-choose")));
    assert_eq!(assessments_of(&p.app, p.amina, "1"), 0);
    // A step the scale does not have is refused too.
    some.push(("s-1-3".into(), "9"));
    assert_eq!(post(&p, &amina, "/growth/assess/1", &some).status, 422);

    let all = answers(&["1.1", "1.2", "1.3"], "1");
    let saved = post(&p, &amina, "/growth/assess/1", &all);
    assert_eq!(saved.location.as_deref(), Some("/growth/assess/2"));
    // Sent again on a bad connection: still one assessment.
    post(&p, &amina, "/growth/assess/1", &all);
    assert_eq!(assessments_of(&p.app, p.amina, "1"), 1);
    for (area, skills) in [
        ("2", &["2.1", "2.2", "2.3", "2.4", "2.5", "2.6"][..]),
        ("3", &["3.1", "3.2", "3.3", "3.4"]),
        ("4", &["4.1", "4.2", "4.3", "4.4"]),
        ("5", &["5.1", "5.2", "5.3", "5.4"]),
    ] {
        post(
            &p,
            &amina,
            &format!("/growth/assess/{area}"),
            &answers(skills, "2"),
        );
    }
    let last = post(
        &p,
        &amina,
        "/growth/assess/support",
        &answers(
            &["support-guiding", "support-ethics", "support-referral"],
            "3",
        ),
    );
    assert_eq!(last.location.as_deref(), Some("/growth"));
    assert!(last.flashed("flash-assessed"));
    let page = p.app.get_as(&amina, "/growth");
    assert!(!page.body.contains(&text("ar", "growth-due")));
    assert!(page.body.contains(&text("ar", "self-step-1")));

    // Three months on it is asked again, and the new answers join the old ones.
    p.app.advance(Duration::days(92));
    let amina = p.app.visitor(Some(AMINA));
    assert!(p
        .app
        .get_as(&amina, "/growth")
        .body
        .contains(&text("ar", "growth-due")));
    post(
        &p,
        &amina,
        "/growth/assess/1",
        &answers(&["1.1", "1.2", "1.3"], "3"),
    );
    assert_eq!(assessments_of(&p.app, p.amina, "1"), 2, "never overwritten");
    assert_eq!(p.app.get_as(&amina, "/growth/assess/9").status, 404);
}

/// A recorded help session of Amina's, as the app stores it.
pub fn session(p: &Programme, at: NaiveDateTime, language: &str, outcome: &str, topics: &[&str]) {
    let mut conn = p.app.db.get().unwrap();
    let id: i32 = diesel::insert_into(help_sessions::table)
        .values((
            help_sessions::organisation_id.eq(p.organisation),
            help_sessions::site_id.eq(p.site),
            help_sessions::volunteer_id.eq(p.amina),
            help_sessions::started_at.eq(at),
            help_sessions::minutes.eq(20),
            help_sessions::language.eq(language),
            help_sessions::people.eq(1),
            help_sessions::first_visit.eq(false),
            help_sessions::outcome.eq(outcome),
            help_sessions::device.eq("own-phone"),
            help_sessions::saw_codes.eq(false),
            help_sessions::request_key.eq(format!("{at}-{language}")),
            help_sessions::recorded_at.eq(at),
            help_sessions::from_queue.eq(false),
        ))
        .returning(help_sessions::id)
        .get_result(&mut conn)
        .unwrap();
    for topic in topics {
        diesel::insert_into(help_session_topics::table)
            .values((
                help_session_topics::session_id.eq(id),
                help_session_topics::topic.eq(*topic),
            ))
            .execute(&mut conn)
            .unwrap();
    }
}

#[test]
fn skills_evidence_and_learning_goals_are_counted_from_help_sessions() {
    let p = programme();
    let amina = p.app.visitor(Some(AMINA));
    assert!(p
        .app
        .get_as(&amina, "/growth")
        .body
        .contains(&text("ar", "growth-evidence-none")));
    session(&p, helsinki("2026-02-16 10:00"), "ar", "self", &["kela"]);
    session(
        &p,
        helsinki("2026-02-23 11:00"),
        "fi",
        "together",
        &["kela", "email"],
    );
    session(&p, helsinki("2026-03-02 09:00"), "ar", "self", &["kela"]);
    let page = p.app.get_as(&amina, "/growth");
    // Kela counts for engaging in citizenship (2.3): three sessions, two of three on their own.
    let row_of = |skill: &str| {
        let name = text("ar", skill);
        let at = page
            .body
            .find(&name)
            .unwrap_or_else(|| panic!("{skill} listed"));
        page.body[at..at + page.body[at..].find("</li>").unwrap()].to_owned()
    };
    let citizenship = row_of("digcomp-2-3");
    assert!(citizenship.contains("<dd>3</dd>"), "{citizenship}");
    assert!(citizenship.contains(&message("ar", "growth-percent", &[("percent", 67.into())])));
    assert!(row_of("digcomp-2-1").contains("<dd>1</dd>"));
    assert!(
        row_of("digcomp-5-4").contains("<dd>3</dd>"),
        "every session guides others"
    );
    assert!(
        !page.body.contains(&text("ar", "digcomp-3-4")),
        "nothing behind programming"
    );
    // The learning goal moves: Kela, three sessions, the last on 2 March.
    let last = digikaveri::i18n::format_date(
        digikaveri::i18n::Locale::from_code("ar").unwrap(),
        chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(),
    );
    let goal = message(
        "ar",
        "growth-goal",
        &[
            ("topic", text("ar", "topic-kela").into()),
            ("count", 3.into()),
            ("date", last.into()),
        ],
    );
    assert!(page.body.contains(&goal), "{}", page.body);
}

#[test]
fn skills_a_coordinator_observes_only_their_own_volunteers_and_staff_grow_too() {
    let p = programme();
    let kaisa = p.app.visitor(Some(KAISA));
    let observe = format!("/org/volunteers/{}/observe", p.amina);
    let form = p.app.get_as(&kaisa, &observe);
    assert_eq!(form.status, 200);
    assert!(form.body.contains(&text("fi", "work-reliability-about")));
    let skills = [
        "work-reliability",
        "work-customer-service",
        "work-communication",
        "work-teamwork",
        "work-problem-solving",
        "work-confidentiality",
        "work-cultural-sensitivity",
        "work-own-learning",
    ];
    let refused = post(&p, &kaisa, &observe, &answers(&skills[..7], "2"));
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains(&text("fi", "form-error-choose")));
    let saved = post(&p, &kaisa, &observe, &answers(&skills, "2"));
    assert!(saved.flashed("flash-observed"));
    // Sent again on a bad connection: still one observation.
    post(&p, &kaisa, &observe, &answers(&skills, "2"));
    assert_eq!(assessments_of(&p.app, p.amina, "work"), 1);
    let observed_by: Option<i32> = skill_assessments::table
        .filter(skill_assessments::kind.eq("observed"))
        .select(skill_assessments::observed_by)
        .first(&mut *p.app.db.get().unwrap())
        .unwrap();
    assert!(observed_by.is_some(), "signed by who observed");
    // Amina sees it with the coordinator's name, on the observed scale.
    let amina = p.app.visitor(Some(AMINA));
    let growth = p.app.get_as(&amina, "/growth");
    assert!(growth.body.contains(&text("ar", "observed-step-2")));
    assert_eq!(p.app.get_as(&amina, &observe).status, 403);
    // Another organisation's coordinator can neither see nor observe her.
    p.app.other_organisation();
    let olli = p.app.visitor(Some(OTHER_COORDINATOR));
    assert_eq!(p.app.get_as(&olli, &observe).status, 404);
    assert_eq!(
        post(&p, &olli, &observe, &answers(&skills, "3")).status,
        404
    );
    // Staff grow too: the coordinator assesses herself.
    let own = p.app.get_as(&kaisa, "/growth");
    assert_eq!(own.status, 200);
    let saved = post(
        &p,
        &kaisa,
        "/growth/assess/1",
        &answers(&["1.1", "1.2", "1.3"], "4"),
    );
    assert_eq!(saved.status, 303);
}
