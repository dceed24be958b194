//! Sign-in throttling that an attacker cannot turn against the account's owner. Failures are
//! counted for an account from one place (an address, or a browser the owner signed in with
//! before); an address that tries many accounts, and an account tried from many strange places,
//! are slowed down too, but the owner's own browser keeps only its own count. Keys are hashes,
//! so the table holds neither emails nor addresses in clear.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::sign_in_attempts;
use crate::db::DbConn;
use crate::error::Error;
use crate::tokens::digest;

/// Failures for one account from one place within `WINDOW`.
pub const MAX_FAILURES: i64 = 5;
pub const WINDOW: Duration = Duration::minutes(15);
/// Failures from one address, whatever the accounts, within `WINDOW`.
pub const MAX_ADDRESS_FAILURES: i64 = 20;
/// Failures for one account from places it was never signed in from, within `ACCOUNT_WINDOW`.
pub const MAX_ACCOUNT_FAILURES: i64 = 20;
pub const ACCOUNT_WINDOW: Duration = Duration::hours(1);
/// Attempts older than this are deleted; they no longer count for anything.
pub const KEEP: Duration = Duration::days(1);

/// What one sign-in attempt is counted against.
pub struct AttemptKeys {
    account: String,
    /// The place: the address, or the owner's own browser.
    place: String,
    /// Whether the place is a browser the owner has signed in with.
    trusted: bool,
}

impl AttemptKeys {
    pub fn new(email: &str, address: &str) -> AttemptKeys {
        AttemptKeys {
            account: digest(&format!("account:{}", email.trim().to_lowercase())),
            place: digest(&format!("address:{address}")),
            trusted: false,
        }
    }

    /// From a browser the owner of this account has signed in with (its device token).
    pub fn trusted(email: &str, device_token: &str) -> AttemptKeys {
        AttemptKeys {
            place: digest(&format!("device:{device_token}")),
            trusted: true,
            ..AttemptKeys::new(email, "")
        }
    }
}

pub fn is_throttled(
    conn: &mut DbConn,
    keys: &AttemptKeys,
    now: NaiveDateTime,
) -> Result<bool, Error> {
    let failures = sign_in_attempts::table.filter(sign_in_attempts::succeeded.eq(false));
    let here: i64 = failures
        .filter(sign_in_attempts::created_at.gt(now - WINDOW))
        .filter(sign_in_attempts::account_key.eq(&keys.account))
        .filter(sign_in_attempts::address_key.eq(&keys.place))
        .count()
        .get_result(conn)?;
    if here >= MAX_FAILURES {
        return Ok(true);
    }
    if keys.trusted {
        return Ok(false);
    }
    let from_address: i64 = failures
        .filter(sign_in_attempts::created_at.gt(now - WINDOW))
        .filter(sign_in_attempts::address_key.eq(&keys.place))
        .count()
        .get_result(conn)?;
    if from_address >= MAX_ADDRESS_FAILURES {
        return Ok(true);
    }
    let elsewhere: i64 = failures
        .filter(sign_in_attempts::created_at.gt(now - ACCOUNT_WINDOW))
        .filter(sign_in_attempts::account_key.eq(&keys.account))
        .filter(sign_in_attempts::trusted_device.eq(false))
        .count()
        .get_result(conn)?;
    Ok(elsewhere >= MAX_ACCOUNT_FAILURES)
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
            sign_in_attempts::address_key.eq(&keys.place),
            sign_in_attempts::succeeded.eq(succeeded),
            sign_in_attempts::created_at.eq(at),
            sign_in_attempts::trusted_device.eq(keys.trusted),
        ))
        .execute(conn)?;
    Ok(())
}
