//! What a queue's day was, as counts that outlive its tickets: per site, day and first
//! language, the numbers taken, what became of them, and the waits as a histogram of whole
//! minutes. Written by the code that deletes tickets, in its transaction (`keep`), and read
//! together with the tickets not yet deleted (`figures`), so that a report gives the same
//! figures before and after the purge.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::{TicketStatus, UnservedReason};
use crate::db::schema::{queue_day_waits, queue_days, tickets};
use crate::db::DbConn;
use crate::error::Error;

/// A wait longer than this is counted as this long (a ticket left open overnight).
const LONGEST_WAIT_MINUTES: i64 = 24 * 60;

/// What became of the numbers of one site, day and language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Numbers people took; the removed ones are not among them.
    pub taken: i64,
    pub served: i64,
    pub left_queue: i64,
    /// Still waiting or matched at the end of the day, or unserved without a reason.
    pub not_reached: i64,
    pub no_language: i64,
    pub no_time: i64,
    pub needs_authority: i64,
    pub removed: i64,
}

impl Tally {
    pub fn add(&mut self, other: &Tally) {
        self.taken += other.taken;
        self.served += other.served;
        self.left_queue += other.left_queue;
        self.not_reached += other.not_reached;
        self.no_language += other.no_language;
        self.no_time += other.no_time;
        self.needs_authority += other.needs_authority;
        self.removed += other.removed;
    }

    /// People who took a number and were not served, whatever the reason.
    pub fn unserved(&self) -> i64 {
        self.left_queue + self.not_reached + self.no_language + self.no_time + self.needs_authority
    }
}

/// One ticket as the day's figures see it: nothing that tells who held it.
#[derive(Debug, Clone, Queryable)]
struct TicketFacts {
    site_id: i32,
    day: NaiveDate,
    language: String,
    #[diesel(deserialize_as = String)]
    status: TicketStatus,
    unserved_reason: Option<String>,
    created_at: NaiveDateTime,
    matched_at: Option<NaiveDateTime>,
}

type DayKey = (i32, NaiveDate, String);

/// The tickets' figures per site, day and language: the tally and the waits' histogram.
fn tally(tickets: &[TicketFacts]) -> BTreeMap<DayKey, (Tally, BTreeMap<i32, i64>)> {
    let mut days: BTreeMap<DayKey, (Tally, BTreeMap<i32, i64>)> = BTreeMap::new();
    for t in tickets {
        let (tally, waits) = days
            .entry((t.site_id, t.day, t.language.clone()))
            .or_default();
        if t.status == TicketStatus::Removed {
            tally.removed += 1;
            continue;
        }
        tally.taken += 1;
        let reason = t.unserved_reason.as_deref().and_then(UnservedReason::parse);
        match (t.status, reason) {
            (TicketStatus::Done | TicketStatus::Helping, _) => tally.served += 1,
            (TicketStatus::Left, _) => tally.left_queue += 1,
            (TicketStatus::Unserved, Some(UnservedReason::NoLanguage)) => tally.no_language += 1,
            (TicketStatus::Unserved, Some(UnservedReason::NoTime)) => tally.no_time += 1,
            (TicketStatus::Unserved, Some(UnservedReason::NeedsAuthority)) => {
                tally.needs_authority += 1
            }
            _ => tally.not_reached += 1,
        }
        if let Some(matched) = t.matched_at {
            let minutes = (matched - t.created_at)
                .num_minutes()
                .clamp(0, LONGEST_WAIT_MINUTES);
            *waits.entry(minutes as i32).or_default() += 1;
        }
    }
    days
}

const FACTS: (
    tickets::site_id,
    tickets::day,
    tickets::first_language,
    tickets::status,
    tickets::unserved_reason,
    tickets::created_at,
    tickets::matched_at,
) = (
    tickets::site_id,
    tickets::day,
    tickets::first_language,
    tickets::status,
    tickets::unserved_reason,
    tickets::created_at,
    tickets::matched_at,
);

