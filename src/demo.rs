//! Demo data for a first start: one organisation with a drop-in centre and a food-aid site,
//! an administrator, a coordinator and four volunteers in different stages. README lists the sign-ins.

use crate::db::{write_tx, DbConn};
use crate::error::Error;
use crate::organisations;
use crate::sites::{self, NewSite, SiteKind};
use crate::users::{self, NewUser, Role, Status};

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
    for (email, display_name, role, status, locale) in DEMO_PEOPLE {
        users::create(
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
    }
    Ok(())
}
