//! The pages of the people on duty: the coordinator's queue board of a site (waiting tickets,
//! volunteers, the engine's suggestions with their reasons, matching), and the volunteer's
//! "your next person" with start and finish.

use rocket::form::FromForm;
use rocket::response::stream::EventStream;
use rocket::{Shutdown, State};
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::duty::{self, OnDuty, UnservedReason, WaitingTicket};
use super::live::{self, Live};
use super::{QueueSite, TicketStatus};
use crate::auth::csrf::{CsrfForm, TokenOnly};
use crate::auth::{Coordinator, QueueStaff, Volunteer};
use crate::db::schema::sites;
use crate::db::{now, Db, DbConn};
use crate::error::Error;
use crate::i18n::Locale;
use crate::languages;
use crate::matching::{Reason, Suggestion, Unmatched, Why, Widening};
use crate::topics;
use crate::web::forms::Answer;
use crate::web::PageCtx;

/// A site of the coordinator's organisation, or 404.
fn own_site(conn: &mut DbConn, organisation: i32, code: &str) -> Result<QueueSite, Error> {
    use diesel::prelude::*;
    let site = super::site_by_code(conn, code)?.ok_or(Error::NotFound)?;
    let owner: i32 = sites::table
        .find(site.id)
        .select(sites::organisation_id)
        .first(conn)?;
    if owner == organisation {
        Ok(site)
    } else {
        Err(Error::NotFound)
    }
}

/// A site the person may work the queue of: any site of a coordinator's organisation; for a
/// volunteer, only where they are checked in now, and only if the organisation allows it.
fn staff_site(conn: &mut DbConn, staff: &QueueStaff, code: &str) -> Result<QueueSite, Error> {
    let site = own_site(conn, staff.organisation_id, code)?;
    if staff.is_coordinator()
        || (duty::volunteers_may_match(conn, staff.organisation_id)?
            && duty::is_on_duty(conn, site.id, staff.user.user_id)?)
    {
        Ok(site)
    } else {
        Err(Error::Forbidden)
    }
}

fn endonyms(codes: &[String]) -> String {
    codes
        .iter()
        .filter_map(|c| languages::find(c).map(|l| l.endonym))
        .collect::<Vec<_>>()
        .join(", ")
}

fn topic_labels(locale: Locale, slugs: &[String]) -> Vec<String> {
    slugs
        .iter()
        .map(|s| format!("{} {}", topics::icon(s), locale.text(&topics::label_id(s))))
        .collect()
}

fn reason_text(locale: Locale, reason: &Reason) -> String {
    match reason {
        Reason::Speaks {
            language,
            level,
            first_choice,
        } => locale.message(
            if *first_choice {
                "reason-speaks"
            } else {
                "reason-speaks-second"
            },
            &[
                ("language", endonyms(std::slice::from_ref(language)).into()),
                ("level", locale.text(level.label_id()).into()),
            ],
        ),
        Reason::ConfidentWith { topic } => locale.message(
            "reason-confident",
            &[("topic", locale.text(&topics::label_id(topic)).into())],
        ),
        Reason::LearningTopic { topic } => locale.message(
            "reason-learning",
            &[("topic", locale.text(&topics::label_id(topic)).into())],
        ),
        Reason::HelpedBefore => locale.text("reason-helped-before"),
        Reason::Waiting { minutes } => {
            locale.message("reason-waiting", &[("minutes", (*minutes).into())])
        }
        Reason::SessionsToday { count } => {
            locale.message("reason-sessions-today", &[("count", (*count).into())])
        }
    }
}

#[derive(Serialize)]
struct WaitingView {
    id: i32,
    code: String,
    languages: String,
    topics: Vec<String>,
    minutes: i64,
}

#[derive(Serialize)]
struct VolunteerView {
    id: i32,
    name: String,
    languages: String,
    busy_with: Option<String>,
}

#[derive(Serialize)]
struct SuggestionView {
    ticket_id: i32,
    volunteer_id: i32,
    code: String,
    name: String,
    reasons: Vec<String>,
}

