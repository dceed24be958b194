//! "Where can I get help in my language?": for people seeking help, with no sign-in. The coming
//! times and sites where an active volunteer who speaks the chosen language has a confirmed
//! place. It never shows who the volunteers are.

use chrono::{Duration, NaiveDateTime};
use diesel::connection::DefaultLoadingMode;
use diesel::prelude::*;
use rocket::http::Status;
use rocket::State;
use serde::Serialize;

use super::signups::State as SignupState;
use crate::db::schema::{
    organisations, shift_signups, shifts, sites, users, volunteer_languages, volunteer_topics,
};
use crate::db::{now, Db, DbConn};
use crate::error::Error;
use crate::i18n::{format_time_span, Locale};
use crate::languages::{self, HELP_LANGUAGES};
use crate::sites::SiteKind;
use crate::topics::{self, Stance, TOPICS};
use crate::users::{Role, Status as VolunteerStatus};
use crate::web::forms::{Answer, FieldErrors};
use crate::web::PageCtx;

/// How far ahead the page looks.
pub const DAYS_AHEAD: i64 = 14;
/// At most this many times are listed, soonest first: enough to choose from, and a longer
/// list is hard to read on a phone.
const MAX_TIMES: usize = 20;

#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct HelpTime {
    pub when: String,
    pub site: String,
    pub kind_label: &'static str,
    pub address: String,
    pub opening_notes: String,
    pub organisation: String,
}

type TimeRow = (
    NaiveDateTime,
    NaiveDateTime,
    String,
    String,
    String,
    String,
    String,
);

/// The coming shifts among `$with_helper` (a subquery of shift ids), soonest first. Rows are
/// cut in Rust, not with `LIMIT ?`: SQLite re-plans a statement whose limit is a bound
/// parameter on every execution (measured: an eighth of the page's time). A macro,
/// not a function: the two subqueries (with and without a topic) have different types, and
/// the two-backend connection cannot run a boxed one.
macro_rules! load_times {
    ($conn:expr, $with_helper:expr) => {{
        let moment = now();
        shifts::table
            .inner_join(sites::table.inner_join(organisations::table))
            .filter(shifts::cancelled_at.is_null())
            .filter(shifts::ends_at.gt(moment))
            .filter(shifts::starts_at.lt(moment + Duration::days(DAYS_AHEAD)))
            .filter(shifts::id.eq_any($with_helper))
            .order((shifts::starts_at, sites::name))
            .select((
                shifts::starts_at,
                shifts::ends_at,
                sites::name,
                sites::kind,
                sites::address,
                sites::opening_notes,
                organisations::name,
            ))
            .load_iter::<TimeRow, DefaultLoadingMode>($conn)?
            .take(MAX_TIMES)
            .collect::<Result<Vec<_>, _>>()
    }};
}

/// The coming times with a helper who speaks `language` (and, with a topic, is confident with
/// it), soonest first. One statement with subqueries per case, so each is prepared once.
pub fn help_times(
    conn: &mut DbConn,
    language: &str,
    topic: Option<&str>,
    locale: Locale,
) -> Result<Vec<HelpTime>, Error> {
    let speakers = volunteer_languages::table
        .filter(volunteer_languages::language.eq(language))
        .select(volunteer_languages::user_id);
    // Joined rather than `IN (active volunteers)`: SQLite would list every active volunteer
    // for each request.
    let with_helper = shift_signups::table
        .inner_join(users::table)
        .filter(shift_signups::state.eq(SignupState::Confirmed.as_str()))
        .filter(users::role.eq(Role::Volunteer.as_str()))
        .filter(users::status.eq(VolunteerStatus::Active.as_str()))
        .filter(shift_signups::user_id.eq_any(speakers))
        .select(shift_signups::shift_id);
    let rows = match topic {
        None => load_times!(conn, with_helper)?,
        Some(topic) => {
            let confident = volunteer_topics::table
                .filter(volunteer_topics::topic.eq(topic))
                .filter(volunteer_topics::kind.eq(Stance::Confident.as_str()))
                .select(volunteer_topics::user_id);
            load_times!(
                conn,
                with_helper.filter(shift_signups::user_id.eq_any(confident))
            )?
        }
    };
    Ok(rows
        .into_iter()
        .map(
            |(starts_at, ends_at, site, kind, address, opening_notes, organisation)| HelpTime {
                when: format_time_span(locale, starts_at, ends_at),
                site,
                kind_label: SiteKind::parse(&kind).unwrap_or(SiteKind::Other).label_id(),
                address,
                opening_notes,
                organisation,
            },
        )
        .collect())
}

#[derive(Serialize)]
struct Choice {
    code: &'static str,
    label: String,
    rtl: bool,
    selected: bool,
}

#[derive(Serialize)]
struct HelpPage {
    /// Not `languages`: the layout's language switcher has that name.
    help_languages: Vec<Choice>,
    topics: Vec<Choice>,
    errors: FieldErrors,
    /// The chosen language's own name, once the reader has chosen.
    chosen: Option<&'static str>,
    times: Vec<HelpTime>,
    /// Nobody has marked the topic, so the times are for the language alone.
    topic_fallback: bool,
    days: i64,
}

fn choices(locale: Locale, language: &str, topic: &str) -> (Vec<Choice>, Vec<Choice>) {
    let languages = HELP_LANGUAGES
        .iter()
        .map(|l| Choice {
            code: l.code,
            label: l.endonym.to_owned(),
            rtl: l.rtl,
            selected: l.code == language,
        })
        .collect();
    let topics = TOPICS
        .iter()
        .map(|slug| Choice {
            code: slug,
            label: locale.text(&topics::label_id(slug)),
            rtl: false,
            selected: *slug == topic,
        })
        .collect();
    (languages, topics)
}

#[rocket::get("/help?<language>&<topic>")]
pub async fn help(
    language: Option<String>,
    topic: Option<String>,
    ctx: PageCtx,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let locale = ctx.locale;
    let language = language.unwrap_or_default();
    let topic = topic.unwrap_or_default();
    let (languages, topics) = choices(locale, &language, &topic);
    let mut page = HelpPage {
        help_languages: languages,
        topics,
        errors: FieldErrors::default(),
        chosen: None,
        times: Vec::new(),
        topic_fallback: false,
        days: DAYS_AHEAD,
    };
    if language.is_empty() {
        return Ok(Answer::page(Status::Ok, render(&ctx, page)));
    }
    let Some(chosen) = languages::find(&language) else {
        page.errors.add("language", "form-error-choose");
        return Ok(Answer::invalid(render(&ctx, page)));
    };
    let topic = (!topic.is_empty()).then_some(topic);
    if topic.as_deref().is_some_and(|t| !topics::is_topic(t)) {
        page.errors.add("topic", "form-error-choose");
        return Ok(Answer::invalid(render(&ctx, page)));
    }
    page.chosen = Some(chosen.endonym);
    let (times, topic_fallback) = db
        .run(move |conn| {
            let times = help_times(conn, chosen.code, topic.as_deref(), locale)?;
            if times.is_empty() && topic.is_some() {
                return Ok((help_times(conn, chosen.code, None, locale)?, true));
            }
            Ok::<_, Error>((times, false))
        })
        .await?;
    page.times = times;
    page.topic_fallback = topic_fallback && !page.times.is_empty();
    Ok(Answer::page(Status::Ok, render(&ctx, page)))
}

fn render(ctx: &PageCtx, page: HelpPage) -> rocket_dyn_templates::Template {
    ctx.render("shifts/help", "help-title", page)
}
