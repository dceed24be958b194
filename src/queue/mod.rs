//! Queue tickets at a site, for people seeking help: no account and nothing personal. A
//! person chooses their languages and topics and gets a short code (like K-17) and a page at
//! an unguessable address that shows their place in the queue. Tickets nobody helped are
//! purged after their day.

pub mod duty;
pub mod duty_routes;
pub mod live;
pub mod routes;

use chrono::{Duration, NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::auth::tokens::{digest, new_token};
use crate::db::schema::{shift_signups, shifts, sites, tickets};
use crate::db::{now, write_tx, DbConn};
use crate::error::Error;
use crate::languages;
use crate::shifts::signups::State as SignupState;
use crate::shifts::utc_to_helsinki;
use crate::topics;
use crate::web::forms::FieldErrors;

/// A site takes tickets from this long before a shift starts until it ends.
pub const OPENS_BEFORE_SHIFT: Duration = Duration::minutes(15);
/// The estimate of one person's help, for the expected wait, until real session times exist.
pub const MINUTES_PER_PERSON: i64 = 15;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TicketStatus {
    Waiting,
    Matched,
    Helping,
    Done,
    Left,
    Unserved,
}

impl TicketStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            TicketStatus::Waiting => "waiting",
            TicketStatus::Matched => "matched",
            TicketStatus::Helping => "helping",
            TicketStatus::Done => "done",
            TicketStatus::Left => "left",
            TicketStatus::Unserved => "unserved",
        }
    }

    pub fn parse(value: &str) -> TicketStatus {
        [
            TicketStatus::Waiting,
            TicketStatus::Matched,
            TicketStatus::Helping,
            TicketStatus::Done,
            TicketStatus::Left,
        ]
        .into_iter()
        .find(|s| s.as_str() == value)
        .unwrap_or(TicketStatus::Unserved)
    }
}

/// What the person chose, as the form sent it.
#[derive(Debug, Default, Clone, rocket::form::FromForm, serde::Serialize)]
pub struct TicketForm {
    #[field(default = String::new())]
    pub first_language: String,
    #[field(default = String::new())]
    pub second_language: String,
    #[field(default = Vec::new())]
    pub topics: Vec<String>,
    #[field(default = false)]
    pub first_visit: bool,
}

/// A checked ticket request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TicketRequest {
    pub first_language: String,
    pub second_language: Option<String>,
    pub topics: Vec<String>,
    pub first_visit: bool,
}

impl TicketForm {
    pub fn check(&self, errors: &mut FieldErrors) -> Option<TicketRequest> {
        if self.first_language.is_empty() {
            errors.add("first_language", "queue-error-language");
        } else if languages::find(&self.first_language).is_none() {
            errors.add("first_language", "form-error-choose");
        }
        let second = (!self.second_language.is_empty()).then(|| self.second_language.clone());
        if second
            .as_deref()
            .is_some_and(|code| languages::find(code).is_none() || code == self.first_language)
        {
            errors.add("second_language", "form-error-choose");
        }
        if self.topics.iter().any(|t| !topics::is_topic(t)) {
            errors.add("topics", "form-error-choose");
        }
        if !errors.is_empty() {
            return None;
        }
        let mut chosen = self.topics.clone();
        chosen.sort_by_key(|t| topics::TOPICS.iter().position(|s| s == t));
        chosen.dedup();
        Some(TicketRequest {
            first_language: self.first_language.clone(),
            second_language: second,
            topics: chosen,
            first_visit: self.first_visit,
        })
    }
}

/// A site as the queue pages need it.
#[derive(Debug, Clone)]
pub struct QueueSite {
    pub id: i32,
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
    let row: Option<(i32, String, String, String)> = sites::table
        .filter(sites::public_code.eq(code.to_uppercase()))
        .select((sites::id, sites::name, sites::address, sites::public_code))
        .first(conn)
        .optional()?;
    Ok(row.map(|(id, name, address, public_code)| QueueSite {
        id,
        name,
        address,
        public_code,
    }))
}

