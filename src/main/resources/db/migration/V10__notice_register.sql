-- The supervision office's register of the documents it sends (督办台账, issue 19): each 督办单,
-- 催办通知书 or 通报 issued, by its number (机关代字〔年份〕序号号, unique), to one department (none
-- for a 通报 to all), with the items it is about. A 催办通知书 refers to the 督办单 it chases
-- (refers_to_id). The register records what happened to it: 签收 (signed_on), the progress
-- entry that answered it (feedback_entry_id, feedback_on) and when it was closed. Each item keeps
-- the light and the reason it had when the document was issued: the counters (times yellow,
-- times red, documents sent) are counted from these rows, never from lights recomputed later.
CREATE TABLE notice (
    id                INTEGER PRIMARY KEY,
    number            TEXT    NOT NULL UNIQUE,
    prefix            TEXT    NOT NULL,
    year              INTEGER NOT NULL,
    serial            INTEGER NOT NULL CHECK (serial > 0),
    kind              TEXT    NOT NULL CHECK (kind IN ('SUPERVISION', 'REMINDER', 'BULLETIN')),
    colour            TEXT    CHECK (colour IN ('RED', 'YELLOW', 'BLUE')),
    department_id     INTEGER REFERENCES department (id),
    refers_to_id      INTEGER REFERENCES notice (id),
    issued_on         TEXT    NOT NULL,
    feedback_due      TEXT,
    signed_on         TEXT    CHECK (signed_on IS NULL OR signed_on >= issued_on),
    feedback_entry_id INTEGER REFERENCES progress_entry (id),
    feedback_on       TEXT,
    closed_on         TEXT    CHECK (closed_on IS NULL OR closed_on >= issued_on),
    recorded_at       TEXT    NOT NULL
);
CREATE INDEX notice_by_year ON notice (prefix, year, serial);
CREATE INDEX notice_by_department ON notice (department_id);

CREATE TABLE notice_item (
    id           INTEGER PRIMARY KEY,
    notice_id    INTEGER NOT NULL REFERENCES notice (id) ON DELETE CASCADE,
    task_id      INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    milestone_id INTEGER REFERENCES milestone (id) ON DELETE CASCADE,
    light        TEXT    NOT NULL CHECK (light IN ('RED', 'YELLOW', 'GREEN', 'GREY')),
    reason       TEXT    NOT NULL
);
CREATE INDEX notice_item_by_notice ON notice_item (notice_id);
CREATE INDEX notice_item_by_task ON notice_item (task_id);
