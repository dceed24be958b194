//! Privacy: the audit log of who did what to which record. Retention and data export grow
//! here.

pub mod audit;
