//! Server-side sign-in sessions. The cookie holds a random token; the database holds its hash,
//! so signing out or revoking works on every app server at once.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::{inactivity_questions, login_sessions, organisations, users};
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::privacy::audit::{self, Action, Actor, Subject};
use crate::tokens::{digest, new_token};
use crate::users::{Role, Status};

/// A session ends after this long without a request...
pub const IDLE_LIMIT: Duration = Duration::hours(8);
/// ...and after this long in any case.
pub const ABSOLUTE_LIMIT: Duration = Duration::days(30);
/// `last_seen_at` is written at most this often, not on every request.
const TOUCH_INTERVAL: Duration = Duration::minutes(1);

/// A signed-in person as a request sees them.
#[derive(Debug, Clone, Queryable)]
pub struct CurrentUser {
    pub session_id: i32,
    pub csrf_token: String,
    pub user_id: i32,
    pub organisation_id: Option<i32>,
    #[diesel(deserialize_as = String)]
    pub role: Role,
    #[diesel(deserialize_as = String)]
    pub status: Status,
    pub display_name: String,
    pub locale: String,
    /// Whether the organisation lets its volunteers on duty use the queue board (`None` for
    /// an admin, who has none).
    pub volunteers_may_match: Option<bool>,
}

/// Starts a session and returns the token for the cookie.
pub fn start(conn: &mut DbConn, user_id: i32, at: NaiveDateTime) -> Result<String, Error> {
    let token = new_token();
    diesel::insert_into(login_sessions::table)
        .values((
            login_sessions::user_id.eq(user_id),
            login_sessions::token_hash.eq(digest(&token)),
            login_sessions::csrf_token.eq(new_token()),
            login_sessions::created_at.eq(at),
            login_sessions::last_seen_at.eq(at),
        ))
        .execute(conn)?;
    diesel::update(users::table.find(user_id))
        .set(users::last_signed_in_at.eq(at))
        .execute(conn)?;
    answer_inactivity_question(conn, user_id, at)?;
    Ok(token)
}

/// Signing in (or the "keep my account" button) answers the question asked of a volunteer
/// inactive for a year (see `retention::inactive`).
pub fn answer_inactivity_question(
    conn: &mut DbConn,
    user_id: i32,
    at: NaiveDateTime,
) -> Result<(), Error> {
    diesel::update(
        inactivity_questions::table
            .filter(inactivity_questions::user_id.eq(user_id))
            .filter(inactivity_questions::answered_at.is_null()),
    )
    .set(inactivity_questions::answered_at.eq(at))
    .execute(conn)?;
    Ok(())
}

#[derive(Queryable)]
struct SessionRow {
    created_at: NaiveDateTime,
    last_seen_at: NaiveDateTime,
    user: CurrentUser,
}

/// The session behind a cookie token, if it is still alive at `at`. An expired one is removed.
pub fn find(
    conn: &mut DbConn,
    token: &str,
    at: NaiveDateTime,
) -> Result<Option<CurrentUser>, Error> {
    let row: Option<SessionRow> = login_sessions::table
        .inner_join(users::table.left_join(organisations::table))
        .filter(login_sessions::token_hash.eq(digest(token)))
        .select((
            login_sessions::created_at,
            login_sessions::last_seen_at,
            (
                login_sessions::id,
                login_sessions::csrf_token,
                users::id,
                users::organisation_id,
                users::role,
                users::status,
                users::display_name,
                users::locale,
                organisations::volunteers_may_match.nullable(),
            ),
        ))
        .first(conn)
        .optional()?;
    let Some(row) = row else {
        return Ok(None);
    };
    let alive = keep_alive(
        conn,
        row.user.session_id,
        (row.created_at, row.last_seen_at),
        at,
    )?;
    Ok(alive.then_some(row.user))
}

/// Whether the session is still alive at `at`, for a page that stays open without requests
/// (the queue board hears its changes): seen now, as a request would be. An expired one is
/// removed.
pub fn still_alive(conn: &mut DbConn, session_id: i32, at: NaiveDateTime) -> Result<bool, Error> {
    let times: Option<(NaiveDateTime, NaiveDateTime)> = login_sessions::table
        .find(session_id)
        .select((login_sessions::created_at, login_sessions::last_seen_at))
        .first(conn)
        .optional()?;
    match times {
        Some(times) => keep_alive(conn, session_id, times, at),
        None => Ok(false),
    }
}

/// Ends a session past its limits; otherwise marks it seen at `at` (at most once a minute).
fn keep_alive(
    conn: &mut DbConn,
    session_id: i32,
    (created_at, last_seen_at): (NaiveDateTime, NaiveDateTime),
    at: NaiveDateTime,
) -> Result<bool, Error> {
    if at - last_seen_at > IDLE_LIMIT || at - created_at > ABSOLUTE_LIMIT {
        end(conn, session_id)?;
        return Ok(false);
    }
    if at - last_seen_at > TOUCH_INTERVAL {
        diesel::update(login_sessions::table.find(session_id))
            .set(login_sessions::last_seen_at.eq(at))
            .execute(conn)?;
    }
    Ok(true)
}

/// Signing out: the session ends, with its audit entry.
pub fn sign_out(
    conn: &mut DbConn,
    me: Actor,
    session_id: i32,
    now: NaiveDateTime,
) -> Result<(), Error> {
    write_tx(conn, |conn| {
        end(conn, session_id)?;
        audit::record(
            conn,
            me.did(Action::SignOut, Subject::User(me.user_id)),
            now,
        )
    })
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
