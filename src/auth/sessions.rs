//! Server-side sign-in sessions. The cookie holds a random token; the database holds its hash,
//! so signing out or revoking works on every app server at once.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::tokens::{digest, new_token};
use crate::db::schema::{login_sessions, users};
use crate::db::{now, DbConn};
use crate::error::Error;
use crate::users::Role;

pub const SESSION_COOKIE: &str = "dk_session";
/// A session ends after this long without a request...
pub const IDLE_LIMIT: Duration = Duration::hours(8);
/// ...and after this long in any case.
pub const ABSOLUTE_LIMIT: Duration = Duration::days(30);
/// `last_seen_at` is written at most this often, not on every request.
const TOUCH_INTERVAL: Duration = Duration::minutes(1);

/// A signed-in person as the request sees them.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub session_id: i32,
    pub csrf_token: String,
    pub user_id: i32,
    pub organisation_id: Option<i32>,
    pub role: Role,
    pub status: String,
    pub display_name: String,
    pub locale: String,
}

/// Starts a session and returns the token for the cookie.
pub fn start(conn: &mut DbConn, user_id: i32) -> Result<String, Error> {
    let token = new_token();
    let at = now();
    diesel::insert_into(login_sessions::table)
        .values((
            login_sessions::user_id.eq(user_id),
            login_sessions::token_hash.eq(digest(&token)),
            login_sessions::csrf_token.eq(new_token()),
            login_sessions::created_at.eq(at),
            login_sessions::last_seen_at.eq(at),
        ))
        .execute(conn)?;
    Ok(token)
}

type Row = (
    i32,
    String,
    NaiveDateTime,
    NaiveDateTime,
    i32,
    Option<i32>,
    String,
    String,
    String,
    String,
);

/// The session behind a cookie token, if it is still alive. An expired one is removed.
pub fn find(conn: &mut DbConn, token: &str) -> Result<Option<CurrentUser>, Error> {
    let row: Option<Row> = login_sessions::table
        .inner_join(users::table)
        .filter(login_sessions::token_hash.eq(digest(token)))
        .select((
            login_sessions::id,
            login_sessions::csrf_token,
            login_sessions::created_at,
            login_sessions::last_seen_at,
            users::id,
            users::organisation_id,
            users::role,
            users::status,
            users::display_name,
            users::locale,
        ))
        .first(conn)
        .optional()?;
    let Some((
        session_id,
        csrf_token,
        created,
        seen,
        user_id,
        organisation_id,
        role,
        status,
        display_name,
        locale,
    )) = row
    else {
        return Ok(None);
    };
    let at = now();
    if at - seen > IDLE_LIMIT || at - created > ABSOLUTE_LIMIT {
        end(conn, session_id)?;
        return Ok(None);
    }
    if at - seen > TOUCH_INTERVAL {
        diesel::update(login_sessions::table.find(session_id))
            .set(login_sessions::last_seen_at.eq(at))
            .execute(conn)?;
    }
    let Some(role) = Role::parse(&role) else {
        return Ok(None);
    };
    Ok(Some(CurrentUser {
        session_id,
        csrf_token,
        user_id,
        organisation_id,
        role,
        status,
        display_name,
        locale,
    }))
}

pub fn end(conn: &mut DbConn, session_id: i32) -> Result<(), Error> {
    diesel::delete(login_sessions::table.find(session_id)).execute(conn)?;
    Ok(())
}

/// Ends every session of a person except `keep` (after a password change, from elsewhere).
pub fn end_all_for_user(conn: &mut DbConn, user_id: i32, keep: Option<i32>) -> Result<(), Error> {
    let sessions = login_sessions::table.filter(login_sessions::user_id.eq(user_id));
    match keep {
        Some(keep) => diesel::delete(sessions.filter(login_sessions::id.ne(keep))).execute(conn)?,
        None => diesel::delete(sessions).execute(conn)?,
    };
    Ok(())
}
