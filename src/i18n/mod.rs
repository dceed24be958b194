//! Interface languages: the nine locales, choosing one for a request, message ids (`msg!`),
//! the `t` template helper that looks messages up in the Fluent files under `locales/`, and
//! dates and times as a reader in Finland sees them. Part of the web layer: the domain never
//! translates.

mod dates;
mod helper;
mod language_names;
mod numbers;
mod pseudo;

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::{NaiveDateTime, TimeZone};
use chrono_tz::Europe::Helsinki;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use rocket::http::{Cookie, CookieJar, SameSite};
use rocket::request::{FromRequest, Outcome, Request};
use serde::Serialize;

pub use dates::{
    format_date, format_datetime, format_day, format_month, format_month_alone, format_times,
    DateLength,
};
pub use helper::TranslateHelper;
pub use language_names::{language_name, LanguageName};

/// A Fluent message id. Made only by the `msg!` macro, so the locale test finds every id the code
/// names and a mistyped one fails the suite.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct MessageId(&'static str);

impl MessageId {
    /// For `msg!` only.
    #[doc(hidden)]
    pub const fn from_literal(id: &'static str) -> MessageId {
        MessageId(id)
    }

    pub fn as_str(self) -> &'static str {
        self.0
    }
}

/// `msg!("flash-signed-in")`: the id of a message that every locale has (the locale test
/// checks each literal).
#[macro_export]
macro_rules! msg {
    ($id:literal) => {
        $crate::i18n::MessageId::from_literal($id)
    };
}

fluent_templates::static_loader! {
    static MESSAGES = {
        locales: "./locales",
        fallback_language: "fi",
        customise: |bundle| bundle.set_formatter(Some(numbers::format_number)),
    };
}

/// One interface locale. Endonyms are what the language switcher shows. `cldr` is the locale
/// whose CLDR data writes dates and language names (Finland's own variant where CLDR has one),
/// `dates` how long its dates are: medium by default; long where the medium form abbreviates
/// what weak readers cannot decode (Somali weekdays) or is all digits, which right-to-left text
/// reorders (Arabic); digits with the full year where readers expect them (the 2026-12 review).
#[derive(Debug, PartialEq, Eq)]
pub struct LocaleInfo {
    pub code: &'static str,
    pub endonym: &'static str,
    pub rtl: bool,
    pub cldr: &'static str,
    pub dates: DateLength,
}

/// The interface locales, in the order the switcher lists them. `fi` is the default.
pub const LOCALES: [LocaleInfo; 9] = [
    LocaleInfo {
        code: "fi",
        endonym: "suomi",
        rtl: false,
        cldr: "fi",
        dates: DateLength::Medium,
    },
    LocaleInfo {
        code: "sv",
        endonym: "svenska",
        rtl: false,
        cldr: "sv-FI",
        dates: DateLength::Medium,
    },
    LocaleInfo {
        code: "en",
        endonym: "English",
        rtl: false,
        cldr: "en-FI",
        dates: DateLength::Medium,
    },
    LocaleInfo {
        code: "ru",
        endonym: "русский",
        rtl: false,
        cldr: "ru",
        dates: DateLength::Numeric,
    },
    LocaleInfo {
        code: "uk",
        endonym: "українська",
        rtl: false,
        cldr: "uk",
        dates: DateLength::Numeric,
    },
    LocaleInfo {
        code: "et",
        endonym: "eesti",
        rtl: false,
        cldr: "et",
        dates: DateLength::Numeric,
    },
    LocaleInfo {
        code: "ar",
        endonym: "العربية",
        rtl: true,
        cldr: "ar",
        dates: DateLength::Long,
    },
    LocaleInfo {
        code: "so",
        endonym: "Soomaali",
        rtl: false,
        cldr: "so",
        dates: DateLength::Long,
    },
    LocaleInfo {
        code: "fa",
        endonym: "فارسی",
        rtl: true,
        cldr: "fa",
        dates: DateLength::Medium,
    },
];

static LANGUAGE_IDS: LazyLock<Vec<LanguageIdentifier>> = LazyLock::new(|| {
    LOCALES
        .iter()
        // Our nine codes parse (a unit test says so); a failure would mean "undetermined".
        .map(|l| l.code.parse().unwrap_or_default())
        .collect()
});

/// The cookie that remembers a choice made with `?lang=`.
pub const LANG_COOKIE: &str = "lang";

/// The locale of one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Locale(usize);

/// The pseudo-locale (`pseudo`), numbered after the nine.
const PSEUDO: Locale = Locale(LOCALES.len());

