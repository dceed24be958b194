//! The coordinator's training page: the organisation's modules, adding one, and making a
//! module required or optional.

use rocket::form::FromForm;
use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::{add_module, modules, toggle_required, Module, MAX_TITLE};
use crate::auth::csrf::{CsrfForm, TokenOnly};
use crate::auth::Coordinator;
use crate::db::Db;
use crate::error::Error;
use crate::web::forms::{Answer, FieldErrors};
use crate::web::PageCtx;

#[derive(Debug, Default, FromForm, Serialize)]
pub struct ModuleForm {
    #[field(default = String::new())]
    title: String,
    #[field(default = false)]
    required: bool,
}

#[derive(Serialize)]
struct TrainingPage<'a> {
    modules: Vec<Module>,
    form: &'a ModuleForm,
    errors: FieldErrors,
    max_title: usize,
}

async fn page(
    ctx: &PageCtx,
    db: &Db,
    organisation: i32,
    form: &ModuleForm,
    errors: FieldErrors,
) -> Result<Template, Error> {
    let modules = db.run(move |conn| modules(conn, organisation)).await?;
    let page = TrainingPage {
        modules,
        form,
        errors,
        max_title: MAX_TITLE,
    };
    Ok(ctx.render("training/modules", "training-title", page))
}

#[rocket::get("/org/training")]
pub async fn list(me: Coordinator, ctx: PageCtx, db: &State<Db>) -> Result<Template, Error> {
    // A new module is required unless the coordinator says otherwise.
    let form = ModuleForm {
        required: true,
        ..<ModuleForm as Default>::default()
    };
    page(&ctx, db, me.organisation_id, &form, FieldErrors::default()).await
}

#[rocket::post("/org/training", data = "<form>")]
pub async fn add(
    me: Coordinator,
    ctx: PageCtx,
    form: CsrfForm<ModuleForm>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let form = form.0;
    let mut errors = FieldErrors::default();
    errors.text("title", &form.title, MAX_TITLE);
    if !errors.is_empty() {
        let page = page(&ctx, db, me.organisation_id, &form, errors).await?;
        return Ok(Answer::invalid(page));
    }
    let (organisation, by, title, required) = (
        me.organisation_id,
        me.user.user_id,
        form.title.clone(),
        form.required,
    );
    db.run(move |conn| add_module(conn, organisation, &title, required, by))
        .await?;
    Ok(Answer::onward(
        "/org/training",
        "flash-training-module-added",
    ))
}

#[rocket::post("/org/training/<id>/required", data = "<_form>")]
pub async fn toggle(
    me: Coordinator,
    id: i32,
    _form: CsrfForm<TokenOnly>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let (organisation, by) = (me.organisation_id, me.user.user_id);
    db.run(move |conn| toggle_required(conn, organisation, id, by))
        .await?;
    Ok(Answer::onward(
        "/org/training",
        "flash-training-module-saved",
    ))
}
