//! Signing in: throttling first, then the password, with the same answer and about the same
//! time for an unknown email as for a wrong password, so nobody can find out who has an
//! account.

use std::sync::LazyLock;

use chrono::NaiveDateTime;

use super::throttle::{self, AttemptKeys};
use super::{devices, sessions};
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::privacy::audit::{self, Action, Actor, Entry, Subject};
use crate::users::{self, password};

pub enum Outcome {
    /// Too many failures recently: the password was not checked.
    Throttled,
    /// Unknown email or wrong password; the caller cannot tell which.
    Refused,
    SignedIn {
        token: String,
        locale: String,
        /// The browser's token as one its owner signs in with.
        device: String,
    },
}

/// Verified against when the email has no account, so both refusals cost one Argon2 run.
static DUMMY_HASH: LazyLock<Option<String>> =
    LazyLock::new(|| password::hash("no account has this password").ok());

/// Where a sign-in comes from: the address, and the browser's device token if it has one.
pub struct Place<'a> {
    pub address: &'a str,
    pub device: Option<&'a str>,
}

pub fn sign_in(
    conn: &mut DbConn,
    email: &str,
    given: &str,
    place: &Place<'_>,
    now: NaiveDateTime,
) -> Result<Outcome, Error> {
    let account = users::credentials(conn, email)?;
    let trusted = match (&account, place.device) {
        (Some(account), Some(token)) => devices::is_trusted(conn, account.id, token)?,
        _ => false,
    };
    let keys = match place.device {
        Some(token) if trusted => AttemptKeys::trusted(email, token),
        _ => AttemptKeys::new(email, place.address),
    };
    if throttle::is_throttled(conn, &keys, now)? {
        return Ok(Outcome::Throttled);
    }
    let stored = account.as_ref().map(|a| a.password_hash.as_str());
    let matches = password::verify(given, stored.or(DUMMY_HASH.as_deref()).unwrap_or_default());
    write_tx(conn, |conn| {
        throttle::record(conn, &keys, matches && account.is_some(), now)?;
        match account {
            Some(account) if matches => {
                let token = sessions::start(conn, account.id, now)?;
                let device = devices::remember(conn, account.id, place.device, now)?;
                let me = Actor {
                    user_id: account.id,
                    organisation_id: account.organisation_id,
                };
                audit::record(conn, me.did(Action::SignIn, Subject::User(account.id)), now)?;
                Ok(Outcome::SignedIn {
                    token,
                    locale: account.locale,
                    device,
                })
            }
            Some(account) => {
                let entry = Entry::without_actor(
                    account.organisation_id,
                    Action::SignInFailed,
                    Subject::User(account.id),
                );
                audit::record(conn, entry, now)?;
                Ok(Outcome::Refused)
            }
            None => {
                let entry =
                    Entry::without_actor(None, Action::SignInFailed, Subject::UnknownAccount);
                audit::record(conn, entry, now)?;
                Ok(Outcome::Refused)
            }
        }
    })
}
