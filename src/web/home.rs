//! The front page: what a digikaveri is, and where the programme's sites are.

use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::PageCtx;
use crate::db::Db;
use crate::error::Error;
use crate::sites::{self, PublicSite};

#[derive(Serialize)]
struct HomePage {
    sites: Vec<PublicSite>,
}

#[rocket::get("/")]
pub async fn home(ctx: PageCtx, db: &State<Db>) -> Result<Template, Error> {
    let sites = db.run(sites::public_list).await?;
    Ok(ctx.render("home", "home-title", HomePage { sites }))
}
