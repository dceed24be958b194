//! Sites: the places where volunteers help (drop-in centres, food-aid distributions,
//! libraries), run by their organisation's coordinators. A site's short public code names it
//! in URLs, posters and ticket codes; an earlier code still leads to the site for a while, so
//! an old poster keeps working. Opening and accessibility notes may be written in several
//! languages. A closed site takes no numbers and is not shown to the public.

pub mod directory;
pub mod routes;

use std::collections::HashMap;

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::{organisations, site_codes, site_tables, site_texts, sites};
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::privacy::audit::{self, Action, Actor, Subject};
use crate::staff_texts::Translations;
use crate::stored_enum;

stored_enum! {
    pub enum SiteKind {
        DropIn = "drop_in",
        FoodAid = "food_aid",
        Library = "library",
        Other = "other",
    }
}

stored_enum! {
    /// Which of a site's notes a text is.
    pub enum NoteField {
        Opening = "opening",
        Access = "access",
    }
}

/// An earlier public code leads to the site for this long after it was changed.
pub const OLD_CODE_KEPT: Duration = Duration::days(180);
pub const MAX_NAME: usize = 120;
pub const MAX_ADDRESS: usize = 200;
/// A site lists at most this many tables or desks.
pub const MAX_TABLES: usize = 30;
pub const MAX_TABLE_LABEL: usize = 30;

/// What is wrong with a public code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeProblem {
    /// Not 3 to 10 letters A-Z and digits, starting with a letter.
    Shape,
    /// Another site has it, now or recently.
    Taken,
}

/// A public code as stored: upper case; letters A-Z and digits, 3 to 10 of them, starting
/// with a letter (the letter before its ticket numbers).
pub fn checked_code(code: &str) -> Result<String, CodeProblem> {
    let code = code.trim().to_ascii_uppercase();
    let shaped = (3..=10).contains(&code.len())
        && code.starts_with(|c: char| c.is_ascii_uppercase())
        && code
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    if shaped {
        Ok(code)
    } else {
        Err(CodeProblem::Shape)
    }
}

/// A site as its organisation sees it.
#[derive(Debug, Clone, PartialEq, Queryable)]
pub struct Site {
    pub id: i32,
    pub organisation_id: i32,
    pub name: String,
    #[diesel(deserialize_as = String)]
    pub kind: SiteKind,
    pub address: String,
    pub public_code: String,
    pub closed_at: Option<NaiveDateTime>,
    pub queue_paused: bool,
    /// The matching engine confirms its own suggestions here (`queue::duty::settle`).
    pub auto_match: bool,
}

impl Site {
    pub fn is_open(&self) -> bool {
        self.closed_at.is_none()
    }
}

macro_rules! site_columns {
    () => {
        (
            sites::id,
            sites::organisation_id,
            sites::name,
            sites::kind,
            sites::address,
            sites::public_code,
            sites::closed_at,
            sites::queue_paused,
            sites::auto_match,
        )
    };
}

/// A site as a coordinator writes it.
#[derive(Debug, Clone, Default)]
pub struct SiteDraft {
    pub name: String,
    pub kind: Option<SiteKind>,
    pub address: String,
    /// Checked with `checked_code`.
    pub public_code: String,
    pub opening: Translations,
    pub access: Translations,
    /// The tables or desks, in order; empty when the site has none to choose from.
    pub tables: Vec<String>,
}

/// A new site of the organisation (seeds, tests and the coordinator's form).
pub struct NewSite<'a> {
    pub organisation_id: i32,
    pub name: &'a str,
    pub kind: SiteKind,
    pub address: &'a str,
    pub public_code: &'a str,
    pub opening: Translations,
}

/// Stores a site; the caller has checked the code and its shape.
pub fn create(conn: &mut DbConn, site: &NewSite<'_>, now: NaiveDateTime) -> Result<i32, Error> {
    write_tx(conn, |conn| {
        let id = diesel::insert_into(sites::table)
            .values((
                sites::organisation_id.eq(site.organisation_id),
                sites::name.eq(site.name.trim()),
                sites::kind.eq(site.kind.as_str()),
                sites::address.eq(site.address.trim()),
                sites::public_code.eq(site.public_code),
                sites::created_at.eq(now),
            ))
            .returning(sites::id)
            .get_result(conn)?;
        set_texts(conn, id, NoteField::Opening, &site.opening)?;
        Ok(id)
    })
}

