//! A day lived as the site lives it, from arrival to arrival and help to help (and every whole
//! minute, for rules that change with time), with a policy choosing who helps whom now: the
//! engine as the queue board calls it, or a coordinator's first-come-first-free.

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};

use super::day::{Day, OPEN_FOR};
use super::Served;
use crate::matching::{self, Request, Volunteer};

/// A fixed opening instant: the engine reads times, never the clock.
const OPENING: NaiveDateTime = match (
    NaiveDate::from_ymd_opt(2026, 12, 1),
    NaiveTime::from_hms_opt(8, 0, 0),
) {
    (Some(day), Some(time)) => NaiveDateTime::new(day, time),
    _ => panic!("a valid opening instant"),
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Policy {
    /// `matching::plan` on the waiting tickets and the volunteers on duty, as `queue::duty`
    /// builds them; its top suggestion is taken at once, as if a coordinator confirms each.
    Engine,
    /// The longest-waiting person goes to the volunteer free the longest who shares one of
    /// their languages, the second included.
    FirstComeFirstFree,
}

/// The site at one moment, as a policy sees it.
struct Site<'a> {
    day: &'a Day,
    now: i64,
    /// People waiting, in arrival order.
    waiting: Vec<usize>,
    busy: Vec<bool>,
    /// When each helper's present or last help started and ends.
    started: Vec<i64>,
    busy_until: Vec<i64>,
    sessions: Vec<u32>,
}

fn at(seconds: i64) -> NaiveDateTime {
    OPENING + Duration::seconds(seconds)
}

/// Who helps whom on the day under `policy`; people not helped by the closing leave.
pub(super) fn run(day: &Day, policy: Policy) -> Vec<Option<Served>> {
    let helpers = day.helpers.len();
    let mut served = vec![None; day.people.len()];
    let mut site = Site {
        day,
        now: 0,
        waiting: Vec::new(),
        busy: vec![false; helpers],
        started: vec![0; helpers],
        busy_until: vec![0; helpers],
        sessions: vec![0; helpers],
    };
    let mut arrived = 0;
    while site.now < OPEN_FOR {
        while day
            .people
            .get(arrived)
            .is_some_and(|p| p.arrival <= site.now)
        {
            site.waiting.push(arrived);
            arrived += 1;
        }
        for h in 0..helpers {
            if site.busy[h] && site.busy_until[h] <= site.now {
                site.busy[h] = false;
                site.sessions[h] += 1;
            }
        }
        while site.busy.contains(&false) && !site.waiting.is_empty() {
            let choice = match policy {
                Policy::Engine => engine(&site),
                Policy::FirstComeFirstFree => first_come_first_free(&site),
            };
            let Some((p, h)) = choice else { break };
            let first_language = day.helpers[h].speaks(day.people[p].languages[0]);
            served[p] = Some(Served {
                helper: h,
                start: site.now,
                first_language,
            });
            site.busy[h] = true;
            site.started[h] = site.now;
            site.busy_until[h] = site.now + day.people[p].help_for(first_language);
            site.waiting.retain(|&w| w != p);
        }
        let mut next = (site.now / 60 + 1) * 60;
        if let Some(person) = day.people.get(arrived) {
            next = next.min(person.arrival);
        }
        for h in 0..helpers {
            if site.busy[h] {
                next = next.min(site.busy_until[h]);
            }
        }
        site.now = next;
    }
    served
}

/// The board's plan (`queue::duty::site_queue`): the waiting tickets as taken (the second
/// language not widened by anyone), everyone on duty with their sessions done today, the busy
/// ones expected free `EXPECTED_HELP` after their match; the top suggestion.
fn engine(site: &Site) -> Option<(usize, usize)> {
    let day = site.day;
    let requests: Vec<Request> = site
        .waiting
        .iter()
        .map(|&p| {
            let person = &day.people[p];
            Request {
                id: p as i32,
                languages: person.languages.iter().map(|l| l.to_string()).collect(),
                second_language_on: false,
                topics: person.topics.iter().map(|t| t.to_string()).collect(),
                waiting_since: at(person.arrival),
                earlier_helper: None,
            }
        })
        .collect();
    let on_duty: Vec<Volunteer> = day
        .helpers
        .iter()
        .enumerate()
        .map(|(h, helper)| Volunteer {
            id: h as i32,
            languages: helper
                .languages
                .iter()
                .map(|&(code, level)| (code.to_string(), level))
                .collect(),
            confident: helper.confident.iter().map(|t| t.to_string()).collect(),
            learning: helper.learning.iter().map(|t| t.to_string()).collect(),
            sessions_today: site.sessions[h],
            in_training: false,
            free_at: site.busy[h].then(|| at(site.started[h]) + matching::EXPECTED_HELP),
            // Nobody's helps take longer than anyone else's here, and the days have no record.
            usual_help: matching::EXPECTED_HELP,
        })
        .collect();
    let plan = matching::plan(&requests, &on_duty, at(site.now));
    plan.suggestions
        .first()
        .map(|s| (s.request as usize, s.volunteer as usize))
}

fn first_come_first_free(site: &Site) -> Option<(usize, usize)> {
    let day = site.day;
    site.waiting.iter().find_map(|&p| {
        (0..day.helpers.len())
            .filter(|&h| !site.busy[h] && day.helpers[h].can_help(&day.people[p]).is_some())
            .min_by_key(|&h| (site.busy_until[h], h))
            .map(|h| (p, h))
    })
}
