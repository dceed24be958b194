ALTER TABLE tickets DROP COLUMN unserved_reason;
