//! The admin's organisation list: create organisations and invite their first coordinators.

use rocket::form::FromForm;
use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::{create_by_admin, summaries, OrganisationSummary, MAX_NAME};
use crate::db::Db;
use crate::error::Error;
use crate::msg;
use crate::web::csrf::CsrfForm;
use crate::web::forms::{Answer, FieldErrors};
use crate::web::guards::Admin;
use crate::web::PageCtx;

#[derive(Debug, Default, FromForm, Serialize)]
pub struct OrganisationForm {
    #[field(default = String::new())]
    name: String,
}

#[derive(Serialize)]
struct ListPage<'a> {
    organisations: Vec<OrganisationSummary>,
    form: &'a OrganisationForm,
    errors: FieldErrors,
    /// The invite form that was refused: which organisation, what was typed, why.
    invite_for: Option<i32>,
    invite_email: &'a str,
    invite_errors: FieldErrors,
}

/// The page, optionally with a refused invitation form shown again.
pub async fn list_page(
    ctx: &PageCtx,
    db: &Db,
    refused_invite: Option<(i32, &str, FieldErrors)>,
) -> Result<Template, Error> {
    render(
        ctx,
        db,
        &<OrganisationForm as Default>::default(),
        FieldErrors::default(),
        refused_invite,
    )
    .await
}

async fn render(
    ctx: &PageCtx,
    db: &Db,
    form: &OrganisationForm,
    errors: FieldErrors,
    refused_invite: Option<(i32, &str, FieldErrors)>,
) -> Result<Template, Error> {
    let organisations = db.run(summaries).await?;
    let (invite_for, invite_email, invite_errors) = match refused_invite {
        Some((id, email, errors)) => (Some(id), email, errors),
        None => (None, "", FieldErrors::default()),
    };
    let page = ListPage {
        organisations,
        form,
        errors,
        invite_for,
        invite_email,
        invite_errors,
    };
    Ok(ctx.render("organisations/list", msg!("organisations-title"), page))
}

#[rocket::get("/admin/organisations")]
pub async fn list(_admin: Admin, ctx: PageCtx, db: &State<Db>) -> Result<Template, Error> {
    list_page(&ctx, db, None).await
}

#[rocket::post("/admin/organisations", data = "<form>")]
pub async fn add(
    admin: Admin,
    ctx: PageCtx,
    form: CsrfForm<OrganisationForm>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let form = form.0;
    let mut errors = FieldErrors::default();
    errors.text("name", &form.name, MAX_NAME);
    if !errors.is_empty() {
        return Ok(Answer::invalid(
            render(&ctx, db, &form, errors, None).await?,
        ));
    }
    let (name, by, now) = (form.name.clone(), admin.actor(), ctx.now);
    db.run(move |conn| create_by_admin(conn, by, &name, now))
        .await?;
    Ok(Answer::onward(
        "/admin/organisations",
        msg!("flash-organisation-created"),
    ))
}
