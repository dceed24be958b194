//! The proof of experience: composing it (what it shows, in fi, sv or en), the printable A4
//! page with its code and QR code, withdrawing it, a coordinator's confirmation, and the
//! public `/verify/<code>` page that shows the same facts.

use rocket::form::FromForm;
use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use chrono::NaiveDate;

use super::framework;
use super::proofs::{self, Facts, Part, Proof, ProofLanguage};
use crate::auth::sessions::CurrentUser;
use crate::config::Config;
use crate::db::Db;
use crate::error::Error;
use crate::i18n::{format_date, format_datetime, language_name, Locale, MessageId};
use crate::languages;
use crate::msg;
use crate::web::csrf::{CsrfForm, TokenOnly};
use crate::web::forms::{Answer, FieldErrors};
use crate::web::guards::Coordinator;
use crate::web::labels;
use crate::web::{qr_svg, PageCtx};

pub(super) fn part_label(part: Part) -> MessageId {
    match part {
        Part::Work => msg!("proof-part-work"),
        Part::Topics => msg!("proof-part-topics"),
        Part::Languages => msg!("proof-part-languages"),
        Part::Trainings => msg!("proof-part-trainings"),
        Part::Credentials => msg!("proof-part-credentials"),
        Part::Skills => msg!("proof-part-skills"),
        Part::Levels => msg!("proof-part-levels"),
    }
}

fn language_label(language: ProofLanguage) -> MessageId {
    match language {
        ProofLanguage::Fi => msg!("proof-language-fi"),
        ProofLanguage::Sv => msg!("proof-language-sv"),
        ProofLanguage::En => msg!("proof-language-en"),
    }
}

pub(super) fn locale_of(language: ProofLanguage) -> Locale {
    Locale::from_code(language.as_str()).unwrap_or(Locale::DEFAULT)
}

#[derive(Debug, Default, FromForm, Serialize)]
pub struct ComposeForm {
    #[field(default = String::new())]
    language: String,
    parts: Vec<String>,
}

#[derive(Serialize)]
struct Choice {
    value: &'static str,
    label: MessageId,
    checked: bool,
}

#[derive(Serialize)]
struct ProofLine {
    id: i32,
    created: String,
    language: MessageId,
    status: MessageId,
}

fn status_of(proof: &Proof) -> MessageId {
    match (&proof.withdrawn_at, &proof.signed) {
        (Some(_), _) => msg!("proof-status-withdrawn"),
        (None, Some(_)) => msg!("proof-status-confirmed"),
        (None, None) => msg!("proof-status-waiting"),
    }
}

#[derive(Serialize)]
struct ProofsPage {
    errors: FieldErrors,
    /// Not `languages`: the layout's language switcher has that name.
    proof_languages: Vec<Choice>,
    parts: Vec<Choice>,
    proofs: Vec<ProofLine>,
}

fn proofs_page(ctx: &PageCtx, form: &ComposeForm, errors: FieldErrors, own: &[Proof]) -> Template {
    let fresh = form.language.is_empty() && errors.is_empty();
    let page = ProofsPage {
        errors,
        proof_languages: ProofLanguage::ALL
            .iter()
            .map(|l| Choice {
                value: l.as_str(),
                label: language_label(*l),
                checked: form.language == l.as_str(),
            })
            .collect(),
        parts: Part::ALL
            .iter()
            .map(|p| Choice {
                value: p.as_str(),
                label: part_label(*p),
                checked: fresh || form.parts.iter().any(|c| c == p.as_str()),
            })
            .collect(),
        proofs: own
            .iter()
            .map(|p| ProofLine {
                id: p.id,
                created: format_datetime(ctx.locale, p.created_at),
                language: language_label(p.language),
                status: status_of(p),
            })
            .collect(),
    };
    ctx.render("skills/proofs", msg!("proofs-title"), page)
}

/// The volunteer's proofs and the form to compose a new one.
#[rocket::get("/growth/proofs")]
pub async fn list(me: CurrentUser, ctx: PageCtx, db: &State<Db>) -> Result<Template, Error> {
    let user = me.user_id;
    let own = db.run(move |conn| proofs::own(conn, user)).await?;
    Ok(proofs_page(
        &ctx,
        &<ComposeForm as Default>::default(),
        FieldErrors::default(),
        &own,
    ))
}

