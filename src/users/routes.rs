//! A signed-in person's own pages: the dashboard and the account settings (name, language,
//! phone, password, deleting the account).

use rocket::form::FromForm;
use rocket::http::{Cookie, CookieJar};
use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::{Profile, Role, Status};
use crate::auth::csrf::CsrfForm;
use crate::auth::sessions::SESSION_COOKIE;
use crate::auth::{password, CurrentUser};
use crate::db::{write_tx, Db};
use crate::error::Error;
use crate::i18n::{remember, Locale};
use crate::privacy::audit::{self, Action, Subject};
use crate::volunteers;
use crate::web::forms::{western_digits, Answer, FieldErrors};
use crate::web::PageCtx;

#[derive(Serialize)]
struct DashboardPage {
    is_admin: bool,
    is_coordinator: bool,
    status_label: Option<&'static str>,
    status_help: Option<&'static str>,
    applicants_waiting: i64,
    /// A volunteer who has not yet said which languages they help in.
    needs_skills: bool,
}

/// Where a person lands after signing in: what they can do next.
#[rocket::get("/dashboard")]
pub async fn dashboard(me: CurrentUser, ctx: PageCtx, db: &State<Db>) -> Result<Template, Error> {
    let status = (me.role == Role::Volunteer)
        .then(|| Status::parse(&me.status))
        .flatten();
    let applicants_waiting = match (me.role, me.organisation_id) {
        (Role::Coordinator, Some(organisation)) => {
            db.run(move |conn| volunteers::count_applicants(conn, organisation))
                .await?
        }
        _ => 0,
    };
    let needs_skills = me.role == Role::Volunteer
        && !db
            .run(move |conn| volunteers::profile::has_languages(conn, me.user_id))
            .await?;
    let page = DashboardPage {
        is_admin: me.role == Role::Admin,
        is_coordinator: me.role == Role::Coordinator,
        status_label: status.map(Status::label_id),
        status_help: status.map(status_help),
        applicants_waiting,
        needs_skills,
    };
    Ok(ctx.render("users/dashboard", "dashboard-title", page))
}

fn status_help(status: Status) -> &'static str {
    match status {
        Status::Applicant => "dashboard-applicant-help",
        Status::InTraining => "dashboard-in-training-help",
        Status::Active => "dashboard-active-help",
        Status::Paused => "dashboard-paused-help",
        Status::Left => "dashboard-left-help",
    }
}

#[derive(Debug, Default, FromForm, Serialize)]
pub struct ProfileForm {
    #[field(default = String::new())]
    display_name: String,
    #[field(default = String::new())]
    locale: String,
    #[field(default = String::new())]
    phone: String,
}

#[derive(Debug, Default, FromForm)]
pub struct PasswordForm {
    #[field(default = String::new())]
    current_password: String,
    #[field(default = String::new())]
    new_password: String,
}

#[derive(Debug, Default, FromForm)]
pub struct DeleteForm {
    #[field(default = String::new())]
    delete_password: String,
}

#[derive(Serialize)]
struct AccountPage<'a> {
    email: &'a str,
    form: &'a ProfileForm,
    errors: FieldErrors,
    is_volunteer: bool,
    locales: Vec<LocaleOption>,
    min_password: usize,
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

fn account_page(ctx: &PageCtx, email: &str, form: &ProfileForm, errors: FieldErrors) -> Template {
    let is_volunteer = ctx.user.as_ref().is_some_and(|u| u.role == Role::Volunteer);
    let page = AccountPage {
        email,
        form,
        errors,
        is_volunteer,
        locales: locale_options(&form.locale),
        min_password: crate::web::forms::MIN_PASSWORD,
    };
    ctx.render("users/account", "account-title", page)
}

fn form_of(profile: Profile) -> ProfileForm {
    ProfileForm {
        display_name: profile.display_name,
        locale: profile.locale,
        phone: profile.phone.unwrap_or_default(),
    }
}

