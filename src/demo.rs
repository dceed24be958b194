//! Demo data for a first start: one organisation with a drop-in centre and a food-aid site,
//! an administrator, a coordinator and four volunteers in different stages. README lists the sign-ins.

use chrono::{Datelike, Duration, Weekday};

use crate::db::{now, write_tx, DbConn};
use crate::error::Error;
use crate::organisations;
use crate::shifts::{self, signups, ShiftForm};
use crate::sites::{self, NewSite, SiteKind};
use crate::users::{self, NewUser, Role, Status};
use crate::web::forms::FieldErrors;

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
            "Open Tue and Thu 10–14. Digikaverit sit at the tables by the window.",
        ),
        (
            "Leppävaaran ruoka-apu",
            SiteKind::FoodAid,
            "Mallitie 5, 02600 Espoo",
            "LEPPA",
            "Food bags Thu 13–16. Ask for the digikaveri table at the door.",
        ),
    ];
    let mut site_ids = Vec::new();
    for (name, kind, address, public_code, opening_notes) in demo_sites {
        let id = sites::create(
            conn,
            &NewSite {
                organisation_id: organisation.id,
                name,
                kind,
                address,
                public_code,
                opening_notes,
            },
        )?;
        site_ids.push(id);
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
    let person = |email: &str| people.iter().find(|(e, _)| *e == email).map(|(_, id)| *id);
    let kaisa = person("kaisa@demo.digikaveri.fi").unwrap_or_default();
    seed_shifts(conn, organisation.id, &site_ids, kaisa, &people)
}

/// Weekly series for the next eight weeks at both sites, with Amina and Dmytro on the first
/// ones, so the week board, the volunteers' pages and the public page have something to show.
fn seed_shifts(
    conn: &mut DbConn,
    organisation_id: i32,
    site_ids: &[i32],
    coordinator: i32,
    people: &[(&str, i32)],
) -> Result<(), Error> {
    let today = shifts::utc_to_helsinki(now()).date();
    let series = [
        (
            site_ids[0],
            Weekday::Tue,
            "10:00",
            "12:00",
            vec!["ar".to_owned()],
        ),
        (
            site_ids[1],
            Weekday::Thu,
            "13:00",
            "16:00",
            vec!["ar".to_owned(), "so".to_owned(), "uk".to_owned()],
        ),
    ];
    let volunteers = ["amina@demo.digikaveri.fi", "dmytro@demo.digikaveri.fi"];
    for ((site_id, weekday, start, end, languages), email) in series.into_iter().zip(volunteers) {
        let first = (1..=7)
            .map(|d| today + Duration::days(d))
            .find(|d| d.weekday() == weekday)
            .unwrap_or(today);
        let form = ShiftForm {
            site_id: site_id.to_string(),
            date: first.format("%Y-%m-%d").to_string(),
            start: start.into(),
            end: end.into(),
            places: "2".into(),
            languages,
            notes: String::new(),
            repeat: "weekly".into(),
            until: (first + Duration::weeks(7)).format("%Y-%m-%d").to_string(),
        };
        let mut errors = FieldErrors::default();
        let Some(plan) = form.check(|_| true, true, &mut errors) else {
            continue;
        };
        let ids = shifts::create(conn, organisation_id, &plan, coordinator)?;
        let volunteer = people.iter().find(|(e, _)| *e == email).map(|(_, id)| *id);
        for (shift_id, volunteer) in ids.iter().take(3).zip(std::iter::repeat(volunteer)) {
            if let Some(volunteer) = volunteer {
                let _ = signups::sign_up(conn, organisation_id, *shift_id, volunteer)?;
            }
        }
    }
    Ok(())
}
