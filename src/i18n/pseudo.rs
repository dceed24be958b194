//! The pseudo-locale of debug builds (`?lang=qps`): English with every message bracketed,
//! its letters accented and made about 40 % longer, so that a string that skips the
//! translation files, or a layout that cannot take a longer language, shows at a glance.

use super::{DateLength, LocaleInfo};

/// `en-XA` is the tag pseudo-locales go by: a page's `lang` must be a real language tag.
pub const INFO: LocaleInfo = LocaleInfo {
    code: "en-XA",
    endonym: "[Ƥşéũđő]",
    rtl: false,
    cldr: "en-FI",
    dates: DateLength::Medium,
};

/// The locale whose messages and formats the pseudo-locale lengthens.
pub const SOURCE: &str = "en";

/// Whether `code` asks for the pseudo-locale (`qps`, or its tag), which only debug builds
/// have.
pub fn is_requested(code: &str) -> bool {
    cfg!(debug_assertions)
        && (code.eq_ignore_ascii_case("qps") || code.eq_ignore_ascii_case(INFO.code))
}

fn accented(c: char) -> char {
    match c {
        'a' => 'á',
        'e' => 'é',
        'i' => 'í',
        'o' => 'ő',
        'u' => 'ũ',
        'y' => 'ý',
        'c' => 'ç',
        'n' => 'ñ',
        's' => 'ş',
        'S' => 'Ş',
        'A' => 'Å',
        'E' => 'É',
        'I' => 'Î',
        'O' => 'Ö',
        'U' => 'Û',
        other => other,
    }
}

/// A message as the pseudo-locale shows it. Variables (between Fluent's isolation marks)
/// stay as they are, so names and links can still be read and followed.
pub fn lengthen(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '\u{2068}' => depth += 1,
            '\u{2069}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        out.push(if depth == 0 { accented(c) } else { c });
    }
    let padding = (text.chars().count() * 2).div_ceil(5).max(1);
    format!("[{out} {}]", "~".repeat(padding))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_bracketed_accented_and_longer() {
        let shown = lengthen("Sign in");
        assert!(shown.starts_with("[Şígñ íñ"), "{shown}");
        assert!(shown.ends_with(']'));
        assert!(shown.chars().count() >= "Sign in".chars().count() * 14 / 10);
    }

    #[test]
    fn variables_are_left_readable() {
        assert_eq!(
            lengthen("Hi \u{2068}Amina\u{2069}"),
            "[Hí \u{2068}Amina\u{2069} ~~~~]"
        );
    }
}
