//! The volunteer's shift pages: their shifts, signing up and withdrawing, checking in on a
//! phone, notices, and the private calendar feed.

use chrono::NaiveDateTime;
use icalendar::{Calendar, Component, Event, EventLike, EventStatus};
use rocket::form::FromForm;
use rocket::http::ContentType;
use rocket::request::FromParam;
use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::calendar::{self, Feed};
use super::mine::{self, MyShift, Notice, OpenShift, PastShift, ShiftTime, VolunteerShifts};
use super::signups::{self, Refusal as SignupRefusal, State as SignupState};
use super::NoticeKind;
use crate::config::Config;
use crate::db::{Db, DbConn};
use crate::error::Error;
use crate::i18n::{format_time_span, Locale, MessageId};
use crate::msg;
use crate::queue::duty;
use crate::queue::live::Live;
use crate::staff_texts::Translations;
use crate::users::Status as VolunteerStatus;
use crate::web::csrf::{CsrfForm, TokenOnly};
use crate::web::forms::{Answer, Refusal};
use crate::web::guards::Volunteer;
use crate::web::texts::{for_reader, TextView};
use crate::web::{Now, PageCtx};

impl Refusal for SignupRefusal {
    fn message(&self) -> MessageId {
        match self {
            SignupRefusal::NotActive => msg!("shift-refusal-not-active"),
            SignupRefusal::NoSuchShift => msg!("shift-refusal-no-such-shift"),
            SignupRefusal::Cancelled => msg!("shift-refusal-cancelled"),
            SignupRefusal::AlreadyStarted => msg!("shift-refusal-started"),
            SignupRefusal::AlreadySignedUp => msg!("shift-refusal-already"),
            SignupRefusal::Overlaps => msg!("shift-refusal-overlaps"),
            SignupRefusal::NotSignedUp => msg!("shift-refusal-not-signed-up"),
            SignupRefusal::TooLateToWithdraw => msg!("shift-refusal-too-late"),
            SignupRefusal::CheckInNotOpen => msg!("shift-refusal-check-in-closed"),
            SignupRefusal::NotStartedYet => msg!("shift-refusal-not-started"),
            SignupRefusal::TooLateToUndo => msg!("shift-refusal-undo-too-late"),
            SignupRefusal::NoSuchTable => msg!("form-error-choose"),
        }
    }
}

#[derive(Serialize)]
struct ShiftView {
    id: i32,
    when: String,
    site: String,
    address: String,
    notes: Option<TextView>,
}

impl ShiftView {
    fn of(shift: &ShiftTime, notes: &Translations, locale: Locale) -> ShiftView {
        ShiftView {
            id: shift.id,
            when: format_time_span(locale, shift.starts_at, shift.ends_at),
            site: shift.site.clone(),
            address: shift.address.clone(),
            notes: for_reader(notes, locale),
        }
    }
}

#[derive(Serialize)]
struct MyShiftView {
    #[serde(flatten)]
    shift: ShiftView,
    confirmed: bool,
    waiting_place: Option<usize>,
    cancelled: bool,
    can_withdraw: bool,
    can_check_in: bool,
    checked_in: bool,
    can_check_out: bool,
    tables: Vec<TableView>,
}

#[derive(Serialize)]
struct TableView {
    id: i32,
    label: String,
}

impl MyShiftView {
    fn of(mine: &MyShift, locale: Locale) -> MyShiftView {
        MyShiftView {
            shift: ShiftView::of(&mine.shift, &mine.notes, locale),
            confirmed: mine.confirmed,
            waiting_place: mine.waiting_place,
            cancelled: mine.cancelled,
            can_withdraw: mine.can_withdraw,
            can_check_in: mine.can_check_in,
            checked_in: mine.checked_in,
            can_check_out: mine.can_check_out,
            tables: mine
                .tables
                .iter()
                .map(|t| TableView {
                    id: t.id,
                    label: t.label.clone(),
                })
                .collect(),
        }
    }
}

#[derive(Serialize)]
struct PastView {
    when: String,
    site: String,
    /// Hours on duty with one decimal.
    hours: String,
    no_show: bool,
}

impl PastView {
    fn of(past: &PastShift, locale: Locale) -> PastView {
        PastView {
            when: format_time_span(locale, past.shift.starts_at, past.shift.ends_at),
            site: past.shift.site.clone(),
            hours: format!("{:.1}", past.hours),
            no_show: past.no_show,
        }
    }
}

#[derive(Serialize)]
struct OpenView {
    #[serde(flatten)]
    shift: ShiftView,
    free: i64,
}

impl OpenView {
    fn of(open: &OpenShift, locale: Locale) -> OpenView {
        OpenView {
            shift: ShiftView::of(&open.shift, &open.notes, locale),
            free: open.free,
        }
    }
}

