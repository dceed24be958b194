//! The queue as the people on duty see it: today's waiting tickets of a site, the volunteers
//! checked in there (free or busy), the matching engine's suggestions, and matching a ticket
//! to a volunteer, who then starts and finishes the help.

use std::collections::HashMap;

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::auto;
use super::live::{self, Live};
use super::{lock_site, queue_day, ticket_code, TicketStatus, UnservedReason};
use super::{OPENS_BEFORE_SHIFT, UNDO_FOR};
use crate::db::schema::{
    help_sessions, shift_signups, shifts, site_tables, sites, tickets, users, volunteer_languages,
    volunteer_topics,
};
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::languages::Level;
use crate::matching::{self, Plan, Request, Volunteer};
use crate::organisations;
use crate::shifts::signups;
use crate::sites::{self as places, ByCode, Site};
use crate::topics::Stance;
use crate::users::Status as VolunteerStatus;

/// Volunteers in these statuses can be on duty; paused ones and those who left cannot.
const ON_DUTY: [&str; 2] = ["active", "in_training"];

/// The longest a help session can run: tickets matched longer ago are not anyone's next
/// person any more.
const LONGEST_HELP: chrono::Duration = chrono::Duration::hours(16);

/// A volunteer's usual help counts once they have recorded this many helps of one person.
const ENOUGH_HELPS: usize = 5;
/// The usual help is the middle one of a volunteer's latest helps, at most this many ...
const LATEST_HELPS: usize = 30;
/// ... within this time, so that it follows how they work now.
const USUAL_WITHIN: Duration = Duration::days(90);

/// How long each volunteer's help of one person usually takes, for those who recorded enough
/// of them lately: the median of their latest. Busy volunteers are expected free that long
/// after their match; someone who usually takes 45 minutes is not "free in a moment".
fn usual_helps(
    conn: &mut DbConn,
    ids: &[i32],
    now: NaiveDateTime,
) -> Result<HashMap<i32, Duration>, Error> {
    let mut minutes: HashMap<i32, Vec<i32>> = HashMap::new();
    for (volunteer, length) in help_sessions::table
        .filter(help_sessions::volunteer_id.eq_any(ids))
        .filter(help_sessions::started_at.ge(now - USUAL_WITHIN))
        .filter(help_sessions::people.eq(1))
        .order((
            help_sessions::volunteer_id,
            help_sessions::started_at.desc(),
        ))
        .select((help_sessions::volunteer_id, help_sessions::minutes))
        .load::<(i32, i32)>(conn)?
    {
        let latest = minutes.entry(volunteer).or_default();
        if latest.len() < LATEST_HELPS {
            latest.push(length);
        }
    }
    Ok(minutes
        .into_iter()
        .filter(|(_, latest)| latest.len() >= ENOUGH_HELPS)
        .map(|(volunteer, mut latest)| {
            latest.sort_unstable();
            let middle = latest[(latest.len() - 1) / 2];
            (volunteer, Duration::minutes(i64::from(middle)))
        })
        .collect())
}

/// Someone working a site's queue: a coordinator, or a volunteer of the organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Worker {
    pub user_id: i32,
    pub organisation_id: i32,
    pub coordinator: bool,
}

/// A site of the organisation by its current code, or `Error::NotFound` (another
/// organisation's site too).
pub fn own_site(
    conn: &mut DbConn,
    organisation_id: i32,
    code: &str,
    now: NaiveDateTime,
) -> Result<Site, Error> {
    match places::by_code(conn, code, now)? {
        Some(ByCode::Site(site)) if site.organisation_id == organisation_id => Ok(site),
        _ => Err(Error::NotFound),
    }
}

