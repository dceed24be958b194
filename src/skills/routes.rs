//! The growth page (levels, evidence from the work, learning goals, hours), the
//! self-assessment screens, and a coordinator's observation of a volunteer's working-life
//! skills. Every signed-in person has a growth page: staff grow too.

use std::collections::HashMap;

use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::assessments::{self, Answers, Assessment, Confirmation, Observation};
use super::chart_routes::{charts_view, ChartsView};
use super::charts::{self, MonthAreas};
use super::evidence::{self, Attended, Evidence, Goal, Work};
use super::framework::{self, Area, AREAS, WORK_SKILLS};
use crate::auth::sessions::CurrentUser;
use crate::db::Db;
use crate::error::Error;
use crate::i18n::{format_date, language_name, Locale, MessageId};
use crate::languages;
use crate::msg;
use crate::web::csrf::{CsrfForm, TokenOnly};
use crate::web::forms::{Answer, FieldErrors};
use crate::web::guards::Coordinator;
use crate::web::labels;
use crate::web::PageCtx;

/// A form field's name for a skill: `1.1` would read as a nested field.
fn field(skill: &str) -> String {
    format!("s-{}", skill.replace('.', "-"))
}

fn day(locale: Locale, at: chrono::NaiveDateTime) -> String {
    format_date(locale, crate::clock::to_helsinki(at).date())
}

#[derive(Serialize)]
struct LevelView {
    skill: MessageId,
    step: MessageId,
    /// DigComp's band and level in words, for a competence (not for the support skills).
    digcomp: Option<String>,
    /// Help sessions that count as evidence for the skill.
    evidence: usize,
}

/// "Foundation, level 1: with guidance" in the reader's language.
fn digcomp_words(locale: Locale, level: i32) -> Option<String> {
    let band = framework::band(level)?;
    Some(locale.message(
        msg!("growth-digcomp"),
        &[
            ("band", locale.text(labels::digcomp_band(band)).into()),
            ("level", level.into()),
            ("words", locale.text(labels::digcomp_level(level)).into()),
        ],
    ))
}

#[derive(Serialize)]
struct AreaView {
    key: &'static str,
    name: MessageId,
    /// The latest self-assessment of the area, which a coordinator may confirm.
    assessment: Option<i32>,
    assessed_on: Option<String>,
    confirmed: Option<String>,
    levels: Vec<LevelView>,
}

/// "Confirmed by Kaisa on 3 March" in the reader's language.
fn confirmed_words(locale: Locale, confirmation: &Confirmation) -> String {
    let date = day(locale, confirmation.at);
    match &confirmation.by {
        Some(name) => locale.message(
            msg!("growth-confirmed-by"),
            &[("name", name.clone().into()), ("date", date.into())],
        ),
        None => locale.message(msg!("growth-confirmed"), &[("date", date.into())]),
    }
}

fn area_view(
    locale: Locale,
    area: Area,
    history: &[Assessment],
    evidence: &[Evidence],
) -> AreaView {
    let latest = history.iter().find(|a| a.area == area.key);
    let sessions_for = |skill: &str| {
        evidence
            .iter()
            .find(|e| e.skill == skill)
            .map_or(0, |e| e.sessions)
    };
    AreaView {
        key: area.key,
        name: labels::skill_area(area.key),
        assessment: latest.map(|a| a.id),
        assessed_on: latest.map(|a| day(locale, a.at)),
        confirmed: latest
            .and_then(|a| a.confirmed.as_ref())
            .map(|c| confirmed_words(locale, c)),
        levels: latest
            .map(|a| {
                a.steps
                    .iter()
                    .map(|(skill, step)| {
                        let level = (area.key != framework::SUPPORT)
                            .then(|| framework::digcomp_level(*step))
                            .flatten();
                        LevelView {
                            skill: labels::skill(skill),
                            step: labels::self_step(*step),
                            digcomp: level.and_then(|level| digcomp_words(locale, level)),
                            evidence: sessions_for(skill),
                        }
                    })
                    .collect()
            })
            .unwrap_or_default(),
    }
}

#[derive(Serialize)]
struct EvidenceView {
    skill: MessageId,
    sessions: usize,
    first: String,
    last: String,
    languages: Vec<String>,
    on_their_own: usize,
}

