//! The proof of experience: it shows only what the volunteer chose, in the language chosen,
//! a coordinator of the organisation confirms it, `/verify/<code>` shows the same facts until
//! the volunteer withdraws it. `cargo test skills` runs them.

use diesel::prelude::*;
use digikaveri::db::schema::{audit_events, proofs};

use crate::common::{helsinki, text, OTHER_COORDINATOR};
use crate::skills::{post, programme, session, Programme};

const KAISA: &str = "kaisa@espoo.example";
const AMINA: &str = "amina@espoo.example";

fn fields<'a>(language: &'a str, parts: &[&'a str]) -> Vec<(String, &'a str)> {
    let mut fields = vec![("language".to_owned(), language)];
    fields.extend(parts.iter().map(|p| ("parts".to_owned(), *p)));
    fields
}

/// Amina's three Kela sessions, and a proof in Finnish of her work and topics only.
fn composed() -> (Programme, i32, String) {
    let p = programme();
    session(&p, helsinki("2026-02-16 10:00"), "ar", "self", &["kela"]);
    session(
        &p,
        helsinki("2026-02-23 11:00"),
        "fi",
        "together",
        &["kela"],
    );
    session(&p, helsinki("2026-03-02 09:00"), "ar", "self", &["kela"]);
    let amina = p.app.visitor(Some(AMINA));
    let made = post(
        &p,
        &amina,
        "/growth/proofs",
        &fields("fi", &["work", "topics"]),
    );
    assert!(made.flashed("flash-proof-composed"));
    let (id, code): (i32, String) = proofs::table
        .select((proofs::id, proofs::code))
        .first(&mut *p.app.db.get().unwrap())
        .unwrap();
    assert_eq!(made.location, Some(format!("/growth/proofs/{id}")));
    (p, id, code)
}

#[test]
fn skills_a_proof_shows_only_what_was_chosen_in_the_language_chosen() {
    let (p, id, code) = composed();
    let amina = p.app.visitor(Some(AMINA));
    let page = p.app.get_as(&amina, &format!("/growth/proofs/{id}"));
    assert_eq!(page.status, 200);
    assert!(page.body.contains(r#"<html lang="fi" dir="ltr">"#));
    assert!(page.body.contains(&text("fi", "topic-kela")));
    assert!(page.body.contains(&code));
    assert!(page.body.contains("<svg"), "the QR code");
    // Amina's own controls stay in Arabic.
    assert!(page.body.contains(&text("ar", "proof-withdraw")));
    // The languages she helped in were left out: neither the part nor the language shows.
    let verify = p
        .app
        .get_as(&p.app.visitor(None), &format!("/verify/{code}"));
    assert_eq!(verify.status, 200);
    for body in [&page.body, &verify.body] {
        assert!(!body.contains(&text("fi", "proof-part-languages")));
        assert!(!body.contains("arabia"));
    }
    assert!(verify.body.contains("Amina"));
    assert!(verify.body.contains(&text("fi", "proof-not-signed")));
    // A code nobody was given, and bad choices, refused in Amina's language.
    assert_eq!(
        p.app
            .get_as(&p.app.visitor(None), "/verify/AAAA-BBBB-CCCC")
            .status,
        404
    );
    let none = post(&p, &amina, "/growth/proofs", &fields("fi", &[]));
    assert_eq!(none.status, 422);
    assert!(none.body.contains(&text("ar", "proof-error-parts")));
    let german = post(&p, &amina, "/growth/proofs", &fields("de", &["work"]));
    assert_eq!(german.status, 422);
    let count: i64 = proofs::table
        .count()
        .get_result(&mut *p.app.db.get().unwrap())
        .unwrap();
    assert_eq!(count, 1, "nothing more written");
}

#[test]
fn skills_a_coordinator_confirms_a_proof_and_a_withdrawn_one_no_longer_verifies() {
    let (p, id, code) = composed();
    let kaisa = p.app.visitor(Some(KAISA));
    assert!(p.app.get_as(&kaisa, "/org/proofs").body.contains("Amina"));
    assert_eq!(
        p.app.get_as(&kaisa, &format!("/org/proofs/{id}")).status,
        200
    );
    // Another organisation's coordinator can neither read nor confirm it.
    p.app.other_organisation();
    let olli = p.app.visitor(Some(OTHER_COORDINATOR));
    assert_eq!(
        p.app.get_as(&olli, &format!("/org/proofs/{id}")).status,
        404
    );
    assert_eq!(
        p.app
            .post_as(&olli, &format!("/org/proofs/{id}/sign"), &[])
            .status,
        404
    );
    let signed = p
        .app
        .post_as(&kaisa, &format!("/org/proofs/{id}/sign"), &[]);
    assert!(signed.flashed("flash-proof-signed"));
    let logged: i64 = audit_events::table
        .filter(audit_events::action.eq("proof-signed"))
        .count()
        .get_result(&mut *p.app.db.get().unwrap())
        .unwrap();
    assert_eq!(logged, 1);
    let verify = format!("/verify/{code}");
    let anyone = p.app.visitor(None);
    let confirmed = p.app.get_as(&anyone, &verify);
    assert!(confirmed.body.contains("kaisa"), "who confirmed it");
    assert!(!confirmed.body.contains(&text("fi", "proof-not-signed")));
    // Only Amina withdraws it; then the page says so and shows none of the facts.
    let withdraw = format!("/growth/proofs/{id}/withdraw");
    assert_eq!(p.app.post_as(&kaisa, &withdraw, &[]).status, 404);
    let amina = p.app.visitor(Some(AMINA));
    assert!(p
        .app
        .post_as(&amina, &withdraw, &[])
        .flashed("flash-proof-withdrawn"));
    let gone = p.app.get_as(&anyone, &verify);
    assert_eq!(gone.status, 200);
    assert!(gone.body.contains("tämän todistuksen"), "{}", gone.body);
    assert!(!gone.body.contains(&text("fi", "topic-kela")));
    assert!(!gone.body.contains("Amina"));
}
