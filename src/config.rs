//! Settings that are ours rather than Rocket's, read from the environment at start.

use std::sync::Arc;

use crate::error::Error;
use crate::mail::{Mailer, Outbox, Smtp};

#[derive(Clone)]
pub struct Config {
    /// The address people use to reach the service; links in mail and on screen start with it.
    pub public_url: String,
    pub mailer: Arc<dyn Mailer>,
    /// The bearer token that opens `/metrics`; without one there is no `/metrics`.
    pub metrics_token: Option<String>,
}

impl Config {
    /// `PUBLIC_URL` (default `http://127.0.0.1:8000`), `SMTP_URL` and `MAIL_FROM` (without
    /// `SMTP_URL`, a development build prints mail and a release build sends none), and
    /// `METRICS_TOKEN`.
    pub fn from_env() -> Result<Config, Error> {
        let public_url =
            std::env::var("PUBLIC_URL").unwrap_or_else(|_| "http://127.0.0.1:8000".into());
        let mailer: Arc<dyn Mailer> = match std::env::var("SMTP_URL") {
            Ok(url) => {
                let from = std::env::var("MAIL_FROM")
                    .map_err(|_| Error::Config("SMTP_URL is set but MAIL_FROM is not".into()))?;
                Arc::new(Smtp::new(&url, &from)?)
            }
            Err(_) if cfg!(debug_assertions) => Arc::new(Outbox::printing()),
            Err(_) => {
                eprintln!("digikaveri: SMTP_URL is not set, so no mail is sent");
                Arc::new(Outbox::default())
            }
        };
        let metrics_token = std::env::var("METRICS_TOKEN")
            .ok()
            .filter(|t| !t.trim().is_empty());
        Ok(Config {
            public_url: public_url.trim_end_matches('/').to_owned(),
            mailer,
            metrics_token,
        })
    }

    /// For tests: the outbox they read, and a fixed address.
    pub fn with_outbox(outbox: Arc<Outbox>) -> Config {
        Config {
            public_url: "http://127.0.0.1:8000".into(),
            mailer: outbox,
            metrics_token: None,
        }
    }

    pub fn link(&self, path: &str) -> String {
        format!("{}{path}", self.public_url)
    }

    /// Cookies are `Secure` when people reach the service over https, the production case; a
    /// plain-http address (a laptop on a site's network, development) works without.
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}
