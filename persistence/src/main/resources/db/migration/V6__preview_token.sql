-- A secret per article for its private preview address, made when an editor first asks for the link.
ALTER TABLE article ADD COLUMN preview_token VARCHAR(36);
CREATE UNIQUE INDEX uk_article_preview_token ON article (preview_token);
