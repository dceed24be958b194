//! The demo's past six weeks: Amina's and Dmytro's attended shifts with the help they
//! recorded, Amina's first self-assessment of two areas and a coordinator's observation, so
//! that a first start shows growth pages with something in them.

use chrono::{Duration, NaiveDateTime, NaiveTime};
use diesel::prelude::*;

use super::{hour, id_of, unknown};
use crate::clock::{helsinki_to_utc, today_in_finland};
use crate::db::schema::shift_signups;
use crate::db::DbConn;
use crate::error::Error;
use crate::help_sessions::{self, Device, Outcome, Place, Record};
use crate::privacy::audit::Actor;
use crate::shifts::{self, signups, ShiftPlan};
use crate::skills::assessments::{self, Answers};
use crate::skills::framework;
use crate::staff_texts::Translations;

/// One volunteer's weekly shift in the past weeks, and the help they recorded on it:
/// language, topics, outcome.
struct PastWork {
    email: &'static str,
    site: usize,
    hours: (u32, u32),
    sessions: &'static [(&'static str, &'static [&'static str], Outcome)],
}

const PAST_WORK: [PastWork; 2] = [
    PastWork {
        email: "amina@demo.digikaveri.fi",
        site: 0,
        hours: (10, 12),
        sessions: &[
            ("ar", &["kela"], Outcome::OnTheirOwn),
            ("ar", &["migri", "documents"], Outcome::Together),
            ("fi", &["banking"], Outcome::Referred),
        ],
    },
    PastWork {
        email: "dmytro@demo.digikaveri.fi",
        site: 1,
        hours: (13, 16),
        sessions: &[
            ("uk", &["smartphone-basics"], Outcome::OnTheirOwn),
            ("uk", &["email", "jobmarket"], Outcome::OnTheirOwn),
            ("ru", &["tax"], Outcome::Partly),
        ],
    },
];

const WEEKS: i64 = 6;

pub(super) fn seed_past_work(
    conn: &mut DbConn,
    organisation_id: i32,
    site_ids: &[i32],
    coordinator: Actor,
    people: &[(&str, i32)],
    now: NaiveDateTime,
) -> Result<(), Error> {
    let today = today_in_finland(now);
    for work in &PAST_WORK {
        let volunteer = id_of(people, work.email)?;
        let site_id = site_ids[work.site];
        for week in 1..=WEEKS {
            let day = today - Duration::weeks(week);
            let at = |h: NaiveTime| helsinki_to_utc(day, h).ok_or_else(|| unknown("a past hour"));
            let (start, end) = (at(hour(work.hours.0)?)?, at(hour(work.hours.1)?)?);
            let plan = ShiftPlan {
                site_id,
                times: vec![(start, end)],
                places: 2,
                languages: Vec::new(),
                notes: Translations::default(),
            };
            let shift = *shifts::create(conn, organisation_id, &plan, coordinator.user_id, now)?
                .first()
                .ok_or_else(|| unknown("a past shift"))?;
            // Past shifts cannot be signed up for: the demo writes the attendance directly.
            diesel::insert_into(shift_signups::table)
                .values((
                    shift_signups::shift_id.eq(shift),
                    shift_signups::user_id.eq(volunteer),
                    shift_signups::state.eq(signups::State::Confirmed.as_str()),
                    shift_signups::queued_at.eq(start - Duration::days(7)),
                    shift_signups::checked_in_at.eq(start),
                    shift_signups::checked_out_at.eq(end),
                ))
                .execute(conn)?;
            let place = |minutes: i64| Place {
                organisation_id,
                site_id,
                started_at: start + Duration::minutes(minutes),
                ticket_id: None,
            };
            for (n, (language, topics, outcome)) in work.sessions.iter().enumerate() {
                let record = Record {
                    minutes: 25,
                    language,
                    topics: topics.to_vec(),
                    outcome: *outcome,
                    referred_to: (*outcome == Outcome::Referred)
                        .then_some(help_sessions::Referral::Library),
                    device: Device::OwnPhone,
                    saw_codes: false,
                    first_visit: week == WEEKS,
                    people: 1,
                    learning_note: None,
                };
                let key = format!("demo-{volunteer}-{week}-{n}");
                let offset = 30 * i64::try_from(n).unwrap_or(0);
                help_sessions::record_at(conn, volunteer, &place(offset), &record, &key, now)?;
            }
        }
    }
    seed_growth(conn, coordinator, people, now)
}

/// Amina assessed two areas three weeks ago; a week ago Kaisa observed her and confirmed her
/// levels of the first area.
fn seed_growth(
    conn: &mut DbConn,
    coordinator: Actor,
    people: &[(&str, i32)],
    now: NaiveDateTime,
) -> Result<(), Error> {
    let amina = id_of(people, "amina@demo.digikaveri.fi")?;
    let mut first = None;
    for (key, step) in [("1", 2), ("2", 1)] {
        let area = framework::area(key).ok_or_else(|| unknown(key))?;
        let answers = Answers::of(area, |_| Some(step)).ok_or_else(|| unknown(key))?;
        let id = assessments::assess_self(conn, amina, &answers, now - Duration::weeks(3))?;
        first.get_or_insert(id);
    }
    let steps = assessments::observed_steps(|_| Some(2)).ok_or_else(|| unknown("work"))?;
    let week_ago = now - Duration::weeks(1);
    assessments::observe(conn, coordinator, amina, &steps, week_ago)?;
    let first = first.ok_or_else(|| unknown("1"))?;
    assessments::confirm(conn, coordinator, amina, first, week_ago)
}
