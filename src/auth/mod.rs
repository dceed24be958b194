//! Who is asking: sign-in sessions, sign-in throttling, signing in, changing and resetting
//! passwords, and their pages (`routes`). The request guards and CSRF live in `web`.

pub mod devices;
pub mod passwords;
pub mod resets;
pub mod routes;
pub mod sessions;
pub mod sign_in;
pub mod throttle;
