//! The queue as the people on duty see it: today's waiting tickets of a site, the volunteers
//! checked in there (free or busy), the matching engine's suggestions, and matching a ticket
//! to a volunteer, who then starts and finishes the help.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::{ticket_code, today, TicketStatus, OPENS_BEFORE_SHIFT};
use crate::db::schema::{
    organisations, shift_signups, shifts, sites, tickets, users, volunteer_languages,
    volunteer_topics,
};
use crate::db::{now, write_tx, DbConn};
use crate::error::Error;
use crate::languages::Level;
use crate::matching::{self, Plan, Request, Volunteer};
use crate::topics::Stance;
use crate::users::Status as VolunteerStatus;

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
}

/// The board's data: who waits, who is on duty, and what the engine suggests for the free ones.
pub struct SiteQueue {
    pub waiting: Vec<WaitingTicket>,
    pub on_duty: Vec<OnDuty>,
    pub plan: Plan,
}

type TicketRow = (
    i32,
    i32,
    String,
    Option<String>,
    String,
    NaiveDateTime,
    NaiveDate,
);

fn waiting(conn: &mut DbConn, site_id: i32, letter: char) -> Result<Vec<WaitingTicket>, Error> {
    let rows: Vec<TicketRow> = tickets::table
        .filter(tickets::site_id.eq(site_id))
        .filter(tickets::day.eq(today()))
        .filter(tickets::status.eq(TicketStatus::Waiting.as_str()))
        .order(tickets::number)
        .select((
            tickets::id,
            tickets::number,
            tickets::first_language,
            tickets::second_language,
            tickets::topics,
            tickets::created_at,
            tickets::day,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(
            |(id, number, first, second, topics, created_at, _)| WaitingTicket {
                id,
                code: ticket_code(letter, number),
                request: Request {
                    id,
                    languages: std::iter::once(first).chain(second).collect(),
                    second_language_on: false,
                    topics: topics.split_whitespace().map(str::to_owned).collect(),
                    waiting_since: created_at,
                    earlier_helper: None,
                },
            },
        )
        .collect())
}

/// Volunteers checked in (and not gone) on a shift at the site that is on now.
fn on_duty(conn: &mut DbConn, site_id: i32, letter: char) -> Result<Vec<OnDuty>, Error> {
    let moment = now();
    let people: Vec<(i32, String, String)> = shift_signups::table
        .inner_join(shifts::table)
        .inner_join(users::table)
        .filter(shifts::site_id.eq(site_id))
        .filter(shifts::starts_at.le(moment + OPENS_BEFORE_SHIFT))
        .filter(shifts::ends_at.gt(moment))
        .filter(shift_signups::checked_in_at.is_not_null())
        .filter(shift_signups::checked_out_at.is_null())
        .order(users::display_name)
        .select((users::id, users::display_name, users::status))
        .load(conn)?;
    let ids: Vec<i32> = people.iter().map(|p| p.0).collect();
    let mut spoken: HashMap<i32, Vec<(String, Level)>> = HashMap::new();
    for (user, code, level) in volunteer_languages::table
        .filter(volunteer_languages::user_id.eq_any(&ids))
        .select((
            volunteer_languages::user_id,
            volunteer_languages::language,
            volunteer_languages::level,
        ))
        .load::<(i32, String, String)>(conn)?
    {
        let level = Level::parse(&level).unwrap_or(Level::Basic);
        spoken.entry(user).or_default().push((code, level));
    }
    let mut stances: HashMap<i32, (Vec<String>, Vec<String>)> = HashMap::new();
    for (user, topic, kind) in volunteer_topics::table
        .filter(volunteer_topics::user_id.eq_any(&ids))
        .select((
            volunteer_topics::user_id,
            volunteer_topics::topic,
            volunteer_topics::kind,
        ))
        .load::<(i32, String, String)>(conn)?
    {
        let entry = stances.entry(user).or_default();
        match Stance::parse(&kind) {
            Some(Stance::Confident) => entry.0.push(topic),
            _ => entry.1.push(topic),
        }
    }
    let mut today_tickets: Vec<(Option<i32>, String, i32)> = tickets::table
        .filter(tickets::day.eq(today()))
        .filter(tickets::volunteer_id.eq_any(&ids))
        .select((tickets::volunteer_id, tickets::status, tickets::number))
        .load(conn)?;
    today_tickets.sort_by_key(|t| t.2);
    Ok(people
        .into_iter()
        .map(|(id, name, status)| {
            let mine = today_tickets.iter().filter(|t| t.0 == Some(id));
            let done = mine
                .clone()
                .filter(|t| t.1 == TicketStatus::Done.as_str())
                .count();
            let busy_with = mine
                .filter(|t| {
                    matches!(
                        TicketStatus::parse(&t.1),
                        TicketStatus::Matched | TicketStatus::Helping
                    )
                })
                .map(|t| ticket_code(letter, t.2))
                .next();
            let (confident, learning) = stances.remove(&id).unwrap_or_default();
            OnDuty {
                volunteer: Volunteer {
                    id,
                    languages: spoken.remove(&id).unwrap_or_default(),
                    confident,
                    learning,
                    sessions_today: done as u32,
                    in_training: status == VolunteerStatus::InTraining.as_str(),
                },
                name,
                busy_with,
            }
        })
        .collect())
}

/// Whether the volunteer is checked in at the site now.
pub fn is_on_duty(conn: &mut DbConn, site_id: i32, user_id: i32) -> Result<bool, Error> {
    Ok(on_duty(conn, site_id, '-')?
        .iter()
        .any(|d| d.volunteer.id == user_id))
}

/// The code of the site where the volunteer is checked in now, if any.
pub fn duty_site(conn: &mut DbConn, user_id: i32) -> Result<Option<String>, Error> {
    let moment = now();
    Ok(shift_signups::table
        .inner_join(shifts::table.inner_join(sites::table))
        .filter(shift_signups::user_id.eq(user_id))
        .filter(shifts::starts_at.le(moment + OPENS_BEFORE_SHIFT))
        .filter(shifts::ends_at.gt(moment))
        .filter(shift_signups::checked_in_at.is_not_null())
        .filter(shift_signups::checked_out_at.is_null())
        .select(sites::public_code)
        .first(conn)
        .optional()?)
}

/// Whether the organisation lets volunteers on duty use the queue board.
pub fn volunteers_may_match(conn: &mut DbConn, organisation_id: i32) -> Result<bool, Error> {
    Ok(organisations::table
        .find(organisation_id)
        .select(organisations::volunteers_may_match)
        .first(conn)?)
}

pub fn set_volunteers_may_match(
    conn: &mut DbConn,
    organisation_id: i32,
    allowed: bool,
) -> Result<(), Error> {
    diesel::update(organisations::table.find(organisation_id))
        .set(organisations::volunteers_may_match.eq(allowed))
        .execute(conn)?;
    Ok(())
}

/// The site's queue now, with the engine's plan for the free volunteers.
pub fn site_queue(conn: &mut DbConn, site_id: i32, letter: char) -> Result<SiteQueue, Error> {
    let waiting = waiting(conn, site_id, letter)?;
    let on_duty = on_duty(conn, site_id, letter)?;
    let requests: Vec<Request> = waiting.iter().map(|w| w.request.clone()).collect();
    let free: Vec<Volunteer> = on_duty
        .iter()
        .filter(|d| d.busy_with.is_none())
        .map(|d| d.volunteer.clone())
        .collect();
    let plan = matching::plan(&requests, &free, now());
    Ok(SiteQueue {
        waiting,
        on_duty,
        plan,
    })
}

/// Matches a waiting ticket of the site with a free volunteer on duty there. `false` when the
/// ticket is no longer waiting or the volunteer is not free here (someone was quicker).
pub fn assign(
    conn: &mut DbConn,
    site_id: i32,
    letter: char,
    ticket_id: i32,
    volunteer_id: i32,
) -> Result<bool, Error> {
    write_tx(conn, |conn| {
        diesel::update(sites::table.filter(sites::id.eq(site_id)))
            .set(sites::public_code.eq(sites::public_code))
            .execute(conn)?;
        let free = on_duty(conn, site_id, letter)?
            .iter()
            .any(|d| d.volunteer.id == volunteer_id && d.busy_with.is_none());
        if !free {
            return Ok(false);
        }
        let changed = diesel::update(
            tickets::table
                .filter(tickets::id.eq(ticket_id))
                .filter(tickets::site_id.eq(site_id))
                .filter(tickets::status.eq(TicketStatus::Waiting.as_str())),
        )
        .set((
            tickets::status.eq(TicketStatus::Matched.as_str()),
            tickets::volunteer_id.eq(volunteer_id),
            tickets::matched_at.eq(now()),
        ))
        .execute(conn)?;
        Ok(changed == 1)
    })
}

/// Why nobody could help a ticket today, as the coordinator records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnservedReason {
    NoLanguage,
    NoTime,
    NeedsAuthority,
}

