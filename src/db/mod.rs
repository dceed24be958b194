//! The database layer: one connection type for SQLite and PostgreSQL, the pool, embedded
//! migrations, and the transaction helper that makes read-then-write safe on both backends.

pub mod schema;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use diesel::connection::{AnsiTransactionManager, SimpleConnection, TransactionManager};
use diesel::prelude::*;
use diesel::r2d2::{self, ManageConnection, Pool, PooledConnection, R2D2Connection};
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};

use crate::error::Error;

pub const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
pub const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// A connection to whichever backend `DATABASE_URL` names.
#[derive(diesel::MultiConnection)]
pub enum DbConn {
    Pg(PgConnection),
    Sqlite(SqliteConnection),
}

/// Where the data lives, parsed from `DATABASE_URL`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DbUrl {
    Sqlite(String),
    Postgres(String),
}

impl DbUrl {
    /// A plain path, `sqlite://path` or `sqlite:path` is SQLite; `postgres://` or
    /// `postgresql://` is PostgreSQL; any other scheme is refused rather than guessed.
    pub fn parse(url: &str) -> Result<DbUrl, Error> {
        let url = url.trim();
        if url.is_empty() {
            return Err(Error::Config("DATABASE_URL is empty".into()));
        }
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(DbUrl::Postgres(url.to_owned()));
        }
        if let Some(path) = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))
        {
            return Ok(DbUrl::Sqlite(path.to_owned()));
        }
        match url.split_once("://") {
            Some((scheme, _)) => Err(Error::Config(format!(
                "DATABASE_URL uses the scheme '{scheme}', which Digikaveri does not support: \
                 use a file path, sqlite://PATH or postgres://…"
            ))),
            None => Ok(DbUrl::Sqlite(url.to_owned())),
        }
    }

    /// The URL without a password, safe to print.
    pub fn redacted(&self) -> String {
        match self {
            DbUrl::Sqlite(path) => format!("sqlite://{path}"),
            DbUrl::Postgres(url) => redact_password(url),
        }
    }

    pub fn is_sqlite(&self) -> bool {
        matches!(self, DbUrl::Sqlite(_))
    }
}

fn redact_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    match rest.split_once('@') {
        Some((userinfo, host)) => {
            let user = userinfo.split(':').next().unwrap_or_default();
            format!("{scheme}://{user}@{host}")
        }
        None => url.to_owned(),
    }
}

/// Our own r2d2 manager: it picks the backend from the URL and keeps the real connection error
/// (the derived `establish` of a multi-connection reports only the last backend's failure).
#[derive(Debug, Clone)]
pub struct Manager {
    url: DbUrl,
}

impl ManageConnection for Manager {
    type Connection = DbConn;
    type Error = r2d2::Error;

    fn connect(&self) -> Result<DbConn, r2d2::Error> {
        match &self.url {
            DbUrl::Postgres(url) => PgConnection::establish(url)
                .map(DbConn::Pg)
                .map_err(r2d2::Error::ConnectionError),
            DbUrl::Sqlite(path) => {
                let mut conn =
                    SqliteConnection::establish(path).map_err(r2d2::Error::ConnectionError)?;
                // Per connection: enforce references, wait for a writer instead of failing at
                // once, and skip the fsync per commit that WAL makes unnecessary.
                conn.batch_execute(
                    "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; \
                     PRAGMA synchronous = NORMAL;",
                )
                .map_err(r2d2::Error::QueryError)?;
                Ok(DbConn::Sqlite(conn))
            }
        }
    }

    fn is_valid(&self, conn: &mut DbConn) -> Result<(), r2d2::Error> {
        conn.ping().map_err(r2d2::Error::QueryError)
    }

    fn has_broken(&self, conn: &mut DbConn) -> bool {
        std::thread::panicking() || conn.is_broken()
    }
}

pub type DbPool = Pool<Manager>;
pub type PooledConn = PooledConnection<Manager>;

/// The pool shared by every request; cloning is cheap.
#[derive(Clone)]
pub struct Db {
    pool: DbPool,
    url: DbUrl,
    /// When getting a connection last failed. Monotonic time, not the app's clock: it only
    /// measures how long to answer at once before waiting on the database again.
    failed_at: Arc<Mutex<Option<Instant>>>,
}

/// After a failed connection, requests for this long take only a free pooled connection and
/// otherwise answer 503 at once; then one request waits on the database again.
const ANSWER_AT_ONCE_FOR: Duration = Duration::from_secs(3);

/// A connection from the pool, or the error at once while the database was just found down.
fn checkout(pool: &DbPool, failed_at: &Mutex<Option<Instant>>) -> Result<PooledConn, Error> {
    let just_failed = failed_at
        .lock()
        .map(|at| at.is_some_and(|at| at.elapsed() < ANSWER_AT_ONCE_FOR))
        .unwrap_or(false);
    if just_failed {
        return pool.try_get().ok_or(Error::StillDown);
    }
    let got = pool.get();
    if let Ok(mut at) = failed_at.lock() {
        *at = got.is_err().then(Instant::now);
    }
    Ok(got?)
}

