//! The front page: what a digikaveri is, and where the programme's sites are.

use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::texts::{for_reader, TextView};
use super::{labels, PageCtx};
use crate::db::Db;
use crate::error::Error;
use crate::i18n::{Locale, MessageId};
use crate::msg;
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
}

#[rocket::get("/")]
pub async fn home(ctx: PageCtx, db: &State<Db>) -> Result<Template, Error> {
    let sites = db.run(sites::public_list).await?;
    let sites = sites
        .into_iter()
        .map(|site| SiteView::of(site, ctx.locale))
        .collect();
    Ok(ctx.render("home", msg!("home-title"), HomePage { sites }))
}
