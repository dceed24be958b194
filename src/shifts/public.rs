//! "Where can I get help in my language?": for people seeking help, with no sign-in. The coming
//! times and sites where an active volunteer who speaks the chosen language has a confirmed
//! place. It never shows who the volunteers are.

use std::sync::Arc;

use chrono::{Duration, NaiveDateTime};
use diesel::connection::DefaultLoadingMode;
use diesel::prelude::*;

use super::coverage::{self, Cache, Timed};
use super::signups::State as SignupState;
use crate::db::schema::{
    organisations, shift_signups, shifts, sites, users, volunteer_languages, volunteer_topics,
};
use crate::db::DbConn;
use crate::error::Error;
use crate::sites::{self as places, SiteKind, SiteNotes};
use crate::topics::Stance;
use crate::users::{Role, Status as VolunteerStatus};

/// How far ahead the page looks.
pub const DAYS_AHEAD: i64 = 14;
/// At most this many times are listed, soonest first: enough to choose from, and a longer
/// list is hard to read on a phone.
const MAX_TIMES: usize = 20;

/// A coming time when help in the language is on, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpTime {
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub site: String,
    pub kind: SiteKind,
    pub address: String,
    /// The site's notes: opening hours and how to find help, accessibility.
    pub notes: SiteNotes,
    pub organisation: String,
}

#[derive(Queryable)]
struct TimeRow {
    starts_at: NaiveDateTime,
    ends_at: NaiveDateTime,
    site_id: i32,
    site: String,
    #[diesel(deserialize_as = String)]
    kind: SiteKind,
    address: String,
    organisation: String,
}

/// The coming shifts among `$with_helper` (a subquery of shift ids), soonest first, one more
/// than is shown and without the window's far end, so the caller sees when the next one beyond
/// the window enters it. Rows are cut in Rust, not with `LIMIT ?`: SQLite re-plans a statement whose limit is a bound
/// parameter on every execution (measured: an eighth of the page's time). A macro,
/// not a function: the two subqueries (with and without a topic) have different types, and
/// the two-backend connection cannot run a boxed one.
macro_rules! load_times {
    ($conn:expr, $now:expr, $with_helper:expr) => {{
        let moment = $now;
        shifts::table
            .inner_join(sites::table.inner_join(organisations::table))
            .filter(shifts::cancelled_at.is_null())
            .filter(sites::closed_at.is_null())
            .filter(shifts::ends_at.gt(moment))
            .filter(shifts::id.eq_any($with_helper))
            .order((shifts::starts_at, sites::name))
            .select((
                shifts::starts_at,
                shifts::ends_at,
                sites::id,
                sites::name,
                sites::kind,
                sites::address,
                organisations::name,
            ))
            .load_iter::<TimeRow, DefaultLoadingMode>($conn)?
            .take(MAX_TIMES + 1)
            .collect::<Result<Vec<_>, _>>()
    }};
}

/// The coming times with a helper who speaks `language` (and, with a topic, is confident with
/// it), soonest first, and until when they stay so as time passes: the earliest end among
/// them, or, with fewer than a full list, when the next time enters the window. One statement
/// with subqueries per case, so each is prepared once.
pub fn help_times(
    conn: &mut DbConn,
    language: &str,
    topic: Option<&str>,
    now: NaiveDateTime,
) -> Result<Timed<Vec<HelpTime>>, Error> {
    let speakers = volunteer_languages::table
        .filter(volunteer_languages::language.eq(language))
        .select(volunteer_languages::user_id);
    // Joined rather than `IN (active volunteers)`: SQLite would list every active volunteer
    // for each request.
    let with_helper = shift_signups::table
        .inner_join(users::table)
        .filter(shift_signups::state.eq(SignupState::Confirmed.as_str()))
        .filter(users::role.eq(Role::Volunteer.as_str()))
        .filter(users::status.eq(VolunteerStatus::Active.as_str()))
        .filter(shift_signups::user_id.eq_any(speakers))
        .select(shift_signups::shift_id);
    let rows = match topic {
        None => load_times!(conn, now, with_helper)?,
        Some(topic) => {
            let confident = volunteer_topics::table
                .filter(volunteer_topics::topic.eq(topic))
                .filter(volunteer_topics::kind.eq(Stance::Confident.as_str()))
                .select(volunteer_topics::user_id);
            load_times!(
                conn,
                now,
                with_helper.filter(shift_signups::user_id.eq_any(confident))
            )?
        }
    };
    let window_end = now + Duration::days(DAYS_AHEAD);
    let mut rows = rows;
    let shown = rows
        .iter()
        .take(MAX_TIMES)
        .take_while(|r| r.starts_at < window_end)
        .count();
    // A time beyond the window enters it when the window's end passes its start.
    let enters = (shown < MAX_TIMES)
        .then(|| rows.get(shown))
        .flatten()
        .map(|r| r.starts_at - Duration::days(DAYS_AHEAD));
    rows.truncate(shown);
    let ends = rows.iter().map(|r| r.ends_at).min();
    let valid_until = coverage::earliest(ends, enters);
    let mut site_ids: Vec<i32> = rows.iter().map(|r| r.site_id).collect();
    site_ids.sort_unstable();
    site_ids.dedup();
    let notes = places::notes_of(conn, &site_ids)?;
    let times = rows
        .into_iter()
        .map(|row| HelpTime {
            notes: notes.get(&row.site_id).cloned().unwrap_or_default(),
            starts_at: row.starts_at,
            ends_at: row.ends_at,
            site: row.site,
            kind: row.kind,
            address: row.address,
            organisation: row.organisation,
        })
        .collect();
    Ok(Timed {
        value: times,
        valid_until,
    })
}

/// What `/help` shows for a language and perhaps a topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpAnswer {
    pub times: Vec<HelpTime>,
    /// Nobody has marked the topic, so the times are for the language alone.
    pub topic_fallback: bool,
}

/// This server's kept answers of `/help`, by language and topic.
pub type HelpCache = Cache<(&'static str, Option<&'static str>), HelpAnswer>;

/// The times for `language`, preferring helpers confident with `topic`; when nobody has
/// marked the topic, the times for the language alone, and says so. Read from `cache` unless
/// something was written since or time has run past the kept answer.
pub fn help_times_with_fallback(
    conn: &mut DbConn,
    cache: &HelpCache,
    language: &'static str,
    topic: Option<&'static str>,
    now: NaiveDateTime,
) -> Result<Arc<HelpAnswer>, Error> {
    cache.get_or_load(
        conn,
        (language, topic),
        now,
        |conn| load_with_fallback(conn, language, topic, now),
        |_| true,
    )
}

fn load_with_fallback(
    conn: &mut DbConn,
    language: &str,
    topic: Option<&str>,
    now: NaiveDateTime,
) -> Result<Timed<HelpAnswer>, Error> {
    let with_topic = help_times(conn, language, topic, now)?;
    if with_topic.value.is_empty() && topic.is_some() {
        // Until a helper with the topic comes into the window, and the language's own limit.
        let alone = help_times(conn, language, None, now)?;
        let topic_fallback = !alone.value.is_empty();
        return Ok(Timed {
            valid_until: coverage::earliest(with_topic.valid_until, alone.valid_until),
            value: HelpAnswer {
                times: alone.value,
                topic_fallback,
            },
        });
    }
    Ok(Timed {
        valid_until: with_topic.valid_until,
        value: HelpAnswer {
            times: with_topic.value,
            topic_fallback: false,
        },
    })
}
