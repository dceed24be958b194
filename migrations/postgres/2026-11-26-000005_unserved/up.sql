-- Why nobody could help a ticket today, chosen by the coordinator from a closed list.
ALTER TABLE tickets ADD COLUMN unserved_reason TEXT
    CHECK (unserved_reason IN ('no_language', 'no_time', 'needs_authority'));
