-- The office's working calendar (issue 19): the days its feedback deadlines (反馈时限 of 督办单 and
-- 催办) count over besides Monday to Friday. HOLIDAY: a 法定节假日 day off (any day of the week);
-- WORKDAY: a weekend day worked in its place (调休上班日). The arrangement changes every year by the
-- State Council's notice, so the office keeps it; only a manager writes it, everyone reads it.
-- (V14 on the PostgreSQL side also lets a department's login record the 签收 of its own notices.)
CREATE TABLE work_calendar (
    day         TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
    note        TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL
);
