//! The front page: what a digikaveri is, and where the programme's sites are. Kept rendered
//! per interface language for anonymous readers (`public_pages`), under the coverage generation.

use std::sync::Arc;

use chrono::NaiveDateTime;
use rocket::State;
use serde::Serialize;

use super::forms::Answer;
use super::public_pages::{PublicPages, Render};
use super::texts::{for_reader, TextView};
use super::{labels, PageCtx, Renderer};
use crate::db::Db;
use crate::error::Error;
use crate::i18n::{Locale, MessageId};
use crate::msg;
use crate::shifts::coverage::{Cache, Timed};
use crate::sites::{self, PublicSite};

#[derive(Serialize)]
struct SiteView {
    name: String,
    public_code: String,
    kind_label: MessageId,
    address: String,
    organisation: String,
    opening: Option<TextView>,
    access: Option<TextView>,
}

impl SiteView {
    fn of(site: PublicSite, locale: Locale) -> SiteView {
        SiteView {
            opening: for_reader(&site.notes.opening, locale),
            access: for_reader(&site.notes.access, locale),
            kind_label: labels::site_kind(site.kind),
            name: site.name,
            public_code: site.public_code,
            address: site.address,
            organisation: site.organisation,
        }
    }
}

#[derive(Serialize)]
struct HomePage {
    sites: Vec<SiteView>,
    /// How many places are open, when they are too many for cards: the page points to the
    /// directory instead.
    directory: Option<usize>,
}

/// The most open sites the front page shows as cards. A city's hundreds would make a phone
/// scroll past them all, so it finds them in the directory (`/places`) instead.
pub const CARDS_ON_HOME: usize = 6;

/// This server's kept list of open sites, under the coverage generation (a site's name, code,
/// notes, closing and its organisation's name are all written under it).
pub type HomeSites = Cache<(), Vec<PublicSite>>;

/// This server's kept front pages, one per interface language, with the sites each shows.
pub type HomePages = PublicPages<(), Arc<Vec<PublicSite>>>;

/// The open sites, as this server keeps them.
pub(super) async fn open_sites(
    db: &Db,
    kept: &HomeSites,
    now: NaiveDateTime,
) -> Result<Arc<Vec<PublicSite>>, Error> {
    let kept = kept.clone();
    db.run(move |conn| {
        kept.get_or_load(
            conn,
            (),
            now,
            |conn| {
                Ok(Timed {
                    value: sites::public_list(conn)?,
                    valid_until: None,
                })
            },
            |_| true,
        )
    })
    .await
}

#[rocket::get("/")]
pub async fn home(
    ctx: PageCtx,
    renderer: Renderer<'_>,
    db: &State<Db>,
    kept: &State<HomeSites>,
    pages: &State<HomePages>,
) -> Result<Answer, Error> {
    let sites = open_sites(db, kept, ctx.now).await?;
    let locale = ctx.locale;
    let shown = Arc::clone(&sites);
    let body = move || match shown.len() {
        count if count > CARDS_ON_HOME => HomePage {
            sites: Vec::new(),
            directory: Some(count),
        },
        _ => HomePage {
            sites: shown
                .iter()
                .cloned()
                .map(|site| SiteView::of(site, locale))
                .collect(),
            directory: None,
        },
    };
    let home = Render {
        template: "home",
        title: msg!("home-title"),
        body,
    };
    Ok(pages.answer(&ctx, &renderer, (), sites, home))
}
