//! Work the server does besides answering requests: the hourly purge (unclaimed queue
//! tickets, old limit counts, used or expired join requests), and on PostgreSQL the listener
//! for other app servers' queue changes. Both start when the server lifts off. (The mail
//! worker is `reminders::letter_routes::MailWorker`, beside the letters it writes.)

use rocket::fairing::{Fairing, Info, Kind};
use rocket::{Orbit, Rocket};

use crate::clock::Clock;
use crate::db::Db;
use crate::queue::live;
use crate::retention;

/// Runs `retention::purge` when the server starts and every hour after, so no unclaimed ticket outlives
/// its day by more than an hour. Every app server runs it; the deletes are the same whoever
/// runs them first.
pub struct PurgeEveryHour;

#[rocket::async_trait]
impl Fairing for PurgeEveryHour {
    fn info(&self) -> Info {
        Info {
            name: "purge unclaimed queue tickets",
            kind: Kind::Liftoff,
        }
    }

    async fn on_liftoff(&self, rocket: &Rocket<Orbit>) {
        let (Some(db), Some(clock)) = (
            rocket.state::<Db>().cloned(),
            rocket.state::<Clock>().cloned(),
        ) else {
            return;
        };
        rocket::tokio::spawn(async move {
            let mut hourly = rocket::tokio::time::interval(std::time::Duration::from_secs(3600));
            loop {
                hourly.tick().await;
                let now = clock.now();
                match db.run(move |conn| retention::purge(conn, now)).await {
                    Ok(0) => {}
                    Ok(count) => log::info!("purged {count} rows past their time"),
                    Err(e) => log::error!("purging failed: {e}"),
                }
            }
        });
    }
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