/// A site whose queue the worker may use: any site of a coordinator's organisation; for a
/// volunteer, only where they are checked in now, and only if the organisation allows it
/// (`Error::Forbidden` otherwise).
pub fn worker_site(
    conn: &mut DbConn,
    worker: Worker,
    code: &str,
    now: NaiveDateTime,
) -> Result<Site, Error> {
    let site = own_site(conn, worker.organisation_id, code, now)?;
    if worker.coordinator
        || (organisations::volunteers_may_match(conn, worker.organisation_id)?
            && is_on_duty(conn, site.id, worker.user_id, now)?)
    {
        Ok(site)
    } else {
        Err(Error::Forbidden)
    }
}

/// A waiting ticket as the board shows it.
#[derive(Debug, Clone)]
pub struct WaitingTicket {
    pub id: i32,
    pub code: String,
    pub request: Request,
}

/// A volunteer checked in at the site now.
#[derive(Debug, Clone)]
pub struct OnDuty {
    pub volunteer: Volunteer,
    pub name: String,
    /// The code of the ticket they are matched with or helping, if any.
    pub busy_with: Option<String>,
    /// The table or desk they sit at, when the site has them.
    pub table: Option<String>,
}

/// The board's data: who waits, who is on duty, and what the engine suggests for the free
/// ones; the site's tables, and the "nobody can help" marks that can still be taken back.
#[derive(Debug, Clone)]
pub struct SiteQueue {
    pub waiting: Vec<WaitingTicket>,
    pub on_duty: Vec<OnDuty>,
    pub plan: Plan,
    pub tables: Vec<places::SiteTable>,
    /// (ticket id, code) of tickets marked unserved within `UNDO_FOR`.
    pub undoable: Vec<(i32, String)>,
    /// The matches the engine made on its own that nobody has started yet, with why.
    pub by_engine: Vec<auto::AutoMatched>,
}

#[derive(Queryable)]
struct WaitingRow {
    id: i32,
    number: i32,
    first_language: String,
    second_language: Option<String>,
    topics: String,
    created_at: NaiveDateTime,
}

pub(super) fn waiting(
    conn: &mut DbConn,
    site: &Site,
    now: NaiveDateTime,
) -> Result<Vec<WaitingTicket>, Error> {
    let rows: Vec<WaitingRow> = tickets::table
        .filter(tickets::site_id.eq(site.id))
        .filter(tickets::day.eq(queue_day(conn, site.id, now)?))
        .filter(tickets::status.eq(TicketStatus::Waiting.as_str()))
        .order(tickets::number)
        .select((
            tickets::id,
            tickets::number,
            tickets::first_language,
            tickets::second_language,
            tickets::topics,
            tickets::created_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|row| WaitingTicket {
            id: row.id,
            code: ticket_code(&site.public_code, row.number),
            request: Request {
                id: row.id,
                languages: std::iter::once(row.first_language)
                    .chain(row.second_language)
                    .collect(),
                second_language_on: false,
                topics: row.topics.split_whitespace().map(str::to_owned).collect(),
                waiting_since: row.created_at,
                earlier_helper: None,
            },
        })
        .collect())
}

#[derive(Queryable)]
struct PersonRow {
    id: i32,
    name: String,
    #[diesel(deserialize_as = String)]
    status: VolunteerStatus,
    table: Option<String>,
}

#[derive(Queryable)]
struct SpokenRow {
    user_id: i32,
    language: String,
    #[diesel(deserialize_as = String)]
    level: Level,
}

#[derive(Queryable)]
struct StanceRow {
    user_id: i32,
    topic: String,
    #[diesel(deserialize_as = String)]
    stance: Stance,
}

#[derive(Queryable)]
struct TodayTicket {
    volunteer_id: Option<i32>,
    #[diesel(deserialize_as = String)]
    status: TicketStatus,
    number: i32,
    matched_at: Option<NaiveDateTime>,
}

