//! Invitations: one-time links that let a new coordinator create their account. An admin
//! invites an organisation's first coordinator; coordinators invite further ones. Links expire.

pub mod routes;

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};

use crate::auth::sessions;
use crate::db::schema::{invitations, organisations};
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::organisations as orgs;
use crate::privacy::audit::{self, Action, Actor, Subject};
use crate::tokens::{digest, new_token};
use crate::users::{self, NewUser, Role, Status};

pub const VALID_FOR: Duration = Duration::days(7);

/// Why an invitation was not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InviteRefusal {
    /// The email already has an account: its owner should sign in.
    EmailTaken,
}

/// A new invitation: the token for its link, and the organisation's name for the mail.
#[derive(Debug, Clone)]
pub struct NewInvitation {
    pub token: String,
    pub organisation: String,
}

/// Invites `email` to become a coordinator of the organisation. `Error::NotFound` for an
/// organisation that does not exist. Whether the email already has an account is not said
/// here (that would tell anyone who has one); accepting says it to the email's owner.
pub fn invite(
    conn: &mut DbConn,
    by: Actor,
    organisation_id: i32,
    email: &str,
    now: NaiveDateTime,
) -> Result<NewInvitation, Error> {
    write_tx(conn, |conn| {
        let organisation = orgs::find(conn, organisation_id)?.ok_or(Error::NotFound)?;
        let token = create(conn, by, organisation_id, email, now)?;
        Ok(NewInvitation {
            token,
            organisation: organisation.name,
        })
    })
}

/// Creates an invitation and returns the token for its link.
pub fn create(
    conn: &mut DbConn,
    by: Actor,
    organisation_id: i32,
    email: &str,
    now: NaiveDateTime,
) -> Result<String, Error> {
    let token = new_token();
    write_tx(conn, |conn| {
        let id: i32 = diesel::insert_into(invitations::table)
            .values((
                invitations::organisation_id.eq(organisation_id),
                invitations::email.eq(users::normalise_email(email)),
                invitations::token_hash.eq(digest(&token)),
                invitations::invited_by.eq(by.user_id),
                invitations::created_at.eq(now),
                invitations::expires_at.eq(now + VALID_FOR),
            ))
            .returning(invitations::id)
            .get_result(conn)?;
        let entry = by.did_in(
            organisation_id,
            Action::InvitationCreated,
            Subject::Invitation(id),
        );
        audit::record(conn, entry, now)
    })?;
    Ok(token)
}

/// An invitation that can still be used.
#[derive(Debug, Clone, Queryable)]
pub struct OpenInvitation {
    pub id: i32,
    pub organisation_id: i32,
    pub organisation: String,
    pub email: String,
}

pub fn find_open(
    conn: &mut DbConn,
    token: &str,
    now: NaiveDateTime,
) -> Result<Option<OpenInvitation>, Error> {
    Ok(invitations::table
        .inner_join(organisations::table)
        .filter(invitations::token_hash.eq(digest(token)))
        .filter(invitations::used_at.is_null())
        .filter(invitations::expires_at.gt(now))
        .select((
            invitations::id,
            invitations::organisation_id,
            organisations::name,
            invitations::email,
        ))
        .first(conn)
        .optional()?)
}

pub enum Acceptance {
    /// The new coordinator's session token.
    Accepted(String),
    /// Used, expired or never issued.
    Closed,
    Refused(InviteRefusal),
}

/// Creates the coordinator's account and signs them in, once: the invitation is used up
/// first, under its row lock, so two acceptances at once make one account.
pub fn accept(
    conn: &mut DbConn,
    token: &str,
    display_name: &str,
    password: &str,
    locale: &str,
    now: NaiveDateTime,
) -> Result<Acceptance, Error> {
    let accepted = write_tx(conn, |conn| {
        let Some(invitation) = find_open(conn, token, now)? else {
            return Ok(Acceptance::Closed);
        };
        if users::email_taken(conn, &invitation.email)? {
            return Ok(Acceptance::Refused(InviteRefusal::EmailTaken));
        }
        let consumed = diesel::update(
            invitations::table
                .find(invitation.id)
                .filter(invitations::used_at.is_null()),
        )
        .set(invitations::used_at.eq(now))
        .execute(conn)?;
        if consumed == 0 {
            return Ok(Acceptance::Closed);
        }
        let user_id = users::create(
            conn,
            &NewUser {
                organisation_id: Some(invitation.organisation_id),
                role: Role::Coordinator,
                status: Status::Active,
                email: &invitation.email,
                display_name,
                password,
                locale,
                phone: None,
            },
            now,
        )?;
        let me = Actor {
            user_id,
            organisation_id: Some(invitation.organisation_id),
        };
        let subject = Subject::Invitation(invitation.id);
        audit::record(conn, me.did(Action::InvitationAccepted, subject), now)?;
        Ok(Acceptance::Accepted(sessions::start(conn, user_id, now)?))
    });
    match accepted {
        // The email got an account at the same moment: nothing was written, and the
        // invitation stays open.
        Err(Error::Query(DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _))) => {
            Ok(Acceptance::Refused(InviteRefusal::EmailTaken))
        }
        other => other,
    }
}

/// An invitation of an organisation that has not been used and has not expired.
#[derive(Debug, Clone, Queryable)]
pub struct PendingInvitation {
    pub email: String,
    pub expires_at: NaiveDateTime,
}

pub fn pending(
    conn: &mut DbConn,
    organisation_id: i32,
    now: NaiveDateTime,
) -> Result<Vec<PendingInvitation>, Error> {
    Ok(invitations::table
        .filter(invitations::organisation_id.eq(organisation_id))
        .filter(invitations::used_at.is_null())
        .filter(invitations::expires_at.gt(now))
        .select((invitations::email, invitations::expires_at))
        .order(invitations::id.desc())
        .load(conn)?)
}
