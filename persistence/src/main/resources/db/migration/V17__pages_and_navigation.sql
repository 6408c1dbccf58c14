-- Pages (About, Uses) are articles outside the listings; the navigation menu is the administrators' list of links on every page.
ALTER TABLE article ADD COLUMN kind VARCHAR(10) DEFAULT 'POST' NOT NULL;
CREATE INDEX ix_article_kind ON article (kind, status);
ALTER TABLE site ADD COLUMN navigation VARCHAR(8000);
UPDATE site SET navigation = 'Newest | /' || CHR(10) || 'Archive | /archive' || CHR(10) || 'RSS feed | /feed/rss.xml';
