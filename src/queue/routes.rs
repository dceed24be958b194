//! The queue pages for people seeking help: taking a number at a site's short address, the
//! ticket page, leaving the queue (asked once more), the printable poster with a QR code, and
//! the event streams that tell open pages when a site's queue changed. One browser holds one
//! live number per site: its cookie leads back to the number it has.

use chrono::NaiveDateTime;
use rocket::http::{Cookie, CookieJar, SameSite, Status};
use rocket::response::stream::{Event, EventStream};
use rocket::response::Redirect;
use rocket::tokio::sync::broadcast;
use rocket::{Shutdown, State};
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::live::{Change, Live, LiveTicket};
use super::{
    AtCode, Coverage, Opening, PlaceCache, TakeRefusal, Ticket, TicketRequest, TicketStatus,
    UnservedReason,
};
use crate::clock::Clock;
use crate::config::Config;
use crate::db::Db;
use crate::error::Error;
use crate::help_sessions::feedback_routes::Questions;
use crate::i18n::{format_datetime, format_time_span, Locale, MessageId};
use crate::languages::{self, HELP_LANGUAGES};
use crate::msg;
use crate::sites::Site;
use crate::topics::{self, TOPICS};
use crate::web::csrf::{CsrfForm, TokenOnly};
use crate::web::forms::{Answer, FieldErrors, Refusal};
use crate::web::guards::ClientAddress;
use crate::web::public_pages::{PublicPages, Render};
use crate::web::texts::{for_reader, TextView};
use crate::web::{labels, Now, PageCtx, Renderer};

/// What the person chose, as the form sent it.
#[derive(Debug, Default, Clone, rocket::form::FromForm, Serialize)]
pub struct TicketForm {
    #[field(default = String::new())]
    pub first_language: String,
    #[field(default = String::new())]
    pub second_language: String,
    #[field(default = Vec::new())]
    pub topics: Vec<String>,
    #[field(default = false)]
    pub first_visit: bool,
}

impl TicketForm {
    pub fn check(&self, errors: &mut FieldErrors) -> Option<TicketRequest> {
        if self.first_language.is_empty() {
            errors.add("first_language", msg!("queue-error-language"));
        } else if languages::find(&self.first_language).is_none() {
            errors.add("first_language", msg!("form-error-choose"));
        }
        let second = (!self.second_language.is_empty()).then(|| self.second_language.clone());
        if second
            .as_deref()
            .is_some_and(|code| languages::find(code).is_none() || code == self.first_language)
        {
            errors.add("second_language", msg!("form-error-choose"));
        }
        if self.topics.iter().any(|t| !topics::is_topic(t)) {
            errors.add("topics", msg!("form-error-choose"));
        }
        if !errors.is_empty() {
            return None;
        }
        let mut chosen = self.topics.clone();
        chosen.sort_by_key(|t| TOPICS.iter().position(|s| s == t));
        chosen.dedup();
        Some(TicketRequest {
            first_language: self.first_language.clone(),
            second_language: second,
            topics: chosen,
            first_visit: self.first_visit,
        })
    }
}

impl Refusal for TakeRefusal {
    fn message(&self) -> MessageId {
        match self {
            TakeRefusal::Closed => msg!("queue-closed-title"),
            TakeRefusal::Paused => msg!("queue-paused"),
            TakeRefusal::TooMany => msg!("queue-too-many"),
        }
    }

    fn status(&self) -> Status {
        match self {
            TakeRefusal::TooMany => Status::TooManyRequests,
            _ => Status::Conflict,
        }
    }
}

/// The message of why nobody could help, as the person reads it on their ticket page.
pub fn unserved_message(reason: UnservedReason) -> MessageId {
    match reason {
        UnservedReason::NoLanguage => msg!("ticket-unserved-no-language"),
        UnservedReason::NoTime => msg!("ticket-unserved-no-time"),
        UnservedReason::NeedsAuthority => msg!("ticket-unserved-needs-authority"),
    }
}

/// The cookie that keeps a browser's number at one site.
fn ticket_cookie_name(site: &Site) -> String {
    format!("dk_t{}", site.id)
}

/// The live number this browser already holds at the site, if any.
async fn held_ticket(
    db: &Db,
    cookies: &CookieJar<'_>,
    site: &Site,
    now: NaiveDateTime,
) -> Result<Option<(String, Ticket)>, Error> {
    let Some(secret) = cookies
        .get(&ticket_cookie_name(site))
        .map(|c| c.value().to_owned())
    else {
        return Ok(None);
    };
    let lookup = secret.clone();
    let ticket = db
        .run(move |conn| super::by_secret(conn, &lookup, now))
        .await?;
    Ok(ticket
        .filter(|t| t.site.id == site.id && t.status.is_live())
        .map(|t| (secret, t)))
}

