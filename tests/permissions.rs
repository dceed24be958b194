//! Who may use which route: a table with the expected answer of every route for every kind of
//! visitor. A route the app has but the table lacks fails the test, so no route ships unguarded.

use std::collections::BTreeSet;

use diesel::prelude::*;
use digikaveri::auth::resets;
use digikaveri::db::schema::{
    credentials, invitations, organisations, shifts, sites, tickets, training_modules,
};
use digikaveri::privacy::audit::Actor;
use digikaveri::shifts::calendar;
use digikaveri::{invitations as invites, organisations as orgs, volunteers};
use rocket::http::Method;

use crate::common::builders::TEST_PASSWORD;
use crate::common::{TestApp, Visitor, OTHER_COORDINATOR};

/// What a visitor should get back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    Ok,
    /// 303 to the sign-in page.
    SignIn,
    /// 303 somewhere else (a finished form, or a signed-in person leaving /login).
    Onward,
    Forbidden,
    NotFound,
    /// 422: the form came back with errors (the table posts empty forms).
    Invalid,
    /// 409: the request was understood but refused (checking in weeks before a shift).
    Conflict,
}
use Expect::*;

/// The visitors, in the order of the table's columns.
const ANONYMOUS: usize = 0;
const VOLUNTEER: usize = 1;
const COORDINATOR: usize = 2;
const ADMIN: usize = 3;
const OTHER_ORG: usize = 4;
const VISITORS: [&str; 5] = [
    "anonymous",
    "volunteer",
    "coordinator",
    "admin",
    "coordinator of another organisation",
];

