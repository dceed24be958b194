//! People with an account: admins of the installation, coordinators (staff of one
//! organisation) and volunteers (members of one organisation). People seeking help have none.

pub mod routes;

use diesel::prelude::*;

use crate::auth::{password, sessions};
use crate::db::schema::users;
use crate::db::{now, DbConn};
use crate::error::Error;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Admin,
    Coordinator,
    Volunteer,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Coordinator => "coordinator",
            Role::Volunteer => "volunteer",
        }
    }

    pub fn parse(value: &str) -> Option<Role> {
        [Role::Admin, Role::Coordinator, Role::Volunteer]
            .into_iter()
            .find(|r| r.as_str() == value)
    }
}

/// A volunteer's place in the programme: applicant -> in training -> active -> paused -> left.
/// Staff accounts are always `active`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Applicant,
    InTraining,
    Active,
    Paused,
    Left,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Applicant,
        Status::InTraining,
        Status::Active,
        Status::Paused,
        Status::Left,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Applicant => "applicant",
            Status::InTraining => "in_training",
            Status::Active => "active",
            Status::Paused => "paused",
            Status::Left => "left",
        }
    }

    pub fn parse(value: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == value)
    }

    /// The Fluent id of the status name.
    pub fn label_id(self) -> &'static str {
        match self {
            Status::Applicant => "status-applicant",
            Status::InTraining => "status-in-training",
            Status::Active => "status-active",
            Status::Paused => "status-paused",
            Status::Left => "status-left",
        }
    }
}

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
pub fn create(conn: &mut DbConn, user: &NewUser<'_>) -> Result<i32, Error> {
    let hash = password::hash(user.password)?;
    let id = diesel::insert_into(users::table)
        .values((
            users::organisation_id.eq(user.organisation_id),
            users::role.eq(user.role.as_str()),
            users::status.eq(user.status.as_str()),
            users::email.eq(normalise_email(user.email)),
            users::display_name.eq(user.display_name.trim()),
            users::password_hash.eq(hash),
            users::locale.eq(user.locale),
            users::phone.eq(user.phone.map(str::trim).filter(|p| !p.is_empty())),
            users::created_at.eq(now()),
        ))
        .returning(users::id)
        .get_result(conn)?;
    Ok(id)
}

pub fn email_taken(conn: &mut DbConn, email: &str) -> Result<bool, Error> {
    let count: i64 = users::table
        .filter(users::email.eq(normalise_email(email)))
        .count()
        .get_result(conn)?;
    Ok(count > 0)
}

/// The first administrator of an installation (`digikaveri create-admin`). The same checks
/// as the web forms; errors are sentences for the terminal.
pub fn create_admin(
    conn: &mut DbConn,
    email: &str,
    name: &str,
    password: &str,
) -> Result<i32, Error> {
    let mut errors = crate::web::forms::FieldErrors::default();
    errors.email("email", email);
    errors.text("name", name, 80);
    errors.new_password("password", password);
    if !errors.is_empty() {
        return Err(Error::Config(format!(
            "the administrator was not created: check the email, the name and the password \
             (at least {} characters)",
            crate::web::forms::MIN_PASSWORD
        )));
    }
    crate::db::write_tx(conn, |conn| {
        if email_taken(conn, email)? {
            return Err(Error::Config(
                "an account with this email already exists".into(),
            ));
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
        let id = create(conn, &new)?;
        use crate::privacy::audit::{record, Action, Subject};
        record(conn, None, None, Action::AdminCreated, Subject::User(id))?;
        Ok(id)
    })
}

/// What sign-in needs to know about an account.
pub struct Credentials {
    pub id: i32,
    pub organisation_id: Option<i32>,
    pub password_hash: String,
    pub locale: String,
}

pub fn credentials(conn: &mut DbConn, email: &str) -> Result<Option<Credentials>, Error> {
    let row: Option<(i32, Option<i32>, String, String)> = users::table
        .filter(users::email.eq(normalise_email(email)))
        .select((
            users::id,
            users::organisation_id,
            users::password_hash,
            users::locale,
        ))
        .first(conn)
        .optional()?;
    Ok(
        row.map(|(id, organisation_id, password_hash, locale)| Credentials {
            id,
            organisation_id,
            password_hash,
            locale,
        }),
    )
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

pub fn update_profile(
    conn: &mut DbConn,
    user_id: i32,
    display_name: &str,
    locale: &str,
    phone: Option<&str>,
) -> Result<(), Error> {
    diesel::update(users::table.find(user_id))
        .set((
            users::display_name.eq(display_name.trim()),
            users::locale.eq(locale),
            users::phone.eq(phone.map(str::trim).filter(|p| !p.is_empty())),
        ))
        .execute(conn)?;
    Ok(())
}

/// Sets a new password and ends the person's other sessions (all of them when `keep` is
/// `None`), so a stolen session dies with the old password.
pub fn set_password(
    conn: &mut DbConn,
    user_id: i32,
    new_password: &str,
    keep: Option<i32>,
) -> Result<(), Error> {
    let hash = password::hash(new_password)?;
    diesel::update(users::table.find(user_id))
        .set(users::password_hash.eq(hash))
        .execute(conn)?;
    sessions::end_all_for_user(conn, user_id, keep)
}

pub fn password_hash(conn: &mut DbConn, user_id: i32) -> Result<String, Error> {
    Ok(users::table
        .find(user_id)
        .select(users::password_hash)
        .first(conn)?)
}

/// Deletes the account. Its sessions go with it (cascade); records that only point at it,
/// such as audit events, keep the event and lose the person.
pub fn delete(conn: &mut DbConn, user_id: i32) -> Result<(), Error> {
    diesel::delete(users::table.find(user_id)).execute(conn)?;
    Ok(())
}

/// A person in an organisation's lists, as staff see them.
#[derive(Debug, serde::Serialize)]
pub struct PersonRow {
    pub id: i32,
    pub display_name: String,
    pub email: String,
    pub phone: Option<String>,
    pub status_label: &'static str,
    pub is_applicant: bool,
    pub joined: String,
}

/// Everyone with `role` in one organisation, by name.
pub fn people(
    conn: &mut DbConn,
    organisation_id: i32,
    role: Role,
    locale: crate::i18n::Locale,
) -> Result<Vec<PersonRow>, Error> {
    type Row = (
        i32,
        String,
        String,
        Option<String>,
        String,
        chrono::NaiveDateTime,
    );
    let rows: Vec<Row> = users::table
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
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, display_name, email, phone, status, created)| {
            let status = Status::parse(&status).unwrap_or(Status::Active);
            PersonRow {
                id,
                display_name,
                email,
                phone,
                status_label: status.label_id(),
                is_applicant: status == Status::Applicant,
                joined: crate::i18n::format_datetime(locale, created),
            }
        })
        .collect())
}
