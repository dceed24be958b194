//! Help sessions: what a volunteer records after helping someone, in a minute on a phone. A
//! session keeps what the growth page and the funders' reports count (site, language, topics,
//! duration, outcome, referral, device) and never anything about the person: no name, no
//! contact, no free text about them. It keeps its queue ticket only until the person has
//! answered or the queue's day is over.

pub mod corrections;
pub mod day_end;
pub mod feedback;
pub mod feedback_routes;
pub mod record_routes;
pub mod routes;
pub mod staff_routes;

use chrono::{Duration, NaiveDate, NaiveDateTime, Timelike};
use diesel::prelude::*;

use crate::clock::{day_span, today_in_finland};
use crate::db::schema::{
    help_session_topics, help_sessions, sites, tickets, users, volunteer_languages,
};
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::queue::{self, duty, TicketStatus};
use crate::stored_enum;
use crate::topics;

stored_enum! {
    /// How the help ended. The first is the programme's aim: the person does it themselves.
    pub enum Outcome {
        OnTheirOwn = "self",
        Together = "together",
        Partly = "partly",
        Referred = "referred",
        Unsolved = "unsolved",
    }
}

stored_enum! {
    /// Where a person was sent on to.
    pub enum Referral {
        Kela = "kela",
        CityDigitalSupport = "city-digital-support",
        Library = "library",
        EmploymentServices = "employment-services",
        SocialWorker = "social-worker",
        Family = "family",
        OtherService = "other-service",
    }
}

stored_enum! {
    /// Whose device the help was on.
    pub enum Device {
        OwnPhone = "own-phone",
        OwnComputer = "own-computer",
        SiteComputer = "site-computer",
    }
}

/// The longest session a volunteer can record, and the largest group.
pub const MAX_MINUTES: i32 = 480;
pub const MAX_PEOPLE: i32 = 10;
/// How long a volunteer may still change their own record.
pub const EDITABLE_FOR: Duration = Duration::days(7);

/// What the volunteer records, checked by the form: every value is one the lists know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub minutes: i32,
    pub language: &'static str,
    pub topics: Vec<&'static str>,
    pub outcome: Outcome,
    pub referred_to: Option<Referral>,
    pub device: Device,
    pub saw_codes: bool,
    pub first_visit: bool,
    /// 1, or 2-10 for a small group.
    pub people: i32,
    pub learning_note: Option<String>,
}

/// A minute count the record accepts.
pub fn minutes_allowed(minutes: i32) -> bool {
    (1..=MAX_MINUTES).contains(&minutes)
}

pub fn people_allowed(people: i32) -> bool {
    (1..=MAX_PEOPLE).contains(&people)
}

/// What the form opens with after "finished": the ticket's languages and topics, the
/// minutes from start to finish, first visit or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prefill {
    pub ticket_id: i32,
    pub site_name: String,
    /// The language used: the person's first choice if the volunteer speaks it, else the
    /// second (the matching widened to it).
    pub language: String,
    pub languages: Vec<String>,
    pub topics: Vec<String>,
    pub minutes: i32,
    pub first_visit: bool,
    pub finished_at: NaiveDateTime,
}

#[derive(Queryable)]
struct FinishedTicket {
    id: i32,
    site_id: i32,
    organisation_id: i32,
    site_name: String,
    first_language: String,
    second_language: Option<String>,
    topics: String,
    first_visit: bool,
    started_at: Option<NaiveDateTime>,
    matched_at: Option<NaiveDateTime>,
    finished_at: Option<NaiveDateTime>,
    day: NaiveDate,
}

