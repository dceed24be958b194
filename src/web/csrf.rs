//! CSRF protection. Every state-changing form carries a token: a signed-in person's comes from
//! their session row, an anonymous visitor's from a random cookie (double submit). `CsrfForm`
//! is the data guard for every form POST: a missing or wrong token is a 403 before the handler
//! runs, so nothing can be written.

use rocket::data::{self, Data, FromData, ToByteUnit};
use rocket::form::{Form, FromForm};
use rocket::http::{Cookie, RawStr, SameSite, Status};
use rocket::request::Request;

use super::guards::session_of;
use crate::tokens::{new_token, same_secret};

pub const CSRF_COOKIE: &str = "dk_csrf";

/// Marks a request whose form was refused for its token, so the 403 page can say why (most
/// often: the browser did not send the cookie back, because the service was opened at
/// another address than its own or cookies are off).
#[derive(Default)]
pub struct Refused(std::sync::atomic::AtomicBool);

impl Refused {
    pub fn of(req: &Request<'_>) -> bool {
        req.local_cache(Refused::default)
            .0
            .load(std::sync::atomic::Ordering::Relaxed)
    }
}
pub const CSRF_FIELD: &str = "csrf";

/// The token a form rendered for this request must carry. Gives an anonymous visitor a cookie
/// the first time.
pub async fn token_for(req: &Request<'_>) -> String {
    if let Ok(Some(user)) = session_of(req).await {
        return user.csrf_token.clone();
    }
    if let Some(cookie) = req.cookies().get(CSRF_COOKIE) {
        return cookie.value().to_owned();
    }
    let token = new_token();
    req.cookies().add(
        Cookie::build((CSRF_COOKIE, token.clone()))
            .path("/")
            .http_only(true)
            .same_site(SameSite::Lax)
            .secure(super::secure_cookies(req)),
    );
    token
}

/// The token this request may use: `None` when it has none at all.
async fn expected(req: &Request<'_>) -> Option<String> {
    match session_of(req).await {
        Ok(Some(user)) => Some(user.csrf_token.clone()),
        _ => req.cookies().get(CSRF_COOKIE).map(|c| c.value().to_owned()),
    }
}

/// A form with nothing but the token: sign out, approve, renew a link.
#[derive(FromForm)]
pub struct TokenOnly {
    pub csrf: String,
}

/// A form whose CSRF token has been checked. Fields are parsed leniently: every form struct
/// gives its fields defaults, so that missing input becomes a field error, not a 422.
pub struct CsrfForm<T>(pub T);

#[rocket::async_trait]
impl<'r, T: for<'a> FromForm<'a> + Send + 'static> FromData<'r> for CsrfForm<T> {
    type Error = ();

    async fn from_data(req: &'r Request<'_>, data: Data<'r>) -> data::Outcome<'r, Self> {
        let limit = req.limits().get("form").unwrap_or_else(|| 32.kibibytes());
        let body = match data.open(limit).into_string().await {
            Ok(body) if body.is_complete() => body.into_inner(),
            Ok(_) => return data::Outcome::Error((Status::PayloadTooLarge, ())),
            Err(_) => return data::Outcome::Error((Status::BadRequest, ())),
        };
        let given = Form::<TokenOnly>::parse_encoded(RawStr::new(&body)).map(|f| f.csrf);
        let valid = match (expected(req).await, given) {
            (Some(expected), Ok(given)) => same_secret(&expected, &given),
            _ => false,
        };
        if !valid {
            req.local_cache(Refused::default)
                .0
                .store(true, std::sync::atomic::Ordering::Relaxed);
            return data::Outcome::Error((Status::Forbidden, ()));
        }
        match Form::<T>::parse_encoded(RawStr::new(&body)) {
            Ok(form) => data::Outcome::Success(CsrfForm(form)),
            Err(_) => data::Outcome::Error((Status::UnprocessableEntity, ())),
        }
    }
}
