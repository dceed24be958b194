//! Self-assessments, one short screen per area in plain "I can …" words, done when the
//! volunteer joins and again every three months; and a coordinator's observation of the
//! working-life skills, dated and signed. Every assessment is kept with its date and never
//! overwritten, so the growth page can show levels over time.

use chrono::{Months, NaiveDateTime};
use diesel::prelude::*;

use super::evidence::{self, Evidence};
use super::framework::{Area, AREAS, OBSERVED_STEPS, SELF_STEPS, WORK_SKILLS};
use crate::db::schema::{skill_assessments, skill_levels, users};
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::privacy::audit::{self, Action, Actor, Subject};
use crate::reminders::{self, Reminder};
use crate::users::{Role, Status};

/// A self-assessment is asked again this long after the last one of its area.
pub const DUE_EVERY: Months = Months::new(3);
/// The same answers sent again this soon (a retried submit) are the same assessment.
const RETRY_WINDOW: chrono::Duration = chrono::Duration::minutes(10);

const SELF: &str = "self";
const OBSERVED: &str = "observed";
const WORK: &str = "work";

/// One area's answers: a step for every skill of the area.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answers {
    pub area: Area,
    pub steps: Vec<(&'static str, i32)>,
}

impl Answers {
    /// The answers when every skill of the area has a step on the scale; `None` otherwise.
    pub fn of(area: Area, step_of: impl Fn(&str) -> Option<i32>) -> Option<Answers> {
        let steps = area
            .skills
            .iter()
            .map(|skill| {
                step_of(skill)
                    .filter(|s| SELF_STEPS.contains(s))
                    .map(|s| (*skill, s))
            })
            .collect::<Option<Vec<_>>>()?;
        Some(Answers { area, steps })
    }
}

/// Saves a self-assessment of one area and returns its id; the same answers sent again within
/// minutes are not saved twice.
pub fn assess_self(
    conn: &mut DbConn,
    user_id: i32,
    answers: &Answers,
    now: NaiveDateTime,
) -> Result<i32, Error> {
    write_tx(conn, |conn| {
        if let Some(id) = just_saved(conn, user_id, answers.area.key, None, &answers.steps, now)? {
            return Ok(id);
        }
        let id = diesel::insert_into(skill_assessments::table)
            .values((
                skill_assessments::user_id.eq(user_id),
                skill_assessments::area.eq(answers.area.key),
                skill_assessments::kind.eq(SELF),
                skill_assessments::assessed_at.eq(now),
            ))
            .returning(skill_assessments::id)
            .get_result(conn)?;
        write_steps(conn, id, &answers.steps)?;
        Ok(id)
    })
}

fn write_steps(conn: &mut DbConn, id: i32, steps: &[(&str, i32)]) -> Result<(), Error> {
    for (skill, step) in steps {
        diesel::insert_into(skill_levels::table)
            .values((
                skill_levels::assessment_id.eq(id),
                skill_levels::skill.eq(*skill),
                skill_levels::step.eq(*step),
            ))
            .execute(conn)?;
    }
    Ok(())
}

type Levels = Vec<(i32, String, i32)>;

fn levels_of(conn: &mut DbConn, ids: &[i32]) -> Result<Levels, Error> {
    Ok(skill_levels::table
        .filter(skill_levels::assessment_id.eq_any(ids))
        .select((
            skill_levels::assessment_id,
            skill_levels::skill,
            skill_levels::step,
        ))
        .load(conn)?)
}

fn steps_of(levels: &Levels, id: i32) -> Vec<(String, i32)> {
    levels
        .iter()
        .filter(|(a, _, _)| *a == id)
        .map(|(_, skill, step)| (skill.clone(), *step))
        .collect()
}

fn same_steps(stored: &[(String, i32)], sent: &[(&str, i32)]) -> bool {
    stored.len() == sent.len()
        && sent
            .iter()
            .all(|(skill, step)| stored.iter().any(|(s, t)| s == skill && t == step))
}

/// One kept assessment of an area.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub id: i32,
    pub area: String,
    pub at: NaiveDateTime,
    pub confirmed: Option<Confirmation>,
    pub steps: Vec<(String, i32)>,
}

/// A coordinator's confirmation of a self-assessment: they have seen the volunteer work at
/// these levels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confirmation {
    /// The coordinator's name; `None` when their account is gone.
    pub by: Option<String>,
    pub at: NaiveDateTime,
}

