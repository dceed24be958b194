//! Mail that reaches people later, through a durable outbox: a change (a shift changed or
//! cancelled, a move up from the waiting list, approval, activation) writes its `mail_outbox`
//! row with `enqueue` inside the change's own transaction, so a change rolled back leaves no
//! mail. The scans of the areas (`shifts::tomorrow`, `skills::assessments::remind_due`) write
//! the dated reminders; each row's `dedupe_key` is unique, so however many app servers scan,
//! a reminder is written once. The worker (`web/tasks.rs`, with the letters in
//! `letter_routes.rs`) claims due rows (`claim_due`), sends them and marks each one sent or
//! tried again later with a back-off (`mark_sent`, `mark_failed`). A volunteer turns kinds
//! off (`set_choices`); admins see the mail that failed and send it again (`undelivered`,
//! `retry`).
//!
//! This module sits low, under the areas that write reminders: it knows the tables, not the
//! shifts or the skills.

pub mod letter_routes;
pub mod routes;

use chrono::{Duration, NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::db::schema::{mail_outbox, reminders_off, users};
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::privacy::audit::{self, Action, Actor, Subject};
use crate::stored_enum;

stored_enum! {
    /// What a mail is about; each kind can be turned off by its reader.
    pub enum Kind {
        ShiftTomorrow = "shift-tomorrow",
        Promoted = "promoted",
        ShiftChanged = "shift-changed",
        ShiftCancelled = "shift-cancelled",
        Approved = "approved",
        Activated = "activated",
        AssessmentDue = "assessment-due",
    }
}

stored_enum! {
    /// Where a mail is on its way.
    pub enum Status {
        Pending = "pending",
        Sent = "sent",
        /// Tried `MAX_ATTEMPTS` times; waits for an admin to try again.
        Failed = "failed",
    }
}

/// A mail is given up (and shown to admins) after this many failed sends.
pub const MAX_ATTEMPTS: i32 = 6;

/// How long a claimed mail is held by the worker that claimed it; if that server stops before
/// marking it, another sends it after this.
pub const CLAIM_HOLDS: Duration = Duration::minutes(10);

/// At most this many mails are claimed at once.
pub const BATCH: i64 = 20;

/// The wait before the next try after `attempts` failures: 1 min, 5 min, 30 min, 2 h, then
/// 6 h each time.
pub fn back_off(attempts: i32) -> Duration {
    match attempts {
        ..=1 => Duration::minutes(1),
        2 => Duration::minutes(5),
        3 => Duration::minutes(30),
        4 => Duration::hours(2),
        _ => Duration::hours(6),
    }
}

/// A shift as a mail tells it: kept as it was when the mail was written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShiftFacts {
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    /// The site's name (a place, not a person).
    pub site: String,
}

/// The facts a mail needs besides its reader, stored as JSON.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Params {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shift: Option<ShiftFacts>,
    /// Self-assessment areas that are due (`framework::AREAS` keys).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub areas: Vec<String>,
}

/// One mail to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    pub kind: Kind,
    pub user_id: i32,
    /// Unique: the same reminder is written once.
    pub dedupe_key: String,
    pub params: Params,
}

impl Reminder {
    /// A change to the shift of one sign-up (`ShiftChanged`, `ShiftCancelled`, `Promoted`) or
    /// its coming day (`ShiftTomorrow`). Changes can repeat, so their key carries the
    /// instant; the day's reminder is once per sign-up and day.
    pub fn about_shift(
        kind: Kind,
        signup_id: i32,
        user_id: i32,
        shift: ShiftFacts,
        now: NaiveDateTime,
    ) -> Reminder {
        let dedupe_key = match kind {
            Kind::ShiftTomorrow => format!(
                "{}:{signup_id}:{}",
                kind.as_str(),
                crate::clock::to_helsinki(shift.starts_at).date()
            ),
            Kind::ShiftCancelled => format!("{}:{signup_id}", kind.as_str()),
            _ => format!(
                "{}:{signup_id}:{}",
                kind.as_str(),
                now.and_utc().timestamp()
            ),
        };
        Reminder {
            kind,
            user_id,
            dedupe_key,
            params: Params {
                shift: Some(shift),
                areas: Vec::new(),
            },
        }
    }

