//! Group trainings: a coordinator records one session of a module (its date, its trainer and
//! who attended), and every attendee gets the module's completion at once. Attendees rate the
//! session once; a module's ratings are shown only from `MEANS_FROM` answers on, so that no
//! single person's answer can be read off.

use std::collections::BTreeSet;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};

use super::Module;
use crate::db::schema::{
    training_attendees, training_completions, training_modules, training_ratings,
    training_sessions, users,
};
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::privacy::audit::{self, Action, Actor, Subject};
use crate::users::{Role, Status};

/// The longest trainer's name a coordinator may type.
pub const MAX_TRAINER: usize = 120;

/// A module's means are shown from this many answers on.
pub const MEANS_FROM: i64 = 3;

/// The answers run from 1 to this.
pub const SCALE_TOP: i32 = 5;

/// A group training to record; checked for form problems by the caller.
#[derive(Debug, Clone)]
pub struct NewSession {
    pub module_id: i32,
    pub held_on: NaiveDate,
    pub trainer: String,
    pub attendees: Vec<i32>,
}

/// Someone who may be marked as attending: a volunteer (not one who has left) or a
/// coordinator of the organisation.
#[derive(Debug, Clone, Queryable)]
pub struct Attendee {
    pub id: i32,
    pub display_name: String,
    #[diesel(deserialize_as = String)]
    pub role: Role,
}

/// The organisation's volunteers and coordinators who may attend, coordinators first.
pub fn attendee_choices(conn: &mut DbConn, organisation_id: i32) -> Result<Vec<Attendee>, Error> {
    let mut people: Vec<Attendee> = users::table
        .filter(users::organisation_id.eq(organisation_id))
        .filter(users::role.eq_any([Role::Volunteer.as_str(), Role::Coordinator.as_str()]))
        .filter(users::status.ne(Status::Left.as_str()))
        .select((users::id, users::display_name, users::role))
        .order((users::display_name, users::id))
        .load(conn)?;
    people.sort_by_key(|p| p.role != Role::Coordinator);
    Ok(people)
}

/// Records a group training and gives each attendee the module's completion on its day,
/// recorded by the coordinator; an attendee who already had it keeps the earlier one.
/// `Error::NotFound` when the module or an attendee is not the organisation's.
pub fn record(
    conn: &mut DbConn,
    by: Actor,
    organisation_id: i32,
    plan: &NewSession,
    now: NaiveDateTime,
) -> Result<i32, Error> {
    let attendees: BTreeSet<i32> = plan.attendees.iter().copied().collect();
    write_tx(conn, |conn| {
        let ours: i64 = training_modules::table
            .filter(training_modules::id.eq(plan.module_id))
            .filter(training_modules::organisation_id.eq(organisation_id))
            .count()
            .get_result(conn)?;
        let choices: BTreeSet<i32> = attendee_choices(conn, organisation_id)?
            .into_iter()
            .map(|a| a.id)
            .collect();
        if ours == 0 || attendees.is_empty() || !attendees.is_subset(&choices) {
            return Err(Error::NotFound);
        }
        let id: i32 = diesel::insert_into(training_sessions::table)
            .values((
                training_sessions::organisation_id.eq(organisation_id),
                training_sessions::module_id.eq(plan.module_id),
                training_sessions::held_on.eq(plan.held_on),
                training_sessions::trainer.eq(plan.trainer.trim()),
                training_sessions::recorded_by.eq(by.user_id),
                training_sessions::recorded_at.eq(now),
            ))
            .returning(training_sessions::id)
            .get_result(conn)?;
        for &user_id in &attendees {
            diesel::insert_into(training_attendees::table)
                .values((
                    training_attendees::session_id.eq(id),
                    training_attendees::user_id.eq(user_id),
                ))
                .execute(conn)?;
            complete_once(conn, plan.module_id, user_id, plan.held_on, by.user_id, now)?;
        }
        let subject = Subject::TrainingModule(plan.module_id);
        let entry = by.did_in(organisation_id, Action::TrainingSessionRecorded, subject);
        audit::record(conn, entry, now)?;
        Ok(id)
    })
}

