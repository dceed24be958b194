//! Work the server does besides answering requests: the hourly retention job (every rule of
//! `retention::rules`, and the mails to volunteers asked about their account), the minute's
//! round of automatic matching, and on PostgreSQL the listener for other app servers' queue
//! changes. Each starts when the server lifts off. (The mail worker is
//! `reminders::letter_routes::MailWorker`, beside the letters it writes.)

use rocket::fairing::{Fairing, Info, Kind};
use rocket::{Orbit, Rocket};

use std::sync::Arc;

use crate::clock::Clock;
use crate::config::Config;
use crate::db::Db;
use crate::i18n::Locale;
use crate::mail::{deliver, Mail};
use crate::msg;
use crate::queue::{auto, live};
use crate::retention::inactive::Asked;
use crate::retention::job::{self, Outcome};

/// Runs the retention job (`retention::job::run`) when the server starts and every hour after,
/// so no unclaimed ticket outlives its day by more than an hour. Every app server starts it;
/// on PostgreSQL one at a time runs it and the others skip. Volunteers asked whether to keep
/// their account get their mail here, in their own language.
pub struct PurgeEveryHour;

#[rocket::async_trait]
impl Fairing for PurgeEveryHour {
    fn info(&self) -> Info {
        Info {
            name: "retention rules",
            kind: Kind::Liftoff,
        }
    }

    async fn on_liftoff(&self, rocket: &Rocket<Orbit>) {
        let (Some(db), Some(clock), Some(config)) = (
            rocket.state::<Db>().cloned(),
            rocket.state::<Clock>().cloned(),
            rocket.state::<Config>(),
        ) else {
            return;
        };
        if clock.stands_still() {
            return;
        }
        let (mailer, link) = (Arc::clone(&config.mailer), config.link("/dashboard"));
        rocket::tokio::spawn(async move {
            let mut hourly = rocket::tokio::time::interval(std::time::Duration::from_secs(3600));
            loop {
                hourly.tick().await;
                let now = clock.now();
                match db.run(move |conn| job::run(conn, now)).await {
                    Ok(Outcome::Skipped) => {}
                    Ok(Outcome::Ran(run)) => {
                        if run.total() > 0 {
                            log::info!("retention: {} rows past their time", run.total());
                        }
                        for mail in question_mails(&link, &run.asked) {
                            deliver(Arc::clone(&mailer), mail).await;
                        }
                    }
                    Err(e) => log::error!("retention run failed: {e}"),
                }
            }
        });
    }
}

/// The mails to the volunteers a run asked whether to keep their account.
pub fn question_mails(link: &str, asked: &[Asked]) -> Vec<Mail> {
    let args = [("link", link)];
    asked
        .iter()
        .map(|person| {
            let locale = Locale::from_code(&person.locale).unwrap_or(Locale::DEFAULT);
            Mail {
                to: person.email.clone(),
                subject: locale.text_with(msg!("mail-inactive-subject"), &args),
                body: locale.text_with(msg!("mail-inactive-body"), &args),
            }
        })
        .collect()
}

/// On PostgreSQL, each app server listens for the queue changes made through the others.
pub struct QueueListener;

#[rocket::async_trait]
impl Fairing for QueueListener {
    fn info(&self) -> Info {
        Info {
            name: "queue changes from other app servers",
            kind: Kind::Liftoff,
        }
    }

    async fn on_liftoff(&self, rocket: &Rocket<Orbit>) {
        if let (Some(db), Some(live)) = (rocket.state::<Db>(), rocket.state::<live::Live>()) {
            live::listen_for_other_servers(db.url(), live);
        }
    }
}

/// Every minute, the sites that match automatically get what time alone changes: a second
/// language once the first is not expected soon, a volunteer who just checked in. Every app
/// server runs it; the site's row lock lets one at a time match a site.
pub struct MatchEveryMinute;

#[rocket::async_trait]
impl Fairing for MatchEveryMinute {
    fn info(&self) -> Info {
        Info {
            name: "automatic matching",
            kind: Kind::Liftoff,
        }
    }

    async fn on_liftoff(&self, rocket: &Rocket<Orbit>) {
        let (Some(db), Some(clock), Some(live)) = (
            rocket.state::<Db>().cloned(),
            rocket.state::<Clock>().cloned(),
            rocket.state::<live::Live>().cloned(),
        ) else {
            return;
        };
        if clock.stands_still() {
            return;
        }
        rocket::tokio::spawn(async move {
            let mut each_minute = rocket::tokio::time::interval(std::time::Duration::from_secs(60));
            loop {
                each_minute.tick().await;
                let (now, live) = (clock.now(), live.clone());
                if let Err(e) = db.run(move |conn| auto::settle_due(conn, &live, now)).await {
                    log::error!("automatic matching failed: {e}");
                }
            }
        });
    }
}