/// The volunteer's finished ticket of the site's queue day that has no record yet.
fn unrecorded_ticket(
    conn: &mut DbConn,
    volunteer_id: i32,
    ticket_id: i32,
    now: NaiveDateTime,
) -> Result<Option<FinishedTicket>, Error> {
    let recorded = help_sessions::table
        .filter(help_sessions::ticket_id.eq(ticket_id))
        .count()
        .get_result::<i64>(conn)?
        > 0;
    if recorded {
        return Ok(None);
    }
    let ticket: Option<FinishedTicket> = tickets::table
        .inner_join(sites::table)
        .filter(tickets::id.eq(ticket_id))
        .filter(tickets::volunteer_id.eq(volunteer_id))
        .filter(tickets::status.eq(TicketStatus::Done.as_str()))
        .select((
            tickets::id,
            tickets::site_id,
            sites::organisation_id,
            sites::name,
            tickets::first_language,
            tickets::second_language,
            tickets::topics,
            tickets::first_visit,
            tickets::started_at,
            tickets::matched_at,
            tickets::finished_at,
            tickets::day,
        ))
        .first(conn)
        .optional()?;
    match ticket {
        Some(t) if queue::is_queue_day(conn, t.site_id, t.day, now)? => Ok(Some(t)),
        _ => Ok(None),
    }
}

impl FinishedTicket {
    fn started(&self, now: NaiveDateTime) -> NaiveDateTime {
        self.started_at.or(self.matched_at).unwrap_or(now)
    }

    fn minutes(&self, now: NaiveDateTime) -> i32 {
        let end = self.finished_at.unwrap_or(now);
        let minutes = (end - self.started(now)).num_minutes();
        i32::try_from(minutes)
            .unwrap_or(MAX_MINUTES)
            .clamp(1, MAX_MINUTES)
    }
}

/// The record form's first values for a finished ticket; `None` when the ticket is not the
/// volunteer's, not finished today, or already recorded.
pub fn prefill(
    conn: &mut DbConn,
    volunteer_id: i32,
    ticket_id: i32,
    now: NaiveDateTime,
) -> Result<Option<Prefill>, Error> {
    let Some(ticket) = unrecorded_ticket(conn, volunteer_id, ticket_id, now)? else {
        return Ok(None);
    };
    let spoken: Vec<String> = volunteer_languages::table
        .filter(volunteer_languages::user_id.eq(volunteer_id))
        .select(volunteer_languages::language)
        .load(conn)?;
    let languages: Vec<String> = std::iter::once(ticket.first_language.clone())
        .chain(ticket.second_language.clone())
        .collect();
    let language = languages
        .iter()
        .find(|l| spoken.contains(l))
        .unwrap_or(&ticket.first_language)
        .clone();
    Ok(Some(Prefill {
        ticket_id: ticket.id,
        site_name: ticket.site_name.clone(),
        language,
        languages,
        topics: ticket
            .topics
            .split_whitespace()
            .map(str::to_owned)
            .collect(),
        minutes: ticket.minutes(now),
        first_visit: ticket.first_visit,
        finished_at: ticket.finished_at.unwrap_or(now),
    }))
}

/// Where a record is saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    New(i32),
    /// The same submit came again (a retry on a bad connection): nothing new was written.
    Again(i32),
}

impl Saved {
    pub fn id(self) -> i32 {
        match self {
            Saved::New(id) | Saved::Again(id) => id,
        }
    }
}

/// A submit that raced its own retry (both passed `already_saved`) lost on the unique key:
/// the other one saved it.
fn saved_once(conn: &mut DbConn, key: &str, outcome: Result<Saved, Error>) -> Result<Saved, Error> {
    use diesel::result::{DatabaseErrorKind, Error as DieselError};
    match outcome {
        Err(Error::Query(DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _))) => {
            already_saved(conn, key)?
                .map(Saved::Again)
                .ok_or(Error::NotFound)
        }
        other => other,
    }
}

fn already_saved(conn: &mut DbConn, key: &str) -> Result<Option<i32>, Error> {
    Ok(help_sessions::table
        .filter(help_sessions::request_key.eq(key))
        .select(help_sessions::id)
        .first(conn)
        .optional()?)
}

/// Where and when a session took place, and the ticket it came from.
pub struct Place {
    pub organisation_id: i32,
    pub site_id: i32,
    pub started_at: NaiveDateTime,
    pub ticket_id: Option<i32>,
}

