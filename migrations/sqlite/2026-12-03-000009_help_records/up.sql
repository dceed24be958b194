-- Help that was finished but never recorded, counted per volunteer, site and queue day when
-- the day's tickets go, so that the coordinator is reminded; and whether a session came from
-- the queue (always one person) or was a walk-in or a group.

ALTER TABLE help_sessions ADD COLUMN from_queue BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE help_sessions SET from_queue = TRUE WHERE ticket_id IS NOT NULL;

CREATE TABLE unrecorded_help (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    site_id INTEGER NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    volunteer_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day DATE NOT NULL,
    helps INTEGER NOT NULL CHECK (helps > 0),
    -- The coordinator has talked it through with the volunteer.
    dismissed_at TIMESTAMP,
    UNIQUE (volunteer_id, site_id, day)
);
CREATE INDEX unrecorded_help_by_organisation ON unrecorded_help (organisation_id, dismissed_at);
