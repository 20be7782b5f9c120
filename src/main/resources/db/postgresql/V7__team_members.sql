-- PostgreSQL twin of db/migration/V7 (SQLite), and the team ledger's row-level security.
-- Who may do what is decided here, by the database, whatever client connects (ADR 0013):
-- `server init` makes two group roles per ledger, <db>_manager and <db>_department, and grants
-- them table privileges (what a role may do to a table at all); the policies below decide which
-- rows. Both read team_member: a login's department, or that it is a manager's.
CREATE TABLE team_member (
    login         text    PRIMARY KEY,
    role          text    NOT NULL CHECK (role IN ('MANAGER', 'DEPARTMENT')),
    -- checked at commit: a restore empties department and fills it again in one transaction
    department_id bigint  REFERENCES department (id) DEFERRABLE INITIALLY DEFERRED,
    disabled      integer NOT NULL DEFAULT 0,
    added_at      text    NOT NULL,
    CHECK ((role = 'DEPARTMENT') = (department_id IS NOT NULL))
);

-- session_user: the login that authenticated (current_user is the owner inside SECURITY DEFINER,
-- and whatever role a SET ROLE chose). SECURITY DEFINER so no login needs to read team_member.
CREATE FUNCTION ledger_department() RETURNS bigint
    LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT department_id FROM team_member WHERE login = session_user AND role = 'DEPARTMENT' AND disabled = 0
$$;

CREATE FUNCTION ledger_is_manager() RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM team_member WHERE login = session_user AND role = 'MANAGER' AND disabled = 0)
$$;

-- A task or milestone's lead, as ItemStateQuery reads it: the milestone's own lead, else the task's.
CREATE FUNCTION ledger_item_lead(bigint, bigint) RETURNS bigint
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT coalesce((SELECT l.department_id FROM milestone_lead l WHERE l.milestone_id = $2),
                    (SELECT a.department_id FROM task_assignment a WHERE a.task_id = $1 AND a.role = 'LEAD'))
$$;

-- The tasks a department holds, as its package holds them (HeldItems): those it is on, lead or
-- cooperating, and those with a milestone it leads. A set, not a yes/no per task: a policy asks
-- "task_id IN (SELECT …)", which PostgreSQL answers from one hash built once per statement (a
-- function per row, with subqueries inside, cannot be inlined and cost 50 µs a row).
CREATE FUNCTION ledger_held_tasks() RETURNS SETOF bigint
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT a.task_id FROM task_assignment a WHERE a.department_id = ledger_department()
    UNION
    SELECT m.task_id FROM milestone m JOIN milestone_lead l ON l.milestone_id = m.id
    WHERE l.department_id = ledger_department()
$$;

-- The status the outline shows for a task (milestone null) or a milestone.
CREATE FUNCTION ledger_item_status(bigint, bigint) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN $2 IS NULL THEN (SELECT status FROM task WHERE id = $1)
                ELSE (SELECT status FROM milestone WHERE id = $2) END
$$;

-- The day of an item's latest status event; null while it has none.
CREATE FUNCTION ledger_item_since(bigint, bigint) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT max(e.effective_on) FROM status_event e WHERE e.task_id = $1 AND e.milestone_id IS NOT DISTINCT FROM $2
$$;

-- Every table below: a manager's login sees and writes every row (its privileges still say which
-- tables); the (SELECT …) makes the check once per statement, not once per row.

-- Progress entries: read on the tasks a department holds; written in its own name, on a task it is
-- on or a milestone it leads (ProgressWriter.requireAssigned). Never updated or deleted: no privilege.
ALTER TABLE progress_entry ENABLE ROW LEVEL SECURITY;
CREATE POLICY manager ON progress_entry USING ((SELECT ledger_is_manager())) WITH CHECK ((SELECT ledger_is_manager()));
CREATE POLICY department_reads ON progress_entry FOR SELECT USING (task_id IN (SELECT h FROM ledger_held_tasks() h));
CREATE POLICY department_writes ON progress_entry FOR INSERT WITH CHECK (
    department_id = (SELECT ledger_department())
    AND (EXISTS (SELECT 1 FROM task_assignment a WHERE a.task_id = progress_entry.task_id
                 AND a.department_id = (SELECT ledger_department()))
         OR ledger_item_lead(task_id, milestone_id) = (SELECT ledger_department())));

