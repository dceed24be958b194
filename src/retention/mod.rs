//! What is kept only for a while, and removing it when its time is over. The rules and their
//! periods are one list (`rules`), which the job applies (`job`), the coordinators' page shows
//! and the privacy notice tells; volunteers inactive for a year are asked and later anonymised
//! (`inactive`). Every app server runs the job hourly (on PostgreSQL one at a time), and
//! `digikaveri purge` runs the same.

pub mod inactive;
pub mod job;
pub mod routes;
pub mod rules;

use chrono::NaiveDateTime;

use crate::db::DbConn;
use crate::error::Error;

/// Runs the job and says how many rows went (nothing when another server was running it).
pub fn purge(conn: &mut DbConn, now: NaiveDateTime) -> Result<usize, Error> {
    Ok(match job::run(conn, now)? {
        job::Outcome::Ran(run) => run.total(),
        job::Outcome::Skipped => 0,
    })
}
