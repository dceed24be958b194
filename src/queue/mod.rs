//! Queue tickets at a site, for people seeking help: no account and nothing personal. A
//! person chooses their languages and topics and gets a short code (like K-17) and a page at
//! an unguessable address that shows their place in the queue. A queue's day follows the
//! site's opening, so people waiting at midnight stay in it. Tickets nobody helped are
//! purged after their day. The people on duty work the queue in `duty`; `live` tells every
//! open page when a site's queue changes.

pub mod auto;
pub mod days;
pub mod duty;
pub mod duty_routes;
pub mod live;
pub mod routes;

use chrono::{Duration, NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::clock::{to_helsinki, today_in_finland};
use crate::db::schema::{shift_signups, shifts, sites, tickets, users, volunteer_languages};
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::limits::{self, TICKETS_PER_ADDRESS, TICKETS_PER_SITE};
use crate::shifts::coverage::{Cache, Timed};
use crate::shifts::public::{help_times, HelpTime};
use crate::shifts::signups::State as SignupState;
use crate::sites::{self as places, ByCode, Site};
use crate::stored_enum;
use crate::tokens::{digest, new_token};
use crate::users::Status as VolunteerStatus;
use live::{Change, Live};

/// A site takes tickets from this long before a shift starts until it ends.
pub const OPENS_BEFORE_SHIFT: Duration = Duration::minutes(15);
/// The estimate of one person's help, for the expected wait, until real session times exist.
pub const MINUTES_PER_PERSON: i64 = 15;
pub use crate::shifts::signups::UNDO_FOR;

stored_enum! {
    pub enum TicketStatus {
        Waiting = "waiting",
        Matched = "matched",
        Helping = "helping",
        Done = "done",
        Left = "left",
        Unserved = "unserved",
        /// Removed by the staff (a flood of numbers nobody holds).
        Removed = "removed",
    }
}

impl TicketStatus {
    /// Still in the queue or being helped: the holder's number is live.
    pub fn is_live(self) -> bool {
        matches!(
            self,
            TicketStatus::Waiting | TicketStatus::Matched | TicketStatus::Helping
        )
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

/// The letter before ticket numbers, from the site's code: OLARI gives O-1, O-2 ...
pub fn code_letter(public_code: &str) -> char {
    public_code
        .chars()
        .next()
        .unwrap_or('T')
        .to_ascii_uppercase()
}

/// A ticket's short code as people say it and see it: `O-17`.
pub fn ticket_code(public_code: &str, number: i32) -> String {
    format!("{}-{number}", code_letter(public_code))
}

/// When the site takes tickets: from shortly before a shift with at least one volunteer
/// until its end, unless the site is closed or the staff paused it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opening {
    Open,
    /// The staff stopped taking numbers for now.
    Paused,
    /// The site is closed for good (or until the organisation reopens it).
    SiteClosed,
    /// No helper now; the next opening, if one is planned.
    Closed {
        next: Option<NaiveDateTime>,
    },
}

pub fn opening(conn: &mut DbConn, site: &Site, now: NaiveDateTime) -> Result<Opening, Error> {
    if !site.is_open() {
        return Ok(Opening::SiteClosed);
    }
    let next = next_staffed(conn, site.id, now)?;
    Ok(opening_at(site, next, now))
}

/// The first coming shift at the site with a confirmed volunteer, by its start: its start and
/// end. Time alone leaves it the first until it ends.
fn next_staffed(
    conn: &mut DbConn,
    site_id: i32,
    now: NaiveDateTime,
) -> Result<Option<(NaiveDateTime, NaiveDateTime)>, Error> {
    let staffed = shift_signups::table
        .filter(shift_signups::state.eq(SignupState::Confirmed.as_str()))
        .select(shift_signups::shift_id);
    Ok(shifts::table
        .filter(shifts::site_id.eq(site_id))
        .filter(shifts::cancelled_at.is_null())
        .filter(shifts::ends_at.gt(now))
        .filter(shifts::id.eq_any(staffed))
        .order(shifts::starts_at)
        .select((shifts::starts_at, shifts::ends_at))
        .first(conn)
        .optional()?)
}

/// The opening at `now`, from the site and its first coming staffed shift.
fn opening_at(
    site: &Site,
    next: Option<(NaiveDateTime, NaiveDateTime)>,
    now: NaiveDateTime,
) -> Opening {
    if !site.is_open() {
        return Opening::SiteClosed;
    }
    match next.map(|(start, _)| start) {
        Some(start) if start - OPENS_BEFORE_SHIFT <= now && site.queue_paused => Opening::Paused,
        Some(start) if start - OPENS_BEFORE_SHIFT <= now => Opening::Open,
        next => Opening::Closed { next },
    }
}

/// What a short address leads to, as a server keeps it.
pub enum Kept {
    /// The site and its first coming staffed shift (start, end).
    Site(Site, Option<(NaiveDateTime, NaiveDateTime)>),
    /// An earlier code of a site, which now has this one; not kept (it expires by date).
    Moved(String),
}

/// This server's kept short addresses, by code as typed in capitals.
pub type PlaceCache = Cache<String, Option<Kept>>;

/// What a short address names at `now`.
pub enum AtCode {
    Site(Site, Opening),
    Moved(String),
}

/// What `code` names at `now`: the site and its opening, or the code an earlier one leads to.
/// A site is read from `cache` unless something was written since or its next staffed shift
/// has ended; the opening is worked out from it at `now`.
pub fn at_code(
    conn: &mut DbConn,
    cache: &PlaceCache,
    code: &str,
    now: NaiveDateTime,
) -> Result<Option<AtCode>, Error> {
    let key = code.trim().to_ascii_uppercase();
    let kept = cache.get_or_load(
        conn,
        key,
        now,
        |conn| {
            Ok(match places::by_code(conn, code, now)? {
                Some(ByCode::Site(site)) => {
                    let next = next_staffed(conn, site.id, now)?;
                    Timed {
                        valid_until: next.map(|(_, end)| end),
                        value: Some(Kept::Site(site, next)),
                    }
                }
                Some(ByCode::Moved(code)) => Timed {
                    value: Some(Kept::Moved(code)),
                    valid_until: Some(now),
                },
                None => Timed {
                    value: None,
                    valid_until: Some(now),
                },
            })
        },
        |kept| matches!(kept, Some(Kept::Site(..))),
    )?;
    Ok(match kept.as_ref() {
        Some(Kept::Site(site, next)) => {
            Some(AtCode::Site(site.clone(), opening_at(site, *next, now)))
        }
        Some(Kept::Moved(code)) => Some(AtCode::Moved(code.clone())),
        None => None,
    })
}

/// The day a site's queue belongs to at `now`: the day in Finland its current opening began
/// (an evening that runs past midnight stays one queue), or today when it is not open.
pub fn queue_day(conn: &mut DbConn, site_id: i32, now: NaiveDateTime) -> Result<NaiveDate, Error> {
    let staffed = shift_signups::table
        .filter(shift_signups::state.eq(SignupState::Confirmed.as_str()))
        .select(shift_signups::shift_id);
    let began: Option<NaiveDateTime> = shifts::table
        .filter(shifts::site_id.eq(site_id))
        .filter(shifts::cancelled_at.is_null())
        .filter(shifts::starts_at.le(now + OPENS_BEFORE_SHIFT))
        .filter(shifts::ends_at.gt(now))
        .filter(shifts::id.eq_any(staffed))
        .select(diesel::dsl::min(shifts::starts_at))
        .first(conn)?;
    Ok(began.map_or_else(|| today_in_finland(now), |start| to_helsinki(start).date()))
}

/// Why a ticket could not be taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TakeRefusal {
    Closed,
    Paused,
    /// Too many numbers from this address or at this site just now.
    TooMany,
}

/// Takes the next number of the site's queue day and returns the secret of the ticket's
/// address. The site row is locked first, so two people taking a number at once get
/// different numbers on both backends; `address` (of the phone, as the server sees it) is
/// counted against the limits, hashed.
pub fn take(
    conn: &mut DbConn,
    live: &Live,
    site: &Site,
    request: &TicketRequest,
    address: &str,
    now: NaiveDateTime,
) -> Result<Result<String, TakeRefusal>, Error> {
    let taken = write_tx(conn, |conn| {
        lock_site(conn, site.id)?;
        match opening(conn, site, now)? {
            Opening::Open => {}
            Opening::Paused => return Ok::<_, Error>(Err(TakeRefusal::Paused)),
            Opening::SiteClosed | Opening::Closed { .. } => return Ok(Err(TakeRefusal::Closed)),
        }
        if !limits::allow(conn, TICKETS_PER_ADDRESS, address, now)?
            || !limits::allow(conn, TICKETS_PER_SITE, &site.id.to_string(), now)?
        {
            return Ok(Err(TakeRefusal::TooMany));
        }
        let day = queue_day(conn, site.id, now)?;
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
        let matched = auto::settle(conn, site.id, now)?;
        Ok(Ok((secret, matched)))
    })?;
    Ok(match taken {
        Ok((secret, matched)) => {
            // A match may have moved an earlier ticket; a number alone moves none.
            let change = if matched > 0 {
                Change::Any
            } else {
                Change::Joined
            };
            live::tell(conn, live, site.id, change)?;
            Ok(secret)
        }
        Err(refusal) => Err(refusal),
    })
}

/// Takes the site's row lock on PostgreSQL (SQLite's `BEGIN IMMEDIATE` already serialises
/// writers): numbering and matching at one site happen one at a time.
fn lock_site(conn: &mut DbConn, site_id: i32) -> Result<(), Error> {
    diesel::update(sites::table.filter(sites::id.eq(site_id)))
        .set(sites::public_code.eq(sites::public_code))
        .execute(conn)?;
    Ok(())
}

/// How many people wait at each site with someone waiting, by the site's public code, for the
/// operators' metrics.
pub fn waiting_per_site(conn: &mut DbConn) -> Result<Vec<(String, i64)>, Error> {
    Ok(tickets::table
        .inner_join(sites::table)
        .filter(tickets::status.eq(TicketStatus::Waiting.as_str()))
        .group_by(sites::public_code)
        .select((sites::public_code, diesel::dsl::count_star()))
        .order(sites::public_code)
        .load(conn)?)
}

/// Whether someone on duty can help in the person's language, and what they can do if not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Coverage {
    /// Someone on duty speaks the person's first language.
    FirstLanguage,
    /// Nobody speaks the first, but someone speaks the second language the person accepted.
    SecondLanguage(String),
    /// Nobody on duty speaks either; when and where help in the first language comes next.
    Nobody { next: Option<HelpTime> },
}

