//! The queue pages for people seeking help: taking a number at a site's short address, the
//! ticket page, leaving the queue, the printable poster with a QR code, and the event streams
//! that tell open pages when a site's queue changed.

use qrcode::render::svg;
use qrcode::QrCode;
use rocket::response::stream::{Event, EventStream};
use rocket::tokio::sync::broadcast;
use rocket::{Shutdown, State};
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::live::Live;
use super::{Opening, QueueSite, TakeRefusal, Ticket, TicketRequest, TicketStatus, UnservedReason};
use crate::config::Config;
use crate::db::Db;
use crate::error::Error;
use crate::i18n::{format_datetime, Locale, MessageId};
use crate::languages::{self, HELP_LANGUAGES};
use crate::msg;
use crate::topics::{self, TOPICS};
use crate::web::csrf::{CsrfForm, TokenOnly};
use crate::web::forms::{Answer, FieldErrors, Refusal};
use crate::web::{labels, Now, PageCtx};

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
    icon: &'static str,
    label: String,
    checked: bool,
}

fn topic_choice(locale: Locale, slug: &'static str, checked: bool) -> TopicChoice {
    TopicChoice {
        slug,
        icon: topics::icon(slug),
        label: locale.text(labels::topic(slug)),
        checked,
    }
}

#[derive(Serialize)]
struct TakePage<'a> {
    site: String,
    address: String,
    code: String,
    open: bool,
    /// The next opening when closed, in the reader's format.
    next_opening: Option<String>,
    form: &'a TicketForm,
    errors: FieldErrors,
    /// Not `languages`: the layout's language switcher has that name.
    help_languages: Vec<LanguageChoice>,
    topics: Vec<TopicChoice>,
}

fn take_page(
    ctx: &PageCtx,
    site: &QueueSite,
    opening: Opening,
    form: &TicketForm,
    errors: FieldErrors,
) -> Template {
    let locale = ctx.locale;
    let (open, next) = match opening {
        Opening::Open => (true, None),
        Opening::Closed { next } => (false, next),
    };
    let page = TakePage {
        site: site.name.clone(),
        address: site.address.clone(),
        code: site.public_code.clone(),
        open,
        next_opening: next.map(|at| format_datetime(locale, at)),
        form,
        errors,
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
        topics: TOPICS
            .iter()
            .map(|slug| topic_choice(locale, slug, form.topics.iter().any(|t| t == slug)))
            .collect(),
    };
    ctx.render("queue/take", msg!("queue-take-title"), page)
}

async fn find_site(
    db: &Db,
    code: String,
    now: chrono::NaiveDateTime,
) -> Result<(QueueSite, Opening), Error> {
    db.run(move |conn| {
        let site = super::site_by_code(conn, &code)?.ok_or(Error::NotFound)?;
        let opening = super::opening(conn, site.id, now)?;
        Ok((site, opening))
    })
    .await
}

/// The site's short address, printed on its poster: the form for taking a number.
#[rocket::get("/s/<code>")]
pub async fn take_form(code: String, ctx: PageCtx, db: &State<Db>) -> Result<Template, Error> {
    let (site, opening) = find_site(db, code, ctx.now).await?;
    let form = TicketForm {
        first_language: ctx.locale.code().to_owned(),
        ..<TicketForm as Default>::default()
    };
    Ok(take_page(
        &ctx,
        &site,
        opening,
        &form,
        FieldErrors::default(),
    ))
}

#[rocket::post("/s/<code>", data = "<form>")]
pub async fn take(
    code: String,
    ctx: PageCtx,
    form: CsrfForm<TicketForm>,
    db: &State<Db>,
    live: &State<Live>,
) -> Result<Answer, Error> {
    let (form, now) = (form.0, ctx.now);
    let (site, opening) = find_site(db, code, now).await?;
    let mut errors = FieldErrors::default();
    let Some(request) = form.check(&mut errors) else {
        return Ok(Answer::invalid(take_page(
            &ctx, &site, opening, &form, errors,
        )));
    };
    let (taking, live) = (site.clone(), live.inner().clone());
    let taken = db
        .run(move |conn| super::take(conn, &live, &taking, &request, now))
        .await?;
    match taken {
        Ok(secret) => Ok(Answer::onward(
            format!("/t/{secret}"),
            msg!("flash-ticket-taken"),
        )),
        Err(refusal) => {
            let page = take_page(&ctx, &site, opening, &form, FieldErrors::default());
            Ok(Answer::refused(&refusal, page))
        }
    }
}

