DROP INDEX feedback_given;
DROP INDEX help_sessions_started;
DROP INDEX queue_days_day;
DROP INDEX queue_day_waits_day;
DROP TABLE queue_day_waits;
DROP TABLE queue_days;
