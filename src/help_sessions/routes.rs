//! The volunteer's pages: the record after "finished" (prefilled, saved in a few taps), the
//! record of a walk-in or a small group, and their own sessions with the people's totals.

use chrono::NaiveDateTime;
use rocket::form::FromForm;
use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::feedback::{self, Totals};
use super::{Device, Listed, Outcome, Prefill, Record, Referral, MAX_MINUTES, MAX_PEOPLE};
use crate::db::Db;
use crate::error::Error;
use crate::i18n::{format_datetime, language_name, LanguageName, Locale, MessageId};
use crate::languages::{self, HELP_LANGUAGES};
use crate::msg;
use crate::tokens;
use crate::topics::{self, TOPICS};
use crate::web::csrf::CsrfForm;
use crate::web::forms::{Answer, FieldErrors};
use crate::web::guards::Volunteer;
use crate::web::labels;
use crate::web::PageCtx;

/// The longest learning note, in characters.
const MAX_NOTE: usize = 500;

/// What the record form sends. `key` is made when the form is shown: a retried submit
/// brings the same one.
#[derive(Debug, Default, Clone, FromForm, Serialize)]
pub struct RecordForm {
    // Every field may be missing (a walk-in form has `people`, a ticket's has not): the
    // checks below say what is wrong, next to the field.
    #[field(default = String::new())]
    key: String,
    #[field(default = String::new())]
    minutes: String,
    #[field(default = String::new())]
    language: String,
    topics: Vec<String>,
    #[field(default = String::new())]
    outcome: String,
    #[field(default = String::new())]
    referred_to: String,
    #[field(default = String::new())]
    device: String,
    #[field(default = String::new())]
    saw_codes: String,
    first_visit: bool,
    #[field(default = String::new())]
    people: String,
    #[field(default = String::new())]
    note: String,
}

impl RecordForm {
    fn fresh() -> RecordForm {
        RecordForm {
            key: tokens::new_token(),
            device: Device::OwnPhone.as_str().to_owned(),
            saw_codes: "no".to_owned(),
            people: "1".to_owned(),
            ..<RecordForm as Default>::default()
        }
    }

    fn prefilled(prefill: &Prefill) -> RecordForm {
        RecordForm {
            minutes: prefill.minutes.to_string(),
            language: prefill.language.clone(),
            topics: prefill.topics.clone(),
            first_visit: prefill.first_visit,
            ..RecordForm::fresh()
        }
    }

    /// The record, or the form's errors.
    fn checked(&self, walk_in: bool) -> Result<Record, FieldErrors> {
        let mut errors = FieldErrors::default();
        let number = |value: &str| crate::checks::western_digits(value).trim().parse::<i32>();
        let minutes = number(&self.minutes)
            .ok()
            .filter(|m| super::minutes_allowed(*m));
        if minutes.is_none() {
            errors.add("minutes", msg!("session-error-minutes"));
        }
        let people = if walk_in {
            number(&self.people)
                .ok()
                .filter(|p| super::people_allowed(*p))
        } else {
            Some(1)
        };
        if people.is_none() {
            errors.add("people", msg!("session-error-people"));
        }
        let language = languages::find(&self.language).map(|l| l.code);
        if language.is_none() {
            errors.add("language", msg!("form-error-choose"));
        }
        let topics: Vec<&'static str> =
            self.topics.iter().filter_map(|t| topics::find(t)).collect();
        if topics.len() != self.topics.len() {
            errors.add("topics", msg!("form-error-choose"));
        }
        let outcome = Outcome::parse(&self.outcome);
        if outcome.is_none() {
            errors.add("outcome", msg!("session-error-outcome"));
        }
        let referred_to = Referral::parse(&self.referred_to);
        if outcome == Some(Outcome::Referred) && referred_to.is_none() {
            errors.add("referred_to", msg!("session-error-referred-to"));
        }
        let device = Device::parse(&self.device);
        if device.is_none() {
            errors.add("device", msg!("form-error-choose"));
        }
        let saw_codes = match self.saw_codes.as_str() {
            "yes" => Some(true),
            "no" => Some(false),
            _ => None,
        };
        if saw_codes.is_none() {
            errors.add("saw_codes", msg!("form-error-choose"));
        }
        let note = errors.check("note", crate::checks::anonymous_note(&self.note, MAX_NOTE));
        if self.key.trim().is_empty() || self.key.len() > 100 {
            errors.add("key", msg!("form-error-required"));
        }
        match (minutes, people, language, outcome, device, saw_codes, note) {
            (
                Some(minutes),
                Some(people),
                Some(language),
                Some(outcome),
                Some(device),
                Some(saw_codes),
                Some(note),
            ) if errors.is_empty() => Ok(Record {
                minutes,
                language,
                topics,
                outcome,
                referred_to: referred_to.filter(|_| outcome == Outcome::Referred),
                device,
                saw_codes,
                first_visit: self.first_visit,
                people,
                learning_note: note,
            }),
            _ => Err(errors),
        }
    }
}

