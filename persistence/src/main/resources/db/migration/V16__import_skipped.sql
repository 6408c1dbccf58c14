-- Items an import leaves out on purpose (a WordPress attachment, a custom post type) are counted apart from rejected ones.
ALTER TABLE import_job ADD COLUMN skipped INTEGER DEFAULT 0 NOT NULL;