-- Status events: a department records two, in its own name and never as the manager: 推进中 when
-- its first progress starts a 未启动 item (ItemStart), and 申请销号 by the item's lead while the
-- item may ask for it (TaskStatus.canRequestCloseOut). 已销号, 退回, 暂缓 and reopening are the manager's.
-- Never dated before the item's last change (ProgressWriter.checkAfterLastChange): an event slipped
-- in behind a decision would not be the latest, and the outline's copy would disagree with it.
ALTER TABLE status_event ENABLE ROW LEVEL SECURITY;
CREATE POLICY manager ON status_event USING ((SELECT ledger_is_manager())) WITH CHECK ((SELECT ledger_is_manager()));
CREATE POLICY department_reads ON status_event FOR SELECT USING (task_id IN (SELECT h FROM ledger_held_tasks() h));
CREATE POLICY department_writes ON status_event FOR INSERT WITH CHECK (
    by_manager = 0 AND department_id = (SELECT ledger_department())
    AND effective_on >= coalesce(ledger_item_since(task_id, milestone_id), '')
    AND (status = 'IN_PROGRESS' AND task_id IN (SELECT h FROM ledger_held_tasks() h)
             AND ledger_item_status(task_id, milestone_id) = 'NOT_STARTED'
         OR status = 'CLOSE_OUT_REQUESTED' AND ledger_item_lead(task_id, milestone_id) = (SELECT ledger_department())
             AND ledger_item_status(task_id, milestone_id) IN ('NOT_STARTED', 'IN_PROGRESS', 'RETURNED', 'ONGOING')));

-- Evidence: read with what it belongs to; added to a department's own entries and requests.
ALTER TABLE evidence ENABLE ROW LEVEL SECURITY;
CREATE POLICY manager ON evidence USING ((SELECT ledger_is_manager())) WITH CHECK ((SELECT ledger_is_manager()));
CREATE POLICY department_reads ON evidence FOR SELECT USING (
    progress_entry_id IN (SELECT id FROM progress_entry) OR status_event_id IN (SELECT id FROM status_event));
CREATE POLICY department_writes ON evidence FOR INSERT WITH CHECK (
    progress_entry_id IN (SELECT id FROM progress_entry WHERE department_id = (SELECT ledger_department()))
    OR status_event_id IN (SELECT id FROM status_event WHERE department_id = (SELECT ledger_department())
                           AND by_manager = 0));

-- Extension requests: by the item's lead, in its own name. Decisions are the manager's (no privilege).
ALTER TABLE extension_request ENABLE ROW LEVEL SECURITY;
CREATE POLICY manager ON extension_request USING ((SELECT ledger_is_manager())) WITH CHECK ((SELECT ledger_is_manager()));
CREATE POLICY department_reads ON extension_request FOR SELECT USING (task_id IN (SELECT h FROM ledger_held_tasks() h));
CREATE POLICY department_writes ON extension_request FOR INSERT WITH CHECK (
    department_id = (SELECT ledger_department())
    AND ledger_item_lead(task_id, milestone_id) = (SELECT ledger_department()));

ALTER TABLE extension_decision ENABLE ROW LEVEL SECURITY;
CREATE POLICY manager ON extension_decision USING ((SELECT ledger_is_manager())) WITH CHECK ((SELECT ledger_is_manager()));
CREATE POLICY department_reads ON extension_decision FOR SELECT USING (request_id IN (SELECT id FROM extension_request));

