//! What is kept only for a while, and removing it when its time is over: queue tickets nobody
//! helped (after their queue day), the link from a help session or the person's answers to
//! their ticket (after its queue day), the counts behind the limits (after an hour), join
//! requests once used or expired. Every app server runs it hourly, and `digikaveri purge`
//! runs the same.

use chrono::NaiveDateTime;

use crate::db::DbConn;
use crate::error::Error;
use crate::{help_sessions, limits, queue, volunteers};

/// Removes everything past its time; how many rows went.
pub fn purge(conn: &mut DbConn, now: NaiveDateTime) -> Result<usize, Error> {
    Ok(queue::purge_unclaimed(conn, now)?
        + help_sessions::unlink_past_tickets(conn, now)?
        + limits::purge(conn, now)?
        + volunteers::purge_join_requests(conn, now)?)
}
