//! A volunteer's status over time: coordinators move them between applicant, in training,
//! active, paused and left, and each move is kept with its date and who made it. Nobody
//! becomes active before every required training of their organisation is done.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{status_changes, users};
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::privacy::audit::{self, Action, Actor, Subject};
use crate::queue::{self, live::Live};
use crate::reminders::{self, Reminder};
use crate::shifts::signups;
use crate::training::{self, Module};
use crate::users::{Role, Status};

/// Keeps one move in the history; the caller changes `users.status` in the same transaction.
pub fn record(
    conn: &mut DbConn,
    user_id: i32,
    from: Status,
    to: Status,
    by_user: i32,
    now: NaiveDateTime,
) -> Result<(), Error> {
    diesel::insert_into(status_changes::table)
        .values((
            status_changes::user_id.eq(user_id),
            status_changes::from_status.eq(from.as_str()),
            status_changes::to_status.eq(to.as_str()),
            status_changes::changed_by.eq(by_user),
            status_changes::changed_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// The status of a volunteer of this organisation; `Error::NotFound` for anyone else.
pub fn current(conn: &mut DbConn, organisation_id: i32, user_id: i32) -> Result<Status, Error> {
    let stored: Option<String> = users::table
        .filter(users::id.eq(user_id))
        .filter(users::organisation_id.eq(organisation_id))
        .filter(users::role.eq(Role::Volunteer.as_str()))
        .select(users::status)
        .first(conn)
        .optional()?;
    Ok(Status::try_from(stored.ok_or(Error::NotFound)?)?)
}

/// What a requested change came to.
#[derive(Debug)]
pub enum Outcome {
    Changed,
    /// The volunteer already had that status; nothing was written.
    Unchanged,
    /// Refused: `active` needs these required modules first.
    TrainingMissing(Vec<Module>),
}

/// Moves a volunteer of this organisation to `to`, with the history row and the audit event
/// in one transaction. The training check runs inside it, so a completion removed at the same
/// moment cannot slip through. A volunteer who may no longer be on duty (paused, left, back
/// to applicant) leaves it at once: checked out, and the people matched with them go back to
/// the queue at their place.
pub fn change(
    conn: &mut DbConn,
    live: &Live,
    by: Actor,
    organisation_id: i32,
    user_id: i32,
    to: Status,
    now: NaiveDateTime,
) -> Result<Outcome, Error> {
    write_tx(conn, |conn| {
        let from = current(conn, organisation_id, user_id)?;
        if from == to {
            return Ok(Outcome::Unchanged);
        }
        if to == Status::Active {
            let missing = training::missing_required(conn, organisation_id, user_id)?;
            if !missing.is_empty() {
                return Ok(Outcome::TrainingMissing(missing));
            }
        }
        diesel::update(users::table.find(user_id))
            .set(users::status.eq(to.as_str()))
            .execute(conn)?;
        if !matches!(to, Status::Active | Status::InTraining) {
            signups::leave_duty(conn, user_id, now)?;
            queue::return_tickets_of(conn, live, user_id, now)?;
        }
        record(conn, user_id, from, to, by.user_id, now)?;
        let mail = match (from, to) {
            (_, Status::Active) => Some(Reminder::activated(user_id, now)),
            (Status::Applicant, Status::InTraining) => Some(Reminder::approved(user_id)),
            _ => None,
        };
        if let Some(mail) = mail {
            reminders::enqueue(conn, &mail, now)?;
        }
        let entry = by.did_in(
            organisation_id,
            Action::VolunteerStatusChanged,
            Subject::User(user_id),
        );
        audit::record(conn, entry, now)?;
        Ok(Outcome::Changed)
    })
}

/// One move in a volunteer's history.
#[derive(Debug, Clone, Queryable)]
pub struct StatusChange {
    pub at: NaiveDateTime,
    #[diesel(deserialize_as = String)]
    pub from: Status,
    #[diesel(deserialize_as = String)]
    pub to: Status,
    /// `None` when the coordinator's account has since been deleted.
    pub by: Option<String>,
}

/// A volunteer's moves, newest first.
pub fn history(conn: &mut DbConn, user_id: i32) -> Result<Vec<StatusChange>, Error> {
    Ok(status_changes::table
        .left_join(users::table.on(users::id.nullable().eq(status_changes::changed_by)))
        .filter(status_changes::user_id.eq(user_id))
        .select((
            status_changes::changed_at,
            status_changes::from_status,
            status_changes::to_status,
            users::display_name.nullable(),
        ))
        .order((status_changes::changed_at.desc(), status_changes::id.desc()))
        .load(conn)?)
}
