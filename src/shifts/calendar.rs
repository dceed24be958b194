//! Each volunteer's private calendar feed of their shifts, at a URL with a random token that
//! they can renew. The token is kept as it is (not hashed) because the volunteer's page shows
//! the URL again; it reveals only that person's shift times and sites.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::signups::State;
use crate::db::schema::{shift_signups, shifts, sites, users};
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::staff_texts::Translations;
use crate::tokens::new_token;

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

/// One shift in the feed.
#[derive(Debug, Clone, Queryable)]
pub struct FeedShift {
    pub id: i32,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub cancelled_at: Option<NaiveDateTime>,
    pub updated_at: NaiveDateTime,
    pub site: String,
    pub address: String,
}

/// The feed of one volunteer, in their interface language.
#[derive(Debug, Clone)]
pub struct Feed {
    pub locale: String,
    pub shifts: Vec<FeedShift>,
    pub notes: HashMap<i32, Translations>,
}

/// The feed for a token, or `None` for a token nobody has. It holds the shifts where the
/// volunteer has a confirmed place, cancelled ones too so calendars remove them.
pub fn feed(conn: &mut DbConn, token: &str) -> Result<Option<Feed>, Error> {
    let owner: Option<(i32, String)> = users::table
        .filter(users::calendar_token.eq(token))
        .select((users::id, users::locale))
        .first(conn)
        .optional()?;
    let Some((user_id, locale)) = owner else {
        return Ok(None);
    };
    let shifts = shift_signups::table
        .inner_join(shifts::table.inner_join(sites::table))
        .filter(shift_signups::user_id.eq(user_id))
        .filter(shift_signups::state.eq(State::Confirmed.as_str()))
        .order(shifts::starts_at)
        .select((
            shifts::id,
            shifts::starts_at,
            shifts::ends_at,
            shifts::cancelled_at,
            shifts::updated_at,
            sites::name,
            sites::address,
        ))
        .load::<FeedShift>(conn)?;
    let ids: Vec<i32> = shifts.iter().map(|s| s.id).collect();
    let notes = super::notes_of(conn, &ids)?;
    Ok(Some(Feed {
        locale,
        shifts,
        notes,
    }))
}
