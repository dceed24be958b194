//! Mail through the durable outbox: each change writes its mail in its own transaction (and a
//! change rolled back writes none), the scans write a dated reminder once, a kind turned off
//! is not written, the worker writes in the reader's language, a failing mail server moves
//! the next try back and at last shows the mail to admins, and on PostgreSQL two workers at
//! once send each mail exactly once.

use std::sync::{Arc, Mutex};

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use digikaveri::config::Config;
use digikaveri::db::schema::mail_outbox;
use digikaveri::db::{write_tx, Db, DbConn};
use digikaveri::error::Error;
use digikaveri::mail::{Mail, Mailer};
use digikaveri::privacy::audit::Actor;
use digikaveri::reminders::letter_routes::{self, Round};
use digikaveri::reminders::{self, Kind, Reminder, MAX_ATTEMPTS};
use digikaveri::shifts::{self, signups, Scope};
use digikaveri::users::Status;
use digikaveri::volunteers::{self, status};

use crate::common::{helsinki, message, text, TestApp};

/// A Tuesday noon in December; "tomorrow" is Wednesday 9 December.
const NOON: &str = "2026-12-08 12:00";

struct Org {
    app: TestApp,
    organisation: i32,
    coordinator: i32,
    site: i32,
}

fn org() -> Org {
    let app = TestApp::at(helsinki(NOON));
    let organisation = app.organisation("Muistuttajat ry");
    let coordinator = app.coordinator_of(organisation, "kaisa@muistuttajat.fi");
    let site = app.site(organisation, "MUISTO");
    Org {
        app,
        organisation,
        coordinator,
        site,
    }
}

impl Org {
    fn conn(&self) -> digikaveri::db::PooledConn {
        self.app.db.get().unwrap()
    }

    fn by(&self) -> Actor {
        Actor {
            user_id: self.coordinator,
            organisation_id: Some(self.organisation),
        }
    }

    /// The kinds of the outbox's rows for this person, in order.
    fn kinds_for(&self, user_id: i32) -> Vec<String> {
        mail_outbox::table
            .filter(mail_outbox::user_id.eq(user_id))
            .order(mail_outbox::id)
            .select(mail_outbox::kind)
            .load(&mut *self.conn())
            .unwrap()
    }

    fn count_of(&self, user_id: i32, kind: Kind) -> usize {
        self.kinds_for(user_id)
            .iter()
            .filter(|k| *k == kind.as_str())
            .count()
    }

    fn shift(&self, id: i32) -> shifts::Shift {
        shifts::find(&mut self.conn(), self.organisation, id)
            .unwrap()
            .unwrap()
    }

    fn config(&self) -> Config {
        Config::with_outbox(Arc::clone(&self.app.outbox))
    }
}

/// Runs `work` in a transaction that is then rolled back.
fn rolled_back(conn: &mut DbConn, work: impl FnOnce(&mut DbConn)) {
    let result: Result<(), Error> = write_tx(conn, |conn| {
        work(conn);
        Err(Error::Invalid)
    });
    assert!(result.is_err());
}

#[test]
fn a_shift_changed_or_cancelled_writes_mail_in_the_same_transaction() {
    let o = org();
    let amina = o.app.volunteer(o.organisation, "amina@example.fi").create();
    let shift = o.app.shift(o.site).starting_in(Duration::days(3)).create();
    o.app.sign_up(shift, amina);

    let now = o.app.now();
    rolled_back(&mut o.conn(), |conn| {
        shifts::cancel(conn, &o.shift(shift), Scope::One, now).unwrap();
    });
    assert!(o.kinds_for(amina).is_empty(), "rolled back: no mail");

    let mut plan = shifts::ShiftPlan {
        site_id: o.site,
        times: vec![(
            o.shift(shift).starts_at + Duration::hours(1),
            o.shift(shift).ends_at + Duration::hours(1),
        )],
        places: 2,
        languages: Vec::new(),
        notes: Default::default(),
    };
    shifts::edit(&mut o.conn(), &o.shift(shift), Scope::One, &plan, now)
        .unwrap()
        .unwrap();
    assert_eq!(o.kinds_for(amina), ["shift-changed"]);

    plan.places = 3;
    o.app.advance(Duration::minutes(1));
    let now = o.app.now();
    rolled_back(&mut o.conn(), |conn| {
        shifts::edit(conn, &o.shift(shift), Scope::One, &plan, now)
            .unwrap()
            .unwrap();
    });
    assert_eq!(o.kinds_for(amina), ["shift-changed"]);

    shifts::cancel(&mut o.conn(), &o.shift(shift), Scope::One, now).unwrap();
    assert_eq!(o.kinds_for(amina), ["shift-changed", "shift-cancelled"]);
}

