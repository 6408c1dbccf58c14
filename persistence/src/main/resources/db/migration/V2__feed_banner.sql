-- Whether RSS bodies start with a "read on the site" notice (a site setting, off by default).
ALTER TABLE site ADD COLUMN feed_banner BOOLEAN DEFAULT FALSE NOT NULL;
