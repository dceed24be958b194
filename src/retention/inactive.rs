//! Volunteers who have not signed in for a year are asked whether to keep their account (a
//! mail and a notice on their dashboard); signing in or the "keep my account" button answers.
//! A month after an unanswered question the account is anonymised: name, email and phone
//! replaced, password cleared, sessions and devices removed, the person marked as left. Their
//! help sessions stay for the reports, which hold nothing about them.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::auth::sessions;
use crate::db::schema::{
    inactivity_questions, login_sessions, password_resets, status_changes, trusted_devices, users,
};
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::privacy::audit::{self, Action, Actor, Subject};
use crate::users::{Role, Status};

/// Without a sign-in for this long, a volunteer is asked.
pub const INACTIVE_AFTER: Duration = Duration::days(365);
/// An unanswered question leads to anonymising after this long.
pub const ANSWER_WITHIN: Duration = Duration::days(30);

/// A volunteer asked in this run, for the mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asked {
    pub email: String,
    pub locale: String,
}

/// What the rule did in one run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Applied {
    pub asked: Vec<Asked>,
    pub anonymised: usize,
}

/// Asks the newly inactive and anonymises those who did not answer in time.
pub fn apply(conn: &mut DbConn, now: NaiveDateTime) -> Result<Applied, Error> {
    let anonymised = anonymise_unanswered(conn, now)?;
    let asked = ask_inactive(conn, now)?;
    Ok(Applied { asked, anonymised })
}

fn ask_inactive(conn: &mut DbConn, now: NaiveDateTime) -> Result<Vec<Asked>, Error> {
    let cutoff = now - INACTIVE_AFTER;
    write_tx(conn, |conn| {
        // Asked already and not answered, or answered within the year: not asked again.
        let settled = inactivity_questions::table
            .filter(
                inactivity_questions::answered_at
                    .is_null()
                    .or(inactivity_questions::answered_at.ge(cutoff)),
            )
            .select(inactivity_questions::user_id);
        let rows: Vec<(i32, String, String)> = users::table
            .filter(users::role.eq(Role::Volunteer.as_str()))
            .filter(users::anonymised_at.is_null())
            .filter(
                users::last_signed_in_at
                    .lt(cutoff)
                    .or(users::last_signed_in_at
                        .is_null()
                        .and(users::created_at.lt(cutoff))),
            )
            .filter(users::id.ne_all(settled))
            .select((users::id, users::email, users::locale))
            .load(conn)?;
        let mut asked = Vec::with_capacity(rows.len());
        for (id, email, locale) in rows {
            diesel::insert_into(inactivity_questions::table)
                .values((
                    inactivity_questions::user_id.eq(id),
                    inactivity_questions::asked_at.eq(now),
                ))
                .execute(conn)?;
            asked.push(Asked { email, locale });
        }
        Ok(asked)
    })
}

fn anonymise_unanswered(conn: &mut DbConn, now: NaiveDateTime) -> Result<usize, Error> {
    write_tx(conn, |conn| {
        let due: Vec<(i32, String)> = inactivity_questions::table
            .inner_join(users::table)
            .filter(inactivity_questions::answered_at.is_null())
            .filter(inactivity_questions::asked_at.lt(now - ANSWER_WITHIN))
            .filter(users::anonymised_at.is_null())
            .select((users::id, users::status))
            .distinct()
            .load(conn)?;
        for (id, status) in &due {
            anonymise(conn, *id, status, now)?;
        }
        Ok(due.len())
    })
}

fn anonymise(conn: &mut DbConn, id: i32, status: &str, now: NaiveDateTime) -> Result<(), Error> {
    diesel::update(users::table.find(id))
        .set((
            users::display_name.eq(format!("#{id}")),
            users::email.eq(format!("anonymised-{id}@invalid")),
            users::phone.eq(None::<String>),
            users::password_hash.eq(""),
            users::calendar_token.eq(None::<String>),
            users::status.eq(Status::Left.as_str()),
            users::anonymised_at.eq(now),
        ))
        .execute(conn)?;
    if status != Status::Left.as_str() {
        diesel::insert_into(status_changes::table)
            .values((
                status_changes::user_id.eq(id),
                status_changes::from_status.eq(status),
                status_changes::to_status.eq(Status::Left.as_str()),
                status_changes::changed_by.eq(None::<i32>),
                status_changes::changed_at.eq(now),
            ))
            .execute(conn)?;
    }
    diesel::delete(login_sessions::table.filter(login_sessions::user_id.eq(id))).execute(conn)?;
    diesel::delete(trusted_devices::table.filter(trusted_devices::user_id.eq(id))).execute(conn)?;
    diesel::delete(password_resets::table.filter(password_resets::user_id.eq(id))).execute(conn)?;
    Ok(())
}

/// Whether the volunteer has a question to answer (the dashboard's notice).
pub fn is_asked(conn: &mut DbConn, user_id: i32) -> Result<bool, Error> {
    let open: i64 = inactivity_questions::table
        .filter(inactivity_questions::user_id.eq(user_id))
        .filter(inactivity_questions::answered_at.is_null())
        .count()
        .get_result(conn)?;
    Ok(open > 0)
}

/// The "keep my account" button.
pub fn keep_account(conn: &mut DbConn, me: Actor, now: NaiveDateTime) -> Result<(), Error> {
    write_tx(conn, |conn| {
        sessions::answer_inactivity_question(conn, me.user_id, now)?;
        audit::record(
            conn,
            me.did(Action::AccountKept, Subject::User(me.user_id)),
            now,
        )
    })
}
