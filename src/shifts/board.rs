//! The coordinator's week board: every shift of the week with who comes, which languages they
//! speak, who is new, and the gaps (a wanted language nobody speaks, free places, new
//! volunteers alone).

use std::collections::{BTreeMap, HashMap};

use chrono::{Duration, NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::signups::{State, CHECK_IN_EARLY, UNDO_FOR};
use crate::clock::{start_of_day, to_helsinki};
use crate::db::schema::{
    shift_languages, shift_signups, shifts, sites, users, volunteer_languages,
};
use crate::db::DbConn;
use crate::error::Error;
use crate::languages::{self, HelpLanguage, Level};
use crate::staff_texts::Translations;

/// A volunteer is "new" on the board during their first this many shifts, so that a
/// coordinator never leaves them alone.
pub const NEW_VOLUNTEER_SHIFTS: usize = 3;

#[derive(Debug, Clone)]
pub struct PersonOnShift {
    pub user_id: i32,
    pub name: String,
    /// Best spoken first.
    pub languages: Vec<HelpLanguage>,
    pub new_volunteer: bool,
    pub checked_in: bool,
    pub no_show: bool,
    /// A check-in or a no-show mark made within `UNDO_FOR`, which can be taken back.
    pub undo_check_in: bool,
    pub undo_no_show: bool,
}

/// Something a coordinator should fix about a shift.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gap {
    /// The shift wants this language and nobody confirmed speaks it.
    NobodySpeaks(HelpLanguage),
    FreePlaces(i32),
    /// Everyone confirmed is in their first shifts.
    NewVolunteersAlone,
}

#[derive(Debug, Clone)]
pub struct ShiftCard {
    pub id: i32,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub site: String,
    pub places: i32,
    pub notes: Translations,
    pub cancelled: bool,
    pub started: bool,
    /// Volunteers can be checked in now (from a little before the start until the end).
    pub check_in_open: bool,
    pub in_series: bool,
    pub confirmed: Vec<PersonOnShift>,
    pub waiting: usize,
    pub wanted: Vec<HelpLanguage>,
    /// None for a cancelled shift.
    pub gaps: Vec<Gap>,
}

/// One week from its Monday, with the days that have shifts.
#[derive(Debug, Clone)]
pub struct WeekBoard {
    pub monday: NaiveDate,
    pub days: Vec<(NaiveDate, Vec<ShiftCard>)>,
}

impl WeekBoard {
    /// Every gap of the week with its shift, in time order.
    pub fn gaps(&self) -> impl Iterator<Item = (&ShiftCard, Gap)> {
        self.days
            .iter()
            .flat_map(|(_, cards)| cards)
            .flat_map(|card| card.gaps.iter().map(move |gap| (card, *gap)))
    }
}

#[derive(Queryable)]
struct ShiftRow {
    id: i32,
    starts_at: NaiveDateTime,
    ends_at: NaiveDateTime,
    places: i32,
    cancelled_at: Option<NaiveDateTime>,
    series_id: Option<i32>,
    site: String,
}

#[derive(Queryable)]
struct SignupRow {
    shift_id: i32,
    user_id: i32,
    #[diesel(deserialize_as = String)]
    state: State,
    name: String,
    checked_in_at: Option<NaiveDateTime>,
    checked_out_at: Option<NaiveDateTime>,
    no_show: bool,
    no_show_at: Option<NaiveDateTime>,
}