#[rocket::post("/growth/proofs", data = "<form>")]
pub async fn compose(
    me: CurrentUser,
    ctx: PageCtx,
    form: CsrfForm<ComposeForm>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let form = form.0;
    let language = ProofLanguage::parse(&form.language);
    let parts: Vec<Part> = form.parts.iter().filter_map(|p| Part::parse(p)).collect();
    let mut errors = FieldErrors::default();
    if language.is_none() {
        errors.add("language", msg!("form-error-choose"));
    }
    if parts.is_empty() || parts.len() != form.parts.len() {
        errors.add("parts", msg!("proof-error-parts"));
    }
    let (user, now) = (me.user_id, ctx.now);
    let Some(language) = language.filter(|_| errors.is_empty()) else {
        let own = db.run(move |conn| proofs::own(conn, user)).await?;
        return Ok(Answer::invalid(proofs_page(&ctx, &form, errors, &own)));
    };
    let id = db
        .run(move |conn| proofs::compose(conn, user, language, &parts, now))
        .await?;
    Ok(Answer::onward(
        format!("/growth/proofs/{id}"),
        msg!("flash-proof-composed"),
    ))
}

#[derive(Serialize)]
pub(super) struct Row {
    pub(super) label: String,
    pub(super) value: String,
}

/// The facts of a proof in its own language, as rows of a table per part.
#[derive(Serialize)]
pub(super) struct FactsView {
    pub(super) volunteer: String,
    pub(super) organisation: String,
    pub(super) period: Option<String>,
    pub(super) work: Option<String>,
    pub(super) topics: Option<Vec<Row>>,
    pub(super) languages: Option<Vec<Row>>,
    pub(super) trainings: Option<Vec<Row>>,
    pub(super) credentials: Option<Vec<Row>>,
    pub(super) skills: Option<Vec<Row>>,
    pub(super) levels: Option<Vec<Row>>,
}

impl FactsView {
    /// The parts with rows, in the order the page shows them.
    pub(super) fn tables(&self) -> [(Part, &Option<Vec<Row>>); 6] {
        [
            (Part::Topics, &self.topics),
            (Part::Languages, &self.languages),
            (Part::Trainings, &self.trainings),
            (Part::Credentials, &self.credentials),
            (Part::Skills, &self.skills),
            (Part::Levels, &self.levels),
        ]
    }
}

fn facts_view(locale: Locale, facts: &Facts) -> FactsView {
    let date = |d| format_date(locale, d);
    let times = |n: usize| locale.message(msg!("proof-times"), &[("count", n.into())]);
    FactsView {
        volunteer: facts.volunteer.clone(),
        organisation: facts.organisation.clone(),
        period: facts.since.map(|since| {
            locale.message(
                msg!("proof-period"),
                &[
                    ("from", date(since).into()),
                    ("until", date(facts.until).into()),
                ],
            )
        }),
        work: facts.work.map(|(shifts, hours)| {
            locale.message(
                msg!("growth-shifts"),
                &[("count", shifts.into()), ("hours", hours.into())],
            )
        }),
        topics: facts.topics.as_ref().map(|list| {
            list.iter()
                .map(|(topic, n)| Row {
                    label: locale.text(labels::topic(topic)),
                    value: times(*n),
                })
                .collect()
        }),
        languages: facts.languages.as_ref().map(|list| {
            list.iter()
                .map(|(code, n)| Row {
                    label: languages::find(code)
                        .map_or_else(|| code.clone(), |l| language_name(locale, l).text()),
                    value: times(*n),
                })
                .collect()
        }),
        trainings: facts.trainings.as_ref().map(|list| {
            list.iter()
                .map(|(key, title, on)| Row {
                    label: key
                        .as_deref()
                        .and_then(labels::seed_module)
                        .map_or_else(|| title.clone(), |id| locale.text(id)),
                    value: date(*on),
                })
                .collect()
        }),
        credentials: facts.credentials.as_ref().map(|list| {
            list.iter()
                .map(|(name, issuer, on)| Row {
                    label: format!("{name} ({issuer})"),
                    value: date(*on),
                })
                .collect()
        }),
        skills: facts.skills.as_ref().map(|list| {
            list.iter()
                .map(|(skill, n, first, last)| Row {
                    label: locale.text(labels::skill(skill)),
                    value: locale.message(
                        msg!("proof-evidence"),
                        &[
                            ("count", (*n).into()),
                            ("first", date(*first).into()),
                            ("last", date(*last).into()),
                        ],
                    ),
                })
                .collect()
        }),
        levels: facts.levels.as_ref().map(|list| {
            list.iter()
                .map(|level| level_row(locale, level, &facts.confirmed))
                .collect()
        }),
    }
}

