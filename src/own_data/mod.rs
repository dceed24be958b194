//! A volunteer's own data: every table with a column that refers to the person, each read into
//! a named row, serialised as JSON keyed by the table's name (so the test can check that no
//! table is left out) and shown on the readable page. Secrets are left out (password and
//! token hashes, the calendar token), and so is anything about the people they helped beyond
//! what the volunteer recorded. The export itself is audited.

pub mod routes;

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::backend::Backend;
use diesel::deserialize::{self, FromSql};
use diesel::prelude::*;
use diesel::sql_types::{Nullable, Text};
use serde::{Serialize, Serializer};
use serde_json::Value;

use crate::db::schema::{
    audit_events, credentials, feedback, help_session_topics, help_sessions, inactivity_questions,
    invitations, login_sessions, mail_outbox, notices, password_resets, proofs, reminders_off,
    shift_signups, shifts, sites, skill_assessments, skill_levels, status_changes, tickets,
    training_attendees, training_completions, training_modules, training_ratings,
    training_sessions, trusted_devices, unrecorded_help, users, volunteer_languages,
    volunteer_topics,
};
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::help_sessions::feedback::{Face, NextTime};
use crate::help_sessions::{Device, Outcome, Referral};
use crate::languages::Level;
use crate::privacy::audit::{self, Action, Actor, Subject, SubjectKind};
use crate::reminders;
use crate::shifts::signups::State;
use crate::shifts::NoticeKind;
use crate::skills::proofs::ProofLanguage;
use crate::stored::{StoredText, UnknownValue};
use crate::topics::Stance;
use crate::users::{Role, Status};

/// A stored enum in the JSON as the text the database holds.
fn text<S: Serializer>(value: &impl StoredText, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(value.stored_text())
}

fn text_or_null<S: Serializer>(value: &Option<impl StoredText>, s: S) -> Result<S::Ok, S::Error> {
    match value {
        Some(value) => s.serialize_str(value.stored_text()),
        None => s.serialize_none(),
    }
}

/// A nullable stored enum column, read as text first (`deserialize_as` converts it).
pub struct NullableText(Option<String>);

impl<DB: Backend> Queryable<Nullable<Text>, DB> for NullableText
where
    Option<String>: FromSql<Nullable<Text>, DB>,
{
    type Row = Option<String>;

    fn build(row: Option<String>) -> deserialize::Result<NullableText> {
        Ok(NullableText(row))
    }
}

impl TryFrom<NullableText> for Option<Referral> {
    type Error = UnknownValue;

    fn try_from(text: NullableText) -> Result<Self, UnknownValue> {
        text.0.map(Referral::try_from).transpose()
    }
}

crate::stored_enum! {
    /// Who assessed the skills of an area: the volunteer, or a coordinator who watched.
    pub enum AssessmentKind {
        SelfAssessed = "self",
        Observed = "observed",
    }
}

/// One staff view of the person's page, for the "who looked" list.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct StaffView {
    pub at: NaiveDateTime,
    pub by: Option<String>,
}

#[derive(Debug, Clone, Queryable, Serialize)]
pub struct Profile {
    pub email: String,
    pub display_name: String,
    pub phone: Option<String>,
    #[diesel(deserialize_as = String)]
    #[serde(serialize_with = "text")]
    pub role: Role,
    #[diesel(deserialize_as = String)]
    #[serde(serialize_with = "text")]
    pub status: Status,
    /// The interface language the person chose.
    pub locale: String,
    pub created_at: NaiveDateTime,
    pub last_signed_in_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Queryable, Serialize)]
pub struct SpokenLanguage {
    /// A help language's code (`languages::HELP_LANGUAGES`).
    pub language: String,
    #[diesel(deserialize_as = String)]
    #[serde(serialize_with = "text")]
    pub level: Level,
}

#[derive(Debug, Clone, Queryable, Serialize)]
pub struct TopicStance {
    pub topic: String,
    #[diesel(deserialize_as = String)]
    #[serde(serialize_with = "text")]
    pub kind: Stance,
}

