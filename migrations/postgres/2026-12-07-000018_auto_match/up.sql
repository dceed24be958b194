-- A site may let the matching engine confirm its own suggestions. A ticket the engine matched
-- keeps the reasons it was matched for (JSON of the engine's terms: languages and topics, never
-- anything about the person beyond their ticket), so the board can still explain each match.
ALTER TABLE sites ADD COLUMN auto_match BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE tickets ADD COLUMN auto_reasons TEXT;
