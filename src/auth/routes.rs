//! Sign-in, sign-out and password-reset pages.

use rocket::form::FromForm;
use rocket::http::{Cookie, CookieJar, SameSite, Status};
use rocket::response::Redirect;
use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::resets;
use super::sessions::{self, CurrentUser};
use super::sign_in::{sign_in, Outcome, Place};
use std::sync::Arc;

use crate::config::Config;
use crate::db::Db;
use crate::error::Error;
use crate::i18n::{Locale, MessageId};
use crate::mail::{deliver, Mail};
use crate::msg;
use crate::web::csrf::{CsrfForm, TokenOnly};
use crate::web::forms::{Answer, FieldErrors, MIN_PASSWORD};
use crate::web::guards::{actor, end_session, start_session, ClientAddress};

/// The cookie that names a browser its owner has signed in with (see `auth::devices`).
const DEVICE_COOKIE: &str = "dk_device";
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

/// Only a path on this site that is a valid address: never `//other.example`, an absolute
/// URL, or text a redirect cannot carry (a space, a control character).
fn safe_next(next: &str) -> &str {
    let local = next.starts_with('/') && !next.starts_with("//") && !next.contains('\\');
    let valid = rocket::http::uri::Origin::parse(next).is_ok();
    if local && valid {
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
    address: ClientAddress,
    cookies: &CookieJar<'_>,
    config: &State<Config>,
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
    let (email, password, now) = (form.email.clone(), form.password.clone(), ctx.now);
    let device = cookies.get(DEVICE_COOKIE).map(|c| c.value().to_owned());
    let outcome = db
        .run(move |conn| {
            let place = Place {
                address: &address.0,
                device: device.as_deref(),
            };
            sign_in(conn, &email, &password, &place, now)
        })
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
        Outcome::SignedIn {
            token,
            locale,
            device,
        } => {
            // The person's own language follows them to this device.
            let secure = config.secure_cookies();
            start_session(cookies, token, Locale::from_code(&locale), secure);
            cookies.add(
                Cookie::build((DEVICE_COOKIE, device))
                    .path("/")
                    .http_only(true)
                    .same_site(SameSite::Lax)
                    .secure(secure)
                    .max_age(rocket::time::Duration::days(365)),
            );
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

#[derive(Debug, Default, FromForm, Serialize)]
pub struct ForgotForm {
    #[field(default = String::new())]
    email: String,
}

#[derive(Serialize)]
struct ForgotPage<'a> {
    form: &'a ForgotForm,
    errors: FieldErrors,
    /// After sending: the same words whether the email has an account or not.
    sent: bool,
    problem: Option<MessageId>,
}

fn forgot_page(ctx: &PageCtx, form: &ForgotForm, errors: FieldErrors, sent: bool) -> Template {
    let page = ForgotPage {
        form,
        errors,
        sent,
        problem: None,
    };
    ctx.render("auth/forgot", msg!("forgot-title"), page)
}

#[rocket::get("/forgot")]
pub fn forgot_form(ctx: PageCtx) -> Template {
    forgot_page(
        &ctx,
        &<ForgotForm as Default>::default(),
        FieldErrors::default(),
        false,
    )
}

/// "I forgot my password": a link by mail to the account's owner, in their language. The page
/// says the same whether the email has an account or not.
#[rocket::post("/forgot", data = "<form>")]
pub async fn forgot(
    ctx: PageCtx,
    form: CsrfForm<ForgotForm>,
    address: ClientAddress,
    config: &State<Config>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let form = form.0;
    let mut errors = FieldErrors::default();
    errors.email("email", &form.email);
    if !errors.is_empty() {
        return Ok(Answer::invalid(forgot_page(&ctx, &form, errors, false)));
    }
    let (email, now) = (form.email.clone(), ctx.now);
    let requested = db
        .run(move |conn| resets::request(conn, &email, &address.0, now))
        .await?;
    match requested {
        resets::Requested::TooMany => {
            let page = ForgotPage {
                form: &form,
                errors,
                sent: false,
                problem: Some(msg!("forgot-too-many")),
            };
            let page = ctx.render("auth/forgot", msg!("forgot-title"), page);
            return Ok(Answer::page(Status::TooManyRequests, page));
        }
        resets::Requested::Link { token, locale } => {
            let locale = Locale::from_code(&locale).unwrap_or(ctx.locale);
            let link = config.link(&format!("/reset/{token}"));
            let args = [("link", link.as_str())];
            let mail = Mail {
                to: form.email.trim().to_owned(),
                subject: locale.text_with(msg!("mail-reset-subject"), &args),
                body: locale.text_with(msg!("mail-reset-body"), &args),
            };
            deliver(Arc::clone(&config.mailer), mail).await;
        }
        resets::Requested::Nothing => {}
    }
    Ok(Answer::page(
        Status::Ok,
        forgot_page(
            &ctx,
            &<ForgotForm as Default>::default(),
            FieldErrors::default(),
            true,
        ),
    ))
}
