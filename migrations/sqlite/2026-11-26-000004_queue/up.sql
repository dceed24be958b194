-- Queue tickets at a site. Nothing personal: a number, languages, topic codes, times. The
-- secret is the unguessable part of the ticket's address; only the holder knows it.
CREATE TABLE tickets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    site_id INTEGER NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    -- The day in Finland the ticket belongs to; numbers start from 1 each day.
    day DATE NOT NULL,
    number INTEGER NOT NULL,
    secret TEXT NOT NULL UNIQUE,
    first_language TEXT NOT NULL,
    second_language TEXT,
    -- Topic slugs separated by spaces: a closed list checked by the app.
    topics TEXT NOT NULL DEFAULT '',
    first_visit BOOLEAN NOT NULL DEFAULT FALSE,
    status TEXT NOT NULL DEFAULT 'waiting'
        CHECK (status IN ('waiting', 'matched', 'helping', 'done', 'left', 'unserved')),
    volunteer_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    matched_at TIMESTAMP,
    finished_at TIMESTAMP,
    UNIQUE (site_id, day, number)
);
CREATE INDEX tickets_site_day ON tickets (site_id, day, status);
