//! People with an account: admins of the installation, coordinators (staff of one
//! organisation) and volunteers (members of one organisation). People seeking help have none.

pub mod password;
pub mod routes;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::checks::{self, Problem};
use crate::db::schema::users;
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::privacy::audit::{self, Action, Actor, Entry, Subject};
use crate::stored_enum;

stored_enum! {
    pub enum Role {
        Admin = "admin",
        Coordinator = "coordinator",
        Volunteer = "volunteer",
    }
}

stored_enum! {
    /// A volunteer's place in the programme: applicant -> in training -> active -> paused ->
    /// left. Staff accounts are always `active`.
    pub enum Status {
        Applicant = "applicant",
        InTraining = "in_training",
        Active = "active",
        Paused = "paused",
        Left = "left",
    }
}

/// The longest display name.
pub const MAX_NAME: usize = 80;

pub struct NewUser<'a> {
    pub organisation_id: Option<i32>,
    pub role: Role,
    pub status: Status,
    pub email: &'a str,
    pub display_name: &'a str,
    pub password: &'a str,
    pub locale: &'a str,
    pub phone: Option<&'a str>,
}

/// Emails are kept trimmed and in lower case, so that sign-in does not depend on how the
/// address was typed.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// Stores the user with an Argon2id hash of the password.
pub fn create(conn: &mut DbConn, user: &NewUser<'_>, now: NaiveDateTime) -> Result<i32, Error> {
    let hash = password::hash(user.password)?;
    let hashed = HashedUser {
        organisation_id: user.organisation_id,
        role: user.role,
        status: user.status,
        email: user.email,
        display_name: user.display_name,
        password_hash: &hash,
        locale: user.locale,
        phone: user.phone,
    };
    create_hashed(conn, &hashed, now)
}

/// A user whose password was hashed earlier (someone who asked to join and opened their link).
pub struct HashedUser<'a> {
    pub organisation_id: Option<i32>,
    pub role: Role,
    pub status: Status,
    pub email: &'a str,
    pub display_name: &'a str,
    pub password_hash: &'a str,
    pub locale: &'a str,
    pub phone: Option<&'a str>,
}

pub fn create_hashed(
    conn: &mut DbConn,
    user: &HashedUser<'_>,
    now: NaiveDateTime,
) -> Result<i32, Error> {
    Ok(diesel::insert_into(users::table)
        .values((
            users::organisation_id.eq(user.organisation_id),
            users::role.eq(user.role.as_str()),
            users::status.eq(user.status.as_str()),
            users::email.eq(normalise_email(user.email)),
            users::display_name.eq(user.display_name.trim()),
            users::password_hash.eq(user.password_hash),
            users::locale.eq(user.locale),
            users::phone.eq(user.phone.map(str::trim).filter(|p| !p.is_empty())),
            users::created_at.eq(now),
        ))
        .returning(users::id)
        .get_result(conn)?)
}

pub fn email_taken(conn: &mut DbConn, email: &str) -> Result<bool, Error> {
    let count: i64 = users::table
        .filter(users::email.eq(normalise_email(email)))
        .count()
        .get_result(conn)?;
    Ok(count > 0)
}

/// Why `create-admin` made no administrator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdminRefusal {
    Email(Problem),
    Name(Problem),
    Password(Problem),
    EmailTaken,
}

/// The first administrator of an installation (`digikaveri create-admin`), with the same
/// checks as the web forms.
pub fn create_admin(
    conn: &mut DbConn,
    email: &str,
    name: &str,
    password: &str,
    now: NaiveDateTime,
) -> Result<Result<i32, AdminRefusal>, Error> {
    let checked = checks::email(email)
        .map_err(AdminRefusal::Email)
        .and_then(|_| checks::text(name, MAX_NAME).map_err(AdminRefusal::Name))
        .and_then(|_| checks::new_password(password).map_err(AdminRefusal::Password));
    if let Err(refusal) = checked {
        return Ok(Err(refusal));
    }
    write_tx(conn, |conn| {
        if email_taken(conn, email)? {
            return Ok(Err(AdminRefusal::EmailTaken));
        }
        let new = NewUser {
            organisation_id: None,
            role: Role::Admin,
            status: Status::Active,
            email,
            display_name: name,
            password,
            locale: "fi",
            phone: None,
        };
        let id = create(conn, &new, now)?;
        let entry = Entry::without_actor(None, Action::AdminCreated, Subject::User(id));
        audit::record(conn, entry, now)?;
        Ok(Ok(id))
    })
}

/// What sign-in needs to know about an account.
#[derive(Debug, Clone, Queryable)]
pub struct Credentials {
    pub id: i32,
    pub organisation_id: Option<i32>,
    pub password_hash: String,
    pub locale: String,
}

pub fn credentials(conn: &mut DbConn, email: &str) -> Result<Option<Credentials>, Error> {
    Ok(users::table
        .filter(users::email.eq(normalise_email(email)))
        .select((
            users::id,
            users::organisation_id,
            users::password_hash,
            users::locale,
        ))
        .first(conn)
        .optional()?)
}

/// The account page's editable data.
#[derive(Debug, Clone, Queryable)]
pub struct Profile {
    pub email: String,
    pub display_name: String,
    pub locale: String,
    pub phone: Option<String>,
}

pub fn profile(conn: &mut DbConn, user_id: i32) -> Result<Profile, Error> {
    Ok(users::table
        .find(user_id)
        .select((
            users::email,
            users::display_name,
            users::locale,
            users::phone,
        ))
        .first(conn)?)
}

