//! The retention rules as pages: the public privacy notice (`/privacy`), the coordinators'
//! page with the last run's counts (`/org/retention`), and the inactive volunteer's "keep my
//! account" button. Both pages are made from `rules::ALL`.

use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::rules::{Period, Rule, ALL};
use super::{inactive, job};
use crate::db::Db;
use crate::error::Error;
use crate::i18n::{format_datetime, MessageId};
use crate::msg;
use crate::web::csrf::{CsrfForm, TokenOnly};
use crate::web::forms::Answer;
use crate::web::guards::{Coordinator, Volunteer};
use crate::web::{Now, PageCtx};

/// A rule as both pages show it.
#[derive(Serialize)]
struct RuleView {
    key: &'static str,
    name: MessageId,
    why: MessageId,
    period: MessageId,
    count: u32,
    /// The last run's count (the coordinators' page).
    removed: u64,
}

fn what(rule: Rule) -> (MessageId, MessageId) {
    match rule {
        Rule::UnclaimedTickets => (
            msg!("rule-unclaimed-tickets"),
            msg!("rule-unclaimed-tickets-why"),
        ),
        Rule::TicketLinks => (msg!("rule-ticket-links"), msg!("rule-ticket-links-why")),
        Rule::SignInSessions => (
            msg!("rule-sign-in-sessions"),
            msg!("rule-sign-in-sessions-why"),
        ),
        Rule::SignInAttempts => (
            msg!("rule-sign-in-attempts"),
            msg!("rule-sign-in-attempts-why"),
        ),
        Rule::UsedLinks => (msg!("rule-used-links"), msg!("rule-used-links-why")),
        Rule::LimitCounts => (msg!("rule-limit-counts"), msg!("rule-limit-counts-why")),
        Rule::AuditLog => (msg!("rule-audit-log"), msg!("rule-audit-log-why")),
        Rule::InactiveVolunteers => (
            msg!("rule-inactive-volunteers"),
            msg!("rule-inactive-volunteers-why"),
        ),
    }
}

/// A period in words, with Fluent's plurals for the number.
fn period(period: Period) -> (MessageId, u32) {
    match period {
        Period::EndOfQueueDay => (msg!("period-end-of-day"), 0),
        Period::Hours(n) => (msg!("period-hours"), n),
        Period::Days(n) => (msg!("period-days"), n),
        Period::Months(n) => (msg!("period-months"), n),
        Period::Years(n) => (msg!("period-years"), n),
    }
}

fn views(counts: &[(Rule, u64)]) -> Vec<RuleView> {
    ALL.iter()
        .map(|&rule| {
            let (name, why) = what(rule);
            let (period, count) = period(rule.period());
            RuleView {
                key: rule.key(),
                name,
                why,
                period,
                count,
                removed: counts
                    .iter()
                    .find(|(r, _)| *r == rule)
                    .map_or(0, |(_, n)| *n),
            }
        })
        .collect()
}

#[derive(Serialize)]
struct NoticePage {
    rules: Vec<RuleView>,
}

/// The privacy notice: what is stored, why and for how long.
#[rocket::get("/privacy")]
pub fn notice(ctx: PageCtx) -> Template {
    let page = NoticePage { rules: views(&[]) };
    ctx.render("retention/notice", msg!("privacy-title"), page)
}

#[derive(Serialize)]
struct RulesPage {
    rules: Vec<RuleView>,
    last_run: Option<String>,
    asked: u64,
}

/// The rules with their periods and what the last run removed.
#[rocket::get("/org/retention")]
pub async fn rules_page(_me: Coordinator, ctx: PageCtx, db: &State<Db>) -> Result<Template, Error> {
    let last = db.run(job::last_run).await?;
    let page = RulesPage {
        rules: views(last.as_ref().map_or(&[][..], |l| &l.counts)),
        last_run: last.as_ref().map(|l| format_datetime(ctx.locale, l.at)),
        asked: last.as_ref().map_or(0, |l| l.asked),
    };
    Ok(ctx.render("retention/rules", msg!("retention-title"), page))
}

/// "Keep my account": answers the question asked of an inactive volunteer.
#[rocket::post("/account/keep", data = "<_form>")]
pub async fn keep_account(
    me: Volunteer,
    now: Now,
    _form: CsrfForm<TokenOnly>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let (actor, now) = (me.actor(), now.0);
    db.run(move |conn| inactive::keep_account(conn, actor, now))
        .await?;
    Ok(Answer::onward("/dashboard", msg!("flash-account-kept")))
}
