//! A signed-in person's own pages: the dashboard and the account settings (name, language,
//! phone, password, deleting the account).

use rocket::form::FromForm;
use rocket::http::CookieJar;
use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::{Profile, ProfileChange, Role, Status};
use crate::auth::passwords;
use crate::auth::sessions::CurrentUser;
use crate::config::Config;
use crate::db::Db;
use crate::error::Error;
use crate::i18n::{remember, Locale, MessageId};
use crate::msg;
use crate::organisations;
use crate::queue::live::Live;
use crate::retention;
use crate::volunteers;
use crate::web::csrf::CsrfForm;
use crate::web::forms::{western_digits, Answer, FieldErrors, MIN_PASSWORD};
use crate::web::guards::{actor, end_session};
use crate::web::{labels, locale_options, LocaleOption, PageCtx};

#[derive(Serialize)]
struct DashboardPage {
    is_admin: bool,
    is_coordinator: bool,
    status_label: Option<MessageId>,
    status_help: Option<MessageId>,
    applicants_waiting: i64,
    /// A volunteer who has not yet said which languages they help in.
    needs_skills: bool,
    /// A coordinator's organisation still taking its first steps.
    first_steps: Option<FirstStepsView>,
    /// A volunteer inactive for a year, asked whether to keep the account.
    asked_to_keep: bool,
}

#[derive(Serialize)]
struct FirstStepsView {
    has_site: bool,
    has_shift: bool,
    has_volunteer: bool,
}

/// Where a person lands after signing in: what they can do next.
#[rocket::get("/dashboard")]
pub async fn dashboard(me: CurrentUser, ctx: PageCtx, db: &State<Db>) -> Result<Template, Error> {
    let volunteer_status = (me.role == Role::Volunteer).then_some(me.status);
    let (role, organisation, user) = (me.role, me.organisation_id, me.user_id);
    let (applicants_waiting, needs_skills, steps, asked_to_keep) = db
        .run(move |conn| {
            let (applicants, steps) = match (role, organisation) {
                (Role::Coordinator, Some(organisation)) => (
                    volunteers::count_applicants(conn, organisation)?,
                    Some(organisations::first_steps(conn, organisation)?),
                ),
                _ => (0, None),
            };
            let needs_skills =
                role == Role::Volunteer && !volunteers::profile::has_languages(conn, user)?;
            let asked = role == Role::Volunteer && retention::inactive::is_asked(conn, user)?;
            Ok::<_, Error>((applicants, needs_skills, steps, asked))
        })
        .await?;
    let page = DashboardPage {
        is_admin: me.role == Role::Admin,
        is_coordinator: me.role == Role::Coordinator,
        status_label: volunteer_status.map(labels::status),
        status_help: volunteer_status.map(status_help),
        applicants_waiting,
        needs_skills,
        asked_to_keep,
        first_steps: steps
            .filter(|steps| !steps.done())
            .map(|steps| FirstStepsView {
                has_site: steps.has_site,
                has_shift: steps.has_shift,
                has_volunteer: steps.has_volunteer,
            }),
    };
    Ok(ctx.render("users/dashboard", msg!("dashboard-title"), page))
}

fn status_help(status: Status) -> MessageId {
    match status {
        Status::Applicant => msg!("dashboard-applicant-help"),
        Status::InTraining => msg!("dashboard-in-training-help"),
        Status::Active => msg!("dashboard-active-help"),
        Status::Paused => msg!("dashboard-paused-help"),
        Status::Left => msg!("dashboard-left-help"),
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

fn account_page(ctx: &PageCtx, email: &str, form: &ProfileForm, errors: FieldErrors) -> Template {
    let is_volunteer = ctx.user.as_ref().is_some_and(|u| u.role == Role::Volunteer);
    let page = AccountPage {
        email,
        form,
        errors,
        is_volunteer,
        locales: locale_options(&form.locale),
        min_password: MIN_PASSWORD,
    };
    ctx.render("users/account", msg!("account-title"), page)
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
    config: &State<Config>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let mut form = form.0;
    form.phone = western_digits(&form.phone);
    let mut errors = FieldErrors::default();
    errors.text("display_name", &form.display_name, super::MAX_NAME);
    errors.locale("locale", &form.locale);
    errors.phone("phone", &form.phone);
    if !errors.is_empty() {
        let email = db
            .run(move |conn| super::profile(conn, me.user_id))
            .await?
            .email;
        return Ok(Answer::invalid(account_page(&ctx, &email, &form, errors)));
    }
    let (who, now) = (actor(&me), ctx.now);
    // Staff have no phone field; only a volunteer's own choice is stored.
    let is_volunteer = me.role == Role::Volunteer;
    let (name, locale, phone) = (
        form.display_name.clone(),
        form.locale.clone(),
        form.phone.clone(),
    );
    db.run(move |conn| {
        let change = ProfileChange {
            display_name: &name,
            locale: &locale,
            phone: is_volunteer.then_some(phone.as_str()),
        };
        super::save_profile(conn, who, &change, now)
    })
    .await?;
    if let Some(locale) = Locale::from_code(&form.locale) {
        remember(cookies, locale, config.secure_cookies());
    }
    Ok(Answer::onward("/account", msg!("flash-profile-saved")))
}

#[rocket::post("/account/password", data = "<form>")]
pub async fn change_password(
    me: CurrentUser,
    ctx: PageCtx,
    form: CsrfForm<PasswordForm>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let form = form.0;
    let mut errors = FieldErrors::default();
    errors.new_password("new_password", &form.new_password);
    if !errors.is_empty() {
        return account_again(&ctx, db, me.user_id, errors).await;
    }
    let (who, session, now) = (actor(&me), me.session_id, ctx.now);
    let changed = db
        .run(move |conn| {
            let change = passwords::Change {
                current: &form.current_password,
                new: &form.new_password,
                keep_session: session,
            };
            passwords::change_own(conn, who, &change, now)
        })
        .await?;
    match changed {
        Ok(()) => Ok(Answer::onward("/account", msg!("flash-password-changed"))),
        Err(_) => {
            errors.add("current_password", msg!("form-error-wrong-password"));
            account_again(&ctx, db, me.user_id, errors).await
        }
    }
}

/// A volunteer deletes their own account. Staff accounts are removed by their organisation.
#[rocket::post("/account/delete", data = "<form>")]
pub async fn delete_account(
    me: CurrentUser,
    ctx: PageCtx,
    form: CsrfForm<DeleteForm>,
    cookies: &CookieJar<'_>,
    db: &State<Db>,
    live: &State<Live>,
) -> Result<Answer, Error> {
    if me.role != Role::Volunteer {
        return Err(Error::Forbidden);
    }
    let (who, now, given) = (actor(&me), ctx.now, form.0.delete_password);
    let live = live.inner().clone();
    match db
        .run(move |conn| volunteers::delete_own_account(conn, &live, who, &given, now))
        .await?
    {
        Ok(()) => {
            end_session(cookies);
            Ok(Answer::onward("/", msg!("flash-account-deleted")))
        }
        Err(_) => {
            let mut errors = FieldErrors::default();
            errors.add("delete_password", msg!("form-error-wrong-password"));
            account_again(&ctx, db, me.user_id, errors).await
        }
    }
}
