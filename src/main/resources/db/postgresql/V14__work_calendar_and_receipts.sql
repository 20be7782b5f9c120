-- PostgreSQL twin of db/migration/V14 (SQLite): the office's working calendar, read by everyone,
-- written by a manager's login only.
CREATE TABLE work_calendar (
    day         text PRIMARY KEY,
    kind        text NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
    note        text NOT NULL DEFAULT '',
    recorded_at text NOT NULL
);
ALTER TABLE work_calendar ENABLE ROW LEVEL SECURITY;
CREATE POLICY manager ON work_calendar USING ((SELECT ledger_is_manager())) WITH CHECK ((SELECT ledger_is_manager()));
CREATE POLICY everyone_reads ON work_calendar FOR SELECT USING (true);

-- 签收 by the department itself (issue 19): a department's login may set signed_on of the notices
-- addressed to it (server init grants UPDATE on that column alone), never another's, and only where
-- no date is recorded yet: a date the office (or the department) recorded is never overwritten.
CREATE POLICY department_signs ON notice FOR UPDATE
    USING (department_id = (SELECT ledger_department()))
    WITH CHECK (department_id = (SELECT ledger_department()));

CREATE FUNCTION notice_receipt_once() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF NEW.signed_on IS DISTINCT FROM OLD.signed_on AND (SELECT ledger_department()) IS NOT NULL
       AND (OLD.signed_on IS NOT NULL OR NEW.signed_on IS NULL) THEN
        RAISE EXCEPTION 'notice % was signed for on % already', OLD.number, OLD.signed_on USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER notice_receipt_once BEFORE UPDATE OF signed_on ON notice
    FOR EACH ROW EXECUTE FUNCTION notice_receipt_once();
