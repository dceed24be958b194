//! Joining as a volunteer, and the coordinator's volunteer list (approving applicants, making
//! password-reset links, renewing the join link).

use rocket::form::FromForm;
use rocket::http::{CookieJar, Status};
use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use std::sync::Arc;

use super::{Applicant, JoinMail, JoinRefusal};
use crate::auth::resets;
use crate::config::Config;
use crate::db::Db;
use crate::error::Error;
use crate::i18n::{format_datetime, Locale, MessageId};
use crate::mail::{deliver, Mail};
use crate::msg;
use crate::organisations::{self, Organisation};
use crate::users::{Person, Status as VolunteerStatus, MAX_NAME};
use crate::web::csrf::{CsrfForm, TokenOnly};
use crate::web::forms::{western_digits, Answer, FieldErrors, MIN_PASSWORD};
use crate::web::guards::{start_session, ClientAddress, Coordinator};
use crate::web::{closed_link, labels, locale_options, LinkPage, LocaleOption, Now, PageCtx};

#[derive(Debug, Default, FromForm, Serialize)]
pub struct JoinForm {
    #[field(default = String::new())]
    display_name: String,
    #[field(default = String::new())]
    email: String,
    #[field(default = String::new())]
    #[serde(skip)]
    password: String,
    #[field(default = String::new())]
    locale: String,
    #[field(default = String::new())]
    phone: String,
}

#[derive(Serialize)]
struct JoinPage<'a> {
    organisation: &'a str,
    form: &'a JoinForm,
    errors: FieldErrors,
    locales: Vec<LocaleOption>,
    min_password: usize,
}

fn join_page(
    ctx: &PageCtx,
    organisation: &Organisation,
    form: &JoinForm,
    errors: FieldErrors,
) -> Template {
    let locales = locale_options(&form.locale);
    let page = JoinPage {
        organisation: &organisation.name,
        form,
        errors,
        locales,
        min_password: MIN_PASSWORD,
    };
    ctx.render("volunteers/join", msg!("join-title"), page)
}

#[rocket::get("/join/<code>")]
pub async fn join_form(code: String, ctx: PageCtx, db: &State<Db>) -> Result<Answer, Error> {
    let Some(organisation) = db
        .run(move |conn| organisations::by_join_code(conn, &code))
        .await?
    else {
        return Ok(closed_link(&ctx));
    };
    let form = JoinForm {
        locale: ctx.locale.code().to_owned(),
        ..<JoinForm as Default>::default()
    };
    Ok(Answer::page(
        Status::Ok,
        join_page(&ctx, &organisation, &form, FieldErrors::default()),
    ))
}

#[derive(Serialize)]
struct MailedPage {
    email: String,
}

