//! The rows a report is made from, read for one scope and period, and the export that writes
//! its audit entry. Nothing here names a person: ids, dates, stored enums and counts.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{summary, Period, Scope, Summary};
use crate::db::schema::{
    feedback, help_session_topics, help_sessions, organisations, shift_signups, shifts, sites,
    skill_assessments, skill_levels, status_changes, training_attendees, training_ratings,
    training_sessions, users, volunteer_languages,
};
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::help_sessions::feedback::{Face, NextTime};
use crate::help_sessions::{Outcome, Referral};
use crate::privacy::audit::{self, Action, Actor, Subject};
use crate::queue::days;
use crate::users::{Role, Status};

/// A session as stored; its referral is checked into `SessionRow`.
#[derive(Queryable)]
struct RawSession {
    id: i32,
    site_id: i32,
    started_at: NaiveDateTime,
    language: String,
    people: i32,
    first_visit: bool,
    #[diesel(deserialize_as = String)]
    outcome: Outcome,
    referred_to: Option<String>,
}

#[derive(Debug, Clone)]
pub struct SessionRow {
    pub id: i32,
    pub site_id: i32,
    pub started_at: NaiveDateTime,
    pub language: String,
    pub people: i32,
    pub first_visit: bool,
    pub outcome: Outcome,
    pub referred_to: Option<Referral>,
}

#[derive(Debug, Clone, Queryable)]
pub struct FeedbackRow {
    #[diesel(deserialize_as = String)]
    pub face: Face,
    #[diesel(deserialize_as = String)]
    pub next_time: NextTime,
    pub come_again: bool,
}

#[derive(Debug, Clone, Queryable)]
pub struct VolunteerRow {
    pub id: i32,
    pub created_at: NaiveDateTime,
    #[diesel(deserialize_as = String)]
    pub status: Status,
}

#[derive(Debug, Clone, Queryable)]
pub struct StatusChangeRow {
    pub user_id: i32,
    #[diesel(deserialize_as = String)]
    pub from_status: Status,
    #[diesel(deserialize_as = String)]
    pub to_status: Status,
    pub changed_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable)]
pub struct ShiftRow {
    pub id: i32,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub places: i32,
}

/// A confirmed sign-up.
#[derive(Debug, Clone)]
pub struct SignupRow {
    pub shift_id: i32,
    pub user_id: i32,
    pub checked_in: bool,
    pub no_show: bool,
}

#[derive(Debug, Clone)]
pub struct TrainingRow {
    pub id: i32,
    pub attendees: i64,
}

/// A self-assessment of an area, with the mean of its steps.
#[derive(Debug, Clone)]
pub struct AssessmentRow {
    pub user_id: i32,
    pub area: String,
    pub assessed_at: NaiveDateTime,
    pub mean_step: f64,
}

/// Everything the reports are made from.
#[derive(Debug, Clone, Default)]
pub struct Rows {
    pub sessions: Vec<SessionRow>,
    /// (session, topic)
    pub topics: Vec<(i32, String)>,
    pub feedback: Vec<FeedbackRow>,
    pub volunteers: Vec<VolunteerRow>,
    pub status_changes: Vec<StatusChangeRow>,
    pub shifts: Vec<ShiftRow>,
    pub signups: Vec<SignupRow>,
    /// (volunteer, language) for the volunteers signed up.
    pub languages: Vec<(i32, String)>,
    pub trainings: Vec<TrainingRow>,
    /// (satisfaction, usefulness)
    pub ratings: Vec<(i32, i32)>,
    pub assessments: Vec<AssessmentRow>,
}

/// A site a report covers.
#[derive(Debug, Clone, Queryable)]
pub struct SiteRow {
    pub id: i32,
    pub organisation_id: i32,
    pub name: String,
}

/// The organisations an admin can choose from.
pub fn organisations(conn: &mut DbConn) -> Result<Vec<(i32, String)>, Error> {
    Ok(organisations::table
        .select((organisations::id, organisations::name))
        .order(organisations::name)
        .load(conn)?)
}

/// The sites of an organisation, for the site choice.
pub fn sites_of(conn: &mut DbConn, organisation: i32) -> Result<Vec<SiteRow>, Error> {
    Ok(sites::table
        .filter(sites::organisation_id.eq(organisation))
        .select((sites::id, sites::organisation_id, sites::name))
        .order(sites::name)
        .load(conn)?)
}

