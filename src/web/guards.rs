//! Request guards that say who may use a route, and the session cookie. No sign-in forwards
//! with 401 (the catcher sends the person to the sign-in page); a signed-in person with the
//! wrong role gets 403. The session is loaded once per request and cached.

use rocket::http::{Cookie, CookieJar, SameSite, Status};
use rocket::request::{FromRequest, Outcome, Request};

use super::errors::status_of;
use super::now_of;
use crate::auth::sessions::{self, CurrentUser, ABSOLUTE_LIMIT};
use crate::db::Db;
use crate::i18n::{remember, Locale};
use crate::privacy::audit::Actor;
use crate::users::Role;

pub const SESSION_COOKIE: &str = "dk_session";

/// The session of this request: `Err` when the database could not be asked.
struct SessionCache(Result<Option<CurrentUser>, Status>);

async fn load(req: &Request<'_>) -> Result<Option<CurrentUser>, Status> {
    let Some(token) = req
        .cookies()
        .get(SESSION_COOKIE)
        .map(|c| c.value().to_owned())
    else {
        return Ok(None);
    };
    let db = req
        .rocket()
        .state::<Db>()
        .ok_or(Status::InternalServerError)?;
    let now = now_of(req).0;
    db.run(move |conn| sessions::find(conn, &token, now))
        .await
        .map_err(|e| {
            log::error!("loading a session failed: {e}");
            status_of(&e)
        })
}

/// The signed-in person, loading the session at most once per request.
pub async fn session_of<'r>(req: &'r Request<'_>) -> &'r Result<Option<CurrentUser>, Status> {
    &req.local_cache_async(async { SessionCache(load(req).await) })
        .await
        .0
}

/// The person if the session was already loaded during this request (for catchers, which
/// cannot wait on the database).
pub fn cached_user<'r>(req: &'r Request<'_>) -> Option<&'r CurrentUser> {
    req.local_cache(|| SessionCache(Ok(None)))
        .0
        .as_ref()
        .ok()
        .and_then(Option::as_ref)
}

fn session_cookie(token: String, secure: bool) -> Cookie<'static> {
    Cookie::build((SESSION_COOKIE, token))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .max_age(rocket::time::Duration::days(ABSOLUTE_LIMIT.num_days()))
        .build()
}

/// Gives the browser a new session, and keeps the person's language on this device.
pub fn start_session(cookies: &CookieJar<'_>, token: String, locale: Option<Locale>, secure: bool) {
    cookies.add(session_cookie(token, secure));
    if let Some(locale) = locale {
        remember(cookies, locale, secure);
    }
}

pub fn end_session(cookies: &CookieJar<'_>) {
    cookies.remove(Cookie::build(SESSION_COOKIE).path("/"));
}

/// The address a request comes from, for limits: the peer's, or the one a trusted proxy
/// names (Rocket's `ip_header`, off unless configured; see README). Never stored in clear.
pub struct ClientAddress(pub String);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for ClientAddress {
    type Error = std::convert::Infallible;

    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, Self::Error> {
        let address = req.client_ip().map(|ip| ip.to_string()).unwrap_or_default();
        Outcome::Success(ClientAddress(address))
    }
}

/// The signed-in person as the audit log names them.
pub fn actor(user: &CurrentUser) -> Actor {
    Actor {
        user_id: user.user_id,
        organisation_id: user.organisation_id,
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for CurrentUser {
    type Error = ();

    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, ()> {
        match session_of(req).await {
            Ok(Some(user)) => Outcome::Success(user.clone()),
            Ok(None) => Outcome::Forward(Status::Unauthorized),
            Err(status) => Outcome::Error((*status, ())),
        }
    }
}

/// The signed-in person if they have `role`; 403 otherwise.
async fn with_role(req: &Request<'_>, role: Role) -> Outcome<CurrentUser, ()> {
    match req.guard::<CurrentUser>().await {
        Outcome::Success(user) if user.role == role => Outcome::Success(user),
        Outcome::Success(_) => Outcome::Error((Status::Forbidden, ())),
        Outcome::Forward(status) => Outcome::Forward(status),
        Outcome::Error(e) => Outcome::Error(e),
    }
}

/// The administrator of the installation.
pub struct Admin(pub CurrentUser);

impl Admin {
    pub fn actor(&self) -> Actor {
        actor(&self.0)
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for Admin {
    type Error = ();

    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, ()> {
        with_role(req, Role::Admin).await.map(Admin)
    }
}

/// Staff of one organisation. Every query a coordinator route makes is scoped to
/// `organisation_id`.
pub struct Coordinator {
    pub user: CurrentUser,
    pub organisation_id: i32,
}

impl Coordinator {
    pub fn actor(&self) -> Actor {
        actor(&self.user)
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for Coordinator {
    type Error = ();

    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, ()> {
        with_role(req, Role::Coordinator)
            .await
            .and_then(|user| match user.organisation_id {
                Some(organisation_id) => Outcome::Success(Coordinator {
                    user,
                    organisation_id,
                }),
                None => Outcome::Error((Status::Forbidden, ())),
            })
    }
}

/// A volunteer of one organisation, in any status.
pub struct Volunteer {
    pub user: CurrentUser,
    pub organisation_id: i32,
}

impl Volunteer {
    pub fn actor(&self) -> Actor {
        actor(&self.user)
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for Volunteer {
    type Error = ();

    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, ()> {
        with_role(req, Role::Volunteer)
            .await
            .and_then(|user| match user.organisation_id {
                Some(organisation_id) => Outcome::Success(Volunteer {
                    user,
                    organisation_id,
                }),
                None => Outcome::Error((Status::Forbidden, ())),
            })
    }
}

/// Someone who may work a site's queue: a coordinator, or a volunteer of the organisation.
/// Whether that volunteer may use a given site's board (the organisation allows it and they
/// are checked in there) is checked with the site, in `queue::duty`.
pub struct QueueStaff {
    pub user: CurrentUser,
    pub organisation_id: i32,
}

impl QueueStaff {
    pub fn is_coordinator(&self) -> bool {
        self.user.role == Role::Coordinator
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for QueueStaff {
    type Error = ();

    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, ()> {
        match req.guard::<CurrentUser>().await {
            Outcome::Success(user) => match (user.role, user.organisation_id) {
                (Role::Coordinator | Role::Volunteer, Some(organisation_id)) => {
                    Outcome::Success(QueueStaff {
                        user,
                        organisation_id,
                    })
                }
                _ => Outcome::Error((Status::Forbidden, ())),
            },
            Outcome::Forward(status) => Outcome::Forward(status),
            Outcome::Error(e) => Outcome::Error(e),
        }
    }
}
