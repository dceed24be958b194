//! Group trainings as pages: the coordinator's form to record one (module, date, trainer, who
//! attended), an attendee's own trainings (`/trainings`) and the two rating questions.

use rocket::form::FromForm;
use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::routes::ModuleView;
use super::sessions::{self, Attended, NewSession, Rated, Rating, MAX_TRAINER, SCALE_TOP};
use super::{modules, Module};
use crate::auth::sessions::CurrentUser;
use crate::clock::today_in_finland;
use crate::db::Db;
use crate::error::Error;
use crate::i18n::{format_date, Locale, MessageId};
use crate::msg;
use crate::users::Role;
use crate::web::csrf::CsrfForm;
use crate::web::forms::{Answer, FieldErrors};
use crate::web::guards::Coordinator;
use crate::web::PageCtx;

#[derive(Debug, Default, FromForm, Serialize)]
pub struct SessionForm {
    #[field(default = 0)]
    module_id: i32,
    #[field(default = String::new())]
    held_on: String,
    #[field(default = String::new())]
    trainer: String,
    #[field(default = Vec::new())]
    attendees: Vec<i32>,
}

#[derive(Serialize)]
struct ModuleOption {
    #[serde(flatten)]
    module: ModuleView,
    selected: bool,
}

#[derive(Serialize)]
struct AttendeeOption {
    id: i32,
    name: String,
    is_coordinator: bool,
    checked: bool,
}

#[derive(Serialize)]
struct SessionPage<'a> {
    modules: Vec<ModuleOption>,
    attendees: Vec<AttendeeOption>,
    form: &'a SessionForm,
    errors: FieldErrors,
    max_trainer: usize,
    today: String,
}

async fn session_page(
    ctx: &PageCtx,
    db: &Db,
    organisation: i32,
    form: &SessionForm,
    errors: FieldErrors,
) -> Result<Template, Error> {
    let (modules, people) = db
        .run(move |conn| {
            Ok::<_, Error>((
                modules(conn, organisation)?,
                sessions::attendee_choices(conn, organisation)?,
            ))
        })
        .await?;
    let page = SessionPage {
        modules: modules
            .into_iter()
            .map(|m| ModuleOption {
                selected: m.id == form.module_id,
                module: ModuleView::of(m),
            })
            .collect(),
        attendees: people
            .into_iter()
            .map(|p| AttendeeOption {
                checked: form.attendees.contains(&p.id),
                id: p.id,
                name: p.display_name,
                is_coordinator: p.role == Role::Coordinator,
            })
            .collect(),
        form,
        errors,
        max_trainer: MAX_TRAINER,
        today: today_in_finland(ctx.now).to_string(),
    };
    Ok(ctx.render("training/session_new", msg!("trainings-record-title"), page))
}

#[rocket::get("/org/training/sessions/new")]
pub async fn new_session_form(
    me: Coordinator,
    ctx: PageCtx,
    db: &State<Db>,
) -> Result<Template, Error> {
    let form = SessionForm {
        held_on: today_in_finland(ctx.now).to_string(),
        ..<SessionForm as Default>::default()
    };
    session_page(&ctx, db, me.organisation_id, &form, FieldErrors::default()).await
}

#[rocket::post("/org/training/sessions", data = "<form>")]
pub async fn record_session(
    me: Coordinator,
    ctx: PageCtx,
    form: CsrfForm<SessionForm>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let form = form.0;
    let organisation = me.organisation_id;
    let mut errors = FieldErrors::default();
    if form.module_id == 0 {
        errors.add("module_id", msg!("form-error-choose"));
    } else {
        // Another organisation's module is not a typing mistake: 404, as everywhere.
        let chosen = form.module_id;
        let ours: Vec<Module> = db.run(move |conn| modules(conn, organisation)).await?;
        if !ours.iter().any(|m| m.id == chosen) {
            return Err(Error::NotFound);
        }
    }
    let held_on = errors.past_date("held_on", &form.held_on, today_in_finland(ctx.now));
    errors.text("trainer", &form.trainer, MAX_TRAINER);
    if form.attendees.is_empty() {
        errors.add("attendees", msg!("trainings-error-no-attendee"));
    }
    let Some(held_on) = held_on.filter(|_| errors.is_empty()) else {
        let page = session_page(&ctx, db, organisation, &form, errors).await?;
        return Ok(Answer::invalid(page));
    };
    let plan = NewSession {
        module_id: form.module_id,
        held_on,
        trainer: form.trainer,
        attendees: form.attendees,
    };
    let (by, now) = (me.actor(), ctx.now);
    db.run(move |conn| sessions::record(conn, by, organisation, &plan, now))
        .await?;
    Ok(Answer::onward(
        "/org/training",
        msg!("flash-training-session-recorded"),
    ))
}

/// A volunteer or a coordinator of an organisation: the people who attend trainings.
fn attendee(me: &CurrentUser) -> Result<i32, Error> {
    match (me.role, me.organisation_id) {
        (Role::Volunteer | Role::Coordinator, Some(_)) => Ok(me.user_id),
        _ => Err(Error::Forbidden),
    }
}

#[derive(Serialize)]
struct AttendedView {
    id: i32,
    #[serde(flatten)]
    module: ModuleView,
    held_on: String,
    trainer: String,
    rated: bool,
}

