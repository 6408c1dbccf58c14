-- An import may copy the old site's images into the media library: each copy remembers its address there,
-- so importing the same document again reuses it, and the job keeps whether it copies and what became of each image.
ALTER TABLE media_asset ADD COLUMN source_url VARCHAR(2000);
CREATE INDEX ix_media_asset_source ON media_asset (source_url);
ALTER TABLE import_job ADD COLUMN copy_images BOOLEAN DEFAULT FALSE NOT NULL;
CREATE TABLE import_job_image (
    job_id VARCHAR(36) NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    image_index INTEGER NOT NULL,
    source_url VARCHAR(2000),
    address VARCHAR(500),
    copied BOOLEAN NOT NULL,
    reason VARCHAR(1000),
    PRIMARY KEY (job_id, image_index)
);