/// How many locales there are, the pseudo-locale included (see `Locale::slot`).
pub const LOCALE_SLOTS: usize = LOCALES.len() + 1;

impl Locale {
    pub const DEFAULT: Locale = Locale(0);

    /// One of the nine interface locales.
    pub fn from_code(code: &str) -> Option<Locale> {
        LOCALES
            .iter()
            .position(|l| l.code.eq_ignore_ascii_case(code))
            .map(Locale)
    }

    /// A locale a reader may ask for with `?lang=`: the nine, and in debug builds the
    /// pseudo-locale, which nothing stores.
    pub fn requested(code: &str) -> Option<Locale> {
        Locale::from_code(code).or_else(|| pseudo::is_requested(code).then_some(PSEUDO))
    }

    pub fn all() -> impl Iterator<Item = Locale> {
        (0..LOCALES.len()).map(Locale)
    }

    pub fn info(self) -> &'static LocaleInfo {
        LOCALES.get(self.0).unwrap_or(&pseudo::INFO)
    }

    fn is_pseudo(self) -> bool {
        self == PSEUDO
    }

    /// The index of the locale whose messages and CLDR data this one uses.
    fn source_index(self) -> usize {
        if self.is_pseudo() {
            Locale::from_code(pseudo::SOURCE).map_or(0, |l| l.0)
        } else {
            self.0
        }
    }

    pub fn code(self) -> &'static str {
        self.info().code
    }

    /// A small number for this locale below `LOCALE_SLOTS`, for tables of things made once
    /// per locale.
    pub fn slot(self) -> usize {
        self.0
    }

    pub fn dir(self) -> &'static str {
        if self.info().rtl {
            "rtl"
        } else {
            "ltr"
        }
    }

    fn language_id(self) -> &'static LanguageIdentifier {
        &LANGUAGE_IDS[self.source_index()]
    }

    /// A message in this locale by an id from elsewhere (a template, a flash cookie), or `None`
    /// when no locale has the id.
    pub fn translate(
        self,
        id: &str,
        args: &HashMap<Cow<'static, str>, FluentValue>,
    ) -> Option<String> {
        let args = (!args.is_empty()).then_some(args);
        let text = MESSAGES.try_lookup_complete(self.language_id(), id, args)?;
        Some(if self.is_pseudo() {
            pseudo::lengthen(&text)
        } else {
            text
        })
    }

    /// A message with string variables as plain text (for mail): without the bidi isolation
    /// marks, which some mail programs show or which break a link in the text.
    pub fn text_with(self, id: MessageId, args: &[(&'static str, &str)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(name, value)| (Cow::Borrowed(*name), FluentValue::from(value.to_string())))
            .collect();
        let text = self
            .translate(id.as_str(), &args)
            .unwrap_or_else(|| id.as_str().to_owned());
        text.replace(['\u{2068}', '\u{2069}'], "")
    }

    /// A message with variables for a page (keeps the bidi isolation marks, which the page needs
    /// around Latin names in Arabic and Persian sentences); the id itself if it is missing.
    /// Numbers go in as numbers (`FluentValue::from(3)`), so plurals choose their form.
    pub fn message(self, id: MessageId, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(name, value)| (Cow::Borrowed(*name), value.clone()))
            .collect();
        self.translate(id.as_str(), &args)
            .unwrap_or_else(|| id.as_str().to_owned())
    }

    /// A message without variables; the id itself if it is missing, so a page never fails.
    pub fn text(self, id: MessageId) -> String {
        self.translate(id.as_str(), &HashMap::new())
            .unwrap_or_else(|| id.as_str().to_owned())
    }
}

/// A span of hours on one day: "ti 8.12. klo 10.00–12.00". The day and the hours are each
/// one unit from CLDR; the `time-span` message of each locale joins them.
pub fn format_time_span(
    locale: Locale,
    start_utc: NaiveDateTime,
    end_utc: NaiveDateTime,
) -> String {
    let day = format_day(locale, Helsinki.from_utc_datetime(&start_utc).date_naive());
    locale.message(
        msg!("time-span"),
        &[
            ("day", day.into()),
            ("times", format_times(locale, start_utc, end_utc).into()),
        ],
    )
}

/// The sources of a locale choice, in the order they count.
#[derive(Default)]
pub struct Choices<'a> {
    pub query: Option<&'a str>,
    pub cookie: Option<&'a str>,
    pub saved: Option<&'a str>,
    pub accept_language: Option<&'a str>,
}

