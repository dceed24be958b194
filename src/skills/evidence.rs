//! Evidence from the work, counted without typing: each recorded help session is evidence for
//! the competences its topics map to and for what every session shows; the volunteer's
//! learning goals move with the sessions on their topics; hours come from attended shifts.

use std::collections::BTreeSet;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::framework::{competences_of_topic, AREAS, EVERY_SESSION, WORK_SKILLS};
use crate::db::schema::{
    credentials, help_session_topics, help_sessions, shift_signups, shifts, training_completions,
    volunteer_topics,
};
use crate::db::DbConn;
use crate::error::Error;
use crate::help_sessions::Outcome;
use crate::shifts::signups::hours;
use crate::topics::{self, Stance};

/// What the evidence needs of one session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionFacts {
    pub started_at: NaiveDateTime,
    pub language: String,
    pub outcome: Outcome,
    pub topics: Vec<String>,
}

/// The sessions behind one skill.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    pub skill: &'static str,
    pub sessions: usize,
    pub first: NaiveDateTime,
    pub last: NaiveDateTime,
    /// The languages the help was given in, each once, in code order.
    pub languages: Vec<String>,
    /// Sessions where the person learned to do it themselves.
    pub on_their_own: usize,
}

impl Evidence {
    /// The share of sessions where the person learned to do it themselves, 0-100.
    pub fn on_their_own_percent(&self) -> usize {
        (self.on_their_own * 100 + self.sessions / 2) / self.sessions.max(1)
    }
}

/// Every skill of the framework that has sessions behind it, in the framework's order.
pub fn count(sessions: &[SessionFacts]) -> Vec<Evidence> {
    let order = AREAS
        .iter()
        .flat_map(|a| a.skills.iter())
        .chain(WORK_SKILLS.iter());
    order
        .filter_map(|skill| {
            let behind: Vec<&SessionFacts> = sessions
                .iter()
                .filter(|s| {
                    EVERY_SESSION.contains(skill)
                        || s.topics
                            .iter()
                            .any(|t| competences_of_topic(t).contains(skill))
                })
                .collect();
            let first = behind.iter().map(|s| s.started_at).min()?;
            let last = behind.iter().map(|s| s.started_at).max()?;
            let languages: BTreeSet<&String> = behind.iter().map(|s| &s.language).collect();
            Some(Evidence {
                skill,
                sessions: behind.len(),
                first,
                last,
                languages: languages.into_iter().cloned().collect(),
                on_their_own: behind
                    .iter()
                    .filter(|s| s.outcome == Outcome::OnTheirOwn)
                    .count(),
            })
        })
        .collect()
}

/// The person's recorded sessions, oldest first.
pub fn sessions_of(conn: &mut DbConn, user_id: i32) -> Result<Vec<SessionFacts>, Error> {
    let rows: Vec<(i32, NaiveDateTime, String, String)> = help_sessions::table
        .filter(help_sessions::volunteer_id.eq(user_id))
        .order(help_sessions::started_at)
        .select((
            help_sessions::id,
            help_sessions::started_at,
            help_sessions::language,
            help_sessions::outcome,
        ))
        .load(conn)?;
    let ids: Vec<i32> = rows.iter().map(|r| r.0).collect();
    let topic_rows: Vec<(i32, String)> = help_session_topics::table
        .filter(help_session_topics::session_id.eq_any(&ids))
        .select((help_session_topics::session_id, help_session_topics::topic))
        .load(conn)?;
    rows.into_iter()
        .map(|(id, started_at, language, outcome)| {
            Ok(SessionFacts {
                started_at,
                language,
                outcome: Outcome::try_from(outcome)?,
                topics: topic_rows
                    .iter()
                    .filter(|(s, _)| *s == id)
                    .map(|(_, t)| t.clone())
                    .collect(),
            })
        })
        .collect()
}

/// A topic the volunteer wants to learn, and how far the sessions on it have come.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Goal {
    pub topic: &'static str,
    pub sessions: usize,
    pub last: Option<NaiveDateTime>,
}