#[derive(Serialize)]
struct NoticeView {
    message: String,
}

fn notice_text(locale: Locale, notice: &Notice) -> String {
    let id = match notice.kind {
        NoticeKind::Changed => msg!("notice-changed"),
        NoticeKind::Cancelled => msg!("notice-cancelled"),
        NoticeKind::Promoted => msg!("notice-promoted"),
    };
    let when = format_time_span(locale, notice.starts_at, notice.ends_at);
    locale.message(
        id,
        &[("when", when.into()), ("site", notice.site.clone().into())],
    )
}

#[derive(Serialize)]
struct ShiftsPage {
    mine: Vec<MyShiftView>,
    past: Vec<PastView>,
    open: Vec<OpenView>,
    full: Vec<OpenView>,
    notices: Vec<NoticeView>,
    active: bool,
    calendar_link: String,
    /// A refusal of the request just made.
    refusal: Option<MessageId>,
}

impl ShiftsPage {
    fn of(shifts: VolunteerShifts, locale: Locale) -> ShiftsPage {
        ShiftsPage {
            mine: shifts
                .mine
                .iter()
                .map(|s| MyShiftView::of(s, locale))
                .collect(),
            past: shifts
                .past
                .iter()
                .map(|s| PastView::of(s, locale))
                .collect(),
            open: shifts
                .open
                .iter()
                .map(|s| OpenView::of(s, locale))
                .collect(),
            full: shifts
                .full
                .iter()
                .map(|s| OpenView::of(s, locale))
                .collect(),
            notices: shifts
                .notices
                .iter()
                .map(|n| NoticeView {
                    message: notice_text(locale, n),
                })
                .collect(),
            active: false,
            calendar_link: String::new(),
            refusal: None,
        }
    }
}

async fn shifts_page(
    me: &Volunteer,
    ctx: &PageCtx,
    db: &Db,
    config: &Config,
    refusal: Option<SignupRefusal>,
) -> Result<Template, Error> {
    let (organisation, user, now) = (me.organisation_id, me.user.user_id, ctx.now);
    let active = me.user.status == VolunteerStatus::Active;
    let (shifts, token) = db
        .run(move |conn| {
            let shifts = mine::volunteer_shifts(conn, organisation, user, active, now)?;
            Ok::<_, Error>((shifts, calendar::token(conn, user)?))
        })
        .await?;
    let page = ShiftsPage {
        active,
        calendar_link: config.link(&format!("/calendar/{token}/shifts.ics")),
        refusal: refusal.map(|r| r.message()),
        ..ShiftsPage::of(shifts, ctx.locale)
    };
    Ok(ctx.render("shifts/mine", msg!("shifts-mine-title"), page))
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
}

impl<'a> FromParam<'a> for ShiftAction {
    type Error = &'a str;

    fn from_param(param: &'a str) -> Result<Self, Self::Error> {
        match param {
            "sign-up" => Ok(ShiftAction::SignUp),
            "withdraw" => Ok(ShiftAction::Withdraw),
            "check-in" => Ok(ShiftAction::CheckIn),
            other => Err(other),
        }
    }
}

impl ShiftAction {
    /// Does it; the flash message when done, the reason when refused.
    fn run(
        self,
        conn: &mut DbConn,
        organisation: i32,
        shift: i32,
        user: i32,
        table: Option<i32>,
        now: NaiveDateTime,
    ) -> Result<Result<MessageId, SignupRefusal>, Error> {
        Ok(match self {
            ShiftAction::SignUp => {
                signups::sign_up(conn, organisation, shift, user, now)?.map(|state| match state {
                    SignupState::Confirmed => msg!("flash-signed-up"),
                    _ => msg!("flash-waiting-list"),
                })
            }
            ShiftAction::Withdraw => signups::withdraw(conn, organisation, shift, user, now)?
                .map(|()| msg!("flash-withdrawn")),
            ShiftAction::CheckIn => {
                signups::check_in_self(conn, organisation, shift, user, table, now)?
                    .map(|()| msg!("flash-checked-in"))
            }
        })
    }
}

/// The table chosen at check-in, when the site has tables.
#[derive(Debug, Default, FromForm)]
pub struct ShiftActionForm {
    #[field(default = String::new())]
    table_id: String,
}

/// Onward to the shifts page when done; the page again with the reason when refused.
// Ranked after `check_out`, which has its own route.
#[rocket::post("/shifts/<id>/<action>", data = "<form>", rank = 2)]
pub async fn act_on_shift(
    id: i32,
    action: ShiftAction,
    me: Volunteer,
    ctx: PageCtx,
    form: CsrfForm<ShiftActionForm>,
    db: &State<Db>,
    config: &State<Config>,
) -> Result<Answer, Error> {
    let (organisation, user, now) = (me.organisation_id, me.user.user_id, ctx.now);
    let table = form.0.table_id.trim().parse::<i32>().ok();
    let done = db
        .run(move |conn| action.run(conn, organisation, id, user, table, now))
        .await?;
    shift_answer(done, &me, &ctx, db, config).await
}

