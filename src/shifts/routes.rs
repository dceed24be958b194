//! The coordinator's shift pages: the week board, creating a shift or a weekly series,
//! editing and cancelling, attendance, and the organisation's withdrawal limit.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveTime};
use rocket::form::FromForm;
use rocket::http::Status;
use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::board::{self, Gap, PersonOnShift, ShiftCard, WeekBoard};
use super::signups::Attendance;
use super::{EditRefusal, PlanProblem, Scope, Shift, ShiftPlan, MAX_PLACES};
use crate::clock::{iso_week_name, monday_of, parse_iso_week, to_helsinki, today_in_finland};
use crate::db::Db;
use crate::error::Error;
use crate::i18n::{format_day, format_time_span, language_name, LanguageName, Locale, MessageId};
use crate::languages::{self, HelpLanguage, HELP_LANGUAGES};
use crate::msg;
use crate::organisations::{self, MAX_WITHDRAW_LIMIT_HOURS};
use crate::queue::duty;
use crate::queue::live::Live;
use crate::sites::{self, SiteChoice, SiteLink};
use crate::staff_texts::Translations;
use crate::web::csrf::CsrfForm;
use crate::web::forms::{Answer, FieldErrors, Refusal};
use crate::web::guards::Coordinator;
use crate::web::texts::{for_reader, note_boxes, typed_translations, NoteBoxes, TextView};
use crate::web::{Now, PageCtx};

/// What a coordinator typed into the shift form, before checking.
#[derive(Debug, Default, Clone, FromForm, Serialize)]
pub struct ShiftForm {
    #[field(default = String::new())]
    pub site_id: String,
    #[field(default = String::new())]
    pub date: String,
    #[field(default = String::new())]
    pub start: String,
    #[field(default = String::new())]
    pub end: String,
    #[field(default = String::new())]
    pub places: String,
    #[field(default = Vec::new())]
    pub languages: Vec<String>,
    /// One note per interface language it is written in.
    #[field(default = HashMap::new())]
    pub notes: HashMap<String, String>,
    /// "weekly" makes a series until `until`; anything else one shift.
    #[field(default = String::new())]
    pub repeat: String,
    #[field(default = String::new())]
    pub until: String,
    /// Editing a shift of a series: this one, this and the following, or the whole series.
    #[field(default = String::new())]
    pub scope: String,
}

/// The scope a form chose: none (a shift outside a series) is the shift alone; a value no
/// form offers is a tampered form.
fn scope_of(value: &str) -> Result<Scope, Error> {
    if value.is_empty() {
        return Ok(Scope::One);
    }
    Scope::parse(value).ok_or(Error::Invalid)
}

fn parse_date(value: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").ok()
}

fn parse_time(value: &str) -> Option<NaiveTime> {
    let value = value.trim().replace('.', ":");
    NaiveTime::parse_from_str(&value, "%H:%M").ok()
}

fn plan_problem(problem: PlanProblem) -> (&'static str, MessageId) {
    match problem {
        PlanProblem::EndsBeforeStart => ("end", msg!("shift-error-ends-before-start")),
        PlanProblem::NoSuchTime => ("start", msg!("form-error-time")),
        PlanProblem::SeriesEndsBeforeStart => ("until", msg!("shift-error-series-end-before")),
        PlanProblem::SeriesTooLong => ("until", msg!("shift-error-series-too-long")),
    }
}

