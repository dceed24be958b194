//! Digikaveri: a digital-buddy volunteer programme. `app` builds the whole web service on a
//! database; the binary and the tests both start from it.

pub mod auth;
pub mod checks;
pub mod clock;
pub mod config;
pub mod db;
pub mod demo;
pub mod error;
pub mod help_sessions;
pub mod i18n;
pub mod invitations;
pub mod languages;
pub mod limits;
pub mod mail;
pub mod matching;
pub mod organisations;
pub mod own_data;
pub mod privacy;
pub mod queue;
pub mod reminders;
pub mod reports;
pub mod retention;
pub mod shifts;
pub mod simulation;
pub mod sites;
pub mod skills;
pub mod staff_texts;
pub mod stored;
pub mod tokens;
pub mod topics;
pub mod training;
pub mod users;
pub mod volunteers;
pub mod web;

use rocket::fs::{relative, FileServer};
use rocket::{Build, Rocket, Route};
use rocket_dyn_templates::Template;

use crate::clock::Clock;
use crate::config::Config;
use crate::db::Db;

/// Where templates live unless `ROCKET_TEMPLATE_DIR` says otherwise.
const TEMPLATE_DIR: &str = relative!("templates");

/// The service on `db`, reading the time from `clock` (the system clock in production).
pub fn app(db: Db, config: Config, clock: Clock) -> Rocket<Build> {
    // No forwarded-address header is trusted unless `ROCKET_IP_HEADER` names one: Rocket would
    // read `X-Real-IP` by default, which any client can forge to dodge the limits.
    let figment = rocket::Config::figment()
        .join(("template_dir", TEMPLATE_DIR))
        .join(("ip_header", false));
    rocket::custom(figment)
        .manage(db)
        .manage(config)
        .manage(clock)
        .attach(Template::custom(|engines| {
            engines.handlebars.set_strict_mode(true);
            engines
                .handlebars
                .register_helper("t", Box::new(i18n::TranslateHelper));
            engines
                .handlebars
                .register_helper("asset", Box::new(web::assets::AssetHelper));
        }))
        .attach(web::SecurityHeaders)
        .attach(web::metrics::RequestMetrics)
        .attach(web::tasks::PurgeEveryHour)
        .manage(queue::live::Live::default())
        .manage(queue::duty_routes::BoardParts::default())
        .manage(shifts::public::HelpCache::default())
        .manage(shifts::public_routes::HelpPages::default())
        .manage(queue::PlaceCache::default())
        .manage(web::home::HomeSites::default())
        .manage(web::home::HomePages::default())
        .manage(web::places::PlacesPages::default())
        .manage(queue::routes::TakePages::default())
        .attach(web::tasks::QueueListener)
        .attach(web::tasks::MatchEveryMinute)
        .attach(reminders::letter_routes::MailWorker)
        .mount("/", routes())
        .mount("/static", FileServer::from(relative!("static")))
        .register("/", web::errors::catchers())
}

