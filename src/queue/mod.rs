//! Queue tickets at a site, for people seeking help: no account and nothing personal. A
//! person chooses their languages and topics and gets a short code (like K-17) and a page at
//! an unguessable address that shows their place in the queue. Tickets nobody helped are
//! purged after their day. The people on duty work the queue in `duty`; `live` tells every
//! open page when a site's queue changes.

pub mod duty;
pub mod duty_routes;
pub mod live;
pub mod routes;

use chrono::{Duration, NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::clock::today_in_finland;
use crate::db::schema::{shift_signups, shifts, sites, tickets};
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::shifts::signups::State as SignupState;
use crate::stored_enum;
use crate::tokens::{digest, new_token};
use live::Live;

/// A site takes tickets from this long before a shift starts until it ends.
pub const OPENS_BEFORE_SHIFT: Duration = Duration::minutes(15);
/// The estimate of one person's help, for the expected wait, until real session times exist.
pub const MINUTES_PER_PERSON: i64 = 15;

stored_enum! {
    pub enum TicketStatus {
        Waiting = "waiting",
        Matched = "matched",
        Helping = "helping",
        Done = "done",
        Left = "left",
        Unserved = "unserved",
    }
}

stored_enum! {
    /// Why nobody could help a ticket today, as the coordinator records it.
    pub enum UnservedReason {
        NoLanguage = "no_language",
        NoTime = "no_time",
        NeedsAuthority = "needs_authority",
    }
}

/// What a person asks for, checked: known languages (the second differs from the first) and
/// known topics in the list's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TicketRequest {
    pub first_language: String,
    pub second_language: Option<String>,
    pub topics: Vec<String>,
    pub first_visit: bool,
}

/// A site as the queue pages need it.
#[derive(Debug, Clone, Queryable)]
pub struct QueueSite {
    pub id: i32,
    pub organisation_id: i32,
    pub name: String,
    pub address: String,
    pub public_code: String,
}

impl QueueSite {
    pub fn letter(&self) -> char {
        code_letter(&self.public_code)
    }
}

/// The letter before ticket numbers, from the site's code: OLARI gives O-1, O-2 ...
pub fn code_letter(public_code: &str) -> char {
    public_code
        .chars()
        .next()
        .unwrap_or('T')
        .to_ascii_uppercase()
}

/// A ticket's short code as people say it and see it: `O-17`.
pub fn ticket_code(letter: char, number: i32) -> String {
    format!("{letter}-{number}")
}

pub fn site_by_code(conn: &mut DbConn, code: &str) -> Result<Option<QueueSite>, Error> {
    Ok(sites::table
        .filter(sites::public_code.eq(code.to_uppercase()))
        .select((
            sites::id,
            sites::organisation_id,
            sites::name,
            sites::address,
            sites::public_code,
        ))
        .first(conn)
        .optional()?)
}

/// When the site takes tickets: from shortly before a shift with at least one volunteer
/// until its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opening {
    Open,
    /// The next opening, if one is planned.
    Closed {
        next: Option<NaiveDateTime>,
    },
}

pub fn opening(conn: &mut DbConn, site_id: i32, now: NaiveDateTime) -> Result<Opening, Error> {
    let staffed = shift_signups::table
        .filter(shift_signups::state.eq(SignupState::Confirmed.as_str()))
        .select(shift_signups::shift_id);
    let next: Option<NaiveDateTime> = shifts::table
        .filter(shifts::site_id.eq(site_id))
        .filter(shifts::cancelled_at.is_null())
        .filter(shifts::ends_at.gt(now))
        .filter(shifts::id.eq_any(staffed))
        .order(shifts::starts_at)
        .select(shifts::starts_at)
        .first(conn)
        .optional()?;
    Ok(match next {
        Some(start) if start - OPENS_BEFORE_SHIFT <= now => Opening::Open,
        next => Opening::Closed { next },
    })
}

/// Why a ticket could not be taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TakeRefusal {
    Closed,
}

