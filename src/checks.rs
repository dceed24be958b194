//! Checks of typed input that the forms and the command line share. Each says what is wrong
//! as a `Problem`; the web layer shows its message next to the field.

use chrono::NaiveDate;

/// What is wrong with one value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    Required,
    TooLong,
    Email,
    PasswordShort,
    Phone,
    Link,
    Date,
    FutureDate,
    /// Not one of the offered choices.
    Choose,
    /// A private note holds something that identifies a person (an identity code, a phone
    /// number, an email address, a card number).
    Identifies,
}

pub const MIN_PASSWORD: usize = 10;
const MAX_PASSWORD: usize = 200;
const MAX_LINK: usize = 500;
/// Dates before this are typing mistakes (a year of 0202), not trainings or badges.
const EARLIEST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(1950, 1, 1) {
    Some(date) => date,
    None => panic!("a valid date"),
};

/// A required text of at most `max` characters, trimmed.
pub fn text(value: &str, max: usize) -> Result<&str, Problem> {
    let value = value.trim();
    if value.is_empty() {
        Err(Problem::Required)
    } else if value.chars().count() > max {
        Err(Problem::TooLong)
    } else {
        Ok(value)
    }
}

/// An optional text of at most `max` characters, trimmed.
pub fn optional_text(value: &str, max: usize) -> Result<&str, Problem> {
    let value = value.trim();
    if value.chars().count() > max {
        Err(Problem::TooLong)
    } else {
        Ok(value)
    }
}

/// A plain check: one `@`, something before it, a dot in the part after it, no spaces. The
/// real check is the person receiving mail there.
pub fn email(value: &str) -> Result<&str, Problem> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Problem::Required);
    }
    let Some((local, domain)) = value.split_once('@') else {
        return Err(Problem::Email);
    };
    let plausible = value.len() <= 254
        && !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !value.chars().any(char::is_whitespace);
    if plausible {
        Ok(value)
    } else {
        Err(Problem::Email)
    }
}

pub fn new_password(value: &str) -> Result<(), Problem> {
    let length = value.chars().count();
    if length < MIN_PASSWORD {
        Err(Problem::PasswordShort)
    } else if length > MAX_PASSWORD {
        Err(Problem::TooLong)
    } else {
        Ok(())
    }
}

/// Optional; digits, spaces, `+`, `-` and brackets only, 5 to 15 digits.
pub fn phone(value: &str) -> Result<(), Problem> {
    let value = value.trim();
    let allowed = |c: char| c.is_ascii_digit() || " +-()".contains(c);
    let digits = value.chars().filter(char::is_ascii_digit).count();
    if !value.is_empty() && (!value.chars().all(allowed) || !(5..=15).contains(&digits)) {
        Err(Problem::Phone)
    } else {
        Ok(())
    }
}

/// An optional web address. Only `http` and `https`: a `javascript:` or `data:` link shown to
/// staff would run in their session.
pub fn link(value: &str) -> Result<(), Problem> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(());
    }
    let lower = value.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    let plausible = rest.is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/'))
        && value.len() <= MAX_LINK
        && !value.chars().any(|c| c.is_whitespace() || c.is_control());
    if plausible {
        Ok(())
    } else {
        Err(Problem::Link)
    }
}