impl ShiftForm {
    /// Checks every field; `site_ok` says whether the site belongs to the organisation.
    /// `allow_series` is false when editing one shift.
    pub fn check(
        &self,
        site_ok: impl Fn(i32) -> bool,
        allow_series: bool,
        today: NaiveDate,
        errors: &mut FieldErrors,
    ) -> Option<ShiftPlan> {
        let site_id = self.site_id.parse().ok().filter(|id| site_ok(*id));
        if site_id.is_none() {
            errors.add("site_id", msg!("form-error-choose"));
        }
        let date = parse_date(&self.date);
        if date.is_none() {
            errors.add("date", msg!("form-error-date"));
        }
        // A year back (shifts recorded afterwards) to two years ahead: further is a typo.
        let window = today - chrono::Duration::days(366)..=today + chrono::Duration::days(731);
        let date = date.filter(|d| {
            let inside = window.contains(d);
            if !inside {
                errors.add("date", msg!("shift-error-date-window"));
            }
            inside
        });
        let (start, end) = (parse_time(&self.start), parse_time(&self.end));
        if start.is_none() {
            errors.add("start", msg!("form-error-time"));
        }
        if end.is_none() {
            errors.add("end", msg!("form-error-time"));
        }
        let places = self.places.trim().parse::<i32>().ok();
        if !places.is_some_and(|p| (1..=MAX_PLACES).contains(&p)) {
            errors.add("places", msg!("shift-error-places"));
        }
        if self.languages.iter().any(|c| languages::find(c).is_none()) {
            errors.add("languages", msg!("form-error-choose"));
        }
        let notes = typed_translations("notes", &self.notes, errors);
        let days = match (date, allow_series && self.repeat == "weekly") {
            (Some(date), false) => Some(vec![date]),
            (Some(date), true) => match parse_date(&self.until) {
                None => {
                    errors.add("until", msg!("shift-error-series-end"));
                    None
                }
                Some(until) => super::weekly_dates(date, until)
                    .map_err(|p| {
                        let (field, message) = plan_problem(p);
                        errors.add(field, message);
                    })
                    .ok(),
            },
            (None, _) => None,
        };
        let times = match (days, start, end) {
            (Some(days), Some(start), Some(end)) => super::times_on(&days, start, end)
                .map_err(|p| {
                    let (field, message) = plan_problem(p);
                    errors.add(field, message);
                })
                .ok(),
            _ => None,
        };
        let (site_id, times, places) = (site_id?, times?, places?);
        if !errors.is_empty() {
            return None;
        }
        let mut languages = self.languages.clone();
        languages.sort();
        languages.dedup();
        Some(ShiftPlan {
            site_id,
            times,
            places,
            languages,
            notes,
        })
    }

    /// The form filled from a stored shift, for editing.
    pub fn of(shift: &Shift, languages: Vec<String>, notes: &Translations) -> ShiftForm {
        let (start, end) = (to_helsinki(shift.starts_at), to_helsinki(shift.ends_at));
        ShiftForm {
            site_id: shift.site_id.to_string(),
            date: start.format("%Y-%m-%d").to_string(),
            start: start.format("%H:%M").to_string(),
            end: end.format("%H:%M").to_string(),
            places: shift.places.to_string(),
            languages,
            notes: notes
                .iter()
                .map(|(code, text)| (code.to_owned(), text.to_owned()))
                .collect(),
            repeat: String::new(),
            until: String::new(),
            scope: Scope::One.as_str().to_owned(),
        }
    }
}

/// The week board's address for the week a shift starts in.
fn board_of_week(starts_at: chrono::NaiveDateTime) -> String {
    format!(
        "/org/shifts?week={}",
        iso_week_name(to_helsinki(starts_at).date())
    )
}

fn language_views(locale: Locale, languages: &[HelpLanguage]) -> Vec<LanguageName> {
    languages
        .iter()
        .map(|l| language_name(locale, *l))
        .collect()
}

#[derive(Serialize)]
struct PersonView {
    user_id: i32,
    name: String,
    languages: Vec<LanguageName>,
    new_volunteer: bool,
    checked_in: bool,
    no_show: bool,
    undo_check_in: bool,
    undo_no_show: bool,
}

impl PersonView {
    fn of(locale: Locale, person: &PersonOnShift) -> PersonView {
        PersonView {
            user_id: person.user_id,
            name: person.name.clone(),
            languages: language_views(locale, &person.languages),
            new_volunteer: person.new_volunteer,
            checked_in: person.checked_in,
            no_show: person.no_show,
            undo_check_in: person.undo_check_in,
            undo_no_show: person.undo_no_show,
        }
    }
}

#[derive(Serialize)]
struct CardView {
    id: i32,
    when: String,
    site: String,
    places: i32,
    notes: Option<TextView>,
    cancelled: bool,
    started: bool,
    check_in_open: bool,
    in_series: bool,
    confirmed: Vec<PersonView>,
    confirmed_count: usize,
    waiting: usize,
    wanted: Vec<LanguageName>,
    gaps: Vec<String>,
}

fn gap_text(locale: Locale, gap: Gap) -> String {
    match gap {
        Gap::NobodySpeaks(language) => locale.message(
            msg!("board-gap-language"),
            &[("language", language_name(locale, language).text().into())],
        ),
        Gap::FreePlaces(count) => {
            locale.message(msg!("board-gap-places"), &[("count", count.into())])
        }
        Gap::NewVolunteersAlone => locale.text(msg!("board-gap-new-alone")),
    }
}

