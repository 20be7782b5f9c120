-- The plan as imported: outline, tasks, measures, milestones and headline indicators.
CREATE TABLE plan (
    id              INTEGER PRIMARY KEY,
    title           TEXT    NOT NULL UNIQUE,
    document_number TEXT    NOT NULL DEFAULT '',
    start_year      INTEGER NOT NULL,
    end_year        INTEGER NOT NULL CHECK (end_year >= start_year),
    source_name     TEXT    NOT NULL,
    indicator_note  TEXT    NOT NULL DEFAULT '',
    imported_at     TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);

CREATE TABLE chapter (
    id        INTEGER PRIMARY KEY,
    plan_id   INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    number    INTEGER NOT NULL,
    title     TEXT    NOT NULL,
    preamble  TEXT    NOT NULL DEFAULT '',
    context   INTEGER NOT NULL DEFAULT 0,
    withdrawn INTEGER NOT NULL DEFAULT 0,
    UNIQUE (plan_id, number)
);

CREATE TABLE section (
    id         INTEGER PRIMARY KEY,
    chapter_id INTEGER NOT NULL REFERENCES chapter (id) ON DELETE CASCADE,
    number     INTEGER NOT NULL,
    title      TEXT    NOT NULL,
    preamble   TEXT    NOT NULL DEFAULT '',
    withdrawn  INTEGER NOT NULL DEFAULT 0,
    UNIQUE (chapter_id, number)
);

CREATE TABLE task (
    id                  INTEGER PRIMARY KEY,
    plan_id             INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    section_id          INTEGER NOT NULL REFERENCES section (id) ON DELETE CASCADE,
    code                TEXT    NOT NULL,
    ordinal             INTEGER NOT NULL,
    title               TEXT    NOT NULL,
    body                TEXT    NOT NULL,
    named_after_section INTEGER NOT NULL DEFAULT 0,
    status              TEXT    NOT NULL DEFAULT 'NOT_STARTED'
        CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'SUSPENDED')),
    withdrawn           INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX task_by_section ON task (section_id, ordinal);
CREATE INDEX task_by_plan ON task (plan_id, code);

CREATE TABLE measure (
    id      INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    text    TEXT    NOT NULL
);
CREATE INDEX measure_by_task ON measure (task_id, ordinal);

CREATE TABLE milestone (
    id                INTEGER PRIMARY KEY,
    task_id           INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    ordinal           INTEGER NOT NULL,
    text              TEXT    NOT NULL,
    year              INTEGER NOT NULL,
    due_date          TEXT    NOT NULL,
    target_text       TEXT,
    target_comparison TEXT,
    target_value      TEXT,
    target_unit       TEXT,
    withdrawn         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX milestone_by_task ON milestone (task_id, ordinal);

CREATE TABLE indicator (
    id                      INTEGER PRIMARY KEY,
    plan_id                 INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    number                  INTEGER NOT NULL,
    group_name              TEXT    NOT NULL,
    name                    TEXT    NOT NULL,
    unit                    TEXT    NOT NULL,
    baseline                TEXT    NOT NULL,
    target                  TEXT    NOT NULL,
    attribute               TEXT,
    footnoted               INTEGER NOT NULL DEFAULT 0,
    target_from_merged_cell INTEGER NOT NULL DEFAULT 0,
    UNIQUE (plan_id, number)
);