/// The languages of the volunteers on duty at the site now, or expected on the shift on now
/// (signed up, not yet come, not marked as not come). Paused or gone volunteers are neither.
fn languages_on_duty(
    conn: &mut DbConn,
    site_id: i32,
    now: NaiveDateTime,
) -> Result<Vec<String>, Error> {
    let on_duty = [
        VolunteerStatus::Active.as_str(),
        VolunteerStatus::InTraining.as_str(),
    ];
    Ok(shift_signups::table
        .inner_join(shifts::table)
        .inner_join(users::table)
        .inner_join(
            volunteer_languages::table.on(volunteer_languages::user_id.eq(shift_signups::user_id)),
        )
        .filter(shifts::site_id.eq(site_id))
        .filter(shifts::starts_at.le(now + OPENS_BEFORE_SHIFT))
        .filter(shifts::ends_at.gt(now))
        .filter(shift_signups::state.eq(SignupState::Confirmed.as_str()))
        .filter(shift_signups::checked_out_at.is_null())
        .filter(shift_signups::no_show_at.is_null())
        .filter(users::status.eq_any(on_duty))
        .select(volunteer_languages::language)
        .distinct()
        .load(conn)?)
}

/// Who on duty at the site can help someone asking for these languages.
pub fn coverage(
    conn: &mut DbConn,
    site_id: i32,
    first: &str,
    second: Option<&str>,
    now: NaiveDateTime,
) -> Result<Coverage, Error> {
    let spoken = languages_on_duty(conn, site_id, now)?;
    coverage_among(conn, &spoken, first, second, now)
}