/// When the site takes tickets: from shortly before a shift with at least one volunteer
/// until its end. `None` when it is open now; otherwise the next opening, if any is planned.
pub enum Opening {
    Open,
    Closed { next: Option<NaiveDateTime> },
}

pub fn opening(conn: &mut DbConn, site_id: i32) -> Result<Opening, Error> {
    let moment = now();
    let staffed = shift_signups::table
        .filter(shift_signups::state.eq(SignupState::Confirmed.as_str()))
        .select(shift_signups::shift_id);
    let next: Option<NaiveDateTime> = shifts::table
        .filter(shifts::site_id.eq(site_id))
        .filter(shifts::cancelled_at.is_null())
        .filter(shifts::ends_at.gt(moment))
        .filter(shifts::id.eq_any(staffed))
        .order(shifts::starts_at)
        .select(shifts::starts_at)
        .first(conn)
        .optional()?;
    Ok(match next {
        Some(start) if start - OPENS_BEFORE_SHIFT <= moment => Opening::Open,
        next => Opening::Closed { next },
    })
}

/// Why a ticket could not be taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TakeRefusal {
    Closed,
}

/// Takes the next number of the day at the site. The site row is locked first, so two people
/// taking a number at once get different numbers on both backends.
pub fn take(
    conn: &mut DbConn,
    site: &QueueSite,
    request: &TicketRequest,
) -> Result<Result<String, TakeRefusal>, Error> {
    write_tx(conn, |conn| {
        diesel::update(sites::table.filter(sites::id.eq(site.id)))
            .set(sites::public_code.eq(sites::public_code))
            .execute(conn)?;
        if !matches!(opening(conn, site.id)?, Opening::Open) {
            return Ok(Err(TakeRefusal::Closed));
        }
        let day = today();
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
                tickets::created_at.eq(now()),
            ))
            .execute(conn)?;
        Ok(Ok(secret))
    })
}

/// Today in Finland: ticket numbers and purging follow the local day.
fn today() -> NaiveDate {
    utc_to_helsinki(now()).date()
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
    pub unserved_reason: Option<duty::UnservedReason>,
}

impl Ticket {
    /// A rough expected wait: the people ahead shared among the volunteers on duty.
    pub fn expected_minutes(&self) -> i64 {
        let helpers = self.on_duty.max(1);
        let minutes = (self.ahead + 1) * MINUTES_PER_PERSON;
        (minutes + helpers - 1) / helpers
    }
}

type TicketRow = (
    i32,
    i32,
    i32,
    String,
    String,
    Option<String>,
    String,
    NaiveDate,
    Option<String>,
);

/// The ticket whose address holds `secret`, or `None`.
pub fn by_secret(conn: &mut DbConn, secret: &str) -> Result<Option<Ticket>, Error> {
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
    let Some((id, site_id, number, status, first_language, second_language, topics, day, reason)) =
        row
    else {
        return Ok(None);
    };
    let site: (String, String, String) = sites::table
        .find(site_id)
        .select((sites::name, sites::address, sites::public_code))
        .first(conn)?;
    let site = QueueSite {
        id: site_id,
        name: site.0,
        address: site.1,
        public_code: site.2,
    };
    let ahead = tickets::table
        .filter(tickets::site_id.eq(site_id))
        .filter(tickets::day.eq(day))
        .filter(tickets::status.eq(TicketStatus::Waiting.as_str()))
        .filter(tickets::number.lt(number))
        .count()
        .get_result(conn)?;
    Ok(Some(Ticket {
        id,
        code: ticket_code(site.letter(), number),
        on_duty: on_duty(conn, site_id)?,
        site,
        status: TicketStatus::parse(&status),
        first_language,
        second_language,
        topics: topics.split_whitespace().map(str::to_owned).collect(),
        ahead,
        unserved_reason: reason.as_deref().and_then(duty::UnservedReason::parse),
    }))
}

/// Volunteers checked in (and not yet gone) on a shift at the site that is on now.
fn on_duty(conn: &mut DbConn, site_id: i32) -> Result<i64, Error> {
    let moment = now();
    Ok(shift_signups::table
        .inner_join(shifts::table)
        .filter(shifts::site_id.eq(site_id))
        .filter(shifts::starts_at.le(moment + OPENS_BEFORE_SHIFT))
        .filter(shifts::ends_at.gt(moment))
        .filter(shift_signups::checked_in_at.is_not_null())
        .filter(shift_signups::checked_out_at.is_null())
        .count()
        .get_result(conn)?)
}