impl CardView {
    fn of(card: &ShiftCard, locale: Locale) -> CardView {
        CardView {
            id: card.id,
            when: format_time_span(locale, card.starts_at, card.ends_at),
            site: card.site.clone(),
            places: card.places,
            notes: for_reader(&card.notes, locale),
            cancelled: card.cancelled,
            started: card.started,
            check_in_open: card.check_in_open,
            in_series: card.in_series,
            confirmed: card
                .confirmed
                .iter()
                .map(|p| PersonView::of(locale, p))
                .collect(),
            confirmed_count: card.confirmed.len(),
            waiting: card.waiting,
            wanted: language_views(locale, &card.wanted),
            gaps: card.gaps.iter().map(|g| gap_text(locale, *g)).collect(),
        }
    }
}

#[derive(Serialize)]
struct DayView {
    heading: String,
    shifts: Vec<CardView>,
}

#[derive(Serialize)]
struct BoardPage {
    days: Vec<DayView>,
    /// Every gap of the week as one line with its time and site.
    gaps: Vec<String>,
    week: String,
    previous_week: String,
    next_week: String,
    withdraw_limit_hours: i32,
    errors: FieldErrors,
    /// Each site with its queue poster.
    sites: Vec<SiteLink>,
    volunteers_may_match: bool,
}

fn board_view(board: &WeekBoard, locale: Locale) -> (Vec<DayView>, Vec<String>) {
    let days = board
        .days
        .iter()
        .map(|(day, cards)| DayView {
            heading: format_day(locale, *day),
            shifts: cards.iter().map(|c| CardView::of(c, locale)).collect(),
        })
        .collect();
    let gaps = board
        .gaps()
        .map(|(card, gap)| {
            locale.message(
                msg!("board-gap-line"),
                &[
                    (
                        "when",
                        format_time_span(locale, card.starts_at, card.ends_at).into(),
                    ),
                    ("site", card.site.clone().into()),
                    ("gap", gap_text(locale, gap).into()),
                ],
            )
        })
        .collect();
    (days, gaps)
}

async fn board_page(
    me: &Coordinator,
    ctx: &PageCtx,
    db: &Db,
    week: Option<String>,
    errors: FieldErrors,
) -> Result<Template, Error> {
    let (organisation, now) = (me.organisation_id, ctx.now);
    let monday = week
        .as_deref()
        .and_then(parse_iso_week)
        .unwrap_or_else(|| monday_of(today_in_finland(now)));
    let (board, withdraw_limit_hours, sites, volunteers_may_match) = db
        .run(move |conn| {
            let board = board::week(conn, organisation, monday, now)?;
            let limit = organisations::withdraw_limit_hours(conn, organisation)?;
            let may_match = organisations::volunteers_may_match(conn, organisation)?;
            let sites = sites::links_of(conn, organisation)?;
            Ok::<_, Error>((board, limit, sites, may_match))
        })
        .await?;
    let (days, gaps) = board_view(&board, ctx.locale);
    let page = BoardPage {
        days,
        gaps,
        week: iso_week_name(monday),
        previous_week: iso_week_name(monday - chrono::Duration::weeks(1)),
        next_week: iso_week_name(monday + chrono::Duration::weeks(1)),
        withdraw_limit_hours,
        errors,
        sites,
        volunteers_may_match,
    };
    Ok(ctx.render("shifts/board", msg!("board-title"), page))
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
    #[serde(flatten)]
    language: LanguageName,
    checked: bool,
}

#[derive(Serialize)]
struct ShiftFormPage<'a> {
    form: &'a ShiftForm,
    errors: FieldErrors,
    sites: Vec<SiteChoice>,
    /// Not `languages`: the layout's language switcher has that name.
    wanted_languages: Vec<LanguageChoice>,
    notes: NoteBoxes,
    /// Editing one shift: its id, and no series fields.
    editing: Option<i32>,
    /// The shift edited is part of a weekly series: the change may be for more of it.
    in_series: bool,
    scopes: Vec<ScopeChoice>,
    weekly: bool,
}

#[derive(Serialize)]
struct ScopeChoice {
    value: &'static str,
    label: MessageId,
    checked: bool,
}

fn scope_choices(chosen: &str) -> Vec<ScopeChoice> {
    Scope::ALL
        .into_iter()
        .map(|scope| ScopeChoice {
            value: scope.as_str(),
            label: match scope {
                Scope::One => msg!("shift-scope-one"),
                Scope::Following => msg!("shift-scope-following"),
                Scope::Series => msg!("shift-scope-series"),
            },
            checked: chosen == scope.as_str() || (chosen.is_empty() && scope == Scope::One),
        })
        .collect()
}

