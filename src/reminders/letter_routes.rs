//! The outbox's letters and their worker: the scans of the areas write the dated reminders,
//! then the due mails are claimed, written in each reader's saved language from Fluent and
//! sent through `Config.mailer`. Run by `web/tasks.rs` on every app server; the claim keeps
//! two servers from sending one mail twice.

use crate::config::Config;
use crate::db::DbConn;
use crate::error::Error;
use crate::i18n::{format_time_span, Locale};
use crate::mail::Mail;
use crate::msg;
use crate::reminders::{self, Due, Kind, Status};
use crate::shifts;
use crate::skills;
use crate::web::labels;

use chrono::NaiveDateTime;
use rocket::fairing::{Fairing, Info, Kind as FairingKind};
use rocket::{Orbit, Rocket};

use crate::clock::Clock;
use crate::db::Db;

/// What one round of sending did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Round {
    pub written: usize,
    pub sent: usize,
    /// Failed this time and to be tried again later.
    pub retrying: usize,
    /// Failed for the last time.
    pub failed: usize,
}

/// Writes the dated reminders (tomorrow's shifts, self-assessments due); how many were new.
pub fn scan(conn: &mut DbConn, now: NaiveDateTime) -> Result<usize, Error> {
    Ok(shifts::tomorrow::remind(conn, now)? + skills::assessments::remind_due(conn, now)?)
}

/// Sends the mails that are due now. The claimed batch is sent while this connection is
/// held; a mail server that does not answer delays only this worker.
pub fn send_due(conn: &mut DbConn, config: &Config, now: NaiveDateTime) -> Result<Round, Error> {
    let mut round = Round::default();
    for due in reminders::claim_due(conn, now)? {
        let mail = letter(&due, config);
        match config.mailer.send(&mail) {
            Ok(()) => {
                reminders::mark_sent(conn, due.id, now)?;
                round.sent += 1;
            }
            Err(error) => match reminders::mark_failed(conn, &due, &error, now)? {
                Status::Failed => round.failed += 1,
                _ => round.retrying += 1,
            },
        }
    }
    Ok(round)
}

/// A scan (when `with_scan`) and a round of sending.
pub fn work(
    conn: &mut DbConn,
    config: &Config,
    now: NaiveDateTime,
    with_scan: bool,
) -> Result<Round, Error> {
    let written = if with_scan { scan(conn, now)? } else { 0 };
    Ok(Round {
        written,
        ..send_due(conn, config, now)?
    })
}

/// The mail in its reader's saved language (Finnish when that is not one of ours).
pub fn letter(due: &Due, config: &Config) -> Mail {
    let locale = Locale::from_code(&due.locale).unwrap_or(Locale::DEFAULT);
    let (when, site) = match &due.params.shift {
        Some(shift) => (
            format_time_span(locale, shift.starts_at, shift.ends_at),
            shift.site.clone(),
        ),
        None => (String::new(), String::new()),
    };
    let areas = due
        .params
        .areas
        .iter()
        .map(|key| format!("- {}", locale.text(labels::skill_area(key))))
        .collect::<Vec<_>>()
        .join("\n");
    let choices = config.link("/account/reminders");
    let args = [
        ("when", when.as_str()),
        ("site", site.as_str()),
        ("areas", areas.as_str()),
        ("link", choices.as_str()),
    ];
    let (subject, body) = match due.kind {
        Kind::ShiftTomorrow => (
            msg!("mail-shift-tomorrow-subject"),
            msg!("mail-shift-tomorrow-body"),
        ),
        Kind::Promoted => (msg!("mail-promoted-subject"), msg!("mail-promoted-body")),
        Kind::ShiftChanged => (
            msg!("mail-shift-changed-subject"),
            msg!("mail-shift-changed-body"),
        ),
        Kind::ShiftCancelled => (
            msg!("mail-shift-cancelled-subject"),
            msg!("mail-shift-cancelled-body"),
        ),
        Kind::Approved => (msg!("mail-approved-subject"), msg!("mail-approved-body")),
        Kind::Activated => (msg!("mail-activated-subject"), msg!("mail-activated-body")),
        Kind::AssessmentDue => (
            msg!("mail-assessment-due-subject"),
            msg!("mail-assessment-due-body"),
        ),
    };
    let body = format!(
        "{}\n\n{}",
        locale.text_with(body, &args),
        locale.text_with(msg!("mail-reminders-footer"), &args)
    );
    Mail {
        to: due.email.clone(),
        subject: locale.text_with(subject, &args),
        body,
    }
}

/// The mail worker: every 30 seconds it sends the outbox's due mails, and every 20th time
/// (10 minutes) it first scans for the dated reminders. Every app server runs it; the claim
/// in `reminders::claim_due` keeps two from sending one mail, and the outbox's unique key
/// keeps two scans from writing one reminder twice.
pub struct MailWorker;

/// How often the worker looks at the outbox, and how many of those rounds also scan.
const MAIL_EVERY: std::time::Duration = std::time::Duration::from_secs(30);
const SCAN_EVERY_ROUNDS: u32 = 20;

#[rocket::async_trait]
impl Fairing for MailWorker {
    fn info(&self) -> Info {
        Info {
            name: "send the mail outbox",
            kind: FairingKind::Liftoff,
        }
    }

    async fn on_liftoff(&self, rocket: &Rocket<Orbit>) {
        let (Some(db), Some(clock), Some(config)) = (
            rocket.state::<Db>().cloned(),
            rocket.state::<Clock>().cloned(),
            rocket
                .state::<Config>()
                .map(|c| std::sync::Arc::new(c.clone())),
        ) else {
            return;
        };
        rocket::tokio::spawn(async move {
            // The first round comes one period after the start, not at once.
            let first = rocket::tokio::time::Instant::now() + MAIL_EVERY;
            let mut every = rocket::tokio::time::interval_at(first, MAIL_EVERY);
            let mut round: u32 = 0;
            loop {
                every.tick().await;
                let now = clock.now();
                let with_scan = round.is_multiple_of(SCAN_EVERY_ROUNDS);
                round = round.wrapping_add(1);
                let config = std::sync::Arc::clone(&config);
                match db
                    .run(move |conn| work(conn, &config, now, with_scan))
                    .await
                {
                    Ok(done) if done.failed > 0 => {
                        log::warn!("{} mails failed for the last time", done.failed)
                    }
                    Ok(_) => {}
                    Err(e) => log::error!("the mail worker failed: {e}"),
                }
            }
        });
    }
}