/// Volunteers checked in (and not gone) on a shift at the site that is on now.
pub(super) fn on_duty(
    conn: &mut DbConn,
    site: &Site,
    now: NaiveDateTime,
) -> Result<Vec<OnDuty>, Error> {
    let people: Vec<PersonRow> = shift_signups::table
        .inner_join(shifts::table)
        .inner_join(users::table)
        .left_join(site_tables::table)
        .filter(shifts::site_id.eq(site.id))
        .filter(shifts::starts_at.le(now + OPENS_BEFORE_SHIFT))
        .filter(shifts::ends_at.gt(now))
        .filter(shift_signups::checked_in_at.is_not_null())
        .filter(shift_signups::checked_out_at.is_null())
        .filter(users::status.eq_any(ON_DUTY))
        .order(users::display_name)
        .select((
            users::id,
            users::display_name,
            users::status,
            site_tables::label.nullable(),
        ))
        .load(conn)?;
    let ids: Vec<i32> = people.iter().map(|p| p.id).collect();
    let mut spoken: HashMap<i32, Vec<(String, Level)>> = HashMap::new();
    for row in volunteer_languages::table
        .filter(volunteer_languages::user_id.eq_any(&ids))
        .select((
            volunteer_languages::user_id,
            volunteer_languages::language,
            volunteer_languages::level,
        ))
        .load::<SpokenRow>(conn)?
    {
        spoken
            .entry(row.user_id)
            .or_default()
            .push((row.language, row.level));
    }
    let mut stances: HashMap<i32, (Vec<String>, Vec<String>)> = HashMap::new();
    for row in volunteer_topics::table
        .filter(volunteer_topics::user_id.eq_any(&ids))
        .select((
            volunteer_topics::user_id,
            volunteer_topics::topic,
            volunteer_topics::kind,
        ))
        .load::<StanceRow>(conn)?
    {
        let entry = stances.entry(row.user_id).or_default();
        match row.stance {
            Stance::Confident => entry.0.push(row.topic),
            Stance::Learning => entry.1.push(row.topic),
        }
    }
    let usual = usual_helps(conn, &ids, now)?;
    let mut today: Vec<TodayTicket> = tickets::table
        .filter(tickets::day.eq(queue_day(conn, site.id, now)?))
        .filter(tickets::volunteer_id.eq_any(&ids))
        .select((
            tickets::volunteer_id,
            tickets::status,
            tickets::number,
            tickets::matched_at,
        ))
        .load(conn)?;
    today.sort_by_key(|t| t.number);
    Ok(people
        .into_iter()
        .map(|person| {
            let mut mine = today.iter().filter(|t| t.volunteer_id == Some(person.id));
            let done = mine
                .clone()
                .filter(|t| t.status == TicketStatus::Done)
                .count();
            let helping =
                mine.find(|t| matches!(t.status, TicketStatus::Matched | TicketStatus::Helping));
            let busy_with = helping.map(|t| ticket_code(&site.public_code, t.number));
            let usual_help = usual
                .get(&person.id)
                .copied()
                .unwrap_or(matching::EXPECTED_HELP);
            // A match without its time cannot be told from one just made.
            let free_at = helping.map(|t| t.matched_at.unwrap_or(now) + usual_help);
            let (confident, learning) = stances.remove(&person.id).unwrap_or_default();
            OnDuty {
                volunteer: Volunteer {
                    id: person.id,
                    languages: spoken.remove(&person.id).unwrap_or_default(),
                    confident,
                    learning,
                    sessions_today: done as u32,
                    in_training: person.status == VolunteerStatus::InTraining,
                    free_at,
                    usual_help,
                },
                name: person.name,
                busy_with,
                table: person.table,
            }
        })
        .collect())
}

/// Whether the volunteer is checked in at the site now.
fn is_on_duty(
    conn: &mut DbConn,
    site_id: i32,
    user_id: i32,
    now: NaiveDateTime,
) -> Result<bool, Error> {
    let count: i64 = shift_signups::table
        .inner_join(shifts::table)
        .inner_join(users::table)
        .filter(shift_signups::user_id.eq(user_id))
        .filter(shifts::site_id.eq(site_id))
        .filter(shifts::starts_at.le(now + OPENS_BEFORE_SHIFT))
        .filter(shifts::ends_at.gt(now))
        .filter(shift_signups::checked_in_at.is_not_null())
        .filter(shift_signups::checked_out_at.is_null())
        .filter(users::status.eq_any(ON_DUTY))
        .count()
        .get_result(conn)?;
    Ok(count > 0)
}

