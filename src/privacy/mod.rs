//! Privacy: the audit log of who did what to which record (`audit`) and its pages (`routes`).
//! Retention rules and the volunteer's own data export grow here (`retention`, `export`).

pub mod audit;
pub mod export;
pub mod export_routes;
pub mod routes;