    /// An applicant approved into training: once.
    pub fn approved(user_id: i32) -> Reminder {
        Reminder {
            kind: Kind::Approved,
            user_id,
            dedupe_key: format!("{}:{user_id}", Kind::Approved.as_str()),
            params: Params::default(),
        }
    }

    /// A volunteer made active (again, after a pause, with a new key).
    pub fn activated(user_id: i32, now: NaiveDateTime) -> Reminder {
        Reminder {
            kind: Kind::Activated,
            user_id,
            dedupe_key: format!(
                "{}:{user_id}:{}",
                Kind::Activated.as_str(),
                now.and_utc().timestamp()
            ),
            params: Params::default(),
        }
    }

    /// Self-assessments due, once for each latest self-assessment (`None`: never done).
    pub fn assessment_due(user_id: i32, areas: Vec<String>, since: Option<NaiveDate>) -> Reminder {
        let since = since.map_or_else(|| "never".to_owned(), |d| d.to_string());
        Reminder {
            kind: Kind::AssessmentDue,
            user_id,
            dedupe_key: format!("{}:{user_id}:{since}", Kind::AssessmentDue.as_str()),
            params: Params { shift: None, areas },
        }
    }
}

/// Writes the mail unless its reader turned the kind off, has no address, has left or the
/// same reminder was written before. Call it inside the change's transaction. `true` when a
/// row was written.
pub fn enqueue(conn: &mut DbConn, reminder: &Reminder, now: NaiveDateTime) -> Result<bool, Error> {
    let reader: Option<(String, String)> = users::table
        .find(reminder.user_id)
        .select((users::email, users::status))
        .first(conn)
        .optional()?;
    let Some((email, status)) = reader else {
        return Ok(false);
    };
    if email.trim().is_empty() || status == crate::users::Status::Left.as_str() {
        return Ok(false);
    }
    if is_off(conn, reminder.user_id, reminder.kind)? {
        return Ok(false);
    }
    let params = serde_json::to_string(&reminder.params).map_err(|_| Error::Invalid)?;
    let row = (
        mail_outbox::kind.eq(reminder.kind.as_str()),
        mail_outbox::user_id.eq(reminder.user_id),
        mail_outbox::dedupe_key.eq(&reminder.dedupe_key),
        mail_outbox::params.eq(&params),
        mail_outbox::status.eq(Status::Pending.as_str()),
        mail_outbox::attempts.eq(0),
        mail_outbox::next_attempt_at.eq(now),
        mail_outbox::created_at.eq(now),
    );
    // Insert … on conflict do nothing, in each backend's dialect.
    let written = match conn {
        DbConn::Sqlite(c) => diesel::insert_into(mail_outbox::table)
            .values(row)
            .on_conflict(mail_outbox::dedupe_key)
            .do_nothing()
            .execute(c)?,
        DbConn::Pg(c) => diesel::insert_into(mail_outbox::table)
            .values(row)
            .on_conflict(mail_outbox::dedupe_key)
            .do_nothing()
            .execute(c)?,
    };
    Ok(written == 1)
}

fn is_off(conn: &mut DbConn, user_id: i32, kind: Kind) -> Result<bool, Error> {
    let off: i64 = reminders_off::table
        .filter(reminders_off::user_id.eq(user_id))
        .filter(reminders_off::kind.eq(kind.as_str()))
        .count()
        .get_result(conn)?;
    Ok(off > 0)
}

/// The kinds a volunteer can choose, in order.
pub const CHOOSABLE: [Kind; 7] = Kind::ALL;

/// Each kind with whether the person gets it.
pub fn choices(conn: &mut DbConn, user_id: i32) -> Result<Vec<(Kind, bool)>, Error> {
    let off: Vec<String> = reminders_off::table
        .filter(reminders_off::user_id.eq(user_id))
        .select(reminders_off::kind)
        .load(conn)?;
    Ok(CHOOSABLE
        .into_iter()
        .map(|kind| (kind, !off.iter().any(|k| k == kind.as_str())))
        .collect())
}

