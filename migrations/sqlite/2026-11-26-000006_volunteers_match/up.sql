-- Whether volunteers checked in at a site may use its queue board and match people there.
ALTER TABLE organisations ADD COLUMN volunteers_may_match BOOLEAN NOT NULL DEFAULT FALSE;
