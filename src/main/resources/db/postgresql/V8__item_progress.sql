-- PostgreSQL twin of db/migration/V8 (SQLite): each item's latest valid percent and, on a task's
-- row, the last entry day of the task and its milestones; kept by a trigger. SECURITY DEFINER: a
-- department's login adds entries but may not write this table (it could otherwise show any
-- percent); the functions write it as the owner.
CREATE TABLE item_progress (
    task_id         bigint  NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    milestone_id    bigint  REFERENCES milestone (id) ON DELETE CASCADE,
    last_written_on text    NOT NULL,
    percent         integer
);
CREATE UNIQUE INDEX item_progress_of_task ON item_progress (task_id) WHERE milestone_id IS NULL;
CREATE UNIQUE INDEX item_progress_of_milestone ON item_progress (milestone_id) WHERE milestone_id IS NOT NULL;
CREATE INDEX item_progress_by_day ON item_progress (last_written_on);

-- Two forms of each query, not one with IS NOT DISTINCT FROM: that form cannot use entry_by_item.
CREATE FUNCTION item_progress_refresh(task bigint, ms bigint) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    last text;
    pct integer;
BEGIN
    IF ms IS NULL THEN
        SELECT max(e.written_on) INTO last FROM progress_entry e WHERE e.task_id = task;
        SELECT e.percent INTO pct FROM progress_entry e WHERE e.task_id = task AND e.milestone_id IS NULL
            AND e.percent IS NOT NULL AND NOT EXISTS (SELECT 1 FROM progress_entry s WHERE s.supersedes_id = e.id)
            ORDER BY e.written_on DESC, e.id DESC LIMIT 1;
        DELETE FROM item_progress WHERE task_id = task AND milestone_id IS NULL;
    ELSE
        SELECT max(e.written_on) INTO last FROM progress_entry e WHERE e.task_id = task AND e.milestone_id = ms;
        SELECT e.percent INTO pct FROM progress_entry e WHERE e.task_id = task AND e.milestone_id = ms
            AND e.percent IS NOT NULL AND NOT EXISTS (SELECT 1 FROM progress_entry s WHERE s.supersedes_id = e.id)
            ORDER BY e.written_on DESC, e.id DESC LIMIT 1;
        DELETE FROM item_progress WHERE milestone_id = ms;
    END IF;
    IF last IS NOT NULL THEN
        INSERT INTO item_progress (task_id, milestone_id, last_written_on, percent) VALUES (task, ms, last, pct);
    END IF;
END
$$;
REVOKE ALL ON FUNCTION item_progress_refresh(bigint, bigint) FROM PUBLIC;

CREATE FUNCTION item_progress_on_entry() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    corrected record;
BEGIN
    PERFORM item_progress_refresh(NEW.task_id, NULL);
    IF NEW.milestone_id IS NOT NULL THEN
        PERFORM item_progress_refresh(NEW.task_id, NEW.milestone_id);
    END IF;
    IF NEW.supersedes_id IS NOT NULL THEN
        -- a correction of another item's entry changes that item's percent too
        SELECT c.task_id, c.milestone_id INTO corrected FROM progress_entry c WHERE c.id = NEW.supersedes_id;
        IF FOUND AND (corrected.task_id, coalesce(corrected.milestone_id, 0))
                IS DISTINCT FROM (NEW.task_id, coalesce(NEW.milestone_id, 0)) THEN
            PERFORM item_progress_refresh(corrected.task_id, corrected.milestone_id);
        END IF;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER item_progress_on_entry AFTER INSERT ON progress_entry
    FOR EACH ROW EXECUTE FUNCTION item_progress_on_entry();

ALTER TABLE item_progress ENABLE ROW LEVEL SECURITY;
CREATE POLICY manager_reads ON item_progress FOR SELECT USING ((SELECT ledger_is_manager()));
CREATE POLICY department_reads ON item_progress FOR SELECT USING (task_id IN (SELECT h FROM ledger_held_tasks() h));

INSERT INTO item_progress (task_id, milestone_id, last_written_on, percent)
SELECT g.task_id, NULL, g.last,
       (SELECT e.percent FROM progress_entry e WHERE e.task_id = g.task_id AND e.milestone_id IS NULL
            AND e.percent IS NOT NULL AND NOT EXISTS (SELECT 1 FROM progress_entry s WHERE s.supersedes_id = e.id)
            ORDER BY e.written_on DESC, e.id DESC LIMIT 1)
FROM (SELECT task_id, max(written_on) AS last FROM progress_entry GROUP BY task_id) g;
INSERT INTO item_progress (task_id, milestone_id, last_written_on, percent)
SELECT g.task_id, g.milestone_id, g.last,
       (SELECT e.percent FROM progress_entry e WHERE e.task_id = g.task_id AND e.milestone_id = g.milestone_id
            AND e.percent IS NOT NULL AND NOT EXISTS (SELECT 1 FROM progress_entry s WHERE s.supersedes_id = e.id)
            ORDER BY e.written_on DESC, e.id DESC LIMIT 1)
FROM (SELECT task_id, milestone_id, max(written_on) AS last FROM progress_entry WHERE milestone_id IS NOT NULL
      GROUP BY task_id, milestone_id) g;