/// `coverage` when the languages spoken on duty are already known.
fn coverage_among(
    conn: &mut DbConn,
    spoken: &[String],
    first: &str,
    second: Option<&str>,
    now: NaiveDateTime,
) -> Result<Coverage, Error> {
    if spoken.iter().any(|l| l == first) {
        return Ok(Coverage::FirstLanguage);
    }
    if let Some(second) = second.filter(|s| spoken.iter().any(|l| l == s)) {
        return Ok(Coverage::SecondLanguage(second.to_owned()));
    }
    // The next time a helper in the language is on, anywhere, after the ones on now.
    let next = help_times(conn, first, None, now)?
        .value
        .into_iter()
        .find(|time| time.starts_at > now);
    Ok(Coverage::Nobody { next })
}

/// A ticket as its holder sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Ticket {
    pub id: i32,
    pub site: Site,
    /// The queue day the ticket belongs to.
    pub day: NaiveDate,
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
    /// The table or desk where the helper sits, when the site has them.
    pub table: Option<String>,
    /// The ticket went back to the queue because its helper left duty.
    pub requeued: bool,
    /// For a waiting ticket: whether someone on duty speaks the person's languages.
    pub coverage: Option<Coverage>,
}

impl Ticket {
    /// A rough expected wait: the people ahead shared among the volunteers on duty.
    pub fn expected_minutes(&self) -> i64 {
        let helpers = self.on_duty.max(1);
        let minutes = (self.ahead + 1) * MINUTES_PER_PERSON;
        (minutes + helpers - 1) / helpers
    }
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = tickets)]
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
    table_label: Option<String>,
    requeued_at: Option<NaiveDateTime>,
}

