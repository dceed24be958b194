//! What a volunteer sees of shifts: their own (with waiting-list place, withdraw and check-in
//! when allowed, hours afterwards), the shifts they can take, and notices about changes.

use std::collections::{HashMap, HashSet};

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::signups::{hours, State, CHECK_IN_EARLY};
use super::NoticeKind;
use crate::db::schema::{notices, shift_signups, shifts, sites};
use crate::db::DbConn;
use crate::error::Error;
use crate::organisations;
use crate::sites::{self as places, SiteTable};
use crate::staff_texts::Translations;

/// Shifts further ahead than this are not offered yet.
const WEEKS_AHEAD: i64 = 8;
/// How many past shifts the page lists.
const PAST_SHOWN: usize = 10;

/// Where and when a shift is.
#[derive(Debug, Clone, Queryable)]
pub struct ShiftTime {
    pub id: i32,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub site_id: i32,
    pub site: String,
    pub address: String,
}

#[derive(Debug, Clone)]
pub struct MyShift {
    pub shift: ShiftTime,
    pub notes: Translations,
    pub confirmed: bool,
    /// 1 for the first on the waiting list.
    pub waiting_place: Option<usize>,
    pub cancelled: bool,
    pub can_withdraw: bool,
    pub can_check_in: bool,
    pub checked_in: bool,
    pub can_check_out: bool,
    /// The site's tables to choose from when checking in.
    pub tables: Vec<SiteTable>,
}

#[derive(Debug, Clone)]
pub struct PastShift {
    pub shift: ShiftTime,
    /// Hours on duty.
    pub hours: f64,
    pub no_show: bool,
}

#[derive(Debug, Clone)]
pub struct OpenShift {
    pub shift: ShiftTime,
    pub notes: Translations,
    pub free: i64,
}

#[derive(Debug, Clone, Queryable)]
pub struct Notice {
    #[diesel(deserialize_as = String)]
    pub kind: NoticeKind,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub site: String,
}

#[derive(Debug, Clone, Default)]
pub struct VolunteerShifts {
    pub mine: Vec<MyShift>,
    pub past: Vec<PastShift>,
    pub open: Vec<OpenShift>,
    pub full: Vec<OpenShift>,
    pub notices: Vec<Notice>,
}

#[derive(Queryable)]
struct SignupRow {
    shift: ShiftTime,
    #[diesel(deserialize_as = String)]
    state: State,
    cancelled_at: Option<NaiveDateTime>,
    queued_at: NaiveDateTime,
    checked_in_at: Option<NaiveDateTime>,
    checked_out_at: Option<NaiveDateTime>,
    no_show: bool,
}

/// The volunteer's shift page as seen at `now`; `open` and `full` stay empty unless
/// `may_sign_up` (active volunteers only).
pub fn volunteer_shifts(
    conn: &mut DbConn,
    organisation_id: i32,
    user_id: i32,
    may_sign_up: bool,
    now: NaiveDateTime,
) -> Result<VolunteerShifts, Error> {
    let rows: Vec<SignupRow> = shift_signups::table
        .inner_join(shifts::table.inner_join(sites::table))
        .filter(shift_signups::user_id.eq(user_id))
        .filter(shift_signups::state.ne(State::Withdrawn.as_str()))
        .order(shifts::starts_at)
        .select((
            (
                shifts::id,
                shifts::starts_at,
                shifts::ends_at,
                sites::id,
                sites::name,
                sites::address,
            ),
            shift_signups::state,
            shifts::cancelled_at,
            shift_signups::queued_at,
            shift_signups::checked_in_at,
            shift_signups::checked_out_at,
            shift_signups::no_show,
        ))
        .load(conn)?;
    let limit = Duration::hours(i64::from(organisations::withdraw_limit_hours(
        conn,
        organisation_id,
    )?));
    let ids: Vec<i32> = rows.iter().map(|r| r.shift.id).collect();
    let notes = super::notes_of(conn, &ids)?;
    let mut page = VolunteerShifts::default();
    let mut own_times = Vec::new();
    for row in &rows {
        let (starts_at, ends_at) = (row.shift.starts_at, row.shift.ends_at);
        let open = row.cancelled_at.is_none();
        if ends_at <= now {
            if row.state == State::Confirmed && open {
                page.past.push(PastShift {
                    shift: row.shift.clone(),
                    hours: hours(row.checked_in_at, row.checked_out_at, ends_at),
                    no_show: row.no_show,
                });
            }
            continue;
        }
        if open {
            own_times.push((starts_at, ends_at));
        }
        let confirmed = row.state == State::Confirmed;
        let can_check_in =
            open && confirmed && row.checked_in_at.is_none() && now >= starts_at - CHECK_IN_EARLY;
        let tables = if can_check_in {
            places::tables(conn, row.shift.site_id)?
        } else {
            Vec::new()
        };
        let waiting_place = (row.state == State::Waiting)
            .then(|| waiting_place(conn, row.shift.id, row.queued_at))
            .transpose()?;
        page.mine.push(MyShift {
            shift: row.shift.clone(),
            notes: notes.get(&row.shift.id).cloned().unwrap_or_default(),
            confirmed,
            waiting_place,
            cancelled: !open,
            can_withdraw: open
                && if confirmed {
                    now < starts_at - limit
                } else {
                    now < starts_at
                },
            can_check_in,
            checked_in: row.checked_in_at.is_some(),
            can_check_out: row.checked_in_at.is_some() && row.checked_out_at.is_none(),
            tables,
        });
    }
    page.past.reverse();
    page.past.truncate(PAST_SHOWN);
    if may_sign_up {
        let signed_up: HashSet<i32> = rows.iter().map(|r| r.shift.id).collect();
        (page.open, page.full) = open_shifts(conn, organisation_id, &signed_up, &own_times, now)?;
    }
    page.notices = unread_notices(conn, user_id)?;
    Ok(page)
}