fn evidence_view(locale: Locale, e: &Evidence) -> EvidenceView {
    EvidenceView {
        skill: labels::skill(e.skill),
        sessions: e.sessions,
        first: day(locale, e.first),
        last: day(locale, e.last),
        languages: e
            .languages
            .iter()
            .map(|code| {
                languages::find(code)
                    .map_or_else(|| code.clone(), |l| language_name(locale, l).text())
            })
            .collect(),
        on_their_own: e.on_their_own_percent(),
    }
}

#[derive(Serialize)]
struct GoalView {
    topic: String,
    sessions: usize,
    last: Option<String>,
}

#[derive(Serialize)]
struct ObservationView {
    by: Option<String>,
    on: String,
    steps: Vec<(MessageId, MessageId)>,
}

#[derive(Serialize)]
struct WorkView {
    shifts: usize,
    /// To a tenth of an hour; the page writes it with the locale's decimal separator.
    hours: f64,
    trainings: i64,
    credentials: i64,
}

#[derive(Serialize)]
struct GrowthPage {
    /// The first area whose self-assessment is due.
    due: Option<&'static str>,
    areas: Vec<AreaView>,
    evidence: Vec<EvidenceView>,
    goals: Vec<GoalView>,
    observations: Vec<ObservationView>,
    work: WorkView,
    charts: ChartsView,
}

/// What the growth page reads, in one go.
struct Growth {
    history: Vec<Assessment>,
    evidence: Vec<Evidence>,
    goals: Vec<Goal>,
    observations: Vec<Observation>,
    work: Work,
    months: Vec<MonthAreas>,
    attended: Vec<Attended>,
}

#[rocket::get("/growth")]
pub async fn growth(me: CurrentUser, ctx: PageCtx, db: &State<Db>) -> Result<Template, Error> {
    let (user, now) = (me.user_id, ctx.now);
    let g = db
        .run(move |conn| {
            let sessions = evidence::sessions_of(conn, user)?;
            let attended = evidence::attended_of(conn, user, now)?;
            Ok::<_, Error>(Growth {
                history: assessments::history(conn, user)?,
                evidence: evidence::count(&sessions),
                goals: evidence::goals(conn, user, &sessions)?,
                observations: assessments::observations(conn, user)?,
                work: evidence::work_with(conn, user, &attended)?,
                months: charts::sessions_per_month(&sessions, now),
                attended,
            })
        })
        .await?;
    let locale = ctx.locale;
    let charts = charts_view(
        locale,
        &g.months,
        &charts::level_lines(&g.history, &g.observations),
        &charts::hours_per_month(&g.attended, ctx.now),
    );
    let page = GrowthPage {
        charts,
        due: assessments::due(&g.history, ctx.now).first().map(|a| a.key),
        areas: AREAS
            .iter()
            .map(|a| area_view(locale, *a, &g.history, &g.evidence))
            .collect(),
        evidence: g
            .evidence
            .iter()
            .map(|e| evidence_view(locale, e))
            .collect(),
        goals: g
            .goals
            .iter()
            .map(|goal| GoalView {
                topic: locale.text(labels::topic(goal.topic)),
                sessions: goal.sessions,
                last: goal.last.map(|at| day(locale, at)),
            })
            .collect(),
        observations: g
            .observations
            .iter()
            .map(|o| ObservationView {
                by: o.by.clone(),
                on: day(locale, o.at),
                steps: o
                    .steps
                    .iter()
                    .map(|(skill, step)| (labels::skill(skill), labels::observed_step(*step)))
                    .collect(),
            })
            .collect(),
        work: WorkView {
            shifts: g.work.shifts,
            hours: (g.work.hours * 10.0).round() / 10.0,
            trainings: g.work.trainings,
            credentials: g.work.credentials,
        },
    };
    Ok(ctx.render("skills/growth", msg!("growth-title"), page))
}

#[derive(Serialize)]
struct StepChoice {
    value: i32,
    label: MessageId,
    checked: bool,
}

#[derive(Serialize)]
struct Question {
    field: String,
    statement: MessageId,
    name: MessageId,
    error: Option<MessageId>,
    steps: Vec<StepChoice>,
}

