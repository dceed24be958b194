//! The numbers behind the growth page's charts, as plain data: sessions per month by DigComp
//! area, the mean step of each assessment over time, and hours per month. Months are
//! Helsinki months ending with the month of the instant passed in; nothing here reads a clock.

use chrono::{Datelike, Months, NaiveDate, NaiveDateTime};

use super::assessments::{Assessment, Observation};
use super::evidence::{Attended, SessionFacts};
use super::framework::{area_of, competences_of_topic, AREAS, EVERY_SESSION};
use crate::clock::to_helsinki;

/// How many months the charts look back, the month of "now" included.
pub const MONTHS: usize = 12;

/// DigComp's five areas (`1`…`5`), the ones the charts draw; digital support is not DigComp.
pub const DIGCOMP_AREAS: [&str; 5] = ["1", "2", "3", "4", "5"];

/// The first day of the Helsinki month a UTC instant falls in.
pub fn month_of(utc: NaiveDateTime) -> NaiveDate {
    let local = to_helsinki(utc).date();
    local.with_day(1).unwrap_or(local)
}

/// The first days of the last `MONTHS` Helsinki months, oldest first, ending with the month
/// of `now`.
pub fn last_months(now: NaiveDateTime) -> Vec<NaiveDate> {
    let last = month_of(now);
    (0..MONTHS)
        .rev()
        .filter_map(|back| last.checked_sub_months(Months::new(back as u32)))
        .collect()
}

/// One month's sessions, counted for each DigComp area (`DIGCOMP_AREAS` order).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthAreas {
    pub month: NaiveDate,
    pub areas: [usize; 5],
    /// Sessions in the month, each once (a session may count for several areas).
    pub sessions: usize,
}

/// The DigComp areas a session is evidence for: those of its topics' competences, and the
/// area of what every session shows (DigComp 5.4).
fn areas_of(session: &SessionFacts) -> [bool; 5] {
    let mut found = [false; 5];
    let skills = session
        .topics
        .iter()
        .flat_map(|t| competences_of_topic(t).iter())
        .chain(EVERY_SESSION.iter());
    for skill in skills {
        if let Some(area) = area_of(skill) {
            if let Some(i) = DIGCOMP_AREAS.iter().position(|a| *a == area.key) {
                found[i] = true;
            }
        }
    }
    found
}

/// Sessions per month by area over the last months (see `last_months`).
pub fn sessions_per_month(sessions: &[SessionFacts], now: NaiveDateTime) -> Vec<MonthAreas> {
    last_months(now)
        .into_iter()
        .map(|month| {
            let mut row = MonthAreas {
                month,
                areas: [0; 5],
                sessions: 0,
            };
            for s in sessions.iter().filter(|s| month_of(s.started_at) == month) {
                row.sessions += 1;
                for (count, counts) in row.areas.iter_mut().zip(areas_of(s)) {
                    *count += usize::from(counts);
                }
            }
            row
        })
        .collect()
}

/// Hours on attended shifts per month over the last months, by the shift's start.
pub fn hours_per_month(attended: &[Attended], now: NaiveDateTime) -> Vec<(NaiveDate, f64)> {
    last_months(now)
        .into_iter()
        .map(|month| {
            let hours = attended
                .iter()
                .filter(|a| month_of(a.starts_at) == month)
                .map(|a| a.hours)
                .sum();
            (month, hours)
        })
        .collect()
}

/// One assessment on the levels chart: when, and the mean of its steps.
#[derive(Debug, Clone, PartialEq)]
pub struct LevelPoint {
    /// The Helsinki date of the assessment.
    pub on: NaiveDate,
    pub at: NaiveDateTime,
    pub mean: f64,
}

/// One line of the levels chart.
#[derive(Debug, Clone, PartialEq)]
pub struct LevelLine {
    /// A DigComp area's key, or `None` for the coordinator's observations.
    pub area: Option<&'static str>,
    /// Oldest first.
    pub points: Vec<LevelPoint>,
}

fn mean(steps: &[(String, i32)]) -> Option<f64> {
    let count = steps.len();
    (count > 0).then(|| steps.iter().map(|(_, s)| f64::from(*s)).sum::<f64>() / count as f64)
}

fn point(at: NaiveDateTime, steps: &[(String, i32)]) -> Option<LevelPoint> {
    Some(LevelPoint {
        on: to_helsinki(at).date(),
        at,
        mean: mean(steps)?,
    })
}

