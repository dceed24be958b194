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

#[cfg(test)]
mod tests {
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
