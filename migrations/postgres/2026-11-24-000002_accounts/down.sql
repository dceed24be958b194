DROP TABLE audit_events;
DROP TABLE password_resets;
DROP TABLE invitations;
DROP TABLE sign_in_attempts;
DROP TABLE login_sessions;
ALTER TABLE users DROP COLUMN phone;
ALTER TABLE users DROP COLUMN status;
DROP INDEX organisations_join_code;
ALTER TABLE organisations DROP COLUMN join_code;
