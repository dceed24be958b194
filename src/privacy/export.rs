//! A volunteer's own data: every table with a column that refers to the person, as JSON keyed
//! by the table's name (so the test can check that no table is left out). Secrets are left
//! out (password and token hashes, the calendar token), and so is anything about the people
//! they helped beyond what the volunteer recorded. The export itself is audited.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde_json::{json, Map, Value};

use crate::db::schema::{
    audit_events, credentials, feedback, help_session_topics, help_sessions, inactivity_questions,
    invitations, login_sessions, mail_outbox, notices, password_resets, proofs, reminders_off,
    shift_signups, shifts, skill_assessments, skill_levels, status_changes, tickets,
    training_attendees, training_completions, training_ratings, training_sessions, trusted_devices,
    unrecorded_help, users, volunteer_languages, volunteer_topics,
};
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::privacy::audit::{self, Action, Actor, Subject};

/// One staff view of the person's page, for the "who looked" list.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct StaffView {
    pub at: NaiveDateTime,
    pub by: Option<String>,
}

/// Everything stored about the person, with the staff views apart for the readable page.
#[derive(Debug, Clone)]
pub struct OwnData {
    pub tables: Map<String, Value>,
    pub staff_views: Vec<StaffView>,
}

fn rows<T>(items: Vec<T>, each: impl Fn(T) -> Value) -> Value {
    Value::Array(items.into_iter().map(each).collect())
}

/// The person's data, and the export written to the audit log in the same transaction.
pub fn export(conn: &mut DbConn, me: Actor, now: NaiveDateTime) -> Result<OwnData, Error> {
    write_tx(conn, |conn| {
        let data = collect(conn, me.user_id)?;
        audit::record(
            conn,
            me.did(Action::DataExported, Subject::User(me.user_id)),
            now,
        )?;
        Ok(data)
    })
}

/// The staff views of a person's page, newest first.
pub fn staff_views(conn: &mut DbConn, user: i32) -> Result<Vec<StaffView>, Error> {
    Ok(audit_events::table
        .left_join(users::table.on(users::id.nullable().eq(audit_events::actor_id)))
        .filter(audit_events::subject_type.eq("user"))
        .filter(audit_events::subject_id.eq(user))
        .filter(audit_events::action.eq(Action::VolunteerViewed.as_str()))
        .filter(audit_events::actor_id.ne(user))
        .order(audit_events::id.desc())
        .select((audit_events::created_at, users::display_name.nullable()))
        .load(conn)?)
}

