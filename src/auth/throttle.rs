//! Sign-in throttling: after too many failures for one account or from one address in a
//! window, sign-in answers "try again later" without checking the password. Keys are hashes,
//! so the table holds neither emails nor addresses in clear.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::sign_in_attempts;
use crate::db::DbConn;
use crate::error::Error;
use crate::tokens::digest;

pub const MAX_FAILURES: i64 = 5;
pub const WINDOW: Duration = Duration::minutes(15);
/// Attempts older than this are deleted; they no longer count for anything.
const KEEP: Duration = Duration::days(1);

/// What one sign-in attempt is counted against.
pub struct AttemptKeys {
    account: String,
    address: String,
}

impl AttemptKeys {
    pub fn new(email: &str, address: &str) -> AttemptKeys {
        AttemptKeys {
            account: digest(&format!("account:{}", email.trim().to_lowercase())),
            address: digest(&format!("address:{address}")),
        }
    }
}

pub fn is_throttled(
    conn: &mut DbConn,
    keys: &AttemptKeys,
    now: NaiveDateTime,
) -> Result<bool, Error> {
    let since = now - WINDOW;
    let recent_failures = sign_in_attempts::table
        .filter(sign_in_attempts::succeeded.eq(false))
        .filter(sign_in_attempts::created_at.gt(since));
    let by_account: i64 = recent_failures
        .filter(sign_in_attempts::account_key.eq(&keys.account))
        .count()
        .get_result(conn)?;
    if by_account >= MAX_FAILURES {
        return Ok(true);
    }
    let by_address: i64 = recent_failures
        .filter(sign_in_attempts::address_key.eq(&keys.address))
        .count()
        .get_result(conn)?;
    Ok(by_address >= MAX_FAILURES)
}

pub fn record(
    conn: &mut DbConn,
    keys: &AttemptKeys,
    succeeded: bool,
    at: NaiveDateTime,
) -> Result<(), Error> {
    diesel::delete(sign_in_attempts::table.filter(sign_in_attempts::created_at.lt(at - KEEP)))
        .execute(conn)?;
    diesel::insert_into(sign_in_attempts::table)
        .values((
            sign_in_attempts::account_key.eq(&keys.account),
            sign_in_attempts::address_key.eq(&keys.address),
            sign_in_attempts::succeeded.eq(succeeded),
            sign_in_attempts::created_at.eq(at),
        ))
        .execute(conn)?;
    Ok(())
}
