//! Training: the modules each organisation runs, required or optional, and which volunteer
//! completed which. A volunteer becomes active only when every required module is done.
//! External credentials (badges, courses) live in `credentials`.

pub mod credentials;
pub mod routes;

use chrono::NaiveDate;
use diesel::prelude::*;
use serde::Serialize;

use crate::db::schema::{training_completions, training_modules};
use crate::db::{now, write_tx, DbConn};
use crate::error::Error;
use crate::i18n::{format_date, Locale};
use crate::privacy::audit::{self, Action, Subject};
use crate::volunteers;

/// The modules every new organisation starts with, as (seed key, required). Their titles are
/// the Fluent messages `training-seed-<key>`, so they read in every interface language.
pub const SEED_MODULES: [(&str, bool); 4] = [
    ("role", true),
    ("ethics", true),
    ("data-protection", true),
    ("security", false),
];

/// The longest title a coordinator may give a module.
pub const MAX_TITLE: usize = 120;

/// The Fluent id of a seed module's title; `None` for a key we do not know.
pub fn seed_label_id(key: &str) -> Option<String> {
    SEED_MODULES
        .iter()
        .any(|(seed, _)| *seed == key)
        .then(|| format!("training-seed-{key}"))
}

/// One module as pages show it.
#[derive(Debug, Clone, Serialize)]
pub struct Module {
    pub id: i32,
    /// The Fluent id of a seed module's title; `None` for a module a coordinator added.
    pub title_id: Option<String>,
    /// The title a coordinator typed; empty for seed modules.
    pub title: String,
    pub required: bool,
}

type ModuleRow = (i32, Option<String>, String, bool);

impl Module {
    fn of((id, seed_key, title, required): ModuleRow) -> Module {
        Module {
            id,
            title_id: seed_key.as_deref().and_then(seed_label_id),
            title,
            required,
        }
    }
}

