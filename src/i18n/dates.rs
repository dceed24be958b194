//! Dates and times as a reader in Finland sees them: converted to Helsinki time with chrono-tz,
//! then written with each locale's own CLDR patterns through ICU4X. Every locale gets the
//! 24-hour clock and the digits 0-9 (`locales/README.md` says why), and a time range is
//! formatted as one unit, so that right-to-left text cannot take it apart.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Timelike};
use chrono_tz::Europe::Helsinki;
use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::{M, MDE, T, YM, YMD, YMDT};
use icu_datetime::options::YearStyle;
use icu_datetime::range::NoCalendarRangeFormatter;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_locale_core::Locale as IcuLocale;
use icu_time::{DateTime, Time};

use super::{Locale, LOCALES};

/// How long a locale's dates are: CLDR's medium length, its long one (month and weekday
/// spelled out), or all digits with the full year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateLength {
    Medium,
    Long,
    Numeric,
}

/// The formatters of one locale, made once.
struct Formats {
    day: FixedCalendarDateTimeFormatter<Gregorian, MDE>,
    date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    datetime: FixedCalendarDateTimeFormatter<Gregorian, YMDT>,
    times: NoCalendarRangeFormatter<T>,
    month: FixedCalendarDateTimeFormatter<Gregorian, YM>,
    month_alone: FixedCalendarDateTimeFormatter<Gregorian, M>,
    rtl: bool,
}

impl Formats {
    fn of(cldr: &str, length: DateLength, rtl: bool) -> Option<Formats> {
        // Digits 0-9 and the 24-hour clock in every locale, whatever its CLDR default.
        let locale: IcuLocale = format!("{cldr}-u-nu-latn-hc-h23").parse().ok()?;
        let (day, date) = match length {
            DateLength::Medium => (MDE::medium(), YMD::medium()),
            DateLength::Long => (MDE::long(), YMD::long()),
            DateLength::Numeric => (MDE::medium(), YMD::short().with_year_style(YearStyle::Full)),
        };
        Some(Formats {
            day: FixedCalendarDateTimeFormatter::try_new((&locale).into(), day).ok()?,
            date: FixedCalendarDateTimeFormatter::try_new((&locale).into(), date).ok()?,
            datetime: FixedCalendarDateTimeFormatter::try_new(
                (&locale).into(),
                date.with_time_hm(),
            )
            .ok()?,
            times: NoCalendarRangeFormatter::try_new((&locale).into(), T::hm()).ok()?,
            month: FixedCalendarDateTimeFormatter::try_new((&locale).into(), YM::long()).ok()?,
            month_alone: FixedCalendarDateTimeFormatter::try_new((&locale).into(), M::medium())
                .ok()?,
            rtl,
        })
    }
}

/// One entry a locale; `None` only if ICU4X had no data for it (then dates fall back to ISO).
static FORMATS: LazyLock<Vec<Option<Formats>>> = LazyLock::new(|| {
    LOCALES
        .iter()
        .map(|l| Formats::of(l.cldr, l.dates, l.rtl))
        .collect()
});

fn formats(locale: Locale) -> Option<&'static Formats> {
    FORMATS.get(locale.source_index())?.as_ref()
}

fn icu_date(date: NaiveDate) -> Option<Date<Gregorian>> {
    let (month, day) = (
        u8::try_from(date.month()).ok()?,
        u8::try_from(date.day()).ok()?,
    );
    Date::try_new_gregorian(date.year(), month, day).ok()
}

fn icu_time(time: NaiveTime) -> Option<Time> {
    let (hour, minute) = (
        u8::try_from(time.hour()).ok()?,
        u8::try_from(time.minute()).ok()?,
    );
    Time::try_new(hour, minute, 0, 0).ok()
}

fn in_helsinki(utc: NaiveDateTime) -> NaiveDateTime {
    Helsinki.from_utc_datetime(&utc).naive_local()
}

/// A moment stored in UTC, with its date and time: "8.12.2026 klo 10.00".
pub fn format_datetime(locale: Locale, utc: NaiveDateTime) -> String {
    let local = in_helsinki(utc);
    formats(locale)
        .zip(icu_date(local.date()))
        .zip(icu_time(local.time()))
        .map(|((f, date), time)| f.datetime.format(&DateTime { date, time }).to_string())
        .unwrap_or_else(|| local.format("%Y-%m-%d %H:%M").to_string())
}

/// A day as a heading, with its weekday: "ti 8.12.", "Talaado, Diseembar 8".
pub fn format_day(locale: Locale, date: NaiveDate) -> String {
    formats(locale)
        .zip(icu_date(date))
        .map(|(f, d)| f.day.format(&d).to_string())
        .unwrap_or_else(|| date.format("%Y-%m-%d").to_string())
}

