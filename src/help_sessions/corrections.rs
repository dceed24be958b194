//! Changing a record afterwards: a volunteer their own for a week (a wrong tap, a topic
//! forgotten), a coordinator any of their organisation's, which the audit log keeps.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{help_session_topics, help_sessions, sites, users, Record, Referral, Session};
use super::{write_topics, EDITABLE_FOR};
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::privacy::audit::{self, Action, Actor, Subject};

/// Who changes a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Editor {
    /// The volunteer who recorded it, within `EDITABLE_FOR` of recording it.
    Volunteer(i32),
    /// A coordinator of the session's organisation, at any time.
    Coordinator(Actor),
}

/// A record as its editor sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    pub session: Session,
    pub topics: Vec<String>,
    pub first_visit: bool,
    /// A session from the queue is always one person.
    pub from_queue: bool,
    /// Only for the volunteer: nobody else reads it.
    pub learning_note: Option<String>,
}

/// Whether the session came from the queue and its codes answer, when the editor may change
/// it now.
fn if_editable(
    conn: &mut DbConn,
    editor: Editor,
    session_id: i32,
    now: NaiveDateTime,
) -> Result<Option<(bool, bool)>, Error> {
    let session = help_sessions::table.filter(help_sessions::id.eq(session_id));
    let columns = (help_sessions::from_queue, help_sessions::saw_codes);
    Ok(match editor {
        Editor::Volunteer(volunteer) => session
            .filter(help_sessions::volunteer_id.eq(volunteer))
            .filter(help_sessions::recorded_at.gt(now - EDITABLE_FOR))
            .select(columns)
            .first(conn)
            .optional()?,
        Editor::Coordinator(actor) => session
            .filter(
                help_sessions::organisation_id
                    .nullable()
                    .eq(actor.organisation_id),
            )
            .select(columns)
            .first(conn)
            .optional()?,
    })
}

/// The record to change; `None` when the editor may not change it (not theirs, another
/// organisation's, or older than a week for a volunteer).
pub fn recorded(
    conn: &mut DbConn,
    editor: Editor,
    session_id: i32,
    now: NaiveDateTime,
) -> Result<Option<Recorded>, Error> {
    let Some((from_queue, _)) = if_editable(conn, editor, session_id, now)? else {
        return Ok(None);
    };
    let (session, first_visit, note): (Session, bool, Option<String>) = help_sessions::table
        .inner_join(sites::table)
        .inner_join(users::table)
        .filter(help_sessions::id.eq(session_id))
        .select((
            Session::as_select(),
            help_sessions::first_visit,
            help_sessions::learning_note,
        ))
        .first(conn)?;
    let topics = help_session_topics::table
        .filter(help_session_topics::session_id.eq(session_id))
        .select(help_session_topics::topic)
        .load(conn)?;
    Ok(Some(Recorded {
        session,
        topics,
        first_visit,
        from_queue,
        learning_note: note.filter(|_| matches!(editor, Editor::Volunteer(_))),
    }))
}

/// Changes the record. A coordinator's change keeps the volunteer's private note and goes to
/// the audit log; a volunteer's cannot take back a yes to the codes question. `Error::NotFound` when the editor may not change it.
pub fn correct(
    conn: &mut DbConn,
    editor: Editor,
    session_id: i32,
    record: &Record,
    now: NaiveDateTime,
) -> Result<(), Error> {
    write_tx(conn, |conn| {
        let (from_queue, saw_codes) =
            if_editable(conn, editor, session_id, now)?.ok_or(Error::NotFound)?;
        let people = if from_queue { 1 } else { record.people };
        // A volunteer's yes stays on the follow-up list until a coordinator has talked it
        // through; only the coordinator's correction takes it back.
        let saw_codes = match editor {
            Editor::Volunteer(_) => saw_codes || record.saw_codes,
            Editor::Coordinator(_) => record.saw_codes,
        };
        let session = help_sessions::table.find(session_id);
        diesel::update(session)
            .set((
                help_sessions::minutes.eq(record.minutes),
                help_sessions::language.eq(record.language),
                help_sessions::people.eq(people),
                help_sessions::first_visit.eq(record.first_visit),
                help_sessions::outcome.eq(record.outcome.as_str()),
                help_sessions::referred_to.eq(record.referred_to.map(Referral::as_str)),
                help_sessions::device.eq(record.device.as_str()),
                help_sessions::saw_codes.eq(saw_codes),
                help_sessions::corrected_at.eq(Some(now)),
            ))
            .execute(conn)?;
        diesel::delete(
            help_session_topics::table.filter(help_session_topics::session_id.eq(session_id)),
        )
        .execute(conn)?;
        write_topics(conn, session_id, &record.topics)?;
        match editor {
            Editor::Volunteer(_) => {
                diesel::update(session)
                    .set(help_sessions::learning_note.eq(record.learning_note.as_deref()))
                    .execute(conn)?;
            }
            Editor::Coordinator(actor) => {
                let entry = actor.did(Action::SessionCorrected, Subject::HelpSession(session_id));
                audit::record(conn, entry, now)?;
            }
        }
        Ok(())
    })
}
