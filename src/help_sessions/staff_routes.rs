//! The coordinator's pages: the sessions of one site on one day with the reminders of help
//! nobody recorded, correcting a session (into the audit log), and the follow-up list of
//! sessions where a volunteer saw or typed someone's codes (talked through, never a penalty).

use chrono::NaiveDate;
use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::corrections::Editor;
use super::day_end::{self, Reminder};
use super::record_routes::{change, change_form, RecordForm};
use super::routes::{session_view, SessionView};
use super::Listed;
use crate::clock::{to_helsinki, today_in_finland};
use crate::db::Db;
use crate::error::Error;
use crate::i18n::{format_date, Locale};
use crate::msg;
use crate::sites::{self, SiteChoice, SiteLink};
use crate::web::csrf::{CsrfForm, TokenOnly};
use crate::web::forms::Answer;
use crate::web::guards::Coordinator;
use crate::web::{Now, PageCtx};

#[derive(Serialize)]
struct StaffSession {
    id: i32,
    volunteer: String,
    #[serde(flatten)]
    view: SessionView,
}

fn staff_sessions(locale: Locale, sessions: &[Listed]) -> Vec<StaffSession> {
    sessions
        .iter()
        .map(|s| StaffSession {
            id: s.session.id,
            volunteer: s.session.volunteer_name.clone(),
            view: session_view(
                locale,
                s,
                Some(format!("/org/sessions/{}/edit", s.session.id)),
            ),
        })
        .collect()
}

#[derive(Serialize)]
struct ReminderView {
    id: i32,
    volunteer: String,
    site: String,
    day: String,
    helps: i32,
}

#[derive(Serialize)]
struct SessionsPage {
    sites: Vec<SiteChoice>,
    day: String,
    day_label: String,
    sessions: Vec<StaffSession>,
    to_follow_up: i64,
    reminders: Vec<ReminderView>,
}

/// What the sessions page shows, read in one go.
struct Listing {
    links: Vec<SiteLink>,
    chosen: Option<i32>,
    sessions: Vec<Listed>,
    to_follow_up: i64,
    reminders: Vec<Reminder>,
}

/// The sessions at one site on one day (today unless chosen, `YYYY-MM-DD`): the chosen
/// site, else the first with sessions that day, else the first.
#[rocket::get("/org/sessions?<site>&<day>")]
pub async fn list(
    me: Coordinator,
    site: Option<i32>,
    day: Option<&str>,
    ctx: PageCtx,
    db: &State<Db>,
) -> Result<Template, Error> {
    let day = day
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .unwrap_or_else(|| today_in_finland(ctx.now));
    let organisation = me.organisation_id;
    let listing = db
        .run(move |conn| {
            let links: Vec<SiteLink> = sites::links_of(conn, organisation)?;
            let busy = super::sites_with_sessions(conn, organisation, day)?;
            let chosen = site
                .filter(|id| links.iter().any(|l| l.id == *id))
                .or_else(|| links.iter().map(|l| l.id).find(|id| busy.contains(id)))
                .or_else(|| links.first().map(|l| l.id));
            let sessions = match chosen {
                Some(site) => super::of_site_day(conn, organisation, site, day)?,
                None => Vec::new(),
            };
            Ok::<_, Error>(Listing {
                links,
                chosen,
                sessions,
                to_follow_up: super::follow_up_count(conn, organisation)?,
                reminders: day_end::reminders(conn, organisation)?,
            })
        })
        .await?;
    let page = SessionsPage {
        sites: listing
            .links
            .into_iter()
            .map(|l| SiteChoice {
                selected: Some(l.id) == listing.chosen,
                id: l.id,
                name: l.name,
            })
            .collect(),
        day: day.format("%Y-%m-%d").to_string(),
        day_label: format_date(ctx.locale, day),
        sessions: staff_sessions(ctx.locale, &listing.sessions),
        to_follow_up: listing.to_follow_up,
        reminders: listing
            .reminders
            .into_iter()
            .map(|r| ReminderView {
                id: r.id,
                volunteer: r.volunteer_name,
                site: r.site_name,
                day: format_date(ctx.locale, r.day),
                helps: r.helps,
            })
            .collect(),
    };
    Ok(ctx.render("help_sessions/list", msg!("sessions-title"), page))
}

/// The coordinator has talked the unrecorded help through with the volunteer.
#[rocket::post("/org/sessions/reminders/<id>/done", data = "<_form>")]
pub async fn reminder_done(
    me: Coordinator,
    id: i32,
    now: Now,
    _form: CsrfForm<TokenOnly>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let organisation = me.organisation_id;
    db.run(move |conn| day_end::dismiss(conn, organisation, id, now.0))
        .await?;
    Ok(Answer::onward("/org/sessions", msg!("flash-reminder-done")))
}

/// A coordinator corrects one of the organisation's sessions.
#[rocket::get("/org/sessions/<id>/edit")]
pub async fn correction_form(
    me: Coordinator,
    id: i32,
    ctx: PageCtx,
    db: &State<Db>,
) -> Result<Template, Error> {
    change_form(&ctx, db, Editor::Coordinator(me.actor()), id).await
}

#[rocket::post("/org/sessions/<id>/edit", data = "<form>")]
pub async fn correct(
    me: Coordinator,
    id: i32,
    ctx: PageCtx,
    form: CsrfForm<RecordForm>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let editor = Editor::Coordinator(me.actor());
    Ok(match change(&ctx, db, editor, id, form.0).await? {
        Ok(session) => {
            let back = format!(
                "/org/sessions?site={}&day={}",
                session.site_id,
                to_helsinki(session.started_at).format("%Y-%m-%d")
            );
            Answer::onward(back, msg!("flash-session-corrected"))
        }
        Err(page) => Answer::invalid(page),
    })
}

#[derive(Serialize)]
struct FollowUpPage {
    sessions: Vec<StaffSession>,
}

/// Sessions where a volunteer saw or typed someone's codes, to talk through with them.
#[rocket::get("/org/sessions/follow-up")]
pub async fn follow_up(me: Coordinator, ctx: PageCtx, db: &State<Db>) -> Result<Template, Error> {
    let organisation = me.organisation_id;
    let sessions = db
        .run(move |conn| super::to_follow_up(conn, organisation))
        .await?;
    let page = FollowUpPage {
        sessions: staff_sessions(ctx.locale, &sessions),
    };
    Ok(ctx.render("help_sessions/follow_up", msg!("follow-up-title"), page))
}

#[rocket::post("/org/sessions/<id>/followed-up", data = "<_form>")]
pub async fn followed_up(
    me: Coordinator,
    id: i32,
    now: Now,
    _form: CsrfForm<TokenOnly>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let organisation = me.organisation_id;
    db.run(move |conn| super::mark_followed_up(conn, organisation, id, now.0))
        .await?;
    Ok(Answer::onward(
        "/org/sessions/follow-up",
        msg!("flash-followed-up"),
    ))
}