#[derive(Serialize)]
struct Choice {
    value: &'static str,
    label: MessageId,
    checked: bool,
}

fn choices<T: Copy>(
    all: &[T],
    value: impl Fn(T) -> &'static str,
    label: impl Fn(T) -> MessageId,
    chosen: &str,
) -> Vec<Choice> {
    all.iter()
        .map(|v| Choice {
            value: value(*v),
            label: label(*v),
            checked: value(*v) == chosen,
        })
        .collect()
}

#[derive(Serialize)]
struct LanguageOption {
    #[serde(flatten)]
    language: LanguageName,
    selected: bool,
}

#[derive(Serialize)]
struct TopicOption {
    slug: &'static str,
    label: MessageId,
    icon: &'static str,
    checked: bool,
}

#[derive(Serialize)]
struct RecordPage {
    form: RecordForm,
    errors: FieldErrors,
    /// `/duty/<ticket>/record`, or `/duty/record` for a walk-in.
    action: String,
    walk_in: bool,
    site: Option<String>,
    languages: Vec<LanguageOption>,
    topics: Vec<TopicOption>,
    outcomes: Vec<Choice>,
    referrals: Vec<Choice>,
    devices: Vec<Choice>,
    max_minutes: i32,
    max_people: i32,
}

fn record_page(
    ctx: &PageCtx,
    form: RecordForm,
    errors: FieldErrors,
    action: String,
    site: Option<String>,
) -> Template {
    let locale = ctx.locale;
    let walk_in = site.is_none();
    let page = RecordPage {
        languages: HELP_LANGUAGES
            .iter()
            .map(|l| LanguageOption {
                language: language_name(locale, *l),
                selected: l.code == form.language,
            })
            .collect(),
        topics: TOPICS
            .iter()
            .map(|slug| TopicOption {
                slug,
                label: labels::topic(slug),
                icon: topics::icon(slug),
                checked: form.topics.iter().any(|t| t == slug),
            })
            .collect(),
        outcomes: choices(
            &Outcome::ALL,
            Outcome::as_str,
            labels::outcome,
            &form.outcome,
        ),
        referrals: choices(
            &Referral::ALL,
            Referral::as_str,
            labels::referral,
            &form.referred_to,
        ),
        devices: choices(&Device::ALL, Device::as_str, labels::device, &form.device),
        max_minutes: MAX_MINUTES,
        max_people: MAX_PEOPLE,
        form,
        errors,
        action,
        walk_in,
        site,
    };
    ctx.render("help_sessions/record", msg!("session-record-title"), page)
}

async fn prefill_of(
    db: &Db,
    me: &Volunteer,
    ticket: i32,
    now: NaiveDateTime,
) -> Result<Prefill, Error> {
    let user = me.user.user_id;
    db.run(move |conn| super::prefill(conn, user, ticket, now))
        .await?
        .ok_or(Error::NotFound)
}

/// The record of a finished help, prefilled from its ticket.
#[rocket::get("/duty/<ticket>/record")]
pub async fn record_form(
    me: Volunteer,
    ticket: i32,
    ctx: PageCtx,
    db: &State<Db>,
) -> Result<Template, Error> {
    let prefill = prefill_of(db, &me, ticket, ctx.now).await?;
    let form = RecordForm::prefilled(&prefill);
    Ok(record_page(
        &ctx,
        form,
        FieldErrors::default(),
        format!("/duty/{ticket}/record"),
        Some(prefill.site_name),
    ))
}

