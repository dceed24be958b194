//! The audit log: sign-ins, failed sign-ins, invitations, approvals, status changes, trainings,
//! deletions, and staff views of volunteers' data. It records who, what, which record and when,
//! never what was typed. Coordinators read their organisation's events, admins all.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{audit_events, users};
use crate::db::DbConn;
use crate::error::Error;
use crate::stored_enum;

stored_enum! {
    /// Every kind of event, by its stored name.
    pub enum Action {
        SignIn = "sign-in",
        SignInFailed = "sign-in-failed",
        SignOut = "sign-out",
        OrganisationCreated = "organisation-created",
        InvitationCreated = "invitation-created",
        InvitationAccepted = "invitation-accepted",
        VolunteerRegistered = "volunteer-registered",
        VolunteerApproved = "volunteer-approved",
        VolunteersViewed = "volunteers-viewed",
        JoinLinkRenewed = "join-link-renewed",
        PasswordResetLinkCreated = "password-reset-link-created",
        PasswordReset = "password-reset",
        PasswordChanged = "password-changed",
        ProfileChanged = "profile-changed",
        AccountDeleted = "account-deleted",
        AdminCreated = "admin-created",
        VolunteerViewed = "volunteer-viewed",
        VolunteerStatusChanged = "volunteer-status-changed",
        TrainingRecorded = "training-recorded",
        TrainingModuleAdded = "training-module-added",
        TrainingModuleChanged = "training-module-changed",
        TrainingSessionRecorded = "training-session-recorded",
        SiteCreated = "site-created",
        SiteChanged = "site-changed",
        SiteClosed = "site-closed",
        SiteReopened = "site-reopened",
        PasswordResetRequested = "password-reset-requested",
        SessionCorrected = "session-corrected",
        ProofSigned = "proof-signed",
        LevelsConfirmed = "levels-confirmed",
        RetentionRun = "retention-run",
        AccountKept = "account-kept",
        DataExported = "data-exported",
        RemindersChanged = "reminders-changed",
        MailRetried = "mail-retried",
        ReportExported = "report-exported",
        AutoMatchOn = "auto-match-on",
        AutoMatchOff = "auto-match-off",
    }
}

stored_enum! {
    /// What kind of record an event is about.
    pub enum SubjectKind {
        User = "user",
        Organisation = "organisation",
        Invitation = "invitation",
        TrainingModule = "training-module",
        Site = "site",
        HelpSession = "help-session",
        Proof = "proof",
        /// The service itself (a retention run).
        Service = "service",
        /// Every organisation at once (an admin's report).
        Everyone = "everyone",
        /// A sign-in attempt for an email that has no account; the email is not kept.
        UnknownAccount = "account",
    }
}

/// The record an event is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    User(i32),
    Organisation(i32),
    Invitation(i32),
    TrainingModule(i32),
    Site(i32),
    HelpSession(i32),
    Proof(i32),
    Service,
    Everyone,
    UnknownAccount,
}

impl Subject {
    fn parts(self) -> (SubjectKind, Option<i32>) {
        match self {
            Subject::User(id) => (SubjectKind::User, Some(id)),
            Subject::Organisation(id) => (SubjectKind::Organisation, Some(id)),
            Subject::Invitation(id) => (SubjectKind::Invitation, Some(id)),
            Subject::TrainingModule(id) => (SubjectKind::TrainingModule, Some(id)),
            Subject::Site(id) => (SubjectKind::Site, Some(id)),
            Subject::HelpSession(id) => (SubjectKind::HelpSession, Some(id)),
            Subject::Proof(id) => (SubjectKind::Proof, Some(id)),
            Subject::Service => (SubjectKind::Service, None),
            Subject::Everyone => (SubjectKind::Everyone, None),
            Subject::UnknownAccount => (SubjectKind::UnknownAccount, None),
        }
    }
}

/// Who did something: a person with an account, and their organisation (none for an admin).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Actor {
    pub user_id: i32,
    pub organisation_id: Option<i32>,
}

