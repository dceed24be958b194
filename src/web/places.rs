//! The public directory of places (`/places`): every open site under the organisation that
//! runs it, or those a few words find. The whole list is kept rendered per interface language
//! like the front page; a search is rendered for its reader.

use std::sync::Arc;

use rocket::http::Status;
use rocket::State;
use serde::Serialize;

use super::forms::{Answer, FieldErrors};
use super::home::{open_sites, HomeSites};
use super::public_pages::{PublicPages, Render};
use super::{labels, PageCtx, Renderer};
use crate::db::Db;
use crate::error::Error;
use crate::i18n::MessageId;
use crate::msg;
use crate::sites::directory::{self, LONGEST_SEARCH};
use crate::sites::PublicSite;

#[derive(Serialize)]
struct PlaceView {
    name: String,
    public_code: String,
    kind_label: MessageId,
    address: String,
}

#[derive(Serialize)]
struct GroupView {
    organisation: String,
    places: Vec<PlaceView>,
}

#[derive(Serialize)]
struct PlacesPage {
    /// The words as typed, shown again in the field.
    q: String,
    errors: FieldErrors,
    /// Whether the reader searched, so that the count and "none found" are about the search.
    searched: bool,
    found: usize,
    groups: Vec<GroupView>,
}

fn page(sites: &[PublicSite], q: &str) -> PlacesPage {
    let found = directory::search(sites, q);
    let count = found.len();
    let groups = directory::by_organisation(found)
        .into_iter()
        .map(|(organisation, places)| GroupView {
            organisation: organisation.to_owned(),
            places: places
                .into_iter()
                .map(|site| PlaceView {
                    name: site.name.clone(),
                    public_code: site.public_code.clone(),
                    kind_label: labels::site_kind(site.kind),
                    address: site.address.clone(),
                })
                .collect(),
        })
        .collect();
    PlacesPage {
        q: q.to_owned(),
        errors: FieldErrors::default(),
        searched: !q.trim().is_empty(),
        found: count,
        groups,
    }
}

/// The key of the one directory page kept: the whole list. Its own type, so that the kept
/// pages are not the front page's in Rocket's state.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct AllPlaces;

/// This server's kept directory pages (the whole list), one per interface language.
pub type PlacesPages = PublicPages<AllPlaces, Arc<Vec<PublicSite>>>;

#[rocket::get("/places?<q>")]
pub async fn places(
    q: Option<String>,
    ctx: PageCtx,
    renderer: Renderer<'_>,
    db: &State<Db>,
    kept: &State<HomeSites>,
    pages: &State<PlacesPages>,
) -> Result<Answer, Error> {
    let q = q.unwrap_or_default();
    let title = msg!("home-sites-title");
    if q.chars().count() > LONGEST_SEARCH {
        let mut errors = FieldErrors::default();
        errors.add("q", msg!("form-error-too-long"));
        let refused = PlacesPage {
            q,
            errors,
            searched: false,
            found: 0,
            groups: Vec::new(),
        };
        return Ok(Answer::invalid(ctx.render("places", title, refused)));
    }
    let sites = open_sites(db, kept, ctx.now).await?;
    if !q.trim().is_empty() {
        let found = ctx.render("places", title, page(&sites, &q));
        return Ok(Answer::page(Status::Ok, found));
    }
    let shown = Arc::clone(&sites);
    let all = Render {
        template: "places",
        title,
        body: move || page(&shown, ""),
    };
    Ok(pages.answer(&ctx, &renderer, AllPlaces, sites, all))
}