/// A level in words: observed, self-assessed, or self-assessed and confirmed by a coordinator.
fn level_row(
    locale: Locale,
    (skill, step, on, observed): &(String, i32, NaiveDate, bool),
    confirmed: &[(String, String, NaiveDate)],
) -> Row {
    let date = |d| format_date(locale, d);
    let label = locale.text(labels::skill(skill));
    if *observed {
        let words = locale.text(labels::observed_step(*step));
        let args = [("step", words.into()), ("date", date(*on).into())];
        return Row {
            label,
            value: locale.message(msg!("proof-level-observed"), &args),
        };
    }
    let words = locale.text(labels::self_step(*step));
    let area = framework::area_of(skill).map(|a| a.key);
    let value = match confirmed
        .iter()
        .find(|(key, ..)| Some(key.as_str()) == area)
    {
        Some((_, by, at)) => locale.message(
            msg!("proof-level-confirmed"),
            &[
                ("step", words.into()),
                ("date", date(*on).into()),
                ("name", by.clone().into()),
                ("confirmed", date(*at).into()),
            ],
        ),
        None => locale.message(
            msg!("proof-level-self"),
            &[("step", words.into()), ("date", date(*on).into())],
        ),
    };
    Row { label, value }
}

/// The controls around a proof for its owner, in their own language (the proof is in its).
#[derive(Serialize)]
struct Controls {
    lang: &'static str,
    dir: &'static str,
    back: String,
    print: String,
    pdf: String,
    withdraw: Option<String>,
    id: i32,
}

/// What a proof shows, in its own language: the A4 page and the PDF are made from it.
#[derive(Serialize)]
pub(super) struct ProofView {
    /// None on `/verify` once the volunteer has withdrawn it.
    pub(super) facts: Option<FactsView>,
    pub(super) code: String,
    pub(super) link: String,
    pub(super) signed: Option<String>,
    pub(super) withdrawn: Option<String>,
}

/// The proof in its language; `owner` sees the facts of a withdrawn proof, others do not.
pub(super) fn proof_view(config: &Config, proof: &Proof, owner: bool) -> (Locale, ProofView) {
    let locale = locale_of(proof.language);
    let shown = proof.withdrawn_at.is_none() || owner;
    let view = ProofView {
        facts: shown.then(|| facts_view(locale, &proof.facts)),
        code: proof.code.clone(),
        link: config.link(&format!("/verify/{}", proof.code)),
        signed: proof.signed.as_ref().map(|(by, at)| {
            locale.message(
                msg!("proof-signed"),
                &[
                    ("name", by.clone().into()),
                    (
                        "date",
                        format_date(locale, crate::clock::to_helsinki(*at).date()).into(),
                    ),
                ],
            )
        }),
        withdrawn: proof.withdrawn_at.map(|at| {
            locale.message(
                msg!("proof-withdrawn"),
                &[(
                    "date",
                    format_date(locale, crate::clock::to_helsinki(at).date()).into(),
                )],
            )
        }),
    };
    (locale, view)
}

#[derive(Serialize)]
struct ProofPage {
    #[serde(flatten)]
    view: ProofView,
    qr_svg: String,
    /// On `/verify`: where its PDF is.
    pdf: Option<String>,
    controls: Option<Controls>,
    /// For a coordinator: where the confirmation goes.
    sign: Option<String>,
}

fn proof_page(
    ctx: PageCtx,
    config: &Config,
    proof: &Proof,
    controls: Option<Controls>,
    sign: Option<String>,
) -> Result<Template, Error> {
    let (locale, view) = proof_view(config, proof, controls.is_some());
    let pdf = (controls.is_none() && sign.is_none()).then(|| format!("/verify/{}/pdf", view.code));
    let page = ProofPage {
        qr_svg: qr_svg(&view.link)?,
        view,
        pdf,
        controls,
        sign,
    };
    Ok(ctx
        .for_person(locale)
        .render("skills/proof", msg!("proof-title"), page))
}

