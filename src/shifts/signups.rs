//! Signing up for shifts: places are never overbooked, the waiting list keeps its order, and
//! the first on it moves up when a place frees. Every rule runs inside `write_tx` after
//! `lock_shift`, so two volunteers taking the last place one after the other see each other.

use chrono::{Duration, NaiveDateTime};
use diesel::dsl::{Eq, Filter};
use diesel::prelude::*;

use super::{notify, NoticeKind, Shift};
use crate::db::schema::{shift_signups, shifts, site_tables};
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::organisations;
use crate::stored_enum;
use crate::users;

/// Check-in opens this long before the start.
pub const CHECK_IN_EARLY: Duration = Duration::minutes(30);
/// How long a check-in or a no-show mark (and, on the queue, "nobody can help") can be taken
/// back after it was made.
pub const UNDO_FOR: Duration = Duration::minutes(10);

stored_enum! {
    /// A volunteer's place on a shift.
    pub enum State {
        Confirmed = "confirmed",
        Waiting = "waiting",
        Withdrawn = "withdrawn",
    }
}

/// Why a volunteer's request about a shift was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    NotActive,
    NoSuchShift,
    Cancelled,
    AlreadyStarted,
    AlreadySignedUp,
    Overlaps,
    NotSignedUp,
    TooLateToWithdraw,
    CheckInNotOpen,
    /// A no-show is marked only once the shift has started.
    NotStartedYet,
    /// The mark is older than `UNDO_FOR`, or there is none.
    TooLateToUndo,
    /// The table is not one of the site's.
    NoSuchTable,
}

type SignupOf = Filter<
    Filter<shift_signups::table, Eq<shift_signups::shift_id, i32>>,
    Eq<shift_signups::user_id, i32>,
>;

/// The row of one volunteer on one shift.
fn signup_of(shift_id: i32, user_id: i32) -> SignupOf {
    shift_signups::table
        .filter(shift_signups::shift_id.eq(shift_id))
        .filter(shift_signups::user_id.eq(user_id))
}

/// Takes the shift's row lock on PostgreSQL (SQLite's `BEGIN IMMEDIATE` already serialises
/// writers) and returns the shift as it is now.
pub fn lock_shift(conn: &mut DbConn, shift_id: i32) -> Result<Shift, Error> {
    diesel::update(shifts::table.filter(shifts::id.eq(shift_id)))
        .set(shifts::places.eq(shifts::places))
        .execute(conn)?;
    Ok(shifts::table
        .filter(shifts::id.eq(shift_id))
        .select(Shift::as_select())
        .first(conn)?)
}

pub fn confirmed_count(conn: &mut DbConn, shift_id: i32) -> Result<i64, Error> {
    Ok(shift_signups::table
        .filter(shift_signups::shift_id.eq(shift_id))
        .filter(shift_signups::state.eq(State::Confirmed.as_str()))
        .count()
        .get_result(conn)?)
}

/// Whether the volunteer is confirmed or waiting on another shift that overlaps this one.
fn overlaps_own(conn: &mut DbConn, user_id: i32, shift: &Shift) -> Result<bool, Error> {
    let count: i64 = shift_signups::table
        .inner_join(shifts::table)
        .filter(shift_signups::user_id.eq(user_id))
        .filter(shift_signups::state.ne(State::Withdrawn.as_str()))
        .filter(shifts::id.ne(shift.id))
        .filter(shifts::cancelled_at.is_null())
        .filter(shifts::starts_at.lt(shift.ends_at))
        .filter(shifts::ends_at.gt(shift.starts_at))
        .count()
        .get_result(conn)?;
    Ok(count > 0)
}

fn signup_state(conn: &mut DbConn, shift_id: i32, user_id: i32) -> Result<Option<State>, Error> {
    let state: Option<String> = signup_of(shift_id, user_id)
        .select(shift_signups::state)
        .first(conn)
        .optional()?;
    Ok(state.map(State::try_from).transpose()?)
}