/// Chooses the locale: `?lang=`, then the cookie, then the signed-in person's saved choice,
/// then `Accept-Language` by quality, then `fi`.
pub fn negotiate(choices: Choices<'_>) -> Locale {
    choices
        .query
        .and_then(Locale::requested)
        .or_else(|| choices.cookie.and_then(Locale::requested))
        .or_else(|| choices.saved.and_then(Locale::from_code))
        .or_else(|| choices.accept_language.and_then(from_accept_language))
        .unwrap_or(Locale::DEFAULT)
}

/// The first language the browser asks for that we have, matching on the primary subtag
/// (`sv-FI` is `sv`, `fa-AF` is `fa`).
fn from_accept_language(header: &str) -> Option<Locale> {
    accept_language::parse(header).iter().find_map(|tag| {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        Locale::from_code(primary)
    })
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for Locale {
    type Error = std::convert::Infallible;

    /// Without the signed-in person's saved language: the page context adds it (the guard
    /// does not load the session, so translation never waits on the database).
    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, Self::Error> {
        Outcome::Success(request_locale(req, None))
    }
}

/// The locale of a request, given the signed-in person's saved language if known. A choice
/// made with `?lang=` is remembered in a cookie.
pub fn request_locale(req: &Request<'_>, saved: Option<&str>) -> Locale {
    let locale = negotiate(Choices::of(req, saved));
    let query = req.query_value::<&str>("lang").and_then(Result::ok);
    if query.and_then(Locale::requested).is_some() {
        let secure = req
            .rocket()
            .state::<crate::config::Config>()
            .is_some_and(crate::config::Config::secure_cookies);
        remember(req.cookies(), locale, secure);
    }
    locale
}

impl<'a> Choices<'a> {
    /// What a request says, with the signed-in person's saved language when the caller knows it.
    pub fn of(req: &'a Request<'_>, saved: Option<&'a str>) -> Choices<'a> {
        Choices {
            query: req.query_value::<&str>("lang").and_then(Result::ok),
            cookie: req.cookies().get(LANG_COOKIE).map(|c| c.value()),
            saved,
            accept_language: req.headers().get_one("Accept-Language"),
        }
    }
}

/// Keeps a language choice for the next visits on this device.
pub fn remember(cookies: &CookieJar<'_>, locale: Locale, secure: bool) {
    if cookies.get(LANG_COOKIE).map(|c| c.value()) != Some(locale.code()) {
        cookies.add(
            Cookie::build((LANG_COOKIE, locale.code()))
                .path("/")
                .same_site(SameSite::Lax)
                .http_only(true)
                .secure(secure)
                .max_age(rocket::time::Duration::days(365)),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choose(q: Option<&str>, c: Option<&str>, s: Option<&str>, h: Option<&str>) -> &'static str {
        let choices = Choices {
            query: q,
            cookie: c,
            saved: s,
            accept_language: h,
        };
        negotiate(choices).code()
    }

    #[test]
    fn query_beats_cookie_beats_saved_beats_header() {
        assert_eq!(choose(Some("ar"), Some("sv"), Some("uk"), Some("en")), "ar");
        assert_eq!(choose(None, Some("sv"), Some("uk"), Some("en")), "sv");
        assert_eq!(choose(None, None, Some("uk"), Some("en")), "uk");
        assert_eq!(choose(None, None, None, Some("en")), "en");
        assert_eq!(choose(None, None, None, None), "fi");
    }

    #[test]
    fn unknown_choices_fall_through() {
        assert_eq!(
            choose(Some("xx"), Some("zz"), Some("qq"), Some("de, fa;q=0.5")),
            "fa"
        );
        assert_eq!(choose(None, None, None, Some("de, zh")), "fi");
    }

    #[test]
    fn accept_language_is_sorted_by_quality() {
        assert_eq!(
            choose(None, None, None, Some("ru;q=0.3, so;q=0.9, en;q=0.5")),
            "so"
        );
        assert_eq!(choose(None, None, None, Some("sv-FI,fi;q=0.8")), "sv");
    }

    #[test]
    fn every_interface_locale_is_a_help_language_with_its_direction() {
        for locale in Locale::all() {
            let language = crate::languages::find(locale.code())
                .unwrap_or_else(|| panic!("{} is missing", locale.code()));
            assert_eq!(language.rtl, locale.dir() == "rtl", "{}", locale.code());
        }
    }

    #[test]
    fn every_locale_code_is_a_language_identifier() {
        for locale in Locale::all() {
            assert_eq!(locale.language_id().to_string(), locale.code());
        }
    }

    #[test]
    fn right_to_left_locales() {
        let rtl: Vec<_> = Locale::all()
            .filter(|l| l.dir() == "rtl")
            .map(Locale::code)
            .collect();
        assert_eq!(rtl, ["ar", "fa"]);
    }
}
