//! What a volunteer sees of shifts: their own (with waiting-list place, withdraw and check-in
//! when allowed, hours afterwards), the shifts they can take, and notices about changes.

use std::collections::{HashMap, HashSet};

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use super::signups::{hours, State, CHECK_IN_EARLY};
use crate::db::schema::{notices, shift_signups, shifts, sites};
use crate::db::{now, DbConn};
use crate::error::Error;
use crate::i18n::{format_time_span, Locale};

/// Shifts further ahead than this are not offered yet.
const WEEKS_AHEAD: i64 = 8;
/// How many past shifts the page lists.
const PAST_SHOWN: i64 = 10;

#[derive(Debug, Serialize)]
pub struct MyShift {
    pub id: i32,
    pub when: String,
    pub site: String,
    pub address: String,
    pub notes: String,
    pub confirmed: bool,
    /// 1 for the first on the waiting list.
    pub waiting_place: Option<usize>,
    pub cancelled: bool,
    pub can_withdraw: bool,
    pub can_check_in: bool,
    pub checked_in: bool,
    pub can_check_out: bool,
}

#[derive(Debug, Serialize)]
pub struct PastShift {
    pub when: String,
    pub site: String,
    /// Hours on duty with one decimal, as text in the reader's number style.
    pub hours: String,
    pub no_show: bool,
}

#[derive(Debug, Serialize)]
pub struct OpenShift {
    pub id: i32,
    pub when: String,
    pub site: String,
    pub address: String,
    pub notes: String,
    pub free: i64,
}

#[derive(Debug, Serialize)]
pub struct NoticeView {
    pub message: String,
}

#[derive(Debug, Serialize, Default)]
pub struct VolunteerShifts {
    pub mine: Vec<MyShift>,
    pub past: Vec<PastShift>,
    pub open: Vec<OpenShift>,
    pub full: Vec<OpenShift>,
    pub notices: Vec<NoticeView>,
}

type SignupRow = (
    i32,
    String,
    NaiveDateTime,
    NaiveDateTime,
    Option<NaiveDateTime>,
    String,
    String,
    String,
    NaiveDateTime,
    Option<NaiveDateTime>,
    Option<NaiveDateTime>,
    bool,
);

