-- When each account last signed in, for the rule on inactive volunteers. Backfilled from the
-- newest sign-in session, or the account's creation.
ALTER TABLE users ADD COLUMN last_signed_in_at TIMESTAMP;
UPDATE users SET last_signed_in_at = COALESCE(
    (SELECT MAX(login_sessions.last_seen_at) FROM login_sessions WHERE login_sessions.user_id = users.id),
    users.created_at);
-- When an inactive account was anonymised: its name, email, phone and password are gone.
ALTER TABLE users ADD COLUMN anonymised_at TIMESTAMP;
-- A volunteer inactive for a year is asked whether to keep the account; signing in or the
-- "keep my account" button answers.
CREATE TABLE inactivity_questions (
    id SERIAL PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    asked_at TIMESTAMP NOT NULL,
    answered_at TIMESTAMP
);
CREATE INDEX inactivity_questions_user ON inactivity_questions (user_id);
-- Structured detail of an event (the counts of a retention run), never what someone typed.
ALTER TABLE audit_events ADD COLUMN detail TEXT;
