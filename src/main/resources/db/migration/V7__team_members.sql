-- Who may log in to a team ledger (issue 18): one row per database login, a manager's or one
-- department's. The team ledger's twin (db/postgresql/V7) is where it matters: its row-level
-- security reads this table. A ledger file keeps it too, empty, so both schemas stay one
-- (SchemaParityTest) and a ledger copied either way (server push, a team ledger's backup) needs
-- no table left out. No password is ever kept here: the database server checks those.
CREATE TABLE team_member (
    login         TEXT    PRIMARY KEY,
    role          TEXT    NOT NULL CHECK (role IN ('MANAGER', 'DEPARTMENT')),
    department_id INTEGER REFERENCES department (id),
    disabled      INTEGER NOT NULL DEFAULT 0,
    added_at      TEXT    NOT NULL,
    CHECK ((role = 'DEPARTMENT') = (department_id IS NOT NULL))
);
