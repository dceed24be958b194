//! Invitations: one-time links that let a new coordinator create their account. An admin
//! invites an organisation's first coordinator; coordinators invite further ones. Links expire.

pub mod routes;

use chrono::Duration;
use diesel::prelude::*;

use crate::auth::sessions;
use crate::auth::tokens::{digest, new_token};
use crate::db::schema::{invitations, organisations};
use crate::db::{now, write_tx, DbConn};
use crate::error::Error;
use crate::privacy::audit::{self, Action, Subject};
use crate::users::{self, NewUser, Role, Status};

pub const VALID_FOR: Duration = Duration::days(7);

/// Creates an invitation and returns the token for its link.
pub fn create(
    conn: &mut DbConn,
    organisation_id: i32,
    email: &str,
    invited_by: i32,
) -> Result<String, Error> {
    let token = new_token();
    let at = now();
    write_tx(conn, |conn| {
        let id: i32 = diesel::insert_into(invitations::table)
            .values((
                invitations::organisation_id.eq(organisation_id),
                invitations::email.eq(users::normalise_email(email)),
                invitations::token_hash.eq(digest(&token)),
                invitations::invited_by.eq(invited_by),
                invitations::created_at.eq(at),
                invitations::expires_at.eq(at + VALID_FOR),
            ))
            .returning(invitations::id)
            .get_result(conn)?;
        let subject = Subject::Invitation(id);
        audit::record(
            conn,
            Some(organisation_id),
            Some(invited_by),
            Action::InvitationCreated,
            subject,
        )
    })?;
    Ok(token)
}

/// An invitation that can still be used.
#[derive(Debug, Clone)]
pub struct OpenInvitation {
    pub id: i32,
    pub organisation_id: i32,
    pub organisation: String,
    pub email: String,
}

pub fn find_open(conn: &mut DbConn, token: &str) -> Result<Option<OpenInvitation>, Error> {
    let row: Option<(i32, i32, String, String)> = invitations::table
        .inner_join(organisations::table)
        .filter(invitations::token_hash.eq(digest(token)))
        .filter(invitations::used_at.is_null())
        .filter(invitations::expires_at.gt(now()))
        .select((
            invitations::id,
            invitations::organisation_id,
            organisations::name,
            invitations::email,
        ))
        .first(conn)
        .optional()?;
    Ok(row.map(
        |(id, organisation_id, organisation, email)| OpenInvitation {
            id,
            organisation_id,
            organisation,
            email,
        },
    ))
}

pub enum Acceptance {
    /// The new coordinator's session token.
    Accepted(String),
    /// Used, expired or never issued.
    Closed,
    EmailTaken,
}

/// Creates the coordinator's account and signs them in, once.
pub fn accept(
    conn: &mut DbConn,
    token: &str,
    display_name: &str,
    password: &str,
    locale: &str,
) -> Result<Acceptance, Error> {
    write_tx(conn, |conn| {
        let Some(invitation) = find_open(conn, token)? else {
            return Ok(Acceptance::Closed);
        };
        if users::email_taken(conn, &invitation.email)? {
            return Ok(Acceptance::EmailTaken);
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
        )?;
        diesel::update(invitations::table.find(invitation.id))
            .set(invitations::used_at.eq(now()))
            .execute(conn)?;
        let org = Some(invitation.organisation_id);
        audit::record(
            conn,
            org,
            Some(user_id),
            Action::InvitationAccepted,
            Subject::Invitation(invitation.id),
        )?;
        Ok(Acceptance::Accepted(sessions::start(conn, user_id)?))
    })
}

/// Invitations of an organisation that have not been used and have not expired.
#[derive(Debug, serde::Serialize)]
pub struct PendingInvitation {
    pub email: String,
    pub expires: String,
}

pub fn pending(
    conn: &mut DbConn,
    organisation_id: i32,
    locale: crate::i18n::Locale,
) -> Result<Vec<PendingInvitation>, Error> {
    let rows: Vec<(String, chrono::NaiveDateTime)> = invitations::table
        .filter(invitations::organisation_id.eq(organisation_id))
        .filter(invitations::used_at.is_null())
        .filter(invitations::expires_at.gt(now()))
        .select((invitations::email, invitations::expires_at))
        .order(invitations::id.desc())
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(email, expires)| PendingInvitation {
            email,
            expires: crate::i18n::format_datetime(locale, expires),
        })
        .collect())
}
