-- One row per kind of work that only one server of a cluster may do at a time. A server takes the
-- row's lock (SELECT ... FOR UPDATE) in the transaction that does the work; the others wait for it.
CREATE TABLE work_lock (
    name VARCHAR(40) NOT NULL,
    CONSTRAINT pk_work_lock PRIMARY KEY (name)
);
INSERT INTO work_lock (name) VALUES ('installation');
INSERT INTO work_lock (name) VALUES ('publication');
