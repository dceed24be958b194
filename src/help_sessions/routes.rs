//! The volunteer's own sessions with the people's totals, and changing one of them within a
//! week.

use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::corrections::Editor;
use super::feedback::{self, Totals};
use super::record_routes::{change, change_form, RecordForm};
use super::{Listed, Referral, EDITABLE_FOR};
use crate::db::Db;
use crate::error::Error;
use crate::i18n::{format_datetime, language_name, Locale, MessageId};
use crate::languages;
use crate::msg;
use crate::web::csrf::CsrfForm;
use crate::web::forms::Answer;
use crate::web::guards::Volunteer;
use crate::web::labels;
use crate::web::PageCtx;

/// The volunteer changes one of their records, within a week of recording it.
#[rocket::get("/volunteer/sessions/<id>/edit")]
pub async fn edit_form(
    me: Volunteer,
    id: i32,
    ctx: PageCtx,
    db: &State<Db>,
) -> Result<Template, Error> {
    change_form(&ctx, db, Editor::Volunteer(me.user.user_id), id).await
}

#[rocket::post("/volunteer/sessions/<id>/edit", data = "<form>")]
pub async fn edit(
    me: Volunteer,
    id: i32,
    ctx: PageCtx,
    form: CsrfForm<RecordForm>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let editor = Editor::Volunteer(me.user.user_id);
    Ok(match change(&ctx, db, editor, id, form.0).await? {
        Ok(_) => Answer::onward("/volunteer/sessions", msg!("flash-session-changed")),
        Err(page) => Answer::invalid(page),
    })
}

#[derive(Serialize)]
pub(super) struct SessionView {
    when: String,
    site: String,
    minutes: i32,
    language: String,
    people: i32,
    outcome: MessageId,
    referred_to: Option<MessageId>,
    device: MessageId,
    topics: Vec<MessageId>,
    saw_codes: bool,
    note: Option<String>,
    /// Where it is changed, for whoever may.
    edit: Option<String>,
}

pub(super) fn session_view(locale: Locale, listed: &Listed, edit: Option<String>) -> SessionView {
    let s = &listed.session;
    SessionView {
        edit,
        when: format_datetime(locale, s.started_at),
        site: s.site_name.clone(),
        minutes: s.minutes,
        language: languages::find(&s.language)
            .map_or_else(|| s.language.clone(), |l| language_name(locale, l).text()),
        people: s.people,
        outcome: labels::outcome(s.outcome),
        referred_to: s
            .referred_to
            .as_deref()
            .and_then(Referral::parse)
            .map(labels::referral),
        device: labels::device(s.device),
        topics: listed.topics.iter().map(|t| labels::topic(t)).collect(),
        saw_codes: s.saw_codes,
        note: listed.learning_note.clone(),
    }
}

#[derive(Serialize)]
struct TotalsView {
    answers: i64,
    good: i64,
    okay: i64,
    bad: i64,
    could_alone: i64,
}

impl From<Totals> for TotalsView {
    fn from(t: Totals) -> TotalsView {
        TotalsView {
            answers: t.answers,
            good: t.good,
            okay: t.okay,
            bad: t.bad,
            could_alone: t.could_alone,
        }
    }
}

#[derive(Serialize)]
struct OwnPage {
    sessions: Vec<SessionView>,
    totals: Option<TotalsView>,
    shown_from: i64,
}

/// The volunteer's own sessions (the latest 100) and the totals of the people's answers.
#[rocket::get("/volunteer/sessions")]
pub async fn own(me: Volunteer, ctx: PageCtx, db: &State<Db>) -> Result<Template, Error> {
    let user = me.user.user_id;
    let (sessions, totals) = db
        .run(move |conn| {
            Ok::<_, Error>((
                super::own(conn, user, 100)?,
                feedback::totals_for(conn, user)?,
            ))
        })
        .await?;
    let page = OwnPage {
        sessions: sessions
            .iter()
            .map(|s| {
                let editable = s.session.recorded_at > ctx.now - EDITABLE_FOR;
                let edit = editable.then(|| format!("/volunteer/sessions/{}/edit", s.session.id));
                session_view(ctx.locale, s, edit)
            })
            .collect(),
        totals: totals.map(TotalsView::from),
        shown_from: feedback::SHOWN_FROM,
    };
    Ok(ctx.render("help_sessions/own", msg!("sessions-own-title"), page))
}