/// The self-assessed lines, one per DigComp area that has an assessment (steps 0-4), then the
/// line of the coordinators' observations (steps 1-4) if there is one.
pub fn level_lines(history: &[Assessment], observations: &[Observation]) -> Vec<LevelLine> {
    let mut lines: Vec<LevelLine> = AREAS
        .iter()
        .filter(|a| DIGCOMP_AREAS.contains(&a.key))
        .map(|area| {
            let mut points: Vec<LevelPoint> = history
                .iter()
                .filter(|a| a.area == area.key)
                .filter_map(|a| point(a.at, &a.steps))
                .collect();
            points.sort_by_key(|p| p.at);
            LevelLine {
                area: Some(area.key),
                points,
            }
        })
        .filter(|line| !line.points.is_empty())
        .collect();
    let mut observed: Vec<LevelPoint> = observations
        .iter()
        .filter_map(|o| point(o.at, &o.steps))
        .collect();
    observed.sort_by_key(|p| p.at);
    if !observed.is_empty() {
        lines.push(LevelLine {
            area: None,
            points: observed,
        });
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::help_sessions::Outcome;

    fn utc(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    fn session(at: &str, topics: &[&str]) -> SessionFacts {
        SessionFacts {
            started_at: utc(at),
            language: "ar".into(),
            outcome: Outcome::Together,
            topics: topics.iter().map(|t| (*t).to_owned()).collect(),
        }
    }

    #[test]
    fn skills_months_are_helsinki_months_ending_with_the_month_of_now() {
        // 22:30 UTC on 31 March is already 1 April in Helsinki (UTC+3 in summer time).
        let now = utc("2026-03-31 22:30");
        let months = last_months(now);
        assert_eq!(months.len(), 12);
        assert_eq!(months[11], NaiveDate::from_ymd_opt(2026, 4, 1).unwrap());
        assert_eq!(months[0], NaiveDate::from_ymd_opt(2025, 5, 1).unwrap());
        assert_eq!(
            month_of(utc("2026-01-31 22:30")),
            NaiveDate::from_ymd_opt(2026, 2, 1).unwrap()
        );
    }

    #[test]
    fn skills_sessions_count_once_a_month_for_each_area_of_their_competences() {
        let now = utc("2026-03-15 10:00");
        let sessions = [
            // Kela: 2.3, 2.6 and 4.2; every session: 5.4.
            session("2026-02-03 10:00", &["kela"]),
            session("2026-02-10 10:00", &["kela", "passwords"]),
            session("2026-03-01 10:00", &["other"]),
            // The last day of February in Helsinki time is March's first.
            session("2026-02-28 23:30", &["documents"]),
            session("2025-03-31 10:00", &["kela"]),
        ];
        let months = sessions_per_month(&sessions, now);
        assert_eq!(months.len(), 12);
        let feb = &months[10];
        assert_eq!(feb.month, NaiveDate::from_ymd_opt(2026, 2, 1).unwrap());
        assert_eq!((feb.sessions, feb.areas), (2, [0, 2, 0, 2, 2]));
        let mar = &months[11];
        assert_eq!((mar.sessions, mar.areas), (2, [1, 0, 1, 0, 2]));
        assert!(
            months[..10].iter().all(|m| m.sessions == 0),
            "a year ago is out"
        );
    }

    #[test]
    fn skills_hours_are_summed_per_month_of_the_shifts_start() {
        let now = utc("2026-03-15 10:00");
        let attended = [
            Attended {
                starts_at: utc("2026-02-03 08:00"),
                hours: 2.0,
            },
            Attended {
                starts_at: utc("2026-02-17 08:00"),
                hours: 1.5,
            },
            Attended {
                starts_at: utc("2026-03-03 08:00"),
                hours: 3.0,
            },
        ];
        let hours = hours_per_month(&attended, now);
        assert_eq!(hours[10].1, 3.5);
        assert_eq!(hours[11].1, 3.0);
        assert_eq!(hours[9].1, 0.0);
    }

    fn assessment(area: &str, at: &str, steps: &[i32]) -> Assessment {
        Assessment {
            id: 0,
            area: area.into(),
            at: utc(at),
            confirmed: None,
            steps: steps.iter().map(|s| ("x".to_owned(), *s)).collect(),
        }
    }

    #[test]
    fn skills_each_assessment_is_a_point_at_its_mean_step_oldest_first() {
        // The history comes newest first.
        let history = [
            assessment("1", "2026-06-01 10:00", &[3, 3, 4]),
            assessment("support", "2026-03-01 10:00", &[2, 2, 2]),
            assessment("1", "2026-03-01 10:00", &[1, 2, 2]),
            assessment("4", "2026-03-01 10:00", &[0, 0, 1, 1]),
        ];
        let observations = [Observation {
            at: utc("2026-04-01 10:00"),
            by: None,
            steps: vec![("a".into(), 2), ("b".into(), 3)],
        }];
        let lines = level_lines(&history, &observations);
        let areas: Vec<Option<&str>> = lines.iter().map(|l| l.area).collect();
        assert_eq!(
            areas,
            [Some("1"), Some("4"), None],
            "support is not DigComp"
        );
        let means: Vec<f64> = lines[0].points.iter().map(|p| p.mean).collect();
        assert!((means[0] - 5.0 / 3.0).abs() < 1e-9 && (means[1] - 10.0 / 3.0).abs() < 1e-9);
        assert_eq!(lines[1].points[0].mean, 0.5);
        assert_eq!(lines[2].points[0].mean, 2.5);
        assert_eq!(
            lines[2].points[0].on,
            NaiveDate::from_ymd_opt(2026, 4, 1).unwrap()
        );
    }
}