/// The person's own choice: every kind in `on` is sent, the others are not. Audited.
pub fn set_choices(
    conn: &mut DbConn,
    me: Actor,
    on: &[Kind],
    now: NaiveDateTime,
) -> Result<(), Error> {
    write_tx(conn, |conn| {
        // The person's row lock on PostgreSQL (SQLite's `BEGIN IMMEDIATE` already serialises
        // writers): two saves at once would otherwise both insert the same choices.
        diesel::update(users::table.find(me.user_id))
            .set(users::locale.eq(users::locale))
            .execute(conn)?;
        diesel::delete(reminders_off::table.filter(reminders_off::user_id.eq(me.user_id)))
            .execute(conn)?;
        for kind in CHOOSABLE.into_iter().filter(|k| !on.contains(k)) {
            diesel::insert_into(reminders_off::table)
                .values((
                    reminders_off::user_id.eq(me.user_id),
                    reminders_off::kind.eq(kind.as_str()),
                ))
                .execute(conn)?;
        }
        audit::record(
            conn,
            me.did(Action::RemindersChanged, Subject::User(me.user_id)),
            now,
        )?;
        Ok(())
    })
}

/// How many mails wait to be sent and how many failed, for the operators' metrics.
pub fn outbox_counts(conn: &mut DbConn) -> Result<(i64, i64), Error> {
    let count = |conn: &mut DbConn, status: Status| -> Result<i64, Error> {
        Ok(mail_outbox::table
            .filter(mail_outbox::status.eq(status.as_str()))
            .count()
            .get_result(conn)?)
    };
    Ok((count(conn, Status::Pending)?, count(conn, Status::Failed)?))
}

/// A mail the worker holds, with its reader's address and saved language as they are now.
#[derive(Debug, Clone)]
pub struct Due {
    pub id: i32,
    pub kind: Kind,
    pub params: Params,
    pub attempts: i32,
    pub email: String,
    pub locale: String,
}

/// Claims up to `BATCH` due mails for this worker: their next try moves `CLAIM_HOLDS` ahead
/// in the claiming transaction, so no other worker takes them. On PostgreSQL the rows are
/// read `FOR UPDATE SKIP LOCKED`, so two app servers claiming at once take different mails
/// without waiting for each other; SQLite's `BEGIN IMMEDIATE` lets one writer in at a time.
pub fn claim_due(conn: &mut DbConn, now: NaiveDateTime) -> Result<Vec<Due>, Error> {
    let ids: Vec<i32> = write_tx(conn, |conn| {
        let due = mail_outbox::table
            .filter(mail_outbox::status.eq(Status::Pending.as_str()))
            .filter(mail_outbox::next_attempt_at.le(now))
            .order((mail_outbox::next_attempt_at, mail_outbox::id))
            .limit(BATCH)
            .select(mail_outbox::id);
        let ids: Vec<i32> = match conn {
            DbConn::Sqlite(c) => due.load(c)?,
            DbConn::Pg(c) => due.for_update().skip_locked().load(c)?,
        };
        diesel::update(mail_outbox::table.filter(mail_outbox::id.eq_any(&ids)))
            .set(mail_outbox::next_attempt_at.eq(now + CLAIM_HOLDS))
            .execute(conn)?;
        Ok::<_, Error>(ids)
    })?;
    type Row = (i32, String, String, i32, String, String);
    let rows: Vec<Row> = mail_outbox::table
        .inner_join(users::table)
        .filter(mail_outbox::id.eq_any(&ids))
        .order(mail_outbox::id)
        .select((
            mail_outbox::id,
            mail_outbox::kind,
            mail_outbox::params,
            mail_outbox::attempts,
            users::email,
            users::locale,
        ))
        .load(conn)?;
    rows.into_iter()
        .map(|(id, kind, params, attempts, email, locale)| {
            Ok(Due {
                id,
                kind: Kind::try_from(kind)?,
                params: serde_json::from_str(&params).map_err(|_| Error::Invalid)?,
                attempts,
                email,
                locale,
            })
        })
        .collect()
}

pub fn mark_sent(conn: &mut DbConn, id: i32, now: NaiveDateTime) -> Result<(), Error> {
    diesel::update(mail_outbox::table.find(id))
        .set((
            mail_outbox::status.eq(Status::Sent.as_str()),
            mail_outbox::sent_at.eq(now),
            mail_outbox::last_error.eq(None::<String>),
        ))
        .execute(conn)?;
    Ok(())
}

/// The longest error kept; the mail server's answer, which names no person.
const MAX_ERROR: usize = 300;