/// The organisation's shifts in the week that starts on `monday` (in Finland), as seen at
/// `now`.
pub fn week(
    conn: &mut DbConn,
    organisation_id: i32,
    monday: NaiveDate,
    now: NaiveDateTime,
) -> Result<WeekBoard, Error> {
    let (from, until) = (
        start_of_day(monday),
        start_of_day(monday + Duration::weeks(1)),
    );
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
            shifts::cancelled_at,
            shifts::series_id,
            sites::name,
        ))
        .load(conn)?;
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
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
            shift_signups::checked_out_at,
            shift_signups::no_show,
            shift_signups::no_show_at,
        ))
        .load(conn)?;
    let people: Vec<i32> = signups.iter().map(|s| s.user_id).collect();
    let spoken = spoken_languages(conn, &people)?;
    let attended = attended_starts(conn, &people)?;
    let mut wanted: HashMap<i32, Vec<HelpLanguage>> = HashMap::new();
    for (shift_id, code) in shift_languages::table
        .filter(shift_languages::shift_id.eq_any(&ids))
        .select((shift_languages::shift_id, shift_languages::language))
        .load::<(i32, String)>(conn)?
    {
        wanted
            .entry(shift_id)
            .or_default()
            .extend(languages::find(&code));
    }
    let mut notes = super::notes_of(conn, &ids)?;
    let mut days: BTreeMap<NaiveDate, Vec<ShiftCard>> = BTreeMap::new();
    for row in rows {
        let mut card = ShiftCard {
            id: row.id,
            starts_at: row.starts_at,
            ends_at: row.ends_at,
            site: row.site,
            places: row.places,
            notes: notes.remove(&row.id).unwrap_or_default(),
            cancelled: row.cancelled_at.is_some(),
            started: row.starts_at <= now,
            check_in_open: row.cancelled_at.is_none()
                && now >= row.starts_at - CHECK_IN_EARLY
                && now < row.ends_at,
            in_series: row.series_id.is_some(),
            confirmed: Vec::new(),
            waiting: 0,
            wanted: wanted.remove(&row.id).unwrap_or_default(),
            gaps: Vec::new(),
        };
        for signup in signups.iter().filter(|s| s.shift_id == row.id) {
            if signup.state == State::Waiting {
                card.waiting += 1;
                continue;
            }
            let earlier = attended.get(&signup.user_id).map_or(0, |starts| {
                starts.iter().filter(|s| **s < row.starts_at).count()
            });
            card.confirmed.push(PersonOnShift {
                user_id: signup.user_id,
                name: signup.name.clone(),
                languages: spoken.get(&signup.user_id).cloned().unwrap_or_default(),
                new_volunteer: earlier < NEW_VOLUNTEER_SHIFTS,
                checked_in: signup.checked_in_at.is_some(),
                no_show: signup.no_show,
                undo_check_in: signup.checked_out_at.is_none()
                    && signup.checked_in_at.is_some_and(|at| at > now - UNDO_FOR),
                undo_no_show: signup.no_show_at.is_some_and(|at| at > now - UNDO_FOR),
            });
        }
        if !card.cancelled {
            card.gaps = gaps(&card);
        }
        days.entry(to_helsinki(row.starts_at).date())
            .or_default()
            .push(card);
    }
    Ok(WeekBoard {
        monday,
        days: days.into_iter().collect(),
    })
}

/// The gaps of one shift: wanted languages nobody speaks, free places, a new volunteer alone.
fn gaps(card: &ShiftCard) -> Vec<Gap> {
    let mut gaps: Vec<Gap> = card
        .wanted
        .iter()
        .filter(|language| {
            !card
                .confirmed
                .iter()
                .any(|p| p.languages.iter().any(|l| l.code == language.code))
        })
        .map(|language| Gap::NobodySpeaks(*language))
        .collect();
    let free = card.places - card.confirmed.len() as i32;
    if free > 0 {
        gaps.push(Gap::FreePlaces(free));
    }
    if !card.confirmed.is_empty() && card.confirmed.iter().all(|p| p.new_volunteer) {
        gaps.push(Gap::NewVolunteersAlone);
    }
    gaps
}

#[derive(Queryable)]
struct SpokenRow {
    user_id: i32,
    language: String,
    #[diesel(deserialize_as = String)]
    level: Level,
}

/// Each volunteer's languages, best spoken first.
fn spoken_languages(
    conn: &mut DbConn,
    people: &[i32],
) -> Result<HashMap<i32, Vec<HelpLanguage>>, Error> {
    let mut rows: Vec<SpokenRow> = volunteer_languages::table
        .filter(volunteer_languages::user_id.eq_any(people))
        .select((
            volunteer_languages::user_id,
            volunteer_languages::language,
            volunteer_languages::level,
        ))
        .load(conn)?;
    rows.sort_by_key(|row| (row.user_id, std::cmp::Reverse(row.level)));
    let mut spoken: HashMap<i32, Vec<HelpLanguage>> = HashMap::new();
    for row in rows {
        if let Some(language) = languages::find(&row.language) {
            spoken.entry(row.user_id).or_default().push(language);
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
