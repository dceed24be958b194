//! The one scheduled job: every rule applied in turn, each in its own transactions, then ONE
//! audit entry with the counts per rule. On PostgreSQL the whole run sits in a transaction
//! that holds an advisory lock, so with several app servers only one runs it at a time and
//! the others skip; SQLite has one server and just runs.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::Bool;

use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::privacy::audit::{self, Action, Entry, Subject};
use crate::retention::inactive::{self, Asked};
use crate::retention::rules::{Rule, ALL};

/// The advisory lock's key on PostgreSQL ("digipurg").
pub const LOCK_KEY: i64 = 0x6469_6769_7075_7267;

/// The key of the count of volunteers asked, beside the rules' keys.
pub const ASKED_KEY: &str = "inactive-volunteers-asked";

/// What one run did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    /// Rows removed (or links let go, accounts anonymised) per rule, in the rules' order.
    pub counts: Vec<(Rule, usize)>,
    /// The volunteers asked in this run, for the mail.
    pub asked: Vec<Asked>,
}

impl Run {
    pub fn count(&self, rule: Rule) -> usize {
        self.counts
            .iter()
            .find(|(r, _)| *r == rule)
            .map_or(0, |(_, n)| *n)
    }

    pub fn total(&self) -> usize {
        self.counts.iter().map(|(_, n)| n).sum()
    }

    /// The counts as the audit entry keeps them.
    pub fn detail(&self) -> String {
        let mut map = serde_json::Map::new();
        for (rule, count) in &self.counts {
            map.insert(rule.key().to_owned(), (*count).into());
        }
        map.insert(ASKED_KEY.to_owned(), self.asked.len().into());
        serde_json::Value::Object(map).to_string()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Ran(Run),
    /// Another app server holds the lock and is running it.
    Skipped,
}

/// Applies every rule at `now` and writes the run's audit entry.
pub fn run(conn: &mut DbConn, now: NaiveDateTime) -> Result<Outcome, Error> {
    match conn {
        DbConn::Pg(_) => write_tx(conn, |conn| {
            let got: bool = diesel::select(diesel::dsl::sql::<Bool>(&format!(
                "pg_try_advisory_xact_lock({LOCK_KEY})"
            )))
            .get_result(conn)?;
            if !got {
                return Ok(Outcome::Skipped);
            }
            apply_all(conn, now).map(Outcome::Ran)
        }),
        DbConn::Sqlite(_) => apply_all(conn, now).map(Outcome::Ran),
    }
}

fn apply_all(conn: &mut DbConn, now: NaiveDateTime) -> Result<Run, Error> {
    let mut counts = Vec::with_capacity(ALL.len());
    let mut asked = Vec::new();
    for rule in ALL {
        let count = if rule == Rule::InactiveVolunteers {
            let applied = inactive::apply(conn, now)?;
            asked = applied.asked;
            applied.anonymised
        } else {
            rule.apply(conn, now)?
        };
        counts.push((rule, count));
    }
    let run = Run { counts, asked };
    write_tx(conn, |conn| {
        audit::record_with_detail(
            conn,
            Entry::without_actor(None, Action::RetentionRun, Subject::Service),
            &run.detail(),
            now,
        )
    })?;
    Ok(run)
}

/// The last run's counts, from the audit log (`None` before the first).
pub fn last_run(conn: &mut DbConn) -> Result<Option<LastRun>, Error> {
    let Some((at, detail)) = audit::last_detail(conn, Action::RetentionRun)? else {
        return Ok(None);
    };
    let parsed: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&detail).unwrap_or_default();
    let count = |key: &str| parsed.get(key).and_then(|v| v.as_u64()).unwrap_or(0);
    Ok(Some(LastRun {
        at,
        counts: ALL.iter().map(|rule| (*rule, count(rule.key()))).collect(),
        asked: count(ASKED_KEY),
    }))
}

/// The last run as the coordinators' page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LastRun {
    pub at: NaiveDateTime,
    pub counts: Vec<(Rule, u64)>,
    pub asked: u64,
}
