ALTER TABLE tickets DROP COLUMN auto_reasons;
ALTER TABLE sites DROP COLUMN auto_match;
