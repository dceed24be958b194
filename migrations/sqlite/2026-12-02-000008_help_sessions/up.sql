-- Help sessions: what a volunteer records after helping someone, and the person's own word.
-- Nothing here names or describes the person helped: no name, no contact, no free text about
-- them (a test reads the schema for such columns).

-- When the volunteer started helping: a session's duration runs from here to finished_at.
ALTER TABLE tickets ADD COLUMN started_at TIMESTAMP;
-- The holder of the ticket has answered: it is asked once, and keeps no link to the answers.
ALTER TABLE tickets ADD COLUMN answered BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE help_sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    site_id INTEGER NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    volunteer_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    started_at TIMESTAMP NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 480),
    language TEXT NOT NULL,
    -- 1 for one person; 2-10 for a small group, of whom nothing more is kept.
    people INTEGER NOT NULL CHECK (people BETWEEN 1 AND 10),
    first_visit BOOLEAN NOT NULL,
    outcome TEXT NOT NULL
        CHECK (outcome IN ('self', 'together', 'partly', 'referred', 'unsolved')),
    referred_to TEXT CHECK (referred_to IN ('kela', 'city-digital-support', 'library',
        'employment-services', 'social-worker', 'family', 'other-service')),
    device TEXT NOT NULL CHECK (device IN ('own-phone', 'own-computer', 'site-computer')),
    -- The ethics rule: a yes goes to the coordinator's follow-up list.
    saw_codes BOOLEAN NOT NULL,
    followed_up_at TIMESTAMP,
    -- What the volunteer learned: private to them, checked to hold nothing that identifies anyone.
    learning_note TEXT,
    -- A retried submit brings the same key and makes no second record.
    request_key TEXT NOT NULL UNIQUE,
    -- The queue ticket it came from, until feedback is given or the queue's day is over.
    ticket_id INTEGER UNIQUE REFERENCES tickets (id) ON DELETE SET NULL,
    recorded_at TIMESTAMP NOT NULL,
    corrected_at TIMESTAMP
);
CREATE INDEX help_sessions_by_organisation ON help_sessions (organisation_id, started_at);
CREATE INDEX help_sessions_by_volunteer ON help_sessions (volunteer_id, started_at);

CREATE TABLE help_session_topics (
    session_id INTEGER NOT NULL REFERENCES help_sessions (id) ON DELETE CASCADE,
    topic TEXT NOT NULL,
    PRIMARY KEY (session_id, topic)
);

-- The person's answers, one set per ticket. The volunteer is kept so that they can see their
-- own totals (never single answers); the ticket only until its queue day is over.
CREATE TABLE feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    site_id INTEGER NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    volunteer_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    session_id INTEGER UNIQUE REFERENCES help_sessions (id) ON DELETE SET NULL,
    ticket_id INTEGER UNIQUE REFERENCES tickets (id) ON DELETE SET NULL,
    face TEXT NOT NULL CHECK (face IN ('good', 'okay', 'bad')),
    next_time TEXT NOT NULL CHECK (next_time IN ('alone', 'little-help', 'not-yet')),
    come_again BOOLEAN NOT NULL,
    given_at TIMESTAMP NOT NULL
);
CREATE INDEX feedback_by_volunteer ON feedback (volunteer_id);
