//! The volunteer's own skills page: the languages they help in and the topics they know or
//! want to learn (one form, no JavaScript needed), their external credentials, and where their
//! training stands.

use std::collections::HashMap;

use rocket::form::FromForm;
use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::profile::{self, Skills};
use crate::clock::today_in_finland;
use crate::db::Db;
use crate::error::Error;
use crate::i18n::{language_name, LanguageName, Locale, MessageId};
use crate::languages::{self, Level, HELP_LANGUAGES};
use crate::msg;
use crate::topics::{self, Stance, GROUPS};
use crate::training;
use crate::training::credentials::{self, NewCredential, MAX_TEXT};
use crate::training::routes::{checklist_views, credential_views, ChecklistView, CredentialView};
use crate::web::csrf::{CsrfForm, TokenOnly};
use crate::web::forms::{Answer, FieldErrors};
use crate::web::guards::Volunteer;
use crate::web::{labels, Now, PageCtx};

const PAGE: &str = "/volunteer/profile";

/// One `<select>` per language (`lang[fi]=native`) and one group of radio buttons per topic
/// (`topic[kela]=learning`); an empty value, or none, means "not chosen".
#[derive(Debug, Default, FromForm)]
pub struct SkillsForm {
    #[field(default = HashMap::new())]
    lang: HashMap<String, String>,
    #[field(default = HashMap::new())]
    topic: HashMap<String, String>,
}

#[derive(Debug, Default, FromForm, Serialize)]
pub struct CredentialForm {
    #[field(default = String::new())]
    name: String,
    #[field(default = String::new())]
    issuer: String,
    #[field(default = String::new())]
    issued_on: String,
    #[field(default = String::new())]
    link: String,
}

/// A language's row in the form: its own name and the chosen level (`""` for none).
#[derive(Serialize)]
struct LanguageChoice {
    #[serde(flatten)]
    language: LanguageName,
    level: &'static str,
}

#[derive(Serialize)]
struct TopicChoice {
    slug: &'static str,
    label_id: MessageId,
    /// Inline SVG from our own files (`topics::icon`), printed unescaped.
    icon: &'static str,
    stance: &'static str,
}

/// A group of topics the volunteer opens to choose in, with how many are chosen in it, so a
/// closed group still tells what it holds. When the form comes back with a problem, the
/// groups with choices in them are open, as the volunteer left them.
#[derive(Serialize)]
struct TopicGroupView {
    label_id: MessageId,
    chosen: usize,
    open: bool,
    topics: Vec<TopicChoice>,
}

#[derive(Serialize)]
struct ProfilePage {
    // Not `languages`: the layout's language switcher has that name. The languages of the
    // interface first, the others behind "more languages", open when one of them is chosen or
    // the languages came back with a problem.
    common_languages: Vec<LanguageChoice>,
    more_languages: Vec<LanguageChoice>,
    more_languages_open: bool,
    topic_groups: Vec<TopicGroupView>,
    errors: FieldErrors,
    training: Vec<ChecklistView>,
    credentials: Vec<CredentialView>,
    credential: CredentialForm,
    credential_errors: FieldErrors,
    today: String,
}

/// The page's two forms as they are shown: saved or as typed, with their errors.
struct Forms {
    skills: Skills,
    errors: FieldErrors,
    credential: CredentialForm,
    credential_errors: FieldErrors,
}

impl Forms {
    fn fresh(skills: Skills) -> Forms {
        Forms {
            skills,
            errors: FieldErrors::default(),
            credential: <CredentialForm as Default>::default(),
            credential_errors: FieldErrors::default(),
        }
    }
}

fn language_choices(locale: Locale, skills: &Skills) -> Vec<LanguageChoice> {
    HELP_LANGUAGES
        .iter()
        .map(|language| LanguageChoice {
            language: language_name(locale, *language),
            level: skills.level(language.code).map_or("", Level::as_str),
        })
        .collect()
}

fn topic_groups(skills: &Skills, came_back: bool) -> Vec<TopicGroupView> {
    GROUPS
        .iter()
        .map(|group| {
            let topics: Vec<_> = group
                .topics
                .iter()
                .map(|slug| TopicChoice {
                    slug,
                    label_id: labels::topic(slug),
                    icon: topics::icon(slug),
                    stance: skills.stance(slug).map_or("", Stance::as_str),
                })
                .collect();
            let chosen = topics.iter().filter(|t| !t.stance.is_empty()).count();
            TopicGroupView {
                label_id: labels::topic_group(group.key),
                chosen,
                open: came_back && chosen > 0,
                topics,
            }
        })
        .collect()
}

/// What the page shows besides the two forms.
struct Saved {
    training: Vec<ChecklistView>,
    credentials: Vec<CredentialView>,
}

async fn saved(db: &Db, me: &Volunteer, locale: Locale) -> Result<Saved, Error> {
    let (user, organisation) = (me.user.user_id, me.organisation_id);
    let (training, credentials) = db
        .run(move |conn| {
            let training = training::checklist(conn, organisation, user)?;
            Ok::<_, Error>((training, credentials::list(conn, user)?))
        })
        .await?;
    Ok(Saved {
        training: checklist_views(training, locale),
        credentials: credential_views(credentials, locale),
    })
}

