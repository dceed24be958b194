//! The retention rules with their periods: the one list the job applies, the coordinators'
//! page shows and the privacy notice tells.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::auth::{sessions, throttle};
use crate::db::schema::{
    audit_events, invitations, login_sessions, password_resets, sign_in_attempts,
};
use crate::db::DbConn;
use crate::error::Error;
use crate::{help_sessions, limits, queue, volunteers};

/// How long something is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// Until the queue's day is over.
    EndOfQueueDay,
    Hours(u32),
    Days(u32),
    Months(u32),
    Years(u32),
}

/// One rule: what goes, and when.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rule {
    /// Queue numbers nobody was helped with, at the end of the queue's day.
    UnclaimedTickets,
    /// The link between a ticket and its help session or answers, at the end of the day (the
    /// answers themselves let go of the ticket when given).
    TicketLinks,
    /// Sign-in sessions past their idle or absolute limit.
    SignInSessions,
    /// Sign-in attempts counted for throttling.
    SignInAttempts,
    /// Password reset links, invitations and join requests once used or expired.
    UsedLinks,
    /// The counts behind the limits on public forms.
    LimitCounts,
    /// The audit log.
    AuditLog,
    /// Volunteers who have not signed in for a year are asked; anonymised a month later
    /// unless they answer.
    InactiveVolunteers,
}

/// Every rule, in the order they are applied and shown.
pub const ALL: [Rule; 8] = [
    Rule::UnclaimedTickets,
    Rule::TicketLinks,
    Rule::SignInSessions,
    Rule::SignInAttempts,
    Rule::UsedLinks,
    Rule::LimitCounts,
    Rule::AuditLog,
    Rule::InactiveVolunteers,
];

/// Audit entries are kept this long.
pub const AUDIT_KEPT: Duration = Duration::days(2 * 365);

impl Rule {
    /// The stable name, used as the key of the run's counts.
    pub fn key(self) -> &'static str {
        match self {
            Rule::UnclaimedTickets => "unclaimed-tickets",
            Rule::TicketLinks => "ticket-links",
            Rule::SignInSessions => "sign-in-sessions",
            Rule::SignInAttempts => "sign-in-attempts",
            Rule::UsedLinks => "used-links",
            Rule::LimitCounts => "limit-counts",
            Rule::AuditLog => "audit-log",
            Rule::InactiveVolunteers => "inactive-volunteers",
        }
    }

    pub fn from_key(key: &str) -> Option<Rule> {
        ALL.into_iter().find(|rule| rule.key() == key)
    }

    /// How long what the rule covers is kept.
    pub fn period(self) -> Period {
        match self {
            Rule::UnclaimedTickets | Rule::TicketLinks => Period::EndOfQueueDay,
            Rule::SignInSessions => Period::Days(sessions::ABSOLUTE_LIMIT.num_days() as u32),
            Rule::SignInAttempts => Period::Days(throttle::KEEP.num_days() as u32),
            Rule::UsedLinks => Period::Days(crate::invitations::VALID_FOR.num_days() as u32),
            Rule::LimitCounts => Period::Hours(limits::KEPT.num_hours() as u32),
            Rule::AuditLog => Period::Years(2),
            Rule::InactiveVolunteers => Period::Years(1),
        }
    }

    /// Applies a rule other than `InactiveVolunteers` (which `inactive` applies): how many rows
    /// went or let go. Each statement or batch is its own transaction.
    pub fn apply(self, conn: &mut DbConn, now: NaiveDateTime) -> Result<usize, Error> {
        match self {
            Rule::UnclaimedTickets => queue::purge_unclaimed(conn, now),
            Rule::TicketLinks => help_sessions::day_end::let_go_of_days_over(conn, now),
            Rule::SignInSessions => Ok(diesel::delete(
                login_sessions::table.filter(
                    login_sessions::last_seen_at
                        .lt(now - sessions::IDLE_LIMIT)
                        .or(login_sessions::created_at.lt(now - sessions::ABSOLUTE_LIMIT)),
                ),
            )
            .execute(conn)?),
            Rule::SignInAttempts => Ok(diesel::delete(
                sign_in_attempts::table
                    .filter(sign_in_attempts::created_at.lt(now - throttle::KEEP)),
            )
            .execute(conn)?),
            Rule::UsedLinks => {
                let resets = diesel::delete(
                    password_resets::table.filter(
                        password_resets::used_at
                            .is_not_null()
                            .or(password_resets::expires_at.lt(now)),
                    ),
                )
                .execute(conn)?;
                let invitations = diesel::delete(
                    invitations::table.filter(
                        invitations::used_at
                            .is_not_null()
                            .or(invitations::expires_at.lt(now)),
                    ),
                )
                .execute(conn)?;
                Ok(resets + invitations + volunteers::purge_join_requests(conn, now)?)
            }
            Rule::LimitCounts => limits::purge(conn, now),
            Rule::AuditLog => Ok(diesel::delete(
                audit_events::table.filter(audit_events::created_at.lt(now - AUDIT_KEPT)),
            )
            .execute(conn)?),
            Rule::InactiveVolunteers => Ok(0),
        }
    }
}
