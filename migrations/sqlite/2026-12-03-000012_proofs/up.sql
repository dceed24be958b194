-- Proofs of experience: what a volunteer chose to show an employer, kept as it was composed
-- (the facts as JSON), confirmed by a coordinator, verifiable at /verify/<code> until the
-- volunteer withdraws it.
CREATE TABLE proofs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    -- 60 random bits, printed on the proof and in its QR code.
    code TEXT NOT NULL UNIQUE,
    language TEXT NOT NULL CHECK (language IN ('fi', 'sv', 'en')),
    facts TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    -- The coordinator who confirmed it, by name as well so that it still reads when the
    -- account is gone.
    signed_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    signed_by_name TEXT,
    signed_at TIMESTAMP,
    withdrawn_at TIMESTAMP
);
CREATE INDEX proofs_by_user ON proofs (user_id);
