//! The pages of the people on duty: the coordinator's queue board of a site (waiting tickets,
//! volunteers, the engine's suggestions with their reasons, matching), and the volunteer's
//! "your next person" with start and finish.

use rocket::form::FromForm;
use rocket::response::stream::{Event, EventStream};
use rocket::response::Redirect;
use rocket::{Shutdown, State};
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::duty::{self, OnDuty, SiteQueue, WaitingTicket, Worker};
use super::live::{Live, PerChange};
use super::routes::{events, next_change};
use super::{TicketStatus, UnservedReason};
use crate::auth::sessions;
use crate::clock::Clock;
use crate::db::{Db, DbConn};
use crate::error::Error;
use crate::i18n::{language_name, Locale, MessageId};
use crate::languages;
use crate::matching::{Reason, Suggestion, Unmatched, Why, Widening};
use crate::msg;
use crate::organisations;
use crate::sites::Site;
use crate::topics;
use crate::web::csrf::{CsrfForm, TokenOnly};
use crate::web::forms::Answer;
use crate::web::guards::{Coordinator, QueueStaff, Volunteer};
use crate::web::public_pages::{cut_at_token, stand_in};
use crate::web::{labels, Now, PageCtx, Renderer};

fn worker(staff: &QueueStaff) -> Worker {
    Worker {
        user_id: staff.user.user_id,
        organisation_id: staff.organisation_id,
        coordinator: staff.is_coordinator(),
    }
}

/// Languages as the people on duty read them: "arabia (العربية), somali (Soomaali)".
fn language_names(locale: Locale, codes: &[String]) -> String {
    codes
        .iter()
        .filter_map(|c| languages::find(c).map(|l| language_name(locale, l).text()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A requested topic as the people on duty see it: its picture and its label.
#[derive(Serialize)]
struct TopicView {
    /// Inline SVG from our own files (`topics::icon`), printed unescaped: nothing typed.
    icon: &'static str,
    label: String,
}

fn topic_labels(locale: Locale, slugs: &[String]) -> Vec<TopicView> {
    slugs
        .iter()
        .map(|s| TopicView {
            icon: topics::icon(s),
            label: locale.text(labels::topic(s)),
        })
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
                msg!("reason-speaks")
            } else {
                msg!("reason-speaks-second")
            },
            &[
                (
                    "language",
                    language_names(locale, std::slice::from_ref(language)).into(),
                ),
                ("level", locale.text(labels::level(*level)).into()),
            ],
        ),
        Reason::ConfidentWith { topic } => locale.message(
            msg!("reason-confident"),
            &[("topic", locale.text(labels::topic(topic)).into())],
        ),
        Reason::LearningTopic { topic } => locale.message(
            msg!("reason-learning"),
            &[("topic", locale.text(labels::topic(topic)).into())],
        ),
        Reason::HelpedBefore => locale.text(msg!("reason-helped-before")),
        Reason::Waiting { minutes } => {
            locale.message(msg!("reason-waiting"), &[("minutes", (*minutes).into())])
        }
        Reason::SessionsToday { count } => {
            locale.message(msg!("reason-sessions-today"), &[("count", (*count).into())])
        }
        Reason::OnlySpeaker { language } => locale.message(
            msg!("reason-only-speaker"),
            &[(
                "language",
                language_names(locale, std::slice::from_ref(language)).into(),
            )],
        ),
        Reason::FirstLanguageLater { language } => locale.message(
            msg!("reason-first-language-later"),
            &[(
                "language",
                language_names(locale, std::slice::from_ref(language)).into(),
            )],
        ),
    }
}

fn unserved_label(reason: UnservedReason) -> MessageId {
    match reason {
        UnservedReason::NoLanguage => msg!("unserved-no-language"),
        UnservedReason::NoTime => msg!("unserved-no-time"),
        UnservedReason::NeedsAuthority => msg!("unserved-needs-authority"),
    }
}

#[derive(Serialize)]
struct WaitingView {
    id: i32,
    code: String,
    languages: String,
    topics: Vec<TopicView>,
    minutes: i64,
}

#[derive(Serialize)]
struct VolunteerView {
    id: i32,
    name: String,
    languages: String,
    busy_with: Option<String>,
    table: Option<String>,
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
    label: MessageId,
}