#[test]
fn a_move_up_from_the_waiting_list_writes_mail_in_the_same_transaction() {
    let o = org();
    let amina = o.app.volunteer(o.organisation, "amina@example.fi").create();
    let dmytro = o
        .app
        .volunteer(o.organisation, "dmytro@example.fi")
        .create();
    let shift = o
        .app
        .shift(o.site)
        .starting_in(Duration::days(3))
        .places(1)
        .create();
    o.app.sign_up(shift, amina);
    assert_eq!(o.app.sign_up(shift, dmytro), signups::State::Waiting);
    let (organisation, now) = (o.organisation, o.app.now());

    rolled_back(&mut o.conn(), |conn| {
        signups::withdraw(conn, organisation, shift, amina, now)
            .unwrap()
            .unwrap();
    });
    assert!(o.kinds_for(dmytro).is_empty(), "rolled back: no mail");

    signups::withdraw(&mut o.conn(), organisation, shift, amina, now)
        .unwrap()
        .unwrap();
    assert_eq!(o.kinds_for(dmytro), ["promoted"]);
    assert!(o.kinds_for(amina).is_empty());
}

#[test]
fn approval_and_activation_write_mail_in_the_same_transaction() {
    let o = org();
    let sari = o
        .app
        .volunteer(o.organisation, "sari@example.fi")
        .status(Status::Applicant)
        .create();
    let (by, organisation, now) = (o.by(), o.organisation, o.app.now());

    rolled_back(&mut o.conn(), |conn| {
        assert!(volunteers::approve(conn, by, organisation, sari, now).unwrap());
    });
    assert!(o.kinds_for(sari).is_empty(), "rolled back: no mail");

    assert!(volunteers::approve(&mut o.conn(), by, organisation, sari, now).unwrap());
    assert_eq!(o.kinds_for(sari), ["approved"]);

    let mut conn = o.conn();
    for module in digikaveri::training::missing_required(&mut conn, organisation, sari).unwrap() {
        digikaveri::training::complete(&mut conn, module.id, sari, now.date(), by.user_id, now)
            .unwrap();
    }
    let live = digikaveri::queue::live::Live::default();
    rolled_back(&mut conn, |conn| {
        status::change(conn, &live, by, organisation, sari, Status::Active, now).unwrap();
    });
    assert_eq!(o.kinds_for(sari), ["approved"]);
    let changed = status::change(
        &mut conn,
        &live,
        by,
        organisation,
        sari,
        Status::Active,
        now,
    );
    assert!(matches!(changed.unwrap(), status::Outcome::Changed));
    assert_eq!(o.kinds_for(sari), ["approved", "activated"]);
}

#[test]
fn the_scan_twice_writes_each_reminder_once() {
    let o = org();
    let amina = o.app.volunteer(o.organisation, "amina@example.fi").create();
    let tomorrow = o
        .app
        .shift(o.site)
        .starting_in(Duration::hours(22))
        .create();
    let later = o.app.shift(o.site).starting_in(Duration::days(3)).create();
    o.app.sign_up(tomorrow, amina);
    o.app.sign_up(later, amina);
    let now = o.app.now();

    let first = letter_routes::scan(&mut o.conn(), now).unwrap();
    let second = letter_routes::scan(&mut o.conn(), now + Duration::minutes(10)).unwrap();
    assert_eq!((first, second), (2, 0));
    assert_eq!(o.count_of(amina, Kind::ShiftTomorrow), 1);
    assert_eq!(o.count_of(amina, Kind::AssessmentDue), 1);
}