/// A person's own changes to their account; the phone only for volunteers (staff have none).
pub struct ProfileChange<'a> {
    pub display_name: &'a str,
    pub locale: &'a str,
    pub phone: Option<&'a str>,
}

/// Saves a person's own changes, with the audit entry.
pub fn save_profile(
    conn: &mut DbConn,
    me: Actor,
    change: &ProfileChange<'_>,
    now: NaiveDateTime,
) -> Result<(), Error> {
    write_tx(conn, |conn| {
        diesel::update(users::table.find(me.user_id))
            .set((
                users::display_name.eq(change.display_name.trim()),
                users::locale.eq(change.locale),
                users::phone.eq(change.phone.map(str::trim).filter(|p| !p.is_empty())),
            ))
            .execute(conn)?;
        let entry = me.did(Action::ProfileChanged, Subject::User(me.user_id));
        audit::record(conn, entry, now)
    })
}

/// Stores a new password's hash. Ending the person's sessions is the caller's part
/// (`auth::passwords`).
pub fn set_password(conn: &mut DbConn, user_id: i32, new_password: &str) -> Result<(), Error> {
    let hash = password::hash(new_password)?;
    diesel::update(users::table.find(user_id))
        .set(users::password_hash.eq(hash))
        .execute(conn)?;
    Ok(())
}

/// Whether `given` is the person's password.
pub fn password_matches(conn: &mut DbConn, user_id: i32, given: &str) -> Result<bool, Error> {
    let stored: String = users::table
        .find(user_id)
        .select(users::password_hash)
        .first(conn)?;
    Ok(password::verify(given, &stored))
}

/// The password did not match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WrongPassword;

/// A volunteer deletes their own account, confirming with their password. Its sessions go with
/// it (cascade); records that only point at it, such as audit events, keep the event and lose
/// the person.
pub fn delete_own(
    conn: &mut DbConn,
    me: Actor,
    given_password: &str,
    now: NaiveDateTime,
) -> Result<Result<(), WrongPassword>, Error> {
    if !password_matches(conn, me.user_id, given_password)? {
        return Ok(Err(WrongPassword));
    }
    write_tx(conn, |conn| {
        let entry = Entry::without_actor(
            me.organisation_id,
            Action::AccountDeleted,
            Subject::User(me.user_id),
        );
        audit::record(conn, entry, now)?;
        diesel::delete(users::table.find(me.user_id)).execute(conn)?;
        Ok(Ok(()))
    })
}

/// A person in an organisation's lists, as staff see them.
#[derive(Debug, Clone, Queryable)]
pub struct Person {
    pub id: i32,
    pub display_name: String,
    pub email: String,
    pub phone: Option<String>,
    #[diesel(deserialize_as = String)]
    pub status: Status,
    pub joined_at: NaiveDateTime,
}

/// Everyone with `role` in one organisation, by name.
pub fn people(conn: &mut DbConn, organisation_id: i32, role: Role) -> Result<Vec<Person>, Error> {
    Ok(users::table
        .filter(users::organisation_id.eq(organisation_id))
        .filter(users::role.eq(role.as_str()))
        .select((
            users::id,
            users::display_name,
            users::email,
            users::phone,
            users::status,
            users::created_at,
        ))
        .order((users::display_name, users::id))
        .load(conn)?)
}

/// Whether `user_id` is a volunteer of this organisation, in any status.
pub fn is_volunteer_of(
    conn: &mut DbConn,
    organisation_id: i32,
    user_id: i32,
) -> Result<bool, Error> {
    let count: i64 = users::table
        .filter(users::id.eq(user_id))
        .filter(users::organisation_id.eq(organisation_id))
        .filter(users::role.eq(Role::Volunteer.as_str()))
        .count()
        .get_result(conn)?;
    Ok(count == 1)
}

/// Whether `user_id` is a volunteer of this organisation who may be on duty: active, or in
/// training (paired with an experienced volunteer); not paused and not gone.
pub fn may_be_on_duty(
    conn: &mut DbConn,
    organisation_id: i32,
    user_id: i32,
) -> Result<bool, Error> {
    let on_duty = [Status::Active.as_str(), Status::InTraining.as_str()];
    let count: i64 = users::table
        .filter(users::id.eq(user_id))
        .filter(users::organisation_id.eq(organisation_id))
        .filter(users::role.eq(Role::Volunteer.as_str()))
        .filter(users::status.eq_any(on_duty))
        .count()
        .get_result(conn)?;
    Ok(count == 1)
}

/// Whether `user_id` is an active volunteer of this organisation.
pub fn is_active_volunteer_of(
    conn: &mut DbConn,
    organisation_id: i32,
    user_id: i32,
) -> Result<bool, Error> {
    let count: i64 = users::table
        .filter(users::id.eq(user_id))
        .filter(users::organisation_id.eq(organisation_id))
        .filter(users::role.eq(Role::Volunteer.as_str()))
        .filter(users::status.eq(Status::Active.as_str()))
        .count()
        .get_result(conn)?;
    Ok(count == 1)
}

/// The display name of one of the organisation's volunteers; `None` for anyone else.
pub fn volunteer_name(
    conn: &mut DbConn,
    organisation_id: i32,
    user_id: i32,
) -> Result<Option<String>, Error> {
    Ok(users::table
        .filter(users::id.eq(user_id))
        .filter(users::organisation_id.eq(organisation_id))
        .filter(users::role.eq(Role::Volunteer.as_str()))
        .select(users::display_name)
        .first(conn)
        .optional()?)
}