impl UnservedReason {
    pub const ALL: [UnservedReason; 3] = [
        UnservedReason::NoLanguage,
        UnservedReason::NoTime,
        UnservedReason::NeedsAuthority,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            UnservedReason::NoLanguage => "no_language",
            UnservedReason::NoTime => "no_time",
            UnservedReason::NeedsAuthority => "needs_authority",
        }
    }

    pub fn parse(value: &str) -> Option<UnservedReason> {
        UnservedReason::ALL
            .into_iter()
            .find(|r| r.as_str() == value)
    }

    /// The reason as the coordinator chooses it.
    pub fn label_id(self) -> &'static str {
        match self {
            UnservedReason::NoLanguage => "unserved-no-language",
            UnservedReason::NoTime => "unserved-no-time",
            UnservedReason::NeedsAuthority => "unserved-needs-authority",
        }
    }

    /// What the person reads on their ticket page.
    pub fn message_id(self) -> &'static str {
        match self {
            UnservedReason::NoLanguage => "ticket-unserved-no-language",
            UnservedReason::NoTime => "ticket-unserved-no-time",
            UnservedReason::NeedsAuthority => "ticket-unserved-needs-authority",
        }
    }
}

/// Records that nobody can help a waiting ticket of the site today. `false` when the ticket
/// is no longer waiting there.
pub fn mark_unserved(
    conn: &mut DbConn,
    site_id: i32,
    ticket_id: i32,
    reason: UnservedReason,
) -> Result<bool, Error> {
    let changed = diesel::update(
        tickets::table
            .filter(tickets::id.eq(ticket_id))
            .filter(tickets::site_id.eq(site_id))
            .filter(tickets::status.eq(TicketStatus::Waiting.as_str())),
    )
    .set((
        tickets::status.eq(TicketStatus::Unserved.as_str()),
        tickets::unserved_reason.eq(reason.as_str()),
        tickets::finished_at.eq(now()),
    ))
    .execute(conn)?;
    Ok(changed == 1)
}

