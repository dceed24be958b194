-- What the public pages show of the coming help (`/help`, `/s/<code>`) is cached by each app
-- server under this generation. Every write to a table those pages read bumps it at the
-- writing transaction's commit, so a server that reads the generation sees the change once it
-- is committed, whichever server made it and through whichever code path. The triggers are
-- deferred: the row is locked only while committing, so writers of different shifts do not
-- wait for each other's whole transactions.

CREATE TABLE coverage_version (
    id INTEGER PRIMARY KEY,
    generation BIGINT NOT NULL
);
INSERT INTO coverage_version (id, generation) VALUES (1, 0);

CREATE FUNCTION coverage_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE coverage_version SET generation = generation + 1 WHERE id = 1;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER coverage_shifts AFTER INSERT OR UPDATE OR DELETE ON shifts
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION coverage_changed();

CREATE CONSTRAINT TRIGGER coverage_shift_signups AFTER INSERT OR UPDATE OR DELETE ON shift_signups
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION coverage_changed();

CREATE CONSTRAINT TRIGGER coverage_volunteer_languages AFTER INSERT OR UPDATE OR DELETE ON volunteer_languages
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION coverage_changed();

CREATE CONSTRAINT TRIGGER coverage_volunteer_topics AFTER INSERT OR UPDATE OR DELETE ON volunteer_topics
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION coverage_changed();

CREATE CONSTRAINT TRIGGER coverage_sites AFTER INSERT OR UPDATE OR DELETE ON sites
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION coverage_changed();

CREATE CONSTRAINT TRIGGER coverage_site_texts AFTER INSERT OR UPDATE OR DELETE ON site_texts
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION coverage_changed();

CREATE CONSTRAINT TRIGGER coverage_site_codes AFTER INSERT OR UPDATE OR DELETE ON site_codes
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION coverage_changed();

CREATE CONSTRAINT TRIGGER coverage_users AFTER UPDATE OF role, status, organisation_id OR DELETE OR INSERT ON users
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION coverage_changed();

CREATE CONSTRAINT TRIGGER coverage_organisations AFTER UPDATE OF name OR DELETE ON organisations
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION coverage_changed();
