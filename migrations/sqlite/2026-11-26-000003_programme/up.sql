-- The programme's calendar: what volunteers can do, their training, and the shifts at sites.

-- Hours before a shift's start after which a volunteer can no longer withdraw themselves.
ALTER TABLE organisations ADD COLUMN withdraw_limit_hours INTEGER NOT NULL DEFAULT 24
    CHECK (withdraw_limit_hours BETWEEN 0 AND 336);
ALTER TABLE sites ADD COLUMN opening_notes TEXT NOT NULL DEFAULT '';
-- A capability URL for the volunteer's own calendar; shown to them, so kept as it is.
ALTER TABLE users ADD COLUMN calendar_token TEXT;
CREATE UNIQUE INDEX users_calendar_token ON users (calendar_token);

CREATE TABLE volunteer_languages (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('native', 'fluent', 'basic')),
    PRIMARY KEY (user_id, language)
);
CREATE INDEX volunteer_languages_language ON volunteer_languages (language);

CREATE TABLE volunteer_topics (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    topic TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('confident', 'learning')),
    PRIMARY KEY (user_id, topic)
);

CREATE TABLE status_changes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    changed_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    changed_at TIMESTAMP NOT NULL
);
CREATE INDEX status_changes_user ON status_changes (user_id, changed_at);

-- Seed modules carry a key whose title is translated; modules a coordinator adds carry a title.
CREATE TABLE training_modules (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    seed_key TEXT,
    title TEXT NOT NULL DEFAULT '',
    required BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (organisation_id, seed_key)
);

CREATE TABLE training_completions (
    module_id INTEGER NOT NULL REFERENCES training_modules (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    completed_on DATE NOT NULL,
    recorded_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    recorded_at TIMESTAMP NOT NULL,
    PRIMARY KEY (module_id, user_id)
);

CREATE TABLE credentials (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    issuer TEXT NOT NULL,
    issued_on DATE NOT NULL,
    link TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX credentials_user ON credentials (user_id);

CREATE TABLE shifts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    site_id INTEGER NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    -- Shifts made with one weekly-series form share the id of the series' first shift.
    series_id INTEGER,
    starts_at TIMESTAMP NOT NULL,
    ends_at TIMESTAMP NOT NULL,
    places INTEGER NOT NULL CHECK (places BETWEEN 1 AND 50),
    notes TEXT NOT NULL DEFAULT '',
    cancelled_at TIMESTAMP,
    created_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX shifts_organisation_start ON shifts (organisation_id, starts_at);
CREATE INDEX shifts_start ON shifts (starts_at);
CREATE INDEX shifts_site ON shifts (site_id, starts_at);

CREATE TABLE shift_languages (
    shift_id INTEGER NOT NULL REFERENCES shifts (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    PRIMARY KEY (shift_id, language)
);

-- One row per volunteer and shift; `queued_at` orders the waiting list.
CREATE TABLE shift_signups (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    shift_id INTEGER NOT NULL REFERENCES shifts (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    state TEXT NOT NULL CHECK (state IN ('confirmed', 'waiting', 'withdrawn')),
    queued_at TIMESTAMP NOT NULL,
    checked_in_at TIMESTAMP,
    checked_out_at TIMESTAMP,
    no_show BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE (shift_id, user_id)
);
CREATE INDEX shift_signups_user ON shift_signups (user_id);

-- What a volunteer is told on their own page: a shift changed, was cancelled, or a place freed.
CREATE TABLE notices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    shift_id INTEGER NOT NULL REFERENCES shifts (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('changed', 'cancelled', 'promoted')),
    created_at TIMESTAMP NOT NULL,
    read_at TIMESTAMP
);
CREATE INDEX notices_user ON notices (user_id, created_at);
