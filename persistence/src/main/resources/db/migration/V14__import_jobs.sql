-- Imports running in the background, kept where every server of a cluster sees them: progress, a
-- sign of life after each chunk, the report, and the document, so a cut-off import can be resumed.
CREATE TABLE import_job (
    id                VARCHAR(36)   PRIMARY KEY,
    started_by        VARCHAR(100)  NOT NULL,
    started_at        TIMESTAMP     NOT NULL,
    last_sign_of_life TIMESTAMP     NOT NULL,
    total             INTEGER       NOT NULL,
    items_done        INTEGER       NOT NULL,
    state             VARCHAR(20)   NOT NULL,
    failure           VARCHAR(2000),
    created           INTEGER       DEFAULT 0 NOT NULL,
    updated           INTEGER       DEFAULT 0 NOT NULL,
    unchanged         INTEGER       DEFAULT 0 NOT NULL,
    rejected          INTEGER       DEFAULT 0 NOT NULL
);
CREATE INDEX ix_import_job_started ON import_job (started_at);

CREATE TABLE import_job_item (
    job_id   VARCHAR(36)   NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    item_index INTEGER     NOT NULL,
    guid     VARCHAR(500),
    slug     VARCHAR(200),
    outcome  VARCHAR(20),
    reason   VARCHAR(1000),
    CONSTRAINT pk_import_job_item PRIMARY KEY (job_id, item_index)
);

CREATE TABLE import_job_document (
    job_id VARCHAR(36) PRIMARY KEY REFERENCES import_job (id) ON DELETE CASCADE,
    bytes  BYTEA       NOT NULL
);
