//! Volunteers: joining through the organisation's link, the coordinator's list where
//! applicants are approved, the volunteer's own skills (`profile`), and their status over
//! time (`status`). Pages: `routes` (joining, the list), `profile_routes` (the volunteer's own
//! skills page) and `detail_routes` (the coordinator's page about one volunteer).

pub mod detail_routes;
pub mod profile;
pub mod profile_routes;
pub mod routes;
pub mod status;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};

use crate::auth::sessions;
use crate::db::schema::users;
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::privacy::audit::{self, Action, Actor, Subject};
use crate::users::{self as accounts, NewUser, Person, Role, Status};

pub fn count_applicants(conn: &mut DbConn, organisation_id: i32) -> Result<i64, Error> {
    Ok(users::table
        .filter(users::organisation_id.eq(organisation_id))
        .filter(users::role.eq(Role::Volunteer.as_str()))
        .filter(users::status.eq(Status::Applicant.as_str()))
        .count()
        .get_result(conn)?)
}

/// Someone joining through the organisation's link, as checked by the form.
pub struct Applicant<'a> {
    pub display_name: &'a str,
    pub email: &'a str,
    pub password: &'a str,
    pub locale: &'a str,
    pub phone: &'a str,
}

/// Why joining was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JoinRefusal {
    EmailTaken,
}

/// A new volunteer is an applicant, signed in at once so they can see where they stand.
/// Returns the new session's token. Two joins with one email at once: one account, and the
/// other is told the email is taken.
pub fn join(
    conn: &mut DbConn,
    organisation_id: i32,
    applicant: &Applicant<'_>,
    now: NaiveDateTime,
) -> Result<Result<String, JoinRefusal>, Error> {
    let joined = write_tx(conn, |conn| {
        if accounts::email_taken(conn, applicant.email)? {
            return Ok(Err(JoinRefusal::EmailTaken));
        }
        let new = NewUser {
            organisation_id: Some(organisation_id),
            role: Role::Volunteer,
            status: Status::Applicant,
            email: applicant.email,
            display_name: applicant.display_name,
            password: applicant.password,
            locale: applicant.locale,
            phone: Some(applicant.phone),
        };
        let id = accounts::create(conn, &new, now)?;
        let me = Actor {
            user_id: id,
            organisation_id: Some(organisation_id),
        };
        audit::record(
            conn,
            me.did(Action::VolunteerRegistered, Subject::User(id)),
            now,
        )?;
        Ok(Ok(sessions::start(conn, id, now)?))
    });
    match joined {
        Err(Error::Query(DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _))) => {
            Ok(Err(JoinRefusal::EmailTaken))
        }
        other => other,
    }
}

/// The organisation's volunteers as a coordinator opens the list: staff views of volunteers'
/// data are audited (DESIGN.md §7).
pub fn list_as_staff(
    conn: &mut DbConn,
    by: Actor,
    organisation_id: i32,
    now: NaiveDateTime,
) -> Result<Vec<Person>, Error> {
    let volunteers = accounts::people(conn, organisation_id, Role::Volunteer)?;
    let subject = Subject::Organisation(organisation_id);
    let entry = by.did_in(organisation_id, Action::VolunteersViewed, subject);
    audit::record(conn, entry, now)?;
    Ok(volunteers)
}

/// Moves an applicant of this organisation into training. `false` when there is no such
/// applicant here (another organisation's volunteer, or already approved).
pub fn approve(
    conn: &mut DbConn,
    by: Actor,
    organisation_id: i32,
    volunteer_id: i32,
    now: NaiveDateTime,
) -> Result<bool, Error> {
    write_tx(conn, |conn| {
        let changed = diesel::update(
            users::table
                .filter(users::id.eq(volunteer_id))
                .filter(users::organisation_id.eq(organisation_id))
                .filter(users::role.eq(Role::Volunteer.as_str()))
                .filter(users::status.eq(Status::Applicant.as_str())),
        )
        .set(users::status.eq(Status::InTraining.as_str()))
        .execute(conn)?;
        if changed == 1 {
            status::record(
                conn,
                volunteer_id,
                Status::Applicant,
                Status::InTraining,
                by.user_id,
                now,
            )?;
            let subject = Subject::User(volunteer_id);
            let entry = by.did_in(organisation_id, Action::VolunteerApproved, subject);
            audit::record(conn, entry, now)?;
        }
        Ok(changed == 1)
    })
}
