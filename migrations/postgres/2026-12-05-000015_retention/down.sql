ALTER TABLE audit_events DROP COLUMN detail;
DROP INDEX inactivity_questions_user;
DROP TABLE inactivity_questions;
ALTER TABLE users DROP COLUMN anonymised_at;
ALTER TABLE users DROP COLUMN last_signed_in_at;
