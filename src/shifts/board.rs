//! The coordinator's week board: every shift of the week with who comes, which languages they
//! speak, who is new, and the gaps ("Tue 10–12, food-aid site: nobody speaks Arabic").

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime};
use diesel::prelude::*;
use serde::Serialize;

use super::signups::State;
use super::{helsinki_to_utc, utc_to_helsinki};
use crate::db::schema::{
    shift_languages, shift_signups, shifts, sites, users, volunteer_languages,
};
use crate::db::{now, DbConn};
use crate::error::Error;
use crate::i18n::{format_day, format_time_span, Locale};
use crate::languages;

/// A volunteer is "new" on the board during their first this many shifts, so that a
/// coordinator never leaves them alone.
pub const NEW_VOLUNTEER_SHIFTS: usize = 3;

#[derive(Debug, Serialize, PartialEq, Eq, Clone)]
pub struct LanguageView {
    pub code: String,
    pub endonym: &'static str,
}

impl LanguageView {
    pub fn of(code: &str) -> Option<LanguageView> {
        languages::find(code).map(|l| LanguageView {
            code: l.code.to_owned(),
            endonym: l.endonym,
        })
    }
}

#[derive(Debug, Serialize)]
pub struct PersonOnShift {
    pub user_id: i32,
    pub name: String,
    pub languages: Vec<LanguageView>,
    pub new_volunteer: bool,
    pub checked_in: bool,
    pub no_show: bool,
}

