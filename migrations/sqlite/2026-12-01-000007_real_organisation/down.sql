ALTER TABLE sign_in_attempts DROP COLUMN trusted_device;
DROP TABLE trusted_devices;
DROP TABLE join_requests;
DROP TABLE rate_events;

CREATE TABLE tickets_old (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    site_id INTEGER NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    day DATE NOT NULL,
    number INTEGER NOT NULL,
    secret TEXT NOT NULL UNIQUE,
    first_language TEXT NOT NULL,
    second_language TEXT,
    topics TEXT NOT NULL DEFAULT '',
    first_visit BOOLEAN NOT NULL DEFAULT FALSE,
    status TEXT NOT NULL DEFAULT 'waiting'
        CHECK (status IN ('waiting', 'matched', 'helping', 'done', 'left', 'unserved')),
    volunteer_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    matched_at TIMESTAMP,
    finished_at TIMESTAMP,
    unserved_reason TEXT
        CHECK (unserved_reason IN ('no_language', 'no_time', 'needs_authority')),
    UNIQUE (site_id, day, number)
);
INSERT INTO tickets_old (id, site_id, day, number, secret, first_language, second_language,
        topics, first_visit, status, volunteer_id, created_at, matched_at, finished_at,
        unserved_reason)
    SELECT id, site_id, day, number, secret, first_language, second_language, topics,
        first_visit, CASE status WHEN 'removed' THEN 'left' ELSE status END, volunteer_id,
        created_at, matched_at, finished_at, unserved_reason
    FROM tickets;
DROP TABLE tickets;
ALTER TABLE tickets_old RENAME TO tickets;
CREATE INDEX tickets_site_day ON tickets (site_id, day, status);

ALTER TABLE shift_signups DROP COLUMN no_show_at;
ALTER TABLE shift_signups DROP COLUMN site_table_id;
DROP TABLE site_codes;
DROP TABLE site_tables;

ALTER TABLE shifts ADD COLUMN notes TEXT NOT NULL DEFAULT '';
UPDATE shifts SET notes = COALESCE((SELECT body FROM shift_texts t WHERE t.shift_id = shifts.id
    ORDER BY t.locale <> 'fi', t.id LIMIT 1), '');
DROP TABLE shift_texts;

ALTER TABLE sites ADD COLUMN opening_notes TEXT NOT NULL DEFAULT '';
UPDATE sites SET opening_notes = COALESCE((SELECT body FROM site_texts t WHERE t.site_id = sites.id
    AND t.field = 'opening' ORDER BY t.locale <> 'fi', t.id LIMIT 1), '');
DROP TABLE site_texts;

ALTER TABLE sites DROP COLUMN queue_paused;
ALTER TABLE sites DROP COLUMN closed_at;
