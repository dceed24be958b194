//! Recording help: the record after "finished" (prefilled from the ticket, saved in a few
//! taps) and a walk-in or small group, and the record form they share with the volunteer's
//! change within a week and a coordinator's correction. Fields, checks and page are the
//! same; what differs is in `Use`.

use chrono::NaiveDateTime;
use rocket::form::FromForm;
use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::corrections::{self, Editor, Recorded};
use super::feedback;
use super::{Device, Outcome, Prefill, Record, Referral, Session, MAX_MINUTES, MAX_PEOPLE};
use crate::db::Db;
use crate::error::Error;
use crate::i18n::{format_datetime, language_name, LanguageName, MessageId};
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
    pub(super) fn fresh() -> RecordForm {
        RecordForm {
            key: tokens::new_token(),
            device: Device::OwnPhone.as_str().to_owned(),
            saw_codes: "no".to_owned(),
            people: "1".to_owned(),
            ..<RecordForm as Default>::default()
        }
    }

    pub(super) fn prefilled(prefill: &Prefill) -> RecordForm {
        RecordForm {
            minutes: prefill.minutes.to_string(),
            language: prefill.language.clone(),
            topics: prefill.topics.clone(),
            first_visit: prefill.first_visit,
            ..RecordForm::fresh()
        }
    }

    /// The form as a record was saved, to change it.
    pub(super) fn of(recorded: &Recorded) -> RecordForm {
        let s = &recorded.session;
        RecordForm {
            key: String::new(),
            minutes: s.minutes.to_string(),
            language: s.language.clone(),
            topics: recorded.topics.clone(),
            outcome: s.outcome.as_str().to_owned(),
            referred_to: s.referred_to.clone().unwrap_or_default(),
            device: s.device.as_str().to_owned(),
            saw_codes: if s.saw_codes { "yes" } else { "no" }.to_owned(),
            first_visit: recorded.first_visit,
            people: s.people.to_string(),
            note: recorded.learning_note.clone().unwrap_or_default(),
        }
    }

    /// A new record and the key it is saved under (a retried submit brings the same one), or
    /// the form's errors.
    pub(super) fn checked_new(&self, people_asked: bool) -> Result<(Record, String), FieldErrors> {
        let key = self.key.trim();
        let key = (!key.is_empty() && key.len() <= 100).then(|| key.to_owned());
        match (self.checked(people_asked), key) {
            (Ok(record), Some(key)) => Ok((record, key)),
            (checked, key) => {
                let mut errors = checked.err().unwrap_or_default();
                if key.is_none() {
                    errors.add("key", msg!("form-error-required"));
                }
                Err(errors)
            }
        }
    }

    /// The record, or the form's errors. `people` when the form asks how many.
    pub(super) fn checked(&self, people_asked: bool) -> Result<Record, FieldErrors> {
        let mut errors = FieldErrors::default();
        let number = |value: &str| crate::checks::western_digits(value).trim().parse::<i32>();
        let minutes = number(&self.minutes)
            .ok()
            .filter(|m| super::minutes_allowed(*m));
        if minutes.is_none() {
            errors.add("minutes", msg!("session-error-minutes"));
        }
        let people = if people_asked {
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
        let mut topics: Vec<&'static str> =
            self.topics.iter().filter_map(|t| topics::find(t)).collect();
        if topics.len() != self.topics.len() {
            errors.add("topics", msg!("form-error-choose"));
        }
        // Sent twice (a tampered form) is still one topic.
        topics.sort_unstable();
        topics.dedup();
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

/// What the form is for.
pub(super) enum Use {
    /// After "finished": the ticket, its site, and whether the person may still answer on
    /// the volunteer's phone.
    Ticket {
        ticket: i32,
        site: String,
        may_answer: bool,
    },
    WalkIn,
    /// The volunteer changes their own record.
    Own(Recorded),
    /// A coordinator corrects one of the organisation's.
    Correction(Recorded),
}

#[derive(Serialize)]
struct RecordPage {
    form: RecordForm,
    errors: FieldErrors,
    action: String,
    /// The site, or the session's time, site and volunteer when it is changed.
    lead: Option<String>,
    walk_in: bool,
    /// Where the person answers on the volunteer's phone, while they may.
    hand_over: Option<String>,
    ask_people: bool,
    ask_note: bool,
    editing: bool,
    languages: Vec<LanguageOption>,
    topics: Vec<TopicOption>,
    outcomes: Vec<Choice>,
    referrals: Vec<Choice>,
    devices: Vec<Choice>,
    max_minutes: i32,
    max_people: i32,
}

impl Use {
    pub(super) fn asks_people(&self) -> bool {
        match self {
            Use::Ticket { .. } => false,
            Use::WalkIn => true,
            Use::Own(r) | Use::Correction(r) => !r.from_queue,
        }
    }

    fn action(&self) -> String {
        match self {
            Use::Ticket { ticket, .. } => format!("/duty/{ticket}/record"),
            Use::WalkIn => "/duty/record".into(),
            Use::Own(r) => format!("/volunteer/sessions/{}/edit", r.session.id),
            Use::Correction(r) => format!("/org/sessions/{}/edit", r.session.id),
        }
    }

    fn lead(&self, ctx: &PageCtx) -> Option<String> {
        let when = |r: &Recorded| {
            let s = &r.session;
            format!(
                "{} · {}",
                format_datetime(ctx.locale, s.started_at),
                s.site_name
            )
        };
        match self {
            Use::Ticket { site, .. } => Some(site.clone()),
            Use::WalkIn => None,
            Use::Own(r) => Some(when(r)),
            Use::Correction(r) => Some(format!("{} · {}", when(r), r.session.volunteer_name)),
        }
    }

    fn title(&self) -> MessageId {
        match self {
            Use::Ticket { .. } | Use::WalkIn => msg!("session-record-title"),
            Use::Own(_) | Use::Correction(_) => msg!("session-edit-title"),
        }
    }
}

pub(super) fn record_page(
    ctx: &PageCtx,
    form: RecordForm,
    errors: FieldErrors,
    purpose: &Use,
) -> Template {
    let locale = ctx.locale;
    let page = RecordPage {
        action: purpose.action(),
        lead: purpose.lead(ctx),
        walk_in: matches!(purpose, Use::WalkIn),
        hand_over: match purpose {
            Use::Ticket {
                ticket,
                may_answer: true,
                ..
            } => Some(format!("/duty/{ticket}/feedback")),
            _ => None,
        },
        ask_people: purpose.asks_people(),
        ask_note: !matches!(purpose, Use::Correction(_)),
        editing: matches!(purpose, Use::Own(_) | Use::Correction(_)),
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
    };
    ctx.render("help_sessions/record", purpose.title(), page)
}

/// The ticket's prefill and whether the person may still answer on the volunteer's phone.
async fn ticket_use(
    db: &Db,
    me: &Volunteer,
    ticket: i32,
    now: NaiveDateTime,
) -> Result<(Prefill, Use), Error> {
    let user = me.user.user_id;
    let (prefill, may_answer) = db
        .run(move |conn| {
            let prefill = super::prefill(conn, user, ticket, now)?.ok_or(Error::NotFound)?;
            Ok::<_, Error>((prefill, feedback::may_answer(conn, ticket, now)?))
        })
        .await?;
    let purpose = Use::Ticket {
        ticket,
        site: prefill.site_name.clone(),
        may_answer,
    };
    Ok((prefill, purpose))
}

/// The record of a finished help, prefilled from its ticket.
#[rocket::get("/duty/<ticket>/record")]
pub async fn record_form(
    me: Volunteer,
    ticket: i32,
    ctx: PageCtx,
    db: &State<Db>,
) -> Result<Template, Error> {
    let (prefill, purpose) = ticket_use(db, &me, ticket, ctx.now).await?;
    let form = RecordForm::prefilled(&prefill);
    Ok(record_page(&ctx, form, FieldErrors::default(), &purpose))
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
    let (record, key) = match form.checked_new(false) {
        Ok(checked) => checked,
        Err(errors) => {
            let (_, purpose) = ticket_use(db, &me, ticket, ctx.now).await?;
            return Ok(Answer::invalid(record_page(&ctx, form, errors, &purpose)));
        }
    };
    let (user, now) = (me.user.user_id, ctx.now);
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
        &Use::WalkIn,
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
    let (record, key) = match form.checked_new(true) {
        Ok(checked) => checked,
        Err(errors) => {
            return Ok(Answer::invalid(record_page(
                &ctx,
                form,
                errors,
                &Use::WalkIn,
            )));
        }
    };
    let (user, now) = (me.user.user_id, ctx.now);
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
                &Use::WalkIn,
            )))
        }
    }
}