#[derive(Serialize)]
struct TableChoice {
    id: i32,
    label: String,
}

#[derive(Serialize)]
struct UndoView {
    ticket_id: i32,
    code: String,
}

#[derive(Serialize)]
struct BoardPage {
    unserved_reasons: Vec<ReasonChoice>,
    site: String,
    code: String,
    paused: bool,
    tables: Vec<TableChoice>,
    undoable: Vec<UndoView>,
    waiting: Vec<WaitingView>,
    on_duty: Vec<VolunteerView>,
    free: Vec<VolunteerView>,
    suggestions: Vec<SuggestionView>,
    unmatched: Vec<UnmatchedView>,
    auto_match: bool,
    /// The engine's own matches nobody has started yet, each with why.
    by_engine: Vec<EngineMatchView>,
}

#[derive(Serialize)]
struct EngineMatchView {
    code: String,
    name: String,
    reasons: Vec<String>,
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
            msg!("why-nobody-speaks"),
            &[("languages", language_names(locale, languages).into())],
        ),
        Why::OnlyTraineeSpeaks { languages } => locale.message(
            msg!("why-only-trainee"),
            &[("languages", language_names(locale, languages).into())],
        ),
        Why::AllBusy => locale.text(msg!("why-all-busy")),
    };
    let widenings = u
        .widenings
        .iter()
        .map(|w| match w {
            Widening::UseSecondLanguage { language } => locale.message(
                msg!("widening-second-language"),
                &[(
                    "language",
                    language_names(locale, std::slice::from_ref(language)).into(),
                )],
            ),
            Widening::PairTrainee { trainee, with } => locale.message(
                msg!("widening-pair-trainee"),
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

fn volunteer_view(locale: Locale, d: &OnDuty) -> VolunteerView {
    let codes: Vec<String> = d.volunteer.languages.iter().map(|l| l.0.clone()).collect();
    VolunteerView {
        id: d.volunteer.id,
        name: d.name.clone(),
        languages: language_names(locale, &codes),
        busy_with: d.busy_with.clone(),
        table: d.table.clone(),
    }
}

fn board_page(
    site: &Site,
    queue: &SiteQueue,
    locale: Locale,
    now: chrono::NaiveDateTime,
) -> BoardPage {
    let names = Names {
        waiting: &queue.waiting,
        on_duty: &queue.on_duty,
    };
    BoardPage {
        unserved_reasons: UnservedReason::ALL
            .iter()
            .map(|r| ReasonChoice {
                value: r.as_str(),
                label: unserved_label(*r),
            })
            .collect(),
        site: site.name.clone(),
        code: site.public_code.clone(),
        paused: site.queue_paused,
        tables: queue
            .tables
            .iter()
            .map(|t| TableChoice {
                id: t.id,
                label: t.label.clone(),
            })
            .collect(),
        undoable: queue
            .undoable
            .iter()
            .map(|(ticket_id, code)| UndoView {
                ticket_id: *ticket_id,
                code: code.clone(),
            })
            .collect(),
        waiting: queue
            .waiting
            .iter()
            .map(|w| WaitingView {
                id: w.id,
                code: w.code.clone(),
                languages: language_names(locale, &w.request.languages),
                topics: topic_labels(locale, &w.request.topics),
                minutes: (now - w.request.waiting_since).num_minutes(),
            })
            .collect(),
        free: queue
            .on_duty
            .iter()
            .filter(|d| d.busy_with.is_none() && !d.volunteer.in_training)
            .map(|d| volunteer_view(locale, d))
            .collect(),
        on_duty: queue
            .on_duty
            .iter()
            .map(|d| volunteer_view(locale, d))
            .collect(),
        auto_match: site.auto_match,
        by_engine: queue
            .by_engine
            .iter()
            .map(|m| EngineMatchView {
                code: m.code.clone(),
                name: names.name(m.volunteer_id),
                reasons: m.reasons.iter().map(|r| reason_text(locale, r)).collect(),
            })
            .collect(),
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
    }
}

#[rocket::get("/org/queue/<code>")]
pub async fn board(
    me: QueueStaff,
    code: String,
    ctx: PageCtx,
    db: &State<Db>,
) -> Result<Template, Error> {
    let (who, now) = (worker(&me), ctx.now);
    let (site, queue) = db
        .run(move |conn| {
            let site = duty::worker_site(conn, who, &code, now)?;
            let queue = duty::site_queue(conn, &site, now)?;
            Ok::<_, Error>((site, queue))
        })
        .await?;
    let page = board_page(&site, &queue, ctx.locale, now);
    Ok(ctx.render("queue/board", msg!("duty-board-title"), page))
}

#[derive(Debug, Default, FromForm)]
pub struct MatchForm {
    #[field(default = 0)]
    ticket_id: i32,
    #[field(default = 0)]
    volunteer_id: i32,
}

/// A change from the queue board: checks the site, makes the change, and goes back to the
/// board with the first flash when done, the second when the ticket or the volunteer was no
/// longer free.
async fn board_action(
    me: QueueStaff,
    code: String,
    now: Now,
    db: &Db,
    (done_flash, missed_flash): (MessageId, MessageId),
    change: impl FnOnce(&mut DbConn, &Site) -> Result<bool, Error> + Send + 'static,
) -> Result<Answer, Error> {
    let who = worker(&me);
    let (done, code) = db
        .run(move |conn| {
            let site = duty::worker_site(conn, who, &code, now.0)?;
            Ok::<_, Error>((change(conn, &site)?, site.public_code))
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
    now: Now,
    form: CsrfForm<MatchForm>,
    db: &State<Db>,
    live: &State<Live>,
) -> Result<Answer, Error> {
    let (ticket, volunteer) = (form.0.ticket_id, form.0.volunteer_id);
    let flashes = (msg!("flash-duty-matched"), msg!("flash-duty-taken"));
    let live = live.inner().clone();
    board_action(me, code, now, db, flashes, move |conn, site| {
        duty::assign(conn, &live, site, ticket, volunteer, now.0)
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
    now: Now,
    form: CsrfForm<UnservedForm>,
    db: &State<Db>,
    live: &State<Live>,
) -> Result<Answer, Error> {
    let (ticket, reason) = (form.0.ticket_id, UnservedReason::parse(&form.0.reason));
    let flashes = (
        msg!("flash-duty-unserved"),
        msg!("flash-ticket-not-waiting"),
    );
    let live = live.inner().clone();
    // Who may act on the site is checked before the choice: a tampered reason from someone
    // without access is a refusal of access.
    board_action(me, code, now, db, flashes, move |conn, site| {
        let reason = reason.ok_or(Error::Invalid)?;
        duty::mark_unserved(conn, &live, site, ticket, reason, now.0)
    })
    .await
}

#[derive(Debug, Default, FromForm)]
pub struct TicketForm {
    #[field(default = 0)]
    ticket_id: i32,
}

/// Takes back a "nobody can help" mark made a few minutes ago.
#[rocket::post("/org/queue/<code>/unserved/undo", data = "<form>")]
pub async fn undo_unserved(
    me: QueueStaff,
    code: String,
    now: Now,
    form: CsrfForm<TicketForm>,
    db: &State<Db>,
    live: &State<Live>,
) -> Result<Answer, Error> {
    let ticket = form.0.ticket_id;
    let flashes = (msg!("flash-duty-undone"), msg!("flash-duty-undo-too-late"));
    let live = live.inner().clone();
    board_action(me, code, now, db, flashes, move |conn, site| {
        duty::undo_unserved(conn, &live, site, ticket, now.0)
    })
    .await
}

#[derive(Debug, Default, FromForm)]
pub struct SeatForm {
    #[field(default = 0)]
    volunteer_id: i32,
    /// A table of the site, or empty for none.
    #[field(default = String::new())]
    table_id: String,
}

/// Where a volunteer on duty sits; the people matched with them read it.
#[rocket::post("/org/queue/<code>/seat", data = "<form>")]
pub async fn seat(
    me: QueueStaff,
    code: String,
    now: Now,
    form: CsrfForm<SeatForm>,
    db: &State<Db>,
    live: &State<Live>,
) -> Result<Answer, Error> {
    let volunteer = form.0.volunteer_id;
    let table = form.0.table_id.trim().parse::<i32>().ok();
    let flashes = (msg!("flash-duty-seated"), msg!("flash-duty-not-on-duty"));
    let live = live.inner().clone();
    board_action(me, code, now, db, flashes, move |conn, site| {
        duty::seat(conn, &live, site, volunteer, table, now.0)
    })
    .await
}

#[derive(Debug, Default, FromForm)]
pub struct PauseForm {
    #[field(default = false)]
    paused: bool,
}

/// Stops taking numbers at the site for now, or goes on again (coordinators only).
#[rocket::post("/org/queue/<code>/pause", data = "<form>")]
pub async fn pause(
    me: Coordinator,
    code: String,
    now: Now,
    form: CsrfForm<PauseForm>,
    db: &State<Db>,
    live: &State<Live>,
) -> Result<Answer, Error> {
    let (organisation, paused, live) = (me.organisation_id, form.0.paused, live.inner().clone());
    let code = db
        .run(move |conn| {
            let site = duty::own_site(conn, organisation, &code, now.0)?;
            crate::sites::set_queue_paused(conn, organisation, site.id, paused)?;
            super::live::changed(conn, &live, site.id)?;
            Ok::<_, Error>(site.public_code)
        })
        .await?;
    let flash = if paused {
        msg!("flash-queue-paused")
    } else {
        msg!("flash-queue-resumed")
    };
    Ok(Answer::onward(format!("/org/queue/{code}"), flash))
}

#[derive(Debug, Default, FromForm)]
pub struct RemoveForm {
    /// Minutes back: the waiting numbers taken since then go.
    #[field(default = 0)]
    minutes: i64,
}

#[derive(Debug, Default, FromForm)]
pub struct AutoMatchForm {
    #[field(default = false)]
    on: bool,
}

/// Lets the engine confirm its own suggestions at the site, or leaves them to the people on
/// duty (coordinators only).
#[rocket::post("/org/queue/<code>/auto", data = "<form>")]
pub async fn auto_match(
    me: Coordinator,
    code: String,
    now: Now,
    form: CsrfForm<AutoMatchForm>,
    db: &State<Db>,
    live: &State<Live>,
) -> Result<Answer, Error> {
    let (organisation, on, live) = (me.organisation_id, form.0.on, live.inner().clone());
    let by = me.actor();
    let code = db
        .run(move |conn| {
            let site = duty::own_site(conn, organisation, &code, now.0)?;
            super::auto::set_for_site(conn, &live, by, &site, on, now.0)?;
            Ok::<_, Error>(site.public_code)
        })
        .await?;
    let flash = if on {
        msg!("flash-auto-match-on")
    } else {
        msg!("flash-auto-match-off")
    };
    Ok(Answer::onward(format!("/org/queue/{code}"), flash))
}

/// Removes a burst of numbers nobody holds (coordinators only): every waiting number of the
/// site's queue taken in the last minutes.
#[rocket::post("/org/queue/<code>/remove", data = "<form>")]
pub async fn remove_burst(
    me: Coordinator,
    code: String,
    now: Now,
    form: CsrfForm<RemoveForm>,
    db: &State<Db>,
    live: &State<Live>,
) -> Result<Answer, Error> {
    let minutes = form.0.minutes;
    if !(1..=240).contains(&minutes) {
        return Err(Error::Invalid);
    }
    let (organisation, live) = (me.organisation_id, live.inner().clone());
    let since = now.0 - chrono::Duration::minutes(minutes);
    let code = db
        .run(move |conn| {
            let site = duty::own_site(conn, organisation, &code, now.0)?;
            super::remove_since(conn, &live, &site, since, now.0)?;
            Ok::<_, Error>(site.public_code)
        })
        .await?;
    Ok(Answer::onward(
        format!("/org/queue/{code}"),
        msg!("flash-queue-removed"),
    ))
}

/// The changing part of each site's board on this server, by language and by whether its
/// reader is a coordinator (they alone see the site's switches): rendered once per change for
/// every board open on it, cut where each reader's CSRF token goes.
pub type BoardParts = PerChange<(i32, Locale, bool), Vec<String>>;

/// The board's event stream: after every change of the site's queue, the changed part of the
/// board (`queue/board-live`), rendered in the reader's language with their own token, so the
/// page fetches nothing. Before each, the reader must still be signed in and allowed the
/// board (a volunteer gone off duty is not); the stream ends when they are not.
#[rocket::get("/org/queue/<code>/events")]
#[allow(clippy::too_many_arguments)]
pub async fn board_events<'r>(
    me: QueueStaff,
    code: String,
    ctx: PageCtx,
    db: &'r State<Db>,
    live: &'r State<Live>,
    parts: &'r State<BoardParts>,
    clock: &'r State<Clock>,
    templates: Renderer<'r>,
    mut shutdown: Shutdown,
) -> Result<EventStream![Event + 'r], Error> {
    let (who, session) = (worker(&me), me.user.session_id);
    let site = {
        let (code, now) = (code.clone(), ctx.now);
        db.run(move |conn| duty::worker_site(conn, who, &code, now))
            .await?
    };
    let mut changes = live.subscribe();
    Ok(EventStream! {
        while next_change(&mut changes, site.id, &mut shutdown).await.is_some() {
            let now = clock.now();
            let code = code.clone();
            let allowed = db
                .run(move |conn| {
                    if !sessions::still_alive(conn, session, now)? {
                        return Err(Error::Forbidden);
                    }
                    duty::worker_site(conn, who, &code, now)
                })
                .await;
            let Ok(site) = allowed else { break };
            let key = (site.id, ctx.locale, who.coordinator);
            let part = parts
                .get(key, live.generation(site.id), || async {
                    let read = site.clone();
                    let queue = db
                        .run(move |conn| duty::site_queue(conn, &read, now))
                        .await?;
                    let page = board_page(&site, &queue, ctx.locale, now);
                    let body = ctx.page_with_token(stand_in(), msg!("duty-board-title"), page);
                    let html = templates
                        .show("queue/board-live", body)
                        .ok_or(Error::Template("queue/board-live"))?;
                    Ok(cut_at_token(&html))
                })
                .await;
            match part {
                Ok(part) => yield Event::data(ctx.with_own_token(&part)),
                // The page still shows its last state, and a reload shows the current one.
                Err(e) => log::error!("the live part of a board not rendered: {e}"),
            }
        }
    })
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
    db.run(move |conn| organisations::set_volunteers_may_match(conn, organisation, allowed))
        .await?;
    Ok(Answer::onward(
        "/org/shifts",
        msg!("flash-volunteer-matching-saved"),
    ))
}

#[derive(Serialize)]
struct NextView {
    ticket_id: i32,
    code: String,
    languages: String,
    topics: Vec<TopicView>,
    helping: bool,
}

#[derive(Serialize)]
struct DutyPage {
    next: Option<NextView>,
    /// The site whose queue board the volunteer may use now, if the organisation allows it.
    board: Option<String>,
    /// The site where the volunteer is checked in: its name, and the page updates live.
    on_duty_at: Option<String>,
    /// Finished help of today without a record yet.
    to_record: Vec<ToRecordView>,
}

#[derive(Serialize)]
struct ToRecordView {
    ticket_id: i32,
    code: String,
}

#[rocket::get("/duty")]
pub async fn next_person(me: Volunteer, ctx: PageCtx, db: &State<Db>) -> Result<Template, Error> {
    let (user, organisation, now) = (me.user.user_id, me.organisation_id, ctx.now);
    let (next, board, site, to_record) = db
        .run(move |conn| {
            let board = duty::board_for_volunteer(conn, organisation, user, now)?;
            let site = duty::site_on_duty(conn, user, now)?;
            let to_record = crate::help_sessions::to_record(conn, user, now)?;
            Ok::<_, Error>((duty::next_person(conn, user, now)?, board, site, to_record))
        })
        .await?;
    let next = next.map(|person| NextView {
        ticket_id: person.ticket_id,
        code: person.code(),
        languages: language_names(ctx.locale, &person.languages()),
        topics: topic_labels(ctx.locale, &person.topic_slugs()),
        helping: person.status == TicketStatus::Helping,
    });
    let page = DutyPage {
        next,
        board,
        on_duty_at: site.map(|s| s.name),
        to_record: to_record
            .into_iter()
            .map(|(ticket_id, code, _)| ToRecordView { ticket_id, code })
            .collect(),
    };
    Ok(ctx.render("queue/duty", msg!("duty-next-title"), page))
}

/// The queue board of the site where the volunteer is on duty, when the organisation lets
/// them use it; their duty page otherwise.
#[rocket::get("/duty/board")]
pub async fn duty_board(me: Volunteer, now: Now, db: &State<Db>) -> Result<Redirect, Error> {
    let (user, organisation) = (me.user.user_id, me.organisation_id);
    let board = db
        .run(move |conn| duty::board_for_volunteer(conn, organisation, user, now.0))
        .await?;
    Ok(Redirect::to(board.map_or_else(
        || "/duty".to_owned(),
        |code| format!("/org/queue/{code}"),
    )))
}

/// The volunteer's own event stream: their duty page fetches itself again when the queue of
/// the site where they are checked in changes (someone was matched with them).
#[rocket::get("/duty/events")]
pub async fn duty_events(
    me: Volunteer,
    now: Now,
    db: &State<Db>,
    live: &State<Live>,
    shutdown: Shutdown,
) -> Result<EventStream![], Error> {
    let user = me.user.user_id;
    let site = db
        .run(move |conn| duty::site_on_duty(conn, user, now.0))
        .await?
        .ok_or(Error::NotFound)?;
    Ok(events(live.subscribe(), site.id, shutdown))
}

#[derive(Serialize)]
struct OnDutyView {
    name: String,
    table: Option<String>,
}

#[derive(Serialize)]
struct SiteTodayView {
    name: String,
    code: String,
    shifts: Vec<String>,
    on_duty: Vec<OnDutyView>,
    waiting: usize,
    open: bool,
}

#[derive(Serialize)]
struct TodayPage {
    sites: Vec<SiteTodayView>,
}

/// The coordinator's day: the sites open today, who is on duty, how many wait.
#[rocket::get("/org/today")]
pub async fn today(me: Coordinator, ctx: PageCtx, db: &State<Db>) -> Result<Template, Error> {
    let (organisation, now, locale) = (me.organisation_id, ctx.now, ctx.locale);
    let sites = db
        .run(move |conn| duty::today(conn, organisation, now))
        .await?;
    let sites = sites
        .into_iter()
        .map(|day| SiteTodayView {
            name: day.site.name,
            code: day.site.public_code,
            shifts: day
                .shifts
                .iter()
                .map(|(start, end)| crate::i18n::format_time_span(locale, *start, *end))
                .collect(),
            on_duty: day
                .on_duty
                .into_iter()
                .map(|(name, table)| OnDutyView { name, table })
                .collect(),
            waiting: day.waiting,
            open: day.open,
        })
        .collect();
    Ok(ctx.render("queue/today", msg!("today-title"), TodayPage { sites }))
}

async fn advance(
    me: Volunteer,
    ticket: i32,
    from: TicketStatus,
    flash: MessageId,
    now: Now,
    db: &Db,
    live: &Live,
) -> Result<Answer, Error> {
    let (user, live) = (me.user.user_id, live.clone());
    let changed = db
        .run(move |conn| duty::advance(conn, &live, user, ticket, from, now.0))
        .await?;
    // A finished help opens its record, prefilled.
    let onward = match from {
        TicketStatus::Helping => format!("/duty/{ticket}/record"),
        _ => "/duty".to_owned(),
    };
    if changed {
        Ok(Answer::onward(onward, flash))
    } else {
        Err(Error::NotFound)
    }
}

#[rocket::post("/duty/<ticket>/start", data = "<_form>")]
pub async fn start(
    me: Volunteer,
    ticket: i32,
    now: Now,
    _form: CsrfForm<TokenOnly>,
    db: &State<Db>,
    live: &State<Live>,
) -> Result<Answer, Error> {
    let flash = msg!("flash-duty-started");
    advance(me, ticket, TicketStatus::Matched, flash, now, db, live).await
}

#[rocket::post("/duty/<ticket>/finish", data = "<_form>")]
pub async fn finish(
    me: Volunteer,
    ticket: i32,
    now: Now,
    _form: CsrfForm<TokenOnly>,
    db: &State<Db>,
    live: &State<Live>,
) -> Result<Answer, Error> {
    let flash = msg!("flash-duty-finished");
    advance(me, ticket, TicketStatus::Helping, flash, now, db, live).await
}
