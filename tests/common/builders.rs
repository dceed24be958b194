//! Small builders for what a test needs in an empty database, made through the domain's own
//! functions at the app's instant: an organisation, its coordinator, a site, a volunteer who
//! speaks Arabic natively and is active, a shift at a site at an instant, a recorded help.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use digikaveri::db::schema::{help_sessions, sites, users as users_table};
use digikaveri::languages::{self, Level};
use digikaveri::shifts::{self, signups, ShiftPlan};
use digikaveri::sites::{NewSite, SiteKind};
use digikaveri::staff_texts::Translations;
use digikaveri::topics::{self, Stance};
use digikaveri::users::{self, NewUser, Role, Status};
use digikaveri::volunteers::profile::{self, Skills};

use super::TestApp;

/// The password of every account a builder makes.
pub const TEST_PASSWORD: &str = "a password for tests";

impl TestApp {
    /// A new organisation (with the seed training modules); its id.
    pub fn organisation(&self, name: &str) -> i32 {
        let mut conn = self.db.get().unwrap();
        let slug = digikaveri::organisations::unique_slug(&mut conn, name).unwrap();
        digikaveri::organisations::create(&mut conn, name, &slug, self.now())
            .unwrap()
            .id
    }

    /// A coordinator of the organisation, who speaks Finnish; their id.
    pub fn coordinator_of(&self, organisation: i32, email: &str) -> i32 {
        let new = NewUser {
            organisation_id: Some(organisation),
            role: Role::Coordinator,
            status: Status::Active,
            email,
            display_name: email.split('@').next().unwrap_or(email),
            password: TEST_PASSWORD,
            locale: "fi",
            phone: None,
        };
        users::create(&mut self.db.get().unwrap(), &new, self.now()).unwrap()
    }

    /// A drop-in centre of the organisation with this public code (also its name); its id.
    pub fn site(&self, organisation: i32, code: &str) -> i32 {
        let new = NewSite {
            organisation_id: organisation,
            name: code,
            kind: SiteKind::DropIn,
            address: "Testikatu 1, Espoo",
            public_code: code,
            opening: Translations::default(),
        };
        digikaveri::sites::create(&mut self.db.get().unwrap(), &new, self.now()).unwrap()
    }

    /// A volunteer of the organisation, active unless the builder says otherwise.
    pub fn volunteer(&self, organisation: i32, email: &str) -> VolunteerBuilder<'_> {
        VolunteerBuilder {
            app: self,
            organisation,
            email: email.to_owned(),
            name: email.split('@').next().unwrap_or(email).to_owned(),
            status: Status::Active,
            locale: "fi",
            languages: Vec::new(),
            topics: Vec::new(),
        }
    }

    /// A shift at the site, starting in an hour and lasting two, with two places.
    pub fn shift(&self, site: i32) -> ShiftBuilder<'_> {
        ShiftBuilder {
            app: self,
            site,
            starts_at: self.now() + Duration::hours(1),
            length: Duration::hours(2),
            places: 2,
            languages: Vec::new(),
        }
    }

    /// Signs the volunteer up for the shift (the domain's rule, at the app's instant).
    pub fn sign_up(&self, shift: i32, volunteer: i32) -> signups::State {
        let mut conn = self.db.get().unwrap();
        let organisation = organisation_of_shift(&mut conn, shift);
        signups::sign_up(&mut conn, organisation, shift, volunteer, self.now())
            .unwrap()
            .unwrap_or_else(|refusal| panic!("sign-up refused: {refusal:?}"))
    }

    /// Checks the volunteer in on the shift at the app's instant.
    pub fn check_in(&self, shift: i32, volunteer: i32) {
        let mut conn = self.db.get().unwrap();
        let organisation = organisation_of_shift(&mut conn, shift);
        signups::check_in_self(&mut conn, organisation, shift, volunteer, None, self.now())
            .unwrap()
            .unwrap_or_else(|refusal| panic!("check-in refused: {refusal:?}"));
    }

    /// A help of one person in Arabic the volunteer recorded at the site, started `at` and
    /// lasting `minutes`, as the app stores it; its id.
    pub fn recorded_help(
        &self,
        (organisation, site, volunteer): (i32, i32, i32),
        at: NaiveDateTime,
        minutes: i32,
    ) -> i32 {
        diesel::insert_into(help_sessions::table)
            .values((
                help_sessions::organisation_id.eq(organisation),
                help_sessions::site_id.eq(site),
                help_sessions::volunteer_id.eq(volunteer),
                help_sessions::started_at.eq(at),
                help_sessions::minutes.eq(minutes),
                help_sessions::language.eq("ar"),
                help_sessions::people.eq(1),
                help_sessions::first_visit.eq(false),
                help_sessions::outcome.eq("self"),
                help_sessions::device.eq("own-phone"),
                help_sessions::saw_codes.eq(false),
                help_sessions::request_key.eq(format!("{at}-{volunteer}")),
                help_sessions::recorded_at.eq(at),
                help_sessions::from_queue.eq(false),
            ))
            .returning(help_sessions::id)
            .get_result(&mut *self.db.get().unwrap())
            .unwrap()
    }
}

