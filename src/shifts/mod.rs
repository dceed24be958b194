//! Shifts: a time at a site when volunteers are on duty. Coordinators create them one at a
//! time or as a weekly series, edit and cancel them; volunteers sign up (`signups`). Times are
//! typed and shown in Finnish time and stored in UTC.

pub mod board;
pub mod calendar;
pub mod mine;
pub mod public;
pub mod routes;
pub mod signups;
pub mod volunteer_routes;

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use chrono_tz::Europe::Helsinki;
use diesel::prelude::*;

use crate::db::schema::{notices, organisations, shift_languages, shift_signups, shifts, sites};
use crate::db::{now, write_tx, DbConn};
use crate::error::Error;
use crate::languages;
use crate::web::forms::FieldErrors;

/// A weekly series makes at most this many shifts (a year), so a typo in the end date cannot
/// fill the calendar.
pub const MAX_SERIES: usize = 53;
pub const MAX_PLACES: i32 = 50;
/// Two weeks; the same bound as the column's check.
pub const MAX_WITHDRAW_LIMIT_HOURS: i32 = 336;

/// A shift as the form describes it, checked and in UTC.
#[derive(Debug, Clone, PartialEq)]
pub struct ShiftPlan {
    pub site_id: i32,
    /// The start and end of each shift: one, or one per week of a series.
    pub times: Vec<(NaiveDateTime, NaiveDateTime)>,
    pub places: i32,
    pub languages: Vec<String>,
    pub notes: String,
}

/// What a coordinator typed into the shift form, before checking.
#[derive(Debug, Default, Clone, rocket::form::FromForm, serde::Serialize)]
pub struct ShiftForm {
    #[field(default = String::new())]
    pub site_id: String,
    #[field(default = String::new())]
    pub date: String,
    #[field(default = String::new())]
    pub start: String,
    #[field(default = String::new())]
    pub end: String,
    #[field(default = String::new())]
    pub places: String,
    #[field(default = Vec::new())]
    pub languages: Vec<String>,
    #[field(default = String::new())]
    pub notes: String,
    /// "weekly" makes a series until `until`; anything else one shift.
    #[field(default = String::new())]
    pub repeat: String,
    #[field(default = String::new())]
    pub until: String,
}

/// Finnish wall-clock time to UTC. `None` for a time that does not exist (the hour skipped
/// when clocks go forward); the earlier of two when clocks go back.
pub fn helsinki_to_utc(date: NaiveDate, time: NaiveTime) -> Option<NaiveDateTime> {
    Helsinki
        .from_local_datetime(&date.and_time(time))
        .earliest()
        .map(|t| t.naive_utc())
}

pub fn utc_to_helsinki(utc: NaiveDateTime) -> NaiveDateTime {
    Helsinki.from_utc_datetime(&utc).naive_local()
}

fn parse_date(value: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").ok()
}

fn parse_time(value: &str) -> Option<NaiveTime> {
    let value = value.trim().replace('.', ":");
    NaiveTime::parse_from_str(&value, "%H:%M").ok()
}

impl ShiftForm {
    /// Checks every field; `site_ok` says whether the site belongs to the organisation.
    /// `allow_series` is false when editing one shift.
    pub fn check(
        &self,
        site_ok: impl Fn(i32) -> bool,
        allow_series: bool,
        errors: &mut FieldErrors,
    ) -> Option<ShiftPlan> {
        let site_id = self.site_id.parse().ok().filter(|id| site_ok(*id));
        if site_id.is_none() {
            errors.add("site_id", "form-error-choose");
        }
        let date = parse_date(&self.date);
        if date.is_none() {
            errors.add("date", "form-error-date");
        }
        let (start, end) = (parse_time(&self.start), parse_time(&self.end));
        if start.is_none() {
            errors.add("start", "form-error-time");
        }
        if end.is_none() {
            errors.add("end", "form-error-time");
        }
        if let (Some(start), Some(end)) = (start, end) {
            if end <= start {
                errors.add("end", "shift-error-ends-before-start");
            }
        }
        let places = self.places.trim().parse::<i32>().ok();
        match places {
            Some(p) if (1..=MAX_PLACES).contains(&p) => {}
            _ => errors.add("places", "shift-error-places"),
        }
        if self
            .languages
            .iter()
            .any(|code| languages::find(code).is_none())
        {
            errors.add("languages", "form-error-choose");
        }
        if self.notes.chars().count() > 500 {
            errors.add("notes", "form-error-too-long");
        }
        let dates = self.dates(date, allow_series, errors);
        let (site_id, start, end, places) = (site_id?, start?, end?, places?);
        let mut times = Vec::new();
        for day in dates? {
            match (helsinki_to_utc(day, start), helsinki_to_utc(day, end)) {
                (Some(s), Some(e)) if e > s => times.push((s, e)),
                _ => errors.add("start", "form-error-time"),
            }
        }
        if !errors.is_empty() {
            return None;
        }
        let mut languages = self.languages.clone();
        languages.sort();
        languages.dedup();
        Some(ShiftPlan {
            site_id,
            times,
            places,
            languages,
            notes: self.notes.trim().to_owned(),
        })
    }