fn insert(
    conn: &mut DbConn,
    volunteer_id: i32,
    place: &Place,
    record: &Record,
    key: &str,
    now: NaiveDateTime,
) -> Result<i32, Error> {
    // To the minute: a session's exact instant would match its ticket's.
    let started_at = place
        .started_at
        .with_second(0)
        .and_then(|t| t.with_nanosecond(0))
        .unwrap_or(place.started_at);
    let id = diesel::insert_into(help_sessions::table)
        .values((
            help_sessions::organisation_id.eq(place.organisation_id),
            help_sessions::site_id.eq(place.site_id),
            help_sessions::volunteer_id.eq(volunteer_id),
            help_sessions::started_at.eq(started_at),
            help_sessions::minutes.eq(record.minutes),
            help_sessions::language.eq(record.language),
            help_sessions::people.eq(record.people),
            help_sessions::first_visit.eq(record.first_visit),
            help_sessions::outcome.eq(record.outcome.as_str()),
            help_sessions::referred_to.eq(record.referred_to.map(Referral::as_str)),
            help_sessions::device.eq(record.device.as_str()),
            help_sessions::saw_codes.eq(record.saw_codes),
            help_sessions::learning_note.eq(record.learning_note.as_deref()),
            help_sessions::request_key.eq(key),
            help_sessions::ticket_id.eq(place.ticket_id),
            help_sessions::recorded_at.eq(now),
            help_sessions::from_queue.eq(place.ticket_id.is_some()),
        ))
        .returning(help_sessions::id)
        .get_result(conn)?;
    write_topics(conn, id, &record.topics)?;
    Ok(id)
}

