//! The coordinator's site pages: the organisation's sites, adding one, editing (name, kind,
//! address, public code, notes in several languages, tables), closing and reopening; and the
//! earlier public codes that still lead to a site.

use std::collections::HashMap;

use rocket::form::FromForm;
use rocket::http::Status;
use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::{
    CodeProblem, Site, SiteDraft, SiteKind, SiteNotes, MAX_ADDRESS, MAX_NAME, MAX_TABLES,
    MAX_TABLE_LABEL,
};
use crate::db::Db;
use crate::error::Error;
use crate::i18n::MessageId;
use crate::msg;
use crate::staff_texts::Translations;
use crate::web::csrf::{CsrfForm, TokenOnly};
use crate::web::forms::{Answer, FieldErrors};
use crate::web::guards::Coordinator;
use crate::web::texts::{note_boxes, typed_translations, NoteBoxes};
use crate::web::{labels, Now, PageCtx};

/// The site form as typed: one text per interface language for each note, tables one per
/// line.
#[derive(Debug, Default, Clone, FromForm, Serialize)]
pub struct SiteForm {
    #[field(default = String::new())]
    name: String,
    #[field(default = String::new())]
    kind: String,
    #[field(default = String::new())]
    address: String,
    #[field(default = String::new())]
    public_code: String,
    #[field(default = HashMap::new())]
    opening: HashMap<String, String>,
    #[field(default = HashMap::new())]
    access: HashMap<String, String>,
    #[field(default = String::new())]
    tables: String,
}

impl SiteForm {
    fn check(&self, errors: &mut FieldErrors) -> Option<SiteDraft> {
        errors.text("name", &self.name, MAX_NAME);
        errors.text("address", &self.address, MAX_ADDRESS);
        let kind = SiteKind::parse(&self.kind);
        if kind.is_none() {
            errors.add("kind", msg!("form-error-choose"));
        }
        if let Err(problem) = super::checked_code(&self.public_code) {
            errors.add("public_code", code_message(problem));
        }
        let opening = typed_translations("opening", &self.opening, errors);
        let access = typed_translations("access", &self.access, errors);
        let tables: Vec<String> = self
            .tables
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect();
        let mut distinct = tables.clone();
        distinct.sort();
        distinct.dedup();
        if tables.len() > MAX_TABLES
            || distinct.len() < tables.len()
            || tables.iter().any(|t| t.chars().count() > MAX_TABLE_LABEL)
        {
            errors.add("tables", msg!("site-error-tables"));
        }
        if !errors.is_empty() {
            return None;
        }
        Some(SiteDraft {
            name: self.name.clone(),
            kind,
            address: self.address.clone(),
            public_code: self.public_code.clone(),
            opening,
            access,
            tables,
        })
    }

