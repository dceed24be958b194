//! The volunteer's choice of the mail they get (`/account/reminders`) and the admins' list of
//! mail not delivered, with a button to send a failed one again (`/admin/mail`).

use rocket::form::FromForm;
use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::{Kind, Status};
use crate::db::Db;
use crate::error::Error;
use crate::i18n::{format_datetime, MessageId};
use crate::msg;
use crate::web::csrf::CsrfForm;
use crate::web::csrf::TokenOnly;
use crate::web::forms::Answer;
use crate::web::guards::{Admin, Volunteer};
use crate::web::{labels, Now, PageCtx};

#[derive(Serialize)]
struct KindChoice {
    value: &'static str,
    label: MessageId,
    checked: bool,
}

#[derive(Serialize)]
struct ChoicesPage {
    kinds: Vec<KindChoice>,
}

#[rocket::get("/account/reminders")]
pub async fn choices(me: Volunteer, ctx: PageCtx, db: &State<Db>) -> Result<Template, Error> {
    let user = me.user.user_id;
    let kinds = db.run(move |conn| super::choices(conn, user)).await?;
    let page = ChoicesPage {
        kinds: kinds
            .into_iter()
            .map(|(kind, on)| KindChoice {
                value: kind.as_str(),
                label: labels::reminder_kind(kind),
                checked: on,
            })
            .collect(),
    };
    Ok(ctx.render("reminders/choices", msg!("reminders-title"), page))
}

#[derive(Debug, Default, FromForm)]
pub struct ChoicesForm {
    /// The kinds left on; a kind not sent is turned off.
    on: Vec<String>,
}

#[rocket::post("/account/reminders", data = "<form>")]
pub async fn save_choices(
    me: Volunteer,
    now: Now,
    form: CsrfForm<ChoicesForm>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let on: Vec<Kind> = form.0.on.iter().filter_map(|k| Kind::parse(k)).collect();
    if on.len() != form.0.on.len() {
        return Err(Error::Invalid);
    }
    let who = me.actor();
    db.run(move |conn| super::set_choices(conn, who, &on, now.0))
        .await?;
    Ok(Answer::onward(
        "/account/reminders",
        msg!("flash-reminders-saved"),
    ))
}

#[derive(Serialize)]
struct MailRow {
    id: i32,
    kind: MessageId,
    status: MessageId,
    failed: bool,
    attempts: i32,
    last_error: Option<String>,
    next_attempt: String,
    created: String,
}

#[derive(Serialize)]
struct OutboxPage {
    mails: Vec<MailRow>,
}

/// How many undelivered mails the page lists.
const LISTED: i64 = 200;

#[rocket::get("/admin/mail")]
pub async fn outbox(_admin: Admin, ctx: PageCtx, db: &State<Db>) -> Result<Template, Error> {
    let rows = db.run(|conn| super::undelivered(conn, LISTED)).await?;
    let mails = rows
        .into_iter()
        .map(|row| MailRow {
            id: row.id,
            kind: labels::reminder_kind(row.kind),
            status: match row.status {
                Status::Failed => msg!("outbox-status-failed"),
                _ => msg!("outbox-status-pending"),
            },
            failed: row.status == Status::Failed,
            attempts: row.attempts,
            last_error: row.last_error,
            next_attempt: format_datetime(ctx.locale, row.next_attempt_at),
            created: format_datetime(ctx.locale, row.created_at),
        })
        .collect();
    Ok(ctx.render(
        "reminders/outbox",
        msg!("outbox-title"),
        OutboxPage { mails },
    ))
}

#[rocket::post("/admin/mail/<id>/retry", data = "<_form>")]
pub async fn retry(
    admin: Admin,
    now: Now,
    id: i32,
    _form: CsrfForm<TokenOnly>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let by = admin.actor();
    if db
        .run(move |conn| super::retry(conn, by, id, now.0))
        .await?
    {
        Ok(Answer::onward("/admin/mail", msg!("flash-mail-retried")))
    } else {
        Err(Error::NotFound)
    }
}