impl AttendedView {
    fn of(session: Attended, locale: Locale) -> AttendedView {
        AttendedView {
            id: session.id,
            module: ModuleView::of(session.module),
            held_on: format_date(locale, session.held_on),
            trainer: session.trainer,
            rated: session.rated,
        }
    }
}

#[derive(Serialize)]
struct MinePage {
    sessions: Vec<AttendedView>,
}

#[rocket::get("/trainings")]
pub async fn mine(me: CurrentUser, ctx: PageCtx, db: &State<Db>) -> Result<Template, Error> {
    let user = attendee(&me)?;
    let attended = db.run(move |conn| sessions::attended(conn, user)).await?;
    let page = MinePage {
        sessions: attended
            .into_iter()
            .map(|s| AttendedView::of(s, ctx.locale))
            .collect(),
    };
    Ok(ctx.render("training/mine", msg!("trainings-mine-title"), page))
}

#[derive(Debug, Default, FromForm)]
pub struct RatingForm {
    #[field(default = String::new())]
    satisfaction: String,
    #[field(default = String::new())]
    usefulness: String,
}

#[derive(Serialize)]
struct ScaleOption {
    value: i32,
    checked: bool,
    /// The words at the two ends of the scale.
    end: Option<MessageId>,
}

#[derive(Serialize)]
struct Question {
    field: &'static str,
    legend: MessageId,
    error: Option<MessageId>,
    options: Vec<ScaleOption>,
}

fn question(
    field: &'static str,
    legend: MessageId,
    ends: (MessageId, MessageId),
    typed: &str,
    errors: &FieldErrors,
) -> Question {
    Question {
        field,
        legend,
        error: errors.get(field),
        options: (1..=SCALE_TOP)
            .map(|value| ScaleOption {
                value,
                checked: typed == value.to_string(),
                end: match value {
                    1 => Some(ends.0),
                    SCALE_TOP => Some(ends.1),
                    _ => None,
                },
            })
            .collect(),
    }
}

#[derive(Serialize)]
struct RatePage {
    session: AttendedView,
    questions: Vec<Question>,
}

fn rate_page(ctx: &PageCtx, session: Attended, form: &RatingForm, errors: FieldErrors) -> Template {
    let questions = vec![
        question(
            "satisfaction",
            msg!("trainings-question-satisfaction"),
            (
                msg!("trainings-satisfaction-low"),
                msg!("trainings-satisfaction-high"),
            ),
            &form.satisfaction,
            &errors,
        ),
        question(
            "usefulness",
            msg!("trainings-question-usefulness"),
            (
                msg!("trainings-usefulness-low"),
                msg!("trainings-usefulness-high"),
            ),
            &form.usefulness,
            &errors,
        ),
    ];
    let page = RatePage {
        session: AttendedView::of(session, ctx.locale),
        questions,
    };
    ctx.render("training/rate", msg!("trainings-rate-title"), page)
}

#[rocket::get("/trainings/<id>/rate")]
pub async fn rate_form(
    me: CurrentUser,
    id: i32,
    ctx: PageCtx,
    db: &State<Db>,
) -> Result<Template, Error> {
    let user = attendee(&me)?;
    let session = db
        .run(move |conn| sessions::attended_one(conn, user, id))
        .await?;
    Ok(rate_page(
        &ctx,
        session,
        &<RatingForm as Default>::default(),
        FieldErrors::default(),
    ))
}

/// An answer on the scale, or the field's problem.
fn on_scale(errors: &mut FieldErrors, field: &'static str, value: &str) -> Option<i32> {
    let value = crate::web::forms::western_digits(value.trim());
    let chosen = value
        .parse::<i32>()
        .ok()
        .filter(|n| (1..=SCALE_TOP).contains(n));
    if chosen.is_none() {
        errors.add(field, msg!("form-error-choose"));
    }
    chosen
}

#[rocket::post("/trainings/<id>/rate", data = "<form>")]
pub async fn rate(
    me: CurrentUser,
    id: i32,
    ctx: PageCtx,
    form: CsrfForm<RatingForm>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let user = attendee(&me)?;
    let form = form.0;
    // Who may rate is checked before what was sent: a non-attendee gets 404.
    let session = db
        .run(move |conn| sessions::attended_one(conn, user, id))
        .await?;
    let onward = "/trainings";
    if session.rated {
        return Ok(Answer::onward(onward, msg!("flash-training-rated-already")));
    }
    let mut errors = FieldErrors::default();
    let satisfaction = on_scale(&mut errors, "satisfaction", &form.satisfaction);
    let usefulness = on_scale(&mut errors, "usefulness", &form.usefulness);
    let (Some(satisfaction), Some(usefulness)) = (satisfaction, usefulness) else {
        return Ok(Answer::invalid(rate_page(&ctx, session, &form, errors)));
    };
    let rating = Rating {
        satisfaction,
        usefulness,
    };
    let now = ctx.now;
    let rated = db
        .run(move |conn| sessions::rate(conn, user, id, rating, now))
        .await?;
    Ok(match rated {
        Rated::New => Answer::onward(onward, msg!("flash-training-rated")),
        Rated::Already => Answer::onward(onward, msg!("flash-training-rated-already")),
    })
}
