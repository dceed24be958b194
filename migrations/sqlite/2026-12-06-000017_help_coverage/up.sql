-- What the public pages show of the coming help (`/help`, `/s/<code>`) is cached by each app
-- server under this generation. Every write to a table those pages read bumps it, in the
-- writing transaction, so a server that reads the generation sees the change once it is
-- committed, whichever server made it and through whichever code path.

CREATE TABLE coverage_version (
    id INTEGER PRIMARY KEY,
    generation BIGINT NOT NULL
);
INSERT INTO coverage_version (id, generation) VALUES (1, 0);

CREATE TRIGGER coverage_shifts_insert AFTER INSERT ON shifts
BEGIN
    UPDATE coverage_version SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER coverage_shifts_update AFTER UPDATE ON shifts
BEGIN
    UPDATE coverage_version SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER coverage_shifts_delete AFTER DELETE ON shifts
BEGIN
    UPDATE coverage_version SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER coverage_shift_signups_insert AFTER INSERT ON shift_signups
BEGIN
    UPDATE coverage_version SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER coverage_shift_signups_update AFTER UPDATE ON shift_signups
BEGIN
    UPDATE coverage_version SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER coverage_shift_signups_delete AFTER DELETE ON shift_signups
BEGIN
    UPDATE coverage_version SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER coverage_volunteer_languages_insert AFTER INSERT ON volunteer_languages
BEGIN
    UPDATE coverage_version SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER coverage_volunteer_languages_update AFTER UPDATE ON volunteer_languages
BEGIN
    UPDATE coverage_version SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER coverage_volunteer_languages_delete AFTER DELETE ON volunteer_languages
BEGIN
    UPDATE coverage_version SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER coverage_volunteer_topics_insert AFTER INSERT ON volunteer_topics
BEGIN
    UPDATE coverage_version SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER coverage_volunteer_topics_update AFTER UPDATE ON volunteer_topics
BEGIN
    UPDATE coverage_version SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER coverage_volunteer_topics_delete AFTER DELETE ON volunteer_topics
BEGIN
    UPDATE coverage_version SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER coverage_sites_insert AFTER INSERT ON sites
BEGIN
    UPDATE coverage_version SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER coverage_sites_update AFTER UPDATE ON sites
BEGIN
    UPDATE coverage_version SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER coverage_sites_delete AFTER DELETE ON sites
BEGIN
    UPDATE coverage_version SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER coverage_site_texts_insert AFTER INSERT ON site_texts
BEGIN
    UPDATE coverage_version SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER coverage_site_texts_update AFTER UPDATE ON site_texts
BEGIN
    UPDATE coverage_version SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER coverage_site_texts_delete AFTER DELETE ON site_texts
BEGIN
    UPDATE coverage_version SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER coverage_site_codes_insert AFTER INSERT ON site_codes
BEGIN
    UPDATE coverage_version SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER coverage_site_codes_update AFTER UPDATE ON site_codes
BEGIN
    UPDATE coverage_version SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER coverage_site_codes_delete AFTER DELETE ON site_codes
BEGIN
    UPDATE coverage_version SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER coverage_users_insert AFTER INSERT ON users
BEGIN
    UPDATE coverage_version SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER coverage_users_update AFTER UPDATE OF role, status, organisation_id ON users
BEGIN
    UPDATE coverage_version SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER coverage_users_delete AFTER DELETE ON users
BEGIN
    UPDATE coverage_version SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER coverage_organisations_update AFTER UPDATE OF name ON organisations
BEGIN
    UPDATE coverage_version SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER coverage_organisations_delete AFTER DELETE ON organisations
BEGIN
    UPDATE coverage_version SET generation = generation + 1 WHERE id = 1;
END;
