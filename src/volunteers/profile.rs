//! A volunteer's skills: the languages they help in, each with a level, and the help topics
//! they are confident with or want to learn (matching reads these); their own changes with
//! their audit entries; and the read model of the coordinator's page about one volunteer,
//! which gathers skills, status, training and credentials.

use std::cmp::Reverse;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::status::{self, StatusChange};
use crate::db::schema::{users, volunteer_languages, volunteer_topics};
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::languages::{self, HelpLanguage, Level, HELP_LANGUAGES};
use crate::privacy::audit::{self, Action, Actor, Subject};
use crate::topics::{self, Stance, TOPICS};
use crate::training::credentials::{self, Credential, NewCredential};
use crate::training::{self, ChecklistItem};
use crate::users::{Role, Status};

/// What a volunteer can do, in the order of the language and topic lists.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Skills {
    pub languages: Vec<(HelpLanguage, Level)>,
    pub topics: Vec<(&'static str, Stance)>,
}

impl Skills {
    pub fn level(&self, code: &str) -> Option<Level> {
        self.languages
            .iter()
            .find(|(language, _)| language.code == code)
            .map(|(_, level)| *level)
    }

    pub fn stance(&self, slug: &str) -> Option<Stance> {
        self.topics
            .iter()
            .find(|(topic, _)| *topic == slug)
            .map(|(_, stance)| *stance)
    }

    /// Sorts into list order, so pages and matching see the same order however it was typed.
    pub fn sorted(mut self) -> Skills {
        let language_rank = |l: &HelpLanguage| HELP_LANGUAGES.iter().position(|h| h.code == l.code);
        let topic_rank = |t: &str| TOPICS.iter().position(|s| *s == t);
        self.languages.sort_by_key(|(l, _)| language_rank(l));
        self.topics.sort_by_key(|(t, _)| topic_rank(t));
        self
    }
}

#[derive(Queryable)]
struct SpokenRow {
    language: String,
    #[diesel(deserialize_as = String)]
    level: Level,
}

#[derive(Queryable)]
struct TopicRow {
    topic: String,
    #[diesel(deserialize_as = String)]
    stance: Stance,
}

/// The saved skills. Rows with a language or topic no longer in our lists are skipped: the
/// lists may shrink, and the rest of the volunteer's skills still count.
pub fn skills(conn: &mut DbConn, user_id: i32) -> Result<Skills, Error> {
    let spoken: Vec<SpokenRow> = volunteer_languages::table
        .filter(volunteer_languages::user_id.eq(user_id))
        .select((volunteer_languages::language, volunteer_languages::level))
        .load(conn)?;
    let known: Vec<TopicRow> = volunteer_topics::table
        .filter(volunteer_topics::user_id.eq(user_id))
        .select((volunteer_topics::topic, volunteer_topics::kind))
        .load(conn)?;
    let languages = spoken
        .iter()
        .filter_map(|row| Some((languages::find(&row.language)?, row.level)))
        .collect();
    let topics = known
        .iter()
        .filter_map(|row| Some((topics::find(&row.topic)?, row.stance)))
        .collect();
    Ok(Skills { languages, topics }.sorted())
}

