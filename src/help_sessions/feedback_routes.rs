//! The person's answers from their own ticket page: no account, in their language, once.

use std::sync::LazyLock;

use rocket::form::FromForm;
use rocket::State;
use serde::Serialize;

use super::feedback::{self, Answers, Face, NextTime};
use crate::db::Db;
use crate::error::Error;
use crate::i18n::MessageId;
use crate::msg;
use crate::queue;
use crate::topics::inline_svg;
use crate::web::csrf::CsrfForm;
use crate::web::forms::Answer;
use crate::web::Now;

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
