-- Preview links move out of the article, so sharing a draft no longer changes its version, and
-- they expire. Links shared before keep working for the default 14 days from this migration.
CREATE TABLE preview_link (
    id         VARCHAR(36) PRIMARY KEY,
    token      VARCHAR(36) NOT NULL,
    article_id VARCHAR(36) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    expires_at TIMESTAMP   NOT NULL,
    CONSTRAINT uk_preview_link_token UNIQUE (token),
    CONSTRAINT uk_preview_link_article UNIQUE (article_id)
);
INSERT INTO preview_link (id, token, article_id, expires_at)
    SELECT preview_token, preview_token, id, CURRENT_TIMESTAMP + INTERVAL '14' DAY FROM article WHERE preview_token IS NOT NULL;
DROP INDEX uk_article_preview_token;
ALTER TABLE article DROP COLUMN preview_token;