#[derive(Serialize)]
struct AssessPage {
    action: String,
    heading: MessageId,
    about: Option<MessageId>,
    lead: MessageId,
    name: Option<String>,
    part: Option<usize>,
    parts: usize,
    save: MessageId,
    errors: FieldErrors,
    questions: Vec<Question>,
}

/// The chosen step of each skill, as the form holds it.
type Chosen = HashMap<String, String>;

fn chosen_step(chosen: &Chosen, skill: &str) -> Option<i32> {
    chosen
        .get(&field(skill))
        .and_then(|v| v.trim().parse().ok())
}

fn questions(
    skills: &[&'static str],
    scale: std::ops::RangeInclusive<i32>,
    step_label: fn(i32) -> MessageId,
    chosen: &Chosen,
    errors: &FieldErrors,
) -> Vec<Question> {
    skills
        .iter()
        .map(|skill| {
            let picked = chosen_step(chosen, skill);
            Question {
                field: field(skill),
                statement: labels::skill_statement(skill),
                name: labels::skill(skill),
                error: errors.get(skill),
                steps: scale
                    .clone()
                    .map(|value| StepChoice {
                        value,
                        label: step_label(value),
                        checked: picked == Some(value),
                    })
                    .collect(),
            }
        })
        .collect()
}

fn missing(
    skills: &[&'static str],
    chosen: &Chosen,
    scale: &std::ops::RangeInclusive<i32>,
) -> FieldErrors {
    let mut errors = FieldErrors::default();
    for skill in skills {
        if !chosen_step(chosen, skill).is_some_and(|s| scale.contains(&s)) {
            errors.add(skill, msg!("form-error-choose"));
        }
    }
    errors
}

fn assess_page(ctx: &PageCtx, area: Area, chosen: &Chosen, errors: FieldErrors) -> Template {
    let part = AREAS.iter().position(|a| a.key == area.key).map(|i| i + 1);
    let last = part == Some(AREAS.len());
    let page = AssessPage {
        action: format!("/growth/assess/{}", area.key),
        heading: labels::skill_area(area.key),
        about: Some(labels::skill_area_about(area.key)),
        lead: msg!("assess-lead"),
        name: None,
        part,
        parts: AREAS.len(),
        save: if last {
            msg!("assess-save-last")
        } else {
            msg!("assess-save")
        },
        questions: questions(
            area.skills,
            framework::SELF_STEPS,
            labels::self_step,
            chosen,
            &errors,
        ),
        errors,
    };
    ctx.render("skills/assess", msg!("assess-title"), page)
}

/// One area of the self-assessment, with the person's last answers chosen.
#[rocket::get("/growth/assess/<key>")]
pub async fn assess_form(
    me: CurrentUser,
    key: &str,
    ctx: PageCtx,
    db: &State<Db>,
) -> Result<Template, Error> {
    let area = framework::area(key).ok_or(Error::NotFound)?;
    let user = me.user_id;
    let history = db.run(move |conn| assessments::history(conn, user)).await?;
    let chosen: Chosen = history
        .iter()
        .find(|a| a.area == area.key)
        .map(|a| {
            a.steps
                .iter()
                .map(|(s, step)| (field(s), step.to_string()))
                .collect()
        })
        .unwrap_or_default();
    Ok(assess_page(&ctx, area, &chosen, FieldErrors::default()))
}

#[rocket::post("/growth/assess/<key>", data = "<form>")]
pub async fn assess(
    me: CurrentUser,
    key: &str,
    ctx: PageCtx,
    form: CsrfForm<Chosen>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let area = framework::area(key).ok_or(Error::NotFound)?;
    let chosen = form.0;
    let Some(answers) = Answers::of(area, |skill| chosen_step(&chosen, skill)) else {
        let errors = missing(area.skills, &chosen, &framework::SELF_STEPS);
        return Ok(Answer::invalid(assess_page(&ctx, area, &chosen, errors)));
    };
    let (user, now) = (me.user_id, ctx.now);
    db.run(move |conn| assessments::assess_self(conn, user, &answers, now))
        .await?;
    let next = AREAS
        .iter()
        .skip_while(|a| a.key != area.key)
        .nth(1)
        .map_or_else(
            || "/growth".to_owned(),
            |a| format!("/growth/assess/{}", a.key),
        );
    Ok(Answer::onward(next, msg!("flash-assessed")))
}

fn observe_page(
    ctx: &PageCtx,
    id: i32,
    name: String,
    chosen: &Chosen,
    errors: FieldErrors,
) -> Template {
    let page = AssessPage {
        action: format!("/org/volunteers/{id}/observe"),
        heading: msg!("observe-title"),
        about: None,
        lead: msg!("observe-lead"),
        name: Some(name),
        part: None,
        parts: 0,
        save: msg!("observe-save"),
        questions: questions(
            &WORK_SKILLS,
            framework::OBSERVED_STEPS,
            labels::observed_step,
            chosen,
            &errors,
        ),
        errors,
    };
    ctx.render("skills/assess", msg!("observe-title"), page)
}

async fn volunteer_name(db: &Db, me: &Coordinator, id: i32) -> Result<String, Error> {
    let organisation = me.organisation_id;
    db.run(move |conn| crate::users::volunteer_name(conn, organisation, id))
        .await?
        .ok_or(Error::NotFound)
}

/// A coordinator observes a volunteer's working-life skills after a few shifts.
#[rocket::get("/org/volunteers/<id>/observe")]
pub async fn observe_form(
    me: Coordinator,
    id: i32,
    ctx: PageCtx,
    db: &State<Db>,
) -> Result<Template, Error> {
    let name = volunteer_name(db, &me, id).await?;
    Ok(observe_page(
        &ctx,
        id,
        name,
        &Chosen::new(),
        FieldErrors::default(),
    ))
}

#[rocket::post("/org/volunteers/<id>/observe", data = "<form>")]
pub async fn observe(
    me: Coordinator,
    id: i32,
    ctx: PageCtx,
    form: CsrfForm<Chosen>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let chosen = form.0;
    let Some(steps) = assessments::observed_steps(|skill| chosen_step(&chosen, skill)) else {
        let name = volunteer_name(db, &me, id).await?;
        let errors = missing(&WORK_SKILLS, &chosen, &framework::OBSERVED_STEPS);
        return Ok(Answer::invalid(observe_page(
            &ctx, id, name, &chosen, errors,
        )));
    };
    let (by, now) = (me.actor(), ctx.now);
    db.run(move |conn| assessments::observe(conn, by, id, &steps, now))
        .await?;
    Ok(Answer::onward(
        format!("/org/volunteers/{id}"),
        msg!("flash-observed"),
    ))
}

#[derive(Serialize)]
struct ConfirmPage {
    id: i32,
    name: String,
    areas: Vec<AreaView>,
}

/// A volunteer's latest self-assessed levels, each area with its evidence from the work, for
/// a coordinator to confirm what they have seen.
#[rocket::get("/org/volunteers/<id>/levels")]
pub async fn levels(
    me: Coordinator,
    id: i32,
    ctx: PageCtx,
    db: &State<Db>,
) -> Result<Template, Error> {
    let name = volunteer_name(db, &me, id).await?;
    let (by, organisation, now) = (me.actor(), me.organisation_id, ctx.now);
    let (history, evidence) = db
        .run(move |conn| assessments::levels_for_staff(conn, by, organisation, id, now))
        .await?;
    let locale = ctx.locale;
    let page = ConfirmPage {
        id,
        name,
        areas: AREAS
            .iter()
            .map(|a| area_view(locale, *a, &history, &evidence))
            .filter(|a| a.assessment.is_some())
            .collect(),
    };
    Ok(ctx.render("skills/confirm", msg!("confirm-title"), page))
}

#[rocket::post("/org/volunteers/<id>/levels/<assessment>/confirm", data = "<_form>")]
pub async fn confirm(
    me: Coordinator,
    id: i32,
    assessment: i32,
    ctx: PageCtx,
    _form: CsrfForm<TokenOnly>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let (by, now) = (me.actor(), ctx.now);
    db.run(move |conn| assessments::confirm(conn, by, id, assessment, now))
        .await?;
    Ok(Answer::onward(
        format!("/org/volunteers/{id}/levels"),
        msg!("flash-levels-confirmed"),
    ))
}