/// A required date (`YYYY-MM-DD`, as `<input type="date">` sends it) on or before `today`:
/// something that has happened.
pub fn past_date(value: &str, today: NaiveDate) -> Result<NaiveDate, Problem> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Problem::Required);
    }
    match NaiveDate::parse_from_str(value, "%Y-%m-%d") {
        Ok(date) if date > today => Err(Problem::FutureDate),
        Ok(date) if date >= EARLIEST_DATE => Ok(date),
        _ => Err(Problem::Date),
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

/// An optional note of at most `max` characters that names nobody: refused when it holds a
/// Finnish personal identity code, a phone number, an email address or a card number, in
/// whatever digits they were typed. Trimmed; `None` when empty.
pub fn anonymous_note(value: &str, max: usize) -> Result<Option<String>, Problem> {
    let value = optional_text(value, max)?;
    let western = western_digits(value);
    if has_identity_code(&western) || has_long_number(&western) || has_email(&western) {
        return Err(Problem::Identifies);
    }
    Ok((!value.is_empty()).then(|| value.to_owned()))
}

/// DDMMYY, a century sign, three digits and a check character: 131052-308T.
fn has_identity_code(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(11).any(|w| {
        w[..6].iter().all(char::is_ascii_digit)
            && "+-ABCDEFUVWXY".contains(w[6].to_ascii_uppercase())
            && w[7..10].iter().all(char::is_ascii_digit)
            && w[10].is_ascii_alphanumeric()
    })
}

/// Seven or more digits in a row, spaces, dashes and brackets between them allowed: a phone
/// number or a card number. Years, times and counts are shorter.
fn has_long_number(text: &str) -> bool {
    let mut digits = 0;
    for c in text.chars() {
        if c.is_ascii_digit() {
            digits += 1;
            if digits >= 7 {
                return true;
            }
        } else if !" -()/".contains(c) {
            digits = 0;
        }
    }
    false
}

fn has_email(text: &str) -> bool {
    text.split_whitespace().any(|word| {
        word.split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
    })
}
#[cfg(test)]
mod tests {

    #[test]
    fn a_learning_note_that_identifies_someone_is_refused() {
        for identifying in [
            "Autoin henkilöä 131052-308T kanssa",
            "soita 040 123 4567",
            "numero +358401234567",
            "kortti 4111 1111 1111 1111",
            "sähköposti matti.m@example.fi",
            // Persian digits are read as digits too.
            "شماره ۰۴۰۱۲۳۴۵۶۷",
        ] {
            assert_eq!(
                anonymous_note(identifying, 500),
                Err(Problem::Identifies),
                "{identifying}"
            );
        }
        assert_eq!(
            anonymous_note(" Opin, miten OmaKanta näyttää reseptit klo 10-12. ", 500),
            Ok(Some(
                "Opin, miten OmaKanta näyttää reseptit klo 10-12.".to_owned()
            ))
        );
        assert_eq!(anonymous_note("  ", 500), Ok(None));
        assert_eq!(anonymous_note(&"a".repeat(501), 500), Err(Problem::TooLong));
    }

    use super::*;

    #[test]
    fn emails_are_checked_plainly() {
        for good in ["a@b.fi", "first.last+tag@example.co.uk"] {
            assert!(email(good).is_ok(), "{good}");
        }
        assert_eq!(email(""), Err(Problem::Required));
        for bad in ["a", "a@b", "@b.fi", "a@b.fi.", "a b@c.fi", "a@@b.fi"] {
            assert_eq!(email(bad), Err(Problem::Email), "{bad}");
        }
    }

    #[test]
    fn texts_passwords_and_phones() {
        assert_eq!(text("  ", 10), Err(Problem::Required));
        assert_eq!(text(&"x".repeat(11), 10), Err(Problem::TooLong));
        assert_eq!(text(" Amina ", 10), Ok("Amina"));
        assert_eq!(new_password("short"), Err(Problem::PasswordShort));
        assert_eq!(phone(""), Ok(()));
        assert_eq!(phone("040 123 4567"), Ok(()));
        assert_eq!(phone("call me"), Err(Problem::Phone));
    }

    #[test]
    fn links_must_be_web_addresses() {
        for good in ["https://tieke.fi/merkki?id=1", "HTTP://example.org", ""] {
            assert!(link(good).is_ok(), "{good}");
        }
        for bad in [
            "javascript:alert(1)",
            "https://",
            "https:///path",
            "data:text/html,x",
            "ftp://example.org",
            "https://exa mple.org",
        ] {
            assert_eq!(link(bad), Err(Problem::Link), "{bad}");
        }
    }

    #[test]
    fn dates_must_be_real_and_not_in_the_future() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        assert_eq!(past_date("2026-11-26", today), Ok(today));
        assert_eq!(past_date("2026-11-27", today), Err(Problem::FutureDate));
        assert_eq!(past_date("26.11.2026", today), Err(Problem::Date));
        assert_eq!(past_date("0202-01-01", today), Err(Problem::Date));
        assert_eq!(past_date("", today), Err(Problem::Required));
    }

    #[test]
    fn persian_and_arabic_digits_become_western_digits() {
        assert_eq!(western_digits("۰۴۰ ۱۲۳ ٤٥٦٧"), "040 123 4567");
        assert_eq!(western_digits("+358 40"), "+358 40");
    }
}