pub fn volunteer_shifts(
    conn: &mut DbConn,
    organisation_id: i32,
    user_id: i32,
    locale: Locale,
) -> Result<VolunteerShifts, Error> {
    let rows: Vec<SignupRow> = shift_signups::table
        .inner_join(shifts::table.inner_join(sites::table))
        .filter(shift_signups::user_id.eq(user_id))
        .filter(shift_signups::state.ne(State::Withdrawn.as_str()))
        .order(shifts::starts_at)
        .select((
            shifts::id,
            shift_signups::state,
            shifts::starts_at,
            shifts::ends_at,
            shifts::cancelled_at,
            shifts::notes,
            sites::name,
            sites::address,
            shift_signups::queued_at,
            shift_signups::checked_in_at,
            shift_signups::checked_out_at,
            shift_signups::no_show,
        ))
        .load(conn)?;
    let moment = now();
    let limit = Duration::hours(i64::from(super::withdraw_limit_hours(
        conn,
        organisation_id,
    )?));
    let mut page = VolunteerShifts::default();
    let mut own_times = Vec::new();
    for row in &rows {
        let (id, state, starts_at, ends_at, cancelled_at) =
            (row.0, State::parse(&row.1), row.2, row.3, row.4);
        if ends_at <= moment {
            if state == State::Confirmed && cancelled_at.is_none() {
                page.past.push(PastShift {
                    when: format_time_span(locale, starts_at, ends_at),
                    site: row.6.clone(),
                    hours: format!("{:.1}", hours(row.9, row.10, ends_at)),
                    no_show: row.11,
                });
            }
            continue;
        }
        if cancelled_at.is_none() {
            own_times.push((starts_at, ends_at));
        }
        let confirmed = state == State::Confirmed;
        let waiting_place = (state == State::Waiting)
            .then(|| waiting_place(conn, id, row.8))
            .transpose()?;
        let open = cancelled_at.is_none();
        page.mine.push(MyShift {
            id,
            when: format_time_span(locale, starts_at, ends_at),
            site: row.6.clone(),
            address: row.7.clone(),
            notes: row.5.clone(),
            confirmed,
            waiting_place,
            cancelled: !open,
            can_withdraw: open
                && if confirmed {
                    moment < starts_at - limit
                } else {
                    moment < starts_at
                },
            can_check_in: open
                && confirmed
                && row.9.is_none()
                && moment >= starts_at - CHECK_IN_EARLY,
            checked_in: row.9.is_some(),
            can_check_out: row.9.is_some() && row.10.is_none(),
        });
    }
    page.past.reverse();
    page.past.truncate(PAST_SHOWN as usize);
    let signed_up: HashSet<i32> = rows.iter().map(|r| r.0).collect();
    let (open, full) = open_shifts(conn, organisation_id, &signed_up, &own_times, locale)?;
    page.open = open;
    page.full = full;
    page.notices = unread_notices(conn, user_id, locale)?;
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

type OpenRow = (
    i32,
    NaiveDateTime,
    NaiveDateTime,
    i32,
    String,
    String,
    String,
);

/// The organisation's coming shifts the volunteer is not on and that do not overlap their own:
/// those with free places, and the full ones (where they can join the waiting list).
fn open_shifts(
    conn: &mut DbConn,
    organisation_id: i32,
    signed_up: &HashSet<i32>,
    own_times: &[(NaiveDateTime, NaiveDateTime)],
    locale: Locale,
) -> Result<(Vec<OpenShift>, Vec<OpenShift>), Error> {
    let moment = now();
    let rows: Vec<OpenRow> = shifts::table
        .inner_join(sites::table)
        .filter(shifts::organisation_id.eq(organisation_id))
        .filter(shifts::cancelled_at.is_null())
        .filter(shifts::starts_at.gt(moment))
        .filter(shifts::starts_at.lt(moment + Duration::weeks(WEEKS_AHEAD)))
        .order((shifts::starts_at, sites::name))
        .select((
            shifts::id,
            shifts::starts_at,
            shifts::ends_at,
            shifts::places,
            shifts::notes,
            sites::name,
            sites::address,
        ))
        .load(conn)?;
    let ids: Vec<i32> = rows.iter().map(|r| r.0).collect();
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
    for (id, starts_at, ends_at, places, notes, site, address) in rows {
        let overlaps = own_times
            .iter()
            .any(|(s, e)| *s < ends_at && starts_at < *e);
        if signed_up.contains(&id) || overlaps {
            continue;
        }
        let free = i64::from(places) - confirmed.get(&id).copied().unwrap_or(0);
        let shift = OpenShift {
            id,
            when: format_time_span(locale, starts_at, ends_at),
            site,
            address,
            notes,
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

type NoticeRow = (String, NaiveDateTime, NaiveDateTime, String);

fn unread_notices(
    conn: &mut DbConn,
    user_id: i32,
    locale: Locale,
) -> Result<Vec<NoticeView>, Error> {
    let rows: Vec<NoticeRow> = notices::table
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
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(kind, starts_at, ends_at, site)| NoticeView {
            message: locale.message(
                &format!("notice-{kind}"),
                &[
                    ("when", format_time_span(locale, starts_at, ends_at).into()),
                    ("site", site.into()),
                ],
            ),
        })
        .collect())
}

/// The volunteer has read their notices.
pub fn mark_notices_read(conn: &mut DbConn, user_id: i32) -> Result<(), Error> {
    diesel::update(
        notices::table
            .filter(notices::user_id.eq(user_id))
            .filter(notices::read_at.is_null()),
    )
    .set(notices::read_at.eq(now()))
    .execute(conn)?;
    Ok(())
}