/// Replaces the volunteer's languages and topics with `skills`. The caller runs it in a
/// transaction, so a failed save leaves the old rows.
pub fn replace(conn: &mut DbConn, user_id: i32, skills: &Skills) -> Result<(), Error> {
    diesel::delete(volunteer_languages::table.filter(volunteer_languages::user_id.eq(user_id)))
        .execute(conn)?;
    diesel::delete(volunteer_topics::table.filter(volunteer_topics::user_id.eq(user_id)))
        .execute(conn)?;
    // One insert per row: a batch insert of a Vec does not compile through the connection enum.
    for (language, level) in &skills.languages {
        diesel::insert_into(volunteer_languages::table)
            .values((
                volunteer_languages::user_id.eq(user_id),
                volunteer_languages::language.eq(language.code),
                volunteer_languages::level.eq(level.as_str()),
            ))
            .execute(conn)?;
    }
    for (topic, stance) in &skills.topics {
        diesel::insert_into(volunteer_topics::table)
            .values((
                volunteer_topics::user_id.eq(user_id),
                volunteer_topics::topic.eq(*topic),
                volunteer_topics::kind.eq(stance.as_str()),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The volunteer saves their skills page.
pub fn save_skills(
    conn: &mut DbConn,
    me: Actor,
    skills: &Skills,
    now: NaiveDateTime,
) -> Result<(), Error> {
    write_tx(conn, |conn| {
        replace(conn, me.user_id, skills)?;
        changed_own(conn, me, now)
    })
}

/// The volunteer adds a badge or a course.
pub fn add_credential(
    conn: &mut DbConn,
    me: Actor,
    new: &NewCredential<'_>,
    now: NaiveDateTime,
) -> Result<i32, Error> {
    write_tx(conn, |conn| {
        let id = credentials::add(conn, me.user_id, new, now)?;
        changed_own(conn, me, now)?;
        Ok(id)
    })
}

/// The volunteer removes one of their credentials; `Error::NotFound` for anyone else's.
pub fn delete_credential(
    conn: &mut DbConn,
    me: Actor,
    id: i32,
    now: NaiveDateTime,
) -> Result<(), Error> {
    write_tx(conn, |conn| {
        credentials::delete_own(conn, me.user_id, id)?;
        changed_own(conn, me, now)
    })
}

fn changed_own(conn: &mut DbConn, me: Actor, now: NaiveDateTime) -> Result<(), Error> {
    let entry = me.did(Action::ProfileChanged, Subject::User(me.user_id));
    audit::record(conn, entry, now)
}

pub fn has_languages(conn: &mut DbConn, user_id: i32) -> Result<bool, Error> {
    let count: i64 = volunteer_languages::table
        .filter(volunteer_languages::user_id.eq(user_id))
        .count()
        .get_result(conn)?;
    Ok(count > 0)
}

/// Everything the coordinator's page shows about one volunteer.
#[derive(Debug, Clone)]
pub struct VolunteerRecord {
    pub id: i32,
    pub display_name: String,
    pub email: String,
    pub phone: Option<String>,
    pub status: Status,
    /// Strongest first; the list's order within a level.
    pub languages: Vec<(HelpLanguage, Level)>,
    /// The topics they can help with, and those they want to learn.
    pub confident: Vec<&'static str>,
    pub learning: Vec<&'static str>,
    pub history: Vec<StatusChange>,
    pub training: Vec<ChecklistItem>,
    pub credentials: Vec<Credential>,
}

#[derive(Queryable)]
struct PersonRow {
    display_name: String,
    email: String,
    phone: Option<String>,
    #[diesel(deserialize_as = String)]
    status: Status,
}

/// The record of a volunteer of this organisation; `Error::NotFound` for anyone else.
pub fn record(
    conn: &mut DbConn,
    organisation_id: i32,
    user_id: i32,
) -> Result<VolunteerRecord, Error> {
    let person: PersonRow = users::table
        .filter(users::id.eq(user_id))
        .filter(users::organisation_id.eq(organisation_id))
        .filter(users::role.eq(Role::Volunteer.as_str()))
        .select((
            users::display_name,
            users::email,
            users::phone,
            users::status,
        ))
        .first(conn)
        .optional()?
        .ok_or(Error::NotFound)?;
    let mut skills = skills(conn, user_id)?;
    // Staff look for the strongest languages first; list order stays within a level.
    skills.languages.sort_by_key(|(_, level)| Reverse(*level));
    let topics_with = |wanted: Stance| -> Vec<&'static str> {
        skills
            .topics
            .iter()
            .filter(|(_, stance)| *stance == wanted)
            .map(|(slug, _)| *slug)
            .collect()
    };
    Ok(VolunteerRecord {
        id: user_id,
        display_name: person.display_name,
        email: person.email,
        phone: person.phone,
        status: person.status,
        confident: topics_with(Stance::Confident),
        learning: topics_with(Stance::Learning),
        languages: skills.languages,
        history: status::history(conn, user_id)?,
        training: training::checklist(conn, organisation_id, user_id)?,
        credentials: credentials::list(conn, user_id)?,
    })
}

/// The record as a coordinator opens it: staff views of a volunteer's data are audited
/// (DESIGN.md §7).
pub fn view_as_staff(
    conn: &mut DbConn,
    by: Actor,
    organisation_id: i32,
    user_id: i32,
    now: NaiveDateTime,
) -> Result<VolunteerRecord, Error> {
    let record = record(conn, organisation_id, user_id)?;
    let entry = by.did_in(
        organisation_id,
        Action::VolunteerViewed,
        Subject::User(user_id),
    );
    audit::record(conn, entry, now)?;
    Ok(record)
}
