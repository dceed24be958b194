//! Reports for funders: each figure against hand-counted rows in an empty database at a
//! stated instant, small cells hidden on the page and in the CSV, the export audited and
//! guarded, and the queue's figures the same before and after the purge.

use chrono::{Duration, NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use digikaveri::db::schema::{feedback, help_sessions, shift_signups, sites, tickets};
use digikaveri::reports::queries;
use digikaveri::reports::{Period, Scope, Shown, Unserved};
use digikaveri::users::{self, NewUser, Role, Status};

use crate::common::builders::TEST_PASSWORD;
use crate::common::{helsinki, TestApp};

const COORDINATOR: &str = "kaisa@alfa.fi";
const ADMIN: &str = "admin@alfa.fi";
const OTHER: &str = "olli@beta.fi";

struct Fixture {
    app: TestApp,
    alfa: i32,
    beta: i32,
    site: i32,
    other_site: i32,
}

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn november() -> Period {
    Period::new(date("2026-11-01"), date("2026-11-30")).unwrap()
}

struct Session<'a> {
    site: i32,
    organisation: i32,
    volunteer: i32,
    at: NaiveDateTime,
    language: &'a str,
    first_visit: bool,
    outcome: &'a str,
    referred_to: Option<&'a str>,
    topic: &'a str,
}

fn session(app: &TestApp, s: Session, key: &str) {
    let mut conn = app.db.get().unwrap();
    let id: i32 = diesel::insert_into(help_sessions::table)
        .values((
            help_sessions::organisation_id.eq(s.organisation),
            help_sessions::site_id.eq(s.site),
            help_sessions::volunteer_id.eq(s.volunteer),
            help_sessions::started_at.eq(s.at),
            help_sessions::minutes.eq(30),
            help_sessions::language.eq(s.language),
            help_sessions::people.eq(1),
            help_sessions::first_visit.eq(s.first_visit),
            help_sessions::outcome.eq(s.outcome),
            help_sessions::referred_to.eq(s.referred_to),
            help_sessions::device.eq("own-phone"),
            help_sessions::saw_codes.eq(false),
            help_sessions::request_key.eq(key),
            help_sessions::recorded_at.eq(s.at),
            help_sessions::from_queue.eq(false),
        ))
        .returning(help_sessions::id)
        .get_result(&mut *conn)
        .unwrap();
    diesel::insert_into(digikaveri::db::schema::help_session_topics::table)
        .values((
            digikaveri::db::schema::help_session_topics::session_id.eq(id),
            digikaveri::db::schema::help_session_topics::topic.eq(s.topic),
        ))
        .execute(&mut *conn)
        .unwrap();
}

fn ticket(app: &TestApp, site: i32, n: i32, language: &str, served_after: Option<i64>) {
    let day = date("2026-11-19");
    let created = helsinki("2026-11-19 10:00");
    let mut conn = app.db.get().unwrap();
    diesel::insert_into(tickets::table)
        .values((
            tickets::site_id.eq(site),
            tickets::day.eq(day),
            tickets::number.eq(n),
            tickets::secret.eq(format!("report-ticket-{n}")),
            tickets::first_language.eq(language),
            tickets::created_at.eq(created),
            tickets::status.eq(if served_after.is_some() {
                "done"
            } else {
                "unserved"
            }),
            tickets::unserved_reason.eq(served_after.is_none().then_some("no_language")),
            tickets::matched_at.eq(served_after.map(|m| created + Duration::minutes(m))),
            tickets::finished_at.eq(served_after.map(|m| created + Duration::minutes(m + 20))),
        ))
        .execute(&mut *conn)
        .unwrap();
}

