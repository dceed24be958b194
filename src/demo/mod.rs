//! Demo data for a first start: one organisation with a drop-in centre and a food-aid site,
//! an administrator, a coordinator and four volunteers in different stages, with their
//! languages, topics, trainings and a badge, and six past weeks of shifts and recorded help
//! (`past.rs`). README lists the sign-ins. Everything is placed
//! relative to the instant it is seeded at, so the demo always has a shift on now.

mod past;

use chrono::{Datelike, Duration, NaiveDateTime, NaiveTime, Weekday};
use diesel::prelude::*;

use crate::clock::today_in_finland;
use crate::db::schema::shift_signups;
use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::languages::{self, Level};
use crate::organisations;
use crate::privacy::audit::Actor;
use crate::shifts::{self, signups, ShiftPlan};
use crate::sites::{self, SiteDraft, SiteKind};
use crate::staff_texts::Translations;
use crate::topics::{self, Stance};
use crate::training::{self, credentials, credentials::NewCredential};
use crate::users::{self, NewUser, Role, Status};
use crate::volunteers::profile::{self, Skills};

/// Every demo account shares this password; it is printed in README, so never seed demo data
/// into a production database.
pub const DEMO_PASSWORD: &str = "digikaveri-demo";

/// (email, display name, role, status, interface language)
pub const DEMO_PEOPLE: [(&str, &str, Role, Status, &str); 6] = [
    (
        "admin@demo.digikaveri.fi",
        "Ylläpitäjä",
        Role::Admin,
        Status::Active,
        "fi",
    ),
    (
        "kaisa@demo.digikaveri.fi",
        "Kaisa Koordinaattori",
        Role::Coordinator,
        Status::Active,
        "fi",
    ),
    (
        "amina@demo.digikaveri.fi",
        "Amina",
        Role::Volunteer,
        Status::Active,
        "ar",
    ),
    (
        "dmytro@demo.digikaveri.fi",
        "Dmytro",
        Role::Volunteer,
        Status::Active,
        "uk",
    ),
    (
        "farah@demo.digikaveri.fi",
        "Farah",
        Role::Volunteer,
        Status::InTraining,
        "fa",
    ),
    (
        "abdi@demo.digikaveri.fi",
        "Abdi",
        Role::Volunteer,
        Status::Applicant,
        "so",
    ),
];

/// What each demo volunteer knows: (email, [(language, level)], [(topic, stance)], seed keys
/// of the trainings they have completed).
type DemoSkills = (
    &'static str,
    &'static [(&'static str, Level)],
    &'static [(&'static str, Stance)],
    &'static [&'static str],
);

const ALL_REQUIRED: &[&str] = &["role", "ethics", "data-protection"];

const DEMO_SKILLS: [DemoSkills; 4] = [
    (
        "amina@demo.digikaveri.fi",
        &[
            ("ar", Level::Native),
            ("fi", Level::Fluent),
            ("en", Level::Fluent),
        ],
        &[
            ("kela", Stance::Confident),
            ("migri", Stance::Confident),
            ("omakanta", Stance::Confident),
            ("banking", Stance::Learning),
        ],
        ALL_REQUIRED,
    ),
    (
        "dmytro@demo.digikaveri.fi",
        &[
            ("uk", Level::Native),
            ("ru", Level::Native),
            ("fi", Level::Basic),
            ("en", Level::Fluent),
        ],
        &[
            ("smartphone-basics", Stance::Confident),
            ("email", Stance::Confident),
            ("jobmarket", Stance::Confident),
            ("tax", Stance::Learning),
        ],
        ALL_REQUIRED,
    ),
    (
        "farah@demo.digikaveri.fi",
        &[
            ("fa", Level::Native),
            ("prs", Level::Fluent),
            ("sv", Level::Basic),
        ],
        &[],
        &["role", "ethics"],
    ),
    (
        "abdi@demo.digikaveri.fi",
        &[
            ("so", Level::Native),
            ("fi", Level::Fluent),
            ("en", Level::Basic),
        ],
        &[],
        &[],
    ),
];

/// Seeds the demo as of `now` when the database has no organisation yet; says whether it did.
pub fn seed_if_empty(conn: &mut DbConn, now: NaiveDateTime) -> Result<bool, Error> {
    write_tx(conn, |conn| {
        if organisations::count(conn)? > 0 {
            return Ok(false);
        }
        seed(conn, now)?;
        Ok(true)
    })
}