#[rocket::post("/duty/<ticket>/record", data = "<form>")]
pub async fn record(
    me: Volunteer,
    ticket: i32,
    ctx: PageCtx,
    form: CsrfForm<RecordForm>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let form = form.0;
    let record = match form.checked(false) {
        Ok(record) => record,
        Err(errors) => {
            let prefill = prefill_of(db, &me, ticket, ctx.now).await?;
            let action = format!("/duty/{ticket}/record");
            return Ok(Answer::invalid(record_page(
                &ctx,
                form,
                errors,
                action,
                Some(prefill.site_name),
            )));
        }
    };
    let (user, now, key) = (me.user.user_id, ctx.now, form.key.clone());
    db.run(move |conn| super::record_ticket(conn, user, ticket, &record, &key, now))
        .await?;
    Ok(Answer::onward("/duty", msg!("flash-session-recorded")))
}

/// Someone who came straight to the table, or a small group.
#[rocket::get("/duty/record")]
pub async fn walk_in_form(_me: Volunteer, ctx: PageCtx) -> Template {
    record_page(
        &ctx,
        RecordForm::fresh(),
        FieldErrors::default(),
        "/duty/record".into(),
        None,
    )
}

#[rocket::post("/duty/record", data = "<form>")]
pub async fn record_walk_in(
    me: Volunteer,
    ctx: PageCtx,
    form: CsrfForm<RecordForm>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let form = form.0;
    let record = match form.checked(true) {
        Ok(record) => record,
        Err(errors) => {
            return Ok(Answer::invalid(record_page(
                &ctx,
                form,
                errors,
                "/duty/record".into(),
                None,
            )));
        }
    };
    let (user, now, key) = (me.user.user_id, ctx.now, form.key.clone());
    let saved = db
        .run(
            move |conn| match super::record_walk_in(conn, user, &record, &key, now) {
                Err(Error::NotFound) => Ok(None),
                other => other.map(Some),
            },
        )
        .await?;
    match saved {
        Some(_) => Ok(Answer::onward("/duty", msg!("flash-session-recorded"))),
        None => {
            let mut errors = FieldErrors::default();
            errors.add("key", msg!("session-error-not-on-duty"));
            Ok(Answer::invalid(record_page(
                &ctx,
                form,
                errors,
                "/duty/record".into(),
                None,
            )))
        }
    }
}

#[derive(Serialize)]
pub(super) struct SessionView {
    when: String,
    site: String,
    minutes: i32,
    language: String,
    people: i32,
    outcome: MessageId,
    referred_to: Option<MessageId>,
    device: MessageId,
    topics: Vec<MessageId>,
    saw_codes: bool,
    note: Option<String>,
}

pub(super) fn session_view(locale: Locale, listed: &Listed) -> SessionView {
    let s = &listed.session;
    SessionView {
        when: format_datetime(locale, s.started_at),
        site: s.site_name.clone(),
        minutes: s.minutes,
        language: languages::find(&s.language)
            .map_or_else(|| s.language.clone(), |l| language_name(locale, l).text()),
        people: s.people,
        outcome: labels::outcome(s.outcome),
        referred_to: s
            .referred_to
            .as_deref()
            .and_then(Referral::parse)
            .map(labels::referral),
        device: labels::device(s.device),
        topics: listed.topics.iter().map(|t| labels::topic(t)).collect(),
        saw_codes: s.saw_codes,
        note: listed.learning_note.clone(),
    }
}

#[derive(Serialize)]
struct TotalsView {
    answers: i64,
    good: i64,
    okay: i64,
    bad: i64,
    could_alone: i64,
}

impl From<Totals> for TotalsView {
    fn from(t: Totals) -> TotalsView {
        TotalsView {
            answers: t.answers,
            good: t.good,
            okay: t.okay,
            bad: t.bad,
            could_alone: t.could_alone,
        }
    }
}

#[derive(Serialize)]
struct OwnPage {
    sessions: Vec<SessionView>,
    totals: Option<TotalsView>,
    shown_from: i64,
}

/// The volunteer's own sessions (the latest 100) and the totals of the people's answers.
#[rocket::get("/volunteer/sessions")]
pub async fn own(me: Volunteer, ctx: PageCtx, db: &State<Db>) -> Result<Template, Error> {
    let user = me.user.user_id;
    let (sessions, totals) = db
        .run(move |conn| {
            Ok::<_, Error>((
                super::own(conn, user, 100)?,
                feedback::totals_for(conn, user)?,
            ))
        })
        .await?;
    let page = OwnPage {
        sessions: sessions
            .iter()
            .map(|s| session_view(ctx.locale, s))
            .collect(),
        totals: totals.map(TotalsView::from),
        shown_from: feedback::SHOWN_FROM,
    };
    Ok(ctx.render("help_sessions/own", msg!("sessions-own-title"), page))
}
