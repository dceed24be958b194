//! Reports for funders: what the programme did in a period, for an organisation (or one of
//! its sites) or, for admins, for every organisation. Queries read typed rows (`queries.rs`);
//! the figures are made from them by plain functions here, tested without a database, and
//! every count goes through `count::Count`, which hides the small ones.

pub mod count;
pub mod queries;
pub mod routes;

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};

use crate::clock::{monday_of, to_helsinki, today_in_finland};
use crate::help_sessions::feedback::{Face, NextTime};
use crate::help_sessions::{Outcome, Referral};
use crate::queue::days::{Figures, Tally};
use crate::users::Status;
pub use count::{Breakdown, Cell, Count, Shown};
pub use queries::{
    FeedbackRow, Rows, SessionRow, ShiftRow, SignupRow, StatusChangeRow, TrainingRow, VolunteerRow,
};

/// The longest period a report covers, so one request cannot read the whole history at once.
pub const LONGEST_PERIOD_DAYS: i64 = 3 * 366;

/// The days a report covers, in Finland, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// Why a period cannot be reported on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodProblem {
    FromAfterTo,
    TooLong,
}

impl Period {
    pub fn new(from: NaiveDate, to: NaiveDate) -> Result<Period, PeriodProblem> {
        if from > to {
            Err(PeriodProblem::FromAfterTo)
        } else if (to - from).num_days() >= LONGEST_PERIOD_DAYS {
            Err(PeriodProblem::TooLong)
        } else {
            Ok(Period { from, to })
        }
    }

    /// The month in Finland that `now` falls in: the reports page's default.
    pub fn month_of(now: NaiveDateTime) -> Period {
        let today = today_in_finland(now);
        let from = today.with_day(1).unwrap_or(today);
        let next = if from.month() == 12 {
            NaiveDate::from_ymd_opt(from.year() + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(from.year(), from.month() + 1, 1)
        };
        let to = next.map(|n| n - Duration::days(1)).unwrap_or(today);
        Period { from, to }
    }

    /// The first days of the months the period touches.
    pub fn months(self) -> Vec<NaiveDate> {
        let mut months = Vec::new();
        let mut month = self.from.with_day(1).unwrap_or(self.from);
        while month <= self.to {
            months.push(month);
            month = month
                .checked_add_months(chrono::Months::new(1))
                .unwrap_or(NaiveDate::MAX);
        }
        months
    }

    /// The Mondays of the ISO weeks the period touches.
    pub fn weeks(self) -> Vec<NaiveDate> {
        let mut weeks = Vec::new();
        let mut week = monday_of(self.from);
        while week <= self.to {
            weeks.push(week);
            week += Duration::weeks(1);
        }
        weeks
    }

    /// The period as UTC instants: from the start of `from` to the start of the day after `to`.
    pub fn bounds(self) -> (NaiveDateTime, NaiveDateTime) {
        (
            crate::clock::start_of_day(self.from),
            crate::clock::start_of_day(self.to + Duration::days(1)),
        )
    }
}

/// Whose figures: one organisation (perhaps one of its sites), or every organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Organisation {
        organisation: i32,
        site: Option<i32>,
    },
    /// Only admins; the pages make sure.
    Everyone,
}

/// The reports there are, by their name in the CSV's address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Report {
    People,
    Queue,
    Volunteers,
    Summary,
}

impl Report {
    pub const ALL: [Report; 4] = [
        Report::People,
        Report::Queue,
        Report::Volunteers,
        Report::Summary,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Report::People => "people",
            Report::Queue => "queue",
            Report::Volunteers => "volunteers",
            Report::Summary => "summary",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Report> {
        Report::ALL.into_iter().find(|r| r.slug() == slug)
    }
}

/// The people helped: sessions (one a record, whatever the group's size) in breakdowns.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct People {
    /// People helped: the records' group sizes added up.
    pub people: Count,
    pub by_site: Breakdown<i32>,
    /// Months by their first day, in Finland.
    pub by_month: Breakdown<NaiveDate>,
    /// ISO weeks by their Monday, in Finland.
    pub by_week: Breakdown<NaiveDate>,
    pub by_language: Breakdown<String>,
    /// One session can count for several topics.
    pub by_topic: Breakdown<String>,
    pub by_outcome: Breakdown<Outcome>,
    /// Sessions with someone on their first visit, against the others.
    pub first_visits: Breakdown<bool>,
    pub referrals: Breakdown<Referral>,
    pub faces: Breakdown<Face>,
    pub next_time: Breakdown<NextTime>,
    pub come_again: Breakdown<bool>,
}