/// The code of the site whose queue board the volunteer may use now: where they are checked
/// in, if the organisation lets volunteers match.
pub fn board_for_volunteer(
    conn: &mut DbConn,
    organisation_id: i32,
    user_id: i32,
    now: NaiveDateTime,
) -> Result<Option<String>, Error> {
    if !organisations::volunteers_may_match(conn, organisation_id)? {
        return Ok(None);
    }
    Ok(shift_signups::table
        .inner_join(shifts::table.inner_join(sites::table))
        .filter(shift_signups::user_id.eq(user_id))
        .filter(shifts::starts_at.le(now + OPENS_BEFORE_SHIFT))
        .filter(shifts::ends_at.gt(now))
        .filter(shift_signups::checked_in_at.is_not_null())
        .filter(shift_signups::checked_out_at.is_null())
        .select(sites::public_code)
        .first(conn)
        .optional()?)
}

/// The site's queue now, with the engine's plan for the free volunteers; the busy ones come
/// in with the time their help is expected to end.
pub fn site_queue(conn: &mut DbConn, site: &Site, now: NaiveDateTime) -> Result<SiteQueue, Error> {
    let waiting = waiting(conn, site, now)?;
    let on_duty = on_duty(conn, site, now)?;
    let requests: Vec<Request> = waiting.iter().map(|w| w.request.clone()).collect();
    let volunteers: Vec<Volunteer> = on_duty.iter().map(|d| d.volunteer.clone()).collect();
    let plan = matching::plan(&requests, &volunteers, now);
    let undoable: Vec<(i32, i32)> = tickets::table
        .filter(tickets::site_id.eq(site.id))
        .filter(tickets::status.eq(TicketStatus::Unserved.as_str()))
        .filter(tickets::finished_at.gt(now - UNDO_FOR))
        .order(tickets::number)
        .select((tickets::id, tickets::number))
        .load(conn)?;
    Ok(SiteQueue {
        waiting,
        on_duty,
        plan,
        tables: places::tables(conn, site.id)?,
        undoable: undoable
            .into_iter()
            .map(|(id, number)| (id, ticket_code(&site.public_code, number)))
            .collect(),
        by_engine: auto::matched_by_engine(conn, site)?,
    })
}

/// Runs a change of the site's queue in one transaction, with what the engine then matches by
/// itself where the site lets it; `true` from it tells everyone watching the site.
fn change_queue(
    conn: &mut DbConn,
    live: &Live,
    site_id: i32,
    now: NaiveDateTime,
    change: impl FnOnce(&mut DbConn) -> Result<bool, Error>,
) -> Result<bool, Error> {
    let done = write_tx(conn, |conn| {
        let done = change(conn)?;
        if done {
            auto::settle(conn, site_id, now)?;
        }
        Ok::<_, Error>(done)
    })?;
    if done {
        live::changed(conn, live, site_id)?;
    }
    Ok(done)
}

/// Matches a waiting ticket of the site with a free volunteer on duty there. `false` when the
/// ticket is no longer waiting or the volunteer is not free here (someone was quicker).
pub fn assign(
    conn: &mut DbConn,
    live: &Live,
    site: &Site,
    ticket_id: i32,
    volunteer_id: i32,
    now: NaiveDateTime,
) -> Result<bool, Error> {
    change_queue(conn, live, site.id, now, |conn| {
        lock_site(conn, site.id)?;
        let helpers = on_duty(conn, site, now)?;
        let Some(helper) = helpers
            .iter()
            .find(|d| d.volunteer.id == volunteer_id && d.busy_with.is_none())
        else {
            return Ok(false);
        };
        let changed = diesel::update(
            tickets::table
                .filter(tickets::id.eq(ticket_id))
                .filter(tickets::site_id.eq(site.id))
                .filter(tickets::status.eq(TicketStatus::Waiting.as_str())),
        )
        .set((
            tickets::status.eq(TicketStatus::Matched.as_str()),
            tickets::volunteer_id.eq(volunteer_id),
            tickets::matched_at.eq(now),
            tickets::table_label.eq(&helper.table),
            tickets::auto_reasons.eq(None::<String>),
        ))
        .execute(conn)?;
        Ok(changed == 1)
    })
}

