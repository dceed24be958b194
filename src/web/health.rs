//! `/healthz` for load balancers: 200 while the database answers, 503 when it does not.

use diesel::connection::SimpleConnection;
use rocket::http::Status;
use rocket::State;

use crate::db::Db;

#[rocket::get("/healthz")]
pub async fn healthz(db: &State<Db>) -> (Status, &'static str) {
    let answer = db
        .run(|conn| {
            conn.batch_execute("SELECT 1 FROM organisations LIMIT 1")?;
            Ok(())
        })
        .await;
    match answer {
        Ok(()) => (Status::Ok, "ok"),
        Err(e) => {
            log::warn!("health check failed: {e}");
            (Status::ServiceUnavailable, "database unavailable")
        }
    }
}