/// The completion unless the person has one already. In its own savepoint, so that a
/// completion recorded at the same moment elsewhere (a unique violation) leaves the rest of
/// the session standing on PostgreSQL too.
fn complete_once(
    conn: &mut DbConn,
    module_id: i32,
    user_id: i32,
    completed_on: NaiveDate,
    by_user: i32,
    now: NaiveDateTime,
) -> Result<(), Error> {
    let had: i64 = training_completions::table
        .filter(training_completions::module_id.eq(module_id))
        .filter(training_completions::user_id.eq(user_id))
        .count()
        .get_result(conn)?;
    if had > 0 {
        return Ok(());
    }
    let inserted = write_tx(conn, |conn| {
        diesel::insert_into(training_completions::table)
            .values((
                training_completions::module_id.eq(module_id),
                training_completions::user_id.eq(user_id),
                training_completions::completed_on.eq(completed_on),
                training_completions::recorded_by.eq(by_user),
                training_completions::recorded_at.eq(now),
            ))
            .execute(conn)
    });
    match inserted {
        Ok(_) | Err(DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _)) => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// One training session as an attendee sees it.
#[derive(Debug, Clone, Queryable)]
pub struct Attended {
    pub id: i32,
    pub module: Module,
    pub held_on: NaiveDate,
    pub trainer: String,
    /// Whether this person has rated it.
    pub rated: bool,
}

/// The sessions `user_id` attended, the latest first.
pub fn attended(conn: &mut DbConn, user_id: i32) -> Result<Vec<Attended>, Error> {
    attended_query(conn, user_id, None)
}

/// One session `user_id` attended; `Error::NotFound` for any other.
pub fn attended_one(conn: &mut DbConn, user_id: i32, session_id: i32) -> Result<Attended, Error> {
    attended_query(conn, user_id, Some(session_id))?
        .into_iter()
        .next()
        .ok_or(Error::NotFound)
}

fn attended_query(
    conn: &mut DbConn,
    user_id: i32,
    session_id: Option<i32>,
) -> Result<Vec<Attended>, Error> {
    let mut query = training_attendees::table
        .inner_join(training_sessions::table.inner_join(training_modules::table))
        .left_join(
            training_ratings::table.on(training_ratings::session_id
                .eq(training_attendees::session_id)
                .and(training_ratings::user_id.eq(training_attendees::user_id))),
        )
        .filter(training_attendees::user_id.eq(user_id))
        // Only while the person still belongs to the session's organisation.
        .filter(
            training_sessions::organisation_id.nullable().eq_any(
                users::table
                    .filter(users::id.eq(user_id))
                    .select(users::organisation_id),
            ),
        )
        .select((
            training_sessions::id,
            (
                training_modules::id,
                training_modules::seed_key,
                training_modules::title,
                training_modules::required,
            ),
            training_sessions::held_on,
            training_sessions::trainer,
            training_ratings::user_id.nullable().is_not_null(),
        ))
        .order((
            training_sessions::held_on.desc(),
            training_sessions::id.desc(),
        ))
        .into_boxed();
    if let Some(id) = session_id {
        query = query.filter(training_sessions::id.eq(id));
    }
    Ok(query.load(conn)?)
}

/// One attendee's answers, each 1 to `SCALE_TOP`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rating {
    pub satisfaction: i32,
    pub usefulness: i32,
}

/// What became of a rating.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rated {
    New,
    /// The person had rated this session already: nothing changed.
    Already,
}

/// An attendee rates a session, once. `Error::NotFound` when they did not attend it;
/// `Error::Invalid` for an answer off the scale.
pub fn rate(
    conn: &mut DbConn,
    user_id: i32,
    session_id: i32,
    rating: Rating,
    now: NaiveDateTime,
) -> Result<Rated, Error> {
    let on_scale = |n: i32| (1..=SCALE_TOP).contains(&n);
    if !on_scale(rating.satisfaction) || !on_scale(rating.usefulness) {
        return Err(Error::Invalid);
    }
    let outcome = write_tx(conn, |conn| {
        let session = attended_one(conn, user_id, session_id)?;
        if session.rated {
            return Ok(Rated::Already);
        }
        diesel::insert_into(training_ratings::table)
            .values((
                training_ratings::session_id.eq(session_id),
                training_ratings::user_id.eq(user_id),
                training_ratings::satisfaction.eq(rating.satisfaction),
                training_ratings::usefulness.eq(rating.usefulness),
                training_ratings::rated_at.eq(now),
            ))
            .execute(conn)?;
        Ok(Rated::New)
    });
    // Two sends at once: the key lets one in, and the other finds it was already done.
    match outcome {
        Err(Error::Query(DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _))) => {
            Ok(Rated::Already)
        }
        other => other,
    }
}

/// A module's ratings: how many answers, and the means (to one decimal) once there are
/// `MEANS_FROM` of them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ModuleRatings {
    pub module_id: i32,
    pub answers: i64,
    pub satisfaction: Option<f64>,
    pub usefulness: Option<f64>,
}

/// The ratings of every module of the organisation that has any.
pub fn module_ratings(
    conn: &mut DbConn,
    organisation_id: i32,
) -> Result<Vec<ModuleRatings>, Error> {
    let rows: Vec<(i32, i32, i32)> = training_ratings::table
        .inner_join(training_sessions::table)
        .filter(training_sessions::organisation_id.eq(organisation_id))
        .select((
            training_sessions::module_id,
            training_ratings::satisfaction,
            training_ratings::usefulness,
        ))
        .order(training_sessions::module_id)
        .load(conn)?;
    Ok(summarise(&rows))
}

/// (module, satisfaction, usefulness) rows, ordered by module, to one line per module.
pub fn summarise(rows: &[(i32, i32, i32)]) -> Vec<ModuleRatings> {
    let mut out: Vec<ModuleRatings> = Vec::new();
    for chunk in rows.chunk_by(|a, b| a.0 == b.0) {
        let answers = chunk.len() as i64;
        let mean = |pick: fn(&(i32, i32, i32)) -> i32| {
            let sum: i64 = chunk.iter().map(|r| i64::from(pick(r))).sum();
            // Rounded to tenths so that the page shows one decimal and nothing finer.
            (answers >= MEANS_FROM).then(|| (sum as f64 * 10.0 / answers as f64).round() / 10.0)
        };
        out.push(ModuleRatings {
            module_id: chunk[0].0,
            answers,
            satisfaction: mean(|r| r.1),
            usefulness: mean(|r| r.2),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn means_wait_for_three_answers_and_are_rounded_to_tenths() {
        let two = summarise(&[(1, 5, 4), (1, 3, 2)]);
        assert_eq!(two[0].answers, 2);
        assert_eq!(two[0].satisfaction, None);
        let three = summarise(&[(1, 5, 4), (1, 4, 2), (1, 4, 2), (2, 1, 1)]);
        assert_eq!(three[0].satisfaction, Some(4.3));
        assert_eq!(three[0].usefulness, Some(2.7));
        assert_eq!(three[1].answers, 1);
    }
}