#[derive(Debug, Clone, Queryable, Serialize)]
pub struct StatusChange {
    #[diesel(deserialize_as = String)]
    #[serde(serialize_with = "text")]
    pub from: Status,
    #[diesel(deserialize_as = String)]
    #[serde(serialize_with = "text")]
    pub to: Status,
    pub at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Serialize)]
pub struct LoginSession {
    pub created_at: NaiveDateTime,
    pub last_seen_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Serialize)]
pub struct TrustedDevice {
    pub created_at: NaiveDateTime,
    pub last_used_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Serialize)]
pub struct PasswordReset {
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    pub used_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Queryable, Serialize)]
pub struct Invitation {
    pub email: String,
    pub created_at: NaiveDateTime,
    pub used_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Queryable, Serialize)]
pub struct ShiftSignup {
    pub shift: i32,
    pub site: i32,
    #[serde(skip)]
    pub site_name: String,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    #[diesel(deserialize_as = String)]
    #[serde(serialize_with = "text")]
    pub state: State,
    pub checked_in_at: Option<NaiveDateTime>,
    pub checked_out_at: Option<NaiveDateTime>,
    pub no_show: bool,
}

/// A shift the person (as a coordinator) made.
#[derive(Debug, Clone, Queryable, Serialize)]
pub struct CreatedShift {
    pub created_shift: i32,
    pub starts_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Serialize)]
pub struct Notice {
    pub shift: i32,
    #[serde(skip)]
    pub shift_starts_at: NaiveDateTime,
    #[diesel(deserialize_as = String)]
    #[serde(serialize_with = "text")]
    pub kind: NoticeKind,
    pub created_at: NaiveDateTime,
    pub read_at: Option<NaiveDateTime>,
}

/// Only how many queue numbers are theirs now: nothing about the people.
#[derive(Debug, Clone, Serialize)]
pub struct TicketsHeld {
    pub queue_numbers_held_now: i64,
}

#[derive(Debug, Clone, Queryable, Serialize)]
pub struct HelpSessionRow {
    #[serde(skip)]
    pub id: i32,
    pub site: i32,
    #[serde(skip)]
    pub site_name: String,
    pub started_at: NaiveDateTime,
    pub minutes: i32,
    pub language: String,
    pub people: i32,
    pub first_visit: bool,
    #[diesel(deserialize_as = String)]
    #[serde(serialize_with = "text")]
    pub outcome: Outcome,
    #[diesel(deserialize_as = NullableText)]
    #[serde(serialize_with = "text_or_null")]
    pub referred_to: Option<Referral>,
    #[diesel(deserialize_as = String)]
    #[serde(serialize_with = "text")]
    pub device: Device,
    pub saw_codes: bool,
    pub learning_note: Option<String>,
    pub recorded_at: NaiveDateTime,
    pub corrected_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Serialize)]
pub struct HelpSession {
    #[serde(flatten)]
    pub row: HelpSessionRow,
    pub topics: Vec<String>,
}

#[derive(Debug, Clone, Queryable, Serialize)]
pub struct UnrecordedHelp {
    pub site: i32,
    #[serde(skip)]
    pub site_name: String,
    pub day: NaiveDate,
    pub helps: i32,
    pub dismissed_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Queryable, Serialize)]
pub struct Feedback {
    #[diesel(deserialize_as = String)]
    #[serde(serialize_with = "text")]
    pub face: Face,
    #[diesel(deserialize_as = String)]
    #[serde(serialize_with = "text")]
    pub next_time: NextTime,
    pub come_again: bool,
    pub given_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Serialize)]