/// The organisations and sites in the scope; a site of another organisation is not found.
fn resolve(conn: &mut DbConn, scope: Scope) -> Result<(Vec<i32>, Vec<SiteRow>), Error> {
    match scope {
        Scope::Everyone => {
            let all: Vec<SiteRow> = sites::table
                .select((sites::id, sites::organisation_id, sites::name))
                .order(sites::name)
                .load(conn)?;
            let orgs = organisations::table.select(organisations::id).load(conn)?;
            Ok((orgs, all))
        }
        Scope::Organisation { organisation, site } => {
            let mut list = sites_of(conn, organisation)?;
            if let Some(site) = site {
                list.retain(|s| s.id == site);
                if list.is_empty() {
                    return Err(Error::NotFound);
                }
            }
            Ok((vec![organisation], list))
        }
    }
}

fn read(conn: &mut DbConn, scope: Scope, period: Period) -> Result<(Rows, Vec<SiteRow>), Error> {
    let (orgs, site_list) = resolve(conn, scope)?;
    let site_ids: Vec<i32> = site_list.iter().map(|s| s.id).collect();
    let (start, end) = period.bounds();
    let raw: Vec<RawSession> = help_sessions::table
        .filter(help_sessions::site_id.eq_any(&site_ids))
        .filter(help_sessions::started_at.ge(start))
        .filter(help_sessions::started_at.lt(end))
        .select((
            help_sessions::id,
            help_sessions::site_id,
            help_sessions::started_at,
            help_sessions::language,
            help_sessions::people,
            help_sessions::first_visit,
            help_sessions::outcome,
            help_sessions::referred_to,
        ))
        .load(conn)?;
    let mut sessions = Vec::with_capacity(raw.len());
    for r in raw {
        let referred_to = match r.referred_to {
            Some(r) => Some(Referral::try_from(r)?),
            None => None,
        };
        sessions.push(SessionRow {
            id: r.id,
            site_id: r.site_id,
            started_at: r.started_at,
            language: r.language,
            people: r.people,
            first_visit: r.first_visit,
            outcome: r.outcome,
            referred_to,
        });
    }
    let session_ids: Vec<i32> = sessions.iter().map(|s| s.id).collect();
    let topics = help_session_topics::table
        .filter(help_session_topics::session_id.eq_any(&session_ids))
        .select((help_session_topics::session_id, help_session_topics::topic))
        .load(conn)?;
    let feedback = feedback::table
        .filter(feedback::site_id.eq_any(&site_ids))
        .filter(feedback::given_at.ge(start))
        .filter(feedback::given_at.lt(end))
        .select((feedback::face, feedback::next_time, feedback::come_again))
        .load(conn)?;
    let volunteers: Vec<VolunteerRow> = users::table
        .filter(users::organisation_id.eq_any(&orgs))
        .filter(users::role.eq(Role::Volunteer.as_str()))
        .select((users::id, users::created_at, users::status))
        .load(conn)?;
    let volunteer_ids: Vec<i32> = volunteers.iter().map(|v| v.id).collect();
    let status_changes = status_changes::table
        .filter(status_changes::user_id.eq_any(&volunteer_ids))
        .select((
            status_changes::user_id,
            status_changes::from_status,
            status_changes::to_status,
            status_changes::changed_at,
        ))
        .load(conn)?;
    let shifts: Vec<ShiftRow> = shifts::table
        .filter(shifts::site_id.eq_any(&site_ids))
        .filter(shifts::cancelled_at.is_null())
        .filter(shifts::starts_at.ge(start))
        .filter(shifts::starts_at.lt(end))
        .select((
            shifts::id,
            shifts::starts_at,
            shifts::ends_at,
            shifts::places,
        ))
        .load(conn)?;
    let shift_ids: Vec<i32> = shifts.iter().map(|s| s.id).collect();
    let signups: Vec<SignupRow> = shift_signups::table
        .filter(shift_signups::shift_id.eq_any(&shift_ids))
        .filter(shift_signups::state.eq("confirmed"))
        .select((
            shift_signups::shift_id,
            shift_signups::user_id,
            shift_signups::checked_in_at,
            shift_signups::no_show,
        ))
        .load::<(i32, i32, Option<NaiveDateTime>, bool)>(conn)?
        .into_iter()
        .map(|(shift_id, user_id, checked_in, no_show)| SignupRow {
            shift_id,
            user_id,
            checked_in: checked_in.is_some(),
            no_show,
        })
        .collect();
    let on_duty: Vec<i32> = signups.iter().map(|s| s.user_id).collect();
    let languages = volunteer_languages::table
        .filter(volunteer_languages::user_id.eq_any(&on_duty))
        .select((volunteer_languages::user_id, volunteer_languages::language))
        .load(conn)?;
    let training_ids: Vec<i32> = training_sessions::table
        .filter(training_sessions::organisation_id.eq_any(&orgs))
        .filter(training_sessions::held_on.between(period.from, period.to))
        .select(training_sessions::id)
        .load(conn)?;
    let attendees: Vec<i32> = training_attendees::table
        .filter(training_attendees::session_id.eq_any(&training_ids))
        .select(training_attendees::session_id)
        .load(conn)?;
    let trainings = training_ids
        .iter()
        .map(|id| TrainingRow {
            id: *id,
            attendees: attendees.iter().filter(|a| *a == id).count() as i64,
        })
        .collect();
    let ratings = training_ratings::table
        .filter(training_ratings::session_id.eq_any(&training_ids))
        .select((training_ratings::satisfaction, training_ratings::usefulness))
        .load(conn)?;
    let assessed: Vec<(i32, i32, String, NaiveDateTime)> = skill_assessments::table
        .filter(skill_assessments::user_id.eq_any(&volunteer_ids))
        .filter(skill_assessments::kind.eq("self"))
        .filter(skill_assessments::assessed_at.lt(end))
        .select((
            skill_assessments::id,
            skill_assessments::user_id,
            skill_assessments::area,
            skill_assessments::assessed_at,
        ))
        .load(conn)?;
    let assessment_ids: Vec<i32> = assessed.iter().map(|a| a.0).collect();
    let steps: Vec<(i32, i32)> = skill_levels::table
        .filter(skill_levels::assessment_id.eq_any(&assessment_ids))
        .select((skill_levels::assessment_id, skill_levels::step))
        .load(conn)?;
    let mut by_assessment: BTreeMap<i32, (i64, i64)> = BTreeMap::new();
    for (id, step) in steps {
        let e = by_assessment.entry(id).or_default();
        e.0 += i64::from(step);
        e.1 += 1;
    }
    let assessments = assessed
        .into_iter()
        .map(|(id, user_id, area, assessed_at)| {
            let (sum, n) = by_assessment.get(&id).copied().unwrap_or((0, 0));
            AssessmentRow {
                user_id,
                area,
                assessed_at,
                mean_step: if n == 0 { 0.0 } else { sum as f64 / n as f64 },
            }
        })
        .collect();
    let rows = Rows {
        sessions,
        topics,
        feedback,
        volunteers,
        status_changes,
        shifts,
        signups,
        languages,
        trainings,
        ratings,
        assessments,
    };
    Ok((rows, site_list))
}

/// The reports of a scope and period, and the sites they cover.
pub fn report(
    conn: &mut DbConn,
    scope: Scope,
    period: Period,
) -> Result<(Summary, Vec<SiteRow>), Error> {
    let (rows, site_list) = read(conn, scope, period)?;
    let site_ids: Vec<i32> = site_list.iter().map(|s| s.id).collect();
    let figures = days::figures(conn, &site_ids, period.from, period.to)?;
    Ok((summary(period, &figures, &rows), site_list))
}

/// A report to export: read, and written to the audit log in the same transaction, before
/// the file is sent.
pub fn export(
    conn: &mut DbConn,
    by: Actor,
    scope: Scope,
    period: Period,
    now: NaiveDateTime,
) -> Result<(Summary, Vec<SiteRow>), Error> {
    write_tx(conn, |conn| {
        let out = report(conn, scope, period)?;
        let entry = match scope {
            Scope::Organisation { organisation, .. } => by.did_in(
                organisation,
                Action::ReportExported,
                Subject::Organisation(organisation),
            ),
            Scope::Everyone => by.did(Action::ReportExported, Subject::Everyone),
        };
        audit::record(conn, entry, now)?;
        Ok(out)
    })
}
