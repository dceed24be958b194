//! The service as a first visitor meets it: the home page in nine languages, the language
//! choice, error pages, the health check and the security headers.

use digikaveri::i18n::Locale;
use rocket::http::{Cookie, Header, Status};

use crate::common::{text, TestApp};

#[test]
fn home_page_is_served_in_each_locale_with_lang_and_dir() {
    let app = TestApp::new();
    for locale in Locale::all() {
        let (status, body) = app.get(&format!("/?lang={}", locale.code()), None);
        assert_eq!(status, 200, "{}", locale.code());
        let html_tag = format!(r#"<html lang="{}" dir="{}">"#, locale.code(), locale.dir());
        assert!(body.contains(&html_tag), "{html_tag} missing");
        assert!(
            body.contains(&text(locale.code(), "home-title")),
            "{}: title",
            locale.code()
        );
        assert!(
            body.contains(&text(locale.code(), "home-safety-body")),
            "{}: safety",
            locale.code()
        );
        // The demo sites come from the database, their kinds in the reader's language.
        assert!(body.contains("Olarin kohtaamispaikka"));
        assert!(body.contains(&text(locale.code(), "site-kind-food-aid")));
    }
    let (_, arabic) = app.get("/?lang=ar", None);
    assert!(arabic.contains(r#"dir="rtl""#));
    assert_ne!(
        text("ar", "home-title"),
        text("fi", "home-title"),
        "Arabic is translated"
    );
}

#[test]
fn switcher_names_every_language_in_itself() {
    let app = TestApp::new();
    let (_, body) = app.get("/", None);
    for name in [
        "suomi",
        "svenska",
        "English",
        "русский",
        "українська",
        "eesti",
        "العربية",
        "Soomaali",
        "فارسی",
    ] {
        assert!(
            body.contains(&format!(">{name}</a>")),
            "{name} missing from the switcher"
        );
    }
    assert!(body.contains(r#"href="?lang=ar" lang="ar" hreflang="ar" dir="rtl""#));
}

#[test]
fn language_choice_order_query_cookie_header_default() {
    let app = TestApp::new();
    let lang_of = |body: &str| body.split(r#"<html lang=""#).nth(1).unwrap()[..2].to_owned();

    let (_, body) = app.get("/", None);
    assert_eq!(lang_of(&body), "fi", "default is Finnish");

    let (_, body) = app.get("/", Some("de;q=1.0, ru;q=0.4, sv;q=0.8"));
    assert_eq!(lang_of(&body), "sv", "Accept-Language by quality");

    // ?lang= wins over the header and is remembered in a cookie.
    let response = app
        .client
        .get("/?lang=so")
        .header(Header::new("Accept-Language", "sv"))
        .dispatch();
    let cookie = response.cookies().get("lang").map(|c| c.value().to_owned());
    assert_eq!(cookie.as_deref(), Some("so"));
    assert_eq!(lang_of(&response.into_string().unwrap()), "so");
    let with_cookie = |path: &str| {
        let request = app
            .client
            .get(path.to_owned())
            .cookie(Cookie::new("lang", "so"));
        let request = request.header(Header::new("Accept-Language", "sv"));
        lang_of(&request.dispatch().into_string().unwrap())
    };
    assert_eq!(with_cookie("/"), "so", "the cookie beats Accept-Language");
    assert_eq!(
        with_cookie("/?lang=xx"),
        "so",
        "an unknown choice changes nothing"
    );
}

#[test]
fn a_cookie_alone_chooses_the_language() {
    let app = TestApp::new();
    let response = app
        .client
        .get("/")
        .cookie(Cookie::new("lang", "fa"))
        .dispatch();
    let body = response.into_string().unwrap();
    assert!(body.contains(r#"<html lang="fa" dir="rtl">"#));
}

#[rocket::get("/status/<code>")]
fn status(code: u16) -> Status {
    Status::from_code(code).unwrap_or(Status::InternalServerError)
}

#[test]
fn error_pages_are_translated_for_each_status_and_locale() {
    let app = TestApp::with_routes(|rocket| rocket.mount("/test", rocket::routes![status]));
    let cases = [
        (403, "error-403-title"),
        (422, "error-422-title"),
        (500, "error-500-title"),
        (503, "error-503-title"),
        (429, "error-429-title"),
        (400, "error-400-title"),
        (418, "error-other-title"),
    ];
    for locale in Locale::all() {
        let path = format!("/test/status/{{}}?lang={}", locale.code());
        for (code, title) in cases {
            let (got, body) = app.get(&path.replace("{}", &code.to_string()), None);
            assert_eq!(got, code);
            assert!(
                body.contains(&format!("<h1>{}</h1>", text(locale.code(), title))),
                "{} {code}",
                locale.code()
            );
            assert!(body.contains(&format!(r#"<html lang="{}""#, locale.code())));
        }
        let (got, body) = app.get(&format!("/no/such/page?lang={}", locale.code()), None);
        assert_eq!(got, 404);
        assert!(body.contains(&text(locale.code(), "error-404-body")));
    }
    let (_, body) = app.get("/missing", Some("uk"));
    assert!(
        body.contains(&text("uk", "error-404-title")),
        "404 follows Accept-Language"
    );
}

#[test]
fn health_check_answers_while_the_database_does() {
    let app = TestApp::new();
    assert_eq!(app.get("/healthz", None).0, 200);
    if app.test_db.is_postgres() {
        // The database server loses the database: every pooled connection dies.
        app.test_db.drop_now();
    } else {
        // SQLite cannot go away under an open file; a broken schema is its failure mode.
        use diesel::connection::SimpleConnection;
        let mut conn = app.db.get().unwrap();
        conn.batch_execute("PRAGMA foreign_keys = OFF; DROP TABLE users; DROP TABLE sites; DROP TABLE organisations;").unwrap();
    }
    assert_eq!(app.get("/healthz", None).0, 503);
    let (status, body) = app.get("/?lang=en", None);
    assert!(status >= 500, "the home page fails too, with {status}");
    assert!(
        body.contains(&text("en", "error-503-title"))
            || body.contains(&text("en", "error-500-title"))
    );
}

#[test]
fn security_headers_and_stylesheet() {
    let app = TestApp::new();
    let response = app.client.get("/").dispatch();
    let headers = response.headers();
    let csp = headers
        .get_one("Content-Security-Policy")
        .unwrap_or_default();
    assert!(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"));
    assert_eq!(headers.get_one("X-Content-Type-Options"), Some("nosniff"));
    assert_eq!(headers.get_one("Referrer-Policy"), Some("same-origin"));
    let css = app.client.get("/static/app.css").dispatch();
    assert_eq!(css.status(), Status::Ok);
    let css = css.into_string().unwrap();
    assert!(
        css.contains("margin-inline") && !css.contains("margin-left"),
        "logical CSS only"
    );
}

#[test]
fn foundation_pages_link_the_stylesheet_by_its_content_and_it_is_kept_for_a_year() {
    let app = TestApp::new();
    let home = app.client.get("/").dispatch().into_string().unwrap();
    let css = digikaveri::web::assets::address("app.css").unwrap();
    assert!(home.contains(&format!("href=\"{css}\"")), "{home}");
    let file = app.client.get(css.to_owned()).dispatch();
    assert_eq!(file.status(), Status::Ok);
    assert_eq!(
        file.headers().get_one("Cache-Control"),
        Some("public, max-age=31536000, immutable")
    );
    assert_eq!(file.content_type(), Some(rocket::http::ContentType::CSS));
    assert_eq!(
        file.into_string().unwrap(),
        app.client
            .get("/static/app.css")
            .dispatch()
            .into_string()
            .unwrap()
    );
    let stale = app.client.get("/assets/app.000000000000.css").dispatch();
    assert_eq!(stale.status(), Status::NotFound);
}

#[test]
fn a_hostile_accept_language_header_is_harmless() {
    let app = TestApp::new();
    let response = app
        .client
        .get("/")
        .header(Header::new("Accept-Language", ";;q=abc,,\u{7f}-,*;q=-1"))
        .dispatch();
    assert_eq!(response.status(), Status::Ok);
}
