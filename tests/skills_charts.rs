//! The growth page's charts: sessions per month by competence area drawn as SVG, with a
//! table of the same numbers, in Finnish and in Arabic. `cargo test skills` runs them.

use chrono::NaiveDate;
use diesel::prelude::*;
use digikaveri::db::schema::help_session_topics;
use digikaveri::i18n::{format_month, Locale};
use digikaveri::languages::Level;

use crate::common::{helsinki, text, TestApp};

const AT: &str = "2026-03-10 10:00";

/// A recorded help session of the volunteer's, as the app stores it.
fn session(app: &TestApp, organisation: i32, site: i32, volunteer: i32, at: &str, topics: &[&str]) {
    let id = app.recorded_help((organisation, site, volunteer), helsinki(at), 20);
    let mut conn = app.db.get().unwrap();
    for topic in topics {
        diesel::insert_into(help_session_topics::table)
            .values((
                help_session_topics::session_id.eq(id),
                help_session_topics::topic.eq(*topic),
            ))
            .execute(&mut conn)
            .unwrap();
    }
}

/// The table row of one month: its name, the five areas' counts and the sessions.
fn row(code: &str, month: u32, counts: [usize; 5], sessions: usize) -> String {
    let locale = Locale::from_code(code).unwrap();
    let name = format_month(locale, NaiveDate::from_ymd_opt(2026, month, 1).unwrap());
    let cells: String = counts.iter().map(|c| format!("<td>{c}</td>")).collect();
    format!(r#"<tr><th scope="row">{name}</th>{cells}<td>{sessions}</td></tr>"#)
}

#[test]
fn skills_the_growth_page_charts_sessions_per_month_by_area_in_finnish_and_arabic() {
    let app = TestApp::at(helsinki(AT));
    let organisation = app.organisation("Digikaverit Espoo");
    let site = app.site(organisation, "OLARI");
    for (code, email) in [("fi", "aino@espoo.example"), ("ar", "amina@espoo.example")] {
        let volunteer = app
            .volunteer(organisation, email)
            .interface(code)
            .speaks("ar", Level::Native)
            .create();
        // February: Kela twice (areas 2, 4 and, as every session, 5); March: documents (1, 3).
        session(
            &app,
            organisation,
            site,
            volunteer,
            "2026-02-03 10:00",
            &["kela"],
        );
        session(
            &app,
            organisation,
            site,
            volunteer,
            "2026-02-17 10:00",
            &["kela"],
        );
        session(
            &app,
            organisation,
            site,
            volunteer,
            "2026-03-03 10:00",
            &["documents"],
        );
        let page = app.get_as(&app.visitor(Some(email)), "/growth");
        assert_eq!(page.status, 200);
        let body = &page.body;
        let chart =
            r#"<div class="chart" role="img" aria-labelledby="chart-sessions-heading"><svg "#;
        assert!(body.contains(chart), "{code}: the chart is drawn");
        assert!(body.contains(r#"<h3 id="chart-sessions-heading">"#));
        assert!(body.contains(&text(code, "growth-chart-sessions")));
        assert!(body.contains("viewBox=\"0 0 360 220\""));
        // The month names on the axis are SVG text in the reader's language.
        let march = digikaveri::i18n::format_month_alone(
            Locale::from_code(code).unwrap(),
            NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
        );
        assert!(
            body.contains(&format!(">\n{march}\n</text>")),
            "{code}: {march}"
        );
        // The table holds the same numbers, one row a month.
        assert!(
            body.contains(&row(code, 2, [0, 2, 0, 2, 2], 2)),
            "{code}: {body}"
        );
        assert!(body.contains(&row(code, 3, [1, 0, 1, 0, 1], 1)), "{code}");
        assert!(
            body.contains(&row(code, 1, [0; 5], 0)),
            "{code}: an empty month"
        );
        assert!(body.contains(r#"<caption>"#));
        // No shifts attended: the hours chart says so instead of drawing nothing.
        assert!(body.contains(&text(code, "growth-chart-none")));
    }
}