/// Takes the next number of the day at the site and returns the secret of the ticket's
/// address. The site row is locked first, so two people taking a number at once get
/// different numbers on both backends.
pub fn take(
    conn: &mut DbConn,
    live: &Live,
    site: &QueueSite,
    request: &TicketRequest,
    now: NaiveDateTime,
) -> Result<Result<String, TakeRefusal>, Error> {
    let taken = write_tx(conn, |conn| {
        lock_site(conn, site.id)?;
        if opening(conn, site.id, now)? != Opening::Open {
            return Ok::<_, Error>(Err(TakeRefusal::Closed));
        }
        let day = today_in_finland(now);
        let last: Option<i32> = tickets::table
            .filter(tickets::site_id.eq(site.id))
            .filter(tickets::day.eq(day))
            .select(diesel::dsl::max(tickets::number))
            .first(conn)?;
        let secret = new_token();
        diesel::insert_into(tickets::table)
            .values((
                tickets::site_id.eq(site.id),
                tickets::day.eq(day),
                tickets::number.eq(last.unwrap_or(0) + 1),
                tickets::secret.eq(digest(&secret)),
                tickets::first_language.eq(&request.first_language),
                tickets::second_language.eq(&request.second_language),
                tickets::topics.eq(request.topics.join(" ")),
                tickets::first_visit.eq(request.first_visit),
                tickets::created_at.eq(now),
            ))
            .execute(conn)?;
        Ok(Ok(secret))
    })?;
    if taken.is_ok() {
        live::changed(conn, live, site.id)?;
    }
    Ok(taken)
}

/// Takes the site's row lock on PostgreSQL (SQLite's `BEGIN IMMEDIATE` already serialises
/// writers): numbering and matching at one site happen one at a time.
fn lock_site(conn: &mut DbConn, site_id: i32) -> Result<(), Error> {
    diesel::update(sites::table.filter(sites::id.eq(site_id)))
        .set(sites::public_code.eq(sites::public_code))
        .execute(conn)?;
    Ok(())
}

/// A ticket as its holder sees it.
#[derive(Debug, Clone)]
pub struct Ticket {
    pub id: i32,
    pub site: QueueSite,
    pub code: String,
    pub status: TicketStatus,
    pub first_language: String,
    pub second_language: Option<String>,
    pub topics: Vec<String>,
    /// How many waiting tickets of the site came before this one.
    pub ahead: i64,
    /// Volunteers checked in on a shift at the site now.
    pub on_duty: i64,
    /// Why nobody could help today, when the coordinator said so.
    pub unserved_reason: Option<UnservedReason>,
    /// The first name of the volunteer who will help, once matched.
    pub helper: Option<String>,
}

impl Ticket {
    /// A rough expected wait: the people ahead shared among the volunteers on duty.
    pub fn expected_minutes(&self) -> i64 {
        let helpers = self.on_duty.max(1);
        let minutes = (self.ahead + 1) * MINUTES_PER_PERSON;
        (minutes + helpers - 1) / helpers
    }
}

#[derive(Queryable)]
struct TicketRow {
    id: i32,
    site_id: i32,
    number: i32,
    #[diesel(deserialize_as = String)]
    status: TicketStatus,
    first_language: String,
    second_language: Option<String>,
    topics: String,
    day: NaiveDate,
    unserved_reason: Option<String>,
}

