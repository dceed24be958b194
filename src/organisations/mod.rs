//! Organisations: the associations and city units that run a digikaveri programme. Every
//! site, shift and volunteer belongs to exactly one. Admins create them; their coordinators
//! choose the organisation's settings.

pub mod routes;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{organisations, users};
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::privacy::audit::{self, Action, Actor, Subject};
use crate::tokens::new_token;
use crate::training;
use crate::users::Role;

/// The longest organisation name.
pub const MAX_NAME: usize = 120;
/// Two weeks; the same bound as the column's check.
pub const MAX_WITHDRAW_LIMIT_HOURS: i32 = 336;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = organisations)]
pub struct Organisation {
    pub id: i32,
    pub name: String,
    pub slug: String,
}

/// The code in an organisation's join link: long enough not to be guessed, short enough to
/// read out.
fn new_join_code() -> String {
    new_token()[..20].to_owned()
}

/// A new organisation, with the seed training modules so that its volunteers can be trained
/// and made active from the first day.
pub fn create(
    conn: &mut DbConn,
    name: &str,
    slug: &str,
    now: NaiveDateTime,
) -> Result<Organisation, Error> {
    write_tx(conn, |conn| {
        let organisation: Organisation = diesel::insert_into(organisations::table)
            .values((
                organisations::name.eq(name.trim()),
                organisations::slug.eq(slug),
                organisations::join_code.eq(new_join_code()),
                organisations::created_at.eq(now),
            ))
            .returning((organisations::id, organisations::name, organisations::slug))
            .get_result(conn)?;
        training::seed_modules(conn, organisation.id, now)?;
        Ok(organisation)
    })
}

/// An admin creates an organisation under a unique slug made from its name.
pub fn create_by_admin(
    conn: &mut DbConn,
    admin: Actor,
    name: &str,
    now: NaiveDateTime,
) -> Result<Organisation, Error> {
    write_tx(conn, |conn| {
        let slug = unique_slug(conn, name)?;
        let organisation = create(conn, name, &slug, now)?;
        let subject = Subject::Organisation(organisation.id);
        let entry = admin.did_in(organisation.id, Action::OrganisationCreated, subject);
        audit::record(conn, entry, now)?;
        Ok(organisation)
    })
}

pub fn count(conn: &mut DbConn) -> Result<i64, Error> {
    Ok(organisations::table.count().get_result(conn)?)
}

pub fn find(conn: &mut DbConn, id: i32) -> Result<Option<Organisation>, Error> {
    Ok(organisations::table
        .find(id)
        .select(Organisation::as_select())
        .first(conn)
        .optional()?)
}

pub fn by_join_code(conn: &mut DbConn, code: &str) -> Result<Option<Organisation>, Error> {
    Ok(organisations::table
        .filter(organisations::join_code.eq(code))
        .select(Organisation::as_select())
        .first(conn)
        .optional()?)
}

pub fn join_code(conn: &mut DbConn, id: i32) -> Result<Option<String>, Error> {
    Ok(organisations::table
        .find(id)
        .select(organisations::join_code)
        .first(conn)?)
}

/// A coordinator renews the join link; the old link stops working at once.
pub fn renew_join_code(
    conn: &mut DbConn,
    by: Actor,
    organisation_id: i32,
    now: NaiveDateTime,
) -> Result<(), Error> {
    write_tx(conn, |conn| {
        diesel::update(organisations::table.find(organisation_id))
            .set(organisations::join_code.eq(new_join_code()))
            .execute(conn)?;
        let subject = Subject::Organisation(organisation_id);
        let entry = by.did_in(organisation_id, Action::JoinLinkRenewed, subject);
        audit::record(conn, entry, now)
    })
}

/// A URL-safe name from the organisation's name, unique among organisations.
pub fn unique_slug(conn: &mut DbConn, name: &str) -> Result<String, Error> {
    let base: String = name
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'ä' | 'å' => 'a',
            'ö' => 'o',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        })
        .collect::<String>()
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let base = if base.is_empty() {
        "organisation".to_owned()
    } else {
        base
    };
    let mut slug = base.clone();
    for n in 2.. {
        let taken: i64 = organisations::table
            .filter(organisations::slug.eq(&slug))
            .count()
            .get_result(conn)?;
        if taken == 0 {
            break;
        }
        slug = format!("{base}-{n}");
    }
    Ok(slug)
}

