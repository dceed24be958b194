//! The coordinator's shift pages: the week board, creating a shift or a weekly series,
//! editing and cancelling, attendance, and the organisation's withdrawal limit.

use rocket::form::FromForm;
use rocket::http::Status;
use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::board::{self, WeekBoard};
use super::signups::{self, Attendance};
use super::{EditRefusal, ShiftForm};
use crate::auth::csrf::{CsrfForm, TokenOnly};
use crate::auth::Coordinator;
use crate::db::Db;
use crate::error::Error;
use crate::languages::HELP_LANGUAGES;
use crate::sites::{self, SiteLink};
use crate::web::forms::{Answer, FieldErrors};
use crate::web::PageCtx;

#[derive(Serialize)]
struct BoardPage {
    #[serde(flatten)]
    board: WeekBoard,
    withdraw_limit_hours: i32,
    errors: FieldErrors,
    /// Each site with its queue poster.
    sites: Vec<SiteLink>,
    volunteers_may_match: bool,
}

async fn board_page(
    me: &Coordinator,
    ctx: &PageCtx,
    db: &Db,
    week: Option<String>,
    errors: FieldErrors,
) -> Result<Template, Error> {
    let (organisation, locale) = (me.organisation_id, ctx.locale);
    let monday = board::monday_of(week.as_deref());
    let (board, withdraw_limit_hours, sites, volunteers_may_match) = db
        .run(move |conn| {
            let board = board::week(conn, organisation, monday, locale)?;
            let limit = super::withdraw_limit_hours(conn, organisation)?;
            let may_match = crate::queue::duty::volunteers_may_match(conn, organisation)?;
            Ok::<_, Error>((
                board,
                limit,
                sites::links_of(conn, organisation)?,
                may_match,
            ))
        })
        .await?;
    let page = BoardPage {
        board,
        withdraw_limit_hours,
        errors,
        sites,
        volunteers_may_match,
    };
    Ok(ctx.render("shifts/board", "board-title", page))
}

#[rocket::get("/org/shifts?<week>")]
pub async fn week_board(
    me: Coordinator,
    week: Option<String>,
    ctx: PageCtx,
    db: &State<Db>,
) -> Result<Template, Error> {
    board_page(&me, &ctx, db, week, FieldErrors::default()).await
}

#[derive(Serialize)]
struct LanguageChoice {
    code: &'static str,
    endonym: &'static str,
    rtl: bool,
    checked: bool,
}

#[derive(Serialize)]
struct SiteChoice {
    id: i32,
    name: String,
    selected: bool,
}

#[derive(Serialize)]
struct ShiftFormPage<'a> {
    form: &'a ShiftForm,
    errors: FieldErrors,
    sites: Vec<SiteChoice>,
    /// Not `languages`: the layout's language switcher has that name.
    wanted_languages: Vec<LanguageChoice>,
    /// Editing one shift: its id, and no series fields.
    editing: Option<i32>,
    weekly: bool,
}

fn form_page(
    ctx: &PageCtx,
    form: &ShiftForm,
    errors: FieldErrors,
    sites: Vec<(i32, String)>,
    editing: Option<i32>,
) -> Template {
    let page = ShiftFormPage {
        form,
        errors,
        sites: sites
            .into_iter()
            .map(|(id, name)| SiteChoice {
                selected: form.site_id == id.to_string(),
                id,
                name,
            })
            .collect(),
        wanted_languages: HELP_LANGUAGES
            .iter()
            .map(|l| LanguageChoice {
                code: l.code,
                endonym: l.endonym,
                rtl: l.rtl,
                checked: form.languages.iter().any(|c| c == l.code),
            })
            .collect(),
        editing,
        weekly: form.repeat == "weekly",
    };
    let title = if editing.is_some() {
        "shift-edit-title"
    } else {
        "shift-new-title"
    };
    ctx.render("shifts/form", title, page)
}

#[rocket::get("/org/shifts/new")]
pub async fn new_form(me: Coordinator, ctx: PageCtx, db: &State<Db>) -> Result<Template, Error> {
    let organisation = me.organisation_id;
    let sites = db
        .run(move |conn| super::site_choices(conn, organisation))
        .await?;
    let form = ShiftForm {
        places: "2".into(),
        ..<ShiftForm as Default>::default()
    };
    Ok(form_page(&ctx, &form, FieldErrors::default(), sites, None))
}

#[rocket::post("/org/shifts", data = "<form>")]
pub async fn create(
    me: Coordinator,
    ctx: PageCtx,
    form: CsrfForm<ShiftForm>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let (organisation, by) = (me.organisation_id, me.user.user_id);
    let form = form.0;
    let sites = db
        .run(move |conn| super::site_choices(conn, organisation))
        .await?;
    let mut errors = FieldErrors::default();
    let site_ok = |id| sites.iter().any(|(site, _)| *site == id);
    let Some(plan) = form.check(site_ok, true, &mut errors) else {
        return Ok(Answer::invalid(form_page(&ctx, &form, errors, sites, None)));
    };
    let first = plan.times[0].0;
    db.run(move |conn| super::create(conn, organisation, &plan, by))
        .await?;
    let week = super::utc_to_helsinki(first).format("%G-W%V");
    Ok(Answer::onward(
        format!("/org/shifts?week={week}"),
        "flash-shifts-created",
    ))
}

