//! The one clock of the service, and the calendar of Finland where the programme runs. Nothing
//! else reads the time: the web layer asks the `Clock` in Rocket's state for "now" once per
//! request and passes it into the domain as a value, so every rule can be tested at any instant.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Europe::Helsinki;

/// Where "now" comes from: the system clock in production, or a clock that tests and the
/// browser tests set.
#[derive(Clone)]
pub struct Clock(Source);

#[derive(Clone)]
enum Source {
    System,
    /// Stands still at the stored instant (microseconds since the epoch) until a `ClockHand`
    /// moves it.
    Fixed(Arc<AtomicI64>),
    /// Runs at the system clock's pace from an instant chosen at start.
    Shifted(Duration),
}

/// Moves a fixed clock; only tests hold one.
#[derive(Clone)]
pub struct ClockHand(Arc<AtomicI64>);

impl Clock {
    pub fn system() -> Clock {
        Clock(Source::System)
    }

    /// A clock that stands at `at` (UTC) until its hand moves it.
    pub fn fixed(at: NaiveDateTime) -> (Clock, ClockHand) {
        let micros = Arc::new(AtomicI64::new(micros_of(at)));
        (Clock(Source::Fixed(Arc::clone(&micros))), ClockHand(micros))
    }

    /// A clock that shows `at` (UTC) now and runs on from there, for a server that a browser
    /// test starts at a chosen instant.
    pub fn starting_at(at: NaiveDateTime) -> Clock {
        Clock(Source::Shifted(at - system_now()))
    }

    /// Whether time stands still until someone moves it (the integration tests' clock). Work
    /// on a timer does not run then: a test runs each round itself, at the instant it states.
    pub fn stands_still(&self) -> bool {
        matches!(self.0, Source::Fixed(_))
    }

    /// The current instant in UTC, cut to microseconds, which both databases keep exactly.
    pub fn now(&self) -> NaiveDateTime {
        match &self.0 {
            Source::System => system_now(),
            Source::Fixed(micros) => from_micros(micros.load(Ordering::SeqCst)),
            Source::Shifted(by) => system_now() + *by,
        }
    }
}

impl ClockHand {
    pub fn set(&self, at: NaiveDateTime) {
        self.0.store(micros_of(at), Ordering::SeqCst);
    }

    pub fn advance(&self, by: Duration) {
        self.0
            .fetch_add(by.num_microseconds().unwrap_or(i64::MAX), Ordering::SeqCst);
    }
}

fn system_now() -> NaiveDateTime {
    from_micros(Utc::now().timestamp_micros())
}

fn micros_of(at: NaiveDateTime) -> i64 {
    at.and_utc().timestamp_micros()
}

fn from_micros(micros: i64) -> NaiveDateTime {
    DateTime::from_timestamp_micros(micros)
        .unwrap_or_default()
        .naive_utc()
}

/// An instant (UTC) as the wall clock in Finland shows it.
pub fn to_helsinki(utc: NaiveDateTime) -> NaiveDateTime {
    Helsinki.from_utc_datetime(&utc).naive_local()
}

/// Finnish wall-clock time to UTC. `None` for a time that does not exist (the hour skipped
/// when clocks go forward); the earlier of two when clocks go back.
pub fn helsinki_to_utc(date: NaiveDate, time: NaiveTime) -> Option<NaiveDateTime> {
    Helsinki
        .from_local_datetime(&date.and_time(time))
        .earliest()
        .map(|t| t.naive_utc())
}

/// The day it is in Finland at `now`: the day starts at midnight in Helsinki, not in UTC.
pub fn today_in_finland(now: NaiveDateTime) -> NaiveDate {
    to_helsinki(now).date()
}