// One long list, a table at a time, so that a missing table is easy to see; its rows are read
// as tuples and turned into JSON at once (named row structs would be the better shape).
#[allow(clippy::too_many_lines, clippy::type_complexity)]
fn collect(conn: &mut DbConn, me: i32) -> Result<OwnData, Error> {
    let mut t = Map::new();
    let profile: Vec<(
        String,
        String,
        Option<String>,
        String,
        String,
        String,
        NaiveDateTime,
        Option<NaiveDateTime>,
    )> = users::table
        .find(me)
        .select((
            users::email,
            users::display_name,
            users::phone,
            users::role,
            users::status,
            users::locale,
            users::created_at,
            users::last_signed_in_at,
        ))
        .load(conn)?;
    t.insert("users".into(), rows(profile, |(email, name, phone, role, status, locale, created, last)| {
        json!({"email": email, "display_name": name, "phone": phone, "role": role, "status": status,
               "locale": locale, "created_at": created, "last_signed_in_at": last})
    }));
    let languages: Vec<(String, String)> = volunteer_languages::table
        .filter(volunteer_languages::user_id.eq(me))
        .select((volunteer_languages::language, volunteer_languages::level))
        .load(conn)?;
    t.insert(
        "volunteer_languages".into(),
        rows(languages, |(l, v)| json!({"language": l, "level": v})),
    );
    let topics: Vec<(String, String)> = volunteer_topics::table
        .filter(volunteer_topics::user_id.eq(me))
        .select((volunteer_topics::topic, volunteer_topics::kind))
        .load(conn)?;
    t.insert(
        "volunteer_topics".into(),
        rows(
            topics,
            |(topic, kind)| json!({"topic": topic, "kind": kind}),
        ),
    );
    let changes: Vec<(String, String, NaiveDateTime)> = status_changes::table
        .filter(
            status_changes::user_id
                .eq(me)
                .or(status_changes::changed_by.eq(me)),
        )
        .select((
            status_changes::from_status,
            status_changes::to_status,
            status_changes::changed_at,
        ))
        .load(conn)?;
    t.insert(
        "status_changes".into(),
        rows(
            changes,
            |(from, to, at)| json!({"from": from, "to": to, "at": at}),
        ),
    );
    let sessions: Vec<(NaiveDateTime, NaiveDateTime)> = login_sessions::table
        .filter(login_sessions::user_id.eq(me))
        .select((login_sessions::created_at, login_sessions::last_seen_at))
        .load(conn)?;
    t.insert(
        "login_sessions".into(),
        rows(
            sessions,
            |(c, l)| json!({"created_at": c, "last_seen_at": l}),
        ),
    );
    let devices: Vec<(NaiveDateTime, NaiveDateTime)> = trusted_devices::table
        .filter(trusted_devices::user_id.eq(me))
        .select((trusted_devices::created_at, trusted_devices::last_used_at))
        .load(conn)?;
    t.insert(
        "trusted_devices".into(),
        rows(
            devices,
            |(c, l)| json!({"created_at": c, "last_used_at": l}),
        ),
    );
    let resets: Vec<(NaiveDateTime, NaiveDateTime, Option<NaiveDateTime>)> = password_resets::table
        .filter(
            password_resets::user_id
                .eq(me)
                .or(password_resets::created_by.eq(me)),
        )
        .select((
            password_resets::created_at,
            password_resets::expires_at,
            password_resets::used_at,
        ))
        .load(conn)?;
    t.insert(
        "password_resets".into(),
        rows(
            resets,
            |(c, e, u)| json!({"created_at": c, "expires_at": e, "used_at": u}),
        ),
    );
    let invited: Vec<(String, NaiveDateTime, Option<NaiveDateTime>)> = invitations::table
        .filter(invitations::invited_by.eq(me))
        .select((
            invitations::email,
            invitations::created_at,
            invitations::used_at,
        ))
        .load(conn)?;
    t.insert(
        "invitations".into(),
        rows(
            invited,
            |(e, c, u)| json!({"email": e, "created_at": c, "used_at": u}),
        ),
    );
    let attended: Vec<(
        i32,
        i32,
        NaiveDateTime,
        NaiveDateTime,
        String,
        Option<NaiveDateTime>,
        Option<NaiveDateTime>,
        bool,
    )> = shift_signups::table
        .inner_join(shifts::table)
        .filter(shift_signups::user_id.eq(me))
        .select((
            shifts::id,
            shifts::site_id,
            shifts::starts_at,
            shifts::ends_at,
            shift_signups::state,
            shift_signups::checked_in_at,
            shift_signups::checked_out_at,
            shift_signups::no_show,
        ))
        .load(conn)?;
    t.insert(
        "shift_signups".into(),
        rows(attended, |(shift, site, s, e, state, i, o, no)| {
            json!({"shift": shift, "site": site, "starts_at": s, "ends_at": e, "state": state,
               "checked_in_at": i, "checked_out_at": o, "no_show": no})
        }),
    );
    let created: Vec<(i32, NaiveDateTime)> = shifts::table
        .filter(shifts::created_by.eq(me))
        .select((shifts::id, shifts::starts_at))
        .load(conn)?;
    t.insert(
        "shifts".into(),
        rows(
            created,
            |(id, s)| json!({"created_shift": id, "starts_at": s}),
        ),
    );
    let notes: Vec<(i32, String, NaiveDateTime, Option<NaiveDateTime>)> = notices::table
        .filter(notices::user_id.eq(me))
        .select((
            notices::shift_id,
            notices::kind,
            notices::created_at,
            notices::read_at,
        ))
        .load(conn)?;
    t.insert(
        "notices".into(),
        rows(
            notes,
            |(s, k, c, r)| json!({"shift": s, "kind": k, "created_at": c, "read_at": r}),
        ),
    );
    // Only how many queue numbers were theirs today: nothing about the people.
    let held: i64 = tickets::table
        .filter(tickets::volunteer_id.eq(me))
        .count()
        .get_result(conn)?;
    t.insert("tickets".into(), json!({"queue_numbers_held_now": held}));
    let helped: Vec<(
        i32,
        i32,
        NaiveDateTime,
        i32,
        String,
        i32,
        bool,
        String,
        Option<String>,
        String,
        bool,
        Option<String>,
        NaiveDateTime,
        Option<NaiveDateTime>,
    )> = help_sessions::table
        .filter(help_sessions::volunteer_id.eq(me))
        .select((
            help_sessions::id,
            help_sessions::site_id,
            help_sessions::started_at,
            help_sessions::minutes,
            help_sessions::language,
            help_sessions::people,
            help_sessions::first_visit,
            help_sessions::outcome,
            help_sessions::referred_to,
            help_sessions::device,
            help_sessions::saw_codes,
            help_sessions::learning_note,
            help_sessions::recorded_at,
            help_sessions::corrected_at,
        ))
        .load(conn)?;
    let ids: Vec<i32> = helped.iter().map(|row| row.0).collect();
    let session_topics: Vec<(i32, String)> = help_session_topics::table
        .filter(help_session_topics::session_id.eq_any(&ids))
        .select((help_session_topics::session_id, help_session_topics::topic))
        .load(conn)?;
    t.insert("help_sessions".into(), rows(helped, |(id, site, s, m, l, p, f, o, r, d, c, n, rec, cor)| {
        let topics: Vec<&String> = session_topics.iter().filter(|(sid, _)| *sid == id).map(|(_, t)| t).collect();
        json!({"site": site, "started_at": s, "minutes": m, "language": l, "people": p, "first_visit": f,
               "outcome": o, "referred_to": r, "device": d, "saw_codes": c, "learning_note": n,
               "recorded_at": rec, "corrected_at": cor, "topics": topics})
    }));
    let unrecorded: Vec<(i32, chrono::NaiveDate, i32, Option<NaiveDateTime>)> =
        unrecorded_help::table
            .filter(unrecorded_help::volunteer_id.eq(me))
            .select((
                unrecorded_help::site_id,
                unrecorded_help::day,
                unrecorded_help::helps,
                unrecorded_help::dismissed_at,
            ))
            .load(conn)?;
    t.insert(
        "unrecorded_help".into(),
        rows(
            unrecorded,
            |(s, d, h, x)| json!({"site": s, "day": d, "helps": h, "dismissed_at": x}),
        ),
    );
    let answers: Vec<(String, String, bool, NaiveDateTime)> = feedback::table
        .filter(feedback::volunteer_id.eq(me))
        .select((
            feedback::face,
            feedback::next_time,
            feedback::come_again,
            feedback::given_at,
        ))
        .load(conn)?;
    t.insert(
        "feedback".into(),
        rows(
            answers,
            |(f, n, c, g)| json!({"face": f, "next_time": n, "come_again": c, "given_at": g}),
        ),
    );
    let assessed: Vec<(i32, String, String, NaiveDateTime, Option<NaiveDateTime>)> =
        skill_assessments::table
            .filter(
                skill_assessments::user_id
                    .eq(me)
                    .or(skill_assessments::observed_by.eq(me))
                    .or(skill_assessments::confirmed_by.eq(me)),
            )
            .select((
                skill_assessments::id,
                skill_assessments::area,
                skill_assessments::kind,
                skill_assessments::assessed_at,
                skill_assessments::confirmed_at,
            ))
            .load(conn)?;
    let assessment_ids: Vec<i32> = assessed.iter().map(|row| row.0).collect();
    let levels: Vec<(i32, String, i32)> = skill_levels::table
        .filter(skill_levels::assessment_id.eq_any(&assessment_ids))
        .select((
            skill_levels::assessment_id,
            skill_levels::skill,
            skill_levels::step,
        ))
        .load(conn)?;
    t.insert("skill_assessments".into(), rows(assessed, |(id, area, kind, at, confirmed)| {
        let steps: Map<String, Value> = levels.iter().filter(|(a, _, _)| *a == id).map(|(_, s, step)| (s.clone(), json!(step))).collect();
        json!({"area": area, "kind": kind, "assessed_at": at, "confirmed_at": confirmed, "levels": steps})
    }));
    let made: Vec<(
        String,
        String,
        String,
        NaiveDateTime,
        Option<String>,
        Option<NaiveDateTime>,
        Option<NaiveDateTime>,
    )> = proofs::table
        .filter(proofs::user_id.eq(me).or(proofs::signed_by.eq(me)))
        .select((
            proofs::code,
            proofs::language,
            proofs::facts,
            proofs::created_at,
            proofs::signed_by_name,
            proofs::signed_at,
            proofs::withdrawn_at,
        ))
        .load(conn)?;
    t.insert("proofs".into(), rows(made, |(code, l, facts, c, by, s, w)| {
        let facts: Value = serde_json::from_str(&facts).unwrap_or(Value::String(facts));
        json!({"code": code, "language": l, "facts": facts, "created_at": c, "signed_by": by, "signed_at": s, "withdrawn_at": w})
    }));
    let completed: Vec<(i32, chrono::NaiveDate, NaiveDateTime)> = training_completions::table
        .filter(
            training_completions::user_id
                .eq(me)
                .or(training_completions::recorded_by.eq(me)),
        )
        .select((
            training_completions::module_id,
            training_completions::completed_on,
            training_completions::recorded_at,
        ))
        .load(conn)?;
    t.insert(
        "training_completions".into(),
        rows(
            completed,
            |(m, on, at)| json!({"module": m, "completed_on": on, "recorded_at": at}),
        ),
    );
    let trained: Vec<(i32, chrono::NaiveDate, String)> = training_sessions::table
        .inner_join(training_attendees::table)
        .filter(training_attendees::user_id.eq(me))
        .select((
            training_sessions::module_id,
            training_sessions::held_on,
            training_sessions::trainer,
        ))
        .load(conn)?;
    t.insert(
        "training_attendees".into(),
        rows(
            trained,
            |(m, on, by)| json!({"module": m, "held_on": on, "trainer": by}),
        ),
    );
    let recorded_trainings: Vec<(i32, chrono::NaiveDate)> = training_sessions::table
        .filter(training_sessions::recorded_by.eq(me))
        .select((training_sessions::module_id, training_sessions::held_on))
        .load(conn)?;
    t.insert(
        "training_sessions".into(),
        rows(
            recorded_trainings,
            |(m, on)| json!({"recorded_module": m, "held_on": on}),
        ),
    );
    let ratings: Vec<(i32, i32, i32, NaiveDateTime)> = training_ratings::table
        .filter(training_ratings::user_id.eq(me))
        .select((
            training_ratings::session_id,
            training_ratings::satisfaction,
            training_ratings::usefulness,
            training_ratings::rated_at,
        ))
        .load(conn)?;
    t.insert("training_ratings".into(), rows(ratings, |(s, sa, u, at)| json!({"session": s, "satisfaction": sa, "usefulness": u, "rated_at": at})));
    let mails: Vec<(String, String, String, NaiveDateTime, Option<NaiveDateTime>)> =
        mail_outbox::table
            .filter(mail_outbox::user_id.eq(me))
            .order(mail_outbox::id)
            .select((
                mail_outbox::kind,
                mail_outbox::params,
                mail_outbox::status,
                mail_outbox::created_at,
                mail_outbox::sent_at,
            ))
            .load(conn)?;
    t.insert(
        "mail_outbox".into(),
        rows(mails, |(kind, params, status, at, sent)| {
            json!({"kind": kind, "about": params, "status": status, "written_at": at, "sent_at": sent})
        }),
    );
    let off: Vec<String> = reminders_off::table
        .filter(reminders_off::user_id.eq(me))
        .select(reminders_off::kind)
        .load(conn)?;
    t.insert("reminders_off".into(), json!(off));
    let held_credentials: Vec<(String, String, chrono::NaiveDate, Option<String>)> =
        credentials::table
            .filter(credentials::user_id.eq(me))
            .select((
                credentials::name,
                credentials::issuer,
                credentials::issued_on,
                credentials::link,
            ))
            .load(conn)?;
    t.insert(
        "credentials".into(),
        rows(
            held_credentials,
            |(n, i, on, l)| json!({"name": n, "issuer": i, "issued_on": on, "link": l}),
        ),
    );
    let questions: Vec<(NaiveDateTime, Option<NaiveDateTime>)> = inactivity_questions::table
        .filter(inactivity_questions::user_id.eq(me))
        .select((
            inactivity_questions::asked_at,
            inactivity_questions::answered_at,
        ))
        .load(conn)?;
    t.insert(
        "inactivity_questions".into(),
        rows(questions, |(a, b)| json!({"asked_at": a, "answered_at": b})),
    );
    let events: Vec<(String, String, Option<i32>, NaiveDateTime, Option<i32>)> =
        audit_events::table
            .filter(
                audit_events::actor_id.eq(me).or(audit_events::subject_type
                    .eq("user")
                    .and(audit_events::subject_id.eq(me))),
            )
            .order(audit_events::id)
            .select((
                audit_events::action,
                audit_events::subject_type,
                audit_events::subject_id,
                audit_events::created_at,
                audit_events::actor_id,
            ))
            .load(conn)?;
    t.insert("audit_events".into(), rows(events, |(a, s, id, at, actor)| {
        json!({"action": a, "subject": s, "subject_id": id, "at": at, "by_me": actor == Some(me)})
    }));
    let staff_views = staff_views(conn, me)?;
    Ok(OwnData {
        tables: t,
        staff_views,
    })
}
