//! Training: the modules each organisation runs, required or optional, and which volunteer
//! completed which. A volunteer becomes active only when every required module is done.
//! External credentials (badges, courses) live in `credentials`.

pub mod credentials;
pub mod routes;
pub mod session_routes;
pub mod sessions;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::{training_completions, training_modules};
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::privacy::audit::{self, Action, Actor, Subject};
use crate::users;

/// The modules every new organisation starts with, as (seed key, required). Pages show them
/// in the reader's language.
pub const SEED_MODULES: [(&str, bool); 4] = [
    ("role", true),
    ("ethics", true),
    ("data-protection", true),
    ("security", false),
];

/// The longest title a coordinator may give a module.
pub const MAX_TITLE: usize = 120;

/// One module of an organisation.
#[derive(Debug, Clone, Queryable)]
pub struct Module {
    pub id: i32,
    /// Set for the seed modules, whose titles are translated; `None` for one a coordinator
    /// added.
    pub seed_key: Option<String>,
    /// The title a coordinator typed; empty for seed modules.
    pub title: String,
    pub required: bool,
}

/// Creates the seed modules; called once for every new organisation.
pub fn seed_modules(
    conn: &mut DbConn,
    organisation_id: i32,
    now: NaiveDateTime,
) -> Result<(), Error> {
    for (key, required) in SEED_MODULES {
        diesel::insert_into(training_modules::table)
            .values((
                training_modules::organisation_id.eq(organisation_id),
                training_modules::seed_key.eq(key),
                training_modules::required.eq(required),
                training_modules::created_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The organisation's modules in the order they were made (the seed first).
pub fn modules(conn: &mut DbConn, organisation_id: i32) -> Result<Vec<Module>, Error> {
    Ok(training_modules::table
        .filter(training_modules::organisation_id.eq(organisation_id))
        .select((
            training_modules::id,
            training_modules::seed_key,
            training_modules::title,
            training_modules::required,
        ))
        .order(training_modules::id)
        .load(conn)?)
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
    by: Actor,
    organisation_id: i32,
    title: &str,
    required: bool,
    now: NaiveDateTime,
) -> Result<i32, Error> {
    write_tx(conn, |conn| {
        let id = diesel::insert_into(training_modules::table)
            .values((
                training_modules::organisation_id.eq(organisation_id),
                training_modules::title.eq(title.trim()),
                training_modules::required.eq(required),
                training_modules::created_at.eq(now),
            ))
            .returning(training_modules::id)
            .get_result(conn)?;
        let subject = Subject::TrainingModule(id);
        let entry = by.did_in(organisation_id, Action::TrainingModuleAdded, subject);
        audit::record(conn, entry, now)?;
        Ok(id)
    })
}

/// Makes a required module optional or the other way round. `Error::NotFound` when this
/// organisation has no such module.
pub fn toggle_required(
    conn: &mut DbConn,
    by: Actor,
    organisation_id: i32,
    module_id: i32,
    now: NaiveDateTime,
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
        let entry = by.did_in(organisation_id, Action::TrainingModuleChanged, subject);
        audit::record(conn, entry, now)
    })
}

/// One line of a volunteer's training checklist.
#[derive(Debug, Clone, Queryable)]
pub struct ChecklistItem {
    pub module: Module,
    /// `None` while it is not done.
    pub completed_on: Option<NaiveDate>,
}

/// Every module of the organisation with the day `user_id` completed it, if they have.
pub fn checklist(
    conn: &mut DbConn,
    organisation_id: i32,
    user_id: i32,
) -> Result<Vec<ChecklistItem>, Error> {
    Ok(training_modules::table
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
        .load(conn)?)
}

/// The required modules `user_id` has not completed: what stands between them and `active`.
pub fn missing_required(
    conn: &mut DbConn,
    organisation_id: i32,
    user_id: i32,
) -> Result<Vec<Module>, Error> {
    Ok(checklist(conn, organisation_id, user_id)?
        .into_iter()
        .filter(|item| item.module.required && item.completed_on.is_none())
        .map(|item| item.module)
        .collect())
}

/// Stores a completion recorded by `by_user`; a second one for the same module replaces the
/// first.
pub fn complete(
    conn: &mut DbConn,
    module_id: i32,
    user_id: i32,
    completed_on: NaiveDate,
    by_user: i32,
    now: NaiveDateTime,
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
            training_completions::recorded_by.eq(by_user),
            training_completions::recorded_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// A coordinator records that a volunteer of their organisation completed a module of the
/// same organisation. `Error::NotFound` when either belongs to another organisation.
pub fn record_completion(
    conn: &mut DbConn,
    by: Actor,
    organisation_id: i32,
    module_id: i32,
    user_id: i32,
    completed_on: NaiveDate,
    now: NaiveDateTime,
) -> Result<(), Error> {
    write_tx(conn, |conn| {
        let ours: i64 = training_modules::table
            .filter(training_modules::id.eq(module_id))
            .filter(training_modules::organisation_id.eq(organisation_id))
            .count()
            .get_result(conn)?;
        if ours == 0 || !users::is_volunteer_of(conn, organisation_id, user_id)? {
            return Err(Error::NotFound);
        }
        complete(conn, module_id, user_id, completed_on, by.user_id, now)?;
        let entry = by.did_in(
            organisation_id,
            Action::TrainingRecorded,
            Subject::User(user_id),
        );
        audit::record(conn, entry, now)
    })
}