/// One row of the admin's list.
#[derive(Debug, Clone, serde::Serialize)]
pub struct OrganisationSummary {
    pub id: i32,
    pub name: String,
    pub coordinators: i64,
    pub volunteers: i64,
}

#[derive(Queryable)]
struct RoleCount {
    organisation_id: Option<i32>,
    #[diesel(deserialize_as = String)]
    role: Role,
    count: i64,
}

pub fn summaries(conn: &mut DbConn) -> Result<Vec<OrganisationSummary>, Error> {
    let all: Vec<Organisation> = organisations::table
        .select(Organisation::as_select())
        .order(organisations::name)
        .load(conn)?;
    let counts: Vec<RoleCount> = users::table
        .filter(users::organisation_id.is_not_null())
        .group_by((users::organisation_id, users::role))
        .select((
            users::organisation_id,
            users::role,
            diesel::dsl::count_star(),
        ))
        .load(conn)?;
    Ok(all
        .into_iter()
        .map(|organisation| {
            let of = |role: Role| {
                counts
                    .iter()
                    .find(|c| c.organisation_id == Some(organisation.id) && c.role == role)
                    .map_or(0, |c| c.count)
            };
            OrganisationSummary {
                id: organisation.id,
                name: organisation.name,
                coordinators: of(Role::Coordinator),
                volunteers: of(Role::Volunteer),
            }
        })
        .collect())
}

/// How many hours before a shift's start volunteers of the organisation can still withdraw.
pub fn withdraw_limit_hours(conn: &mut DbConn, organisation_id: i32) -> Result<i32, Error> {
    Ok(organisations::table
        .find(organisation_id)
        .select(organisations::withdraw_limit_hours)
        .first(conn)?)
}

/// The limit must be between 0 and `MAX_WITHDRAW_LIMIT_HOURS`; the caller checks it.
pub fn set_withdraw_limit_hours(
    conn: &mut DbConn,
    organisation_id: i32,
    hours: i32,
) -> Result<(), Error> {
    diesel::update(organisations::table.find(organisation_id))
        .set(organisations::withdraw_limit_hours.eq(hours))
        .execute(conn)?;
    Ok(())
}

/// Whether the organisation lets volunteers on duty use the queue board.
pub fn volunteers_may_match(conn: &mut DbConn, organisation_id: i32) -> Result<bool, Error> {
    Ok(organisations::table
        .find(organisation_id)
        .select(organisations::volunteers_may_match)
        .first(conn)?)
}

pub fn set_volunteers_may_match(
    conn: &mut DbConn,
    organisation_id: i32,
    allowed: bool,
) -> Result<(), Error> {
    diesel::update(organisations::table.find(organisation_id))
        .set(organisations::volunteers_may_match.eq(allowed))
        .execute(conn)?;
    Ok(())
}

/// How far a new organisation is in its first steps: a site, shifts, volunteers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FirstSteps {
    pub has_site: bool,
    pub has_shift: bool,
    pub has_volunteer: bool,
}

impl FirstSteps {
    pub fn done(self) -> bool {
        self.has_site && self.has_shift && self.has_volunteer
    }
}

pub fn first_steps(conn: &mut DbConn, organisation_id: i32) -> Result<FirstSteps, Error> {
    use crate::db::schema::{shifts, sites};
    let exists = |count: i64| count > 0;
    let sites: i64 = sites::table
        .filter(sites::organisation_id.eq(organisation_id))
        .count()
        .get_result(conn)?;
    let shifts: i64 = shifts::table
        .filter(shifts::organisation_id.eq(organisation_id))
        .count()
        .get_result(conn)?;
    let volunteers: i64 = users::table
        .filter(users::organisation_id.eq(organisation_id))
        .filter(users::role.eq(Role::Volunteer.as_str()))
        .count()
        .get_result(conn)?;
    Ok(FirstSteps {
        has_site: exists(sites),
        has_shift: exists(shifts),
        has_volunteer: exists(volunteers),
    })
}
