//! Interface languages: the nine locales, choosing one for a request, message ids (`msg!`),
//! the `t` template helper that looks messages up in the Fluent files under `locales/`, and
//! dates and times as a reader in Finland sees them. Part of the web layer: the domain never
//! translates.

mod helper;

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate, NaiveDateTime, TimeZone, Timelike};
use chrono_tz::Europe::Helsinki;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use rocket::http::{Cookie, CookieJar, SameSite};
use rocket::request::{FromRequest, Outcome, Request};
use serde::Serialize;

pub use helper::TranslateHelper;

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
    };
}

/// One interface locale. Endonyms are what the language switcher shows.
#[derive(Debug, PartialEq, Eq)]
pub struct LocaleInfo {
    pub code: &'static str,
    pub endonym: &'static str,
    pub rtl: bool,
}

/// The interface locales, in the order the switcher lists them. `fi` is the default.
pub const LOCALES: [LocaleInfo; 9] = [
    LocaleInfo {
        code: "fi",
        endonym: "suomi",
        rtl: false,
    },
    LocaleInfo {
        code: "sv",
        endonym: "svenska",
        rtl: false,
    },
    LocaleInfo {
        code: "en",
        endonym: "English",
        rtl: false,
    },
    LocaleInfo {
        code: "ru",
        endonym: "русский",
        rtl: false,
    },
    LocaleInfo {
        code: "uk",
        endonym: "українська",
        rtl: false,
    },
    LocaleInfo {
        code: "et",
        endonym: "eesti",
        rtl: false,
    },
    LocaleInfo {
        code: "ar",
        endonym: "العربية",
        rtl: true,
    },
    LocaleInfo {
        code: "so",
        endonym: "Soomaali",
        rtl: false,
    },
    LocaleInfo {
        code: "fa",
        endonym: "فارسی",
        rtl: true,
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale(usize);

impl Locale {
    pub const DEFAULT: Locale = Locale(0);

    pub fn from_code(code: &str) -> Option<Locale> {
        LOCALES
            .iter()
            .position(|l| l.code.eq_ignore_ascii_case(code))
            .map(Locale)
    }

    pub fn all() -> impl Iterator<Item = Locale> {
        (0..LOCALES.len()).map(Locale)
    }

    pub fn info(self) -> &'static LocaleInfo {
        &LOCALES[self.0]
    }

    pub fn code(self) -> &'static str {
        self.info().code
    }

    pub fn dir(self) -> &'static str {
        if self.info().rtl {
            "rtl"
        } else {
            "ltr"
        }
    }

    fn language_id(self) -> &'static LanguageIdentifier {
        &LANGUAGE_IDS[self.0]
    }

    /// A message in this locale by an id from elsewhere (a template, a flash cookie), or `None`
    /// when no locale has the id.
    pub fn translate(
        self,
        id: &str,
        args: &HashMap<Cow<'static, str>, FluentValue>,
    ) -> Option<String> {
        let args = (!args.is_empty()).then_some(args);
        MESSAGES.try_lookup_complete(self.language_id(), id, args)
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

/// A moment stored in UTC, as a reader in Finland sees it, in the reader's own date format
/// (the `datetime` message of each locale orders the parts).
pub fn format_datetime(locale: Locale, utc: NaiveDateTime) -> String {
    let local = Helsinki.from_utc_datetime(&utc);
    let args: HashMap<Cow<'static, str>, FluentValue> = [
        ("day", local.day().to_string()),
        ("month", local.month().to_string()),
        ("year", local.year().to_string()),
        ("hour", format!("{:02}", local.hour())),
        ("minute", format!("{:02}", local.minute())),
    ]
    .into_iter()
    .map(|(k, v)| (Cow::Borrowed(k), FluentValue::from(v)))
    .collect();
    locale
        .translate(msg!("datetime").as_str(), &args)
        .unwrap_or_else(|| local.format("%Y-%m-%d %H:%M").to_string())
}

/// The weekday's short name.
fn weekday_name(locale: Locale, date: NaiveDate) -> String {
    let id = match date.weekday() {
        chrono::Weekday::Mon => msg!("weekday-1"),
        chrono::Weekday::Tue => msg!("weekday-2"),
        chrono::Weekday::Wed => msg!("weekday-3"),
        chrono::Weekday::Thu => msg!("weekday-4"),
        chrono::Weekday::Fri => msg!("weekday-5"),
        chrono::Weekday::Sat => msg!("weekday-6"),
        chrono::Weekday::Sun => msg!("weekday-7"),
    };
    locale.text(id)
}

/// A day as a heading: "ti 1.12." in Finnish; the `day` message orders the parts.
pub fn format_day(locale: Locale, date: NaiveDate) -> String {
    locale.message(
        msg!("day"),
        &[
            ("weekday", weekday_name(locale, date).into()),
            ("day", date.day().to_string().into()),
            ("month", date.month().to_string().into()),
        ],
    )
}

/// A time span on one day as a reader in Finland sees it: "ti 1.12. klo 10.00–12.00".
pub fn format_time_span(
    locale: Locale,
    start_utc: NaiveDateTime,
    end_utc: NaiveDateTime,
) -> String {
    let (start, end) = (
        Helsinki.from_utc_datetime(&start_utc),
        Helsinki.from_utc_datetime(&end_utc),
    );
    locale.message(
        msg!("time-span"),
        &[
            ("weekday", weekday_name(locale, start.date_naive()).into()),
            ("day", start.day().to_string().into()),
            ("month", start.month().to_string().into()),
            ("start_hour", format!("{:02}", start.hour()).into()),
            ("start_minute", format!("{:02}", start.minute()).into()),
            ("end_hour", format!("{:02}", end.hour()).into()),
            ("end_minute", format!("{:02}", end.minute()).into()),
        ],
    )
}

/// A calendar date (a training or a badge), in the reader's own date format.
pub fn format_date(locale: Locale, date: NaiveDate) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue> = [
        ("day", date.day().to_string()),
        ("month", date.month().to_string()),
        ("year", date.year().to_string()),
    ]
    .into_iter()
    .map(|(k, v)| (Cow::Borrowed(k), FluentValue::from(v)))
    .collect();
    locale
        .translate(msg!("date").as_str(), &args)
        .unwrap_or_else(|| date.format("%Y-%m-%d").to_string())
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
        .and_then(Locale::from_code)
        .or_else(|| choices.cookie.and_then(Locale::from_code))
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
    if query.and_then(Locale::from_code).is_some() {
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
    fn times_are_shown_in_helsinki_time() {
        let winter = chrono::NaiveDate::from_ymd_opt(2026, 1, 15)
            .unwrap()
            .and_hms_opt(8, 5, 0)
            .unwrap();
        let summer = chrono::NaiveDate::from_ymd_opt(2026, 7, 15)
            .unwrap()
            .and_hms_opt(8, 5, 0)
            .unwrap();
        let strip = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
        assert_eq!(
            strip(format_datetime(Locale::DEFAULT, winter)),
            "15.1.2026 klo 10.05"
        );
        assert_eq!(
            strip(format_datetime(Locale::DEFAULT, summer)),
            "15.7.2026 klo 11.05"
        );
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
