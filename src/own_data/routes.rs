//! A person's own data: the download (`/account/export.json`, an attachment) and the readable
//! page (`/account/data`): a section per table in the reader's language, each row a short list
//! of translated fields, and the staff who looked at their page. Both are audited.

use std::fmt::Display;

use chrono::{NaiveDate, NaiveDateTime};
use rocket::http::Header;
use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::{self as export, AssessmentKind, Module, OwnData, Tables};
use crate::auth::sessions::CurrentUser;
use crate::db::Db;
use crate::error::Error;
use crate::i18n::{format_date, format_datetime, format_times, language_name, Locale, MessageId};
use crate::languages;
use crate::msg;
use crate::reminders;
use crate::shifts::signups::State as SignupState;
use crate::shifts::NoticeKind;
use crate::skills::proofs::ProofLanguage;
use crate::topics::Stance;
use crate::users::Role;
use crate::web::guards::actor;
use crate::web::{labels, Now, PageCtx};

/// A long table shows its newest rows; the download has them all.
const NEWEST: usize = 20;

/// What an empty value reads as.
const DASH: &str = "–";

/// The JSON as a file to save.
#[derive(rocket::Responder)]
#[response(content_type = "json")]
pub struct Download {
    body: String,
    disposition: Header<'static>,
}

async fn own_data(me: &CurrentUser, now: NaiveDateTime, db: &Db) -> Result<OwnData, Error> {
    let me = actor(me);
    db.run(move |conn| export::export(conn, me, now)).await
}

#[rocket::get("/account/export.json")]
pub async fn download(me: CurrentUser, now: Now, db: &State<Db>) -> Result<Download, Error> {
    let data = own_data(&me, now.0, db).await?;
    Ok(Download {
        body: serde_json::to_string_pretty(&data.tables)?,
        disposition: Header::new(
            "Content-Disposition",
            "attachment; filename=\"digikaveri-my-data.json\"",
        ),
    })
}

#[derive(Serialize)]
struct FieldView {
    label: MessageId,
    value: String,
}

#[derive(Serialize)]
struct RowView {
    fields: Vec<FieldView>,
}

#[derive(Serialize)]
struct SectionView {
    key: &'static str,
    heading: MessageId,
    about: MessageId,
    rows: Vec<RowView>,
    /// Rows left off the page.
    more: usize,
}

#[derive(Serialize)]
struct ViewView {
    at: String,
    by: Option<String>,
}

#[derive(Serialize)]
struct DataPage {
    sections: Vec<SectionView>,
    staff_views: Vec<ViewView>,
}

/// One row's fields, each value made readable in the reader's language.
struct Row {
    locale: Locale,
    fields: Vec<FieldView>,
}

impl Row {
    fn new(locale: Locale) -> Row {
        Row {
            locale,
            fields: Vec::new(),
        }
    }

    fn text(mut self, label: MessageId, value: &str) -> Row {
        let value = if value.trim().is_empty() { DASH } else { value };
        self.fields.push(FieldView {
            label,
            value: value.to_owned(),
        });
        self
    }

    fn maybe(self, label: MessageId, value: Option<&str>) -> Row {
        self.text(label, value.unwrap_or(""))
    }

    fn number(self, label: MessageId, value: impl Display) -> Row {
        self.text(label, &value.to_string())
    }

    fn named(self, label: MessageId, value: MessageId) -> Row {
        let text = self.locale.text(value);
        self.text(label, &text)
    }

    fn yes_no(self, label: MessageId, value: bool) -> Row {
        self.named(
            label,
            if value {
                msg!("data-yes")
            } else {
                msg!("data-no")
            },
        )
    }

    fn at(self, label: MessageId, at: Option<NaiveDateTime>) -> Row {
        let text = at.map(|at| format_datetime(self.locale, at));
        self.maybe(label, text.as_deref())
    }

    fn day(self, label: MessageId, day: NaiveDate) -> Row {
        let text = format_date(self.locale, day);
        self.text(label, &text)
    }

    fn language(self, label: MessageId, code: &str) -> Row {
        let text = languages::find(code).map_or_else(
            || code.to_owned(),
            |language| language_name(self.locale, language).text(),
        );
        self.text(label, &text)
    }

