package org.planledger.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.ShippedPlans;
import org.planledger.store.Ledger;
import org.planledger.store.plan.PlanWriter;
import org.planledger.store.sqlite.LedgerSchema;
import org.planledger.testing.TestClock;
import org.planledger.testing.TestPostgres;

/** Flyway makes an empty PostgreSQL database a team ledger at the current version, the way it makes a ledger file. */
class PostgresMigrationTest {

    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyDatabaseToTheCurrentVersionThroughTheSameMigrationsAsAFile() throws SQLException {
        String url = TestPostgres.newDatabase("migrate");
        MigrateResult result = TestPostgres.migrate(url);
        assertTrue(result.success);
        assertEquals(migrations(), result.migrationsExecuted, "every migration, the numbers' gaps (other branches') aside");
        assertEquals(String.valueOf(LedgerSchema.VERSION), result.targetSchemaVersion);

        Path file = dir.resolve("twin.planledger");
        Ledger.open(file, TestClock.get()).close();
        List<String> fileHistory;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            fileHistory = history(c);
        }
        try (Connection c = TestPostgres.connect(url)) {
            assertEquals(fileHistory, history(c), "same versions, descriptions and script names");
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT ledger_id, role FROM ledger_identity")) {
                assertTrue(rs.next());
                assertTrue(rs.getString(1).matches("[0-9a-f]{32}"), rs.getString(1));
                assertEquals("MASTER", rs.getString(2));
                assertFalse(rs.next());
            }
        }
    }

    @Test
    void migratingAgainChangesNothingAndTheHistoryStillValidates() throws SQLException {
        String url = TestPostgres.newDatabase("again");
        TestPostgres.migrate(url);
        String identity = identity(url);
        MigrateResult again = TestPostgres.migrate(url);
        assertEquals(0, again.migrationsExecuted);
        assertTrue(TestPostgres.flyway(url).validateWithResult().validationSuccessful);
        assertEquals(identity, identity(url), "the ledger keeps its identity");
    }

    /** V4's data step on PostgreSQL as on SQLite (MigrationTest): DONE becomes CLOSED, the old history status events. */
    @Test
    void statusesAndTheirHistoryFromVersion3BecomeStatusEvents() throws Exception {
        String url = TestPostgres.newDatabase("v3");
        TestPostgres.flywayConfig(url).target("3").load().migrate();
        try (Connection c = TestPostgres.connect(url)) {
            c.setAutoCommit(false);
            new PlanWriter(c, "2020-01-01T00:00:00Z").write(ShippedPlans.read(ShippedPlans.RESOURCES.get(0)).plan(), "old.txt");
            try (Statement st = c.createStatement()) {
                st.execute("UPDATE task SET status = 'DONE' WHERE code = '5.3.6'");
                st.execute("INSERT INTO task_status_change (task_id, old_status, new_status, changed_at) "
                        + "SELECT id, 'NOT_STARTED', 'DONE', '2024-03-01T08:00:00Z' FROM task WHERE code = '5.3.6'");
            }
            c.commit();
        }
        assertEquals(migrations() - 3, TestPostgres.migrate(url).migrationsExecuted);
        try (Connection c = TestPostgres.connect(url); Statement st = c.createStatement()) {
            assertEquals(List.of("CLOSED"), rows(st, "SELECT status FROM task WHERE code = '5.3.6'"));
            assertEquals(List.of("CLOSED 2024-03-01"), rows(st, "SELECT status || ' ' || effective_on FROM status_event"));
            assertTrue(rows(st, "SELECT uid FROM status_event").get(0).matches("[0-9a-f]{32}"));
            assertEquals(128, count(st, "SELECT count(*) FROM task WHERE status = 'NOT_STARTED'"));
            assertEquals(0, count(st, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'task_status_change'"));
        }
    }

    /** JSON columns refuse what is not JSON, as SQLite's json_valid() CHECKs do, with a CHECK violation. */
    @Test
    void jsonColumnsRefuseTextThatIsNotJson() throws SQLException {
        try (Connection c = TestPostgres.connect(TestPostgres.newLedgerDatabase("json")); Statement st = c.createStatement()) {
            st.execute("INSERT INTO ledger_setting (key, value) VALUES ('rules', '{\"red\": [1, 2]}')");
            SQLException refused = assertThrows(SQLException.class,
                    () -> st.execute("INSERT INTO ledger_setting (key, value) VALUES ('cycle', '{red: 1')"));
            assertEquals("23514", refused.getSQLState(), refused.getMessage());
            assertEquals(1, count(st, "SELECT count(*) FROM ledger_setting"));
        }
    }

    /**
     * The trigram index reads Chinese (the database's LC_CTYPE is a UTF-8 locale) and serves a
     * search for a word of three or more characters; two characters are matched too, row by row.
     */
    @Test
    void theSearchIndexServesChineseWords() throws Exception {
        try (Connection c = TestPostgres.connect(TestPostgres.newLedgerDatabase("cjk"))) {
            c.setAutoCommit(false);
            new PlanWriter(c, "2020-01-01T00:00:00Z").write(ShippedPlans.read(ShippedPlans.RESOURCES.get(0)).plan(), "plan.txt");
            c.commit();
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                assertTrue(count(st, "SELECT cardinality(show_trgm('黑臭水体'))") >= 4, "Chinese characters make trigrams");
                String find = "SELECT code FROM task WHERE title ILIKE '%城市建成区黑臭水体%' OR body ILIKE '%城市建成区黑臭水体%'";
                assertEquals(List.of("6.2.4"), rows(st, find));
                st.execute("ANALYZE task");
                st.execute("SET enable_seqscan = off");
                String plan = String.join("\n", rows(st, "EXPLAIN " + find));
                assertTrue(plan.contains("task_search"), plan);
                assertFalse(rows(st, "SELECT code FROM task WHERE title ILIKE '%水体%' OR body ILIKE '%水体%'").isEmpty());
            }
        }
    }

    /** How many migrations there are (a branch may leave a version out for another's: V12 in issue 20's). */
    private static int migrations() {
        try (var files = java.nio.file.Files.list(Path.of(PostgresMigrationTest.class.getResource("/db/postgresql").toURI()))) {
            return (int) files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        } catch (java.io.IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String identity(String url) throws SQLException {
        try (Connection c = TestPostgres.connect(url); Statement st = c.createStatement()) {
            return rows(st, "SELECT ledger_id FROM ledger_identity").get(0);
        }
    }

    /** version, description and script of each applied migration, in order. */
    private static List<String> history(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            return rows(st, "SELECT version || ' ' || description || ' ' || script FROM flyway_schema_history "
                    + "WHERE success ORDER BY installed_rank");
        }
    }

    private static List<String> rows(Statement st, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static int count(Statement st, String sql) throws SQLException {
        return Integer.parseInt(rows(st, sql).get(0));
    }
}
