//! "Where can I get help in my language?": for people seeking help, with no sign-in. The coming
//! times and sites where an active volunteer who speaks the chosen language has a confirmed
//! place. It never shows who the volunteers are.

use chrono::{Duration, NaiveDateTime};
use diesel::connection::DefaultLoadingMode;
use diesel::prelude::*;

use super::signups::State as SignupState;
use crate::db::schema::{
    organisations, shift_signups, shifts, sites, users, volunteer_languages, volunteer_topics,
};
use crate::db::DbConn;
use crate::error::Error;
use crate::sites::SiteKind;
use crate::topics::Stance;
use crate::users::{Role, Status as VolunteerStatus};

/// How far ahead the page looks.
pub const DAYS_AHEAD: i64 = 14;
/// At most this many times are listed, soonest first: enough to choose from, and a longer
/// list is hard to read on a phone.
const MAX_TIMES: usize = 20;

/// A coming time when help in the language is on, and where.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct HelpTime {
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub site: String,
    #[diesel(deserialize_as = String)]
    pub kind: SiteKind,
    pub address: String,
    pub opening_notes: String,
    pub organisation: String,
}

/// The coming shifts among `$with_helper` (a subquery of shift ids), soonest first. Rows are
/// cut in Rust, not with `LIMIT ?`: SQLite re-plans a statement whose limit is a bound
/// parameter on every execution (measured: an eighth of the page's time). A macro,
/// not a function: the two subqueries (with and without a topic) have different types, and
/// the two-backend connection cannot run a boxed one.
macro_rules! load_times {
    ($conn:expr, $now:expr, $with_helper:expr) => {{
        let moment = $now;
        shifts::table
            .inner_join(sites::table.inner_join(organisations::table))
            .filter(shifts::cancelled_at.is_null())
            .filter(shifts::ends_at.gt(moment))
            .filter(shifts::starts_at.lt(moment + Duration::days(DAYS_AHEAD)))
            .filter(shifts::id.eq_any($with_helper))
            .order((shifts::starts_at, sites::name))
            .select((
                shifts::starts_at,
                shifts::ends_at,
                sites::name,
                sites::kind,
                sites::address,
                sites::opening_notes,
                organisations::name,
            ))
            .load_iter::<HelpTime, DefaultLoadingMode>($conn)?
            .take(MAX_TIMES)
            .collect::<Result<Vec<_>, _>>()
    }};
}

/// The coming times with a helper who speaks `language` (and, with a topic, is confident with
/// it), soonest first. One statement with subqueries per case, so each is prepared once.
pub fn help_times(
    conn: &mut DbConn,
    language: &str,
    topic: Option<&str>,
    now: NaiveDateTime,
) -> Result<Vec<HelpTime>, Error> {
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
    Ok(match topic {
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
    })
}

/// The times for `language`, preferring helpers confident with `topic`; when nobody has
/// marked the topic, the times for the language alone and `true`.
pub fn help_times_with_fallback(
    conn: &mut DbConn,
    language: &str,
    topic: Option<&str>,
    now: NaiveDateTime,
) -> Result<(Vec<HelpTime>, bool), Error> {
    let times = help_times(conn, language, topic, now)?;
    if times.is_empty() && topic.is_some() {
        let times = help_times(conn, language, None, now)?;
        let fell_back = !times.is_empty();
        return Ok((times, fell_back));
    }
    Ok((times, false))
}