/// The volunteer's learning goals (the topics they marked as learning) with their sessions.
pub fn goals(
    conn: &mut DbConn,
    user_id: i32,
    sessions: &[SessionFacts],
) -> Result<Vec<Goal>, Error> {
    let wanted: Vec<String> = volunteer_topics::table
        .filter(volunteer_topics::user_id.eq(user_id))
        .filter(volunteer_topics::kind.eq(Stance::Learning.as_str()))
        .select(volunteer_topics::topic)
        .load(conn)?;
    Ok(topics::TOPICS
        .iter()
        .filter(|t| wanted.iter().any(|w| w == *t))
        .map(|topic| {
            let on_it = sessions
                .iter()
                .filter(|s| s.topics.iter().any(|t| t == topic));
            Goal {
                topic,
                sessions: on_it.clone().count(),
                last: on_it.map(|s| s.started_at).max(),
            }
        })
        .collect())
}

/// Work done besides the sessions: hours on attended shifts, trainings, credentials.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Work {
    pub shifts: usize,
    pub hours: f64,
    pub trainings: i64,
    pub credentials: i64,
}

/// An attended shift: when it started and the hours the volunteer was there.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Attended {
    pub starts_at: NaiveDateTime,
    pub hours: f64,
}

/// The shifts the person was checked in on that have started by `now`, with their hours
/// (`shifts::signups::hours`, a shift still running counted up to `now`).
pub fn attended_of(
    conn: &mut DbConn,
    user_id: i32,
    now: NaiveDateTime,
) -> Result<Vec<Attended>, Error> {
    let rows: Vec<(
        NaiveDateTime,
        Option<NaiveDateTime>,
        Option<NaiveDateTime>,
        NaiveDateTime,
    )> = shift_signups::table
        .inner_join(shifts::table)
        .filter(shift_signups::user_id.eq(user_id))
        .filter(shift_signups::checked_in_at.is_not_null())
        .filter(shifts::starts_at.le(now))
        .order(shifts::starts_at)
        .select((
            shifts::starts_at,
            shift_signups::checked_in_at,
            shift_signups::checked_out_at,
            shifts::ends_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(starts_at, i, o, end)| Attended {
            starts_at,
            hours: hours(i, o, end.min(now)),
        })
        .collect())
}

pub fn work_of(conn: &mut DbConn, user_id: i32, now: NaiveDateTime) -> Result<Work, Error> {
    let attended = attended_of(conn, user_id, now)?;
    work_with(conn, user_id, &attended)
}

/// The work besides the sessions, from the attended shifts already loaded.
pub fn work_with(conn: &mut DbConn, user_id: i32, attended: &[Attended]) -> Result<Work, Error> {
    Ok(Work {
        shifts: attended.len(),
        hours: attended.iter().map(|a| a.hours).sum(),
        trainings: training_completions::table
            .filter(training_completions::user_id.eq(user_id))
            .count()
            .get_result(conn)?,
        credentials: credentials::table
            .filter(credentials::user_id.eq(user_id))
            .count()
            .get_result(conn)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn session(day: u32, language: &str, outcome: Outcome, topics: &[&str]) -> SessionFacts {
        SessionFacts {
            started_at: NaiveDate::from_ymd_opt(2026, 3, day)
                .unwrap()
                .and_hms_opt(10, 0, 0)
                .unwrap(),
            language: language.into(),
            outcome,
            topics: topics.iter().map(|t| (*t).to_owned()).collect(),
        }
    }

    #[test]
    fn sessions_count_for_their_topics_competences_and_for_guiding_others() {
        let sessions = [
            session(1, "ar", Outcome::OnTheirOwn, &["kela"]),
            session(2, "fi", Outcome::Together, &["kela", "email"]),
            session(3, "ar", Outcome::OnTheirOwn, &["other"]),
        ];
        let evidence = count(&sessions);
        let of = |skill: &str| evidence.iter().find(|e| e.skill == skill).cloned();
        let citizenship = of("2.3").unwrap();
        assert_eq!(citizenship.sessions, 2);
        assert_eq!(citizenship.languages, vec!["ar", "fi"]);
        assert_eq!(citizenship.on_their_own_percent(), 50);
        assert_eq!(of("2.1").unwrap().sessions, 1);
        let guiding = of("5.4").unwrap();
        assert_eq!((guiding.sessions, guiding.on_their_own), (3, 2));
        assert_eq!(guiding.last, sessions[2].started_at);
        assert_eq!(of("work-customer-service").unwrap().sessions, 3);
        assert!(of("3.4").is_none(), "nothing behind programming");
    }
}