/// The holder leaves the queue; `false` when the ticket is no longer waiting.
pub fn leave(conn: &mut DbConn, ticket_id: i32) -> Result<bool, Error> {
    let changed = diesel::update(
        tickets::table
            .filter(tickets::id.eq(ticket_id))
            .filter(tickets::status.eq(TicketStatus::Waiting.as_str())),
    )
    .set((
        tickets::status.eq(TicketStatus::Left.as_str()),
        tickets::finished_at.eq(now()),
    ))
    .execute(conn)?;
    Ok(changed == 1)
}

/// Deletes the tickets of earlier days that nobody helped (waiting, left or unserved), so no
/// trace of an unclaimed visit outlives its day. Returns how many went.
pub fn purge_unclaimed(conn: &mut DbConn) -> Result<usize, Error> {
    let unclaimed = [
        TicketStatus::Waiting.as_str(),
        TicketStatus::Left.as_str(),
        TicketStatus::Unserved.as_str(),
    ];
    Ok(diesel::delete(
        tickets::table
            .filter(tickets::day.lt(today()))
            .filter(tickets::status.eq_any(unclaimed)),
    )
    .execute(conn)?)
}

/// Runs `purge_unclaimed` when the server starts and every hour after, so no unclaimed
/// ticket outlives its day by more than an hour. Every app server runs it; the delete is the
/// same whoever runs it first.
pub struct PurgeEveryHour;

#[rocket::async_trait]
impl rocket::fairing::Fairing for PurgeEveryHour {
    fn info(&self) -> rocket::fairing::Info {
        rocket::fairing::Info {
            name: "purge unclaimed queue tickets",
            kind: rocket::fairing::Kind::Liftoff,
        }
    }

    async fn on_liftoff(&self, rocket: &rocket::Rocket<rocket::Orbit>) {
        let Some(db) = rocket.state::<crate::db::Db>().cloned() else {
            return;
        };
        rocket::tokio::spawn(async move {
            let mut hourly = rocket::tokio::time::interval(std::time::Duration::from_secs(3600));
            loop {
                hourly.tick().await;
                match db.run(purge_unclaimed).await {
                    Ok(0) => {}
                    Ok(count) => log::info!("purged {count} unclaimed queue tickets"),
                    Err(e) => log::error!("purging queue tickets failed: {e}"),
                }
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ticket_needs_a_known_first_language_and_takes_known_topics_only() {
        let mut errors = FieldErrors::default();
        let empty = TicketForm::default();
        assert!(empty.check(&mut errors).is_none());
        assert_eq!(errors.get("first_language"), Some("queue-error-language"));
        let mut errors = FieldErrors::default();
        let odd = TicketForm {
            first_language: "ar".into(),
            second_language: "ar".into(),
            topics: vec!["kela".into(), "nonsense".into()],
            first_visit: false,
        };
        assert!(odd.check(&mut errors).is_none());
        assert_eq!(errors.get("second_language"), Some("form-error-choose"));
        assert_eq!(errors.get("topics"), Some("form-error-choose"));
        let mut errors = FieldErrors::default();
        let good = TicketForm {
            first_language: "so".into(),
            second_language: "en".into(),
            topics: vec!["email".into(), "kela".into(), "kela".into()],
            first_visit: true,
        };
        let request = good.check(&mut errors).unwrap();
        assert_eq!(
            request.topics,
            ["kela", "email"],
            "in the list's order, once"
        );
        assert_eq!(request.second_language.as_deref(), Some("en"));
    }

    #[test]
    fn the_expected_wait_shares_the_queue_among_volunteers_on_duty() {
        let site = QueueSite {
            id: 1,
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
        };
        assert_eq!(ticket(0, 0).expected_minutes(), 15);
        assert_eq!(ticket(3, 2).expected_minutes(), 30);
    }
}
