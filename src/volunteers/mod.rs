//! Volunteers: joining through the organisation's link, the coordinator's list where
//! applicants are approved, the volunteer's own skills (`profile`), and their status over
//! time (`status`). Pages: `routes` (joining, the list), `profile_routes` (the volunteer's own
//! skills page) and `detail_routes` (the coordinator's page about one volunteer).

pub mod detail_routes;
pub mod profile;
pub mod profile_routes;
pub mod routes;
pub mod status;

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};

use crate::auth::sessions;
use crate::db::schema::{join_requests, users};
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::limits::{self, MAILS_PER_ADDRESS};
use crate::privacy::audit::{self, Action, Actor, Subject};
use crate::queue::{self, live::Live};
use crate::tokens::{digest, new_token};
use crate::users::{self as accounts, password, Person, Role, Status, WrongPassword};

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

/// A join link mailed to the applicant is good for this long.
pub const JOIN_LINK_VALID_FOR: Duration = Duration::days(2);

/// What to mail after someone asked to join. The page says the same in every case but
/// `TooMany`, so the form does not tell who already has an account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JoinMail {
    /// The link that finishes joining.
    Confirm { token: String },
    /// The email already has an account: tell its owner, who may have forgotten.
    AlreadyMember,
    /// This address asked too often.
    TooMany,
}

/// Someone asks to join the organisation: nothing is an account until they open the link
/// mailed to them. The password is kept only as its hash.
pub fn request_join(
    conn: &mut DbConn,
    organisation_id: i32,
    applicant: &Applicant<'_>,
    address: &str,
    now: NaiveDateTime,
) -> Result<JoinMail, Error> {
    let hash = password::hash(applicant.password)?;
    write_tx(conn, |conn| {
        if !limits::allow(conn, MAILS_PER_ADDRESS, address, now)? {
            return Ok(JoinMail::TooMany);
        }
        if accounts::email_taken(conn, applicant.email)? {
            return Ok(JoinMail::AlreadyMember);
        }
        let token = new_token();
        diesel::insert_into(join_requests::table)
            .values((
                join_requests::organisation_id.eq(organisation_id),
                join_requests::token_hash.eq(digest(&token)),
                join_requests::email.eq(accounts::normalise_email(applicant.email)),
                join_requests::display_name.eq(applicant.display_name.trim()),
                join_requests::password_hash.eq(&hash),
                join_requests::locale.eq(applicant.locale),
                join_requests::phone.eq(Some(applicant.phone.trim()).filter(|p| !p.is_empty())),
                join_requests::created_at.eq(now),
                join_requests::expires_at.eq(now + JOIN_LINK_VALID_FOR),
            ))
            .execute(conn)?;
        Ok(JoinMail::Confirm { token })
    })
}

#[derive(Queryable)]
struct JoinRow {
    id: i32,
    organisation_id: i32,
    email: String,
    display_name: String,
    password_hash: String,
    locale: String,
    phone: Option<String>,
}

/// The new volunteer's session and interface language, after they opened their link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Joined {
    pub session: String,
    pub locale: String,
}

/// Why a join link did not make an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JoinRefusal {
    /// Used, expired or never made.
    Closed,
    /// The email got an account in the meantime (the same person opening two links).
    EmailTaken,
}

/// Whether a join link from a mail can still be used (the page asks before it is used, so a
/// mail program opening links ahead of its reader uses nothing).
pub fn join_link_open(conn: &mut DbConn, token: &str, now: NaiveDateTime) -> Result<bool, Error> {
    let open: i64 = join_requests::table
        .filter(join_requests::token_hash.eq(digest(token)))
        .filter(join_requests::used_at.is_null())
        .filter(join_requests::expires_at.gt(now))
        .count()
        .get_result(conn)?;
    Ok(open > 0)
}

/// The applicant opens the link mailed to them: they become an applicant of the organisation,
/// signed in at once so they can see where they stand. The link is used up first, so opening
/// it twice at once makes one account.
pub fn confirm_join(
    conn: &mut DbConn,
    token: &str,
    now: NaiveDateTime,
) -> Result<Result<Joined, JoinRefusal>, Error> {
    let joined = write_tx(conn, |conn| {
        let row: Option<JoinRow> = join_requests::table
            .filter(join_requests::token_hash.eq(digest(token)))
            .filter(join_requests::used_at.is_null())
            .filter(join_requests::expires_at.gt(now))
            .select((
                join_requests::id,
                join_requests::organisation_id,
                join_requests::email,
                join_requests::display_name,
                join_requests::password_hash,
                join_requests::locale,
                join_requests::phone,
            ))
            .first(conn)
            .optional()?;
        let Some(row) = row else {
            return Ok(Err(JoinRefusal::Closed));
        };
        let consumed = diesel::update(
            join_requests::table
                .find(row.id)
                .filter(join_requests::used_at.is_null()),
        )
        .set(join_requests::used_at.eq(now))
        .execute(conn)?;
        if consumed == 0 {
            return Ok(Err(JoinRefusal::Closed));
        }
        if accounts::email_taken(conn, &row.email)? {
            return Ok(Err(JoinRefusal::EmailTaken));
        }
        let id = accounts::create_hashed(
            conn,
            &accounts::HashedUser {
                organisation_id: Some(row.organisation_id),
                role: Role::Volunteer,
                status: Status::Applicant,
                email: &row.email,
                display_name: &row.display_name,
                password_hash: &row.password_hash,
                locale: &row.locale,
                phone: row.phone.as_deref(),
            },
            now,
        )?;
        let me = Actor {
            user_id: id,
            organisation_id: Some(row.organisation_id),
        };
        audit::record(
            conn,
            me.did(Action::VolunteerRegistered, Subject::User(id)),
            now,
        )?;
        Ok(Ok(Joined {
            session: sessions::start(conn, id, now)?,
            locale: row.locale,
        }))
    });
    match joined {
        Err(Error::Query(DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _))) => {
            Ok(Err(JoinRefusal::EmailTaken))
        }
        other => other,
    }
}

/// A volunteer deletes their own account, confirming with their password: they leave duty
/// first (the people matched with them go back to the queue at their place), then the
/// account goes.
pub fn delete_own_account(
    conn: &mut DbConn,
    live: &Live,
    me: Actor,
    given_password: &str,
    now: NaiveDateTime,
) -> Result<Result<(), WrongPassword>, Error> {
    if !accounts::password_matches(conn, me.user_id, given_password)? {
        return Ok(Err(WrongPassword));
    }
    write_tx(conn, |conn| {
        queue::return_tickets_of(conn, live, me.user_id, now)?;
        accounts::delete_own(conn, me, given_password, now)
    })
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

/// Moves an applicant of this organisation into training, and mails them. `false` when there is no such
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
            crate::reminders::enqueue(
                conn,
                &crate::reminders::Reminder::approved(volunteer_id),
                now,
            )?;
        }
        Ok(changed == 1)
    })
}

/// Removes the join requests whose link was used or has expired: they hold a name, an email
/// and a password hash of someone who may never have become a volunteer.
pub fn purge_join_requests(conn: &mut DbConn, now: NaiveDateTime) -> Result<usize, Error> {
    Ok(diesel::delete(
        join_requests::table.filter(
            join_requests::used_at
                .is_not_null()
                .or(join_requests::expires_at.lt(now)),
        ),
    )
    .execute(conn)?)
}