#[derive(Serialize)]
struct UnmatchedView {
    code: String,
    why: String,
    widenings: Vec<String>,
}

#[derive(Serialize)]
struct ReasonChoice {
    value: &'static str,
    label: &'static str,
}

#[derive(Serialize)]
struct BoardPage {
    unserved_reasons: Vec<ReasonChoice>,
    site: String,
    code: String,
    waiting: Vec<WaitingView>,
    on_duty: Vec<VolunteerView>,
    free: Vec<VolunteerView>,
    suggestions: Vec<SuggestionView>,
    unmatched: Vec<UnmatchedView>,
}

struct Names<'a> {
    waiting: &'a [WaitingTicket],
    on_duty: &'a [OnDuty],
}

impl Names<'_> {
    fn code(&self, ticket: i32) -> String {
        self.waiting
            .iter()
            .find(|w| w.id == ticket)
            .map(|w| w.code.clone())
            .unwrap_or_default()
    }

    fn name(&self, volunteer: i32) -> String {
        self.on_duty
            .iter()
            .find(|d| d.volunteer.id == volunteer)
            .map(|d| d.name.clone())
            .unwrap_or_default()
    }
}

fn suggestion_view(locale: Locale, names: &Names<'_>, s: &Suggestion) -> SuggestionView {
    SuggestionView {
        ticket_id: s.request,
        volunteer_id: s.volunteer,
        code: names.code(s.request),
        name: names.name(s.volunteer),
        reasons: s.reasons.iter().map(|r| reason_text(locale, r)).collect(),
    }
}

fn unmatched_view(locale: Locale, names: &Names<'_>, u: &Unmatched) -> UnmatchedView {
    let why = match &u.why {
        Why::NobodySpeaks { languages } => locale.message(
            "why-nobody-speaks",
            &[("languages", endonyms(languages).into())],
        ),
        Why::OnlyTraineeSpeaks { languages } => locale.message(
            "why-only-trainee",
            &[("languages", endonyms(languages).into())],
        ),
        Why::AllBusy => locale.text("why-all-busy"),
    };
    let widenings = u
        .widenings
        .iter()
        .map(|w| match w {
            Widening::UseSecondLanguage { language } => locale.message(
                "widening-second-language",
                &[("language", endonyms(std::slice::from_ref(language)).into())],
            ),
            Widening::PairTrainee { trainee, with } => locale.message(
                "widening-pair-trainee",
                &[
                    ("trainee", names.name(*trainee).into()),
                    ("with", names.name(*with).into()),
                ],
            ),
        })
        .collect();
    UnmatchedView {
        code: names.code(u.request),
        why,
        widenings,
    }
}

fn volunteer_view(d: &OnDuty) -> VolunteerView {
    let codes: Vec<String> = d.volunteer.languages.iter().map(|l| l.0.clone()).collect();
    VolunteerView {
        id: d.volunteer.id,
        name: d.name.clone(),
        languages: endonyms(&codes),
        busy_with: d.busy_with.clone(),
    }
}

