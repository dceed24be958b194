//! The audit log: sign-ins, failed sign-ins, invitations, approvals, status changes, trainings,
//! deletions, and staff views of volunteers' data. It records who, what, which record and when, never
//! what was typed. Coordinators see their organisation's events, admins all.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use crate::auth::{Admin, Coordinator, CurrentUser};
use crate::db::schema::{audit_events, users};
use crate::db::{now, Db, DbConn};
use crate::error::Error;
use crate::i18n::Locale;
use crate::web::PageCtx;

/// Every kind of event; the stored text is the Fluent id without its `audit-` prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    SignIn,
    SignInFailed,
    SignOut,
    OrganisationCreated,
    InvitationCreated,
    InvitationAccepted,
    VolunteerRegistered,
    VolunteerApproved,
    VolunteersViewed,
    JoinLinkRenewed,
    PasswordResetLinkCreated,
    PasswordReset,
    PasswordChanged,
    ProfileChanged,
    AccountDeleted,
    AdminCreated,
    VolunteerViewed,
    VolunteerStatusChanged,
    TrainingRecorded,
    TrainingModuleAdded,
    TrainingModuleChanged,
}

impl Action {
    pub const ALL: [Action; 21] = [
        Action::SignIn,
        Action::SignInFailed,
        Action::SignOut,
        Action::OrganisationCreated,
        Action::InvitationCreated,
        Action::InvitationAccepted,
        Action::VolunteerRegistered,
        Action::VolunteerApproved,
        Action::VolunteersViewed,
        Action::JoinLinkRenewed,
        Action::PasswordResetLinkCreated,
        Action::PasswordReset,
        Action::PasswordChanged,
        Action::ProfileChanged,
        Action::AccountDeleted,
        Action::AdminCreated,
        Action::VolunteerViewed,
        Action::VolunteerStatusChanged,
        Action::TrainingRecorded,
        Action::TrainingModuleAdded,
        Action::TrainingModuleChanged,
    ];

    /// The Fluent id of the event's name, e.g. `audit-sign-in`.
    pub fn label_id(self) -> &'static str {
        match self {
            Action::SignIn => "audit-sign-in",
            Action::SignInFailed => "audit-sign-in-failed",
            Action::SignOut => "audit-sign-out",
            Action::OrganisationCreated => "audit-organisation-created",
            Action::InvitationCreated => "audit-invitation-created",
            Action::InvitationAccepted => "audit-invitation-accepted",
            Action::VolunteerRegistered => "audit-volunteer-registered",
            Action::VolunteerApproved => "audit-volunteer-approved",
            Action::VolunteersViewed => "audit-volunteers-viewed",
            Action::JoinLinkRenewed => "audit-join-link-renewed",
            Action::PasswordResetLinkCreated => "audit-password-reset-link-created",
            Action::PasswordReset => "audit-password-reset",
            Action::PasswordChanged => "audit-password-changed",
            Action::ProfileChanged => "audit-profile-changed",
            Action::AccountDeleted => "audit-account-deleted",
            Action::AdminCreated => "audit-admin-created",
            Action::VolunteerViewed => "audit-volunteer-viewed",
            Action::VolunteerStatusChanged => "audit-volunteer-status-changed",
            Action::TrainingRecorded => "audit-training-recorded",
            Action::TrainingModuleAdded => "audit-training-module-added",
            Action::TrainingModuleChanged => "audit-training-module-changed",
        }
    }

    fn stored(self) -> &'static str {
        &self.label_id()["audit-".len()..]
    }

    fn parse(stored: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.stored() == stored)
    }
}

/// The record an event is about.
#[derive(Debug, Clone, Copy)]
pub enum Subject {
    User(i32),
    Organisation(i32),
    Invitation(i32),
    TrainingModule(i32),
    /// A sign-in attempt for an email that has no account; the email is not kept.
    UnknownAccount,
}

impl Subject {
    fn parts(self) -> (&'static str, Option<i32>) {
        match self {
            Subject::User(id) => ("user", Some(id)),
            Subject::Organisation(id) => ("organisation", Some(id)),
            Subject::Invitation(id) => ("invitation", Some(id)),
            Subject::TrainingModule(id) => ("training-module", Some(id)),
            Subject::UnknownAccount => ("account", None),
        }
    }
}

pub fn record(
    conn: &mut DbConn,
    organisation_id: Option<i32>,
    actor_id: Option<i32>,
    action: Action,
    subject: Subject,
) -> Result<(), Error> {
    let (subject_type, subject_id) = subject.parts();
    diesel::insert_into(audit_events::table)
        .values((
            audit_events::organisation_id.eq(organisation_id),
            audit_events::actor_id.eq(actor_id),
            audit_events::action.eq(action.stored()),
            audit_events::subject_type.eq(subject_type),
            audit_events::subject_id.eq(subject_id),
            audit_events::created_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// Something a signed-in person did to their own account.
pub fn record_own(conn: &mut DbConn, me: &CurrentUser, action: Action) -> Result<(), Error> {
    record(
        conn,
        me.organisation_id,
        Some(me.user_id),
        action,
        Subject::User(me.user_id),
    )
}

/// One line of the log as the page shows it.
#[derive(Debug, Serialize)]
pub struct EventView {
    pub at: String,
    pub actor: Option<String>,
    pub action: &'static str,
    pub subject: &'static str,
    pub subject_id: Option<i32>,
}

fn subject_label(subject_type: &str) -> &'static str {
    match subject_type {
        "user" => "audit-subject-user",
        "organisation" => "audit-subject-organisation",
        "invitation" => "audit-subject-invitation",
        "training-module" => "audit-subject-training-module",
        "account" => "audit-subject-unknown-account",
        _ => "audit-subject-other",
    }
}

/// The page shows the newest events; older ones stay in the database.
const PAGE_SIZE: i64 = 200;

type EventRow = (NaiveDateTime, Option<String>, String, String, Option<i32>);

/// Newest first, for one organisation or (for admins) all.
pub fn list(
    conn: &mut DbConn,
    organisation: Option<i32>,
    locale: Locale,
) -> Result<Vec<EventView>, Error> {
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
        .limit(PAGE_SIZE)
        .into_boxed();
    if let Some(organisation) = organisation {
        query = query.filter(audit_events::organisation_id.eq(organisation));
    }
    let rows: Vec<EventRow> = query.load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(at, actor, action, subject_type, subject_id)| {
            Some(EventView {
                at: crate::i18n::format_datetime(locale, at),
                actor,
                action: Action::parse(&action)?.label_id(),
                subject: subject_label(&subject_type),
                subject_id,
            })
        })
        .collect())
}

#[derive(Serialize)]
struct AuditPage {
    events: Vec<EventView>,
}

#[rocket::get("/org/audit")]
pub async fn organisation_log(
    me: Coordinator,
    ctx: PageCtx,
    db: &State<Db>,
) -> Result<Template, Error> {
    let (organisation, locale) = (me.organisation_id, ctx.locale);
    let events = db
        .run(move |conn| list(conn, Some(organisation), locale))
        .await?;
    Ok(ctx.render("privacy/audit", "audit-title", AuditPage { events }))
}

#[rocket::get("/admin/audit")]
pub async fn full_log(_admin: Admin, ctx: PageCtx, db: &State<Db>) -> Result<Template, Error> {
    let locale = ctx.locale;
    let events = db.run(move |conn| list(conn, None, locale)).await?;
    Ok(ctx.render("privacy/audit", "audit-title", AuditPage { events }))
}
