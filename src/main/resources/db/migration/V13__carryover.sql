-- Carry-over (结转, issue 20): where each unfinished task of an earlier plan went in the next one.
-- A link is a proposal (SUGGESTED, with its score and the phrases the two tasks share), a
-- successor the manager confirmed (CONFIRMED), or the manager's word that the work is not carried
-- over (NOT_CARRIED: no successor, a reason required). A task split in two has two confirmed links;
-- two tasks merged into one each link to it. decided_by/decided_at: who wrote the row, and when.
CREATE TABLE carryover_link (
    id           INTEGER PRIMARY KEY,
    from_task_id INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    to_task_id   INTEGER REFERENCES task (id) ON DELETE CASCADE,
    state        TEXT    NOT NULL CHECK (state IN ('SUGGESTED', 'CONFIRMED', 'NOT_CARRIED')),
    reason       TEXT    NOT NULL DEFAULT '',
    score        REAL,
    shared       TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(shared)),
    decided_by   TEXT    NOT NULL DEFAULT '',
    decided_at   TEXT    NOT NULL,
    CHECK ((state = 'NOT_CARRIED') = (to_task_id IS NULL)),
    CHECK (state <> 'NOT_CARRIED' OR reason <> ''),
    UNIQUE (from_task_id, to_task_id)
);
CREATE INDEX carryover_by_to ON carryover_link (to_task_id);
