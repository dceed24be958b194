//! Organisations: the associations and city units that run a digikaveri programme. Every
//! site, shift and volunteer belongs to exactly one. Admins create them.

pub mod routes;

use diesel::prelude::*;

use crate::auth::tokens::new_token;
use crate::db::schema::{organisations, users};
use crate::db::{now, DbConn};
use crate::error::Error;
use crate::training;

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
pub fn create(conn: &mut DbConn, name: &str, slug: &str) -> Result<Organisation, Error> {
    let organisation: Organisation = diesel::insert_into(organisations::table)
        .values((
            organisations::name.eq(name.trim()),
            organisations::slug.eq(slug),
            organisations::join_code.eq(new_join_code()),
            organisations::created_at.eq(now()),
        ))
        .returning((organisations::id, organisations::name, organisations::slug))
        .get_result(conn)?;
    training::seed_modules(conn, organisation.id)?;
    Ok(organisation)
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

/// A new join code; the old link stops working at once.
pub fn renew_join_code(conn: &mut DbConn, id: i32) -> Result<(), Error> {
    diesel::update(organisations::table.find(id))
        .set(organisations::join_code.eq(new_join_code()))
        .execute(conn)?;
    Ok(())
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
#[derive(Debug, serde::Serialize)]
pub struct OrganisationSummary {
    pub id: i32,
    pub name: String,
    pub coordinators: i64,
    pub volunteers: i64,
}

pub fn summaries(conn: &mut DbConn) -> Result<Vec<OrganisationSummary>, Error> {
    let all: Vec<(i32, String)> = organisations::table
        .select((organisations::id, organisations::name))
        .order(organisations::name)
        .load(conn)?;
    let counts: Vec<(Option<i32>, String, i64)> = users::table
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
        .map(|(id, name)| {
            let of = |role: &str| {
                counts
                    .iter()
                    .find(|(o, r, _)| *o == Some(id) && r == role)
                    .map_or(0, |(_, _, n)| *n)
            };
            OrganisationSummary {
                id,
                name,
                coordinators: of("coordinator"),
                volunteers: of("volunteer"),
            }
        })
        .collect())
}
