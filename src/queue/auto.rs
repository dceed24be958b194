//! Matching with nobody pressing a button. At a site that turned it on, the engine's
//! suggestions are confirmed as soon as the queue changes (a number taken, a help finished, a
//! person back in the queue) and every minute, for what changes with time alone (a second
//! language after a short wait, a volunteer who just checked in). Each match keeps the
//! engine's reasons, so the board explains it as it explained the suggestion.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::duty::{on_duty, waiting};
use super::live::{self, Live};
use super::{lock_site, ticket_code, TicketStatus};
use crate::db::schema::{sites, tickets};
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::matching::{self, Reason, Request, Volunteer};
use crate::privacy::audit::Actor;
use crate::sites::{self as places, Site};

/// With the site's automatic matching on, confirms what the engine suggests now, as a person
/// accepting each suggestion on the board would. Runs in the caller's transaction under the
/// site's row lock, so two app servers never give one volunteer two people. How many were
/// matched.
pub(super) fn settle(conn: &mut DbConn, site_id: i32, now: NaiveDateTime) -> Result<usize, Error> {
    let on: bool = sites::table
        .find(site_id)
        .select(sites::auto_match)
        .first(conn)?;
    if !on {
        return Ok(0);
    }
    lock_site(conn, site_id)?;
    let site = places::by_id(conn, site_id)?;
    let waiting = waiting(conn, &site, now)?;
    if waiting.is_empty() {
        return Ok(0);
    }
    let on_duty = on_duty(conn, &site, now)?;
    let requests: Vec<Request> = waiting.iter().map(|w| w.request.clone()).collect();
    let volunteers: Vec<Volunteer> = on_duty.iter().map(|d| d.volunteer.clone()).collect();
    let mut matched = 0;
    for suggestion in matching::plan(&requests, &volunteers, now).suggestions {
        let table = on_duty
            .iter()
            .find(|d| d.volunteer.id == suggestion.volunteer)
            .and_then(|d| d.table.clone());
        matched += diesel::update(
            tickets::table
                .filter(tickets::id.eq(suggestion.request))
                .filter(tickets::status.eq(TicketStatus::Waiting.as_str())),
        )
        .set((
            tickets::status.eq(TicketStatus::Matched.as_str()),
            tickets::volunteer_id.eq(suggestion.volunteer),
            tickets::matched_at.eq(now),
            tickets::table_label.eq(table),
            tickets::auto_reasons.eq(serde_json::to_string(&suggestion.reasons)?),
        ))
        .execute(conn)?;
    }
    Ok(matched)
}

/// Settles the site in a transaction of its own and tells everyone watching when anyone was
/// matched.
pub(super) fn settle_and_tell(
    conn: &mut DbConn,
    live: &Live,
    site_id: i32,
    now: NaiveDateTime,
) -> Result<usize, Error> {
    let matched = write_tx(conn, |conn| settle(conn, site_id, now))?;
    if matched > 0 {
        live::changed(conn, live, site_id)?;
    }
    Ok(matched)
}

/// Every site with automatic matching on and someone waiting, settled now: the minute's
/// round that every app server runs (the row lock lets one at a time match a site). How many
/// were matched in all.
pub fn settle_due(conn: &mut DbConn, live: &Live, now: NaiveDateTime) -> Result<usize, Error> {
    let due: Vec<i32> = tickets::table
        .inner_join(sites::table)
        .filter(sites::auto_match.eq(true))
        .filter(sites::closed_at.is_null())
        .filter(tickets::status.eq(TicketStatus::Waiting.as_str()))
        .select(sites::id)
        .distinct()
        .load(conn)?;
    let mut matched = 0;
    for site_id in due {
        matched += settle_and_tell(conn, live, site_id, now)?;
    }
    Ok(matched)
}

/// A ticket the engine matched on its own and nobody has started helping yet, with why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AutoMatched {
    pub code: String,
    pub volunteer_id: i32,
    pub reasons: Vec<Reason>,
}

#[derive(Queryable)]
struct AutoRow {
    number: i32,
    volunteer_id: Option<i32>,
    reasons: Option<String>,
}

/// The site's tickets the engine matched and nobody has started helping yet, in number order.
pub(super) fn matched_by_engine(conn: &mut DbConn, site: &Site) -> Result<Vec<AutoMatched>, Error> {
    let rows: Vec<AutoRow> = tickets::table
        .filter(tickets::site_id.eq(site.id))
        .filter(tickets::status.eq(TicketStatus::Matched.as_str()))
        .filter(tickets::auto_reasons.is_not_null())
        .order(tickets::number)
        .select((
            tickets::number,
            tickets::volunteer_id,
            tickets::auto_reasons,
        ))
        .load(conn)?;
    rows.into_iter()
        .filter_map(|row| Some((row.number, row.volunteer_id?, row.reasons?)))
        .map(|(number, volunteer_id, reasons)| {
            Ok(AutoMatched {
                code: ticket_code(&site.public_code, number),
                volunteer_id,
                reasons: serde_json::from_str(&reasons)?,
            })
        })
        .collect()
}

/// Turns the site's automatic matching on or off (audited), and when on, matches who can be
/// matched now.
pub fn set_for_site(
    conn: &mut DbConn,
    live: &Live,
    by: Actor,
    site: &Site,
    on: bool,
    now: NaiveDateTime,
) -> Result<(), Error> {
    places::set_auto_match(conn, by, site.organisation_id, site.id, on, now)?;
    settle_and_tell(conn, live, site.id, now)?;
    Ok(())
}
