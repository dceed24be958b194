//! Live updates of the queue pages. Whenever a site's queue changes, every browser showing a
//! ticket or the board of that site hears it (the event streams are in `routes`) and fetches
//! the page again. With several app servers on PostgreSQL the change travels by `NOTIFY`,
//! which each server's listener turns into a local event; on SQLite (one server) it is sent
//! in-process.

use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::sql_types::Text;
use tokio::sync::broadcast;

use crate::db::{DbConn, DbUrl};
use crate::error::Error;

const CHANNEL: &str = "digikaveri_queue";
/// How often the listener asks PostgreSQL for notifications; the upper bound of the delay.
const LISTEN_EVERY: Duration = Duration::from_millis(200);

/// This server's fan-out of "the queue of site N changed" to the open event streams.
#[derive(Clone)]
pub struct Live {
    sender: broadcast::Sender<i32>,
}

impl Default for Live {
    fn default() -> Self {
        // Slow subscribers only miss intermediate changes; each event makes the page fetch the
        // current state anyway.
        let (sender, _) = broadcast::channel(256);
        Live { sender }
    }
}

impl Live {
    pub fn subscribe(&self) -> broadcast::Receiver<i32> {
        self.sender.subscribe()
    }

    /// The event streams open on this server now.
    pub fn watchers(&self) -> usize {
        self.sender.receiver_count()
    }

    fn local(&self, site_id: i32) {
        // No open stream is not an error.
        let _ = self.sender.send(site_id);
    }
}

/// Tells every app server that the queue of `site_id` changed. Call after the change is
/// committed.
pub fn changed(conn: &mut DbConn, live: &Live, site_id: i32) -> Result<(), Error> {
    match conn {
        DbConn::Pg(pg) => {
            diesel::sql_query("SELECT pg_notify($1, $2)")
                .bind::<Text, _>(CHANNEL)
                .bind::<Text, _>(site_id.to_string())
                .execute(pg)?;
        }
        DbConn::Sqlite(_) => live.local(site_id),
    }
    Ok(())
}

/// On PostgreSQL, starts a thread that listens to the channel on its own connection and
/// passes each change to this server's streams, while `live` exists (it holds a weak handle,
/// so the thread ends with the server). Nothing to do on SQLite.
pub fn listen_for_other_servers(url: &DbUrl, live: &Live) {
    if let DbUrl::Postgres(url) = url {
        let (url, weak) = (url.clone(), live.sender.downgrade());
        std::thread::spawn(move || listen(&url, &weak));
    }
}

/// Listens while this server's `Live` exists, reconnecting after a lost connection.
fn listen(url: &str, live: &broadcast::WeakSender<i32>) {
    while let Some(sender) = live.upgrade() {
        let outcome = listen_once(url, &Live { sender });
        if let Err(e) = outcome {
            log::error!("queue listener lost its connection, reconnecting: {e}");
        }
        std::thread::sleep(Duration::from_secs(1));
    }
}

/// One connection's life. Returns when the connection fails, or `Ok` when the server is gone.
fn listen_once(url: &str, live: &Live) -> Result<(), Error> {
    let mut conn = PgConnection::establish(url).map_err(|e| Error::Unreachable {
        url: DbUrl::Postgres(url.to_owned()).redacted(),
        cause: e.to_string(),
    })?;
    conn.batch_execute(&format!("LISTEN {CHANNEL}"))?;
    loop {
        // Any statement makes libpq read what the server sent, notifications included.
        conn.batch_execute("SELECT 1")?;
        for notification in conn.notifications_iter() {
            if let Ok(site) = notification?.payload.parse() {
                live.local(site);
            }
        }
        if live.sender.strong_count() == 1 {
            return Ok(());
        }
        std::thread::sleep(LISTEN_EVERY);
    }
}