#[test]
fn a_kind_turned_off_is_not_written() {
    let o = org();
    let amina = o.app.volunteer(o.organisation, "amina@example.fi").create();
    let shift = o
        .app
        .shift(o.site)
        .starting_in(Duration::hours(22))
        .create();
    o.app.sign_up(shift, amina);

    let visitor = o.app.visitor(Some("amina@example.fi"));
    let page = o.app.get_as(&visitor, "/account/reminders");
    assert_eq!(page.status, 200);
    assert!(page
        .body
        .contains(&text("fi", "reminder-kind-shift-tomorrow")));
    let on: Vec<(&str, &str)> = Kind::ALL
        .iter()
        .filter(|k| **k != Kind::ShiftTomorrow)
        .map(|k| ("on", k.as_str()))
        .collect();
    let saved = o.app.post_as(&visitor, "/account/reminders", &on);
    assert_eq!(saved.status, 303);
    let choices = reminders::choices(&mut o.conn(), amina).unwrap();
    assert!(choices.contains(&(Kind::ShiftTomorrow, false)));
    assert!(choices.contains(&(Kind::ShiftCancelled, true)));
    assert_eq!(o.app.audit_count("reminders-changed"), 1);

    letter_routes::scan(&mut o.conn(), o.app.now()).unwrap();
    assert_eq!(o.count_of(amina, Kind::ShiftTomorrow), 0);
    assert_eq!(o.count_of(amina, Kind::AssessmentDue), 1);

    // A tampered kind is refused and changes nothing.
    let tampered = o
        .app
        .post_as(&visitor, "/account/reminders", &[("on", "everything")]);
    assert_eq!(tampered.status, 422);

    // Saved ten times at once (a double tap on a slow line): no error, the same choices.
    let by = Actor {
        user_id: amina,
        organisation_id: Some(o.organisation),
    };
    let (now, only) = (o.app.now(), [Kind::ShiftCancelled]);
    let saves = crate::safety::at_once(&o.app, 10, |_, conn| {
        reminders::set_choices(conn, by, &only, now).is_ok()
    });
    assert!(saves.iter().all(|ok| *ok), "{saves:?}");
    let choices = reminders::choices(&mut o.conn(), amina).unwrap();
    assert!(choices.contains(&(Kind::ShiftCancelled, true)));
    assert!(choices.contains(&(Kind::ShiftChanged, false)));
}

#[test]
fn nobody_without_an_address_or_gone_gets_mail() {
    let o = org();
    let left = o
        .app
        .volunteer(o.organisation, "left@example.fi")
        .status(Status::Left)
        .create();
    let now = o.app.now();
    let wrote = reminders::enqueue(&mut o.conn(), &Reminder::approved(left), now).unwrap();
    assert!(!wrote);
    assert!(o.kinds_for(left).is_empty());
}

#[test]
fn the_worker_writes_in_the_readers_language() {
    let o = org();
    let olena = o
        .app
        .volunteer(o.organisation, "olena@example.fi")
        .interface("uk")
        .create();
    let shift = o
        .app
        .shift(o.site)
        .starting_in(Duration::hours(22))
        .create();
    o.app.sign_up(shift, olena);
    let now = o.app.now();

    let round = letter_routes::work(&mut o.conn(), &o.config(), now, true).unwrap();
    assert_eq!(round.sent, 2, "tomorrow's shift and the self-assessment");
    let mails: Vec<Mail> = o
        .app
        .outbox
        .mails()
        .into_iter()
        .filter(|m| m.to == "olena@example.fi")
        .collect();
    let subject = message(
        "uk",
        "mail-shift-tomorrow-subject",
        &[("site", "MUISTO".into())],
    )
    .replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        mails.iter().any(|m| m.subject == subject),
        "{mails:?} lacks {subject}"
    );
    let due = text("uk", "mail-assessment-due-subject");
    assert!(mails.iter().any(|m| m.subject == due));
    assert!(mails.iter().all(|m| m.body.contains("/account/reminders")));

    // Sent is sent: a second round sends nothing again.
    let again = letter_routes::work(&mut o.conn(), &o.config(), now, true).unwrap();
    assert_eq!(again, Round::default());
}

