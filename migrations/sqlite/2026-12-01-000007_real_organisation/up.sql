-- A real organisation runs its own sites: desks, notes in several languages, closing and
-- reopening, earlier public codes that still lead to the site, a pause on taking numbers.
ALTER TABLE sites ADD COLUMN closed_at TIMESTAMP;
ALTER TABLE sites ADD COLUMN queue_paused BOOLEAN NOT NULL DEFAULT FALSE;

-- Text staff write for the public (opening and accessibility notes of a site, a shift's
-- notes), one row per interface language it is written in.
CREATE TABLE site_texts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    site_id INTEGER NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    field TEXT NOT NULL CHECK (field IN ('opening', 'access')),
    locale TEXT NOT NULL,
    body TEXT NOT NULL,
    UNIQUE (site_id, field, locale)
);
-- The language of notes written before is unknown; Finnish is the organisation's default.
INSERT INTO site_texts (site_id, field, locale, body)
    SELECT id, 'opening', 'fi', opening_notes FROM sites WHERE opening_notes <> '';
ALTER TABLE sites DROP COLUMN opening_notes;

CREATE TABLE shift_texts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    shift_id INTEGER NOT NULL REFERENCES shifts (id) ON DELETE CASCADE,
    locale TEXT NOT NULL,
    body TEXT NOT NULL,
    UNIQUE (shift_id, locale)
);
INSERT INTO shift_texts (shift_id, locale, body)
    SELECT id, 'fi', notes FROM shifts WHERE notes <> '';
ALTER TABLE shifts DROP COLUMN notes;

-- The tables or desks volunteers sit at, in the order the site lists them.
CREATE TABLE site_tables (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    site_id INTEGER NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    position INTEGER NOT NULL,
    UNIQUE (site_id, label)
);

-- A site's earlier public codes, so an old poster still leads to it for a while.
CREATE TABLE site_codes (
    code TEXT PRIMARY KEY,
    site_id INTEGER NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    replaced_at TIMESTAMP NOT NULL
);

-- Where a volunteer on duty sits, and when a coordinator marked them as not come (a mark
-- that can be taken back for a few minutes).
ALTER TABLE shift_signups ADD COLUMN site_table_id INTEGER
    REFERENCES site_tables (id) ON DELETE SET NULL;
ALTER TABLE shift_signups ADD COLUMN no_show_at TIMESTAMP;

-- Tickets: numbers the staff removed (a flood of them), the table the helper sits at, and
-- when a ticket went back to the queue because its helper left duty.
CREATE TABLE tickets_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    site_id INTEGER NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    -- The day the site's opening began (in Finland); numbers start from 1 each opening day.
    day DATE NOT NULL,
    number INTEGER NOT NULL,
    secret TEXT NOT NULL UNIQUE,
    first_language TEXT NOT NULL,
    second_language TEXT,
    topics TEXT NOT NULL DEFAULT '',
    first_visit BOOLEAN NOT NULL DEFAULT FALSE,
    status TEXT NOT NULL DEFAULT 'waiting'
        CHECK (status IN ('waiting', 'matched', 'helping', 'done', 'left', 'unserved', 'removed')),
    volunteer_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    matched_at TIMESTAMP,
    finished_at TIMESTAMP,
    unserved_reason TEXT
        CHECK (unserved_reason IN ('no_language', 'no_time', 'needs_authority')),
    table_label TEXT,
    requeued_at TIMESTAMP,
    UNIQUE (site_id, day, number)
);
INSERT INTO tickets_new (id, site_id, day, number, secret, first_language, second_language,
        topics, first_visit, status, volunteer_id, created_at, matched_at, finished_at,
        unserved_reason)
    SELECT id, site_id, day, number, secret, first_language, second_language, topics,
        first_visit, status, volunteer_id, created_at, matched_at, finished_at, unserved_reason
    FROM tickets;
DROP TABLE tickets;
ALTER TABLE tickets_new RENAME TO tickets;
CREATE INDEX tickets_site_day ON tickets (site_id, day, status);

-- How often someone did something that has a limit (taking numbers, asking for links), kept
-- for an hour under hashed keys.
CREATE TABLE rate_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    bucket TEXT NOT NULL,
    key_hash TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX rate_events_key ON rate_events (bucket, key_hash, created_at);

-- Someone joining through the link, until they open the link mailed to them.
CREATE TABLE join_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    email TEXT NOT NULL,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    locale TEXT NOT NULL,
    phone TEXT,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);

-- Browsers a person has signed in with: failures elsewhere do not lock them out there.
CREATE TABLE trusted_devices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP NOT NULL
);
ALTER TABLE sign_in_attempts ADD COLUMN trusted_device BOOLEAN NOT NULL DEFAULT FALSE;
