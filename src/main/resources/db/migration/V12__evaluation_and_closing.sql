-- The end of a plan (issue 20): its evaluations (终期评估, or a 中期评估 as of any day), every
-- task's and milestone's outcome and every indicator's final value and verdict, each a proposal
-- (from what the ledger knows), a department's submission or the manager's confirmed word; the
-- closing of the plan and every change of its state. A closed plan (a row in plan_closure) is
-- read-only, refused by the triggers below, whoever writes (ADR 0017).
CREATE TABLE evaluation (
    id           INTEGER PRIMARY KEY,
    plan_id      INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL CHECK (kind IN ('FINAL', 'MIDTERM')),
    as_of        TEXT    NOT NULL,
    started_at   TEXT    NOT NULL,
    state        TEXT    NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'CONFIRMED')),
    confirmed_at TEXT,
    CHECK ((state = 'CONFIRMED') = (confirmed_at IS NOT NULL))
);
CREATE UNIQUE INDEX one_open_evaluation_per_plan ON evaluation (plan_id) WHERE state = 'OPEN';

-- One row per item and evaluation: the outcome as it stands now (a proposal is replaced by a
-- submission, both by the manager's confirmed word; a confirmed outcome is only changed by the manager).
CREATE TABLE evaluation_outcome (
    id            INTEGER PRIMARY KEY,
    evaluation_id INTEGER NOT NULL REFERENCES evaluation (id) ON DELETE CASCADE,
    task_id       INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    milestone_id  INTEGER REFERENCES milestone (id) ON DELETE CASCADE,
    outcome       TEXT    NOT NULL CHECK (outcome IN ('DONE', 'MOSTLY_DONE', 'NOT_DONE', 'ONGOING', 'ADJUSTED')),
    done_on       TEXT,
    note          TEXT    NOT NULL DEFAULT '',
    achievements  TEXT    NOT NULL DEFAULT '',
    shortfall     TEXT    NOT NULL DEFAULT '',
    evidence      TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(evidence)),
    state         TEXT    NOT NULL CHECK (state IN ('PROPOSED', 'SUBMITTED', 'CONFIRMED')),
    source        TEXT    NOT NULL CHECK (source IN ('LEDGER', 'MANAGER', 'DEPARTMENT_WORKBOOK', 'DEPARTMENT_REPORT')),
    department_id INTEGER REFERENCES department (id),
    recorded_by   TEXT    NOT NULL DEFAULT '',
    recorded_at   TEXT    NOT NULL,
    CHECK (outcome = 'DONE' OR done_on IS NULL)
);
CREATE UNIQUE INDEX outcome_per_task ON evaluation_outcome (evaluation_id, task_id) WHERE milestone_id IS NULL;
CREATE UNIQUE INDEX outcome_per_milestone ON evaluation_outcome (evaluation_id, milestone_id) WHERE milestone_id IS NOT NULL;
CREATE INDEX outcome_by_task ON evaluation_outcome (task_id);

CREATE TABLE evaluation_indicator (
    id            INTEGER PRIMARY KEY,
    evaluation_id INTEGER NOT NULL REFERENCES evaluation (id) ON DELETE CASCADE,
    indicator_id  INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    year          INTEGER,
    value         TEXT,
    verdict       TEXT    CHECK (verdict IN ('AHEAD', 'FASTER', 'ON_PACE', 'BEHIND', 'MET', 'NOT_MET')),
    note          TEXT    NOT NULL DEFAULT '',
    state         TEXT    NOT NULL CHECK (state IN ('PROPOSED', 'SUBMITTED', 'CONFIRMED')),
    source        TEXT    NOT NULL CHECK (source IN ('LEDGER', 'MANAGER', 'DEPARTMENT_WORKBOOK', 'DEPARTMENT_REPORT')),
    department_id INTEGER REFERENCES department (id),
    recorded_by   TEXT    NOT NULL DEFAULT '',
    recorded_at   TEXT    NOT NULL,
    UNIQUE (evaluation_id, indicator_id),
    CHECK (state <> 'CONFIRMED' OR verdict IS NOT NULL)
);

-- A closed plan (已终结): closed on the evaluation's as-of day, by the evaluation confirmed.
-- Reopening deletes the row; plan_state_change keeps both.
CREATE TABLE plan_closure (
    plan_id       INTEGER PRIMARY KEY REFERENCES plan (id) ON DELETE CASCADE,
    evaluation_id INTEGER NOT NULL REFERENCES evaluation (id),
    closed_on     TEXT    NOT NULL,
    closed_by     TEXT    NOT NULL DEFAULT '',
    closed_at     TEXT    NOT NULL
);