    fn module(self, label: MessageId, module: &Module) -> Row {
        match module.seed_key.as_deref().and_then(labels::seed_module) {
            Some(seed) => self.named(label, seed),
            None => self.text(label, &module.title),
        }
    }
}

impl From<Row> for RowView {
    fn from(row: Row) -> RowView {
        RowView { fields: row.fields }
    }
}

fn section<T>(
    key: &'static str,
    (heading, about): (MessageId, MessageId),
    items: &[T],
    each: impl Fn(&T) -> Row,
) -> SectionView {
    SectionView {
        key,
        heading,
        about,
        rows: items
            .iter()
            .take(NEWEST)
            .map(|item| each(item).into())
            .collect(),
        more: items.len().saturating_sub(NEWEST),
    }
}

fn role(role: Role) -> MessageId {
    match role {
        Role::Admin => msg!("data-value-role-admin"),
        Role::Coordinator => msg!("data-value-role-coordinator"),
        Role::Volunteer => msg!("data-value-role-volunteer"),
    }
}

fn stance(stance: Stance) -> MessageId {
    match stance {
        Stance::Confident => msg!("profile-topic-confident"),
        Stance::Learning => msg!("profile-topic-learning"),
    }
}

fn signup_state(state: SignupState) -> MessageId {
    match state {
        SignupState::Confirmed => msg!("data-value-signup-confirmed"),
        SignupState::Waiting => msg!("data-value-signup-waiting"),
        SignupState::Withdrawn => msg!("data-value-signup-withdrawn"),
    }
}

fn notice_kind(kind: NoticeKind) -> MessageId {
    match kind {
        NoticeKind::Changed => msg!("data-value-notice-changed"),
        NoticeKind::Cancelled => msg!("data-value-notice-cancelled"),
        NoticeKind::Promoted => msg!("data-value-notice-promoted"),
    }
}

fn assessment_kind(kind: AssessmentKind) -> MessageId {
    match kind {
        AssessmentKind::SelfAssessed => msg!("data-value-assessment-self"),
        AssessmentKind::Observed => msg!("data-value-assessment-observed"),
    }
}

fn proof_language(language: ProofLanguage) -> MessageId {
    match language {
        ProofLanguage::Fi => msg!("proof-language-fi"),
        ProofLanguage::Sv => msg!("proof-language-sv"),
        ProofLanguage::En => msg!("proof-language-en"),
    }
}

fn mail_status(status: reminders::Status) -> MessageId {
    match status {
        reminders::Status::Pending => msg!("outbox-status-pending"),
        reminders::Status::Sent => msg!("data-value-mail-sent"),
        reminders::Status::Failed => msg!("outbox-status-failed"),
    }
}

