//! Skills growth: the framework, self-assessments and a coordinator's observations kept with
//! their dates, and the evidence counted from recorded help sessions, attended shifts and
//! trainings. It reads `help_sessions`, `shifts` and `training`; nothing below reads it.

pub mod assessments;
pub mod chart_routes;
pub mod charts;
pub mod evidence;
pub mod framework;
pub mod proof_pdf_routes;
pub mod proof_routes;
pub mod proofs;
pub mod routes;
