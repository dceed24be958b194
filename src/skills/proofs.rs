//! A proof of experience: the volunteer chooses what it shows (shifts and hours, sessions by
//! topic, languages used, trainings and credentials, skills with their evidence, levels) and
//! in which language an employer reads it (fi, sv, en). The facts are kept as they were when
//! it was composed; a coordinator of the organisation confirms it, and `/verify/<code>` shows
//! the same facts until the volunteer withdraws it.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use super::assessments;
use super::evidence::{self, SessionFacts};
use crate::clock::{to_helsinki, today_in_finland};
use crate::db::schema::{
    credentials, organisations, proofs, training_completions, training_modules, users,
};
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::privacy::audit::{self, Action, Actor, Subject};
use crate::stored_enum;
use crate::tokens::new_short_code;

stored_enum! {
    /// The languages employers here read a proof in.
    pub enum ProofLanguage {
        Fi = "fi",
        Sv = "sv",
        En = "en",
    }
}

stored_enum! {
    /// What a proof may show; the volunteer chooses.
    pub enum Part {
        Work = "work",
        Topics = "topics",
        Languages = "languages",
        Trainings = "trainings",
        Credentials = "credentials",
        Skills = "skills",
        Levels = "levels",
    }
}

/// The facts a proof shows, as they were when it was composed. A part left out is `None`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Facts {
    pub volunteer: String,
    pub organisation: String,
    /// The first recorded help.
    pub since: Option<NaiveDate>,
    pub until: NaiveDate,
    pub work: Option<(usize, f64)>,
    pub topics: Option<Vec<(String, usize)>>,
    pub languages: Option<Vec<(String, usize)>>,
    /// A training's seed key (translated) or typed title, and its date.
    pub trainings: Option<Vec<(Option<String>, String, NaiveDate)>>,
    /// Name, issuer, date.
    pub credentials: Option<Vec<(String, String, NaiveDate)>>,
    /// A skill, its sessions, the first and the last date.
    pub skills: Option<Vec<(String, usize, NaiveDate, NaiveDate)>>,
    /// A skill, its step, the date, and whether a coordinator observed it (else
    /// self-assessed).
    pub levels: Option<Vec<(String, i32, NaiveDate, bool)>>,
    /// With the levels: the areas whose self-assessment a coordinator confirmed, by whom and
    /// when. Proofs composed before confirmations existed have none.
    #[serde(default)]
    pub confirmed: Vec<(String, String, NaiveDate)>,
}

/// One proof as its pages show it.
#[derive(Debug, Clone, PartialEq)]
pub struct Proof {
    pub id: i32,
    pub user_id: i32,
    pub code: String,
    pub language: ProofLanguage,
    pub facts: Facts,
    pub created_at: NaiveDateTime,
    pub signed: Option<(String, NaiveDateTime)>,
    pub withdrawn_at: Option<NaiveDateTime>,
}

fn day(at: NaiveDateTime) -> NaiveDate {
    to_helsinki(at).date()
}

/// How many sessions each key has, most first.
fn tally<'a>(keys: impl Iterator<Item = &'a String>) -> Vec<(String, usize)> {
    let mut counts: BTreeMap<&String, usize> = BTreeMap::new();
    for key in keys {
        *counts.entry(key).or_default() += 1;
    }
    let mut list: Vec<(String, usize)> = counts.into_iter().map(|(k, n)| (k.clone(), n)).collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    list
}

