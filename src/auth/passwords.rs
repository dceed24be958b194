//! Changing one's own password: the current one must match, and every other session of the
//! person ends, so a stolen session dies with the old password.

use chrono::NaiveDateTime;

use super::sessions;
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::privacy::audit::{self, Action, Actor, Subject};
use crate::users::{self, WrongPassword};

pub struct Change<'a> {
    pub current: &'a str,
    pub new: &'a str,
    /// The session the change is made from, which stays signed in.
    pub keep_session: i32,
}

pub fn change_own(
    conn: &mut DbConn,
    me: Actor,
    change: &Change<'_>,
    now: NaiveDateTime,
) -> Result<Result<(), WrongPassword>, Error> {
    if !users::password_matches(conn, me.user_id, change.current)? {
        return Ok(Err(WrongPassword));
    }
    write_tx(conn, |conn| {
        users::set_password(conn, me.user_id, change.new)?;
        sessions::end_all_for_user(conn, me.user_id, Some(change.keep_session))?;
        let entry = me.did(Action::PasswordChanged, Subject::User(me.user_id));
        audit::record(conn, entry, now)?;
        Ok(Ok(()))
    })
}
