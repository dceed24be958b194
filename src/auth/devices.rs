//! Browsers a person has signed in with. The browser keeps a random token in a long-lived
//! cookie; the database keeps its hash. Sign-in failures elsewhere do not lock the owner out
//! on such a browser (see `throttle`).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::trusted_devices;
use crate::db::DbConn;
use crate::error::Error;
use crate::tokens::{digest, new_token};

/// Whether `token` is a browser `user_id` has signed in with.
pub fn is_trusted(conn: &mut DbConn, user_id: i32, token: &str) -> Result<bool, Error> {
    let count: i64 = trusted_devices::table
        .filter(trusted_devices::user_id.eq(user_id))
        .filter(trusted_devices::token_hash.eq(digest(token)))
        .count()
        .get_result(conn)?;
    Ok(count == 1)
}

/// After a successful sign-in: the browser's token, kept or new. `token` is the one the
/// browser sent, if any.
pub fn remember(
    conn: &mut DbConn,
    user_id: i32,
    token: Option<&str>,
    now: NaiveDateTime,
) -> Result<String, Error> {
    if let Some(token) = token {
        let seen = diesel::update(
            trusted_devices::table
                .filter(trusted_devices::user_id.eq(user_id))
                .filter(trusted_devices::token_hash.eq(digest(token))),
        )
        .set(trusted_devices::last_used_at.eq(now))
        .execute(conn)?;
        if seen == 1 {
            return Ok(token.to_owned());
        }
    }
    let token = new_token();
    diesel::insert_into(trusted_devices::table)
        .values((
            trusted_devices::user_id.eq(user_id),
            trusted_devices::token_hash.eq(digest(&token)),
            trusted_devices::created_at.eq(now),
            trusted_devices::last_used_at.eq(now),
        ))
        .execute(conn)?;
    Ok(token)
}