/// Alfa: sites ALFA (with the figures) and ALFA2; Beta: GAMMA. At 20 November 2026, noon.
fn fixture() -> Fixture {
    let app = TestApp::at(helsinki("2026-11-20 12:00"));
    let alfa = app.organisation("Alfa ry");
    let beta = app.organisation("Beta ry");
    app.coordinator_of(alfa, COORDINATOR);
    app.coordinator_of(beta, OTHER);
    users::create(
        &mut app.db.get().unwrap(),
        &NewUser {
            organisation_id: None,
            role: Role::Admin,
            status: Status::Active,
            email: ADMIN,
            display_name: "Admin",
            password: TEST_PASSWORD,
            locale: "fi",
            phone: None,
        },
        app.now(),
    )
    .unwrap();
    let site = app.site(alfa, "ALFA");
    app.site(alfa, "ALFA2");
    let other_site = app.site(beta, "GAMMA");
    let vera = app
        .volunteer(alfa, "vera@alfa.fi")
        .speaks("fi", digikaveri::languages::Level::Native)
        .speaks("so", digikaveri::languages::Level::Fluent)
        .create();
    let bo = app.volunteer(beta, "bo@beta.fi").create();
    // Alfa in November: 7 in Finnish (3 first visits; 4 on their own, 3 sent to Kela), 2 in
    // Somali (on their own); one in October that the period leaves out.
    for i in 0..9 {
        let finnish = i < 7;
        session(
            &app,
            Session {
                site,
                organisation: alfa,
                volunteer: vera,
                at: helsinki("2026-11-10 10:00") + Duration::hours(i),
                language: if finnish { "fi" } else { "so" },
                first_visit: i < 3,
                outcome: if (4..7).contains(&i) {
                    "referred"
                } else {
                    "self"
                },
                referred_to: (4..7).contains(&i).then_some("kela"),
                topic: "kela",
            },
            &format!("alfa-{i}"),
        );
    }
    session(
        &app,
        Session {
            site,
            organisation: alfa,
            volunteer: vera,
            at: helsinki("2026-10-31 23:30"),
            language: "fi",
            first_visit: false,
            outcome: "self",
            referred_to: None,
            topic: "kela",
        },
        "alfa-october",
    );
    for i in 0..6 {
        session(
            &app,
            Session {
                site: other_site,
                organisation: beta,
                volunteer: bo,
                at: helsinki("2026-11-12 10:00") + Duration::hours(i),
                language: "ar",
                first_visit: false,
                outcome: "together",
                referred_to: None,
                topic: "kela",
            },
            &format!("beta-{i}"),
        );
    }
    // Five answers, all good, at Alfa.
    for _ in 0..5 {
        diesel::insert_into(feedback::table)
            .values((
                feedback::organisation_id.eq(alfa),
                feedback::site_id.eq(site),
                feedback::face.eq("good"),
                feedback::next_time.eq("alone"),
                feedback::come_again.eq(true),
                feedback::given_at.eq(helsinki("2026-11-10 15:00")),
            ))
            .execute(&mut *app.db.get().unwrap())
            .unwrap();
    }
    // Yesterday's queue at ALFA: 6 in Finnish served after 5, 5, 10, 20, 30 and 40 minutes;
    // 2 in Somali unserved, nobody spoke it.
    for (n, wait) in [5, 5, 10, 20, 30, 40].into_iter().enumerate() {
        ticket(&app, site, n as i32 + 1, "fi", Some(wait));
    }
    ticket(&app, site, 7, "so", None);
    ticket(&app, site, 8, "so", None);
    // Vera was on a two-hour shift two days ago.
    let shift = app
        .shift(site)
        .starting_in(-Duration::days(2))
        .lasting(Duration::hours(2))
        .create();
    diesel::insert_into(shift_signups::table)
        .values((
            shift_signups::shift_id.eq(shift),
            shift_signups::user_id.eq(vera),
            shift_signups::state.eq("confirmed"),
            shift_signups::queued_at.eq(app.now() - Duration::days(3)),
            shift_signups::checked_in_at.eq(Some(app.now() - Duration::days(2))),
            shift_signups::no_show.eq(false),
        ))
        .execute(&mut *app.db.get().unwrap())
        .unwrap();
    Fixture {
        app,
        alfa,
        beta,
        site,
        other_site,
    }
}

fn alfa_report(f: &Fixture) -> digikaveri::reports::Summary {
    let scope = Scope::Organisation {
        organisation: f.alfa,
        site: None,
    };
    queries::report(&mut f.app.db.get().unwrap(), scope, november())
        .unwrap()
        .0
}

fn count_of<K: PartialEq>(b: &digikaveri::reports::Breakdown<K>, key: K) -> i64 {
    b.cells
        .iter()
        .find(|c| c.key == key)
        .map(|c| c.count.0)
        .unwrap_or(0)
}

#[test]
fn reports_people_helped_figures_match_the_hand_count() {
    let f = fixture();
    let r = alfa_report(&f);
    let p = &r.people;
    assert_eq!(p.sessions().0, 9);
    assert_eq!(p.people.0, 9);
    assert_eq!(count_of(&p.by_site, f.site), 9);
    assert_eq!(count_of(&p.by_language, "fi".to_owned()), 7);
    assert_eq!(count_of(&p.by_language, "so".to_owned()), 2);
    assert_eq!(count_of(&p.by_topic, "kela".to_owned()), 9);
    assert_eq!(
        count_of(
            &p.by_outcome,
            digikaveri::help_sessions::Outcome::OnTheirOwn
        ),
        6
    );
    assert_eq!(count_of(&p.first_visits, true), 3);
    assert_eq!(
        count_of(&p.referrals, digikaveri::help_sessions::Referral::Kela),
        3
    );
    assert_eq!(p.answers().0, 5);
    assert_eq!(p.by_month.cells.len(), 1, "October's session is left out");
    // Somali (2) is hidden, so the total beside it is rounded.
    assert_eq!(p.by_language.cells[1].count.shown(), Shown::Few);
    assert_eq!(p.sessions_shown(), Shown::About(10));
    // The other organisation's sessions are not here.
    assert_eq!(count_of(&p.by_language, "ar".to_owned()), 0);
}

