-- The manager's weights for the rollup, and the plan's indicators followed year by year:
-- which way each should move, who reports it, the actual values (history kept: a later entry
-- for the same year supersedes, both stay) and the manager's judgements of word targets.

CREATE TABLE task_weight (
    task_id    INTEGER PRIMARY KEY REFERENCES task (id) ON DELETE CASCADE,
    weight     REAL    NOT NULL CHECK (weight > 0 AND weight <= 1000),
    updated_at TEXT    NOT NULL
);

CREATE TABLE indicator_profile (
    indicator_id  INTEGER PRIMARY KEY REFERENCES indicator (id) ON DELETE CASCADE,
    direction     TEXT    CHECK (direction IN ('HIGHER_BETTER', 'LOWER_BETTER')),
    department_id INTEGER REFERENCES department (id),
    updated_at    TEXT    NOT NULL
);

CREATE TABLE indicator_value (
    id            INTEGER PRIMARY KEY,
    uid           TEXT    NOT NULL UNIQUE,
    indicator_id  INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    year          INTEGER NOT NULL,
    value         TEXT    NOT NULL,
    recorded_on   TEXT    NOT NULL,
    source        TEXT    NOT NULL DEFAULT '',
    note          TEXT    NOT NULL DEFAULT '',
    department_id INTEGER REFERENCES department (id),
    recorded_at   TEXT    NOT NULL
);
CREATE INDEX indicator_value_by_indicator ON indicator_value (indicator_id, year, recorded_on, id);

CREATE TRIGGER indicator_value_never_changes BEFORE UPDATE ON indicator_value BEGIN
    SELECT RAISE(ABORT, 'indicator values are never changed; record a new value for the year');
END;

CREATE TABLE indicator_judgement (
    id           INTEGER PRIMARY KEY,
    uid          TEXT    NOT NULL UNIQUE,
    indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    verdict      TEXT    NOT NULL CHECK (verdict IN ('MET', 'ON_TRACK', 'BEHIND')),
    judged_on    TEXT    NOT NULL,
    reason       TEXT    NOT NULL CHECK (length(trim(reason)) > 0),
    recorded_at  TEXT    NOT NULL
);
CREATE INDEX indicator_judgement_by_indicator ON indicator_judgement (indicator_id, judged_on, id);
