//! Help sessions after they are saved: the volunteer's change within a week, the
//! coordinator's correction into the audit log, the person's answers on the volunteer's
//! phone, help nobody recorded reminding the coordinator after the day, and an opening that
//! runs past midnight. `cargo test help_session` runs them.

use chrono::Duration;
use diesel::prelude::*;
use digikaveri::db::schema::{
    audit_events, help_session_topics, help_sessions, tickets, unrecorded_help,
};

use crate::common::{helsinki, message, text, TestApp, OTHER_COORDINATOR};
use crate::help_sessions::{
    as_sent, feedback_count, finished_help_at, key_of, session_count, Finished, ANSWERS,
};
use crate::queue::AT;

const KAISA: &str = "kaisa@espoo.example";
const AMINA: &str = "amina@espoo.example";
const DMYTRO: &str = "dmytro@espoo.example";

/// Dmytro's finished help of a person who chose `language`, recorded as "done together"
/// with a private note; the session's id.
fn recorded(language: &str) -> (Finished, i32) {
    let f = finished_help_at(helsinki(AT), language, &["kela"]);
    let path = format!("/duty/{}/record", f.ticket);
    let key = key_of(&f.s.app.get_as(&f.dmytro, &path).body);
    let mut fields = as_sent(&key, "together", &["kela"]);
    fields.retain(|(n, _)| *n != "note");
    fields.push(("note", "I learned where Kela's forms are"));
    assert_eq!(f.s.app.post_as(&f.dmytro, &path, &fields).status, 303);
    let id = help_sessions::table
        .select(help_sessions::id)
        .first(&mut *f.s.app.db.get().unwrap())
        .unwrap();
    (f, id)
}

/// The fields of a changed record: done on their own, about email, 35 minutes.
fn changed(saw_codes: &'static str) -> Vec<(&'static str, &'static str)> {
    vec![
        ("outcome", "self"),
        ("referred_to", ""),
        ("saw_codes", saw_codes),
        ("minutes", "35"),
        ("language", "uk"),
        ("device", "own-computer"),
        ("topics", "email"),
        ("note", "Changed my note"),
    ]
}

fn stored(app: &TestApp, id: i32) -> (String, i32, String, bool, Option<String>) {
    help_sessions::table
        .find(id)
        .select((
            help_sessions::outcome,
            help_sessions::minutes,
            help_sessions::device,
            help_sessions::saw_codes,
            help_sessions::learning_note,
        ))
        .first(&mut *app.db.get().unwrap())
        .unwrap()
}

fn topics_of(app: &TestApp, id: i32) -> Vec<String> {
    help_session_topics::table
        .filter(help_session_topics::session_id.eq(id))
        .select(help_session_topics::topic)
        .load(&mut *app.db.get().unwrap())
        .unwrap()
}