pub struct AssessmentRow {
    #[serde(skip)]
    pub id: i32,
    /// A competence area's key (`skills::framework`).
    pub area: String,
    #[diesel(deserialize_as = String)]
    #[serde(serialize_with = "text")]
    pub kind: AssessmentKind,
    pub assessed_at: NaiveDateTime,
    pub confirmed_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Assessment {
    #[serde(flatten)]
    pub row: AssessmentRow,
    /// The step of each skill, by the skill's key.
    pub levels: BTreeMap<String, i32>,
}

/// A proof's facts as they were composed: JSON, or the stored text if it is not JSON.
#[derive(Debug, Clone, Serialize)]
#[serde(transparent)]
pub struct Facts(pub Value);

impl From<String> for Facts {
    fn from(text: String) -> Facts {
        Facts(serde_json::from_str(&text).unwrap_or(Value::String(text)))
    }
}

#[derive(Debug, Clone, Queryable, Serialize)]
pub struct Proof {
    pub code: String,
    #[diesel(deserialize_as = String)]
    #[serde(serialize_with = "text")]
    pub language: ProofLanguage,
    #[diesel(deserialize_as = String)]
    pub facts: Facts,
    pub created_at: NaiveDateTime,
    pub signed_by: Option<String>,
    pub signed_at: Option<NaiveDateTime>,
    pub withdrawn_at: Option<NaiveDateTime>,
}

/// A training module as the page names it: its seed key when it is one of the four.
#[derive(Debug, Clone, Queryable)]
pub struct Module {
    pub title: String,
    pub seed_key: Option<String>,
}

#[derive(Debug, Clone, Queryable, Serialize)]
pub struct TrainingCompletion {
    pub module: i32,
    #[serde(skip)]
    pub module_name: Module,
    pub completed_on: NaiveDate,
    pub recorded_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Serialize)]
pub struct TrainingAttended {
    pub module: i32,
    #[serde(skip)]
    pub module_name: Module,
    pub held_on: NaiveDate,
    pub trainer: String,
}

/// A group training the person (as a coordinator) recorded.
#[derive(Debug, Clone, Queryable, Serialize)]
pub struct TrainingRecorded {
    pub recorded_module: i32,
    #[serde(skip)]
    pub module_name: Module,
    pub held_on: NaiveDate,
}

#[derive(Debug, Clone, Queryable, Serialize)]
pub struct TrainingRating {
    pub session: i32,
    #[serde(skip)]
    pub module_name: Module,
    pub satisfaction: i32,
    pub usefulness: i32,
    pub rated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Serialize)]
pub struct Mail {
    #[diesel(deserialize_as = String)]
    #[serde(serialize_with = "text")]
    pub kind: reminders::Kind,
    /// The mail's parameters as JSON text.
    pub about: String,
    #[diesel(deserialize_as = String)]
    #[serde(serialize_with = "text")]
    pub status: reminders::Status,
    pub written_at: NaiveDateTime,
    pub sent_at: Option<NaiveDateTime>,
}

/// A kind of reminder the person turned off.
#[derive(Debug, Clone, Queryable, Serialize)]
#[serde(transparent)]
pub struct ReminderOff {
    #[diesel(deserialize_as = String)]
    #[serde(serialize_with = "text")]
    pub kind: reminders::Kind,
}

#[derive(Debug, Clone, Queryable, Serialize)]
pub struct Credential {
    pub name: String,
    pub issuer: String,
    pub issued_on: NaiveDate,
    pub link: Option<String>,
}

#[derive(Debug, Clone, Queryable, Serialize)]
pub struct InactivityQuestion {
    pub asked_at: NaiveDateTime,
    pub answered_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Queryable, Serialize)]
