-- An import may copy the old site's images into the media library: each copy remembers its address there,
-- so importing the same document again reuses it, and the job keeps whether it copies and what became of each image;
-- a job also keeps the old site's address an editor gave for an export that does not carry it (Ghost's).
ALTER TABLE media_asset ADD COLUMN source_url VARCHAR(2000);
CREATE INDEX ix_media_asset_source ON media_asset (source_url);
ALTER TABLE import_job ADD COLUMN copy_images BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE import_job ADD COLUMN old_site VARCHAR(500);
-- and the format the document was recognized as, which its report names.
ALTER TABLE import_job ADD COLUMN format VARCHAR(100);
CREATE TABLE import_job_image (
    job_id VARCHAR(36) NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    image_index INTEGER NOT NULL,
    source_url VARCHAR(2000),
    address VARCHAR(500),
    copied BOOLEAN NOT NULL,
    reason VARCHAR(1000),
    PRIMARY KEY (job_id, image_index)
);
