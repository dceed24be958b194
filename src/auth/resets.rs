//! One-time password-reset links, made by a coordinator for a volunteer of their organisation
//! and passed on by hand. Using one ends every session of that person.

use chrono::Duration;
use diesel::prelude::*;

use super::tokens::{digest, new_token};
use crate::db::schema::{password_resets, users};
use crate::db::{now, write_tx, DbConn};
use crate::error::Error;
use crate::privacy::audit::{self, Action, Subject};

pub const VALID_FOR: Duration = Duration::hours(24);

pub fn create(
    conn: &mut DbConn,
    organisation_id: i32,
    user_id: i32,
    created_by: i32,
) -> Result<String, Error> {
    let token = new_token();
    let at = now();
    write_tx(conn, |conn| {
        diesel::insert_into(password_resets::table)
            .values((
                password_resets::user_id.eq(user_id),
                password_resets::token_hash.eq(digest(&token)),
                password_resets::created_by.eq(created_by),
                password_resets::created_at.eq(at),
                password_resets::expires_at.eq(at + VALID_FOR),
            ))
            .execute(conn)?;
        let subject = Subject::User(user_id);
        audit::record(
            conn,
            Some(organisation_id),
            Some(created_by),
            Action::PasswordResetLinkCreated,
            subject,
        )
    })?;
    Ok(token)
}

/// The reset and whose it is, if the link can still be used.
fn find_open(conn: &mut DbConn, token: &str) -> Result<Option<(i32, i32, Option<i32>)>, Error> {
    Ok(password_resets::table
        .inner_join(users::table)
        .filter(password_resets::token_hash.eq(digest(token)))
        .filter(password_resets::used_at.is_null())
        .filter(password_resets::expires_at.gt(now()))
        .select((password_resets::id, users::id, users::organisation_id))
        .first(conn)
        .optional()?)
}

pub fn is_open(conn: &mut DbConn, token: &str) -> Result<bool, Error> {
    Ok(find_open(conn, token)?.is_some())
}

/// Sets the new password once; `false` if the link was used, expired or never made.
pub fn complete(conn: &mut DbConn, token: &str, new_password: &str) -> Result<bool, Error> {
    write_tx(conn, |conn| {
        let Some((reset_id, user_id, organisation_id)) = find_open(conn, token)? else {
            return Ok(false);
        };
        crate::users::set_password(conn, user_id, new_password, None)?;
        diesel::update(password_resets::table.find(reset_id))
            .set(password_resets::used_at.eq(now()))
            .execute(conn)?;
        audit::record(
            conn,
            organisation_id,
            Some(user_id),
            Action::PasswordReset,
            Subject::User(user_id),
        )?;
        Ok(true)
    })
}
