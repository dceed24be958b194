//! The audit log pages: a coordinator's organisation, and the whole installation for admins.

use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::audit::{self, Event};
use crate::db::Db;
use crate::error::Error;
use crate::i18n::{format_datetime, Locale, MessageId};
use crate::msg;
use crate::web::guards::{Admin, Coordinator};
use crate::web::{labels, PageCtx};

/// One line of the log as the page shows it.
#[derive(Serialize)]
struct EventView {
    at: String,
    actor: Option<String>,
    action: MessageId,
    subject: MessageId,
    subject_id: Option<i32>,
}

impl EventView {
    fn of(event: Event, locale: Locale) -> EventView {
        EventView {
            at: format_datetime(locale, event.at),
            actor: event.actor,
            action: labels::audit_action(event.action),
            subject: labels::audit_subject(event.subject),
            subject_id: event.subject_id,
        }
    }
}

#[derive(Serialize)]
struct AuditPage {
    events: Vec<EventView>,
}

fn render(ctx: &PageCtx, events: Vec<Event>) -> Template {
    let events = events
        .into_iter()
        .map(|e| EventView::of(e, ctx.locale))
        .collect();
    ctx.render("privacy/audit", msg!("audit-title"), AuditPage { events })
}

#[rocket::get("/org/audit")]
pub async fn organisation_log(
    me: Coordinator,
    ctx: PageCtx,
    db: &State<Db>,
) -> Result<Template, Error> {
    let organisation = me.organisation_id;
    let events = db
        .run(move |conn| audit::list(conn, Some(organisation)))
        .await?;
    Ok(render(&ctx, events))
}

#[rocket::get("/admin/audit")]
pub async fn full_log(_admin: Admin, ctx: PageCtx, db: &State<Db>) -> Result<Template, Error> {
    let events = db.run(move |conn| audit::list(conn, None)).await?;
    Ok(render(&ctx, events))
}