#[derive(Serialize)]
struct LanguageChoice {
    code: &'static str,
    endonym: &'static str,
    rtl: bool,
    first: bool,
    second: bool,
}

#[derive(Serialize)]
struct TopicChoice {
    slug: &'static str,
    /// Inline SVG from our own files (`topics::icon`), the one value templates print
    /// unescaped: never put anything a person typed here.
    icon: &'static str,
    label: String,
    checked: bool,
}

fn topic_choice(locale: Locale, slug: &'static str, checked: bool) -> TopicChoice {
    TopicChoice {
        slug,
        icon: topics::icon(slug),
        label: locale.text(labels::topic_tile(slug)),
        checked,
    }
}

/// Why the site takes no number now, for the take page.
#[derive(Serialize)]
struct ClosedView {
    title: MessageId,
    /// The next opening, in the reader's format.
    next_opening: Option<String>,
    /// No helper is planned here.
    none_planned: bool,
}

#[derive(Serialize)]
struct TakePage<'a> {
    site: String,
    address: String,
    code: String,
    open: bool,
    closed: Option<ClosedView>,
    /// A refusal of the number just asked for (too many, paused), as a message.
    refusal: Option<MessageId>,
    /// The number this browser already holds here.
    held: Option<HeldView>,
    form: &'a TicketForm,
    errors: FieldErrors,
    /// Not `languages`: the layout's language switcher has that name.
    help_languages: Vec<LanguageChoice>,
    /// The common topics, shown as tiles, and the others behind "more topics".
    common_topics: Vec<TopicChoice>,
    more_topics: Vec<TopicChoice>,
    /// "More topics" stays open when the form comes back with a problem or one of them is
    /// chosen, so nothing chosen is hidden.
    more_open: bool,
    /// The second language, folded away at first, is open when one is chosen or has a problem.
    second_open: bool,
}

/// The number a browser already holds at a site: its code and its page.
#[derive(Serialize)]
struct HeldView {
    code: String,
    link: String,
}

struct TakeView<'a> {
    site: &'a Site,
    opening: Opening,
    form: &'a TicketForm,
    errors: FieldErrors,
    refusal: Option<MessageId>,
    held: Option<HeldView>,
}

fn take_page(ctx: &PageCtx, view: TakeView<'_>) -> Template {
    ctx.render(
        TAKE_TEMPLATE,
        msg!("queue-take-title"),
        take_body(ctx.locale, view),
    )
}

const TAKE_TEMPLATE: &str = "queue/take";

/// This server's kept take pages, by site, with the site and its opening each shows.
pub type TakePages = PublicPages<i32, (Site, Opening)>;

fn take_body<'a>(locale: Locale, view: TakeView<'a>) -> TakePage<'a> {
    let closed = match view.opening {
        Opening::Open => None,
        Opening::Paused => Some(ClosedView {
            title: msg!("queue-paused"),
            next_opening: None,
            none_planned: false,
        }),
        Opening::SiteClosed => Some(ClosedView {
            title: msg!("queue-site-closed"),
            next_opening: None,
            none_planned: false,
        }),
        Opening::Closed { next } => Some(ClosedView {
            title: msg!("queue-closed-title"),
            next_opening: next.map(|at| format_datetime(locale, at)),
            none_planned: next.is_none(),
        }),
    };
    let form = view.form;
    let (common_topics, more_topics): (Vec<_>, Vec<_>) = TOPICS
        .iter()
        .map(|slug| topic_choice(locale, slug, form.topics.iter().any(|t| t == slug)))
        .partition(|topic| topics::is_common(topic.slug));
    let more_open = !view.errors.is_empty() || more_topics.iter().any(|t| t.checked);
    let second_open =
        !form.second_language.is_empty() || view.errors.get("second_language").is_some();
    TakePage {
        site: view.site.name.clone(),
        address: view.site.address.clone(),
        code: view.site.public_code.clone(),
        open: closed.is_none(),
        closed,
        refusal: view.refusal,
        held: view.held,
        form,
        errors: view.errors,
        help_languages: HELP_LANGUAGES
            .iter()
            .map(|l| LanguageChoice {
                code: l.code,
                endonym: l.endonym,
                rtl: l.rtl,
                first: form.first_language == l.code,
                second: form.second_language == l.code,
            })
            .collect(),
        common_topics,
        more_topics,
        more_open,
        second_open,
    }
}