    fn of(site: &Site, notes: &SiteNotes, tables: &[super::SiteTable]) -> SiteForm {
        let typed = |texts: &Translations| {
            texts
                .iter()
                .map(|(code, text)| (code.to_owned(), text.to_owned()))
                .collect()
        };
        SiteForm {
            name: site.name.clone(),
            kind: site.kind.as_str().to_owned(),
            address: site.address.clone(),
            public_code: site.public_code.clone(),
            opening: typed(&notes.opening),
            access: typed(&notes.access),
            tables: tables
                .iter()
                .map(|t| t.label.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }
}

fn code_message(problem: CodeProblem) -> MessageId {
    match problem {
        CodeProblem::Shape => msg!("site-error-code"),
        CodeProblem::Taken => msg!("site-error-code-taken"),
    }
}

#[derive(Serialize)]
struct KindChoice {
    value: &'static str,
    label: MessageId,
    selected: bool,
}

#[derive(Serialize)]
struct SiteFormPage<'a> {
    form: &'a SiteForm,
    errors: FieldErrors,
    kinds: Vec<KindChoice>,
    opening: NoteBoxes,
    access: NoteBoxes,
    /// Editing a site: its id and whether it is open.
    editing: Option<i32>,
    open: bool,
}

fn form_page(
    ctx: &PageCtx,
    form: &SiteForm,
    errors: FieldErrors,
    editing: Option<(i32, bool)>,
) -> Template {
    let page = SiteFormPage {
        kinds: SiteKind::ALL
            .into_iter()
            .map(|k| KindChoice {
                value: k.as_str(),
                label: labels::site_kind(k),
                selected: form.kind == k.as_str(),
            })
            .collect(),
        opening: note_boxes(ctx.locale, &form.opening),
        access: note_boxes(ctx.locale, &form.access),
        editing: editing.map(|(id, _)| id),
        open: editing.is_none_or(|(_, open)| open),
        form,
        errors,
    };
    let title = if editing.is_some() {
        msg!("site-edit-title")
    } else {
        msg!("site-new-title")
    };
    ctx.render("sites/form", title, page)
}

#[derive(Serialize)]
struct SiteRow {
    id: i32,
    name: String,
    public_code: String,
    kind: MessageId,
    address: String,
    open: bool,
    queue_paused: bool,
}

#[derive(Serialize)]
struct SitesPage {
    sites: Vec<SiteRow>,
}

#[rocket::get("/org/sites")]
pub async fn list(me: Coordinator, ctx: PageCtx, db: &State<Db>) -> Result<Template, Error> {
    let organisation = me.organisation_id;
    let sites = db
        .run(move |conn| super::of_organisation(conn, organisation))
        .await?;
    let sites = sites
        .into_iter()
        .map(|site| SiteRow {
            open: site.is_open(),
            kind: labels::site_kind(site.kind),
            id: site.id,
            name: site.name,
            public_code: site.public_code,
            address: site.address,
            queue_paused: site.queue_paused,
        })
        .collect();
    Ok(ctx.render("sites/list", msg!("sites-title"), SitesPage { sites }))
}

#[rocket::get("/org/sites/new")]
pub fn new_form(_me: Coordinator, ctx: PageCtx) -> Template {
    let form = SiteForm {
        kind: SiteKind::DropIn.as_str().to_owned(),
        ..<SiteForm as Default>::default()
    };
    form_page(&ctx, &form, FieldErrors::default(), None)
}

#[rocket::post("/org/sites", data = "<form>")]
pub async fn add(
    me: Coordinator,
    ctx: PageCtx,
    form: CsrfForm<SiteForm>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let form = form.0;
    let mut errors = FieldErrors::default();
    let Some(draft) = form.check(&mut errors) else {
        return Ok(Answer::invalid(form_page(&ctx, &form, errors, None)));
    };
    let (by, organisation, now) = (me.actor(), me.organisation_id, ctx.now);
    match db
        .run(move |conn| super::add(conn, by, organisation, &draft, now))
        .await?
    {
        Ok(_) => Ok(Answer::onward("/org/sites", msg!("flash-site-created"))),
        Err(problem) => {
            errors.add("public_code", code_message(problem));
            Ok(Answer::invalid(form_page(&ctx, &form, errors, None)))
        }
    }
}

#[rocket::get("/org/sites/<id>")]
pub async fn edit_form(
    me: Coordinator,
    id: i32,
    ctx: PageCtx,
    db: &State<Db>,
) -> Result<Template, Error> {
    let organisation = me.organisation_id;
    let (form, open) = db
        .run(move |conn| {
            let site = super::find(conn, organisation, id)?.ok_or(Error::NotFound)?;
            let notes = super::notes_of(conn, &[id])?
                .remove(&id)
                .unwrap_or_default();
            let tables = super::tables(conn, id)?;
            Ok::<_, Error>((SiteForm::of(&site, &notes, &tables), site.is_open()))
        })
        .await?;
    Ok(form_page(
        &ctx,
        &form,
        FieldErrors::default(),
        Some((id, open)),
    ))
}

#[rocket::post("/org/sites/<id>", data = "<form>")]
pub async fn edit(
    me: Coordinator,
    id: i32,
    ctx: PageCtx,
    form: CsrfForm<SiteForm>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let (form, organisation) = (form.0, me.organisation_id);
    let open = db
        .run(move |conn| super::find(conn, organisation, id))
        .await?
        .ok_or(Error::NotFound)?
        .is_open();
    let mut errors = FieldErrors::default();
    let Some(draft) = form.check(&mut errors) else {
        return Ok(Answer::invalid(form_page(
            &ctx,
            &form,
            errors,
            Some((id, open)),
        )));
    };
    let (by, now) = (me.actor(), ctx.now);
    match db
        .run(move |conn| super::update(conn, by, organisation, id, &draft, now))
        .await?
    {
        Ok(()) => Ok(Answer::onward("/org/sites", msg!("flash-site-saved"))),
        Err(problem) => {
            errors.add("public_code", code_message(problem));
            let page = form_page(&ctx, &form, errors, Some((id, open)));
            Ok(Answer::page(Status::UnprocessableEntity, page))
        }
    }
}

#[derive(Serialize)]
struct ConfirmPage {
    id: i32,
    name: String,
}

/// Closing a site is asked once more: it stops the queue and hides the site.
#[rocket::get("/org/sites/<id>/close")]
pub async fn close_form(
    me: Coordinator,
    id: i32,
    ctx: PageCtx,
    db: &State<Db>,
) -> Result<Template, Error> {
    let organisation = me.organisation_id;
    let site = db
        .run(move |conn| super::find(conn, organisation, id))
        .await?
        .ok_or(Error::NotFound)?;
    let page = ConfirmPage {
        id,
        name: site.name,
    };
    Ok(ctx.render("sites/close", msg!("site-close-title"), page))
}

#[rocket::post("/org/sites/<id>/<action>", data = "<_form>")]
pub async fn open_or_close(
    me: Coordinator,
    id: i32,
    action: &str,
    now: Now,
    _form: CsrfForm<TokenOnly>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let (open, flash) = match action {
        "close" => (false, msg!("flash-site-closed")),
        "reopen" => (true, msg!("flash-site-reopened")),
        _ => return Err(Error::NotFound),
    };
    let (by, organisation, now) = (me.actor(), me.organisation_id, now.0);
    db.run(move |conn| super::set_open(conn, by, organisation, id, open, now))
        .await?;
    Ok(Answer::onward("/org/sites", flash))
}