fn write_topics(conn: &mut DbConn, session_id: i32, topics: &[&str]) -> Result<(), Error> {
    for topic in topics {
        diesel::insert_into(help_session_topics::table)
            .values((
                help_session_topics::session_id.eq(session_id),
                help_session_topics::topic.eq(*topic),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The volunteer records the help of one of their finished tickets. `Error::NotFound` when
/// the ticket is not theirs, not finished today or already recorded under another submit.
pub fn record_ticket(
    conn: &mut DbConn,
    volunteer_id: i32,
    ticket_id: i32,
    record: &Record,
    key: &str,
    now: NaiveDateTime,
) -> Result<Saved, Error> {
    let outcome = write_tx(conn, |conn| {
        if let Some(id) = already_saved(conn, key)? {
            return Ok(Saved::Again(id));
        }
        let ticket =
            unrecorded_ticket(conn, volunteer_id, ticket_id, now)?.ok_or(Error::NotFound)?;
        let place = Place {
            organisation_id: ticket.organisation_id,
            site_id: ticket.site_id,
            started_at: ticket.started(now),
            ticket_id: Some(ticket.id),
        };
        let id = insert(
            conn,
            volunteer_id,
            &place,
            &record.with_one_person(),
            key,
            now,
        )?;
        feedback::join_session(conn, ticket.id, id)?;
        Ok(Saved::New(id))
    });
    saved_once(conn, key, outcome)
}

/// The volunteer records someone who came straight to their table, or a small group, at the
/// site where they are checked in. `Error::NotFound` when they are checked in nowhere.
pub fn record_walk_in(
    conn: &mut DbConn,
    volunteer_id: i32,
    record: &Record,
    key: &str,
    now: NaiveDateTime,
) -> Result<Saved, Error> {
    let outcome = write_tx(conn, |conn| {
        if let Some(id) = already_saved(conn, key)? {
            return Ok(Saved::Again(id));
        }
        let site = duty::site_on_duty(conn, volunteer_id, now)?.ok_or(Error::NotFound)?;
        let place = Place {
            organisation_id: site.organisation_id,
            site_id: site.id,
            started_at: now - Duration::minutes(i64::from(record.minutes)),
            ticket_id: None,
        };
        Ok(Saved::New(insert(
            conn,
            volunteer_id,
            &place,
            record,
            key,
            now,
        )?))
    });
    saved_once(conn, key, outcome)
}

/// A session recorded with its own place and start, outside the queue and the duty page (the
/// demo's past weeks); a key already saved writes nothing new.
pub fn record_at(
    conn: &mut DbConn,
    volunteer_id: i32,
    place: &Place,
    record: &Record,
    key: &str,
    now: NaiveDateTime,
) -> Result<Saved, Error> {
    write_tx(conn, |conn| match already_saved(conn, key)? {
        Some(id) => Ok(Saved::Again(id)),
        None => Ok(Saved::New(insert(
            conn,
            volunteer_id,
            place,
            record,
            key,
            now,
        )?)),
    })
}

impl Record {
    /// A session from a queue ticket is always one person.
    fn with_one_person(&self) -> Record {
        Record {
            people: 1,
            ..self.clone()
        }
    }
}

/// The volunteer's finished help of the queue day that has no record yet (their "to record"
/// list).
pub fn to_record(
    conn: &mut DbConn,
    volunteer_id: i32,
    now: NaiveDateTime,
) -> Result<Vec<(i32, String, NaiveDateTime)>, Error> {
    let recorded = help_sessions::table
        .filter(help_sessions::ticket_id.is_not_null())
        .select(help_sessions::ticket_id.assume_not_null());
    // An opening that runs past midnight began yesterday at the latest.
    let yesterday = today_in_finland(now) - Duration::days(1);
    let rows: Vec<(i32, i32, NaiveDate, String, i32, Option<NaiveDateTime>)> = tickets::table
        .inner_join(sites::table)
        .filter(tickets::volunteer_id.eq(volunteer_id))
        .filter(tickets::status.eq(TicketStatus::Done.as_str()))
        .filter(tickets::day.ge(yesterday))
        .filter(tickets::id.ne_all(recorded))
        .order(tickets::finished_at)
        .select((
            tickets::id,
            tickets::site_id,
            tickets::day,
            sites::public_code,
            tickets::number,
            tickets::finished_at,
        ))
        .load(conn)?;
    let mut list = Vec::with_capacity(rows.len());
    for (id, site, day, code, number, finished) in rows {
        if queue::is_queue_day(conn, site, day, now)? {
            list.push((
                id,
                queue::ticket_code(&code, number),
                finished.unwrap_or(now),
            ));
        }
    }
    Ok(list)
}

/// One recorded session as lists show it.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = help_sessions)]
pub struct Session {
    pub id: i32,
    pub site_id: i32,
    #[diesel(select_expression = sites::name)]
    pub site_name: String,
    #[diesel(select_expression = users::display_name)]
    pub volunteer_name: String,
    pub started_at: NaiveDateTime,
    pub minutes: i32,
    pub language: String,
    pub people: i32,
    #[diesel(deserialize_as = String)]
    pub outcome: Outcome,
    pub referred_to: Option<String>,
    #[diesel(deserialize_as = String)]
    pub device: Device,
    pub saw_codes: bool,
    pub followed_up_at: Option<NaiveDateTime>,
    pub recorded_at: NaiveDateTime,
}

/// A listed session with its topics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub session: Session,
    pub topics: Vec<String>,
    /// The volunteer's own note (only on their own list).
    pub learning_note: Option<String>,
}

fn with_topics(
    conn: &mut DbConn,
    rows: Vec<(Session, Option<String>)>,
) -> Result<Vec<Listed>, Error> {
    let ids: Vec<i32> = rows.iter().map(|(s, _)| s.id).collect();
    let topic_rows: Vec<(i32, String)> = help_session_topics::table
        .filter(help_session_topics::session_id.eq_any(&ids))
        .select((help_session_topics::session_id, help_session_topics::topic))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(session, learning_note)| {
            let mut topics: Vec<String> = topic_rows
                .iter()
                .filter(|(id, _)| *id == session.id)
                .map(|(_, t)| t.clone())
                .collect();
            // In the list's order, as the forms show them.
            topics.sort_by_key(|t| topics::TOPICS.iter().position(|known| known == t));
            Listed {
                session,
                topics,
                learning_note,
            }
        })
        .collect())
}

/// The volunteer's own sessions, newest first, with their notes.
pub fn own(conn: &mut DbConn, volunteer_id: i32, limit: i64) -> Result<Vec<Listed>, Error> {
    let rows: Vec<(Session, Option<String>)> = help_sessions::table
        .inner_join(sites::table)
        .inner_join(users::table)
        .filter(help_sessions::volunteer_id.eq(volunteer_id))
        .order(help_sessions::started_at.desc())
        .limit(limit)
        .select((Session::as_select(), help_sessions::learning_note))
        .load(conn)?;
    with_topics(conn, rows)
}

/// The organisation's sessions at one site on one day in Finland, in time order; never the
/// volunteers' private notes.
pub fn of_site_day(
    conn: &mut DbConn,
    organisation_id: i32,
    site_id: i32,
    day: NaiveDate,
) -> Result<Vec<Listed>, Error> {
    let (from, to) = day_span(day);
    let rows: Vec<Session> = help_sessions::table
        .inner_join(sites::table)
        .inner_join(users::table)
        .filter(help_sessions::organisation_id.eq(organisation_id))
        .filter(help_sessions::site_id.eq(site_id))
        .filter(help_sessions::started_at.ge(from))
        .filter(help_sessions::started_at.lt(to))
        .order(help_sessions::started_at)
        .select(Session::as_select())
        .load(conn)?;
    with_topics(conn, rows.into_iter().map(|s| (s, None)).collect())
}

/// The organisation's sites with sessions on a day in Finland.
pub fn sites_with_sessions(
    conn: &mut DbConn,
    organisation_id: i32,
    day: NaiveDate,
) -> Result<Vec<i32>, Error> {
    let (from, to) = day_span(day);
    Ok(help_sessions::table
        .filter(help_sessions::organisation_id.eq(organisation_id))
        .filter(help_sessions::started_at.ge(from))
        .filter(help_sessions::started_at.lt(to))
        .select(help_sessions::site_id)
        .distinct()
        .load(conn)?)
}

/// The organisation's sessions where a volunteer saw or typed someone's codes and nobody has
/// talked it through with them yet.
#[diesel::dsl::auto_type]
fn not_followed_up(organisation_id: i32) -> _ {
    help_sessions::organisation_id
        .eq(organisation_id)
        .and(help_sessions::saw_codes.eq(true))
        .and(help_sessions::followed_up_at.is_null())
}

/// How many sessions wait on the follow-up list.
pub fn follow_up_count(conn: &mut DbConn, organisation_id: i32) -> Result<i64, Error> {
    Ok(help_sessions::table
        .filter(not_followed_up(organisation_id))
        .count()
        .get_result(conn)?)
}

/// The follow-up list itself, oldest first.
pub fn to_follow_up(conn: &mut DbConn, organisation_id: i32) -> Result<Vec<Listed>, Error> {
    let rows: Vec<Session> = help_sessions::table
        .inner_join(sites::table)
        .inner_join(users::table)
        .filter(not_followed_up(organisation_id))
        .order(help_sessions::started_at)
        .select(Session::as_select())
        .load(conn)?;
    with_topics(conn, rows.into_iter().map(|s| (s, None)).collect())
}

/// The coordinator has talked the session through with the volunteer. `Error::NotFound` for
/// another organisation's session.
pub fn mark_followed_up(
    conn: &mut DbConn,
    organisation_id: i32,
    session_id: i32,
    now: NaiveDateTime,
) -> Result<(), Error> {
    let changed = diesel::update(
        help_sessions::table
            .filter(help_sessions::id.eq(session_id))
            .filter(help_sessions::organisation_id.eq(organisation_id))
            .filter(help_sessions::saw_codes.eq(true)),
    )
    .set(help_sessions::followed_up_at.eq(Some(now)))
    .execute(conn)?;
    if changed == 0 {
        return Err(Error::NotFound);
    }
    Ok(())
}