/// The facts of the chosen parts, from the database now.
pub fn gather(
    conn: &mut DbConn,
    user_id: i32,
    parts: &[Part],
    now: NaiveDateTime,
) -> Result<Facts, Error> {
    let (volunteer, organisation): (String, String) = users::table
        .inner_join(organisations::table)
        .filter(users::id.eq(user_id))
        .select((users::display_name, organisations::name))
        .first(conn)?;
    let sessions: Vec<SessionFacts> = evidence::sessions_of(conn, user_id)?;
    let work = evidence::work_of(conn, user_id, now)?;
    let wants = |part| parts.contains(&part);
    let trainings = if wants(Part::Trainings) {
        Some(
            training_completions::table
                .inner_join(training_modules::table)
                .filter(training_completions::user_id.eq(user_id))
                .order(training_completions::completed_on)
                .select((
                    training_modules::seed_key,
                    training_modules::title,
                    training_completions::completed_on,
                ))
                .load(conn)?,
        )
    } else {
        None
    };
    let credentials = if wants(Part::Credentials) {
        Some(
            credentials::table
                .filter(credentials::user_id.eq(user_id))
                .order(credentials::issued_on)
                .select((
                    credentials::name,
                    credentials::issuer,
                    credentials::issued_on,
                ))
                .load(conn)?,
        )
    } else {
        None
    };
    let (levels, confirmed) = if wants(Part::Levels) {
        let (levels, confirmed) = latest_levels(conn, user_id)?;
        (Some(levels), confirmed)
    } else {
        (None, Vec::new())
    };
    Ok(Facts {
        volunteer,
        organisation,
        since: sessions.first().map(|s| day(s.started_at)),
        until: today_in_finland(now),
        work: wants(Part::Work).then_some((work.shifts, (work.hours * 10.0).round() / 10.0)),
        topics: wants(Part::Topics).then(|| tally(sessions.iter().flat_map(|s| &s.topics))),
        languages: wants(Part::Languages).then(|| tally(sessions.iter().map(|s| &s.language))),
        trainings,
        credentials,
        skills: wants(Part::Skills).then(|| {
            evidence::count(&sessions)
                .into_iter()
                .map(|e| (e.skill.to_owned(), e.sessions, day(e.first), day(e.last)))
                .collect()
        }),
        levels,
        confirmed,
    })
}

type Levels = (
    Vec<(String, i32, NaiveDate, bool)>,
    Vec<(String, String, NaiveDate)>,
);

/// The latest self-assessed step of every skill and the latest observed one, and the areas
/// whose latest self-assessment a coordinator confirmed.
fn latest_levels(conn: &mut DbConn, user_id: i32) -> Result<Levels, Error> {
    let history = assessments::history(conn, user_id)?;
    let latest = assessments::latest_per_area(&history);
    let mut levels = Vec::new();
    for assessment in &latest {
        for (skill, step) in &assessment.steps {
            levels.push((skill.clone(), *step, day(assessment.at), false));
        }
    }
    if let Some(observed) = assessments::observations(conn, user_id)?.into_iter().next() {
        for (skill, step) in observed.steps {
            levels.push((skill, step, day(observed.at), true));
        }
    }
    let confirmed = latest
        .iter()
        .filter_map(|a| {
            let c = a.confirmed.as_ref()?;
            Some((a.area.clone(), c.by.clone()?, day(c.at)))
        })
        .collect();
    Ok((levels, confirmed))
}

/// A proof composed again this soon with the same facts is the one already made.
const RETRY_WINDOW: chrono::Duration = chrono::Duration::minutes(10);

/// Composes a proof of the chosen parts and returns its id.
pub fn compose(
    conn: &mut DbConn,
    user_id: i32,
    language: ProofLanguage,
    parts: &[Part],
    now: NaiveDateTime,
) -> Result<i32, Error> {
    write_tx(conn, |conn| {
        let organisation_id: Option<i32> = users::table
            .find(user_id)
            .select(users::organisation_id)
            .first(conn)?;
        let organisation_id = organisation_id.ok_or(Error::NotFound)?;
        let facts = gather(conn, user_id, parts, now)?;
        let facts = serde_json::to_string(&facts).map_err(|_| Error::Invalid)?;
        // The same proof sent again moments later (a retry, a double tap) is the same proof.
        let again: Option<i32> = proofs::table
            .filter(proofs::user_id.eq(user_id))
            .filter(proofs::language.eq(language.as_str()))
            .filter(proofs::facts.eq(&facts))
            .filter(proofs::created_at.gt(now - RETRY_WINDOW))
            .select(proofs::id)
            .first(conn)
            .optional()?;
        if let Some(id) = again {
            return Ok(id);
        }
        Ok(diesel::insert_into(proofs::table)
            .values((
                proofs::user_id.eq(user_id),
                proofs::organisation_id.eq(organisation_id),
                proofs::code.eq(new_short_code()),
                proofs::language.eq(language.as_str()),
                proofs::facts.eq(facts),
                proofs::created_at.eq(now),
            ))
            .returning(proofs::id)
            .get_result(conn)?)
    })
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = proofs)]
struct ProofRow {
    id: i32,
    user_id: i32,
    code: String,
    #[diesel(deserialize_as = String)]
    language: ProofLanguage,
    facts: String,
    created_at: NaiveDateTime,
    signed_by_name: Option<String>,
    signed_at: Option<NaiveDateTime>,
    withdrawn_at: Option<NaiveDateTime>,
}