/// Signs the volunteer up: confirmed while places are free, otherwise on the waiting list.
pub fn sign_up(
    conn: &mut DbConn,
    organisation_id: i32,
    shift_id: i32,
    user_id: i32,
    now: NaiveDateTime,
) -> Result<Result<State, Refusal>, Error> {
    write_tx(conn, |conn| {
        if !users::is_active_volunteer_of(conn, organisation_id, user_id)? {
            return Ok(Err(Refusal::NotActive));
        }
        if super::find(conn, organisation_id, shift_id)?.is_none() {
            return Ok(Err(Refusal::NoSuchShift));
        }
        let shift = lock_shift(conn, shift_id)?;
        if shift.cancelled_at.is_some() {
            return Ok(Err(Refusal::Cancelled));
        }
        if shift.starts_at <= now {
            return Ok(Err(Refusal::AlreadyStarted));
        }
        let existing = signup_state(conn, shift_id, user_id)?;
        if matches!(existing, Some(State::Confirmed | State::Waiting)) {
            return Ok(Err(Refusal::AlreadySignedUp));
        }
        if overlaps_own(conn, user_id, &shift)? {
            return Ok(Err(Refusal::Overlaps));
        }
        let state = if confirmed_count(conn, shift_id)? < i64::from(shift.places) {
            State::Confirmed
        } else {
            State::Waiting
        };
        let stamp = now;
        if existing.is_some() {
            diesel::update(signup_of(shift_id, user_id))
                .set((
                    shift_signups::state.eq(state.as_str()),
                    shift_signups::queued_at.eq(stamp),
                ))
                .execute(conn)?;
        } else {
            diesel::insert_into(shift_signups::table)
                .values((
                    shift_signups::shift_id.eq(shift_id),
                    shift_signups::user_id.eq(user_id),
                    shift_signups::state.eq(state.as_str()),
                    shift_signups::queued_at.eq(stamp),
                ))
                .execute(conn)?;
        }
        Ok(Ok(state))
    })
}

/// The last moment a volunteer may withdraw from a confirmed place themselves.
fn withdraw_deadline(conn: &mut DbConn, shift: &Shift) -> Result<NaiveDateTime, Error> {
    let hours = organisations::withdraw_limit_hours(conn, shift.organisation_id)?;
    Ok(shift.starts_at - Duration::hours(i64::from(hours)))
}

/// Withdraws the volunteer. A confirmed place can be given up until the organisation's limit
/// before the start, and the first on the waiting list takes it; a waiting-list place until
/// the start.
pub fn withdraw(
    conn: &mut DbConn,
    organisation_id: i32,
    shift_id: i32,
    user_id: i32,
    now: NaiveDateTime,
) -> Result<Result<(), Refusal>, Error> {
    write_tx(conn, |conn| {
        if super::find(conn, organisation_id, shift_id)?.is_none() {
            return Ok(Err(Refusal::NoSuchShift));
        }
        let shift = lock_shift(conn, shift_id)?;
        let state = signup_state(conn, shift_id, user_id)?;
        let deadline = match state {
            Some(State::Confirmed) => withdraw_deadline(conn, &shift)?,
            Some(State::Waiting) => shift.starts_at,
            _ => return Ok(Err(Refusal::NotSignedUp)),
        };
        if now >= deadline && shift.cancelled_at.is_none() {
            return Ok(Err(Refusal::TooLateToWithdraw));
        }
        diesel::update(signup_of(shift_id, user_id))
            .set(shift_signups::state.eq(State::Withdrawn.as_str()))
            .execute(conn)?;
        fill_free_places(conn, shift_id, now)?;
        Ok(Ok(()))
    })
}

/// Moves people up from the waiting list, first come first, while places are free; each is
/// told on their own page and by mail. Call inside a transaction that holds the shift's lock.
pub fn fill_free_places(conn: &mut DbConn, shift_id: i32, now: NaiveDateTime) -> Result<(), Error> {
    let shift: Shift = shifts::table
        .filter(shifts::id.eq(shift_id))
        .select(Shift::as_select())
        .first(conn)?;
    if shift.cancelled_at.is_some() || shift.starts_at <= now {
        return Ok(());
    }
    let free = i64::from(shift.places) - confirmed_count(conn, shift_id)?;
    if free <= 0 {
        return Ok(());
    }
    let next: Vec<(i32, i32)> = shift_signups::table
        .filter(shift_signups::shift_id.eq(shift_id))
        .filter(shift_signups::state.eq(State::Waiting.as_str()))
        .order((shift_signups::queued_at, shift_signups::id))
        .limit(free)
        .select((shift_signups::id, shift_signups::user_id))
        .load(conn)?;
    for (signup_id, user_id) in next {
        diesel::update(shift_signups::table.filter(shift_signups::id.eq(signup_id)))
            .set(shift_signups::state.eq(State::Confirmed.as_str()))
            .execute(conn)?;
        notify(conn, user_id, shift_id, NoticeKind::Promoted, now)?;
        super::mail(
            conn,
            signup_id,
            user_id,
            shift_id,
            NoticeKind::Promoted,
            now,
        )?;
    }
    Ok(())
}

