//! Sign-in and sign-out pages.

use std::net::IpAddr;

use rocket::form::FromForm;
use rocket::http::{Cookie, CookieJar, SameSite, Status};
use rocket::response::Redirect;
use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::csrf::{CsrfForm, TokenOnly};
use super::resets;
use super::sessions::{self, SESSION_COOKIE};
use super::sign_in::{sign_in, Outcome};
use super::CurrentUser;
use crate::db::Db;
use crate::error::Error;
use crate::i18n::{remember, Locale};
use crate::privacy::audit::{self, Action};
use crate::web::forms::{Answer, FieldErrors};
use crate::web::{closed_link, PageCtx};

#[derive(Debug, Default, FromForm, Serialize)]
pub struct LoginForm {
    #[field(default = String::new())]
    email: String,
    #[field(default = String::new())]
    #[serde(skip)]
    password: String,
    #[field(default = String::new())]
    next: String,
}

#[derive(Serialize)]
struct LoginPage<'a> {
    form: &'a LoginForm,
    errors: FieldErrors,
    /// A message for the whole form (wrong email or password, too many tries).
    problem: Option<&'static str>,
}

fn login_page(
    ctx: &PageCtx,
    form: &LoginForm,
    errors: FieldErrors,
    problem: Option<&'static str>,
) -> Template {
    ctx.render(
        "auth/login",
        "login-title",
        LoginPage {
            form,
            errors,
            problem,
        },
    )
}

/// Only a path on this site: never `//other.example` or an absolute URL.
fn safe_next(next: &str) -> &str {
    if next.starts_with('/') && !next.starts_with("//") && !next.contains('\\') {
        next
    } else {
        "/dashboard"
    }
}

#[rocket::get("/login?<next>")]
pub fn login_form(ctx: PageCtx, next: Option<String>) -> Answer {
    if ctx.user.is_some() {
        return Answer::Elsewhere(Redirect::to("/dashboard"));
    }
    let form = LoginForm {
        next: next.unwrap_or_default(),
        ..<LoginForm as Default>::default()
    };
    Answer::page(
        Status::Ok,
        login_page(&ctx, &form, FieldErrors::default(), None),
    )
}

#[rocket::post("/login", data = "<form>")]
pub async fn login(
    ctx: PageCtx,
    form: CsrfForm<LoginForm>,
    address: Option<IpAddr>,
    cookies: &CookieJar<'_>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let form = form.0;
    let mut errors = FieldErrors::default();
    errors.email("email", &form.email);
    if form.password.is_empty() {
        errors.add("password", "form-error-required");
    }
    if !errors.is_empty() {
        return Ok(Answer::invalid(login_page(&ctx, &form, errors, None)));
    }
    let address = address.map(|a| a.to_string()).unwrap_or_default();
    let (email, password) = (form.email.clone(), form.password.clone());
    let outcome = db
        .run(move |conn| sign_in(conn, &email, &password, &address))
        .await?;
    match outcome {
        Outcome::Throttled => {
            let page = login_page(&ctx, &form, errors, Some("login-error-throttled"));
            Ok(Answer::page(Status::TooManyRequests, page))
        }
        Outcome::Refused => {
            let page = login_page(&ctx, &form, errors, Some("login-error-refused"));
            Ok(Answer::page(Status::Unauthorized, page))
        }
        Outcome::SignedIn { token, locale } => {
            cookies.add(session_cookie(token));
            // The person's own language follows them to this device.
            if let Some(locale) = Locale::from_code(&locale) {
                remember(cookies, locale);
            }
            Ok(Answer::onward(safe_next(&form.next), "flash-signed-in"))
        }
    }
}

fn session_cookie(token: String) -> Cookie<'static> {
    Cookie::build((SESSION_COOKIE, token))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(!cfg!(debug_assertions))
        .max_age(rocket::time::Duration::days(
            sessions::ABSOLUTE_LIMIT.num_days(),
        ))
        .build()
}

/// Starts a session for someone who just created their account.
pub fn sign_in_new_account(cookies: &CookieJar<'_>, token: String, locale: Locale) {
    cookies.add(session_cookie(token));
    remember(cookies, locale);
}

#[rocket::post("/logout", data = "<_form>")]
pub async fn logout(
    me: CurrentUser,
    _form: CsrfForm<TokenOnly>,
    cookies: &CookieJar<'_>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    db.run(move |conn| {
        sessions::end(conn, me.session_id)?;
        audit::record_own(conn, &me, Action::SignOut)
    })
    .await?;
    cookies.remove(Cookie::build(SESSION_COOKIE).path("/"));
    Ok(Answer::onward("/", "flash-signed-out"))
}

#[derive(Debug, Default, FromForm)]
pub struct ResetForm {
    #[field(default = String::new())]
    new_password: String,
}

#[derive(Serialize)]
struct ResetPage {
    errors: FieldErrors,
    min_password: usize,
}

fn reset_page(ctx: &PageCtx, errors: FieldErrors) -> Template {
    let page = ResetPage {
        errors,
        min_password: crate::web::forms::MIN_PASSWORD,
    };
    ctx.render("auth/reset", "reset-title", page)
}

#[rocket::get("/reset/<token>")]
pub async fn reset_form(token: String, ctx: PageCtx, db: &State<Db>) -> Result<Answer, Error> {
    if !db.run(move |conn| resets::is_open(conn, &token)).await? {
        return Ok(closed_link(&ctx));
    }
    Ok(Answer::page(
        Status::Ok,
        reset_page(&ctx, FieldErrors::default()),
    ))
}

#[rocket::post("/reset/<token>", data = "<form>")]
pub async fn reset(
    token: String,
    ctx: PageCtx,
    form: CsrfForm<ResetForm>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let mut errors = FieldErrors::default();
    errors.new_password("new_password", &form.0.new_password);
    if !errors.is_empty() {
        return Ok(Answer::invalid(reset_page(&ctx, errors)));
    }
    let password = form.0.new_password;
    if db
        .run(move |conn| resets::complete(conn, &token, &password))
        .await?
    {
        Ok(Answer::onward("/login", "flash-password-reset"))
    } else {
        Ok(closed_link(&ctx))
    }
}
