-- Uploaded images: their dimensions and served widths, and their bytes in the database so that one
-- backup holds the whole site. BYTEA is PostgreSQL's binary type and an alias in H2.
ALTER TABLE media_asset ADD COLUMN width INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE media_asset ADD COLUMN height INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE media_asset ADD COLUMN widths VARCHAR(100);
ALTER TABLE media_asset ADD COLUMN uploaded_by VARCHAR(50);

CREATE TABLE media_file (
    id           VARCHAR(50)  PRIMARY KEY,
    asset_id     VARCHAR(36)  NOT NULL REFERENCES media_asset (id) ON DELETE CASCADE,
    width        INTEGER      NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    bytes        BYTEA        NOT NULL
);

CREATE INDEX ix_media_file_asset ON media_file (asset_id);