/// The site a code names now, with its opening; or where an earlier code now leads.
enum Found {
    Site(Site, Opening),
    Moved(String),
}

async fn find_site(
    db: &Db,
    cache: &PlaceCache,
    code: String,
    now: NaiveDateTime,
) -> Result<Found, Error> {
    let cache = cache.clone();
    db.run(
        move |conn| match super::at_code(conn, &cache, &code, now)? {
            Some(AtCode::Site(site, opening)) => Ok(Found::Site(site, opening)),
            Some(AtCode::Moved(code)) => Ok(Found::Moved(code)),
            None => Err(Error::NotFound),
        },
    )
    .await
}

/// The site's short address, printed on its poster: the form for taking a number. An old
/// poster's code leads to the site's new address.
#[rocket::get("/s/<code>")]
#[allow(clippy::too_many_arguments)]
pub async fn take_form(
    code: String,
    ctx: PageCtx,
    renderer: Renderer<'_>,
    cookies: &CookieJar<'_>,
    db: &State<Db>,
    places: &State<PlaceCache>,
    pages: &State<TakePages>,
) -> Result<Answer, Error> {
    let (site, opening) = match find_site(db, places, code, ctx.now).await? {
        Found::Site(site, opening) => (site, opening),
        Found::Moved(code) => return Ok(Answer::Elsewhere(Redirect::to(format!("/s/{code}")))),
    };
    let held = held_ticket(db, cookies, &site, ctx.now)
        .await?
        .map(|(secret, ticket)| HeldView {
            code: ticket.code,
            link: format!("/t/{secret}"),
        });
    let form = TicketForm {
        first_language: ctx.locale.code().to_owned(),
        ..<TicketForm as Default>::default()
    };
    let view = TakeView {
        site: &site,
        opening,
        form: &form,
        errors: FieldErrors::default(),
        refusal: None,
        held,
    };
    // A browser that holds a number here is shown it; everyone else the same page.
    if view.held.is_some() {
        return Ok(Answer::page(Status::Ok, take_page(&ctx, view)));
    }
    let take = Render {
        template: TAKE_TEMPLATE,
        title: msg!("queue-take-title"),
        body: || take_body(ctx.locale, view),
    };
    Ok(pages.answer(&ctx, &renderer, site.id, (site.clone(), opening), take))
}

#[rocket::post("/s/<code>", data = "<form>")]
pub async fn take(
    code: String,
    ctx: PageCtx,
    form: CsrfForm<TicketForm>,
    address: ClientAddress,
    cookies: &CookieJar<'_>,
    db: &State<Db>,
    live: &State<Live>,
) -> Result<Answer, Error> {
    let (form, now) = (form.0, ctx.now);
    // Taking a number reads the site afresh: an empty cache keeps nothing it is not given.
    let (site, opening) = match find_site(db, &PlaceCache::default(), code, now).await? {
        Found::Site(site, opening) => (site, opening),
        Found::Moved(_) => return Err(Error::NotFound),
    };
    // A second press, a reload or a flood from one browser: the number it already has.
    if let Some((secret, _)) = held_ticket(db, cookies, &site, now).await? {
        return Ok(Answer::onward(
            format!("/t/{secret}"),
            msg!("flash-ticket-already"),
        ));
    }
    let mut errors = FieldErrors::default();
    let Some(request) = form.check(&mut errors) else {
        let view = TakeView {
            site: &site,
            opening,
            form: &form,
            errors,
            refusal: None,
            held: None,
        };
        return Ok(Answer::invalid(take_page(&ctx, view)));
    };
    let (taking, live) = (site.clone(), live.inner().clone());
    let taken = db
        .run(move |conn| super::take(conn, &live, &taking, &request, &address.0, now))
        .await?;
    match taken {
        Ok(secret) => {
            cookies.add(
                Cookie::build((ticket_cookie_name(&site), secret.clone()))
                    .path("/")
                    .http_only(true)
                    .same_site(SameSite::Lax)
                    .secure(ctx.secure_cookies)
                    .max_age(rocket::time::Duration::days(1)),
            );
            Ok(Answer::onward(
                format!("/t/{secret}"),
                msg!("flash-ticket-taken"),
            ))
        }
        Err(refusal) => {
            let view = TakeView {
                site: &site,
                opening,
                form: &form,
                errors: FieldErrors::default(),
                refusal: Some(refusal.message()),
                held: None,
            };
            Ok(Answer::refused(&refusal, take_page(&ctx, view)))
        }
    }
}

