//! How often one address, one browser or one site may do something that has a cost for
//! others: taking queue numbers, asking for password links. Counted in the database under
//! hashed keys, so every app server sees the same counts and no address is kept in clear;
//! counts older than an hour are removed.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::rate_events;
use crate::db::DbConn;
use crate::error::Error;
use crate::tokens::digest;

/// At most `max` events per key in any `window`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub bucket: &'static str,
    pub max: i64,
    pub window: Duration,
}

/// Counts older than this are gone; no limit has a longer window.
pub const KEPT: Duration = Duration::hours(1);

/// Queue numbers from one address in ten minutes. Generous: the people at a food-aid site
/// often share its wifi, so many phones have one address.
pub const TICKETS_PER_ADDRESS: Limit = Limit {
    bucket: "ticket-address",
    max: 30,
    window: Duration::minutes(10),
};

/// Queue numbers at one site in ten minutes: far above a busy food-aid site (60 an hour).
pub const TICKETS_PER_SITE: Limit = Limit {
    bucket: "ticket-site",
    max: 300,
    window: Duration::minutes(10),
};

/// Password links asked for one email address in an hour.
pub const RESET_MAILS_PER_EMAIL: Limit = Limit {
    bucket: "reset-email",
    max: 3,
    window: Duration::hours(1),
};

/// Password links and join mails asked from one address in an hour.
pub const MAILS_PER_ADDRESS: Limit = Limit {
    bucket: "mail-address",
    max: 20,
    window: Duration::hours(1),
};

/// Counts one event for `key` if the limit allows it; `false` (and nothing counted) when the
/// limit is reached. Run it in the transaction of what it limits, after that transaction's
/// lock, so that parallel requests count one after the other.
pub fn allow(
    conn: &mut DbConn,
    limit: Limit,
    key: &str,
    now: NaiveDateTime,
) -> Result<bool, Error> {
    let key = digest(&format!("{}:{key}", limit.bucket));
    let recent: i64 = rate_events::table
        .filter(rate_events::bucket.eq(limit.bucket))
        .filter(rate_events::key_hash.eq(&key))
        .filter(rate_events::created_at.gt(now - limit.window))
        .count()
        .get_result(conn)?;
    if recent >= limit.max {
        return Ok(false);
    }
    diesel::insert_into(rate_events::table)
        .values((
            rate_events::bucket.eq(limit.bucket),
            rate_events::key_hash.eq(&key),
            rate_events::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(true)
}

/// Removes the counts no limit looks at any more; how many went.
pub fn purge(conn: &mut DbConn, now: NaiveDateTime) -> Result<usize, Error> {
    Ok(
        diesel::delete(rate_events::table.filter(rate_events::created_at.lt(now - KEPT)))
            .execute(conn)?,
    )
}
