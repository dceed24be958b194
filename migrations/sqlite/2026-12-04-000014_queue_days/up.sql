-- What a queue's day was, kept when its tickets are deleted (in the same transaction), so
-- that the reports still count the people who came, were served or not and why, and how
-- long they waited. Per site, day and the language the person asked for first; no ticket
-- code, time of day or anything else about a person.
CREATE TABLE queue_days (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    site_id INTEGER NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    day DATE NOT NULL,
    language TEXT NOT NULL,
    -- Numbers people took (removed ones not counted), then what became of them.
    taken INTEGER NOT NULL DEFAULT 0,
    served INTEGER NOT NULL DEFAULT 0,
    left_queue INTEGER NOT NULL DEFAULT 0,
    -- Still waiting or matched when the day ended, or unserved without a reason.
    not_reached INTEGER NOT NULL DEFAULT 0,
    no_language INTEGER NOT NULL DEFAULT 0,
    no_time INTEGER NOT NULL DEFAULT 0,
    needs_authority INTEGER NOT NULL DEFAULT 0,
    -- Numbers the staff removed (a burst nobody holds).
    removed INTEGER NOT NULL DEFAULT 0,
    UNIQUE (site_id, day, language)
);
-- The waits of the people who were matched with a helper, as a histogram of whole minutes
-- from taking the number to the match: enough for the median and the 90th percentile.
CREATE TABLE queue_day_waits (
    site_id INTEGER NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    day DATE NOT NULL,
    language TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    tickets INTEGER NOT NULL,
    PRIMARY KEY (site_id, day, language, minutes)
);
CREATE INDEX queue_day_waits_day ON queue_day_waits (day);
CREATE INDEX queue_days_day ON queue_days (day);
-- The reports read a period across every organisation (an admin's view) and the answers by
-- when they were given.
CREATE INDEX help_sessions_started ON help_sessions (started_at);
CREATE INDEX feedback_given ON feedback (organisation_id, given_at);
