-- PostgreSQL twin of db/migration/V11 (SQLite): a department's entry on an item of an open
-- 督办单 addressed to it is the document's answer, linked in the entry's transaction. SECURITY
-- DEFINER (as item_progress, ADR 0015): a department's login adds entries but has no grant on
-- notice and may not write it; the function writes only the answer, as the owner, and only for
-- the entry just added.
CREATE FUNCTION notice_feedback_on_entry() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE notice SET feedback_entry_id = NEW.id, feedback_on = NEW.written_on
    WHERE kind IN ('SUPERVISION', 'REMINDER') AND feedback_entry_id IS NULL AND closed_on IS NULL
      AND department_id = NEW.department_id AND issued_on <= NEW.written_on
      AND EXISTS (SELECT 1 FROM notice_item i WHERE i.notice_id = notice.id AND i.task_id = NEW.task_id);
    RETURN NULL;
END
$$;
CREATE TRIGGER notice_feedback_on_entry AFTER INSERT ON progress_entry
    FOR EACH ROW EXECUTE FUNCTION notice_feedback_on_entry();

-- Documents registered before this rule: the first entry that answers each open one, as the
-- trigger would have linked it.
UPDATE notice SET
    feedback_entry_id = (SELECT e.id FROM progress_entry e JOIN notice_item i ON i.task_id = e.task_id AND i.notice_id = notice.id
                         WHERE e.department_id = notice.department_id AND e.written_on >= notice.issued_on
                         ORDER BY e.written_on, e.id LIMIT 1),
    feedback_on = (SELECT e.written_on FROM progress_entry e JOIN notice_item i ON i.task_id = e.task_id AND i.notice_id = notice.id
                   WHERE e.department_id = notice.department_id AND e.written_on >= notice.issued_on
                   ORDER BY e.written_on, e.id LIMIT 1)
WHERE kind IN ('SUPERVISION', 'REMINDER') AND feedback_entry_id IS NULL AND closed_on IS NULL AND department_id IS NOT NULL
  AND EXISTS (SELECT 1 FROM progress_entry e JOIN notice_item i ON i.task_id = e.task_id AND i.notice_id = notice.id
              WHERE e.department_id = notice.department_id AND e.written_on >= notice.issued_on);