#[derive(Serialize)]
struct TicketPage {
    code: String,
    site: String,
    address: String,
    status: MessageId,
    waiting: bool,
    ahead: i64,
    minutes: i64,
    /// The chosen languages' own names (not `languages`: the language switcher's name).
    chosen_languages: Vec<&'static str>,
    topics: Vec<TopicChoice>,
    secret: String,
    /// The first name of the volunteer who will help, once matched.
    helper: Option<String>,
    /// Why nobody could help today, and the language to look for other times.
    unserved: Option<MessageId>,
    language: String,
}

impl TicketPage {
    fn of(ticket: Ticket, secret: String, locale: Locale) -> TicketPage {
        let chosen_languages = std::iter::once(&ticket.first_language)
            .chain(ticket.second_language.as_ref())
            .filter_map(|code| languages::find(code).map(|l| l.endonym))
            .collect();
        TicketPage {
            status: status_label(ticket.status),
            waiting: ticket.status == TicketStatus::Waiting,
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
            language: ticket.first_language,
        }
    }
}

fn status_label(status: TicketStatus) -> MessageId {
    match status {
        TicketStatus::Waiting => msg!("ticket-status-waiting"),
        TicketStatus::Matched | TicketStatus::Helping => msg!("ticket-status-matched"),
        TicketStatus::Done => msg!("ticket-status-done"),
        TicketStatus::Left => msg!("ticket-status-left"),
        TicketStatus::Unserved => msg!("ticket-status-unserved"),
    }
}

/// The ticket's own page. Reloading it shows the current place in the queue.
#[rocket::get("/t/<secret>")]
pub async fn ticket(secret: String, ctx: PageCtx, db: &State<Db>) -> Result<Template, Error> {
    let (lookup, now) = (secret.clone(), ctx.now);
    let ticket = db
        .run(move |conn| super::by_secret(conn, &lookup, now))
        .await?
        .ok_or(Error::NotFound)?;
    let page = TicketPage::of(ticket, secret, ctx.locale);
    Ok(ctx.render("queue/ticket", msg!("ticket-title"), page))
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

/// The event stream of one site: an event named `changed` whenever its queue changes, until
/// the server shuts down or the browser goes away.
pub fn events(
    mut changes: broadcast::Receiver<i32>,
    site_id: i32,
    mut shutdown: Shutdown,
) -> EventStream![] {
    EventStream! {
        loop {
            let site = rocket::tokio::select! {
                change = changes.recv() => match change {
                    Ok(site) => site,
                    // Missed some: the page fetches the current state anyway.
                    Err(broadcast::error::RecvError::Lagged(_)) => site_id,
                    Err(broadcast::error::RecvError::Closed) => break,
                },
                _ = &mut shutdown => break,
            };
            if site == site_id {
                yield Event::data("changed");
            }
        }
    }
}

/// Tells the ticket page (by Server-Sent Events) whenever its site's queue changes; the page's
/// script then fetches itself again. Ends when the server shuts down.
#[rocket::get("/t/<secret>/events")]
pub async fn ticket_events(
    secret: String,
    now: Now,
    db: &State<Db>,
    live: &State<Live>,
    shutdown: Shutdown,
) -> Result<EventStream![], Error> {
    let ticket = db
        .run(move |conn| super::by_secret(conn, &secret, now.0))
        .await?
        .ok_or(Error::NotFound)?;
    Ok(events(live.subscribe(), ticket.site.id, shutdown))
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
    config: &State<Config>,
) -> Result<Template, Error> {
    let (site, _) = find_site(db, code, ctx.now).await?;
    let link = config.link(&format!("/s/{}", site.public_code));
    let qr_svg = QrCode::new(link.as_bytes())
        .map_err(|_| Error::Invalid)?
        .render::<svg::Color<'_>>()
        .min_dimensions(280, 280)
        .build();
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
    Ok(ctx.render("queue/poster", msg!("poster-title"), page))
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
