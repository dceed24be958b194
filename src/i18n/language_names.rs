//! Help languages named for staff and volunteers: in the reader's own language from CLDR's
//! display names, with the language's own name beside it ("arabia (العربية)"), so that a
//! Finnish coordinator can read the gap and an Arabic speaker still recognises the language.
//! People seeking help choose from the endonyms alone (`languages::HELP_LANGUAGES`).

use std::sync::LazyLock;

use icu_experimental::displaynames::multi::LocaleDisplayNamesFormatter;
use icu_experimental::displaynames::DisplayNamesOptions;
use icu_locale_core::Locale as IcuLocale;
use serde::Serialize;

use super::{Locale, LOCALES};
use crate::languages::{HelpLanguage, HELP_LANGUAGES};

/// A help language as one reader sees it. Pages render it with `partials/language-name`,
/// which marks the endonym with its own `lang` and `dir`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LanguageName {
    pub code: &'static str,
    pub dir: &'static str,
    pub endonym: &'static str,
    /// The name in the reader's language, when CLDR has one that differs from the endonym.
    pub name: Option<&'static str>,
}

impl LanguageName {
    /// For a message: the endonym isolated, so that a right-to-left name keeps its place in
    /// a left-to-right sentence and the other way round.
    pub fn text(&self) -> String {
        match self.name {
            Some(name) => format!("{name} (\u{2068}{}\u{2069})", self.endonym),
            None => self.endonym.to_owned(),
        }
    }
}

/// The CLDR locale that names a help language: Dari is CLDR's Persian of Afghanistan and
/// Kurmanji its plain Kurdish.
fn cldr_id(code: &str) -> &str {
    match code {
        "prs" => "fa-AF",
        "kmr" => "ku",
        other => other,
    }
}

/// The names of every help language in every interface locale, looked up once.
static NAMES: LazyLock<Vec<Vec<Option<String>>>> = LazyLock::new(|| {
    LOCALES
        .iter()
        .map(|reader| {
            let formatter = reader.cldr.parse::<IcuLocale>().ok().and_then(|l| {
                LocaleDisplayNamesFormatter::try_new((&l).into(), DisplayNamesOptions::default())
                    .ok()
            });
            HELP_LANGUAGES
                .iter()
                .map(|language| {
                    let id = cldr_id(language.code);
                    let name = formatter.as_ref()?.of(&id.parse().ok()?).into_owned();
                    // CLDR answers with the code itself when it has no name.
                    (name != id && name.to_lowercase() != language.endonym.to_lowercase())
                        .then_some(name)
                })
                .collect()
        })
        .collect()
});

/// `language` named for a reader of `locale`.
pub fn language_name(locale: Locale, language: HelpLanguage) -> LanguageName {
    let name = HELP_LANGUAGES
        .iter()
        .position(|l| l.code == language.code)
        .and_then(|i| NAMES.get(locale.source_index())?.get(i)?.as_deref());
    LanguageName {
        code: language.code,
        dir: language.dir(),
        endonym: language.endonym,
        name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::languages;

    fn named(reader: &str, code: &str) -> String {
        let language = languages::find(code).unwrap();
        language_name(Locale::from_code(reader).unwrap(), language).text()
    }

    #[test]
    fn staff_read_the_name_in_their_language_with_the_endonym_beside_it() {
        assert_eq!(named("fi", "ar"), "arabia (\u{2068}العربية\u{2069})");
        assert_eq!(named("fi", "prs"), "dari (\u{2068}دری\u{2069})");
        assert_eq!(named("en", "ps"), "Pashto (\u{2068}پښتو\u{2069})");
        assert_eq!(named("ar", "fi"), "الفنلندية (\u{2068}suomi\u{2069})");
    }

    #[test]
    fn a_language_in_its_own_locale_is_named_once() {
        assert_eq!(named("fi", "fi"), "suomi");
        assert_eq!(named("ar", "ar"), "العربية");
    }

    #[test]
    fn cldr_names_every_help_language_for_finnish_and_english_readers() {
        for (reader, same) in [("fi", ["fi", "tl"]), ("en", ["en", "tl"])] {
            let unnamed: Vec<_> = HELP_LANGUAGES
                .into_iter()
                .filter(|l| {
                    language_name(Locale::from_code(reader).unwrap(), *l)
                        .name
                        .is_none()
                })
                .map(|l| l.code)
                .collect();
            // Only the reader's own language and Tagalog, whose name is its endonym.
            assert_eq!(unnamed, same, "{reader}");
        }
    }
}