/// Records that nobody can help a waiting ticket of the site today. `false` when the ticket
/// is no longer waiting there.
pub fn mark_unserved(
    conn: &mut DbConn,
    live: &Live,
    site: &Site,
    ticket_id: i32,
    reason: UnservedReason,
    now: NaiveDateTime,
) -> Result<bool, Error> {
    change_queue(conn, live, site.id, now, |conn| {
        let changed = diesel::update(
            tickets::table
                .filter(tickets::id.eq(ticket_id))
                .filter(tickets::site_id.eq(site.id))
                .filter(tickets::status.eq(TicketStatus::Waiting.as_str())),
        )
        .set((
            tickets::status.eq(TicketStatus::Unserved.as_str()),
            tickets::unserved_reason.eq(reason.as_str()),
            tickets::finished_at.eq(now),
        ))
        .execute(conn)?;
        Ok(changed == 1)
    })
}

/// The person a volunteer is matched with or helping now.
#[derive(Debug, Clone, Queryable)]
pub struct NextPerson {
    pub ticket_id: i32,
    pub site_code: String,
    pub number: i32,
    pub first_language: String,
    pub second_language: Option<String>,
    pub topics: String,
    #[diesel(deserialize_as = String)]
    pub status: TicketStatus,
}

impl NextPerson {
    pub fn code(&self) -> String {
        ticket_code(&self.site_code, self.number)
    }

    pub fn languages(&self) -> Vec<String> {
        std::iter::once(self.first_language.clone())
            .chain(self.second_language.clone())
            .collect()
    }

    pub fn topic_slugs(&self) -> Vec<String> {
        self.topics.split_whitespace().map(str::to_owned).collect()
    }
}

pub fn next_person(
    conn: &mut DbConn,
    volunteer_id: i32,
    now: NaiveDateTime,
) -> Result<Option<NextPerson>, Error> {
    let statuses = [
        TicketStatus::Matched.as_str(),
        TicketStatus::Helping.as_str(),
    ];
    Ok(tickets::table
        .inner_join(sites::table)
        .filter(tickets::volunteer_id.eq(volunteer_id))
        .filter(tickets::matched_at.gt(now - LONGEST_HELP))
        .filter(tickets::status.eq_any(statuses))
        .order(tickets::matched_at)
        .select((
            tickets::id,
            sites::public_code,
            tickets::number,
            tickets::first_language,
            tickets::second_language,
            tickets::topics,
            tickets::status,
        ))
        .first(conn)
        .optional()?)
}

/// The volunteer starts (matched -> helping) or finishes (helping -> done) the help. `false`
/// when the ticket is not theirs in that state.
pub fn advance(
    conn: &mut DbConn,
    live: &Live,
    volunteer_id: i32,
    ticket_id: i32,
    from: TicketStatus,
    now: NaiveDateTime,
) -> Result<bool, Error> {
    let mine = tickets::table
        .filter(tickets::id.eq(ticket_id))
        .filter(tickets::volunteer_id.eq(volunteer_id))
        .filter(tickets::status.eq(from.as_str()));
    let changed = write_tx(conn, |conn| {
        let changed = match from {
            TicketStatus::Matched => diesel::update(mine)
                .set((
                    tickets::status.eq(TicketStatus::Helping.as_str()),
                    tickets::started_at.eq(now),
                ))
                .returning(tickets::site_id)
                .get_results::<i32>(conn)?,
            _ => diesel::update(mine)
                .set((
                    tickets::status.eq(TicketStatus::Done.as_str()),
                    tickets::finished_at.eq(now),
                ))
                .returning(tickets::site_id)
                .get_results::<i32>(conn)?,
        };
        // A finished help frees the volunteer for the next person.
        if let Some(site) = changed.first() {
            auto::settle(conn, *site, now)?;
        }
        Ok::<_, Error>(changed)
    })?;
    if let Some(site) = changed.first() {
        live::changed(conn, live, *site)?;
    }
    Ok(!changed.is_empty())
}

