//! The web layer shared by every page: the page context, the instant of the request, forms,
//! request guards, CSRF, security headers, labels of domain values, the home page, the health
//! check, the error catchers and the background tasks.

pub mod assets;
pub mod charts;
pub mod csrf;
pub mod errors;
pub mod forms;
pub mod guards;
mod health;
pub mod home;
pub mod labels;
pub mod metrics;
pub mod pdf;
pub mod places;
pub mod public_pages;
pub mod tasks;
pub mod texts;

use chrono::NaiveDateTime;
use rocket::fairing::{Fairing, Info, Kind};
use rocket::http::{Header, Status};
use rocket::request::{FlashMessage, FromRequest, Outcome};
use rocket::{Orbit, Request, Response, Rocket, Route};
use rocket_dyn_templates::Template;
use serde::Serialize;

use crate::auth::sessions::CurrentUser;
use crate::clock::Clock;
use crate::i18n::{negotiate, request_locale, Choices, Locale, MessageId};
use crate::msg;
use crate::users::Role;
use guards::{cached_user, session_of};

pub fn routes() -> Vec<Route> {
    rocket::routes![home::home, places::places, health::healthz]
}

/// The instant a request happens at, read once from the app's clock, so that every rule in one
/// request sees the same "now".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Now(pub NaiveDateTime);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for Now {
    type Error = std::convert::Infallible;

    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, Self::Error> {
        Outcome::Success(now_of(req))
    }
}

/// The request's instant; a request without the clock in state (none of ours) uses the system
/// clock.
pub fn now_of(req: &Request<'_>) -> Now {
    *req.local_cache(|| {
        let clock = req.rocket().state::<Clock>().cloned();
        Now(clock.unwrap_or_else(Clock::system).now())
    })
}

/// Whether this server's cookies are `Secure` (see `Config::secure_cookies`).
pub fn secure_cookies(req: &Request<'_>) -> bool {
    req.rocket()
        .state::<crate::config::Config>()
        .is_some_and(crate::config::Config::secure_cookies)
}

/// What the layout needs for every page: language, the signed-in person, the CSRF token for
/// forms, a flash message from the previous request, and the request's instant.
pub struct PageCtx {
    pub locale: Locale,
    pub user: Option<CurrentUser>,
    pub now: NaiveDateTime,
    /// Whether cookies this request sets are `Secure`.
    pub secure_cookies: bool,
    csrf: String,
    flash: Option<FlashView>,
    /// The page is shown to someone else on the signed-in person's phone: no navigation.
    handed_over: bool,
}

#[derive(Serialize, Clone)]
struct FlashView {
    kind: String,
    message: String,
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for PageCtx {
    type Error = std::convert::Infallible;

    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, Self::Error> {
        let user = session_of(req).await.clone().ok().flatten();
        let locale = request_locale(req, user.as_ref().map(|u| u.locale.as_str()));
        let csrf = csrf::token_for(req).await;
        // A flash message is a message id; one that is not ours (a tampered cookie) is dropped.
        let flash = req
            .guard::<Option<FlashMessage<'_>>>()
            .await
            .succeeded()
            .flatten()
            .filter(|f| locale.translate(f.message(), &Default::default()).is_some())
            .map(|f| FlashView {
                kind: f.kind().to_owned(),
                message: f.message().to_owned(),
            });
        Outcome::Success(PageCtx {
            locale,
            user,
            now: now_of(req).0,
            secure_cookies: secure_cookies(req),
            csrf,
            flash,
            handed_over: false,
        })
    }
}

impl PageCtx {
    /// For catchers, which cannot wait on the database: what this request already knows.
    pub fn for_catcher(req: &Request<'_>) -> PageCtx {
        let user = cached_user(req).cloned();
        let csrf = user
            .as_ref()
            .map(|u| u.csrf_token.clone())
            .or_else(|| {
                req.cookies()
                    .get(csrf::CSRF_COOKIE)
                    .map(|c| c.value().to_owned())
            })
            .unwrap_or_default();
        let locale = negotiate(Choices::of(req, user.as_ref().map(|u| u.locale.as_str())));
        PageCtx {
            locale,
            user,
            now: now_of(req).0,
            secure_cookies: secure_cookies(req),
            csrf,
            flash: None,
            handed_over: false,
        }
    }

    /// The same request shown in another language than the reader chose, without navigation:
    /// to the person the volunteer hands their phone to, or a proof in the language it was
    /// composed in. The reader's own language choice is not touched.
    pub fn for_person(self, locale: Locale) -> PageCtx {
        PageCtx {
            locale,
            flash: None,
            handed_over: true,
            ..self
        }
    }

    /// Renders `template` inside the layout; `title` is the message id of its heading.
    pub fn render<T: Serialize>(
        &self,
        template: &'static str,
        title: MessageId,
        body: T,
    ) -> Template {
        Template::render(template, self.page(title, body))
    }

    pub fn page<T: Serialize>(&self, title: MessageId, body: T) -> Page<T> {
        self.page_with_token(&self.csrf, title, body)
    }

    /// A text shared by readers, cut where the token goes (`public_pages::cut_at_token`), with
    /// this reader's own token.
    pub(crate) fn with_own_token(&self, parts: &[String]) -> String {
        parts.join(self.csrf.as_str())
    }

