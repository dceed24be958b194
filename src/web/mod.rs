//! The web layer shared by every page: the page context, forms, security headers, the home
//! page, the health check and the error catchers.

pub mod errors;
pub mod forms;
mod health;
mod home;

use rocket::fairing::{Fairing, Info, Kind};
use rocket::http::Header;
use rocket::request::{FlashMessage, FromRequest, Outcome};
use rocket::{Request, Response, Route};
use rocket_dyn_templates::Template;
use serde::Serialize;

use crate::auth::guards::{cached_user, session_of};
use crate::auth::{csrf, CurrentUser};
use crate::i18n::{locale_of, Locale};
use crate::users::Role;

pub fn routes() -> Vec<Route> {
    rocket::routes![home::home, health::healthz]
}

/// What the layout needs for every page: language, the signed-in person, the CSRF token for
/// forms, and a flash message from the previous request.
pub struct PageCtx {
    pub locale: Locale,
    pub user: Option<CurrentUser>,
    csrf: String,
    flash: Option<FlashView>,
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
        let locale = req
            .guard::<Locale>()
            .await
            .succeeded()
            .unwrap_or(Locale::DEFAULT);
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
            csrf,
            flash,
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
        PageCtx {
            locale: locale_of(req),
            user,
            csrf,
            flash: None,
        }
    }

    /// Renders `template` inside the layout. `title` is a message id.
    pub fn render<T: Serialize>(
        &self,
        template: &'static str,
        title: &'static str,
        body: T,
    ) -> Template {
        Template::render(template, self.page(title, body))
    }

    pub fn page<T: Serialize>(&self, title: &'static str, body: T) -> Page<T> {
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
            csrf: self.csrf.clone(),
            flash: self.flash.clone(),
            body,
        }
    }
}

/// The page context as templates see it, with the page's own data flattened beside it.
#[derive(Serialize)]
pub struct Page<T: Serialize> {
    lang: &'static str,
    dir: &'static str,
    /// A message id: the layout translates it for `<title>`; pages use it for their heading.
    title: &'static str,
    current_language: &'static str,
    languages: Vec<LanguageLink>,
    user: Option<UserView>,
    csrf: String,
    flash: Option<FlashView>,
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
}

impl UserView {
    fn of(user: &CurrentUser) -> UserView {
        UserView {
            display_name: user.display_name.clone(),
            is_admin: user.role == Role::Admin,
            is_coordinator: user.role == Role::Coordinator,
            is_volunteer: user.role == Role::Volunteer,
        }
    }
}

/// The answer to a one-time link (invitation, join, reset) that is used, expired or unknown.
pub fn closed_link(ctx: &PageCtx) -> forms::Answer {
    let page = ctx.render("links/closed", "link-closed-title", ());
    forms::Answer::page(rocket::http::Status::NotFound, page)
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

    async fn on_response<'r>(&self, _: &'r Request<'_>, res: &mut Response<'r>) {
        res.set_header(Header::new(
            "Content-Security-Policy",
            CONTENT_SECURITY_POLICY,
        ));
        res.set_header(Header::new("Referrer-Policy", "same-origin"));
        res.set_header(Header::new("X-Frame-Options", "DENY"));
    }
}
