//! The coordinator's page about one volunteer: languages, topics, status and its history,
//! training (with completions to record) and credentials; and the two forms on it, a status
//! change and a training completion. Every view is audited.

use rocket::form::FromForm;
use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::profile::{self, VolunteerRecord};
use super::status::{self, Outcome};
use crate::auth::csrf::CsrfForm;
use crate::auth::Coordinator;
use crate::db::Db;
use crate::error::Error;
use crate::i18n;
use crate::privacy::audit::{self, Action, Subject};
use crate::training::{self, Module};
use crate::users::Status;
use crate::web::forms::{Answer, FieldErrors};
use crate::web::PageCtx;

#[derive(Debug, Default, FromForm)]
pub struct StatusForm {
    #[field(default = String::new())]
    status: String,
}

#[derive(Debug, Default, FromForm)]
pub struct CompletionForm {
    #[field(default = 0)]
    module_id: i32,
    #[field(default = String::new())]
    completed_on: String,
}

/// A form on the page that was refused, to show again with what was chosen and why.
enum Refused {
    Nothing,
    Status {
        chosen: String,
        error: &'static str,
        /// The required modules still missing, when `active` was refused.
        missing: Vec<Module>,
    },
    Completion {
        module_id: i32,
        completed_on: String,
        errors: FieldErrors,
    },
}

#[derive(Serialize)]
struct StatusOption {
    value: &'static str,
    label: &'static str,
    selected: bool,
}

#[derive(Serialize)]
struct DetailPage {
    volunteer: VolunteerRecord,
    statuses: Vec<StatusOption>,
    status_error: Option<&'static str>,
    missing: Vec<Module>,
    /// The module whose completion form was refused (0 for none), what was typed, and why.
    completion_module: i32,
    completion_typed: String,
    completion_errors: FieldErrors,
    today: String,
}

/// The five statuses for the `<select>`, with `chosen` selected.
fn status_options(chosen: &str) -> Vec<StatusOption> {
    Status::ALL
        .into_iter()
        .map(|s| StatusOption {
            value: s.as_str(),
            label: s.label_id(),
            selected: s.as_str() == chosen,
        })
        .collect()
}

fn render(ctx: &PageCtx, volunteer: VolunteerRecord, refused: Refused) -> Template {
    let today = i18n::today().to_string();
    let mut page = DetailPage {
        statuses: status_options(volunteer.status.as_str()),
        status_error: None,
        missing: Vec::new(),
        completion_module: 0,
        completion_typed: today.clone(),
        completion_errors: FieldErrors::default(),
        today,
        volunteer,
    };
    match refused {
        Refused::Nothing => {}
        Refused::Status {
            chosen,
            error,
            missing,
        } => {
            page.statuses = status_options(&chosen);
            page.status_error = Some(error);
            page.missing = missing;
        }
        Refused::Completion {
            module_id,
            completed_on,
            errors,
        } => {
            page.completion_module = module_id;
            page.completion_typed = completed_on;
            page.completion_errors = errors;
        }
    }
    ctx.render("volunteers/detail", "volunteer-title", page)
}

/// The page again after a refused form; `Error::NotFound` for another organisation's volunteer.
async fn refused_page(
    ctx: &PageCtx,
    db: &Db,
    me: &Coordinator,
    id: i32,
    refused: Refused,
) -> Result<Answer, Error> {
    let (organisation, locale) = (me.organisation_id, ctx.locale);
    let volunteer = db
        .run(move |conn| profile::record(conn, organisation, id, locale))
        .await?;
    Ok(Answer::invalid(render(ctx, volunteer, refused)))
}

#[rocket::get("/org/volunteers/<id>")]
pub async fn show(
    me: Coordinator,
    id: i32,
    ctx: PageCtx,
    db: &State<Db>,
) -> Result<Template, Error> {
    let (organisation, viewer, locale) = (me.organisation_id, me.user.user_id, ctx.locale);
    let volunteer = db
        .run(move |conn| {
            let volunteer = profile::record(conn, organisation, id, locale)?;
            // Staff views of a volunteer's data are audited (DESIGN.md §7).
            audit::record(
                conn,
                Some(organisation),
                Some(viewer),
                Action::VolunteerViewed,
                Subject::User(id),
            )?;
            Ok(volunteer)
        })
        .await?;
    Ok(render(&ctx, volunteer, Refused::Nothing))
}

fn this_page(id: i32) -> String {
    format!("/org/volunteers/{id}")
}

#[rocket::post("/org/volunteers/<id>/status", data = "<form>")]
pub async fn change_status(
    me: Coordinator,
    id: i32,
    ctx: PageCtx,
    form: CsrfForm<StatusForm>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let chosen = form.0.status;
    let Some(to) = Status::parse(&chosen) else {
        let refused = Refused::Status {
            chosen,
            error: "form-error-choose",
            missing: Vec::new(),
        };
        return refused_page(&ctx, db, &me, id, refused).await;
    };
    let (organisation, by) = (me.organisation_id, me.user.user_id);
    let outcome = db
        .run(move |conn| status::change(conn, organisation, id, to, by))
        .await?;
    match outcome {
        Outcome::Changed => Ok(Answer::onward(this_page(id), "flash-status-changed")),
        Outcome::Unchanged => Ok(Answer::onward(this_page(id), "flash-status-unchanged")),
        Outcome::TrainingMissing(missing) => {
            let refused = Refused::Status {
                chosen,
                error: "volunteer-status-error-training",
                missing,
            };
            refused_page(&ctx, db, &me, id, refused).await
        }
    }
}

#[rocket::post("/org/volunteers/<id>/training", data = "<form>")]
pub async fn record_completion(
    me: Coordinator,
    id: i32,
    ctx: PageCtx,
    form: CsrfForm<CompletionForm>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let CompletionForm {
        module_id,
        completed_on,
    } = form.0;
    let mut errors = FieldErrors::default();
    let Some(date) = errors.past_date("completed_on", &completed_on, i18n::today()) else {
        let refused = Refused::Completion {
            module_id,
            completed_on,
            errors,
        };
        return refused_page(&ctx, db, &me, id, refused).await;
    };
    let (organisation, by) = (me.organisation_id, me.user.user_id);
    db.run(move |conn| training::record_completion(conn, organisation, module_id, id, date, by))
        .await?;
    Ok(Answer::onward(this_page(id), "flash-training-recorded"))
}
