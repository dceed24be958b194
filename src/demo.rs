//! Demo data for a first start: one organisation with a drop-in centre and a food-aid site,
//! an administrator, a coordinator and four volunteers in different stages, with their
//! languages, topics, trainings and a badge. README lists the sign-ins.

use chrono::NaiveDate;

use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::languages::{self, Level};
use crate::organisations;
use crate::sites::{self, NewSite, SiteKind};
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

/// Seeds the demo when the database has no organisation yet; says whether it did.
pub fn seed_if_empty(conn: &mut DbConn) -> Result<bool, Error> {
    write_tx(conn, |conn| {
        if organisations::count(conn)? > 0 {
            return Ok(false);
        }
        seed(conn)?;
        Ok(true)
    })
}

fn seed(conn: &mut DbConn) -> Result<(), Error> {
    let organisation = organisations::create(conn, "Digikaverit Espoo (demo)", "espoo-demo")?;
    let demo_sites = [
        (
            "Olarin kohtaamispaikka",
            SiteKind::DropIn,
            "Esimerkkikatu 1, 02200 Espoo",
            "OLARI",
        ),
        (
            "Leppävaaran ruoka-apu",
            SiteKind::FoodAid,
            "Mallitie 5, 02600 Espoo",
            "LEPPA",
        ),
    ];
    for (name, kind, address, public_code) in demo_sites {
        sites::create(
            conn,
            &NewSite {
                organisation_id: organisation.id,
                name,
                kind,
                address,
                public_code,
            },
        )?;
    }
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
        )?;
        people.push((email, id));
    }
    seed_volunteers(conn, organisation.id, &people)
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

fn demo_date(year: i32, month: u32, day: u32) -> Result<NaiveDate, Error> {
    NaiveDate::from_ymd_opt(year, month, day)
        .ok_or_else(|| unknown(&format!("{year}-{month}-{day}")))
}

/// Languages, topics and completed trainings, as if each volunteer had filled in their page
/// and the coordinator had recorded the trainings; and one badge for Amina.
fn seed_volunteers(
    conn: &mut DbConn,
    organisation_id: i32,
    people: &[(&str, i32)],
) -> Result<(), Error> {
    let coordinator = id_of(people, "kaisa@demo.digikaveri.fi")?;
    let trained_on = demo_date(2026, 10, 14)?;
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
            training::complete(conn, module, user_id, trained_on, coordinator)?;
        }
    }
    let badge = NewCredential {
        name: "Digitukija-osaamismerkki",
        issuer: "TIEKE",
        issued_on: demo_date(2026, 9, 18)?,
        link: "https://www.tieke.fi/",
    };
    credentials::add(conn, id_of(people, "amina@demo.digikaveri.fi")?, &badge)?;
    Ok(())
}
