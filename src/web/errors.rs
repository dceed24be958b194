//! Errors at the web boundary: each `Error` answers with a status (5xx logged once, here), and
//! the catchers render every status as a page in the reader's language.

use rocket::http::{Method, Status};
use rocket::response::{self, Redirect, Responder};
use rocket::{Catcher, Request};
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::PageCtx;
use crate::error::Error;
use crate::i18n::MessageId;
use crate::msg;

pub fn status_of(error: &Error) -> Status {
    match error {
        Error::NotFound => Status::NotFound,
        Error::Forbidden => Status::Forbidden,
        Error::Invalid => Status::UnprocessableEntity,
        Error::Pool(_) | Error::StillDown | Error::Unreachable { .. } => Status::ServiceUnavailable,
        _ => Status::InternalServerError,
    }
}

impl<'r> Responder<'r, 'static> for Error {
    fn respond_to(self, _: &'r Request<'_>) -> response::Result<'static> {
        let status = status_of(&self);
        // Logged once, here. Messages carry no personal data: queries are parameterised and
        // diesel's errors name tables and constraints, not values.
        if status.code >= 500 {
            log::error!("{self}");
        }
        Err(status)
    }
}

pub fn catchers() -> Vec<Catcher> {
    rocket::catchers![sign_in_first, any_error]
}

#[derive(Serialize)]
struct ErrorPage {
    code: u16,
    message: MessageId,
    /// The service's own address, when a form was refused for its missing cookie.
    address: Option<String>,
}

/// Statuses with a page of their own; anything else gets the general one.
fn message_ids(status: Status) -> (MessageId, MessageId) {
    match status.code {
        400 => (msg!("error-400-title"), msg!("error-400-body")),
        403 => (msg!("error-403-title"), msg!("error-403-body")),
        404 => (msg!("error-404-title"), msg!("error-404-body")),
        422 => (msg!("error-422-title"), msg!("error-422-body")),
        429 => (msg!("error-429-title"), msg!("error-429-body")),
        503 => (msg!("error-503-title"), msg!("error-503-body")),
        code if code >= 500 => (msg!("error-500-title"), msg!("error-500-body")),
        _ => (msg!("error-other-title"), msg!("error-other-body")),
    }
}

#[rocket::catch(default)]
fn any_error(status: Status, req: &Request<'_>) -> (Status, Template) {
    let (title, mut message) = message_ids(status);
    let mut address = None;
    if status == Status::Forbidden && super::csrf::Refused::of(req) {
        message = msg!("error-403-form-body");
        address = req
            .rocket()
            .state::<crate::config::Config>()
            .map(|c| c.public_url.clone());
    }
    let body = ErrorPage {
        code: status.code,
        message,
        address,
    };
    (
        status,
        PageCtx::for_catcher(req).render("errors/error", title, body),
    )
}

/// A page that needs a signed-in person sends the visitor to sign in, and back afterwards.
#[rocket::catch(401)]
fn sign_in_first(req: &Request<'_>) -> Redirect {
    if req.method() == Method::Get {
        let next = req.uri().to_string();
        Redirect::to(format!(
            "/login?next={}",
            rocket::http::RawStr::new(&next).percent_encode()
        ))
    } else {
        Redirect::to("/login")
    }
}