/// The volunteer goes home; whoever was matched with them goes back to the queue.
#[rocket::post("/shifts/<id>/check-out", data = "<_form>")]
pub async fn check_out(
    id: i32,
    me: Volunteer,
    ctx: PageCtx,
    _form: CsrfForm<TokenOnly>,
    db: &State<Db>,
    config: &State<Config>,
    live: &State<Live>,
) -> Result<Answer, Error> {
    let (organisation, user, now) = (me.organisation_id, me.user.user_id, ctx.now);
    let live = live.inner().clone();
    let done = db
        .run(move |conn| duty::go_home(conn, &live, organisation, id, user, now))
        .await?
        .map(|()| msg!("flash-checked-out"));
    shift_answer(done, &me, &ctx, db, config).await
}

/// Onward to the shifts page when done; the page again with the reason when refused.
async fn shift_answer(
    done: Result<MessageId, SignupRefusal>,
    me: &Volunteer,
    ctx: &PageCtx,
    db: &Db,
    config: &Config,
) -> Result<Answer, Error> {
    match done {
        Ok(flash) => Ok(Answer::onward("/shifts", flash)),
        Err(refusal) => {
            let page = shifts_page(me, ctx, db, config, Some(refusal)).await?;
            Ok(Answer::refused(&refusal, page))
        }
    }
}

#[rocket::post("/shifts/notices/read", data = "<_form>")]
pub async fn notices_read(
    me: Volunteer,
    now: Now,
    _form: CsrfForm<TokenOnly>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let user = me.user.user_id;
    db.run(move |conn| mine::mark_notices_read(conn, user, now.0))
        .await?;
    Ok(Answer::onward("/shifts", msg!("flash-notices-read")))
}

#[rocket::post("/shifts/calendar-link", data = "<_form>")]
pub async fn renew_calendar_link(
    me: Volunteer,
    _form: CsrfForm<TokenOnly>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let user = me.user.user_id;
    db.run(move |conn| calendar::renew(conn, user)).await?;
    Ok(Answer::onward(
        "/shifts",
        msg!("flash-calendar-link-renewed"),
    ))
}

/// The feed as iCalendar text, in the volunteer's language.
fn ical(feed: Feed, public_url: &str, now: NaiveDateTime) -> String {
    let locale = Locale::from_code(&feed.locale).unwrap_or(Locale::DEFAULT);
    let host = public_url
        .split("://")
        .nth(1)
        .unwrap_or(public_url)
        .trim_end_matches('/');
    let mut calendar = Calendar::new();
    calendar.name(&locale.text(msg!("calendar-name")));
    for shift in &feed.shifts {
        let mut event = Event::new();
        event
            .uid(&format!("shift-{}@{host}", shift.id))
            .summary(&locale.text_with(msg!("calendar-event"), &[("site", &shift.site)]))
            .starts(shift.starts_at.and_utc())
            .ends(shift.ends_at.and_utc())
            .location(&shift.address)
            .last_modified(shift.updated_at.and_utc())
            .timestamp(now.and_utc())
            .url(&format!("{}/shifts", public_url.trim_end_matches('/')));
        let notes = feed.notes.get(&shift.id).cloned().unwrap_or_default();
        if let Some(notes) = for_reader(&notes, locale) {
            event.description(&notes.body);
        }
        event.status(if shift.cancelled_at.is_some() {
            EventStatus::Cancelled
        } else {
            EventStatus::Confirmed
        });
        calendar.push(event.done());
    }
    calendar.done().to_string()
}

/// The feed itself: no session (calendar programs fetch it), the token is the key.
#[rocket::get("/calendar/<token>/shifts.ics")]
pub async fn calendar_feed(
    token: String,
    now: Now,
    db: &State<Db>,
    config: &State<Config>,
) -> Result<(ContentType, String), Error> {
    let feed = db
        .run(move |conn| calendar::feed(conn, &token))
        .await?
        .ok_or(Error::NotFound)?;
    Ok((ContentType::Calendar, ical(feed, &config.public_url, now.0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_refusal_has_a_message_and_answers_conflict() {
        for refusal in [
            SignupRefusal::NotActive,
            SignupRefusal::CheckInNotOpen,
            SignupRefusal::TooLateToWithdraw,
        ] {
            assert!(refusal.message().as_str().starts_with("shift-refusal-"));
            assert_eq!(refusal.status(), rocket::http::Status::Conflict);
        }
    }
}
