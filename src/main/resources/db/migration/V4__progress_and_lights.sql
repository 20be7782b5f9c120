-- Status with a history, progress reports with evidence, close-out, extensions and light
-- overrides. Everything here is append-only: a row records what someone said or decided on a
-- date, and the state "as of" any date is computed from the rows dated on or before it.
-- Every row that a department or the manager creates carries a global uid (for exchange).

-- Status names grow: DONE becomes CLOSED (已销号); the old CHECK cannot be altered in place.
ALTER TABLE task ADD COLUMN state TEXT NOT NULL DEFAULT 'NOT_STARTED'
    CHECK (state IN ('NOT_STARTED', 'IN_PROGRESS', 'CLOSE_OUT_REQUESTED', 'CLOSED', 'RETURNED',
                     'SUSPENDED', 'ONGOING'));
UPDATE task SET state = CASE status WHEN 'DONE' THEN 'CLOSED' ELSE status END;
ALTER TABLE task DROP COLUMN status;
ALTER TABLE task RENAME COLUMN state TO status;

ALTER TABLE milestone ADD COLUMN status TEXT NOT NULL DEFAULT 'NOT_STARTED'
    CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'CLOSE_OUT_REQUESTED', 'CLOSED', 'RETURNED',
                      'SUSPENDED', 'ONGOING'));

-- task.status and milestone.status keep the latest event's status, for the outline.
CREATE TABLE status_event (
    id            INTEGER PRIMARY KEY,
    uid           TEXT    NOT NULL UNIQUE,
    task_id       INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    milestone_id  INTEGER REFERENCES milestone (id) ON DELETE CASCADE,
    status        TEXT    NOT NULL
        CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'CLOSE_OUT_REQUESTED', 'CLOSED', 'RETURNED',
                          'SUSPENDED', 'ONGOING')),
    effective_on  TEXT    NOT NULL,
    reason        TEXT    NOT NULL DEFAULT '',
    department_id INTEGER REFERENCES department (id),
    by_manager    INTEGER NOT NULL DEFAULT 1,
    recorded_at   TEXT    NOT NULL
);
CREATE INDEX status_event_by_item ON status_event (task_id, milestone_id, effective_on, id);

INSERT INTO status_event (uid, task_id, status, effective_on, reason, recorded_at)
SELECT lower(hex(randomblob(16))), task_id,
       CASE new_status WHEN 'DONE' THEN 'CLOSED' ELSE new_status END,
       substr(changed_at, 1, 10), '', changed_at
FROM task_status_change ORDER BY id;
DROP TABLE task_status_change;

CREATE TABLE progress_entry (
    id            INTEGER PRIMARY KEY,
    uid           TEXT    NOT NULL UNIQUE,
    task_id       INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    milestone_id  INTEGER REFERENCES milestone (id) ON DELETE CASCADE,
    department_id INTEGER NOT NULL REFERENCES department (id),
    period_kind   TEXT    NOT NULL CHECK (period_kind IN ('MONTH', 'QUARTER', 'YEAR')),
    period_start  TEXT    NOT NULL,
    period_end    TEXT    NOT NULL,
    written_on    TEXT    NOT NULL,
    progress      TEXT    NOT NULL,
    problems      TEXT    NOT NULL DEFAULT '',
    next_steps    TEXT    NOT NULL DEFAULT '',
    percent       INTEGER CHECK (percent BETWEEN 0 AND 100),
    supersedes_id INTEGER REFERENCES progress_entry (id),
    recorded_at   TEXT    NOT NULL
);
CREATE INDEX entry_by_item ON progress_entry (task_id, milestone_id, written_on, id);
CREATE INDEX entry_by_period ON progress_entry (period_end, period_start);
CREATE INDEX entry_by_supersedes ON progress_entry (supersedes_id) WHERE supersedes_id IS NOT NULL;

CREATE TRIGGER progress_entry_never_changes BEFORE UPDATE ON progress_entry BEGIN
    SELECT RAISE(ABORT, 'progress entries are never changed; write a correcting entry');
END;

-- Evidence (佐证材料) belongs to a progress entry or to a close-out request (a status event).
CREATE TABLE evidence (
    id                INTEGER PRIMARY KEY,
    uid               TEXT    NOT NULL UNIQUE,
    progress_entry_id INTEGER REFERENCES progress_entry (id) ON DELETE CASCADE,
    status_event_id   INTEGER REFERENCES status_event (id) ON DELETE CASCADE,
    name              TEXT    NOT NULL,
    size              INTEGER NOT NULL,
    sha256            TEXT    NOT NULL,
    content           BLOB    NOT NULL,
    CHECK ((progress_entry_id IS NULL) <> (status_event_id IS NULL))
);
CREATE INDEX evidence_by_entry ON evidence (progress_entry_id) WHERE progress_entry_id IS NOT NULL;
CREATE INDEX evidence_by_event ON evidence (status_event_id) WHERE status_event_id IS NOT NULL;

CREATE TABLE extension_request (
    id            INTEGER PRIMARY KEY,
    uid           TEXT    NOT NULL UNIQUE,
    task_id       INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    milestone_id  INTEGER REFERENCES milestone (id) ON DELETE CASCADE,
    department_id INTEGER NOT NULL REFERENCES department (id),
    requested_on  TEXT    NOT NULL,
    old_due       TEXT    NOT NULL,
    new_due       TEXT    NOT NULL CHECK (new_due > old_due),
    reason        TEXT    NOT NULL CHECK (length(trim(reason)) > 0),
    recorded_at   TEXT    NOT NULL
);
CREATE INDEX extension_by_item ON extension_request (task_id, milestone_id);

CREATE TABLE extension_decision (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    request_id  INTEGER NOT NULL UNIQUE REFERENCES extension_request (id) ON DELETE CASCADE,
    accepted    INTEGER NOT NULL CHECK (accepted IN (0, 1)),
    decided_on  TEXT    NOT NULL,
    reason      TEXT    NOT NULL DEFAULT '',
    recorded_at TEXT    NOT NULL
);

-- A manager's light; a row with light NULL ends the previous override.
CREATE TABLE light_override (
    id           INTEGER PRIMARY KEY,
    uid          TEXT    NOT NULL UNIQUE,
    task_id      INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    milestone_id INTEGER REFERENCES milestone (id) ON DELETE CASCADE,
    light        TEXT CHECK (light IN ('RED', 'YELLOW', 'GREEN', 'GREY')),
    set_on       TEXT    NOT NULL,
    reason       TEXT    NOT NULL,
    recorded_at  TEXT    NOT NULL
);
CREATE INDEX override_by_item ON light_override (task_id, milestone_id, set_on, id);

-- Light rules and the reporting cycle, as JSON the manager edits.
CREATE TABLE ledger_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL CHECK (json_valid(value))
);