/// (method, route as Rocket lists it, path to call, [anonymous, volunteer, coordinator, admin, other org])
type Row = (Method, &'static str, String, [Expect; 5]);

struct Fixture {
    app: TestApp,
    organisation: i32,
    applicant: i32,
    invitation: String,
    reset: String,
    join_code: String,
    /// A shift weeks ahead that the volunteer is not on, for signing up and withdrawing.
    open_shift: i32,
    /// Another one, which the coordinator cancels.
    cancel_shift: i32,
    /// Dmytro's calendar feed token (the table's volunteer, Amina, renews her own).
    feed_token: String,
    volunteer: i32,
    /// The address secret of a queue ticket at the drop-in centre.
    ticket: String,
    /// A training module of the demo organisation, and Amina's badge.
    module: i32,
    credential: i32,
    /// The drop-in centre's site, and a join link mailed to an applicant.
    site: i32,
    join_token: String,
    /// A group training Amina attended (Kaisa did not).
    training_session: i32,
}

fn fixture() -> Fixture {
    let app = TestApp::new();
    app.other_organisation();
    let mut conn = app.db.get().unwrap();
    let organisation: i32 = organisations::table
        .filter(organisations::slug.eq("espoo-demo"))
        .select(organisations::id)
        .first(&mut *conn)
        .unwrap();
    let kaisa = Actor {
        user_id: app.user_id("kaisa@demo.digikaveri.fi"),
        organisation_id: Some(organisation),
    };
    let applicant = app.user_id("abdi@demo.digikaveri.fi");
    let now = app.now();
    let invitation = invites::create(
        &mut conn,
        kaisa,
        organisation,
        "uusi@demo.digikaveri.fi",
        now,
    )
    .unwrap();
    let reset = resets::create(
        &mut conn,
        kaisa,
        organisation,
        app.user_id("dmytro@demo.digikaveri.fi"),
        now,
    )
    .unwrap();
    let join_code = orgs::join_code(&mut conn, organisation).unwrap().unwrap();
    let food_aid: Vec<i32> = shifts::table
        .inner_join(sites::table)
        .filter(sites::public_code.eq("LEPPA"))
        // The coming ones: the demo has past weeks too.
        .filter(shifts::starts_at.gt(now))
        .order(shifts::starts_at)
        .select(shifts::id)
        .load(&mut *conn)
        .unwrap();
    let feed_token = calendar::token(&mut conn, app.user_id("dmytro@demo.digikaveri.fi")).unwrap();
    let volunteer = app.user_id("amina@demo.digikaveri.fi");
    let ticket = "permissions-table-ticket-secret".to_owned();
    diesel::insert_into(tickets::table)
        .values((
            tickets::site_id.eq(sites::table
                .filter(sites::public_code.eq("OLARI"))
                .select(sites::id)
                .first::<i32>(&mut *conn)
                .unwrap()),
            tickets::day.eq(digikaveri::clock::today_in_finland(now)),
            tickets::number.eq(1),
            tickets::secret.eq(digikaveri::tokens::digest(&ticket)),
            tickets::first_language.eq("ar"),
            tickets::created_at.eq(now),
        ))
        .execute(&mut *conn)
        .unwrap();
    let module = training_modules::table
        .filter(training_modules::organisation_id.eq(organisation))
        .select(training_modules::id)
        .first(&mut *conn)
        .unwrap();
    let credential = credentials::table
        .filter(credentials::user_id.eq(app.user_id("amina@demo.digikaveri.fi")))
        .select(credentials::id)
        .first(&mut *conn)
        .unwrap();
    let site = sites::table
        .filter(sites::public_code.eq("OLARI"))
        .select(sites::id)
        .first(&mut *conn)
        .unwrap();
    let applicant_form = volunteers::Applicant {
        display_name: "Uusi Hakija",
        email: "hakija@example.org",
        password: TEST_PASSWORD,
        locale: "fi",
        phone: "",
    };
    let volunteers::JoinMail::Confirm { token: join_token } =
        volunteers::request_join(&mut conn, organisation, &applicant_form, "192.0.2.7", now)
            .unwrap()
    else {
        panic!("a new email gets a join link");
    };
    assert_eq!(
        invitations::table
            .count()
            .get_result::<i64>(&mut *conn)
            .unwrap(),
        1
    );
    let training_session = digikaveri::training::sessions::record(
        &mut conn,
        kaisa,
        organisation,
        &digikaveri::training::sessions::NewSession {
            module_id: module,
            held_on: digikaveri::clock::today_in_finland(now),
            trainer: "Outi Kouluttaja".into(),
            attendees: vec![volunteer],
        },
        now,
    )
    .unwrap();
    drop(conn);
    Fixture {
        app,
        organisation,
        applicant,
        invitation,
        reset,
        join_code,
        open_shift: food_aid[4],
        cancel_shift: food_aid[5],
        feed_token,
        volunteer,
        ticket,
        module,
        credential,
        site,
        join_token,
        training_session,
    }
}

fn table(f: &Fixture) -> Vec<Row> {
    let (org, applicant) = (f.organisation, f.applicant);
    let (open, cancel, volunteer) = (f.open_shift, f.cancel_shift, f.volunteer);
    let (module, credential, site) = (f.module, f.credential, f.site);
    vec![
        (Method::Get, "/", "/".into(), [Ok, Ok, Ok, Ok, Ok]),
        (
            Method::Get,
            "/healthz",
            "/healthz".into(),
            [Ok, Ok, Ok, Ok, Ok],
        ),
        (
            Method::Get,
            "/metrics",
            "/metrics".into(),
            [NotFound, NotFound, NotFound, NotFound, NotFound],
        ),
        (
            Method::Get,
            "/assets/<name>",
            digikaveri::web::assets::address("app.css").unwrap().into(),
            [Ok, Ok, Ok, Ok, Ok],
        ),
        (
            Method::Get,
            "/static/<path..>",
            "/static/app.css".into(),
            [Ok, Ok, Ok, Ok, Ok],
        ),
        (
            Method::Get,
            "/login?<next>",
            "/login".into(),
            [Ok, Onward, Onward, Onward, Onward],
        ),
        (
            Method::Post,
            "/login",
            "/login".into(),
            [Invalid, Invalid, Invalid, Invalid, Invalid],
        ),
        (
            Method::Post,
            "/logout",
            "/logout".into(),
            [SignIn, Onward, Onward, Onward, Onward],
        ),
        (
            Method::Get,
            "/reset/<token>",
            format!("/reset/{}", f.reset),
            [Ok, Ok, Ok, Ok, Ok],
        ),
        (
            Method::Post,
            "/reset/<token>",
            format!("/reset/{}", f.reset),
            [Invalid, Invalid, Invalid, Invalid, Invalid],
        ),
        (
            Method::Get,
            "/forgot",
            "/forgot".into(),
            [Ok, Ok, Ok, Ok, Ok],
        ),
        // No email given: the form comes back with its error.
        (
            Method::Post,
            "/forgot",
            "/forgot".into(),
            [Invalid, Invalid, Invalid, Invalid, Invalid],
        ),
        (
            Method::Get,
            "/dashboard",
            "/dashboard".into(),
            [SignIn, Ok, Ok, Ok, Ok],
        ),
        (
            Method::Get,
            "/account",
            "/account".into(),
            [SignIn, Ok, Ok, Ok, Ok],
        ),
        (
            Method::Post,
            "/account/profile",
            "/account/profile".into(),
            [SignIn, Invalid, Invalid, Invalid, Invalid],
        ),
        (
            Method::Post,
            "/account/password",
            "/account/password".into(),
            [SignIn, Invalid, Invalid, Invalid, Invalid],
        ),
        (
            Method::Post,
            "/account/delete",
            "/account/delete".into(),
            [SignIn, Invalid, Forbidden, Forbidden, Forbidden],
        ),
        (
            Method::Get,
            "/admin/organisations",
            "/admin/organisations".into(),
            [SignIn, Forbidden, Forbidden, Ok, Forbidden],
        ),
        (
            Method::Post,
            "/admin/organisations",
            "/admin/organisations".into(),
            [SignIn, Forbidden, Forbidden, Invalid, Forbidden],
        ),
        (
            Method::Post,
            "/admin/organisations/<id>/invitations",
            format!("/admin/organisations/{org}/invitations"),
            [SignIn, Forbidden, Forbidden, Invalid, Forbidden],
        ),
        (
            Method::Get,
            "/org/coordinators",
            "/org/coordinators".into(),
            [SignIn, Forbidden, Ok, Forbidden, Ok],
        ),
        (
            Method::Post,
            "/org/coordinators/invitations",
            "/org/coordinators/invitations".into(),
            [SignIn, Forbidden, Invalid, Forbidden, Invalid],
        ),
        (
            Method::Get,
            "/invitations/<token>",
            format!("/invitations/{}", f.invitation),
            [Ok, Ok, Ok, Ok, Ok],
        ),
        (
            Method::Post,
            "/invitations/<token>",
            format!("/invitations/{}", f.invitation),
            [Invalid, Invalid, Invalid, Invalid, Invalid],
        ),
        (
            Method::Get,
            "/join/<code>",
            format!("/join/{}", f.join_code),
            [Ok, Ok, Ok, Ok, Ok],
        ),
        (
            Method::Post,
            "/join/<code>",
            format!("/join/{}", f.join_code),
            [Invalid, Invalid, Invalid, Invalid, Invalid],
        ),
        (
            Method::Get,
            "/join/confirm/<token>",
            format!("/join/confirm/{}", f.join_token),
            [Ok, Ok, Ok, Ok, Ok],
        ),
        // A link nobody mailed is closed, for anyone.
        (
            Method::Post,
            "/join/confirm/<token>",
            "/join/confirm/not-a-mailed-link".into(),
            [NotFound, NotFound, NotFound, NotFound, NotFound],
        ),
        (
            Method::Get,
            "/org/volunteers",
            "/org/volunteers".into(),
            [SignIn, Forbidden, Ok, Forbidden, Ok],
        ),
        // The other organisation's coordinator is refused before the owner approves.
        (
            Method::Post,
            "/org/volunteers/<id>/approve",
            format!("/org/volunteers/{applicant}/approve"),
            [SignIn, Forbidden, Onward, Forbidden, NotFound],
        ),
        (
            Method::Post,
            "/org/volunteers/<id>/reset-link",
            format!("/org/volunteers/{applicant}/reset-link"),
            [SignIn, Forbidden, Ok, Forbidden, NotFound],
        ),
        (
            Method::Get,
            "/org/volunteers/<id>",
            format!("/org/volunteers/{applicant}"),
            [SignIn, Forbidden, Ok, Forbidden, NotFound],
        ),
        (
            Method::Post,
            "/org/volunteers/<id>/status",
            format!("/org/volunteers/{applicant}/status"),
            [SignIn, Forbidden, Invalid, Forbidden, NotFound],
        ),
        (
            Method::Post,
            "/org/volunteers/<id>/training",
            format!("/org/volunteers/{applicant}/training"),
            [SignIn, Forbidden, Invalid, Forbidden, NotFound],
        ),
        (
            Method::Get,
            "/org/training",
            "/org/training".into(),
            [SignIn, Forbidden, Ok, Forbidden, Ok],
        ),
        (
            Method::Post,
            "/org/training",
            "/org/training".into(),
            [SignIn, Forbidden, Invalid, Forbidden, Invalid],
        ),
        (
            Method::Post,
            "/org/training/<id>/required",
            format!("/org/training/{module}/required"),
            [SignIn, Forbidden, Onward, Forbidden, NotFound],
        ),
        // Group trainings: coordinators record them; the attendees (volunteers and
        // coordinators) rate them, and nobody else reaches a session.
        (
            Method::Get,
            "/org/training/sessions/new",
            "/org/training/sessions/new".into(),
            [SignIn, Forbidden, Ok, Forbidden, Ok],
        ),
        (
            Method::Post,
            "/org/training/sessions",
            "/org/training/sessions".into(),
            [SignIn, Forbidden, Invalid, Forbidden, Invalid],
        ),
        (
            Method::Get,
            "/trainings",
            "/trainings".into(),
            [SignIn, Ok, Ok, Forbidden, Ok],
        ),
        (
            Method::Get,
            "/trainings/<id>/rate",
            format!("/trainings/{}/rate", f.training_session),
            [SignIn, Ok, NotFound, Forbidden, NotFound],
        ),
        (
            Method::Post,
            "/trainings/<id>/rate",
            format!("/trainings/{}/rate", f.training_session),
            [SignIn, Invalid, NotFound, Forbidden, NotFound],
        ),
        (
            Method::Get,
            "/volunteer/profile",
            "/volunteer/profile".into(),
            [SignIn, Ok, Forbidden, Forbidden, Forbidden],
        ),
        (
            Method::Post,
            "/volunteer/profile",
            "/volunteer/profile".into(),
            [SignIn, Invalid, Forbidden, Forbidden, Forbidden],
        ),
        (
            Method::Post,
            "/volunteer/profile/credentials",
            "/volunteer/profile/credentials".into(),
            [SignIn, Invalid, Forbidden, Forbidden, Forbidden],
        ),
        (
            Method::Post,
            "/volunteer/profile/credentials/<id>/delete",
            format!("/volunteer/profile/credentials/{credential}/delete"),
            [SignIn, Onward, Forbidden, Forbidden, Forbidden],
        ),
        (
            Method::Post,
            "/org/join-link",
            "/org/join-link".into(),
            [SignIn, Forbidden, Onward, Forbidden, Onward],
        ),
        (
            Method::Get,
            "/org/audit",
            "/org/audit".into(),
            [SignIn, Forbidden, Ok, Forbidden, Ok],
        ),
        (
            Method::Get,
            "/account/export.json",
            "/account/export.json".into(),
            [SignIn, Ok, Ok, Ok, Ok],
        ),
        (
            Method::Get,
            "/account/data",
            "/account/data".into(),
            [SignIn, Ok, Ok, Ok, Ok],
        ),
        (
            Method::Get,
            "/privacy",
            "/privacy".into(),
            [Ok, Ok, Ok, Ok, Ok],
        ),
        (
            Method::Get,
            "/org/retention",
            "/org/retention".into(),
            [SignIn, Forbidden, Ok, Forbidden, Ok],
        ),
        (
            Method::Post,
            "/account/keep",
            "/account/keep".into(),
            [SignIn, Onward, Forbidden, Forbidden, Forbidden],
        ),
        (
            Method::Get,
            "/admin/audit",
            "/admin/audit".into(),
            [SignIn, Forbidden, Forbidden, Ok, Forbidden],
        ),
        (
            Method::Get,
            "/account/reminders",
            "/account/reminders".into(),
            [SignIn, Ok, Forbidden, Forbidden, Forbidden],
        ),
        (
            Method::Post,
            "/account/reminders",
            "/account/reminders".into(),
            [SignIn, Onward, Forbidden, Forbidden, Forbidden],
        ),
        (
            Method::Get,
            "/admin/mail",
            "/admin/mail".into(),
            [SignIn, Forbidden, Forbidden, Ok, Forbidden],
        ),
        (
            Method::Post,
            "/admin/mail/<id>/retry",
            "/admin/mail/999999/retry".into(),
            [SignIn, Forbidden, Forbidden, NotFound, Forbidden],
        ),
        (
            Method::Get,
            "/org/reports?<query..>",
            "/org/reports".into(),
            [SignIn, Forbidden, Ok, Ok, Ok],
        ),
        (
            Method::Get,
            "/org/reports/<file>?<query..>",
            "/org/reports/people.csv?from=2026-11-01&to=2026-11-30".into(),
            [SignIn, Forbidden, Ok, Ok, Ok],
        ),
        (
            Method::Get,
            "/org/sites",
            "/org/sites".into(),
            [SignIn, Forbidden, Ok, Forbidden, Ok],
        ),
        (
            Method::Get,
            "/org/sites/new",
            "/org/sites/new".into(),
            [SignIn, Forbidden, Ok, Forbidden, Ok],
        ),
        (
            Method::Post,
            "/org/sites",
            "/org/sites".into(),
            [SignIn, Forbidden, Invalid, Forbidden, Invalid],
        ),
        (
            Method::Get,
            "/org/sites/<id>",
            format!("/org/sites/{site}"),
            [SignIn, Forbidden, Ok, Forbidden, NotFound],
        ),
        // An empty form for another organisation's site: the site is not found first.
        (
            Method::Post,
            "/org/sites/<id>",
            format!("/org/sites/{site}"),
            [SignIn, Forbidden, Invalid, Forbidden, NotFound],
        ),
        (
            Method::Get,
            "/org/sites/<id>/close",
            format!("/org/sites/{site}/close"),
            [SignIn, Forbidden, Ok, Forbidden, NotFound],
        ),
        // Reopening an open site changes nothing and says so as done.
        (
            Method::Post,
            "/org/sites/<id>/<action>",
            format!("/org/sites/{site}/reopen"),
            [SignIn, Forbidden, Onward, Forbidden, NotFound],
        ),
        (
            Method::Post,
            "/org/sites/<id>/<action>",
            format!("/org/sites/{site}/demolish"),
            [SignIn, Forbidden, NotFound, Forbidden, NotFound],
        ),
        (
            Method::Get,
            "/org/today",
            "/org/today".into(),
            [SignIn, Forbidden, Ok, Forbidden, Ok],
        ),
        (
            Method::Get,
            "/help?<language>&<topic>",
            "/help?language=ar".into(),
            [Ok, Ok, Ok, Ok, Ok],
        ),
        (
            Method::Get,
            "/places?<q>",
            "/places?q=olari".into(),
            [Ok, Ok, Ok, Ok, Ok],
        ),
        (
            Method::Get,
            "/org/shifts?<week>",
            "/org/shifts".into(),
            [SignIn, Forbidden, Ok, Forbidden, Ok],
        ),
        (
            Method::Get,
            "/org/shifts/new",
            "/org/shifts/new".into(),
            [SignIn, Forbidden, Ok, Forbidden, Ok],
        ),
        (
            Method::Post,
            "/org/shifts",
            "/org/shifts".into(),
            [SignIn, Forbidden, Invalid, Forbidden, Invalid],
        ),
        (
            Method::Get,
            "/org/shifts/<id>/edit",
            format!("/org/shifts/{cancel}/edit"),
            [SignIn, Forbidden, Ok, Forbidden, NotFound],
        ),
        (
            Method::Post,
            "/org/shifts/<id>",
            format!("/org/shifts/{cancel}"),
            [SignIn, Forbidden, Invalid, Forbidden, NotFound],
        ),
        (
            Method::Get,
            "/org/shifts/<id>/cancel",
            format!("/org/shifts/{cancel}/cancel"),
            [SignIn, Forbidden, Ok, Forbidden, NotFound],
        ),
        (
            Method::Post,
            "/org/shifts/<id>/cancel",
            format!("/org/shifts/{cancel}/cancel"),
            [SignIn, Forbidden, Onward, Forbidden, NotFound],
        ),
        // No attendance value is a tampered form (422) before anything is looked up.
        (
            Method::Post,
            "/org/shifts/<id>/attendance/<volunteer>",
            format!("/org/shifts/{open}/attendance/{volunteer}"),
            [SignIn, Forbidden, Invalid, Forbidden, Invalid],
        ),
        (
            Method::Post,
            "/org/settings/withdraw-limit",
            "/org/settings/withdraw-limit".into(),
            [SignIn, Forbidden, Invalid, Forbidden, Invalid],
        ),
        (
            Method::Get,
            "/shifts",
            "/shifts".into(),
            [SignIn, Ok, Forbidden, Forbidden, Forbidden],
        ),
        (
            Method::Post,
            "/shifts/<id>/<action>",
            format!("/shifts/{open}/sign-up"),
            [SignIn, Onward, Forbidden, Forbidden, Forbidden],
        ),
        // Weeks before the shift: check-in is not open, and there is nothing to check out of.
        (
            Method::Post,
            "/shifts/<id>/<action>",
            format!("/shifts/{open}/check-in"),
            [SignIn, Conflict, Forbidden, Forbidden, Forbidden],
        ),
        (
            Method::Post,
            "/shifts/<id>/check-out",
            format!("/shifts/{open}/check-out"),
            [SignIn, Conflict, Forbidden, Forbidden, Forbidden],
        ),
        (
            Method::Post,
            "/shifts/<id>/<action>",
            format!("/shifts/{open}/withdraw"),
            [SignIn, Onward, Forbidden, Forbidden, Forbidden],
        ),
        (
            Method::Post,
            "/shifts/notices/read",
            "/shifts/notices/read".into(),
            [SignIn, Onward, Forbidden, Forbidden, Forbidden],
        ),
        (
            Method::Post,
            "/shifts/calendar-link",
            "/shifts/calendar-link".into(),
            [SignIn, Onward, Forbidden, Forbidden, Forbidden],
        ),
        (
            Method::Get,
            "/s/<code>",
            "/s/OLARI".into(),
            [Ok, Ok, Ok, Ok, Ok],
        ),
        // Nothing chosen: the form comes back with its errors, for anyone.
        (
            Method::Post,
            "/s/<code>",
            "/s/OLARI".into(),
            [Invalid, Invalid, Invalid, Invalid, Invalid],
        ),
        (
            Method::Get,
            "/s/<code>/poster",
            "/s/OLARI/poster".into(),
            [Ok, Ok, Ok, Ok, Ok],
        ),
        (
            Method::Get,
            "/t/<secret>",
            format!("/t/{}", f.ticket),
            [Ok, Ok, Ok, Ok, Ok],
        ),
        // Anyone holding the address is asked before leaving; the other organisation's
        // coordinator, first to visit, leaves, and after that the page goes back to the number.
        (
            Method::Get,
            "/t/<secret>/leave",
            format!("/t/{}/leave", f.ticket),
            [Onward, Onward, Onward, Onward, Ok],
        ),
        // The holder of the address may leave (again: the answer says it is no longer waiting).
        (
            Method::Post,
            "/t/<secret>/leave",
            format!("/t/{}/leave", f.ticket),
            [Onward, Onward, Onward, Onward, Onward],
        ),
        (
            Method::Get,
            "/org/queue/<code>",
            "/org/queue/OLARI".into(),
            [SignIn, Forbidden, Ok, Forbidden, NotFound],
        ),
        // Nothing to match in an empty form: the coordinator is told it could not be matched.
        (
            Method::Post,
            "/org/queue/<code>/match",
            "/org/queue/OLARI/match".into(),
            [SignIn, Forbidden, Onward, Forbidden, NotFound],
        ),
        // No reason chosen: a tampered form (422) for the owner; another organisation's site
        // is not found.
        (
            Method::Post,
            "/org/queue/<code>/unserved",
            "/org/queue/OLARI/unserved".into(),
            [SignIn, Forbidden, Invalid, Forbidden, NotFound],
        ),
        // Nothing to undo or seat in an empty form: the board says so.
        (
            Method::Post,
            "/org/queue/<code>/unserved/undo",
            "/org/queue/OLARI/unserved/undo".into(),
            [SignIn, Forbidden, Onward, Forbidden, NotFound],
        ),
        (
            Method::Post,
            "/org/queue/<code>/seat",
            "/org/queue/OLARI/seat".into(),
            [SignIn, Forbidden, Onward, Forbidden, NotFound],
        ),
        (
            Method::Post,
            "/org/queue/<code>/pause",
            "/org/queue/OLARI/pause".into(),
            [SignIn, Forbidden, Onward, Forbidden, NotFound],
        ),
        (
            Method::Post,
            "/org/queue/<code>/auto",
            "/org/queue/OLARI/auto".into(),
            [SignIn, Forbidden, Onward, Forbidden, NotFound],
        ),
        // No minutes given: a tampered form (422) before anything is looked up.
        (
            Method::Post,
            "/org/queue/<code>/remove",
            "/org/queue/OLARI/remove".into(),
            [SignIn, Forbidden, Invalid, Forbidden, Invalid],
        ),
        (
            Method::Post,
            "/org/settings/volunteer-matching",
            "/org/settings/volunteer-matching".into(),
            [SignIn, Forbidden, Onward, Forbidden, Onward],
        ),
        (
            Method::Get,
            "/org/queue/<code>/events",
            "/org/queue/OLARI/events".into(),
            [SignIn, Forbidden, Ok, Forbidden, NotFound],
        ),
        (
            Method::Get,
            "/t/<secret>/events",
            format!("/t/{}/events", f.ticket),
            [Ok, Ok, Ok, Ok, Ok],
        ),
        (
            Method::Get,
            "/duty",
            "/duty".into(),
            [SignIn, Ok, Forbidden, Forbidden, Forbidden],
        ),
        // Amina is not on duty: her own duty page, and no stream to follow.
        (
            Method::Get,
            "/duty/board",
            "/duty/board".into(),
            [SignIn, Onward, Forbidden, Forbidden, Forbidden],
        ),
        (
            Method::Get,
            "/duty/events",
            "/duty/events".into(),
            [SignIn, NotFound, Forbidden, Forbidden, Forbidden],
        ),
        // Amina is matched with nobody: there is no such help of hers to start or finish.
        (
            Method::Post,
            "/duty/<ticket>/start",
            "/duty/1/start".into(),
            [SignIn, NotFound, Forbidden, Forbidden, Forbidden],
        ),
        (
            Method::Post,
            "/duty/<ticket>/finish",
            "/duty/1/finish".into(),
            [SignIn, NotFound, Forbidden, Forbidden, Forbidden],
        ),
        // Help sessions: Amina has no finished help to record and is checked in nowhere.
        (
            Method::Get,
            "/duty/<ticket>/record",
            "/duty/1/record".into(),
            [SignIn, NotFound, Forbidden, Forbidden, Forbidden],
        ),
        (
            Method::Post,
            "/duty/<ticket>/record",
            "/duty/1/record".into(),
            [SignIn, NotFound, Forbidden, Forbidden, Forbidden],
        ),
        (
            Method::Get,
            "/duty/record",
            "/duty/record".into(),
            [SignIn, Ok, Forbidden, Forbidden, Forbidden],
        ),
        (
            Method::Post,
            "/duty/record",
            "/duty/record".into(),
            [SignIn, Invalid, Forbidden, Forbidden, Forbidden],
        ),
        (
            Method::Get,
            "/volunteer/sessions",
            "/volunteer/sessions".into(),
            [SignIn, Ok, Forbidden, Forbidden, Forbidden],
        ),
        // Session 1 is the demo's first of Amina's past weeks, recorded at the seed (so
        // still hers to change; sent empty, the form comes back with its errors). She has
        // no finished help whose person could answer on her phone.
        (
            Method::Get,
            "/volunteer/sessions/<id>/edit",
            "/volunteer/sessions/1/edit".into(),
            [SignIn, Ok, Forbidden, Forbidden, Forbidden],
        ),
        (
            Method::Post,
            "/volunteer/sessions/<id>/edit",
            "/volunteer/sessions/1/edit".into(),
            [SignIn, Invalid, Forbidden, Forbidden, Forbidden],
        ),
        (
            Method::Get,
            "/duty/<ticket>/feedback?<in>",
            "/duty/1/feedback".into(),
            [SignIn, NotFound, Forbidden, Forbidden, Forbidden],
        ),
        // The answers sent empty: a form no page makes.
        (
            Method::Post,
            "/duty/<ticket>/feedback",
            "/duty/1/feedback".into(),
            [SignIn, Invalid, Forbidden, Forbidden, Forbidden],
        ),
        (
            Method::Get,
            "/org/sessions/<id>/edit",
            "/org/sessions/1/edit".into(),
            [SignIn, Forbidden, Ok, Forbidden, NotFound],
        ),
        (
            Method::Post,
            "/org/sessions/<id>/edit",
            "/org/sessions/1/edit".into(),
            [SignIn, Forbidden, Invalid, Forbidden, NotFound],
        ),
        (
            Method::Post,
            "/org/sessions/reminders/<id>/done",
            "/org/sessions/reminders/1/done".into(),
            [SignIn, Forbidden, NotFound, Forbidden, NotFound],
        ),
        (
            Method::Get,
            "/org/sessions?<site>&<day>",
            "/org/sessions".into(),
            [SignIn, Forbidden, Ok, Forbidden, Ok],
        ),
        (
            Method::Get,
            "/org/sessions/follow-up",
            "/org/sessions/follow-up".into(),
            [SignIn, Forbidden, Ok, Forbidden, Ok],
        ),
        (
            Method::Post,
            "/org/sessions/<id>/followed-up",
            "/org/sessions/1/followed-up".into(),
            [SignIn, Forbidden, NotFound, Forbidden, NotFound],
        ),
        // Everyone signed in has a growth page and assesses themselves (staff grow too);
        // a screen sent empty comes back with its errors.
        (
            Method::Get,
            "/growth",
            "/growth".into(),
            [SignIn, Ok, Ok, Ok, Ok],
        ),
        (
            Method::Get,
            "/growth/assess/<key>",
            "/growth/assess/1".into(),
            [SignIn, Ok, Ok, Ok, Ok],
        ),
        (
            Method::Post,
            "/growth/assess/<key>",
            "/growth/assess/1".into(),
            [SignIn, Invalid, Invalid, Invalid, Invalid],
        ),
        (
            Method::Get,
            "/org/volunteers/<id>/observe",
            format!("/org/volunteers/{}/observe", f.volunteer),
            [SignIn, Forbidden, Ok, Forbidden, NotFound],
        ),
        (
            Method::Post,
            "/org/volunteers/<id>/observe",
            format!("/org/volunteers/{}/observe", f.volunteer),
            [SignIn, Forbidden, Invalid, Forbidden, NotFound],
        ),
        (
            Method::Get,
            "/org/volunteers/<id>/levels",
            format!("/org/volunteers/{}/levels", f.volunteer),
            [SignIn, Forbidden, Ok, Forbidden, NotFound],
        ),
        // No self-assessment of hers exists yet to confirm.
        (
            Method::Post,
            "/org/volunteers/<id>/levels/<assessment>/confirm",
            format!("/org/volunteers/{}/levels/999999/confirm", f.volunteer),
            [SignIn, Forbidden, NotFound, Forbidden, NotFound],
        ),
        // Proofs of experience: everyone with an organisation composes their own (sent empty,
        // the form's errors); there are none yet to show, withdraw, confirm or verify.
        (
            Method::Get,
            "/growth/proofs",
            "/growth/proofs".into(),
            [SignIn, Ok, Ok, Ok, Ok],
        ),
        (
            Method::Post,
            "/growth/proofs",
            "/growth/proofs".into(),
            [SignIn, Invalid, Invalid, Invalid, Invalid],
        ),
        (
            Method::Get,
            "/growth/proofs/<id>",
            "/growth/proofs/1".into(),
            [SignIn, NotFound, NotFound, NotFound, NotFound],
        ),
        (
            Method::Post,
            "/growth/proofs/<id>/withdraw",
            "/growth/proofs/1/withdraw".into(),
            [SignIn, NotFound, NotFound, NotFound, NotFound],
        ),
        (
            Method::Get,
            "/growth/proofs/<id>/pdf",
            "/growth/proofs/1/pdf".into(),
            [SignIn, NotFound, NotFound, NotFound, NotFound],
        ),
        (
            Method::Get,
            "/verify/<code>",
            "/verify/AAAA-BBBB-CCCC".into(),
            [NotFound, NotFound, NotFound, NotFound, NotFound],
        ),
        (
            Method::Get,
            "/verify/<code>/pdf",
            "/verify/AAAA-BBBB-CCCC/pdf".into(),
            [NotFound, NotFound, NotFound, NotFound, NotFound],
        ),
        (
            Method::Get,
            "/org/proofs",
            "/org/proofs".into(),
            [SignIn, Forbidden, Ok, Forbidden, Ok],
        ),
        (
            Method::Get,
            "/org/proofs/<id>",
            "/org/proofs/1".into(),
            [SignIn, Forbidden, NotFound, Forbidden, NotFound],
        ),
        (
            Method::Post,
            "/org/proofs/<id>/sign",
            "/org/proofs/1/sign".into(),
            [SignIn, Forbidden, NotFound, Forbidden, NotFound],
        ),
        // The form of the person's answers, sent empty: a form no page makes.
        (
            Method::Post,
            "/t/<secret>/feedback",
            format!("/t/{}/feedback", f.ticket),
            [Invalid, Invalid, Invalid, Invalid, Invalid],
        ),
        (
            Method::Get,
            "/calendar/<token>/shifts.ics",
            format!("/calendar/{}/shifts.ics", f.feed_token),
            [Ok, Ok, Ok, Ok, Ok],
        ),
    ]
}

fn matches(expect: Expect, status: u16, location: Option<&str>) -> bool {
    let to_sign_in = location.is_some_and(|l| l.starts_with("/login"));
    match expect {
        Ok => status == 200,
        SignIn => status == 303 && to_sign_in,
        Onward => status == 303 && !to_sign_in,
        Forbidden => status == 403,
        NotFound => status == 404,
        Invalid => status == 422,
        Conflict => status == 409,
    }
}

#[test]
fn every_route_answers_each_kind_of_visitor_as_the_table_says() {
    let f = fixture();
    let emails = [
        None,
        Some("amina@demo.digikaveri.fi"),
        Some("kaisa@demo.digikaveri.fi"),
        Some("admin@demo.digikaveri.fi"),
        Some(OTHER_COORDINATOR),
    ];
    let rows = table(&f);
    let mut failures = Vec::new();
    // Column by column from the other organisation backwards, so the owner's approval comes
    // after the stranger's refusal.
    for visitor in [OTHER_ORG, ANONYMOUS, VOLUNTEER, ADMIN, COORDINATOR] {
        for (method, _, path, expected) in &rows {
            // A fresh session for each request: signing out or deleting must not leak.
            let who: Visitor = f.app.visitor(emails[visitor]);
            let reply = f.app.request(&who, *method, path, &[]);
            let expect = expected[visitor];
            if !matches(expect, reply.status, reply.location.as_deref()) {
                failures.push(format!(
                    "{method} {path} as {}: expected {expect:?}, got {} {:?}",
                    VISITORS[visitor], reply.status, reply.location
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_table_names_every_route_of_the_app() {
    let f = fixture();
    let listed: BTreeSet<(String, String)> = table(&f)
        .iter()
        .map(|(m, route, _, _)| (m.to_string(), route.to_string()))
        .collect();
    let mounted: BTreeSet<(String, String)> = f
        .app
        .client
        .rocket()
        .routes()
        .map(|r| (r.method.to_string(), r.uri.to_string()))
        .collect();
    let unguarded: Vec<_> = mounted.difference(&listed).collect();
    assert!(
        unguarded.is_empty(),
        "routes missing from the permission table: {unguarded:?}"
    );
    let stale: Vec<_> = listed.difference(&mounted).collect();
    assert!(
        stale.is_empty(),
        "table rows for routes that do not exist: {stale:?}"
    );
}

#[test]
fn a_coordinator_sees_only_their_own_organisation() {
    let f = fixture();
    let olli = f.app.visitor(Some(OTHER_COORDINATOR));
    let volunteers = f.app.get_as(&olli, "/org/volunteers");
    assert_eq!(volunteers.status, 200);
    for name in ["Amina", "Abdi", "amina@demo.digikaveri.fi"] {
        assert!(
            !volunteers.body.contains(name),
            "{name} leaked to another organisation"
        );
    }
    let coordinators = f.app.get_as(&olli, "/org/coordinators");
    assert!(coordinators.body.contains("Olli"));
    assert!(!coordinators.body.contains("Kaisa"));
    assert!(
        !coordinators.body.contains("uusi@demo.digikaveri.fi"),
        "another organisation's invitation"
    );
    let amina = f.app.user_id("amina@demo.digikaveri.fi");
    let page = f.app.get_as(&olli, &format!("/org/volunteers/{amina}"));
    assert_eq!(page.status, 404);
    assert!(!page.body.contains("Amina"));
    let audit = f.app.get_as(&olli, "/org/audit");
    assert!(
        !audit.body.contains("Kaisa"),
        "another organisation's events"
    );
}