/// The volunteer checks in on their phone: from `CHECK_IN_EARLY` before the start until the
/// end, on a shift where they have a confirmed place.
/// The volunteer checks in on their phone, at one of the site's tables if it has them:
/// from `CHECK_IN_EARLY` before the start until the end, on a shift where they have a
/// confirmed place, while they may be on duty (not paused, not gone).
pub fn check_in_self(
    conn: &mut DbConn,
    organisation_id: i32,
    shift_id: i32,
    user_id: i32,
    table: Option<i32>,
    now: NaiveDateTime,
) -> Result<Result<(), Refusal>, Error> {
    write_tx(conn, |conn| {
        let Some(shift) = super::find(conn, organisation_id, shift_id)? else {
            return Ok(Err(Refusal::NoSuchShift));
        };
        if !users::may_be_on_duty(conn, organisation_id, user_id)? {
            return Ok(Err(Refusal::NotActive));
        }
        if signup_state(conn, shift_id, user_id)? != Some(State::Confirmed) {
            return Ok(Err(Refusal::NotSignedUp));
        }
        if !check_in_open(&shift, now) {
            return Ok(Err(Refusal::CheckInNotOpen));
        }
        if let Some(table) = table {
            if !is_table_of(conn, shift.site_id, table)? {
                return Ok(Err(Refusal::NoSuchTable));
            }
        }
        set_check_in(conn, shift_id, user_id, table, now)?;
        Ok(Ok(()))
    })
}

/// Check-in is open on the shift's day, from a little before its start until its end.
fn check_in_open(shift: &Shift, now: NaiveDateTime) -> bool {
    shift.cancelled_at.is_none() && now >= shift.starts_at - CHECK_IN_EARLY && now < shift.ends_at
}

fn is_table_of(conn: &mut DbConn, site_id: i32, table: i32) -> Result<bool, Error> {
    let count: i64 = site_tables::table
        .filter(site_tables::id.eq(table))
        .filter(site_tables::site_id.eq(site_id))
        .count()
        .get_result(conn)?;
    Ok(count == 1)
}

fn set_check_in(
    conn: &mut DbConn,
    shift_id: i32,
    user_id: i32,
    table: Option<i32>,
    moment: NaiveDateTime,
) -> Result<(), Error> {
    diesel::update(signup_of(shift_id, user_id).filter(shift_signups::checked_in_at.is_null()))
        .set((
            shift_signups::checked_in_at.eq(moment),
            shift_signups::no_show.eq(false),
            shift_signups::no_show_at.eq(None::<NaiveDateTime>),
            shift_signups::site_table_id.eq(table),
        ))
        .execute(conn)?;
    Ok(())
}

/// The volunteer leaves before the end; hours count until now.
pub fn check_out_self(
    conn: &mut DbConn,
    organisation_id: i32,
    shift_id: i32,
    user_id: i32,
    now: NaiveDateTime,
) -> Result<Result<(), Refusal>, Error> {
    write_tx(conn, |conn| {
        if super::find(conn, organisation_id, shift_id)?.is_none() {
            return Ok(Err(Refusal::NoSuchShift));
        }
        let changed = diesel::update(
            signup_of(shift_id, user_id)
                .filter(shift_signups::checked_in_at.is_not_null())
                .filter(shift_signups::checked_out_at.is_null()),
        )
        .set(shift_signups::checked_out_at.eq(now))
        .execute(conn)?;
        Ok(if changed == 1 {
            Ok(())
        } else {
            Err(Refusal::NotSignedUp)
        })
    })
}

/// What a coordinator records about a confirmed volunteer on a shift.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attendance {
    CheckedIn,
    NoShow,
    /// Takes back a check-in made within `UNDO_FOR`.
    UndoCheckIn,
    /// Takes back a no-show mark made within `UNDO_FOR`.
    UndoNoShow,
}

