//! The reminder of a shift tomorrow: every confirmed place on a shift that is not cancelled
//! and starts on the Finnish day after `now` gets one mail in the outbox. The outbox's unique
//! key makes the scan safe to run often and on every app server.

use chrono::{Days, NaiveDateTime};
use diesel::prelude::*;

use super::signups::State;
use crate::clock::{day_span, today_in_finland};
use crate::db::schema::{shift_signups, shifts, sites};
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::reminders::{self, Kind, Reminder, ShiftFacts};

/// Writes the reminders of tomorrow's shifts that are not written yet; how many were new.
pub fn remind(conn: &mut DbConn, now: NaiveDateTime) -> Result<usize, Error> {
    let Some(tomorrow) = today_in_finland(now).checked_add_days(Days::new(1)) else {
        return Ok(0);
    };
    let (from, until) = day_span(tomorrow);
    type Row = (i32, i32, NaiveDateTime, NaiveDateTime, String);
    write_tx(conn, |conn| {
        let places: Vec<Row> = shift_signups::table
            .inner_join(shifts::table.inner_join(sites::table))
            .filter(shift_signups::state.eq(State::Confirmed.as_str()))
            .filter(shifts::cancelled_at.is_null())
            .filter(shifts::starts_at.ge(from))
            .filter(shifts::starts_at.lt(until))
            .select((
                shift_signups::id,
                shift_signups::user_id,
                shifts::starts_at,
                shifts::ends_at,
                sites::name,
            ))
            .load(conn)?;
        let mut written = 0;
        for (signup_id, user_id, starts_at, ends_at, site) in places {
            let facts = ShiftFacts {
                starts_at,
                ends_at,
                site,
            };
            let reminder =
                Reminder::about_shift(Kind::ShiftTomorrow, signup_id, user_id, facts, now);
            if reminders::enqueue(conn, &reminder, now)? {
                written += 1;
            }
        }
        Ok(written)
    })
}
