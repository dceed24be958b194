//! Live updates of the queue pages. Whenever a site's queue changes, every browser showing a
//! ticket or the board of that site hears it (the event streams are in `routes`). A ticket's
//! stream sends the ticket's new state itself, read from one snapshot of the site's tickets
//! per change on this server (`Live::snapshot`), so a thousand open pages cost one set of
//! queries, not a thousand. With several app servers on PostgreSQL the change travels by
//! `NOTIFY`, which each other server's listener turns into a local event; the server that
//! made the change tells its own streams at once. On SQLite (one server) it stays in-process.
//! A number taken that matched nobody says so (`Change::Joined`): it changes no earlier
//! ticket, so their streams answer at once without reading anything.

use std::collections::HashMap;
use std::future::Future;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError, Weak};
use std::time::Duration;

use chrono::NaiveDate;
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::sql_types::Text;
use tokio::sync::{broadcast, OnceCell};

use super::Ticket;
use crate::db::{DbConn, DbUrl};
use crate::error::Error;

const CHANNEL: &str = "digikaveri_queue";
/// How often the listener asks PostgreSQL for notifications: the upper bound of the delay
/// between a change on one server and the streams of another, which at 20 ms was a third of
/// the delivery goal (50 ms). 200 `SELECT 1` a second per server cost at most about 4 % of
/// one core, both sides together (a round trip took 0.2 ms in `pgbench` on a loaded machine).
const LISTEN_EVERY: Duration = Duration::from_millis(5);

/// Names each `Live` of this process apart in `NOTIFY` payloads (tests run several servers
/// in one process).
static NEXT_SERVER: AtomicU64 = AtomicU64::new(1);

/// What changed in a site's queue, as far as the holders of its tickets can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// A number was taken at the end of the queue and nobody was matched: every earlier
    /// ticket keeps its place, wait and helper.
    Joined,
    /// Anything else: any ticket may have changed.
    Any,
}

impl Change {
    /// Two changes heard as one: `Any` unless both were `Joined`.
    pub fn and(self, other: Change) -> Change {
        if self == Change::Joined && other == Change::Joined {
            Change::Joined
        } else {
            Change::Any
        }
    }
}

/// This server's fan-out of "the queue of site N changed" to the open event streams, and the
/// snapshots of sites' tickets those streams share.
#[derive(Clone)]
pub struct Live {
    inner: Arc<Inner>,
}

struct Inner {
    sender: broadcast::Sender<(i32, Change)>,
    /// This server in `NOTIFY` payloads, so that its listener skips what it already told its
    /// own streams.
    server: String,
    /// How many changes of each site this server heard: the snapshot of a site is read again
    /// once per generation.
    generations: Mutex<HashMap<i32, u64>>,
    /// The newest snapshot of each site's queue day.
    snapshots: PerChange<(i32, NaiveDate), SiteSnapshot>,
}

/// Values made from a site's queue (a snapshot, a rendered part of a page) that every stream
/// on this server shares, by key: made once per generation by the first stream that needs
/// it, while the others wait for that one read. A value newer than the asker expected is used
/// as it is.
pub struct PerChange<K, V> {
    values: Mutex<HashMap<K, (u64, SharedMaking<V>)>>,
}

/// One making of a value, shared by every stream that waits for it.
type SharedMaking<V> = Arc<OnceCell<Arc<V>>>;

impl<K, V> Default for PerChange<K, V> {
    fn default() -> Self {
        PerChange {
            values: Mutex::default(),
        }
    }
}

impl<K: Eq + Hash, V> PerChange<K, V> {
    /// The value for `key` as of `generation`, made by `make` unless it was already.
    pub async fn get<F, Fut>(&self, key: K, generation: u64, make: F) -> Result<Arc<V>, Error>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<V, Error>>,
    {
        let cell = {
            let mut values = lock(&self.values);
            let entry = values
                .entry(key)
                .or_insert_with(|| (generation, Arc::default()));
            if entry.0 < generation {
                *entry = (generation, Arc::default());
            }
            Arc::clone(&entry.1)
        };
        let value = cell
            .get_or_try_init(|| async { make().await.map(Arc::new) })
            .await?;
        Ok(Arc::clone(value))
    }

    /// Forgets the values whose key `keep` refuses.
    fn retain(&self, mut keep: impl FnMut(&K) -> bool) {
        lock(&self.values).retain(|key, _| keep(key));
    }
}

/// One ticket of a snapshot: its holder's view and whether the three questions are due.
#[derive(Debug, Clone, PartialEq)]
pub struct LiveTicket {
    pub ticket: Ticket,
    pub feedback_due: bool,
}

/// Every ticket of a site's queue day as its holder sees it, read at one instant.
#[derive(Debug, Default)]
pub struct SiteSnapshot {
    pub tickets: HashMap<i32, LiveTicket>,
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // The maps stay consistent even if a holder panicked: each change is one insert.
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Default for Live {
    fn default() -> Self {
        // Slow subscribers only miss intermediate changes: every event leads to the newest
        // state anyway.
        let (sender, _) = broadcast::channel(256);
        Live {
            inner: Arc::new(Inner {
                sender,
                server: format!(
                    "{}-{}",
                    std::process::id(),
                    NEXT_SERVER.fetch_add(1, Ordering::Relaxed)
                ),
                generations: Mutex::default(),
                snapshots: PerChange::default(),
            }),
        }
    }
}

impl Live {
    pub fn subscribe(&self) -> broadcast::Receiver<(i32, Change)> {
        self.inner.sender.subscribe()
    }