#[test]
fn help_session_a_volunteer_changes_their_own_record_within_a_week_only() {
    let (f, id) = recorded("uk");
    let edit = format!("/volunteer/sessions/{id}/edit");
    let own = f.s.app.get_as(&f.dmytro, "/volunteer/sessions");
    assert!(own.body.contains(&edit), "the own list links to the change");
    let form = f.s.app.get_as(&f.dmytro, &edit);
    assert_eq!(form.status, 200);
    assert!(form.body.contains(&text("uk", "session-edit-title")));
    assert!(form.body.contains(r#"value="together" checked"#));
    assert!(form.body.contains("I learned where Kela"));

    let saved = f.s.app.post_as(&f.dmytro, &edit, &changed("no"));
    assert_eq!(saved.status, 303);
    assert!(saved.flashed("flash-session-changed"));
    assert_eq!(
        stored(&f.s.app, id),
        (
            "self".into(),
            35,
            "own-computer".into(),
            false,
            Some("Changed my note".into())
        )
    );
    assert_eq!(topics_of(&f.s.app, id), vec!["email".to_owned()]);

    // A bad value is refused next to the field, in Dmytro's language; nothing changes.
    let mut bad = changed("no");
    bad.retain(|(n, _)| *n != "minutes");
    bad.push(("minutes", "1200"));
    let refused = f.s.app.post_as(&f.dmytro, &edit, &bad);
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains(&text("uk", "session-error-minutes")));
    assert_eq!(stored(&f.s.app, id).1, 35);

    // A yes to the codes question stays for the coordinator, even if changed back.
    f.s.app.post_as(&f.dmytro, &edit, &changed("yes"));
    f.s.app.post_as(&f.dmytro, &edit, &changed("no"));
    assert!(
        stored(&f.s.app, id).3,
        "the yes stays on the follow-up list"
    );

    // Nobody else changes it, and after a week Dmytro cannot either.
    let amina = f.s.app.visitor(Some(AMINA));
    assert_eq!(f.s.app.get_as(&amina, &edit).status, 404);
    assert_eq!(f.s.app.post_as(&amina, &edit, &changed("no")).status, 404);
    f.s.app.advance(Duration::days(7));
    let dmytro = f.s.app.visitor(Some(DMYTRO));
    assert_eq!(f.s.app.get_as(&dmytro, &edit).status, 404);
    let late = changed("no");
    assert_eq!(f.s.app.post_as(&dmytro, &edit, &late).status, 404);
    assert!(!f
        .s
        .app
        .get_as(&dmytro, "/volunteer/sessions")
        .body
        .contains(&edit));
}

#[test]
fn help_session_a_coordinators_correction_goes_to_the_audit_log_and_keeps_the_note() {
    let (f, id) = recorded("uk");
    let kaisa = f.s.app.visitor(Some(KAISA));
    let edit = format!("/org/sessions/{id}/edit");
    let list = f.s.app.get_as(
        &kaisa,
        &format!("/org/sessions?site={}&day=2026-12-01", f.s.site),
    );
    assert!(list.body.contains(&edit));
    let form = f.s.app.get_as(&kaisa, &edit);
    assert_eq!(form.status, 200);
    assert!(form.body.contains("Dmytro"));
    assert!(
        !form.body.contains("I learned where Kela"),
        "the volunteer's note is theirs alone"
    );

    // Referred, but not said where: refused in Finnish, nothing changes.
    let mut bad = changed("no");
    bad.retain(|(n, _)| *n != "outcome");
    bad.push(("outcome", "referred"));
    let refused = f.s.app.post_as(&kaisa, &edit, &bad);
    assert_eq!(refused.status, 422);
    assert!(refused
        .body
        .contains(&text("fi", "session-error-referred-to")));
    assert_eq!(stored(&f.s.app, id).0, "together");

    let saved = f.s.app.post_as(&kaisa, &edit, &changed("no"));
    assert_eq!(saved.status, 303);
    assert!(saved.flashed("flash-session-corrected"));
    let (outcome, minutes, _, _, note) = stored(&f.s.app, id);
    assert_eq!((outcome.as_str(), minutes), ("self", 35));
    assert_eq!(note.as_deref(), Some("I learned where Kela's forms are"));
    let logged: Vec<(String, String, Option<i32>)> = audit_events::table
        .filter(audit_events::action.eq("session-corrected"))
        .select((
            audit_events::action,
            audit_events::subject_type,
            audit_events::subject_id,
        ))
        .load(&mut *f.s.app.db.get().unwrap())
        .unwrap();
    assert_eq!(
        logged,
        vec![("session-corrected".into(), "help-session".into(), Some(id))]
    );
    let log = f.s.app.get_as(&kaisa, "/org/audit");
    assert!(log.body.contains(&text("fi", "audit-session-corrected")));

    // Another organisation's coordinator cannot see or correct it.
    f.s.app.other_organisation();
    let olli = f.s.app.visitor(Some(OTHER_COORDINATOR));
    assert_eq!(f.s.app.get_as(&olli, &edit).status, 404);
    assert_eq!(f.s.app.post_as(&olli, &edit, &changed("no")).status, 404);
}

#[test]
fn help_session_the_person_answers_on_the_volunteers_phone_in_their_own_language() {
    let f = finished_help_at(helsinki(AT), "ar", &["kela"]);
    let record = format!("/duty/{}/record", f.ticket);
    let hand_over = format!("/duty/{}/feedback", f.ticket);
    assert!(f.s.app.get_as(&f.dmytro, &record).body.contains(&hand_over));
    let screen = f.s.app.get_as(&f.dmytro, &hand_over);
    assert_eq!(screen.status, 200);
    assert!(screen.body.contains(r#"lang="ar" dir="rtl""#));
    assert!(screen.body.contains(&text("ar", "feedback-how-was-it")));
    assert!(
        !screen.body.contains(r#"action="/logout""#),
        "the volunteer's navigation is not handed over"
    );
    // Another language for this screen only; Dmytro's own pages stay Ukrainian.
    let somali = f.s.app.get_as(&f.dmytro, &format!("{hand_over}?in=so"));
    assert!(somali.body.contains(&text("so", "feedback-how-was-it")));
    assert!(f
        .s
        .app
        .get_as(&f.dmytro, "/duty")
        .body
        .contains(r#"lang="uk""#));

    let answered = f.s.app.post_as(&f.dmytro, &hand_over, &ANSWERS);
    assert_eq!(answered.status, 303);
    assert_eq!(answered.location.as_deref(), Some(record.as_str()));
    assert!(answered.flashed("flash-feedback-handed-back"));
    assert_eq!(feedback_count(&f.s.app), 1);
    // Once: again on the phone, or on the person's own ticket page, writes nothing.
    let again = f.s.app.post_as(&f.dmytro, &hand_over, &ANSWERS);
    assert!(again.flashed("flash-feedback-closed"));
    f.s.app
        .post_as(&f.person, &format!("/t/{}/feedback", f.secret), &ANSWERS);
    assert_eq!(feedback_count(&f.s.app), 1);
    assert_eq!(f.s.app.get_as(&f.dmytro, &hand_over).status, 404);
    // Amina did not help this person: not her screen.
    let amina = f.s.app.visitor(Some(AMINA));
    assert_eq!(f.s.app.get_as(&amina, &hand_over).status, 404);
}

#[test]
fn help_session_help_nobody_recorded_reminds_the_coordinator_after_the_day() {
    let f = finished_help_at(helsinki(AT), "uk", &["kela"]);
    let kaisa = f.s.app.visitor(Some(KAISA));
    assert!(!f
        .s
        .app
        .get_as(&kaisa, "/org/sessions")
        .body
        .contains(&text("fi", "sessions-unrecorded-title")));
    f.s.app.advance(Duration::days(1));
    let now = f.s.app.now();
    digikaveri::retention::purge(&mut f.s.app.db.get().unwrap(), now).unwrap();
    let (helps, left): (i32, i64) = {
        let mut conn = f.s.app.db.get().unwrap();
        (
            unrecorded_help::table
                .select(unrecorded_help::helps)
                .first(&mut conn)
                .unwrap(),
            tickets::table.count().get_result(&mut conn).unwrap(),
        )
    };
    assert_eq!((helps, left), (1, 0), "counted, and the ticket is gone");
    // The help can no longer be recorded; the coordinator is reminded.
    let dmytro = f.s.app.visitor(Some(DMYTRO));
    let record = format!("/duty/{}/record", f.ticket);
    assert_eq!(f.s.app.get_as(&dmytro, &record).status, 404);
    let kaisa = f.s.app.visitor(Some(KAISA));
    let list = f.s.app.get_as(&kaisa, "/org/sessions");
    let day = digikaveri::i18n::format_date(
        digikaveri::i18n::Locale::from_code("fi").unwrap(),
        chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
    );
    let reminder = message(
        "fi",
        "sessions-unrecorded",
        &[
            ("volunteer", "Dmytro".into()),
            ("count", 1.into()),
            ("site", "OLARI".into()),
            ("day", day.into()),
        ],
    );
    assert!(list.body.contains(&text("fi", "sessions-unrecorded-title")));
    assert!(list.body.contains(&reminder), "{}", list.body);
    let id: i32 = unrecorded_help::table
        .select(unrecorded_help::id)
        .first(&mut *f.s.app.db.get().unwrap())
        .unwrap();
    let done = format!("/org/sessions/reminders/{id}/done");
    f.s.app.other_organisation();
    let olli = f.s.app.visitor(Some(OTHER_COORDINATOR));
    assert_eq!(f.s.app.post_as(&olli, &done, &[]).status, 404);
    assert!(!f
        .s
        .app
        .get_as(&olli, "/org/sessions")
        .body
        .contains("Dmytro"));
    let dismissed = f.s.app.post_as(&kaisa, &done, &[]);
    assert!(dismissed.flashed("flash-reminder-done"));
    let list = f.s.app.get_as(&kaisa, "/org/sessions");
    assert!(!list.body.contains(&text("fi", "sessions-unrecorded-title")));
}

#[test]
fn help_session_an_opening_past_midnight_keeps_its_day_until_it_ends() {
    // The shift runs 23:00-02:00; the help is finished at 23:25.
    let f = finished_help_at(helsinki("2026-12-04 22:50"), "uk", &["kela"]);
    let record = format!("/duty/{}/record", f.ticket);
    f.s.app.advance(Duration::minutes(65));
    let now = f.s.app.now();
    digikaveri::retention::purge(&mut f.s.app.db.get().unwrap(), now).unwrap();
    // 00:30: still the same queue day. The ticket stays and the help can be recorded.
    let form = f.s.app.get_as(&f.dmytro, &record);
    assert_eq!(form.status, 200);
    let duty = f.s.app.get_as(&f.dmytro, "/duty");
    assert!(duty.body.contains(&record));
    let key = key_of(&form.body);
    let saved =
        f.s.app
            .post_as(&f.dmytro, &record, &as_sent(&key, "self", &["kela"]));
    assert!(saved.flashed("flash-session-recorded"));
    assert_eq!(session_count(&f.s.app), 1);
    let answered =
        f.s.app
            .post_as(&f.person, &format!("/t/{}/feedback", f.secret), &ANSWERS);
    assert!(answered.flashed("flash-feedback-thanks"));
    // After the opening ends, the day is over: the ticket goes at the next purge.
    f.s.app.advance(Duration::hours(2));
    let now = f.s.app.now();
    digikaveri::retention::purge(&mut f.s.app.db.get().unwrap(), now).unwrap();
    let left: i64 = tickets::table
        .count()
        .get_result(&mut *f.s.app.db.get().unwrap())
        .unwrap();
    assert_eq!(left, 0);
}
