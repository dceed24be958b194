//! The languages volunteers help in: a longer list than the interface locales, because help
//! can be given in a language the service itself is not translated into. Each language is
//! shown by its own name (endonym), which every reader recognises whatever the page language.

use serde::{Deserialize, Serialize};

use crate::stored_enum;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct HelpLanguage {
    /// BCP 47 code, stored in the database.
    pub code: &'static str,
    pub endonym: &'static str,
    pub rtl: bool,
}

const fn ltr(code: &'static str, endonym: &'static str) -> HelpLanguage {
    HelpLanguage {
        code,
        endonym,
        rtl: false,
    }
}

const fn rtl(code: &'static str, endonym: &'static str) -> HelpLanguage {
    HelpLanguage {
        code,
        endonym,
        rtl: true,
    }
}

/// Roughly in the order of how many speakers live in Finland (Statistics Finland 2024), so
/// the common choices come first in long lists.
pub const HELP_LANGUAGES: [HelpLanguage; 30] = [
    ltr("fi", "suomi"),
    ltr("sv", "svenska"),
    ltr("en", "English"),
    ltr("ru", "русский"),
    ltr("et", "eesti"),
    rtl("ar", "العربية"),
    ltr("so", "Soomaali"),
    rtl("ckb", "کوردی (سۆرانی)"),
    ltr("kmr", "Kurmancî"),
    rtl("fa", "فارسی"),
    rtl("prs", "دری"),
    ltr("zh", "中文"),
    ltr("sq", "shqip"),
    ltr("vi", "Tiếng Việt"),
    ltr("uk", "українська"),
    ltr("th", "ไทย"),
    ltr("tr", "Türkçe"),
    ltr("es", "español"),
    ltr("fr", "français"),
    ltr("de", "Deutsch"),
    ltr("pl", "polski"),
    ltr("ro", "română"),
    ltr("ti", "ትግርኛ"),
    rtl("ps", "پښتو"),
    rtl("ur", "اردو"),
    ltr("bn", "বাংলা"),
    ltr("ne", "नेपाली"),
    ltr("tl", "Tagalog"),
    ltr("sw", "Kiswahili"),
    ltr("am", "አማርኛ"),
];

/// The languages the service itself is written in: most volunteers help in these, so the
/// skills page shows them first and the others behind "more languages".
pub const COMMON: [&str; 9] = ["fi", "sv", "en", "ru", "uk", "et", "ar", "so", "fa"];

pub fn is_common(code: &str) -> bool {
    COMMON.contains(&code)
}

impl HelpLanguage {
    /// The text direction of the language's own name, for `dir` next to `lang`.
    pub fn dir(self) -> &'static str {
        if self.rtl {
            "rtl"
        } else {
            "ltr"
        }
    }
}

pub fn find(code: &str) -> Option<HelpLanguage> {
    HELP_LANGUAGES.into_iter().find(|l| l.code == code)
}

stored_enum! {
    /// How well a volunteer speaks a language; matching prefers the higher levels.
    #[derive(Serialize, Deserialize)]
    pub enum Level {
        Basic = "basic",
        Fluent = "fluent",
        Native = "native",
    }
}

impl Level {
    /// The order forms offer them in.
    pub const BEST_FIRST: [Level; 3] = [Level::Native, Level::Fluent, Level::Basic];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique() {
        let mut codes: Vec<_> = HELP_LANGUAGES.iter().map(|l| l.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), HELP_LANGUAGES.len());
    }

    #[test]
    fn the_common_languages_are_help_languages() {
        assert!(COMMON.iter().all(|code| find(code).is_some()));
    }
}
