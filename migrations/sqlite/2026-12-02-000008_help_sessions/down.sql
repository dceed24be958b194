DROP TABLE feedback;
DROP TABLE help_session_topics;
DROP TABLE help_sessions;
ALTER TABLE tickets DROP COLUMN answered;
ALTER TABLE tickets DROP COLUMN started_at;
