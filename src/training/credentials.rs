//! External credentials: badges and courses a volunteer earned elsewhere (a national
//! digital-skills badge, a course certificate), as name, issuer, date and an optional link.
//! Badge names are data the volunteer types, never a fixed list (DOMAIN.md, skills item 5).

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::credentials;
use crate::db::DbConn;
use crate::error::Error;

/// The longest name or issuer.
pub const MAX_TEXT: usize = 120;

pub struct NewCredential<'a> {
    pub name: &'a str,
    pub issuer: &'a str,
    pub issued_on: NaiveDate,
    /// Checked to be an `http(s)` address by the form; empty means none.
    pub link: &'a str,
}

pub fn add(
    conn: &mut DbConn,
    user_id: i32,
    new: &NewCredential<'_>,
    now: NaiveDateTime,
) -> Result<i32, Error> {
    let link = Some(new.link.trim()).filter(|l| !l.is_empty());
    Ok(diesel::insert_into(credentials::table)
        .values((
            credentials::user_id.eq(user_id),
            credentials::name.eq(new.name.trim()),
            credentials::issuer.eq(new.issuer.trim()),
            credentials::issued_on.eq(new.issued_on),
            credentials::link.eq(link),
            credentials::created_at.eq(now),
        ))
        .returning(credentials::id)
        .get_result(conn)?)
}

/// Deletes one of `user_id`'s own credentials; `Error::NotFound` for anyone else's.
pub fn delete_own(conn: &mut DbConn, user_id: i32, id: i32) -> Result<(), Error> {
    let deleted = diesel::delete(
        credentials::table
            .filter(credentials::id.eq(id))
            .filter(credentials::user_id.eq(user_id)),
    )
    .execute(conn)?;
    if deleted == 0 {
        return Err(Error::NotFound);
    }
    Ok(())
}

#[derive(Debug, Clone, Queryable)]
pub struct Credential {
    pub id: i32,
    pub name: String,
    pub issuer: String,
    pub issued_on: NaiveDate,
    pub link: Option<String>,
}

/// A volunteer's credentials, newest first.
pub fn list(conn: &mut DbConn, user_id: i32) -> Result<Vec<Credential>, Error> {
    Ok(credentials::table
        .filter(credentials::user_id.eq(user_id))
        .select((
            credentials::id,
            credentials::name,
            credentials::issuer,
            credentials::issued_on,
            credentials::link,
        ))
        .order((credentials::issued_on.desc(), credentials::id.desc()))
        .load(conn)?)
}
