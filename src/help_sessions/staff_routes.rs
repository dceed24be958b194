//! The coordinator's pages: the sessions of one site on one day, and the follow-up list of
//! sessions where a volunteer saw or typed someone's codes (talked through, never a penalty).

use chrono::NaiveDate;
use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::routes::{session_view, SessionView};
use crate::clock::today_in_finland;
use crate::db::Db;
use crate::error::Error;
use crate::i18n::format_date;
use crate::msg;
use crate::sites::{self, SiteLink};
use crate::web::csrf::{CsrfForm, TokenOnly};
use crate::web::forms::Answer;
use crate::web::guards::Coordinator;
use crate::web::{Now, PageCtx};

#[derive(Serialize)]
struct SiteChoice {
    id: i32,
    name: String,
    selected: bool,
}

#[derive(Serialize)]
struct StaffSession {
    id: i32,
    volunteer: String,
    #[serde(flatten)]
    view: SessionView,
}

#[derive(Serialize)]
struct SessionsPage {
    sites: Vec<SiteChoice>,
    day: String,
    day_label: String,
    sessions: Vec<StaffSession>,
    to_follow_up: usize,
}

/// The sessions at one site (the first open one unless chosen) on one day (today unless
/// chosen, `YYYY-MM-DD`).
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
    let (links, chosen, sessions, follow_up) = db
        .run(move |conn| {
            let links: Vec<SiteLink> = sites::links_of(conn, organisation)?;
            let chosen = site
                .filter(|id| links.iter().any(|l| l.id == *id))
                .or_else(|| links.first().map(|l| l.id));
            let sessions = match chosen {
                Some(site) => super::of_site_day(conn, organisation, site, day)?,
                None => Vec::new(),
            };
            let follow_up = super::to_follow_up(conn, organisation)?.len();
            Ok::<_, Error>((links, chosen, sessions, follow_up))
        })
        .await?;
    let page = SessionsPage {
        sites: links
            .into_iter()
            .map(|l| SiteChoice {
                selected: Some(l.id) == chosen,
                id: l.id,
                name: l.name,
            })
            .collect(),
        day: day.format("%Y-%m-%d").to_string(),
        day_label: format_date(ctx.locale, day),
        sessions: sessions
            .iter()
            .map(|s| StaffSession {
                id: s.session.id,
                volunteer: s.session.volunteer_name.clone(),
                view: session_view(ctx.locale, s),
            })
            .collect(),
        to_follow_up: follow_up,
    };
    Ok(ctx.render("help_sessions/list", msg!("sessions-title"), page))
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
        sessions: sessions
            .iter()
            .map(|s| StaffSession {
                id: s.session.id,
                volunteer: s.session.volunteer_name.clone(),
                view: session_view(ctx.locale, s),
            })
            .collect(),
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