/// The place on the waiting list of someone who queued at `queued_at`.
fn waiting_place(
    conn: &mut DbConn,
    shift_id: i32,
    queued_at: NaiveDateTime,
) -> Result<usize, Error> {
    let ahead: i64 = shift_signups::table
        .filter(shift_signups::shift_id.eq(shift_id))
        .filter(shift_signups::state.eq(State::Waiting.as_str()))
        .filter(shift_signups::queued_at.lt(queued_at))
        .count()
        .get_result(conn)?;
    Ok(ahead as usize + 1)
}

#[derive(Queryable)]
struct OpenRow {
    shift: ShiftTime,
    places: i32,
}

/// The organisation's coming shifts the volunteer is not on and that do not overlap their own:
/// those with free places, and the full ones (where they can join the waiting list).
fn open_shifts(
    conn: &mut DbConn,
    organisation_id: i32,
    signed_up: &HashSet<i32>,
    own_times: &[(NaiveDateTime, NaiveDateTime)],
    now: NaiveDateTime,
) -> Result<(Vec<OpenShift>, Vec<OpenShift>), Error> {
    let rows: Vec<OpenRow> = shifts::table
        .inner_join(sites::table)
        .filter(shifts::organisation_id.eq(organisation_id))
        .filter(shifts::cancelled_at.is_null())
        .filter(shifts::starts_at.gt(now))
        .filter(shifts::starts_at.lt(now + Duration::weeks(WEEKS_AHEAD)))
        .order((shifts::starts_at, sites::name))
        .select((
            (
                shifts::id,
                shifts::starts_at,
                shifts::ends_at,
                sites::id,
                sites::name,
                sites::address,
            ),
            shifts::places,
        ))
        .load(conn)?;
    let ids: Vec<i32> = rows.iter().map(|r| r.shift.id).collect();
    let mut notes = super::notes_of(conn, &ids)?;
    let mut confirmed: HashMap<i32, i64> = HashMap::new();
    for shift_id in shift_signups::table
        .filter(shift_signups::shift_id.eq_any(&ids))
        .filter(shift_signups::state.eq(State::Confirmed.as_str()))
        .select(shift_signups::shift_id)
        .load::<i32>(conn)?
    {
        *confirmed.entry(shift_id).or_default() += 1;
    }
    let (mut open, mut full) = (Vec::new(), Vec::new());
    for row in rows {
        let (id, starts_at, ends_at) = (row.shift.id, row.shift.starts_at, row.shift.ends_at);
        let overlaps = own_times
            .iter()
            .any(|(s, e)| *s < ends_at && starts_at < *e);
        if signed_up.contains(&id) || overlaps {
            continue;
        }
        let free = i64::from(row.places) - confirmed.get(&id).copied().unwrap_or(0);
        let shift = OpenShift {
            notes: notes.remove(&id).unwrap_or_default(),
            shift: row.shift,
            free,
        };
        if free > 0 {
            open.push(shift);
        } else {
            full.push(shift);
        }
    }
    Ok((open, full))
}

fn unread_notices(conn: &mut DbConn, user_id: i32) -> Result<Vec<Notice>, Error> {
    Ok(notices::table
        .inner_join(shifts::table.inner_join(sites::table))
        .filter(notices::user_id.eq(user_id))
        .filter(notices::read_at.is_null())
        .order(notices::created_at.desc())
        .select((
            notices::kind,
            shifts::starts_at,
            shifts::ends_at,
            sites::name,
        ))
        .load(conn)?)
}

/// The volunteer has read their notices.
pub fn mark_notices_read(conn: &mut DbConn, user_id: i32, now: NaiveDateTime) -> Result<(), Error> {
    diesel::update(
        notices::table
            .filter(notices::user_id.eq(user_id))
            .filter(notices::read_at.is_null()),
    )
    .set(notices::read_at.eq(now))
    .execute(conn)?;
    Ok(())
}
