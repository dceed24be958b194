//! Request guards that say who may use a route. No sign-in forwards with 401 (the catcher
//! sends the person to the sign-in page); a signed-in person with the wrong role gets 403.
//! The session is loaded once per request and cached.

use rocket::http::Status;
use rocket::request::{FromRequest, Outcome, Request};

pub use super::sessions::CurrentUser;
use super::sessions::{self, SESSION_COOKIE};
use crate::db::Db;
use crate::users::Role;

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
    db.run(move |conn| sessions::find(conn, &token))
        .await
        .map_err(|e| {
            log::error!("loading a session failed: {e}");
            e.status()
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
pub struct Volunteer(pub CurrentUser);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for Volunteer {
    type Error = ();

    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, ()> {
        with_role(req, Role::Volunteer).await.map(Volunteer)
    }
}

/// Someone who may work a site's queue: a coordinator, or a volunteer of the organisation.
/// Whether that volunteer may use a given site's board (the organisation allows it and they
/// are checked in there) is checked with the site, in `queue::duty_routes`.
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
