//! Inviting coordinators and accepting an invitation.

use std::sync::Arc;

use rocket::form::FromForm;
use rocket::http::{CookieJar, Status};
use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::{accept, find_open, invite, pending, Acceptance, InviteRefusal, NewInvitation};
use crate::config::Config;
use crate::db::Db;
use crate::error::Error;
use crate::i18n::{format_datetime, Locale, MessageId};
use crate::mail::{deliver, Mail};
use crate::msg;
use crate::privacy::audit::Actor;
use crate::users::{self, Role, MAX_NAME};
use crate::volunteers::routes::PersonView;
use crate::web::csrf::CsrfForm;
use crate::web::forms::{Answer, FieldErrors, Refusal, MIN_PASSWORD};
use crate::web::guards::{start_session, Admin, Coordinator};
use crate::web::{closed_link, locale_options, LinkPage, LocaleOption, PageCtx};

#[derive(Debug, Default, FromForm, Serialize)]
pub struct InviteForm {
    #[field(default = String::new())]
    email: String,
}

impl Refusal for InviteRefusal {
    fn message(&self) -> MessageId {
        match self {
            InviteRefusal::EmailTaken => msg!("invitation-error-email-taken"),
        }
    }

    fn status(&self) -> Status {
        Status::UnprocessableEntity
    }
}

async fn send_invitation(
    ctx: &PageCtx,
    config: &Config,
    email: String,
    invitation: &NewInvitation,
    link: &str,
) {
    let args = [
        ("organisation", invitation.organisation.as_str()),
        ("link", link),
    ];
    let mail = Mail {
        to: email,
        subject: ctx.locale.text_with(msg!("mail-invitation-subject"), &args),
        body: ctx.locale.text_with(msg!("mail-invitation-body"), &args),
    };
    deliver(Arc::clone(&config.mailer), mail).await;
}

/// Checks the email and makes the invitation; `Err` is the form again with its errors.
async fn invite_from_form(
    ctx: &PageCtx,
    config: &Config,
    db: &Db,
    by: Actor,
    organisation_id: i32,
    form: &InviteForm,
) -> Result<Result<Template, FieldErrors>, Error> {
    let mut errors = FieldErrors::default();
    errors.email("email", &form.email);
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let (email, now) = (form.email.clone(), ctx.now);
    let invitation = db
        .run(move |conn| invite(conn, by, organisation_id, &email, now))
        .await?;
    let link = config.link(&format!("/invitations/{}", invitation.token));
    send_invitation(ctx, config, form.email.clone(), &invitation, &link).await;
    let page = LinkPage {
        link,
        explanation: msg!("invitation-created-help"),
        back: "/dashboard",
        back_label: msg!("nav-dashboard"),
    };
    Ok(Ok(ctx.render(
        "links/created",
        msg!("invitation-created-title"),
        page,
    )))
}

#[rocket::post("/admin/organisations/<id>/invitations", data = "<form>")]
pub async fn admin_invites(
    admin: Admin,
    id: i32,
    ctx: PageCtx,
    form: CsrfForm<InviteForm>,
    config: &State<Config>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    match invite_from_form(&ctx, config, db, admin.actor(), id, &form.0).await? {
        Ok(page) => Ok(Answer::page(Status::Ok, page)),
        Err(errors) => {
            let page = crate::organisations::routes::list_page(
                &ctx,
                db,
                Some((id, &form.0.email, errors)),
            )
            .await?;
            Ok(Answer::invalid(page))
        }
    }
}

#[derive(Serialize)]
struct PendingView {
    email: String,
    expires: String,
}

#[derive(Serialize)]
struct CoordinatorsPage<'a> {
    coordinators: Vec<PersonView>,
    invitations: Vec<PendingView>,
    form: &'a InviteForm,
    errors: FieldErrors,
}

async fn coordinators_page(
    ctx: &PageCtx,
    db: &Db,
    organisation_id: i32,
    form: &InviteForm,
    errors: FieldErrors,
) -> Result<Template, Error> {
    let (locale, now) = (ctx.locale, ctx.now);
    let (coordinators, invitations) = db
        .run(move |conn| {
            let coordinators = users::people(conn, organisation_id, Role::Coordinator)?;
            Ok::<_, Error>((coordinators, pending(conn, organisation_id, now)?))
        })
        .await?;
    let page = CoordinatorsPage {
        coordinators: coordinators
            .into_iter()
            .map(|p| PersonView::of(p, locale))
            .collect(),
        invitations: invitations
            .into_iter()
            .map(|i| PendingView {
                email: i.email,
                expires: format_datetime(locale, i.expires_at),
            })
            .collect(),
        form,
        errors,
    };
    Ok(ctx.render("invitations/coordinators", msg!("coordinators-title"), page))
}

