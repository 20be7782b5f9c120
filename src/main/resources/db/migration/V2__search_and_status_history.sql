-- Full-text search over tasks (trigram: works for Chinese without word segmentation),
-- and a record of every status change.
CREATE VIRTUAL TABLE task_search USING fts5(
    title, body, content = 'task', content_rowid = 'id', tokenize = 'trigram');

INSERT INTO task_search (rowid, title, body) SELECT id, title, body FROM task;

CREATE TRIGGER task_search_insert AFTER INSERT ON task BEGIN
    INSERT INTO task_search (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER task_search_delete AFTER DELETE ON task BEGIN
    INSERT INTO task_search (task_search, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER task_search_update AFTER UPDATE OF title, body ON task BEGIN
    INSERT INTO task_search (task_search, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO task_search (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE TABLE task_status_change (
    id         INTEGER PRIMARY KEY,
    task_id    INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    old_status TEXT    NOT NULL,
    new_status TEXT    NOT NULL,
    changed_at TEXT    NOT NULL
);
CREATE INDEX status_change_by_task ON task_status_change (task_id, changed_at);