/// The ticket whose address holds `secret`, as seen at `now`, or `None`.
pub fn by_secret(
    conn: &mut DbConn,
    secret: &str,
    now: NaiveDateTime,
) -> Result<Option<Ticket>, Error> {
    let row: Option<TicketRow> = tickets::table
        .filter(tickets::secret.eq(digest(secret)))
        .select(TicketRow::as_select())
        .first(conn)
        .optional()?;
    let Some(row) = row else {
        return Ok(None);
    };
    let site = crate::sites::by_id(conn, row.site_id)?;
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
    let coverage = if row.status == TicketStatus::Waiting {
        let second = row.second_language.as_deref();
        Some(coverage(conn, site.id, &row.first_language, second, now)?)
    } else {
        None
    };
    let unserved_reason = row
        .unserved_reason
        .map(UnservedReason::try_from)
        .transpose()?;
    Ok(Some(Ticket {
        id: row.id,
        code: ticket_code(&site.public_code, row.number),
        on_duty: on_duty_count(conn, row.site_id, now)?,
        site,
        day: row.day,
        status: row.status,
        first_language: row.first_language,
        second_language: row.second_language,
        topics: row.topics.split_whitespace().map(str::to_owned).collect(),
        ahead,
        unserved_reason,
        helper,
        table: row.table_label.filter(|_| matched),
        requeued: row.requeued_at.is_some(),
        coverage,
    }))
}