/// The assessment with the same answers by the same person that was saved moments ago: a
/// retried submit, not a new assessment.
fn just_saved(
    conn: &mut DbConn,
    user_id: i32,
    area: &str,
    observer: Option<i32>,
    steps: &[(&str, i32)],
    now: NaiveDateTime,
) -> Result<Option<i32>, Error> {
    let recent: Vec<(i32, Option<i32>)> = skill_assessments::table
        .filter(skill_assessments::user_id.eq(user_id))
        .filter(skill_assessments::area.eq(area))
        .filter(skill_assessments::assessed_at.gt(now - RETRY_WINDOW))
        .select((skill_assessments::id, skill_assessments::observed_by))
        .load(conn)?;
    let ids: Vec<i32> = recent
        .into_iter()
        .filter(|(_, by)| *by == observer)
        .map(|(id, _)| id)
        .collect();
    let levels = levels_of(conn, &ids)?;
    Ok(ids
        .into_iter()
        .find(|id| same_steps(&steps_of(&levels, *id), steps)))
}

/// A volunteer's assessments and the evidence beside them as a coordinator of
/// `organisation_id` opens them: a staff view of the volunteer's data, so it is audited.
pub fn levels_for_staff(
    conn: &mut DbConn,
    by: Actor,
    organisation_id: i32,
    user_id: i32,
    now: NaiveDateTime,
) -> Result<(Vec<Assessment>, Vec<Evidence>), Error> {
    write_tx(conn, |conn| {
        let sessions = evidence::sessions_of(conn, user_id)?;
        let found = (history(conn, user_id)?, evidence::count(&sessions));
        let entry = by.did_in(
            organisation_id,
            Action::VolunteerViewed,
            Subject::User(user_id),
        );
        audit::record(conn, entry, now)?;
        Ok(found)
    })
}

/// Every self-assessment of the person, newest first.
pub fn history(conn: &mut DbConn, user_id: i32) -> Result<Vec<Assessment>, Error> {
    type Row = (
        i32,
        String,
        NaiveDateTime,
        Option<NaiveDateTime>,
        Option<String>,
    );
    let rows: Vec<Row> = skill_assessments::table
        .left_join(users::table.on(users::id.nullable().eq(skill_assessments::confirmed_by)))
        .filter(skill_assessments::user_id.eq(user_id))
        .filter(skill_assessments::kind.eq(SELF))
        .order((
            skill_assessments::assessed_at.desc(),
            skill_assessments::id.desc(),
        ))
        .select((
            skill_assessments::id,
            skill_assessments::area,
            skill_assessments::assessed_at,
            skill_assessments::confirmed_at,
            users::display_name.nullable(),
        ))
        .load(conn)?;
    let ids: Vec<i32> = rows.iter().map(|r| r.0).collect();
    let levels = levels_of(conn, &ids)?;
    Ok(rows
        .into_iter()
        .map(|(id, area, at, confirmed_at, by)| Assessment {
            id,
            area,
            at,
            confirmed: confirmed_at.map(|at| Confirmation { by, at }),
            steps: steps_of(&levels, id),
        })
        .collect())
}

/// The latest self-assessment of each area, in the order of the history (newest first).
pub fn latest_per_area(history: &[Assessment]) -> Vec<&Assessment> {
    let mut latest: Vec<&Assessment> = Vec::new();
    for assessment in history {
        if !latest.iter().any(|a| a.area == assessment.area) {
            latest.push(assessment);
        }
    }
    latest
}

/// The areas whose self-assessment is due: never done, or last done three months ago.
pub fn due(history: &[Assessment], now: NaiveDateTime) -> Vec<Area> {
    let since = now.checked_sub_months(DUE_EVERY).unwrap_or(now);
    AREAS
        .iter()
        .copied()
        .filter(|area| !history.iter().any(|a| a.area == area.key && a.at > since))
        .collect()
}

/// Writes a mail to each active volunteer with a self-assessment due, once for each latest
/// self-assessment (the outbox's unique key; a new one starts the count again). How many
/// were new.
pub fn remind_due(conn: &mut DbConn, now: NaiveDateTime) -> Result<usize, Error> {
    let volunteers: Vec<i32> = users::table
        .filter(users::role.eq(Role::Volunteer.as_str()))
        .filter(users::status.eq(Status::Active.as_str()))
        .select(users::id)
        .load(conn)?;
    let mut written = 0;
    for user_id in volunteers {
        let history = history(conn, user_id)?;
        let due = due(&history, now);
        if due.is_empty() {
            continue;
        }
        let areas = due.iter().map(|area| area.key.to_owned()).collect();
        let since = history.first().map(|latest| latest.at.date());
        let reminder = Reminder::assessment_due(user_id, areas, since);
        if reminders::enqueue(conn, &reminder, now)? {
            written += 1;
        }
    }
    Ok(written)
}