impl People {
    pub fn sessions(&self) -> Count {
        self.by_site.total()
    }

    /// The number of sessions as it may be shown beside all of its breakdowns.
    pub fn sessions_shown(&self) -> Shown {
        count::total_shown(
            self.sessions(),
            &[
                self.by_site.total_reveals(),
                self.by_month.total_reveals(),
                self.by_week.total_reveals(),
                self.by_language.total_reveals(),
                self.by_outcome.total_reveals(),
                self.first_visits.total_reveals(),
            ],
        )
    }

    pub fn answers(&self) -> Count {
        self.faces.total()
    }
}

pub const OUTCOMES: [Outcome; 5] = [
    Outcome::OnTheirOwn,
    Outcome::Together,
    Outcome::Partly,
    Outcome::Referred,
    Outcome::Unsolved,
];
pub const FACES: [Face; 3] = [Face::Good, Face::Okay, Face::Bad];
pub const NEXT_TIMES: [NextTime; 3] = [NextTime::Alone, NextTime::LittleHelp, NextTime::NotYet];

/// The people-helped figures of these rows; every month and week of the period has its line,
/// so that its chart shows the quiet ones too.
pub fn people(rows: &Rows, period: Period) -> People {
    let s = &rows.sessions;
    let local = |r: &SessionRow| to_helsinki(r.started_at).date();
    let mut topics = Vec::new();
    let ids: BTreeSet<i32> = s.iter().map(|r| r.id).collect();
    for (session, topic) in &rows.topics {
        if ids.contains(session) {
            topics.push(topic.clone());
        }
    }
    People {
        people: Count(s.iter().map(|r| i64::from(r.people)).sum()),
        by_site: Breakdown::tally(s.iter().map(|r| r.site_id)),
        by_month: Breakdown::tally(s.iter().map(|r| local(r).with_day(1).unwrap_or(local(r))))
            .with_keys(&period.months()),
        by_week: Breakdown::tally(s.iter().map(|r| monday_of(local(r)))).with_keys(&period.weeks()),
        by_language: Breakdown::tally(s.iter().map(|r| r.language.clone())),
        by_topic: Breakdown::tally(topics),
        by_outcome: Breakdown::tally(s.iter().map(|r| r.outcome)).with_keys(&OUTCOMES),
        first_visits: Breakdown::tally(s.iter().map(|r| r.first_visit)).with_keys(&[true, false]),
        referrals: Breakdown::tally(s.iter().filter_map(|r| r.referred_to)),
        faces: Breakdown::tally(rows.feedback.iter().map(|f| f.face)).with_keys(&FACES),
        next_time: Breakdown::tally(rows.feedback.iter().map(|f| f.next_time))
            .with_keys(&NEXT_TIMES),
        come_again: Breakdown::tally(rows.feedback.iter().map(|f| f.come_again))
            .with_keys(&[true, false]),
    }
}

/// Why people who took a number were not served.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Unserved {
    LeftQueue,
    NotReached,
    NoLanguage,
    NoTime,
    NeedsAuthority,
}

pub const UNSERVED: [Unserved; 5] = [
    Unserved::LeftQueue,
    Unserved::NotReached,
    Unserved::NoLanguage,
    Unserved::NoTime,
    Unserved::NeedsAuthority,
];

/// People who asked for a language against the hours volunteers speaking it were on duty.
#[derive(Debug, Clone, PartialEq)]
pub struct Demand {
    pub language: String,
    pub asked: Count,
    /// Hours of confirmed sign-ups (not marked no-show) of volunteers who speak it; a
    /// volunteer with three languages counts in each. Hours describe volunteers, not the
    /// people helped, and are not hidden.
    pub hours: f64,
}

