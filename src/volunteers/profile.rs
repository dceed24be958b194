//! A volunteer's skills: the languages they help in, each with a level, and the help topics
//! they are confident with or want to learn (matching reads these). Also the read model of
//! the coordinator's page about one volunteer, which gathers skills, status, training and
//! credentials.

use std::cmp::Reverse;

use diesel::prelude::*;
use serde::Serialize;

use super::status::{self, ChangeView};
use crate::db::schema::{users, volunteer_languages, volunteer_topics};
use crate::db::DbConn;
use crate::error::Error;
use crate::i18n::Locale;
use crate::languages::{self, HelpLanguage, Level, HELP_LANGUAGES};
use crate::topics::{self, Stance, TOPICS};
use crate::training::credentials::{self, CredentialView};
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

/// The saved skills. Rows with a code no longer in our lists are skipped.
pub fn skills(conn: &mut DbConn, user_id: i32) -> Result<Skills, Error> {
    let language_rows: Vec<(String, String)> = volunteer_languages::table
        .filter(volunteer_languages::user_id.eq(user_id))
        .select((volunteer_languages::language, volunteer_languages::level))
        .load(conn)?;
    let topic_rows: Vec<(String, String)> = volunteer_topics::table
        .filter(volunteer_topics::user_id.eq(user_id))
        .select((volunteer_topics::topic, volunteer_topics::kind))
        .load(conn)?;
    let languages = language_rows
        .iter()
        .filter_map(|(code, level)| Some((languages::find(code)?, Level::parse(level)?)))
        .collect();
    let topics = topic_rows
        .iter()
        .filter_map(|(slug, kind)| Some((topics::find(slug)?, Stance::parse(kind)?)))
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

pub fn has_languages(conn: &mut DbConn, user_id: i32) -> Result<bool, Error> {
    let count: i64 = volunteer_languages::table
        .filter(volunteer_languages::user_id.eq(user_id))
        .count()
        .get_result(conn)?;
    Ok(count > 0)
}

/// A language as staff see it: its own name, and the level's message id.
#[derive(Debug, Serialize)]
pub struct LanguageView {
    pub code: &'static str,
    pub endonym: &'static str,
    pub dir: &'static str,
    pub level: &'static str,
}

/// Everything the coordinator's page shows about one volunteer.
#[derive(Debug, Serialize)]
pub struct VolunteerRecord {
    pub id: i32,
    pub display_name: String,
    pub email: String,
    pub phone: Option<String>,
    #[serde(skip)]
    pub status: Status,
    pub status_label: &'static str,
    pub languages: Vec<LanguageView>,
    /// Message ids of the topics they can help with, and of those they want to learn.
    pub confident: Vec<String>,
    pub learning: Vec<String>,
    pub history: Vec<ChangeView>,
    pub training: Vec<ChecklistItem>,
    pub credentials: Vec<CredentialView>,
}

type PersonRow = (String, String, Option<String>, String);

/// The record of a volunteer of this organisation; `Error::NotFound` for anyone else.
pub fn record(
    conn: &mut DbConn,
    organisation_id: i32,
    user_id: i32,
    locale: Locale,
) -> Result<VolunteerRecord, Error> {
    let person: Option<PersonRow> = users::table
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
        .optional()?;
    let (display_name, email, phone, stored_status) = person.ok_or(Error::NotFound)?;
    let status = Status::parse(&stored_status).ok_or(Error::NotFound)?;
    let mut skills = skills(conn, user_id)?;
    // Staff look for the strongest languages first; list order stays within a level.
    skills.languages.sort_by_key(|(_, level)| Reverse(*level));
    let topics_with = |wanted: Stance| -> Vec<String> {
        skills
            .topics
            .iter()
            .filter(|(_, stance)| *stance == wanted)
            .map(|(slug, _)| topics::label_id(slug))
            .collect()
    };
    Ok(VolunteerRecord {
        id: user_id,
        display_name,
        email,
        phone,
        status,
        status_label: status.label_id(),
        confident: topics_with(Stance::Confident),
        learning: topics_with(Stance::Learning),
        languages: skills
            .languages
            .iter()
            .map(|(language, level)| LanguageView {
                code: language.code,
                endonym: language.endonym,
                dir: language.dir(),
                level: level.label_id(),
            })
            .collect(),
        history: status::history(conn, user_id, locale)?,
        training: training::checklist(conn, organisation_id, user_id, locale)?,
        credentials: credentials::list(conn, user_id, locale)?,
    })
}
