DROP TABLE unrecorded_help;
ALTER TABLE help_sessions DROP COLUMN from_queue;