#[rocket::get("/org/queue/<code>")]
pub async fn board(
    me: QueueStaff,
    code: String,
    ctx: PageCtx,
    db: &State<Db>,
) -> Result<Template, Error> {
    let locale = ctx.locale;
    let page = db
        .run(move |conn| {
            let site = staff_site(conn, &me, &code)?;
            let queue = duty::site_queue(conn, site.id, site.letter())?;
            let names = Names {
                waiting: &queue.waiting,
                on_duty: &queue.on_duty,
            };
            let moment = now();
            Ok::<_, Error>(BoardPage {
                unserved_reasons: UnservedReason::ALL
                    .iter()
                    .map(|r| ReasonChoice {
                        value: r.as_str(),
                        label: r.label_id(),
                    })
                    .collect(),
                site: site.name.clone(),
                code: site.public_code.clone(),
                waiting: queue
                    .waiting
                    .iter()
                    .map(|w| WaitingView {
                        id: w.id,
                        code: w.code.clone(),
                        languages: endonyms(&w.request.languages),
                        topics: topic_labels(locale, &w.request.topics),
                        minutes: (moment - w.request.waiting_since).num_minutes(),
                    })
                    .collect(),
                free: queue
                    .on_duty
                    .iter()
                    .filter(|d| d.busy_with.is_none() && !d.volunteer.in_training)
                    .map(volunteer_view)
                    .collect(),
                on_duty: queue.on_duty.iter().map(volunteer_view).collect(),
                suggestions: queue
                    .plan
                    .suggestions
                    .iter()
                    .map(|s| suggestion_view(locale, &names, s))
                    .collect(),
                unmatched: queue
                    .plan
                    .unmatched
                    .iter()
                    .map(|u| unmatched_view(locale, &names, u))
                    .collect(),
            })
        })
        .await?;
    Ok(ctx.render("queue/board", "duty-board-title", page))
}

#[derive(Debug, Default, FromForm)]
pub struct MatchForm {
    #[field(default = 0)]
    ticket_id: i32,
    #[field(default = 0)]
    volunteer_id: i32,
}

/// A change from the queue board: checks the site, makes the change, tells the streams, and
/// goes back to the board with the first flash when done, the second when the ticket or the
/// volunteer was no longer free.
async fn board_action(
    me: QueueStaff,
    code: String,
    db: &Db,
    live: &Live,
    (done_flash, missed_flash): (&'static str, &'static str),
    change: impl FnOnce(&mut DbConn, &QueueSite) -> Result<bool, Error> + Send + 'static,
) -> Result<Answer, Error> {
    let live = live.clone();
    let (done, code) = db
        .run(move |conn| {
            let site = staff_site(conn, &me, &code)?;
            let done = change(conn, &site)?;
            if done {
                live::changed(conn, &live, site.id)?;
            }
            Ok::<_, Error>((done, site.public_code))
        })
        .await?;
    let flash = if done { done_flash } else { missed_flash };
    Ok(Answer::onward(format!("/org/queue/{code}"), flash))
}

/// Accepting a suggestion and matching by hand are the same form.
#[rocket::post("/org/queue/<code>/match", data = "<form>")]
pub async fn assign(
    me: QueueStaff,
    code: String,
    form: CsrfForm<MatchForm>,
    db: &State<Db>,
    live: &State<Live>,
) -> Result<Answer, Error> {
    let (ticket, volunteer) = (form.0.ticket_id, form.0.volunteer_id);
    let flashes = ("flash-duty-matched", "flash-duty-taken");
    board_action(me, code, db, live, flashes, move |conn, site| {
        duty::assign(conn, site.id, site.letter(), ticket, volunteer)
    })
    .await
}

#[derive(Debug, Default, FromForm)]
pub struct UnservedForm {
    #[field(default = 0)]
    ticket_id: i32,
    #[field(default = String::new())]
    reason: String,
}

/// "Nobody can help this person today", with a reason the person then reads.
#[rocket::post("/org/queue/<code>/unserved", data = "<form>")]
pub async fn unserved(
    me: QueueStaff,
    code: String,
    form: CsrfForm<UnservedForm>,
    db: &State<Db>,
    live: &State<Live>,
) -> Result<Answer, Error> {
    let (ticket, reason) = (form.0.ticket_id, UnservedReason::parse(&form.0.reason));
    let flashes = ("flash-duty-unserved", "flash-ticket-not-waiting");
    board_action(me, code, db, live, flashes, move |conn, site| {
        duty::mark_unserved(conn, site.id, ticket, reason.ok_or(Error::Invalid)?)
    })
    .await
}

/// The board's event stream: the page fetches itself again when the site's queue changes.
#[rocket::get("/org/queue/<code>/events")]
pub async fn board_events(
    me: QueueStaff,
    code: String,
    db: &State<Db>,
    live: &State<Live>,
    shutdown: Shutdown,
) -> Result<EventStream![], Error> {
    let site = db.run(move |conn| staff_site(conn, &me, &code)).await?;
    Ok(live::events(live.subscribe(), site.id, shutdown))
}

