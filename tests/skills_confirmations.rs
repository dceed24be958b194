//! A coordinator confirms a volunteer's self-assessed levels of an area: once, only for the
//! organisation's own volunteers, and the confirmation shows on the growth page and the proof.
//! `cargo test skills` runs them.

use diesel::prelude::*;
use digikaveri::db::schema::{proofs, skill_assessments, users};

use crate::common::{message, text, TestApp, OTHER_COORDINATOR};
use crate::skills::{post, programme};

const KAISA: &str = "kaisa@espoo.example";
const AMINA: &str = "amina@espoo.example";

fn area_one(step: &'static str) -> Vec<(String, &'static str)> {
    ["s-1-1", "s-1-2", "s-1-3"]
        .iter()
        .map(|f| (f.to_string(), step))
        .collect()
}

fn confirmed_by(app: &TestApp, assessment: i32) -> Option<i32> {
    skill_assessments::table
        .find(assessment)
        .select(skill_assessments::confirmed_by)
        .first(&mut *app.db.get().unwrap())
        .unwrap()
}

fn latest_assessment(app: &TestApp) -> i32 {
    skill_assessments::table
        .order(skill_assessments::id.desc())
        .select(skill_assessments::id)
        .first(&mut *app.db.get().unwrap())
        .unwrap()
}

#[test]
fn skills_a_coordinator_confirms_a_self_assessed_area_once_and_it_shows_on_the_proof() {
    let p = programme();
    let amina = p.app.visitor(Some(AMINA));
    post(&p, &amina, "/growth/assess/1", &area_one("3"));
    let assessment = latest_assessment(&p.app);
    let kaisa = p.app.visitor(Some(KAISA));
    let levels = format!("/org/volunteers/{}/levels", p.amina);
    let viewed = p.app.audit_count("volunteer-viewed");
    let page = p.app.get_as(&kaisa, &levels);
    assert_eq!(page.status, 200);
    assert_eq!(
        p.app.audit_count("volunteer-viewed"),
        viewed + 1,
        "her levels are her data: the staff view is logged"
    );
    assert!(page.body.contains(&text("fi", "confirm-save")));
    assert!(page.body.contains(&text("fi", "self-step-3")));

    let confirm = format!("{levels}/{assessment}/confirm");
    let done = p.app.post_as(&kaisa, &confirm, &[]);
    assert_eq!(done.location.as_deref(), Some(levels.as_str()));
    assert!(done.flashed("flash-levels-confirmed"));
    let kaisa_id: i32 = users::table
        .filter(users::email.eq(KAISA))
        .select(users::id)
        .first(&mut *p.app.db.get().unwrap())
        .unwrap();
    assert_eq!(confirmed_by(&p.app, assessment), Some(kaisa_id));
    // Sent again (a double tap): the first confirmation stands, logged once.
    p.app.post_as(&kaisa, &confirm, &[]);
    assert_eq!(p.app.audit_count("levels-confirmed"), 1);
    assert!(!p
        .app
        .get_as(&kaisa, &levels)
        .body
        .contains(&text("fi", "confirm-save")));

    // Amina sees who confirmed it, in Arabic, and her Finnish proof says so.
    let date = digikaveri::i18n::format_date(
        digikaveri::i18n::Locale::from_code("ar").unwrap(),
        p.app.now().date(),
    );
    let growth = p.app.get_as(&amina, "/growth");
    assert!(growth.body.contains(&message(
        "ar",
        "growth-confirmed-by",
        &[("name", "kaisa".into()), ("date", date.into())],
    )));
    let made = post(
        &p,
        &amina,
        "/growth/proofs",
        &[("language".into(), "fi"), ("parts".into(), "levels")],
    );
    let proof = p.app.get_as(&amina, made.location.as_deref().unwrap());
    let fi_date = digikaveri::i18n::format_date(
        digikaveri::i18n::Locale::from_code("fi").unwrap(),
        p.app.now().date(),
    );
    assert!(proof.body.contains(&message(
        "fi",
        "proof-level-confirmed",
        &[
            ("step", text("fi", "self-step-3").into()),
            ("date", fi_date.clone().into()),
            ("name", "kaisa".into()),
            ("confirmed", fi_date.into()),
        ],
    )));
    let proofs: i64 = proofs::table
        .count()
        .get_result(&mut *p.app.db.get().unwrap())
        .unwrap();
    assert_eq!(proofs, 1);
}

#[test]
fn skills_only_a_coordinator_of_the_volunteers_organisation_confirms_her_levels() {
    let p = programme();
    let amina = p.app.visitor(Some(AMINA));
    post(&p, &amina, "/growth/assess/1", &area_one("2"));
    let assessment = latest_assessment(&p.app);
    let levels = format!("/org/volunteers/{}/levels", p.amina);
    let confirm = format!("{levels}/{assessment}/confirm");
    // Amina cannot confirm her own levels.
    assert_eq!(p.app.get_as(&amina, &levels).status, 403);
    assert_eq!(p.app.post_as(&amina, &confirm, &[]).status, 403);
    // Another organisation's coordinator cannot see or confirm them.
    p.app.other_organisation();
    let olli = p.app.visitor(Some(OTHER_COORDINATOR));
    assert_eq!(p.app.get_as(&olli, &levels).status, 404);
    assert_eq!(p.app.post_as(&olli, &confirm, &[]).status, 404);
    // Nor can Amina's own coordinator confirm an assessment that is not hers.
    let kaisa = p.app.visitor(Some(KAISA));
    let wrong = format!("{levels}/{}/confirm", assessment + 1);
    assert_eq!(p.app.post_as(&kaisa, &wrong, &[]).status, 404);
    assert_eq!(confirmed_by(&p.app, assessment), None);
    assert_eq!(p.app.audit_count("levels-confirmed"), 0);
}