fn form_page(
    ctx: &PageCtx,
    form: &ShiftForm,
    errors: FieldErrors,
    sites: Vec<SiteLink>,
    editing: Option<(i32, bool)>,
) -> Template {
    let page = ShiftFormPage {
        form,
        errors,
        sites: sites
            .into_iter()
            .map(|site| SiteChoice {
                selected: form.site_id == site.id.to_string(),
                id: site.id,
                name: site.name,
            })
            .collect(),
        wanted_languages: HELP_LANGUAGES
            .iter()
            .map(|l| LanguageChoice {
                language: language_name(ctx.locale, *l),
                checked: form.languages.iter().any(|c| c == l.code),
            })
            .collect(),
        notes: note_boxes(ctx.locale, &form.notes),
        editing: editing.map(|(id, _)| id),
        in_series: editing.is_some_and(|(_, series)| series),
        scopes: scope_choices(&form.scope),
        weekly: form.repeat == "weekly",
    };
    let title = if editing.is_some() {
        msg!("shift-edit-title")
    } else {
        msg!("shift-new-title")
    };
    ctx.render("shifts/form", title, page)
}

#[rocket::get("/org/shifts/new")]
pub async fn new_form(me: Coordinator, ctx: PageCtx, db: &State<Db>) -> Result<Template, Error> {
    let organisation = me.organisation_id;
    let sites = db
        .run(move |conn| sites::links_of(conn, organisation))
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
    let (organisation, by, now) = (me.organisation_id, me.user.user_id, ctx.now);
    let form = form.0;
    let sites = db
        .run(move |conn| sites::links_of(conn, organisation))
        .await?;
    let mut errors = FieldErrors::default();
    let site_ok = |id| sites.iter().any(|site| site.id == id);
    let today = today_in_finland(now);
    let Some(plan) = form.check(site_ok, true, today, &mut errors) else {
        return Ok(Answer::invalid(form_page(&ctx, &form, errors, sites, None)));
    };
    let first = plan.times.first().map(|t| t.0).unwrap_or(now);
    db.run(move |conn| super::create(conn, organisation, &plan, by, now))
        .await?;
    Ok(Answer::onward(
        board_of_week(first),
        msg!("flash-shifts-created"),
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
    let (form, sites, in_series) = db
        .run(move |conn| {
            let shift = super::find(conn, organisation, id)?.ok_or(Error::NotFound)?;
            let languages = super::languages_of(conn, id)?;
            let notes = super::notes_of(conn, &[id])?
                .remove(&id)
                .unwrap_or_default();
            Ok::<_, Error>((
                ShiftForm::of(&shift, languages, &notes),
                sites::links_of(conn, organisation)?,
                shift.series_id.is_some(),
            ))
        })
        .await?;
    let editing = Some((id, in_series));
    Ok(form_page(
        &ctx,
        &form,
        FieldErrors::default(),
        sites,
        editing,
    ))
}

impl Refusal for EditRefusal {
    fn message(&self) -> MessageId {
        match self {
            EditRefusal::FewerPlacesThanConfirmed(_) => msg!("shift-error-places-taken"),
            EditRefusal::Cancelled => msg!("shift-refusal-cancelled"),
            EditRefusal::NoSuchTime => msg!("form-error-time"),
        }
    }

    /// The form comes back with the reason next to the places.
    fn status(&self) -> Status {
        Status::UnprocessableEntity
    }
}

#[rocket::post("/org/shifts/<id>", data = "<form>")]
pub async fn edit(
    me: Coordinator,
    id: i32,
    ctx: PageCtx,
    form: CsrfForm<ShiftForm>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let (organisation, now) = (me.organisation_id, ctx.now);
    let form = form.0;
    let (shift, sites) = db
        .run(move |conn| {
            let shift = super::find(conn, organisation, id)?.ok_or(Error::NotFound)?;
            Ok::<_, Error>((shift, sites::links_of(conn, organisation)?))
        })
        .await?;
    let mut errors = FieldErrors::default();
    let site_ok = |site| sites.iter().any(|s| s.id == site);
    let today = today_in_finland(now);
    let editing = Some((id, shift.series_id.is_some()));
    let scope = scope_of(&form.scope)?;
    let Some(plan) = form.check(site_ok, false, today, &mut errors) else {
        return Ok(Answer::invalid(form_page(
            &ctx, &form, errors, sites, editing,
        )));
    };
    let first = plan.times.first().map(|t| t.0).unwrap_or(now);
    match db
        .run(move |conn| super::edit(conn, &shift, scope, &plan, now))
        .await?
    {
        Ok(_) => Ok(Answer::onward(
            board_of_week(first),
            msg!("flash-shift-changed"),
        )),
        Err(refusal) => {
            errors.add("places", refusal.message());
            let page = form_page(&ctx, &form, errors, sites, editing);
            Ok(Answer::refused(&refusal, page))
        }
    }
}

#[derive(Serialize)]
struct CancelPage {
    id: i32,
    when: String,
    site: String,
    in_series: bool,
    scopes: Vec<ScopeChoice>,
}

/// Cancelling is asked once more, and for a shift of a series: just this one, this and the
/// following ones, or the whole series.
#[rocket::get("/org/shifts/<id>/cancel")]
pub async fn cancel_form(
    me: Coordinator,
    id: i32,
    ctx: PageCtx,
    db: &State<Db>,
) -> Result<Template, Error> {
    let organisation = me.organisation_id;
    let (shift, site) = db
        .run(move |conn| {
            let shift = super::find(conn, organisation, id)?.ok_or(Error::NotFound)?;
            let site = sites::find(conn, organisation, shift.site_id)?.ok_or(Error::NotFound)?;
            Ok::<_, Error>((shift, site))
        })
        .await?;
    let page = CancelPage {
        id,
        when: format_time_span(ctx.locale, shift.starts_at, shift.ends_at),
        site: site.name,
        in_series: shift.series_id.is_some(),
        scopes: scope_choices(""),
    };
    Ok(ctx.render("shifts/cancel", msg!("shift-cancel-title"), page))
}

#[derive(Debug, Default, FromForm)]
pub struct CancelForm {
    #[field(default = String::new())]
    scope: String,
}

#[rocket::post("/org/shifts/<id>/cancel", data = "<form>")]
pub async fn cancel(
    me: Coordinator,
    id: i32,
    now: Now,
    form: CsrfForm<CancelForm>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let organisation = me.organisation_id;
    let scope = scope_of(&form.0.scope)?;
    let starts_at = db
        .run(move |conn| {
            let shift = super::find(conn, organisation, id)?.ok_or(Error::NotFound)?;
            super::cancel(conn, &shift, scope, now.0)?;
            Ok::<_, Error>(shift.starts_at)
        })
        .await?;
    Ok(Answer::onward(
        board_of_week(starts_at),
        msg!("flash-shift-cancelled"),
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
    now: Now,
    form: CsrfForm<AttendanceForm>,
    db: &State<Db>,
    live: &State<Live>,
) -> Result<Answer, Error> {
    let attendance = match form.0.attendance.as_str() {
        "checked_in" => Attendance::CheckedIn,
        "no_show" => Attendance::NoShow,
        "undo_check_in" => Attendance::UndoCheckIn,
        "undo_no_show" => Attendance::UndoNoShow,
        _ => return Err(Error::Invalid),
    };
    let (organisation, live) = (me.organisation_id, live.inner().clone());
    let (starts_at, recorded) = db
        .run(move |conn| {
            let shift = super::find(conn, organisation, id)?.ok_or(Error::NotFound)?;
            let recorded = duty::record_attendance(
                conn,
                &live,
                organisation,
                id,
                volunteer,
                attendance,
                now.0,
            )?;
            Ok::<_, Error>((shift.starts_at, recorded))
        })
        .await?;
    match recorded {
        Ok(()) => Ok(Answer::onward(
            board_of_week(starts_at),
            msg!("flash-attendance-recorded"),
        )),
        Err(refusal) => Ok(Answer::back_refused(board_of_week(starts_at), &refusal)),
    }
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
    let Some(hours) = hours.filter(|h| (0..=MAX_WITHDRAW_LIMIT_HOURS).contains(h)) else {
        let mut errors = FieldErrors::default();
        errors.add("hours", msg!("shift-error-withdraw-limit"));
        let page = board_page(&me, &ctx, db, None, errors).await?;
        return Ok(Answer::page(Status::UnprocessableEntity, page));
    };
    db.run(move |conn| organisations::set_withdraw_limit_hours(conn, organisation, hours))
        .await?;
    Ok(Answer::onward(
        "/org/shifts",
        msg!("flash-withdraw-limit-saved"),
    ))
}