#[rocket::get("/org/coordinators")]
pub async fn coordinators(
    me: Coordinator,
    ctx: PageCtx,
    db: &State<Db>,
) -> Result<Template, Error> {
    coordinators_page(
        &ctx,
        db,
        me.organisation_id,
        &<InviteForm as Default>::default(),
        FieldErrors::default(),
    )
    .await
}

#[rocket::post("/org/coordinators/invitations", data = "<form>")]
pub async fn coordinator_invites(
    me: Coordinator,
    ctx: PageCtx,
    form: CsrfForm<InviteForm>,
    config: &State<Config>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let (by, organisation) = (me.actor(), me.organisation_id);
    match invite_from_form(&ctx, config, db, by, organisation, &form.0).await? {
        Ok(page) => Ok(Answer::page(Status::Ok, page)),
        Err(errors) => {
            let page = coordinators_page(&ctx, db, organisation, &form.0, errors).await?;
            Ok(Answer::invalid(page))
        }
    }
}

#[derive(Debug, Default, FromForm, Serialize)]
pub struct AcceptForm {
    #[field(default = String::new())]
    display_name: String,
    #[field(default = String::new())]
    #[serde(skip)]
    password: String,
    #[field(default = String::new())]
    locale: String,
}

#[derive(Serialize)]
struct AcceptPage<'a> {
    organisation: &'a str,
    email: &'a str,
    form: &'a AcceptForm,
    errors: FieldErrors,
    locales: Vec<LocaleOption>,
    min_password: usize,
}

fn accept_page(
    ctx: &PageCtx,
    organisation: &str,
    email: &str,
    form: &AcceptForm,
    errors: FieldErrors,
) -> Template {
    let locales = locale_options(&form.locale);
    let page = AcceptPage {
        organisation,
        email,
        form,
        errors,
        locales,
        min_password: MIN_PASSWORD,
    };
    ctx.render("invitations/accept", msg!("invitation-accept-title"), page)
}

#[rocket::get("/invitations/<token>")]
pub async fn accept_form(token: String, ctx: PageCtx, db: &State<Db>) -> Result<Answer, Error> {
    let now = ctx.now;
    let Some(invitation) = db.run(move |conn| find_open(conn, &token, now)).await? else {
        return Ok(closed_link(&ctx));
    };
    let form = AcceptForm {
        locale: ctx.locale.code().to_owned(),
        ..<AcceptForm as Default>::default()
    };
    let page = accept_page(
        &ctx,
        &invitation.organisation,
        &invitation.email,
        &form,
        FieldErrors::default(),
    );
    Ok(Answer::page(Status::Ok, page))
}

#[rocket::post("/invitations/<token>", data = "<form>")]
pub async fn accept_invitation(
    token: String,
    ctx: PageCtx,
    form: CsrfForm<AcceptForm>,
    cookies: &CookieJar<'_>,
    config: &State<Config>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let (form, now) = (form.0, ctx.now);
    let lookup = token.clone();
    let Some(invitation) = db.run(move |conn| find_open(conn, &lookup, now)).await? else {
        return Ok(closed_link(&ctx));
    };
    let mut errors = FieldErrors::default();
    errors.text("display_name", &form.display_name, MAX_NAME);
    errors.new_password("password", &form.password);
    errors.locale("locale", &form.locale);
    let again = |errors| {
        accept_page(
            &ctx,
            &invitation.organisation,
            &invitation.email,
            &form,
            errors,
        )
    };
    if !errors.is_empty() {
        return Ok(Answer::invalid(again(errors)));
    }
    let (name, password, locale) = (
        form.display_name.clone(),
        form.password.clone(),
        form.locale.clone(),
    );
    match db
        .run(move |conn| accept(conn, &token, &name, &password, &locale, now))
        .await?
    {
        Acceptance::Accepted(session) => {
            let secure = config.secure_cookies();
            start_session(cookies, session, Locale::from_code(&form.locale), secure);
            Ok(Answer::onward(
                "/dashboard",
                msg!("flash-welcome-coordinator"),
            ))
        }
        Acceptance::Closed => Ok(closed_link(&ctx)),
        Acceptance::Refused(refusal) => {
            errors.add("form", refusal.message());
            Ok(Answer::refused(&refusal, again(errors)))
        }
    }
}
