//! The coordinator's page about one volunteer: languages, topics, status and its history,
//! training (with completions to record) and credentials; and the two forms on it, a status
//! change and a training completion. Every view is audited.

use rocket::form::FromForm;
use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::profile::{self, VolunteerRecord};
use super::status::{self, Outcome, StatusChange};
use crate::clock::today_in_finland;
use crate::db::Db;
use crate::error::Error;
use crate::i18n::{format_datetime, language_name, LanguageName, Locale, MessageId};
use crate::msg;
use crate::queue::live::Live;
use crate::training::routes::{
    checklist_views, credential_views, ChecklistView, CredentialView, ModuleView,
};
use crate::training::{self, Module};
use crate::users::Status;
use crate::web::csrf::CsrfForm;
use crate::web::forms::{Answer, FieldErrors};
use crate::web::guards::Coordinator;
use crate::web::{labels, PageCtx};

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
        error: MessageId,
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
    label: MessageId,
    selected: bool,
}

#[derive(Serialize)]
struct LanguageView {
    #[serde(flatten)]
    language: LanguageName,
    level: MessageId,
}

#[derive(Serialize)]
struct ChangeView {
    at: String,
    from: MessageId,
    to: MessageId,
    by: Option<String>,
}

impl ChangeView {
    fn of(change: StatusChange, locale: Locale) -> ChangeView {
        ChangeView {
            at: format_datetime(locale, change.at),
            from: labels::status(change.from),
            to: labels::status(change.to),
            by: change.by,
        }
    }
}

#[derive(Serialize)]
struct RecordView {
    id: i32,
    display_name: String,
    email: String,
    phone: Option<String>,
    status_label: MessageId,
    languages: Vec<LanguageView>,
    confident: Vec<MessageId>,
    learning: Vec<MessageId>,
    history: Vec<ChangeView>,
    training: Vec<ChecklistView>,
    credentials: Vec<CredentialView>,
}

impl RecordView {
    fn of(record: VolunteerRecord, locale: Locale) -> RecordView {
        RecordView {
            id: record.id,
            status_label: labels::status(record.status),
            languages: record
                .languages
                .iter()
                .map(|(language, level)| LanguageView {
                    language: language_name(locale, *language),
                    level: labels::level(*level),
                })
                .collect(),
            confident: record.confident.iter().map(|t| labels::topic(t)).collect(),
            learning: record.learning.iter().map(|t| labels::topic(t)).collect(),
            history: record
                .history
                .into_iter()
                .map(|c| ChangeView::of(c, locale))
                .collect(),
            training: checklist_views(record.training, locale),
            credentials: credential_views(record.credentials, locale),
            display_name: record.display_name,
            email: record.email,
            phone: record.phone,
        }
    }
}

#[derive(Serialize)]
struct DetailPage {
    volunteer: RecordView,
    statuses: Vec<StatusOption>,
    status_error: Option<MessageId>,
    missing: Vec<ModuleView>,
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
            label: labels::status(s),
            selected: s.as_str() == chosen,
        })
        .collect()
}

fn render(ctx: &PageCtx, volunteer: VolunteerRecord, refused: Refused) -> Template {
    let today = today_in_finland(ctx.now).to_string();
    let mut page = DetailPage {
        statuses: status_options(volunteer.status.as_str()),
        status_error: None,
        missing: Vec::new(),
        completion_module: 0,
        completion_typed: today.clone(),
        completion_errors: FieldErrors::default(),
        today,
        volunteer: RecordView::of(volunteer, ctx.locale),
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
            page.missing = missing.into_iter().map(ModuleView::of).collect();
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
    ctx.render("volunteers/detail", msg!("volunteer-title"), page)
}

/// The page again after a refused form; `Error::NotFound` for another organisation's volunteer.
async fn refused_page(
    ctx: &PageCtx,
    db: &Db,
    me: &Coordinator,
    id: i32,
    refused: Refused,
) -> Result<Answer, Error> {
    let organisation = me.organisation_id;
    let volunteer = db
        .run(move |conn| profile::record(conn, organisation, id))
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
    let (by, organisation, now) = (me.actor(), me.organisation_id, ctx.now);
    let volunteer = db
        .run(move |conn| profile::view_as_staff(conn, by, organisation, id, now))
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
    live: &State<Live>,
) -> Result<Answer, Error> {
    let chosen = form.0.status;
    let Some(to) = Status::parse(&chosen) else {
        let refused = Refused::Status {
            chosen,
            error: msg!("form-error-choose"),
            missing: Vec::new(),
        };
        return refused_page(&ctx, db, &me, id, refused).await;
    };
    let (by, organisation, now) = (me.actor(), me.organisation_id, ctx.now);
    let live = live.inner().clone();
    let outcome = db
        .run(move |conn| status::change(conn, &live, by, organisation, id, to, now))
        .await?;
    match outcome {
        Outcome::Changed => Ok(Answer::onward(this_page(id), msg!("flash-status-changed"))),
        Outcome::Unchanged => Ok(Answer::onward(
            this_page(id),
            msg!("flash-status-unchanged"),
        )),
        Outcome::TrainingMissing(missing) => {
            let refused = Refused::Status {
                chosen,
                error: msg!("volunteer-status-error-training"),
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
    let today = today_in_finland(ctx.now);
    let Some(date) = errors.past_date("completed_on", &completed_on, today) else {
        let refused = Refused::Completion {
            module_id,
            completed_on,
            errors,
        };
        return refused_page(&ctx, db, &me, id, refused).await;
    };
    let (by, organisation, now) = (me.actor(), me.organisation_id, ctx.now);
    db.run(move |conn| {
        training::record_completion(conn, by, organisation, module_id, id, date, now)
    })
    .await?;
    Ok(Answer::onward(
        this_page(id),
        msg!("flash-training-recorded"),
    ))
}
