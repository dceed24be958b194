//! Sites: the places where volunteers help (drop-in centres, food-aid distributions,
//! libraries). A site's short public code names it in URLs, posters and ticket codes.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use crate::db::schema::{organisations, sites};
use crate::db::DbConn;
use crate::error::Error;
use crate::stored_enum;

stored_enum! {
    pub enum SiteKind {
        DropIn = "drop_in",
        FoodAid = "food_aid",
        Library = "library",
        Other = "other",
    }
}

pub struct NewSite<'a> {
    pub organisation_id: i32,
    pub name: &'a str,
    pub kind: SiteKind,
    pub address: &'a str,
    pub public_code: &'a str,
    /// When the site is open and how to find the helpers, for people seeking help.
    pub opening_notes: &'a str,
}

pub fn create(conn: &mut DbConn, site: &NewSite<'_>, now: NaiveDateTime) -> Result<i32, Error> {
    let id = diesel::insert_into(sites::table)
        .values((
            sites::organisation_id.eq(site.organisation_id),
            sites::name.eq(site.name),
            sites::kind.eq(site.kind.as_str()),
            sites::address.eq(site.address),
            sites::public_code.eq(site.public_code),
            sites::opening_notes.eq(site.opening_notes),
            sites::created_at.eq(now),
        ))
        .returning(sites::id)
        .get_result(conn)?;
    Ok(id)
}

/// A site's name and its short public code (the queue address `/s/<code>`).
#[derive(Debug, Clone, Queryable, Serialize)]
pub struct SiteLink {
    pub id: i32,
    pub name: String,
    pub public_code: String,
}

/// The organisation's sites, by name.
pub fn links_of(conn: &mut DbConn, organisation_id: i32) -> Result<Vec<SiteLink>, Error> {
    Ok(sites::table
        .filter(sites::organisation_id.eq(organisation_id))
        .order((sites::name, sites::id))
        .select((sites::id, sites::name, sites::public_code))
        .load(conn)?)
}

/// A site as anyone may see it: no staff or volunteer data.
#[derive(Debug, Clone, Queryable)]
pub struct PublicSite {
    pub name: String,
    pub public_code: String,
    #[diesel(deserialize_as = String)]
    pub kind: SiteKind,
    pub address: String,
    pub organisation: String,
}

pub fn public_list(conn: &mut DbConn) -> Result<Vec<PublicSite>, Error> {
    Ok(sites::table
        .inner_join(organisations::table)
        .select((
            sites::name,
            sites::public_code,
            sites::kind,
            sites::address,
            organisations::name,
        ))
        .order((sites::name, sites::id))
        .load(conn)?)
}
