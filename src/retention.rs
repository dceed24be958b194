//! What is kept only for a while, and removing it when its time is over: queue tickets (after
//! their queue day, when sessions and answers let go of them and unrecorded help becomes a
//! reminder), the counts behind the limits (after an hour), join requests once used or
//! expired. Every app server runs it hourly, and `digikaveri purge`
//! runs the same.

use chrono::NaiveDateTime;

use crate::db::DbConn;
use crate::error::Error;
use crate::{help_sessions, limits, queue, volunteers};

/// Removes everything past its time; how many rows went.
pub fn purge(conn: &mut DbConn, now: NaiveDateTime) -> Result<usize, Error> {
    Ok(queue::purge_unclaimed(conn, now)?
        + help_sessions::day_end::let_go_of_days_over(conn, now)?
        + limits::purge(conn, now)?
        + volunteers::purge_join_requests(conn, now)?)
}