    /// The event streams open on this server now.
    pub fn watchers(&self) -> usize {
        self.inner.sender.receiver_count()
    }

    fn local(&self, site_id: i32, change: Change) {
        // Even a `Joined` makes the snapshot old: the new ticket's own stream reads it.
        *lock(&self.inner.generations).entry(site_id).or_default() += 1;
        // No open stream is not an error.
        let _ = self.inner.sender.send((site_id, change));
    }

    /// How many changes of the site this server heard: what is made from its queue is made
    /// again once per generation.
    pub fn generation(&self, site_id: i32) -> u64 {
        lock(&self.inner.generations)
            .get(&site_id)
            .copied()
            .unwrap_or_default()
    }

    /// The site's tickets of `day` as they are since the newest change this server heard:
    /// read by `load` once per change, whichever stream asks first, and shared by the rest.
    /// A snapshot newer than the asker expected is used as it is.
    pub async fn snapshot<F, Fut>(
        &self,
        site_id: i32,
        day: NaiveDate,
        load: F,
    ) -> Result<Arc<SiteSnapshot>, Error>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<SiteSnapshot, Error>>,
    {
        let generation = self.generation(site_id);
        // Earlier days of the site are over: their tickets are purged or soon will be.
        let snapshots = &self.inner.snapshots;
        snapshots.retain(|(site, of)| *site != site_id || *of >= day);
        snapshots.get((site_id, day), generation, load).await
    }
}

/// Tells every app server that the queue of `site_id` changed. Call after the change is
/// committed.
pub fn changed(conn: &mut DbConn, live: &Live, site_id: i32) -> Result<(), Error> {
    tell(conn, live, site_id, Change::Any)
}

/// Tells every app server that `change` happened to the queue of `site_id`.
pub fn tell(conn: &mut DbConn, live: &Live, site_id: i32, change: Change) -> Result<(), Error> {
    live.local(site_id, change);
    if let DbConn::Pg(pg) = conn {
        diesel::sql_query("SELECT pg_notify($1, $2)")
            .bind::<Text, _>(CHANNEL)
            .bind::<Text, _>(payload(site_id, &live.inner.server, change))
            .execute(pg)?;
    }
    Ok(())
}

/// "site server", and " joined" after it for a number taken that matched nobody (a server of
/// the version before reads the first two words only).
fn payload(site_id: i32, server: &str, change: Change) -> String {
    match change {
        Change::Joined => format!("{site_id} {server} joined"),
        Change::Any => format!("{site_id} {server}"),
    }
}

/// On PostgreSQL, starts a thread that listens to the channel on its own connection and
/// passes each other server's change to this server's streams, while `live` exists (it holds
/// a weak handle, so the thread ends with the server). Nothing to do on SQLite.
pub fn listen_for_other_servers(url: &DbUrl, live: &Live) {
    if let DbUrl::Postgres(url) = url {
        let (url, weak) = (url.clone(), Arc::downgrade(&live.inner));
        std::thread::spawn(move || listen(&url, &weak));
    }
}

/// Listens while this server's `Live` exists, reconnecting after a lost connection.
fn listen(url: &str, live: &Weak<Inner>) {
    while let Some(inner) = live.upgrade() {
        let outcome = listen_once(url, &Live { inner });
        if let Err(e) = outcome {
            log::error!("queue listener lost its connection, reconnecting: {e}");
        }
        std::thread::sleep(Duration::from_secs(1));
    }
}

/// The site a notification names and what changed, unless this server sent it. A bare site
/// id (a server of an older version) counts as another server's.
fn site_of(payload: &str, server: &str) -> Option<(i32, Change)> {
    let mut words = payload.split(' ');
    let site = words.next()?.parse().ok()?;
    let sender = words.next().unwrap_or_default();
    let change = match words.next() {
        Some("joined") => Change::Joined,
        _ => Change::Any,
    };
    (sender != server).then_some((site, change))
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
            if let Some((site, change)) = site_of(&notification?.payload, &live.inner.server) {
                live.local(site, change);
            }
        }
        if Arc::strong_count(&live.inner) == 1 {
            return Ok(());
        }
        std::thread::sleep(LISTEN_EVERY);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_server_skips_its_own_notifications_and_hears_the_others() {
        assert_eq!(site_of("7 100-1", "100-1"), None);
        assert_eq!(site_of("7 100-1 joined", "100-1"), None);
        assert_eq!(site_of("7 100-2", "100-1"), Some((7, Change::Any)));
        assert_eq!(
            site_of(&payload(7, "100-2", Change::Joined), "100-1"),
            Some((7, Change::Joined))
        );
        assert_eq!(
            site_of(&payload(7, "100-2", Change::Any), "100-1"),
            Some((7, Change::Any))
        );
        assert_eq!(
            site_of("7", "100-1"),
            Some((7, Change::Any)),
            "a server of an older version"
        );
        assert_eq!(site_of("x 100-2", "100-1"), None);
    }

    #[test]
    fn changes_heard_together_are_joined_only_when_each_was() {
        use Change::{Any, Joined};
        assert_eq!(Joined.and(Joined), Joined);
        assert_eq!(Joined.and(Any), Any);
        assert_eq!(Any.and(Joined), Any);
        assert_eq!(Any.and(Any), Any);
    }
}