/// A mail server that refuses everything, naming the address as real servers do.
struct Refusing;

impl Mailer for Refusing {
    fn send(&self, mail: &Mail) -> Result<(), String> {
        Err(format!("550 mailbox {} unavailable", mail.to))
    }
}

fn attempts_of(o: &Org, user_id: i32) -> (i32, NaiveDateTime, String, Option<String>) {
    mail_outbox::table
        .filter(mail_outbox::user_id.eq(user_id))
        .select((
            mail_outbox::attempts,
            mail_outbox::next_attempt_at,
            mail_outbox::status,
            mail_outbox::last_error,
        ))
        .first(&mut *o.conn())
        .unwrap()
}

#[test]
fn a_failing_mailer_moves_the_next_try_then_fails_and_admins_see_it() {
    let o = org();
    let sari = o
        .app
        .volunteer(o.organisation, "sari@example.fi")
        .status(Status::Applicant)
        .create();
    let (by, organisation) = (o.by(), o.organisation);
    assert!(volunteers::approve(&mut o.conn(), by, organisation, sari, o.app.now()).unwrap());
    let refusing = Config {
        public_url: "http://127.0.0.1:8000".into(),
        mailer: Arc::new(Refusing),
        metrics_token: None,
    };

    let first = o.app.now();
    let round = letter_routes::send_due(&mut o.conn(), &refusing, first).unwrap();
    assert_eq!(round.retrying, 1);
    let (attempts, next, state, error) = attempts_of(&o, sari);
    assert_eq!((attempts, state.as_str()), (1, "pending"));
    assert_eq!(next, first + Duration::minutes(1));
    let error = error.unwrap();
    assert!(error.contains("550") && !error.contains("sari@"), "{error}");

    // Not due before its time.
    let early = letter_routes::send_due(&mut o.conn(), &refusing, first + Duration::seconds(30));
    assert_eq!(early.unwrap(), Round::default());

    let mut waits = Vec::new();
    for _ in 1..MAX_ATTEMPTS {
        let (_, next, _, _) = attempts_of(&o, sari);
        let round = letter_routes::send_due(&mut o.conn(), &refusing, next).unwrap();
        assert_eq!(round.retrying + round.failed, 1);
        let (_, after, _, _) = attempts_of(&o, sari);
        waits.push((after - next).num_minutes());
    }
    assert_eq!(&waits[..3], [5, 30, 120]);
    let (attempts, _, state, _) = attempts_of(&o, sari);
    assert_eq!((attempts, state.as_str()), (MAX_ATTEMPTS, "failed"));
    assert!(o.app.outbox.mails().is_empty());

    // Listed for the admin, who sends it again.
    let admin = o.app.coordinator_of(organisation, "unused@muistuttajat.fi");
    let admin_id = admin;
    diesel::update(digikaveri::db::schema::users::table.find(admin))
        .set((
            digikaveri::db::schema::users::role.eq("admin"),
            digikaveri::db::schema::users::organisation_id.eq(None::<i32>),
        ))
        .execute(&mut *o.conn())
        .unwrap();
    let admin = o.app.visitor(Some("unused@muistuttajat.fi"));
    let page = o.app.get_as(&admin, "/admin/mail");
    assert_eq!(page.status, 200);
    assert!(page.body.contains(&text("fi", "reminder-kind-approved")));
    assert!(page.body.contains(&text("fi", "outbox-status-failed")));
    assert!(!page.body.contains("sari@"), "no address on the page");
    let id: i32 = mail_outbox::table
        .filter(mail_outbox::user_id.eq(sari))
        .select(mail_outbox::id)
        .first(&mut *o.conn())
        .unwrap();
    let retried = o
        .app
        .post_as(&admin, &format!("/admin/mail/{id}/retry"), &[]);
    assert_eq!(retried.status, 303);
    assert_eq!(o.app.audit_count("mail-retried"), 1);
    let round = letter_routes::send_due(&mut o.conn(), &o.config(), o.app.now()).unwrap();
    assert_eq!(round.sent, 1);
    assert_eq!(
        o.app.last_mail_to("sari@example.fi").subject,
        text("fi", "mail-approved-subject")
    );
    let again = o
        .app
        .post_as(&admin, &format!("/admin/mail/{id}/retry"), &[]);
    assert_eq!(again.status, 404, "only a failed mail is sent again");

    // Failed once more, and the button pressed ten times at once: back once, logged once.
    diesel::update(mail_outbox::table.find(id))
        .set(mail_outbox::status.eq("failed"))
        .execute(&mut *o.conn())
        .unwrap();
    let by = Actor {
        user_id: admin_id,
        organisation_id: None,
    };
    let now = o.app.now();
    let back = crate::safety::at_once(&o.app, 10, |_, conn| {
        reminders::retry(conn, by, id, now).unwrap()
    });
    assert_eq!(back.iter().filter(|b| **b).count(), 1, "{back:?}");
    assert_eq!(o.app.audit_count("mail-retried"), 2);
}

