//! Shifts: a time at a site when volunteers are on duty. Coordinators create them one at a
//! time or as a weekly series, edit and cancel them; volunteers sign up (`signups`). Times are
//! typed and shown in Finnish time and stored in UTC.

pub mod board;
pub mod calendar;
pub mod coverage;
pub mod mine;
pub mod public;
pub mod public_routes;
pub mod routes;
pub mod signups;
pub mod tomorrow;
pub mod volunteer_routes;

use std::collections::HashMap;

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};
use diesel::prelude::*;

use crate::clock::{helsinki_to_utc, to_helsinki};
use crate::db::schema::{notices, shift_languages, shift_signups, shift_texts, shifts, sites};
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::reminders::{self, Reminder, ShiftFacts};
use crate::staff_texts::Translations;
use crate::stored_enum;

/// A weekly series makes at most this many shifts (a year), so a typo in the end date cannot
/// fill the calendar.
pub const MAX_SERIES: usize = 53;
pub const MAX_PLACES: i32 = 50;

/// A shift as the coordinator planned it, checked and in UTC.
#[derive(Debug, Clone, PartialEq)]
pub struct ShiftPlan {
    pub site_id: i32,
    /// The start and end of each shift: one, or one per week of a series.
    pub times: Vec<(NaiveDateTime, NaiveDateTime)>,
    pub places: i32,
    pub languages: Vec<String>,
    pub notes: Translations,
}

/// What is wrong with the days or times of a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanProblem {
    EndsBeforeStart,
    /// A time that does not exist in Finland that day (the hour skipped in spring).
    NoSuchTime,
    SeriesEndsBeforeStart,
    SeriesTooLong,
}

/// Every week from `first` until `until`, at most `MAX_SERIES` days.
pub fn weekly_dates(first: NaiveDate, until: NaiveDate) -> Result<Vec<NaiveDate>, PlanProblem> {
    if until < first {
        return Err(PlanProblem::SeriesEndsBeforeStart);
    }
    let days: Vec<NaiveDate> = (0..)
        .map(|week| first + Duration::weeks(week))
        .take_while(|d| *d <= until)
        .take(MAX_SERIES + 1)
        .collect();
    if days.len() > MAX_SERIES {
        return Err(PlanProblem::SeriesTooLong);
    }
    Ok(days)
}

/// The start and end in UTC of a shift from `start` to `end` Finnish time on each day; a
/// series keeps the wall clock across the change to summer time (10:00 stays 10:00).
pub fn times_on(
    days: &[NaiveDate],
    start: NaiveTime,
    end: NaiveTime,
) -> Result<Vec<(NaiveDateTime, NaiveDateTime)>, PlanProblem> {
    if end <= start {
        return Err(PlanProblem::EndsBeforeStart);
    }
    days.iter()
        .map(
            |day| match (helsinki_to_utc(*day, start), helsinki_to_utc(*day, end)) {
                (Some(s), Some(e)) if e > s => Ok((s, e)),
                _ => Err(PlanProblem::NoSuchTime),
            },
        )
        .collect()
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = shifts)]
pub struct Shift {
    pub id: i32,
    pub organisation_id: i32,
    pub site_id: i32,
    pub series_id: Option<i32>,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub places: i32,
    pub cancelled_at: Option<NaiveDateTime>,
}

/// Creates the planned shifts in one transaction; the shifts of a series share the first
/// one's id as `series_id`. Returns the ids.
pub fn create(
    conn: &mut DbConn,
    organisation_id: i32,
    plan: &ShiftPlan,
    by_user: i32,
    now: NaiveDateTime,
) -> Result<Vec<i32>, Error> {
    write_tx(conn, |conn| {
        let mut ids = Vec::with_capacity(plan.times.len());
        for (starts_at, ends_at) in &plan.times {
            let id: i32 = diesel::insert_into(shifts::table)
                .values((
                    shifts::organisation_id.eq(organisation_id),
                    shifts::site_id.eq(plan.site_id),
                    shifts::series_id.eq(ids.first().copied()),
                    shifts::starts_at.eq(starts_at),
                    shifts::ends_at.eq(ends_at),
                    shifts::places.eq(plan.places),
                    shifts::created_by.eq(by_user),
                    shifts::created_at.eq(now),
                    shifts::updated_at.eq(now),
                ))
                .returning(shifts::id)
                .get_result(conn)?;
            set_languages(conn, id, &plan.languages)?;
            set_notes(conn, id, &plan.notes)?;
            ids.push(id);
        }
        if let [first, _, ..] = ids[..] {
            diesel::update(shifts::table.filter(shifts::id.eq(first)))
                .set(shifts::series_id.eq(first))
                .execute(conn)?;
        }
        Ok(ids)
    })
}