fn proof_of(row: ProofRow) -> Result<Proof, Error> {
    Ok(Proof {
        id: row.id,
        user_id: row.user_id,
        code: row.code,
        language: row.language,
        facts: serde_json::from_str(&row.facts).map_err(|_| Error::Invalid)?,
        created_at: row.created_at,
        signed: row.signed_by_name.zip(row.signed_at),
        withdrawn_at: row.withdrawn_at,
    })
}

/// The volunteer's proofs, newest first.
pub fn own(conn: &mut DbConn, user_id: i32) -> Result<Vec<Proof>, Error> {
    let rows: Vec<ProofRow> = proofs::table
        .filter(proofs::user_id.eq(user_id))
        .order(proofs::id.desc())
        .select(ProofRow::as_select())
        .load(conn)?;
    rows.into_iter().map(proof_of).collect()
}

/// One of the volunteer's proofs.
pub fn own_one(conn: &mut DbConn, user_id: i32, id: i32) -> Result<Option<Proof>, Error> {
    let row: Option<ProofRow> = proofs::table
        .filter(proofs::id.eq(id))
        .filter(proofs::user_id.eq(user_id))
        .select(ProofRow::as_select())
        .first(conn)
        .optional()?;
    row.map(proof_of).transpose()
}

/// The proof a code names, withdrawn or not; `None` for a code nobody was given.
pub fn by_code(conn: &mut DbConn, code: &str) -> Result<Option<Proof>, Error> {
    let code = code.trim().to_uppercase();
    let row: Option<ProofRow> = proofs::table
        .filter(proofs::code.eq(code))
        .select(ProofRow::as_select())
        .first(conn)
        .optional()?;
    row.map(proof_of).transpose()
}

#[diesel::dsl::auto_type]
fn is_waiting(organisation_id: i32) -> _ {
    proofs::organisation_id
        .eq(organisation_id)
        .and(proofs::signed_at.is_null())
        .and(proofs::withdrawn_at.is_null())
}

/// The organisation's proofs that wait for a coordinator's confirmation, oldest first.
pub fn waiting(conn: &mut DbConn, organisation_id: i32) -> Result<Vec<Proof>, Error> {
    let rows: Vec<ProofRow> = proofs::table
        .filter(is_waiting(organisation_id))
        .order(proofs::id)
        .select(ProofRow::as_select())
        .load(conn)?;
    rows.into_iter().map(proof_of).collect()
}

/// One of them.
pub fn waiting_one(
    conn: &mut DbConn,
    organisation_id: i32,
    id: i32,
) -> Result<Option<Proof>, Error> {
    let row: Option<ProofRow> = proofs::table
        .filter(proofs::id.eq(id))
        .filter(is_waiting(organisation_id))
        .select(ProofRow::as_select())
        .first(conn)
        .optional()?;
    row.map(proof_of).transpose()
}

/// A coordinator of the volunteer's organisation confirms the proof (once). `Error::NotFound`
/// for another organisation's, a withdrawn or an already confirmed one.
pub fn sign(conn: &mut DbConn, by: Actor, proof_id: i32, now: NaiveDateTime) -> Result<(), Error> {
    write_tx(conn, |conn| {
        let name: String = users::table
            .find(by.user_id)
            .select(users::display_name)
            .first(conn)?;
        let signed = diesel::update(
            proofs::table
                .filter(proofs::id.eq(proof_id))
                .filter(is_waiting(by.organisation_id.ok_or(Error::NotFound)?)),
        )
        .set((
            proofs::signed_by.eq(by.user_id),
            proofs::signed_by_name.eq(name),
            proofs::signed_at.eq(now),
        ))
        .execute(conn)?;
        if signed == 0 {
            return Err(Error::NotFound);
        }
        audit::record(
            conn,
            by.did(Action::ProofSigned, Subject::Proof(proof_id)),
            now,
        )
    })
}

/// The volunteer withdraws the proof: `/verify` says so from now on.
pub fn withdraw(
    conn: &mut DbConn,
    user_id: i32,
    proof_id: i32,
    now: NaiveDateTime,
) -> Result<(), Error> {
    let changed = diesel::update(
        proofs::table
            .filter(proofs::id.eq(proof_id))
            .filter(proofs::user_id.eq(user_id))
            .filter(proofs::withdrawn_at.is_null()),
    )
    .set(proofs::withdrawn_at.eq(now))
    .execute(conn)?;
    if changed == 0 {
        return Err(Error::NotFound);
    }
    Ok(())
}
