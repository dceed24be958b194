//! What every form shares: field errors are message ids shown next to their field, the form is
//! shown again with what was typed, and a domain refusal is answered the same way everywhere.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket_dyn_templates::Template;
use serde::Serialize;

use crate::checks::{self, Problem};
use crate::i18n::{Locale, MessageId};
use crate::msg;

pub use crate::checks::{western_digits, MIN_PASSWORD};

/// Field name to the message of its error; the first error of a field wins.
#[derive(Debug, Default, Serialize)]
pub struct FieldErrors(BTreeMap<&'static str, MessageId>);

impl FieldErrors {
    pub fn add(&mut self, field: &'static str, message: MessageId) {
        self.0.entry(field).or_insert(message);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, field: &str) -> Option<MessageId> {
        self.0.get(field).copied()
    }

    /// The checked value, or `None` with the problem noted against `field`.
    pub fn check<T>(&mut self, field: &'static str, checked: Result<T, Problem>) -> Option<T> {
        checked
            .map_err(|problem| self.add(field, problem_message(problem)))
            .ok()
    }

    /// A required field with at most `max` characters.
    pub fn text(&mut self, field: &'static str, value: &str, max: usize) {
        self.check(field, checks::text(value, max));
    }

    pub fn email(&mut self, field: &'static str, value: &str) {
        self.check(field, checks::email(value));
    }

    pub fn new_password(&mut self, field: &'static str, value: &str) {
        self.check(field, checks::new_password(value));
    }

    /// Optional; digits, spaces, `+`, `-` and brackets only.
    pub fn phone(&mut self, field: &'static str, value: &str) {
        self.check(field, checks::phone(value));
    }

    pub fn locale(&mut self, field: &'static str, value: &str) {
        if Locale::from_code(value).is_none() {
            self.add(field, msg!("form-error-choose"));
        }
    }

    /// A required date on or before `today`. `None` when it was refused.
    pub fn past_date(
        &mut self,
        field: &'static str,
        value: &str,
        today: NaiveDate,
    ) -> Option<NaiveDate> {
        self.check(field, checks::past_date(value, today))
    }

    /// An optional `http(s)` address.
    pub fn link(&mut self, field: &'static str, value: &str) {
        self.check(field, checks::link(value));
    }
}

/// The message shown next to a field with this problem.
pub fn problem_message(problem: Problem) -> MessageId {
    match problem {
        Problem::Required => msg!("form-error-required"),
        Problem::TooLong => msg!("form-error-too-long"),
        Problem::Email => msg!("form-error-email"),
        Problem::PasswordShort => msg!("form-error-password-short"),
        Problem::Phone => msg!("form-error-phone"),
        Problem::Link => msg!("form-error-link"),
        Problem::Date => msg!("form-error-date"),
        Problem::FutureDate => msg!("form-error-future-date"),
        Problem::Choose => msg!("form-error-choose"),
        Problem::Identifies => msg!("form-error-identifies"),
    }
}

/// A domain refusal ("the shift is full", "check-in is not open yet") as every route answers
/// it: its message on the page, and its status.
pub trait Refusal {
    fn message(&self) -> MessageId;

    /// 409 unless the refusal says otherwise: the request was understood and is not allowed now.
    fn status(&self) -> Status {
        Status::Conflict
    }
}

/// What a form handler answers: onward after success, or the form again with its errors.
#[derive(rocket::Responder)]
pub enum Answer {
    Onward(Flash<Redirect>),
    /// Somewhere else, with nothing to say (a signed-in person opening the sign-in page).
    Elsewhere(Redirect),
    Page((Status, Template)),
    /// A page rendered before and kept (`public_pages`).
    Kept(rocket::response::content::RawHtml<String>),
}

impl Answer {
    /// Post/Redirect/Get with a flash message for the next page.
    pub fn onward(to: impl Into<String>, flash: MessageId) -> Answer {
        Answer::Onward(Flash::success(Redirect::to(to.into()), flash.as_str()))
    }

    /// The form again, with 422 so that scripts and tests see it was refused.
    pub fn invalid(page: Template) -> Answer {
        Answer::Page((Status::UnprocessableEntity, page))
    }

    /// The page that shows a refusal's message, with the refusal's status.
    pub fn refused(refusal: &impl Refusal, page: Template) -> Answer {
        Answer::Page((refusal.status(), page))
    }

    /// Back to a page that shows the refusal's message as a flash (for actions taken from a
    /// page that lists many things, such as the week board).
    pub fn back_refused(to: impl Into<String>, refusal: &impl Refusal) -> Answer {
        Answer::Onward(Flash::error(
            Redirect::to(to.into()),
            refusal.message().as_str(),
        ))
    }

    pub fn page(status: Status, page: Template) -> Answer {
        Answer::Page((status, page))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_errors_keep_the_first_message() {
        let mut errors = FieldErrors::default();
        errors.text("name", "  ", 10);
        errors.text("name", "x".repeat(11).as_str(), 10);
        assert_eq!(errors.get("name"), Some(msg!("form-error-required")));
        errors.phone("phone", "");
        errors.new_password("password", "short");
        assert_eq!(
            errors.get("password"),
            Some(msg!("form-error-password-short"))
        );
        assert_eq!(errors.get("phone"), None);
        errors.phone("bad", "call me");
        assert_eq!(errors.get("bad"), Some(msg!("form-error-phone")));
    }
}
