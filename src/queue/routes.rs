//! The queue pages for people seeking help: taking a number at a site's short address, the
//! ticket page, leaving the queue, and the printable poster with a QR code.

use chrono::NaiveDateTime;
use qrcode::render::svg;
use qrcode::QrCode;
use rocket::http::Status;
use rocket::response::stream::EventStream;
use rocket::{Shutdown, State};
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::live::{self, Live};
use super::{Opening, QueueSite, TakeRefusal, Ticket, TicketForm, TicketStatus};
use crate::auth::csrf::{CsrfForm, TokenOnly};
use crate::config::Config;
use crate::db::Db;
use crate::error::Error;
use crate::i18n::{format_datetime, Locale};
use crate::languages::{self, HELP_LANGUAGES};
use crate::topics::{self, TOPICS};
use crate::web::forms::{Answer, FieldErrors};
use crate::web::PageCtx;

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
    opening: &Opening,
    form: &TicketForm,
    errors: FieldErrors,
) -> Template {
    let locale = ctx.locale;
    let (open, next) = match opening {
        Opening::Open => (true, None),
        Opening::Closed { next } => (false, *next),
    };
    let page = TakePage {
        site: site.name.clone(),
        address: site.address.clone(),
        code: site.public_code.clone(),
        open,
        next_opening: next.map(|at: NaiveDateTime| format_datetime(locale, at)),
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
            .map(|slug| TopicChoice {
                slug,
                icon: topics::icon(slug),
                label: locale.text(&topics::label_id(slug)),
                checked: form.topics.iter().any(|t| t == slug),
            })
            .collect(),
    };
    ctx.render("queue/take", "queue-take-title", page)
}

async fn find_site(db: &Db, code: String) -> Result<(QueueSite, Opening), Error> {
    db.run(move |conn| {
        let site = super::site_by_code(conn, &code)?.ok_or(Error::NotFound)?;
        let opening = super::opening(conn, site.id)?;
        Ok((site, opening))
    })
    .await
}