    /// The days of the shift: one, or every week from `date` to `until`.
    fn dates(
        &self,
        date: Option<NaiveDate>,
        allow_series: bool,
        errors: &mut FieldErrors,
    ) -> Option<Vec<NaiveDate>> {
        let date = date?;
        if !(allow_series && self.repeat == "weekly") {
            return Some(vec![date]);
        }
        let Some(until) = parse_date(&self.until) else {
            errors.add("until", "shift-error-series-end");
            return None;
        };
        if until < date {
            errors.add("until", "shift-error-series-end-before");
            return None;
        }
        let days: Vec<NaiveDate> = (0..)
            .map(|week| date + Duration::weeks(week))
            .take_while(|d| *d <= until)
            .take(MAX_SERIES + 1)
            .collect();
        if days.len() > MAX_SERIES {
            errors.add("until", "shift-error-series-too-long");
            return None;
        }
        Some(days)
    }

    /// The form filled from a stored shift, for editing.
    pub fn of(shift: &Shift, languages: Vec<String>) -> ShiftForm {
        let (start, end) = (
            utc_to_helsinki(shift.starts_at),
            utc_to_helsinki(shift.ends_at),
        );
        ShiftForm {
            site_id: shift.site_id.to_string(),
            date: start.format("%Y-%m-%d").to_string(),
            start: start.format("%H:%M").to_string(),
            end: end.format("%H:%M").to_string(),
            places: shift.places.to_string(),
            languages,
            notes: shift.notes.clone(),
            repeat: String::new(),
            until: String::new(),
        }
    }
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
    pub notes: String,
    pub cancelled_at: Option<NaiveDateTime>,
}