/// Whether a code is free: no site has it now, and none had it within `OLD_CODE_KEPT`
/// (except `site_id` itself).
fn code_is_free(
    conn: &mut DbConn,
    code: &str,
    site_id: Option<i32>,
    now: NaiveDateTime,
) -> Result<bool, Error> {
    let current: Option<i32> = sites::table
        .filter(sites::public_code.eq(code))
        .select(sites::id)
        .first(conn)
        .optional()?;
    let earlier: Option<i32> = site_codes::table
        .filter(site_codes::code.eq(code))
        .filter(site_codes::replaced_at.gt(now - OLD_CODE_KEPT))
        .select(site_codes::site_id)
        .first(conn)
        .optional()?;
    let other = |owner: Option<i32>| owner.is_some_and(|owner| Some(owner) != site_id);
    Ok(!other(current) && !other(earlier))
}

/// A coordinator adds a site to their organisation. Refused when the code is taken.
pub fn add(
    conn: &mut DbConn,
    by: Actor,
    organisation_id: i32,
    draft: &SiteDraft,
    now: NaiveDateTime,
) -> Result<Result<i32, CodeProblem>, Error> {
    let code = match checked_code(&draft.public_code) {
        Ok(code) => code,
        Err(problem) => return Ok(Err(problem)),
    };
    let added = write_tx(conn, |conn| {
        if !code_is_free(conn, &code, None, now)? {
            return Ok(Err(CodeProblem::Taken));
        }
        let new = NewSite {
            organisation_id,
            name: &draft.name,
            kind: draft.kind.unwrap_or(SiteKind::Other),
            address: &draft.address,
            public_code: &code,
            opening: draft.opening.clone(),
        };
        let id = create(conn, &new, now)?;
        set_texts(conn, id, NoteField::Access, &draft.access)?;
        set_tables(conn, id, &draft.tables)?;
        let entry = by.did_in(organisation_id, Action::SiteCreated, Subject::Site(id));
        audit::record(conn, entry, now)?;
        Ok(Ok(id))
    });
    unique_code_race(added)
}

/// Two coordinators taking one code at the same moment: the second is told it is taken.
fn unique_code_race<T>(
    outcome: Result<Result<T, CodeProblem>, Error>,
) -> Result<Result<T, CodeProblem>, Error> {
    use diesel::result::{DatabaseErrorKind, Error as DieselError};
    match outcome {
        Err(Error::Query(DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _))) => {
            Ok(Err(CodeProblem::Taken))
        }
        other => other,
    }
}

/// A coordinator changes a site of their organisation (`Error::NotFound` for another's). A
/// new code keeps the old one leading here for `OLD_CODE_KEPT`.
pub fn update(
    conn: &mut DbConn,
    by: Actor,
    organisation_id: i32,
    site_id: i32,
    draft: &SiteDraft,
    now: NaiveDateTime,
) -> Result<Result<(), CodeProblem>, Error> {
    let code = match checked_code(&draft.public_code) {
        Ok(code) => code,
        Err(problem) => return Ok(Err(problem)),
    };
    let updated = write_tx(conn, |conn| {
        let site = find(conn, organisation_id, site_id)?.ok_or(Error::NotFound)?;
        if code != site.public_code {
            if !code_is_free(conn, &code, Some(site.id), now)? {
                return Ok(Err(CodeProblem::Taken));
            }
            diesel::delete(site_codes::table.filter(site_codes::code.eq(&code))).execute(conn)?;
            diesel::insert_into(site_codes::table)
                .values((
                    site_codes::code.eq(&site.public_code),
                    site_codes::site_id.eq(site.id),
                    site_codes::replaced_at.eq(now),
                ))
                .execute(conn)?;
        }
        diesel::update(sites::table.find(site.id))
            .set((
                sites::name.eq(draft.name.trim()),
                sites::kind.eq(draft.kind.unwrap_or(site.kind).as_str()),
                sites::address.eq(draft.address.trim()),
                sites::public_code.eq(&code),
            ))
            .execute(conn)?;
        set_texts(conn, site.id, NoteField::Opening, &draft.opening)?;
        set_texts(conn, site.id, NoteField::Access, &draft.access)?;
        set_tables(conn, site.id, &draft.tables)?;
        let entry = by.did_in(organisation_id, Action::SiteChanged, Subject::Site(site.id));
        audit::record(conn, entry, now)?;
        Ok(Ok(()))
    });
    unique_code_race(updated)
}

/// Closes (`open == false`) or reopens a site of the organisation. A closed site takes no
/// numbers, is not listed for the public and gets no new shifts; its history stays.
pub fn set_open(
    conn: &mut DbConn,
    by: Actor,
    organisation_id: i32,
    site_id: i32,
    open: bool,
    now: NaiveDateTime,
) -> Result<(), Error> {
    write_tx(conn, |conn| {
        find(conn, organisation_id, site_id)?.ok_or(Error::NotFound)?;
        diesel::update(sites::table.find(site_id))
            .set(sites::closed_at.eq((!open).then_some(now)))
            .execute(conn)?;
        let action = if open {
            Action::SiteReopened
        } else {
            Action::SiteClosed
        };
        audit::record(
            conn,
            by.did_in(organisation_id, action, Subject::Site(site_id)),
            now,
        )
    })
}

