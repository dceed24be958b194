//! Privacy: the audit log of who did what to which record (`audit`) and its pages (`routes`).
//! A volunteer's own data is `own_data`, above the modules whose rows it reads.

pub mod audit;
pub mod routes;