/// Counts what it sends, slowly enough that two workers overlap.
#[derive(Default)]
struct Counting {
    sent: Mutex<Vec<String>>,
}

impl Mailer for Counting {
    fn send(&self, mail: &Mail) -> Result<(), String> {
        std::thread::sleep(std::time::Duration::from_millis(5));
        self.sent
            .lock()
            .map_err(|_| "poisoned".to_owned())?
            .push(mail.to.clone());
        Ok(())
    }
}

#[test]
fn two_workers_at_once_send_each_mail_exactly_once() {
    let o = org();
    if !o.app.test_db.is_postgres() {
        eprintln!("two workers at once: PostgreSQL only (SQLite has one writer at a time)");
        return;
    }
    const PEOPLE: usize = 45;
    let now = o.app.now();
    for n in 0..PEOPLE {
        // Straight into the table: hashing 45 passwords would only slow the test.
        use digikaveri::db::schema::users;
        let id: i32 = diesel::insert_into(users::table)
            .values((
                users::organisation_id.eq(o.organisation),
                users::role.eq("volunteer"),
                users::email.eq(format!("v{n}@example.fi")),
                users::display_name.eq(format!("V{n}")),
                users::password_hash.eq("not a hash"),
                users::locale.eq("fi"),
                users::created_at.eq(now),
                users::status.eq("active"),
            ))
            .returning(users::id)
            .get_result(&mut *o.conn())
            .unwrap();
        assert!(reminders::enqueue(&mut o.conn(), &Reminder::approved(id), now).unwrap());
    }
    let counting = Arc::new(Counting::default());
    let workers: Vec<_> = (0..2)
        .map(|_| {
            let db: Db = Db::connect(&o.app.test_db.url).unwrap();
            let mailer: Arc<dyn Mailer> = Arc::clone(&counting) as Arc<dyn Mailer>;
            std::thread::spawn(move || {
                let config = Config {
                    public_url: "http://127.0.0.1:8000".into(),
                    mailer,
                    metrics_token: None,
                };
                let mut conn = db.get().unwrap();
                let mut sent = 0;
                loop {
                    let round = letter_routes::send_due(&mut conn, &config, now).unwrap();
                    if round.sent == 0 {
                        return sent;
                    }
                    sent += round.sent;
                }
            })
        })
        .collect();
    let each: Vec<usize> = workers.into_iter().map(|w| w.join().unwrap()).collect();
    let mut sent = counting.sent.lock().unwrap().clone();
    assert_eq!(sent.len(), PEOPLE, "each worker sent {each:?}");
    sent.sort();
    sent.dedup();
    assert_eq!(sent.len(), PEOPLE, "no mail twice");
}
