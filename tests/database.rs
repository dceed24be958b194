//! The database layer on both backends: migrations, timestamps, concurrent writes, and
//! start-up refusals that a person can read.

use std::collections::BTreeSet;
use std::process::Command;

use chrono::{Duration, NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel::sql_types::Text;
use digikaveri::db::schema::organisations;
use digikaveri::db::{self, write_tx, Db, DbConn, DbUrl};
use digikaveri::error::Error;

use crate::common::{helsinki, migrated, TestDb, DEMO_INSTANT};

/// The instant these tests stamp rows with.
fn now() -> NaiveDateTime {
    helsinki(DEMO_INSTANT)
}

fn folder_names(backend: &str) -> BTreeSet<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("migrations")
        .join(backend);
    std::fs::read_dir(dir)
        .expect("migration folder")
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn both_migration_sets_have_the_same_folders() {
    let sqlite = folder_names("sqlite");
    assert!(!sqlite.is_empty());
    assert_eq!(sqlite, folder_names("postgres"));
    for name in &sqlite {
        for backend in ["sqlite", "postgres"] {
            for file in ["up.sql", "down.sql"] {
                let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("migrations")
                    .join(backend)
                    .join(name)
                    .join(file);
                assert!(path.is_file(), "{} missing", path.display());
            }
        }
    }
}

#[derive(QueryableByName)]
struct SchemaLine {
    #[diesel(sql_type = Text)]
    line: String,
}

/// The whole schema as lines of text: every table, column, constraint, index and trigger,
/// without the migration bookkeeping table.
fn schema(conn: &mut DbConn) -> Vec<String> {
    let queries: &[&str] = match conn {
        DbConn::Sqlite(_) => &[
            "SELECT type || ' ' || name || ': ' || COALESCE(sql, '') AS line \
             FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' \
             AND name NOT LIKE '%diesel_schema_migrations%' ORDER BY type, name",
        ],
        DbConn::Pg(_) => &[
            "SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable \
             || ' ' || COALESCE(column_default, '') AS line FROM information_schema.columns \
             WHERE table_schema = 'public' AND table_name <> '__diesel_schema_migrations' \
             ORDER BY table_name, column_name",
            "SELECT conrelid::regclass::text || ' ' || conname || ' ' || \
             pg_get_constraintdef(oid) AS line FROM pg_constraint \
             WHERE connamespace = 'public'::regnamespace \
             AND conrelid::regclass::text <> '__diesel_schema_migrations' ORDER BY line",
            "SELECT indexdef AS line FROM pg_indexes WHERE schemaname = 'public' \
             AND tablename <> '__diesel_schema_migrations' ORDER BY indexname",
        ],
    };
    let mut lines = Vec::new();
    for query in queries {
        let rows: Vec<SchemaLine> = diesel::sql_query(*query).load(conn).unwrap();
        lines.extend(rows.into_iter().map(|r| r.line));
    }
    lines
}

#[test]
fn migrations_run_up_down_and_up_again_to_the_same_schema() {
    let test_db = TestDb::new();
    let db = migrated(&test_db, Some(now()));
    let mut conn = db.get().unwrap();
    let first = schema(&mut conn);
    assert!(
        first.iter().any(|line| line.contains("shift_signups")),
        "the dump sees the tables: {first:?}"
    );
    db::revert_migrations(&mut conn).expect("every down.sql runs");
    assert_eq!(
        schema(&mut conn),
        Vec::<String>::new(),
        "down leaves nothing"
    );
    db::run_migrations(&mut conn).expect("up again");
    assert_eq!(
        schema(&mut conn),
        first,
        "up after down makes the same schema"
    );
    let count: i64 = organisations::table.count().get_result(&mut *conn).unwrap();
    assert_eq!(count, 0);
}

#[test]
fn a_timestamp_reads_back_equal() {
    let test_db = TestDb::new();
    let db = migrated(&test_db, None);
    let mut conn = db.get().unwrap();
    let times = [
        now(),
        NaiveDate::from_ymd_opt(2026, 3, 29)
            .unwrap()
            .and_hms_micro_opt(0, 59, 59, 999_999)
            .unwrap(),
        now() - Duration::days(400),
    ];
    for (i, written) in times.into_iter().enumerate() {
        let id: i32 = diesel::insert_into(organisations::table)
            .values((
                organisations::name.eq("Aikatesti"),
                organisations::slug.eq(format!("aika-{i}")),
                organisations::created_at.eq(written),
            ))
            .returning(organisations::id)
            .get_result(&mut *conn)
            .unwrap();
        let read: chrono::NaiveDateTime = organisations::table
            .find(id)
            .select(organisations::created_at)
            .first(&mut *conn)
            .unwrap();
        assert_eq!(read, written);
    }
}

/// Twenty threads each read a count and then write in one transaction. Without
/// `BEGIN IMMEDIATE` most of them fail on SQLite with "database is locked".
fn concurrent_writes(db: &Db) {
    let threads: Vec<_> = (0..20)
        .map(|i| {
            let db = db.clone();
            std::thread::spawn(move || -> Result<(), Error> {
                let mut conn = db.get()?;
                write_tx(&mut conn, |conn| {
                    let before: i64 = organisations::table.count().get_result(conn)?;
                    std::thread::sleep(std::time::Duration::from_millis(2));
                    diesel::insert_into(organisations::table)
                        .values((
                            organisations::name.eq(format!("Yhdistys {before}")),
                            organisations::slug.eq(format!("yhdistys-{i}")),
                            organisations::created_at.eq(now()),
                        ))
                        .execute(conn)?;
                    Ok(())
                })
            })
        })
        .collect();
    let failures: Vec<String> = threads
        .into_iter()
        .filter_map(|t| t.join().expect("no panic").err().map(|e| e.to_string()))
        .collect();
    assert!(failures.is_empty(), "failed writes: {failures:?}");
    let mut conn = db.get().unwrap();
    let count: i64 = organisations::table.count().get_result(&mut *conn).unwrap();
    assert_eq!(count, 20);
}

#[test]
fn twenty_threads_write_through_write_tx_into_one_sqlite_file() {
    let test_db = TestDb::sqlite();
    concurrent_writes(&migrated(&test_db, None));
}

#[test]
fn twenty_threads_write_through_write_tx_on_the_run_backend() {
    let test_db = TestDb::new();
    concurrent_writes(&migrated(&test_db, None));
}

#[test]
fn a_failed_write_tx_leaves_nothing_behind() {
    let test_db = TestDb::new();
    let db = migrated(&test_db, None);
    let mut conn = db.get().unwrap();
    let result: Result<(), Error> = write_tx(&mut conn, |conn| {
        diesel::insert_into(organisations::table)
            .values((
                organisations::name.eq("Puoliksi"),
                organisations::slug.eq("x"),
                organisations::created_at.eq(now()),
            ))
            .execute(conn)?;
        Err(Error::NotFound)
    });
    assert!(result.is_err());
    let count: i64 = organisations::table.count().get_result(&mut *conn).unwrap();
    assert_eq!(count, 0);
}

#[test]
fn database_urls_choose_the_backend_or_are_refused() {
    assert_eq!(
        DbUrl::parse("data/dk.sqlite3").unwrap(),
        DbUrl::Sqlite("data/dk.sqlite3".into())
    );
    assert_eq!(
        DbUrl::parse("sqlite:///tmp/x.db").unwrap(),
        DbUrl::Sqlite("/tmp/x.db".into())
    );
    assert!(matches!(
        DbUrl::parse("postgresql://u@h/db").unwrap(),
        DbUrl::Postgres(_)
    ));
    assert!(DbUrl::parse("mysql://root@localhost/dk").is_err());
    assert!(DbUrl::parse("  ").is_err());
    let redacted = DbUrl::parse("postgres://app:s3cret@db:5432/dk")
        .unwrap()
        .redacted();
    assert_eq!(redacted, "postgres://app@db:5432/dk");
}

/// Start-up problems end the program with one readable sentence and a failure code.
fn start_with(url: &str) -> (Option<i32>, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_digikaveri"))
        .arg("migrate")
        .env("DATABASE_URL", url)
        .output()
        .expect("run the binary");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn bad_database_urls_stop_start_up_with_one_sentence() {
    let (code, stderr) = start_with("mysql://root@localhost/dk");
    assert_eq!(code, Some(1));
    assert!(stderr.contains("scheme 'mysql'"), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(!stderr.contains("panicked"));

    let (code, stderr) = start_with("postgres://nobody:hunter2@127.0.0.1:1/nowhere");
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("cannot reach the database at postgres://nobody@127.0.0.1:1/nowhere"),
        "{stderr}"
    );
    assert!(!stderr.contains("hunter2"), "no password in the message");
    assert!(!stderr.contains("panicked"));
}

#[test]
fn the_migrate_command_creates_an_sqlite_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.sqlite3");
    let (code, stderr) = start_with(&format!("sqlite://{}", path.display()));
    assert_eq!(code, Some(0), "{stderr}");
    assert!(path.is_file());
}
