ALTER TABLE sign_in_attempts DROP COLUMN trusted_device;
DROP TABLE trusted_devices;
DROP TABLE join_requests;
DROP TABLE rate_events;

ALTER TABLE tickets DROP COLUMN requeued_at;
ALTER TABLE tickets DROP COLUMN table_label;
UPDATE tickets SET status = 'left' WHERE status = 'removed';
ALTER TABLE tickets DROP CONSTRAINT tickets_status_check;
ALTER TABLE tickets ADD CONSTRAINT tickets_status_check
    CHECK (status IN ('waiting', 'matched', 'helping', 'done', 'left', 'unserved'));

ALTER TABLE shift_signups DROP COLUMN no_show_at;
ALTER TABLE shift_signups DROP COLUMN site_table_id;
DROP TABLE site_codes;
DROP TABLE site_tables;

ALTER TABLE shifts ADD COLUMN notes TEXT NOT NULL DEFAULT '';
UPDATE shifts SET notes = COALESCE((SELECT body FROM shift_texts t WHERE t.shift_id = shifts.id
    ORDER BY t.locale <> 'fi', t.id LIMIT 1), '');
DROP TABLE shift_texts;

ALTER TABLE sites ADD COLUMN opening_notes TEXT NOT NULL DEFAULT '';
UPDATE sites SET opening_notes = COALESCE((SELECT body FROM site_texts t WHERE t.site_id = sites.id
    AND t.field = 'opening' ORDER BY t.locale <> 'fi', t.id LIMIT 1), '');
DROP TABLE site_texts;

ALTER TABLE sites DROP COLUMN queue_paused;
ALTER TABLE sites DROP COLUMN closed_at;