#[derive(Debug, Serialize)]
pub struct ShiftCard {
    pub id: i32,
    pub when: String,
    pub site: String,
    pub places: i32,
    pub notes: String,
    pub cancelled: bool,
    pub started: bool,
    pub confirmed: Vec<PersonOnShift>,
    pub confirmed_count: usize,
    pub waiting: usize,
    pub wanted: Vec<LanguageView>,
    /// Translated sentences, each one gap.
    pub gaps: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct DayView {
    pub heading: String,
    pub shifts: Vec<ShiftCard>,
}

#[derive(Debug, Serialize)]
pub struct WeekBoard {
    pub days: Vec<DayView>,
    /// Every gap of the week as one line with its time and site.
    pub gaps: Vec<String>,
    pub week: String,
    pub previous_week: String,
    pub next_week: String,
}

/// The Monday of the ISO week named like `2026-W49`, or of this week.
pub fn monday_of(week: Option<&str>) -> NaiveDate {
    week.and_then(|w| NaiveDate::parse_from_str(&format!("{w}-1"), "%G-W%V-%u").ok())
        .unwrap_or_else(|| {
            let today = utc_to_helsinki(now()).date();
            today - Duration::days(i64::from(today.weekday().num_days_from_monday()))
        })
}

fn week_name(monday: NaiveDate) -> String {
    monday.format("%G-W%V").to_string()
}

type ShiftRow = (
    i32,
    NaiveDateTime,
    NaiveDateTime,
    i32,
    String,
    Option<NaiveDateTime>,
    String,
);
type SignupRow = (i32, i32, String, String, Option<NaiveDateTime>, bool);

pub fn week(
    conn: &mut DbConn,
    organisation_id: i32,
    monday: NaiveDate,
    locale: Locale,
) -> Result<WeekBoard, Error> {
    let midnight = NaiveTime::MIN;
    let from = helsinki_to_utc(monday, midnight).unwrap_or(monday.and_time(midnight));
    let until =
        helsinki_to_utc(monday + Duration::weeks(1), midnight).unwrap_or(from + Duration::weeks(1));
    let rows: Vec<ShiftRow> = shifts::table
        .inner_join(sites::table)
        .filter(shifts::organisation_id.eq(organisation_id))
        .filter(shifts::starts_at.ge(from))
        .filter(shifts::starts_at.lt(until))
        .order((shifts::starts_at, sites::name))
        .select((
            shifts::id,
            shifts::starts_at,
            shifts::ends_at,
            shifts::places,
            shifts::notes,
            shifts::cancelled_at,
            sites::name,
        ))
        .load(conn)?;
    let ids: Vec<i32> = rows.iter().map(|r| r.0).collect();
    let signups: Vec<SignupRow> = shift_signups::table
        .inner_join(users::table)
        .filter(shift_signups::shift_id.eq_any(&ids))
        .filter(shift_signups::state.ne(State::Withdrawn.as_str()))
        .order((shift_signups::queued_at, shift_signups::id))
        .select((
            shift_signups::shift_id,
            shift_signups::user_id,
            shift_signups::state,
            users::display_name,
            shift_signups::checked_in_at,
            shift_signups::no_show,
        ))
        .load(conn)?;
    let people: Vec<i32> = signups.iter().map(|s| s.1).collect();
    let spoken = spoken_languages(conn, &people)?;
    let attended = attended_starts(conn, &people)?;
    let mut wanted: HashMap<i32, Vec<String>> = HashMap::new();
    for (shift_id, code) in shift_languages::table
        .filter(shift_languages::shift_id.eq_any(&ids))
        .select((shift_languages::shift_id, shift_languages::language))
        .load::<(i32, String)>(conn)?
    {
        wanted.entry(shift_id).or_default().push(code);
    }
    let moment = now();
    let mut days: BTreeMap<NaiveDate, Vec<ShiftCard>> = BTreeMap::new();
    let mut all_gaps = Vec::new();
    for (id, starts_at, ends_at, places, notes, cancelled_at, site) in rows {
        let mut card = ShiftCard {
            id,
            when: format_time_span(locale, starts_at, ends_at),
            site,
            places,
            notes,
            cancelled: cancelled_at.is_some(),
            started: starts_at <= moment,
            confirmed: Vec::new(),
            confirmed_count: 0,
            waiting: 0,
            wanted: wanted
                .remove(&id)
                .unwrap_or_default()
                .iter()
                .filter_map(|c| LanguageView::of(c))
                .collect(),
            gaps: Vec::new(),
        };
        for (_, user_id, state, name, checked_in_at, no_show) in
            signups.iter().filter(|s| s.0 == id)
        {
            if State::parse(state) == State::Waiting {
                card.waiting += 1;
                continue;
            }
            let earlier = attended.get(user_id).map_or(0, |starts| {
                starts.iter().filter(|s| **s < starts_at).count()
            });
            card.confirmed.push(PersonOnShift {
                user_id: *user_id,
                name: name.clone(),
                languages: spoken.get(user_id).cloned().unwrap_or_default(),
                new_volunteer: earlier < NEW_VOLUNTEER_SHIFTS,
                checked_in: checked_in_at.is_some(),
                no_show: *no_show,
            });
        }
        card.confirmed_count = card.confirmed.len();
        if !card.cancelled {
            card.gaps = gaps(&card, locale);
            all_gaps.extend(card.gaps.iter().map(|gap| {
                locale.message(
                    "board-gap-line",
                    &[
                        ("when", card.when.clone().into()),
                        ("site", card.site.clone().into()),
                        ("gap", gap.clone().into()),
                    ],
                )
            }));
        }
        days.entry(utc_to_helsinki(starts_at).date())
            .or_default()
            .push(card);
    }
    Ok(WeekBoard {
        days: days
            .into_iter()
            .map(|(day, shifts)| DayView {
                heading: format_day(locale, day),
                shifts,
            })
            .collect(),
        gaps: all_gaps,
        week: week_name(monday),
        previous_week: week_name(monday - Duration::weeks(1)),
        next_week: week_name(monday + Duration::weeks(1)),
    })
}

/// The gaps of one shift: wanted languages nobody speaks, free places, a new volunteer alone.
fn gaps(card: &ShiftCard, locale: Locale) -> Vec<String> {
    let mut gaps = Vec::new();
    for language in &card.wanted {
        let covered = card
            .confirmed
            .iter()
            .any(|p| p.languages.iter().any(|l| l.code == language.code));
        if !covered {
            gaps.push(locale.message(
                "board-gap-language",
                &[("language", language.endonym.into())],
            ));
        }
    }
    let free = card.places - card.confirmed_count as i32;
    if free > 0 {
        gaps.push(locale.message("board-gap-places", &[("count", free.into())]));
    }
    if !card.confirmed.is_empty() && card.confirmed.iter().all(|p| p.new_volunteer) {
        gaps.push(locale.text("board-gap-new-alone"));
    }
    gaps
}

/// Each volunteer's languages, best spoken first.
pub fn spoken_languages(
    conn: &mut DbConn,
    people: &[i32],
) -> Result<HashMap<i32, Vec<LanguageView>>, Error> {
    let mut rows: Vec<(i32, String, String)> = volunteer_languages::table
        .filter(volunteer_languages::user_id.eq_any(people))
        .select((
            volunteer_languages::user_id,
            volunteer_languages::language,
            volunteer_languages::level,
        ))
        .load(conn)?;
    rows.sort_by_key(|(user, _, level)| {
        (
            *user,
            std::cmp::Reverse(languages::Level::parse(level).unwrap_or(languages::Level::Basic)),
        )
    });
    let mut spoken: HashMap<i32, Vec<LanguageView>> = HashMap::new();
    for (user, code, _) in rows {
        if let Some(view) = LanguageView::of(&code) {
            spoken.entry(user).or_default().push(view);
        }
    }
    Ok(spoken)
}

/// The start of every shift each volunteer checked in to.
fn attended_starts(
    conn: &mut DbConn,
    people: &[i32],
) -> Result<HashMap<i32, Vec<NaiveDateTime>>, Error> {
    let rows: Vec<(i32, NaiveDateTime)> = shift_signups::table
        .inner_join(shifts::table)
        .filter(shift_signups::user_id.eq_any(people))
        .filter(shift_signups::checked_in_at.is_not_null())
        .select((shift_signups::user_id, shifts::starts_at))
        .load(conn)?;
    let mut attended: HashMap<i32, Vec<NaiveDateTime>> = HashMap::new();
    for (user, start) in rows {
        attended.entry(user).or_default().push(start);
    }
    Ok(attended)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weeks_are_named_the_iso_way() {
        let monday = monday_of(Some("2026-W49"));
        assert_eq!(monday, NaiveDate::from_ymd_opt(2026, 11, 30).unwrap());
        assert_eq!(week_name(monday), "2026-W49");
        assert_eq!(week_name(monday + Duration::weeks(5)), "2027-W01");
        assert_eq!(monday_of(Some("nonsense")).weekday(), chrono::Weekday::Mon);
    }
}
