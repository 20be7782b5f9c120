package org.planledger.store;

import org.planledger.store.sqlite.LedgerSchema;
import org.planledger.store.plan.PlanWriter;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.ShippedPlans;
import org.planledger.model.Plan;
import org.planledger.testing.TestClock;

/** A ledger written at every earlier schema version opens, upgrades, and keeps its content. */
class MigrationTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "from schema version {0}")
    @ValueSource(ints = {1, 2, 3, 4})
    void upgradesFromAnEarlierVersion(int version) throws Exception {
        Path file = dir.resolve("v" + version + ".planledger");
        Plan plan = ShippedPlans.read(ShippedPlans.RESOURCES.get(0)).plan();
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration")
                .target(String.valueOf(version)).load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.createStatement().execute("PRAGMA application_id = " + LedgerSchema.APPLICATION_ID);
            c.setAutoCommit(false);
            new PlanWriter(c, "2020-01-01T00:00:00Z").write(plan, "old.txt");
            c.commit();
        }
        try (Ledger ledger = Ledger.open(file, TestClock.get())) {
            assertEquals(LedgerSchema.VERSION, (int) ledger.read(c -> Sql.count(c,
                    "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")));
            assertEquals(129, ledger.plans().stats(0).tasks());
            assertEquals("6.2.4", ledger.plans().search(0, "城市建成区黑臭水体", 5).get(0).code(),
                    "tasks written before the search index existed are searchable");
        }
    }

    @Test
    void statusesAndTheirHistoryFromVersion3BecomeStatusEvents() throws Exception {
        Path file = dir.resolve("v3-status.planledger");
        Plan plan = ShippedPlans.read(ShippedPlans.RESOURCES.get(0)).plan();
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration")
                .target("3").load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.createStatement().execute("PRAGMA application_id = " + LedgerSchema.APPLICATION_ID);
            c.setAutoCommit(false);
            new PlanWriter(c, "2020-01-01T00:00:00Z").write(plan, "old.txt");
            c.createStatement().execute("UPDATE task SET status = 'DONE' WHERE code = '5.3.6'");
            c.createStatement().execute("INSERT INTO task_status_change (task_id, old_status, new_status, changed_at) "
                    + "SELECT id, 'NOT_STARTED', 'DONE', '2024-03-01T08:00:00Z' FROM task WHERE code = '5.3.6'");
            c.commit();
        }
        try (Ledger ledger = Ledger.open(file, TestClock.get())) {
            assertEquals("CLOSED", ledger.read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT status FROM task WHERE code = '5.3.6'")) {
                    rs.next();
                    return rs.getString(1);
                }
            }));
            assertEquals("CLOSED 2024-03-01", ledger.read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT status || ' ' || effective_on FROM status_event")) {
                    rs.next();
                    return rs.getString(1);
                }
            }));
            assertEquals(128, ledger.plans().stats(0).tasksByStatus().get("NOT_STARTED"));
        }
    }

    /** V11 links the answer of a 督办单 registered before the rule: the department's first entry on its items since issue. */
    @Test
    void aNoticeRegisteredAtVersion10GetsItsAnswerFromTheEntriesAlreadyWritten() throws Exception {
        Path file = dir.resolve("v10-notice.planledger");
        Plan plan = ShippedPlans.read(ShippedPlans.RESOURCES.get(0)).plan();
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration")
                .target("10").load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.createStatement().execute("PRAGMA application_id = " + LedgerSchema.APPLICATION_ID);
            c.setAutoCommit(false);
            new PlanWriter(c, "2020-01-01T00:00:00Z").write(plan, "old.txt");
            var st = c.createStatement();
            st.execute("INSERT INTO department (id, name, short_name, kind) VALUES (901, '测试水务局', '测水', 'DISTRICT_DEPARTMENT'), "
                    + "(902, '测试住建局', '测建', 'DISTRICT_DEPARTMENT')");
            st.execute("INSERT INTO notice (id, number, prefix, year, serial, kind, colour, department_id, issued_on, feedback_due, "
                    + "recorded_at) VALUES (1, '督〔2026〕1号', '督', 2026, 1, 'SUPERVISION', 'RED', 901, '2026-11-20', '2026-11-27', 'x')");
            st.execute("INSERT INTO notice_item (notice_id, task_id, light, reason) SELECT 1, id, 'RED', '已逾期' FROM task WHERE code = '5.3.6'");
            String entry = "INSERT INTO progress_entry (id, uid, task_id, department_id, period_kind, period_start, period_end, "
                    + "written_on, progress, recorded_at) SELECT %d, '%s', id, %d, 'MONTH', '2026-11-01', '2026-11-30', '%s', '推进', 'x' "
                    + "FROM task WHERE code = '5.3.6'";
            st.execute(String.format(entry, 11, "u11", 901, "2026-11-19")); // before the notice
            st.execute(String.format(entry, 12, "u12", 902, "2026-11-21")); // another department
            st.execute(String.format(entry, 13, "u13", 901, "2026-11-24")); // the answer
            st.execute(String.format(entry, 14, "u14", 901, "2026-11-26"));
            c.commit();
        }
        try (Ledger ledger = Ledger.open(file, TestClock.get())) {
            var n = ledger.notices(TestClock.get()).byNumber("督〔2026〕1号").orElseThrow();
            assertEquals(13L, n.feedbackEntryId());
            assertEquals(java.time.LocalDate.of(2026, 11, 24), n.feedbackOn());
        }
    }

    @Test
    void schemaVersionConstantMatchesTheNewestMigration() throws IOException, URISyntaxException {
        Path migrations = Path.of(getClass().getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(migrations)) {
            int newest = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElse(0);
            assertEquals(newest, LedgerSchema.VERSION, "update LedgerSchema.VERSION and this test's versions");
        }
    }
}