impl Use {
    /// The use of a form that changes a record, by who changes it.
    fn changing(editor: Editor, recorded: Recorded) -> Use {
        match editor {
            Editor::Volunteer(_) => Use::Own(recorded),
            Editor::Coordinator(_) => Use::Correction(recorded),
        }
    }
}

async fn editable(db: &Db, editor: Editor, id: i32, now: NaiveDateTime) -> Result<Recorded, Error> {
    db.run(move |conn| corrections::recorded(conn, editor, id, now))
        .await?
        .ok_or(Error::NotFound)
}

/// The form to change a record, as it was saved; 404 when the editor may not change it.
pub(super) async fn change_form(
    ctx: &PageCtx,
    db: &Db,
    editor: Editor,
    id: i32,
) -> Result<Template, Error> {
    let recorded = editable(db, editor, id, ctx.now).await?;
    let form = RecordForm::of(&recorded);
    Ok(record_page(
        ctx,
        form,
        FieldErrors::default(),
        &Use::changing(editor, recorded),
    ))
}

/// Saves a change and returns the session as it was before; the form with its errors when
/// something is wrong, with nothing changed.
pub(super) async fn change(
    ctx: &PageCtx,
    db: &Db,
    editor: Editor,
    id: i32,
    form: RecordForm,
) -> Result<Result<Session, Template>, Error> {
    let recorded = editable(db, editor, id, ctx.now).await?;
    let session = recorded.session.clone();
    let purpose = Use::changing(editor, recorded);
    let record = match form.checked(purpose.asks_people()) {
        Ok(record) => record,
        Err(errors) => return Ok(Err(record_page(ctx, form, errors, &purpose))),
    };
    let now = ctx.now;
    db.run(move |conn| corrections::correct(conn, editor, id, &record, now))
        .await?;
    Ok(Ok(session))
}