    /// Whether this reader is shown what every anonymous reader is: not signed in, no flash
    /// message, not handed over (see `public_pages`).
    fn shown_as_to_everyone(&self) -> bool {
        self.user.is_none() && self.flash.is_none() && !self.handed_over
    }

    /// The page with `csrf` for the token its forms carry.
    pub(crate) fn page_with_token<T: Serialize>(
        &self,
        csrf: &str,
        title: MessageId,
        body: T,
    ) -> Page<T> {
        let locale = self.locale;
        let languages = Locale::all()
            .map(|l| LanguageLink {
                code: l.code(),
                name: l.info().endonym,
                dir: l.dir(),
                current: l == locale,
            })
            .collect();
        Page {
            lang: locale.code(),
            dir: locale.dir(),
            title,
            current_language: locale.info().endonym,
            languages,
            user: self.user.as_ref().map(UserView::of),
            csrf: csrf.to_owned(),
            flash: self.flash.clone(),
            handed_over: self.handed_over,
            body,
        }
    }
}

/// Renders a template to text outside a response: the part of a page an event stream sends.
pub struct Renderer<'r>(&'r Rocket<Orbit>);

impl Renderer<'_> {
    /// `None` when the template fails; the caller logs it.
    pub fn show<C: Serialize>(&self, template: &'static str, context: C) -> Option<String> {
        Template::show(self.0, template, context)
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for Renderer<'r> {
    type Error = std::convert::Infallible;

    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, Self::Error> {
        Outcome::Success(Renderer(req.rocket()))
    }
}

/// The page context as templates see it, with the page's own data flattened beside it.
#[derive(Serialize)]
pub struct Page<T: Serialize> {
    lang: &'static str,
    dir: &'static str,
    /// The layout translates it for `<title>`; pages use it for their heading.
    title: MessageId,
    current_language: &'static str,
    languages: Vec<LanguageLink>,
    user: Option<UserView>,
    csrf: String,
    flash: Option<FlashView>,
    handed_over: bool,
    #[serde(flatten)]
    body: T,
}

#[derive(Serialize)]
struct LanguageLink {
    code: &'static str,
    name: &'static str,
    dir: &'static str,
    current: bool,
}

/// What the navigation needs to know about the signed-in person.
#[derive(Serialize)]
struct UserView {
    display_name: String,
    is_admin: bool,
    is_coordinator: bool,
    is_volunteer: bool,
    /// A volunteer whose organisation lets them use the queue board on duty.
    may_match: bool,
}

impl UserView {
    fn of(user: &CurrentUser) -> UserView {
        UserView {
            display_name: user.display_name.clone(),
            is_admin: user.role == Role::Admin,
            is_coordinator: user.role == Role::Coordinator,
            is_volunteer: user.role == Role::Volunteer,
            may_match: user.role == Role::Volunteer && user.volunteers_may_match == Some(true),
        }
    }
}

/// A QR code of `text` as SVG markup (ours, printed unescaped): the poster's queue address
/// and a proof's verification link.
pub fn qr_svg(text: &str) -> Result<String, crate::error::Error> {
    Ok(qrcode::QrCode::new(text.as_bytes())
        .map_err(|_| crate::error::Error::Invalid)?
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(280, 280)
        .build())
}

/// The answer to a one-time link (invitation, join, reset) that is used, expired or unknown.
pub fn closed_link(ctx: &PageCtx) -> forms::Answer {
    let page = ctx.render("links/closed", msg!("link-closed-title"), ());
    forms::Answer::page(Status::NotFound, page)
}

/// The page that shows a new link to the person who made it, to pass on.
#[derive(Serialize)]
pub struct LinkPage {
    pub link: String,
    pub explanation: MessageId,
    pub back: &'static str,
    pub back_label: MessageId,
}

#[derive(Serialize)]
pub struct LocaleOption {
    code: &'static str,
    name: &'static str,
    selected: bool,
}

/// The interface languages for a `<select>`, with `chosen` selected.
pub fn locale_options(chosen: &str) -> Vec<LocaleOption> {
    Locale::all()
        .map(|l| LocaleOption {
            code: l.code(),
            name: l.info().endonym,
            selected: l.code() == chosen,
        })
        .collect()
}

/// Headers Rocket's Shield does not set: a strict Content-Security-Policy (no inline script or
/// style, no framing) and a referrer policy that keeps private URLs off other sites.
pub struct SecurityHeaders;

const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; img-src 'self' data:; \
    style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; \
    form-action 'self'; frame-ancestors 'none'";

#[rocket::async_trait]
impl Fairing for SecurityHeaders {
    fn info(&self) -> Info {
        Info {
            name: "Security headers",
            kind: Kind::Response,
        }
    }

    async fn on_response<'r>(&self, req: &'r Request<'_>, res: &mut Response<'r>) {
        res.set_header(Header::new(
            "Content-Security-Policy",
            CONTENT_SECURITY_POLICY,
        ));
        // Pages are made for one person at one moment (an account, a ticket, a link): none
        // may stay in a shared computer's cache for the next user to go back to.
        let path = req.uri().path();
        if !path.starts_with("/static/") && !path.starts_with("/assets/") {
            res.set_header(Header::new("Cache-Control", "no-store"));
        }
        res.set_header(Header::new("Referrer-Policy", "same-origin"));
        res.set_header(Header::new("X-Frame-Options", "DENY"));
    }
}