/// Pauses taking numbers at a site of the organisation, or lets it go on.
pub fn set_queue_paused(
    conn: &mut DbConn,
    organisation_id: i32,
    site_id: i32,
    paused: bool,
) -> Result<(), Error> {
    let changed = diesel::update(
        sites::table
            .filter(sites::id.eq(site_id))
            .filter(sites::organisation_id.eq(organisation_id)),
    )
    .set(sites::queue_paused.eq(paused))
    .execute(conn)?;
    if changed == 0 {
        return Err(Error::NotFound);
    }
    Ok(())
}

/// Lets the matching engine confirm its own suggestions at a site of the organisation, or
/// leaves each to a person on the board. Audited: it changes who decides.
pub fn set_auto_match(
    conn: &mut DbConn,
    by: Actor,
    organisation_id: i32,
    site_id: i32,
    on: bool,
    now: NaiveDateTime,
) -> Result<(), Error> {
    write_tx(conn, |conn| {
        let site = find(conn, organisation_id, site_id)?.ok_or(Error::NotFound)?;
        if site.auto_match == on {
            return Ok(());
        }
        diesel::update(sites::table.find(site_id))
            .set(sites::auto_match.eq(on))
            .execute(conn)?;
        let action = if on {
            Action::AutoMatchOn
        } else {
            Action::AutoMatchOff
        };
        audit::record(
            conn,
            by.did_in(organisation_id, action, Subject::Site(site_id)),
            now,
        )
    })
}

/// A site of this organisation, or `None`.
pub fn find(conn: &mut DbConn, organisation_id: i32, id: i32) -> Result<Option<Site>, Error> {
    Ok(sites::table
        .filter(sites::id.eq(id))
        .filter(sites::organisation_id.eq(organisation_id))
        .select(site_columns!())
        .first(conn)
        .optional()?)
}

/// The site with this id, whichever organisation it belongs to (for a ticket's own site).
pub fn by_id(conn: &mut DbConn, id: i32) -> Result<Site, Error> {
    Ok(sites::table.find(id).select(site_columns!()).first(conn)?)
}

/// The organisation's sites, open ones first, by name.
pub fn of_organisation(conn: &mut DbConn, organisation_id: i32) -> Result<Vec<Site>, Error> {
    let mut all: Vec<Site> = sites::table
        .filter(sites::organisation_id.eq(organisation_id))
        .order((sites::name, sites::id))
        .select(site_columns!())
        .load(conn)?;
    all.sort_by_key(|site| !site.is_open());
    Ok(all)
}

/// What a public code leads to.
#[derive(Debug, Clone)]
pub enum ByCode {
    Site(Site),
    /// An earlier code of a site, which now has this one.
    Moved(String),
}

/// The site a public code names now, or the site's new code for an earlier one.
pub fn by_code(conn: &mut DbConn, code: &str, now: NaiveDateTime) -> Result<Option<ByCode>, Error> {
    let code = code.trim().to_ascii_uppercase();
    let site: Option<Site> = sites::table
        .filter(sites::public_code.eq(&code))
        .select(site_columns!())
        .first(conn)
        .optional()?;
    if let Some(site) = site {
        return Ok(Some(ByCode::Site(site)));
    }
    let moved: Option<String> = site_codes::table
        .inner_join(sites::table)
        .filter(site_codes::code.eq(&code))
        .filter(site_codes::replaced_at.gt(now - OLD_CODE_KEPT))
        .select(sites::public_code)
        .first(conn)
        .optional()?;
    Ok(moved.map(ByCode::Moved))
}

