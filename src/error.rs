//! One error type from the database up to the web boundary, which answers each with a status
//! (`web::errors`); the translated page comes from the catchers there.

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
    /// The database failed a moment ago and no connection is free: answered at once.
    #[error("the database is still down")]
    StillDown,
    #[error("background task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
    /// A stored enum value the code does not know.
    #[error("{0}")]
    Stored(#[from] crate::stored::UnknownValue),
    #[error("password hashing failed: {0}")]
    Password(String),
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    /// A document (the proof's PDF) could not be made.
    #[error("PDF: {0}")]
    Pdf(String),
    /// A value could not be written as JSON (the own-data download).
    #[error("JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// A value no form of ours sends (a tampered choice): the translated 422 page.
    #[error("invalid request")]
    Invalid,
    /// A template did not render outside a response (the part an event stream sends); the
    /// renderer logged why.
    #[error("the template {0} did not render")]
    Template(&'static str),
}