/// The first name of the volunteer matched with a ticket, shown to its holder so they know
/// whom to trust.
pub fn helper_name(conn: &mut DbConn, ticket_id: i32) -> Result<Option<String>, Error> {
    let name: Option<Option<String>> = tickets::table
        .left_join(users::table)
        .filter(tickets::id.eq(ticket_id))
        .select(users::display_name.nullable())
        .first(conn)
        .optional()?;
    Ok(name
        .flatten()
        .and_then(|n| n.split_whitespace().next().map(str::to_owned)))
}

/// Takes back "nobody can help" for a few minutes after it was said: the ticket waits again
/// at its place. `false` when there is no such recent mark at the site.
pub fn undo_unserved(
    conn: &mut DbConn,
    live: &Live,
    site: &Site,
    ticket_id: i32,
    now: NaiveDateTime,
) -> Result<bool, Error> {
    change_queue(conn, live, site.id, now, |conn| {
        let changed = diesel::update(
            tickets::table
                .filter(tickets::id.eq(ticket_id))
                .filter(tickets::site_id.eq(site.id))
                .filter(tickets::status.eq(TicketStatus::Unserved.as_str()))
                .filter(tickets::finished_at.gt(now - UNDO_FOR)),
        )
        .set((
            tickets::status.eq(TicketStatus::Waiting.as_str()),
            tickets::unserved_reason.eq(None::<String>),
            tickets::finished_at.eq(None::<NaiveDateTime>),
        ))
        .execute(conn)?;
        Ok(changed == 1)
    })
}

/// Where a volunteer on duty at the site sits: one of the site's tables, or none. The people
/// already matched with them read the new table. `false` when they are not on duty here or
/// the table is not the site's.
pub fn seat(
    conn: &mut DbConn,
    live: &Live,
    site: &Site,
    volunteer_id: i32,
    table_id: Option<i32>,
    now: NaiveDateTime,
) -> Result<bool, Error> {
    change_queue(conn, live, site.id, now, |conn| {
        let label: Option<String> = match table_id {
            Some(table) => {
                let label = site_tables::table
                    .filter(site_tables::id.eq(table))
                    .filter(site_tables::site_id.eq(site.id))
                    .select(site_tables::label)
                    .first(conn)
                    .optional()?;
                if label.is_none() {
                    return Ok::<_, Error>(false);
                }
                label
            }
            None => None,
        };
        let shift_ids = shifts::table
            .filter(shifts::site_id.eq(site.id))
            .filter(shifts::starts_at.le(now + OPENS_BEFORE_SHIFT))
            .filter(shifts::ends_at.gt(now))
            .select(shifts::id);
        let changed = diesel::update(
            shift_signups::table
                .filter(shift_signups::user_id.eq(volunteer_id))
                .filter(shift_signups::shift_id.eq_any(shift_ids))
                .filter(shift_signups::checked_in_at.is_not_null())
                .filter(shift_signups::checked_out_at.is_null()),
        )
        .set(shift_signups::site_table_id.eq(table_id))
        .execute(conn)?;
        if changed == 0 {
            return Ok(false);
        }
        let busy = [
            TicketStatus::Matched.as_str(),
            TicketStatus::Helping.as_str(),
        ];
        diesel::update(
            tickets::table
                .filter(tickets::site_id.eq(site.id))
                .filter(tickets::volunteer_id.eq(volunteer_id))
                .filter(tickets::status.eq_any(busy)),
        )
        .set(tickets::table_label.eq(label))
        .execute(conn)?;
        Ok(true)
    })
}