pub struct AuditRow {
    #[diesel(deserialize_as = String)]
    #[serde(serialize_with = "text")]
    pub action: Action,
    #[diesel(deserialize_as = String)]
    #[serde(serialize_with = "text")]
    pub subject: SubjectKind,
    pub subject_id: Option<i32>,
    pub at: NaiveDateTime,
    #[serde(skip)]
    pub actor_id: Option<i32>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AuditEvent {
    #[serde(flatten)]
    pub row: AuditRow,
    pub by_me: bool,
}

/// Every table that refers to the person, by its name; sign-ins and the audit log newest first.
#[derive(Debug, Clone, Serialize)]
pub struct Tables {
    pub users: Vec<Profile>,
    pub volunteer_languages: Vec<SpokenLanguage>,
    pub volunteer_topics: Vec<TopicStance>,
    pub status_changes: Vec<StatusChange>,
    pub login_sessions: Vec<LoginSession>,
    pub trusted_devices: Vec<TrustedDevice>,
    pub password_resets: Vec<PasswordReset>,
    pub invitations: Vec<Invitation>,
    pub shift_signups: Vec<ShiftSignup>,
    pub shifts: Vec<CreatedShift>,
    pub notices: Vec<Notice>,
    pub tickets: TicketsHeld,
    pub help_sessions: Vec<HelpSession>,
    pub unrecorded_help: Vec<UnrecordedHelp>,
    pub feedback: Vec<Feedback>,
    pub skill_assessments: Vec<Assessment>,
    pub proofs: Vec<Proof>,
    pub training_completions: Vec<TrainingCompletion>,
    pub training_attendees: Vec<TrainingAttended>,
    pub training_sessions: Vec<TrainingRecorded>,
    pub training_ratings: Vec<TrainingRating>,
    pub mail_outbox: Vec<Mail>,
    pub reminders_off: Vec<ReminderOff>,
    pub credentials: Vec<Credential>,
    pub inactivity_questions: Vec<InactivityQuestion>,
    pub audit_events: Vec<AuditEvent>,
}

/// Everything stored about the person, with the staff views apart for the readable page.
#[derive(Debug, Clone)]
pub struct OwnData {
    pub tables: Tables,
    pub staff_views: Vec<StaffView>,
}

/// The person's data, and the export written to the audit log in the same transaction.
pub fn export(conn: &mut DbConn, me: Actor, now: NaiveDateTime) -> Result<OwnData, Error> {
    write_tx(conn, |conn| {
        let data = OwnData {
            tables: tables(conn, me.user_id)?,
            staff_views: staff_views(conn, me.user_id)?,
        };
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

// One long list, a table at a time, so that a missing table is easy to see.
#[allow(clippy::too_many_lines)]
fn tables(conn: &mut DbConn, me: i32) -> Result<Tables, Error> {
    let module = (training_modules::title, training_modules::seed_key);
    let help_rows: Vec<HelpSessionRow> = help_sessions::table
        .inner_join(sites::table)
        .filter(help_sessions::volunteer_id.eq(me))
        .order(help_sessions::started_at.desc())
        .select((
            help_sessions::id,
            help_sessions::site_id,
            sites::name,
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
    let ids: Vec<i32> = help_rows.iter().map(|row| row.id).collect();
    let session_topics: Vec<(i32, String)> = help_session_topics::table
        .filter(help_session_topics::session_id.eq_any(&ids))
        .select((help_session_topics::session_id, help_session_topics::topic))
        .load(conn)?;
    let help_sessions = help_rows
        .into_iter()
        .map(|row| HelpSession {
            topics: session_topics
                .iter()
                .filter(|(session, _)| *session == row.id)
                .map(|(_, topic)| topic.clone())
                .collect(),
            row,
        })
        .collect();

    let assessed: Vec<AssessmentRow> = skill_assessments::table
        .filter(
            skill_assessments::user_id
                .eq(me)
                .or(skill_assessments::observed_by.eq(me))
                .or(skill_assessments::confirmed_by.eq(me)),
        )
        .order(skill_assessments::assessed_at.desc())
        .select((
            skill_assessments::id,
            skill_assessments::area,
            skill_assessments::kind,
            skill_assessments::assessed_at,
            skill_assessments::confirmed_at,
        ))
        .load(conn)?;
    let assessment_ids: Vec<i32> = assessed.iter().map(|row| row.id).collect();
    let levels: Vec<(i32, String, i32)> = skill_levels::table
        .filter(skill_levels::assessment_id.eq_any(&assessment_ids))
        .select((
            skill_levels::assessment_id,
            skill_levels::skill,
            skill_levels::step,
        ))
        .load(conn)?;
    let skill_assessments = assessed
        .into_iter()
        .map(|row| Assessment {
            levels: levels
                .iter()
                .filter(|(assessment, _, _)| *assessment == row.id)
                .map(|(_, skill, step)| (skill.clone(), *step))
                .collect(),
            row,
        })
        .collect();

    let audit_rows: Vec<AuditRow> = audit_events::table
        .filter(
            audit_events::actor_id.eq(me).or(audit_events::subject_type
                .eq("user")
                .and(audit_events::subject_id.eq(me))),
        )
        .order(audit_events::id.desc())
        .select((
            audit_events::action,
            audit_events::subject_type,
            audit_events::subject_id,
            audit_events::created_at,
            audit_events::actor_id,
        ))
        .load(conn)?;
    let audit_events = audit_rows
        .into_iter()
        .map(|row| AuditEvent {
            by_me: row.actor_id == Some(me),
            row,
        })
        .collect();

    Ok(Tables {
        users: users::table
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
            .load(conn)?,
        volunteer_languages: volunteer_languages::table
            .filter(volunteer_languages::user_id.eq(me))
            .select((volunteer_languages::language, volunteer_languages::level))
            .load(conn)?,
        volunteer_topics: volunteer_topics::table
            .filter(volunteer_topics::user_id.eq(me))
            .select((volunteer_topics::topic, volunteer_topics::kind))
            .load(conn)?,
        status_changes: status_changes::table
            .filter(
                status_changes::user_id
                    .eq(me)
                    .or(status_changes::changed_by.eq(me)),
            )
            .order(status_changes::changed_at.desc())
            .select((
                status_changes::from_status,
                status_changes::to_status,
                status_changes::changed_at,
            ))
            .load(conn)?,
        login_sessions: login_sessions::table
            .filter(login_sessions::user_id.eq(me))
            .order(login_sessions::last_seen_at.desc())
            .select((login_sessions::created_at, login_sessions::last_seen_at))
            .load(conn)?,
        trusted_devices: trusted_devices::table
            .filter(trusted_devices::user_id.eq(me))
            .order(trusted_devices::last_used_at.desc())
            .select((trusted_devices::created_at, trusted_devices::last_used_at))
            .load(conn)?,
        password_resets: password_resets::table
            .filter(
                password_resets::user_id
                    .eq(me)
                    .or(password_resets::created_by.eq(me)),
            )
            .order(password_resets::created_at.desc())
            .select((
                password_resets::created_at,
                password_resets::expires_at,
                password_resets::used_at,
            ))
            .load(conn)?,
        invitations: invitations::table
            .filter(invitations::invited_by.eq(me))
            .order(invitations::created_at.desc())
            .select((
                invitations::email,
                invitations::created_at,
                invitations::used_at,
            ))
            .load(conn)?,
        shift_signups: shift_signups::table
            .inner_join(shifts::table.inner_join(sites::table))
            .filter(shift_signups::user_id.eq(me))
            .order(shifts::starts_at.desc())
            .select((
                shifts::id,
                shifts::site_id,
                sites::name,
                shifts::starts_at,
                shifts::ends_at,
                shift_signups::state,
                shift_signups::checked_in_at,
                shift_signups::checked_out_at,
                shift_signups::no_show,
            ))
            .load(conn)?,
        shifts: shifts::table
            .filter(shifts::created_by.eq(me))
            .order(shifts::starts_at.desc())
            .select((shifts::id, shifts::starts_at))
            .load(conn)?,
        notices: notices::table
            .inner_join(shifts::table)
            .filter(notices::user_id.eq(me))
            .order(notices::created_at.desc())
            .select((
                notices::shift_id,
                shifts::starts_at,
                notices::kind,
                notices::created_at,
                notices::read_at,
            ))
            .load(conn)?,
        tickets: TicketsHeld {
            queue_numbers_held_now: tickets::table
                .filter(tickets::volunteer_id.eq(me))
                .count()
                .get_result(conn)?,
        },
        help_sessions,
        unrecorded_help: unrecorded_help::table
            .inner_join(sites::table)
            .filter(unrecorded_help::volunteer_id.eq(me))
            .order(unrecorded_help::day.desc())
            .select((
                unrecorded_help::site_id,
                sites::name,
                unrecorded_help::day,
                unrecorded_help::helps,
                unrecorded_help::dismissed_at,
            ))
            .load(conn)?,
        feedback: feedback::table
            .filter(feedback::volunteer_id.eq(me))
            .order(feedback::given_at.desc())
            .select((
                feedback::face,
                feedback::next_time,
                feedback::come_again,
                feedback::given_at,
            ))
            .load(conn)?,
        skill_assessments,
        proofs: proofs::table
            .filter(proofs::user_id.eq(me).or(proofs::signed_by.eq(me)))
            .order(proofs::created_at.desc())
            .select((
                proofs::code,
                proofs::language,
                proofs::facts,
                proofs::created_at,
                proofs::signed_by_name,
                proofs::signed_at,
                proofs::withdrawn_at,
            ))
            .load(conn)?,
        training_completions: training_completions::table
            .inner_join(training_modules::table)
            .filter(
                training_completions::user_id
                    .eq(me)
                    .or(training_completions::recorded_by.eq(me)),
            )
            .order(training_completions::completed_on.desc())
            .select((
                training_completions::module_id,
                module,
                training_completions::completed_on,
                training_completions::recorded_at,
            ))
            .load(conn)?,
        training_attendees: training_sessions::table
            .inner_join(training_attendees::table)
            .inner_join(training_modules::table)
            .filter(training_attendees::user_id.eq(me))
            .order(training_sessions::held_on.desc())
            .select((
                training_sessions::module_id,
                module,
                training_sessions::held_on,
                training_sessions::trainer,
            ))
            .load(conn)?,
        training_sessions: training_sessions::table
            .inner_join(training_modules::table)
            .filter(training_sessions::recorded_by.eq(me))
            .order(training_sessions::held_on.desc())
            .select((
                training_sessions::module_id,
                module,
                training_sessions::held_on,
            ))
            .load(conn)?,
        training_ratings: training_ratings::table
            .inner_join(training_sessions::table.inner_join(training_modules::table))
            .filter(training_ratings::user_id.eq(me))
            .order(training_ratings::rated_at.desc())
            .select((
                training_ratings::session_id,
                module,
                training_ratings::satisfaction,
                training_ratings::usefulness,
                training_ratings::rated_at,
            ))
            .load(conn)?,
        mail_outbox: mail_outbox::table
            .filter(mail_outbox::user_id.eq(me))
            .order(mail_outbox::id.desc())
            .select((
                mail_outbox::kind,
                mail_outbox::params,
                mail_outbox::status,
                mail_outbox::created_at,
                mail_outbox::sent_at,
            ))
            .load(conn)?,
        reminders_off: reminders_off::table
            .filter(reminders_off::user_id.eq(me))
            .select((reminders_off::kind,))
            .load(conn)?,
        credentials: credentials::table
            .filter(credentials::user_id.eq(me))
            .order(credentials::issued_on.desc())
            .select((
                credentials::name,
                credentials::issuer,
                credentials::issued_on,
                credentials::link,
            ))
            .load(conn)?,
        inactivity_questions: inactivity_questions::table
            .filter(inactivity_questions::user_id.eq(me))
            .order(inactivity_questions::asked_at.desc())
            .select((
                inactivity_questions::asked_at,
                inactivity_questions::answered_at,
            ))
            .load(conn)?,
        audit_events,
    })
}