impl Db {
    /// Connects once directly (so an unreachable database is reported with its real cause),
    /// then builds the pool.
    pub fn connect(database_url: &str) -> Result<Db, Error> {
        let url = DbUrl::parse(database_url)?;
        let manager = Manager { url: url.clone() };
        let mut first = manager.connect().map_err(|e| Error::Unreachable {
            url: url.redacted(),
            cause: e.to_string(),
        })?;
        if let DbConn::Sqlite(conn) = &mut first {
            // WAL is a property of the file: set it once, and readers no longer wait for writers.
            conn.batch_execute("PRAGMA journal_mode = WAL;")?;
        }
        drop(first);
        // No idle minimum: r2d2 would open replacement connections on a background thread,
        // and a short command (create-admin) exiting while libpq is mid-connect on it was
        // seen to die by a signal. Connections are opened on demand and kept while in use.
        let pool = Pool::builder()
            .max_size(if url.is_sqlite() { 8 } else { 16 })
            .min_idle(Some(0))
            // A database that is down is answered with 503 within a second, not after a long
            // wait that a load balancer takes for a dead server (and at once while it stays
            // down, see `checkout`).
            .connection_timeout(Duration::from_millis(800))
            .build(manager)?;
        Ok(Db {
            pool,
            url,
            failed_at: Arc::default(),
        })
    }

    pub fn url(&self) -> &DbUrl {
        &self.url
    }

    /// The pool's connections: (open, of them idle), for the operators' metrics.
    pub fn pool_use(&self) -> (u32, u32) {
        let state = self.pool.state();
        (state.connections, state.idle_connections)
    }

    pub fn get(&self) -> Result<PooledConn, Error> {
        checkout(&self.pool, &self.failed_at)
    }

    /// Runs blocking database work on Rocket's blocking thread pool, off the async workers.
    pub async fn run<T, F>(&self, work: F) -> Result<T, Error>
    where
        F: FnOnce(&mut DbConn) -> Result<T, Error> + Send + 'static,
        T: Send + 'static,
    {
        let (pool, failed_at) = (self.pool.clone(), Arc::clone(&self.failed_at));
        tokio::task::spawn_blocking(move || {
            let mut conn = checkout(&pool, &failed_at)?;
            work(&mut conn)
        })
        .await?
    }

    pub fn migrate(&self) -> Result<(), Error> {
        run_migrations(&mut *self.get()?)
    }
}

/// Applies every pending migration of the connection's backend.
pub fn run_migrations(conn: &mut DbConn) -> Result<(), Error> {
    let done = match conn {
        DbConn::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS).map(|_| ()),
        DbConn::Pg(c) => c.run_pending_migrations(POSTGRES_MIGRATIONS).map(|_| ()),
    };
    done.map_err(|e| Error::Migration(e.to_string()))
}

/// Reverts every applied migration (used by the tests that prove each `down.sql` works).
pub fn revert_migrations(conn: &mut DbConn) -> Result<(), Error> {
    let done = match conn {
        DbConn::Sqlite(c) => c.revert_all_migrations(SQLITE_MIGRATIONS).map(|_| ()),
        DbConn::Pg(c) => c.revert_all_migrations(POSTGRES_MIGRATIONS).map(|_| ()),
    };
    done.map_err(|e| Error::Migration(e.to_string()))
}

/// A transaction for work that reads and then writes. On SQLite it starts with
/// `BEGIN IMMEDIATE`: a deferred transaction that later wants to write fails with "database is
/// locked" when another writer got there first, instead of waiting its turn. Inside an open
/// transaction it becomes a savepoint, so domain functions can call each other.
pub fn write_tx<T, E, F>(conn: &mut DbConn, work: F) -> Result<T, E>
where
    F: FnOnce(&mut DbConn) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    let open = <DbConn as Connection>::TransactionManager::transaction_manager_status_mut(conn)
        .transaction_depth()?
        .is_some();
    if open {
        return conn.transaction(work);
    }
    match conn {
        DbConn::Sqlite(c) => AnsiTransactionManager::begin_transaction_sql(c, "BEGIN IMMEDIATE")?,
        DbConn::Pg(c) => AnsiTransactionManager::begin_transaction(c)?,
    }
    match work(conn) {
        Ok(value) => {
            <DbConn as Connection>::TransactionManager::commit_transaction(conn)?;
            Ok(value)
        }
        Err(e) => {
            <DbConn as Connection>::TransactionManager::rollback_transaction(conn)?;
            Err(e)
        }
    }
}