/// Every ticket of a site's queue day as its holder sees it at `now`, for the live pages: a
/// few queries for the whole site (the people ahead counted from one list, coverage once per
/// pair of languages) instead of `by_secret` for each open page.
pub fn site_snapshot(
    conn: &mut DbConn,
    site_id: i32,
    day: NaiveDate,
    now: NaiveDateTime,
) -> Result<live::SiteSnapshot, Error> {
    let rows: Vec<(TicketRow, bool)> = tickets::table
        .filter(tickets::site_id.eq(site_id))
        .filter(tickets::day.eq(day))
        .select((TicketRow::as_select(), tickets::answered))
        .load(conn)?;
    let site = crate::sites::by_id(conn, site_id)?;
    let on_duty = on_duty_count(conn, site_id, now)?;
    let spoken = languages_on_duty(conn, site_id, now)?;
    let queue_day_now = is_queue_day(conn, site_id, day, now)?;
    let helped = [
        TicketStatus::Matched.as_str(),
        TicketStatus::Helping.as_str(),
    ];
    let helpers: std::collections::HashMap<i32, String> = tickets::table
        .inner_join(users::table)
        .filter(tickets::site_id.eq(site_id))
        .filter(tickets::day.eq(day))
        .filter(tickets::status.eq_any(helped))
        .select((tickets::id, users::display_name))
        .load::<(i32, String)>(conn)?
        .into_iter()
        .filter_map(|(id, name)| name.split_whitespace().next().map(|n| (id, n.to_owned())))
        .collect();
    let mut waiting: Vec<i32> = rows
        .iter()
        .filter(|(row, _)| row.status == TicketStatus::Waiting)
        .map(|(row, _)| row.number)
        .collect();
    waiting.sort_unstable();
    let mut coverages = std::collections::HashMap::new();
    let mut snapshot = live::SiteSnapshot::default();
    for (row, answered) in rows {
        let matched = matches!(row.status, TicketStatus::Matched | TicketStatus::Helping);
        let coverage = if row.status == TicketStatus::Waiting {
            let key = (row.first_language.clone(), row.second_language.clone());
            match coverages.get(&key) {
                Some(known) => Some(Coverage::clone(known)),
                None => {
                    let found = coverage_among(
                        conn,
                        &spoken,
                        &row.first_language,
                        row.second_language.as_deref(),
                        now,
                    )?;
                    coverages.insert(key, found.clone());
                    Some(found)
                }
            }
        } else {
            None
        };
        let ticket = Ticket {
            id: row.id,
            code: ticket_code(&site.public_code, row.number),
            on_duty,
            site: site.clone(),
            day: row.day,
            status: row.status,
            ahead: waiting.partition_point(|n| *n < row.number) as i64,
            first_language: row.first_language,
            second_language: row.second_language,
            topics: row.topics.split_whitespace().map(str::to_owned).collect(),
            unserved_reason: row
                .unserved_reason
                .map(UnservedReason::try_from)
                .transpose()?,
            helper: helpers.get(&row.id).filter(|_| matched).cloned(),
            table: row.table_label.filter(|_| matched),
            requeued: row.requeued_at.is_some(),
            coverage,
        };
        // As `help_sessions::feedback::may_answer` decides it, for the whole site at once.
        let feedback_due = row.status == TicketStatus::Done && !answered && queue_day_now;
        snapshot.tickets.insert(
            row.id,
            live::LiveTicket {
                ticket,
                feedback_due,
            },
        );
    }
    Ok(snapshot)
}

