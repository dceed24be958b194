//! One error type from the database up to the web boundary. A request that fails answers with a
//! status only; the translated page comes from the catchers in `web::errors`.

use rocket::http::Status;
use rocket::response::{self, Responder};
use rocket::Request;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0}")]
    Config(String),
    #[error("cannot reach the database at {url}: {cause}")]
    Unreachable { url: String, cause: String },
    #[error("database migration failed: {0}")]
    Migration(String),
    #[error("database error: {0}")]
    Query(#[from] diesel::result::Error),
    #[error("database pool error: {0}")]
    Pool(#[from] diesel::r2d2::PoolError),
    #[error("background task failed: {0}")]
    Task(#[from] rocket::tokio::task::JoinError),
    #[error("password hashing failed: {0}")]
    Password(String),
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    /// A value no form of ours sends (a tampered choice): the translated 422 page.
    #[error("invalid request")]
    Invalid,
}

impl Error {
    pub fn status(&self) -> Status {
        match self {
            Error::NotFound => Status::NotFound,
            Error::Forbidden => Status::Forbidden,
            Error::Invalid => Status::UnprocessableEntity,
            Error::Pool(_) | Error::Unreachable { .. } => Status::ServiceUnavailable,
            _ => Status::InternalServerError,
        }
    }
}

impl<'r> Responder<'r, 'static> for Error {
    fn respond_to(self, _: &'r Request<'_>) -> response::Result<'static> {
        let status = self.status();
        // Logged once, here. Messages carry no personal data: queries are parameterised and
        // diesel's errors name tables and constraints, not values.
        if status.code >= 500 {
            log::error!("{self}");
        }
        Err(status)
    }
}
