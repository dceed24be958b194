-- Mail about a change or a coming date, written in the same transaction as the change and
-- sent later by a background worker with retries. `dedupe_key` makes a reminder be written
-- once however many app servers scan for it. `params` holds the facts the mail needs as
-- JSON (a shift's times and site); the address and the language are read when it is sent.
-- `last_error` holds the mail server's answer, never an address.
CREATE TABLE mail_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    dedupe_key TEXT NOT NULL UNIQUE,
    params TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    last_error TEXT,
    created_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP
);
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
-- The kinds of mail a person turned off; no row means the kind is on.
CREATE TABLE reminders_off (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    PRIMARY KEY (user_id, kind)
);
