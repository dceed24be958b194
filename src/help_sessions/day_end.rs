//! When a queue's day is over: nothing may tie a ticket (and the code on the person's phone)
//! to a session any more, so sessions and answers let go of their tickets and the tickets
//! go. Help that was finished or started but never recorded becomes a count per volunteer,
//! site and day on the coordinator's sessions page, a reminder to talk it through. What the
//! day was (numbers taken, served, waits) is kept first by `queue::days::keep`.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::{
    feedback as answers, help_sessions, sites, tickets, unrecorded_help, users,
};
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::queue::{self, TicketStatus};

/// The statuses of help that happened: finished, or started and never finished.
const HELPED: [TicketStatus; 2] = [TicketStatus::Done, TicketStatus::Helping];

/// Lets go of the tickets of every queue day that is over: unlinks sessions and answers,
/// counts the unrecorded help, deletes the tickets. Returns how many rows changed.
pub fn let_go_of_days_over(conn: &mut DbConn, now: NaiveDateTime) -> Result<usize, Error> {
    let over = queue::tickets_of_days_over(conn, now)?;
    let mut changed = 0;
    for ids in over.chunks(queue::IDS_PER_STATEMENT) {
        changed += write_tx(conn, |conn| let_go_of(conn, ids))?;
    }
    Ok(changed)
}

fn let_go_of(conn: &mut DbConn, ids: &[i32]) -> Result<usize, Error> {
    let recorded: Vec<i32> = help_sessions::table
        .filter(help_sessions::ticket_id.eq_any(ids))
        .select(help_sessions::ticket_id.assume_not_null())
        .load(conn)?;
    let sessions =
        diesel::update(help_sessions::table.filter(help_sessions::ticket_id.eq_any(ids)))
            .set(help_sessions::ticket_id.eq(None::<i32>))
            .execute(conn)?;
    let given = diesel::update(answers::table.filter(answers::ticket_id.eq_any(ids)))
        .set(answers::ticket_id.eq(None::<i32>))
        .execute(conn)?;
    let unrecorded: Vec<(i32, i32, i32, NaiveDate)> = tickets::table
        .inner_join(sites::table)
        .filter(tickets::id.eq_any(ids))
        .filter(tickets::id.ne_all(&recorded))
        .filter(tickets::status.eq_any(HELPED.map(TicketStatus::as_str)))
        .filter(tickets::volunteer_id.is_not_null())
        .select((
            sites::organisation_id,
            tickets::site_id,
            tickets::volunteer_id.assume_not_null(),
            tickets::day,
        ))
        .load(conn)?;
    remind(conn, &unrecorded)?;
    // The day's figures are kept before the tickets go, so the reports still count them.
    queue::days::keep(conn, ids)?;
    let deleted = diesel::delete(tickets::table.filter(tickets::id.eq_any(ids))).execute(conn)?;
    Ok(sessions + given + deleted)
}

/// Adds each unrecorded help to its volunteer's, site's and day's count.
fn remind(conn: &mut DbConn, helps: &[(i32, i32, i32, NaiveDate)]) -> Result<(), Error> {
    for &(organisation, site, volunteer, day) in helps {
        let existing = unrecorded_help::table
            .filter(unrecorded_help::volunteer_id.eq(volunteer))
            .filter(unrecorded_help::site_id.eq(site))
            .filter(unrecorded_help::day.eq(day));
        let added = diesel::update(existing)
            .set(unrecorded_help::helps.eq(unrecorded_help::helps + 1))
            .execute(conn)?;
        if added == 0 {
            diesel::insert_into(unrecorded_help::table)
                .values((
                    unrecorded_help::organisation_id.eq(organisation),
                    unrecorded_help::site_id.eq(site),
                    unrecorded_help::volunteer_id.eq(volunteer),
                    unrecorded_help::day.eq(day),
                    unrecorded_help::helps.eq(1),
                ))
                .execute(conn)?;
        }
    }
    Ok(())
}

/// Help a volunteer finished on one day at one site and never recorded.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct Reminder {
    pub id: i32,
    pub volunteer_name: String,
    pub site_name: String,
    pub day: NaiveDate,
    pub helps: i32,
}

/// The organisation's reminders nobody has dealt with yet, oldest first.
pub fn reminders(conn: &mut DbConn, organisation_id: i32) -> Result<Vec<Reminder>, Error> {
    Ok(unrecorded_help::table
        .inner_join(users::table)
        .inner_join(sites::table)
        .filter(unrecorded_help::organisation_id.eq(organisation_id))
        .filter(unrecorded_help::dismissed_at.is_null())
        .order((unrecorded_help::day, unrecorded_help::id))
        .select((
            unrecorded_help::id,
            users::display_name,
            sites::name,
            unrecorded_help::day,
            unrecorded_help::helps,
        ))
        .load(conn)?)
}

/// The coordinator has talked it through. `Error::NotFound` for another organisation's.
pub fn dismiss(
    conn: &mut DbConn,
    organisation_id: i32,
    reminder_id: i32,
    now: NaiveDateTime,
) -> Result<(), Error> {
    let changed = diesel::update(
        unrecorded_help::table
            .filter(unrecorded_help::id.eq(reminder_id))
            .filter(unrecorded_help::organisation_id.eq(organisation_id)),
    )
    .set(unrecorded_help::dismissed_at.eq(Some(now)))
    .execute(conn)?;
    if changed == 0 {
        return Err(Error::NotFound);
    }
    Ok(())
}