/// The queue's figures.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Queue {
    pub taken: Count,
    pub served: Count,
    pub unserved: Breakdown<Unserved>,
    /// The waits from taking a number to being matched, in minutes; `None` from fewer than
    /// five waits, as one person's wait is theirs.
    pub median_wait: Option<i32>,
    pub wait_p90: Option<i32>,
    /// People by how long they waited: under 10, 10-19, 20-29, 30-59 and 60 minutes or more.
    pub waits: Breakdown<WaitBand>,
    pub demand: Vec<Demand>,
}

/// A band of waits for the chart and its table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum WaitBand {
    Under10,
    Under20,
    Under30,
    Under60,
    Hour,
}

pub const WAIT_BANDS: [WaitBand; 5] = [
    WaitBand::Under10,
    WaitBand::Under20,
    WaitBand::Under30,
    WaitBand::Under60,
    WaitBand::Hour,
];

fn band(minutes: i32) -> WaitBand {
    match minutes {
        i32::MIN..=9 => WaitBand::Under10,
        10..=19 => WaitBand::Under20,
        20..=29 => WaitBand::Under30,
        30..=59 => WaitBand::Under60,
        _ => WaitBand::Hour,
    }
}

/// The `p`-th percentile (0 < p <= 100) of a histogram of minutes, by the nearest rank.
pub fn percentile(histogram: &BTreeMap<i32, i64>, p: i64) -> Option<i32> {
    let total: i64 = histogram.values().sum();
    if total == 0 {
        return None;
    }
    let rank = (p * total + 99) / 100;
    let mut seen = 0;
    for (minutes, n) in histogram {
        seen += n;
        if seen >= rank.max(1) {
            return Some(*minutes);
        }
    }
    None
}

/// The queue's figures from the kept and live queue days, and the sign-ups for supply.
pub fn queue(figures: &Figures, rows: &Rows) -> Queue {
    let mut all = Tally::default();
    let mut asked: BTreeMap<String, i64> = BTreeMap::new();
    for ((_, language), t) in &figures.tallies {
        all.add(t);
        *asked.entry(language.clone()).or_default() += t.taken;
    }
    let mut histogram: BTreeMap<i32, i64> = BTreeMap::new();
    for site in figures.waits.values() {
        for (minutes, n) in site {
            *histogram.entry(*minutes).or_default() += n;
        }
    }
    let waited: i64 = histogram.values().sum();
    let enough = waited >= count::SHOWN_FROM;
    let hours = hours_by_language(rows);
    let languages: BTreeSet<&String> = asked.keys().chain(hours.keys()).collect();
    Queue {
        taken: Count(all.taken),
        served: Count(all.served),
        unserved: Breakdown::sum([
            (Unserved::LeftQueue, all.left_queue),
            (Unserved::NotReached, all.not_reached),
            (Unserved::NoLanguage, all.no_language),
            (Unserved::NoTime, all.no_time),
            (Unserved::NeedsAuthority, all.needs_authority),
        ]),
        median_wait: percentile(&histogram, 50).filter(|_| enough),
        wait_p90: percentile(&histogram, 90).filter(|_| enough),
        waits: Breakdown::sum(histogram.iter().map(|(m, n)| (band(*m), *n))).with_keys(&WAIT_BANDS),
        demand: languages
            .into_iter()
            .map(|l| Demand {
                language: l.clone(),
                asked: Count(asked.get(l).copied().unwrap_or(0)),
                hours: hours.get(l).copied().unwrap_or(0.0),
            })
            .collect(),
    }
}

fn shift_hours(shift: &ShiftRow) -> f64 {
    (shift.ends_at - shift.starts_at).num_minutes().max(0) as f64 / 60.0
}

