//! The integration suite: one binary (one link step) with a module per domain. It runs on
//! SQLite, and on PostgreSQL when `TEST_DATABASE_URL` is set (see `.ci/run`).

// A test stops at the first thing that goes wrong; panicking says where.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

mod accounts;
mod architecture;
mod bidi;
mod clock;
mod database;
mod duty;
mod foundation;
mod help_coverage;
mod help_session_changes;
mod help_sessions;
mod live;
mod locales;
mod matching;
mod operations;
mod permissions;
mod queue;
mod queue_auto;
mod reminders;
mod reports;
mod retention;
mod safety;
mod shifts;
mod sites;
mod skills;
mod skills_charts;
mod skills_confirmations;
mod skills_proof_pdf;
mod skills_proofs;
mod training;
mod training_sessions;
mod volunteer_profile;