/// The site where the volunteer is checked in now, if any.
pub fn site_on_duty(
    conn: &mut DbConn,
    user_id: i32,
    now: NaiveDateTime,
) -> Result<Option<Site>, Error> {
    let site_id: Option<i32> = shift_signups::table
        .inner_join(shifts::table)
        .filter(shift_signups::user_id.eq(user_id))
        .filter(shifts::starts_at.le(now + OPENS_BEFORE_SHIFT))
        .filter(shifts::ends_at.gt(now))
        .filter(shift_signups::checked_in_at.is_not_null())
        .filter(shift_signups::checked_out_at.is_null())
        .select(shifts::site_id)
        .first(conn)
        .optional()?;
    let Some(site_id) = site_id else {
        return Ok(None);
    };
    let organisation: i32 = sites::table
        .find(site_id)
        .select(sites::organisation_id)
        .first(conn)?;
    places::find(conn, organisation, site_id)
}

/// One site on a coordinator's Today page.
#[derive(Debug, Clone)]
pub struct SiteToday {
    pub site: Site,
    /// The day's shifts there (start, end), in order.
    pub shifts: Vec<(NaiveDateTime, NaiveDateTime)>,
    /// Who is checked in now: name and table.
    pub on_duty: Vec<(String, Option<String>)>,
    pub waiting: usize,
    /// Taking numbers now.
    pub open: bool,
}

/// The organisation's open sites that have a shift today in Finland, with who is on duty and
/// how many wait.
pub fn today(
    conn: &mut DbConn,
    organisation_id: i32,
    now: NaiveDateTime,
) -> Result<Vec<SiteToday>, Error> {
    let day = crate::clock::today_in_finland(now);
    let (from, until) = crate::clock::day_span(day);
    let mut found = Vec::new();
    for site in places::of_organisation(conn, organisation_id)?
        .into_iter()
        .filter(Site::is_open)
    {
        let shifts: Vec<(NaiveDateTime, NaiveDateTime)> = shifts::table
            .filter(shifts::site_id.eq(site.id))
            .filter(shifts::cancelled_at.is_null())
            .filter(shifts::starts_at.lt(until))
            .filter(shifts::ends_at.gt(from))
            .order(shifts::starts_at)
            .select((shifts::starts_at, shifts::ends_at))
            .load(conn)?;
        if shifts.is_empty() {
            continue;
        }
        let on_duty = on_duty(conn, &site, now)?
            .into_iter()
            .map(|d| (d.name, d.table))
            .collect();
        let waiting = waiting(conn, &site, now)?.len();
        let open = super::opening(conn, &site, now)? == super::Opening::Open;
        found.push(SiteToday {
            site,
            shifts,
            on_duty,
            waiting,
            open,
        });
    }
    Ok(found)
}

/// The volunteer goes home before the end of their shift: whoever was matched with them goes
/// back to the queue at their place.
pub fn go_home(
    conn: &mut DbConn,
    live: &Live,
    organisation_id: i32,
    shift_id: i32,
    user_id: i32,
    now: NaiveDateTime,
) -> Result<Result<(), signups::Refusal>, Error> {
    write_tx(conn, |conn| {
        let done = signups::check_out_self(conn, organisation_id, shift_id, user_id, now)?;
        if done.is_ok() {
            super::return_tickets_of(conn, live, user_id, now)?;
        }
        Ok(done)
    })
}

/// The coordinator records a volunteer's attendance; a check-in taken back also sends whoever
/// was matched with them back to the queue.
pub fn record_attendance(
    conn: &mut DbConn,
    live: &Live,
    organisation_id: i32,
    shift_id: i32,
    user_id: i32,
    attendance: signups::Attendance,
    now: NaiveDateTime,
) -> Result<Result<(), signups::Refusal>, Error> {
    write_tx(conn, |conn| {
        let done =
            signups::record_attendance(conn, organisation_id, shift_id, user_id, attendance, now)?;
        if done.is_ok() && attendance == signups::Attendance::UndoCheckIn {
            super::return_tickets_of(conn, live, user_id, now)?;
        }
        Ok(done)
    })
}