/// Volunteers checked in (and not yet gone) on a shift at the site that is on now.
fn on_duty_count(conn: &mut DbConn, site_id: i32, now: NaiveDateTime) -> Result<i64, Error> {
    let on_duty = [
        VolunteerStatus::Active.as_str(),
        VolunteerStatus::InTraining.as_str(),
    ];
    Ok(shift_signups::table
        .inner_join(shifts::table)
        .inner_join(users::table)
        .filter(shifts::site_id.eq(site_id))
        .filter(shifts::starts_at.le(now + OPENS_BEFORE_SHIFT))
        .filter(shifts::ends_at.gt(now))
        .filter(shift_signups::checked_in_at.is_not_null())
        .filter(shift_signups::checked_out_at.is_null())
        .filter(users::status.eq_any(on_duty))
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

/// The staff remove the waiting numbers of the site's queue taken since `since` (a flood of
/// numbers nobody holds); how many went.
pub fn remove_since(
    conn: &mut DbConn,
    live: &Live,
    site: &Site,
    since: NaiveDateTime,
    now: NaiveDateTime,
) -> Result<usize, Error> {
    let day = queue_day(conn, site.id, now)?;
    let removed = diesel::update(
        tickets::table
            .filter(tickets::site_id.eq(site.id))
            .filter(tickets::day.eq(day))
            .filter(tickets::status.eq(TicketStatus::Waiting.as_str()))
            .filter(tickets::created_at.ge(since)),
    )
    .set((
        tickets::status.eq(TicketStatus::Removed.as_str()),
        tickets::finished_at.eq(now),
    ))
    .execute(conn)?;
    if removed > 0 {
        live::changed(conn, live, site.id)?;
    }
    Ok(removed)
}

/// Puts the tickets a volunteer was matched with or helping back in the queue at their
/// place: the volunteer left duty (paused, left the programme, deleted their account). The
/// holders' pages say a new digikaveri is being found.
pub fn return_tickets_of(
    conn: &mut DbConn,
    live: &Live,
    volunteer_id: i32,
    now: NaiveDateTime,
) -> Result<usize, Error> {
    let busy = [
        TicketStatus::Matched.as_str(),
        TicketStatus::Helping.as_str(),
    ];
    let sites: Vec<i32> = diesel::update(
        tickets::table
            .filter(tickets::volunteer_id.eq(volunteer_id))
            .filter(tickets::status.eq_any(busy)),
    )
    .set((
        tickets::status.eq(TicketStatus::Waiting.as_str()),
        tickets::volunteer_id.eq(None::<i32>),
        tickets::matched_at.eq(None::<NaiveDateTime>),
        tickets::table_label.eq(None::<String>),
        tickets::requeued_at.eq(now),
        tickets::auto_reasons.eq(None::<String>),
    ))
    .returning(tickets::site_id)
    .get_results(conn)?;
    let mut changed = sites.clone();
    changed.sort_unstable();
    changed.dedup();
    for site in changed {
        // Back in the queue, they may be matched with someone else at once.
        if auto::settle_and_tell(conn, live, site, now)? == 0 {
            live::changed(conn, live, site)?;
        }
    }
    Ok(sites.len())
}

/// The tickets of queue days that are over at `now`: before today, and not of an opening
/// still going on past midnight. What ties to them goes then.
pub fn tickets_of_days_over(conn: &mut DbConn, now: NaiveDateTime) -> Result<Vec<i32>, Error> {
    let rows: Vec<(i32, i32, NaiveDate)> = tickets::table
        .filter(tickets::day.lt(today_in_finland(now)))
        .order(tickets::site_id)
        .select((tickets::id, tickets::site_id, tickets::day))
        .load(conn)?;
    let mut still_open: Option<(i32, NaiveDate)> = None;
    let mut over = Vec::with_capacity(rows.len());
    for (id, site, day) in rows {
        let open_day = match still_open {
            Some((known, open_day)) if known == site => open_day,
            _ => {
                let open_day = queue_day(conn, site, now)?;
                still_open = Some((site, open_day));
                open_day
            }
        };
        if day != open_day {
            over.push(id);
        }
    }
    Ok(over)
}

/// Whether `day` is still the site's queue day: today, or the day of an opening that runs
/// past midnight.
pub fn is_queue_day(
    conn: &mut DbConn,
    site_id: i32,
    day: NaiveDate,
    now: NaiveDateTime,
) -> Result<bool, Error> {
    Ok(day == today_in_finland(now) || day == queue_day(conn, site_id, now)?)
}

/// How many ids one statement binds: well under both backends' limits.
pub const IDS_PER_STATEMENT: usize = 1000;

/// Deletes the tickets nobody helped (waiting, left, unserved, removed) of queue days that
/// are over, after adding them to their days' kept figures (`days::keep`). Returns how many
/// went.
pub fn purge_unclaimed(conn: &mut DbConn, now: NaiveDateTime) -> Result<usize, Error> {
    let unclaimed = [
        TicketStatus::Waiting.as_str(),
        TicketStatus::Left.as_str(),
        TicketStatus::Unserved.as_str(),
        TicketStatus::Removed.as_str(),
    ];
    let mut purged = 0;
    for ids in tickets_of_days_over(conn, now)?.chunks(IDS_PER_STATEMENT) {
        purged += write_tx(conn, |conn| {
            let going: Vec<i32> = tickets::table
                .filter(tickets::id.eq_any(ids))
                .filter(tickets::status.eq_any(unclaimed))
                .select(tickets::id)
                .load(conn)?;
            // The day's figures first, in the same transaction: the reports still count them.
            days::keep(conn, &going)?;
            Ok::<_, Error>(
                diesel::delete(tickets::table.filter(tickets::id.eq_any(&going))).execute(conn)?,
            )
        })?;
    }
    Ok(purged)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_expected_wait_shares_the_queue_among_volunteers_on_duty() {
        let site = Site {
            id: 1,
            organisation_id: 1,
            name: String::new(),
            kind: places::SiteKind::DropIn,
            address: String::new(),
            public_code: "olari".into(),
            closed_at: None,
            queue_paused: false,
            auto_match: false,
        };
        assert_eq!(ticket_code(&site.public_code, 3), "O-3");
        let ticket = |ahead, on_duty| Ticket {
            id: 1,
            site: site.clone(),
            day: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default(),
            code: "O-1".into(),
            status: TicketStatus::Waiting,
            first_language: "ar".into(),
            second_language: None,
            topics: Vec::new(),
            ahead,
            on_duty,
            unserved_reason: None,
            helper: None,
            table: None,
            requeued: false,
            coverage: None,
        };
        assert_eq!(ticket(0, 0).expected_minutes(), 15);
        assert_eq!(ticket(3, 2).expected_minutes(), 30);
    }
}