/// The next time and place with help in the person's language, as the page shows it.
#[derive(Serialize)]
struct NextHelpView {
    when: String,
    site: String,
    address: String,
    notes: Option<TextView>,
}

#[derive(Serialize)]
struct TicketPage {
    code: String,
    site: String,
    address: String,
    status: MessageId,
    waiting: bool,
    helping: bool,
    ahead: i64,
    minutes: i64,
    /// The chosen languages' own names (not `languages`: the language switcher's name).
    chosen_languages: Vec<&'static str>,
    topics: Vec<TopicChoice>,
    secret: String,
    /// The first name of the volunteer who will help, once matched, and their table.
    helper: Option<String>,
    table: Option<String>,
    /// The helper left duty: a new digikaveri is being found.
    requeued: bool,
    /// Why nobody could help today, and the language to look for other times.
    unserved: Option<MessageId>,
    language: String,
    /// Nobody on duty speaks the first language: who can help instead, or when help comes.
    second_language_helper: Option<&'static str>,
    nobody_speaks: Option<&'static str>,
    next_help: Option<NextHelpView>,
    /// The help is finished and the person has not answered yet: the three questions.
    feedback: Option<Questions>,
}

impl TicketPage {
    fn of(ticket: Ticket, secret: String, locale: Locale) -> TicketPage {
        let chosen_languages = std::iter::once(&ticket.first_language)
            .chain(ticket.second_language.as_ref())
            .filter_map(|code| languages::find(code).map(|l| l.endonym))
            .collect();
        let endonym = |code: &str| languages::find(code).map(|l| l.endonym);
        let (second_language_helper, nobody_speaks, next_help) = match &ticket.coverage {
            Some(Coverage::SecondLanguage(second)) => (endonym(second), None, None),
            Some(Coverage::Nobody { next }) => (
                None,
                endonym(&ticket.first_language),
                next.as_ref().map(|time| NextHelpView {
                    when: format_time_span(locale, time.starts_at, time.ends_at),
                    site: time.site.clone(),
                    address: time.address.clone(),
                    notes: for_reader(&time.notes.opening, locale),
                }),
            ),
            _ => (None, None, None),
        };
        TicketPage {
            status: status_label(ticket.status),
            waiting: ticket.status == TicketStatus::Waiting,
            helping: ticket.status == TicketStatus::Helping,
            ahead: ticket.ahead,
            minutes: ticket.expected_minutes(),
            chosen_languages,
            topics: ticket
                .topics
                .iter()
                .filter_map(|t| topics::find(t))
                .map(|slug| topic_choice(locale, slug, true))
                .collect(),
            secret,
            unserved: ticket.unserved_reason.map(unserved_message),
            code: ticket.code,
            site: ticket.site.name,
            address: ticket.site.address,
            helper: ticket.helper,
            table: ticket.table,
            requeued: ticket.requeued && ticket.status == TicketStatus::Waiting,
            language: ticket.first_language,
            second_language_helper,
            nobody_speaks,
            next_help,
            feedback: None,
        }
    }
}

fn status_label(status: TicketStatus) -> MessageId {
    match status {
        TicketStatus::Waiting => msg!("ticket-status-waiting"),
        TicketStatus::Matched => msg!("ticket-status-matched"),
        TicketStatus::Helping => msg!("ticket-status-helping"),
        TicketStatus::Done => msg!("ticket-status-done"),
        TicketStatus::Left => msg!("ticket-status-left"),
        TicketStatus::Unserved => msg!("ticket-status-unserved"),
        TicketStatus::Removed => msg!("ticket-status-removed"),
    }
}

async fn ticket_of(db: &Db, secret: &str, now: NaiveDateTime) -> Result<Ticket, Error> {
    let lookup = secret.to_owned();
    db.run(move |conn| super::by_secret(conn, &lookup, now))
        .await?
        .ok_or(Error::NotFound)
}

/// The ticket's own page. Reloading it shows the current place in the queue.
#[rocket::get("/t/<secret>")]
pub async fn ticket(secret: String, ctx: PageCtx, db: &State<Db>) -> Result<Template, Error> {
    let ticket = ticket_of(db, &secret, ctx.now).await?;
    let (id, now) = (ticket.id, ctx.now);
    let ask = db
        .run(move |conn| crate::help_sessions::feedback::may_answer(conn, id, now))
        .await?;
    let mut page = TicketPage::of(ticket, secret, ctx.locale);
    page.feedback = ask.then(|| Questions::to(format!("/t/{}/feedback", page.secret)));
    Ok(ctx.render("queue/ticket", msg!("ticket-title"), page))
}