/// Adds these tickets to their days' kept figures. The caller deletes them in the same
/// transaction, so each ticket is counted once, whichever purge deletes it.
pub fn keep(conn: &mut DbConn, ids: &[i32]) -> Result<(), Error> {
    let facts: Vec<TicketFacts> = tickets::table
        .filter(tickets::id.eq_any(ids))
        .select(FACTS)
        .load(conn)?;
    for ((site, day, language), (tally, waits)) in tally(&facts) {
        add_tally(conn, site, day, &language, &tally)?;
        for (minutes, count) in waits {
            add_waits(conn, site, day, &language, minutes, count)?;
        }
    }
    Ok(())
}

fn add_tally(
    conn: &mut DbConn,
    site: i32,
    day: NaiveDate,
    language: &str,
    t: &Tally,
) -> Result<(), Error> {
    let n = |v: i64| i32::try_from(v).unwrap_or(i32::MAX);
    let row = queue_days::table
        .filter(queue_days::site_id.eq(site))
        .filter(queue_days::day.eq(day))
        .filter(queue_days::language.eq(language));
    let added = diesel::update(row)
        .set((
            queue_days::taken.eq(queue_days::taken + n(t.taken)),
            queue_days::served.eq(queue_days::served + n(t.served)),
            queue_days::left_queue.eq(queue_days::left_queue + n(t.left_queue)),
            queue_days::not_reached.eq(queue_days::not_reached + n(t.not_reached)),
            queue_days::no_language.eq(queue_days::no_language + n(t.no_language)),
            queue_days::no_time.eq(queue_days::no_time + n(t.no_time)),
            queue_days::needs_authority.eq(queue_days::needs_authority + n(t.needs_authority)),
            queue_days::removed.eq(queue_days::removed + n(t.removed)),
        ))
        .execute(conn)?;
    if added == 0 {
        diesel::insert_into(queue_days::table)
            .values((
                queue_days::site_id.eq(site),
                queue_days::day.eq(day),
                queue_days::language.eq(language),
                queue_days::taken.eq(n(t.taken)),
                queue_days::served.eq(n(t.served)),
                queue_days::left_queue.eq(n(t.left_queue)),
                queue_days::not_reached.eq(n(t.not_reached)),
                queue_days::no_language.eq(n(t.no_language)),
                queue_days::no_time.eq(n(t.no_time)),
                queue_days::needs_authority.eq(n(t.needs_authority)),
                queue_days::removed.eq(n(t.removed)),
            ))
            .execute(conn)?;
    }
    Ok(())
}

