//! The person's own word: three questions on their ticket page (or on the volunteer's phone)
//! once the help is finished, answered with pictures, no free text, once a ticket. A volunteer
//! sees only their own totals, and only from `SHOWN_FROM` answers on, so that nobody can tell
//! who answered what.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::{feedback, help_sessions, sites, tickets};
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::queue::{self, TicketStatus};
use crate::stored_enum;

stored_enum! {
    /// How was the help?
    pub enum Face {
        Good = "good",
        Okay = "okay",
        Bad = "bad",
    }
}

stored_enum! {
    /// Could you do this yourself next time?
    pub enum NextTime {
        Alone = "alone",
        LittleHelp = "little-help",
        NotYet = "not-yet",
    }
}

/// Totals are shown to a volunteer from this many answers on.
pub const SHOWN_FROM: i64 = 5;

/// One person's answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Answers {
    pub face: Face,
    pub next_time: NextTime,
    pub come_again: bool,
}

/// Whether the holder of a ticket may answer now: the help is finished on the site's queue
/// day and nobody has answered for the ticket yet.
pub fn may_answer(conn: &mut DbConn, ticket_id: i32, now: NaiveDateTime) -> Result<bool, Error> {
    let ticket: Option<(i32, NaiveDate)> = tickets::table
        .filter(tickets::id.eq(ticket_id))
        .filter(tickets::status.eq(TicketStatus::Done.as_str()))
        .filter(tickets::answered.eq(false))
        .select((tickets::site_id, tickets::day))
        .first(conn)
        .optional()?;
    match ticket {
        Some((site, day)) => queue::is_queue_day(conn, site, day, now),
        None => Ok(false),
    }
}

/// The languages of a person the volunteer helped, when they may answer on the volunteer's
/// phone: the first and the second they chose. `None` when the ticket is not the
/// volunteer's or may not be answered.
pub fn on_volunteer_phone(
    conn: &mut DbConn,
    volunteer_id: i32,
    ticket_id: i32,
    now: NaiveDateTime,
) -> Result<Option<(String, Option<String>)>, Error> {
    if !may_answer(conn, ticket_id, now)? {
        return Ok(None);
    }
    Ok(tickets::table
        .filter(tickets::id.eq(ticket_id))
        .filter(tickets::volunteer_id.eq(volunteer_id))
        .select((tickets::first_language, tickets::second_language))
        .first(conn)
        .optional()?)
}

/// The person answers for their ticket. `false` when they may not (not finished on the queue
/// day, or answered already); nothing is written then.
pub fn give(
    conn: &mut DbConn,
    ticket_id: i32,
    answers: Answers,
    now: NaiveDateTime,
) -> Result<bool, Error> {
    write_tx(conn, |conn| {
        if !may_answer(conn, ticket_id, now)? {
            return Ok(false);
        }
        // Claimed in one conditional update, so ten sends at once make one answer.
        let claimed = diesel::update(
            tickets::table
                .filter(tickets::id.eq(ticket_id))
                .filter(tickets::answered.eq(false)),
        )
        .set(tickets::answered.eq(true))
        .execute(conn)?;
        if claimed == 0 {
            return Ok(false);
        }
        let (site_id, organisation_id, volunteer_id): (i32, i32, Option<i32>) = tickets::table
            .inner_join(sites::table)
            .filter(tickets::id.eq(ticket_id))
            .select((
                tickets::site_id,
                sites::organisation_id,
                tickets::volunteer_id,
            ))
            .first(conn)?;
        let session: Option<i32> = help_sessions::table
            .filter(help_sessions::ticket_id.eq(ticket_id))
            .select(help_sessions::id)
            .first(conn)
            .optional()?;
        diesel::insert_into(feedback::table)
            .values((
                feedback::organisation_id.eq(organisation_id),
                feedback::site_id.eq(site_id),
                feedback::volunteer_id.eq(volunteer_id),
                feedback::session_id.eq(session),
                // Kept until the day is over only while no session holds the answers.
                feedback::ticket_id.eq(session.is_none().then_some(ticket_id)),
                feedback::face.eq(answers.face.as_str()),
                feedback::next_time.eq(answers.next_time.as_str()),
                feedback::come_again.eq(answers.come_again),
                feedback::given_at.eq(now),
            ))
            .execute(conn)?;
        if let Some(session) = session {
            unlink_session(conn, session)?;
        }
        Ok(true)
    })
}

/// The person answered before the volunteer recorded the session: the answers move to the
/// session, and neither keeps the ticket.
pub(super) fn join_session(conn: &mut DbConn, ticket_id: i32, session: i32) -> Result<(), Error> {
    let moved = diesel::update(feedback::table.filter(feedback::ticket_id.eq(ticket_id)))
        .set((
            feedback::session_id.eq(Some(session)),
            feedback::ticket_id.eq(None::<i32>),
        ))
        .execute(conn)?;
    if moved > 0 {
        unlink_session(conn, session)?;
    }
    Ok(())
}

fn unlink_session(conn: &mut DbConn, session: i32) -> Result<(), Error> {
    diesel::update(help_sessions::table.find(session))
        .set(help_sessions::ticket_id.eq(None::<i32>))
        .execute(conn)?;
    Ok(())
}

/// A volunteer's totals: how many answers, and how many of each face. `None` while there are
/// fewer than `SHOWN_FROM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Totals {
    pub answers: i64,
    pub good: i64,
    pub okay: i64,
    pub bad: i64,
    pub could_alone: i64,
}

pub fn totals_for(conn: &mut DbConn, volunteer_id: i32) -> Result<Option<Totals>, Error> {
    let rows: Vec<(String, String)> = feedback::table
        .filter(feedback::volunteer_id.eq(volunteer_id))
        .select((feedback::face, feedback::next_time))
        .load(conn)?;
    let count = |face: Face| rows.iter().filter(|(f, _)| f == face.as_str()).count() as i64;
    let totals = Totals {
        answers: rows.len() as i64,
        good: count(Face::Good),
        okay: count(Face::Okay),
        bad: count(Face::Bad),
        could_alone: rows
            .iter()
            .filter(|(_, n)| n == NextTime::Alone.as_str())
            .count() as i64,
    };
    Ok((totals.answers >= SHOWN_FROM).then_some(totals))
}
