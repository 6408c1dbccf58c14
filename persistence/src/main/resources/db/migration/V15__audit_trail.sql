-- Who did what, when, to which subject and from which address. The application only ever adds
-- rows; the retention rule removes the oldest, so the index on the time serves both reading and pruning.
CREATE TABLE audit_entry (
    id          VARCHAR(36)   PRIMARY KEY,
    happened_at TIMESTAMP     NOT NULL,
    username    VARCHAR(100)  NOT NULL,
    address     VARCHAR(100),
    action      VARCHAR(40)   NOT NULL,
    subject_id  VARCHAR(200),
    subject     VARCHAR(500),
    detail      VARCHAR(2000)
);
CREATE INDEX ix_audit_entry_happened ON audit_entry (happened_at, id);
CREATE INDEX ix_audit_entry_user ON audit_entry (username, happened_at);
