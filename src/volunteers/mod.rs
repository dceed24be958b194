//! Volunteers: joining through the organisation's link, the coordinator's list where
//! applicants are approved and password-reset links are made, the volunteer's own skills
//! page, and the coordinator's page about one volunteer (status, training, credentials).

pub mod detail_routes;
pub mod profile;
pub mod profile_routes;
pub mod routes;
pub mod status;

use diesel::prelude::*;

use crate::db::schema::users;
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::privacy::audit::{self, Action, Subject};
use crate::users::{Role, Status};

pub fn count_applicants(conn: &mut DbConn, organisation_id: i32) -> Result<i64, Error> {
    Ok(users::table
        .filter(users::organisation_id.eq(organisation_id))
        .filter(users::role.eq(Role::Volunteer.as_str()))
        .filter(users::status.eq(Status::Applicant.as_str()))
        .count()
        .get_result(conn)?)
}

/// Moves an applicant of this organisation into training. `false` when there is no such
/// applicant here (another organisation's volunteer, or already approved).
pub fn approve(
    conn: &mut DbConn,
    organisation_id: i32,
    volunteer_id: i32,
    by: i32,
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
                by,
            )?;
            let subject = Subject::User(volunteer_id);
            audit::record(
                conn,
                Some(organisation_id),
                Some(by),
                Action::VolunteerApproved,
                subject,
            )?;
        }
        Ok(changed == 1)
    })
}

/// Whether `volunteer_id` is a volunteer of this organisation.
pub fn belongs_to(
    conn: &mut DbConn,
    organisation_id: i32,
    volunteer_id: i32,
) -> Result<bool, Error> {
    let count: i64 = users::table
        .filter(users::id.eq(volunteer_id))
        .filter(users::organisation_id.eq(organisation_id))
        .filter(users::role.eq(Role::Volunteer.as_str()))
        .count()
        .get_result(conn)?;
    Ok(count == 1)
}
