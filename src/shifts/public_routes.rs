//! The public page "help in my language" (`/help`): choose a language and, if wanted, a topic,
//! and see where and when help is on in the next two weeks.

use std::sync::{Arc, OnceLock};

use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::public::{help_times_with_fallback, HelpAnswer, HelpCache, HelpTime, DAYS_AHEAD};
use crate::db::Db;
use crate::error::Error;
use crate::i18n::{format_time_span, Locale, MessageId, LOCALE_SLOTS};
use crate::languages::{self, HELP_LANGUAGES};
use crate::msg;
use crate::topics::{self, TOPICS};
use crate::web::forms::{Answer, FieldErrors};
use crate::web::public_pages::{PublicPages, Render};
use crate::web::texts::{for_reader, TextView};
use crate::web::{labels, PageCtx, Renderer};

#[derive(Serialize)]
struct Choice<'a> {
    code: &'static str,
    label: &'a str,
    rtl: bool,
    selected: bool,
}

#[derive(Serialize)]
struct TimeView {
    when: String,
    site: String,
    kind_label: MessageId,
    address: String,
    opening_notes: Option<TextView>,
    access_notes: Option<TextView>,
    organisation: String,
}

impl TimeView {
    fn of(time: &HelpTime, locale: Locale) -> TimeView {
        TimeView {
            when: format_time_span(locale, time.starts_at, time.ends_at),
            kind_label: labels::site_kind(time.kind),
            site: time.site.clone(),
            address: time.address.clone(),
            opening_notes: for_reader(&time.notes.opening, locale),
            access_notes: for_reader(&time.notes.access, locale),
            organisation: time.organisation.clone(),
        }
    }
}

#[derive(Serialize)]
struct HelpPage<'a> {
    /// Not `languages`: the layout's language switcher has that name.
    help_languages: Vec<Choice<'a>>,
    topics: Vec<Choice<'a>>,
    errors: FieldErrors,
    /// The chosen language's own name, once the reader has chosen.
    chosen: Option<&'static str>,
    times: Vec<TimeView>,
    /// Nobody has marked the topic, so the times are for the language alone.
    topic_fallback: bool,
    days: i64,
}

/// The topics' labels in `locale`, in the order of `TOPICS`, made once per locale: the same
/// 24 messages on every view.
fn topic_labels(locale: Locale) -> &'static [String] {
    static LABELS: [OnceLock<Vec<String>>; LOCALE_SLOTS] =
        [const { OnceLock::new() }; LOCALE_SLOTS];
    LABELS.get(locale.slot()).map_or(&[], |labels| {
        labels.get_or_init(|| {
            TOPICS
                .iter()
                .map(|slug| locale.text(labels::topic(slug)))
                .collect()
        })
    })
}

fn choices(
    locale: Locale,
    language: &str,
    topic: &str,
) -> (Vec<Choice<'static>>, Vec<Choice<'static>>) {
    let languages = HELP_LANGUAGES
        .iter()
        .map(|l| Choice {
            code: l.code,
            label: l.endonym,
            rtl: l.rtl,
            selected: l.code == language,
        })
        .collect();
    let topics = TOPICS
        .iter()
        .zip(topic_labels(locale))
        .map(|(slug, label)| Choice {
            code: slug,
            label,
            rtl: false,
            selected: *slug == topic,
        })
        .collect();
    (languages, topics)
}

/// This server's kept `/help` pages, by language and topic, with the answer each shows.
pub type HelpPages =
    PublicPages<(Option<&'static str>, Option<&'static str>), Option<Arc<HelpAnswer>>>;

#[rocket::get("/help?<language>&<topic>")]
pub async fn help(
    language: Option<String>,
    topic: Option<String>,
    ctx: PageCtx,
    renderer: Renderer<'_>,
    db: &State<Db>,
    cache: &State<HelpCache>,
    pages: &State<HelpPages>,
) -> Result<Answer, Error> {
    let locale = ctx.locale;
    let language = language.unwrap_or_default();
    let topic = topic.unwrap_or_default();
    let page = |errors: FieldErrors| {
        let (help_languages, topics) = choices(locale, &language, &topic);
        HelpPage {
            help_languages,
            topics,
            errors,
            chosen: None,
            times: Vec::new(),
            topic_fallback: false,
            days: DAYS_AHEAD,
        }
    };
    let refused = |field| {
        let mut errors = FieldErrors::default();
        errors.add(field, msg!("form-error-choose"));
        Ok(Answer::invalid(render(&ctx, page(errors))))
    };
    let chosen = match language.as_str() {
        "" => None,
        typed => match languages::find(typed) {
            Some(chosen) => Some(chosen),
            None => return refused("language"),
        },
    };
    let chosen_topic = match topic.as_str() {
        "" => None,
        typed => match topics::find(typed) {
            Some(slug) => Some(slug),
            None => return refused("topic"),
        },
    };
    let answer = match chosen {
        None => None,
        Some(chosen) => {
            let (cache, now) = (cache.inner().clone(), ctx.now);
            let code = chosen.code;
            Some(
                db.run(move |conn| help_times_with_fallback(conn, &cache, code, chosen_topic, now))
                    .await?,
            )
        }
    };
    let key = (chosen.map(|c| c.code), chosen_topic);
    let shown = answer.clone();
    let body = move || {
        let mut page = page(FieldErrors::default());
        if let (Some(chosen), Some(answer)) = (chosen, shown) {
            page.chosen = Some(chosen.endonym);
            page.times = answer
                .times
                .iter()
                .map(|t| TimeView::of(t, locale))
                .collect();
            page.topic_fallback = answer.topic_fallback;
        }
        page
    };
    let help = Render {
        template: "shifts/help",
        title: msg!("help-title"),
        body,
    };
    Ok(pages.answer(&ctx, &renderer, key, answer, help))
}

fn render(ctx: &PageCtx, page: HelpPage) -> Template {
    ctx.render("shifts/help", msg!("help-title"), page)
}