// A section per table, in the order a volunteer thinks of them: who they are, what they do,
// how they grow, and the service's own records last.
#[allow(clippy::too_many_lines)]
fn sections(t: &Tables, l: Locale) -> Vec<SectionView> {
    vec![
        section(
            "users",
            (msg!("data-table-users"), msg!("data-table-users-about")),
            &t.users,
            |p| {
                let locale = Locale::from_code(&p.locale).map(|l| l.info().endonym);
                Row::new(l)
                    .text(msg!("data-field-display_name"), &p.display_name)
                    .text(msg!("data-field-email"), &p.email)
                    .maybe(msg!("data-field-phone"), p.phone.as_deref())
                    .named(msg!("data-field-role"), role(p.role))
                    .named(msg!("data-field-status"), labels::status(p.status))
                    .maybe(msg!("data-field-locale"), locale)
                    .at(msg!("data-field-created_at"), Some(p.created_at))
                    .at(msg!("data-field-last_signed_in_at"), p.last_signed_in_at)
            },
        ),
        section(
            "volunteer_languages",
            (
                msg!("data-table-volunteer_languages"),
                msg!("data-table-volunteer_languages-about"),
            ),
            &t.volunteer_languages,
            |s| {
                Row::new(l)
                    .language(msg!("data-field-language"), &s.language)
                    .named(msg!("data-field-level"), labels::level(s.level))
            },
        ),
        section(
            "volunteer_topics",
            (
                msg!("data-table-volunteer_topics"),
                msg!("data-table-volunteer_topics-about"),
            ),
            &t.volunteer_topics,
            |s| {
                Row::new(l)
                    .named(msg!("data-field-topic"), labels::topic(&s.topic))
                    .named(msg!("data-field-kind"), stance(s.kind))
            },
        ),
        section(
            "status_changes",
            (
                msg!("data-table-status_changes"),
                msg!("data-table-status_changes-about"),
            ),
            &t.status_changes,
            |c| {
                Row::new(l)
                    .named(msg!("data-field-from"), labels::status(c.from))
                    .named(msg!("data-field-to"), labels::status(c.to))
                    .at(msg!("data-field-at"), Some(c.at))
            },
        ),
        section(
            "shift_signups",
            (
                msg!("data-table-shift_signups"),
                msg!("data-table-shift_signups-about"),
            ),
            &t.shift_signups,
            |s| {
                Row::new(l)
                    .text(
                        msg!("data-field-time"),
                        &format_times(l, s.starts_at, s.ends_at),
                    )
                    .text(msg!("data-field-site"), &s.site_name)
                    .named(msg!("data-field-state"), signup_state(s.state))
                    .at(msg!("data-field-checked_in_at"), s.checked_in_at)
                    .at(msg!("data-field-checked_out_at"), s.checked_out_at)
                    .yes_no(msg!("data-field-no_show"), s.no_show)
            },
        ),
        section(
            "notices",
            (msg!("data-table-notices"), msg!("data-table-notices-about")),
            &t.notices,
            |n| {
                Row::new(l)
                    .at(msg!("data-field-shift"), Some(n.shift_starts_at))
                    .named(msg!("data-field-kind"), notice_kind(n.kind))
                    .at(msg!("data-field-created_at"), Some(n.created_at))
                    .at(msg!("data-field-read_at"), n.read_at)
            },
        ),
        section(
            "help_sessions",
            (
                msg!("data-table-help_sessions"),
                msg!("data-table-help_sessions-about"),
            ),
            &t.help_sessions,
            |h| {
                let s = &h.row;
                let topics = h
                    .topics
                    .iter()
                    .map(|topic| l.text(labels::topic(topic)))
                    .collect::<Vec<_>>()
                    .join(", ");
                let referred = s.referred_to.map(|r| l.text(labels::referral(r)));
                Row::new(l)
                    .at(msg!("data-field-started_at"), Some(s.started_at))
                    .text(msg!("data-field-site"), &s.site_name)
                    .number(msg!("data-field-minutes"), s.minutes)
                    .language(msg!("data-field-language"), &s.language)
                    .number(msg!("data-field-people"), s.people)
                    .yes_no(msg!("data-field-first_visit"), s.first_visit)
                    .text(msg!("data-field-topics"), &topics)
                    .named(msg!("data-field-outcome"), labels::outcome(s.outcome))
                    .maybe(msg!("data-field-referred_to"), referred.as_deref())
                    .named(msg!("data-field-device"), labels::device(s.device))
                    .yes_no(msg!("data-field-saw_codes"), s.saw_codes)
                    .maybe(msg!("data-field-learning_note"), s.learning_note.as_deref())
                    .at(msg!("data-field-recorded_at"), Some(s.recorded_at))
                    .at(msg!("data-field-corrected_at"), s.corrected_at)
            },
        ),
        section(
            "unrecorded_help",
            (
                msg!("data-table-unrecorded_help"),
                msg!("data-table-unrecorded_help-about"),
            ),
            &t.unrecorded_help,
            |u| {
                Row::new(l)
                    .day(msg!("data-field-day"), u.day)
                    .text(msg!("data-field-site"), &u.site_name)
                    .number(msg!("data-field-helps"), u.helps)
                    .at(msg!("data-field-dismissed_at"), u.dismissed_at)
            },
        ),
        section(
            "feedback",
            (
                msg!("data-table-feedback"),
                msg!("data-table-feedback-about"),
            ),
            &t.feedback,
            |f| {
                Row::new(l)
                    .at(msg!("data-field-given_at"), Some(f.given_at))
                    .named(msg!("data-field-face"), labels::face(f.face))
                    .named(msg!("data-field-next_time"), labels::next_time(f.next_time))
                    .yes_no(msg!("data-field-come_again"), f.come_again)
            },
        ),
        section(
            "skill_assessments",
            (
                msg!("data-table-skill_assessments"),
                msg!("data-table-skill_assessments-about"),
            ),
            &t.skill_assessments,
            |a| {
                let row = Row::new(l)
                    .named(msg!("data-field-area"), labels::skill_area(&a.row.area))
                    .named(msg!("data-field-kind"), assessment_kind(a.row.kind))
                    .at(msg!("data-field-assessed_at"), Some(a.row.assessed_at))
                    .at(msg!("data-field-confirmed_at"), a.row.confirmed_at);
                a.levels.iter().fold(row, |row, (skill, step)| {
                    let step = match a.row.kind {
                        AssessmentKind::SelfAssessed => labels::self_step(*step),
                        AssessmentKind::Observed => labels::observed_step(*step),
                    };
                    row.named(labels::skill(skill), step)
                })
            },
        ),
        section(
            "proofs",
            (msg!("data-table-proofs"), msg!("data-table-proofs-about")),
            &t.proofs,
            |p| {
                Row::new(l)
                    .text(msg!("data-field-code"), &p.code)
                    .named(msg!("data-field-language"), proof_language(p.language))
                    .at(msg!("data-field-created_at"), Some(p.created_at))
                    .maybe(msg!("data-field-signed_by"), p.signed_by.as_deref())
                    .at(msg!("data-field-signed_at"), p.signed_at)
                    .at(msg!("data-field-withdrawn_at"), p.withdrawn_at)
            },
        ),
        section(
            "training_completions",
            (
                msg!("data-table-training_completions"),
                msg!("data-table-training_completions-about"),
            ),
            &t.training_completions,
            |c| {
                Row::new(l)
                    .module(msg!("data-field-module"), &c.module_name)
                    .day(msg!("data-field-completed_on"), c.completed_on)
                    .at(msg!("data-field-recorded_at"), Some(c.recorded_at))
            },
        ),
        section(
            "training_attendees",
            (
                msg!("data-table-training_attendees"),
                msg!("data-table-training_attendees-about"),
            ),
            &t.training_attendees,
            |a| {
                Row::new(l)
                    .module(msg!("data-field-module"), &a.module_name)
                    .day(msg!("data-field-held_on"), a.held_on)
                    .text(msg!("data-field-trainer"), &a.trainer)
            },
        ),
        section(
            "training_ratings",
            (
                msg!("data-table-training_ratings"),
                msg!("data-table-training_ratings-about"),
            ),
            &t.training_ratings,
            |r| {
                Row::new(l)
                    .module(msg!("data-field-module"), &r.module_name)
                    .number(msg!("data-field-satisfaction"), r.satisfaction)
                    .number(msg!("data-field-usefulness"), r.usefulness)
                    .at(msg!("data-field-rated_at"), Some(r.rated_at))
            },
        ),
        section(
            "credentials",
            (
                msg!("data-table-credentials"),
                msg!("data-table-credentials-about"),
            ),
            &t.credentials,
            |c| {
                Row::new(l)
                    .text(msg!("data-field-name"), &c.name)
                    .text(msg!("data-field-issuer"), &c.issuer)
                    .day(msg!("data-field-issued_on"), c.issued_on)
                    .maybe(msg!("data-field-link"), c.link.as_deref())
            },
        ),
        section(
            "mail_outbox",
            (
                msg!("data-table-mail_outbox"),
                msg!("data-table-mail_outbox-about"),
            ),
            &t.mail_outbox,
            |m| {
                Row::new(l)
                    .named(msg!("data-field-kind"), labels::reminder_kind(m.kind))
                    .named(msg!("data-field-status"), mail_status(m.status))
                    .at(msg!("data-field-written_at"), Some(m.written_at))
                    .at(msg!("data-field-sent_at"), m.sent_at)
            },
        ),
        section(
            "reminders_off",
            (
                msg!("data-table-reminders_off"),
                msg!("data-table-reminders_off-about"),
            ),
            &t.reminders_off,
            |r| Row::new(l).named(msg!("data-field-kind"), labels::reminder_kind(r.kind)),
        ),
        section(
            "tickets",
            (msg!("data-table-tickets"), msg!("data-table-tickets-about")),
            std::slice::from_ref(&t.tickets),
            |h| {
                Row::new(l).number(
                    msg!("data-field-queue_numbers_held_now"),
                    h.queue_numbers_held_now,
                )
            },
        ),
        section(
            "login_sessions",
            (
                msg!("data-table-login_sessions"),
                msg!("data-table-login_sessions-about"),
            ),
            &t.login_sessions,
            |s| {
                Row::new(l)
                    .at(msg!("data-field-created_at"), Some(s.created_at))
                    .at(msg!("data-field-last_seen_at"), Some(s.last_seen_at))
            },
        ),
        section(
            "trusted_devices",
            (
                msg!("data-table-trusted_devices"),
                msg!("data-table-trusted_devices-about"),
            ),
            &t.trusted_devices,
            |d| {
                Row::new(l)
                    .at(msg!("data-field-created_at"), Some(d.created_at))
                    .at(msg!("data-field-last_used_at"), Some(d.last_used_at))
            },
        ),
        section(
            "password_resets",
            (
                msg!("data-table-password_resets"),
                msg!("data-table-password_resets-about"),
            ),
            &t.password_resets,
            |r| {
                Row::new(l)
                    .at(msg!("data-field-created_at"), Some(r.created_at))
                    .at(msg!("data-field-expires_at"), Some(r.expires_at))
                    .at(msg!("data-field-used_at"), r.used_at)
            },
        ),
        section(
            "inactivity_questions",
            (
                msg!("data-table-inactivity_questions"),
                msg!("data-table-inactivity_questions-about"),
            ),
            &t.inactivity_questions,
            |q| {
                Row::new(l)
                    .at(msg!("data-field-asked_at"), Some(q.asked_at))
                    .at(msg!("data-field-answered_at"), q.answered_at)
            },
        ),
        section(
            "invitations",
            (
                msg!("data-table-invitations"),
                msg!("data-table-invitations-about"),
            ),
            &t.invitations,
            |i| {
                Row::new(l)
                    .text(msg!("data-field-email"), &i.email)
                    .at(msg!("data-field-created_at"), Some(i.created_at))
                    .at(msg!("data-field-used_at"), i.used_at)
            },
        ),
        section(
            "shifts",
            (msg!("data-table-shifts"), msg!("data-table-shifts-about")),
            &t.shifts,
            |s| Row::new(l).at(msg!("data-field-starts_at"), Some(s.starts_at)),
        ),
        section(
            "training_sessions",
            (
                msg!("data-table-training_sessions"),
                msg!("data-table-training_sessions-about"),
            ),
            &t.training_sessions,
            |s| {
                Row::new(l)
                    .module(msg!("data-field-module"), &s.module_name)
                    .day(msg!("data-field-held_on"), s.held_on)
            },
        ),
        section(
            "audit_events",
            (
                msg!("data-table-audit_events"),
                msg!("data-table-audit_events-about"),
            ),
            &t.audit_events,
            |e| {
                Row::new(l)
                    .at(msg!("data-field-at"), Some(e.row.at))
                    .named(
                        msg!("data-field-action"),
                        labels::audit_action(e.row.action),
                    )
                    .named(
                        msg!("data-field-subject"),
                        labels::audit_subject(e.row.subject),
                    )
                    .yes_no(msg!("data-field-by_me"), e.by_me)
            },
        ),
    ]
}

#[rocket::get("/account/data")]
pub async fn page(me: CurrentUser, ctx: PageCtx, db: &State<Db>) -> Result<Template, Error> {
    let data = own_data(&me, ctx.now, db).await?;
    let staff_views = data
        .staff_views
        .into_iter()
        .map(|v| ViewView {
            at: format_datetime(ctx.locale, v.at),
            by: v.by,
        })
        .collect();
    let page = DataPage {
        sections: sections(&data.tables, ctx.locale),
        staff_views,
    };
    Ok(ctx.render("privacy/data", msg!("data-title"), page))
}
