-- Departments, their liaison officers, the division of work (lead / cooperating / 属地),
-- milestone leads, and a log of every change to them.
CREATE TABLE department (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    short_name  TEXT    NOT NULL,
    kind        TEXT    NOT NULL
        CHECK (kind IN ('DISTRICT_DEPARTMENT', 'CITY_BRANCH', 'SUBDISTRICT', 'PARK', 'PARTY', 'OTHER')),
    verified    INTEGER NOT NULL DEFAULT 0,
    retired     INTEGER NOT NULL DEFAULT 0,
    merged_into INTEGER REFERENCES department (id),
    aliases     TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(aliases)),
    note        TEXT    NOT NULL DEFAULT '',
    code        TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE liaison (
    department_id INTEGER PRIMARY KEY REFERENCES department (id),
    name          TEXT NOT NULL,
    phone         TEXT NOT NULL,
    email         TEXT NOT NULL DEFAULT '',
    deputy_name   TEXT NOT NULL DEFAULT '',
    deputy_phone  TEXT NOT NULL DEFAULT '',
    updated_at    TEXT NOT NULL
);

CREATE TABLE task_division (
    task_id     INTEGER PRIMARY KEY REFERENCES task (id) ON DELETE CASCADE,
    territorial INTEGER NOT NULL DEFAULT 0,
    state       TEXT    NOT NULL CHECK (state IN ('DRAFT', 'CONFIRMED')),
    reasons     TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(reasons)),
    updated_at  TEXT    NOT NULL
);

CREATE TABLE task_assignment (
    task_id       INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    department_id INTEGER NOT NULL REFERENCES department (id),
    role          TEXT    NOT NULL CHECK (role IN ('LEAD', 'COOPERATE')),
    ordinal       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (task_id, department_id)
);
CREATE UNIQUE INDEX one_lead_per_task ON task_assignment (task_id) WHERE role = 'LEAD';
CREATE INDEX assignment_by_department ON task_assignment (department_id, role);

CREATE TABLE milestone_lead (
    milestone_id  INTEGER PRIMARY KEY REFERENCES milestone (id) ON DELETE CASCADE,
    department_id INTEGER NOT NULL REFERENCES department (id)
);

CREATE TABLE change_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT    NOT NULL,
    subject    TEXT    NOT NULL,
    subject_id INTEGER NOT NULL,
    action     TEXT    NOT NULL,
    detail     TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(detail))
);
CREATE INDEX change_log_by_subject ON change_log (subject, subject_id);
