-- Liaison officers' phone numbers (and names, e-mail, deputies) are read by the manager and by
-- each department for itself only, as its package holds them (OutlineTables: a package carries
-- its own department's liaison row and no other). The app shows a department no other
-- department's liaison (the task pane's lead line says none is recorded, as in a department
-- ledger file), so whole rows are hidden rather than phone columns alone (ADR 0013).
ALTER TABLE liaison ENABLE ROW LEVEL SECURITY;
CREATE POLICY manager ON liaison USING ((SELECT ledger_is_manager())) WITH CHECK ((SELECT ledger_is_manager()));
CREATE POLICY department_reads ON liaison FOR SELECT USING (department_id = (SELECT ledger_department()));
