-- Group trainings: a coordinator records who attended one training session, every attendee
-- gets the module's completion, and each attendee may rate the session once.

CREATE TABLE training_sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    module_id INTEGER NOT NULL REFERENCES training_modules (id) ON DELETE CASCADE,
    held_on DATE NOT NULL,
    -- A person of the programme (often an outside trainer), as the coordinator typed it.
    trainer TEXT NOT NULL,
    recorded_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX training_sessions_by_module ON training_sessions (module_id);

CREATE TABLE training_attendees (
    session_id INTEGER NOT NULL REFERENCES training_sessions (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, user_id)
);
CREATE INDEX training_attendees_by_user ON training_attendees (user_id);

-- One answer per attendee and session: the key makes a second send (or ten at once) one row.
CREATE TABLE training_ratings (
    session_id INTEGER NOT NULL REFERENCES training_sessions (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    satisfaction INTEGER NOT NULL CHECK (satisfaction BETWEEN 1 AND 5),
    usefulness INTEGER NOT NULL CHECK (usefulness BETWEEN 1 AND 5),
    rated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (session_id, user_id)
);