fn seed(conn: &mut DbConn, now: NaiveDateTime) -> Result<(), Error> {
    let organisation = organisations::create(conn, "Digikaverit Espoo (demo)", "espoo-demo", now)?;
    let mut people = Vec::new();
    for (email, display_name, role, status, locale) in DEMO_PEOPLE {
        let id = users::create(
            conn,
            &NewUser {
                organisation_id: (role != Role::Admin).then_some(organisation.id),
                role,
                status,
                phone: None,
                email,
                display_name,
                password: DEMO_PASSWORD,
                locale,
            },
            now,
        )?;
        people.push((email, id));
    }
    let kaisa = Actor {
        user_id: id_of(&people, "kaisa@demo.digikaveri.fi")?,
        organisation_id: Some(organisation.id),
    };
    let mut site_ids = Vec::new();
    for draft in demo_sites() {
        let id = sites::add(conn, kaisa, organisation.id, &draft, now)?
            .map_err(|_| unknown(&draft.public_code))?;
        site_ids.push(id);
    }
    seed_volunteers(conn, organisation.id, &people, now)?;
    seed_shifts(
        conn,
        organisation.id,
        &site_ids,
        kaisa.user_id,
        &people,
        now,
    )?;
    seed_shift_on_now(
        conn,
        organisation.id,
        site_ids[0],
        kaisa.user_id,
        &people,
        now,
    )?;
    past::seed_past_work(conn, organisation.id, &site_ids, kaisa, &people, now)
}

/// A drop-in centre with two tables and a food-aid site with one, their notes in Finnish and
/// English.
fn demo_sites() -> [SiteDraft; 2] {
    let notes = |fi: &str, en: &str| {
        Translations::new([
            ("fi".to_owned(), fi.to_owned()),
            ("en".to_owned(), en.to_owned()),
        ])
    };
    [
        SiteDraft {
            name: "Olarin kohtaamispaikka".into(),
            kind: Some(SiteKind::DropIn),
            address: "Esimerkkikatu 1, 02200 Espoo".into(),
            public_code: "OLARI".into(),
            opening: notes(
                "Avoinna tiistaisin ja torstaisin klo 10–14. Digikaverit istuvat ikkunan vieressä.",
                "Open on Tuesdays and Thursdays 10–14. The digikaverit sit by the window.",
            ),
            access: notes(
                "Esteetön sisäänkäynti pihan puolelta.",
                "Step-free entrance from the yard.",
            ),
            tables: vec!["1".into(), "2".into()],
        },
        SiteDraft {
            name: "Leppävaaran ruoka-apu".into(),
            kind: Some(SiteKind::FoodAid),
            address: "Mallitie 5, 02600 Espoo".into(),
            public_code: "LEPPA".into(),
            opening: notes(
                "Ruokakassit torstaisin klo 13–16. Kysy ovella digikaverin pöytää.",
                "Food bags on Thursdays 13–16. Ask for the digikaveri table at the door.",
            ),
            access: Translations::default(),
            tables: vec!["1".into()],
        },
    ]
}

/// A shift on now at the drop-in centre with Dmytro checked in, so that the queue (`/s/OLARI`)
/// takes numbers on a first start.
fn seed_shift_on_now(
    conn: &mut DbConn,
    organisation_id: i32,
    site_id: i32,
    coordinator: i32,
    people: &[(&str, i32)],
    now: NaiveDateTime,
) -> Result<(), Error> {
    let start = now - Duration::minutes(30);
    let plan = ShiftPlan {
        site_id,
        times: vec![(start, start + Duration::hours(4))],
        places: 2,
        languages: vec!["uk".to_owned()],
        notes: Translations::default(),
    };
    let ids = shifts::create(conn, organisation_id, &plan, coordinator, now)?;
    let shift = *ids.first().ok_or_else(|| unknown("the shift on now"))?;
    // Signing up closes when a shift starts, so the demo puts Dmytro on it directly.
    diesel::insert_into(shift_signups::table)
        .values((
            shift_signups::shift_id.eq(shift),
            shift_signups::user_id.eq(id_of(people, "dmytro@demo.digikaveri.fi")?),
            shift_signups::state.eq(signups::State::Confirmed.as_str()),
            shift_signups::queued_at.eq(start),
            shift_signups::checked_in_at.eq(start),
        ))
        .execute(conn)?;
    Ok(())
}