/// The person a volunteer is matched with or helping now: ticket id, site code, number, first
/// and second language, topics, status.
pub type NextPerson = (i32, String, i32, String, Option<String>, String, String);

pub fn next_person(conn: &mut DbConn, volunteer_id: i32) -> Result<Option<NextPerson>, Error> {
    let statuses = [
        TicketStatus::Matched.as_str(),
        TicketStatus::Helping.as_str(),
    ];
    Ok(tickets::table
        .inner_join(sites::table)
        .filter(tickets::volunteer_id.eq(volunteer_id))
        .filter(tickets::day.eq(today()))
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

/// The volunteer starts (matched -> helping) or finishes (helping -> done) the help. Returns
/// the ticket's site when it changed.
pub fn advance(
    conn: &mut DbConn,
    volunteer_id: i32,
    ticket_id: i32,
    from: TicketStatus,
) -> Result<Option<i32>, Error> {
    let (to, finished) = match from {
        TicketStatus::Matched => (TicketStatus::Helping, None),
        _ => (TicketStatus::Done, Some(now())),
    };
    let changed = diesel::update(
        tickets::table
            .filter(tickets::id.eq(ticket_id))
            .filter(tickets::volunteer_id.eq(volunteer_id))
            .filter(tickets::status.eq(from.as_str())),
    )
    .set((
        tickets::status.eq(to.as_str()),
        tickets::finished_at.eq(finished),
    ))
    .returning(tickets::site_id)
    .get_results::<i32>(conn)?;
    Ok(changed.first().copied())
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