/// A calendar date (a training or a badge): "8.12.2026", "08.12.2026", "8 ديسمبر 2026".
pub fn format_date(locale: Locale, date: NaiveDate) -> String {
    formats(locale)
        .zip(icu_date(date))
        .map(|(f, d)| f.date.format(&d).to_string())
        .unwrap_or_else(|| date.format("%Y-%m-%d").to_string())
}

/// A month with its year, spelled out (a row of the growth page's tables): "maaliskuu 2026",
/// "مارس 2026". CLDR's medium form is all digits in Finnish and Arabic.
pub fn format_month(locale: Locale, date: NaiveDate) -> String {
    formats(locale)
        .zip(icu_date(date))
        .map(|(f, d)| f.month.format(&d).to_string())
        .unwrap_or_else(|| date.format("%Y-%m").to_string())
}

/// A month's short name alone (a chart's axis): "maalis", "Mar".
pub fn format_month_alone(locale: Locale, date: NaiveDate) -> String {
    formats(locale)
        .zip(icu_date(date))
        .map(|(f, d)| f.month_alone.format(&d).to_string())
        .unwrap_or_else(|| date.format("%m").to_string())
}

/// The hours of a span as one unit: "10.00–12.00", "10:00 تا 12:00". In a right-to-left locale
/// the unit starts with a right-to-left mark, so that the start time stands on the right,
/// where the reader begins (CLDR's range patterns are written for that direction).
pub fn format_times(locale: Locale, start_utc: NaiveDateTime, end_utc: NaiveDateTime) -> String {
    let (start, end) = (in_helsinki(start_utc).time(), in_helsinki(end_utc).time());
    formats(locale)
        .zip(icu_time(start))
        .zip(icu_time(end))
        .map(|((f, s), e)| {
            let range = f.times.format(&s, &e).to_string();
            if f.rtl {
                format!("\u{200f}{range}")
            } else {
                range
            }
        })
        .unwrap_or_else(|| format!("{}–{}", start.format("%H:%M"), end.format("%H:%M")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(day: &str, time: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(&format!("{day} {time}"), "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn times_are_shown_in_helsinki_time_in_both_seasons() {
        let fi = Locale::DEFAULT;
        assert_eq!(
            format_datetime(fi, at("2026-01-15", "08:05")),
            "15.1.2026 klo 10.05"
        );
        assert_eq!(
            format_datetime(fi, at("2026-07-15", "08:05")),
            "15.7.2026 klo 11.05"
        );
    }

    #[test]
    fn each_locale_writes_dates_its_own_way() {
        let date = NaiveDate::from_ymd_opt(2026, 3, 12).unwrap();
        let by_code = |code| format_date(Locale::from_code(code).unwrap(), date);
        assert_eq!(by_code("fi"), "12.3.2026");
        // The 2026-12 review: ru, uk and et pad the month.
        assert_eq!(by_code("ru"), "12.03.2026");
        assert_eq!(by_code("uk"), "12.03.2026");
        assert_eq!(by_code("et"), "12.03.2026");
        assert_eq!(by_code("fa"), "12 مارس 2026");
    }

    #[test]
    fn months_are_written_with_the_locales_names() {
        let march = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        let all: Vec<String> = Locale::all()
            .map(|l| {
                format!(
                    "{}: {} / {}",
                    l.code(),
                    format_month(l, march),
                    format_month_alone(l, march)
                )
            })
            .collect();
        let fi = Locale::DEFAULT;
        assert_eq!(format_month(fi, march), "maaliskuu 2026", "{all:?}");
        assert_eq!(format_month_alone(fi, march), "maalis", "{all:?}");
        for (locale, line) in Locale::all().zip(&all) {
            assert!(format_month(locale, march).contains("2026"), "{line}");
        }
    }

    #[test]
    fn somali_weekdays_are_written_in_full() {
        let so = Locale::from_code("so").unwrap();
        let tuesday = NaiveDate::from_ymd_opt(2026, 12, 8).unwrap();
        assert!(
            format_day(so, tuesday).starts_with("Talaado"),
            "{}",
            format_day(so, tuesday)
        );
    }

    #[test]
    fn every_locale_uses_the_24_hour_clock_and_western_digits() {
        for locale in Locale::all() {
            // 12:30 UTC is 14:30 in Helsinki in December.
            let times = format_times(locale, at("2026-12-08", "10:00"), at("2026-12-08", "12:30"));
            assert!(
                times.contains("14:30") || times.contains("14.30"),
                "{}: {times}",
                locale.code()
            );
        }
    }
}