/// The account page again, with the errors of a refused form and the saved profile.
async fn account_again(
    ctx: &PageCtx,
    db: &Db,
    user_id: i32,
    errors: FieldErrors,
) -> Result<Answer, Error> {
    let profile = db.run(move |conn| super::profile(conn, user_id)).await?;
    let email = profile.email.clone();
    Ok(Answer::invalid(account_page(
        ctx,
        &email,
        &form_of(profile),
        errors,
    )))
}

#[rocket::get("/account")]
pub async fn account(me: CurrentUser, ctx: PageCtx, db: &State<Db>) -> Result<Template, Error> {
    let profile = db.run(move |conn| super::profile(conn, me.user_id)).await?;
    let email = profile.email.clone();
    Ok(account_page(
        &ctx,
        &email,
        &form_of(profile),
        FieldErrors::default(),
    ))
}

#[rocket::post("/account/profile", data = "<form>")]
pub async fn save_profile(
    me: CurrentUser,
    ctx: PageCtx,
    form: CsrfForm<ProfileForm>,
    cookies: &CookieJar<'_>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let mut form = form.0;
    form.phone = western_digits(&form.phone);
    let mut errors = FieldErrors::default();
    errors.text("display_name", &form.display_name, 80);
    errors.locale("locale", &form.locale);
    errors.phone("phone", &form.phone);
    if !errors.is_empty() {
        let email = db
            .run(move |conn| super::profile(conn, me.user_id))
            .await?
            .email;
        return Ok(Answer::invalid(account_page(&ctx, &email, &form, errors)));
    }
    let (name, locale, phone) = (
        form.display_name.clone(),
        form.locale.clone(),
        form.phone.clone(),
    );
    // Staff have no phone field; only a volunteer's own choice is stored.
    let phone = (me.role == Role::Volunteer).then_some(phone);
    db.run(move |conn| {
        write_tx(conn, |conn| {
            super::update_profile(conn, me.user_id, &name, &locale, phone.as_deref())?;
            audit::record_own(conn, &me, Action::ProfileChanged)
        })
    })
    .await?;
    if let Some(locale) = Locale::from_code(&form.locale) {
        remember(cookies, locale);
    }
    Ok(Answer::onward("/account", "flash-profile-saved"))
}

#[rocket::post("/account/password", data = "<form>")]
pub async fn change_password(
    me: CurrentUser,
    ctx: PageCtx,
    form: CsrfForm<PasswordForm>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let form = form.0;
    let stored = db
        .run(move |conn| super::password_hash(conn, me.user_id))
        .await?;
    let mut errors = FieldErrors::default();
    if !password::verify(&form.current_password, &stored) {
        errors.add("current_password", "form-error-wrong-password");
    }
    errors.new_password("new_password", &form.new_password);
    if !errors.is_empty() {
        return account_again(&ctx, db, me.user_id, errors).await;
    }
    db.run(move |conn| {
        write_tx(conn, |conn| {
            super::set_password(conn, me.user_id, &form.new_password, Some(me.session_id))?;
            audit::record_own(conn, &me, Action::PasswordChanged)
        })
    })
    .await?;
    Ok(Answer::onward("/account", "flash-password-changed"))
}

/// A volunteer deletes their own account. Staff accounts are removed by their organisation.
#[rocket::post("/account/delete", data = "<form>")]
pub async fn delete_account(
    me: CurrentUser,
    ctx: PageCtx,
    form: CsrfForm<DeleteForm>,
    cookies: &CookieJar<'_>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    if me.role != Role::Volunteer {
        return Err(Error::Forbidden);
    }
    let stored = db
        .run(move |conn| super::password_hash(conn, me.user_id))
        .await?;
    if !password::verify(&form.0.delete_password, &stored) {
        let mut errors = FieldErrors::default();
        errors.add("delete_password", "form-error-wrong-password");
        return account_again(&ctx, db, me.user_id, errors).await;
    }
    db.run(move |conn| {
        write_tx(conn, |conn| {
            audit::record(
                conn,
                me.organisation_id,
                None,
                Action::AccountDeleted,
                Subject::User(me.user_id),
            )?;
            super::delete(conn, me.user_id)
        })
    })
    .await?;
    cookies.remove(Cookie::build(SESSION_COOKIE).path("/"));
    Ok(Answer::onward("/", "flash-account-deleted"))
}
