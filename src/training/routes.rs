//! The coordinator's training page (the organisation's modules, adding one, making one
//! required or optional), and the views of modules, checklists and credentials that the
//! volunteers' pages share.

use rocket::form::FromForm;
use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::credentials::Credential;
use super::sessions::{self, ModuleRatings, MEANS_FROM};
use super::{add_module, modules, toggle_required, ChecklistItem, Module, MAX_TITLE};
use crate::db::Db;
use crate::error::Error;
use crate::i18n::{format_date, Locale, MessageId};
use crate::msg;
use crate::web::csrf::{CsrfForm, TokenOnly};
use crate::web::forms::{Answer, FieldErrors};
use crate::web::guards::Coordinator;
use crate::web::{labels, Now, PageCtx};

/// A module as pages show it: a seed module's title is a message, an added one's is text.
#[derive(Debug, Serialize)]
pub struct ModuleView {
    pub id: i32,
    pub title_id: Option<MessageId>,
    pub title: String,
    pub required: bool,
}

impl ModuleView {
    pub fn of(module: Module) -> ModuleView {
        ModuleView {
            id: module.id,
            title_id: module.seed_key.as_deref().and_then(labels::seed_module),
            title: module.title,
            required: module.required,
        }
    }
}

/// One line of a volunteer's training checklist.
#[derive(Debug, Serialize)]
pub struct ChecklistView {
    #[serde(flatten)]
    pub module: ModuleView,
    /// The day it was completed, in the reader's format.
    pub completed_on: Option<String>,
}

pub fn checklist_views(items: Vec<ChecklistItem>, locale: Locale) -> Vec<ChecklistView> {
    items
        .into_iter()
        .map(|item| ChecklistView {
            module: ModuleView::of(item.module),
            completed_on: item.completed_on.map(|date| format_date(locale, date)),
        })
        .collect()
}

#[derive(Debug, Serialize)]
pub struct CredentialView {
    pub id: i32,
    pub name: String,
    pub issuer: String,
    pub issued_on: String,
    pub link: Option<String>,
}

pub fn credential_views(credentials: Vec<Credential>, locale: Locale) -> Vec<CredentialView> {
    credentials
        .into_iter()
        .map(|c| CredentialView {
            id: c.id,
            name: c.name,
            issuer: c.issuer,
            issued_on: format_date(locale, c.issued_on),
            link: c.link,
        })
        .collect()
}

#[derive(Debug, Default, FromForm, Serialize)]
pub struct ModuleForm {
    #[field(default = String::new())]
    title: String,
    #[field(default = false)]
    required: bool,
}

/// A module on the coordinator's page, with its ratings (`None` before the first answer).
#[derive(Serialize)]
struct ModuleRow {
    #[serde(flatten)]
    module: ModuleView,
    ratings: Option<RatingsView>,
}

/// The means are `None` while there are fewer than `MEANS_FROM` answers.
#[derive(Serialize)]
struct RatingsView {
    answers: i64,
    satisfaction: Option<f64>,
    usefulness: Option<f64>,
}

impl RatingsView {
    fn of(r: &ModuleRatings) -> RatingsView {
        RatingsView {
            answers: r.answers,
            satisfaction: r.satisfaction,
            usefulness: r.usefulness,
        }
    }
}

#[derive(Serialize)]
struct TrainingPage<'a> {
    modules: Vec<ModuleRow>,
    means_from: i64,
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
    let (modules, ratings) = db
        .run(move |conn| {
            Ok::<_, Error>((
                modules(conn, organisation)?,
                sessions::module_ratings(conn, organisation)?,
            ))
        })
        .await?;
    let page = TrainingPage {
        modules: modules
            .into_iter()
            .map(|m| ModuleRow {
                ratings: ratings
                    .iter()
                    .find(|r| r.module_id == m.id)
                    .map(RatingsView::of),
                module: ModuleView::of(m),
            })
            .collect(),
        means_from: MEANS_FROM,
        form,
        errors,
        max_title: MAX_TITLE,
    };
    Ok(ctx.render("training/modules", msg!("training-title"), page))
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
    let (by, organisation, now) = (me.actor(), me.organisation_id, ctx.now);
    let (title, required) = (form.title.clone(), form.required);
    db.run(move |conn| add_module(conn, by, organisation, &title, required, now))
        .await?;
    Ok(Answer::onward(
        "/org/training",
        msg!("flash-training-module-added"),
    ))
}

#[rocket::post("/org/training/<id>/required", data = "<_form>")]
pub async fn toggle(
    me: Coordinator,
    id: i32,
    now: Now,
    _form: CsrfForm<TokenOnly>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let (by, organisation, now) = (me.actor(), me.organisation_id, now.0);
    db.run(move |conn| toggle_required(conn, by, organisation, id, now))
        .await?;
    Ok(Answer::onward(
        "/org/training",
        msg!("flash-training-module-saved"),
    ))
}