/// The ticket whose address holds `secret`, as seen at `now`, or `None`.
pub fn by_secret(
    conn: &mut DbConn,
    secret: &str,
    now: NaiveDateTime,
) -> Result<Option<Ticket>, Error> {
    let row: Option<TicketRow> = tickets::table
        .filter(tickets::secret.eq(digest(secret)))
        .select((
            tickets::id,
            tickets::site_id,
            tickets::number,
            tickets::status,
            tickets::first_language,
            tickets::second_language,
            tickets::topics,
            tickets::day,
            tickets::unserved_reason,
        ))
        .first(conn)
        .optional()?;
    let Some(row) = row else {
        return Ok(None);
    };
    let site: QueueSite = sites::table
        .find(row.site_id)
        .select((
            sites::id,
            sites::organisation_id,
            sites::name,
            sites::address,
            sites::public_code,
        ))
        .first(conn)?;
    let ahead = tickets::table
        .filter(tickets::site_id.eq(row.site_id))
        .filter(tickets::day.eq(row.day))
        .filter(tickets::status.eq(TicketStatus::Waiting.as_str()))
        .filter(tickets::number.lt(row.number))
        .count()
        .get_result(conn)?;
    let matched = matches!(row.status, TicketStatus::Matched | TicketStatus::Helping);
    let helper = if matched {
        duty::helper_name(conn, row.id)?
    } else {
        None
    };
    let unserved_reason = row
        .unserved_reason
        .map(UnservedReason::try_from)
        .transpose()?;
    Ok(Some(Ticket {
        id: row.id,
        code: ticket_code(site.letter(), row.number),
        on_duty: on_duty_count(conn, row.site_id, now)?,
        site,
        status: row.status,
        first_language: row.first_language,
        second_language: row.second_language,
        topics: row.topics.split_whitespace().map(str::to_owned).collect(),
        ahead,
        unserved_reason,
        helper,
    }))
}

/// Volunteers checked in (and not yet gone) on a shift at the site that is on now.
fn on_duty_count(conn: &mut DbConn, site_id: i32, now: NaiveDateTime) -> Result<i64, Error> {
    Ok(shift_signups::table
        .inner_join(shifts::table)
        .filter(shifts::site_id.eq(site_id))
        .filter(shifts::starts_at.le(now + OPENS_BEFORE_SHIFT))
        .filter(shifts::ends_at.gt(now))
        .filter(shift_signups::checked_in_at.is_not_null())
        .filter(shift_signups::checked_out_at.is_null())
        .count()
        .get_result(conn)?)
}

/// The holder leaves the queue; `false` when the ticket is no longer waiting.
pub fn leave(
    conn: &mut DbConn,
    live: &Live,
    ticket: &Ticket,
    now: NaiveDateTime,
) -> Result<bool, Error> {
    let changed = diesel::update(
        tickets::table
            .filter(tickets::id.eq(ticket.id))
            .filter(tickets::status.eq(TicketStatus::Waiting.as_str())),
    )
    .set((
        tickets::status.eq(TicketStatus::Left.as_str()),
        tickets::finished_at.eq(now),
    ))
    .execute(conn)?;
    if changed == 1 {
        live::changed(conn, live, ticket.site.id)?;
    }
    Ok(changed == 1)
}

/// Deletes the tickets of earlier days that nobody helped (waiting, left or unserved), so no
/// trace of an unclaimed visit outlives its day. Returns how many went.
pub fn purge_unclaimed(conn: &mut DbConn, now: NaiveDateTime) -> Result<usize, Error> {
    let unclaimed = [
        TicketStatus::Waiting.as_str(),
        TicketStatus::Left.as_str(),
        TicketStatus::Unserved.as_str(),
    ];
    Ok(diesel::delete(
        tickets::table
            .filter(tickets::day.lt(today_in_finland(now)))
            .filter(tickets::status.eq_any(unclaimed)),
    )
    .execute(conn)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_expected_wait_shares_the_queue_among_volunteers_on_duty() {
        let site = QueueSite {
            id: 1,
            organisation_id: 1,
            name: String::new(),
            address: String::new(),
            public_code: "olari".into(),
        };
        assert_eq!(site.letter(), 'O');
        let ticket = |ahead, on_duty| Ticket {
            id: 1,
            site: site.clone(),
            code: "O-1".into(),
            status: TicketStatus::Waiting,
            first_language: "ar".into(),
            second_language: None,
            topics: Vec::new(),
            ahead,
            on_duty,
            unserved_reason: None,
            helper: None,
        };
        assert_eq!(ticket(0, 0).expected_minutes(), 15);
        assert_eq!(ticket(3, 2).expected_minutes(), 30);
    }
}
