//! Joining as a volunteer, and the coordinator's volunteer list.

use rocket::form::FromForm;
use rocket::http::{CookieJar, Status};
use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use crate::auth::csrf::{CsrfForm, TokenOnly};
use crate::auth::routes::sign_in_new_account;
use crate::auth::{resets, sessions, Coordinator};
use crate::config::Config;
use crate::db::{write_tx, Db};
use crate::error::Error;
use crate::i18n::Locale;
use crate::invitations::routes::LinkPage;
use crate::organisations::{self, Organisation};
use crate::privacy::audit::{self, Action, Subject};
use crate::users::routes::{locale_options, LocaleOption};
use crate::users::{self, NewUser, PersonRow, Role, Status as VolunteerStatus};
use crate::web::forms::{western_digits, Answer, FieldErrors, MIN_PASSWORD};
use crate::web::{closed_link, PageCtx};

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
    ctx.render("volunteers/join", "join-title", page)
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

/// A new volunteer is an applicant, signed in at once so they can see where they stand.
#[rocket::post("/join/<code>", data = "<form>")]
pub async fn join(
    code: String,
    ctx: PageCtx,
    form: CsrfForm<JoinForm>,
    cookies: &CookieJar<'_>,
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
    errors.text("display_name", &form.display_name, 80);
    errors.email("email", &form.email);
    errors.new_password("password", &form.password);
    errors.locale("locale", &form.locale);
    errors.phone("phone", &form.phone);
    let email = form.email.clone();
    if errors.get("email").is_none() && db.run(move |conn| users::email_taken(conn, &email)).await?
    {
        errors.add("email", "form-error-email-taken");
    }
    if !errors.is_empty() {
        return Ok(Answer::invalid(join_page(
            &ctx,
            &organisation,
            &form,
            errors,
        )));
    }
    let organisation_id = organisation.id;
    let (name, email, password, locale, phone) = (
        form.display_name.clone(),
        form.email.clone(),
        form.password.clone(),
        form.locale.clone(),
        form.phone.clone(),
    );
    let token = db
        .run(move |conn| {
            write_tx(conn, |conn| {
                let new = NewUser {
                    organisation_id: Some(organisation_id),
                    role: Role::Volunteer,
                    status: VolunteerStatus::Applicant,
                    email: &email,
                    display_name: &name,
                    password: &password,
                    locale: &locale,
                    phone: Some(&phone),
                };
                let id = users::create(conn, &new)?;
                let subject = Subject::User(id);
                audit::record(
                    conn,
                    Some(organisation_id),
                    Some(id),
                    Action::VolunteerRegistered,
                    subject,
                )?;
                sessions::start(conn, id)
            })
        })
        .await?;
    sign_in_new_account(
        cookies,
        token,
        Locale::from_code(&form.locale).unwrap_or(ctx.locale),
    );
    Ok(Answer::onward("/dashboard", "flash-welcome-volunteer"))
}

#[derive(Serialize)]
struct VolunteersPage {
    volunteers: Vec<PersonRow>,
    join_link: Option<String>,
}

#[rocket::get("/org/volunteers")]
pub async fn list(
    me: Coordinator,
    ctx: PageCtx,
    config: &State<Config>,
    db: &State<Db>,
) -> Result<Template, Error> {
    let (organisation, locale, viewer) = (me.organisation_id, ctx.locale, me.user.user_id);
    let (volunteers, code) = db
        .run(move |conn| {
            let volunteers = users::people(conn, organisation, Role::Volunteer, locale)?;
            // Staff views of volunteers' data are audited (DESIGN.md §7).
            audit::record(
                conn,
                Some(organisation),
                Some(viewer),
                Action::VolunteersViewed,
                Subject::Organisation(organisation),
            )?;
            Ok((volunteers, organisations::join_code(conn, organisation)?))
        })
        .await?;
    let join_link = code.map(|code| config.link(&format!("/join/{code}")));
    Ok(ctx.render(
        "volunteers/list",
        "volunteers-title",
        VolunteersPage {
            volunteers,
            join_link,
        },
    ))
}

#[rocket::post("/org/volunteers/<id>/approve", data = "<_form>")]
pub async fn approve(
    me: Coordinator,
    id: i32,
    _form: CsrfForm<TokenOnly>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let (organisation, by) = (me.organisation_id, me.user.user_id);
    if db
        .run(move |conn| super::approve(conn, organisation, id, by))
        .await?
    {
        Ok(Answer::onward(
            "/org/volunteers",
            "flash-volunteer-approved",
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
    let (organisation, by) = (me.organisation_id, me.user.user_id);
    let token = db
        .run(move |conn| {
            if !super::belongs_to(conn, organisation, id)? {
                return Err(Error::NotFound);
            }
            resets::create(conn, organisation, id, by)
        })
        .await?;
    let page = LinkPage {
        link: config.link(&format!("/reset/{token}")),
        explanation: "reset-link-created-help",
        back: "/org/volunteers",
        back_label: "nav-volunteers",
    };
    Ok(ctx.render("links/created", "reset-link-created-title", page))
}

#[rocket::post("/org/join-link", data = "<_form>")]
pub async fn renew_join_link(
    me: Coordinator,
    _form: CsrfForm<TokenOnly>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let (organisation, by) = (me.organisation_id, me.user.user_id);
    db.run(move |conn| {
        write_tx(conn, |conn| {
            organisations::renew_join_code(conn, organisation)?;
            audit::record(
                conn,
                Some(organisation),
                Some(by),
                Action::JoinLinkRenewed,
                Subject::Organisation(organisation),
            )
        })
    })
    .await?;
    Ok(Answer::onward("/org/volunteers", "flash-join-link-renewed"))
}