#[rocket::get("/org/shifts/<id>/edit")]
pub async fn edit_form(
    me: Coordinator,
    id: i32,
    ctx: PageCtx,
    db: &State<Db>,
) -> Result<Template, Error> {
    let organisation = me.organisation_id;
    let (form, sites) = db
        .run(move |conn| {
            let shift = super::find(conn, organisation, id)?.ok_or(Error::NotFound)?;
            let languages = super::languages_of(conn, id)?;
            Ok::<_, Error>((
                ShiftForm::of(&shift, languages),
                super::site_choices(conn, organisation)?,
            ))
        })
        .await?;
    Ok(form_page(
        &ctx,
        &form,
        FieldErrors::default(),
        sites,
        Some(id),
    ))
}

#[rocket::post("/org/shifts/<id>", data = "<form>")]
pub async fn edit(
    me: Coordinator,
    id: i32,
    ctx: PageCtx,
    form: CsrfForm<ShiftForm>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let organisation = me.organisation_id;
    let form = form.0;
    let (shift, sites) = db
        .run(move |conn| {
            let shift = super::find(conn, organisation, id)?.ok_or(Error::NotFound)?;
            Ok::<_, Error>((shift, super::site_choices(conn, organisation)?))
        })
        .await?;
    let mut errors = FieldErrors::default();
    let site_ok = |site| sites.iter().any(|(s, _)| *s == site);
    let Some(plan) = form.check(site_ok, false, &mut errors) else {
        return Ok(Answer::invalid(form_page(
            &ctx,
            &form,
            errors,
            sites,
            Some(id),
        )));
    };
    let first = plan.times[0].0;
    match db.run(move |conn| super::edit(conn, &shift, &plan)).await? {
        Ok(()) => {
            let week = super::utc_to_helsinki(first).format("%G-W%V");
            Ok(Answer::onward(
                format!("/org/shifts?week={week}"),
                "flash-shift-changed",
            ))
        }
        Err(refusal) => {
            let message = match refusal {
                EditRefusal::FewerPlacesThanConfirmed(_) => "shift-error-places-taken",
                EditRefusal::Cancelled => "shift-refusal-cancelled",
            };
            errors.add("places", message);
            Ok(Answer::invalid(form_page(
                &ctx,
                &form,
                errors,
                sites,
                Some(id),
            )))
        }
    }
}

#[rocket::post("/org/shifts/<id>/cancel", data = "<_form>")]
pub async fn cancel(
    me: Coordinator,
    id: i32,
    _form: CsrfForm<TokenOnly>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let organisation = me.organisation_id;
    let week = db
        .run(move |conn| {
            let shift = super::find(conn, organisation, id)?.ok_or(Error::NotFound)?;
            super::cancel(conn, &shift)?;
            Ok::<_, Error>(super::utc_to_helsinki(shift.starts_at).format("%G-W%V"))
        })
        .await?;
    Ok(Answer::onward(
        format!("/org/shifts?week={week}"),
        "flash-shift-cancelled",
    ))
}

#[derive(Debug, Default, FromForm)]
pub struct AttendanceForm {
    #[field(default = String::new())]
    attendance: String,
}

#[rocket::post("/org/shifts/<id>/attendance/<volunteer>", data = "<form>")]
pub async fn attendance(
    me: Coordinator,
    id: i32,
    volunteer: i32,
    form: CsrfForm<AttendanceForm>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let attendance = match form.0.attendance.as_str() {
        "checked_in" => Attendance::CheckedIn,
        "no_show" => Attendance::NoShow,
        _ => return Err(Error::Invalid),
    };
    let organisation = me.organisation_id;
    let recorded = db
        .run(move |conn| {
            let week = super::find(conn, organisation, id)?.map(|s| {
                super::utc_to_helsinki(s.starts_at)
                    .format("%G-W%V")
                    .to_string()
            });
            let done = signups::record_attendance(conn, organisation, id, volunteer, attendance)?;
            Ok::<_, Error>(week.filter(|_| done))
        })
        .await?;
    let week = recorded.ok_or(Error::NotFound)?;
    Ok(Answer::onward(
        format!("/org/shifts?week={week}"),
        "flash-attendance-recorded",
    ))
}

#[derive(Debug, Default, FromForm)]
pub struct WithdrawLimitForm {
    #[field(default = String::new())]
    hours: String,
}

#[rocket::post("/org/settings/withdraw-limit", data = "<form>")]
pub async fn set_withdraw_limit(
    me: Coordinator,
    ctx: PageCtx,
    form: CsrfForm<WithdrawLimitForm>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let organisation = me.organisation_id;
    let hours = form.0.hours.trim().parse::<i32>().ok();
    let Some(hours) = hours.filter(|h| (0..=super::MAX_WITHDRAW_LIMIT_HOURS).contains(h)) else {
        let mut errors = FieldErrors::default();
        errors.add("hours", "shift-error-withdraw-limit");
        let page = board_page(&me, &ctx, db, None, errors).await?;
        return Ok(Answer::page(Status::UnprocessableEntity, page));
    };
    db.run(move |conn| super::set_withdraw_limit_hours(conn, organisation, hours))
        .await?;
    Ok(Answer::onward("/org/shifts", "flash-withdraw-limit-saved"))
}