/// Hours on duty per language the volunteer speaks.
fn hours_by_language(rows: &Rows) -> BTreeMap<String, f64> {
    let shifts: BTreeMap<i32, &ShiftRow> = rows.shifts.iter().map(|s| (s.id, s)).collect();
    let mut speaks: BTreeMap<i32, Vec<&String>> = BTreeMap::new();
    for (user, language) in &rows.languages {
        speaks.entry(*user).or_default().push(language);
    }
    let mut out: BTreeMap<String, f64> = BTreeMap::new();
    for signup in rows.signups.iter().filter(|s| !s.no_show) {
        let Some(shift) = shifts.get(&signup.shift_id) else {
            continue;
        };
        for language in speaks.get(&signup.user_id).into_iter().flatten() {
            *out.entry((*language).clone()).or_default() += shift_hours(shift);
        }
    }
    out
}

/// The volunteers' figures.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Volunteers {
    /// Volunteers by their status at the end of the period (applicants are not counted).
    pub by_status: Breakdown<Status>,
    /// Accounts made in the period.
    pub new: Count,
    /// Who became `left` in the period.
    pub left: Count,
    /// Volunteers who were on at least one shift (checked in) in the period.
    pub on_duty: Count,
    pub shifts: i64,
    pub places: i64,
    /// Confirmed sign-ups for those places.
    pub filled: i64,
    /// Hours of the shifts volunteers checked in to.
    pub hours: f64,
    pub trainings: i64,
    /// Completions: attendees of the group trainings held in the period.
    pub completions: Count,
    /// Mean ratings (1-5), from five answers on.
    pub satisfaction: Option<f64>,
    pub usefulness: Option<f64>,
    pub ratings: Count,
    /// Volunteers whose self-assessment of an area rose in the period, per area.
    pub levels_gained: Breakdown<String>,
}

pub const STATUSES: [Status; 4] = [
    Status::InTraining,
    Status::Active,
    Status::Paused,
    Status::Left,
];

/// A volunteer's status at an instant, from today's status and the changes (oldest first).
pub fn status_at(current: Status, changes: &[&StatusChangeRow], at: NaiveDateTime) -> Status {
    let mut status = changes.first().map(|c| c.from_status).unwrap_or(current);
    for change in changes {
        if change.changed_at < at {
            status = change.to_status;
        } else {
            break;
        }
    }
    status
}

pub fn volunteers(rows: &Rows, period: Period) -> Volunteers {
    let (start, end) = period.bounds();
    let mut changes: BTreeMap<i32, Vec<&StatusChangeRow>> = BTreeMap::new();
    for change in &rows.status_changes {
        changes.entry(change.user_id).or_default().push(change);
    }
    for list in changes.values_mut() {
        list.sort_by_key(|c| c.changed_at);
    }
    let none = Vec::new();
    let existing = rows.volunteers.iter().filter(|v| v.created_at < end);
    let statuses = existing
        .clone()
        .map(|v| status_at(v.status, changes.get(&v.id).unwrap_or(&none), end))
        .filter(|s| *s != Status::Applicant);
    let shifts: BTreeMap<i32, &ShiftRow> = rows.shifts.iter().map(|s| (s.id, s)).collect();
    let attended: Vec<&SignupRow> = rows
        .signups
        .iter()
        .filter(|s| s.checked_in && !s.no_show)
        .collect();
    let ratings: Vec<&(i32, i32)> = rows.ratings.iter().collect();
    let mean = |f: fn(&(i32, i32)) -> i32| {
        (ratings.len() as i64 >= count::SHOWN_FROM)
            .then(|| ratings.iter().map(|r| f(r) as f64).sum::<f64>() / ratings.len() as f64)
    };
    Volunteers {
        by_status: Breakdown::tally(statuses).with_keys(&STATUSES),
        new: Count(existing.filter(|v| v.created_at >= start).count() as i64),
        left: Count(
            rows.status_changes
                .iter()
                .filter(|c| c.to_status == Status::Left)
                .filter(|c| c.changed_at >= start && c.changed_at < end)
                .map(|c| c.user_id)
                .collect::<BTreeSet<_>>()
                .len() as i64,
        ),
        on_duty: Count(
            attended
                .iter()
                .map(|s| s.user_id)
                .collect::<BTreeSet<_>>()
                .len() as i64,
        ),
        shifts: rows.shifts.len() as i64,
        places: rows.shifts.iter().map(|s| i64::from(s.places)).sum(),
        filled: rows.signups.len() as i64,
        hours: attended
            .iter()
            .filter_map(|s| shifts.get(&s.shift_id))
            .map(|s| shift_hours(s))
            .sum(),
        trainings: rows.trainings.len() as i64,
        completions: Count(rows.trainings.iter().map(|t| t.attendees).sum()),
        satisfaction: mean(|r| r.0),
        usefulness: mean(|r| r.1),
        ratings: Count(ratings.len() as i64),
        levels_gained: levels_gained(&rows.assessments, start, end),
    }
}