/// One more failed try: the next after the back-off, or `Failed` after `MAX_ATTEMPTS`.
/// Returns the mail's status.
pub fn mark_failed(
    conn: &mut DbConn,
    due: &Due,
    error: &str,
    now: NaiveDateTime,
) -> Result<Status, Error> {
    let attempts = due.attempts + 1;
    let status = if attempts >= MAX_ATTEMPTS {
        Status::Failed
    } else {
        Status::Pending
    };
    // An address in the error would be personal data in a page admins read.
    let error: String = error
        .replace(&due.email, "<recipient>")
        .chars()
        .take(MAX_ERROR)
        .collect();
    diesel::update(mail_outbox::table.find(due.id))
        .set((
            mail_outbox::status.eq(status.as_str()),
            mail_outbox::attempts.eq(attempts),
            mail_outbox::next_attempt_at.eq(now + back_off(attempts)),
            mail_outbox::last_error.eq(error),
        ))
        .execute(conn)?;
    Ok(status)
}

/// A mail not (yet) delivered, as admins see it: no address and no content.
#[derive(Debug, Clone, Queryable)]
pub struct Undelivered {
    pub id: i32,
    #[diesel(deserialize_as = String)]
    pub kind: Kind,
    #[diesel(deserialize_as = String)]
    pub status: Status,
    pub attempts: i32,
    pub last_error: Option<String>,
    pub next_attempt_at: NaiveDateTime,
    pub created_at: NaiveDateTime,
}

/// The failed mails first, then the pending ones, oldest first; at most `limit`.
pub fn undelivered(conn: &mut DbConn, limit: i64) -> Result<Vec<Undelivered>, Error> {
    let mut rows: Vec<Undelivered> = mail_outbox::table
        .filter(mail_outbox::status.ne(Status::Sent.as_str()))
        .order((mail_outbox::created_at, mail_outbox::id))
        .limit(limit)
        .select((
            mail_outbox::id,
            mail_outbox::kind,
            mail_outbox::status,
            mail_outbox::attempts,
            mail_outbox::last_error,
            mail_outbox::next_attempt_at,
            mail_outbox::created_at,
        ))
        .load(conn)?;
    rows.sort_by_key(|row| row.status != Status::Failed);
    Ok(rows)
}

/// An admin sends a mail that failed again: it is pending and due now, with one more try
/// before it fails again. `false` when there is no such failed mail. Audited.
pub fn retry(conn: &mut DbConn, by: Actor, id: i32, now: NaiveDateTime) -> Result<bool, Error> {
    write_tx(conn, |conn| {
        // Only a failed mail goes back, so ten presses at once put it back and log it once.
        let failed = mail_outbox::table
            .find(id)
            .filter(mail_outbox::status.eq(Status::Failed.as_str()));
        let changed = diesel::update(failed)
            .set((
                mail_outbox::status.eq(Status::Pending.as_str()),
                mail_outbox::attempts.eq(MAX_ATTEMPTS - 1),
                mail_outbox::next_attempt_at.eq(now),
            ))
            .execute(conn)?;
        if changed == 0 {
            return Ok(false);
        }
        let recipient: i32 = mail_outbox::table
            .find(id)
            .select(mail_outbox::user_id)
            .first(conn)?;
        audit::record(
            conn,
            by.did(Action::MailRetried, Subject::User(recipient)),
            now,
        )?;
        Ok(true)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_back_off_grows() {
        let waits: Vec<i64> = (1..=6).map(|n| back_off(n).num_minutes()).collect();
        assert_eq!(waits, [1, 5, 30, 120, 360, 360]);
    }

    #[test]
    fn params_round_trip_as_json() {
        let at = NaiveDate::from_ymd_opt(2026, 12, 8)
            .and_then(|d| d.and_hms_opt(8, 0, 0))
            .unwrap();
        let params = Params {
            shift: Some(ShiftFacts {
                starts_at: at,
                ends_at: at + Duration::hours(2),
                site: "Iso Omena".into(),
            }),
            areas: vec![],
        };
        let text = serde_json::to_string(&params).unwrap();
        assert_eq!(serde_json::from_str::<Params>(&text).unwrap(), params);
        assert_eq!(
            serde_json::from_str::<Params>("{}").unwrap(),
            Params::default()
        );
    }
}
