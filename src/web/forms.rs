//! Form checking shared by every form: field errors are message ids shown next to their field,
//! and the form is shown again with what was typed.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket_dyn_templates::Template;
use serde::Serialize;

/// Field name to the Fluent id of its error; the first error of a field wins.
#[derive(Debug, Default, Serialize)]
pub struct FieldErrors(BTreeMap<&'static str, &'static str>);

impl FieldErrors {
    pub fn add(&mut self, field: &'static str, message_id: &'static str) {
        self.0.entry(field).or_insert(message_id);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, field: &str) -> Option<&'static str> {
        self.0.get(field).copied()
    }

    /// A required field with at most `max` characters.
    pub fn text(&mut self, field: &'static str, value: &str, max: usize) {
        let value = value.trim();
        if value.is_empty() {
            self.add(field, "form-error-required");
        } else if value.chars().count() > max {
            self.add(field, "form-error-too-long");
        }
    }

    pub fn email(&mut self, field: &'static str, value: &str) {
        let value = value.trim();
        if value.is_empty() {
            self.add(field, "form-error-required");
        } else if !looks_like_email(value) {
            self.add(field, "form-error-email");
        }
    }

    pub fn new_password(&mut self, field: &'static str, value: &str) {
        let length = value.chars().count();
        if length < MIN_PASSWORD {
            self.add(field, "form-error-password-short");
        } else if length > MAX_PASSWORD {
            self.add(field, "form-error-too-long");
        }
    }

    /// Optional; digits, spaces, `+`, `-` and brackets only.
    pub fn phone(&mut self, field: &'static str, value: &str) {
        let value = value.trim();
        let allowed = |c: char| c.is_ascii_digit() || " +-()".contains(c);
        let digits = value.chars().filter(char::is_ascii_digit).count();
        if !value.is_empty() && (!value.chars().all(allowed) || !(5..=15).contains(&digits)) {
            self.add(field, "form-error-phone");
        }
    }

    pub fn locale(&mut self, field: &'static str, value: &str) {
        if crate::i18n::Locale::from_code(value).is_none() {
            self.add(field, "form-error-choose");
        }
    }

    /// A required date (`YYYY-MM-DD`, as `<input type="date">` sends it) on or before
    /// `today`: something that has happened. `None` when it was refused.
    pub fn past_date(
        &mut self,
        field: &'static str,
        value: &str,
        today: NaiveDate,
    ) -> Option<NaiveDate> {
        let value = value.trim();
        if value.is_empty() {
            self.add(field, "form-error-required");
            return None;
        }
        match NaiveDate::parse_from_str(value, "%Y-%m-%d") {
            Ok(date) if date > today => self.add(field, "form-error-future-date"),
            Ok(date) if date >= EARLIEST_DATE => return Some(date),
            _ => self.add(field, "form-error-date"),
        }
        None
    }

    /// An optional web address. Only `http` and `https`: a `javascript:` or `data:` link
    /// shown to staff would run in their session.
    pub fn link(&mut self, field: &'static str, value: &str) {
        let value = value.trim();
        if !value.is_empty() && !looks_like_link(value) {
            self.add(field, "form-error-link");
        }
    }
}

/// Arabic-Indic and Persian digits as 0-9, so that a number typed on an Arabic or Persian
/// keyboard is accepted and stored in one form that staff can dial.
pub fn western_digits(value: &str) -> String {
    value
        .chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            other => other,
        })
        .collect()
}

pub const MIN_PASSWORD: usize = 10;
const MAX_PASSWORD: usize = 200;
const MAX_LINK: usize = 500;
/// Dates before this are typing mistakes (a year of 0202), not trainings or badges.
const EARLIEST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(1950, 1, 1) {
    Some(date) => date,
    None => panic!("a valid date"),
};

/// `http://` or `https://`, a host, no spaces.
fn looks_like_link(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/'))
        && value.len() <= MAX_LINK
        && !value.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// A plain check: one `@`, something before it, a dot in the part after it, no spaces. The
/// real check is the person receiving mail there.
fn looks_like_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    value.len() <= 254
        && !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !value.chars().any(char::is_whitespace)
}

/// What a form handler answers: onward after success, or the form again with its errors.
#[derive(rocket::Responder)]
pub enum Answer {
    Onward(Flash<Redirect>),
    /// Somewhere else, with nothing to say (a signed-in person opening the sign-in page).
    Elsewhere(Redirect),
    Page((Status, Template)),
}

impl Answer {
    pub fn onward(to: impl Into<String>, flash_id: &str) -> Answer {
        Answer::Onward(Flash::success(Redirect::to(to.into()), flash_id))
    }

    /// The form again, with 422 so that scripts and tests see it was refused.
    pub fn invalid(page: Template) -> Answer {
        Answer::Page((Status::UnprocessableEntity, page))
    }

    pub fn page(status: Status, page: Template) -> Answer {
        Answer::Page((status, page))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_checked_plainly() {
        for good in ["a@b.fi", "first.last+tag@example.co.uk"] {
            assert!(looks_like_email(good), "{good}");
        }
        for bad in ["", "a", "a@b", "@b.fi", "a@b.fi.", "a b@c.fi", "a@@b.fi"] {
            assert!(!looks_like_email(bad), "{bad}");
        }
    }

    #[test]
    fn field_errors_keep_the_first_message() {
        let mut errors = FieldErrors::default();
        errors.text("name", "  ", 10);
        errors.text("name", "x".repeat(11).as_str(), 10);
        assert_eq!(errors.get("name"), Some("form-error-required"));
        errors.phone("phone", "");
        errors.new_password("password", "short");
        errors.phone("other", "040 123 4567");
        assert_eq!(errors.get("password"), Some("form-error-password-short"));
        assert_eq!(errors.get("phone"), None);
        assert_eq!(errors.get("other"), None);
        errors.phone("bad", "call me");
        assert_eq!(errors.get("bad"), Some("form-error-phone"));
    }

    #[test]
    fn links_must_be_web_addresses() {
        for good in ["https://tieke.fi/merkki?id=1", "HTTP://example.org"] {
            assert!(looks_like_link(good), "{good}");
        }
        for bad in [
            "javascript:alert(1)",
            "https://",
            "https:///path",
            "data:text/html,x",
            "ftp://example.org",
            "https://exa mple.org",
        ] {
            assert!(!looks_like_link(bad), "{bad}");
        }
    }

    #[test]
    fn dates_must_be_real_and_not_in_the_future() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let mut errors = FieldErrors::default();
        assert_eq!(errors.past_date("a", "2026-11-26", today), Some(today));
        assert_eq!(errors.past_date("b", "2026-11-27", today), None);
        assert_eq!(errors.past_date("c", "26.11.2026", today), None);
        assert_eq!(errors.past_date("d", "0202-01-01", today), None);
        assert_eq!(errors.past_date("e", "", today), None);
        assert_eq!(errors.get("a"), None);
        assert_eq!(errors.get("b"), Some("form-error-future-date"));
        assert_eq!(errors.get("c"), Some("form-error-date"));
        assert_eq!(errors.get("d"), Some("form-error-date"));
        assert_eq!(errors.get("e"), Some("form-error-required"));
    }

    #[test]
    fn persian_and_arabic_digits_become_western_digits() {
        assert_eq!(western_digits("۰۴۰ ۱۲۳ ٤٥٦٧"), "040 123 4567");
        assert_eq!(western_digits("+358 40"), "+358 40");
    }
}