/// The coordinator checks a volunteer in (in the check-in window), marks them as not come
/// (once the shift has started, not for someone checked in), or takes either back for a few
/// minutes. `NoSuchShift` for another organisation's shift.
pub fn record_attendance(
    conn: &mut DbConn,
    organisation_id: i32,
    shift_id: i32,
    user_id: i32,
    attendance: Attendance,
    now: NaiveDateTime,
) -> Result<Result<(), Refusal>, Error> {
    write_tx(conn, |conn| {
        let Some(shift) = super::find(conn, organisation_id, shift_id)? else {
            return Ok(Err(Refusal::NoSuchShift));
        };
        if signup_state(conn, shift_id, user_id)? != Some(State::Confirmed) {
            return Ok(Err(Refusal::NotSignedUp));
        }
        let signup = signup_of(shift_id, user_id);
        let changed = match attendance {
            Attendance::CheckedIn => {
                if !check_in_open(&shift, now) {
                    return Ok(Err(Refusal::CheckInNotOpen));
                }
                if !users::may_be_on_duty(conn, organisation_id, user_id)? {
                    return Ok(Err(Refusal::NotActive));
                }
                set_check_in(conn, shift_id, user_id, None, now)?;
                1
            }
            Attendance::NoShow => {
                if now < shift.starts_at {
                    return Ok(Err(Refusal::NotStartedYet));
                }
                diesel::update(signup.filter(shift_signups::checked_in_at.is_null()))
                    .set((
                        shift_signups::no_show.eq(true),
                        shift_signups::no_show_at.eq(now),
                    ))
                    .execute(conn)?
            }
            Attendance::UndoCheckIn => diesel::update(
                signup
                    .filter(shift_signups::checked_in_at.gt(now - UNDO_FOR))
                    .filter(shift_signups::checked_out_at.is_null()),
            )
            .set((
                shift_signups::checked_in_at.eq(None::<NaiveDateTime>),
                shift_signups::site_table_id.eq(None::<i32>),
            ))
            .execute(conn)?,
            Attendance::UndoNoShow => {
                diesel::update(signup.filter(shift_signups::no_show_at.gt(now - UNDO_FOR)))
                    .set((
                        shift_signups::no_show.eq(false),
                        shift_signups::no_show_at.eq(None::<NaiveDateTime>),
                    ))
                    .execute(conn)?
            }
        };
        Ok(match (changed, attendance) {
            (0, Attendance::UndoCheckIn | Attendance::UndoNoShow) => Err(Refusal::TooLateToUndo),
            (0, _) => Err(Refusal::NotSignedUp),
            _ => Ok(()),
        })
    })
}

/// The volunteer leaves duty at once (paused, left the programme): checked out of every shift
/// they are checked in on now.
pub fn leave_duty(conn: &mut DbConn, user_id: i32, now: NaiveDateTime) -> Result<(), Error> {
    let on_now = shifts::table
        .filter(shifts::ends_at.gt(now))
        .select(shifts::id);
    diesel::update(
        shift_signups::table
            .filter(shift_signups::user_id.eq(user_id))
            .filter(shift_signups::shift_id.eq_any(on_now))
            .filter(shift_signups::checked_in_at.is_not_null())
            .filter(shift_signups::checked_out_at.is_null()),
    )
    .set(shift_signups::checked_out_at.eq(now))
    .execute(conn)?;
    Ok(())
}

/// Hours on duty: from check-in to check-out, or to the end of the shift.
pub fn hours(
    checked_in_at: Option<NaiveDateTime>,
    checked_out_at: Option<NaiveDateTime>,
    ends_at: NaiveDateTime,
) -> f64 {
    let Some(start) = checked_in_at else {
        return 0.0;
    };
    let end = checked_out_at.unwrap_or(ends_at).min(ends_at);
    ((end - start).num_minutes().max(0) as f64) / 60.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn hours_run_from_check_in_to_check_out_or_the_end() {
        let at = |h, m| {
            NaiveDate::from_ymd_opt(2026, 12, 1)
                .unwrap()
                .and_hms_opt(h, m, 0)
                .unwrap()
        };
        assert_eq!(hours(None, None, at(12, 0)), 0.0);
        assert_eq!(hours(Some(at(10, 0)), None, at(12, 0)), 2.0);
        assert_eq!(hours(Some(at(10, 15)), Some(at(11, 45)), at(12, 0)), 1.5);
        assert_eq!(
            hours(Some(at(9, 50)), Some(at(13, 0)), at(12, 0)),
            2.0 + 1.0 / 6.0
        );
    }
}