#[derive(Serialize)]
struct NextView {
    ticket_id: i32,
    code: String,
    languages: String,
    topics: Vec<String>,
    helping: bool,
}

#[derive(Serialize)]
struct DutyPage {
    next: Option<NextView>,
    /// The site whose queue board the volunteer may use now, if the organisation allows it.
    board: Option<String>,
}

#[derive(Debug, Default, FromForm)]
pub struct VolunteerMatchingForm {
    #[field(default = false)]
    allowed: bool,
}

/// Whether volunteers checked in at a site may use its queue board and match people there.
#[rocket::post("/org/settings/volunteer-matching", data = "<form>")]
pub async fn set_volunteer_matching(
    me: Coordinator,
    form: CsrfForm<VolunteerMatchingForm>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let (organisation, allowed) = (me.organisation_id, form.0.allowed);
    db.run(move |conn| duty::set_volunteers_may_match(conn, organisation, allowed))
        .await?;
    Ok(Answer::onward(
        "/org/shifts",
        "flash-volunteer-matching-saved",
    ))
}

#[rocket::get("/duty")]
pub async fn next_person(me: Volunteer, ctx: PageCtx, db: &State<Db>) -> Result<Template, Error> {
    let (user, locale) = (me.0.user_id, ctx.locale);
    let organisation = me.0.organisation_id.ok_or(Error::Forbidden)?;
    let (next, board) = db
        .run(move |conn| {
            let board = if duty::volunteers_may_match(conn, organisation)? {
                duty::duty_site(conn, user)?
            } else {
                None
            };
            Ok::<_, Error>((duty::next_person(conn, user)?, board))
        })
        .await?;
    let next = next.map(|(id, site_code, number, first, second, topics, status)| {
        let letter = super::code_letter(&site_code);
        let languages: Vec<String> = std::iter::once(first).chain(second).collect();
        let slugs: Vec<String> = topics.split_whitespace().map(str::to_owned).collect();
        NextView {
            ticket_id: id,
            code: super::ticket_code(letter, number),
            languages: endonyms(&languages),
            topics: topic_labels(locale, &slugs),
            helping: TicketStatus::parse(&status) == TicketStatus::Helping,
        }
    });
    Ok(ctx.render("queue/duty", "duty-next-title", DutyPage { next, board }))
}

async fn advance(
    me: Volunteer,
    ticket: i32,
    from: TicketStatus,
    flash: &str,
    db: &Db,
    live: &Live,
) -> Result<Answer, Error> {
    let (user, live) = (me.0.user_id, live.clone());
    let changed = db
        .run(move |conn| {
            let site = duty::advance(conn, user, ticket, from)?;
            if let Some(site) = site {
                live::changed(conn, &live, site)?;
            }
            Ok::<_, Error>(site.is_some())
        })
        .await?;
    if changed {
        Ok(Answer::onward("/duty", flash))
    } else {
        Err(Error::NotFound)
    }
}

#[rocket::post("/duty/<ticket>/start", data = "<_form>")]
pub async fn start(
    me: Volunteer,
    ticket: i32,
    _form: CsrfForm<TokenOnly>,
    db: &State<Db>,
    live: &State<Live>,
) -> Result<Answer, Error> {
    advance(
        me,
        ticket,
        TicketStatus::Matched,
        "flash-duty-started",
        db,
        live,
    )
    .await
}

#[rocket::post("/duty/<ticket>/finish", data = "<_form>")]
pub async fn finish(
    me: Volunteer,
    ticket: i32,
    _form: CsrfForm<TokenOnly>,
    db: &State<Db>,
    live: &State<Live>,
) -> Result<Answer, Error> {
    advance(
        me,
        ticket,
        TicketStatus::Helping,
        "flash-duty-finished",
        db,
        live,
    )
    .await
}
