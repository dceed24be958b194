//! What the public pages show of the coming help, kept by each app server between writes:
//! `/help`'s times per language and topic, and (through `queue`) a site's short address. An
//! entry holds the generation of `coverage_version` it was read under, which database triggers
//! bump on every write to the tables those pages read (on every server, by every code path),
//! and the instant until which time alone cannot change it (the earliest end among the listed
//! shifts, or when the next one enters the two-week window). A request reads the generation,
//! one primary-key row, instead of the joins.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex};

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::coverage_version;
use crate::db::DbConn;
use crate::error::Error;

/// The generation now: a change to coverage is committed together with its bump.
pub fn generation(conn: &mut DbConn) -> Result<i64, Error> {
    Ok(coverage_version::table
        .find(1)
        .select(coverage_version::generation)
        .first(conn)?)
}

/// A value read from the database, and until when the passing of time leaves it true
/// (`None`: until something is written).
pub struct Timed<V> {
    pub value: V,
    pub valid_until: Option<NaiveDateTime>,
}

/// The earlier of two limits, where `None` is no limit.
pub fn earliest(a: Option<NaiveDateTime>, b: Option<NaiveDateTime>) -> Option<NaiveDateTime> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

struct Entry<V> {
    value: Arc<V>,
    valid_until: Option<NaiveDateTime>,
}

struct Inner<K, V> {
    generation: i64,
    entries: HashMap<K, Entry<V>>,
}

/// One server's cache of values read under a coverage generation. Cloning shares it. Its size
/// is bounded by its keys (languages × topics, site codes that exist): a new generation
/// empties it, and only what was found is kept.
pub struct Cache<K, V> {
    inner: Arc<Mutex<Inner<K, V>>>,
}

impl<K, V> Clone for Cache<K, V> {
    fn clone(&self) -> Self {
        Cache {
            inner: Arc::clone(&self.inner),
        }
    }
}

impl<K, V> Default for Cache<K, V> {
    fn default() -> Self {
        Cache {
            inner: Arc::new(Mutex::new(Inner {
                generation: -1,
                entries: HashMap::new(),
            })),
        }
    }
}

impl<K: Eq + Hash, V> Cache<K, V> {
    /// The value for `key` at `now`: the kept one if nothing was written since and time has not
    /// run past it, otherwise `load`ed (outside the lock) and kept. `keep` says whether a loaded
    /// value is worth keeping (a page that was not found is not).
    pub fn get_or_load(
        &self,
        conn: &mut DbConn,
        key: K,
        now: NaiveDateTime,
        load: impl FnOnce(&mut DbConn) -> Result<Timed<V>, Error>,
        keep: impl FnOnce(&V) -> bool,
    ) -> Result<Arc<V>, Error> {
        // Read before loading: what is loaded is then at least as new as the generation it
        // is kept under.
        let generation = generation(conn)?;
        {
            let mut inner = self.lock();
            if inner.generation < generation {
                inner.entries.clear();
                inner.generation = generation;
            }
            // A request that read an older generation than another one loads for itself.
            if let Some(entry) = inner
                .entries
                .get(&key)
                .filter(|_| inner.generation == generation)
            {
                if entry.valid_until.is_none_or(|until| now < until) {
                    return Ok(Arc::clone(&entry.value));
                }
            }
        }
        let Timed { value, valid_until } = load(conn)?;
        let value = Arc::new(value);
        if keep(&value) {
            let mut inner = self.lock();
            // A writer may have moved on meanwhile; then this value is not kept.
            if inner.generation == generation {
                inner.entries.insert(
                    key,
                    Entry {
                        value: Arc::clone(&value),
                        valid_until,
                    },
                );
            }
        }
        Ok(value)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner<K, V>> {
        // A panic while holding the lock leaves only a cache behind; carry on with it.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }
}