CREATE TABLE plan_state_change (
    id         INTEGER PRIMARY KEY,
    plan_id    INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    state      TEXT    NOT NULL CHECK (state IN ('ACTIVE', 'EVALUATING', 'CLOSED')),
    reason     TEXT    NOT NULL DEFAULT '',
    changed_by TEXT    NOT NULL DEFAULT '',
    changed_at TEXT    NOT NULL
);
CREATE INDEX plan_state_change_by_plan ON plan_state_change (plan_id, id);

-- Only a confirmed final evaluation of the plan closes it.
CREATE TRIGGER plan_closure_needs_confirmed_evaluation BEFORE INSERT ON plan_closure
    WHEN NOT EXISTS (SELECT 1 FROM evaluation WHERE id = NEW.evaluation_id AND plan_id = NEW.plan_id
                     AND kind = 'FINAL' AND state = 'CONFIRMED') BEGIN
    SELECT RAISE(ABORT, 'plan_not_evaluated: a plan is closed only by its confirmed final evaluation');
END;
CREATE TRIGGER plan_closure_never_changes BEFORE UPDATE ON plan_closure BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER plan_closed_plan_update BEFORE UPDATE ON plan
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = OLD.id) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;

-- Every table holding a part of a plan: no row of a closed plan is added or changed. Deleting is
-- left alone, as by the append-only triggers (removing a whole plan deletes its rows).
CREATE TRIGGER chapter_closed_plan_insert BEFORE INSERT ON chapter
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = NEW.plan_id) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER chapter_closed_plan_update BEFORE UPDATE ON chapter
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = NEW.plan_id) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER section_closed_plan_insert BEFORE INSERT ON section
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT plan_id FROM chapter WHERE id = NEW.chapter_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER section_closed_plan_update BEFORE UPDATE ON section
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT plan_id FROM chapter WHERE id = NEW.chapter_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER task_closed_plan_insert BEFORE INSERT ON task
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = NEW.plan_id) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER task_closed_plan_update BEFORE UPDATE ON task
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = NEW.plan_id) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER measure_closed_plan_insert BEFORE INSERT ON measure
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT plan_id FROM task WHERE id = NEW.task_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER measure_closed_plan_update BEFORE UPDATE ON measure
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT plan_id FROM task WHERE id = NEW.task_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER milestone_closed_plan_insert BEFORE INSERT ON milestone
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT plan_id FROM task WHERE id = NEW.task_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER milestone_closed_plan_update BEFORE UPDATE ON milestone
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT plan_id FROM task WHERE id = NEW.task_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER task_division_closed_plan_insert BEFORE INSERT ON task_division
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT plan_id FROM task WHERE id = NEW.task_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER task_division_closed_plan_update BEFORE UPDATE ON task_division
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT plan_id FROM task WHERE id = NEW.task_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER task_assignment_closed_plan_insert BEFORE INSERT ON task_assignment
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT plan_id FROM task WHERE id = NEW.task_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER task_assignment_closed_plan_update BEFORE UPDATE ON task_assignment
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT plan_id FROM task WHERE id = NEW.task_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER milestone_lead_closed_plan_insert BEFORE INSERT ON milestone_lead
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT t.plan_id FROM milestone m JOIN task t ON t.id = m.task_id WHERE m.id = NEW.milestone_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER milestone_lead_closed_plan_update BEFORE UPDATE ON milestone_lead
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT t.plan_id FROM milestone m JOIN task t ON t.id = m.task_id WHERE m.id = NEW.milestone_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER status_event_closed_plan_insert BEFORE INSERT ON status_event
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT plan_id FROM task WHERE id = NEW.task_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER status_event_closed_plan_update BEFORE UPDATE ON status_event
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT plan_id FROM task WHERE id = NEW.task_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER progress_entry_closed_plan_insert BEFORE INSERT ON progress_entry
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT plan_id FROM task WHERE id = NEW.task_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER progress_entry_closed_plan_update BEFORE UPDATE ON progress_entry
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT plan_id FROM task WHERE id = NEW.task_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER evidence_closed_plan_insert BEFORE INSERT ON evidence
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT t.plan_id FROM task t WHERE t.id IN (SELECT task_id FROM progress_entry WHERE id = NEW.progress_entry_id UNION ALL SELECT task_id FROM status_event WHERE id = NEW.status_event_id))) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER evidence_closed_plan_update BEFORE UPDATE ON evidence
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT t.plan_id FROM task t WHERE t.id IN (SELECT task_id FROM progress_entry WHERE id = NEW.progress_entry_id UNION ALL SELECT task_id FROM status_event WHERE id = NEW.status_event_id))) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER extension_request_closed_plan_insert BEFORE INSERT ON extension_request
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT plan_id FROM task WHERE id = NEW.task_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER extension_request_closed_plan_update BEFORE UPDATE ON extension_request
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT plan_id FROM task WHERE id = NEW.task_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER extension_decision_closed_plan_insert BEFORE INSERT ON extension_decision
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT t.plan_id FROM extension_request r JOIN task t ON t.id = r.task_id WHERE r.id = NEW.request_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER extension_decision_closed_plan_update BEFORE UPDATE ON extension_decision
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT t.plan_id FROM extension_request r JOIN task t ON t.id = r.task_id WHERE r.id = NEW.request_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER light_override_closed_plan_insert BEFORE INSERT ON light_override
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT plan_id FROM task WHERE id = NEW.task_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER light_override_closed_plan_update BEFORE UPDATE ON light_override
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT plan_id FROM task WHERE id = NEW.task_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER task_weight_closed_plan_insert BEFORE INSERT ON task_weight
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT plan_id FROM task WHERE id = NEW.task_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER task_weight_closed_plan_update BEFORE UPDATE ON task_weight
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT plan_id FROM task WHERE id = NEW.task_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER notice_item_closed_plan_insert BEFORE INSERT ON notice_item
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT plan_id FROM task WHERE id = NEW.task_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER notice_item_closed_plan_update BEFORE UPDATE ON notice_item
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT plan_id FROM task WHERE id = NEW.task_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER indicator_closed_plan_insert BEFORE INSERT ON indicator
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = NEW.plan_id) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER indicator_closed_plan_update BEFORE UPDATE ON indicator
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = NEW.plan_id) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER indicator_profile_closed_plan_insert BEFORE INSERT ON indicator_profile
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT plan_id FROM indicator WHERE id = NEW.indicator_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER indicator_profile_closed_plan_update BEFORE UPDATE ON indicator_profile
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT plan_id FROM indicator WHERE id = NEW.indicator_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER indicator_value_closed_plan_insert BEFORE INSERT ON indicator_value
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT plan_id FROM indicator WHERE id = NEW.indicator_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER indicator_value_closed_plan_update BEFORE UPDATE ON indicator_value
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT plan_id FROM indicator WHERE id = NEW.indicator_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER indicator_judgement_closed_plan_insert BEFORE INSERT ON indicator_judgement
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT plan_id FROM indicator WHERE id = NEW.indicator_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER indicator_judgement_closed_plan_update BEFORE UPDATE ON indicator_judgement
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT plan_id FROM indicator WHERE id = NEW.indicator_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER evaluation_closed_plan_insert BEFORE INSERT ON evaluation
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = NEW.plan_id) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER evaluation_closed_plan_update BEFORE UPDATE ON evaluation
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = NEW.plan_id) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER evaluation_outcome_closed_plan_insert BEFORE INSERT ON evaluation_outcome
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT plan_id FROM evaluation WHERE id = NEW.evaluation_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER evaluation_outcome_closed_plan_update BEFORE UPDATE ON evaluation_outcome
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT plan_id FROM evaluation WHERE id = NEW.evaluation_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER evaluation_indicator_closed_plan_insert BEFORE INSERT ON evaluation_indicator
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT plan_id FROM evaluation WHERE id = NEW.evaluation_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
CREATE TRIGGER evaluation_indicator_closed_plan_update BEFORE UPDATE ON evaluation_indicator
    WHEN EXISTS (SELECT 1 FROM plan_closure WHERE plan_id = (SELECT plan_id FROM evaluation WHERE id = NEW.evaluation_id)) BEGIN
    SELECT RAISE(ABORT, 'plan_closed: the plan is closed (已终结) and read-only; reopen it first');
END;