fn add_waits(
    conn: &mut DbConn,
    site: i32,
    day: NaiveDate,
    language: &str,
    minutes: i32,
    count: i64,
) -> Result<(), Error> {
    let count = i32::try_from(count).unwrap_or(i32::MAX);
    let row = queue_day_waits::table
        .filter(queue_day_waits::site_id.eq(site))
        .filter(queue_day_waits::day.eq(day))
        .filter(queue_day_waits::language.eq(language))
        .filter(queue_day_waits::minutes.eq(minutes));
    let added = diesel::update(row)
        .set(queue_day_waits::tickets.eq(queue_day_waits::tickets + count))
        .execute(conn)?;
    if added == 0 {
        diesel::insert_into(queue_day_waits::table)
            .values((
                queue_day_waits::site_id.eq(site),
                queue_day_waits::day.eq(day),
                queue_day_waits::language.eq(language),
                queue_day_waits::minutes.eq(minutes),
                queue_day_waits::tickets.eq(count),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The queue's figures over some sites and days, summed per site and language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Figures {
    pub tallies: BTreeMap<(i32, String), Tally>,
    /// Waits per site: minutes → how many people waited that long.
    pub waits: BTreeMap<i32, BTreeMap<i32, i64>>,
}

impl Figures {
    fn add(&mut self, site: i32, language: String, tally: &Tally) {
        self.tallies.entry((site, language)).or_default().add(tally);
    }

    fn add_waits(&mut self, site: i32, minutes: i32, count: i64) {
        *self
            .waits
            .entry(site)
            .or_default()
            .entry(minutes)
            .or_default() += count;
    }
}

#[derive(Queryable)]
struct KeptRow {
    site_id: i32,
    language: String,
    taken: Option<i64>,
    served: Option<i64>,
    left_queue: Option<i64>,
    not_reached: Option<i64>,
    no_language: Option<i64>,
    no_time: Option<i64>,
    needs_authority: Option<i64>,
    removed: Option<i64>,
}

/// The figures of the sites' queue days from `from` to `to` (both included): the kept
/// counts of days whose tickets are gone, and the tickets still there, counted the same way.
pub fn figures(
    conn: &mut DbConn,
    site_ids: &[i32],
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Figures, Error> {
    use diesel::dsl::sum;
    let mut out = Figures::default();
    let kept: Vec<KeptRow> = queue_days::table
        .filter(queue_days::site_id.eq_any(site_ids))
        .filter(queue_days::day.between(from, to))
        .group_by((queue_days::site_id, queue_days::language))
        .select((
            queue_days::site_id,
            queue_days::language,
            sum(queue_days::taken),
            sum(queue_days::served),
            sum(queue_days::left_queue),
            sum(queue_days::not_reached),
            sum(queue_days::no_language),
            sum(queue_days::no_time),
            sum(queue_days::needs_authority),
            sum(queue_days::removed),
        ))
        .load(conn)?;
    for row in kept {
        let v = |s: Option<i64>| s.unwrap_or(0);
        let tally = Tally {
            taken: v(row.taken),
            served: v(row.served),
            left_queue: v(row.left_queue),
            not_reached: v(row.not_reached),
            no_language: v(row.no_language),
            no_time: v(row.no_time),
            needs_authority: v(row.needs_authority),
            removed: v(row.removed),
        };
        out.add(row.site_id, row.language, &tally);
    }
    let waits: Vec<(i32, i32, Option<i64>)> = queue_day_waits::table
        .filter(queue_day_waits::site_id.eq_any(site_ids))
        .filter(queue_day_waits::day.between(from, to))
        .group_by((queue_day_waits::site_id, queue_day_waits::minutes))
        .select((
            queue_day_waits::site_id,
            queue_day_waits::minutes,
            sum(queue_day_waits::tickets),
        ))
        .load(conn)?;
    for (site, minutes, count) in waits {
        out.add_waits(site, minutes, count.unwrap_or(0));
    }
    let live: Vec<TicketFacts> = tickets::table
        .filter(tickets::site_id.eq_any(site_ids))
        .filter(tickets::day.between(from, to))
        .select(FACTS)
        .load(conn)?;
    for ((site, _, language), (tally, waits)) in tally(&live) {
        out.add(site, language, &tally);
        for (minutes, count) in waits {
            out.add_waits(site, minutes, count);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(hm: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(&format!("2026-11-10 {hm}"), "%Y-%m-%d %H:%M").unwrap()
    }

    fn ticket(status: TicketStatus, reason: Option<&str>, waited: Option<i64>) -> TicketFacts {
        TicketFacts {
            site_id: 1,
            day: at("10:00").date(),
            language: "ar".into(),
            status,
            unserved_reason: reason.map(str::to_owned),
            created_at: at("10:00"),
            matched_at: waited.map(|m| at("10:00") + chrono::Duration::minutes(m)),
        }
    }

    #[test]
    fn reports_a_day_counts_each_ticket_once_by_what_became_of_it() {
        let tickets = [
            ticket(TicketStatus::Done, None, Some(12)),
            ticket(TicketStatus::Helping, None, Some(3)),
            ticket(TicketStatus::Matched, None, Some(3)),
            ticket(TicketStatus::Waiting, None, None),
            ticket(TicketStatus::Left, None, None),
            ticket(TicketStatus::Unserved, Some("no_language"), None),
            ticket(TicketStatus::Unserved, Some("needs_authority"), None),
            ticket(TicketStatus::Removed, None, None),
        ];
        let days = tally(&tickets);
        let (t, waits) = days.values().next().unwrap();
        assert_eq!(days.len(), 1);
        assert_eq!(
            *t,
            Tally {
                taken: 7,
                served: 2,
                left_queue: 1,
                not_reached: 2,
                no_language: 1,
                no_time: 0,
                needs_authority: 1,
                removed: 1,
            }
        );
        assert_eq!(t.unserved(), 5);
        assert_eq!(waits.get(&3), Some(&2));
        assert_eq!(waits.get(&12), Some(&1));
    }
}