ALTER TABLE light_override ENABLE ROW LEVEL SECURITY;
CREATE POLICY manager ON light_override USING ((SELECT ledger_is_manager())) WITH CHECK ((SELECT ledger_is_manager()));
CREATE POLICY department_reads ON light_override FOR SELECT USING (task_id IN (SELECT h FROM ledger_held_tasks() h));

-- Indicator values: everyone reads them; a department records them for the indicators it reports
-- (indicator_profile), in its own name (IndicatorStore.requireOwnIndicator).
ALTER TABLE indicator_value ENABLE ROW LEVEL SECURITY;
CREATE POLICY manager ON indicator_value USING ((SELECT ledger_is_manager())) WITH CHECK ((SELECT ledger_is_manager()));
CREATE POLICY everyone_reads ON indicator_value FOR SELECT USING (true);
CREATE POLICY department_writes ON indicator_value FOR INSERT WITH CHECK (
    department_id = (SELECT ledger_department())
    AND EXISTS (SELECT 1 FROM indicator_profile p WHERE p.indicator_id = indicator_value.indicator_id
                AND p.department_id = (SELECT ledger_department())));

-- task.status and milestone.status repeat the latest status event (LatestStatus). A department's
-- login may UPDATE that one column (init grants no other) on what it holds, and only to the value
-- its events imply: the copy cannot say what the history does not.
ALTER TABLE task ENABLE ROW LEVEL SECURITY;
CREATE POLICY manager ON task USING ((SELECT ledger_is_manager())) WITH CHECK ((SELECT ledger_is_manager()));
CREATE POLICY everyone_reads ON task FOR SELECT USING (true);
CREATE POLICY department_status ON task FOR UPDATE USING (id IN (SELECT h FROM ledger_held_tasks() h)) WITH CHECK (id IN (SELECT h FROM ledger_held_tasks() h));

ALTER TABLE milestone ENABLE ROW LEVEL SECURITY;
CREATE POLICY manager ON milestone USING ((SELECT ledger_is_manager())) WITH CHECK ((SELECT ledger_is_manager()));
CREATE POLICY everyone_reads ON milestone FOR SELECT USING (true);
CREATE POLICY department_status ON milestone FOR UPDATE USING (task_id IN (SELECT h FROM ledger_held_tasks() h)) WITH CHECK (task_id IN (SELECT h FROM ledger_held_tasks() h));

CREATE FUNCTION status_is_latest_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    implied text;
BEGIN
    IF ledger_department() IS NULL THEN
        RETURN NEW; -- a manager, the owner: the store keeps the rule (LatestStatus)
    END IF;
    IF TG_TABLE_NAME = 'task' THEN
        implied := coalesce((SELECT e.status FROM status_event e WHERE e.task_id = NEW.id AND e.milestone_id IS NULL
                             ORDER BY e.effective_on DESC, e.id DESC LIMIT 1), 'NOT_STARTED');
    ELSE
        implied := coalesce((SELECT e.status FROM status_event e WHERE e.task_id = NEW.task_id
                             AND e.milestone_id = NEW.id ORDER BY e.effective_on DESC, e.id DESC LIMIT 1), 'NOT_STARTED');
    END IF;
    IF NEW.status IS DISTINCT FROM implied THEN
        RAISE EXCEPTION 'the status of % % must be its latest status event (%), not %', TG_TABLE_NAME, NEW.id, implied, NEW.status
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER task_status_is_latest_event BEFORE UPDATE OF status ON task
    FOR EACH ROW WHEN (NEW.status IS DISTINCT FROM OLD.status) EXECUTE FUNCTION status_is_latest_event();
CREATE TRIGGER milestone_status_is_latest_event BEFORE UPDATE OF status ON milestone
    FOR EACH ROW WHEN (NEW.status IS DISTINCT FROM OLD.status) EXECUTE FUNCTION status_is_latest_event();
