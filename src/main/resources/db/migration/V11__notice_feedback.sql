-- Feedback arrives by itself (issue 19): a progress entry written by a department on an item of
-- an open 督办单 (or 催办通知书) addressed to it, on or after the day it was issued, is that
-- document's answer. The trigger links the first such entry in the entry's own transaction, so
-- every path that adds an entry (the app, the command line, a merged report or workbook) records
-- the answer alike; a document already answered keeps its first answer, a closed one is left alone.
CREATE TRIGGER notice_feedback_on_entry AFTER INSERT ON progress_entry BEGIN
    UPDATE notice SET feedback_entry_id = NEW.id, feedback_on = NEW.written_on
    WHERE kind IN ('SUPERVISION', 'REMINDER') AND feedback_entry_id IS NULL AND closed_on IS NULL
      AND department_id = NEW.department_id AND issued_on <= NEW.written_on
      AND EXISTS (SELECT 1 FROM notice_item i WHERE i.notice_id = notice.id AND i.task_id = NEW.task_id);
END;

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
