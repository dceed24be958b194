//! Sites: the places where volunteers help (drop-in centres, food-aid distributions,
//! libraries). A site's short public code names it in URLs, posters and ticket codes.

use diesel::prelude::*;
use serde::Serialize;

use crate::db::schema::{organisations, sites};
use crate::db::{now, DbConn};
use crate::error::Error;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SiteKind {
    DropIn,
    FoodAid,
    Library,
    Other,
}

impl SiteKind {
    pub const ALL: [SiteKind; 4] = [
        SiteKind::DropIn,
        SiteKind::FoodAid,
        SiteKind::Library,
        SiteKind::Other,
    ];

    /// The value stored in `sites.kind`.
    pub fn as_str(self) -> &'static str {
        match self {
            SiteKind::DropIn => "drop_in",
            SiteKind::FoodAid => "food_aid",
            SiteKind::Library => "library",
            SiteKind::Other => "other",
        }
    }

    pub fn parse(value: &str) -> Option<SiteKind> {
        SiteKind::ALL.into_iter().find(|k| k.as_str() == value)
    }

    /// The Fluent id of the kind's name.
    pub fn label_id(self) -> &'static str {
        match self {
            SiteKind::DropIn => "site-kind-drop-in",
            SiteKind::FoodAid => "site-kind-food-aid",
            SiteKind::Library => "site-kind-library",
            SiteKind::Other => "site-kind-other",
        }
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

pub fn create(conn: &mut DbConn, site: &NewSite<'_>) -> Result<i32, Error> {
    let id = diesel::insert_into(sites::table)
        .values((
            sites::organisation_id.eq(site.organisation_id),
            sites::name.eq(site.name),
            sites::kind.eq(site.kind.as_str()),
            sites::address.eq(site.address),
            sites::public_code.eq(site.public_code),
            sites::opening_notes.eq(site.opening_notes),
            sites::created_at.eq(now()),
        ))
        .returning(sites::id)
        .get_result(conn)?;
    Ok(id)
}

/// A site's name and its short public code (the queue address `/s/<code>`).
#[derive(Debug, Serialize)]
pub struct SiteLink {
    pub name: String,
    pub public_code: String,
}

pub fn links_of(conn: &mut DbConn, organisation_id: i32) -> Result<Vec<SiteLink>, Error> {
    let rows: Vec<(String, String)> = sites::table
        .filter(sites::organisation_id.eq(organisation_id))
        .order(sites::name)
        .select((sites::name, sites::public_code))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(name, public_code)| SiteLink { name, public_code })
        .collect())
}

/// A site as anyone may see it: no staff or volunteer data.
#[derive(Debug, Serialize)]
pub struct PublicSite {
    pub name: String,
    pub public_code: String,
    pub kind_label: &'static str,
    pub address: String,
    pub organisation: String,
}

pub fn public_list(conn: &mut DbConn) -> Result<Vec<PublicSite>, Error> {
    let rows: Vec<(String, String, String, String, String)> = sites::table
        .inner_join(organisations::table)
        .select((
            sites::name,
            sites::public_code,
            sites::kind,
            sites::address,
            organisations::name,
        ))
        .order((sites::name, sites::id))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(
            |(name, public_code, kind, address, organisation)| PublicSite {
                name,
                public_code,
                kind_label: SiteKind::parse(&kind).unwrap_or(SiteKind::Other).label_id(),
                address,
                organisation,
            },
        )
        .collect())
}
