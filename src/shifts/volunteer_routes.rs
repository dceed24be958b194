//! The volunteer's shift pages: their shifts, signing up and withdrawing, checking in on a
//! phone, notices, and the private calendar feed.

use rocket::http::{ContentType, Status};
use rocket::request::FromParam;
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

/// What a volunteer does with a shift, named in the URL: `/shifts/<id>/sign-up`, `withdraw`,
/// `check-in` or `check-out`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShiftAction {
    SignUp,
    Withdraw,
    CheckIn,
    CheckOut,
}

impl<'a> FromParam<'a> for ShiftAction {
    type Error = &'a str;

    fn from_param(param: &'a str) -> Result<Self, Self::Error> {
        match param {
            "sign-up" => Ok(ShiftAction::SignUp),
            "withdraw" => Ok(ShiftAction::Withdraw),
            "check-in" => Ok(ShiftAction::CheckIn),
            "check-out" => Ok(ShiftAction::CheckOut),
            other => Err(other),
        }
    }
}

impl ShiftAction {
    /// Does it; the flash message id when done, the reason when refused.
    fn run(
        self,
        conn: &mut DbConn,
        organisation: i32,
        shift: i32,
        user: i32,
    ) -> Result<Result<&'static str, Refusal>, Error> {
        Ok(match self {
            ShiftAction::SignUp => {
                signups::sign_up(conn, organisation, shift, user)?.map(|state| match state {
                    SignupState::Confirmed => "flash-signed-up",
                    _ => "flash-waiting-list",
                })
            }
            ShiftAction::Withdraw => {
                signups::withdraw(conn, organisation, shift, user)?.map(|()| "flash-withdrawn")
            }
            ShiftAction::CheckIn => signups::check_in_self(conn, organisation, shift, user)?
                .map(|()| "flash-checked-in"),
            ShiftAction::CheckOut => signups::check_out_self(conn, organisation, shift, user)?
                .map(|()| "flash-checked-out"),
        })
    }
}

/// Onward to the shifts page when done; the page again with the reason (409) when refused.
#[rocket::post("/shifts/<id>/<action>", data = "<_form>")]
pub async fn act_on_shift(
    id: i32,
    action: ShiftAction,
    me: Volunteer,
    ctx: PageCtx,
    _form: CsrfForm<TokenOnly>,
    db: &State<Db>,
    config: &State<Config>,
) -> Result<Answer, Error> {
    let (organisation, user) = (organisation_of(&me)?, me.0.user_id);
    match db
        .run(move |conn| action.run(conn, organisation, id, user))
        .await?
    {
        Ok(flash) => Ok(Answer::onward("/shifts", flash)),
        Err(refusal) => {
            let page = shifts_page(&me, &ctx, db, config, Some(refusal)).await?;
            Ok(Answer::page(Status::Conflict, page))
        }
    }
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