#[test]
fn reports_queue_and_volunteer_figures_match_the_hand_count() {
    let f = fixture();
    let r = alfa_report(&f);
    let q = &r.queue;
    assert_eq!(q.taken.0, 8);
    assert_eq!(q.served.0, 6);
    assert_eq!(count_of(&q.unserved, Unserved::NoLanguage), 2);
    assert_eq!(q.median_wait, Some(10));
    assert_eq!(q.wait_p90, Some(40));
    let somali = q.demand.iter().find(|d| d.language == "so").unwrap();
    assert_eq!(somali.asked.0, 2);
    assert!((somali.hours - 2.0).abs() < 1e-9);
    let v = &r.volunteers;
    assert_eq!(count_of(&v.by_status, Status::Active), 1);
    assert_eq!(v.new.0, 1);
    assert_eq!(v.on_duty.0, 1);
    assert_eq!(v.shifts, 1);
    assert_eq!(v.filled, 1);
    assert!((v.hours - 2.0).abs() < 1e-9);
}

#[test]
fn reports_queue_figures_are_the_same_after_the_purge() {
    let f = fixture();
    let before = alfa_report(&f).queue;
    let removed = digikaveri::retention::purge(&mut f.app.db.get().unwrap(), f.app.now()).unwrap();
    assert!(removed > 0);
    let left: i64 = tickets::table
        .count()
        .get_result(&mut *f.app.db.get().unwrap())
        .unwrap();
    assert_eq!(left, 0, "yesterday's tickets are gone");
    assert_eq!(alfa_report(&f).queue, before);
}

#[test]
fn reports_page_hides_small_cells_and_checks_the_dates() {
    let f = fixture();
    let kaisa = f.app.visitor(Some(COORDINATOR));
    let page = f
        .app
        .get_as(&kaisa, "/org/reports?from=2026-11-01&to=2026-11-30");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("&lt; 5"), "Somali's 2 shows as < 5");
    assert!(page.body.contains("noin"), "the total beside it is rounded");
    assert!(!page.body.contains("GAMMA"));
    // The current month by default.
    let default = f.app.get_as(&kaisa, "/org/reports");
    assert!(default.body.contains("value=\"2026-11-01\""));
    assert!(default.body.contains("value=\"2026-11-30\""));
    let bad = f
        .app
        .get_as(&kaisa, "/org/reports?from=2026-13-01&to=2026-11-30");
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("VVVV-KK-PP"));
    let backwards = f
        .app
        .get_as(&kaisa, "/org/reports?from=2026-11-30&to=2026-11-01");
    assert_eq!(backwards.status, 422);
    assert!(backwards
        .body
        .contains("Loppupäivä ei voi olla ennen alkupäivää"));
}

/// The page's charts: each figure's caption and its drawing.
fn charts(body: &str) -> Vec<(String, String)> {
    body.split("<figure class=\"report-chart\">")
        .skip(1)
        .map(|figure| {
            let figure = &figure[..figure.find("</figure>").unwrap()];
            let caption = figure.split("<figcaption>").nth(1).unwrap();
            let caption = caption[..caption.find("</figcaption>").unwrap()].to_owned();
            let svg = &figure[figure.find("<svg").expect("a drawing")..];
            (caption, svg.to_owned())
        })
        .collect()
}

#[test]
fn reports_page_draws_charts_beside_their_tables_and_hides_small_cells_in_them() {
    let f = fixture();
    let kaisa = f.app.visitor(Some(COORDINATOR));
    let page = f
        .app
        .get_as(&kaisa, "/org/reports?from=2026-11-01&to=2026-11-30");
    let drawn = charts(&page.body);
    let captions: Vec<&str> = drawn.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(
        captions,
        [
            "Ohjauskerrat viikoittain",
            "Odotusajat",
            "Kysyntä ja tarjonta kielittäin"
        ],
        "one month: weeks, not months"
    );
    for (caption, _) in &drawn {
        assert!(
            page.body.contains(&format!("<caption>{caption}</caption>")),
            "{caption} has its table"
        );
    }
    let (_, demand) = &drawn[2];
    assert!(
        demand.contains("&lt; 5"),
        "Somali's 2 askers are hidden in the chart too"
    );
    // Two months: the months' chart too, and in Arabic the same charts in Arabic.
    let ar = f
        .app
        .get_as(&kaisa, "/org/reports?from=2026-10-01&to=2026-11-30&lang=ar");
    let drawn = charts(&ar.body);
    assert_eq!(drawn.len(), 4, "months, weeks, waits and demand");
    assert!(drawn[0].1.contains("نوفمبر"), "{}", drawn[0].1);
}