/// A coordinator's observation of a volunteer's working-life skills, dated and signed by the
/// coordinator; the same observation sent again within minutes is not saved twice.
/// `Error::NotFound` when the volunteer is not one of the organisation's.
pub fn observe(
    conn: &mut DbConn,
    by: Actor,
    volunteer_id: i32,
    steps: &[(&'static str, i32)],
    now: NaiveDateTime,
) -> Result<i32, Error> {
    write_tx(conn, |conn| {
        one_of_theirs(conn, by, volunteer_id)?;
        if let Some(id) = just_saved(conn, volunteer_id, WORK, Some(by.user_id), steps, now)? {
            return Ok(id);
        }
        let id = diesel::insert_into(skill_assessments::table)
            .values((
                skill_assessments::user_id.eq(volunteer_id),
                skill_assessments::area.eq(WORK),
                skill_assessments::kind.eq(OBSERVED),
                skill_assessments::observed_by.eq(by.user_id),
                skill_assessments::assessed_at.eq(now),
            ))
            .returning(skill_assessments::id)
            .get_result(conn)?;
        write_steps(conn, id, steps)?;
        Ok(id)
    })
}

/// `Error::NotFound` unless the person is a volunteer of the coordinator's organisation.
fn one_of_theirs(conn: &mut DbConn, by: Actor, volunteer_id: i32) -> Result<(), Error> {
    let theirs: i64 = users::table
        .filter(users::id.eq(volunteer_id))
        .filter(users::organisation_id.eq(by.organisation_id))
        .filter(users::role.eq(Role::Volunteer.as_str()))
        .count()
        .get_result(conn)?;
    if theirs == 0 {
        return Err(Error::NotFound);
    }
    Ok(())
}

/// A coordinator confirms a volunteer's self-assessment of an area (once: sent again, the
/// first confirmation stands). `Error::NotFound` for another organisation's volunteer or an
/// assessment that is not theirs.
pub fn confirm(
    conn: &mut DbConn,
    by: Actor,
    volunteer_id: i32,
    assessment_id: i32,
    now: NaiveDateTime,
) -> Result<(), Error> {
    write_tx(conn, |conn| {
        one_of_theirs(conn, by, volunteer_id)?;
        let theirs = skill_assessments::table
            .filter(skill_assessments::id.eq(assessment_id))
            .filter(skill_assessments::user_id.eq(volunteer_id))
            .filter(skill_assessments::kind.eq(SELF));
        let confirmed = diesel::update(theirs.filter(skill_assessments::confirmed_at.is_null()))
            .set((
                skill_assessments::confirmed_by.eq(by.user_id),
                skill_assessments::confirmed_at.eq(now),
            ))
            .execute(conn)?;
        if confirmed == 1 {
            return audit::record(
                conn,
                by.did(Action::LevelsConfirmed, Subject::User(volunteer_id)),
                now,
            );
        }
        let exists: i64 = theirs.count().get_result(conn)?;
        if exists == 0 {
            return Err(Error::NotFound);
        }
        Ok(())
    })
}

/// One coordinator's observation as the growth page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Observation {
    pub at: NaiveDateTime,
    /// The observer's name; `None` when their account is gone.
    pub by: Option<String>,
    pub steps: Vec<(String, i32)>,
}

/// The volunteer's observations, newest first.
pub fn observations(conn: &mut DbConn, user_id: i32) -> Result<Vec<Observation>, Error> {
    let rows: Vec<(i32, NaiveDateTime, Option<String>)> = skill_assessments::table
        .left_join(users::table.on(users::id.nullable().eq(skill_assessments::observed_by)))
        .filter(skill_assessments::user_id.eq(user_id))
        .filter(skill_assessments::kind.eq(OBSERVED))
        .order((
            skill_assessments::assessed_at.desc(),
            skill_assessments::id.desc(),
        ))
        .select((
            skill_assessments::id,
            skill_assessments::assessed_at,
            users::display_name.nullable(),
        ))
        .load(conn)?;
    let ids: Vec<i32> = rows.iter().map(|r| r.0).collect();
    let levels = levels_of(conn, &ids)?;
    Ok(rows
        .into_iter()
        .map(|(id, at, by)| Observation {
            at,
            by,
            steps: steps_of(&levels, id),
        })
        .collect())
}

/// A step on the observed scale for every working-life skill; `None` when one is missing.
pub fn observed_steps(step_of: impl Fn(&str) -> Option<i32>) -> Option<Vec<(&'static str, i32)>> {
    WORK_SKILLS
        .iter()
        .map(|skill| {
            step_of(skill)
                .filter(|s| OBSERVED_STEPS.contains(s))
                .map(|s| (*skill, s))
        })
        .collect()
}
