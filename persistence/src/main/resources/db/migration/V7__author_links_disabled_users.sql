-- Authors' own places on the web, one address a line.
ALTER TABLE author ADD COLUMN links VARCHAR(3208);
-- Administrators disable accounts instead of deleting them, so bylines and revisions keep their names.
ALTER TABLE app_user ADD COLUMN disabled BOOLEAN DEFAULT FALSE NOT NULL;
-- Counts changes to what a user may do or how they sign in; sessions begun under an older count end.
ALTER TABLE app_user ADD COLUMN access_version INTEGER DEFAULT 0 NOT NULL;