/// Every route of the service. `tests/permissions.rs` holds a table with the expected answer
/// of each one for each kind of visitor, and fails when a route is missing from it.
pub fn routes() -> Vec<Route> {
    let mut routes = web::routes();
    routes.extend(rocket::routes![
        web::metrics::metrics,
        web::assets::asset,
        reports::routes::reports_page,
        reports::routes::report_csv,
        auth::routes::login_form,
        auth::routes::login,
        auth::routes::logout,
        auth::routes::reset_form,
        auth::routes::reset,
        auth::routes::forgot_form,
        auth::routes::forgot,
        users::routes::dashboard,
        users::routes::account,
        users::routes::save_profile,
        users::routes::change_password,
        users::routes::delete_account,
        organisations::routes::list,
        organisations::routes::add,
        invitations::routes::admin_invites,
        invitations::routes::coordinators,
        invitations::routes::coordinator_invites,
        invitations::routes::accept_form,
        invitations::routes::accept_invitation,
        volunteers::routes::join_form,
        volunteers::routes::join,
        volunteers::routes::confirm_join_form,
        volunteers::routes::confirm_join,
        volunteers::routes::list,
        volunteers::routes::approve,
        volunteers::routes::reset_link,
        volunteers::routes::renew_join_link,
        shifts::public_routes::help,
        shifts::routes::week_board,
        shifts::routes::new_form,
        shifts::routes::create,
        shifts::routes::edit_form,
        shifts::routes::edit,
        shifts::routes::cancel_form,
        shifts::routes::cancel,
        shifts::routes::attendance,
        shifts::routes::set_withdraw_limit,
        shifts::volunteer_routes::my_shifts,
        shifts::volunteer_routes::act_on_shift,
        shifts::volunteer_routes::check_out,
        shifts::volunteer_routes::notices_read,
        shifts::volunteer_routes::renew_calendar_link,
        shifts::volunteer_routes::calendar_feed,
        volunteers::detail_routes::show,
        volunteers::detail_routes::change_status,
        volunteers::detail_routes::record_completion,
        volunteers::profile_routes::show,
        volunteers::profile_routes::save,
        volunteers::profile_routes::add_credential,
        volunteers::profile_routes::delete_credential,
        training::routes::list,
        training::routes::add,
        training::routes::toggle,
        training::session_routes::new_session_form,
        training::session_routes::record_session,
        training::session_routes::mine,
        training::session_routes::rate_form,
        training::session_routes::rate,
        queue::routes::take_form,
        queue::routes::take,
        queue::routes::ticket,
        queue::routes::leave_form,
        queue::routes::leave,
        queue::routes::poster,
        queue::routes::ticket_events,
        queue::duty_routes::board,
        queue::duty_routes::assign,
        queue::duty_routes::unserved,
        queue::duty_routes::undo_unserved,
        queue::duty_routes::seat,
        queue::duty_routes::pause,
        queue::duty_routes::auto_match,
        queue::duty_routes::remove_burst,
        queue::duty_routes::today,
        queue::duty_routes::duty_board,
        queue::duty_routes::duty_events,
        queue::duty_routes::set_volunteer_matching,
        queue::duty_routes::board_events,
        queue::duty_routes::next_person,
        queue::duty_routes::start,
        queue::duty_routes::finish,
        help_sessions::record_routes::record_form,
        help_sessions::record_routes::record,
        help_sessions::record_routes::walk_in_form,
        help_sessions::record_routes::record_walk_in,
        help_sessions::routes::own,
        help_sessions::routes::edit_form,
        help_sessions::routes::edit,
        help_sessions::staff_routes::list,
        help_sessions::staff_routes::reminder_done,
        help_sessions::staff_routes::correction_form,
        help_sessions::staff_routes::correct,
        help_sessions::staff_routes::follow_up,
        help_sessions::staff_routes::followed_up,
        help_sessions::feedback_routes::give,
        help_sessions::feedback_routes::hand_over,
        help_sessions::feedback_routes::give_on_volunteer_phone,
        skills::routes::growth,
        skills::routes::assess_form,
        skills::routes::assess,
        skills::routes::observe_form,
        skills::routes::observe,
        skills::routes::levels,
        skills::routes::confirm,
        reminders::routes::choices,
        reminders::routes::save_choices,
        reminders::routes::outbox,
        reminders::routes::retry,
        skills::proof_routes::list,
        skills::proof_routes::compose,
        skills::proof_routes::show,
        skills::proof_routes::withdraw,
        skills::proof_routes::verify,
        skills::proof_routes::waiting,
        skills::proof_routes::review,
        skills::proof_routes::sign,
        skills::proof_pdf_routes::own,
        skills::proof_pdf_routes::verify,
        sites::routes::list,
        sites::routes::new_form,
        sites::routes::add,
        sites::routes::edit_form,
        sites::routes::edit,
        sites::routes::close_form,
        sites::routes::open_or_close,
        privacy::routes::organisation_log,
        own_data::routes::download,
        own_data::routes::page,
        retention::routes::notice,
        retention::routes::rules_page,
        retention::routes::keep_account,
        privacy::routes::full_log,
    ]);
    routes
}
