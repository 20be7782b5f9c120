package org.planledger.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.testing.TestClock;
import org.planledger.testing.TestPostgres;

/**
 * History is append-only in the team ledger exactly as in a ledger file: the same statements, run
 * on both, are refused or allowed alike. A progress entry or an indicator value is never changed
 * (a correcting entry or a new value is written instead); a task taken out of a department's
 * outline takes its history with it on both. Keeping department users from deleting history at all
 * is a matter of their database privileges (issue 18's roles), not of these triggers.
 */
class AppendOnlyTest {

    enum Backend { SQLITE, POSTGRESQL }

    private static final AtomicInteger SEEDS = new AtomicInteger();

    @TempDir
    static Path dir;
    private static Connection sqlite;
    private static Connection postgres;

    @BeforeAll
    static void open() throws SQLException {
        Path file = dir.resolve("append-only.planledger");
        Ledger.open(file, TestClock.get()).close();
        sqlite = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement st = sqlite.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");  // as the store's connections have it
        }
        postgres = TestPostgres.connect(TestPostgres.newLedgerDatabase("append_only"));
    }

    @AfterAll
    static void close() throws SQLException {
        sqlite.close();
        postgres.close();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aProgressEntryIsNeverChangedOnlyCorrected(Backend backend) throws SQLException {
        Connection c = on(backend);
        Seed s = seed(c);
        SQLException rewrite = assertThrows(SQLException.class,
                () -> Sql.update(c, "UPDATE progress_entry SET progress = 'rewritten' WHERE id = ?", s.entry));
        assertRefused(backend, rewrite, "progress entries are never changed; write a correcting entry");
        SQLException unchanged = assertThrows(SQLException.class,
                () -> Sql.update(c, "UPDATE progress_entry SET percent = percent WHERE task_id = ?", s.task));
        assertRefused(backend, unchanged, "progress entries are never changed");
        assertEquals("30% done", text(c, "SELECT progress FROM progress_entry WHERE id = ?", s.entry));

        long correction = entry(c, s, "35% done, corrected", s.entry);
        assertEquals(2, Sql.count(c, "SELECT count(*) FROM progress_entry WHERE task_id = ?", s.task));
        assertEquals(s.entry, Sql.longOrNull(c, "SELECT supersedes_id FROM progress_entry WHERE id = ?", correction));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anIndicatorValueIsNeverChangedOnlyRecordedAgain(Backend backend) throws SQLException {
        Connection c = on(backend);
        Seed s = seed(c);
        SQLException rewrite = assertThrows(SQLException.class,
                () -> Sql.update(c, "UPDATE indicator_value SET value = '99' WHERE id = ?", s.value));
        assertRefused(backend, rewrite, "indicator values are never changed; record a new value for the year");
        assertEquals("42", text(c, "SELECT value FROM indicator_value WHERE id = ?", s.value));

        value(c, s.indicator, "43");
        assertEquals(2, Sql.count(c, "SELECT count(*) FROM indicator_value WHERE indicator_id = ? AND year = 2025", s.indicator));
    }

    /** The outline a new package brings replaces a department's: a task it drops leaves no orphaned history, on either. */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void aTaskTakenOutOfTheOutlineTakesItsHistoryAlike(Backend backend) throws SQLException {
        Connection c = on(backend);
        Seed s = seed(c);
        entry(c, s, "35% done, corrected", s.entry);
        assertEquals(1, Sql.update(c, "DELETE FROM task WHERE id = ?", s.task));
        assertEquals(0, Sql.count(c, "SELECT count(*) FROM progress_entry WHERE task_id = ?", s.task));
    }

    private static void assertRefused(Backend backend, SQLException e, String why) {
        assertTrue(e.getMessage().contains(why), e.getMessage());
        if (backend == Backend.POSTGRESQL) {
            assertEquals("23001", e.getSQLState(), "a constraint's refusal (restrict_violation), as SQLite's");
        } else {
            assertTrue(e.getMessage().contains("SQLITE_CONSTRAINT"), e.getMessage());
        }
    }

    private static Connection on(Backend backend) {
        return backend == Backend.SQLITE ? sqlite : postgres;
    }

    private record Seed(long task, long department, long entry, long indicator, long value) {
    }

    /** A plan with one task and one indicator, a department, its progress entry and an indicator value. */
    private static Seed seed(Connection c) throws SQLException {
        int n = SEEDS.incrementAndGet();
        long plan = Sql.insert(c, "INSERT INTO plan (title, start_year, end_year, source_name, imported_at, updated_at) "
                + "VALUES (?, 2021, 2025, 'plan.txt', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')", "规划 " + n);
        long chapter = Sql.insert(c, "INSERT INTO chapter (plan_id, number, title) VALUES (?, 1, '第一章')", plan);
        long section = Sql.insert(c, "INSERT INTO section (chapter_id, number, title) VALUES (?, 1, '第一节')", chapter);
        long task = Sql.insert(c, "INSERT INTO task (plan_id, section_id, code, ordinal, title, body) "
                + "VALUES (?, ?, '1.1.1', 1, '黑臭水体治理', '消除城市建成区黑臭水体')", plan, section);
        long department = Sql.insert(c, "INSERT INTO department (name, short_name, kind) VALUES (?, ?, 'DISTRICT_DEPARTMENT')",
                "区水务局" + n, "水务" + n);
        long indicator = Sql.insert(c, "INSERT INTO indicator (plan_id, number, group_name, name, unit, baseline, target) "
                + "VALUES (?, 1, '生态环境', '优良天数比例', '%', '70', '80')", plan);
        Seed partial = new Seed(task, department, 0, indicator, 0);
        return new Seed(task, department, entry(c, partial, "30% done", null), indicator, value(c, indicator, "42"));
    }

    private static long entry(Connection c, Seed s, String progress, Long supersedes) throws SQLException {
        return Sql.insert(c, "INSERT INTO progress_entry (uid, task_id, department_id, period_kind, period_start, period_end, "
                        + "written_on, progress, percent, supersedes_id, recorded_at) "
                        + "VALUES (?, ?, ?, 'MONTH', '2026-11-01', '2026-11-30', '2026-11-29', ?, 30, ?, '2026-11-29T12:00:00Z')",
                java.util.UUID.randomUUID().toString(), s.task, s.department, progress, supersedes);
    }

    private static long value(Connection c, long indicator, String value) throws SQLException {
        return Sql.insert(c, "INSERT INTO indicator_value (uid, indicator_id, year, value, recorded_on, recorded_at) "
                + "VALUES (?, ?, 2025, ?, '2026-11-29', '2026-11-29T12:00:00Z')", java.util.UUID.randomUUID().toString(), indicator, value);
    }

    private static String text(Connection c, String sql, Object... args) throws SQLException {
        try (var ps = c.prepareStatement(sql)) {
            Sql.bind(ps, args);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
