//! Interface languages: the nine locales, choosing one for a request, and the `t` template
//! helper that looks messages up in the Fluent files under `locales/`.

mod helper;

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate, NaiveDateTime, TimeZone, Timelike, Utc};
use chrono_tz::Europe::Helsinki;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use rocket::http::{Cookie, CookieJar, SameSite};
use rocket::request::{FromRequest, Outcome, Request};

pub use helper::TranslateHelper;

use crate::auth::guards::{cached_user, session_of};

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
        .map(|l| l.code.parse().expect("locale codes are valid BCP 47"))
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

    /// A message in this locale, or `None` when no locale has the id.
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
    pub fn text_with(self, id: &str, args: &[(&'static str, &str)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(name, value)| (Cow::Borrowed(*name), FluentValue::from(value.to_string())))
            .collect();
        let text = self.translate(id, &args).unwrap_or_else(|| id.to_owned());
        text.replace(['\u{2068}', '\u{2069}'], "")
    }

    /// A message with variables for a page (keeps the bidi isolation marks, which the page needs
    /// around Latin names in Arabic and Persian sentences); the id itself if it is missing.
    /// Numbers go in as numbers (`FluentValue::from(3)`), so plurals choose their form.
    pub fn message(self, id: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(name, value)| (Cow::Borrowed(*name), value.clone()))
            .collect();
        self.translate(id, &args).unwrap_or_else(|| id.to_owned())
    }

    /// A message without variables; the id itself if it is missing, so a log line never fails.
    pub fn text(self, id: &str) -> String {
        self.translate(id, &HashMap::new())
            .unwrap_or_else(|| id.to_owned())
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
        .translate("datetime", &args)
        .unwrap_or_else(|| local.format("%Y-%m-%d %H:%M").to_string())
}

/// The weekday's name, from the `weekday-1` (Monday) .. `weekday-7` messages.
fn weekday_name(locale: Locale, date: NaiveDate) -> String {
    locale.text(&format!("weekday-{}", date.weekday().number_from_monday()))
}

/// A day as a heading: "ti 1.12." in Finnish; the `day` message orders the parts.
pub fn format_day(locale: Locale, date: NaiveDate) -> String {
    locale.message(
        "day",
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
        "time-span",
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
        .translate("date", &args)
        .unwrap_or_else(|| date.format("%Y-%m-%d").to_string())
}

/// Today's date in Finland, where the programme runs: the day starts at midnight in Helsinki,
/// not in UTC.
pub fn today() -> NaiveDate {
    Helsinki
        .from_utc_datetime(&Utc::now().naive_utc())
        .date_naive()
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

    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, Self::Error> {
        // Load the session first, so the person's saved language can count.
        let _ = session_of(req).await;
        let locale = *req.local_cache(|| locale_of(req));
        let query = req.query_value::<&str>("lang").and_then(Result::ok);
        if query.and_then(Locale::from_code).is_some() {
            remember(req.cookies(), locale);
        }
        Outcome::Success(locale)
    }
}

/// The locale of a request. Catchers call this too, so error pages speak the reader's
/// language; it uses the session only if this request has already loaded it.
pub fn locale_of(req: &Request<'_>) -> Locale {
    negotiate(Choices {
        query: req.query_value::<&str>("lang").and_then(Result::ok),
        cookie: req.cookies().get(LANG_COOKIE).map(|c| c.value()),
        saved: cached_user(req).map(|u| u.locale.as_str()),
        accept_language: req.headers().get_one("Accept-Language"),
    })
}

/// Keeps a language choice for the next visits on this device.
pub fn remember(cookies: &CookieJar<'_>, locale: Locale) {
    if cookies.get(LANG_COOKIE).map(|c| c.value()) != Some(locale.code()) {
        cookies.add(
            Cookie::build((LANG_COOKIE, locale.code()))
                .path("/")
                .same_site(SameSite::Lax)
                .http_only(true)
                .secure(!cfg!(debug_assertions))
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
    fn right_to_left_locales() {
        let rtl: Vec<_> = Locale::all()
            .filter(|l| l.dir() == "rtl")
            .map(Locale::code)
            .collect();
        assert_eq!(rtl, ["ar", "fa"]);
    }
}