/// Weekly series for the next eight weeks at both sites, with Amina and Dmytro on the first
/// ones, so the week board, the volunteers' pages and the public page have something to show.
fn seed_shifts(
    conn: &mut DbConn,
    organisation_id: i32,
    site_ids: &[i32],
    coordinator: i32,
    people: &[(&str, i32)],
    now: NaiveDateTime,
) -> Result<(), Error> {
    let today = today_in_finland(now);
    let series = [
        (site_ids[0], Weekday::Tue, (10, 12), vec!["ar".to_owned()]),
        (
            site_ids[1],
            Weekday::Thu,
            (13, 16),
            vec!["ar".to_owned(), "so".to_owned(), "uk".to_owned()],
        ),
    ];
    let volunteers = ["amina@demo.digikaveri.fi", "dmytro@demo.digikaveri.fi"];
    for ((site_id, weekday, (start, end), languages), email) in series.into_iter().zip(volunteers) {
        let first = (1..=7)
            .map(|d| today + Duration::days(d))
            .find(|d| d.weekday() == weekday)
            .unwrap_or(today);
        let days = shifts::weekly_dates(first, first + Duration::weeks(7))
            .map_err(|_| unknown("the weekly series"))?;
        let (start, end) = (hour(start)?, hour(end)?);
        let times = shifts::times_on(&days, start, end).map_err(|_| unknown("the series times"))?;
        let plan = ShiftPlan {
            site_id,
            times,
            places: 2,
            languages,
            notes: Translations::default(),
        };
        let ids = shifts::create(conn, organisation_id, &plan, coordinator, now)?;
        let volunteer = id_of(people, email)?;
        for shift_id in ids.iter().take(3) {
            // The demo's volunteers are active and free then; a refusal is a mistake here.
            signups::sign_up(conn, organisation_id, *shift_id, volunteer, now)?
                .map_err(|_| unknown("a sign-up the demo needs"))?;
        }
    }
    Ok(())
}

fn hour(h: u32) -> Result<NaiveTime, Error> {
    NaiveTime::from_hms_opt(h, 0, 0).ok_or_else(|| unknown(&format!("{h}:00")))
}

/// The id of a demo person created above.
fn id_of(people: &[(&str, i32)], email: &str) -> Result<i32, Error> {
    people
        .iter()
        .find(|(e, _)| *e == email)
        .map(|(_, id)| *id)
        .ok_or_else(|| unknown(email))
}

/// A code or email in the demo lists that is not in ours: a mistake in this file, said as such.
fn unknown(code: &str) -> Error {
    Error::Config(format!("the demo data names an unknown code '{code}'"))
}

/// Languages, topics and completed trainings, as if each volunteer had filled in their page
/// and the coordinator had recorded the trainings; and one badge for Amina.
fn seed_volunteers(
    conn: &mut DbConn,
    organisation_id: i32,
    people: &[(&str, i32)],
    now: NaiveDateTime,
) -> Result<(), Error> {
    let coordinator = id_of(people, "kaisa@demo.digikaveri.fi")?;
    let trained_on = today_in_finland(now) - Duration::days(30);
    for (email, spoken, known, trained) in DEMO_SKILLS {
        let user_id = id_of(people, email)?;
        let skills = Skills {
            languages: spoken
                .iter()
                .map(|(code, level)| {
                    Ok((languages::find(code).ok_or_else(|| unknown(code))?, *level))
                })
                .collect::<Result<_, Error>>()?,
            topics: known
                .iter()
                .map(|(slug, stance)| {
                    Ok((topics::find(slug).ok_or_else(|| unknown(slug))?, *stance))
                })
                .collect::<Result<_, Error>>()?,
        };
        profile::replace(conn, user_id, &skills)?;
        for key in trained {
            let module = training::seed_module_id(conn, organisation_id, key)?;
            training::complete(conn, module, user_id, trained_on, coordinator, now)?;
        }
    }
    let badge = NewCredential {
        name: "Digitukija-osaamismerkki",
        issuer: "TIEKE",
        issued_on: today_in_finland(now) - Duration::days(75),
        link: "https://www.tieke.fi/",
    };
    credentials::add(
        conn,
        id_of(people, "amina@demo.digikaveri.fi")?,
        &badge,
        now,
    )?;
    Ok(())
}
