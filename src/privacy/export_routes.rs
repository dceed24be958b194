//! A person's own data: the download (`/account/export.json`, an attachment) and the readable
//! page (`/account/data`) with the staff who looked at their page. Both are audited.

use rocket::http::Header;
use rocket::State;
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::export::{self, OwnData};
use crate::auth::sessions::CurrentUser;
use crate::db::Db;
use crate::error::Error;
use crate::i18n::format_datetime;
use crate::msg;
use crate::web::guards::actor;
use crate::web::{Now, PageCtx};

/// The JSON as a file to save.
#[derive(rocket::Responder)]
#[response(content_type = "json")]
pub struct Download {
    body: String,
    disposition: Header<'static>,
}

async fn own_data(me: &CurrentUser, now: chrono::NaiveDateTime, db: &Db) -> Result<OwnData, Error> {
    let me = actor(me);
    db.run(move |conn| export::export(conn, me, now)).await
}

#[rocket::get("/account/export.json")]
pub async fn download(me: CurrentUser, now: Now, db: &State<Db>) -> Result<Download, Error> {
    let data = own_data(&me, now.0, db).await?;
    let body = format!("{:#}", serde_json::Value::Object(data.tables));
    Ok(Download {
        body,
        disposition: Header::new(
            "Content-Disposition",
            "attachment; filename=\"digikaveri-my-data.json\"",
        ),
    })
}

#[derive(Serialize)]
struct SectionView {
    key: String,
    rows: Vec<String>,
}

#[derive(Serialize)]
struct ViewView {
    at: String,
    by: Option<String>,
}

#[derive(Serialize)]
struct DataPage {
    sections: Vec<SectionView>,
    staff_views: Vec<ViewView>,
}

#[rocket::get("/account/data")]
pub async fn page(me: CurrentUser, ctx: PageCtx, db: &State<Db>) -> Result<Template, Error> {
    let data = own_data(&me, ctx.now, db).await?;
    let sections = data
        .tables
        .into_iter()
        .map(|(key, value)| {
            let rows = match value {
                serde_json::Value::Array(items) => items.iter().map(|v| v.to_string()).collect(),
                other => vec![other.to_string()],
            };
            SectionView { key, rows }
        })
        .collect();
    let staff_views = data
        .staff_views
        .into_iter()
        .map(|v| ViewView {
            at: format_datetime(ctx.locale, v.at),
            by: v.by,
        })
        .collect();
    let page = DataPage {
        sections,
        staff_views,
    };
    Ok(ctx.render("privacy/data", msg!("data-title"), page))
}