#[derive(Serialize)]
struct LeavePage {
    code: String,
    secret: String,
}

/// Leaving the queue is asked once more: a number given up cannot be taken back.
#[rocket::get("/t/<secret>/leave")]
pub async fn leave_form(secret: String, ctx: PageCtx, db: &State<Db>) -> Result<Answer, Error> {
    let ticket = ticket_of(db, &secret, ctx.now).await?;
    if ticket.status != TicketStatus::Waiting {
        return Ok(Answer::onward(
            format!("/t/{secret}"),
            msg!("flash-ticket-not-waiting"),
        ));
    }
    let page = LeavePage {
        code: ticket.code,
        secret,
    };
    Ok(Answer::page(
        Status::Ok,
        ctx.render("queue/leave", msg!("ticket-leave-title"), page),
    ))
}

#[rocket::post("/t/<secret>/leave", data = "<_form>")]
pub async fn leave(
    secret: String,
    now: Now,
    _form: CsrfForm<TokenOnly>,
    db: &State<Db>,
    live: &State<Live>,
) -> Result<Answer, Error> {
    let (lookup, live, now) = (secret.clone(), live.inner().clone(), now.0);
    let left = db
        .run(move |conn| {
            let ticket = super::by_secret(conn, &lookup, now)?.ok_or(Error::NotFound)?;
            super::leave(conn, &live, &ticket, now)
        })
        .await?;
    let flash = if left {
        msg!("flash-ticket-left")
    } else {
        msg!("flash-ticket-not-waiting")
    };
    Ok(Answer::onward(format!("/t/{secret}"), flash))
}

/// The event stream of one site for a volunteer's `/duty` page: the data `changed` whenever
/// its queue changes, changes that came together sent once, until the server shuts down or
/// the browser goes away. The page is one volunteer's own, so it fetches itself again rather
/// than being sent its content (the board is: `duty_routes::board_events`).
pub fn events(
    mut changes: broadcast::Receiver<(i32, Change)>,
    site_id: i32,
    mut shutdown: Shutdown,
) -> EventStream![] {
    EventStream! {
        while next_change(&mut changes, site_id, &mut shutdown).await.is_some() {
            yield Event::data("changed");
        }
    }
}

/// Waits for the next change of the site's queue and takes in the changes that came
/// meanwhile, as one look at the newest state shows them all; `None` when the stream ends
/// (the server shuts down).
pub(super) async fn next_change(
    changes: &mut broadcast::Receiver<(i32, Change)>,
    site_id: i32,
    shutdown: &mut Shutdown,
) -> Option<Change> {
    loop {
        let (site, mut change) = rocket::tokio::select! {
            heard = changes.recv() => match heard {
                Ok(heard) => heard,
                // Missed some, of any kind: the newest state shows them.
                Err(broadcast::error::RecvError::Lagged(_)) => (site_id, Change::Any),
                Err(broadcast::error::RecvError::Closed) => return None,
            },
            _ = &mut *shutdown => return None,
        };
        if site != site_id {
            continue;
        }
        loop {
            match changes.try_recv() {
                Ok((site, more)) if site == site_id => change = change.and(more),
                Ok(_) => {}
                Err(broadcast::error::TryRecvError::Lagged(_)) => change = Change::Any,
                Err(broadcast::error::TryRecvError::Empty) => return Some(change),
                Err(broadcast::error::TryRecvError::Closed) => return None,
            }
        }
    }
}