/// The Monday of the ISO week that `day` is in.
pub fn monday_of(day: NaiveDate) -> NaiveDate {
    day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

/// The ISO week's name, like `2026-W49`.
pub fn iso_week_name(day: NaiveDate) -> String {
    day.format("%G-W%V").to_string()
}

/// The years a calendar page may show; further off is a typing mistake or a crafted address,
/// and the weeks next to it must still exist.
const CALENDAR_YEARS: std::ops::RangeInclusive<i32> = 2000..=2200;

/// The Monday of a week named like `2026-W49`; `None` for anything else, and for weeks
/// outside `CALENDAR_YEARS`.
pub fn parse_iso_week(name: &str) -> Option<NaiveDate> {
    let (year, week) = name.trim().split_once("-W")?;
    let year = year
        .parse::<i32>()
        .ok()
        .filter(|y| CALENDAR_YEARS.contains(y))?;
    let week = week.parse::<u32>().ok()?;
    NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Mon)
}

/// The start (UTC) of a day in Finland; midnight always exists there (clocks change at 03:00
/// and 04:00).
pub fn start_of_day(day: NaiveDate) -> NaiveDateTime {
    helsinki_to_utc(day, NaiveTime::MIN).unwrap_or(day.and_time(NaiveTime::MIN))
}

/// A day in Finland as a UTC range: from its start to the next day's start.
pub fn day_span(day: NaiveDate) -> (NaiveDateTime, NaiveDateTime) {
    (
        start_of_day(day),
        start_of_day(day + chrono::Duration::days(1)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|day| day.and_hms_opt(h, min, 0))
            .unwrap()
    }

    #[test]
    fn clock_fixed_stands_still_until_its_hand_moves_it() {
        let (clock, hand) = Clock::fixed(utc(2026, 12, 7, 10, 0));
        assert_eq!(clock.now(), utc(2026, 12, 7, 10, 0));
        assert_eq!(clock.now(), clock.now());
        hand.advance(Duration::minutes(90));
        assert_eq!(clock.now(), utc(2026, 12, 7, 11, 30));
        hand.set(utc(2027, 3, 28, 0, 30));
        assert_eq!(clock.clone().now(), utc(2027, 3, 28, 0, 30));
    }

    #[test]
    fn clock_starting_at_runs_on_from_the_chosen_instant() {
        let clock = Clock::starting_at(utc(2026, 12, 8, 8, 30));
        let shown = clock.now();
        assert!(shown >= utc(2026, 12, 8, 8, 30) && shown < utc(2026, 12, 8, 8, 31));
    }

    #[test]
    fn clock_today_in_finland_starts_at_helsinki_midnight() {
        // 23:30 UTC on Sunday is 01:30 on Monday in winter.
        assert_eq!(
            today_in_finland(utc(2026, 12, 6, 23, 30)),
            NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
        );
        assert_eq!(
            today_in_finland(utc(2026, 12, 6, 21, 59)),
            NaiveDate::from_ymd_opt(2026, 12, 6).unwrap()
        );
    }

    #[test]
    fn clock_weeks_are_named_the_iso_way() {
        let monday = parse_iso_week("2026-W49").unwrap();
        assert_eq!(monday, NaiveDate::from_ymd_opt(2026, 11, 30).unwrap());
        assert_eq!(iso_week_name(monday), "2026-W49");
        assert_eq!(iso_week_name(monday + Duration::weeks(5)), "2027-W01");
        assert_eq!(
            monday_of(NaiveDate::from_ymd_opt(2026, 12, 6).unwrap()),
            monday
        );
        for bad in ["nonsense", "+262143-W01", "2026-W60", "-W1", "2026-W"] {
            assert_eq!(parse_iso_week(bad), None, "{bad}");
        }
    }

    #[test]
    fn clock_helsinki_time_across_the_clock_changes() {
        let spring = NaiveDate::from_ymd_opt(2027, 3, 28).unwrap();
        let skipped = NaiveTime::from_hms_opt(3, 30, 0).unwrap();
        assert_eq!(helsinki_to_utc(spring, skipped), None);
        let autumn = NaiveDate::from_ymd_opt(2026, 10, 25).unwrap();
        let twice = NaiveTime::from_hms_opt(3, 30, 0).unwrap();
        assert_eq!(
            helsinki_to_utc(autumn, twice),
            Some(utc(2026, 10, 25, 0, 30))
        );
        assert_eq!(start_of_day(spring), utc(2027, 3, 27, 22, 0));
        assert_eq!(to_helsinki(utc(2027, 3, 28, 1, 0)), utc(2027, 3, 28, 4, 0));
    }
}
