-- Each task's and milestone's progress as the entries on record give it (issue 18): the percent
-- of its latest entry that gives one and is not corrected (LatestStatus' rule) and, on a task's
-- row, the day of the last entry on the task or any of its milestones (on a milestone's row, its
-- own). Derived, never written by the store: the triggers below keep it, so every path that adds
-- an entry (a writer, a merge, a copy) keeps it right. The lights of a whole city's ledger as of
-- today read one row per item from it instead of a million entries; a view as of a day before the
-- last entry reads the entries themselves. A copy (server push, a team ledger's backup) leaves it
-- out and the triggers make it again from the entries copied.
CREATE TABLE item_progress (
    task_id         INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    milestone_id    INTEGER REFERENCES milestone (id) ON DELETE CASCADE,
    last_written_on TEXT    NOT NULL,
    percent         INTEGER
);
CREATE UNIQUE INDEX item_progress_of_task ON item_progress (task_id) WHERE milestone_id IS NULL;
CREATE UNIQUE INDEX item_progress_of_milestone ON item_progress (milestone_id) WHERE milestone_id IS NOT NULL;
CREATE INDEX item_progress_by_day ON item_progress (last_written_on);

CREATE TRIGGER item_progress_of_task_on_entry AFTER INSERT ON progress_entry BEGIN
    DELETE FROM item_progress WHERE task_id = NEW.task_id AND milestone_id IS NULL;
    INSERT INTO item_progress (task_id, milestone_id, last_written_on, percent)
    VALUES (NEW.task_id, NULL,
        (SELECT max(e.written_on) FROM progress_entry e WHERE e.task_id = NEW.task_id),
        (SELECT e.percent FROM progress_entry e WHERE e.task_id = NEW.task_id AND e.milestone_id IS NULL
             AND e.percent IS NOT NULL AND NOT EXISTS (SELECT 1 FROM progress_entry s WHERE s.supersedes_id = e.id)
             ORDER BY e.written_on DESC, e.id DESC LIMIT 1));
END;

CREATE TRIGGER item_progress_of_milestone_on_entry AFTER INSERT ON progress_entry WHEN NEW.milestone_id IS NOT NULL BEGIN
    DELETE FROM item_progress WHERE milestone_id = NEW.milestone_id;
    INSERT INTO item_progress (task_id, milestone_id, last_written_on, percent)
    VALUES (NEW.task_id, NEW.milestone_id,
        (SELECT max(e.written_on) FROM progress_entry e WHERE e.task_id = NEW.task_id AND e.milestone_id = NEW.milestone_id),
        (SELECT e.percent FROM progress_entry e WHERE e.task_id = NEW.task_id AND e.milestone_id = NEW.milestone_id
             AND e.percent IS NOT NULL AND NOT EXISTS (SELECT 1 FROM progress_entry s WHERE s.supersedes_id = e.id)
             ORDER BY e.written_on DESC, e.id DESC LIMIT 1));
END;

-- A correction of another item's entry changes that item's percent too.
CREATE TRIGGER item_progress_on_correction AFTER INSERT ON progress_entry WHEN NEW.supersedes_id IS NOT NULL BEGIN
    UPDATE item_progress SET percent = (
        SELECT e.percent FROM progress_entry e WHERE e.task_id = item_progress.task_id
            AND e.milestone_id IS item_progress.milestone_id AND e.percent IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM progress_entry s WHERE s.supersedes_id = e.id)
            ORDER BY e.written_on DESC, e.id DESC LIMIT 1)
    WHERE EXISTS (SELECT 1 FROM progress_entry c WHERE c.id = NEW.supersedes_id
                  AND c.task_id = item_progress.task_id AND c.milestone_id IS item_progress.milestone_id);
END;

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
