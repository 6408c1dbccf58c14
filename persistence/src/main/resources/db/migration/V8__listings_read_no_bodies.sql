-- What listings show of a body is derived when the article is written (V9 fills it for existing
-- articles), and every filter and order of the public listings and the editors' list has an index.
ALTER TABLE article ADD COLUMN excerpt VARCHAR(1000);
ALTER TABLE article ADD COLUMN reading_minutes INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE article ADD COLUMN sort_title VARCHAR(500);
UPDATE article SET sort_title = LOWER(title);
ALTER TABLE article ALTER COLUMN sort_title SET NOT NULL;

-- The library images each article shows, kept on save, so "where is this image used" reads no bodies.
CREATE TABLE article_media (
    article_id VARCHAR(36) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    asset_id   VARCHAR(36) NOT NULL,
    PRIMARY KEY (article_id, asset_id)
);
CREATE INDEX ix_article_media_asset ON article_media (asset_id);

-- Public listings: newest first, continued after a position (public_at, id). public_at is the
-- publication time of a public article and null otherwise, so one index both selects and orders;
-- H2 reads an index in one direction only, hence one index for each.
ALTER TABLE article ADD COLUMN public_at TIMESTAMP;
UPDATE article SET public_at = published_at WHERE status = 'PUBLISHED' AND hidden = FALSE;
DROP INDEX ix_article_status_published;
CREATE INDEX ix_article_public_newest ON article (public_at DESC, id DESC);
CREATE INDEX ix_article_public_oldest ON article (public_at, id);
CREATE INDEX ix_article_author_public ON article (author_id, public_at DESC, id DESC);
CREATE INDEX ix_article_tag_tag ON article_tag (tag_id, article_id);
CREATE INDEX ix_article_scheduled ON article (status, published_at);

-- The editors' list, in each of its orders, filtered by status.
CREATE INDEX ix_article_updated ON article (updated_at DESC, id DESC);
CREATE INDEX ix_article_sort_title ON article (sort_title, id);
CREATE INDEX ix_article_published ON article (published_at DESC NULLS LAST, id DESC);
CREATE INDEX ix_article_status_updated ON article (status, updated_at DESC);

-- The media screen, newest first, a page at a time.
CREATE INDEX ix_media_asset_created ON media_asset (created_at DESC, id);
