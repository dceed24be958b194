//! Error pages in the reader's language. Handlers answer with a status; these render it.

use rocket::http::{Method, Status};
use rocket::response::Redirect;
use rocket::{Catcher, Request};
use rocket_dyn_templates::Template;
use serde::Serialize;

use super::PageCtx;

pub fn catchers() -> Vec<Catcher> {
    rocket::catchers![sign_in_first, any_error]
}

#[derive(Serialize)]
struct ErrorPage {
    code: u16,
    message: &'static str,
}

/// Statuses with a page of their own; anything else gets the general one.
fn message_ids(status: Status) -> (&'static str, &'static str) {
    match status.code {
        400 => ("error-400-title", "error-400-body"),
        403 => ("error-403-title", "error-403-body"),
        404 => ("error-404-title", "error-404-body"),
        422 => ("error-422-title", "error-422-body"),
        429 => ("error-429-title", "error-429-body"),
        503 => ("error-503-title", "error-503-body"),
        code if code >= 500 => ("error-500-title", "error-500-body"),
        _ => ("error-other-title", "error-other-body"),
    }
}

#[rocket::catch(default)]
fn any_error(status: Status, req: &Request<'_>) -> (Status, Template) {
    let (title, message) = message_ids(status);
    let body = ErrorPage {
        code: status.code,
        message,
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