fn set_texts(
    conn: &mut DbConn,
    site_id: i32,
    field: NoteField,
    texts: &Translations,
) -> Result<(), Error> {
    diesel::delete(
        site_texts::table
            .filter(site_texts::site_id.eq(site_id))
            .filter(site_texts::field.eq(field.as_str())),
    )
    .execute(conn)?;
    for (locale, body) in texts.iter() {
        diesel::insert_into(site_texts::table)
            .values((
                site_texts::site_id.eq(site_id),
                site_texts::field.eq(field.as_str()),
                site_texts::locale.eq(locale),
                site_texts::body.eq(body),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// A site's opening and accessibility notes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SiteNotes {
    pub opening: Translations,
    pub access: Translations,
}

#[derive(Queryable)]
struct TextRow {
    site_id: i32,
    #[diesel(deserialize_as = String)]
    field: NoteField,
    locale: String,
    body: String,
}

/// The notes of each of these sites.
pub fn notes_of(conn: &mut DbConn, ids: &[i32]) -> Result<HashMap<i32, SiteNotes>, Error> {
    let rows: Vec<TextRow> = site_texts::table
        .filter(site_texts::site_id.eq_any(ids))
        .select((
            site_texts::site_id,
            site_texts::field,
            site_texts::locale,
            site_texts::body,
        ))
        .load(conn)?;
    let mut pairs: HashMap<(i32, NoteField), Vec<(String, String)>> = HashMap::new();
    for row in rows {
        pairs
            .entry((row.site_id, row.field))
            .or_default()
            .push((row.locale, row.body));
    }
    let mut notes: HashMap<i32, SiteNotes> = HashMap::new();
    for ((site, field), texts) in pairs {
        let entry = notes.entry(site).or_default();
        match field {
            NoteField::Opening => entry.opening = Translations::new(texts),
            NoteField::Access => entry.access = Translations::new(texts),
        }
    }
    Ok(notes)
}

/// One table or desk of a site.
#[derive(Debug, Clone, Queryable, PartialEq, Eq)]
pub struct SiteTable {
    pub id: i32,
    pub label: String,
}

/// Replaces the site's tables, keeping the rows of labels that stay (volunteers sitting at
/// them keep their table).
fn set_tables(conn: &mut DbConn, site_id: i32, labels: &[String]) -> Result<(), Error> {
    let labels: Vec<&str> = labels
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect();
    diesel::delete(
        site_tables::table
            .filter(site_tables::site_id.eq(site_id))
            .filter(site_tables::label.ne_all(&labels)),
    )
    .execute(conn)?;
    for (position, label) in labels.iter().enumerate() {
        let moved = diesel::update(
            site_tables::table
                .filter(site_tables::site_id.eq(site_id))
                .filter(site_tables::label.eq(label)),
        )
        .set(site_tables::position.eq(position as i32))
        .execute(conn)?;
        if moved == 0 {
            diesel::insert_into(site_tables::table)
                .values((
                    site_tables::site_id.eq(site_id),
                    site_tables::label.eq(label),
                    site_tables::position.eq(position as i32),
                ))
                .execute(conn)?;
        }
    }
    Ok(())
}

/// The site's tables in their order.
pub fn tables(conn: &mut DbConn, site_id: i32) -> Result<Vec<SiteTable>, Error> {
    Ok(site_tables::table
        .filter(site_tables::site_id.eq(site_id))
        .order(site_tables::position)
        .select((site_tables::id, site_tables::label))
        .load(conn)?)
}

/// A site's name and its short public code (the queue address `/s/<code>`).
#[derive(Debug, Clone, Queryable, serde::Serialize)]
pub struct SiteLink {
    pub id: i32,
    pub name: String,
    pub public_code: String,
}

/// A site in a form's list of sites, chosen or not.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SiteChoice {
    pub id: i32,
    pub name: String,
    pub selected: bool,
}

/// The organisation's open sites, by name.
pub fn links_of(conn: &mut DbConn, organisation_id: i32) -> Result<Vec<SiteLink>, Error> {
    Ok(sites::table
        .filter(sites::organisation_id.eq(organisation_id))
        .filter(sites::closed_at.is_null())
        .order((sites::name, sites::id))
        .select((sites::id, sites::name, sites::public_code))
        .load(conn)?)
}

/// A site as anyone may see it: no staff or volunteer data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicSite {
    pub name: String,
    pub public_code: String,
    pub kind: SiteKind,
    pub address: String,
    pub organisation: String,
    pub notes: SiteNotes,
}

#[derive(Queryable)]
struct PublicRow {
    id: i32,
    name: String,
    public_code: String,
    #[diesel(deserialize_as = String)]
    kind: SiteKind,
    address: String,
    organisation: String,
}

/// Every open site, by name.
pub fn public_list(conn: &mut DbConn) -> Result<Vec<PublicSite>, Error> {
    let rows: Vec<PublicRow> = sites::table
        .inner_join(organisations::table)
        .filter(sites::closed_at.is_null())
        .select((
            sites::id,
            sites::name,
            sites::public_code,
            sites::kind,
            sites::address,
            organisations::name,
        ))
        .order((sites::name, sites::id))
        .load(conn)?;
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let mut notes = notes_of(conn, &ids)?;
    Ok(rows
        .into_iter()
        .map(|row| PublicSite {
            notes: notes.remove(&row.id).unwrap_or_default(),
            name: row.name,
            public_code: row.public_code,
            kind: row.kind,
            address: row.address,
            organisation: row.organisation,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_codes_are_short_letters_and_digits_starting_with_a_letter() {
        assert_eq!(checked_code(" olari2 "), Ok("OLARI2".to_owned()));
        for bad in [
            "OL",
            "2OLARI",
            "OLA RI",
            "ÖLARI",
            "ABCDEFGHIJK",
            "OL-ARI",
            "",
        ] {
            assert_eq!(checked_code(bad), Err(CodeProblem::Shape), "{bad}");
        }
    }
}