/// The ticket's own event stream: after every change of its site's queue, the changed part
/// of the ticket page (`queue/ticket-live`: the place, the expected wait, the helper and the
/// table, the three questions when they are due), rendered in the watcher's language as the
/// page itself renders it, so the page's script fetches nothing. A change that leaves the
/// ticket as it was sends only `unchanged`. A watcher that fell behind gets only the newest
/// state. A number taken after this one that matched nobody changes nothing the page shows:
/// the stream says `unchanged` without reading anything. Ends when the server shuts down.
#[rocket::get("/t/<secret>/events")]
pub async fn ticket_events<'r>(
    secret: String,
    ctx: PageCtx,
    db: &'r State<Db>,
    live: &'r State<Live>,
    clock: &'r State<Clock>,
    templates: Renderer<'r>,
    mut shutdown: Shutdown,
) -> Result<EventStream![Event + 'r], Error> {
    let ticket = ticket_of(db, &secret, ctx.now).await?;
    let (id, site, day) = (ticket.id, ticket.site.id, ticket.day);
    let mut changes = live.subscribe();
    // What this stream last sent: the page shows it.
    let mut shown: Option<LiveTicket> = None;
    Ok(EventStream! {
        while let Some(change) = next_change(&mut changes, site, &mut shutdown).await {
            if change == Change::Joined && shown.is_some() {
                yield Event::data("unchanged").event("unchanged");
                continue;
            }
            let now = clock.now();
            let snapshot = live
                .snapshot(site, day, || {
                    db.run(move |conn| super::site_snapshot(conn, site, day, now))
                })
                .await;
            let snapshot = match snapshot {
                Ok(snapshot) => snapshot,
                Err(e) => {
                    // The page still shows its last state, and a reload shows the current one.
                    log::error!("live ticket state not read: {e}");
                    continue;
                }
            };
            // A ticket purged with its day has nothing more to show.
            let Some(entry) = snapshot.tickets.get(&id) else { continue };
            // Most changes leave this ticket as it was (a later number taken): the page is
            // told it is current, with nothing to render, replace or read out again.
            if shown.as_ref() == Some(entry) {
                yield Event::data("unchanged").event("unchanged");
                continue;
            }
            shown = Some(entry.clone());
            let mut page = TicketPage::of(entry.ticket.clone(), secret.clone(), ctx.locale);
            page.feedback = entry
                .feedback_due
                .then(|| Questions::to(format!("/t/{secret}/feedback")));
            let body = ctx.page(msg!("ticket-title"), page);
            match templates.show("queue/ticket-live", body) {
                Some(html) => yield Event::data(html),
                None => log::error!("the live part of a ticket page did not render"),
            }
        }
    })
}

#[derive(Serialize)]
struct PosterLine {
    lang: &'static str,
    dir: &'static str,
    text: String,
}

#[derive(Serialize)]
struct PosterPage {
    site: String,
    link: String,
    qr_svg: String,
    /// "Take a queue number" in every interface language, for the people passing by.
    calls: Vec<PosterLine>,
}

/// A printable poster: the site's short address as a QR code, with the call to take a number
/// in all nine interface languages.
#[rocket::get("/s/<code>/poster")]
pub async fn poster(
    code: String,
    ctx: PageCtx,
    db: &State<Db>,
    places: &State<PlaceCache>,
    config: &State<Config>,
) -> Result<Result<Template, Redirect>, Error> {
    let site = match find_site(db, places, code, ctx.now).await? {
        Found::Site(site, _) => site,
        Found::Moved(code) => return Ok(Err(Redirect::to(format!("/s/{code}/poster")))),
    };
    let link = config.link(&format!("/s/{}", site.public_code));
    let qr_svg = crate::web::qr_svg(&link)?;
    let calls = Locale::all()
        .map(|l| PosterLine {
            lang: l.code(),
            dir: l.dir(),
            text: l.text(msg!("poster-call")),
        })
        .collect();
    let page = PosterPage {
        site: site.name,
        link,
        qr_svg,
        calls,
    };
    Ok(Ok(ctx.render("queue/poster", msg!("poster-title"), page)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ticket_needs_a_known_first_language_and_takes_known_topics_only() {
        let mut errors = FieldErrors::default();
        let empty = TicketForm::default();
        assert!(empty.check(&mut errors).is_none());
        assert_eq!(
            errors.get("first_language"),
            Some(msg!("queue-error-language"))
        );
        let mut errors = FieldErrors::default();
        let odd = TicketForm {
            first_language: "ar".into(),
            second_language: "ar".into(),
            topics: vec!["kela".into(), "nonsense".into()],
            first_visit: false,
        };
        assert!(odd.check(&mut errors).is_none());
        assert_eq!(
            errors.get("second_language"),
            Some(msg!("form-error-choose"))
        );
        assert_eq!(errors.get("topics"), Some(msg!("form-error-choose")));
        let mut errors = FieldErrors::default();
        let good = TicketForm {
            first_language: "so".into(),
            second_language: "en".into(),
            topics: vec!["email".into(), "kela".into(), "kela".into()],
            first_visit: true,
        };
        let request = good.check(&mut errors).unwrap();
        assert_eq!(
            request.topics,
            ["kela", "email"],
            "in the list's order, once"
        );
        assert_eq!(request.second_language.as_deref(), Some("en"));
    }
}