/// The site's short address, printed on its poster: the form for taking a number.
#[rocket::get("/s/<code>")]
pub async fn take_form(code: String, ctx: PageCtx, db: &State<Db>) -> Result<Template, Error> {
    let (site, opening) = find_site(db, code).await?;
    let form = TicketForm {
        first_language: Locale::code(ctx.locale).to_owned(),
        ..<TicketForm as Default>::default()
    };
    Ok(take_page(
        &ctx,
        &site,
        &opening,
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
    let form = form.0;
    let (site, opening) = find_site(db, code).await?;
    let mut errors = FieldErrors::default();
    let Some(request) = form.check(&mut errors) else {
        return Ok(Answer::invalid(take_page(
            &ctx, &site, &opening, &form, errors,
        )));
    };
    let taken = {
        let (site, live) = (site.clone(), live.inner().clone());
        db.run(move |conn| {
            let taken = super::take(conn, &site, &request)?;
            if taken.is_ok() {
                live::changed(conn, &live, site.id)?;
            }
            Ok::<_, Error>(taken)
        })
        .await?
    };
    match taken {
        Ok(secret) => Ok(Answer::onward(format!("/t/{secret}"), "flash-ticket-taken")),
        Err(TakeRefusal::Closed) => {
            let page = take_page(&ctx, &site, &opening, &form, FieldErrors::default());
            Ok(Answer::page(Status::Conflict, page))
        }
    }
}

#[derive(Serialize)]
struct TicketPage {
    code: String,
    site: String,
    address: String,
    status: &'static str,
    waiting: bool,
    ahead: i64,
    minutes: i64,
    /// The chosen languages' own names (not `languages`: the language switcher's name).
    chosen_languages: Vec<&'static str>,
    topics: Vec<TopicChoice>,
    secret: String,
    /// The first name of the volunteer who will help, once matched.
    helper: Option<String>,
    /// Why nobody could help today, as a message id, and the language to look for other times.
    unserved: Option<&'static str>,
    language: String,
}

impl TicketPage {
    fn of(ticket: Ticket, secret: String, helper: Option<String>, locale: Locale) -> TicketPage {
        let chosen_languages = std::iter::once(&ticket.first_language)
            .chain(ticket.second_language.as_ref())
            .filter_map(|code| languages::find(code).map(|l| l.endonym))
            .collect();
        TicketPage {
            code: ticket.code.clone(),
            site: ticket.site.name.clone(),
            address: ticket.site.address.clone(),
            status: status_label(ticket.status),
            waiting: ticket.status == TicketStatus::Waiting,
            ahead: ticket.ahead,
            minutes: ticket.expected_minutes(),
            chosen_languages,
            topics: ticket
                .topics
                .iter()
                .filter_map(|t| TOPICS.iter().find(|s| *s == t))
                .map(|slug| TopicChoice {
                    slug,
                    icon: topics::icon(slug),
                    label: locale.text(&topics::label_id(slug)),
                    checked: true,
                })
                .collect(),
            secret,
            helper,
            unserved: ticket.unserved_reason.map(|r| r.message_id()),
            language: ticket.first_language.clone(),
        }
    }
}

fn status_label(status: TicketStatus) -> &'static str {
    match status {
        TicketStatus::Waiting => "ticket-status-waiting",
        TicketStatus::Matched | TicketStatus::Helping => "ticket-status-matched",
        TicketStatus::Done => "ticket-status-done",
        TicketStatus::Left => "ticket-status-left",
        TicketStatus::Unserved => "ticket-status-unserved",
    }
}

/// The ticket's own page. Reloading it shows the current place in the queue.
#[rocket::get("/t/<secret>")]
pub async fn ticket(secret: String, ctx: PageCtx, db: &State<Db>) -> Result<Template, Error> {
    let locale = ctx.locale;
    let lookup = secret.clone();
    let (ticket, helper) = db
        .run(move |conn| {
            let ticket = super::by_secret(conn, &lookup)?.ok_or(Error::NotFound)?;
            let matched = matches!(ticket.status, TicketStatus::Matched | TicketStatus::Helping);
            let helper = if matched {
                super::duty::helper_name(conn, ticket.id)?
            } else {
                None
            };
            Ok::<_, Error>((ticket, helper))
        })
        .await?;
    let page = TicketPage::of(ticket, secret, helper, locale);
    Ok(ctx.render("queue/ticket", "ticket-title", page))
}

#[rocket::post("/t/<secret>/leave", data = "<_form>")]
pub async fn leave(
    secret: String,
    _form: CsrfForm<TokenOnly>,
    db: &State<Db>,
    live: &State<Live>,
) -> Result<Answer, Error> {
    let (lookup, live) = (secret.clone(), live.inner().clone());
    let left = db
        .run(move |conn| {
            let ticket = super::by_secret(conn, &lookup)?.ok_or(Error::NotFound)?;
            let left = super::leave(conn, ticket.id)?;
            if left {
                live::changed(conn, &live, ticket.site.id)?;
            }
            Ok::<_, Error>(left)
        })
        .await?;
    let flash = if left {
        "flash-ticket-left"
    } else {
        "flash-ticket-not-waiting"
    };
    Ok(Answer::onward(format!("/t/{secret}"), flash))
}

/// Tells the ticket page (by Server-Sent Events) whenever its site's queue changes; the page's
/// script then fetches itself again. Ends when the server shuts down.
#[rocket::get("/t/<secret>/events")]
pub async fn ticket_events(
    secret: String,
    db: &State<Db>,
    live: &State<Live>,
    shutdown: Shutdown,
) -> Result<EventStream![], Error> {
    let ticket = db
        .run(move |conn| super::by_secret(conn, &secret))
        .await?
        .ok_or(Error::NotFound)?;
    Ok(live::events(live.subscribe(), ticket.site.id, shutdown))
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
    let (site, _) = find_site(db, code).await?;
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
            text: l.text("poster-call"),
        })
        .collect();
    let page = PosterPage {
        site: site.name,
        link,
        qr_svg,
        calls,
    };
    Ok(ctx.render("queue/poster", "poster-title", page))
}