/// Creates the planned shifts in one transaction; the shifts of a series share the first
/// one's id as `series_id`. Returns the ids.
pub fn create(
    conn: &mut DbConn,
    organisation_id: i32,
    plan: &ShiftPlan,
    by: i32,
) -> Result<Vec<i32>, Error> {
    write_tx(conn, |conn| {
        let mut ids = Vec::with_capacity(plan.times.len());
        for (starts_at, ends_at) in &plan.times {
            let stamp = now();
            let id: i32 = diesel::insert_into(shifts::table)
                .values((
                    shifts::organisation_id.eq(organisation_id),
                    shifts::site_id.eq(plan.site_id),
                    shifts::series_id.eq(ids.first().copied()),
                    shifts::starts_at.eq(starts_at),
                    shifts::ends_at.eq(ends_at),
                    shifts::places.eq(plan.places),
                    shifts::notes.eq(&plan.notes),
                    shifts::created_by.eq(by),
                    shifts::created_at.eq(stamp),
                    shifts::updated_at.eq(stamp),
                ))
                .returning(shifts::id)
                .get_result(conn)?;
            set_languages(conn, id, &plan.languages)?;
            ids.push(id);
        }
        if plan.times.len() > 1 {
            diesel::update(shifts::table.filter(shifts::id.eq(ids[0])))
                .set(shifts::series_id.eq(ids[0]))
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
#[derive(Debug, PartialEq, Eq)]
pub enum EditRefusal {
    /// Fewer places than volunteers already confirmed.
    FewerPlacesThanConfirmed(i64),
    Cancelled,
}

/// Changes one shift and tells everyone signed up. More places move people up from the
/// waiting list; fewer places than confirmed volunteers are refused.
pub fn edit(
    conn: &mut DbConn,
    shift: &Shift,
    plan: &ShiftPlan,
) -> Result<Result<(), EditRefusal>, Error> {
    let (starts_at, ends_at) = plan.times[0];
    write_tx(conn, |conn| {
        let current = signups::lock_shift(conn, shift.id)?;
        if current.cancelled_at.is_some() {
            return Ok(Err(EditRefusal::Cancelled));
        }
        let confirmed = signups::confirmed_count(conn, shift.id)?;
        if i64::from(plan.places) < confirmed {
            return Ok(Err(EditRefusal::FewerPlacesThanConfirmed(confirmed)));
        }
        diesel::update(shifts::table.filter(shifts::id.eq(shift.id)))
            .set((
                shifts::site_id.eq(plan.site_id),
                shifts::starts_at.eq(starts_at),
                shifts::ends_at.eq(ends_at),
                shifts::places.eq(plan.places),
                shifts::notes.eq(&plan.notes),
                shifts::updated_at.eq(now()),
            ))
            .execute(conn)?;
        set_languages(conn, shift.id, &plan.languages)?;
        notify_signed_up(conn, shift.id, "changed")?;
        signups::fill_free_places(conn, shift.id)?;
        Ok(Ok(()))
    })
}

/// Cancels a shift (it stays in the calendar, marked cancelled) and tells everyone signed up.
pub fn cancel(conn: &mut DbConn, shift: &Shift) -> Result<(), Error> {
    write_tx(conn, |conn| {
        let changed = diesel::update(
            shifts::table
                .filter(shifts::id.eq(shift.id))
                .filter(shifts::cancelled_at.is_null()),
        )
        .set((shifts::cancelled_at.eq(now()), shifts::updated_at.eq(now())))
        .execute(conn)?;
        if changed == 1 {
            notify_signed_up(conn, shift.id, "cancelled")?;
        }
        Ok(())
    })
}

/// A notice on the page of everyone confirmed or waiting on the shift.
fn notify_signed_up(conn: &mut DbConn, shift_id: i32, kind: &str) -> Result<(), Error> {
    let people: Vec<i32> = shift_signups::table
        .filter(shift_signups::shift_id.eq(shift_id))
        .filter(shift_signups::state.ne(signups::State::Withdrawn.as_str()))
        .select(shift_signups::user_id)
        .load(conn)?;
    for user_id in people {
        notify(conn, user_id, shift_id, kind)?;
    }
    Ok(())
}

pub fn notify(conn: &mut DbConn, user_id: i32, shift_id: i32, kind: &str) -> Result<(), Error> {
    diesel::insert_into(notices::table)
        .values((
            notices::user_id.eq(user_id),
            notices::shift_id.eq(shift_id),
            notices::kind.eq(kind),
            notices::created_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// The organisation's sites as (id, name), for the shift form.
pub fn site_choices(conn: &mut DbConn, organisation_id: i32) -> Result<Vec<(i32, String)>, Error> {
    Ok(sites::table
        .filter(sites::organisation_id.eq(organisation_id))
        .select((sites::id, sites::name))
        .order(sites::name)
        .load(conn)?)
}

/// How many hours before a shift's start volunteers of the organisation can still withdraw.
pub fn withdraw_limit_hours(conn: &mut DbConn, organisation_id: i32) -> Result<i32, Error> {
    Ok(organisations::table
        .filter(organisations::id.eq(organisation_id))
        .select(organisations::withdraw_limit_hours)
        .first(conn)?)
}

pub fn set_withdraw_limit_hours(
    conn: &mut DbConn,
    organisation_id: i32,
    hours: i32,
) -> Result<(), Error> {
    diesel::update(organisations::table.filter(organisations::id.eq(organisation_id)))
        .set(organisations::withdraw_limit_hours.eq(hours))
        .execute(conn)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(date: &str, start: &str, end: &str, places: &str) -> ShiftForm {
        ShiftForm {
            site_id: "1".into(),
            date: date.into(),
            start: start.into(),
            end: end.into(),
            places: places.into(),
            ..<ShiftForm as Default>::default()
        }
    }

    #[test]
    fn times_are_typed_in_finnish_time_and_stored_in_utc() {
        let mut errors = FieldErrors::default();
        let plan = form("2026-12-01", "10.00", "12:00", "2")
            .check(|_| true, true, &mut errors)
            .unwrap();
        let winter = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        assert_eq!(
            plan.times,
            vec![(
                winter.and_hms_opt(8, 0, 0).unwrap(),
                winter.and_hms_opt(10, 0, 0).unwrap()
            )]
        );
    }

    #[test]
    fn a_weekly_series_runs_until_its_end_date_across_the_clock_change() {
        let mut errors = FieldErrors::default();
        let mut series = form("2027-03-16", "10:00", "12:00", "3");
        series.repeat = "weekly".into();
        series.until = "2027-04-06".into();
        let plan = series.check(|_| true, true, &mut errors).unwrap();
        let hours: Vec<_> = plan
            .times
            .iter()
            .map(|(s, _)| utc_to_helsinki(*s).format("%m-%d %H:%M").to_string())
            .collect();
        assert_eq!(
            hours,
            ["03-16 10:00", "03-23 10:00", "03-30 10:00", "04-06 10:00"]
        );
    }

    #[test]
    fn bad_shifts_are_refused_field_by_field() {
        let mut errors = FieldErrors::default();
        let mut bad = form("2026-12-01", "12:00", "10:00", "0");
        bad.repeat = "weekly".into();
        bad.languages = vec!["xx".into()];
        assert!(bad.check(|_| false, true, &mut errors).is_none());
        assert_eq!(errors.get("site_id"), Some("form-error-choose"));
        assert_eq!(errors.get("end"), Some("shift-error-ends-before-start"));
        assert_eq!(errors.get("places"), Some("shift-error-places"));
        assert_eq!(errors.get("languages"), Some("form-error-choose"));
        assert_eq!(errors.get("until"), Some("shift-error-series-end"));
    }

    #[test]
    fn a_series_longer_than_a_year_is_refused() {
        let mut errors = FieldErrors::default();
        let mut long = form("2026-12-01", "10:00", "12:00", "2");
        long.repeat = "weekly".into();
        long.until = "2028-12-01".into();
        assert!(long.check(|_| true, true, &mut errors).is_none());
        assert_eq!(errors.get("until"), Some("shift-error-series-too-long"));
    }
}