fn csv_rows(body: &str) -> Vec<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(body.as_bytes());
    reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn reports_csv_parses_hides_small_cells_guards_formulas_and_is_audited() {
    let f = fixture();
    diesel::update(sites::table.find(f.site))
        .set(sites::name.eq("=HYPERLINK(\"http://x\")"))
        .execute(&mut *f.app.db.get().unwrap())
        .unwrap();
    let kaisa = f.app.visitor(Some(COORDINATOR));
    assert_eq!(f.app.audit_count("report-exported"), 0);
    let reply = f.app.get_as(
        &kaisa,
        "/org/reports/people.csv?from=2026-11-01&to=2026-11-30",
    );
    assert_eq!(reply.status, 200);
    assert_eq!(f.app.audit_count("report-exported"), 1);
    let rows = csv_rows(&reply.body);
    assert_eq!(rows[0], ["Taulukko", "Rivi", "Mittari", "Arvo"]);
    assert!(rows.iter().all(|r| r.len() == 4));
    let somali = rows
        .iter()
        .find(|r| r[0] == "Ohjauskerrat kielittäin" && r[1].contains("Soomaali"))
        .expect("a row for Somali");
    assert_eq!(somali[3], "< 5");
    let finnish = rows
        .iter()
        .find(|r| r[0] == "Ohjauskerrat kielittäin" && r[1].contains("suomi"))
        .expect("a row for Finnish");
    assert_eq!(finnish[3], "7");
    let site = rows
        .iter()
        .find(|r| r[0] == "Ohjauskerrat paikoittain" && r[1] != "Yhteensä")
        .unwrap();
    assert_eq!(site[1], "'=HYPERLINK(\"http://x\")");
    assert!(!reply.body.contains('\u{2068}'));
    // Every report exports.
    for report in ["queue", "volunteers", "summary"] {
        let path = format!("/org/reports/{report}.csv?from=2026-11-01&to=2026-11-30");
        assert_eq!(f.app.get_as(&kaisa, &path).status, 200, "{report}");
    }
    assert_eq!(f.app.audit_count("report-exported"), 4);
    let bad = f
        .app
        .get_as(&kaisa, "/org/reports/people.csv?from=2026-11-31&to=x");
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("VVVV-KK-PP"));
    assert_eq!(
        f.app.audit_count("report-exported"),
        4,
        "nothing was exported"
    );
    assert_eq!(
        f.app
            .get_as(
                &kaisa,
                "/org/reports/secrets.csv?from=2026-11-01&to=2026-11-30"
            )
            .status,
        404
    );
}

#[test]
fn reports_are_scoped_to_the_organisation_and_admins_see_all() {
    let f = fixture();
    let volunteer = f.app.visitor(Some("vera@alfa.fi"));
    assert_eq!(f.app.get_as(&volunteer, "/org/reports").status, 403);
    assert_eq!(
        f.app
            .get_as(
                &volunteer,
                "/org/reports/people.csv?from=2026-11-01&to=2026-11-30"
            )
            .status,
        403
    );
    let olli = f.app.visitor(Some(OTHER));
    let theirs = f.app.get_as(
        &olli,
        "/org/reports/people.csv?from=2026-11-01&to=2026-11-30",
    );
    assert!(theirs.body.contains("GAMMA"));
    assert!(!theirs.body.contains("ALFA"));
    // Another organisation's site is not found.
    let path = format!("/org/reports?from=2026-11-01&to=2026-11-30&site={}", f.site);
    assert_eq!(f.app.get_as(&olli, &path).status, 404);
    let admin = f.app.visitor(Some(ADMIN));
    let all = f
        .app
        .get_as(&admin, "/org/reports?from=2026-11-01&to=2026-11-30");
    assert_eq!(all.status, 200);
    assert!(all.body.contains("ALFA") && all.body.contains("GAMMA"));
    assert!(all.body.contains("Alfa ry") && all.body.contains("Beta ry"));
    let one = f.app.get_as(
        &admin,
        &format!(
            "/org/reports/people.csv?from=2026-11-01&to=2026-11-30&organisation={}",
            f.beta
        ),
    );
    assert!(one.body.contains("GAMMA") && !one.body.contains("ALFA"));
    let site_only = f.app.get_as(
        &admin,
        &format!(
            "/org/reports/people.csv?from=2026-11-01&to=2026-11-30&organisation={}&site={}",
            f.beta, f.other_site
        ),
    );
    assert_eq!(site_only.status, 200);
}
