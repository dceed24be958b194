//! Sign-in, sign-out and password-reset pages.

use std::net::IpAddr;

use rocket::form::FromForm;
use rocket::http::{CookieJar, Status};
use rocket::response::Redirect;
use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::resets;
use super::sessions::{self, CurrentUser};
use super::sign_in::{sign_in, Outcome};
use crate::db::Db;
use crate::error::Error;
use crate::i18n::{Locale, MessageId};
use crate::msg;
use crate::web::csrf::{CsrfForm, TokenOnly};
use crate::web::forms::{Answer, FieldErrors, MIN_PASSWORD};
use crate::web::guards::{actor, end_session, start_session};
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
    problem: Option<MessageId>,
}

fn login_page(
    ctx: &PageCtx,
    form: &LoginForm,
    errors: FieldErrors,
    problem: Option<MessageId>,
) -> Template {
    ctx.render(
        "auth/login",
        msg!("login-title"),
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
        errors.add("password", msg!("form-error-required"));
    }
    if !errors.is_empty() {
        return Ok(Answer::invalid(login_page(&ctx, &form, errors, None)));
    }
    let address = address.map(|a| a.to_string()).unwrap_or_default();
    let (email, password, now) = (form.email.clone(), form.password.clone(), ctx.now);
    let outcome = db
        .run(move |conn| sign_in(conn, &email, &password, &address, now))
        .await?;
    match outcome {
        Outcome::Throttled => {
            let page = login_page(&ctx, &form, errors, Some(msg!("login-error-throttled")));
            Ok(Answer::page(Status::TooManyRequests, page))
        }
        Outcome::Refused => {
            let page = login_page(&ctx, &form, errors, Some(msg!("login-error-refused")));
            Ok(Answer::page(Status::Unauthorized, page))
        }
        Outcome::SignedIn { token, locale } => {
            // The person's own language follows them to this device.
            start_session(cookies, token, Locale::from_code(&locale));
            Ok(Answer::onward(
                safe_next(&form.next),
                msg!("flash-signed-in"),
            ))
        }
    }
}

#[rocket::post("/logout", data = "<_form>")]
pub async fn logout(
    me: CurrentUser,
    ctx: PageCtx,
    _form: CsrfForm<TokenOnly>,
    cookies: &CookieJar<'_>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let (who, session, now) = (actor(&me), me.session_id, ctx.now);
    db.run(move |conn| sessions::sign_out(conn, who, session, now))
        .await?;
    end_session(cookies);
    Ok(Answer::onward("/", msg!("flash-signed-out")))
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
        min_password: MIN_PASSWORD,
    };
    ctx.render("auth/reset", msg!("reset-title"), page)
}

#[rocket::get("/reset/<token>")]
pub async fn reset_form(token: String, ctx: PageCtx, db: &State<Db>) -> Result<Answer, Error> {
    let now = ctx.now;
    if !db
        .run(move |conn| resets::is_open(conn, &token, now))
        .await?
    {
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
    let (password, now) = (form.0.new_password, ctx.now);
    if db
        .run(move |conn| resets::complete(conn, &token, &password, now))
        .await?
    {
        Ok(Answer::onward("/login", msg!("flash-password-reset")))
    } else {
        Ok(closed_link(&ctx))
    }
}
