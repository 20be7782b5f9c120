-- Offline exchange between the manager's ledger and the departments' ledgers.
-- Every ledger has an identity: the manager's (MASTER) issues department packages; a
-- department's ledger (DEPARTMENT) is made from such a package and holds the secret that
-- signs its progress reports. Batches record every package and report that went out or came in;
-- every merged record keeps the batch it came from.

CREATE TABLE ledger_identity (
    singleton        INTEGER PRIMARY KEY CHECK (singleton = 1),
    ledger_id        TEXT    NOT NULL,
    role             TEXT    NOT NULL CHECK (role IN ('MASTER', 'DEPARTMENT')),
    department_id    INTEGER,
    issuer_ledger_id TEXT,
    secret           TEXT,
    package_serial   INTEGER NOT NULL DEFAULT 0,
    acked_seq        INTEGER NOT NULL DEFAULT 0,
    report_seq       INTEGER NOT NULL DEFAULT 0,
    CHECK ((role = 'MASTER') = (department_id IS NULL))
);
INSERT INTO ledger_identity (singleton, ledger_id, role) VALUES (1, lower(hex(randomblob(16))), 'MASTER');

-- Manager: one row per department a package (or a fill-in workbook) was issued to.
CREATE TABLE exchange_department (
    department_id  INTEGER PRIMARY KEY REFERENCES department (id),
    secret         TEXT    NOT NULL,
    package_serial INTEGER NOT NULL DEFAULT 0,
    merged_seq     INTEGER NOT NULL DEFAULT 0,
    merged_digest  TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE exchange_batch (
    id             INTEGER PRIMARY KEY,
    kind           TEXT    NOT NULL
        CHECK (kind IN ('PACKAGE_OUT', 'PACKAGE_IN', 'REPORT_OUT', 'REPORT_IN', 'WORKBOOK_OUT', 'WORKBOOK_IN')),
    department_id  INTEGER NOT NULL,
    seq            INTEGER NOT NULL,
    digest         TEXT    NOT NULL DEFAULT '',
    file_name      TEXT    NOT NULL DEFAULT '',
    -- PACKAGE_OUT: the highest status_event and extension_decision ids when it was issued, so a
    -- report based on it shows which of the manager's decisions its department had not yet seen.
    event_mark     INTEGER NOT NULL DEFAULT 0,
    decision_mark  INTEGER NOT NULL DEFAULT 0,
    summary        TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(summary)),
    at             TEXT    NOT NULL
);
CREATE INDEX exchange_batch_by_department ON exchange_batch (department_id, kind, seq);

CREATE TABLE exchange_origin (
    uid      TEXT    PRIMARY KEY,
    batch_id INTEGER NOT NULL REFERENCES exchange_batch (id)
) WITHOUT ROWID;
CREATE INDEX exchange_origin_by_batch ON exchange_origin (batch_id);

-- Department: the first report that carried each record written here.
CREATE TABLE exchange_sent (
    uid        TEXT    PRIMARY KEY,
    report_seq INTEGER NOT NULL
) WITHOUT ROWID;

-- Manager: items where a department wrote after a decision it had not yet seen. Open until the
-- manager records a newer status on the item.
CREATE TABLE exchange_attention (
    id           INTEGER PRIMARY KEY,
    batch_id     INTEGER NOT NULL REFERENCES exchange_batch (id),
    task_id      INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    milestone_id INTEGER REFERENCES milestone (id) ON DELETE CASCADE,
    reason       TEXT    NOT NULL CHECK (json_valid(reason)),
    event_mark   INTEGER NOT NULL
);
CREATE INDEX exchange_attention_by_item ON exchange_attention (task_id, milestone_id);
