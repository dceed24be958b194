//! Who is asking: passwords, sign-in sessions, sign-in throttling, CSRF protection, and the
//! request guards that every route uses to say who may call it.

pub mod csrf;
pub mod guards;
pub mod password;
pub mod resets;
pub mod routes;
pub mod sessions;
pub mod sign_in;
pub mod throttle;
pub mod tokens;

pub use guards::{Admin, Coordinator, CurrentUser, QueueStaff, Volunteer};