/// One event to record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    organisation_id: Option<i32>,
    actor_id: Option<i32>,
    action: Action,
    subject: Subject,
}

impl Actor {
    /// An event in the actor's own organisation.
    pub fn did(self, action: Action, subject: Subject) -> Entry {
        Entry {
            organisation_id: self.organisation_id,
            actor_id: Some(self.user_id),
            action,
            subject,
        }
    }

    /// An event in another organisation (an admin creating one or inviting its coordinator).
    pub fn did_in(self, organisation_id: i32, action: Action, subject: Subject) -> Entry {
        Entry {
            organisation_id: Some(organisation_id),
            ..self.did(action, subject)
        }
    }
}

impl Entry {
    /// An event with nobody signed in behind it (a failed sign-in, a deleted account).
    pub fn without_actor(organisation_id: Option<i32>, action: Action, subject: Subject) -> Entry {
        Entry {
            organisation_id,
            actor_id: None,
            action,
            subject,
        }
    }
}

pub fn record(conn: &mut DbConn, entry: Entry, at: NaiveDateTime) -> Result<(), Error> {
    write(conn, entry, None, at)
}

/// An event with structured detail (the counts of a retention run as JSON), never what
/// someone typed.
pub fn record_with_detail(
    conn: &mut DbConn,
    entry: Entry,
    detail: &str,
    at: NaiveDateTime,
) -> Result<(), Error> {
    write(conn, entry, Some(detail), at)
}

/// The newest event of a kind with its detail.
pub fn last_detail(
    conn: &mut DbConn,
    action: Action,
) -> Result<Option<(NaiveDateTime, String)>, Error> {
    let row: Option<(NaiveDateTime, Option<String>)> = audit_events::table
        .filter(audit_events::action.eq(action.as_str()))
        .order(audit_events::id.desc())
        .select((audit_events::created_at, audit_events::detail))
        .first(conn)
        .optional()?;
    Ok(row.map(|(at, detail)| (at, detail.unwrap_or_default())))
}

fn write(
    conn: &mut DbConn,
    entry: Entry,
    detail: Option<&str>,
    at: NaiveDateTime,
) -> Result<(), Error> {
    let (kind, subject_id) = entry.subject.parts();
    diesel::insert_into(audit_events::table)
        .values((
            audit_events::organisation_id.eq(entry.organisation_id),
            audit_events::actor_id.eq(entry.actor_id),
            audit_events::action.eq(entry.action.as_str()),
            audit_events::subject_type.eq(kind.as_str()),
            audit_events::subject_id.eq(subject_id),
            audit_events::created_at.eq(at),
            audit_events::detail.eq(detail),
        ))
        .execute(conn)?;
    Ok(())
}

/// One line of the log.
#[derive(Debug, Clone, Queryable)]
pub struct Event {
    pub at: NaiveDateTime,
    /// The actor's name; `None` when there was none or the account is gone.
    pub actor: Option<String>,
    #[diesel(deserialize_as = String)]
    pub action: Action,
    #[diesel(deserialize_as = String)]
    pub subject: SubjectKind,
    pub subject_id: Option<i32>,
}

/// The log shows the newest events; older ones stay in the database.
const SHOWN: i64 = 200;

/// Newest first, for one organisation or (for admins) all.
pub fn list(conn: &mut DbConn, organisation: Option<i32>) -> Result<Vec<Event>, Error> {
    let mut query = audit_events::table
        .left_join(users::table.on(users::id.nullable().eq(audit_events::actor_id)))
        .select((
            audit_events::created_at,
            users::display_name.nullable(),
            audit_events::action,
            audit_events::subject_type,
            audit_events::subject_id,
        ))
        .order(audit_events::id.desc())
        .limit(SHOWN)
        .into_boxed();
    if let Some(organisation) = organisation {
        query = query.filter(audit_events::organisation_id.eq(organisation));
    }
    Ok(query.load(conn)?)
}
