//! Inviting coordinators and accepting an invitation.

use std::sync::Arc;

use rocket::form::FromForm;
use rocket::http::{CookieJar, Status};
use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::{accept, create, find_open, pending, Acceptance, PendingInvitation};
use crate::auth::csrf::CsrfForm;
use crate::auth::routes::sign_in_new_account;
use crate::auth::{Admin, Coordinator};
use crate::config::Config;
use crate::db::Db;
use crate::error::Error;
use crate::i18n::Locale;
use crate::mail::{deliver, Mail};
use crate::organisations;
use crate::users::routes::{locale_options, LocaleOption};
use crate::users::{self, PersonRow, Role};
use crate::web::forms::{Answer, FieldErrors, MIN_PASSWORD};
use crate::web::{closed_link, PageCtx};

#[derive(Debug, Default, FromForm, Serialize)]
pub struct InviteForm {
    #[field(default = String::new())]
    email: String,
}

/// The page that shows a new link to the person who made it, to pass on.
#[derive(Serialize)]
pub struct LinkPage {
    pub link: String,
    pub explanation: &'static str,
    pub back: &'static str,
    pub back_label: &'static str,
}

async fn send_invitation(
    ctx: &PageCtx,
    config: &Config,
    email: String,
    organisation: &str,
    link: &str,
) {
    let args = [("organisation", organisation), ("link", link)];
    let mail = Mail {
        to: email,
        subject: ctx.locale.text_with("mail-invitation-subject", &args),
        body: ctx.locale.text_with("mail-invitation-body", &args),
    };
    deliver(Arc::clone(&config.mailer), mail).await;
}

/// Validates the email and makes the invitation; `Err` is the form again.
async fn invite(
    ctx: &PageCtx,
    config: &Config,
    db: &Db,
    organisation_id: i32,
    inviter: i32,
    form: &InviteForm,
) -> Result<Result<Template, FieldErrors>, Error> {
    let mut errors = FieldErrors::default();
    errors.email("email", &form.email);
    let email = form.email.clone();
    if errors.is_empty() && db.run(move |conn| users::email_taken(conn, &email)).await? {
        errors.add("email", "form-error-email-taken");
    }
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let email = form.email.clone();
    let (token, organisation) = db
        .run(move |conn| {
            let organisation =
                organisations::find(conn, organisation_id)?.ok_or(Error::NotFound)?;
            Ok((
                create(conn, organisation_id, &email, inviter)?,
                organisation.name,
            ))
        })
        .await?;
    let link = config.link(&format!("/invitations/{token}"));
    send_invitation(ctx, config, form.email.clone(), &organisation, &link).await;
    Ok(Ok(ctx.render(
        "links/created",
        "invitation-created-title",
        LinkPage {
            link,
            explanation: "invitation-created-help",
            back: "/dashboard",
            back_label: "nav-dashboard",
        },
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
    match invite(&ctx, config, db, id, admin.0.user_id, &form.0).await? {
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
struct CoordinatorsPage<'a> {
    coordinators: Vec<PersonRow>,
    invitations: Vec<PendingInvitation>,
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
    let locale = ctx.locale;
    let (coordinators, invitations) = db
        .run(move |conn| {
            let coordinators = users::people(conn, organisation_id, Role::Coordinator, locale)?;
            Ok((coordinators, pending(conn, organisation_id, locale)?))
        })
        .await?;
    let page = CoordinatorsPage {
        coordinators,
        invitations,
        form,
        errors,
    };
    Ok(ctx.render("invitations/coordinators", "coordinators-title", page))
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
    match invite(
        &ctx,
        config,
        db,
        me.organisation_id,
        me.user.user_id,
        &form.0,
    )
    .await?
    {
        Ok(page) => Ok(Answer::page(Status::Ok, page)),
        Err(errors) => {
            let page = coordinators_page(&ctx, db, me.organisation_id, &form.0, errors).await?;
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
    ctx.render("invitations/accept", "invitation-accept-title", page)
}

#[rocket::get("/invitations/<token>")]
pub async fn accept_form(token: String, ctx: PageCtx, db: &State<Db>) -> Result<Answer, Error> {
    let Some(invitation) = db.run(move |conn| find_open(conn, &token)).await? else {
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
    db: &State<Db>,
) -> Result<Answer, Error> {
    let form = form.0;
    let lookup = token.clone();
    let Some(invitation) = db.run(move |conn| find_open(conn, &lookup)).await? else {
        return Ok(closed_link(&ctx));
    };
    let mut errors = FieldErrors::default();
    errors.text("display_name", &form.display_name, 80);
    errors.new_password("password", &form.password);
    errors.locale("locale", &form.locale);
    if !errors.is_empty() {
        let page = accept_page(
            &ctx,
            &invitation.organisation,
            &invitation.email,
            &form,
            errors,
        );
        return Ok(Answer::invalid(page));
    }
    let (name, password, locale) = (
        form.display_name.clone(),
        form.password.clone(),
        form.locale.clone(),
    );
    match db
        .run(move |conn| accept(conn, &token, &name, &password, &locale))
        .await?
    {
        Acceptance::Accepted(session) => {
            sign_in_new_account(
                cookies,
                session,
                Locale::from_code(&form.locale).unwrap_or(ctx.locale),
            );
            Ok(Answer::onward("/dashboard", "flash-welcome-coordinator"))
        }
        Acceptance::Closed => Ok(closed_link(&ctx)),
        Acceptance::EmailTaken => {
            let mut errors = FieldErrors::default();
            errors.add("form", "invitation-error-email-taken");
            let page = accept_page(
                &ctx,
                &invitation.organisation,
                &invitation.email,
                &form,
                errors,
            );
            Ok(Answer::invalid(page))
        }
    }
}