async fn page(ctx: &PageCtx, db: &Db, me: &Volunteer, forms: Forms) -> Result<Template, Error> {
    let Saved {
        training,
        credentials,
    } = saved(db, me, ctx.locale).await?;
    let (common_languages, more_languages): (Vec<_>, Vec<_>) =
        language_choices(ctx.locale, &forms.skills)
            .into_iter()
            .partition(|l| languages::is_common(l.language.code));
    let more_languages_open = forms.errors.get("languages").is_some()
        || more_languages.iter().any(|l| !l.level.is_empty());
    let page = ProfilePage {
        common_languages,
        more_languages,
        more_languages_open,
        topic_groups: topic_groups(&forms.skills, !forms.errors.is_empty()),
        errors: forms.errors,
        training,
        credentials,
        credential: forms.credential,
        credential_errors: forms.credential_errors,
        today: today_in_finland(ctx.now).to_string(),
    };
    Ok(ctx.render("volunteers/profile", msg!("profile-title"), page))
}

async fn saved_skills(db: &Db, user_id: i32) -> Result<Skills, Error> {
    db.run(move |conn| profile::skills(conn, user_id)).await
}

#[rocket::get("/volunteer/profile")]
pub async fn show(me: Volunteer, ctx: PageCtx, db: &State<Db>) -> Result<Template, Error> {
    let skills = saved_skills(db, me.user.user_id).await?;
    page(&ctx, db, &me, Forms::fresh(skills)).await
}

/// The valid choices of the form, and an error per fieldset for the rest. A code that is not
/// in our lists means a tampered or outdated form.
fn parse_skills(form: &SkillsForm) -> (Skills, FieldErrors) {
    let mut errors = FieldErrors::default();
    let mut skills = Skills::default();
    for (code, level) in form.lang.iter().filter(|(_, v)| !v.is_empty()) {
        match (languages::find(code), Level::parse(level)) {
            (Some(language), Some(level)) => skills.languages.push((language, level)),
            _ => errors.add("languages", msg!("form-error-choose")),
        }
    }
    for (slug, stance) in form.topic.iter().filter(|(_, v)| !v.is_empty()) {
        match (topics::find(slug), Stance::parse(stance)) {
            (Some(slug), Some(stance)) => skills.topics.push((slug, stance)),
            _ => errors.add("topics", msg!("form-error-choose")),
        }
    }
    if skills.languages.is_empty() {
        errors.add("languages", msg!("profile-error-no-language"));
    }
    (skills.sorted(), errors)
}

#[rocket::post("/volunteer/profile", data = "<form>")]
pub async fn save(
    me: Volunteer,
    ctx: PageCtx,
    form: CsrfForm<SkillsForm>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let (skills, errors) = parse_skills(&form.0);
    if !errors.is_empty() {
        let forms = Forms {
            errors,
            ..Forms::fresh(skills)
        };
        return Ok(Answer::invalid(page(&ctx, db, &me, forms).await?));
    }
    let (who, now) = (me.actor(), ctx.now);
    db.run(move |conn| profile::save_skills(conn, who, &skills, now))
        .await?;
    Ok(Answer::onward(PAGE, msg!("flash-skills-saved")))
}

#[rocket::post("/volunteer/profile/credentials", data = "<form>")]
pub async fn add_credential(
    me: Volunteer,
    ctx: PageCtx,
    form: CsrfForm<CredentialForm>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let form = form.0;
    let mut errors = FieldErrors::default();
    errors.text("name", &form.name, MAX_TEXT);
    errors.text("issuer", &form.issuer, MAX_TEXT);
    let today = today_in_finland(ctx.now);
    let issued_on = errors.past_date("issued_on", &form.issued_on, today);
    errors.link("link", &form.link);
    let Some(issued_on) = issued_on.filter(|_| errors.is_empty()) else {
        let forms = Forms {
            credential: form,
            credential_errors: errors,
            ..Forms::fresh(saved_skills(db, me.user.user_id).await?)
        };
        return Ok(Answer::invalid(page(&ctx, db, &me, forms).await?));
    };
    let (who, now) = (me.actor(), ctx.now);
    db.run(move |conn| {
        let new = NewCredential {
            name: &form.name,
            issuer: &form.issuer,
            issued_on,
            link: &form.link,
        };
        profile::add_credential(conn, who, &new, now)
    })
    .await?;
    Ok(Answer::onward(PAGE, msg!("flash-credential-added")))
}

#[rocket::post("/volunteer/profile/credentials/<id>/delete", data = "<_form>")]
pub async fn delete_credential(
    me: Volunteer,
    id: i32,
    now: Now,
    _form: CsrfForm<TokenOnly>,
    db: &State<Db>,
) -> Result<Answer, Error> {
    let who = me.actor();
    db.run(move |conn| profile::delete_credential(conn, who, id, now.0))
        .await?;
    Ok(Answer::onward(PAGE, msg!("flash-credential-deleted")))
}
