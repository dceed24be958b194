ALTER TABLE organisations DROP COLUMN volunteers_may_match;
