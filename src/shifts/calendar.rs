//! Each volunteer's private iCalendar feed of their shifts, at a URL with a random token that
//! they can renew. The token is kept as it is (not hashed) because the volunteer's page shows
//! the URL again; it reveals only that person's shift times and sites.

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use icalendar::{Calendar, Component, Event, EventLike, EventStatus};

use super::signups::State;
use crate::auth::tokens::new_token;
use crate::db::schema::{shift_signups, shifts, sites, users};
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::i18n::Locale;

/// The volunteer's feed token, made on first use.
pub fn token(conn: &mut DbConn, user_id: i32) -> Result<String, Error> {
    write_tx(conn, |conn| {
        let current: Option<String> = users::table
            .filter(users::id.eq(user_id))
            .select(users::calendar_token)
            .first(conn)?;
        match current {
            Some(token) => Ok(token),
            None => set_new(conn, user_id),
        }
    })
}

/// A new token: the old URL stops working at once.
pub fn renew(conn: &mut DbConn, user_id: i32) -> Result<String, Error> {
    write_tx(conn, |conn| set_new(conn, user_id))
}

fn set_new(conn: &mut DbConn, user_id: i32) -> Result<String, Error> {
    let token = new_token();
    diesel::update(users::table.filter(users::id.eq(user_id)))
        .set(users::calendar_token.eq(&token))
        .execute(conn)?;
    Ok(token)
}

type FeedRow = (
    i32,
    NaiveDateTime,
    NaiveDateTime,
    String,
    Option<NaiveDateTime>,
    NaiveDateTime,
    String,
    String,
);

/// The feed for a token, or `None` for a token nobody has. It holds the shifts where the
/// volunteer has a confirmed place, cancelled ones marked as such so calendars remove them.
pub fn feed(conn: &mut DbConn, token: &str, public_url: &str) -> Result<Option<String>, Error> {
    let owner: Option<(i32, String)> = users::table
        .filter(users::calendar_token.eq(token))
        .select((users::id, users::locale))
        .first(conn)
        .optional()?;
    let Some((user_id, locale)) = owner else {
        return Ok(None);
    };
    let locale = Locale::from_code(&locale).unwrap_or(Locale::DEFAULT);
    let rows: Vec<FeedRow> = shift_signups::table
        .inner_join(shifts::table.inner_join(sites::table))
        .filter(shift_signups::user_id.eq(user_id))
        .filter(shift_signups::state.eq(State::Confirmed.as_str()))
        .order(shifts::starts_at)
        .select((
            shifts::id,
            shifts::starts_at,
            shifts::ends_at,
            shifts::notes,
            shifts::cancelled_at,
            shifts::updated_at,
            sites::name,
            sites::address,
        ))
        .load(conn)?;
    let host = public_url
        .split("://")
        .nth(1)
        .unwrap_or(public_url)
        .trim_end_matches('/');
    let mut calendar = Calendar::new();
    calendar.name(&locale.text("calendar-name"));
    for (id, starts_at, ends_at, notes, cancelled_at, updated_at, site, address) in rows {
        let mut event = Event::new();
        event
            .uid(&format!("shift-{id}@{host}"))
            .summary(&locale.text_with("calendar-event", &[("site", &site)]))
            .starts(starts_at.and_utc())
            .ends(ends_at.and_utc())
            .location(&address)
            .last_modified(updated_at.and_utc())
            .timestamp(Utc::now())
            .url(&format!("{}/shifts", public_url.trim_end_matches('/')));
        if !notes.is_empty() {
            event.description(&notes);
        }
        if cancelled_at.is_some() {
            event.status(EventStatus::Cancelled);
        } else {
            event.status(EventStatus::Confirmed);
        }
        calendar.push(event.done());
    }
    Ok(Some(calendar.done().to_string()))
}