/// Per area, the volunteers whose latest self-assessment in the period has a higher mean
/// step than the one before it.
fn levels_gained(
    assessments: &[queries::AssessmentRow],
    start: NaiveDateTime,
    end: NaiveDateTime,
) -> Breakdown<String> {
    let mut by: BTreeMap<(i32, String), Vec<&queries::AssessmentRow>> = BTreeMap::new();
    for a in assessments {
        by.entry((a.user_id, a.area.clone())).or_default().push(a);
    }
    let mut gained = Vec::new();
    for ((_, area), mut list) in by {
        list.sort_by_key(|a| a.assessed_at);
        let Some(last) = list
            .iter()
            .rposition(|a| a.assessed_at >= start && a.assessed_at < end)
        else {
            continue;
        };
        if last > 0 && list[last].mean_step > list[last - 1].mean_step {
            gained.push(area);
        }
    }
    Breakdown::tally(gained)
}

/// The ESF-style summary of a period: the funder's participants (volunteers) and the people
/// they helped, on one page.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub period: Period,
    pub people: People,
    pub queue: Queue,
    pub volunteers: Volunteers,
}

/// Everything a reports page shows.
pub fn summary(period: Period, figures: &Figures, rows: &Rows) -> Summary {
    Summary {
        period,
        people: people(rows, period),
        queue: queue(figures, rows),
        volunteers: volunteers(rows, period),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn reports_period_is_checked_and_defaults_to_the_month() {
        assert_eq!(
            Period::new(date("2026-12-02"), date("2026-12-01")),
            Err(PeriodProblem::FromAfterTo)
        );
        let now = date("2026-11-30").and_hms_opt(22, 30, 0).unwrap();
        // 00:30 on 1 December in Helsinki.
        assert_eq!(
            Period::month_of(now),
            Period {
                from: date("2026-12-01"),
                to: date("2026-12-31")
            }
        );
    }

    #[test]
    fn reports_percentiles_by_nearest_rank() {
        let h: BTreeMap<i32, i64> = [(2, 3), (10, 1), (40, 1)].into_iter().collect();
        assert_eq!(percentile(&h, 50), Some(2));
        assert_eq!(percentile(&h, 90), Some(40));
        assert_eq!(percentile(&BTreeMap::new(), 50), None);
    }

    #[test]
    fn reports_status_at_reads_the_history() {
        let at = |d: &str| date(d).and_hms_opt(12, 0, 0).unwrap();
        let change = |from, to, when: &str| StatusChangeRow {
            user_id: 1,
            from_status: from,
            to_status: to,
            changed_at: at(when),
        };
        let a = change(Status::Applicant, Status::InTraining, "2026-10-01");
        let b = change(Status::InTraining, Status::Active, "2026-11-01");
        let list = vec![&a, &b];
        assert_eq!(
            status_at(Status::Active, &list, at("2026-09-01")),
            Status::Applicant
        );
        assert_eq!(
            status_at(Status::Active, &list, at("2026-10-15")),
            Status::InTraining
        );
        assert_eq!(
            status_at(Status::Active, &list, at("2026-12-01")),
            Status::Active
        );
        assert_eq!(
            status_at(Status::Paused, &[], at("2026-12-01")),
            Status::Paused
        );
    }
}