fn set_languages(conn: &mut DbConn, shift_id: i32, codes: &[String]) -> Result<(), Error> {
    diesel::delete(shift_languages::table.filter(shift_languages::shift_id.eq(shift_id)))
        .execute(conn)?;
    // One row at a time: batch inserts do not exist for the two-backend connection.
    for code in codes {
        diesel::insert_into(shift_languages::table)
            .values((
                shift_languages::shift_id.eq(shift_id),
                shift_languages::language.eq(code),
            ))
            .execute(conn)?;
    }
    Ok(())
}

fn set_notes(conn: &mut DbConn, shift_id: i32, notes: &Translations) -> Result<(), Error> {
    diesel::delete(shift_texts::table.filter(shift_texts::shift_id.eq(shift_id))).execute(conn)?;
    for (locale, body) in notes.iter() {
        diesel::insert_into(shift_texts::table)
            .values((
                shift_texts::shift_id.eq(shift_id),
                shift_texts::locale.eq(locale),
                shift_texts::body.eq(body),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The notes of each of these shifts, in the languages they were written in.
pub fn notes_of(conn: &mut DbConn, ids: &[i32]) -> Result<HashMap<i32, Translations>, Error> {
    let rows: Vec<(i32, String, String)> = shift_texts::table
        .filter(shift_texts::shift_id.eq_any(ids))
        .select((
            shift_texts::shift_id,
            shift_texts::locale,
            shift_texts::body,
        ))
        .load(conn)?;
    let mut pairs: HashMap<i32, Vec<(String, String)>> = HashMap::new();
    for (shift, locale, body) in rows {
        pairs.entry(shift).or_default().push((locale, body));
    }
    Ok(pairs
        .into_iter()
        .map(|(shift, texts)| (shift, Translations::new(texts)))
        .collect())
}

/// A shift of this organisation, or `None` (another organisation's shift is not found).
pub fn find(conn: &mut DbConn, organisation_id: i32, id: i32) -> Result<Option<Shift>, Error> {
    Ok(shifts::table
        .filter(shifts::id.eq(id))
        .filter(shifts::organisation_id.eq(organisation_id))
        .select(Shift::as_select())
        .first(conn)
        .optional()?)
}

pub fn languages_of(conn: &mut DbConn, shift_id: i32) -> Result<Vec<String>, Error> {
    Ok(shift_languages::table
        .filter(shift_languages::shift_id.eq(shift_id))
        .select(shift_languages::language)
        .order(shift_languages::language)
        .load(conn)?)
}

/// Why an edit was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditRefusal {
    /// Fewer places than volunteers already confirmed (on one of the shifts changed).
    FewerPlacesThanConfirmed(i64),
    Cancelled,
    /// The new time does not exist on one of the series' days (the hour skipped in spring).
    NoSuchTime,
}

stored_enum! {
    /// Which shifts of a weekly series a change or a cancellation is for.
    pub enum Scope {
        /// This shift only.
        One = "one",
        /// This shift and the later ones of its series.
        Following = "following",
        /// Every shift of the series.
        Series = "series",
    }
}

/// The shifts of the organisation a change to `shift` with `scope` is for, in time order; the
/// cancelled ones are left out. A shift outside a series is its own scope.
pub fn in_scope(conn: &mut DbConn, shift: &Shift, scope: Scope) -> Result<Vec<Shift>, Error> {
    let Some(series) = shift.series_id.filter(|_| scope != Scope::One) else {
        return Ok(vec![shift.clone()]);
    };
    let mut query = shifts::table
        .filter(shifts::organisation_id.eq(shift.organisation_id))
        .filter(shifts::series_id.eq(series))
        .filter(shifts::cancelled_at.is_null())
        .order(shifts::starts_at)
        .select(Shift::as_select())
        .into_boxed();
    if scope == Scope::Following {
        query = query.filter(shifts::starts_at.ge(shift.starts_at));
    }
    Ok(query.load(conn)?)
}

/// Changes a shift, or the shifts of its series in `scope` (each keeps its own date and takes
/// the plan's times of day), and tells everyone signed up. More places move people up from
/// the waiting list; fewer places than confirmed volunteers on any of them refuse the whole
/// change.
pub fn edit(
    conn: &mut DbConn,
    shift: &Shift,
    scope: Scope,
    plan: &ShiftPlan,
    now: NaiveDateTime,
) -> Result<Result<usize, EditRefusal>, Error> {
    let Some(&(starts_at, ends_at)) = plan.times.first() else {
        return Err(Error::Invalid);
    };
    let (start_time, end_time) = (to_helsinki(starts_at).time(), to_helsinki(ends_at).time());
    write_tx(conn, |conn| {
        let current = signups::lock_shift(conn, shift.id)?;
        if current.cancelled_at.is_some() {
            return Ok(Err(EditRefusal::Cancelled));
        }
        let targets = in_scope(conn, &current, scope)?;
        let mut changes = Vec::with_capacity(targets.len());
        // Every shift is checked (under its lock) before any is changed.
        for target in &targets {
            let times = if target.id == shift.id {
                (starts_at, ends_at)
            } else {
                let day = to_helsinki(target.starts_at).date();
                match times_on(&[day], start_time, end_time) {
                    Ok(times) => times[0],
                    Err(_) => return Ok(Err(EditRefusal::NoSuchTime)),
                }
            };
            signups::lock_shift(conn, target.id)?;
            let confirmed = signups::confirmed_count(conn, target.id)?;
            if i64::from(plan.places) < confirmed {
                return Ok(Err(EditRefusal::FewerPlacesThanConfirmed(confirmed)));
            }
            changes.push((target.id, times));
        }
        for (id, (starts_at, ends_at)) in changes {
            diesel::update(shifts::table.filter(shifts::id.eq(id)))
                .set((
                    shifts::site_id.eq(plan.site_id),
                    shifts::starts_at.eq(starts_at),
                    shifts::ends_at.eq(ends_at),
                    shifts::places.eq(plan.places),
                    shifts::updated_at.eq(now),
                ))
                .execute(conn)?;
            set_languages(conn, id, &plan.languages)?;
            set_notes(conn, id, &plan.notes)?;
            notify_signed_up(conn, id, NoticeKind::Changed, now)?;
            signups::fill_free_places(conn, id, now)?;
        }
        Ok(Ok(targets.len()))
    })
}

/// Cancels a shift, or the shifts of its series in `scope` (they stay in the calendar,
/// marked cancelled), and tells everyone signed up. Returns how many were cancelled.
pub fn cancel(
    conn: &mut DbConn,
    shift: &Shift,
    scope: Scope,
    now: NaiveDateTime,
) -> Result<usize, Error> {
    write_tx(conn, |conn| {
        let mut cancelled = 0;
        for target in in_scope(conn, shift, scope)? {
            let changed = diesel::update(
                shifts::table
                    .filter(shifts::id.eq(target.id))
                    .filter(shifts::cancelled_at.is_null()),
            )
            .set((shifts::cancelled_at.eq(now), shifts::updated_at.eq(now)))
            .execute(conn)?;
            if changed == 1 {
                notify_signed_up(conn, target.id, NoticeKind::Cancelled, now)?;
                cancelled += 1;
            }
        }
        Ok(cancelled)
    })
}

stored_enum! {
    /// What a notice on a volunteer's page says happened to a shift.
    pub enum NoticeKind {
        Changed = "changed",
        Cancelled = "cancelled",
        /// Moved up from the waiting list.
        Promoted = "promoted",
    }
}

/// A notice on the page of everyone confirmed or waiting on the shift, and a mail in the
/// outbox for each (in the same transaction).
fn notify_signed_up(
    conn: &mut DbConn,
    shift_id: i32,
    kind: NoticeKind,
    now: NaiveDateTime,
) -> Result<(), Error> {
    let people: Vec<(i32, i32)> = shift_signups::table
        .filter(shift_signups::shift_id.eq(shift_id))
        .filter(shift_signups::state.ne(signups::State::Withdrawn.as_str()))
        .select((shift_signups::id, shift_signups::user_id))
        .load(conn)?;
    for (signup_id, user_id) in people {
        notify(conn, user_id, shift_id, kind, now)?;
        mail(conn, signup_id, user_id, shift_id, kind, now)?;
    }
    Ok(())
}

/// The outbox's mail for a notice, with the shift as it is now.
pub fn mail(
    conn: &mut DbConn,
    signup_id: i32,
    user_id: i32,
    shift_id: i32,
    kind: NoticeKind,
    now: NaiveDateTime,
) -> Result<(), Error> {
    let kind = match kind {
        NoticeKind::Changed => reminders::Kind::ShiftChanged,
        NoticeKind::Cancelled => reminders::Kind::ShiftCancelled,
        NoticeKind::Promoted => reminders::Kind::Promoted,
    };
    let facts = facts_of(conn, shift_id)?;
    let reminder = Reminder::about_shift(kind, signup_id, user_id, facts, now);
    reminders::enqueue(conn, &reminder, now)?;
    Ok(())
}

/// What a mail says about a shift: its times and its site.
pub fn facts_of(conn: &mut DbConn, shift_id: i32) -> Result<ShiftFacts, Error> {
    let (starts_at, ends_at, site) = shifts::table
        .inner_join(sites::table)
        .filter(shifts::id.eq(shift_id))
        .select((shifts::starts_at, shifts::ends_at, sites::name))
        .first(conn)?;
    Ok(ShiftFacts {
        starts_at,
        ends_at,
        site,
    })
}

pub fn notify(
    conn: &mut DbConn,
    user_id: i32,
    shift_id: i32,
    kind: NoticeKind,
    now: NaiveDateTime,
) -> Result<(), Error> {
    diesel::insert_into(notices::table)
        .values((
            notices::user_id.eq(user_id),
            notices::shift_id.eq(shift_id),
            notices::kind.eq(kind.as_str()),
            notices::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::to_helsinki;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn time(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn times_are_typed_in_finnish_time_and_stored_in_utc() {
        let winter = day("2026-12-01");
        let times = times_on(&[winter], time(10, 0), time(12, 0)).unwrap();
        assert_eq!(
            times,
            vec![(
                winter.and_hms_opt(8, 0, 0).unwrap(),
                winter.and_hms_opt(10, 0, 0).unwrap()
            )]
        );
        assert_eq!(
            times_on(&[winter], time(12, 0), time(10, 0)),
            Err(PlanProblem::EndsBeforeStart)
        );
        assert_eq!(
            times_on(&[day("2027-03-28")], time(3, 15), time(5, 0)),
            Err(PlanProblem::NoSuchTime)
        );
    }

    #[test]
    fn a_weekly_series_runs_until_its_end_date_across_the_clock_change() {
        let days = weekly_dates(day("2027-03-16"), day("2027-04-06")).unwrap();
        let times = times_on(&days, time(10, 0), time(12, 0)).unwrap();
        let hours: Vec<_> = times
            .iter()
            .map(|(s, _)| to_helsinki(*s).format("%m-%d %H:%M").to_string())
            .collect();
        assert_eq!(
            hours,
            ["03-16 10:00", "03-23 10:00", "03-30 10:00", "04-06 10:00"]
        );
    }

    #[test]
    fn a_series_ends_after_it_starts_and_within_a_year() {
        assert_eq!(
            weekly_dates(day("2026-12-08"), day("2026-12-01")),
            Err(PlanProblem::SeriesEndsBeforeStart)
        );
        assert_eq!(
            weekly_dates(day("2026-12-01"), day("2028-12-01")),
            Err(PlanProblem::SeriesTooLong)
        );
        assert_eq!(
            weekly_dates(day("2026-12-01"), day("2026-12-01"))
                .unwrap()
                .len(),
            1
        );
    }
}