/// Someone asks to join: a link goes to their email, in the language they chose. The page
/// says the same whether the email already has an account (its owner is told by mail).
#[rocket::post("/join/<code>", data = "<form>")]
pub async fn join(
    code: String,
    ctx: PageCtx,
    form: CsrfForm<JoinForm>,
    address: ClientAddress,
    config: &State<Config>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let mut form = form.0;
    form.phone = western_digits(&form.phone);
    let Some(organisation) = db
        .run(move |conn| organisations::by_join_code(conn, &code))
        .await?
    else {
        return Ok(closed_link(&ctx));
    };
    let mut errors = FieldErrors::default();
    errors.text("display_name", &form.display_name, MAX_NAME);
    errors.email("email", &form.email);
    errors.new_password("password", &form.password);
    errors.locale("locale", &form.locale);
    errors.phone("phone", &form.phone);
    if !errors.is_empty() {
        let page = join_page(&ctx, &organisation, &form, errors);
        return Ok(Answer::invalid(page));
    }
    let (organisation_id, now) = (organisation.id, ctx.now);
    let (name, email, password, locale, phone) = (
        form.display_name.clone(),
        form.email.clone(),
        form.password.clone(),
        form.locale.clone(),
        form.phone.clone(),
    );
    let mail = db
        .run(move |conn| {
            let applicant = Applicant {
                display_name: &name,
                email: &email,
                password: &password,
                locale: &locale,
                phone: &phone,
            };
            super::request_join(conn, organisation_id, &applicant, &address.0, now)
        })
        .await?;
    let reader = Locale::from_code(&form.locale).unwrap_or(ctx.locale);
    let args = |link: &str| {
        [
            ("organisation", organisation.name.clone()),
            ("link", link.to_owned()),
        ]
    };
    let (subject, body) = match mail {
        JoinMail::TooMany => {
            errors.add("email", msg!("form-error-too-often"));
            let page = join_page(&ctx, &organisation, &form, errors);
            return Ok(Answer::page(Status::TooManyRequests, page));
        }
        JoinMail::Confirm { token } => {
            let args = args(&config.link(&format!("/join/confirm/{token}")));
            let args: Vec<(&'static str, &str)> =
                args.iter().map(|(k, v)| (*k, v.as_str())).collect();
            (
                reader.text_with(msg!("mail-join-subject"), &args),
                reader.text_with(msg!("mail-join-body"), &args),
            )
        }
        JoinMail::AlreadyMember => {
            let args = args(&config.link("/forgot"));
            let args: Vec<(&'static str, &str)> =
                args.iter().map(|(k, v)| (*k, v.as_str())).collect();
            (
                reader.text_with(msg!("mail-join-member-subject"), &args),
                reader.text_with(msg!("mail-join-member-body"), &args),
            )
        }
    };
    let mail = Mail {
        to: form.email.trim().to_owned(),
        subject,
        body,
    };
    deliver(Arc::clone(&config.mailer), mail).await;
    let page = MailedPage {
        email: form.email.trim().to_owned(),
    };
    Ok(Answer::page(
        Status::Ok,
        ctx.render("volunteers/join-mailed", msg!("join-mailed-title"), page),
    ))
}

/// The link from the mail asks once more: mail programs open links before their reader does,
/// and only the reader's own click may make the account.
#[rocket::get("/join/confirm/<token>")]
pub async fn confirm_join_form(
    token: String,
    ctx: PageCtx,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let now = ctx.now;
    if !db
        .run(move |conn| super::join_link_open(conn, &token, now))
        .await?
    {
        return Ok(closed_link(&ctx));
    }
    let page = ctx.render("volunteers/join-confirm", msg!("join-confirm-title"), ());
    Ok(Answer::page(Status::Ok, page))
}

/// The applicant confirms: their account is made, and they are signed in.
#[rocket::post("/join/confirm/<token>", data = "<_form>")]
pub async fn confirm_join(
    token: String,
    ctx: PageCtx,
    _form: CsrfForm<TokenOnly>,
    cookies: &CookieJar<'_>,
    config: &State<Config>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let now = ctx.now;
    match db
        .run(move |conn| super::confirm_join(conn, &token, now))
        .await?
    {
        Ok(joined) => {
            let secure = config.secure_cookies();
            start_session(
                cookies,
                joined.session,
                Locale::from_code(&joined.locale),
                secure,
            );
            Ok(Answer::onward(
                "/dashboard",
                msg!("flash-welcome-volunteer"),
            ))
        }
        Err(JoinRefusal::Closed) => Ok(closed_link(&ctx)),
        Err(JoinRefusal::EmailTaken) => Ok(Answer::onward("/login", msg!("flash-join-member"))),
    }
}

/// A volunteer in the coordinator's list.
#[derive(Serialize)]
pub struct PersonView {
    id: i32,
    display_name: String,
    email: String,
    phone: Option<String>,
    status_label: MessageId,
    is_applicant: bool,
    joined: String,
}

impl PersonView {
    pub fn of(person: Person, locale: Locale) -> PersonView {
        PersonView {
            id: person.id,
            status_label: labels::status(person.status),
            is_applicant: person.status == VolunteerStatus::Applicant,
            joined: format_datetime(locale, person.joined_at),
            display_name: person.display_name,
            email: person.email,
            phone: person.phone,
        }
    }
}

#[derive(Serialize)]
struct VolunteersPage {
    volunteers: Vec<PersonView>,
    join_link: Option<String>,
}

#[rocket::get("/org/volunteers")]
pub async fn list(
    me: Coordinator,
    ctx: PageCtx,
    config: &State<Config>,
    db: &State<Db>,
) -> Result<Template, Error> {
    let (by, organisation, now) = (me.actor(), me.organisation_id, ctx.now);
    let (volunteers, code) = db
        .run(move |conn| {
            let volunteers = super::list_as_staff(conn, by, organisation, now)?;
            Ok::<_, Error>((volunteers, organisations::join_code(conn, organisation)?))
        })
        .await?;
    let page = VolunteersPage {
        volunteers: volunteers
            .into_iter()
            .map(|p| PersonView::of(p, ctx.locale))
            .collect(),
        join_link: code.map(|code| config.link(&format!("/join/{code}"))),
    };
    Ok(ctx.render("volunteers/list", msg!("volunteers-title"), page))
}

#[rocket::post("/org/volunteers/<id>/approve", data = "<_form>")]
pub async fn approve(
    me: Coordinator,
    id: i32,
    now: Now,
    _form: CsrfForm<TokenOnly>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let (by, organisation) = (me.actor(), me.organisation_id);
    if db
        .run(move |conn| super::approve(conn, by, organisation, id, now.0))
        .await?
    {
        Ok(Answer::onward(
            "/org/volunteers",
            msg!("flash-volunteer-approved"),
        ))
    } else {
        Err(Error::NotFound)
    }
}

#[rocket::post("/org/volunteers/<id>/reset-link", data = "<_form>")]
pub async fn reset_link(
    me: Coordinator,
    id: i32,
    ctx: PageCtx,
    _form: CsrfForm<TokenOnly>,
    config: &State<Config>,
    db: &State<Db>,
) -> Result<Template, Error> {
    let (by, organisation, now) = (me.actor(), me.organisation_id, ctx.now);
    let token = db
        .run(move |conn| resets::create(conn, by, organisation, id, now))
        .await?;
    let page = LinkPage {
        link: config.link(&format!("/reset/{token}")),
        explanation: msg!("reset-link-created-help"),
        back: "/org/volunteers",
        back_label: msg!("nav-volunteers"),
    };
    Ok(ctx.render("links/created", msg!("reset-link-created-title"), page))
}

#[rocket::post("/org/join-link", data = "<_form>")]
pub async fn renew_join_link(
    me: Coordinator,
    now: Now,
    _form: CsrfForm<TokenOnly>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let (by, organisation) = (me.actor(), me.organisation_id);
    db.run(move |conn| organisations::renew_join_code(conn, by, organisation, now.0))
        .await?;
    Ok(Answer::onward(
        "/org/volunteers",
        msg!("flash-join-link-renewed"),
    ))
}
