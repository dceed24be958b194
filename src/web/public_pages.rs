//! Public pages that every anonymous reader is shown alike (`/help`, a site's `/s/<code>`),
//! rendered once per server, language and choice, and kept while what they were rendered from
//! stays the same. With their data cached (`shifts::coverage`), rendering was most of what a
//! view cost: the layout, the language and topic choices, the times through ICU.
//!
//! The reader's own CSRF token is the only part of such a page that differs between readers:
//! it is rendered with a random stand-in, cut there, and joined with the reader's token on each
//! view. A signed-in reader, a flash message or a form with errors is rendered as before.
//! What a page was rendered from (its *source*: the cached answer, a site and its opening) is
//! kept beside it and compared on every view, so a page is never older than its data.

use std::hash::Hash;
use std::sync::{Arc, OnceLock};

use quick_cache::sync::Cache;
use quick_cache::Weighter;
use rocket::http::Status;
use rocket::response::content::RawHtml;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::forms::Answer;
use super::{PageCtx, Renderer};
use crate::i18n::{Locale, MessageId};
use crate::tokens::new_token;

/// Bytes of pages kept per kind of page: a `/help` page with 20 times is about 40 kB, so a few
/// hundred of the most read pages, whatever the number of languages × topics × sites.
const KEPT_BYTES: u64 = 16 * 1024 * 1024;
/// About how many pages of a kind a server keeps, for the cache's sizing.
const KEPT_PAGES: usize = 400;

struct Kept<S> {
    source: S,
    /// The page cut where the CSRF token goes.
    parts: Vec<String>,
}

#[derive(Clone)]
struct ByLength;

impl<K, S> Weighter<K, Arc<Kept<S>>> for ByLength {
    fn weight(&self, _key: &K, kept: &Arc<Kept<S>>) -> u64 {
        kept.parts
            .iter()
            .map(|p| p.len() as u64)
            .sum::<u64>()
            .max(1)
    }
}

/// One server's kept pages of one kind, by key and language. `S` is what a page is rendered
/// from; a page is shown again only to a reader whose page would be rendered from an equal one.
pub struct PublicPages<K, S> {
    pages: Cache<(K, Locale), Arc<Kept<S>>, ByLength>,
}

impl<K: Eq + Hash + Clone, S: Clone> Default for PublicPages<K, S> {
    fn default() -> Self {
        PublicPages {
            pages: Cache::with_weighter(KEPT_PAGES, KEPT_BYTES, ByLength),
        }
    }
}

/// What stands in for the reader's token while a page shared by readers is rendered (a kept
/// page, a board's live part): random per server, so no text a page shows (a site's notes)
/// can contain it.
pub(crate) fn stand_in() -> &'static str {
    static STAND_IN: OnceLock<String> = OnceLock::new();
    STAND_IN.get_or_init(new_token)
}

/// A text rendered with `stand_in` for the token, cut where it stood.
pub(crate) fn cut_at_token(text: &str) -> Vec<String> {
    text.split(stand_in()).map(str::to_owned).collect()
}

/// A page to render: its template, its heading, and how to make its body, which is made only
/// when the page is not kept.
pub struct Render<F> {
    pub template: &'static str,
    pub title: MessageId,
    pub body: F,
}

impl<K: Eq + Hash + Clone, S: PartialEq + Clone> PublicPages<K, S> {
    /// The page for `key` in the reader's language as rendered from `source`: the kept one if
    /// it was rendered from an equal source, otherwise rendered and kept. A reader who is not
    /// shown what everyone is gets the page rendered for them alone.
    pub fn answer<T: Serialize>(
        &self,
        ctx: &PageCtx,
        renderer: &Renderer<'_>,
        key: K,
        source: S,
        page: Render<impl FnOnce() -> T>,
    ) -> Answer {
        if !ctx.shown_as_to_everyone() {
            return Answer::page(
                Status::Ok,
                ctx.render(page.template, page.title, (page.body)()),
            );
        }
        let key = (key, ctx.locale);
        if let Some(kept) = self.pages.get(&key).filter(|k| k.source == source) {
            return Answer::Kept(RawHtml(ctx.with_own_token(&kept.parts)));
        }
        let context = ctx.page_with_token(stand_in(), page.title, (page.body)());
        let Some(text) = renderer.show(page.template, &context) else {
            // The template failed (and was logged): rendered again as a response, it fails the
            // same way and answers 500 as any page would.
            return Answer::page(Status::Ok, Template::render(page.template, context));
        };
        let parts = cut_at_token(&text);
        let shown = ctx.with_own_token(&parts);
        self.pages.insert(key, Arc::new(Kept { source, parts }));
        Answer::Kept(RawHtml(shown))
    }
}