fn organisation_of_shift(conn: &mut digikaveri::db::DbConn, shift: i32) -> i32 {
    use digikaveri::db::schema::shifts;
    shifts::table
        .find(shift)
        .select(shifts::organisation_id)
        .first(conn)
        .unwrap()
}

pub struct VolunteerBuilder<'a> {
    app: &'a TestApp,
    organisation: i32,
    email: String,
    name: String,
    status: Status,
    locale: &'static str,
    languages: Vec<(&'static str, Level)>,
    topics: Vec<(&'static str, Stance)>,
}

impl VolunteerBuilder<'_> {
    pub fn named(mut self, name: &str) -> Self {
        name.clone_into(&mut self.name);
        self
    }

    pub fn speaks(mut self, language: &'static str, level: Level) -> Self {
        self.languages.push((language, level));
        self
    }

    pub fn knows(mut self, topic: &'static str, stance: Stance) -> Self {
        self.topics.push((topic, stance));
        self
    }

    pub fn status(mut self, status: Status) -> Self {
        self.status = status;
        self
    }

    pub fn interface(mut self, locale: &'static str) -> Self {
        self.locale = locale;
        self
    }

    /// The volunteer's id.
    pub fn create(self) -> i32 {
        let mut conn = self.app.db.get().unwrap();
        let new = NewUser {
            organisation_id: Some(self.organisation),
            role: Role::Volunteer,
            status: self.status,
            email: &self.email,
            display_name: &self.name,
            password: TEST_PASSWORD,
            locale: self.locale,
            phone: None,
        };
        let id = users::create(&mut conn, &new, self.app.now()).unwrap();
        let skills = Skills {
            languages: self
                .languages
                .iter()
                .map(|(code, level)| (languages::find(code).unwrap(), *level))
                .collect(),
            topics: self
                .topics
                .iter()
                .map(|(slug, stance)| (topics::find(slug).unwrap(), *stance))
                .collect(),
        };
        profile::replace(&mut conn, id, &skills.sorted()).unwrap();
        id
    }
}

pub struct ShiftBuilder<'a> {
    app: &'a TestApp,
    site: i32,
    starts_at: NaiveDateTime,
    length: Duration,
    places: i32,
    languages: Vec<String>,
}

impl ShiftBuilder<'_> {
    /// Starting this long from the app's instant (negative: already on).
    pub fn starting_in(mut self, by: Duration) -> Self {
        self.starts_at = self.app.now() + by;
        self
    }

    pub fn lasting(mut self, length: Duration) -> Self {
        self.length = length;
        self
    }

    pub fn places(mut self, places: i32) -> Self {
        self.places = places;
        self
    }

    pub fn wanting(mut self, languages: &[&str]) -> Self {
        self.languages = languages.iter().map(|l| l.to_string()).collect();
        self
    }

    /// The shift's id.
    pub fn create(self) -> i32 {
        let mut conn = self.app.db.get().unwrap();
        let organisation: i32 = sites::table
            .find(self.site)
            .select(sites::organisation_id)
            .first(&mut conn)
            .unwrap();
        let creator: i32 = users_table::table
            .filter(users_table::organisation_id.eq(organisation))
            .filter(users_table::role.eq(Role::Coordinator.as_str()))
            .select(users_table::id)
            .first(&mut conn)
            .expect("a shift is made by a coordinator: make one first");
        let plan = ShiftPlan {
            site_id: self.site,
            times: vec![(self.starts_at, self.starts_at + self.length)],
            places: self.places,
            languages: self.languages,
            notes: Translations::default(),
        };
        shifts::create(&mut conn, organisation, &plan, creator, self.app.now()).unwrap()[0]
    }
}