/// Creates the seed modules; called once for every new organisation.
pub fn seed_modules(conn: &mut DbConn, organisation_id: i32) -> Result<(), Error> {
    for (key, required) in SEED_MODULES {
        diesel::insert_into(training_modules::table)
            .values((
                training_modules::organisation_id.eq(organisation_id),
                training_modules::seed_key.eq(key),
                training_modules::required.eq(required),
                training_modules::created_at.eq(now()),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The organisation's modules in the order they were made (the seed first).
pub fn modules(conn: &mut DbConn, organisation_id: i32) -> Result<Vec<Module>, Error> {
    let rows: Vec<ModuleRow> = training_modules::table
        .filter(training_modules::organisation_id.eq(organisation_id))
        .select((
            training_modules::id,
            training_modules::seed_key,
            training_modules::title,
            training_modules::required,
        ))
        .order(training_modules::id)
        .load(conn)?;
    Ok(rows.into_iter().map(Module::of).collect())
}

/// The id of the organisation's seed module `key`; `Error::NotFound` if it has none.
pub fn seed_module_id(conn: &mut DbConn, organisation_id: i32, key: &str) -> Result<i32, Error> {
    training_modules::table
        .filter(training_modules::organisation_id.eq(organisation_id))
        .filter(training_modules::seed_key.eq(key))
        .select(training_modules::id)
        .first(conn)
        .optional()?
        .ok_or(Error::NotFound)
}

/// A coordinator's own module.
pub fn add_module(
    conn: &mut DbConn,
    organisation_id: i32,
    title: &str,
    required: bool,
    by: i32,
) -> Result<i32, Error> {
    write_tx(conn, |conn| {
        let id = diesel::insert_into(training_modules::table)
            .values((
                training_modules::organisation_id.eq(organisation_id),
                training_modules::title.eq(title.trim()),
                training_modules::required.eq(required),
                training_modules::created_at.eq(now()),
            ))
            .returning(training_modules::id)
            .get_result(conn)?;
        let subject = Subject::TrainingModule(id);
        audit::record(
            conn,
            Some(organisation_id),
            Some(by),
            Action::TrainingModuleAdded,
            subject,
        )?;
        Ok(id)
    })
}

/// Makes a required module optional or the other way round. `Error::NotFound` when this
/// organisation has no such module.
pub fn toggle_required(
    conn: &mut DbConn,
    organisation_id: i32,
    module_id: i32,
    by: i32,
) -> Result<(), Error> {
    write_tx(conn, |conn| {
        let changed = diesel::update(
            training_modules::table
                .filter(training_modules::id.eq(module_id))
                .filter(training_modules::organisation_id.eq(organisation_id)),
        )
        .set(training_modules::required.eq(diesel::dsl::not(training_modules::required)))
        .execute(conn)?;
        if changed == 0 {
            return Err(Error::NotFound);
        }
        let subject = Subject::TrainingModule(module_id);
        audit::record(
            conn,
            Some(organisation_id),
            Some(by),
            Action::TrainingModuleChanged,
            subject,
        )
    })
}

/// Every module of the organisation with the day `user_id` completed it, if they have.
fn progress(
    conn: &mut DbConn,
    organisation_id: i32,
    user_id: i32,
) -> Result<Vec<(Module, Option<NaiveDate>)>, Error> {
    let rows: Vec<(ModuleRow, Option<NaiveDate>)> = training_modules::table
        .left_join(
            training_completions::table.on(training_completions::module_id
                .eq(training_modules::id)
                .and(training_completions::user_id.eq(user_id))),
        )
        .filter(training_modules::organisation_id.eq(organisation_id))
        .select((
            (
                training_modules::id,
                training_modules::seed_key,
                training_modules::title,
                training_modules::required,
            ),
            training_completions::completed_on.nullable(),
        ))
        .order(training_modules::id)
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(module, done)| (Module::of(module), done))
        .collect())
}

/// One line of a volunteer's training checklist.
#[derive(Debug, Serialize)]
pub struct ChecklistItem {
    #[serde(flatten)]
    pub module: Module,
    /// The day it was completed, in the reader's format; `None` while it is not done.
    pub completed_on: Option<String>,
}

pub fn checklist(
    conn: &mut DbConn,
    organisation_id: i32,
    user_id: i32,
    locale: Locale,
) -> Result<Vec<ChecklistItem>, Error> {
    Ok(progress(conn, organisation_id, user_id)?
        .into_iter()
        .map(|(module, done)| ChecklistItem {
            module,
            completed_on: done.map(|date| format_date(locale, date)),
        })
        .collect())
}

/// The required modules `user_id` has not completed: what stands between them and `active`.
pub fn missing_required(
    conn: &mut DbConn,
    organisation_id: i32,
    user_id: i32,
) -> Result<Vec<Module>, Error> {
    Ok(progress(conn, organisation_id, user_id)?
        .into_iter()
        .filter(|(module, done)| module.required && done.is_none())
        .map(|(module, _)| module)
        .collect())
}

/// Stores a completion; a second one for the same module replaces the first.
pub fn complete(
    conn: &mut DbConn,
    module_id: i32,
    user_id: i32,
    completed_on: NaiveDate,
    by: i32,
) -> Result<(), Error> {
    let this = training_completions::table
        .filter(training_completions::module_id.eq(module_id))
        .filter(training_completions::user_id.eq(user_id));
    diesel::delete(this).execute(conn)?;
    diesel::insert_into(training_completions::table)
        .values((
            training_completions::module_id.eq(module_id),
            training_completions::user_id.eq(user_id),
            training_completions::completed_on.eq(completed_on),
            training_completions::recorded_by.eq(by),
            training_completions::recorded_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// A coordinator records that a volunteer of their organisation completed a module of the
/// same organisation. `Error::NotFound` when either belongs to another organisation.
pub fn record_completion(
    conn: &mut DbConn,
    organisation_id: i32,
    module_id: i32,
    user_id: i32,
    completed_on: NaiveDate,
    by: i32,
) -> Result<(), Error> {
    write_tx(conn, |conn| {
        let ours: i64 = training_modules::table
            .filter(training_modules::id.eq(module_id))
            .filter(training_modules::organisation_id.eq(organisation_id))
            .count()
            .get_result(conn)?;
        if ours == 0 || !volunteers::belongs_to(conn, organisation_id, user_id)? {
            return Err(Error::NotFound);
        }
        complete(conn, module_id, user_id, completed_on, by)?;
        audit::record(
            conn,
            Some(organisation_id),
            Some(by),
            Action::TrainingRecorded,
            Subject::User(user_id),
        )
    })
}
