//! The volunteer's shift pages: their shifts, signing up and withdrawing, checking in on a
//! phone, notices, and the private calendar feed.

use rocket::http::{ContentType, Status};
use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::calendar;
use super::mine::{self, VolunteerShifts};
use super::signups::{self, Refusal, State as SignupState};
use crate::auth::csrf::{CsrfForm, TokenOnly};
use crate::auth::Volunteer;
use crate::config::Config;
use crate::db::{Db, DbConn};
use crate::error::Error;
use crate::users::Status as VolunteerStatus;
use crate::web::forms::Answer;
use crate::web::PageCtx;

#[derive(Serialize)]
struct ShiftsPage {
    #[serde(flatten)]
    shifts: VolunteerShifts,
    active: bool,
    calendar_link: String,
    /// A refusal of the request just made, as a message id.
    refusal: Option<&'static str>,
}

fn organisation_of(me: &Volunteer) -> Result<i32, Error> {
    me.0.organisation_id.ok_or(Error::Forbidden)
}

async fn shifts_page(
    me: &Volunteer,
    ctx: &PageCtx,
    db: &Db,
    config: &Config,
    refusal: Option<Refusal>,
) -> Result<Template, Error> {
    let (organisation, user, locale) = (organisation_of(me)?, me.0.user_id, ctx.locale);
    let active = me.0.status == VolunteerStatus::Active.as_str();
    let (shifts, token) = db
        .run(move |conn| {
            let mut shifts = mine::volunteer_shifts(conn, organisation, user, locale)?;
            if !active {
                shifts.open.clear();
                shifts.full.clear();
            }
            Ok::<_, Error>((shifts, calendar::token(conn, user)?))
        })
        .await?;
    let page = ShiftsPage {
        shifts,
        active,
        calendar_link: config.link(&format!("/calendar/{token}/shifts.ics")),
        refusal: refusal.map(Refusal::message_id),
    };
    Ok(ctx.render("shifts/mine", "shifts-mine-title", page))
}

#[rocket::get("/shifts")]
pub async fn my_shifts(
    me: Volunteer,
    ctx: PageCtx,
    db: &State<Db>,
    config: &State<Config>,
) -> Result<Template, Error> {
    shifts_page(&me, &ctx, db, config, None).await
}

/// Runs a shift action for the signed-in volunteer: onward with `flash` when it is done, the
/// page again with the reason (409) when it is refused.
async fn act<T: Send + 'static>(
    me: Volunteer,
    ctx: PageCtx,
    db: &Db,
    config: &Config,
    flash: impl FnOnce(T) -> &'static str,
    work: impl FnOnce(&mut DbConn, i32, i32) -> Result<Result<T, Refusal>, Error> + Send + 'static,
) -> Result<Answer, Error> {
    let (organisation, user) = (organisation_of(&me)?, me.0.user_id);
    match db.run(move |conn| work(conn, organisation, user)).await? {
        Ok(done) => Ok(Answer::onward("/shifts", flash(done))),
        Err(refusal) => {
            let page = shifts_page(&me, &ctx, db, config, Some(refusal)).await?;
            Ok(Answer::page(Status::Conflict, page))
        }
    }
}

#[rocket::post("/shifts/<id>/sign-up", data = "<_form>")]
pub async fn sign_up(
    id: i32,
    me: Volunteer,
    ctx: PageCtx,
    _form: CsrfForm<TokenOnly>,
    db: &State<Db>,
    config: &State<Config>,
) -> Result<Answer, Error> {
    let flash = |state| match state {
        SignupState::Confirmed => "flash-signed-up",
        _ => "flash-waiting-list",
    };
    act(me, ctx, db, config, flash, move |conn, org, user| {
        signups::sign_up(conn, org, id, user)
    })
    .await
}

#[rocket::post("/shifts/<id>/withdraw", data = "<_form>")]
pub async fn withdraw(
    id: i32,
    me: Volunteer,
    ctx: PageCtx,
    _form: CsrfForm<TokenOnly>,
    db: &State<Db>,
    config: &State<Config>,
) -> Result<Answer, Error> {
    act(
        me,
        ctx,
        db,
        config,
        |()| "flash-withdrawn",
        move |conn, org, user| signups::withdraw(conn, org, id, user),
    )
    .await
}

#[rocket::post("/shifts/<id>/check-in", data = "<_form>")]
pub async fn check_in(
    id: i32,
    me: Volunteer,
    ctx: PageCtx,
    _form: CsrfForm<TokenOnly>,
    db: &State<Db>,
    config: &State<Config>,
) -> Result<Answer, Error> {
    act(
        me,
        ctx,
        db,
        config,
        |()| "flash-checked-in",
        move |conn, org, user| signups::check_in_self(conn, org, id, user),
    )
    .await
}

#[rocket::post("/shifts/<id>/check-out", data = "<_form>")]
pub async fn check_out(
    id: i32,
    me: Volunteer,
    ctx: PageCtx,
    _form: CsrfForm<TokenOnly>,
    db: &State<Db>,
    config: &State<Config>,
) -> Result<Answer, Error> {
    act(
        me,
        ctx,
        db,
        config,
        |()| "flash-checked-out",
        move |conn, org, user| signups::check_out_self(conn, org, id, user),
    )
    .await
}

#[rocket::post("/shifts/notices/read", data = "<_form>")]
pub async fn notices_read(
    me: Volunteer,
    _form: CsrfForm<TokenOnly>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let user = me.0.user_id;
    db.run(move |conn| mine::mark_notices_read(conn, user))
        .await?;
    Ok(Answer::onward("/shifts", "flash-notices-read"))
}

#[rocket::post("/shifts/calendar-link", data = "<_form>")]
pub async fn renew_calendar_link(
    me: Volunteer,
    _form: CsrfForm<TokenOnly>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let user = me.0.user_id;
    db.run(move |conn| calendar::renew(conn, user)).await?;
    Ok(Answer::onward("/shifts", "flash-calendar-link-renewed"))
}

/// The feed itself: no session (calendar programs fetch it), the token is the key.
#[rocket::get("/calendar/<token>/shifts.ics")]
pub async fn calendar_feed(
    token: String,
    db: &State<Db>,
    config: &State<Config>,
) -> Result<(ContentType, String), Error> {
    let public_url = config.public_url.clone();
    db.run(move |conn| calendar::feed(conn, &token, &public_url))
        .await?
        .map(|feed| (ContentType::Calendar, feed))
        .ok_or(Error::NotFound)
}
