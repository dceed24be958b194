//! The person's answers, once, in their language, with no account: from their own ticket
//! page, or on the volunteer's phone for someone without one, which then goes back to the
//! volunteer's record.

use std::sync::LazyLock;

use rocket::form::FromForm;
use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::feedback::{self, Answers, Face, NextTime};
use crate::db::Db;
use crate::error::Error;
use crate::i18n::{Locale, MessageId};
use crate::msg;
use crate::queue;
use crate::topics::inline_svg;
use crate::web::csrf::CsrfForm;
use crate::web::forms::Answer;
use crate::web::guards::Volunteer;
use crate::web::{Now, PageCtx};

/// A face to tap: its value, its picture (our own Lucide file, printed unescaped) and its
/// words.
#[derive(Debug, Serialize)]
pub struct FaceChoice {
    value: &'static str,
    picture: &'static str,
    label: MessageId,
}

static PICTURES: LazyLock<[String; 3]> = LazyLock::new(|| {
    [
        include_str!("../topics/icons/smile.svg"),
        include_str!("../topics/icons/meh.svg"),
        include_str!("../topics/icons/frown.svg"),
    ]
    .map(inline_svg)
});

impl FaceChoice {
    pub fn of(face: Face) -> FaceChoice {
        let (index, label) = match face {
            Face::Good => (0, msg!("feedback-face-good")),
            Face::Okay => (1, msg!("feedback-face-okay")),
            Face::Bad => (2, msg!("feedback-face-bad")),
        };
        FaceChoice {
            value: face.as_str(),
            picture: &PICTURES[index],
            label,
        }
    }
}

/// The three questions, and where the answers go.
#[derive(Debug, Serialize)]
pub struct Questions {
    action: String,
    faces: Vec<FaceChoice>,
}

impl Questions {
    pub fn to(action: String) -> Questions {
        Questions {
            action,
            faces: Face::ALL.into_iter().map(FaceChoice::of).collect(),
        }
    }
}

#[derive(Debug, FromForm)]
pub struct FeedbackForm {
    face: String,
    next_time: String,
    come_again: String,
}

impl FeedbackForm {
    /// The answers; `None` for a value the page never offers.
    fn answers(&self) -> Option<Answers> {
        Some(Answers {
            face: Face::parse(&self.face)?,
            next_time: NextTime::parse(&self.next_time)?,
            come_again: match self.come_again.as_str() {
                "yes" => true,
                "no" => false,
                _ => return None,
            },
        })
    }
}

#[rocket::post("/t/<secret>/feedback", data = "<form>")]
pub async fn give(
    secret: String,
    now: Now,
    form: CsrfForm<FeedbackForm>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let answers = form.0.answers().ok_or(Error::Invalid)?;
    let lookup = secret.clone();
    let given = db
        .run(move |conn| {
            let ticket = queue::by_secret(conn, &lookup, now.0)?.ok_or(Error::NotFound)?;
            feedback::give(conn, ticket.id, answers, now.0)
        })
        .await?;
    let flash = if given {
        msg!("flash-feedback-thanks")
    } else {
        msg!("flash-feedback-closed")
    };
    Ok(Answer::onward(format!("/t/{secret}"), flash))
}

/// The language the questions are asked in on the volunteer's phone: the one chosen there,
/// else the person's first or second language where the service speaks it, else the
/// volunteer's own.
fn person_locale(
    chosen: Option<&str>,
    (first, second): &(String, Option<String>),
    volunteer: Locale,
) -> Locale {
    chosen
        .and_then(Locale::from_code)
        .or_else(|| Locale::from_code(first))
        .or_else(|| second.as_deref().and_then(Locale::from_code))
        .unwrap_or(volunteer)
}

#[derive(Serialize)]
struct HandOverPage {
    #[serde(flatten)]
    questions: Questions,
    /// The interface languages to switch to, for this screen only.
    switch: Vec<SwitchLink>,
}

#[derive(Serialize)]
struct SwitchLink {
    href: String,
    code: &'static str,
    name: &'static str,
    current: bool,
}

/// The questions on the volunteer's phone, in the person's language (`in` switches it for
/// this screen without touching the volunteer's own choice).
#[rocket::get("/duty/<ticket>/feedback?<in>")]
pub async fn hand_over(
    me: Volunteer,
    ticket: i32,
    r#in: Option<&str>,
    ctx: PageCtx,
    db: &State<Db>,
) -> Result<Template, Error> {
    let (user, now) = (me.user.user_id, ctx.now);
    let languages = db
        .run(move |conn| feedback::on_volunteer_phone(conn, user, ticket, now))
        .await?
        .ok_or(Error::NotFound)?;
    let locale = person_locale(r#in, &languages, ctx.locale);
    let page = HandOverPage {
        questions: Questions::to(format!("/duty/{ticket}/feedback")),
        switch: Locale::all()
            .map(|l| SwitchLink {
                href: format!("/duty/{ticket}/feedback?in={}", l.code()),
                code: l.code(),
                name: l.info().endonym,
                current: l == locale,
            })
            .collect(),
    };
    let ctx = ctx.for_person(locale);
    Ok(ctx.render("help_sessions/hand_over", msg!("feedback-title"), page))
}

/// The answers given on the volunteer's phone; the phone goes back to the record.
#[rocket::post("/duty/<ticket>/feedback", data = "<form>")]
pub async fn give_on_volunteer_phone(
    me: Volunteer,
    ticket: i32,
    now: Now,
    form: CsrfForm<FeedbackForm>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let answers = form.0.answers().ok_or(Error::Invalid)?;
    let user = me.user.user_id;
    let given = db
        .run(move |conn| {
            feedback::on_volunteer_phone(conn, user, ticket, now.0)?.ok_or(Error::NotFound)?;
            feedback::give(conn, ticket, answers, now.0)
        })
        .await;
    let flash = match given {
        Ok(true) => msg!("flash-feedback-handed-back"),
        Ok(false) | Err(Error::NotFound) => msg!("flash-feedback-closed"),
        Err(other) => return Err(other),
    };
    Ok(Answer::onward(format!("/duty/{ticket}/record"), flash))
}