/// The printable proof, in the language it was composed in.
#[rocket::get("/growth/proofs/<id>")]
pub async fn show(
    me: CurrentUser,
    id: i32,
    ctx: PageCtx,
    config: &State<Config>,
    db: &State<Db>,
) -> Result<Template, Error> {
    let user = me.user_id;
    let proof = db
        .run(move |conn| proofs::own_one(conn, user, id))
        .await?
        .ok_or(Error::NotFound)?;
    let mine = ctx.locale;
    let controls = Controls {
        lang: mine.code(),
        dir: mine.dir(),
        back: mine.text(msg!("proofs-title")),
        print: mine.text(msg!("proof-print")),
        pdf: mine.text(msg!("proof-pdf-download")),
        withdraw: proof
            .withdrawn_at
            .is_none()
            .then(|| mine.text(msg!("proof-withdraw"))),
        id,
    };
    proof_page(ctx, config, &proof, Some(controls), None)
}

#[rocket::post("/growth/proofs/<id>/withdraw", data = "<_form>")]
pub async fn withdraw(
    me: CurrentUser,
    id: i32,
    ctx: PageCtx,
    _form: CsrfForm<TokenOnly>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let (user, now) = (me.user_id, ctx.now);
    db.run(move |conn| proofs::withdraw(conn, user, id, now))
        .await?;
    Ok(Answer::onward(
        "/growth/proofs",
        msg!("flash-proof-withdrawn"),
    ))
}

/// Anyone with the code sees what the proof says, who confirmed it, or that it was withdrawn.
#[rocket::get("/verify/<code>")]
pub async fn verify(
    code: &str,
    ctx: PageCtx,
    config: &State<Config>,
    db: &State<Db>,
) -> Result<Template, Error> {
    let code = code.to_owned();
    let proof = db
        .run(move |conn| proofs::by_code(conn, &code))
        .await?
        .ok_or(Error::NotFound)?;
    proof_page(ctx, config, &proof, None, None)
}

#[derive(Serialize)]
struct WaitingPage {
    proofs: Vec<WaitingLine>,
}

#[derive(Serialize)]
struct WaitingLine {
    id: i32,
    volunteer: String,
    created: String,
}

/// The organisation's proofs that wait for a coordinator's confirmation.
#[rocket::get("/org/proofs")]
pub async fn waiting(me: Coordinator, ctx: PageCtx, db: &State<Db>) -> Result<Template, Error> {
    let organisation = me.organisation_id;
    let waiting = db
        .run(move |conn| proofs::waiting(conn, organisation))
        .await?;
    let page = WaitingPage {
        proofs: waiting
            .iter()
            .map(|p| WaitingLine {
                id: p.id,
                volunteer: p.facts.volunteer.clone(),
                created: format_datetime(ctx.locale, p.created_at),
            })
            .collect(),
    };
    Ok(ctx.render("skills/waiting_proofs", msg!("proofs-waiting-title"), page))
}

/// A waiting proof as the coordinator reads it before confirming.
#[rocket::get("/org/proofs/<id>")]
pub async fn review(
    me: Coordinator,
    id: i32,
    ctx: PageCtx,
    config: &State<Config>,
    db: &State<Db>,
) -> Result<Template, Error> {
    let organisation = me.organisation_id;
    let proof = db
        .run(move |conn| proofs::waiting_one(conn, organisation, id))
        .await?
        .ok_or(Error::NotFound)?;
    let sign = Some(format!("/org/proofs/{id}/sign"));
    proof_page(ctx, config, &proof, None, sign)
}

#[rocket::post("/org/proofs/<id>/sign", data = "<_form>")]
pub async fn sign(
    me: Coordinator,
    id: i32,
    ctx: PageCtx,
    _form: CsrfForm<TokenOnly>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let (by, now) = (me.actor(), ctx.now);
    db.run(move |conn| proofs::sign(conn, by, id, now)).await?;
    Ok(Answer::onward("/org/proofs", msg!("flash-proof-signed")))
}
