//! One-time password-reset links: made by a coordinator for a volunteer of their organisation
//! and passed on by hand, or asked for by email by someone who forgot their password. Using
//! one ends every session of that person.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::sessions;
use crate::db::schema::{password_resets, users};
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::limits::{self, MAILS_PER_ADDRESS, RESET_MAILS_PER_EMAIL};
use crate::privacy::audit::{self, Action, Actor, Entry, Subject};
use crate::tokens::{digest, new_token};

pub const VALID_FOR: Duration = Duration::hours(24);

/// A coordinator makes a link for a volunteer of their organisation; `Error::NotFound` for
/// anyone else. Returns the token for the link.
pub fn create(
    conn: &mut DbConn,
    by: Actor,
    organisation_id: i32,
    user_id: i32,
    at: NaiveDateTime,
) -> Result<String, Error> {
    let token = new_token();
    write_tx(conn, |conn| {
        if !crate::users::is_volunteer_of(conn, organisation_id, user_id)? {
            return Err(Error::NotFound);
        }
        diesel::insert_into(password_resets::table)
            .values((
                password_resets::user_id.eq(user_id),
                password_resets::token_hash.eq(digest(&token)),
                password_resets::created_by.eq(by.user_id),
                password_resets::created_at.eq(at),
                password_resets::expires_at.eq(at + VALID_FOR),
            ))
            .execute(conn)?;
        let entry = by.did_in(
            organisation_id,
            Action::PasswordResetLinkCreated,
            Subject::User(user_id),
        );
        audit::record(conn, entry, at)
    })?;
    Ok(token)
}

/// A reset link that can still be used, and whose it is.
#[derive(Debug, Queryable)]
struct OpenReset {
    id: i32,
    user_id: i32,
    organisation_id: Option<i32>,
}

fn find_open(
    conn: &mut DbConn,
    token: &str,
    now: NaiveDateTime,
) -> Result<Option<OpenReset>, Error> {
    Ok(password_resets::table
        .inner_join(users::table)
        .filter(password_resets::token_hash.eq(digest(token)))
        .filter(password_resets::used_at.is_null())
        .filter(password_resets::expires_at.gt(now))
        .select((password_resets::id, users::id, users::organisation_id))
        .first(conn)
        .optional()?)
}

pub fn is_open(conn: &mut DbConn, token: &str, now: NaiveDateTime) -> Result<bool, Error> {
    Ok(find_open(conn, token, now)?.is_some())
}

/// Sets the new password once and ends every session of the person; `false` if the link was
/// used, expired or never made.
pub fn complete(
    conn: &mut DbConn,
    token: &str,
    new_password: &str,
    now: NaiveDateTime,
) -> Result<bool, Error> {
    write_tx(conn, |conn| {
        let Some(reset) = find_open(conn, token, now)? else {
            return Ok(false);
        };
        // Used up first, and only if nobody else did in the meantime: on PostgreSQL a second
        // use waits for this row and then finds it used.
        let consumed = diesel::update(
            password_resets::table
                .find(reset.id)
                .filter(password_resets::used_at.is_null()),
        )
        .set(password_resets::used_at.eq(now))
        .execute(conn)?;
        if consumed == 0 {
            return Ok(false);
        }
        crate::users::set_password(conn, reset.user_id, new_password)?;
        sessions::end_all_for_user(conn, reset.user_id, None)?;
        let me = Actor {
            user_id: reset.user_id,
            organisation_id: reset.organisation_id,
        };
        audit::record(
            conn,
            me.did(Action::PasswordReset, Subject::User(reset.user_id)),
            now,
        )?;
        Ok(true)
    })
}

/// What asking for a password link by email came to. The page answers the same for every
/// case but `TooMany`, so nobody can find out who has an account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Requested {
    /// A link to mail to the account's owner, in their language.
    Link { token: String, locale: String },
    /// No account has the email, or it asked too often: nothing is sent.
    Nothing,
    /// This address asked too often.
    TooMany,
}

/// Someone who forgot their password asks for a link by email.
pub fn request(
    conn: &mut DbConn,
    email: &str,
    address: &str,
    now: NaiveDateTime,
) -> Result<Requested, Error> {
    write_tx(conn, |conn| {
        if !limits::allow(conn, MAILS_PER_ADDRESS, address, now)? {
            return Ok(Requested::TooMany);
        }
        let Some(account) = crate::users::credentials(conn, email)? else {
            return Ok(Requested::Nothing);
        };
        if !limits::allow(conn, RESET_MAILS_PER_EMAIL, &account.id.to_string(), now)? {
            return Ok(Requested::Nothing);
        }
        let token = new_token();
        diesel::insert_into(password_resets::table)
            .values((
                password_resets::user_id.eq(account.id),
                password_resets::token_hash.eq(digest(&token)),
                password_resets::created_by.eq(None::<i32>),
                password_resets::created_at.eq(now),
                password_resets::expires_at.eq(now + VALID_FOR),
            ))
            .execute(conn)?;
        let entry = Entry::without_actor(
            account.organisation_id,
            Action::PasswordResetRequested,
            Subject::User(account.id),
        );
        audit::record(conn, entry, now)?;
        Ok(Requested::Link {
            token,
            locale: account.locale,
        })
    })
}
